//! # NET007 database-publicly-accessible
//!
//! ## What it does
//! Finds RDS instances that are publicly accessible or sit in a public
//! subnet.
//!
//! ## Why is this bad?
//! A publicly accessible database gets a public address; in a public
//! subnet it is one security-group mistake away from the Internet. A
//! pipeline's database belongs in private subnets, reached only by its
//! jobs.
//!
//! ## Detection logic
//! An `rds-instance` with `publicly_accessible` true, or drawn in a
//! `public-subnet`, is reported.
//!
//! ## False positives
//! None known.
//!
//! ## Example
//! `"publicly_accessible": true` on an `rds-instance`.
//!
//! ## Use instead
//! A DB subnet group of private subnets in two Availability Zones, and
//! `"publicly_accessible": false`.
//!
//! ## References
//! - Checkov: CKV_AWS_17 "Ensure all data stored in RDS is not publicly accessible"
//! - AWS Security Hub: RDS.2 "RDS DB Instances should prohibit public access, as determined by the PubliclyAccessible AWS Configuration"
//! - Prowler: `rds_instance_no_public_access`
//! - AWS: "Working with a DB instance in a VPC" (DB subnet groups)

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET007",
    name: "database-publicly-accessible",
    title: "Database publicly accessible",
    family: Family::Topology,
    severity: Severity::High,
    why: "A publicly accessible database, or one in a public subnet, can be reached from the Internet",
    fix: "Place the database in private subnets and turn public accessibility off",
    doc: docs::DATABASE_PUBLICLY_ACCESSIBLE,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::RdsInstance])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for db in cx.nodes_of(Kind::RdsInstance) {
        let public = cx.node(db).props.publicly_accessible();
        let subnet = cx
            .place(db)
            .subnet
            .filter(|&s| cx.kind(s) == Kind::PublicSubnet);
        let why = match (public, subnet) {
            (true, _) => "is publicly accessible".to_string(),
            (false, Some(s)) => format!("sits in public subnet {}", cx.name(s)),
            (false, None) => continue,
        };
        out.push(Hit::new(
            cx.node(db).id.clone(),
            format!("Database {} {why}", cx.name(db)),
            Trail::node(db),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    #[test]
    fn table() {
        let db = |subnet: &str, public: Option<bool>| {
            doc()
                .node("vpc", Vpc, "")
                .node("priv", PrivateSubnet, "vpc")
                .node("pub", PublicSubnet, "vpc")
                .node("db", RdsInstance, subnet)
                .props(|p| p.publicly_accessible = public)
                .build()
        };
        cases(
            "NET007",
            vec![
                ("private, default", db("priv", None), vec![]),
                (
                    "private, public access",
                    db("priv", Some(true)),
                    vec!["NET007@db"],
                ),
                ("public subnet", db("pub", Some(false)), vec!["NET007@db"]),
            ],
        );
    }
}

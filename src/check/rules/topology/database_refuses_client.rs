//! # NET013 database-refuses-client
//!
//! ## What it does
//! Finds data flows between an RDS instance and a client in a VPC that the
//! database's security group does not admit: the client's security group
//! is not among its sources, and no source range covers the client's VPC.
//!
//! ## Why is this bad?
//! A security group denies everything it does not allow. A Glue job (through
//! its connection's security group), a SageMaker resource, DMS or an EC2
//! instance whose group the database does not reference cannot open the
//! connection: the pipeline fails at run time, typically as a Glue
//! connection test that times out, and the design's data flow never
//! happens as drawn.
//!
//! ## Detection logic
//! Applies to `rds-instance` nodes whose `security_group_sources` are set
//! (an unset list means the design does not say). For every data flow
//! between two ends, one of them such a database and the other an AWS
//! resource in a VPC: the client's security group is its own
//! `security_group`, or for a Glue job its connection's. The flow is
//! reported when no source names that group and no source CIDR block
//! contains the client's VPC CIDR; when the client's group is unknown and
//! its VPC has no known CIDR, or a source range overlaps the VPC only in
//! part, the design cannot tell and nothing is reported.
//!
//! ## False positives
//! A source range that holds exactly the client's subnet is not matched
//! against the subnet (subnets have no CIDR in the design): give the
//! client's security group instead.
//!
//! ## Example
//! `"security_group_sources": ["sg-app"]` on the database, and a Glue
//! connection with `"security_group": "sg-glue"` reading it.
//!
//! ## Use instead
//! Add the client's security group (`sg-glue`) to the database's inbound
//! rule on its port.
//!
//! ## References
//! - AWS: "Setting up Amazon VPC for JDBC connections to Amazon RDS data stores from AWS Glue": the database's inbound rule from the Glue security group
//! - AWS: "Controlling access with security groups" (Amazon RDS User Guide)

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET013",
    name: "database-refuses-client",
    family: Family::Topology,
    severity: Severity::Medium,
    doc: docs::DATABASE_REFUSES_CLIENT,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::RdsInstance])
}

/// Whether the database's sources admit the client, as far as the design
/// tells: `None` where it cannot tell.
fn admits(cx: &Context, db: NodeIx, client: NodeIx) -> Option<bool> {
    use crate::model::cidr::Cidr;
    let sources = cx.node(db).props.security_group_sources.as_deref()?;
    let group = cx.security_group_of(client);
    if group.is_some_and(|g| sources.iter().any(|s| s == g)) {
        return Some(true);
    }
    let ranges: Vec<Cidr> = sources.iter().filter_map(|s| Cidr::parse(s).ok()).collect();
    match cx.vpc_cidr(client) {
        Some(vpc) if ranges.iter().any(|r| r.contains(&vpc)) => Some(true),
        Some(vpc) if ranges.iter().any(|r| r.overlaps(&vpc)) => None,
        Some(_) => Some(false),
        None if ranges.is_empty() && group.is_some() => Some(false),
        None => None,
    }
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for s in cx.segments() {
        let (db, client) = match (cx.kind(s.from), cx.kind(s.to)) {
            (Kind::RdsInstance, _) => (s.from, s.to),
            (_, Kind::RdsInstance) => (s.to, s.from),
            _ => continue,
        };
        if cx.realm(client) != Realm::Aws
            || cx.place(client).vpc.is_none()
            || admits(cx, db, client) != Some(false)
        {
            continue;
        }
        let from = match cx.security_group_of(client) {
            Some(g) => Message::new(ids::NET013_GROUP).arg("group", Arg::Code(g.to_string())),
            None => Message::new(ids::NET013_VPC_ADDRESSES),
        };
        let sources = cx.node(db).props.security_group_sources();
        let admitted: Arg = if sources.is_empty() {
            Message::new(ids::NET013_NOTHING).into()
        } else {
            Arg::list(sources.iter().map(|s| Arg::Code(s.clone())), 3)
        };
        out.push(Hit::new(
            s.flow,
            Message::new(ids::NET013_MESSAGE)
                .arg("db", cx.name(db))
                .arg("sources", admitted)
                .arg("client", cx.titled(client))
                .arg("from", from),
            cx.trail_of_route(s),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    fn base(sources: &[&str]) -> Builder {
        let sources: Vec<String> = sources.iter().map(|s| s.to_string()).collect();
        doc()
            .node("vpc", Vpc, "")
            .props(|p| p.cidr = Some("10.1.0.0/16".into()))
            .node("priv", PrivateSubnet, "vpc")
            .node("db", RdsInstance, "priv")
            .props(move |p| p.security_group_sources = Some(sources))
            .node("conn", GlueConnection, "priv")
            .props(|p| p.security_group = Some("sg-glue".into()))
            .node("job", GlueJob, "")
            .props(|p| p.connection = Some("conn".into()))
            .chain(&["db", "job"])
    }

    #[test]
    fn table() {
        cases(
            "NET013",
            vec![
                (
                    "the Glue group is admitted",
                    base(&["sg-glue"]).build(),
                    vec![],
                ),
                (
                    "another group only",
                    base(&["sg-app"]).build(),
                    vec!["NET013@db-job"],
                ),
                (
                    "a range holding the VPC",
                    base(&["10.0.0.0/8"]).build(),
                    vec![],
                ),
                (
                    "a range inside the VPC: cannot tell",
                    base(&["10.1.2.0/24"]).build(),
                    vec![],
                ),
                (
                    "a range elsewhere",
                    base(&["192.168.0.0/16"]).build(),
                    vec!["NET013@db-job"],
                ),
                (
                    "sources not given",
                    doc()
                        .node("vpc", Vpc, "")
                        .node("priv", PrivateSubnet, "vpc")
                        .node("db", RdsInstance, "priv")
                        .node("job", GlueJob, "priv")
                        .chain(&["db", "job"])
                        .build(),
                    vec![],
                ),
            ],
        );
        let report = crate::check::run(&base(&["sg-app"]).build());
        let f = report.findings.iter().find(|f| f.code == "NET013").unwrap();
        assert_eq!(
            f.message,
            "Database `db` admits `sg-app`, but Glue job `job` connects from security group `sg-glue`; the connection is refused"
        );
    }
}

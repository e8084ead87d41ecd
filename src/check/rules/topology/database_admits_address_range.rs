//! # NET008 database-admits-address-range
//!
//! ## What it does
//! Finds RDS instances whose security group admits an address range
//! instead of only the security groups of the jobs that use it.
//!
//! ## Why is this bad?
//! A rule such as `0.0.0.0/0` or `10.0.0.0/8` admits every host in the
//! range, not just the Glue job. Referencing the job's security group
//! admits exactly the job's network interfaces.
//!
//! ## Detection logic
//! Every entry of an `rds-instance`'s `security_group_sources` that is a
//! CIDR block is reported (once per database, naming the ranges).
//!
//! ## False positives
//! A range holding exactly one on-premises client is still a range; record
//! it with a suppression and its reason.
//!
//! ## Example
//! `"security_group_sources": ["0.0.0.0/0"]`.
//!
//! ## Use instead
//! `"security_group_sources": ["sg-glue"]`: the security group of the Glue
//! connection.
//!
//! ## References
//! - AWS: "Setting up Amazon VPC for JDBC connections to Amazon RDS data stores from AWS Glue": inbound rule from the Glue security group
//! - Checkov: CKV_AWS_277 "Ensure no security groups allow ingress from 0.0.0.0:0 to port -1" (0.0.0.0/0 on all ports only)
//! - Prowler: `ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_mysql_3306`, `ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_postgres_5432`, `ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_oracle_1521_2483`, `ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_sql_server_1433_1434` (0.0.0.0/0 or ::/0 only); `ec2_securitygroup_allow_wide_open_public_ipv4` (public ranges from /1 to /23)

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET008",
    name: "database-admits-address-range",
    family: Family::Topology,
    severity: Severity::High,
    doc: docs::DATABASE_ADMITS_ADDRESS_RANGE,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::RdsInstance])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for db in cx.nodes_of(Kind::RdsInstance) {
        let ranges: Vec<Arg> = cx
            .node(db)
            .props
            .security_group_sources()
            .iter()
            .filter(|s| s.contains('/') || s.contains('.'))
            .map(|s| Arg::Code(s.clone()))
            .collect();
        if ranges.is_empty() {
            continue;
        }
        out.push(Hit::new(
            db,
            Message::new(ids::NET008_MESSAGE)
                .arg("db", cx.name(db))
                .arg(
                    "ranges",
                    Arg::List {
                        items: ranges,
                        more: 0,
                    },
                ),
            Trail::node(db),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    #[test]
    fn table() {
        let db = |sources: &[&str]| {
            doc()
                .node("vpc", Vpc, "")
                .node("priv", PrivateSubnet, "vpc")
                .node("db", RdsInstance, "priv")
                .props(|p| {
                    p.security_group_sources = Some(sources.iter().map(|s| s.to_string()).collect())
                })
                .build()
        };
        cases(
            "NET008",
            vec![
                ("only the glue group", db(&["sg-glue"]), vec![]),
                (
                    "open to the world",
                    db(&["sg-glue", "0.0.0.0/0"]),
                    vec!["NET008@db"],
                ),
                ("a private range", db(&["10.0.0.0/8"]), vec!["NET008@db"]),
            ],
        );
    }
}

//! # NET007 database-publicly-accessible
//!
//! ## What it does
//! Finds databases that are publicly accessible or sit in a public
//! subnet: RDS instances, and databases on EC2 (an `ec2-instance` that
//! holds datasets); and DMS replication instances, which hold the
//! credentials of both databases they copy between, reachable from the
//! Internet.
//!
//! ## Why is this bad?
//! A publicly accessible database gets a public address; in a public
//! subnet it is one security-group mistake away from the Internet. A
//! pipeline's database belongs in private subnets, reached only by its
//! jobs.
//!
//! ## Detection logic
//! An `rds-instance` with `publicly_accessible` true, or drawn in a
//! `public-subnet`, is reported; so is an `ec2-instance` with datasets
//! drawn in a `public-subnet` (an instance there gets a public IP address
//! when the subnet assigns one, and only its security group stands
//! between the Internet and the database port). A `dms-replication` is
//! reported when it is publicly accessible (AWS's default for a
//! replication instance, so an unset `publicly_accessible` counts as
//! true) and its VPC has an internet gateway, or when it sits in a public
//! subnet.
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
//! - Prowler: `rds_instance_no_public_access`; for EC2, `ec2_instance_public_ip`
//! - Checkov: CKV_AWS_88 "EC2 instance should not have public IP." (for a database on EC2)
//! - Checkov: CKV_AWS_89 "DMS replication instance should not be publicly accessible"; Prowler: `dms_instance_no_public_access`
//! - AWS: `PubliclyAccessible` in `CreateReplicationInstance` (AWS DMS API Reference): default true
//! - AWS: "Working with a DB instance in a VPC" (DB subnet groups)

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET007",
    name: "database-publicly-accessible",
    family: Family::Topology,
    severity: Severity::High,
    doc: docs::DATABASE_PUBLICLY_ACCESSIBLE,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::RdsInstance, Kind::Ec2Instance, Kind::DmsReplication])
}

/// The public subnet a node is drawn in, if it is.
fn public_subnet(cx: &Context, i: NodeIx) -> Option<NodeIx> {
    cx.place(i)
        .subnet
        .filter(|&s| cx.kind(s) == Kind::PublicSubnet)
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for db in cx.nodes_of(Kind::RdsInstance) {
        let public = cx.node(db).props.publicly_accessible();
        let message = match (public, public_subnet(cx, db)) {
            (true, _) => Message::new(ids::NET007_PUBLIC),
            (false, Some(s)) => Message::new(ids::NET007_SUBNET).arg("subnet", cx.titled(s)),
            (false, None) => continue,
        };
        out.push(Hit::new(
            db,
            message.arg("db", cx.name(db)),
            Trail::node(db),
        ));
    }
    for dms in cx.nodes_of(Kind::DmsReplication) {
        let public = cx.node(dms).props.dms_publicly_accessible();
        let igw = cx.place(dms).vpc.and_then(|v| cx.internet_gateway_of(v));
        let message = match (public_subnet(cx, dms), public, igw) {
            (Some(s), _, _) => Message::new(ids::NET007_DMS_SUBNET).arg("subnet", cx.titled(s)),
            (None, true, Some(igw)) => {
                Message::new(ids::NET007_DMS_PUBLIC).arg("igw", cx.titled(igw))
            }
            _ => continue,
        };
        let mut trail = Trail::node(dms);
        trail.nodes.extend(igw.filter(|_| public));
        out.push(Hit::new(dms, message.arg("node", cx.titled(dms)), trail));
    }
    for ec2 in cx.nodes_of(Kind::Ec2Instance) {
        let (Some(s), false) = (
            public_subnet(cx, ec2),
            cx.node(ec2).props.datasets().is_empty(),
        ) else {
            continue;
        };
        out.push(Hit::new(
            ec2,
            Message::new(ids::NET007_EC2)
                .arg("node", cx.name(ec2))
                .arg("subnet", cx.titled(s)),
            Trail::node(ec2),
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
        let ec2 = |subnet: &str, datasets: bool| {
            let b = doc()
                .node("vpc", Vpc, "")
                .node("priv", PrivateSubnet, "vpc")
                .node("pub", PublicSubnet, "vpc")
                .node("ec2", Ec2Instance, subnet);
            if datasets {
                b.data(&[("orders", false)]).build()
            } else {
                b.build()
            }
        };
        cases(
            "NET007",
            vec![
                (
                    "database on EC2 in a public subnet",
                    ec2("pub", true),
                    vec!["NET007@ec2"],
                ),
                (
                    "database on EC2 in a private subnet",
                    ec2("priv", true),
                    vec![],
                ),
                ("an EC2 instance without data", ec2("pub", false), vec![]),
            ],
        );
        let dms = |subnet: &str, public: Option<bool>, igw: bool| {
            let b = doc()
                .node("vpc", Vpc, "")
                .node("priv", PrivateSubnet, "vpc")
                .node("pub", PublicSubnet, "vpc")
                .node("dms", DmsReplication, subnet)
                .props(|p| p.publicly_accessible = public);
            if igw {
                b.node("igw", InternetGateway, "vpc").build()
            } else {
                b.build()
            }
        };
        cases(
            "NET007",
            vec![
                (
                    "DMS, AWS's default, VPC with an internet gateway",
                    dms("priv", None, true),
                    vec!["NET007@dms"],
                ),
                (
                    "DMS, AWS's default, VPC without an internet gateway",
                    dms("priv", None, false),
                    vec![],
                ),
                (
                    "DMS, not publicly accessible",
                    dms("priv", Some(false), true),
                    vec![],
                ),
                (
                    "DMS in a public subnet",
                    dms("pub", Some(false), false),
                    vec!["NET007@dms"],
                ),
            ],
        );
        let d = ec2("pub", true);
        let report = crate::check::run(&d);
        assert_eq!(
            report.findings[0].message,
            "Database on EC2 `ec2` sits in Public subnet `pub`, where an instance can get a public IP address"
        );
    }
}

//! # NET012 no-route-between-networks
//!
//! ## What it does
//! Finds data flows drawn straight from one network to another (no
//! connectivity on their route) where nothing in the design could carry
//! them: on-premises and a VPC with no VPN, Direct Connect or Internet
//! path; a VPC and S3 with no endpoint and no NAT gateway; two VPCs that
//! no peering or transit gateway joins.
//!
//! ## Why is this bad?
//! AWS routes a VPC's traffic only through what is attached to it: a
//! private subnet reaches on-premises over a VPN or Direct Connect, S3
//! through a VPC endpoint or a NAT gateway, and another VPC through a
//! peering or a transit gateway. Without one, the flow as drawn does not
//! work, and nothing the design says about its route (its encryption, its
//! egress) can be checked.
//!
//! ## Detection logic
//! A flow whose route is not drawn (no `via`) takes the route the network
//! gives it (see "How the checker reasons" in the README): a VPN or
//! Direct Connect attached to the VPC (by the routes of other flows, by a
//! transit gateway, or drawn inside it), else the VPC's public NAT gateway
//! and internet gateway; for S3, the VPC's gateway endpoint or an
//! interface endpoint that leads to S3, else the NAT gateway; between two
//! VPCs, a peering or transit gateway that other flows show joins both.
//! When there is none, the flow is reported once. Flows that draw their
//! route, flows inside one VPC, and flows to AWS services outside any VPC
//! (reached over their public endpoints) are not.
//!
//! ## False positives
//! A connection the design relies on but does not draw (a VPN managed
//! elsewhere) is reported: draw it, or draw the flow through it.
//!
//! ## Example
//! `on-premises-database → glue-job (in a private subnet)` in a design
//! with no VPN, Direct Connect or NAT gateway.
//!
//! ## Use instead
//! Draw the VPN, Direct Connect, endpoint, peering or transit gateway the
//! flow takes, and route the flow through it.
//!
//! ## References
//! - AWS: "Configure route tables" and "Connect your VPC to other networks", Amazon VPC User Guide
//! - AWS: "Gateway endpoints for Amazon S3", AWS PrivateLink Guide
//! - AWS: "Troubleshooting Glue common setup errors": "Error: Could not find S3 endpoint or NAT gateway for subnetId in VPC"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET012",
    name: "no-route-between-networks",
    family: Family::Topology,
    severity: Severity::Medium,
    doc: docs::NO_ROUTE_BETWEEN_NETWORKS,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::Vpc])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for s in cx.segments() {
        let Basis::NoPath(gap) = s.basis else {
            continue;
        };
        let between = match gap {
            Gap::OnPremisesAndVpc(v) => {
                Message::new(ids::NET012_ON_PREMISES).arg("vpc", cx.titled(v))
            }
            Gap::VpcAndService(v, s) => Message::new(ids::NET012_SERVICE)
                .arg("vpc", cx.titled(v))
                .arg("service", Arg::Code(s.aws_name().to_string())),
            Gap::Vpcs(v, w) => Message::new(ids::NET012_VPCS)
                .arg("a", cx.name(v))
                .arg("b", cx.name(w)),
        };
        out.push(Hit::new(
            s.flow,
            Message::new(ids::NET012_MESSAGE)
                .arg("flow", cx.segment_name(s))
                .arg("between", between),
            cx.trail_of_route(s),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    fn base() -> Builder {
        doc()
            .node("corp", OnPremisesNetwork, "")
            .node("pg", OnPremisesDatabase, "corp")
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("pub", PublicSubnet, "vpc")
            .node("job", GlueJob, "priv")
            .node("s3", S3Bucket, "")
            .node("b", Vpc, "")
            .node("b1", PrivateSubnet, "b")
            .node("db", RdsInstance, "b1")
    }

    #[test]
    fn table() {
        cases(
            "NET012",
            vec![
                (
                    "on-premises to a VPC with nothing between",
                    base().chain(&["pg", "job"]).build(),
                    vec!["NET012@pg-job"],
                ),
                (
                    "a VPN drawn inside the VPC carries it",
                    base()
                        .node("vpn", SiteToSiteVpn, "vpc")
                        .chain(&["pg", "job"])
                        .build(),
                    vec![],
                ),
                (
                    "a NAT gateway and an internet gateway carry it over the Internet",
                    base()
                        .node("nat", NatGateway, "pub")
                        .node("igw", InternetGateway, "vpc")
                        .chain(&["pg", "job"])
                        .build(),
                    vec![],
                ),
                (
                    "VPC to S3 with nothing",
                    base().chain(&["job", "s3"]).build(),
                    vec!["NET012@job-s3"],
                ),
                (
                    "VPC to DynamoDB with only an S3 gateway endpoint",
                    base()
                        .node("gwe", GatewayEndpoint, "vpc")
                        .props(|p| p.service = Some(crate::model::Service::S3))
                        .node("ddb", DynamodbTable, "")
                        .chain(&["job", "ddb"])
                        .build(),
                    vec!["NET012@job-ddb"],
                ),
                (
                    "VPC to S3 with a gateway endpoint",
                    base()
                        .node("gwe", GatewayEndpoint, "vpc")
                        .chain(&["s3", "job"])
                        .build(),
                    vec![],
                ),
                (
                    "two VPCs with nothing between",
                    base().chain(&["db", "job"]).build(),
                    vec!["NET012@db-job"],
                ),
                (
                    "two VPCs a peering joins (another flow shows it)",
                    base()
                        .node("pcx", VpcPeering, "")
                        .node("ec2", Ec2Instance, "b1")
                        .chain(&["ec2", "pcx", "job"])
                        .chain(&["db", "job"])
                        .build(),
                    vec![],
                ),
                (
                    "a route drawn through a peering is not this rule's",
                    base()
                        .node("pcx", VpcPeering, "")
                        .chain(&["db", "pcx", "job"])
                        .build(),
                    vec![],
                ),
                (
                    "inside one VPC",
                    base()
                        .node("rds", RdsInstance, "priv")
                        .chain(&["rds", "job"])
                        .build(),
                    vec![],
                ),
            ],
        );
    }
}

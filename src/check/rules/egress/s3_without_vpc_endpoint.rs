//! # EGR005 s3-without-vpc-endpoint
//!
//! ## What it does
//! Finds data flows between a node in a VPC and an S3 bucket, either way
//! (writes and reads), whose route passes no VPC endpoint (gateway or
//! interface).
//!
//! ## Why is this bad?
//! Without an endpoint, traffic from the VPC to S3 goes to S3's public
//! endpoints through a NAT or internet gateway, leaving the private network
//! path, and a bucket policy cannot pin access to your endpoint
//! (`aws:SourceVpce`).
//!
//! ## Detection logic
//! Applies when the design requires no Internet egress. Every data flow
//! from a node inside a VPC to an `s3-bucket`, or from a bucket to such a
//! node (AWS Glue and SageMaker in a VPC read S3 through the VPC), must
//! have a
//! `gateway-endpoint` or an `interface-endpoint` on its route. A flow
//! drawn straight to the bucket takes the route AWS would give it: the
//! VPC's gateway endpoint (or an interface endpoint that other flows use
//! for S3) when there is one, so it passes, else the VPC's NAT gateway and
//! internet gateway, and the finding says it assumed that route. With
//! neither the flow cannot reach S3 at all, which is NET012's.
//!
//! ## False positives
//! A gateway endpoint in the VPC is taken to be in the route table of the
//! flow's subnet (AWS adds the route to the tables you associate).
//!
//! ## Example
//! `glue-job (in a private subnet) → s3-bucket`.
//!
//! ## Use instead
//! `glue-job → gateway-endpoint (S3, in the VPC) → s3-bucket`.
//!
//! ## References
//! - AWS: "Gateway endpoints for Amazon S3" (Amazon VPC / PrivateLink guide)
//! - AWS: "Controlling access from VPC endpoints with bucket policies"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "EGR005",
    name: "s3-without-vpc-endpoint",
    family: Family::Egress,
    severity: Severity::Medium,
    doc: docs::S3_WITHOUT_VPC_ENDPOINT,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.req().no_internet_egress && cx.has(&[Kind::S3Bucket])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for s in cx.segments() {
        // The end in a VPC and the bucket, whichever way the data goes.
        let (client, bucket, verb) = match (cx.kind(s.from), cx.kind(s.to)) {
            (_, Kind::S3Bucket) => (s.from, s.to, ids::EGR005_WRITES),
            (Kind::S3Bucket, _) => (s.to, s.from, ids::EGR005_READS),
            _ => continue,
        };
        if cx.realm(client) != Realm::Aws
            || cx.place(client).vpc.is_none()
            || s.passes(Via::GatewayEndpoint | Via::InterfaceEndpoint)
            || matches!(s.basis, Basis::NoPath(_))
        {
            continue;
        }
        out.push(Hit::new(
            cx.segment_target(s),
            Message::new(verb)
                .arg("client", cx.name(client))
                .arg("bucket", cx.titled(bucket)),
            cx.trail_of_route(s),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    fn nat_only() -> crate::model::Document {
        doc()
            .req(|r| r.no_internet_egress = true)
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("pub", PublicSubnet, "vpc")
            .node("nat", NatGateway, "pub")
            .node("igw", InternetGateway, "vpc")
            .node("job", GlueJob, "priv")
            .node("s3", S3Bucket, "")
            .chain(&["job", "s3"])
            .build()
    }

    #[test]
    fn an_assumed_route_is_named_and_drawn() {
        let f = crate::check::run(&nat_only())
            .findings
            .into_iter()
            .find(|f| f.code == "EGR005")
            .unwrap();
        assert_eq!(
            f.message,
            "`job` writes to S3 bucket `s3` from its VPC with no VPC endpoint (route not drawn: assumed through NAT gateway `nat`, Internet gateway `igw`)"
        );
        assert_eq!(f.nodes, ["job", "nat", "igw", "s3"]);
    }

    #[test]
    fn table() {
        let base = || {
            doc()
                .req(|r| r.no_internet_egress = true)
                .node("vpc", Vpc, "")
                .node("priv", PrivateSubnet, "vpc")
                .node("job", GlueJob, "priv")
                .node("gwe", GatewayEndpoint, "vpc")
                .node("s3", S3Bucket, "")
        };
        cases(
            "EGR005",
            vec![
                (
                    "drawn through a NAT gateway",
                    base()
                        .node("pub", PublicSubnet, "vpc")
                        .node("nat", NatGateway, "pub")
                        .chain(&["job", "nat", "s3"])
                        .build(),
                    vec!["EGR005@job-s3"],
                ),
                (
                    "drawn straight: assumed through the VPC's gateway endpoint",
                    base().chain(&["job", "s3"]).build(),
                    vec![],
                ),
                (
                    "drawn straight in a VPC with only a NAT gateway",
                    nat_only(),
                    vec!["EGR005@job-s3"],
                ),
                (
                    "drawn straight in a VPC with no way to S3 (NET012's)",
                    doc()
                        .req(|r| r.no_internet_egress = true)
                        .node("vpc", Vpc, "")
                        .node("priv", PrivateSubnet, "vpc")
                        .node("job", GlueJob, "priv")
                        .node("s3", S3Bucket, "")
                        .chain(&["job", "s3"])
                        .build(),
                    vec![],
                ),
                (
                    "through the endpoint",
                    base().chain(&["job", "gwe", "s3"]).build(),
                    vec![],
                ),
                (
                    "job outside any VPC",
                    doc()
                        .req(|r| r.no_internet_egress = true)
                        .node("job", GlueJob, "")
                        .node("s3", S3Bucket, "")
                        .chain(&["job", "s3"])
                        .build(),
                    vec![],
                ),
                (
                    "read from S3, drawn straight: the VPC's gateway endpoint",
                    base().chain(&["s3", "job"]).build(),
                    vec![],
                ),
                (
                    "read from S3 through a NAT gateway",
                    base()
                        .node("pub", PublicSubnet, "vpc")
                        .node("nat", NatGateway, "pub")
                        .chain(&["s3", "nat", "job"])
                        .build(),
                    vec!["EGR005@s3-job"],
                ),
            ],
        );
    }
}

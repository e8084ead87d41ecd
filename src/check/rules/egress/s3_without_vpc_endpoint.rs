//! # EGR005 s3-without-vpc-endpoint
//!
//! ## What it does
//! Finds data flows between a node in a VPC and an S3 bucket or a
//! DynamoDB table, either way (writes and reads), whose route passes no
//! VPC endpoint (gateway or interface).
//!
//! ## Why is this bad?
//! Without an endpoint, traffic from the VPC to S3 (or DynamoDB) goes to
//! the service's public endpoints through a NAT or internet gateway,
//! leaving the private network path, and a bucket or table policy cannot
//! pin access to your endpoint (`aws:SourceVpce`).
//!
//! ## Detection logic
//! Applies when the design requires no Internet egress. Every data flow
//! from a node inside a VPC to an `s3-bucket` or a `dynamodb-table`, or
//! from one to such a node (AWS Glue and SageMaker in a VPC read S3
//! through the VPC), must have a `gateway-endpoint` or an
//! `interface-endpoint` on its route. A flow drawn straight to the bucket
//! takes the route AWS would give it: the VPC's endpoint for that service
//! (declared by the endpoint's `service`, or, undeclared, one that other
//! flows use for it) when there is one, so it passes, else the VPC's NAT
//! gateway and internet gateway, and the finding says it assumed that
//! route. With neither the flow cannot reach the service at all, which is
//! NET012's. A route drawn through an endpoint declared for another
//! service cannot work as drawn: NET014 reports it, not this rule.
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
//! - AWS: "Gateway endpoints for Amazon DynamoDB" (AWS PrivateLink guide)
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
    cx.req().no_internet_egress && cx.has(&[Kind::S3Bucket, Kind::DynamodbTable])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for s in cx.segments() {
        // The end in a VPC and the bucket or table, whichever way the
        // data goes.
        let (client, bucket, verb) = if cx.kind(s.to).has_gateway_endpoint() {
            (s.from, s.to, ids::EGR005_WRITES)
        } else if cx.kind(s.from).has_gateway_endpoint() {
            (s.to, s.from, ids::EGR005_READS)
        } else {
            continue;
        };
        // An endpoint drawn for another service is a route that cannot
        // work as drawn (NET014), not a missing endpoint.
        if cx.realm(client) != Realm::Aws
            || cx.place(client).vpc.is_none()
            || s.passes(Via::GatewayEndpoint | Via::InterfaceEndpoint)
            || matches!(s.basis, Basis::NoPath(_))
        {
            continue;
        }
        out.push(Hit::new(
            s.flow,
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
        vpc_with_way_out()
            .req(|r| r.no_internet_egress = true)
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

    /// DynamoDB is reached like S3, and a VPC's endpoints count for the
    /// service they are declared for.
    #[test]
    fn dynamodb_and_declared_services() {
        use crate::model::Service;
        let vpc = |gwe: Option<Option<Service>>| {
            let mut b = vpc_with_way_out()
                .req(|r| r.no_internet_egress = true)
                .node("job", GlueJob, "priv")
                .node("s3", S3Bucket, "")
                .node("ddb", DynamodbTable, "");
            if let Some(service) = gwe {
                b = b
                    .node("gwe", GatewayEndpoint, "vpc")
                    .props(move |p| p.service = service);
            }
            b
        };
        cases(
            "EGR005",
            vec![
                (
                    "a table drawn straight from a VPC with only a NAT gateway",
                    vpc(None).chain(&["job", "ddb"]).build(),
                    vec!["EGR005@job-ddb"],
                ),
                (
                    "a table drawn straight: the VPC's DynamoDB endpoint",
                    vpc(Some(Some(Service::Dynamodb)))
                        .chain(&["job", "ddb"])
                        .build(),
                    vec![],
                ),
                (
                    "a table drawn straight: the VPC has only an S3 endpoint",
                    vpc(Some(Some(Service::S3))).chain(&["ddb", "job"]).build(),
                    vec!["EGR005@ddb-job"],
                ),
                (
                    "a bucket drawn straight: the VPC has only a DynamoDB endpoint",
                    vpc(Some(Some(Service::Dynamodb)))
                        .chain(&["job", "s3"])
                        .build(),
                    vec!["EGR005@job-s3"],
                ),
                (
                    "an undeclared gateway endpoint that other flows use for S3",
                    vpc(Some(None))
                        .chain(&["job", "gwe", "s3"])
                        .chain(&["job", "ddb"])
                        .build(),
                    vec!["EGR005@job-ddb"],
                ),
                (
                    "drawn through an endpoint for another service (NET014's)",
                    vpc(Some(Some(Service::S3)))
                        .chain(&["job", "gwe", "ddb"])
                        .build(),
                    vec![],
                ),
            ],
        );
    }
}

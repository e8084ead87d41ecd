//! # NET002 gateway-endpoint-unsupported-service
//!
//! ## What it does
//! Finds gateway VPC endpoints that lead to, or are declared for, a
//! service other than Amazon S3 and DynamoDB.
//!
//! ## Why is this bad?
//! Gateway endpoints exist only for S3 and DynamoDB. Traffic to any other
//! service, such as SageMaker or Glue, cannot use one.
//!
//! ## Detection logic
//! A `gateway-endpoint` whose `service` is declared as one without gateway
//! endpoints (`sts`, `sagemaker-api`, …) is reported. Otherwise its
//! service is the side of the route outside its VPC. For every data flow
//! through it: when either side is an `s3-bucket` or a `dynamodb-table`
//! the service is that one (a client outside the VPC is NET001's, not
//! this rule's); otherwise an AWS node outside the endpoint's VPC on
//! either side (the one after it first) is the service, and it is
//! reported.
//!
//! ## False positives
//! None known.
//!
//! ## Example
//! `ec2-instance → gateway-endpoint → sagemaker-model`.
//!
//! ## Use instead
//! `ec2-instance → interface-endpoint → sagemaker-model`.
//!
//! ## References
//! - AWS: "Gateway endpoints" (AWS PrivateLink guide): "Gateway endpoints provide reliable connectivity to Amazon S3 and DynamoDB without requiring an internet gateway or a NAT device for your VPC"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET002",
    name: "gateway-endpoint-unsupported-service",
    family: Family::Topology,
    severity: Severity::High,
    doc: docs::GATEWAY_ENDPOINT_UNSUPPORTED_SERVICE,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::GatewayEndpoint])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for gwe in cx.nodes_of(Kind::GatewayEndpoint) {
        if let Some(declared) = cx.endpoint_service(gwe)
            && !declared.has_gateway_endpoint()
        {
            out.push(Hit::new(
                gwe,
                Message::new(ids::NET002_MESSAGE)
                    .arg("endpoint", cx.titled(gwe))
                    .arg("service", Arg::Code(declared.aws_name().to_string())),
                Trail::node(gwe),
            ));
            continue;
        }
        let own = cx.place(gwe).vpc;
        // The service is the side outside the VPC: a route with S3 on
        // either side is S3's (a client outside the VPC is NET001's).
        let outside = |i: NodeIx| cx.realm(i) == Realm::Aws && cx.place(i).vpc != own;
        let service = cx.around(gwe).into_iter().find_map(|(r, prev, next)| {
            let sides = [next, Some(prev)];
            if sides
                .iter()
                .flatten()
                .any(|&i| cx.kind(i).has_gateway_endpoint())
            {
                return None;
            }
            sides
                .into_iter()
                .flatten()
                .find(|&i| outside(i))
                .map(|i| (r, i))
        });
        if let Some((r, other)) = service {
            out.push(Hit::new(
                gwe,
                Message::new(ids::NET002_MESSAGE)
                    .arg("endpoint", cx.titled(gwe))
                    .arg("service", cx.titled(other)),
                cx.trail_of_route(r),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    #[test]
    fn table() {
        let base = || {
            doc()
                .node("vpc", Vpc, "")
                .node("priv", PrivateSubnet, "vpc")
                .node("ec2", Ec2Instance, "priv")
                .node("gwe", GatewayEndpoint, "vpc")
        };
        cases(
            "NET002",
            vec![
                (
                    "to S3",
                    base()
                        .node("s3", S3Bucket, "")
                        .chain(&["ec2", "gwe", "s3"])
                        .build(),
                    vec![],
                ),
                (
                    "to SageMaker",
                    base()
                        .node("m", SagemakerModel, "")
                        .props(|p| p.network_isolation = Some(true))
                        .chain(&["ec2", "gwe", "m"])
                        .build(),
                    vec!["NET002@gwe"],
                ),
                (
                    "to DynamoDB",
                    base()
                        .node("ddb", DynamodbTable, "")
                        .chain(&["ec2", "gwe", "ddb"])
                        .build(),
                    vec![],
                ),
                (
                    "declared for STS, which has no gateway endpoint",
                    base()
                        .props(|p| p.service = Some(crate::model::Service::Sts))
                        .build(),
                    vec!["NET002@gwe"],
                ),
            ],
        );
        // Seen on a real design: a training job outside any VPC drawn
        // through the S3 gateway endpoint was named as the endpoint's
        // service. The service is S3; the job is a client outside the
        // VPC, which is NET001's alone.
        let outside = base()
            .node("s3", S3Bucket, "")
            .node("train", SagemakerTrainingJob, "")
            .chain(&["s3", "gwe", "train"])
            .build();
        assert_eq!(ids_of(&outside, "NET002"), Vec::<String>::new());
        assert_eq!(ids_of(&outside, "NET001"), ["NET001@gwe"]);
    }
}

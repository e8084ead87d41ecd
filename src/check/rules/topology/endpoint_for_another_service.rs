//! # NET014 endpoint-for-another-service
//!
//! ## What it does
//! Finds data flows routed through a VPC endpoint that is declared for one
//! AWS service (its `service`) while the flow goes to another: a bucket
//! through an endpoint for `sts`, a DynamoDB table through the S3 gateway
//! endpoint, a SageMaker model's endpoint through `sagemaker.api`.
//!
//! ## Why is this bad?
//! A VPC endpoint carries traffic to the one service it was created for
//! (`com.amazonaws.<region>.<service>`): a gateway endpoint adds routes to
//! that service's prefix list only, and an interface endpoint answers only
//! that service's DNS name. Traffic to any other service takes the VPC's
//! other routes (a NAT gateway, out to the Internet) or fails, so the
//! route as drawn cannot happen, and the private path it shows does not
//! exist.
//!
//! ## Detection logic
//! For every `gateway-endpoint` and `interface-endpoint` whose `service`
//! is given, and every data flow whose route passes it: the flow's end
//! outside the endpoint's VPC (in AWS) is the service it reaches. An
//! `s3-bucket` is reached through `s3`, a `dynamodb-table` through
//! `dynamodb`, a SageMaker training job or notebook through
//! `sagemaker-api`, a SageMaker model through `sagemaker-runtime`; any
//! other end (an endpoint service, an instance) through none of these.
//! When that is not the endpoint's service, the flow is reported. An
//! endpoint whose `service` is not given is taken to be for whatever its
//! routes lead to, and is not reported. A gateway endpoint declared for a
//! service that has none is NET002's.
//!
//! ## False positives
//! STS, CloudWatch Logs, ECR and Secrets Manager are not nodes: a flow to
//! them cannot be drawn, so an endpoint for one of them has no flow to
//! check.
//!
//! ## Example
//! `glue-job → interface-endpoint ("service": "sts") → s3-bucket`.
//!
//! ## Use instead
//! `glue-job → gateway-endpoint ("service": "s3") → s3-bucket`, and a
//! separate endpoint for each service the pipeline calls.
//!
//! ## References
//! - AWS: "AWS services that integrate with AWS PrivateLink" (the service names, `com.amazonaws.region.service`)
//! - AWS: "Gateway endpoints" (AWS PrivateLink guide): routes to the service's prefix list
//! - AWS: "Access an AWS service using an interface VPC endpoint" (private DNS names per service)

use super::super::prelude::*;
use crate::model::Service;

pub static RULE: Rule = Rule {
    code: "NET014",
    name: "endpoint-for-another-service",
    family: Family::Topology,
    severity: Severity::High,
    doc: docs::ENDPOINT_FOR_ANOTHER_SERVICE,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::GatewayEndpoint, Kind::InterfaceEndpoint])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for kind in [Kind::GatewayEndpoint, Kind::InterfaceEndpoint] {
        for e in cx.nodes_of(kind) {
            let Some(declared) = cx.endpoint_service(e) else {
                continue;
            };
            // A gateway endpoint for a service without one is NET002's.
            if kind == Kind::GatewayEndpoint && !declared.has_gateway_endpoint() {
                continue;
            }
            let own = cx.place(e).vpc;
            let outside = |i: NodeIx| cx.realm(i) == Realm::Aws && cx.place(i).vpc != own;
            for (r, _, _) in cx.around(e) {
                let Some(end) = [r.to, r.from].into_iter().find(|&i| outside(i)) else {
                    continue;
                };
                if Service::of_kind(cx.kind(end)) == Some(declared) {
                    continue;
                }
                out.push(Hit::new(
                    r.flow,
                    Message::new(ids::NET014_MESSAGE)
                        .arg("endpoint", cx.titled(e))
                        .arg("service", Arg::Code(declared.aws_name().to_string()))
                        .arg("flow", cx.segment_name(r))
                        .arg("node", cx.titled(end)),
                    cx.trail_of_route(r),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;
    use crate::model::Service;

    fn base(kind: crate::model::Kind, service: Option<Service>) -> Builder {
        doc()
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("job", GlueJob, "priv")
            .node(
                "e",
                kind,
                if kind == GatewayEndpoint {
                    "vpc"
                } else {
                    "priv"
                },
            )
            .props(move |p| p.service = service)
            .node("s3", S3Bucket, "")
            .node("ddb", DynamodbTable, "")
            .node("model", SagemakerModel, "")
    }

    #[test]
    fn table() {
        cases(
            "NET014",
            vec![
                (
                    "an interface endpoint for STS on the way to S3",
                    base(InterfaceEndpoint, Some(Service::Sts))
                        .chain(&["job", "e", "s3"])
                        .build(),
                    vec!["NET014@job-s3"],
                ),
                (
                    "the S3 gateway endpoint on the way to DynamoDB",
                    base(GatewayEndpoint, Some(Service::S3))
                        .chain(&["job", "e", "ddb"])
                        .build(),
                    vec!["NET014@job-ddb"],
                ),
                (
                    "reading a table through the S3 endpoint (data flows in)",
                    base(GatewayEndpoint, Some(Service::S3))
                        .chain(&["ddb", "e", "job"])
                        .build(),
                    vec!["NET014@ddb-job"],
                ),
                (
                    "the SageMaker API endpoint on the way to a model's endpoint",
                    base(InterfaceEndpoint, Some(Service::SagemakerApi))
                        .chain(&["job", "e", "model"])
                        .build(),
                    vec!["NET014@job-model"],
                ),
                (
                    "the runtime endpoint for a model",
                    base(InterfaceEndpoint, Some(Service::SagemakerRuntime))
                        .chain(&["job", "e", "model"])
                        .build(),
                    vec![],
                ),
                (
                    "the DynamoDB gateway endpoint for a table",
                    base(GatewayEndpoint, Some(Service::Dynamodb))
                        .chain(&["job", "e", "ddb"])
                        .build(),
                    vec![],
                ),
                (
                    "an undeclared endpoint is for whatever it leads to",
                    base(InterfaceEndpoint, None)
                        .chain(&["job", "e", "ddb"])
                        .build(),
                    vec![],
                ),
                (
                    "an endpoint for S3 on the way to a provider's endpoint service",
                    base(InterfaceEndpoint, Some(Service::S3))
                        .node("pvpc", Vpc, "")
                        .node("ps", PrivateSubnet, "pvpc")
                        .node("svc", EndpointService, "ps")
                        .node("app", Ec2Instance, "ps")
                        .chain(&["job", "e", "svc", "app"])
                        .build(),
                    vec!["NET014@job-app"],
                ),
                (
                    "a gateway endpoint for STS is NET002's, not this rule's",
                    base(GatewayEndpoint, Some(Service::Sts))
                        .chain(&["job", "e", "s3"])
                        .build(),
                    vec![],
                ),
            ],
        );
    }

    #[test]
    fn the_message_names_the_endpoint_its_service_and_the_end() {
        let d = base(InterfaceEndpoint, Some(Service::Sts))
            .chain(&["job", "e", "s3"])
            .build();
        let f = crate::check::run(&d)
            .findings
            .into_iter()
            .find(|f| f.code == "NET014")
            .unwrap();
        assert_eq!(
            f.message,
            "Interface endpoint `e` is for `sts`, but flow `job → s3` goes through it to S3 bucket `s3`: that endpoint does not carry this traffic"
        );
        assert_eq!(f.nodes, ["job", "e", "s3"]);
    }
}

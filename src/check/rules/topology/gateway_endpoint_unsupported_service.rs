//! # NET002 gateway-endpoint-unsupported-service
//!
//! ## What it does
//! Finds gateway VPC endpoints that lead to a service other than Amazon S3
//! (or DynamoDB).
//!
//! ## Why is this bad?
//! Gateway endpoints exist only for S3 and DynamoDB. Traffic to any other
//! service, such as SageMaker or Glue, cannot use one.
//!
//! ## Detection logic
//! A `gateway-endpoint`'s service is what its flows lead to: every flow out
//! of it must end at an `s3-bucket` (DynamoDB is not a node kind yet) or at
//! more connectivity.
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
//! - AWS: "Gateway endpoints" (AWS PrivateLink guide): "supported for Amazon S3 and DynamoDB"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET002",
    name: "gateway-endpoint-unsupported-service",
    title: "Gateway endpoint for a service other than S3 or DynamoDB",
    family: Family::Topology,
    severity: Severity::High,
    why: "Gateway endpoints exist only for S3 and DynamoDB; other services cannot be reached through one",
    fix: "Use an interface endpoint (PrivateLink) for that service",
    doc: docs::GATEWAY_ENDPOINT_UNSUPPORTED_SERVICE,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::GatewayEndpoint])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for gwe in cx.nodes_of(Kind::GatewayEndpoint) {
        let mut flows: Vec<usize> = cx.graph.out_flows(gwe).collect();
        flows.sort_unstable();
        for f in flows {
            let Some((_, to)) = cx.graph.flow_ends(f) else {
                continue;
            };
            let kind = cx.kind(to);
            if kind == Kind::S3Bucket || kind.role() == crate::model::Role::Transit {
                continue;
            }
            out.push(Hit::new(
                cx.node(gwe).id.clone(),
                format!(
                    "Gateway endpoint {} leads to {} {}; gateway endpoints exist only for S3 and DynamoDB",
                    cx.name(gwe),
                    kind.title(),
                    cx.name(to)
                ),
                cx.trail_of_hops(&[f]),
            ));
            break;
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
            ],
        );
    }
}

//! # NET003 endpoint-cross-region
//!
//! ## What it does
//! Finds VPC endpoints whose service is in another Region, and endpoint
//! services whose consumers' endpoints are in another Region.
//!
//! ## Why is this bad?
//! Gateway endpoints, interface endpoints and PrivateLink endpoint
//! services work only within one Region: an endpoint in `us-east-1` cannot
//! reach a bucket in `eu-west-1`, and a consumer endpoint must be in the
//! provider's Region.
//!
//! ## Detection logic
//! A node's Region is its own `region`, else its VPC's, else the Region box
//! it is drawn in. For every data flow through a `gateway-endpoint` or
//! `interface-endpoint`, the nodes just before and after it on the route
//! that are outside the endpoint's VPC, and for an `endpoint-service` the
//! interface endpoints next to it on a route, must be in the same Region
//! when both Regions are known.
//!
//! ## False positives
//! Cross-Region access through an interface endpoint combined with
//! inter-Region peering is drawn as peering, not as the endpoint reaching
//! the other Region directly.
//!
//! ## Example
//! `interface-endpoint (VPC in us-east-1) → s3-bucket (eu-west-1)`.
//!
//! ## Use instead
//! An endpoint in a VPC in the bucket's Region, or the bucket in the VPC's
//! Region.
//!
//! ## References
//! - AWS: "Gateway endpoints" and "Interface endpoints": "Endpoints are supported within the same Region only"
//! - AWS: "Share your services through AWS PrivateLink" (consumer and provider Regions)

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET003",
    name: "endpoint-cross-region",
    title: "Endpoint and service in different Regions",
    family: Family::Topology,
    severity: Severity::High,
    why: "VPC endpoints and endpoint services work only within one Region",
    fix: "Put the endpoint in a VPC in the service's Region",
    doc: docs::ENDPOINT_CROSS_REGION,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[
        Kind::GatewayEndpoint,
        Kind::InterfaceEndpoint,
        Kind::EndpointService,
    ])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for (i, node) in cx.nodes() {
        let is_endpoint = matches!(node.kind, Kind::GatewayEndpoint | Kind::InterfaceEndpoint);
        if !is_endpoint && node.kind != Kind::EndpointService {
            continue;
        }
        let Some(region) = cx.region(i) else {
            continue;
        };
        'routes: for (r, prev, next) in cx.around(i) {
            for other in [Some(prev), next].into_iter().flatten() {
                let relevant = if is_endpoint {
                    cx.place(other).vpc != cx.place(i).vpc
                        && (cx.realm(other) == Realm::Aws
                            || cx.kind(other) == Kind::EndpointService)
                } else {
                    cx.kind(other) == Kind::InterfaceEndpoint
                };
                if !relevant {
                    continue;
                }
                let Some(theirs) = cx.region(other) else {
                    continue;
                };
                if theirs != region {
                    out.push(Hit::new(
                        node.id.clone(),
                        format!(
                            "{} {} in {} connects to {} {} in {}; endpoints work only within one Region",
                            node.kind.title(),
                            cx.name(i),
                            cx.region_name(&region),
                            cx.kind(other).title(),
                            cx.name(other),
                            cx.region_name(&theirs)
                        ),
                        cx.trail_of_route(r),
                    ));
                    break 'routes;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;
    use crate::model::LoadBalancer;

    fn base(bucket_region: &str) -> Builder {
        doc()
            .node("use1", AwsRegion, "")
            .props(|p| p.region = Some("us-east-1".into()))
            .node("vpc", Vpc, "use1")
            .node("priv", PrivateSubnet, "vpc")
            .node("ec2", Ec2Instance, "priv")
            .node("ie", InterfaceEndpoint, "priv")
            .node("s3", S3Bucket, "")
            .props(|p| p.region = Some(bucket_region.into()))
            .chain(&["ec2", "ie", "s3"])
    }

    #[test]
    fn table() {
        cases(
            "NET003",
            vec![
                ("same Region", base("us-east-1").build(), vec![]),
                ("other Region", base("eu-west-1").build(), vec!["NET003@ie"]),
                (
                    "unknown Region is not guessed",
                    doc()
                        .node("vpc", Vpc, "")
                        .node("priv", PrivateSubnet, "vpc")
                        .node("ie", InterfaceEndpoint, "priv")
                        .node("s3", S3Bucket, "")
                        .props(|p| p.region = Some("eu-west-1".into()))
                        .chain(&["ie", "s3"])
                        .build(),
                    vec![],
                ),
                (
                    "endpoint service in another Region",
                    base("us-east-1")
                        .node("prov", Vpc, "")
                        .props(|p| p.region = Some("eu-central-1".into()))
                        .node("p1", PrivateSubnet, "prov")
                        .node("svc", EndpointService, "p1")
                        .props(|p| p.load_balancer = Some(LoadBalancer::Nlb))
                        .node("app", Ec2Instance, "p1")
                        .chain(&["ec2", "ie", "svc", "app"])
                        .build(),
                    vec!["NET003@ie", "NET003@svc"],
                ),
            ],
        );
    }

    #[test]
    fn message_names_both_regions() {
        let report = crate::check::run(&base("eu-west-1").build());
        assert_eq!(
            report.findings[0].message,
            "Interface endpoint `ie` in `us-east-1` connects to S3 bucket `s3` in `eu-west-1`; endpoints work only within one Region"
        );
    }
}

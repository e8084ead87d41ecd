//! # NET003 endpoint-cross-region
//!
//! ## What it does
//! Finds VPC endpoints whose service is in another Region where AWS cannot
//! connect them, and endpoint services whose consumers' endpoints are in a
//! Region the provider does not allow.
//!
//! ## Why is this bad?
//! A gateway endpoint works only in the Region where it was created: an
//! endpoint in `us-east-1` cannot reach a bucket in `eu-west-1`. An
//! interface endpoint reaches another Region only as a cross-Region
//! endpoint (AWS PrivateLink cross-Region connectivity): for the AWS
//! services that support it (Amazon S3 among the services drawn here;
//! SageMaker does not), or for an endpoint service whose provider allows
//! the consumer's Region. Anything else does not connect.
//!
//! ## Detection logic
//! A node's Region is its own `region`, else its VPC's, else the Region box
//! it is drawn in (its code; a box without one takes the code of what is
//! drawn in it with one, so a VPC in `eu-central-1` inside a "Frankfurt"
//! box is one Region, not two). For every data flow through an endpoint,
//! the nodes just before and after it on the route that are outside the
//! endpoint's VPC are compared, when both Regions are known:
//! - a `gateway-endpoint` and its service must share the Region;
//! - an `interface-endpoint` connects to its `service_region` (default:
//!   its own); that must be the service's Region, and a `service_region`
//!   other than its own needs an S3 bucket or an endpoint service that
//!   lists the endpoint's Region in its `supported_regions`;
//! - an `endpoint-service` accepts interface endpoints in its own Region,
//!   or in one of its `supported_regions` that name it by `service_region`.
//!
//! ## False positives
//! Cross-Region access through an interface endpoint combined with
//! inter-Region peering is drawn as peering, not as the endpoint reaching
//! the other Region directly.
//!
//! ## Example
//! `interface-endpoint (VPC in us-east-1) → s3-bucket (eu-west-1)` with no
//! `service_region`.
//!
//! ## Use instead
//! An endpoint in a VPC in the service's Region; or, for S3 or an endpoint
//! service that allows it, a cross-Region interface endpoint
//! (`"service_region": "eu-west-1"`).
//!
//! ## References
//! - AWS: "Gateway endpoints for Amazon S3": "A gateway endpoint is available only in the Region where you created it"
//! - AWS: "Cross-region enabled AWS services" (AWS PrivateLink Guide): the services an interface endpoint can reach in another Region
//! - AWS: "Share your services through AWS PrivateLink" (Cross-Region access: the provider's supported Regions)

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET003",
    name: "endpoint-cross-region",
    family: Family::Topology,
    severity: Severity::High,
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
                let Some(theirs) = relevant.then(|| cx.region(other)).flatten() else {
                    continue;
                };
                let (endpoint, service) = if is_endpoint { (i, other) } else { (other, i) };
                let (at_endpoint, at_service) = if is_endpoint {
                    (&region, &theirs)
                } else {
                    (&theirs, &region)
                };
                if let Some(why) = mismatch(cx, endpoint, service, at_endpoint, at_service) {
                    out.push(Hit::new(
                        i,
                        Message::new(ids::NET003_MESSAGE)
                            .arg("node", cx.titled(i))
                            .arg("region", cx.region_name(&region))
                            .arg("other", cx.titled(other))
                            .arg("other_region", cx.region_name(&theirs))
                            .arg("why", Message::new(why)),
                        cx.trail_of_route(r),
                    ));
                    break 'routes;
                }
            }
        }
    }
}

/// Why an endpoint in Region `at_endpoint` cannot reach a service in
/// `at_service` (a message id), if it cannot.
fn mismatch(
    cx: &Context,
    endpoint: NodeIx,
    service: NodeIx,
    at_endpoint: &str,
    at_service: &str,
) -> Option<&'static str> {
    if cx.kind(endpoint) == Kind::GatewayEndpoint {
        return (at_endpoint != at_service).then_some(ids::NET003_GATEWAY);
    }
    let target = cx
        .node(endpoint)
        .props
        .service_region
        .as_deref()
        .unwrap_or(at_endpoint);
    if target != at_service {
        return Some(if target == at_endpoint {
            ids::NET003_CROSS_REGION
        } else {
            ids::NET003_SERVICE_REGION
        });
    }
    if target == at_endpoint {
        return None;
    }
    match cx.kind(service) {
        Kind::S3Bucket => None,
        Kind::EndpointService => {
            let allowed = cx.node(service).props.supported_regions.iter().flatten();
            let allowed = allowed.into_iter().any(|r| r == at_endpoint);
            (!allowed).then_some(ids::NET003_SUPPORTED_REGIONS)
        }
        _ => Some(ids::NET003_UNSUPPORTED),
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
    fn cross_region_privatelink() {
        let ie_to = |service_region: Option<&str>| {
            base("eu-west-1")
                .props_of("ie", |p| p.service_region = service_region.map(Into::into))
                .build()
        };
        // A VPC in us-east-1 with a private subnet: the consumer side.
        let consumer = || {
            doc()
                .node("vpc", Vpc, "")
                .props(|p| p.region = Some("us-east-1".into()))
                .node("priv", PrivateSubnet, "vpc")
        };
        let provider = |allowed: Option<Vec<&str>>, service_region: Option<&str>| {
            consumer()
                .node("ec2", Ec2Instance, "priv")
                .node("ie", InterfaceEndpoint, "priv")
                .props(|p| p.service_region = service_region.map(Into::into))
                .node("prov", Vpc, "")
                .props(|p| p.region = Some("eu-central-1".into()))
                .node("p1", PrivateSubnet, "prov")
                .node("svc", EndpointService, "p1")
                .props(|p| {
                    p.load_balancer = Some(LoadBalancer::Nlb);
                    p.supported_regions = allowed.map(|a| a.into_iter().map(Into::into).collect());
                })
                .node("app", Ec2Instance, "p1")
                .chain(&["ec2", "ie", "svc", "app"])
                .build()
        };
        cases(
            "NET003",
            vec![
                (
                    "cross-Region interface endpoint to S3",
                    ie_to(Some("eu-west-1")),
                    vec![],
                ),
                (
                    "service Region that is not the bucket's",
                    ie_to(Some("ap-northeast-2")),
                    vec!["NET003@ie"],
                ),
                (
                    "gateway endpoints stay in their Region",
                    consumer()
                        .node("ec2", Ec2Instance, "priv")
                        .node("gwe", GatewayEndpoint, "vpc")
                        .node("s3", S3Bucket, "")
                        .props(|p| p.region = Some("eu-west-1".into()))
                        .chain(&["ec2", "gwe", "s3"])
                        .build(),
                    vec!["NET003@gwe"],
                ),
                (
                    "SageMaker has no cross-Region endpoints",
                    consumer()
                        .node("nb", SagemakerNotebook, "priv")
                        .node("ie", InterfaceEndpoint, "priv")
                        .props(|p| p.service_region = Some("eu-west-1".into()))
                        .node("euw1", AwsRegion, "")
                        .props(|p| p.region = Some("eu-west-1".into()))
                        .node("train", SagemakerTrainingJob, "euw1")
                        .chain(&["nb", "ie", "train"])
                        .build(),
                    vec!["NET003@ie"],
                ),
                (
                    "endpoint service that allows the consumer's Region",
                    provider(Some(vec!["us-east-1"]), Some("eu-central-1")),
                    vec![],
                ),
                (
                    "endpoint service that does not allow it",
                    provider(None, Some("eu-central-1")),
                    vec!["NET003@ie", "NET003@svc"],
                ),
                (
                    "allowed, but the endpoint is not cross-Region",
                    provider(Some(vec!["us-east-1"]), None),
                    vec!["NET003@ie", "NET003@svc"],
                ),
            ],
        );
    }

    #[test]
    fn a_region_box_without_a_code_is_the_region_drawn_in_it() {
        // Seen on a real design: "in `eu-central-1` … in Region `Frankfurt`".
        let d = doc()
            .node("fra", AwsRegion, "")
            .node("vpc", Vpc, "fra")
            .props(|p| p.region = Some("eu-central-1".into()))
            .node("priv", PrivateSubnet, "vpc")
            .node("ec2", Ec2Instance, "priv")
            .node("ie", InterfaceEndpoint, "priv")
            .node("s3", S3Bucket, "fra")
            .chain(&["ec2", "ie", "s3"])
            .build();
        assert_eq!(ids_of(&d, "NET003"), Vec::<String>::new());
        // A second box without a code is still another Region.
        let two = doc()
            .node("fra", AwsRegion, "")
            .node("vpc", Vpc, "fra")
            .props(|p| p.region = Some("eu-central-1".into()))
            .node("priv", PrivateSubnet, "vpc")
            .node("ec2", Ec2Instance, "priv")
            .node("ie", InterfaceEndpoint, "priv")
            .node("other", AwsRegion, "")
            .node("s3", S3Bucket, "other")
            .chain(&["ec2", "ie", "s3"])
            .build();
        assert_eq!(ids_of(&two, "NET003"), ["NET003@ie"]);
    }

    #[test]
    fn message_names_both_regions() {
        let report = crate::check::run(&base("eu-west-1").build());
        assert_eq!(
            report.findings[0].message,
            "Interface endpoint `ie` in `us-east-1` connects to S3 bucket `s3` in `eu-west-1`; an interface endpoint reaches another Region only as a cross-Region endpoint (set its service Region, for S3 or an endpoint service that allows it)"
        );
    }
}

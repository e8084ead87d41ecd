//! # EGR002 sagemaker-api-without-privatelink
//!
//! ## What it does
//! Finds routes from on-premises or from a VPC to a SageMaker notebook,
//! training job or model that do not pass an interface VPC endpoint
//! (AWS PrivateLink).
//!
//! ## Why is this bad?
//! Without an interface endpoint, calls to the SageMaker API and runtime
//! (and the data they carry, such as inference payloads) go to SageMaker's
//! public endpoints, over the Internet or a NAT gateway, instead of staying
//! on the AWS network.
//!
//! ## Detection logic
//! Applies when the design requires no Internet egress. Every data flow
//! whose route ends at a SageMaker node outside any VPC (reached through
//! the SageMaker API) and starts on-premises or in a VPC must pass an
//! `interface-endpoint`. A SageMaker resource in VPC mode (drawn in a VPC)
//! makes its connections through its own network interfaces in that VPC
//! (over peering, a VPN or a transit gateway as routed), not through the
//! API, and is not flagged.
//!
//! A route through an interface endpoint declared for another service
//! (not `sagemaker-api` for a training job or notebook, not
//! `sagemaker-runtime` for a model's endpoint) cannot work as drawn:
//! NET014 reports it, not this rule.
//!
//! ## False positives
//! An interface endpoint whose `service` is not given is assumed to be
//! for the service its route leads to.
//!
//! ## Example
//! `on-premises-database → direct-connect → sagemaker-training-job`, with
//! no interface endpoint on the way.
//!
//! ## Use instead
//! `… → direct-connect → interface-endpoint (in a private subnet) →
//! sagemaker-training-job`, with endpoints for `sagemaker.api` and
//! `sagemaker.runtime`.
//!
//! ## References
//! - AWS: "Connect to SageMaker AI Within your VPC" (interface VPC endpoints)
//! - AWS: "Access AWS services through AWS PrivateLink"
//! - Checkov: CKV_AWS_122 and CKV_AWS_370 cover related SageMaker egress settings

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "EGR002",
    name: "sagemaker-api-without-privatelink",
    family: Family::Egress,
    severity: Severity::High,
    doc: docs::SAGEMAKER_API_WITHOUT_PRIVATELINK,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.req().no_internet_egress
        && cx.has(&[
            Kind::SagemakerNotebook,
            Kind::SagemakerTrainingJob,
            Kind::SagemakerModel,
        ])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for s in cx.segments() {
        // A resource in VPC mode makes its connections through its own
        // network interfaces in the VPC: no SageMaker API call is involved.
        if !cx.kind(s.to).is_sagemaker()
            || cx.place(s.to).vpc.is_some()
            || s.passes(Via::InterfaceEndpoint.into())
        {
            continue;
        }
        let private_start = match cx.realm(s.from) {
            Realm::OnPremises => true,
            Realm::Aws => cx.place(s.from).vpc.is_some(),
            _ => false,
        };
        if private_start {
            out.push(Hit::new(
                s.flow,
                Message::new(ids::EGR002_MESSAGE)
                    .arg("client", cx.name(s.from))
                    .arg("service", cx.titled(s.to)),
                cx.trail_of_route(s),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    fn base() -> Builder {
        doc()
            .req(|r| r.no_internet_egress = true)
            .node("corp", OnPremisesNetwork, "")
            .node("db", OnPremisesDatabase, "corp")
            .node("dx", DirectConnect, "")
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("ie", InterfaceEndpoint, "priv")
            .node("train", SagemakerTrainingJob, "")
            .props(|p| p.network_isolation = Some(true))
    }

    #[test]
    fn skipped_without_the_requirement() {
        let d = base()
            .req(|r| r.no_internet_egress = false)
            .chain(&["db", "dx", "train"])
            .build();
        assert!(!ran(&d, "EGR002"));
    }

    #[test]
    fn table() {
        cases(
            "EGR002",
            vec![
                (
                    "through an interface endpoint",
                    base().chain(&["db", "dx", "ie", "train"]).build(),
                    vec![],
                ),
                (
                    "around the endpoint",
                    base().chain(&["db", "dx", "train"]).build(),
                    vec!["EGR002@db-train"],
                ),
                (
                    "from a VPC to SageMaker's own network",
                    base()
                        .node("ec2", Ec2Instance, "priv")
                        .chain(&["ec2", "train"])
                        .build(),
                    vec!["EGR002@ec2-train"],
                ),
                (
                    "inside the same VPC",
                    base()
                        .node("ec2", Ec2Instance, "priv")
                        .node("nb", SagemakerNotebook, "priv")
                        .props(|p| {
                            p.direct_internet_access = Some(false);
                            p.presigned_url_allowed_cidrs = Some(vec!["10.0.0.0/8".into()]);
                        })
                        .chain(&["ec2", "nb"])
                        .build(),
                    vec![],
                ),
                (
                    "from S3, a service-to-service read",
                    base()
                        .node("s3", S3Bucket, "")
                        .chain(&["s3", "train"])
                        .build(),
                    vec![],
                ),
            ],
        );
    }
}

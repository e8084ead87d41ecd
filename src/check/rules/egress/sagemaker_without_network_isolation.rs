//! # EGR007 sagemaker-without-network-isolation
//!
//! ## What it does
//! Finds SageMaker training jobs and models without network isolation that
//! can reach the Internet.
//!
//! ## Why is this bad?
//! Training and inference containers run code that reads your data. Without
//! network isolation, a container outside your VPC (in SageMaker's own
//! network), or in a VPC with a NAT gateway, can send that data out.
//! Network isolation blocks all outbound calls from the container.
//!
//! ## Detection logic
//! Applies when the design requires no Internet egress, or to a job or
//! model that receives sensitive data. A `sagemaker-training-job` or
//! `sagemaker-model` with `network_isolation` off (the AWS default) is
//! reported when it is drawn outside every VPC, or inside a VPC that has a
//! NAT gateway. In a VPC without one it has no route out and is not
//! reported.
//!
//! ## False positives
//! A VPC whose NAT gateway is not routed from the job's subnet is still
//! taken as a way out.
//!
//! ## Example
//! A `sagemaker-training-job` in the Region box (SageMaker's network)
//! reading sensitive data, with `network_isolation` omitted.
//!
//! ## Use instead
//! `"network_isolation": true` on training jobs and models.
//!
//! ## References
//! - Checkov: CKV_AWS_370 "Ensure Amazon SageMaker model uses network isolation"
//! - Prowler: `sagemaker_training_jobs_network_isolation_enabled`, `sagemaker_models_network_isolation_enabled`
//! - AWS: "Run Training and Inference Containers in Internet-Free Mode"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "EGR007",
    name: "sagemaker-without-network-isolation",
    title: "SageMaker container without network isolation",
    family: Family::Egress,
    severity: Severity::High,
    why: "A container without network isolation can send the data it reads to the Internet",
    fix: "Enable network isolation on the training job or model",
    doc: docs::SAGEMAKER_WITHOUT_NETWORK_ISOLATION,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::SagemakerTrainingJob, Kind::SagemakerModel])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for kind in [Kind::SagemakerTrainingJob, Kind::SagemakerModel] {
        for i in cx.nodes_of(kind) {
            let governed = cx.req().no_internet_egress || cx.holds_sensitive(i);
            if !governed || cx.node(i).props.network_isolation() || !cx.graph.has_internet_route(i)
            {
                continue;
            }
            let route = match cx.place(i).vpc {
                None => "runs in SageMaker's own network".to_string(),
                Some(v) => format!("runs in VPC {} which has a NAT gateway", cx.name(v)),
            };
            let sensitive = cx.held_sensitive(i);
            let trail = match sensitive.first() {
                Some(&d) => cx.trail_from_store(d, i, &[]),
                None => Trail::node(i),
            };
            out.push(Hit::new(
                cx.node(i).id.clone(),
                format!(
                    "{} {} has no network isolation and {route}",
                    kind.title(),
                    cx.name(i)
                ),
                trail,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    #[test]
    fn table() {
        let job = |parent: &str, isolation: Option<bool>, nat: bool| {
            let mut b = doc()
                .req(|r| r.no_internet_egress = true)
                .node("vpc", Vpc, "")
                .node("priv", PrivateSubnet, "vpc")
                .node("pub", PublicSubnet, "vpc");
            if nat {
                b = b.node("nat", NatGateway, "pub");
            }
            b.node("train", SagemakerTrainingJob, parent)
                .props(|p| p.network_isolation = isolation)
                .node("model", SagemakerModel, parent)
                .props(|p| p.network_isolation = Some(true))
                .build()
        };
        cases(
            "EGR007",
            vec![
                (
                    "SageMaker network, no isolation",
                    job("", None, false),
                    vec!["EGR007@train"],
                ),
                (
                    "SageMaker network, isolated",
                    job("", Some(true), false),
                    vec![],
                ),
                ("VPC without NAT", job("priv", None, false), vec![]),
                (
                    "VPC with NAT",
                    job("priv", Some(false), true),
                    vec!["EGR007@train"],
                ),
            ],
        );
        let not_governed = doc().node("train", SagemakerTrainingJob, "").build();
        assert!(ids(&not_governed).is_empty());
    }
}

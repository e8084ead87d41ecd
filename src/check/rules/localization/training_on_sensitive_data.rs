//! # LOC002 training-on-sensitive-data
//!
//! ## What it does
//! Finds SageMaker training jobs that receive sensitive data when the
//! design requires models to be trained only on non-sensitive data.
//!
//! ## Why is this bad?
//! A model trained on sensitive data can memorise and reveal it, and the
//! model itself then falls under the sensitive data's rules.
//!
//! ## Detection logic
//! Applies when `train_only_on_non_sensitive_data` is set. Datasets
//! propagate along data flows from every store, through every processing
//! step that does not select a subset; each flow carries only its own
//! source's data, so a node shared by several pipelines mixes nothing. A
//! `sagemaker-training-job` that holds a sensitive dataset is reported,
//! with the route of the flow that brought it.
//!
//! ## False positives
//! Sensitive columns removed by a processing step must be modelled as the
//! step selecting non-sensitive datasets on its outgoing flows.
//!
//! ## Example
//! `ec2 (all tables) → glue-job → s3-bucket → sagemaker-training-job`.
//!
//! ## Use instead
//! Select only the non-sensitive datasets at the first flow, or on the flow
//! into the bucket the training job reads.
//!
//! ## References
//! - AWS Well-Architected Machine Learning Lens: MLSEC-05 "Protect sensitive data privacy"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "LOC002",
    name: "training-on-sensitive-data",
    family: Family::Localization,
    severity: Severity::High,
    doc: docs::TRAINING_ON_SENSITIVE_DATA,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.req().train_only_on_non_sensitive_data && cx.has(&[Kind::SagemakerTrainingJob])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for job in cx.nodes_of(Kind::SagemakerTrainingJob) {
        let sensitive = cx.held_sensitive(job);
        if let Some(&lead) = sensitive.first() {
            out.push(Hit::new(
                job,
                Message::new(ids::LOC002_MESSAGE)
                    .arg("job", cx.name(job))
                    .arg("data", cx.dataset_names(&sensitive)),
                cx.trail_from_store(lead, job),
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
                .req(|r| r.train_only_on_non_sensitive_data = true)
                .node("vpc", Vpc, "")
                .node("priv", PrivateSubnet, "vpc")
                .node("ec2", Ec2Instance, "priv")
                .data(&[("orders", false), ("customers", true)])
                .node("job", GlueJob, "priv")
                .node("s3", S3Bucket, "")
                .node("train", SagemakerTrainingJob, "")
                .props(|p| p.network_isolation = Some(true))
                .chain(&["ec2", "job"])
                .chain(&["job", "s3"])
                .chain(&["s3", "train"])
        };
        cases(
            "LOC002",
            vec![
                (
                    "everything flows to training",
                    base().build(),
                    vec!["LOC002@train"],
                ),
                (
                    "glue writes only orders",
                    base().only("job", "s3", &["orders"]).build(),
                    vec![],
                ),
            ],
        );
        let d = base().build();
        let f = crate::check::run(&d)
            .findings
            .into_iter()
            .find(|f| f.code == "LOC002")
            .unwrap();
        assert_eq!(f.nodes, ["s3", "train"], "the route that brought the data");
    }
}

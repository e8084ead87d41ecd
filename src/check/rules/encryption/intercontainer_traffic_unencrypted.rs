//! # ENC003 intercontainer-traffic-unencrypted
//!
//! ## What it does
//! Finds distributed SageMaker training jobs (more than one instance) that
//! do not encrypt traffic between their containers.
//!
//! ## Why is this bad?
//! In distributed training, instances exchange model parameters and
//! batches of training data. Without inter-container traffic encryption
//! that exchange crosses the network in the clear, even inside a VPC.
//!
//! ## Detection logic
//! Applies to `sagemaker-training-job` nodes with `instance_count` above 1
//! and `inter_container_encryption` off (the AWS default), when the job
//! receives sensitive data, or receives any data and
//! `in_transit_encryption` is `all`. (`sensitive` governs only jobs that
//! receive sensitive data.)
//!
//! ## False positives
//! None known; encryption costs some training time, which is a trade-off to
//! record with a suppression if accepted.
//!
//! ## Example
//! A training job with `"instance_count": 4` reading a bucket of
//! sensitive data.
//!
//! ## Use instead
//! `"inter_container_encryption": true`.
//!
//! ## References
//! - AWS: "Protect Communications Between ML Compute Instances in a Distributed Training Job"
//! - Prowler: `sagemaker_training_jobs_intercontainer_encryption_enabled`
//! - Checkov: no training-job check; CKV_AWS_369 "Ensure Amazon Sagemaker Data Quality Job encrypts all communications between instances used for monitoring jobs" checks the same setting on data quality job definitions

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "ENC003",
    name: "intercontainer-traffic-unencrypted",
    family: Family::Encryption,
    severity: Severity::Medium,
    doc: docs::INTERCONTAINER_TRAFFIC_UNENCRYPTED,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::SagemakerTrainingJob])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for job in cx.nodes_of(Kind::SagemakerTrainingJob) {
        let props = &cx.node(job).props;
        let governed = cx.holds_sensitive(job)
            || (cx.req().in_transit_encryption == InTransit::All && cx.receives_data(job));
        if !governed || props.instance_count() < 2 || props.inter_container_encryption() {
            continue;
        }
        out.push(Hit::new(
            job,
            Message::new(ids::ENC003_MESSAGE)
                .arg("job", cx.name(job))
                .arg("count", props.instance_count() as usize),
            Trail::node(job),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;
    use crate::model::InTransit;

    #[test]
    fn table() {
        let job = |count: u32, ice: Option<bool>, sensitive: bool| {
            doc()
                .node("s3", S3Bucket, "")
                .data(&[("cards", sensitive)])
                .node("train", SagemakerTrainingJob, "")
                .props(|p| {
                    p.instance_count = Some(count);
                    p.inter_container_encryption = ice;
                    p.network_isolation = Some(true);
                })
                .chain(&["s3", "train"])
                .build()
        };
        cases(
            "ENC003",
            vec![
                (
                    "distributed, sensitive, off",
                    job(4, None, true),
                    vec!["ENC003@train"],
                ),
                (
                    "distributed, sensitive, on",
                    job(4, Some(true), true),
                    vec![],
                ),
                ("single instance", job(1, None, true), vec![]),
                ("not sensitive, no requirement", job(4, None, false), vec![]),
            ],
        );
        let required = |level: InTransit, sensitive: bool| {
            let mut d = job(4, None, sensitive);
            d.requirements.in_transit_encryption = level;
            d
        };
        cases(
            "ENC003",
            vec![
                (
                    "not sensitive, required for sensitive data only",
                    required(InTransit::Sensitive, false),
                    vec![],
                ),
                (
                    "not sensitive, required for all data",
                    required(InTransit::All, false),
                    vec!["ENC003@train"],
                ),
                (
                    "sensitive, required for sensitive data",
                    required(InTransit::Sensitive, true),
                    vec!["ENC003@train"],
                ),
            ],
        );
    }
}

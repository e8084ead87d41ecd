//! # NET011 isolated-container-network-call
//!
//! ## What it does
//! Finds data flows between a network-isolated SageMaker training job or
//! model and a database (RDS, DynamoDB, an on-premises database, a
//! database on EC2), the Internet, or (for a training job) a model's
//! endpoint it reads: connections the container would have to open
//! itself.
//!
//! ## Why is this bad?
//! With network isolation on, the container makes no inbound or outbound
//! network calls at all, not even to other AWS services; SageMaker itself
//! downloads the input channels (S3, EFS, FSx for Lustre) before the job
//! starts and uploads the model artifacts after it ends. A job drawn as
//! reading a database directly cannot get that data: the pipeline fails at
//! run time, and whatever the design assumes about that flow (its route,
//! its encryption) describes something that never happens.
//!
//! ## Detection logic
//! Every data flow between two ends where one end is a
//! `sagemaker-training-job` with `network_isolation` on and the other end
//! is an `rds-instance`, a `dynamodb-table`, an `on-premises-database`,
//! an `ec2-instance` or the `internet` is reported once, whatever its
//! route, and so is a flow from a `sagemaker-model` into such a job (the
//! job invoking the model's endpoint, through `sagemaker.runtime`, to
//! read its predictions); for a `sagemaker-model` with `network_isolation`
//! on, flows with an `rds-instance`, a `dynamodb-table` or an
//! `on-premises-database` (an EC2 instance or the Internet may be a
//! client invoking the endpoint, which SageMaker serves without the
//! container making a call). Flows with S3 (an input channel or the model
//! artifacts, which SageMaker moves), a flow from a training job to a
//! model (its artifacts, deployed by SageMaker) and flows with a notebook
//! or a job (calls to the SageMaker API) are fine.
//!
//! ## False positives
//! None known: AWS documents no exception. Peers of one distributed
//! training job still talk to each other (ENC003 checks that traffic).
//!
//! ## Example
//! `rds-instance → nat-gateway → sagemaker-training-job` with
//! `"network_isolation": true`.
//!
//! ## Use instead
//! Export the data to S3 (a Glue job, DMS or an RDS snapshot export) and
//! give it to the job as an input channel; or turn network isolation off,
//! put the job in the database's VPC and reach it through the VPC.
//!
//! ## References
//! - AWS: "Run Training and Inference Containers in Internet-Free Mode", Amazon SageMaker Developer Guide
//! - AWS: `EnableNetworkIsolation`, `CreateTrainingJob` and `CreateModel` API reference

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET011",
    name: "isolated-container-network-call",
    family: Family::Topology,
    severity: Severity::Medium,
    doc: docs::ISOLATED_CONTAINER_NETWORK_CALL,
    applies,
    check,
};

const CONTAINERS: [Kind; 2] = [Kind::SagemakerTrainingJob, Kind::SagemakerModel];

fn applies(cx: &Context) -> bool {
    cx.has(&CONTAINERS)
}

/// Whether a node is a training job or model with network isolation on.
fn isolated(cx: &Context, i: NodeIx) -> bool {
    CONTAINERS.contains(&cx.kind(i)) && cx.node(i).props.network_isolation()
}

/// Whether `container` would have to open a connection itself to
/// exchange data with `other` (`inbound`: the data flows from `other` to
/// the container): a model's clients (an application on EC2, callers on
/// the Internet) invoke it through SageMaker instead, and a model a job
/// flows into is its artifacts, which SageMaker deploys.
fn reached_by_network(cx: &Context, container: NodeIx, other: NodeIx, inbound: bool) -> bool {
    let job = cx.kind(container) == Kind::SagemakerTrainingJob;
    match cx.kind(other) {
        Kind::RdsInstance | Kind::DynamodbTable | Kind::OnPremisesDatabase => true,
        Kind::Ec2Instance | Kind::Internet => job,
        Kind::SagemakerModel => job && inbound,
        _ => false,
    }
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for s in cx.segments() {
        let (container, other, inbound) = if isolated(cx, s.to) {
            (s.to, s.from, true)
        } else if isolated(cx, s.from) {
            (s.from, s.to, false)
        } else {
            continue;
        };
        if !reached_by_network(cx, container, other, inbound) {
            continue;
        }
        out.push(Hit::new(
            s.flow,
            Message::new(ids::NET011_MESSAGE)
                .arg("flow", cx.segment_name(s))
                .arg("container", cx.titled(container))
                .arg("other", cx.titled(other)),
            cx.trail_of_route(s),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    fn base(isolation: bool) -> Builder {
        doc()
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("pub", PublicSubnet, "vpc")
            .node("nat", NatGateway, "pub")
            .node("rds", RdsInstance, "priv")
            .node("s3", S3Bucket, "")
            .node("nb", SagemakerNotebook, "")
            .node("ie", InterfaceEndpoint, "priv")
            .node("train", SagemakerTrainingJob, "")
            .props(|p| p.network_isolation = Some(isolation))
            .node("model", SagemakerModel, "")
            .props(|p| p.network_isolation = Some(isolation))
            .node("net", Internet, "")
    }

    #[test]
    fn table() {
        cases(
            "NET011",
            vec![
                (
                    "isolated job reads RDS through a NAT",
                    base(true).chain(&["rds", "nat", "train"]).build(),
                    vec!["NET011@rds-train"],
                ),
                (
                    "isolated job reads RDS directly",
                    base(true).chain(&["rds", "train"]).build(),
                    vec!["NET011@rds-train"],
                ),
                (
                    "isolated model writes to RDS",
                    base(true).chain(&["model", "rds"]).build(),
                    vec!["NET011@model-rds"],
                ),
                (
                    "isolated job downloads from the Internet",
                    base(true).chain(&["net", "train"]).build(),
                    vec!["NET011@net-train"],
                ),
                (
                    "an application on EC2 invokes the isolated model",
                    base(true)
                        .node("app", Ec2Instance, "priv")
                        .chain(&["app", "model"])
                        .chain(&["model", "app"])
                        .build(),
                    vec![],
                ),
                (
                    "isolated job reads a database on EC2",
                    base(true)
                        .node("ec2", Ec2Instance, "priv")
                        .chain(&["ec2", "train"])
                        .build(),
                    vec!["NET011@ec2-train"],
                ),
                (
                    "isolated job reads S3: an input channel",
                    base(true).chain(&["s3", "train"]).build(),
                    vec![],
                ),
                (
                    "notebook starts the job through the API endpoint",
                    base(true).chain(&["nb", "ie", "train"]).build(),
                    vec![],
                ),
                (
                    "isolated job reads a model endpoint's predictions",
                    base(true).chain(&["model", "train"]).build(),
                    vec!["NET011@model-train"],
                ),
                (
                    "isolated job's artifacts become a model (SageMaker deploys them)",
                    base(true)
                        .node("m2", SagemakerModel, "")
                        .chain(&["train", "m2"])
                        .build(),
                    vec![],
                ),
                (
                    "isolated job reads a DynamoDB table",
                    base(true)
                        .node("ddb", DynamodbTable, "")
                        .chain(&["ddb", "train"])
                        .build(),
                    vec!["NET011@ddb-train"],
                ),
                (
                    "job without isolation reads a model endpoint",
                    base(false).chain(&["model", "train"]).build(),
                    vec![],
                ),
                (
                    "job without isolation reads RDS",
                    base(false).chain(&["rds", "train"]).build(),
                    vec![],
                ),
            ],
        );
    }
}

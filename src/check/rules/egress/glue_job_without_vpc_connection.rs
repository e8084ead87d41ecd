//! # EGR004 glue-job-without-vpc-connection
//!
//! ## What it does
//! Finds AWS Glue jobs that are not attached to a VPC through a Glue
//! connection.
//!
//! ## Why is this bad?
//! A Glue job without a connection runs in AWS's own network and reaches
//! S3 and other services over public endpoints; nothing in your VPC (route
//! tables, endpoints, security groups) governs where its data goes.
//!
//! ## Detection logic
//! Applies when the design requires no Internet egress. A `glue-job` is
//! attached when its `connection` names a `glue-connection` in a subnet, or
//! when it is drawn inside a subnet (an implied network connection there).
//! Any other Glue job is reported, one drawn in a VPC box outside every
//! subnet too: the box does not attach it (a Glue job has no VPC setting
//! of its own, only its connection's).
//!
//! ## False positives
//! None known.
//!
//! ## Example
//! A `glue-job` drawn in the Region box, reading an RDS instance in a
//! private subnet.
//!
//! ## Use instead
//! A `glue-connection` (type Network or JDBC) in a private subnet of the
//! VPC, with a security group, named by the job's `connection`.
//!
//! ## References
//! - AWS: "Configure a VPC for your ETL job" (AWS Glue User Guide)
//! - AWS: "Setting up network access to data stores" (AWS Glue)

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "EGR004",
    name: "glue-job-without-vpc-connection",
    family: Family::Egress,
    severity: Severity::High,
    doc: docs::GLUE_JOB_WITHOUT_VPC_CONNECTION,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.req().no_internet_egress && cx.has(&[Kind::GlueJob])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for job in cx.nodes_of(Kind::GlueJob) {
        if cx.place(job).vpc.is_none() {
            out.push(Hit::new(
                job,
                Message::new(if cx.drawn_in_vpc(job) {
                    ids::EGR004_DRAWN_IN_VPC
                } else {
                    ids::EGR004_MESSAGE
                })
                .arg("job", cx.titled(job)),
                Trail::node(job),
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
                .req(|r| r.no_internet_egress = true)
                .node("vpc", Vpc, "")
                .node("priv", PrivateSubnet, "vpc")
                .node("conn", GlueConnection, "priv")
        };
        cases(
            "EGR004",
            vec![
                (
                    "no connection",
                    base().node("job", GlueJob, "").build(),
                    vec!["EGR004@job"],
                ),
                (
                    "explicit connection",
                    base()
                        .node("job", GlueJob, "")
                        .props(|p| p.connection = Some("conn".into()))
                        .build(),
                    vec![],
                ),
                (
                    "drawn in a subnet",
                    base().node("job", GlueJob, "priv").build(),
                    vec![],
                ),
                (
                    "drawn in the VPC box, in no subnet, no connection",
                    base().node("job", GlueJob, "vpc").build(),
                    vec!["EGR004@job"],
                ),
                (
                    "drawn in the VPC box with a connection",
                    base()
                        .node("job", GlueJob, "vpc")
                        .props(|p| p.connection = Some("conn".into()))
                        .build(),
                    vec![],
                ),
            ],
        );
    }
}

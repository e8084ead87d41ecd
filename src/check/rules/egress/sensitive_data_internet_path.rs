//! # EGR001 sensitive-data-internet-path
//!
//! ## What it does
//! Finds sensitive datasets that reach a way out to the Internet: a NAT
//! gateway, an internet gateway, or the Internet itself.
//!
//! ## Why is this bad?
//! A NAT or internet gateway gives whatever reaches it a route out of the
//! AWS network. Encryption does not stop egress: encrypted data can still
//! be sent out. Service control policies, disabled root access and KMS keys
//! do not close the route either, so they are not credited.
//!
//! ## Detection logic
//! Sensitive datasets are propagated from their stores along every flow
//! (narrowed only where a source selects datasets). For every route out of
//! a node that holds sensitive data, each NAT gateway or internet gateway
//! the route passes, and an `internet` node it ends at, is an exit; each
//! exit reached by sensitive data is one finding, with the path from the
//! store to the exit. This rule always applies: it needs no requirement.
//!
//! ## False positives
//! A connectivity node shared by several pipelines passes each pipeline's
//! data only along that pipeline's routes, but a route drawn through a NAT
//! gateway is taken as used: if the flow really only fetches software
//! updates, carry no datasets on it (select none at the source) or
//! suppress the finding with the reason.
//!
//! ## Example
//! `rds (customers: sensitive) → nat-gateway → sagemaker-training-job`:
//! the training data is routed through a NAT gateway.
//!
//! ## Use instead
//! Reach AWS services through VPC endpoints (a gateway endpoint for S3, an
//! interface endpoint for SageMaker) and remove the route through the NAT
//! gateway.
//!
//! ## References
//! - AWS: "NAT gateways", Amazon VPC User Guide
//! - AWS: "Connect to SageMaker AI within your VPC" (interface endpoints)
//! - AWS Prescriptive Guidance: "Data perimeters on AWS"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "EGR001",
    name: "sensitive-data-internet-path",
    title: "Sensitive data has a path to the Internet",
    family: Family::Egress,
    severity: Severity::Critical,
    why: "A NAT or internet gateway lets data leave the AWS network, encrypted or not",
    fix: "Reach AWS services through VPC endpoints and remove the route through the NAT or internet gateway",
    doc: docs::SENSITIVE_DATA_INTERNET_PATH,
    applies,
    check,
};

const EXITS: [Kind; 3] = [Kind::NatGateway, Kind::InternetGateway, Kind::Internet];

fn applies(cx: &Context) -> bool {
    cx.has(&EXITS)
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    // Exits reached through connectivity (NAT and internet gateways).
    for reach in &cx.segs.reaches {
        let exit = reach.node;
        if !matches!(cx.kind(exit), Kind::NatGateway | Kind::InternetGateway) {
            continue;
        }
        let from = cx.segs.groups[reach.group].from;
        let sensitive = cx.group_sensitive(reach.group);
        if let Some(&lead) = sensitive.first() {
            out.push(hit(
                cx,
                exit,
                sensitive,
                cx.trail_from_store(lead, from, cx.segs.hops(reach.hops)),
            ));
        }
    }
    // The Internet itself, as a flow's destination.
    for internet in cx.nodes_of(Kind::Internet) {
        let sensitive = cx.held_sensitive(internet);
        if let Some(&lead) = sensitive.first() {
            out.push(hit(
                cx,
                internet,
                &sensitive,
                cx.trail_from_store(lead, internet, &[]),
            ));
        }
    }
}

fn hit(cx: &Context, exit: usize, sensitive: &[usize], trail: Trail) -> Hit {
    let what = match cx.kind(exit) {
        Kind::Internet => "reach the Internet".to_string(),
        k => format!(
            "reach {} {}, a path to the Internet",
            k.title(),
            cx.name(exit)
        ),
    };
    Hit::new(
        cx.node(exit).id.clone(),
        format!("Sensitive data {} {what}", cx.dataset_names(sensitive)),
        trail,
    )
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    #[test]
    fn empty_document_skips_the_rule() {
        let d = doc().build();
        assert!(!ran(&d, "EGR001"));
        assert!(ids(&d).is_empty());
    }

    #[test]
    fn table() {
        let base = || {
            doc()
                .node("vpc", Vpc, "")
                .node("priv", PrivateSubnet, "vpc")
                .node("pub", PublicSubnet, "vpc")
                .node("nat", NatGateway, "pub")
                .node("db", RdsInstance, "priv")
        };
        cases(
            "EGR001",
            vec![
                (
                    "sensitive data through a NAT gateway",
                    base()
                        .data(&[("customers", true)])
                        .node("train", SagemakerTrainingJob, "")
                        .chain(&["db", "nat", "train"])
                        .build(),
                    vec!["EGR001@nat"],
                ),
                (
                    "non-sensitive data through a NAT gateway",
                    base()
                        .data(&[("orders", false)])
                        .node("train", SagemakerTrainingJob, "")
                        .chain(&["db", "nat", "train"])
                        .build(),
                    vec![],
                ),
                (
                    "selection drops the sensitive dataset before the NAT",
                    base()
                        .data(&[("orders", false), ("customers", true)])
                        .node("train", SagemakerTrainingJob, "")
                        .chain(&["db", "nat", "train"])
                        .only("db", "nat", &["orders"])
                        .build(),
                    vec![],
                ),
                (
                    "NAT drawn but not on the data's route",
                    base()
                        .data(&[("customers", true)])
                        .node("train", SagemakerTrainingJob, "priv")
                        .chain(&["db", "train"])
                        .build(),
                    vec![],
                ),
                (
                    "sensitive data reaches the Internet two hops downstream",
                    base()
                        .data(&[("customers", true)])
                        .node("ec2", Ec2Instance, "priv")
                        .node("net", Internet, "")
                        .chain(&["db", "ec2", "net"])
                        .build(),
                    vec!["EGR001@net"],
                ),
                (
                    "encryption is not credited",
                    base()
                        .data(&[("customers", true)])
                        .props(|p| p.encryption_at_rest = Some(true))
                        .node("train", SagemakerTrainingJob, "")
                        .chain(&["db", "nat", "train"])
                        .all_transport(TLS)
                        .build(),
                    vec!["EGR001@nat"],
                ),
            ],
        );
    }

    #[test]
    fn the_path_runs_from_the_store_to_the_exit() {
        let d = doc()
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("pub", PublicSubnet, "vpc")
            .node("nat", NatGateway, "pub")
            .node("db", RdsInstance, "priv")
            .data(&[("customers", true)])
            .node("ec2", Ec2Instance, "priv")
            .node("train", SagemakerTrainingJob, "")
            .chain(&["db", "ec2", "nat", "train"])
            .build();
        let report = crate::check::run(&d);
        let f = report.findings.iter().find(|f| f.code == "EGR001").unwrap();
        assert_eq!(f.nodes, ["db", "ec2", "nat"]);
        assert_eq!(f.flows, ["db-ec2", "ec2-nat"]);
        assert_eq!(
            f.message,
            "Sensitive data `customers` reach NAT gateway `nat`, a path to the Internet"
        );
    }
}

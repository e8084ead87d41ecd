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
//! Sensitive datasets are propagated from their stores along every data
//! flow (narrowed only where a source selects datasets). A flow that
//! carries sensitive data and whose own route passes or ends at a public
//! NAT gateway, an internet gateway or the Internet is one finding, with
//! the flow's route as its path (a private NAT gateway reaches no
//! Internet). On the network layer, a SageMaker notebook with direct
//! internet access turned off that holds sensitive data is one finding
//! when its VPC routes to the Internet: a public NAT gateway with an
//! internet gateway in its VPC, or in a VPC attached to the same transit
//! gateway (centralised egress); the finding names and draws that path.
//! This rule always applies: it needs no requirement.
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
//! - AWS: "Data perimeters on AWS" and the whitepaper "Building a data perimeter on AWS"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "EGR001",
    name: "sensitive-data-internet-path",
    family: Family::Egress,
    severity: Severity::Critical,
    doc: docs::SENSITIVE_DATA_INTERNET_PATH,
    applies,
    check,
};

const EXITS: [Kind; 3] = [Kind::NatGateway, Kind::InternetGateway, Kind::Internet];

fn applies(cx: &Context) -> bool {
    cx.has(&EXITS)
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    // Routes drawn to or through a way out.
    for r in cx.all_routes() {
        let sensitive = cx.carried_sensitive(r);
        if sensitive.is_empty() {
            continue;
        }
        if let Some(exit) = cx.way_out_on(r) {
            let what = cx.describe_way_out(r, exit);
            out.push(Hit::new(
                r.flow,
                Message::new(ids::EGR001_FLOW)
                    .arg("data", cx.dataset_names(sensitive))
                    .arg("way", what)
                    .arg("flow", cx.segment_name(r)),
                cx.trail_of_route(r),
            ));
        }
    }
    // Notebooks whose subnet routes to the Internet (direct internet
    // access is EGR006's): the network sends their traffic out.
    for nb in cx.nodes_of(Kind::SagemakerNotebook) {
        if cx.node(nb).props.direct_internet_access() {
            continue;
        }
        let sensitive = cx.held_sensitive(nb);
        let (Some(vpc), false) = (cx.place(nb).vpc, sensitive.is_empty()) else {
            continue;
        };
        let Some(exit) = cx.exit_from(vpc) else {
            continue;
        };
        let path: Vec<NodeIx> = exit.nodes().collect();
        let mut trail = Trail::node(nb);
        trail.nodes.extend(&path);
        out.push(
            Hit::new(
                nb,
                Message::new(ids::EGR001_NOTEBOOK)
                    .arg("notebook", cx.name(nb))
                    .arg("data", cx.dataset_names(&sensitive))
                    .arg("path", cx.names_of(&path)),
                trail,
            )
            .fix(Message::new(ids::EGR001_NOTEBOOK_FIX).arg("nat", cx.titled(exit.nat))),
        );
    }
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
                    vec!["EGR001@db-train"],
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
                        .chain(&["db", "ec2"])
                        .chain(&["ec2", "net"])
                        .build(),
                    vec!["EGR001@ec2-net"],
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
                    vec!["EGR001@db-train"],
                ),
            ],
        );
    }

    #[test]
    fn the_path_is_the_flows_own_route() {
        let d = doc()
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("pub", PublicSubnet, "vpc")
            .node("nat", NatGateway, "pub")
            .node("db", RdsInstance, "priv")
            .data(&[("customers", true)])
            .node("ec2", Ec2Instance, "priv")
            .node("train", SagemakerTrainingJob, "")
            .chain(&["db", "ec2"])
            .chain(&["ec2", "nat", "train"])
            .build();
        let report = crate::check::run(&d);
        let f = report.findings.iter().find(|f| f.code == "EGR001").unwrap();
        assert_eq!(f.nodes, ["ec2", "nat", "train"], "the flow's own route");
        assert_eq!(f.flows, ["ec2-train"]);
        assert_eq!(
            f.message,
            "Sensitive data `customers` goes through NAT gateway `nat`, a path to the Internet on flow `ec2 → train`"
        );
    }
}

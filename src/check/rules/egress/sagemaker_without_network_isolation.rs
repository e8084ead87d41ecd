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
//! reported when it is drawn outside every VPC, or inside a VPC whose
//! routes reach the Internet: a public NAT gateway with an internet
//! gateway in the same VPC, or in a VPC attached to the same transit
//! gateway (centralised egress). The finding names that NAT gateway and
//! internet gateway and draws the path. A VPC with no way out, or only a
//! private NAT gateway, gives none.
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
    family: Family::Egress,
    severity: Severity::High,
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
            if !governed || cx.node(i).props.network_isolation() {
                continue;
            }
            // Where its traffic leaves: SageMaker's own network outside a
            // VPC; in VPC mode, the VPC's routes (a public NAT gateway with
            // an internet gateway, maybe through a transit gateway).
            let (message, exit) = match cx.place(i).vpc {
                None => (Message::new(ids::EGR007_OWN_NETWORK), Vec::new()),
                Some(v) => match cx.exit_from(v) {
                    Some(exit) => {
                        let path: Vec<NodeIx> = exit.nodes().collect();
                        (
                            Message::new(ids::EGR007_VPC)
                                .arg("vpc", cx.titled(v))
                                .arg("path", cx.names_of(&path)),
                            path,
                        )
                    }
                    None => continue,
                },
            };
            // The path is the way out: the resource, then where it leaves.
            let mut trail = Trail::node(i);
            trail.nodes.extend(exit);
            out.push(Hit::new(i, message.arg("node", cx.titled(i)), trail));
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
                b = b
                    .node("nat", NatGateway, "pub")
                    .node("igw", InternetGateway, "vpc");
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

        // The network layer: a NAT with no internet gateway, a private
        // NAT, and egress through a transit gateway to a shared VPC.
        let net = |nat_private: bool, igw: bool| {
            let mut b = doc()
                .req(|r| r.no_internet_egress = true)
                .node("vpc", Vpc, "")
                .node("priv", PrivateSubnet, "vpc")
                .node("pub", PublicSubnet, "vpc")
                .node("nat", NatGateway, "pub")
                .props(|p| p.private_nat = Some(nat_private));
            if igw {
                b = b.node("igw", InternetGateway, "vpc");
            }
            b.node("train", SagemakerTrainingJob, "priv").build()
        };
        let spoke = |shared_nat: bool| {
            let mut b = doc()
                .req(|r| r.no_internet_egress = true)
                .node("spoke", Vpc, "")
                .node("sp", PrivateSubnet, "spoke")
                .node("train", SagemakerTrainingJob, "sp")
                .node("shared", Vpc, "")
                .node("sh", PrivateSubnet, "shared")
                .node("shpub", PublicSubnet, "shared")
                .node("db", RdsInstance, "sh")
                .node("tgw", TransitGateway, "");
            if shared_nat {
                b = b
                    .node("nat", NatGateway, "shpub")
                    .node("igw", InternetGateway, "shared");
            }
            b.chain(&["db", "tgw", "train"]).build()
        };
        cases(
            "EGR007",
            vec![
                ("NAT with no internet gateway", net(false, false), vec![]),
                ("private NAT", net(true, true), vec![]),
                (
                    "public NAT and internet gateway",
                    net(false, true),
                    vec!["EGR007@train"],
                ),
                ("centralised egress", spoke(true), vec!["EGR007@train"]),
                ("transit gateway, no NAT behind it", spoke(false), vec![]),
            ],
        );
        let f = crate::check::run(&spoke(true))
            .findings
            .into_iter()
            .find(|f| f.code == "EGR007")
            .unwrap();
        assert_eq!(
            f.nodes,
            ["train", "tgw", "nat", "igw"],
            "names and draws the way out"
        );
        assert!(
            f.message
                .to_string()
                .contains("Transit gateway `tgw`, NAT gateway `nat`, Internet gateway `igw`"),
            "{}",
            f.message
        );
    }
}

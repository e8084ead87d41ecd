//! # NET004 transitive-peering
//!
//! ## What it does
//! Finds routes that cross two VPC peerings in a row, with no endpoint in
//! the middle VPC relaying the data.
//!
//! ## Why is this bad?
//! VPC peering is not transitive: if A is peered with B and B with C,
//! traffic from A cannot reach C through B. The flow as drawn does not
//! work.
//!
//! ## Detection logic
//! Every data flow whose route passes two or more `vpc-peering` nodes is
//! reported. A pipeline that stops at a node in the middle VPC (a proxy or
//! a job that re-sends the data) is two flows, each through one peering,
//! and is fine.
//!
//! ## False positives
//! None known.
//!
//! ## Example
//! `ec2 (VPC A) → peering A–B → peering B–C → rds (VPC C)`.
//!
//! ## Use instead
//! Peer A and C directly, or connect the VPCs through a transit gateway.
//!
//! ## References
//! - AWS: "VPC peering limitations": "VPC peering does not support transitive peering relationships"

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET004",
    name: "transitive-peering",
    family: Family::Topology,
    severity: Severity::High,
    doc: docs::TRANSITIVE_PEERING,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::VpcPeering])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for s in cx.all_routes().filter(|s| s.peerings >= 2) {
        let peerings = cx.via_of_kinds(s, &[Kind::VpcPeering]);
        out.push(Hit::new(
            s.flow,
            Message::new(ids::NET004_MESSAGE)
                .arg("flow", cx.segment_name(s))
                .arg("peerings", cx.names_of(&peerings)),
            cx.trail_of_route(s),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    #[test]
    fn table() {
        let base = || {
            doc()
                .node("a", Vpc, "")
                .node("a1", PrivateSubnet, "a")
                .node("ec2", Ec2Instance, "a1")
                .node("b", Vpc, "")
                .node("b1", PrivateSubnet, "b")
                .node("relay", Ec2Instance, "b1")
                .node("c", Vpc, "")
                .node("c1", PrivateSubnet, "c")
                .node("rds", RdsInstance, "c1")
                .node("ab", VpcPeering, "")
                .node("bc", VpcPeering, "")
        };
        cases(
            "NET004",
            vec![
                (
                    "two peerings",
                    base().chain(&["ec2", "ab", "bc", "rds"]).build(),
                    vec!["NET004@ec2-rds"],
                ),
                (
                    "relayed in the middle",
                    base()
                        .chain(&["ec2", "ab", "relay"])
                        .chain(&["relay", "bc", "rds"])
                        .build(),
                    vec![],
                ),
                (
                    "one peering",
                    base().chain(&["ec2", "ab", "relay"]).build(),
                    vec![],
                ),
            ],
        );
    }
}

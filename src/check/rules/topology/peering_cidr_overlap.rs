//! # NET005 peering-cidr-overlap
//!
//! ## What it does
//! Finds VPC peerings between VPCs whose CIDR blocks overlap, and transit
//! gateways with attached VPCs whose CIDR blocks overlap.
//!
//! ## Why is this bad?
//! AWS cannot create a peering connection between VPCs with matching or
//! overlapping IPv4 CIDR blocks: routes would be ambiguous. A transit
//! gateway does not route between VPCs with identical CIDR blocks, and
//! does not propagate the route of a VPC whose block overlaps one already
//! attached: traffic to one of them goes nowhere, or to the other.
//!
//! ## Detection logic
//! A peering's or transit gateway's VPCs are the networks it joins on the
//! network layer: the VPCs of the nodes next to it on the data flows
//! routed through it. Every pair of them whose `cidr` blocks are both
//! known and overlap is reported once per peering or transit gateway.
//!
//! ## False positives
//! None known; a VPC without a `cidr` is not guessed.
//!
//! ## Example
//! VPC A `10.0.0.0/16` and VPC B `10.0.0.0/16` joined by a `vpc-peering`.
//!
//! ## Use instead
//! Re-address one VPC, or connect the services through PrivateLink (an
//! endpoint service and an interface endpoint), which tolerates overlap.
//!
//! ## References
//! - AWS: "VPC peering limitations": "You cannot create a VPC peering connection between VPCs that have matching or overlapping IPv4 or IPv6 CIDR blocks"
//! - AWS: "Transit gateway design best practices" and "Route propagation" (Amazon VPC Transit Gateways): no routing between VPCs with identical CIDRs; an overlapping VPC's routes are not propagated

use super::super::prelude::*;
use crate::model::cidr::Cidr;

pub static RULE: Rule = Rule {
    code: "NET005",
    name: "peering-cidr-overlap",
    family: Family::Topology,
    severity: Severity::High,
    doc: docs::PEERING_CIDR_OVERLAP,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&JOINS)
}

const JOINS: [Kind; 2] = [Kind::VpcPeering, Kind::TransitGateway];

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for p in JOINS.into_iter().flat_map(|k| cx.nodes_of(k)) {
        // The VPCs the routes through it join (the network layer).
        let vpcs: Vec<NodeIx> = cx
            .joined(p)
            .into_iter()
            .filter(|&v| cx.kind(v) == Kind::Vpc)
            .collect();
        // Each block parsed once, by start address (then widest first):
        // blocks either nest or are disjoint, so a block overlaps an
        // earlier one exactly when it starts before the widest reach so
        // far ends. O(k log k) for a peering that joins k VPCs.
        let mut blocks: Vec<(Cidr, u64, NodeIx)> = vpcs
            .iter()
            .filter_map(|&v| {
                let c = Cidr::parse(cx.node(v).props.cidr.as_deref()?).ok()?;
                let end = u64::from(c.addr) + (1u64 << (32 - u32::from(c.len))) - 1;
                Some((c, end, v))
            })
            .collect();
        // Ties by id, not by place in the file: the same design gives the
        // same pair whatever the order it is written in.
        blocks.sort_by(|&(c, end, v), &(d, d_end, w)| {
            (c.addr, std::cmp::Reverse(end))
                .cmp(&(d.addr, std::cmp::Reverse(d_end)))
                .then_with(|| cx.node(v).id.cmp(&cx.node(w).id))
        });
        let mut widest: Option<(Cidr, u64, NodeIx)> = None;
        let mut overlap = None;
        for &(c, end, v) in &blocks {
            match widest {
                Some((w, w_end, wv)) if u64::from(c.addr) <= w_end => {
                    overlap = Some(((w, wv), (c, v)));
                    break;
                }
                _ => widest = Some((c, end, v)),
            }
        }
        if let Some(((ca, a), (cb, b))) = overlap {
            let trail = Trail {
                nodes: vec![a, p, b],
                flows: Vec::new(),
            };
            out.push(Hit::new(
                p,
                Message::new(if cx.kind(p) == Kind::TransitGateway {
                    ids::NET005_TRANSIT_GATEWAY
                } else {
                    ids::NET005_MESSAGE
                })
                .arg("node", cx.titled(p))
                .arg("a", cx.name(a))
                .arg("a_cidr", Arg::Text(ca.to_string()))
                .arg("b", cx.name(b))
                .arg("b_cidr", Arg::Text(cb.to_string())),
                trail,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;
    use crate::model::Kind;

    /// VPCs `a` and `b` with these blocks, joined by node `via` of `kind`.
    fn joined(kind: Kind, via: &str, a: &str, b: &str) -> crate::model::Document {
        doc()
            .node("a", Vpc, "")
            .props(|p| p.cidr = Some(a.into()))
            .node("a1", PrivateSubnet, "a")
            .node("x", Ec2Instance, "a1")
            .node("b", Vpc, "")
            .props(|p| p.cidr = Some(b.into()))
            .node("b1", PrivateSubnet, "b")
            .node("y", Ec2Instance, "b1")
            .node(via, kind, "")
            .chain(&["x", via, "y"])
            .build()
    }

    #[test]
    fn on_one_transit_gateway() {
        let attached = |a: &str, b: &str| joined(TransitGateway, "tgw", a, b);
        cases(
            "NET005",
            vec![
                (
                    "overlapping VPCs on one transit gateway",
                    attached("10.0.0.0/16", "10.0.128.0/17"),
                    vec!["NET005@tgw"],
                ),
                ("disjoint", attached("10.0.0.0/16", "10.1.0.0/16"), vec![]),
            ],
        );
    }

    #[test]
    fn table() {
        let peered = |a: &str, b: &str| joined(VpcPeering, "pcx", a, b);
        cases(
            "NET005",
            vec![
                (
                    "identical",
                    peered("10.0.0.0/16", "10.0.0.0/16"),
                    vec!["NET005@pcx"],
                ),
                (
                    "nested",
                    peered("10.0.0.0/8", "10.20.0.0/16"),
                    vec!["NET005@pcx"],
                ),
                ("disjoint", peered("10.0.0.0/16", "10.1.0.0/16"), vec![]),
            ],
        );
        let f = &crate::check::run(&peered("10.0.0.0/16", "10.0.0.0/16")).findings[0];
        assert_eq!(
            (f.nodes.clone(), f.flows.clone()),
            (
                vec!["a".to_string(), "pcx".into(), "b".into()],
                Vec::<String>::new()
            )
        );
    }

    /// Many VPCs on one peering node: a sweep finds the pair that overlaps
    /// wherever it is, and finds none among disjoint blocks.
    #[test]
    fn many_vpcs_on_one_peering() {
        let star = |cidrs: &[&str]| {
            let mut b = doc().node("pcx", VpcPeering, "");
            for (i, c) in cidrs.iter().enumerate() {
                let c = c.to_string();
                b = b
                    .node(&format!("v{i}"), Vpc, "")
                    .props(|p| p.cidr = Some(c))
                    .node(&format!("s{i}"), PrivateSubnet, &format!("v{i}"))
                    .node(&format!("e{i}"), Ec2Instance, &format!("s{i}"));
            }
            for i in 1..cidrs.len() {
                b = b.chain(&["e0", "pcx", &format!("e{i}")]);
            }
            b.build()
        };
        let disjoint: Vec<String> = (0..50).map(|i| format!("10.{i}.0.0/16")).collect();
        let refs: Vec<&str> = disjoint.iter().map(String::as_str).collect();
        assert_eq!(ids_of(&star(&refs), "NET005"), Vec::<String>::new());
        let mut with_overlap = refs.clone();
        with_overlap.push("10.7.128.0/17");
        let d = star(&with_overlap);
        assert_eq!(ids_of(&d, "NET005"), ["NET005@pcx"]);
        let f = crate::check::run(&d)
            .findings
            .into_iter()
            .find(|f| f.code == "NET005")
            .unwrap();
        assert_eq!(f.nodes, ["v7", "pcx", "v50"]);
    }
}

//! # NET010 edge-to-edge-through-peering
//!
//! ## What it does
//! Finds data flows whose route crosses a VPC peering and also uses a
//! gateway or private connection at the edge of a VPC: a Site-to-Site VPN,
//! Direct Connect, an internet gateway or a NAT gateway.
//!
//! ## Why is this bad?
//! AWS does not support edge-to-edge routing through a peering: resources
//! in VPC B cannot use VPC A's VPN or Direct Connect connection to the
//! corporate network, its internet gateway or its NAT gateway. The route as
//! drawn does not work, and whatever the design relies on it for (a
//! transport requirement met by the VPN, an egress path) is not real.
//!
//! ## Detection logic
//! Every data flow whose route (its `via`, or an open end) passes a
//! `vpc-peering` node and a `site-to-site-vpn`, `direct-connect`,
//! `internet-gateway` or `nat-gateway` is reported once: a route through
//! a peering reaches only addresses inside the peer VPC, so any edge
//! gateway on the same route belongs to the other VPC. (A gateway endpoint
//! used through a peering is NET001's.) A pipeline that stops at a node in
//! the peer VPC (a proxy or a job that re-sends the data) is two flows and
//! is fine.
//!
//! ## False positives
//! A route drawn through a peering and a VPN that are in fact one VPC's
//! own, used by a resource in that same VPC, is not a peering route at
//! all; draw the peering out of it.
//!
//! ## Example
//! `on-premises-database → site-to-site-vpn (attached to VPC A) →
//! vpc-peering (A–B) → glue-job (VPC B)`.
//!
//! ## Use instead
//! Attach both VPCs and the VPN or Direct Connect to a transit gateway, or
//! give VPC B its own VPN, NAT gateway or internet gateway.
//!
//! ## References
//! - AWS: "VPC peering limitations", Amazon VPC Peering Guide: "Edge to edge routing through a gateway or private connection"
//! - AWS: "What is Amazon VPC Transit Gateways?" (a hub that does route between VPCs and VPNs)

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET010",
    name: "edge-to-edge-through-peering",
    family: Family::Topology,
    severity: Severity::High,
    doc: docs::EDGE_TO_EDGE_THROUGH_PEERING,
    applies,
    check,
};

const EDGES: [Kind; 4] = [
    Kind::SiteToSiteVpn,
    Kind::DirectConnect,
    Kind::InternetGateway,
    Kind::NatGateway,
];

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::VpcPeering]) && cx.has(&EDGES)
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    let edge = Via::Vpn | Via::DirectConnect | Via::InternetGateway | Via::Nat;
    for s in cx.all_routes() {
        if !s.passes(Via::Peering.into()) || !s.passes(edge) {
            continue;
        }
        let peering = cx.via_of_kinds(s, &[Kind::VpcPeering]);
        let gateways = cx.via_of_kinds(s, &EDGES);
        out.push(Hit::new(
            s.flow,
            Message::new(ids::NET010_MESSAGE)
                .arg("flow", cx.segment_name(s))
                .arg("peering", cx.names_of(&peering))
                .arg("gateways", cx.names_of(&gateways)),
            cx.trail_of_route(s),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    fn base() -> Builder {
        doc()
            .node("corp", OnPremisesNetwork, "")
            .node("pg", OnPremisesDatabase, "corp")
            .node("a", Vpc, "")
            .node("a1", PrivateSubnet, "a")
            .node("b", Vpc, "")
            .node("b1", PrivateSubnet, "b")
            .node("bpub", PublicSubnet, "b")
            .node("vpn", SiteToSiteVpn, "a")
            .node("pcx", VpcPeering, "")
            .node("nat", NatGateway, "bpub")
            .node("igw", InternetGateway, "b")
            .node("job", GlueJob, "b1")
            .node("relay", Ec2Instance, "a1")
            .node("ec2", Ec2Instance, "a1")
            .node("net", Internet, "")
    }

    #[test]
    fn table() {
        cases(
            "NET010",
            vec![
                (
                    "on-premises through A's VPN and the peering to B",
                    base().chain(&["pg", "vpn", "pcx", "job"]).build(),
                    vec!["NET010@pg-job"],
                ),
                (
                    "A's instance out through B's NAT gateway",
                    base().chain(&["ec2", "pcx", "nat", "igw", "net"]).build(),
                    vec!["NET010@ec2-net"],
                ),
                (
                    "relayed in A: two flows, each fine",
                    base()
                        .chain(&["pg", "vpn", "relay"])
                        .chain(&["relay", "pcx", "job"])
                        .build(),
                    vec![],
                ),
                (
                    "a peering alone",
                    base().chain(&["ec2", "pcx", "job"]).build(),
                    vec![],
                ),
            ],
        );
        let no_peering = doc().node("vpn", SiteToSiteVpn, "").build();
        assert!(!ran(&no_peering, "NET010"));
    }
}

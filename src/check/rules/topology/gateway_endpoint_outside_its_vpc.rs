//! # NET001 gateway-endpoint-outside-its-vpc
//!
//! ## What it does
//! Finds gateway VPC endpoints used from outside their own VPC: from
//! on-premises (over a VPN or Direct Connect) or from another VPC (over a
//! peering or transit gateway).
//!
//! ## Why is this bad?
//! A gateway endpoint is a route-table entry for the subnets of its own
//! VPC. Traffic arriving from on-premises or from a peered VPC cannot use
//! it, so the flow as drawn does not work (or silently takes another,
//! public, path).
//!
//! ## Detection logic
//! For every data flow whose route passes (or, while drawn, ends at) a
//! `gateway-endpoint`, looks at the nodes just before and after it on the
//! route. S3 is the service side. The other side is a client and must be
//! inside the endpoint's VPC: a Site-to-Site VPN, Direct Connect, peering
//! or transit gateway there brings traffic from outside, and so does a
//! node in another VPC, outside every VPC, or on-premises. One finding per
//! endpoint, with the first such flow's route.
//!
//! ## False positives
//! None known.
//!
//! ## Example
//! `on-premises-database → site-to-site-vpn → gateway-endpoint → s3-bucket`.
//!
//! ## Use instead
//! `… → site-to-site-vpn → interface-endpoint (S3) → s3-bucket`: interface
//! endpoints have private IP addresses reachable from on-premises and
//! peered VPCs.
//!
//! ## References
//! - AWS: "Gateway endpoints for Amazon S3": "Endpoint connections cannot be extended out of a VPC"
//! - AWS: "Types of VPC endpoints for Amazon S3" (gateway versus interface)

use super::super::prelude::*;

pub static RULE: Rule = Rule {
    code: "NET001",
    name: "gateway-endpoint-outside-its-vpc",
    family: Family::Topology,
    severity: Severity::High,
    doc: docs::GATEWAY_ENDPOINT_OUTSIDE_ITS_VPC,
    applies,
    check,
};

fn applies(cx: &Context) -> bool {
    cx.has(&[Kind::GatewayEndpoint])
}

fn check(cx: &Context, out: &mut Vec<Hit>) {
    for gwe in cx.nodes_of(Kind::GatewayEndpoint) {
        let own = cx.place(gwe).vpc;
        let mut found = None;
        'routes: for (r, prev, next) in cx.around(gwe) {
            for other in [Some(prev), next].into_iter().flatten() {
                let origin = match cx.kind(other) {
                    k if k.has_gateway_endpoint() => continue,
                    Kind::SiteToSiteVpn
                    | Kind::DirectConnect
                    | Kind::VpcPeering
                    | Kind::TransitGateway => cx.titled(other),
                    _ if cx.place(other).vpc == own => continue,
                    _ if cx.realm(other) == Realm::OnPremises => {
                        Message::new(ids::NET001_ON_PREMISES)
                            .arg("node", cx.name(other))
                            .into()
                    }
                    _ => match cx.place(other).vpc {
                        Some(v) => Message::new(ids::NET001_OTHER_VPC)
                            .arg("node", cx.name(other))
                            .arg("vpc", cx.name(v))
                            .into(),
                        None => Message::new(ids::NET001_OUTSIDE)
                            .arg("node", cx.name(other))
                            .into(),
                    },
                };
                found = Some((r, origin));
                break 'routes;
            }
        }
        if let Some((r, origin)) = found {
            out.push(Hit::new(
                gwe,
                Message::new(ids::NET001_MESSAGE)
                    .arg("endpoint", cx.titled(gwe))
                    .arg("origin", origin),
                cx.trail_of_route(r),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;

    fn base() -> Builder {
        doc()
            .node("corp", OnPremisesNetwork, "")
            .node("db", OnPremisesDatabase, "corp")
            .node("vpn", SiteToSiteVpn, "")
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("gwe", GatewayEndpoint, "vpc")
            .node("ie", InterfaceEndpoint, "priv")
            .node("s3", S3Bucket, "")
    }

    #[test]
    fn the_path_runs_through_the_vpn_to_the_source() {
        let d = base().chain(&["db", "vpn", "gwe", "s3"]).build();
        let f = crate::check::run(&d)
            .findings
            .into_iter()
            .find(|f| f.code == "NET001")
            .unwrap();
        assert_eq!(f.nodes, ["db", "vpn", "gwe", "s3"], "the flow's route");
        assert_eq!(
            f.message,
            "Gateway endpoint `gwe` is used through Site-to-Site VPN `vpn`; it works only from inside its own VPC"
        );
    }

    #[test]
    fn table() {
        cases(
            "NET001",
            vec![
                (
                    "from on-premises",
                    base().chain(&["db", "vpn", "gwe", "s3"]).build(),
                    vec!["NET001@gwe"],
                ),
                (
                    "interface endpoint instead",
                    base().chain(&["db", "vpn", "ie", "s3"]).build(),
                    vec![],
                ),
                (
                    "from inside the VPC",
                    base()
                        .node("job", GlueJob, "priv")
                        .chain(&["job", "gwe", "s3"])
                        .build(),
                    vec![],
                ),
                (
                    "from a peered VPC",
                    base()
                        .node("other", Vpc, "")
                        .node("o1", PrivateSubnet, "other")
                        .node("ec2", Ec2Instance, "o1")
                        .node("pcx", VpcPeering, "")
                        .chain(&["ec2", "pcx", "gwe", "s3"])
                        .build(),
                    vec!["NET001@gwe"],
                ),
            ],
        );
    }
}

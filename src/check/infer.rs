//! Routes that are not drawn: a flow drawn straight from one network to
//! another (no `via`) still takes a route through the network, and the
//! checker assumes the one AWS would use, from the network layer:
//!
//! - between on-premises and a VPC: a Site-to-Site VPN or Direct Connect
//!   attached to the VPC, directly or through a transit gateway (or drawn
//!   inside it, or attached to nothing yet); else,
//!   when the VPC has a public NAT gateway and an internet gateway, the
//!   Internet through them;
//! - between a VPC and S3: the VPC's gateway endpoint, else an interface
//!   endpoint for S3 in it, else its NAT gateway and internet gateway;
//! - between two VPCs: a peering or a transit gateway that joins both.
//!
//! Where several routes are possible, the weakest (least protected) one
//! is assumed, and the finding says so; where none is, the flow gets a
//! topology finding (NET012). Inferred routes never feed the network
//! layer they were read from.

use super::graph::{Graph, Lists, Realm};
use super::ix::NodeIx;
use super::legs::Legs;
use super::network::Network;
use super::routes::{Route, Routes};
use super::sets::Protection;
use crate::model::{Kind, Service};
use rustc_hash::FxHashMap;

/// How the checker knows a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// As drawn: its `via`, or ends in one network.
    Drawn,
    /// Not drawn: assumed from the network, the weakest of `choices`
    /// possible routes.
    Assumed { choices: u32 },
    /// Not drawn, and the network has no way between its ends.
    NoPath(Gap),
}

/// Two networks a flow joins with nothing drawn between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// On-premises and a VPC: no VPN, Direct Connect or Internet path.
    OnPremisesAndVpc(NodeIx),
    /// A VPC and S3 or DynamoDB: no endpoint and no NAT gateway.
    VpcAndService(NodeIx, Service),
    /// Two VPCs: no peering or transit gateway joins them.
    Vpcs(NodeIx, NodeIx),
}

/// What inference found: for each route it read, its position and which
/// of the `found` routes it takes. Flows between the same two networks
/// share one, so a thousand flows out of one VPC cost one search.
#[derive(Default)]
pub struct Inferred {
    pub routes: Vec<(usize, u32)>,
    /// Each basis with, when assumed, the nodes between the ends in order.
    pub found: Vec<(Basis, Vec<NodeIx>)>,
}

/// The networks a flow's ends are in, as inference tells them apart.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Net {
    OnPremises,
    Vpc(NodeIx),
    /// S3 or DynamoDB: reached from a VPC through a gateway or interface
    /// endpoint, or a way out.
    Service(Service),
    /// Anything else (AWS services outside a VPC, the Internet): routes
    /// there are public and have nothing to name.
    Other,
}

fn net(g: &Graph, i: NodeIx) -> Net {
    let place = &g.places[i.index()];
    match (place.realm, place.vpc) {
        (Realm::OnPremises, _) => Net::OnPremises,
        (Realm::Aws, Some(v)) => Net::Vpc(v),
        (Realm::Aws, None) if g.kinds[i.index()].has_gateway_endpoint() => {
            Service::of_kind(g.kinds[i.index()]).map_or(Net::Other, Net::Service)
        }
        _ => Net::Other,
    }
}

/// Every route drawn without `via` between two networks, with what it is
/// taken to be. Linear in the document: candidates are worked out once
/// per VPC (and per transit gateway), whatever the number of flows.
pub fn infer(g: &Graph, routes: &Routes, network: &Network) -> Inferred {
    let mut out = Inferred::default();
    let mut finder: Option<Finder> = None;
    let mut seen: FxHashMap<(Net, Net), u32> = FxHashMap::default();
    for r in &routes.list {
        if r.dead_end || routes.nodes(r).len() > 2 {
            continue;
        }
        let (a, b) = (net(g, r.from), net(g, r.to));
        if let Some(&at) = seen.get(&(a, b)) {
            out.routes.push((r.pos, at));
            continue;
        }
        let f = finder.get_or_insert_with(|| Finder::new(g, routes, network));
        // Candidates from the `from` side to the `to` side.
        let (candidates, gap) = match (a, b) {
            (Net::OnPremises, Net::Vpc(v)) => (f.on_premises_and_vpc(v), Gap::OnPremisesAndVpc(v)),
            (Net::Vpc(v), Net::OnPremises) => {
                (reversed(f.on_premises_and_vpc(v)), Gap::OnPremisesAndVpc(v))
            }
            (Net::Vpc(v), Net::Service(s)) => (f.vpc_and_service(v, s), Gap::VpcAndService(v, s)),
            (Net::Service(s), Net::Vpc(v)) => {
                (reversed(f.vpc_and_service(v, s)), Gap::VpcAndService(v, s))
            }
            (Net::Vpc(v), Net::Vpc(w)) if v != w => (f.between_vpcs(v, w), Gap::Vpcs(v, w)),
            _ => continue,
        };
        let choices = candidates.len() as u32;
        let basis = if choices == 0 {
            Basis::NoPath(gap)
        } else {
            Basis::Assumed { choices }
        };
        // The ends' sides are the same for every flow between these two
        // networks, so the weakest route is too.
        let at = out.found.len() as u32;
        out.found.push((basis, weakest(g, r, candidates)));
        seen.insert((a, b), at);
        out.routes.push((r.pos, at));
    }
    out
}

/// The least protected of several routes (by the protection of their
/// weakest hop), the first of equals; none for no candidates.
fn weakest(g: &Graph, r: &Route, candidates: Vec<Vec<NodeIx>>) -> Vec<NodeIx> {
    if candidates.len() < 2 {
        return candidates.into_iter().next().unwrap_or_default();
    }
    let strength = |via: &[NodeIx]| {
        let mut nodes = Vec::with_capacity(via.len() + 2);
        nodes.push(r.from);
        nodes.extend_from_slice(via);
        nodes.push(r.to);
        let legs = Legs::new(g, &nodes, Protection::empty());
        legs.hops.iter().map(|p| p.len()).min().unwrap_or(0)
    };
    candidates
        .into_iter()
        .min_by_key(|via| strength(via))
        .unwrap_or_default()
}

fn reversed(mut candidates: Vec<Vec<NodeIx>>) -> Vec<Vec<NodeIx>> {
    for c in &mut candidates {
        c.reverse();
    }
    candidates
}

/// Finds the candidate routes (`infer` asks once per pair of networks).
struct Finder<'g, 'a> {
    g: &'g Graph<'a>,
    routes: &'g Routes,
    network: &'g Network,
    /// The nodes drawn inside each VPC.
    inside: Lists,
    /// The VPNs and Direct Connects attached to each transit gateway.
    links_of: FxHashMap<NodeIx, Vec<NodeIx>>,
    /// VPNs and Direct Connects outside every VPC that no route passes:
    /// they could join any VPC.
    loose: Vec<NodeIx>,
}

impl<'g, 'a> Finder<'g, 'a> {
    fn new(g: &'g Graph<'a>, routes: &'g Routes, network: &'g Network) -> Self {
        let n = g.kinds.len();
        Finder {
            g,
            routes,
            network,
            inside: Lists::new(n, n, |j| g.places[j].vpc.map(NodeIx::index)),
            links_of: FxHashMap::default(),
            loose: (0..n)
                .map(NodeIx::new)
                .filter(|&l| {
                    matches!(
                        g.kinds[l.index()],
                        Kind::SiteToSiteVpn | Kind::DirectConnect
                    ) && g.places[l.index()].vpc.is_none()
                        && network.degree(l) == 0
                })
                .collect(),
        }
    }

    fn kind(&self, i: NodeIx) -> Kind {
        self.g.kinds[i.index()]
    }

    fn is_link(&self, i: NodeIx) -> bool {
        matches!(self.kind(i), Kind::SiteToSiteVpn | Kind::DirectConnect)
    }

    fn inside(&self, v: NodeIx) -> impl Iterator<Item = NodeIx> + '_ {
        // Lists keeps highest index first; document order reads better.
        self.inside
            .of(v.index())
            .iter()
            .rev()
            .map(|&j| NodeIx::new(j as usize))
    }

    /// From on-premises into VPC `v`: each VPN or Direct Connect attached
    /// to it (or drawn inside it, or attached nowhere yet), each one
    /// attached to a transit gateway that joins it; else its Internet
    /// exit, entered from the outside.
    fn on_premises_and_vpc(&mut self, v: NodeIx) -> Vec<Vec<NodeIx>> {
        let mut out: Vec<Vec<NodeIx>> = Vec::new();
        let attached: Vec<NodeIx> = self.network.attached_to(v).collect();
        for c in attached {
            if self.is_link(c) {
                out.push(vec![c]);
            } else if self.kind(c) == Kind::TransitGateway {
                for l in self.links_of(c) {
                    out.push(vec![l, c]);
                }
            }
        }
        // Each link once (linear however many there are).
        let mut listed: rustc_hash::FxHashSet<NodeIx> = out.iter().map(|c| c[0]).collect();
        let inside: Vec<NodeIx> = self.inside(v).filter(|&l| self.is_link(l)).collect();
        for l in inside.into_iter().chain(self.loose.iter().copied()) {
            if listed.insert(l) {
                out.push(vec![l]);
            }
        }
        if out.is_empty()
            && let Some(exit) = self.network.exit_from(self.g, v)
        {
            let mut inward: Vec<NodeIx> = exit.nodes().collect();
            inward.reverse();
            out.push(inward);
        }
        out.sort();
        out
    }

    fn links_of(&mut self, t: NodeIx) -> Vec<NodeIx> {
        if let Some(l) = self.links_of.get(&t) {
            return l.clone();
        }
        let mut links: Vec<NodeIx> = self
            .network
            .attached_to(t)
            .filter(|&l| self.is_link(l))
            .collect();
        links.sort_unstable();
        self.links_of.insert(t, links.clone());
        links
    }

    /// From VPC `v` to S3 or DynamoDB (`service`): its endpoints for that
    /// service, else its way out to the Internet. An endpoint declared for
    /// the service is one; an undeclared interface endpoint is one when
    /// its routes lead to the service, an undeclared gateway endpoint
    /// also when its routes lead to no service at all.
    fn vpc_and_service(&mut self, v: NodeIx, service: Service) -> Vec<Vec<NodeIx>> {
        let g = self.g;
        let services_of = |e: NodeIx| {
            self.routes.passing(e.index()).flat_map(|r| {
                [r.from, r.to]
                    .into_iter()
                    .filter_map(|i| Service::of_kind(g.kinds[i.index()]))
            })
        };
        let for_service = |e: NodeIx| match g.doc.nodes[e.index()].props.service {
            Some(declared) => declared == service,
            None => {
                let mut led = services_of(e).peekable();
                let leads_nowhere = led.peek().is_none();
                led.any(|s| s == service)
                    || (leads_nowhere && g.kinds[e.index()] == Kind::GatewayEndpoint)
            }
        };
        let mut out: Vec<Vec<NodeIx>> = self
            .inside(v)
            .filter(|&e| g.kinds[e.index()].is_endpoint() && for_service(e))
            .map(|e| vec![e])
            .collect();
        if out.is_empty()
            && let Some(exit) = self.network.exit_from(g, v)
        {
            out.push(exit.nodes().collect());
        }
        out
    }

    /// Between VPCs `v` and `w`: each peering or transit gateway attached
    /// to both (read from the side with fewer attachments).
    fn between_vpcs(&self, v: NodeIx, w: NodeIx) -> Vec<Vec<NodeIx>> {
        let (near, far) = if self.network.degree(v) <= self.network.degree(w) {
            (v, w)
        } else {
            (w, v)
        };
        let mut out: Vec<Vec<NodeIx>> = self
            .network
            .attached_to(near)
            .filter(|&c| {
                matches!(self.kind(c), Kind::VpcPeering | Kind::TransitGateway)
                    && self.network.is_attached(c, far)
            })
            .map(|c| vec![c])
            .collect();
        out.sort();
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testkit::*;
    use crate::model::{CloudTransport, InTransit, Kind};

    /// The one finding of `code`: its path and message.
    fn path_of(doc: &crate::model::Document, code: &str) -> (Vec<String>, String) {
        let report = crate::check::run(doc);
        let mut found = report.findings.into_iter().filter(|f| f.code == code);
        let f = found.next().unwrap_or_else(|| panic!("no {code}"));
        assert!(found.next().is_none(), "one {code}");
        (f.nodes, f.message.to_string())
    }

    fn corp() -> Builder {
        doc()
            .req(|r| r.sensitive_data_stays_on_premises = true)
            .node("corp", OnPremisesNetwork, "")
            .node("pg", OnPremisesDatabase, "corp")
            .data(&[("customers", true)])
            .node("pg2", OnPremisesDatabase, "corp")
            .node("vpc", Vpc, "")
            .node("priv", PrivateSubnet, "vpc")
            .node("job", GlueJob, "priv")
            .node("ec2", Ec2Instance, "priv")
    }

    #[test]
    fn a_vpn_other_flows_attach_to_the_vpc_carries_a_flow_drawn_straight() {
        let d = corp()
            .node("vpn", SiteToSiteVpn, "")
            .chain(&["pg2", "vpn", "ec2"])
            .chain(&["pg", "job"])
            .build();
        let (nodes, message) = path_of(&d, "LOC001");
        assert_eq!(nodes, ["pg", "vpn", "job"]);
        assert!(
            message.ends_with("(route not drawn: assumed through Site-to-Site VPN `vpn`)"),
            "{message}"
        );
    }

    #[test]
    fn of_several_possible_routes_the_least_protected_is_assumed() {
        let d = corp()
            .req(|r| r.cloud_transport = CloudTransport::Ipsec)
            .node("vpn", SiteToSiteVpn, "")
            .node("dx", DirectConnect, "")
            .chain(&["pg", "job"])
            .build();
        let (nodes, message) = path_of(&d, "ENC002");
        assert_eq!(nodes, ["pg", "dx", "job"]);
        assert!(
            message.ends_with(
                "(route not drawn: assumed through Direct Connect `dx`, the least protected of 2 possible routes)"
            ),
            "{message}"
        );
        // Drawing the route wins: through the VPN the crossing is IPsec.
        let drawn = corp()
            .req(|r| r.cloud_transport = CloudTransport::Ipsec)
            .node("vpn", SiteToSiteVpn, "")
            .node("dx", DirectConnect, "")
            .chain(&["pg", "vpn", "job"])
            .build();
        assert_eq!(ids_of(&drawn, "ENC002"), Vec::<String>::new());
    }

    #[test]
    fn a_vpn_on_a_transit_gateway_that_joins_the_vpc() {
        let d = corp()
            .node("vpn", SiteToSiteVpn, "")
            .node("tgw", TransitGateway, "")
            .chain(&["pg2", "vpn", "tgw", "ec2"])
            .chain(&["pg", "job"])
            .build();
        assert_eq!(path_of(&d, "LOC001").0, ["pg", "vpn", "tgw", "job"]);
        // The other way round, over a Direct Connect on the transit
        // gateway: TLS only, where IPsec is required.
        let back = |link: Kind| {
            corp()
                .node("link", link, "")
                .node("tgw", TransitGateway, "")
                .chain(&["pg2", "link", "tgw", "ec2"])
                .chain(&["job", "pg2"])
                .req(|r| r.cloud_transport = CloudTransport::Ipsec)
                .all_transport(TLS)
                .build()
        };
        let report = crate::check::run(&back(DirectConnect));
        let f = report.findings.iter().find(|f| f.id == "ENC001@job-pg2");
        assert_eq!(f.unwrap().nodes, ["job", "tgw", "link", "pg2"]);
        assert_eq!(ids(&back(SiteToSiteVpn)), Vec::<String>::new());
    }

    #[test]
    fn between_two_vpcs_a_transit_gateway_other_flows_attach_to_both() {
        let d = corp()
            .req(|r| r.in_transit_encryption = InTransit::Sensitive)
            .node("b", Vpc, "")
            .node("b1", PrivateSubnet, "b")
            .node("rds", RdsInstance, "b1")
            .data(&[("cards", true)])
            .node("tgw", TransitGateway, "")
            .node("other", Ec2Instance, "b1")
            .chain(&["other", "tgw", "ec2"])
            .chain(&["rds", "job"])
            .build();
        let (nodes, message) = path_of(&d, "ENC002");
        assert_eq!(nodes, ["rds", "tgw", "job"]);
        assert!(
            message.contains("assumed through Transit gateway `tgw`"),
            "{message}"
        );
    }

    #[test]
    fn a_vpc_with_a_nat_reaches_on_premises_over_the_internet() {
        let d = corp()
            .node("pub", PublicSubnet, "vpc")
            .node("nat", NatGateway, "pub")
            .node("igw", InternetGateway, "vpc")
            .chain(&["pg", "job"])
            .build();
        assert_eq!(path_of(&d, "LOC001").0, ["pg", "igw", "nat", "job"]);
    }
}

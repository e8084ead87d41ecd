//! Routes: each data flow's own route through the network.
//!
//! A data flow is one conversation with one route (`from`, the `via`
//! connectivity nodes, `to`), so the checker reads routes straight from
//! the document: no search, no joining of arrows at a shared node. Two
//! pipelines through one VPN are two routes, and the data of one never
//! reaches the other. Building them is linear in the total route length.
//!
//! Each route also knows its *legs*: the hops between consecutive route
//! nodes, with the protection each hop really has (see [`Routes::legs`]).

use super::graph::Graph;
use super::infer::{Basis, Inferred};
use super::ix::{FlowIx, NodeIx};
use super::sets::{Prot, Protection, Via, ViaSet};
use crate::model::{Kind, Role, Transport};

/// The flows out of one node that select the same datasets: what data
/// propagation tells apart.
#[derive(Clone, Debug)]
pub struct Group {
    pub from: usize,
    /// A flow whose selection (`only`) the group's flows share; `None`:
    /// they select nothing and carry everything.
    pub only: Option<usize>,
}

/// A run of node indices in [`Routes`]' shared arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    start: u32,
    len: u32,
}

/// One data flow's route.
#[derive(Clone, Debug)]
pub struct Route {
    /// Its place in [`Routes::list`].
    pub(super) pos: usize,
    /// The flow's index in the document.
    pub flow: FlowIx,
    pub from: NodeIx,
    /// The sink end; or, when the route is open, the connectivity node
    /// where it stops for now.
    pub to: NodeIx,
    pub group: usize,
    /// The route's nodes in order, both ends included.
    nodes: Span,
    /// What the two ends apply themselves, end to end.
    pub declared: Protection,
    /// The connectivity the route passes (its `via`, and an open end).
    pub via: ViaSet,
    /// Peerings passed, counted up to 2.
    pub peerings: u8,
    /// Not between two ends: open (ends at connectivity) or unsourced
    /// (starts at connectivity). Data propagation skips it.
    pub dead_end: bool,
    /// Drawn, or assumed from the network (see [`super::infer`]).
    pub basis: Basis,
}

impl Route {
    pub fn passes(&self, bits: ViaSet) -> bool {
        !self.via.is_disjoint(bits)
    }
}

pub struct Routes {
    arena: Vec<NodeIx>,
    pub groups: Vec<Group>,
    /// One route per flow, in document order (`list[f].flow == f`).
    pub list: Vec<Route>,
    /// For each node `i`, the routes that pass it (not those that only
    /// start or end there), in document order:
    /// `passing[passing_start[i]..passing_start[i + 1]]`.
    passing_start: Vec<u32>,
    passing: Vec<u32>,
}

/// The nodes of a route between its ends.
fn inner(arena: &[NodeIx], span: Span) -> &[NodeIx] {
    &arena[span.start as usize + 1..(span.start + span.len) as usize - 1]
}

/// What a node adds to a route's `via`.
pub fn via_of(g: &Graph, i: usize) -> ViaSet {
    let node = &g.doc.nodes[i];
    match node.kind {
        Kind::SiteToSiteVpn => Via::Vpn.into(),
        Kind::DirectConnect if node.props.macsec() => Via::DirectConnect | Via::MacsecLink,
        Kind::DirectConnect => Via::DirectConnect.into(),
        Kind::VpcPeering => Via::Peering.into(),
        Kind::TransitGateway => Via::TransitGateway.into(),
        Kind::NatGateway => Via::Nat.into(),
        Kind::InternetGateway => Via::InternetGateway.into(),
        Kind::GatewayEndpoint => Via::GatewayEndpoint.into(),
        Kind::InterfaceEndpoint => Via::InterfaceEndpoint.into(),
        Kind::EndpointService => Via::EndpointService.into(),
        Kind::Internet => Via::Internet.into(),
        _ => ViaSet::empty(),
    }
}

pub fn declared(t: Transport) -> Protection {
    match t {
        Transport::None | Transport::Macsec => Protection::empty(),
        Transport::Tls => Prot::Tls.into(),
        Transport::Ipsec => Prot::Ipsec.into(),
    }
}

impl Routes {
    pub fn new(g: &Graph) -> Routes {
        let doc = g.doc;
        let mut arena = Vec::with_capacity(doc.flows.iter().map(|f| f.via.len() + 2).sum());
        let mut list = Vec::with_capacity(doc.flows.len());
        let mut groups: Vec<Group> = Vec::new();
        // The groups of the node last seen, by selection: flows out of one
        // node are few, so a short list per node beats a map.
        let mut group_at: Vec<Vec<usize>> = vec![Vec::new(); doc.nodes.len()];
        for (fi, flow) in doc.flows.iter().enumerate() {
            let Some((from, to)) = g.flow_ends(fi) else {
                continue;
            };
            let start = arena.len();
            arena.push(NodeIx::new(from));
            let mut via = ViaSet::empty();
            let mut peerings = 0u8;
            for v in &flow.via {
                let Some(i) = g.index(v) else { continue };
                arena.push(NodeIx::new(i));
                via |= via_of(g, i);
                peerings = (peerings + u8::from(g.kinds[i] == Kind::VpcPeering)).min(2);
            }
            arena.push(NodeIx::new(to));
            let open = g.kinds[to].role() == Role::Transit;
            if open {
                via |= via_of(g, to);
                peerings = (peerings + u8::from(g.kinds[to] == Kind::VpcPeering)).min(2);
            }
            let only = |f: usize| doc.flows[f].only.as_ref();
            let group = match group_at[from].iter().copied().find(|&gr| {
                groups[gr]
                    .only
                    .map_or(flow.only.is_none(), |s| only(s) == flow.only.as_ref())
            }) {
                Some(gr) => gr,
                None => {
                    groups.push(Group {
                        from,
                        only: flow.only.as_ref().map(|_| fi),
                    });
                    group_at[from].push(groups.len() - 1);
                    groups.len() - 1
                }
            };
            list.push(Route {
                pos: list.len(),
                flow: FlowIx::new(fi),
                from: NodeIx::new(from),
                to: NodeIx::new(to),
                group,
                nodes: Span {
                    start: start as u32,
                    len: (arena.len() - start) as u32,
                },
                declared: declared(flow.transport),
                via,
                peerings,
                dead_end: open || g.kinds[from].role() != Role::Endpoint,
                basis: Basis::Drawn,
            });
        }
        let mut routes = Routes {
            arena,
            groups,
            list,
            passing_start: Vec::new(),
            passing: Vec::new(),
        };
        routes.index_passing(doc.nodes.len());
        routes
    }

    /// Gives the routes inference read their basis and assumed nodes.
    pub fn assume(&mut self, g: &Graph, inferred: Inferred) {
        let mut moved = false;
        for (pos, at) in inferred.routes {
            let (basis, via) = &inferred.found[at as usize];
            let r = &mut self.list[pos];
            r.basis = *basis;
            if via.is_empty() {
                continue;
            }
            moved = true;
            let start = self.arena.len();
            self.arena.push(r.from);
            for &i in via {
                self.arena.push(i);
                r.via |= via_of(g, i.index());
                r.peerings = (r.peerings + u8::from(g.kinds[i.index()] == Kind::VpcPeering)).min(2);
            }
            self.arena.push(r.to);
            r.nodes = Span {
                start: start as u32,
                len: (self.arena.len() - start) as u32,
            };
        }
        if moved {
            self.index_passing(g.kinds.len());
        }
    }

    /// For each node, the routes passing it: (node, route) pairs for
    /// every via node, counted into per-node runs.
    fn index_passing(&mut self, n: usize) {
        let (arena, list) = (&self.arena, &self.list);
        let mut passing_start = vec![0u32; n + 1];
        for route in list {
            for &i in inner(arena, route.nodes) {
                passing_start[i.index() + 1] += 1;
            }
        }
        for i in 0..n {
            passing_start[i + 1] += passing_start[i];
        }
        let mut next = passing_start.clone();
        let mut passing = vec![0u32; passing_start[n] as usize];
        for (r, route) in list.iter().enumerate() {
            for &i in inner(arena, route.nodes) {
                passing[next[i.index()] as usize] = r as u32;
                next[i.index()] += 1;
            }
        }
        self.passing_start = passing_start;
        self.passing = passing;
    }

    /// A route's nodes in order, both ends included.
    pub fn nodes(&self, r: &Route) -> &[NodeIx] {
        &self.arena[r.nodes.start as usize..(r.nodes.start + r.nodes.len) as usize]
    }

    /// The routes that pass node `i` (in their `via`), in document order.
    pub fn passing(&self, i: usize) -> impl Iterator<Item = &Route> {
        let (a, b) = (self.passing_start[i], self.passing_start[i + 1]);
        self.passing[a as usize..b as usize]
            .iter()
            .map(|&r| &self.list[r as usize])
    }

    /// The route of flow `f`.
    pub fn of_flow(&self, f: FlowIx) -> Option<&Route> {
        self.list
            .get(f.index())
            .filter(|r| r.flow == f)
            .or_else(|| self.list.iter().find(|r| r.flow == f))
    }
}

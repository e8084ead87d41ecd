//! Segments: the logical hops of the design.
//!
//! A segment runs from one endpoint (a node that holds, processes or
//! receives data) through zero or more connectivity nodes to the next
//! endpoint: `db → vpn → glue` is one segment of two flows. Boundary
//! crossings, encryption layers and routing rules are all properties of a
//! segment, so the checker enumerates them once.
//!
//! Enumeration is a breadth-first search from each endpoint over
//! connectivity nodes, on states `(node, what the route so far guarantees)`.
//! Two routes to the same endpoint that differ in anything a rule looks at
//! (declared protection, kinds of connectivity passed, peerings crossed)
//! give two segments; routes that agree give one, with the shortest as its
//! witness. The work per start is bounded by `nodes × states`, never by the
//! number of routes.

use super::graph::Graph;
use crate::model::{Kind, Role, Transport};
use rustc_hash::FxHashSet;

/// Protection bits.
pub mod prot {
    pub const TLS: u8 = 1;
    pub const IPSEC: u8 = 2;
    pub const MACSEC: u8 = 4;
}

pub fn declared(t: Transport) -> u8 {
    match t {
        Transport::None => 0,
        Transport::Tls => prot::TLS,
        Transport::Ipsec => prot::IPSEC,
        Transport::Macsec => prot::MACSEC,
    }
}

/// Bits for the connectivity passed by a route.
pub mod via {
    pub const VPN: u16 = 1 << 0;
    pub const DIRECT_CONNECT: u16 = 1 << 1;
    pub const PEERING: u16 = 1 << 2;
    pub const TRANSIT_GATEWAY: u16 = 1 << 3;
    pub const NAT: u16 = 1 << 4;
    pub const INTERNET_GATEWAY: u16 = 1 << 5;
    pub const GATEWAY_ENDPOINT: u16 = 1 << 6;
    pub const INTERFACE_ENDPOINT: u16 = 1 << 7;
    pub const ENDPOINT_SERVICE: u16 = 1 << 8;
    /// A Direct Connect link with MACsec on.
    pub const MACSEC_LINK: u16 = 1 << 9;
}

fn via_bits(g: &Graph, i: usize) -> u16 {
    let node = &g.doc.nodes[i];
    match node.kind {
        Kind::SiteToSiteVpn => via::VPN,
        Kind::DirectConnect if node.props.macsec() => via::DIRECT_CONNECT | via::MACSEC_LINK,
        Kind::DirectConnect => via::DIRECT_CONNECT,
        Kind::VpcPeering => via::PEERING,
        Kind::TransitGateway => via::TRANSIT_GATEWAY,
        Kind::NatGateway => via::NAT,
        Kind::InternetGateway => via::INTERNET_GATEWAY,
        Kind::GatewayEndpoint => via::GATEWAY_ENDPOINT,
        Kind::InterfaceEndpoint => via::INTERFACE_ENDPOINT,
        Kind::EndpointService => via::ENDPOINT_SERVICE,
        _ => 0,
    }
}

/// The flows out of one endpoint that select the same datasets.
#[derive(Clone, Debug)]
pub struct Group {
    pub from: usize,
    /// A flow whose selection (`only`) the group's flows share; `None`:
    /// they select nothing and carry everything.
    pub only: Option<usize>,
}

/// A run of flows in [`Segments`]' shared hop list (one allocation for
/// every route, instead of one per route).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    start: u32,
    len: u32,
}

#[derive(Clone, Debug)]
pub struct Segment {
    pub from: usize,
    /// An endpoint; or, when `dead_end`, the connectivity node where the
    /// route stops.
    pub to: usize,
    pub group: usize,
    /// The flows in order (see [`Segments::hops`]).
    pub hops: Span,
    /// What every hop declares (the intersection of their protections).
    pub declared: u8,
    /// The connectivity passed (`via` bits).
    pub via: u16,
    /// Peerings crossed, counted up to 2.
    pub peerings: u8,
    pub dead_end: bool,
}

impl Segment {
    pub fn passes(&self, bits: u16) -> bool {
        self.via & bits != 0
    }
}

/// A connectivity node that a group's data reaches, with the route there.
#[derive(Clone, Debug)]
pub struct Reach {
    pub group: usize,
    pub node: usize,
    pub hops: Span,
}

pub struct Segments {
    /// Every route's flows, end to end; spans point into it.
    arena: Vec<usize>,
    pub groups: Vec<Group>,
    pub list: Vec<Segment>,
    /// First arrivals at NAT gateways, internet gateways and gateway
    /// endpoints (the nodes rules ask about by identity).
    pub reaches: Vec<Reach>,
}

/// A search state's identity: node, declared protection, peerings, via.
fn key(s: &State) -> u64 {
    (s.node as u64) << 32
        | u64::from(s.declared) << 24
        | u64::from(s.peerings) << 16
        | u64::from(s.via)
}

#[derive(Clone, Copy)]
struct State {
    node: usize,
    declared: u8,
    via: u16,
    peerings: u8,
    parent: u32,
    flow: usize,
}

const ROOT: u32 = u32::MAX;

fn tracked(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::NatGateway | Kind::InternetGateway | Kind::GatewayEndpoint
    )
}

impl Segments {
    /// The flows of a span, in order.
    pub fn hops(&self, span: Span) -> &[usize] {
        &self.arena[span.start as usize..(span.start + span.len) as usize]
    }

    pub fn new(g: &Graph) -> Segments {
        let doc = g.doc;
        let n = doc.nodes.len();
        let mut groups = Vec::new();
        let mut list = Vec::new();
        let mut reaches = Vec::new();
        let mut arena: Vec<usize> = Vec::new();
        let mut flows: Vec<usize> = Vec::new();

        // What each flow declares, read once.
        let protection: Vec<u8> = doc.flows.iter().map(|f| declared(f.transport)).collect();
        // The states of one search, in breadth-first order (the queue is
        // the part not yet worked), and which are known: the first at each
        // node by `first`, any further ones (rare) by `seen`.
        let mut states: Vec<State> = Vec::new();
        let mut first: Vec<(u32, u32)> = vec![(u32::MAX, 0); n];
        let mut seen: FxHashSet<u64> = FxHashSet::default();
        let mut reached = vec![u32::MAX; n];
        let mut selections: Vec<usize> = Vec::new();
        let mut first_hops: Vec<usize> = Vec::new();

        for u in 0..n {
            if g.kinds[u].role() != Role::Endpoint {
                continue;
            }
            // Group u's flows by selection, in document order.
            flows.clear();
            flows.extend(g.out_flows(u));
            if flows.is_empty() {
                continue;
            }
            flows.sort_unstable();
            // The first flow of each selection.
            let only = |f: usize| doc.flows[f].only.as_ref();
            selections.clear();
            for &f in &flows {
                if !selections.iter().any(|&s| only(s) == only(f)) {
                    selections.push(f);
                }
            }
            for &selection in &selections {
                first_hops.clear();
                first_hops.extend(flows.iter().filter(|&&f| only(f) == only(selection)));
                let group = groups.len();
                groups.push(Group {
                    from: u,
                    only: only(selection).and(Some(selection)),
                });
                states.clear();
                if !seen.is_empty() {
                    seen.clear();
                }
                for &f in &first_hops {
                    let Some((_, t)) = g.flow_ends(f) else {
                        continue;
                    };
                    let s = State {
                        node: t,
                        declared: protection[f],
                        via: 0,
                        peerings: 0,
                        parent: ROOT,
                        flow: f,
                    };
                    if is_new(&mut first, &mut seen, &states, group, &s) {
                        states.push(s);
                    }
                }
                let mut worked = 0;
                while let Some(&s) = states.get(worked) {
                    let si = worked;
                    worked += 1;
                    let kind = g.kinds[s.node];
                    if kind.role() != Role::Transit {
                        if s.node != u {
                            list.push(Segment {
                                from: u,
                                to: s.node,
                                group,
                                hops: span(&mut arena, &states, si),
                                declared: s.declared,
                                via: s.via,
                                peerings: s.peerings,
                                dead_end: false,
                            });
                        }
                        continue;
                    }
                    let via = s.via | via_bits(g, s.node);
                    let peerings = (s.peerings + u8::from(kind == Kind::VpcPeering)).min(2);
                    if tracked(kind) && reached[s.node] != group as u32 {
                        reached[s.node] = group as u32;
                        reaches.push(Reach {
                            group,
                            node: s.node,
                            hops: span(&mut arena, &states, si),
                        });
                    }
                    let mut onward = false;
                    for f in g.out_flows(s.node) {
                        let Some((_, t)) = g.flow_ends(f) else {
                            continue;
                        };
                        onward = true;
                        let next = State {
                            node: t,
                            declared: s.declared & protection[f],
                            via,
                            peerings,
                            parent: si as u32,
                            flow: f,
                        };
                        if is_new(&mut first, &mut seen, &states, group, &next) {
                            states.push(next);
                        }
                    }
                    if !onward {
                        list.push(Segment {
                            from: u,
                            to: s.node,
                            group,
                            hops: span(&mut arena, &states, si),
                            declared: s.declared,
                            via,
                            peerings,
                            dead_end: true,
                        });
                    }
                }
            }
        }
        Segments {
            arena,
            groups,
            list,
            reaches,
        }
    }
}

/// Whether state `s` is new to search `group` (and now known).
fn is_new(
    first: &mut [(u32, u32)],
    seen: &mut FxHashSet<u64>,
    states: &[State],
    group: usize,
    s: &State,
) -> bool {
    let (search, at) = first[s.node];
    if search != group as u32 {
        first[s.node] = (group as u32, states.len() as u32);
        return true;
    }
    key(&states[at as usize]) != key(s) && seen.insert(key(s))
}

/// Appends the route to state `si` to the arena.
fn span(arena: &mut Vec<usize>, states: &[State], mut si: usize) -> Span {
    let start = arena.len();
    loop {
        let s = states[si];
        arena.push(s.flow);
        if s.parent == ROOT {
            break;
        }
        si = s.parent as usize;
    }
    arena[start..].reverse();
    Span {
        start: start as u32,
        len: (arena.len() - start) as u32,
    }
}

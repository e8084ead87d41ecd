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
//!
//! States per node are bounded too, but generously: 4 declared protections
//! × 1,024 mixes of connectivity × 3 peering counts. A mesh mixing many
//! kinds of connectivity reaches thousands per node (tens of seconds for
//! 1,000 nodes), so once a document's searches have held 8 states per node
//! and flow, later searches drop a route when an earlier one at the same
//! node is at least as bad for every rule ([`Search::coarse`]): the same
//! findings, a few states per node.

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
    /// Connectivity that takes a route across a network boundary.
    pub const BOUNDARY: u16 = PEERING | TRANSIT_GATEWAY | DIRECT_CONNECT | NAT | INTERNET_GATEWAY;
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
        let budget = BUDGET_PER_ELEMENT * (g.doc.nodes.len() + g.doc.flows.len()) + BUDGET_MIN;
        Segments::within(g, budget)
    }

    /// The segments, the searches going coarse once they have held
    /// `budget` states in all (see [`Search::coarse`]).
    pub(super) fn within(g: &Graph, budget: usize) -> Segments {
        let doc = g.doc;
        let n = doc.nodes.len();
        let mut out = Segments {
            arena: Vec::new(),
            groups: Vec::new(),
            list: Vec::new(),
            reaches: Vec::new(),
        };
        let mut search = Search {
            states: Vec::new(),
            first: vec![(0, 0); n],
            seen: FxHashSet::default(),
            count: 0,
            protection: doc.flows.iter().map(|f| declared(f.transport)).collect(),
            reached: vec![u32::MAX; n],
            budget,
            coarse: false,
            classes: Vec::new(),
        };
        let mut flows: Vec<usize> = Vec::new();
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
                let group = out.groups.len();
                out.groups.push(Group {
                    from: u,
                    only: only(selection).and(Some(selection)),
                });
                if !search.run(g, &mut out, u, group, &first_hops) {
                    search.coarse = true;
                    search.classes = vec![(0, 0); n];
                    search.run(g, &mut out, u, group, &first_hops);
                }
            }
        }
        out
    }
}

/// The states a document's searches may hold in all, per node and flow,
/// before routes are told apart only by what rules read of them (see
/// [`Search::coarse`]); no realistic design comes near.
const BUDGET_PER_ELEMENT: usize = 8;
const BUDGET_MIN: usize = 65_536;

/// What the rules can tell apart about a route so far, whatever follows
/// it, as one of [`VERDICTS`] classes: its protection (a VPN makes it
/// IPsec whatever else; after a MACsec link only whether it declares IPsec
/// still counts; else what it declares), whether it passed an interface
/// endpoint, else a gateway endpoint, whether it crossed a boundary
/// ([`via::BOUNDARY`]), and its peerings. See
/// [`Context::protection`](super::Context::protection),
/// [`Context::crosses_boundary`](super::Context::crosses_boundary) and the
/// rules' `passes`: a rule that reads more of a route must be added here.
fn verdict(s: &State) -> usize {
    let protection = if s.via & via::VPN != 0 {
        6
    } else if s.via & via::MACSEC_LINK != 0 {
        4 + usize::from(s.declared == prot::IPSEC)
    } else {
        match s.declared {
            0 => 0,
            prot::TLS => 1,
            prot::IPSEC => 2,
            _ => 3,
        }
    };
    let endpoint = if s.via & via::INTERFACE_ENDPOINT != 0 {
        2
    } else {
        usize::from(s.via & via::GATEWAY_ENDPOINT != 0)
    };
    let boundary = usize::from(s.via & via::BOUNDARY != 0);
    ((protection * 3 + endpoint) * 2 + boundary) * 3 + usize::from(s.peerings)
}

const VERDICTS: usize = 7 * 3 * 2 * 3;

/// For each class of [`verdict`], the classes of routes at least as bad
/// for every rule: the same protection, no more endpoints passed (rules
/// flag routes that pass none), a boundary crossed if this one did (one
/// way unencrypted data is governed), at least as many peerings (two are
/// flagged).
const COVERED_BY: [u128; VERDICTS] = covered_by();

const fn covered_by() -> [u128; VERDICTS] {
    let mut table = [0u128; VERDICTS];
    let mut a = 0;
    while a < VERDICTS {
        let mut b = 0;
        while b < VERDICTS {
            let same_protection = a / 18 == b / 18;
            let endpoints = b / 6 % 3 <= a / 6 % 3;
            let boundary = b / 3 % 2 >= a / 3 % 2;
            let peerings = b % 3 >= a % 3;
            if same_protection && endpoints && boundary && peerings {
                table[a] |= 1 << b;
            }
            b += 1;
        }
        a += 1;
    }
    table
}

/// One search's working space, reused from search to search.
struct Search {
    /// The current search's states, in breadth-first order (the queue is
    /// the part not yet worked).
    states: Vec<State>,
    /// The first state at each node, with the number of the search that
    /// found it; any further ones (rare) are known by `seen`.
    first: Vec<(u32, u32)>,
    seen: FxHashSet<u64>,
    /// Searches started so far.
    count: u32,
    /// What each flow declares.
    protection: Vec<u8>,
    /// The group that last reached each tracked node.
    reached: Vec<u32>,
    /// States all searches may still hold before going coarse.
    budget: usize,
    /// A route is dropped when an earlier one at the same node is at least
    /// as bad for every rule, whatever follows ([`COVERED_BY`]). The first
    /// route behind each finding is still found, so findings keep their
    /// ids and messages; only the paths shown from a store (which follow
    /// the last segment between two endpoints) may differ. Searches go
    /// coarse once the budget is spent: then a node holds at most a few
    /// states per search, however many kinds of connectivity routes mix.
    coarse: bool,
    /// When coarse: the classes of the routes at each node, with the
    /// number of the search that found them.
    classes: Vec<(u32, u128)>,
}

impl Search {
    /// The search of `group`, from endpoint `u` over `first_hops`: adds
    /// its segments and reaches to `out`. False, having added nothing, if
    /// the budget ran out first.
    fn run(
        &mut self,
        g: &Graph,
        out: &mut Segments,
        u: usize,
        group: usize,
        first_hops: &[usize],
    ) -> bool {
        let (list, reaches, arena) = (out.list.len(), out.reaches.len(), out.arena.len());
        self.count += 1;
        self.states.clear();
        if !self.seen.is_empty() {
            self.seen.clear();
        }
        for &f in first_hops {
            let Some((_, t)) = g.flow_ends(f) else {
                continue;
            };
            self.admit(State {
                node: t,
                declared: self.protection[f],
                via: 0,
                peerings: 0,
                parent: ROOT,
                flow: f,
            });
        }
        let mut worked = 0;
        while let Some(&s) = self.states.get(worked) {
            if !self.coarse && self.states.len() > self.budget {
                out.list.truncate(list);
                for r in &out.reaches[reaches..] {
                    self.reached[r.node] = u32::MAX;
                }
                out.reaches.truncate(reaches);
                out.arena.truncate(arena);
                return false;
            }
            let si = worked;
            worked += 1;
            let kind = g.kinds[s.node];
            if kind.role() != Role::Transit {
                if s.node != u {
                    self.segment(out, (u, group), si, s.via, s.peerings, false);
                }
                continue;
            }
            let via = s.via | via_bits(g, s.node);
            let peerings = (s.peerings + u8::from(kind == Kind::VpcPeering)).min(2);
            if tracked(kind) && self.reached[s.node] != group as u32 {
                self.reached[s.node] = group as u32;
                out.reaches.push(Reach {
                    group,
                    node: s.node,
                    hops: span(&mut out.arena, &self.states, si),
                });
            }
            let mut onward = false;
            for f in g.out_flows(s.node) {
                let Some((_, t)) = g.flow_ends(f) else {
                    continue;
                };
                onward = true;
                self.admit(State {
                    node: t,
                    declared: s.declared & self.protection[f],
                    via,
                    peerings,
                    parent: si as u32,
                    flow: f,
                });
            }
            if !onward {
                self.segment(out, (u, group), si, via, peerings, true);
            }
        }
        self.budget = self.budget.saturating_sub(self.states.len());
        true
    }

    /// Adds the segment of group `(from, group)` that ends at state `si`,
    /// having passed `via` and `peerings`.
    fn segment(
        &self,
        out: &mut Segments,
        (from, group): (usize, usize),
        si: usize,
        via: u16,
        peerings: u8,
        dead_end: bool,
    ) {
        let s = self.states[si];
        out.list.push(Segment {
            from,
            to: s.node,
            group,
            hops: span(&mut out.arena, &self.states, si),
            declared: s.declared,
            via,
            peerings,
            dead_end,
        });
    }

    /// Adds state `s` unless the search knows it already.
    fn admit(&mut self, s: State) {
        let new = if self.coarse {
            let (search, classes) = &mut self.classes[s.node];
            if *search != self.count {
                (*search, *classes) = (self.count, 0);
            }
            let v = verdict(&s);
            let new = *classes & COVERED_BY[v] == 0;
            *classes |= 1 << v;
            new
        } else {
            let (search, at) = self.first[s.node];
            if search != self.count {
                self.first[s.node] = (self.count, self.states.len() as u32);
                true
            } else {
                key(&self.states[at as usize]) != key(&s) && self.seen.insert(key(&s))
            }
        };
        if new {
            self.states.push(s);
        }
    }
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

#[cfg(test)]
mod tests {
    use super::{COVERED_BY, VERDICTS};

    /// "At least as bad for every rule" is a preorder, so dropping covered
    /// routes never drops one whose cover was itself dropped for nothing.
    #[test]
    fn covering_is_reflexive_and_transitive() {
        let covers = |a: usize, b: usize| COVERED_BY[b] & (1 << a) != 0;
        for a in 0..VERDICTS {
            assert!(covers(a, a), "{a}");
            for b in 0..VERDICTS {
                for c in 0..VERDICTS {
                    assert!(
                        !(covers(a, b) && covers(b, c)) || covers(a, c),
                        "{a} {b} {c}"
                    );
                }
            }
        }
    }
}

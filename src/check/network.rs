//! The network layer: which networks each connectivity node joins, and
//! where a resource's traffic can leave for the Internet, the way AWS
//! Reachability Analyzer would answer on the design.
//!
//! Attachments are derived, not drawn: containment places NAT gateways,
//! internet gateways and endpoints in their VPC, and every data flow's
//! route says which networks a transit gateway, peering, VPN or Direct
//! Connect joins (the nodes on either side of it). A user already draws
//! the conversations; asking for the attachments as a second drawing
//! would double the work and could contradict the routes.

use super::graph::Graph;
use super::ix::NodeIx;
use super::routes::Routes;
use crate::model::Kind;
use petgraph::graph::{NodeIndex, UnGraph};

/// A way out to the Internet from a resource: the nodes it passes, in
/// order, ending at the internet gateway.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exit {
    /// A transit gateway on the way (centralised egress), if any.
    pub transit: Option<NodeIx>,
    pub nat: NodeIx,
    pub internet_gateway: NodeIx,
}

impl Exit {
    /// The exit's nodes after the resource, in order.
    pub fn nodes(&self) -> impl Iterator<Item = NodeIx> + '_ {
        self.transit
            .into_iter()
            .chain([self.nat, self.internet_gateway])
    }
}

pub struct Network {
    /// Attachments: a connectivity node to each network it joins (a VPC
    /// node, or the connectivity node on the other side when there is no
    /// VPC, for example a VPN attached to a transit gateway).
    pub attached: UnGraph<(), ()>,
    /// The same attachments as sorted pairs (lower index first), for
    /// asking about one pair in logarithmic time.
    pairs: Vec<(usize, usize)>,
    /// Each node's number of attachments.
    degree: Vec<u32>,
    /// Each VPC's first public NAT gateway and internet gateway, if any.
    public_nat: Vec<Option<NodeIx>>,
    internet_gateway: Vec<Option<NodeIx>>,
}

impl Network {
    pub fn new(g: &Graph, routes: &Routes) -> Network {
        let n = g.kinds.len();
        let mut attached = UnGraph::with_capacity(n, 0);
        for _ in 0..n {
            attached.add_node(());
        }
        // The network a route node stands for: its VPC, else itself.
        let network = |i: NodeIx| g.places[i.index()].vpc.unwrap_or(i).index();
        let mut edges: Vec<(usize, usize)> = Vec::new();
        for r in &routes.list {
            let nodes = routes.nodes(r);
            for (k, &c) in nodes.iter().enumerate() {
                if !joins_networks(g.kinds[c.index()]) {
                    continue;
                }
                let c = c.index();
                for side in [k.checked_sub(1), Some(k + 1)].into_iter().flatten() {
                    if let Some(&other) = nodes.get(side) {
                        let net = network(other);
                        if net != c {
                            edges.push((c.min(net), c.max(net)));
                        }
                    }
                }
            }
        }
        edges.sort_unstable();
        edges.dedup();
        let mut degree = vec![0u32; n];
        for &(a, b) in &edges {
            attached.add_edge(NodeIndex::new(a), NodeIndex::new(b), ());
            degree[a] += 1;
            degree[b] += 1;
        }
        let mut public_nat = vec![None; n];
        let mut internet_gateway = vec![None; n];
        for (i, &kind) in g.kinds.iter().enumerate() {
            let Some(v) = g.places[i].vpc.map(NodeIx::index) else {
                continue;
            };
            match kind {
                Kind::NatGateway if !g.doc.nodes[i].props.private_nat() => {
                    public_nat[v] = public_nat[v].or(Some(NodeIx::new(i)))
                }
                Kind::InternetGateway => {
                    internet_gateway[v] = internet_gateway[v].or(Some(NodeIx::new(i)))
                }
                _ => {}
            }
        }
        Network {
            attached,
            pairs: edges,
            degree,
            public_nat,
            internet_gateway,
        }
    }

    /// The networks a connectivity node joins, lowest index first.
    pub fn joined(&self, c: NodeIx) -> Vec<NodeIx> {
        let mut out: Vec<NodeIx> = self
            .attached
            .neighbors(NodeIndex::new(c.index()))
            .map(|n| NodeIx::new(n.index()))
            .collect();
        out.sort_unstable();
        out
    }

    /// What node `x` is attached to (connectivity for a network, networks
    /// for connectivity), in no particular order.
    pub fn attached_to(&self, x: NodeIx) -> impl Iterator<Item = NodeIx> + '_ {
        self.attached
            .neighbors(NodeIndex::new(x.index()))
            .map(|n| NodeIx::new(n.index()))
    }

    /// How many attachments node `x` has.
    pub fn degree(&self, x: NodeIx) -> usize {
        self.degree[x.index()] as usize
    }

    /// Whether `a` and `b` are attached to each other.
    pub fn is_attached(&self, a: NodeIx, b: NodeIx) -> bool {
        let (a, b) = (a.index(), b.index());
        self.pairs.binary_search(&(a.min(b), a.max(b))).is_ok()
    }

    /// A VPC's first internet gateway, if it has one.
    pub fn internet_gateway(&self, vpc: NodeIx) -> Option<NodeIx> {
        self.internet_gateway[vpc.index()]
    }

    /// A VPC's own way out: a public NAT gateway with an internet gateway
    /// in the same VPC (a private NAT, or a NAT with no internet gateway,
    /// reaches no Internet).
    fn local_exit(&self, vpc: NodeIx) -> Option<Exit> {
        Some(Exit {
            transit: None,
            nat: self.public_nat[vpc.index()]?,
            internet_gateway: self.internet_gateway[vpc.index()]?,
        })
    }

    /// Where traffic from VPC `vpc` reaches the Internet: its own public
    /// NAT gateway, else one in a VPC attached to the same transit gateway
    /// (centralised egress). Peering never gives a way out: AWS does not
    /// route a peered VPC's traffic through the other VPC's gateways.
    pub fn exit_from(&self, g: &Graph, vpc: NodeIx) -> Option<Exit> {
        if let Some(exit) = self.local_exit(vpc) {
            return Some(exit);
        }
        for t in self.joined(vpc) {
            if g.kinds[t.index()] != Kind::TransitGateway {
                continue;
            }
            for w in self.joined(t) {
                if w != vpc
                    && g.kinds[w.index()] == Kind::Vpc
                    && let Some(exit) = self.local_exit(w)
                {
                    return Some(Exit {
                        transit: Some(t),
                        ..exit
                    });
                }
            }
        }
        None
    }
}

/// Connectivity whose attachments the routes tell.
fn joins_networks(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::TransitGateway | Kind::VpcPeering | Kind::SiteToSiteVpn | Kind::DirectConnect
    )
}

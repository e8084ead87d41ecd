//! The document as a graph, with what containment implies about each node:
//! which side of the on-premises/AWS/Internet boundary it is on, its VPC,
//! subnet and Region.

use crate::model::{Document, Kind, Role};
use petgraph::graph::{DiGraph, NodeIndex};
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// Which side of the big boundaries a node is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Realm {
    OnPremises,
    Aws,
    Internet,
    /// Connectivity: traffic passes through; it belongs to no side.
    Transit,
    /// Zones and configuration: not on any flow.
    Other,
}

/// What the checker derives about one node from the drawing.
#[derive(Clone, Debug)]
pub struct Place {
    pub realm: Realm,
    /// The enclosing VPC (for a Glue job: its connection's VPC).
    pub vpc: Option<usize>,
    /// The enclosing subnet (for a Glue job: its connection's subnet).
    pub subnet: Option<usize>,
}

/// The document with its flow graph. Node `i` of the graph is
/// `doc.nodes[i]` and edge `j` is `doc.flows[j]`.
pub struct Graph<'a> {
    pub doc: &'a Document,
    /// Edge weights are flow indices.
    pub g: DiGraph<(), usize>,
    /// Each flow's (source, target) node indices.
    pub ends: Vec<(usize, usize)>,
    pub places: Vec<Place>,
    /// The VPCs that contain a NAT gateway (a way out to the Internet).
    pub vpc_has_nat: Vec<bool>,
    ids: FxHashMap<&'a str, usize>,
    parent: Vec<Option<usize>>,
}

impl<'a> Graph<'a> {
    /// Builds the graph of a validated document.
    pub fn new(doc: &'a Document) -> Graph<'a> {
        let n = doc.nodes.len();
        let mut ids = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for (i, node) in doc.nodes.iter().enumerate() {
            ids.insert(node.id.as_str(), i);
        }
        let mut g = DiGraph::with_capacity(n, doc.flows.len());
        for _ in 0..n {
            g.add_node(());
        }
        let mut ends = Vec::with_capacity(doc.flows.len());
        for (j, f) in doc.flows.iter().enumerate() {
            // Validation guarantees both ends exist; a flow that does not is
            // left out of the graph rather than trusted.
            let (Some(&a), Some(&b)) = (ids.get(f.from.as_str()), ids.get(f.to.as_str())) else {
                ends.push((usize::MAX, usize::MAX));
                continue;
            };
            g.add_edge(NodeIndex::new(a), NodeIndex::new(b), j);
            ends.push((a, b));
        }
        let parent: Vec<Option<usize>> = doc
            .nodes
            .iter()
            .map(|node| node.parent.as_deref().and_then(|p| ids.get(p).copied()))
            .collect();

        // Walk up each node's containers, nearest first.
        let mut places = Vec::with_capacity(n);
        for (i, node) in doc.nodes.iter().enumerate() {
            let mut place = Place {
                realm: Realm::Other,
                vpc: None,
                subnet: None,
            };
            let mut on_prem = node.kind == Kind::OnPremisesDatabase;
            let mut cur = parent[i];
            let mut steps = 0;
            while let Some(c) = cur {
                let ck = doc.nodes[c].kind;
                match ck {
                    Kind::PublicSubnet | Kind::PrivateSubnet => {
                        place.subnet = place.subnet.or(Some(c))
                    }
                    Kind::Vpc => place.vpc = place.vpc.or(Some(c)),
                    Kind::OnPremisesNetwork => on_prem = true,
                    _ => {}
                }
                cur = parent[c];
                steps += 1;
                if steps > n {
                    break; // unreachable for validated documents
                }
            }
            place.realm = match node.kind.role() {
                Role::Transit => Realm::Transit,
                Role::Zone | Role::Config => Realm::Other,
                Role::Endpoint if node.kind == Kind::Internet => Realm::Internet,
                Role::Endpoint if on_prem => Realm::OnPremises,
                Role::Endpoint => Realm::Aws,
            };
            places.push(place);
        }

        // A Glue job runs where its connection puts it.
        for (i, node) in doc.nodes.iter().enumerate() {
            if node.kind == Kind::GlueJob
                && let Some(&c) = node.props.connection.as_deref().and_then(|c| ids.get(c))
            {
                places[i].subnet = places[c].subnet;
                places[i].vpc = places[c].vpc;
            }
        }

        let mut vpc_has_nat = vec![false; n];
        for (i, node) in doc.nodes.iter().enumerate() {
            if node.kind == Kind::NatGateway
                && let Some(v) = places[i].vpc
            {
                vpc_has_nat[v] = true;
            }
        }

        Graph {
            doc,
            g,
            ends,
            places,
            vpc_has_nat,
            ids,
            parent,
        }
    }

    /// A node's Region identity: its own code, else its VPC's, else the
    /// Region box it sits in (its code, or `#id` for a box without one).
    /// Computed on demand: only Region rules ask.
    pub fn region(&self, i: usize) -> Option<Cow<'a, str>> {
        let doc = self.doc;
        let own = |j: usize| doc.nodes[j].props.region.as_deref().map(Cow::Borrowed);
        if let Some(r) = own(i) {
            return Some(r);
        }
        if let Some(v) = self.places[i].vpc
            && v != i
            && let Some(r) = own(v)
        {
            return Some(r);
        }
        // The nearest Region box, from the VPC if there is one.
        let mut cur = self.places[i]
            .vpc
            .map_or(self.parent[i], |v| self.parent[v]);
        let mut steps = 0;
        while let Some(c) = cur {
            let node = &doc.nodes[c];
            if node.kind == Kind::AwsRegion {
                return Some(match &node.props.region {
                    Some(code) => Cow::Borrowed(code.as_str()),
                    None => Cow::Owned(format!("#{}", node.id)),
                });
            }
            cur = self.parent[c];
            steps += 1;
            if steps > doc.nodes.len() {
                break;
            }
        }
        None
    }

    pub fn index(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    pub fn kind(&self, i: usize) -> Kind {
        self.doc.nodes[i].kind
    }

    /// The flows leaving node `i` (in a fixed order).
    pub fn out_flows(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.g.edges(NodeIndex::new(i)).map(|e| *e.weight())
    }

    /// The flows entering node `i` (in a fixed order).
    pub fn in_flows(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.g
            .edges_directed(NodeIndex::new(i), petgraph::Direction::Incoming)
            .map(|e| *e.weight())
    }

    /// A flow's (source, target); `None` for a flow the graph left out.
    pub fn flow_ends(&self, f: usize) -> Option<(usize, usize)> {
        self.ends.get(f).copied().filter(|(a, _)| *a != usize::MAX)
    }

    /// Whether a node in the AWS realm can reach the Internet on its own:
    /// outside every VPC (a service's own network), or in a VPC with a NAT
    /// gateway.
    pub fn has_internet_route(&self, i: usize) -> bool {
        match self.places[i].vpc {
            None => true,
            Some(v) => self.vpc_has_nat[v],
        }
    }
}

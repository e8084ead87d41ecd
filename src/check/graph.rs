//! The document as a graph, with what containment implies about each node:
//! which side of the on-premises/AWS/Internet boundary it is on, its VPC,
//! subnet and Region.

use super::ix::NodeIx;
use crate::model::{Document, Kind, Role};
use petgraph::Direction::{Incoming, Outgoing};
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
    pub vpc: Option<NodeIx>,
    /// The enclosing subnet (for a Glue job: its connection's subnet).
    pub subnet: Option<NodeIx>,
}

/// Items grouped by owner, as one flat list: owner `i`'s are
/// `items[start[i]..start[i + 1]]`, highest index first. A node's flows
/// (one direction), a node's segments, a class's datasets.
pub(super) struct Lists {
    start: Vec<u32>,
    items: Vec<u32>,
}

impl Lists {
    /// `owner(j)`: whose item `j` is, if anyone's.
    pub(super) fn new(
        owners: usize,
        items: usize,
        owner: impl Fn(usize) -> Option<usize>,
    ) -> Lists {
        let mut start = vec![0u32; owners + 1];
        for j in 0..items {
            if let Some(i) = owner(j) {
                start[i + 1] += 1;
            }
        }
        for i in 0..owners {
            start[i + 1] += start[i];
        }
        let mut next = start.clone();
        let mut list = vec![0u32; start[owners] as usize];
        for j in (0..items).rev() {
            if let Some(i) = owner(j) {
                list[next[i] as usize] = j as u32;
                next[i] += 1;
            }
        }
        Lists { start, items: list }
    }

    /// The number of owners.
    pub(super) fn len(&self) -> usize {
        self.start.len() - 1
    }

    /// Owner `i`'s items.
    pub(super) fn of(&self, i: usize) -> &[u32] {
        &self.items[self.start[i] as usize..self.start[i + 1] as usize]
    }
}

/// The document with its flow graph: a petgraph graph whose node `i` is
/// `doc.nodes[i]` and whose edges are the flows, weighted by their index
/// in `doc.flows`.
pub struct Graph<'a> {
    pub doc: &'a Document,
    /// Each node's kind, in one small array (the checker reads it often).
    pub kinds: Vec<Kind>,
    /// Each flow's (source, target) node indices.
    pub ends: Vec<(usize, usize)>,
    pub places: Vec<Place>,
    /// Each Glue job's connection, resolved.
    pub connection: Vec<Option<usize>>,
    /// The flow graph. A node's edges come newest (highest flow index)
    /// first: petgraph keeps them in a list per node, adding at the front.
    pub flows: DiGraph<(), u32>,
    ids: FxHashMap<&'a str, usize>,
    parent: Vec<Option<usize>>,
    /// For each Region box without a code, the first node inside it that
    /// has one (worked out when a Region rule first asks).
    box_codes: std::cell::OnceCell<FxHashMap<usize, usize>>,
}

impl<'a> Graph<'a> {
    /// Builds the graph of a validated document.
    pub fn new(doc: &'a Document) -> Graph<'a> {
        let n = doc.nodes.len();
        let mut ids = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for (i, node) in doc.nodes.iter().enumerate() {
            ids.insert(node.id.as_str(), i);
        }
        let kinds: Vec<Kind> = doc.nodes.iter().map(|node| node.kind).collect();
        // Validation guarantees both ends exist; a flow that does not is
        // left out of the graph rather than trusted.
        let ends: Vec<(usize, usize)> = doc
            .flows
            .iter()
            .map(
                |f| match (ids.get(f.from.as_str()), ids.get(f.to.as_str())) {
                    (Some(&a), Some(&b)) => (a, b),
                    _ => (usize::MAX, usize::MAX),
                },
            )
            .collect();
        let mut flows = DiGraph::with_capacity(n, ends.len());
        for _ in 0..n {
            flows.add_node(());
        }
        for (j, &(a, b)) in ends.iter().enumerate() {
            if a != usize::MAX {
                flows.add_edge(NodeIndex::new(a), NodeIndex::new(b), j as u32);
            }
        }
        let parent: Vec<Option<usize>> = doc
            .nodes
            .iter()
            .map(|node| node.parent.as_deref().and_then(|p| ids.get(p).copied()))
            .collect();

        // Walk up each node's containers, nearest first.
        let mut places = Vec::with_capacity(n);
        for (i, &kind) in kinds.iter().enumerate() {
            let mut place = Place {
                realm: Realm::Other,
                vpc: None,
                subnet: None,
            };
            let mut on_prem = kind.is_on_premises();
            let mut cur = parent[i];
            let mut steps = 0;
            while let Some(c) = cur {
                match kinds[c] {
                    Kind::PublicSubnet | Kind::PrivateSubnet => {
                        place.subnet = place.subnet.or(Some(NodeIx::new(c)))
                    }
                    Kind::Vpc => place.vpc = place.vpc.or(Some(NodeIx::new(c))),
                    Kind::OnPremisesNetwork => on_prem = true,
                    _ => {}
                }
                cur = parent[c];
                steps += 1;
                if steps > n {
                    break; // unreachable for validated documents
                }
            }
            place.realm = match kind.role() {
                Role::Transit => Realm::Transit,
                Role::Zone | Role::Config => Realm::Other,
                Role::Endpoint if kind == Kind::Internet => Realm::Internet,
                Role::Endpoint if on_prem => Realm::OnPremises,
                Role::Endpoint => Realm::Aws,
            };
            places.push(place);
        }

        // A Glue job runs where its connection puts it; drawn in a subnet,
        // it has an implied network connection there. Drawn in a VPC box
        // outside every subnet with no connection, Glue runs it in AWS's
        // own network: it is in no VPC.
        let mut connection = vec![None; n];
        for (i, node) in doc.nodes.iter().enumerate() {
            if kinds[i] != Kind::GlueJob {
                continue;
            }
            match node.props.connection.as_deref().and_then(|c| ids.get(c)) {
                Some(&c) => {
                    connection[i] = Some(c);
                    places[i].subnet = places[c].subnet;
                    places[i].vpc = places[c].vpc;
                }
                None if places[i].subnet.is_none() => places[i].vpc = None,
                None => {}
            }
        }

        Graph {
            doc,
            kinds,
            ends,
            places,
            connection,
            flows,
            ids,
            parent,
            box_codes: std::cell::OnceCell::new(),
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
        if let Some(v) = self.places[i].vpc.map(NodeIx::index)
            && v != i
            && let Some(r) = own(v)
        {
            return Some(r);
        }
        // The nearest Region box, from the VPC if there is one.
        let mut cur = self.places[i]
            .vpc
            .map_or(self.parent[i], |v| self.parent[v.index()]);
        let mut steps = 0;
        while let Some(c) = cur {
            let node = &doc.nodes[c];
            if node.kind == Kind::AwsRegion {
                let inside = || self.box_codes().get(&c).and_then(|&j| own(j));
                return Some(match &node.props.region {
                    Some(code) => Cow::Borrowed(code.as_str()),
                    None => inside().unwrap_or_else(|| Cow::Owned(format!("#{}", node.id))),
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

    /// The nearest Region box around node `i`, if any.
    fn region_box(&self, i: usize) -> Option<usize> {
        let mut cur = self.parent[i];
        for _ in 0..self.kinds.len() {
            match cur {
                Some(c) if self.kinds[c] == Kind::AwsRegion => return Some(c),
                Some(c) => cur = self.parent[c],
                None => return None,
            }
        }
        None
    }

    /// A Region box without a code is the Region of what is drawn in it
    /// with one (a VPC or bucket in `eu-central-1` inside a box labelled
    /// "Frankfurt"): one Region, not two.
    fn box_codes(&self) -> &FxHashMap<usize, usize> {
        self.box_codes.get_or_init(|| {
            let mut codes = FxHashMap::default();
            for (j, node) in self.doc.nodes.iter().enumerate() {
                if node.kind == Kind::AwsRegion || node.props.region.is_none() {
                    continue;
                }
                if let Some(b) = self.region_box(j)
                    && self.doc.nodes[b].props.region.is_none()
                {
                    codes.entry(b).or_insert(j);
                }
            }
            codes
        })
    }

    /// Whether node `i` is drawn inside a zone of this kind, at any depth.
    pub fn drawn_in(&self, i: usize, kind: Kind) -> bool {
        let mut cur = self.parent[i];
        for _ in 0..self.kinds.len() {
            match cur {
                Some(c) if self.kinds[c] == kind => return true,
                Some(c) => cur = self.parent[c],
                None => return false,
            }
        }
        false
    }

    pub fn index(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    pub fn kind(&self, i: usize) -> Kind {
        self.kinds[i]
    }

    /// The flows leaving node `i`, newest (highest index) first.
    pub fn out_flows(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.flows
            .edges_directed(NodeIndex::new(i), Outgoing)
            .map(|e| *e.weight() as usize)
    }

    /// The flows entering node `i`, newest (highest index) first.
    pub fn in_flows(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.flows
            .edges_directed(NodeIndex::new(i), Incoming)
            .map(|e| *e.weight() as usize)
    }

    /// A flow's (source, target); `None` for a flow the graph left out.
    pub fn flow_ends(&self, f: usize) -> Option<(usize, usize)> {
        self.ends.get(f).copied().filter(|(a, _)| *a != usize::MAX)
    }
}

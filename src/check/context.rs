//! What every rule reads: the graph, the segments, the data, and helpers
//! for naming elements and building offending paths.

use super::data::Data;
use super::graph::{Graph, Realm};
use super::segments::{Segment, Segments, prot, via};
use super::{Finding, Rule};
use crate::model::{Document, Kind, Node, Requirements};

pub use super::graph::Place;

/// An offending path: nodes and the flows between them, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trail {
    pub nodes: Vec<usize>,
    pub flows: Vec<usize>,
}

impl Trail {
    /// A path that is just one node.
    pub fn node(i: usize) -> Trail {
        Trail {
            nodes: vec![i],
            flows: Vec::new(),
        }
    }
}

/// What a rule reports; the runner adds the rule's metadata.
#[derive(Clone, Debug)]
pub struct Hit {
    /// What follows `@` in the finding id.
    pub target: String,
    pub message: String,
    pub trail: Trail,
    /// A fix specific to this finding; default: the rule's.
    pub fix: Option<String>,
}

impl Hit {
    pub fn new(target: impl Into<String>, message: String, trail: Trail) -> Hit {
        Hit {
            target: target.into(),
            message,
            trail,
            fix: None,
        }
    }

    pub fn fix(mut self, fix: String) -> Hit {
        self.fix = Some(fix);
        self
    }
}

pub struct Context<'a> {
    pub doc: &'a Document,
    pub graph: Graph<'a>,
    pub segs: Segments,
    pub data: Data<'a>,
    kinds: u32,
    /// Which nodes refuse connections without TLS (see [`Context::enforces_tls`]).
    tls: Vec<Tls>,
}

/// Whether a node refuses connections without TLS.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tls {
    No,
    Always,
    /// A Glue job whose connection enforces SSL for JDBC: from databases.
    FromDatabases,
}

/// A node's name for messages, in backticks.
pub struct Name<'a>(&'a str);

impl std::fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "`{}`", self.0)
    }
}

fn kind_bit(kind: Kind) -> u32 {
    1 << (Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0) as u32)
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document) -> Context<'a> {
        Context::with(doc, Segments::new)
    }

    /// With segments made by `segments` (tests make them coarse).
    pub(super) fn with(
        doc: &'a Document,
        segments: impl FnOnce(&Graph) -> Segments,
    ) -> Context<'a> {
        let graph = Graph::new(doc);
        let segs = segments(&graph);
        let data = Data::new(&graph, &segs);
        let kinds = graph.kinds.iter().fold(0, |acc, &k| acc | kind_bit(k));
        let tls = doc
            .nodes
            .iter()
            .enumerate()
            .map(|(i, node)| match graph.kinds[i] {
                Kind::RdsInstance if node.props.force_ssl() => Tls::Always,
                Kind::S3Bucket if node.props.require_secure_transport() => Tls::Always,
                Kind::DmsReplication if node.props.ssl_mode() != crate::model::SslMode::None => {
                    Tls::Always
                }
                Kind::GlueJob
                    if graph.connection[i]
                        .is_some_and(|c| doc.nodes[c].props.jdbc_enforce_ssl()) =>
                {
                    Tls::FromDatabases
                }
                _ => Tls::No,
            })
            .collect();
        Context {
            doc,
            graph,
            segs,
            data,
            kinds,
            tls,
        }
    }

    pub fn req(&self) -> &Requirements {
        &self.doc.requirements
    }

    pub fn node(&self, i: usize) -> &'a Node {
        &self.doc.nodes[i]
    }

    pub fn kind(&self, i: usize) -> Kind {
        self.graph.kinds[i]
    }

    pub fn place(&self, i: usize) -> &Place {
        &self.graph.places[i]
    }

    pub fn realm(&self, i: usize) -> Realm {
        self.graph.places[i].realm
    }

    /// Whether the document has a node of any of these kinds.
    pub fn has(&self, kinds: &[Kind]) -> bool {
        kinds.iter().any(|k| self.kinds & kind_bit(*k) != 0)
    }

    /// The nodes of one kind, in document order.
    pub fn nodes_of(&self, kind: Kind) -> impl Iterator<Item = usize> + '_ {
        let present = self.kinds & kind_bit(kind) != 0;
        let kinds = if present { &self.graph.kinds[..] } else { &[] };
        kinds
            .iter()
            .enumerate()
            .filter(move |&(_, &k)| k == kind)
            .map(|(i, _)| i)
    }

    /// A node's name for messages, in backticks.
    pub fn name(&self, i: usize) -> Name<'a> {
        Name(self.doc.nodes[i].name())
    }

    /// The segments whose ends are both endpoints (not dead ends).
    pub fn segments(&self) -> impl Iterator<Item = &Segment> {
        self.segs.list.iter().filter(|s| !s.dead_end)
    }

    /// The sensitive datasets a segment carries, by index.
    pub fn carried_sensitive(&self, s: &Segment) -> &[usize] {
        self.data.group_sensitive(s.group)
    }

    /// Whether a segment carries any dataset at all.
    pub fn carries_data(&self, s: &Segment) -> bool {
        self.data.group_carries(s.group)
    }

    /// The sensitive datasets a selection group's flows carry, by index.
    pub fn group_sensitive(&self, group: usize) -> &[usize] {
        self.data.group_sensitive(group)
    }

    /// The sensitive datasets a node holds or has received, by index.
    pub fn held_sensitive(&self, i: usize) -> Vec<usize> {
        self.data.held_sensitive(i)
    }

    pub fn holds_sensitive(&self, i: usize) -> bool {
        self.data.holds_sensitive(i)
    }

    /// Dataset names for a message: `` `a`, `b` `` (at most three, then a count).
    pub fn dataset_names(&self, datasets: &[usize]) -> String {
        use std::fmt::Write;
        let mut names: Vec<&str> = datasets
            .iter()
            .map(|&d| self.data.datasets[d].name)
            .collect();
        names.sort_unstable();
        names.dedup();
        let mut out = String::new();
        for (i, name) in names.iter().take(3).enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            let _ = write!(out, "{sep}`{name}`");
        }
        if names.len() > 3 {
            let _ = write!(out, " and {} more", names.len() - 3);
        }
        out
    }

    /// The protection a segment really has: what all its hops declare,
    /// plus TLS that an end enforces, plus what its connectivity adds (a
    /// Site-to-Site VPN anywhere on the route makes it IPsec end to end;
    /// MACsec on a Direct Connect link adds MACsec).
    pub fn protection(&self, s: &Segment) -> u8 {
        let mut p = s.declared;
        if s.passes(via::VPN) {
            p |= prot::IPSEC;
        }
        if s.passes(via::MACSEC_LINK) {
            p |= prot::MACSEC;
        }
        if self.enforces_tls(s.from, s.to) || self.enforces_tls(s.to, s.from) {
            p |= prot::TLS;
        }
        p
    }

    /// Whether node `a` refuses connections from `b` without TLS: a
    /// database that forces SSL, a bucket that requires secure transport,
    /// DMS with an SSL mode, a Glue job whose connection enforces JDBC SSL
    /// (towards databases).
    fn enforces_tls(&self, a: usize, b: usize) -> bool {
        match self.tls[a] {
            Tls::No => false,
            Tls::Always => true,
            Tls::FromDatabases => self.kind(b).is_database(),
        }
    }

    /// The connectivity nodes a segment passes, by name, for messages.
    pub fn via_names(&self, s: &Segment, kinds: &[Kind]) -> Vec<usize> {
        let mut out = Vec::new();
        let hops = self.segs.hops(s.hops);
        for &f in &hops[..hops.len().saturating_sub(usize::from(!s.dead_end))] {
            if let Some((_, t)) = self.graph.flow_ends(f)
                && kinds.contains(&self.kind(t))
                && !out.contains(&t)
            {
                out.push(t);
            }
        }
        if s.dead_end && kinds.contains(&self.kind(s.to)) && !out.contains(&s.to) {
            out.push(s.to);
        }
        out
    }

    /// The nodes node `i` exchanges flows with, either direction, as
    /// (flow, neighbour), in document order of the flows.
    pub fn neighbours(&self, i: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut flows: Vec<usize> = self
            .graph
            .out_flows(i)
            .chain(self.graph.in_flows(i))
            .collect();
        flows.sort_unstable();
        flows.dedup();
        flows.into_iter().filter_map(move |f| {
            let (a, b) = self.graph.flow_ends(f)?;
            Some((f, if a == i { b } else { a }))
        })
    }

    /// Flow `f` extended, for display, back through connectivity to the
    /// endpoint it comes from (first incoming flow at each step).
    pub fn route_through(&self, f: usize) -> Vec<usize> {
        let mut hops = vec![f];
        let mut seen = vec![false; self.doc.nodes.len()];
        let Some((mut at, _)) = self.graph.flow_ends(f) else {
            return hops;
        };
        while self.kind(at).role() == crate::model::Role::Transit && !seen[at] {
            seen[at] = true;
            let Some(prev) = self.graph.in_flows(at).min() else {
                break;
            };
            hops.push(prev);
            match self.graph.flow_ends(prev) {
                Some((a, _)) => at = a,
                None => break,
            }
        }
        hops.reverse();
        hops
    }

    /// The path of a list of flows that follow one another.
    pub fn trail_of_hops(&self, hops: &[usize]) -> Trail {
        let mut t = Trail::default();
        self.extend_trail(&mut t, hops);
        t
    }

    /// Appends flows that follow on from the trail's end.
    fn extend_trail(&self, t: &mut Trail, hops: &[usize]) {
        for &f in hops {
            if let Some((a, b)) = self.graph.flow_ends(f) {
                if t.nodes.last() != Some(&a) {
                    t.nodes.push(a);
                }
                t.nodes.push(b);
                t.flows.push(f);
            }
        }
    }

    /// How dataset `d` gets from its store to the start of `hops`, then `hops`.
    pub fn trail_from_store(&self, d: usize, start: usize, hops: &[usize]) -> Trail {
        let witness = self.data.witness(&self.segs, d, start);
        if witness.is_empty() && hops.is_empty() {
            return Trail::node(start);
        }
        let mut t = Trail::default();
        for s in witness {
            self.extend_trail(&mut t, self.segs.hops(self.segs.list[s].hops));
        }
        self.extend_trail(&mut t, hops);
        t
    }

    /// A segment's own path, preceded by how its first sensitive dataset
    /// (if any) got to its start.
    pub fn trail_of_segment(&self, s: &Segment, lead: Option<usize>) -> Trail {
        match lead {
            Some(d) => self.trail_from_store(d, s.from, self.segs.hops(s.hops)),
            None => self.trail_of_hops(self.segs.hops(s.hops)),
        }
    }

    /// Whether a segment crosses between on-premises and AWS (either way).
    pub fn crosses_to_cloud(&self, s: &Segment) -> bool {
        matches!(
            (self.realm(s.from), self.realm(s.to)),
            (Realm::OnPremises, Realm::Aws) | (Realm::Aws, Realm::OnPremises)
        )
    }

    /// Whether a segment crosses a network boundary: between on-premises,
    /// AWS and the Internet, between two VPCs, or through a peering,
    /// transit gateway, Direct Connect, NAT or internet gateway.
    pub fn crosses_boundary(&self, s: &Segment) -> bool {
        let (a, b) = (self.place(s.from), self.place(s.to));
        a.realm != b.realm
            || (a.vpc.is_some() && b.vpc.is_some() && a.vpc != b.vpc)
            || s.passes(via::BOUNDARY)
    }

    /// A Region identity for messages: the code, or the Region box's name.
    pub fn region_name(&self, region: &str) -> String {
        match region.strip_prefix('#').and_then(|id| self.graph.index(id)) {
            Some(i) => format!("Region {}", self.name(i)),
            None => format!("`{region}`"),
        }
    }

    /// `a → b` with names, for messages about a segment.
    pub fn segment_name(&self, s: &Segment) -> String {
        format!(
            "`{} → {}`",
            self.node(s.from).name(),
            self.node(s.to).name()
        )
    }

    /// The segment id used after `@`: `from->to`.
    pub fn segment_target(&self, s: &Segment) -> String {
        format!("{}->{}", self.node(s.from).id, self.node(s.to).id)
    }

    pub(super) fn finding(&self, rule: &'static Rule, hit: Hit) -> Finding {
        Finding {
            id: [rule.code, "@", &hit.target].concat(),
            code: rule.code,
            rule: rule.name,
            title: rule.title,
            family: rule.family,
            severity: rule.severity,
            message: hit.message,
            why: rule.why,
            fix: hit.fix.unwrap_or_else(|| rule.fix.to_string()),
            nodes: hit
                .trail
                .nodes
                .iter()
                .map(|&i| self.doc.nodes[i].id.clone())
                .collect(),
            flows: hit
                .trail
                .flows
                .iter()
                .map(|&f| self.doc.flows[f].id.clone())
                .collect(),
            suppressed: None,
        }
    }
}

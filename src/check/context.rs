//! What every rule reads: the graph, the segments, the data, and helpers
//! for naming elements and building offending paths.

use super::data::Data;
use super::graph::{Graph, Realm};
use super::infer::{self, Basis};
use super::ix::{DatasetIx, FlowIx, NodeIx};
use super::legs::{self, Legs, Side};
use super::network::{Exit, Network};
use super::routes::{Route, Routes};
use super::sets::{BOUNDARY, Prot};
use super::{Finding, Rule};
use crate::i18n::{Arg, Message, ids};
use crate::model::{Document, Kind, Node, Requirements};

pub use super::graph::Place;

/// An offending path: nodes and the flows between them, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trail {
    pub nodes: Vec<NodeIx>,
    pub flows: Vec<FlowIx>,
}

impl Trail {
    /// A path that is just one node.
    pub fn node(i: NodeIx) -> Trail {
        Trail {
            nodes: vec![i],
            flows: Vec::new(),
        }
    }
}

/// What a finding is about: a data flow, or a node. Its id is what follows
/// `@` in the finding's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Node(NodeIx),
    Flow(FlowIx),
}

impl From<NodeIx> for Target {
    fn from(i: NodeIx) -> Target {
        Target::Node(i)
    }
}

impl From<FlowIx> for Target {
    fn from(f: FlowIx) -> Target {
        Target::Flow(f)
    }
}

/// What a rule reports; the runner adds the rule's metadata.
#[derive(Clone, Debug)]
pub struct Hit {
    /// What the finding is about.
    pub target: Target,
    pub message: Message,
    pub trail: Trail,
    /// A fix specific to this finding; default: the rule's.
    pub fix: Option<Message>,
}

impl Hit {
    pub fn new(target: impl Into<Target>, message: Message, trail: Trail) -> Hit {
        Hit {
            target: target.into(),
            message,
            trail,
            fix: None,
        }
    }

    pub fn fix(mut self, fix: Message) -> Hit {
        self.fix = Some(fix);
        self
    }
}

/// What rules read, through methods only: the fields stay private, so a
/// rule depends on the questions it asks, not on how they are answered.
pub struct Context<'a> {
    doc: &'a Document,
    graph: Graph<'a>,
    routes: Routes,
    network: Network,
    data: Data<'a>,
    kinds: u32,
    /// Which nodes refuse connections without TLS (see [`Context::enforces_tls`]).
    tls: Vec<Tls>,
    /// Each route's legs, worked out when a rule first asks.
    legs: Vec<std::cell::OnceCell<Legs>>,
}

/// Whether a node refuses connections without TLS.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tls {
    No,
    Always,
    /// A Glue job whose connection enforces SSL for JDBC: from databases.
    FromDatabases,
}

fn kind_bit(kind: Kind) -> u32 {
    1 << (Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0) as u32)
}

/// Elements named in one message, at most this many, then a count.
const NAMED: usize = 3;

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document) -> Context<'a> {
        let graph = Graph::new(doc);
        let mut routes = Routes::new(&graph);
        let network = Network::new(&graph, &routes);
        routes.assume(&graph, infer::infer(&graph, &routes, &network));
        let data = Data::new(&graph, &routes);
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
        let legs = std::iter::repeat_with(std::cell::OnceCell::new)
            .take(routes.list.len())
            .collect();
        Context {
            doc,
            graph,
            routes,
            network,
            data,
            kinds,
            tls,
            legs,
        }
    }

    /// The document's nodes with their indices, in document order.
    pub fn nodes(&self) -> impl Iterator<Item = (NodeIx, &'a Node)> {
        self.doc
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (NodeIx::new(i), n))
    }

    /// How many nodes the document has (node indices are below it).
    pub fn node_count(&self) -> usize {
        self.doc.nodes.len()
    }

    /// Whether the document has any data flow.
    pub fn has_flows(&self) -> bool {
        !self.doc.flows.is_empty()
    }

    /// A node's Region identity (see [`Graph::region`]).
    pub fn region(&self, i: NodeIx) -> Option<std::borrow::Cow<'a, str>> {
        self.graph.region(i.index())
    }

    /// Where traffic from VPC `vpc` reaches the Internet, if it does.
    pub fn exit_from(&self, vpc: NodeIx) -> Option<Exit> {
        self.network.exit_from(&self.graph, vpc)
    }

    /// The security group a node's network interfaces use: a Glue job's
    /// connection's (else its own), anyone else's own.
    pub fn security_group_of(&self, i: NodeIx) -> Option<&'a str> {
        let own = self.node(i).props.security_group.as_deref();
        match self.graph.connection[i.index()] {
            Some(c) => self.doc.nodes[c].props.security_group.as_deref().or(own),
            None => own,
        }
    }

    /// The Glue connection a Glue job names, resolved.
    pub fn connection_of(&self, job: NodeIx) -> Option<NodeIx> {
        self.graph.connection[job.index()].map(NodeIx::new)
    }

    /// The CIDR block of the VPC a node is in, when it is known.
    pub fn vpc_cidr(&self, i: NodeIx) -> Option<crate::model::cidr::Cidr> {
        let vpc = self.place(i).vpc?;
        crate::model::cidr::Cidr::parse(self.node(vpc).props.cidr.as_deref()?).ok()
    }

    /// A VPC's internet gateway, if it has one.
    pub fn internet_gateway_of(&self, vpc: NodeIx) -> Option<NodeIx> {
        self.network.internet_gateway(vpc)
    }

    /// The service an endpoint is declared for, if the design says.
    pub fn endpoint_service(&self, e: NodeIx) -> Option<crate::model::Service> {
        self.node(e).props.service
    }

    /// The networks a connectivity node joins (the network layer).
    pub fn joined(&self, c: NodeIx) -> Vec<NodeIx> {
        self.network.joined(c)
    }

    pub fn req(&self) -> &Requirements {
        &self.doc.requirements
    }

    pub fn node(&self, i: NodeIx) -> &'a Node {
        &self.doc.nodes[i.index()]
    }

    pub fn kind(&self, i: NodeIx) -> Kind {
        self.graph.kinds[i.index()]
    }

    /// Whether a node is drawn inside a VPC box (whatever its place says:
    /// a Glue job in the box but in no subnet is in no VPC).
    pub fn drawn_in_vpc(&self, i: NodeIx) -> bool {
        self.graph.drawn_in(i.index(), Kind::Vpc)
    }

    pub fn place(&self, i: NodeIx) -> &Place {
        &self.graph.places[i.index()]
    }

    pub fn realm(&self, i: NodeIx) -> Realm {
        self.graph.places[i.index()].realm
    }

    /// Whether the document has a node of any of these kinds.
    pub fn has(&self, kinds: &[Kind]) -> bool {
        kinds.iter().any(|k| self.kinds & kind_bit(*k) != 0)
    }

    /// The nodes of one kind, in document order.
    pub fn nodes_of(&self, kind: Kind) -> impl Iterator<Item = NodeIx> + '_ {
        let present = self.kinds & kind_bit(kind) != 0;
        let kinds = if present { &self.graph.kinds[..] } else { &[] };
        kinds
            .iter()
            .enumerate()
            .filter(move |&(_, &k)| k == kind)
            .map(|(i, _)| NodeIx::new(i))
    }

    /// A node's name for messages, in backticks.
    pub fn name(&self, i: NodeIx) -> Arg {
        Arg::Code(self.doc.nodes[i.index()].name().to_string())
    }

    /// The routes between two ends (not open, not unsourced).
    pub fn segments(&self) -> impl Iterator<Item = &Route> {
        self.routes.list.iter().filter(|s| !s.dead_end)
    }

    /// The routes that start at an end (a store or a job), open ones too.
    pub fn sourced(&self) -> impl Iterator<Item = &Route> {
        self.routes
            .list
            .iter()
            .filter(|s| self.kind(s.from).role() == crate::model::Role::Endpoint)
    }

    /// Every data flow's route, open and unsourced ones too.
    pub fn all_routes(&self) -> impl Iterator<Item = &Route> {
        self.routes.list.iter()
    }

    /// The sensitive datasets a route carries, by index.
    pub fn carried_sensitive(&self, s: &Route) -> &[DatasetIx] {
        self.data.group_sensitive(s.group)
    }

    /// Whether a route carries any dataset at all.
    pub fn carries_data(&self, s: &Route) -> bool {
        self.data.group_carries(s.group)
    }

    /// The sensitive datasets a node holds or has received, by index.
    pub fn held_sensitive(&self, i: NodeIx) -> Vec<DatasetIx> {
        self.data.held_sensitive(i.index())
    }

    pub fn holds_sensitive(&self, i: NodeIx) -> bool {
        self.data.holds_sensitive(i.index())
    }

    /// Whether a node holds or has received any dataset.
    pub fn receives_data(&self, i: NodeIx) -> bool {
        self.data.holds_any(i.index())
    }

    /// Dataset names for a message: `` `a`, `b` `` (at most three, then a count).
    pub fn dataset_names(&self, datasets: &[DatasetIx]) -> Arg {
        let mut names: Vec<&str> = datasets
            .iter()
            .map(|&d| self.data.datasets[d.index()].name)
            .collect();
        names.sort_unstable();
        names.dedup();
        Arg::list(names.into_iter().map(|n| Arg::Code(n.to_string())), 3)
    }

    /// A route's legs: what protects each hop and each crossing between
    /// on-premises, AWS and the Internet (see [`Legs`]).
    pub fn legs(&self, s: &Route) -> &Legs {
        let build = || {
            let mut end_to_end = s.declared;
            if self.enforces_tls(s.from, s.to) || self.enforces_tls(s.to, s.from) {
                end_to_end |= Prot::Tls;
            }
            Legs::new(&self.graph, self.routes.nodes(s), end_to_end)
        };
        self.legs[s.pos].get_or_init(build)
    }

    /// Every data flow's end-to-end protection, by document index.
    pub(super) fn end_to_end(&self) -> Vec<super::EndToEnd> {
        let mut out = vec![super::EndToEnd::default(); self.doc.flows.len()];
        for r in &self.routes.list {
            let declared_tls = r.declared.contains(Prot::Tls);
            let enforced_by = if declared_tls {
                None
            } else if self.enforces_tls(r.from, r.to) {
                Some(r.from.index())
            } else if self.enforces_tls(r.to, r.from) {
                Some(r.to.index())
            } else {
                None
            };
            out[r.flow.index()] = super::EndToEnd {
                tls: declared_tls || enforced_by.is_some(),
                ipsec: r.declared.contains(Prot::Ipsec),
                enforced_by,
            };
        }
        out
    }

    /// Whether node `a` refuses connections from `b` without TLS: a
    /// database that forces SSL, a bucket that requires secure transport,
    /// DMS with an SSL mode, a Glue job whose connection enforces JDBC SSL
    /// (towards databases).
    fn enforces_tls(&self, a: NodeIx, b: NodeIx) -> bool {
        match self.tls[a.index()] {
            Tls::No => false,
            Tls::Always => true,
            Tls::FromDatabases => self.kind(b).is_database(),
        }
    }

    /// The side of a node in the middle of a route.
    pub fn side(&self, i: NodeIx) -> Side {
        legs::side(&self.graph, i.index(), false)
    }

    /// A route's nodes in order, both ends included.
    pub fn route_nodes(&self, s: &Route) -> &[NodeIx] {
        self.routes.nodes(s)
    }

    /// The connectivity nodes of these kinds a route passes, in order,
    /// each once.
    pub fn via_of_kinds(&self, s: &Route, kinds: &[Kind]) -> Vec<NodeIx> {
        let nodes = self.routes.nodes(s);
        let mut out: Vec<NodeIx> = Vec::new();
        for &i in &nodes[1..] {
            if kinds.contains(&self.kind(i)) && !out.contains(&i) {
                out.push(i);
            }
        }
        out
    }

    /// Nodes for a message: `` `a`, `b` `` with their kinds' titles, at
    /// most a few, then how many more.
    pub fn names_of(&self, nodes: &[NodeIx]) -> Arg {
        Arg::List {
            items: nodes.iter().take(NAMED).map(|&i| self.titled(i)).collect(),
            more: nodes.len().saturating_sub(NAMED),
        }
    }

    /// A node as `NAT gateway `x``, or just `` `x` `` when its label
    /// already says its kind.
    pub fn titled(&self, i: NodeIx) -> Arg {
        let node = self.node(i);
        Arg::Node(node.kind, node.name().to_string())
    }

    /// For each route that passes node `i`: the route and the nodes just
    /// before and after `i` on it (after: `None` where an open route ends
    /// at `i`). Routes that end at `i` are included, with no node after.
    pub fn around(&self, i: NodeIx) -> Vec<(&Route, NodeIx, Option<NodeIx>)> {
        let mut out: Vec<(&Route, NodeIx, Option<NodeIx>)> = Vec::new();
        for r in self.routes.passing(i.index()) {
            let nodes = self.routes.nodes(r);
            if let Some(k) = nodes.iter().position(|&n| n == i) {
                out.push((r, nodes[k - 1], nodes.get(k + 1).copied()));
            }
        }
        for f in self.graph.in_flows(i.index()) {
            if let Some(r) = self.routes.of_flow(FlowIx::new(f))
                && r.dead_end
                && r.to == i
            {
                let nodes = self.routes.nodes(r);
                out.push((r, nodes[nodes.len() - 2], None));
            }
        }
        out.sort_by_key(|(r, _, _)| r.flow);
        out
    }

    /// The first way out to the Internet on a route, after its source: a
    /// public NAT gateway, an internet gateway or the Internet (a private
    /// NAT gateway reaches no Internet).
    pub fn way_out_on(&self, r: &Route) -> Option<NodeIx> {
        self.routes.nodes(r)[1..]
            .iter()
            .copied()
            .find(|&i| match self.kind(i) {
                Kind::NatGateway => !self.node(i).props.private_nat(),
                Kind::InternetGateway | Kind::Internet => true,
                _ => false,
            })
    }

    /// Where a route meets its way out, for a message: "to the Internet",
    /// "over the Internet", "through NAT gateway `x`, a path to the
    /// Internet".
    pub fn describe_way_out(&self, r: &Route, exit: NodeIx) -> Message {
        match self.kind(exit) {
            Kind::Internet if exit == r.to => Message::new(ids::WAY_OUT_TO_INTERNET),
            Kind::Internet => Message::new(ids::WAY_OUT_OVER_INTERNET),
            _ => Message::new(ids::WAY_OUT_THROUGH).arg("node", self.titled(exit)),
        }
    }

    /// A route's path: its nodes and its flow.
    pub fn trail_of_route(&self, s: &Route) -> Trail {
        Trail {
            nodes: self.routes.nodes(s).to_vec(),
            flows: vec![s.flow],
        }
    }

    /// How dataset `d` arrived at `node`: the route of the flow that
    /// brought it there (just the node at the store itself). Its own
    /// route only, so a path stays as long as one flow, whatever the
    /// chain behind it.
    pub fn trail_from_store(&self, d: DatasetIx, node: NodeIx) -> Trail {
        match self
            .data
            .witness(&self.routes, d.index(), node.index())
            .last()
        {
            Some(&s) => self.trail_of_route(&self.routes.list[s]),
            None => Trail::node(node),
        }
    }

    /// Whether a route leaves the on-premises network: it starts there
    /// and passes or ends anywhere else (AWS, the Internet), even if it
    /// comes back.
    pub fn leaves_on_premises(&self, s: &Route) -> bool {
        self.realm(s.from) == Realm::OnPremises
            && self.routes.nodes(s)[1..].iter().enumerate().any(|(k, &i)| {
                let end = k + 2 == self.routes.nodes(s).len();
                !matches!(
                    legs::side(&self.graph, i.index(), end),
                    Side::OnPremises | Side::Link
                ) || self.kind(i) == Kind::Internet
            })
    }

    /// Whether a route crosses a network boundary inside AWS: its ends in
    /// two VPCs, or through a peering, transit gateway, Direct Connect,
    /// NAT or internet gateway, or the Internet; or between realms.
    pub fn crosses_boundary(&self, s: &Route) -> bool {
        let (a, b) = (self.place(s.from), self.place(s.to));
        a.realm != b.realm
            || (a.vpc.is_some() && b.vpc.is_some() && a.vpc != b.vpc)
            || s.passes(BOUNDARY)
    }

    /// A Region identity for messages: the code, or the Region box's name.
    pub fn region_name(&self, region: &str) -> Arg {
        match region.strip_prefix('#').and_then(|id| self.graph.index(id)) {
            Some(i) => Message::new(ids::REGION_BOX)
                .arg("name", self.name(NodeIx::new(i)))
                .into(),
            None => Arg::Code(region.to_string()),
        }
    }

    /// `a → b` with names, for messages about a route.
    pub fn segment_name(&self, s: &Route) -> Arg {
        Arg::Code(format!(
            "{} → {}",
            self.node(s.from).name(),
            self.node(s.to).name()
        ))
    }

    /// A target's id: what follows `@` in its findings' ids.
    pub fn target_id(&self, target: Target) -> &'a str {
        match target {
            Target::Node(i) => &self.doc.nodes[i.index()].id,
            Target::Flow(f) => &self.doc.flows[f.index()].id,
        }
    }

    /// What a message adds when its path is a route that was not drawn:
    /// which nodes the checker assumed, and whether others were possible.
    fn assumption(&self, trail: &Trail, message: Message) -> Message {
        let route = match trail.flows.as_slice() {
            &[f] => self.routes.of_flow(f),
            _ => None,
        };
        let Some((r, choices)) = route.and_then(|r| match r.basis {
            Basis::Assumed { choices } => Some((r, choices)),
            _ => None,
        }) else {
            return message;
        };
        let nodes = self.routes.nodes(r);
        let via = self.names_of(&nodes[1..nodes.len() - 1]);
        if choices > 1 {
            Message::new(ids::ASSUMED_OF)
                .arg("message", message)
                .arg("via", via)
                .arg("choices", choices as usize)
        } else {
            Message::new(ids::ASSUMED)
                .arg("message", message)
                .arg("via", via)
        }
    }

    pub(super) fn finding(&self, rule: &'static Rule, hit: Hit) -> Finding {
        let message = self.assumption(&hit.trail, hit.message);
        Finding {
            id: [rule.code, "@", self.target_id(hit.target)].concat(),
            code: rule.code,
            rule: rule.name,
            family: rule.family,
            severity: rule.severity,
            message,
            fix: hit.fix,
            nodes: hit
                .trail
                .nodes
                .iter()
                .map(|&i| self.doc.nodes[i.index()].id.clone())
                .collect(),
            flows: hit
                .trail
                .flows
                .iter()
                .map(|&f| self.doc.flows[f.index()].id.clone())
                .collect(),
            suppressed: None,
        }
    }
}

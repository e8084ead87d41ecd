//! A small builder for rule tests: documents in a few lines, and exact
//! assertions on the finding ids.

use crate::model::{self, Dataset, Document, Flow, Kind, Node, Props, Requirements, Transport};

pub struct Builder {
    doc: Document,
}

/// An empty document.
pub fn doc() -> Builder {
    Builder {
        doc: Document::default(),
    }
}

/// A VPC (`vpc`) with a private subnet (`priv`) and a way out to the
/// Internet: a public subnet (`pub`) with a NAT gateway (`nat`) and the
/// VPC's internet gateway (`igw`).
pub fn vpc_with_way_out() -> Builder {
    doc()
        .node("vpc", Kind::Vpc, "")
        .node("priv", Kind::PrivateSubnet, "vpc")
        .node("pub", Kind::PublicSubnet, "vpc")
        .node("nat", Kind::NatGateway, "pub")
        .node("igw", Kind::InternetGateway, "vpc")
}

impl Builder {
    /// Adds a node inside `parent` (`""`: top level).
    pub fn node(mut self, id: &str, kind: Kind, parent: &str) -> Self {
        let mut n = Node::new(id, kind);
        if !parent.is_empty() {
            n.parent = Some(parent.to_string());
        }
        self.doc.nodes.push(n);
        self
    }

    /// Sets properties on the last node.
    pub fn props(mut self, f: impl FnOnce(&mut Props)) -> Self {
        f(&mut self.doc.nodes.last_mut().expect("a node first").props);
        self
    }

    /// Sets properties on node `id`.
    pub fn props_of(mut self, id: &str, f: impl FnOnce(&mut Props)) -> Self {
        let node = self
            .doc
            .nodes
            .iter_mut()
            .find(|n| n.id == id)
            .expect("known node");
        f(&mut node.props);
        self
    }

    /// Gives the last node datasets: `("customers", true)` is sensitive.
    pub fn data(self, sets: &[(&str, bool)]) -> Self {
        let datasets = sets
            .iter()
            .map(|(name, sensitive)| Dataset {
                name: name.to_string(),
                sensitive: *sensitive,
            })
            .collect();
        self.props(|p| p.datasets = Some(datasets))
    }

    /// Adds one data flow along a route of node ids: `a → b → c` is a
    /// flow from `a` via `b` to `c`, with id `a-c` (`a-c.2`… when taken).
    pub fn chain(mut self, ids: &[&str]) -> Self {
        let (first, last) = (ids[0], ids[ids.len() - 1]);
        let base = format!("{first}-{last}");
        let mut id = base.clone();
        let mut n = 2;
        while self.doc.flows.iter().any(|f| f.id == id) {
            id = format!("{base}.{n}");
            n += 1;
        }
        let mut flow = Flow::new(id, first, last);
        flow.via = ids[1..ids.len() - 1]
            .iter()
            .map(|s| s.to_string())
            .collect();
        self.doc.flows.push(flow);
        self
    }

    /// Sets the transport of the flow whose route has the hop `from → to`
    /// (TLS and IPsec are the flow's, end to end).
    pub fn transport(mut self, from: &str, to: &str, t: Transport) -> Self {
        self.flow_mut(from, to).transport = t;
        self
    }

    /// Makes the flow out of `from` through `to` carry only the named datasets.
    pub fn only(mut self, from: &str, to: &str, names: &[&str]) -> Self {
        self.flow_mut(from, to).only = Some(names.iter().map(|s| s.to_string()).collect());
        self
    }

    /// Sets what flow `id` carries (its source's selection).
    pub fn only_on(mut self, id: &str, names: &[&str]) -> Self {
        self.flow_by_id(id).only = Some(names.iter().map(|s| s.to_string()).collect());
        self
    }

    /// Sets flow `id`'s transport.
    pub fn transport_on(mut self, id: &str, t: Transport) -> Self {
        self.flow_by_id(id).transport = t;
        self
    }

    fn flow_by_id(&mut self, id: &str) -> &mut Flow {
        self.doc
            .flows
            .iter_mut()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("no flow {id}"))
    }

    /// Sets the transport of every flow.
    pub fn all_transport(mut self, t: Transport) -> Self {
        for f in &mut self.doc.flows {
            f.transport = t;
        }
        self
    }

    pub fn req(mut self, f: impl FnOnce(&mut Requirements)) -> Self {
        f(&mut self.doc.requirements);
        self
    }

    /// The last flow whose route has the hop `from → to`.
    fn flow_mut(&mut self, from: &str, to: &str) -> &mut Flow {
        self.doc
            .flows
            .iter_mut()
            .rev()
            .find(|f| {
                let route: Vec<&str> = f.route().collect();
                route.windows(2).any(|w| w[0] == from && w[1] == to)
            })
            .unwrap_or_else(|| panic!("no flow with the hop {from} → {to}"))
    }

    /// The document; panics if it does not validate.
    pub fn build(self) -> Document {
        let problems = model::validate::validate(&self.doc);
        assert!(problems.is_empty(), "test document invalid: {problems:#?}");
        self.doc
    }
}

/// The ids of the active findings, sorted.
pub fn ids(doc: &Document) -> Vec<String> {
    let mut v: Vec<String> = crate::check::run(doc)
        .active()
        .map(|f| f.id.clone())
        .collect();
    v.sort();
    v
}

/// The ids of the active findings of one rule, sorted.
pub fn ids_of(doc: &Document, code: &str) -> Vec<String> {
    ids(doc)
        .into_iter()
        .filter(|id| id.starts_with(code))
        .collect()
}

/// Runs a table of cases for one rule: each case's exact finding ids.
pub fn cases(code: &str, table: Vec<(&str, Document, Vec<&str>)>) {
    for (name, doc, want) in table {
        let mut want: Vec<String> = want.into_iter().map(String::from).collect();
        want.sort();
        assert_eq!(ids_of(&doc, code), want, "case `{name}`");
    }
}

/// Whether the rule ran (was not skipped) on the document.
pub fn ran(doc: &Document, code: &str) -> bool {
    !crate::check::run(doc).skipped.contains(&code)
}

pub use Kind::*;
pub use Transport::{Ipsec as IPSEC, Tls as TLS};

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

    /// Adds flows along a chain of node ids: `a → b → c`. Ids are `a-b`.
    pub fn chain(mut self, ids: &[&str]) -> Self {
        for w in ids.windows(2) {
            self.doc
                .flows
                .push(Flow::new(format!("{}-{}", w[0], w[1]), w[0], w[1]));
        }
        self
    }

    /// Sets the transport of flow `from-to`.
    pub fn transport(mut self, from: &str, to: &str, t: Transport) -> Self {
        self.flow_mut(from, to).transport = t;
        self
    }

    /// Makes flow `from-to` carry only the named datasets.
    pub fn only(mut self, from: &str, to: &str, names: &[&str]) -> Self {
        self.flow_mut(from, to).only = Some(names.iter().map(|s| s.to_string()).collect());
        self
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

    fn flow_mut(&mut self, from: &str, to: &str) -> &mut Flow {
        let id = format!("{from}-{to}");
        self.doc
            .flows
            .iter_mut()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("no flow {id}"))
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

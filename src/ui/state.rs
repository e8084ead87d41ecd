//! The app's state: the editor behind a Yew reducer, and what is derived
//! from the document (findings, badges). Findings are never stored: they
//! are recomputed from the document, by the same `check::run` the command
//! line calls, whenever something that can change them changes.

use crate::check::{self, Finding, Report, Severity};
use crate::editor::{Action, Editor};
use crate::model::Document;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq, Default)]
pub struct State {
    pub ed: Editor,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.ed.apply(action);
        Rc::new(next)
    }
}

/// The handle components use to read the editor and dispatch actions.
pub type Store = UseReducerHandle<State>;

/// The findings on one element: how many, and the worst severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Badge {
    pub count: usize,
    pub worst: Severity,
}

/// Everything derived from one revision of the document.
#[derive(Debug, PartialEq)]
pub struct Derived {
    pub report: Report,
    /// Badges by node id and by flow id (active findings only).
    pub badges: HashMap<String, Badge>,
}

impl Derived {
    pub fn new(doc: &Document) -> Derived {
        let report = check::run(doc);
        let mut badges: HashMap<String, Badge> = HashMap::new();
        for f in report.active() {
            for id in f.anchors() {
                let b = badges.entry(id.to_string()).or_insert(Badge {
                    count: 0,
                    worst: f.severity,
                });
                b.count += 1;
                b.worst = b.worst.max(f.severity);
            }
        }
        Derived { report, badges }
    }

    /// The active findings that concern element `id`.
    pub fn findings_on<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
        self.report
            .active()
            .filter(move |f| f.anchors().any(|a| a == id))
    }
}

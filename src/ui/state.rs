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

/// The handle the canvas uses to read the editor and dispatch actions.
pub type Store = UseReducerHandle<State>;

/// Dispatching only: a context that never changes, so the panels that use
/// it re-render when their props change, not on every pointer move.
pub type Dispatch = UseReducerDispatcher<State>;

/// Data passed as props, equal when it is the same allocation: comparing
/// is free, and a new revision is a new allocation.
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

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
    /// The report's findings, shared: the list hands them to its items
    /// without copying, and unchanged items skip re-rendering.
    pub items: Vec<Rc<Finding>>,
    /// Badges by node id and by flow id (active findings only).
    pub badges: HashMap<String, Badge>,
}

impl Derived {
    pub fn new(doc: &Document) -> Derived {
        Derived::from_report(check::run(doc))
    }

    /// What the page shows of a report, computed here or by the check
    /// worker (`super::checked`).
    pub fn from_report(report: Report) -> Derived {
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
        let items = report.findings.iter().cloned().map(Rc::new).collect();
        Derived {
            report,
            items,
            badges,
        }
    }

    /// The active findings, shared.
    pub fn active(&self) -> impl Iterator<Item = &Rc<Finding>> {
        self.items.iter().filter(|f| f.suppressed.is_none())
    }

    /// The active findings that concern element `id`.
    pub fn findings_on<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Rc<Finding>> + 'a {
        self.active().filter(move |f| f.anchors().any(|a| a == id))
    }
}

//! The findings the editor shows, kept current without holding up the
//! page: small designs are checked on the main thread as they render, big
//! ones in the check worker (`background`), while the panels keep showing
//! the previous revision's findings marked as checking.

use super::background::{self, Outcome};
use super::state::{Derived, Shared};
use crate::check::Report;
use crate::model::Document;
use crate::worker::protocol::Rev;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Designs with fewer nodes than this are checked on the main thread, in
/// the render that shows them. Below it a check (with its badges) stays
/// well under a frame, quicker than the worker's round trip, which adds
/// the document's JSON text both ways (docs/perf-16.md has the figures);
/// above it the check alone nears the 50 ms of a long task.
pub const IN_PAGE_BELOW: usize = 2_000;

/// The findings to show and whether a newer revision is being checked.
pub struct Checked {
    pub derived: Shared<Derived>,
    /// The findings shown are an older revision's: show "checking…".
    pub checking: bool,
    /// Checking is paused (safe mode): there are no findings to show,
    /// which is not the same as none.
    pub paused: bool,
}

/// Where a check on the page's main thread is, for whoever marks the
/// design being checked (`crate::opening`): such a check can freeze or
/// kill the tab.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Phase {
    Begins,
    /// It finished, after this many milliseconds.
    Took(f64),
}

/// Checks `doc` on the page's main thread, telling `watch` before and
/// after.
fn check_here(doc: &Document, watch: &Option<Callback<Phase>>) -> Derived {
    if let Some(w) = watch {
        w.emit(Phase::Begins);
    }
    let start = super::io::now();
    let derived = Derived::new(doc);
    if let Some(w) = watch {
        w.emit(Phase::Took(super::io::now() - start));
    }
    derived
}

/// The checked findings of revision `rev` of `doc`, unless `paused`.
/// `watch` hears of every check made on the page's main thread.
#[hook]
pub fn use_checked(
    doc: Rc<Document>,
    rev: Rev,
    paused: bool,
    watch: Option<Callback<Phase>>,
) -> Checked {
    let in_page = doc.nodes.len() < IN_PAGE_BELOW;
    let now = {
        let doc = doc.clone();
        let watch = watch.clone();
        use_memo((rev, in_page, paused), move |&(_, in_page, paused)| {
            (in_page && !paused).then(|| Rc::new(check_here(&doc, &watch)))
        })
    };
    // The newest revision asked for; a report for another one is stale.
    let latest = use_mut_ref(|| rev);
    *latest.borrow_mut() = rev;
    let last = use_state(|| None::<(Rev, Rc<Derived>)>);
    let empty = use_memo((), |_| Rc::new(Derived::from_report(Report::default())));
    {
        let last = last.clone();
        use_effect_with((rev, in_page, paused), move |&(rev, in_page, paused)| {
            if paused {
                // A report asked for before the pause is not wanted.
                background::pause();
                if last.is_some() {
                    last.set(None);
                }
            } else if !in_page {
                ask(rev, doc, latest, last, watch);
            }
        });
    }
    match (&*now, &*last) {
        _ if paused => Checked {
            derived: Shared((*empty).clone()),
            checking: false,
            paused: true,
        },
        (Some(now), _) => Checked {
            derived: Shared(now.clone()),
            checking: false,
            paused: false,
        },
        (None, Some((checked, derived))) => Checked {
            derived: Shared(derived.clone()),
            checking: *checked != rev,
            paused: false,
        },
        (None, None) => Checked {
            derived: Shared((*empty).clone()),
            checking: true,
            paused: false,
        },
    }
}

/// Asks the worker for revision `rev`, and keeps its report if no newer
/// revision was asked for meanwhile; checks here when the worker cannot.
fn ask(
    rev: Rev,
    doc: Rc<Document>,
    latest: Rc<RefCell<Rev>>,
    last: UseStateHandle<Option<(Rev, Rc<Derived>)>>,
    watch: Option<Callback<Phase>>,
) {
    let here = Rc::clone(&doc);
    background::check(rev, &doc, move |outcome| {
        if *latest.borrow() != rev {
            return;
        }
        let derived = match outcome {
            Outcome::Checked(report) => Derived::from_report(report),
            Outcome::Unavailable => check_here(&here, &watch),
        };
        last.set(Some((rev, Rc::new(derived))));
    });
}

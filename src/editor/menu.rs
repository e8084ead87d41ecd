//! The canvas's context menu, without the browser: which entries a node,
//! a flow or the empty canvas offers, which of them can run now, where
//! the menu goes so that it stays on screen, and which entry the arrow
//! keys move to. Each entry runs an action the app already has (an editor
//! [`super::Action`], a badge's filter, Fit): the menu adds none.

use crate::i18n::ids::ui as id;
use crate::model::Kind;

/// What the menu was opened on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Node {
        id: String,
        kind: Kind,
    },
    Flow {
        id: String,
    },
    /// The canvas where nothing is drawn.
    Canvas,
}

impl Target {
    /// The node's or flow's id.
    pub fn id(&self) -> Option<&str> {
        match self {
            Target::Node { id, .. } | Target::Flow { id } => Some(id),
            Target::Canvas => None,
        }
    }
}

/// One thing the menu offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// Delete the selection (the node or flow the menu was opened on).
    Delete,
    /// Copy the node beside itself.
    Duplicate,
    /// Start drawing a flow from the node, as its handle does.
    Connect,
    /// List only the element's findings, as its badge does.
    ShowFindings,
    /// The node kind's description.
    AboutKind,
    /// Select the flow, to edit its route and protection in the inspector.
    EditFlow,
    Paste,
    SelectAll,
    FitToView,
}

impl Entry {
    /// Whether the entry changes the design (none is offered read-only).
    pub fn edits(self) -> bool {
        matches!(
            self,
            Entry::Delete | Entry::Duplicate | Entry::Connect | Entry::EditFlow | Entry::Paste
        )
    }

    /// The entry's name in the app's messages (`ui.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Entry::Delete => id::MENU_DELETE,
            Entry::Duplicate => id::MENU_DUPLICATE,
            Entry::Connect => id::MENU_CONNECT,
            Entry::ShowFindings => id::MENU_SHOW_FINDINGS,
            Entry::AboutKind => id::MENU_ABOUT_KIND,
            Entry::EditFlow => id::MENU_EDIT_FLOW,
            Entry::Paste => id::MENU_PASTE,
            Entry::SelectAll => id::MENU_SELECT_ALL,
            Entry::FitToView => id::MENU_FIT,
        }
    }

    /// The key that does the same, shown beside the entry.
    pub fn shortcut(self) -> Option<&'static str> {
        match self {
            Entry::Delete => Some("Del"),
            Entry::Paste => Some("Ctrl+V"),
            Entry::SelectAll => Some("Ctrl+A"),
            Entry::FitToView => Some("0"),
            _ => None,
        }
    }
}

/// What decides which entries can run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// The read-only embed: nothing that edits.
    pub readonly: bool,
    /// The element has findings to show.
    pub has_findings: bool,
    /// Something was copied.
    pub can_paste: bool,
    /// The design has nodes (to select, to fit).
    pub has_nodes: bool,
}

/// The entries offered on `target`, in order, each with whether it can
/// run now (one that cannot is shown disabled). Read-only, only those
/// that change nothing; an empty list opens no menu.
pub fn entries(target: &Target, cx: Context) -> Vec<(Entry, bool)> {
    let all: Vec<(Entry, bool)> = match target {
        Target::Node { kind, .. } => vec![
            (Entry::Delete, true),
            (Entry::Duplicate, true),
            (Entry::Connect, super::connectable(*kind)),
            (Entry::ShowFindings, cx.has_findings),
            (Entry::AboutKind, true),
        ]
        .into_iter()
        // A zone is no end of a flow: Connect is not offered at all.
        .filter(|(e, ok)| *e != Entry::Connect || *ok)
        .collect(),
        Target::Flow { .. } => vec![
            (Entry::Delete, true),
            (Entry::ShowFindings, cx.has_findings),
            (Entry::EditFlow, true),
        ],
        Target::Canvas => vec![
            (Entry::Paste, cx.can_paste),
            (Entry::SelectAll, cx.has_nodes),
            (Entry::FitToView, cx.has_nodes),
        ],
    };
    all.into_iter()
        .filter(|(e, _)| !(cx.readonly && (e.edits() || *e == Entry::SelectAll)))
        .collect()
}

/// Room kept between the menu and the edge of the window, in CSS pixels.
pub const EDGE: f64 = 8.0;

/// Where a `w`×`h` menu opened at (`x`, `y`) goes in a `vw`×`vh` window:
/// right of and below the point, flipped to its left or above it when it
/// would run off that edge, and kept inside the window (less [`EDGE`])
/// when it is too big for either side.
pub fn place(x: f64, y: f64, w: f64, h: f64, vw: f64, vh: f64) -> (f64, f64) {
    let axis = |at: f64, size: f64, room: f64| {
        let at = if at + size > room - EDGE && at - size >= EDGE {
            at - size
        } else {
            at
        };
        at.min(room - EDGE - size).max(EDGE)
    };
    (axis(x, w, vw), axis(y, h, vh))
}

/// The entry a key moves to from `from` among `enabled` (one flag per
/// entry): ArrowDown/ArrowUp to the next or previous that can run,
/// wrapping around, Home/End to the first or last. `None`: not a
/// moving key, or nothing can run.
pub fn step(enabled: &[bool], from: Option<usize>, key: &str) -> Option<usize> {
    let n = enabled.len();
    let ok: Vec<usize> = (0..n).filter(|&i| enabled[i]).collect();
    let (first, last) = (*ok.first()?, *ok.last()?);
    match key {
        "Home" => Some(first),
        "End" => Some(last),
        "ArrowDown" => Some(match from {
            None => first,
            Some(f) => ok.iter().copied().find(|&i| i > f).unwrap_or(first),
        }),
        "ArrowUp" => Some(match from {
            None => last,
            Some(f) => ok.iter().copied().rev().find(|&i| i < f).unwrap_or(last),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[(Entry, bool)]) -> Vec<Entry> {
        v.iter().map(|(e, _)| *e).collect()
    }

    #[test]
    fn a_node_offers_editing_entries_and_the_embed_only_the_others() {
        let db = Target::Node {
            id: "pg".into(),
            kind: Kind::OnPremisesDatabase,
        };
        let cx = Context {
            has_findings: true,
            ..Context::default()
        };
        assert_eq!(
            names(&entries(&db, cx)),
            [
                Entry::Delete,
                Entry::Duplicate,
                Entry::Connect,
                Entry::ShowFindings,
                Entry::AboutKind
            ]
        );
        let embed = Context {
            readonly: true,
            ..cx
        };
        assert_eq!(
            names(&entries(&db, embed)),
            [Entry::ShowFindings, Entry::AboutKind]
        );
        let flow = Target::Flow { id: "f".into() };
        assert_eq!(names(&entries(&flow, embed)), [Entry::ShowFindings]);
        assert_eq!(names(&entries(&Target::Canvas, embed)), [Entry::FitToView]);
    }

    #[test]
    fn a_zone_offers_no_connect_and_entries_without_a_use_are_disabled() {
        let vpc = Target::Node {
            id: "vpc".into(),
            kind: Kind::Vpc,
        };
        let got = entries(&vpc, Context::default());
        assert!(!names(&got).contains(&Entry::Connect));
        assert!(got.contains(&(Entry::ShowFindings, false)));
        let canvas = entries(&Target::Canvas, Context::default());
        assert_eq!(
            canvas,
            [
                (Entry::Paste, false),
                (Entry::SelectAll, false),
                (Entry::FitToView, false)
            ]
        );
        let flow = entries(&Target::Flow { id: "f".into() }, Context::default());
        assert_eq!(
            names(&flow),
            [Entry::Delete, Entry::ShowFindings, Entry::EditFlow]
        );
    }

    #[test]
    fn the_menu_flips_and_clamps_to_stay_on_a_phone_screen() {
        // Room to the right and below: where the pointer is.
        assert_eq!(
            place(100.0, 100.0, 200.0, 240.0, 1280.0, 800.0),
            (100.0, 100.0)
        );
        // At a 390 px wide phone's right edge: flipped to the left.
        assert_eq!(
            place(300.0, 100.0, 200.0, 240.0, 390.0, 844.0),
            (100.0, 100.0)
        );
        // Near the bottom: flipped above.
        assert_eq!(
            place(50.0, 700.0, 200.0, 240.0, 390.0, 844.0),
            (50.0, 460.0)
        );
        // No room on either side (the point in the middle of a narrow
        // window): kept inside it.
        let (x, _) = place(190.0, 10.0, 200.0, 240.0, 390.0, 844.0);
        assert!(x >= EDGE && x + 200.0 <= 390.0 - EDGE, "{x}");
        // Wider than the window: at the left edge.
        assert_eq!(place(10.0, 10.0, 500.0, 100.0, 390.0, 844.0).0, EDGE);
    }

    #[test]
    fn arrows_skip_disabled_entries_and_wrap() {
        let enabled = [true, false, true, true];
        assert_eq!(step(&enabled, None, "ArrowDown"), Some(0));
        assert_eq!(step(&enabled, Some(0), "ArrowDown"), Some(2));
        assert_eq!(step(&enabled, Some(3), "ArrowDown"), Some(0));
        assert_eq!(step(&enabled, Some(0), "ArrowUp"), Some(3));
        assert_eq!(step(&enabled, Some(2), "ArrowUp"), Some(0));
        assert_eq!(step(&enabled, Some(2), "Home"), Some(0));
        assert_eq!(step(&enabled, Some(0), "End"), Some(3));
        assert_eq!(step(&enabled, Some(0), "x"), None);
        assert_eq!(step(&[false, false], None, "ArrowDown"), None);
    }
}

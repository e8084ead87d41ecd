//! Pasting onto the editor. Ctrl/⌘ + V pastes the editor's own copied
//! nodes, unless the system clipboard holds something Airlock opens: a
//! design's JSON, a draw.io diagram (draw.io copies shapes as XML) or a
//! share link; that opens instead, as a file would (undoably).
//!
//! The key press comes first and cannot read the clipboard; the `paste`
//! event that follows it can. So the key press only marks a paste as
//! pending, and the event settles it. A browser that sends no event (the
//! page has no focus, a browser without clipboard events) still pastes
//! the editor's own nodes: the pending paste runs in the next task.

use super::io;
use super::menus::{Pasted, Services, open_text};
use super::state::Store;
use crate::editor::Action;
use std::cell::Cell;
use std::rc::Rc;

/// After Ctrl/⌘ + V: the editor's own paste, unless a paste event takes
/// it first.
pub fn expect_paste(store: &Store, pending: &Rc<Cell<bool>>) {
    pending.set(true);
    let store = store.clone();
    let pending = pending.clone();
    io::later(move || {
        if pending.replace(false) {
            store.dispatch(Action::Paste);
        }
    });
}

/// A paste event outside text fields: opens what the clipboard holds if
/// Airlock can, else pastes the editor's own nodes.
pub fn on_paste(
    e: &web_sys::ClipboardEvent,
    store: &Store,
    services: &Services,
    pending: &Cell<bool>,
) {
    pending.set(false);
    let text = e
        .clipboard_data()
        .and_then(|d| d.get_data("text/plain").ok())
        .unwrap_or_default();
    e.prevent_default();
    if Pasted::of(&text).is_some() {
        open_text(&text, &store.dispatcher(), services);
    } else {
        store.dispatch(Action::Paste);
    }
}

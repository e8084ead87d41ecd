//! Where a drag would land, while it is under way: the rule that refuses a
//! drop (a kind outside every zone that may hold it), asked before the
//! drop, so the canvas and the status line can say so during the drag.

use super::{Editor, Rect, container_for, index_of, snap};
use crate::i18n::Message;
use crate::model::{Document, Kind};

/// Where each root of `moved` (a moved node whose parent does not move)
/// lands when shifted by (`dx`, `dy`) and snapped: its index and the zone
/// that holds it there (`None`: the top level), or why it may not sit there.
pub(super) fn landing(
    doc: &Document,
    moved: &[usize],
    dx: f64,
    dy: f64,
) -> Result<Vec<(usize, Option<String>)>, Message> {
    let mut places = Vec::new();
    for &i in moved {
        let parent_moved = doc.nodes[i]
            .parent
            .as_deref()
            .and_then(|p| index_of(doc, p))
            .is_some_and(|p| moved.contains(&p));
        if parent_moved {
            continue;
        }
        let mut node = doc.nodes[i].clone();
        node.x = snap(node.x + dx);
        node.y = snap(node.y + dy);
        places.push((i, container_for(doc, &node, Some(moved))?));
    }
    Ok(places)
}

impl Editor {
    /// Why adding a `kind` at canvas point (`x`, `y`) (as
    /// [`Action::AddNode`](super::Action::AddNode) would) is refused, if
    /// it is: what a palette drag says before it is dropped.
    pub fn add_refused(&self, kind: Kind, x: f64, y: f64, view: Option<Rect>) -> Option<Message> {
        let node = self.new_node(kind, x, y, view);
        container_for(&self.doc, &node, None).err()
    }

    /// Why the drag under way would be refused if dropped now, if it would.
    pub fn drop_refused(&self) -> Option<&Message> {
        self.moving.as_ref()?.refused.as_ref()
    }
}

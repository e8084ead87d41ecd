//! The editor's state and every edit a user can make, with undo and redo.
//!
//! Pure Rust with no web dependency: the browser app wraps [`Editor`] in a
//! Yew reducer, and these tests run natively. Every edit leaves a valid
//! document: an edit that would not validate is refused with the
//! validator's message and changes nothing. Findings are never stored here;
//! the app derives them from the document with the same `check::run` the
//! command line calls.

pub mod cull;
mod geometry;
mod landing;
pub mod menu;
mod viewport;

pub use geometry::{Rect, bounds, flow_line, hop_offsets, innermost_zone_at};
pub use viewport::{MAX_ZOOM, MIN_ZOOM, Screen, Viewport};

use crate::i18n::ids::err;
use crate::i18n::{Arg, Message};
use crate::model::{
    self, Document, Flow, Kind, Node, PropValue, Requirements, Role, Suppression, Transport,
};
use std::collections::BTreeSet;
use std::rc::Rc;

/// Grid size for snapping, in canvas units.
pub const GRID: f64 = 10.0;
/// How many edits undo remembers.
pub const HISTORY: usize = 200;

/// What is selected: node and flow ids.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub nodes: BTreeSet<String>,
    pub flows: BTreeSet<String>,
}

impl Selection {
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty() && self.flows.is_empty()
    }
    pub fn node(id: &str) -> Selection {
        Selection {
            nodes: BTreeSet::from([id.to_string()]),
            flows: BTreeSet::new(),
        }
    }
    pub fn flow(id: &str) -> Selection {
        Selection {
            nodes: BTreeSet::new(),
            flows: BTreeSet::from([id.to_string()]),
        }
    }
    /// The single selected node, if exactly one thing is selected.
    pub fn single_node(&self) -> Option<&str> {
        (self.nodes.len() == 1 && self.flows.is_empty())
            .then(|| self.nodes.first().map(String::as_str))
            .flatten()
    }
    pub fn single_flow(&self) -> Option<&str> {
        (self.flows.len() == 1 && self.nodes.is_empty())
            .then(|| self.flows.first().map(String::as_str))
            .flatten()
    }
}

/// Everything a user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Replace the whole document (a template, an opened file). Undoable.
    Load(Document),
    /// Add a node of `kind` centred on canvas point (`x`, `y`), nested in
    /// the innermost zone there that may hold it. With `view` (the part of
    /// the canvas on screen), the node is kept inside it: a zone shrinks
    /// to fit, and one dropped at an edge moves in.
    AddNode {
        kind: Kind,
        x: f64,
        y: f64,
        view: Option<Rect>,
    },
    /// Move nodes (zones with their contents) by a delta, during a drag.
    /// Edits with the same `gesture` undo as one.
    Move {
        ids: Vec<String>,
        dx: f64,
        dy: f64,
        gesture: u32,
    },
    /// The end of a drag: snap to the grid and nest each moved node in the
    /// zone it was dropped in; a drop where a node cannot sit is undone.
    Drop {
        ids: Vec<String>,
        gesture: u32,
    },
    /// Resize a zone (its bottom-right corner), during a drag.
    Resize {
        id: String,
        w: f64,
        h: f64,
        gesture: u32,
    },
    /// Draw a connection from node `from` to node `to`. From a store or
    /// job it starts a new data flow; from a connectivity node it extends
    /// the open flow that ends there (the selected one, else the newest),
    /// else branches a new flow from the route of one that passes it,
    /// else starts a flow whose source is not drawn.
    Connect {
        from: String,
        to: String,
    },
    /// Take connectivity node `node` out of flow `flow`'s route (the route
    /// goes straight from the node before it to the node after it).
    RemoveVia {
        flow: String,
        node: String,
    },
    /// Shorten flow `flow`'s route so that it ends at connectivity node
    /// `node` (an open flow, to be drawn on from there).
    EndAt {
        flow: String,
        node: String,
    },
    /// Delete the selection (and what sits in selected zones).
    Delete,
    Select(Selection),
    /// Add to or remove from the selection (shift-click).
    Toggle {
        node: Option<String>,
        flow: Option<String>,
    },
    SelectAll,
    /// Select the nodes inside a canvas rectangle.
    SelectRect {
        rect: Rect,
        additive: bool,
    },
    SetLabel {
        id: String,
        label: String,
    },
    SetProp {
        id: String,
        key: String,
        value: Option<PropValue>,
    },
    SetTransport {
        flow: String,
        transport: Transport,
    },
    /// `None`: the flow carries everything at its source.
    SetOnly {
        flow: String,
        only: Option<Vec<String>>,
    },
    SetRequirements(Requirements),
    SetTitle(String),
    SetDescription(String),
    Suppress(Suppression),
    Unsuppress {
        rule: String,
        target: String,
    },
    Copy,
    Paste,
    /// Copy the selection and paste it beside, leaving the clipboard as it
    /// was (the context menu's "Duplicate").
    Duplicate,
    /// Move the selection by a grid step (arrow keys).
    Nudge {
        dx: f64,
        dy: f64,
    },
    Undo,
    Redo,
    /// Lock the document (`true`, safe mode) or unlock it. While it is
    /// locked no action changes it: only selecting and copying work, and
    /// a [`Action::Load`] opens the new document unlocked, with nothing to
    /// undo (undo would go back into the locked one).
    Lock(bool),
}

#[derive(Clone, Debug)]
struct Snapshot {
    doc: Rc<Document>,
    selection: Selection,
    design: Design,
}

/// Which design a document belongs to: a new one with every load (a
/// template, a file, a link), kept by the edits made to it. Ids name
/// elements of one design only: `pg` in one template is not `pg` in
/// another.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Design(u64);

/// An undo or redo stack that is cheap to clone: the reducer clones the
/// editor on every action, including every pointer move of a drag.
#[derive(Clone, Debug, Default)]
struct Stack {
    top: Option<Rc<Link>>,
    len: usize,
}

#[derive(Debug)]
struct Link {
    snap: Snapshot,
    below: Option<Rc<Link>>,
}

impl Stack {
    fn push(&mut self, snap: Snapshot) {
        self.top = Some(Rc::new(Link {
            snap,
            below: self.top.take(),
        }));
        self.len += 1;
        if self.len > 2 * HISTORY {
            // Keep the newest HISTORY entries (amortised: once per HISTORY pushes).
            let mut kept = Vec::with_capacity(HISTORY);
            let mut cur = self.top.clone();
            while let Some(link) = cur {
                if kept.len() == HISTORY {
                    break;
                }
                kept.push(link.snap.clone());
                cur = link.below.clone();
            }
            *self = Stack::default();
            for snap in kept.into_iter().rev() {
                self.top = Some(Rc::new(Link {
                    snap,
                    below: self.top.take(),
                }));
                self.len += 1;
            }
        }
    }

    fn pop(&mut self) -> Option<Snapshot> {
        let link = self.top.take()?;
        self.top = link.below.clone();
        self.len -= 1;
        Some(link.snap.clone())
    }

    fn is_empty(&self) -> bool {
        self.top.is_none()
    }

    fn clear(&mut self) {
        *self = Stack::default();
    }
}

/// Nodes and flows on the clipboard.
#[derive(Clone, Debug, PartialEq)]
struct Clip {
    nodes: Vec<Node>,
    flows: Vec<Flow>,
}

/// A drag under way. The document changes only when it ends (`Drop`): a
/// pointer move costs this offset and asking where the moved nodes would
/// land (the zones under them), never a copy of the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Moving {
    /// The nodes that move: the dragged ones and everything inside them.
    pub ids: Rc<BTreeSet<String>>,
    /// Their indices in the document, which does not change during a drag.
    moved: Rc<Vec<usize>>,
    pub dx: f64,
    pub dy: f64,
    gesture: u32,
    /// Why a drop here would be refused, if it would.
    refused: Option<Message>,
}

/// A zone resize under way, committed when it ends.
#[derive(Clone, Debug, PartialEq)]
pub struct Resizing {
    pub id: String,
    pub w: f64,
    pub h: f64,
    gesture: u32,
}

#[derive(Clone, Debug)]
pub struct Editor {
    doc: Rc<Document>,
    /// A drag under way, shown but not yet in the document.
    pub moving: Option<Moving>,
    /// A resize under way, shown but not yet in the document.
    pub resizing: Option<Resizing>,
    pub selection: Selection,
    /// The design open now; undo and redo across a load change it back.
    design: Design,
    /// How many designs were loaded: the next load's is one more.
    loads: u64,
    /// Bumps on every change to the document.
    pub rev: u64,
    /// Bumps on every change that can change findings (not geometry).
    pub sem_rev: u64,
    undo: Stack,
    redo: Stack,
    clipboard: Option<Rc<Clip>>,
    pastes: u32,
    /// Why the last action was refused, for the status line.
    pub notice: Option<Message>,
    /// Read-only: see [`Action::Lock`].
    locked: bool,
}

impl Default for Editor {
    fn default() -> Self {
        Editor::new(Document::default())
    }
}

impl PartialEq for Editor {
    fn eq(&self, other: &Self) -> bool {
        self.rev == other.rev
            && self.selection == other.selection
            && self.notice == other.notice
            && self.moving == other.moving
            && self.resizing == other.resizing
            && self.locked == other.locked
    }
}

impl Editor {
    pub fn new(doc: Document) -> Editor {
        Editor {
            doc: Rc::new(doc),
            moving: None,
            resizing: None,
            selection: Selection::default(),
            design: Design::default(),
            loads: 0,
            rev: 0,
            sem_rev: 0,
            undo: Stack::default(),
            redo: Stack::default(),
            clipboard: None,
            pastes: 0,
            notice: None,
            locked: false,
        }
    }

    /// The document is locked (safe mode): nothing changes it.
    pub fn locked(&self) -> bool {
        self.locked
    }

    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// The document, shared (cheap to clone).
    pub fn doc_rc(&self) -> Rc<Document> {
        self.doc.clone()
    }

    /// The design open now. It changes when a document is loaded, and
    /// when undo or redo goes back or forward across such a load: what
    /// names its elements by id (a findings filter, a highlighted path)
    /// names nothing in the next one.
    pub fn design(&self) -> Design {
        self.design
    }

    /// A drag or resize is under way (nothing to save yet).
    pub fn in_gesture(&self) -> bool {
        self.moving.is_some() || self.resizing.is_some()
    }

    /// Where node `n` is drawn now: its place, plus a drag under way.
    pub fn shown(&self, n: &Node) -> Rect {
        let mut r = Rect::of(n);
        if let Some(m) = &self.moving
            && m.ids.contains(&n.id)
        {
            r.x += m.dx;
            r.y += m.dy;
        }
        if let Some(s) = &self.resizing
            && s.id == n.id
        {
            r.w = s.w;
            r.h = s.h;
        }
        r
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    /// Whether Paste has something to paste (something was copied).
    pub fn can_paste(&self) -> bool {
        self.clipboard.is_some()
    }
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies an action. A refused action leaves everything as it was and
    /// sets [`Editor::notice`].
    pub fn apply(&mut self, action: Action) {
        self.notice = None;
        if let Err(why) = self.try_apply(action) {
            self.notice = Some(why);
        }
    }

    fn try_apply(&mut self, action: Action) -> Result<(), Message> {
        if self.locked {
            match action {
                Action::Select(_)
                | Action::Toggle { .. }
                | Action::SelectAll
                | Action::SelectRect { .. }
                | Action::Copy
                | Action::Lock(_) => {}
                Action::Load(doc) => {
                    self.locked = false;
                    let loaded = self.try_apply(Action::Load(doc));
                    if loaded.is_err() {
                        self.locked = true;
                        return loaded;
                    }
                    self.undo.clear();
                    self.redo.clear();
                    return Ok(());
                }
                _ => return Err(Message::new(err::EDIT_LOCKED)),
            }
        }
        match action {
            Action::Lock(locked) => {
                self.locked = locked;
                self.moving = None;
                self.resizing = None;
                Ok(())
            }
            Action::Load(doc) => {
                let problems = model::validate::validate(&doc);
                if let Some(p) = problems.first() {
                    return Err(p.line());
                }
                self.checkpoint();
                self.doc = Rc::new(doc);
                self.selection = Selection::default();
                self.loads += 1;
                self.design = Design(self.loads);
                self.changed(true);
                Ok(())
            }
            Action::AddNode { kind, x, y, view } => {
                let mut node = self.new_node(kind, x, y, view);
                let id = node.id.clone();
                self.edit(|doc| {
                    node.parent = container_for(doc, &node, None)?;
                    doc.nodes.push(node);
                    Ok(())
                })?;
                self.selection = Selection::node(&id);
                Ok(())
            }
            Action::Move {
                ids,
                dx,
                dy,
                gesture,
            } => {
                if !dx.is_finite() || !dy.is_finite() {
                    return Err(Message::new(err::EDIT_INVALID_MOVE));
                }
                let m = match self.moving.take() {
                    Some(mut m) if m.gesture == gesture => {
                        m.dx += dx;
                        m.dy += dy;
                        m
                    }
                    _ => {
                        let moved = moved_with_contents(&self.doc, &ids);
                        Moving {
                            ids: Rc::new(
                                moved
                                    .iter()
                                    .map(|&i| self.doc.nodes[i].id.clone())
                                    .collect(),
                            ),
                            moved: Rc::new(moved),
                            dx,
                            dy,
                            gesture,
                            refused: None,
                        }
                    }
                };
                let refused = landing::landing(&self.doc, &m.moved, m.dx, m.dy).err();
                self.moving = Some(Moving { refused, ..m });
                Ok(())
            }
            Action::Drop { ids, gesture } => self.drop_nodes(&ids, gesture),
            Action::Resize { id, w, h, gesture } => {
                let Some(i) = index_of(&self.doc, &id) else {
                    return Err(Message::new(err::EDIT_NO_NODE).arg("id", code(&id)));
                };
                if !self.doc.nodes[i].kind.is_zone() || !w.is_finite() || !h.is_finite() {
                    return Err(Message::new(err::EDIT_ONLY_ZONES_RESIZE));
                }
                // Never smaller than what it holds: the drawing and the
                // document's containment (which the checker reads) agree.
                let (min_w, min_h) = smallest_zone(&self.doc, i);
                self.resizing = Some(Resizing {
                    id,
                    w: snap(w).max(min_w),
                    h: snap(h).max(min_h),
                    gesture,
                });
                Ok(())
            }
            Action::Connect { from, to } => self.connect(from, to),
            Action::RemoveVia { flow, node } => self.reroute(&flow, |f| {
                let before = f.via.len();
                f.via.retain(|v| *v != node);
                if f.via.len() == before {
                    return Err(not_passing(&node));
                }
                Ok(())
            }),
            Action::EndAt { flow, node } => self.reroute(&flow, |f| {
                let k = f
                    .via
                    .iter()
                    .position(|v| *v == node)
                    .ok_or_else(|| not_passing(&node))?;
                f.via.truncate(k);
                f.to = node;
                Ok(())
            }),
            Action::Delete => {
                if self.selection.is_empty() {
                    return Ok(());
                }
                let selection = self.selection.clone();
                self.edit(|doc| {
                    delete(doc, &selection);
                    Ok(())
                })?;
                self.selection = Selection::default();
                Ok(())
            }
            Action::Select(selection) => {
                self.selection = selection;
                Ok(())
            }
            Action::Toggle { node, flow } => {
                if let Some(n) = node
                    && !self.selection.nodes.remove(&n)
                {
                    self.selection.nodes.insert(n);
                }
                if let Some(f) = flow
                    && !self.selection.flows.remove(&f)
                {
                    self.selection.flows.insert(f);
                }
                Ok(())
            }
            Action::SelectAll => {
                self.selection = Selection {
                    nodes: self.doc.nodes.iter().map(|n| n.id.clone()).collect(),
                    flows: self.doc.flows.iter().map(|f| f.id.clone()).collect(),
                };
                Ok(())
            }
            Action::SelectRect { rect, additive } => {
                if !additive {
                    self.selection = Selection::default();
                }
                for n in &self.doc.nodes {
                    if rect.contains_rect(&Rect::of(n)) {
                        self.selection.nodes.insert(n.id.clone());
                    }
                }
                let doc = self.doc.clone();
                for f in &doc.flows {
                    if f.route().all(|n| self.selection.nodes.contains(n)) {
                        self.selection.flows.insert(f.id.clone());
                    }
                }
                Ok(())
            }
            Action::SetLabel { id, label } => self.edit(|doc| {
                if let Some(n) = doc.nodes.iter_mut().find(|n| n.id == id) {
                    n.label = label;
                } else if let Some(f) = doc.flows.iter_mut().find(|f| f.id == id) {
                    f.label = label;
                } else {
                    return Err(Message::new(err::EDIT_NO_ELEMENT).arg("id", code(&id)));
                }
                Ok(())
            }),
            Action::SetProp { id, key, value } => self.edit(|doc| {
                let node = doc
                    .nodes
                    .iter_mut()
                    .find(|n| n.id == id)
                    .ok_or_else(|| Message::new(err::EDIT_NO_NODE).arg("id", code(&id)))?;
                if !node.props.set(&key, value) {
                    return Err(Message::new(err::EDIT_BAD_VALUE).arg("key", code(&key)));
                }
                Ok(())
            }),
            Action::SetTransport { flow, transport } => self.edit_flow(&flow, |f| {
                f.transport = transport;
            }),
            Action::SetOnly { flow, only } => self.edit_flow(&flow, |f| f.only = only),
            // A Region code is free text: validated like every edit.
            Action::SetRequirements(r) => self.edit(|doc| {
                doc.requirements = r;
                Ok(())
            }),
            Action::SetTitle(t) => self.edit(|doc| {
                doc.title = t;
                Ok(())
            }),
            Action::SetDescription(t) => self.edit(|doc| {
                doc.description = t;
                Ok(())
            }),
            Action::Suppress(s) => self.edit(|doc| {
                doc.suppressions
                    .retain(|x| !(x.rule == s.rule && x.target == s.target));
                doc.suppressions.push(s);
                Ok(())
            }),
            Action::Unsuppress { rule, target } => self.edit(|doc| {
                doc.suppressions
                    .retain(|x| !(x.rule == rule && x.target == target));
                Ok(())
            }),
            Action::Copy => {
                self.clipboard = Some(Rc::new(copy(&self.doc, &self.selection)));
                self.pastes = 0;
                Ok(())
            }
            Action::Paste => {
                let Some(clip) = self.clipboard.clone() else {
                    return Ok(());
                };
                self.pastes += 1;
                self.paste(&clip, 20.0 * f64::from(self.pastes))
            }
            Action::Duplicate => {
                if self.selection.nodes.is_empty() {
                    return Ok(());
                }
                let clip = copy(&self.doc, &self.selection);
                self.paste(&clip, 20.0)
            }
            Action::Nudge { dx, dy } => {
                let ids: Vec<String> = self.selection.nodes.iter().cloned().collect();
                if ids.is_empty() {
                    return Ok(());
                }
                // Each nudge is its own undo step: the drop ends the gesture.
                let gesture = u32::MAX;
                self.try_apply(Action::Move {
                    ids: ids.clone(),
                    dx,
                    dy,
                    gesture,
                })?;
                self.drop_nodes(&ids, gesture)
            }
            Action::Undo => {
                self.travel(true);
                Ok(())
            }
            Action::Redo => {
                self.travel(false);
                Ok(())
            }
        }
    }

    /// Undo (`back`) or redo: the current state goes on the other stack.
    fn travel(&mut self, back: bool) {
        let now = self.snapshot();
        let (from, to) = if back {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(snap) = from.pop() else { return };
        to.push(now);
        self.restore(snap);
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            doc: self.doc.clone(),
            selection: self.selection.clone(),
            design: self.design,
        }
    }

    /// Goes back (or forward) to `s`. Within one design the selection it
    /// had comes back, less what no longer exists; into another design
    /// nothing is selected, since its ids name other elements.
    fn restore(&mut self, s: Snapshot) {
        self.doc = s.doc;
        let doc = self.doc.clone();
        self.selection = if s.design == self.design {
            s.selection
        } else {
            Selection::default()
        };
        self.design = s.design;
        self.selection
            .nodes
            .retain(|id| doc.nodes.iter().any(|n| &n.id == id));
        self.selection
            .flows
            .retain(|id| doc.flows.iter().any(|f| &f.id == id));
        self.moving = None;
        self.resizing = None;
        self.changed(true);
    }

    /// Remembers the current document for undo.
    fn checkpoint(&mut self) {
        self.undo.push(self.snapshot());
        self.redo.clear();
    }

    fn changed(&mut self, semantic: bool) {
        self.rev += 1;
        if semantic {
            self.sem_rev += 1;
        }
    }

    /// Runs an edit on a copy; keeps it only if the result validates.
    fn edit(
        &mut self,
        f: impl FnOnce(&mut Document) -> Result<(), Message>,
    ) -> Result<(), Message> {
        let mut doc = (*self.doc).clone();
        f(&mut doc)?;
        if let Some(p) = model::validate::validate(&doc).first() {
            return Err(p.message.clone());
        }
        // Whatever the editor produces, Open and the command line accept:
        // no edit may take the file over the size limit.
        if let Some(why) = model::too_large(&doc) {
            return Err(why);
        }
        self.checkpoint();
        self.doc = Rc::new(doc);
        self.changed(true);
        Ok(())
    }

    fn edit_flow(&mut self, id: &str, f: impl FnOnce(&mut Flow)) -> Result<(), Message> {
        self.edit(|doc| {
            let flow = doc
                .flows
                .iter_mut()
                .find(|x| x.id == id)
                .ok_or_else(|| Message::new(err::EDIT_NO_FLOW).arg("id", code(id)))?;
            f(flow);
            Ok(())
        })
    }

    fn connect(&mut self, from: String, to: String) -> Result<(), Message> {
        if from == to {
            return Err(Message::new(err::EDIT_FLOW_TWO_NODES));
        }
        let doc = self.doc.clone();
        let passable = doc.node(&from).is_some_and(|n| n.kind.is_passable());
        let open = passable
            .then(|| pick(&doc, &self.selection, |f| f.to == from))
            .flatten();
        let flow = if let Some(open) = open {
            // Extend the open flow that ends here.
            let mut f = open.clone();
            f.via.push(from);
            f.to = to;
            if f.transport == Transport::None && https_end(&doc, &f.to) {
                f.transport = Transport::Tls;
            }
            f
        } else {
            let mut f = match passable
                .then(|| pick(&doc, &self.selection, |f| f.via.contains(&from)))
                .flatten()
            {
                // Branch: a second conversation from the same source,
                // along the same route up to here.
                Some(through) => {
                    let k = through.via.iter().position(|v| *v == from).unwrap_or(0);
                    let mut f = Flow::new(String::new(), through.from.clone(), to);
                    f.via = through.via[..=k].to_vec();
                    f
                }
                None => Flow::new(String::new(), from, to),
            };
            f.id = self.fresh_id(&format!("{}-{}", f.from, f.to));
            f.transport = default_transport(&doc, &f.from, &f.to);
            f
        };
        check_route(&doc, &flow)?;
        check_unique(&doc, &flow)?;
        let id = flow.id.clone();
        self.edit(|doc| {
            match doc.flows.iter_mut().find(|f| f.id == flow.id) {
                Some(f) => *f = flow,
                None => doc.flows.push(flow),
            }
            Ok(())
        })?;
        self.selection = Selection::flow(&id);
        Ok(())
    }

    /// Changes flow `id`'s route, refusing a route that repeats another.
    fn reroute(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Flow) -> Result<(), Message>,
    ) -> Result<(), Message> {
        let mut flow = self
            .doc
            .flow(id)
            .cloned()
            .ok_or_else(|| Message::new(err::EDIT_NO_FLOW).arg("id", code(id)))?;
        f(&mut flow)?;
        check_unique(&self.doc, &flow)?;
        self.edit(|doc| {
            if let Some(g) = doc.flows.iter_mut().find(|g| g.id == flow.id) {
                *g = flow;
            }
            Ok(())
        })
    }

    fn drop_nodes(&mut self, ids: &[String], gesture: u32) -> Result<(), Message> {
        let mut doc = (*self.doc).clone();
        // A resize ends: commit its size.
        if let Some(r) = self.resizing.take_if(|r| r.gesture == gesture) {
            if let Some(n) = doc.nodes.iter_mut().find(|n| n.id == r.id) {
                n.w = Some(r.w);
                n.h = Some(r.h);
            }
            // Whatever the editor produces, its loader accepts: a size out
            // of the limits is refused, and the zone keeps its old size.
            if let Some(p) = model::validate::validate(&doc).first() {
                return Err(p.message.clone());
            }
            if doc != *self.doc {
                self.checkpoint();
                self.doc = Rc::new(doc);
                self.changed(false);
            }
            return Ok(());
        }
        // A drag ends: apply its offset, snap, and nest where dropped.
        let moving = self.moving.take_if(|m| m.gesture == gesture);
        if let Some(m) = &moving {
            for n in &mut doc.nodes {
                if m.ids.contains(&n.id) {
                    n.x += m.dx;
                    n.y += m.dy;
                }
            }
        }
        let moved = moved_with_contents(&doc, ids);
        for &i in &moved {
            let n = &mut doc.nodes[i];
            let (sx, sy) = (snap(n.x), snap(n.y));
            n.x = sx;
            n.y = sy;
        }
        // Re-nest the roots of the moved set: nodes whose parent did not
        // move (they are in place already: no further offset).
        let refused = match landing::landing(&doc, &moved, 0.0, 0.0) {
            Ok(places) => {
                for (i, parent) in places {
                    doc.nodes[i].parent = parent;
                }
                None
            }
            Err(why) => Some(why),
        };
        let problem = refused.or_else(|| {
            model::validate::validate(&doc)
                .first()
                .map(|p| p.message.clone())
        });
        if let Some(why) = problem {
            // Everything stays where the drag started.
            return Err(why);
        }
        let nesting_changed = doc
            .nodes
            .iter()
            .zip(self.doc.nodes.iter())
            .any(|(a, b)| a.parent != b.parent);
        if doc == *self.doc {
            return Ok(());
        }
        self.checkpoint();
        self.doc = Rc::new(doc);
        self.changed(nesting_changed);
        Ok(())
    }

    /// Adds a copy of `clip`, `offset` right and down, renamed, and
    /// selects it.
    fn paste(&mut self, clip: &Clip, offset: f64) -> Result<(), Message> {
        let mut renamed: Vec<(String, String)> = Vec::new();
        let mut taken = ids_in_use(&self.doc);
        let fresh = |base: &str, taken: &mut BTreeSet<String>| {
            let id = fresh_id_in(base, taken);
            taken.insert(id.clone());
            id
        };
        for n in &clip.nodes {
            let id = fresh(&n.id, &mut taken);
            renamed.push((n.id.clone(), id));
        }
        let rename = |id: &str| {
            renamed
                .iter()
                .find(|(old, _)| old == id)
                .map(|(_, new)| new.clone())
        };
        let mut nodes = Vec::new();
        for n in &clip.nodes {
            let mut n = n.clone();
            n.id = rename(&n.id).expect("every copied node was renamed");
            n.x += offset;
            n.y += offset;
            if let Some(p) = &n.parent {
                // Keep the copy in the copied zone, else in the same zone.
                n.parent = rename(p).or_else(|| Some(p.clone()));
            }
            if let Some(c) = &n.props.connection {
                n.props.connection = rename(c).or_else(|| Some(c.clone()));
            }
            nodes.push(n);
        }
        let mut flows = Vec::new();
        for f in &clip.flows {
            let mut f = f.clone();
            f.id = fresh(&f.id, &mut taken);
            f.from = rename(&f.from).unwrap_or(f.from);
            f.to = rename(&f.to).unwrap_or(f.to);
            for v in &mut f.via {
                if let Some(new) = rename(v) {
                    *v = new;
                }
            }
            flows.push(f);
        }
        let selection = Selection {
            nodes: nodes.iter().map(|n| n.id.clone()).collect(),
            flows: flows.iter().map(|f| f.id.clone()).collect(),
        };
        self.edit(|doc| {
            for mut n in nodes {
                if n.parent
                    .as_deref()
                    .is_some_and(|p| index_of(doc, p).is_none())
                {
                    n.parent = None;
                }
                if n.parent.is_none() {
                    n.parent = container_for(doc, &n, None)?;
                }
                doc.nodes.push(n);
            }
            doc.flows.extend(flows);
            Ok(())
        })?;
        self.selection = selection;
        Ok(())
    }

    /// An id not used by any node or flow, based on `base`.
    /// The node [`Action::AddNode`] adds, not yet nested.
    fn new_node(&self, kind: Kind, x: f64, y: f64, view: Option<Rect>) -> Node {
        let placed = placed_in(kind, x, y, view);
        let mut node = Node::new(self.fresh_id(kind.as_str()), kind);
        node.label = self.fresh_label(kind.title());
        node.x = snap(placed.x);
        node.y = snap(placed.y);
        if kind.is_zone() {
            node.w = Some(placed.w);
            node.h = Some(placed.h);
        }
        node
    }

    pub fn fresh_id(&self, base: &str) -> String {
        fresh_id_in(base, &ids_in_use(&self.doc))
    }

    fn fresh_label(&self, base: &str) -> String {
        let used = |l: &str| self.doc.nodes.iter().any(|n| n.label == l);
        if !used(base) {
            return base.to_string();
        }
        (2..)
            .map(|i| format!("{base} {i}"))
            .find(|l| !used(l))
            .expect("an unused label exists")
    }
}

fn fresh_id_in(base: &str, taken: &BTreeSet<String>) -> String {
    let base = crate::model::validate::id_chars(base, 100);
    let base = if base.is_empty() { "node".into() } else { base };
    if !taken.contains(&base) {
        return base;
    }
    (2..)
        .map(|i| format!("{base}-{i}"))
        .find(|id| !taken.contains(id))
        .expect("an unused id exists")
}

pub fn snap(v: f64) -> f64 {
    (v / GRID).round() * GRID
}

/// Where a new node of `kind` goes: centred on (`x`, `y`) at its default
/// size; with `view`, a zone no bigger than the view (less two grid
/// squares of margin on each side, down to 80×60) and the node moved
/// inside it.
fn placed_in(kind: Kind, x: f64, y: f64, view: Option<Rect>) -> Rect {
    let (mut w, mut h) = kind.default_size();
    let Some(v) = view else {
        return Rect {
            x: x - w / 2.0,
            y: y - h / 2.0,
            w,
            h,
        };
    };
    let margin = 2.0 * GRID;
    if kind.is_zone() {
        let (min_w, min_h) = (8.0 * GRID, 6.0 * GRID);
        w = snap(w.min(v.w - 2.0 * margin)).max(min_w);
        h = snap(h.min(v.h - 2.0 * margin)).max(min_h);
    }
    // On the grid, so that snapping keeps it inside.
    let inside = |c: f64, size: f64, from: f64, span: f64| {
        let lo = ((from + margin) / GRID).ceil() * GRID;
        let hi = ((from + span - margin - size) / GRID).floor() * GRID;
        if hi < lo {
            lo
        } else {
            snap(c - size / 2.0).clamp(lo, hi)
        }
    };
    Rect {
        x: inside(x, w, v.x, v.w),
        y: inside(y, h, v.y, v.h),
        w,
        h,
    }
}

/// The smallest size zone `z` can take: 80×60, and enough to hold each
/// node directly inside it with a grid step to spare.
fn smallest_zone(doc: &Document, z: usize) -> (f64, f64) {
    let zone = Rect::of(&doc.nodes[z]);
    let id = doc.nodes[z].id.as_str();
    doc.nodes
        .iter()
        .filter(|n| n.parent.as_deref() == Some(id))
        .map(Rect::of)
        .fold((80.0, 60.0), |(w, h), r| {
            let reach = |far: f64| ((far + GRID) / GRID).ceil() * GRID;
            (
                w.max(reach(r.x + r.w - zone.x)),
                h.max(reach(r.y + r.h - zone.y)),
            )
        })
}

/// Every node and flow id of a document (they share one namespace).
fn ids_in_use(doc: &Document) -> BTreeSet<String> {
    doc.nodes
        .iter()
        .map(|n| n.id.clone())
        .chain(doc.flows.iter().map(|f| f.id.clone()))
        .collect()
}

fn index_of(doc: &Document, id: &str) -> Option<usize> {
    doc.nodes.iter().position(|n| n.id == id)
}

/// The indices of `ids` and of everything inside them, each once.
fn moved_with_contents(doc: &Document, ids: &[String]) -> Vec<usize> {
    let mut set: BTreeSet<usize> = ids.iter().filter_map(|id| index_of(doc, id)).collect();
    // Descendants: repeat until stable (depth is small and bounded).
    loop {
        let before = set.len();
        for (i, n) in doc.nodes.iter().enumerate() {
            if let Some(p) = n.parent.as_deref().and_then(|p| index_of(doc, p))
                && set.contains(&p)
            {
                set.insert(i);
            }
        }
        if set.len() == before {
            break;
        }
    }
    set.into_iter().collect()
}

/// Where `node` should sit given its position: the innermost zone under its
/// centre that may hold it (ignoring `moving`), else the top level if
/// allowed.
fn container_for(
    doc: &Document,
    node: &Node,
    moving: Option<&[usize]>,
) -> Result<Option<String>, Message> {
    let r = Rect::of(node);
    let (cx, cy) = r.centre();
    let skip = |i: usize| moving.is_some_and(|m| m.contains(&i)) || doc.nodes[i].id == node.id;
    if let Some(i) = innermost_zone_at(doc, cx, cy, |i, zone| {
        !skip(i) && node.kind.may_sit_in(Some(zone.kind))
    }) {
        return Ok(Some(doc.nodes[i].id.clone()));
    }
    if node.kind.may_sit_in(None) {
        return Ok(None);
    }
    let places: Vec<Arg> = node
        .kind
        .places()
        .iter()
        .filter_map(|p| match p {
            model::Place::In(k) => Some(Arg::Kind(*k)),
            model::Place::Top => None,
        })
        .collect();
    Err(Message::new(err::EDIT_PLACED_INSIDE)
        .arg("kind", node.kind)
        .arg("places", Arg::list(places, usize::MAX)))
}

/// The transport a new flow starts with: TLS when either end is S3 or
/// SageMaker (their APIs are HTTPS), none otherwise. A VPN on the route adds
/// IPsec of its own; that is the network's, not the flow's.
fn default_transport(doc: &Document, from: &str, to: &str) -> Transport {
    if https_end(doc, from) || https_end(doc, to) {
        Transport::Tls
    } else {
        Transport::None
    }
}

/// Whether node `id` is an end that speaks only HTTPS (S3, SageMaker).
fn https_end(doc: &Document, id: &str) -> bool {
    doc.node(id)
        .is_some_and(|n| n.kind == Kind::S3Bucket || n.kind.is_sagemaker())
}

/// The flow to continue from connectivity node `at`, among those that
/// `fits`: the selected flow if it fits, else the newest that does.
fn pick<'a>(
    doc: &'a Document,
    selection: &Selection,
    fits: impl Fn(&Flow) -> bool,
) -> Option<&'a Flow> {
    let selected = selection
        .single_flow()
        .and_then(|id| doc.flow(id))
        .filter(|f| fits(f));
    selected.or_else(|| doc.flows.iter().rev().find(|f| fits(f)))
}

fn code(text: &str) -> Arg {
    Arg::Code(text.to_string())
}

fn not_passing(node: &str) -> Message {
    Message::new(err::EDIT_ROUTE_NOT_PASSING).arg("node", code(node))
}

/// Refuses a route that visits a node twice, naming it.
fn check_route(doc: &Document, f: &Flow) -> Result<(), Message> {
    let mut seen = BTreeSet::new();
    for n in f.route() {
        if !seen.insert(n) {
            let name = doc.node(n).map(Node::name).unwrap_or(n);
            return Err(Message::new(err::EDIT_ROUTE_TWICE).arg("name", Arg::Text(name.into())));
        }
    }
    Ok(())
}

/// Refuses a flow that repeats another exactly (same source, route, sink).
fn check_unique(doc: &Document, f: &Flow) -> Result<(), Message> {
    if doc
        .flows
        .iter()
        .any(|g| g.id != f.id && g.from == f.from && g.via == f.via && g.to == f.to)
    {
        return Err(Message::new(err::EDIT_FLOW_DRAWN));
    }
    Ok(())
}

fn delete(doc: &mut Document, selection: &Selection) {
    let ids: Vec<String> = selection.nodes.iter().cloned().collect();
    let gone: BTreeSet<String> = moved_with_contents(doc, &ids)
        .into_iter()
        .map(|i| doc.nodes[i].id.clone())
        .collect();
    doc.nodes.retain(|n| !gone.contains(&n.id));
    // A flow whose route loses a node is gone: its route no longer exists.
    doc.flows
        .retain(|f| !selection.flows.contains(&f.id) && !f.route().any(|n| gone.contains(n)));
    for n in &mut doc.nodes {
        if n.props
            .connection
            .as_ref()
            .is_some_and(|c| gone.contains(c))
        {
            n.props.connection = None;
        }
    }
}

fn copy(doc: &Document, selection: &Selection) -> Clip {
    let ids: Vec<String> = selection.nodes.iter().cloned().collect();
    let nodes: Vec<Node> = moved_with_contents(doc, &ids)
        .into_iter()
        .map(|i| doc.nodes[i].clone())
        .collect();
    let has = |id: &str| nodes.iter().any(|n| n.id == id);
    let flows = doc
        .flows
        .iter()
        .filter(|f| f.route().all(has))
        .cloned()
        .collect();
    Clip { nodes, flows }
}

/// Whether a node of this kind can be the end of a flow.
pub fn connectable(kind: Kind) -> bool {
    matches!(kind.role(), Role::Endpoint | Role::Transit)
}

#[cfg(test)]
mod tests;

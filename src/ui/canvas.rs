//! The drawing: zones, nodes and flows in SVG, with pointer gestures for
//! moving, nesting, resizing, connecting, rubber-band selection, panning
//! and zooming.

use super::context_menu::MenuRequest;
use super::hooks::{use_latest_callback, use_parent_size};
use super::icons;
use super::lang::{tr, use_lang};
use super::state::{Badge, Derived, Shared, Store};
use crate::check::Severity;
use crate::editor::cull::{self, Rank};
use crate::editor::menu::Target;
use crate::editor::{self, Action, Rect, Screen, Selection, Viewport, connectable};
use crate::i18n::ids::ui as id;
use crate::i18n::{Arg, kind_title, t};
use crate::model::{Document, Flow, Node, Transport};
use crate::render::{
    NODE_TEXT_X, chip_label_in, enforced_tls_title, node_text, text_width, truncate,
};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent, WheelEvent};
use yew::prelude::*;
use yew::virtual_dom::Key;

/// Canvas coordinates of a client (window) point over `el`.
pub fn canvas_point(view: &Viewport, el: &Element, client_x: f64, client_y: f64) -> (f64, f64) {
    view.at(screen_point(el, client_x, client_y))
}

/// A client (window) point relative to `el`'s top-left corner.
fn screen_point(el: &Element, client_x: f64, client_y: f64) -> Screen {
    let r = el.get_bounding_client_rect();
    (client_x - r.left(), client_y - r.top())
}

/// What the pointer is doing on the canvas.
#[derive(Clone, Debug, PartialEq)]
enum Drag {
    None,
    Pan {
        sx: f64,
        sy: f64,
        from: Viewport,
    },
    Move {
        ids: Vec<String>,
        last: (f64, f64),
        gesture: u32,
        moved: bool,
    },
    Resize {
        id: String,
        start: (f64, f64),
        size: (f64, f64),
        gesture: u32,
    },
    Connect {
        from: String,
        at: (f64, f64),
    },
    Band {
        start: (f64, f64),
        at: (f64, f64),
        additive: bool,
    },
    /// Two fingers on a touch screen: pan and zoom (`Viewport::pinched`)
    /// from `from`, with the fingers (pointer ids) pressed at `start`.
    Pinch {
        ids: [i32; 2],
        start: [Screen; 2],
        from: Viewport,
    },
}

#[derive(Properties, PartialEq)]
pub struct CanvasProps {
    pub view: Viewport,
    pub on_view: Callback<Viewport>,
    pub derived: Shared<Derived>,
    /// The finding whose path is highlighted.
    pub highlight: Option<String>,
    /// Clicking a badge: show the element's findings.
    pub on_badge: Callback<String>,
    pub canvas_ref: NodeRef,
    #[prop_or_default]
    pub readonly: bool,
    /// The context menu asked for: a right-click, or Shift + F10 or the
    /// Menu key on the focused node, flow or canvas.
    #[prop_or_default]
    pub on_menu: Callback<MenuRequest>,
    /// Start drawing a flow from this node (the menu's Connect), as its
    /// handle does: the flow follows the pointer, and a click on another
    /// node ends it there (elsewhere, or Escape, drops it). The number
    /// tells one request from the next.
    #[prop_or_default]
    pub connect: Option<(String, u32)>,
}

#[component]
pub fn Canvas(props: &CanvasProps) -> Html {
    let store = use_context::<Store>().expect("store context");
    let lang = use_lang();
    let drag = use_state(|| Drag::None);
    let gesture = use_mut_ref(|| 0u32);
    let space = use_mut_ref(|| false);
    // The fingers on the canvas: pointer id and client point.
    let touches = use_mut_ref(Vec::<(i32, Screen)>::new);
    let doc = store.ed.doc_rc();
    let view = props.view;
    let el = props.canvas_ref.clone();
    let readonly = props.readonly;
    let size = use_parent_size(&el);
    let height = size.map(|(_, h)| h);

    let point = {
        let el = el.clone();
        move |e: &PointerEvent| -> (f64, f64) {
            match el.cast::<Element>() {
                Some(svg) => canvas_point(&view, &svg, e.client_x() as f64, e.client_y() as f64),
                None => (0.0, 0.0),
            }
        }
    };
    let capture = {
        let el = el.clone();
        move |e: &PointerEvent| {
            if let Some(svg) = el.cast::<Element>() {
                let _ = svg.set_pointer_capture(e.pointer_id());
            }
        }
    };
    let next_gesture = {
        let gesture = gesture.clone();
        move || {
            let mut g = gesture.borrow_mut();
            *g = g.wrapping_add(1) % (u32::MAX - 1);
            *g
        }
    };

    // The menu's Connect: the flow follows the pointer until the next
    // press (see `on_up`, which ends it as it ends the handle's drag).
    {
        let drag = drag.clone();
        let doc = doc.clone();
        use_effect_with(props.connect.clone(), move |connect| {
            if let Some((from, _)) = connect
                && let Some(n) = doc.node(from)
            {
                let r = Rect::of(n);
                drag.set(Drag::Connect {
                    from: from.clone(),
                    at: (r.x + r.w + 24.0, r.y + r.h / 2.0),
                });
            }
        });
    }
    // A press while a flow from the menu's Connect follows the pointer:
    // its release ends the flow there.
    let connecting_from_menu = {
        let drag = drag.clone();
        move |e: &PointerEvent| {
            let yes = matches!(&*drag, Drag::Connect { .. });
            if yes {
                e.stop_propagation();
            }
            yes
        }
    };

    // A finger pressed: when it is the second one, the pinch starts (and
    // ends whatever the first finger was doing, a move dropped where it
    // is); says whether it did.
    let second_finger = {
        let drag = drag.clone();
        let touches = touches.clone();
        let el = el.clone();
        let store = store.clone();
        move |e: &PointerEvent| -> bool {
            if e.pointer_type() != "touch" {
                return false;
            }
            let mut fingers = touches.borrow_mut();
            fingers.retain(|(id, _)| *id != e.pointer_id());
            fingers.push((e.pointer_id(), (e.client_x() as f64, e.client_y() as f64)));
            let (Some(svg), [a, b]) = (el.cast::<Element>(), &fingers[..]) else {
                return false;
            };
            if let Drag::Move {
                ids,
                gesture,
                moved: true,
                ..
            } = &*drag
            {
                store.dispatch(Action::Drop {
                    ids: ids.clone(),
                    gesture: *gesture,
                });
            }
            let on_screen = |p: Screen| screen_point(&svg, p.0, p.1);
            let _ = svg.set_pointer_capture(e.pointer_id());
            drag.set(Drag::Pinch {
                ids: [a.0, b.0],
                start: [on_screen(a.1), on_screen(b.1)],
                from: view,
            });
            e.stop_propagation();
            true
        }
    };

    // Background: rubber band (left button), pan (middle/right, a finger,
    // or with Space held).
    let on_background_down = {
        let drag = drag.clone();
        let store = store.clone();
        let point = point.clone();
        let capture = capture.clone();
        let space = space.clone();
        let connecting_from_menu = connecting_from_menu.clone();
        let second_finger = second_finger.clone();
        Callback::from(move |e: PointerEvent| {
            if second_finger(&e) || connecting_from_menu(&e) {
                return;
            }
            capture(&e);
            let finger = e.pointer_type() == "touch";
            if e.button() != 0 || *space.borrow() || readonly || finger {
                drag.set(Drag::Pan {
                    sx: e.client_x() as f64,
                    sy: e.client_y() as f64,
                    from: view,
                });
            } else {
                let p = point(&e);
                if !e.shift_key() {
                    store.dispatch(Action::Select(Selection::default()));
                }
                drag.set(Drag::Band {
                    start: p,
                    at: p,
                    additive: e.shift_key(),
                });
            }
        })
    };

    // A node: select it and start moving it (with the rest of the selection).
    let on_node_down = {
        let drag = drag.clone();
        let store = store.clone();
        let point = point.clone();
        let capture = capture.clone();
        let next_gesture = next_gesture.clone();
        let connecting_from_menu = connecting_from_menu.clone();
        let second_finger = second_finger.clone();
        use_latest_callback(move |(e, id): (PointerEvent, String)| {
            e.stop_propagation();
            if second_finger(&e) || e.button() != 0 || connecting_from_menu(&e) {
                return;
            }
            capture(&e);
            let selected = store.ed.selection.nodes.contains(&id);
            if e.shift_key() {
                store.dispatch(Action::Toggle {
                    node: Some(id.clone()),
                    flow: None,
                });
            } else if !selected {
                store.dispatch(Action::Select(Selection::node(&id)));
            }
            if readonly {
                // A finger on a node of a read-only view pans it.
                if e.pointer_type() == "touch" {
                    drag.set(Drag::Pan {
                        sx: e.client_x() as f64,
                        sy: e.client_y() as f64,
                        from: view,
                    });
                }
                return;
            }
            let ids = if selected {
                store.ed.selection.nodes.iter().cloned().collect()
            } else {
                vec![id]
            };
            drag.set(Drag::Move {
                ids,
                last: point(&e),
                gesture: next_gesture(),
                moved: false,
            });
        })
    };

    let on_handle_down = {
        let drag = drag.clone();
        let point = point.clone();
        let capture = capture.clone();
        use_latest_callback(move |(e, id): (PointerEvent, String)| {
            e.stop_propagation();
            capture(&e);
            drag.set(Drag::Connect {
                from: id,
                at: point(&e),
            });
        })
    };

    let on_resize_down = {
        let drag = drag.clone();
        let point = point.clone();
        let capture = capture.clone();
        let doc = doc.clone();
        let next_gesture = next_gesture.clone();
        use_latest_callback(move |(e, id): (PointerEvent, String)| {
            e.stop_propagation();
            capture(&e);
            if let Some(n) = doc.node(&id) {
                drag.set(Drag::Resize {
                    id,
                    start: point(&e),
                    size: (n.width(), n.height()),
                    gesture: next_gesture(),
                });
            }
        })
    };

    let on_flow_down = {
        let store = store.clone();
        let connecting_from_menu = connecting_from_menu.clone();
        let second_finger = second_finger.clone();
        use_latest_callback(move |(e, id): (PointerEvent, String)| {
            e.stop_propagation();
            if second_finger(&e) || connecting_from_menu(&e) {
                return;
            }
            if e.shift_key() {
                store.dispatch(Action::Toggle {
                    node: None,
                    flow: Some(id),
                });
            } else {
                store.dispatch(Action::Select(Selection::flow(&id)));
            }
        })
    };

    let on_move = {
        let drag = drag.clone();
        let store = store.clone();
        let point = point.clone();
        let on_view = props.on_view.clone();
        let touches = touches.clone();
        let el = el.clone();
        // A finger's move: where it is now, and the pinch when two are
        // down; says whether it was a pinch.
        let pinch = {
            let drag = drag.clone();
            move |e: &PointerEvent| -> bool {
                let mut fingers = touches.borrow_mut();
                if let Some(f) = fingers.iter_mut().find(|(id, _)| *id == e.pointer_id()) {
                    f.1 = (e.client_x() as f64, e.client_y() as f64);
                }
                let Drag::Pinch { ids, start, from } = &*drag else {
                    return false;
                };
                let finger = |id: i32| fingers.iter().find(|(f, _)| *f == id).map(|f| f.1);
                if let (Some(svg), Some(a), Some(b)) =
                    (el.cast::<Element>(), finger(ids[0]), finger(ids[1]))
                {
                    let on_screen = |p: Screen| screen_point(&svg, p.0, p.1);
                    on_view.emit(from.pinched(*start, [on_screen(a), on_screen(b)]));
                }
                true
            }
        };
        let on_view = props.on_view.clone();
        Callback::from(move |e: PointerEvent| match &*drag {
            _ if e.pointer_type() == "touch" && pinch(&e) => {}
            Drag::None | Drag::Pinch { .. } => {}
            Drag::Pan { sx, sy, from } => on_view.emit(Viewport {
                x: from.x - (e.client_x() as f64 - sx) / from.zoom,
                y: from.y - (e.client_y() as f64 - sy) / from.zoom,
                zoom: from.zoom,
            }),
            Drag::Move {
                ids, last, gesture, ..
            } => {
                let p = point(&e);
                let (dx, dy) = (p.0 - last.0, p.1 - last.1);
                if dx != 0.0 || dy != 0.0 {
                    store.dispatch(Action::Move {
                        ids: ids.clone(),
                        dx,
                        dy,
                        gesture: *gesture,
                    });
                    drag.set(Drag::Move {
                        ids: ids.clone(),
                        last: p,
                        gesture: *gesture,
                        moved: true,
                    });
                }
            }
            Drag::Resize {
                id,
                start,
                size,
                gesture,
            } => {
                let p = point(&e);
                store.dispatch(Action::Resize {
                    id: id.clone(),
                    w: size.0 + p.0 - start.0,
                    h: size.1 + p.1 - start.1,
                    gesture: *gesture,
                });
            }
            Drag::Connect { from, .. } => drag.set(Drag::Connect {
                from: from.clone(),
                at: point(&e),
            }),
            Drag::Band {
                start, additive, ..
            } => drag.set(Drag::Band {
                start: *start,
                at: point(&e),
                additive: *additive,
            }),
        })
    };

    let on_up = {
        let drag = drag.clone();
        let store = store.clone();
        let point = point.clone();
        let doc = doc.clone();
        let touches = touches.clone();
        Callback::from(move |e: PointerEvent| {
            touches.borrow_mut().retain(|(id, _)| *id != e.pointer_id());
            match &*drag {
                Drag::Move {
                    ids,
                    gesture,
                    moved: true,
                    ..
                } => store.dispatch(Action::Drop {
                    ids: ids.clone(),
                    gesture: *gesture,
                }),
                Drag::Resize { gesture, .. } => store.dispatch(Action::Drop {
                    ids: Vec::new(),
                    gesture: *gesture,
                }),
                Drag::Connect { from, .. } => {
                    let (x, y) = point(&e);
                    if let Some(to) = node_at(&doc, x, y).filter(|to| to != from) {
                        store.dispatch(Action::Connect {
                            from: from.clone(),
                            to,
                        });
                    }
                }
                Drag::Band {
                    start,
                    at,
                    additive,
                } if (start.0 - at.0).abs() > 2.0 || (start.1 - at.1).abs() > 2.0 => {
                    store.dispatch(Action::SelectRect {
                        rect: Rect::spanning(start.0, start.1, at.0, at.1),
                        additive: *additive,
                    });
                }
                _ => {}
            }
            drag.set(Drag::None);
        })
    };

    let on_wheel = {
        let el = el.clone();
        let on_view = props.on_view.clone();
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let Some(svg) = el.cast::<Element>() else {
                return;
            };
            let r = svg.get_bounding_client_rect();
            let factor = (-e.delta_y() * 0.0015).exp();
            on_view.emit(view.zoomed(
                factor,
                e.client_x() as f64 - r.left(),
                e.client_y() as f64 - r.top(),
            ));
        })
    };

    let on_key = {
        let space = space.clone();
        let drag = drag.clone();
        let doc = doc.clone();
        let on_menu = props.on_menu.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == " " {
                *space.borrow_mut() = e.type_() == "keydown";
            }
            if e.type_() != "keydown" {
                return;
            }
            if e.key() == "Escape" && matches!(&*drag, Drag::Connect { .. }) {
                e.stop_propagation();
                drag.set(Drag::None);
            } else if e.key() == "ContextMenu" || (e.key() == "F10" && e.shift_key()) {
                // The menu of the focused element, at its bottom-left.
                e.prevent_default();
                let el = e.target().and_then(|t| t.dyn_into::<Element>().ok());
                if let Some(req) = el.and_then(|el| {
                    let r = el.get_bounding_client_rect();
                    menu_request(&doc, &el, r.left() + 8.0, r.bottom())
                }) {
                    on_menu.emit(req);
                }
            }
        })
    };
    let on_context = {
        let doc = doc.clone();
        let on_menu = props.on_menu.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            let el = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            if let Some(req) =
                el.and_then(|el| menu_request(&doc, &el, e.client_x() as f64, e.client_y() as f64))
            {
                on_menu.emit(req);
            }
        })
    };

    let on_badge = {
        let cb = props.on_badge.clone();
        use_latest_callback(move |id: String| cb.emit(id))
    };

    // What to draw.
    let end_to_end = &props.derived.report.end_to_end;
    let e2e_of = |fi: usize| end_to_end.get(fi).copied().unwrap_or_default();
    let sel = &store.ed.selection;
    let highlight: Option<(HashSet<String>, HashSet<String>)> =
        props.highlight.as_ref().and_then(|id| {
            props
                .derived
                .report
                .findings
                .iter()
                .find(|f| &f.id == id)
                .map(|f| {
                    (
                        f.nodes.iter().cloned().collect(),
                        f.flows.iter().cloned().collect(),
                    )
                })
        });
    let lit = |id: &str, flows: bool| -> Option<bool> {
        highlight.as_ref().map(|(n, f)| {
            if flows {
                f.contains(id)
            } else {
                n.contains(id)
            }
        })
    };
    // What to draw, worked out once per document revision; a drag only
    // offsets the moving nodes.
    let layout = use_layout(&doc, store.ed.rev);
    let mut rects: Vec<Rect> = layout.nodes.iter().map(|(_, n)| Rect::of(n)).collect();
    if let Some(m) = &store.ed.moving {
        for id in m.ids.iter() {
            if let Some(&i) = layout.index.get(id.as_str()) {
                rects[i].x += m.dx;
                rects[i].y += m.dy;
            }
        }
    }
    if let Some(r) = &store.ed.resizing
        && let Some(&i) = layout.index.get(r.id.as_str())
    {
        rects[i].w = r.w;
        rects[i].h = r.h;
    }
    let rect_of = |id: &str| layout.index.get(id).map(|&i| rects[i]);
    let badge = |id: &str| props.derived.badges.get(id).copied();
    let connecting = matches!(&*drag, Drag::Connect { .. });

    // What is on screen, and of that what is drawn in full; the rest on
    // screen is drawn as crowds (see `editor::cull`).
    // Until the canvas is measured: a big screen.
    let screen = size
        .filter(|&(w, h)| w > 0.0 && h > 0.0)
        .unwrap_or((4000.0, 3000.0));
    let window = cull::window(view.x, view.y, view.zoom, screen.0, screen.1);
    let rank = |id: &str, flows: bool| {
        let selected = if flows { &sel.flows } else { &sel.nodes };
        if selected.contains(id) || lit(id, flows) == Some(true) {
            Rank::Must
        } else if badge(id).is_some() {
            Rank::Soon
        } else {
            Rank::Other
        }
    };
    let node_rank = |i: usize| rank(&layout.nodes[i].1.id, false);
    let on_screen = |i: usize| cull::overlaps(&rects[i], &window);
    let zones = cull::split(
        layout.zones.iter().copied(),
        on_screen,
        node_rank,
        cull::ZONES_IN_FULL,
    );
    let others = cull::split(
        layout.others.iter().copied(),
        on_screen,
        node_rank,
        cull::NODES_IN_FULL,
    );
    let flows = cull::split(
        0..layout.flows.len(),
        |k| {
            let route = &layout.flows[k].2;
            let span = route.iter().map(|&i| rects[i]).reduce(|a, b| a.union(&b));
            span.is_some_and(|r| cull::overlaps(&r, &window))
        },
        |k| rank(&layout.flows[k].1.id, true),
        cull::FLOWS_IN_FULL,
    );
    let mut in_full = vec![false; layout.nodes.len()];
    for &i in zones.full.iter().chain(&others.full) {
        in_full[i] = true;
    }
    let mut flow_in_full = vec![false; layout.flows.len()];
    for &k in &flows.full {
        flow_in_full[k] = true;
    }
    let crowd_routes: Vec<Vec<Rect>> = flows
        .crowd
        .iter()
        .map(|&k| layout.flows[k].2.iter().map(|&i| rects[i]).collect())
        .collect();
    let (crowd_flagged, crowd_plain): (Vec<usize>, Vec<usize>) = others
        .crowd
        .iter()
        .partition(|&&i| badge(&layout.nodes[i].1.id).is_some());
    // A press on a crowd: the element under the pointer, as if it had
    // been drawn in full.
    let on_crowd_down = {
        let on_node_down = on_node_down.clone();
        let point = point.clone();
        let layout = layout.clone();
        let (nodes, zones) = (others.crowd.clone(), zones.crowd.clone());
        let rects = rects.clone();
        Callback::from(move |e: PointerEvent| {
            let (x, y) = point(&e);
            if let Some(i) = cull::hit(&nodes, &zones, |i| rects[i], x, y) {
                on_node_down.emit((e, layout.nodes[i].1.id.clone()));
            }
        })
    };

    let preview = match &*drag {
        Drag::Connect { from, at } => rect_of(from).map(|r| {
            let (x0, y0) = r.border_towards(at.0, at.1);
            html! { <line class="preview" x1={x0.to_string()} y1={y0.to_string()} x2={at.0.to_string()} y2={at.1.to_string()} /> }
        }),
        Drag::Band { start, at, .. } => {
            let r = Rect::spanning(start.0, start.1, at.0, at.1);
            Some(html! { <rect class="band" x={r.x.to_string()} y={r.y.to_string()} width={r.w.to_string()} height={r.h.to_string()} /> })
        }
        _ => None,
    };

    // The dotted grid, in canvas units, over what can be on screen. An SVG
    // pattern rather than a CSS background set in a `style` attribute: the
    // Content-Security-Policy allows no inline style.
    let (gx, gy) = (
        (view.x / 10.0).floor() * 10.0,
        (view.y / 10.0).floor() * 10.0,
    );
    let reach = 6000.0 / view.zoom;
    let transform = format!("scale({}) translate({} {})", view.zoom, -view.x, -view.y);
    let class = classes!(
        "canvas",
        connecting.then_some("connecting"),
        highlight.is_some().then_some("highlighting"),
        matches!(&*drag, Drag::Pan { .. }).then_some("panning"),
        readonly.then_some("readonly"),
        // A drop here would be refused (the status line says why).
        store.ed.drop_refused().is_some().then_some("refusing"),
    );

    html! {
        <svg ref={el} class={class} height={height.map(|h| h.to_string())} data-testid="canvas" role="application"
             aria-label={tr(lang, id::CANVAS_LABEL)} tabindex="0"
             onpointerdown={on_background_down} onpointermove={on_move} onpointerup={on_up.clone()}
             onpointercancel={on_up} onwheel={on_wheel} onkeydown={on_key.clone()} onkeyup={on_key}
             oncontextmenu={on_context}>
            <defs>
                <pattern id="grid" width="10" height="10" patternUnits="userSpaceOnUse">
                    <circle class="griddot" cx="0.5" cy="0.5" r="0.9" />
                </pattern>
                for t in Transport::ALL {
                    <marker id={format!("arrow-{}", t.as_str())} class={classes!("arrowhead", format!("t-{}", t.as_str()))}
                        viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0 L10 5 L0 10 z" />
                    </marker>
                }
                <marker id="arrow-lit" class="arrowhead lit" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0 0 L10 5 L0 10 z" />
                </marker>
            </defs>
            <g transform={transform}>
                <rect class="grid" x={gx.to_string()} y={gy.to_string()} width={reach.to_string()} height={reach.to_string()} fill="url(#grid)" />
                <g class="zones">
                    if !zones.crowd.is_empty() {
                        <path class="crowd crowd-zones" d={cull::outlines(zones.crowd.iter().map(|&i| rects[i]))}
                            onpointerdown={on_crowd_down.clone()} data-testid="crowd-zones" />
                    }
                    for &i in zones.full.iter() {
                        <ZoneView key={layout.nodes[i].0.clone()} node={layout.nodes[i].1.clone()} at={rects[i]}
                            selected={sel.nodes.contains(&layout.nodes[i].1.id)} lit={lit(&layout.nodes[i].1.id, false)}
                            badge={badge(&layout.nodes[i].1.id)} on_down={on_node_down.clone()} on_grip={on_resize_down.clone()}
                            on_badge={on_badge.clone()} readonly={readonly} />
                    }
                </g>
                <g class="attachments">
                    for &(job, conn) in layout.attached.iter().filter(|&&(job, conn)| in_full[job] && in_full[conn]) {
                        {{
                            let (a, b) = (rects[job], rects[conn]);
                            let (x0, y0) = a.border_towards(b.centre().0, b.centre().1);
                            let (x1, y1) = b.border_towards(a.centre().0, a.centre().1);
                            html! {
                                <line class="attach" x1={x0.to_string()} y1={y0.to_string()} x2={x1.to_string()} y2={y1.to_string()}>
                                    <title>{ tr(lang, id::GLUE_ATTACHED) }</title>
                                </line>
                            }
                        }}
                    }
                </g>
                <g class="flows">
                    if !crowd_routes.is_empty() {
                        <path class="crowd crowd-flows" d={cull::polylines(crowd_routes.iter().map(Vec::as_slice))}
                            data-testid="crowd-flows" />
                    }
                    for (c, chunk) in layout.flows.chunks(CHUNK).enumerate() {
                        <FlowsChunk key={c} layout={layout.clone()}
                            items={chunk.iter().enumerate().filter(|&(k, _)| flow_in_full[c * CHUNK + k]).map(|(k, (_, f, route, _, fi))| FlowItem {
                                at: c * CHUNK + k,
                                route: route.iter().map(|&i| rects[i]).collect(),
                                selected: sel.flows.contains(&f.id), lit: lit(&f.id, true), badge: badge(&f.id),
                                e2e: e2e_of(*fi),
                                enforced: enforced_tls_title(store.ed.doc(), f.transport, e2e_of(*fi), lang).map(Rc::new),
                            }).collect::<Vec<_>>()}
                            on_down={on_flow_down.clone()} on_badge={on_badge.clone()} />
                    }
                </g>
                <g class="nodes">
                    if !crowd_plain.is_empty() {
                        <path class="crowd crowd-nodes" d={cull::outlines(crowd_plain.iter().map(|&i| rects[i]))}
                            onpointerdown={on_crowd_down.clone()} data-testid="crowd-nodes" />
                    }
                    if !crowd_flagged.is_empty() {
                        <path class="crowd crowd-nodes flagged" d={cull::outlines(crowd_flagged.iter().map(|&i| rects[i]))}
                            onpointerdown={on_crowd_down} data-testid="crowd-flagged" />
                    }
                    for (c, chunk) in layout.others.chunks(CHUNK).enumerate() {
                        <NodesChunk key={c} layout={layout.clone()}
                            items={chunk.iter().filter(|&&i| in_full[i]).map(|&i| NodeItem {
                                node: i,
                                at: rects[i],
                                selected: sel.nodes.contains(&layout.nodes[i].1.id),
                                lit: lit(&layout.nodes[i].1.id, false),
                                badge: badge(&layout.nodes[i].1.id),
                            }).collect::<Vec<_>>()}
                            on_down={on_node_down.clone()} on_handle={on_handle_down.clone()}
                            on_badge={on_badge.clone()} readonly={readonly} />
                    }
                </g>
                { for preview }
            </g>
        </svg>
    }
}

/// The menu for a press on `el` (inside the canvas) at client point
/// (`x`, `y`): a node's (a zone's tab or body too), a flow's, else the
/// canvas's; the focus goes back to the node, flow or canvas.
fn menu_request(doc: &Document, el: &Element, x: f64, y: f64) -> Option<MenuRequest> {
    let closest = |sel: &str| el.closest(sel).ok().flatten();
    // A zone's id is on its tab, which its body does not contain.
    let zone_tab = || {
        closest(".zone")?
            .query_selector("[data-node-id]")
            .ok()
            .flatten()
    };
    let (target, opener) = if let Some(n) = closest("[data-node-id]").or_else(zone_tab) {
        let id = n.get_attribute("data-node-id")?;
        let kind = doc.node(&id)?.kind;
        (Target::Node { id, kind }, n)
    } else if let Some(f) = closest("[data-flow-id]") {
        let id = f.get_attribute("data-flow-id")?;
        (Target::Flow { id }, f)
    } else {
        (Target::Canvas, closest("svg.canvas")?)
    };
    Some(MenuRequest {
        target,
        x,
        y,
        opener: Some(opener),
    })
}

/// The topmost non-zone node at a point, else the innermost zone.
fn node_at(doc: &Document, x: f64, y: f64) -> Option<String> {
    doc.nodes
        .iter()
        .rev()
        .find(|n| !n.kind.is_zone() && connectable(n.kind) && Rect::of(n).contains(x, y))
        .map(|n| n.id.clone())
}

/// Elements per memoised group: a change re-renders only its group.
const CHUNK: usize = 32;

/// What changes from render to render for one node.
#[derive(Clone, Copy, PartialEq)]
struct NodeItem {
    /// Its position in the layout's nodes.
    node: usize,
    at: Rect,
    selected: bool,
    lit: Option<bool>,
    badge: Option<Badge>,
}

#[derive(Properties, PartialEq)]
struct NodesChunkProps {
    layout: Shared<Layout>,
    /// The group's nodes that are drawn in full.
    items: Vec<NodeItem>,
    on_down: Callback<(PointerEvent, String)>,
    on_handle: Callback<(PointerEvent, String)>,
    on_badge: Callback<String>,
    readonly: bool,
}

/// A group of nodes that re-renders only when one of them changes.
#[component]
fn NodesChunk(props: &NodesChunkProps) -> Html {
    let layout = &props.layout;
    html! {
        for item in props.items.iter() {
            {{
                let (key, node) = &layout.nodes[item.node];
                html! {
                    <NodeView key={key.clone()} node={node.clone()} at={item.at}
                        selected={item.selected} lit={item.lit} badge={item.badge}
                        on_down={props.on_down.clone()} on_grip={props.on_handle.clone()}
                        on_badge={props.on_badge.clone()} readonly={props.readonly} />
                }
            }}
        }
    }
}

/// What changes from render to render for one flow.
#[derive(Clone, PartialEq)]
struct FlowItem {
    /// Its position in the layout's flows.
    at: usize,
    /// Where each node on its route is drawn, from source to sink.
    route: Vec<Rect>,
    selected: bool,
    lit: Option<bool>,
    badge: Option<Badge>,
    /// What protects it end to end, as the checker sees it.
    e2e: crate::check::EndToEnd,
    /// Why it has TLS though drawn without it, for the tooltip.
    enforced: Option<Rc<String>>,
}

#[derive(Properties, PartialEq)]
struct FlowsChunkProps {
    layout: Shared<Layout>,
    /// The group's flows that are drawn in full.
    items: Vec<FlowItem>,
    on_down: Callback<(PointerEvent, String)>,
    on_badge: Callback<String>,
}

/// A group of flows that re-renders only when one of them changes.
#[component]
fn FlowsChunk(props: &FlowsChunkProps) -> Html {
    html! {
        for item in props.items.iter() {
            {{
                let (key, flow, _, offsets, _) = &props.layout.flows[item.at];
                html! {
                    <FlowView key={key.clone()} flow={flow.clone()} route={item.route.clone()} offsets={offsets.clone()}
                        selected={item.selected} lit={item.lit} badge={item.badge}
                        e2e={item.e2e} enforced={item.enforced.clone()}
                        on_down={props.on_down.clone()} on_badge={props.on_badge.clone()} />
                }
            }}
        }
    }
}

/// The layout of the document, kept across revisions that leave nodes and
/// flows as they were (a requirement, a title): then every group compares
/// equal and nothing on the canvas re-renders.
#[hook]
fn use_layout(doc: &Rc<Document>, rev: u64) -> Shared<Layout> {
    let cache = use_mut_ref(|| None::<(u64, Shared<Layout>)>);
    let mut cache = cache.borrow_mut();
    match &*cache {
        Some((r, layout)) if *r == rev => layout.clone(),
        Some((_, layout)) if layout.matches(doc) => {
            let layout = layout.clone();
            *cache = Some((rev, layout.clone()));
            layout
        }
        _ => {
            let layout = Shared(Rc::new(Layout::new(doc)));
            *cache = Some((rev, layout.clone()));
            layout
        }
    }
}

/// A flow as laid out: (key, flow, the node index of each node on its
/// route, how far each hop is drawn to its left).
/// A flow's key, the flow, its route (node positions in the layout), its
/// hops' offsets, and its index in the document.
type FlowLayout = (Key, Rc<Flow>, Vec<usize>, Rc<Vec<f64>>, usize);

/// The drawing's structure for one document revision: nodes and flows as
/// shared values with their keys (so unchanged elements compare equal and
/// skip re-rendering), zones outermost first, and flow ends by index.
struct Layout {
    nodes: Vec<(Key, Rc<Node>)>,
    index: HashMap<String, usize>,
    zones: Vec<usize>,
    others: Vec<usize>,
    /// See `editor::hop_offsets` for the offsets.
    flows: Vec<FlowLayout>,
    /// Glue jobs and the connections that place them: (job, connection).
    attached: Vec<(usize, usize)>,
}

impl Layout {
    /// Whether the document's nodes and flows are exactly these.
    fn matches(&self, doc: &Document) -> bool {
        self.nodes.len() == doc.nodes.len()
            && self.flows.len() == doc.flows.len()
            && self
                .nodes
                .iter()
                .zip(&doc.nodes)
                .all(|((_, a), b)| **a == *b)
            && self
                .flows
                .iter()
                .zip(&doc.flows)
                .all(|((_, a, ..), b)| **a == *b)
    }

    fn new(doc: &Document) -> Layout {
        let nodes: Vec<(Key, Rc<Node>)> = doc
            .nodes
            .iter()
            .map(|n| (Key::from(n.id.as_str()), Rc::new(n.clone())))
            .collect();
        let index: HashMap<String, usize> = doc
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), i))
            .collect();
        let depth = |mut i: usize| {
            let mut d = 0;
            while let Some(&p) = doc.nodes[i].parent.as_deref().and_then(|p| index.get(p)) {
                d += 1;
                i = p;
                if d > 16 {
                    break;
                }
            }
            d
        };
        let mut zones: Vec<usize> = (0..doc.nodes.len())
            .filter(|&i| doc.nodes[i].kind.is_zone())
            .collect();
        zones.sort_by_key(|&i| depth(i));
        let others = (0..doc.nodes.len())
            .filter(|&i| !doc.nodes[i].kind.is_zone())
            .collect();
        let mut offsets = editor::hop_offsets(doc);
        let flows = doc
            .flows
            .iter()
            .enumerate()
            .filter_map(|(fi, f)| {
                let route = f
                    .route()
                    .map(|id| index.get(id).copied())
                    .collect::<Option<Vec<usize>>>()?;
                let beside = offsets.remove(f.id.as_str()).unwrap_or_default();
                Some((
                    Key::from(f.id.as_str()),
                    Rc::new(f.clone()),
                    route,
                    Rc::new(beside),
                    fi,
                ))
            })
            .collect();
        let attached = doc
            .nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| Some((i, *index.get(n.props.connection.as_deref()?)?)))
            .collect();
        Layout {
            nodes,
            index,
            zones,
            others,
            flows,
            attached,
        }
    }
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "sev-critical",
        Severity::High => "sev-high",
        Severity::Medium => "sev-medium",
        Severity::Low => "sev-low",
    }
}

#[derive(Properties, PartialEq)]
struct BadgeProps {
    id: String,
    badge: Badge,
    x: f64,
    y: f64,
    on_badge: Callback<String>,
}

#[component]
fn BadgeView(props: &BadgeProps) -> Html {
    let onpointerdown = {
        let id = props.id.clone();
        let cb = props.on_badge.clone();
        Callback::from(move |e: PointerEvent| {
            e.stop_propagation();
            cb.emit(id.clone());
        })
    };
    let lang = use_lang();
    let n = props.badge.count;
    html! {
        <g class={classes!("badge", severity_class(props.badge.worst))} transform={format!("translate({} {})", props.x, props.y)}
           onpointerdown={onpointerdown} data-testid={format!("badge-{}", props.id)}>
            <title>{ t(lang, id::BADGE_TOOLTIP, &[("count", Arg::Count(n))]) }</title>
            <circle r="10" />
            <text y="4">{ n.to_string() }</text>
        </g>
    }
}

/// A node or a zone as drawn.
#[derive(Properties, PartialEq)]
struct ShapeProps {
    node: Rc<Node>,
    /// Where it is drawn (its place, or where a drag has it now).
    at: Rect,
    selected: bool,
    lit: Option<bool>,
    badge: Option<Badge>,
    on_down: Callback<(PointerEvent, String)>,
    /// Its grip is pressed: a node's connect handle, a zone's resize corner.
    on_grip: Callback<(PointerEvent, String)>,
    on_badge: Callback<String>,
    readonly: bool,
}

#[component]
fn NodeView(props: &ShapeProps) -> Html {
    let n = &props.node;
    let r = props.at;
    let id = n.id.clone();
    let onpointerdown = with_id(&props.on_down, &id);
    let on_handle = with_id(&props.on_grip, &id);
    let class = classes!(
        "node",
        icons::tone(n.kind),
        props.selected.then_some("selected"),
        match props.lit {
            Some(true) => Some("lit"),
            Some(false) => Some("dim"),
            None => None,
        },
    );
    let lang = use_lang();
    let kind = kind_title(n.kind, lang);
    let says_more = n.name() != n.kind.title() && n.name() != kind;
    let text = node_text(n.name(), says_more.then_some(kind.as_str()), r.w, r.h);
    let x = NODE_TEXT_X.to_string();
    html! {
        <g class={class} transform={format!("translate({} {})", r.x, r.y)} onpointerdown={onpointerdown}
           data-testid={format!("node-{id}")} data-node-id={id.clone()} data-kind={n.kind.as_str()} tabindex="0" role="button"
           aria-label={format!("{kind}: {}", n.name())} aria-pressed={props.selected.to_string()}>
            <title>{ format!("{} — {kind}", n.name()) }</title>
            <rect class="card" width={r.w.to_string()} height={r.h.to_string()} rx="8" />
            <g class="glyph" transform="translate(11 14)"><path d={icons::path(n.kind)} /></g>
            for (line, y) in text.lines {
                <text class="label" x={x.clone()} y={y.to_string()}>{ line }</text>
            }
            if let Some((kind, y)) = text.kind {
                <text class="kind" x={x.clone()} y={y.to_string()}>{ kind }</text>
            }
            if connectable(n.kind) && !props.readonly {
                <circle class="handle" cx={r.w.to_string()} cy={(r.h / 2.0).to_string()} r="6"
                    onpointerdown={on_handle} data-testid={format!("handle-{id}")}>
                    <title>{ tr(lang, id::DRAG_TO_CONNECT) }</title>
                </circle>
            }
            if let Some(b) = props.badge {
                <BadgeView id={id.clone()} badge={b} x={r.w - 4.0} y={4.0} on_badge={props.on_badge.clone()} />
            }
        </g>
    }
}

#[component]
fn ZoneView(props: &ShapeProps) -> Html {
    let n = &props.node;
    let r = props.at;
    let id = n.id.clone();
    let onpointerdown = with_id(&props.on_down, &id);
    let on_resize = with_id(&props.on_grip, &id);
    // The body moves the zone as its tab does, as in diagram tools; with
    // Alt held it starts a rubber band inside the zone. Read-only, the
    // body pans, like the background it covers.
    let on_body = (!props.readonly).then(|| {
        let down = onpointerdown.clone();
        Callback::from(move |e: PointerEvent| {
            if !e.alt_key() {
                down.emit(e);
            }
        })
    });
    let lang = use_lang();
    let class = classes!(
        "zone",
        format!("zone-{}", n.kind.as_str()),
        props.selected.then_some("selected"),
        (props.lit == Some(false)).then_some("dim"),
    );
    let mut title = n.name().to_string();
    if let Some(cidr) = &n.props.cidr {
        title.push_str(&format!("  {cidr}"));
    }
    html! {
        <g class={class} transform={format!("translate({} {})", r.x, r.y)} data-testid={format!("node-{id}")} data-kind={n.kind.as_str()}>
            <rect class="area" width={r.w.to_string()} height={r.h.to_string()} rx="10" onpointerdown={on_body} />
            <g class="tab" onpointerdown={onpointerdown} tabindex="0" role="button" data-node-id={id.clone()}
               aria-label={format!("{}: {}", kind_title(n.kind, lang), n.name())} aria-pressed={props.selected.to_string()}>
                <rect class="tabbg" width={(r.w.min(12.0 + 8.0 * text_width(&title) as f64 + 30.0)).to_string()} height="26" rx="10" />
                <g class="glyph" transform="translate(7 5) scale(0.67)"><path d={icons::path(n.kind)} /></g>
                <text class="label" x="30" y="17">{ truncate(&title, ((r.w - 40.0) / 7.5).max(4.0) as usize) }</text>
            </g>
            if props.selected && !props.readonly {
                <rect class="resize" x={(r.w - 10.0).to_string()} y={(r.h - 10.0).to_string()} width="12" height="12" rx="2"
                    onpointerdown={on_resize} data-testid={format!("resize-{id}")}>
                    <title>{ tr(lang, id::DRAG_TO_RESIZE) }</title>
                </rect>
            }
            if let Some(b) = props.badge {
                <BadgeView id={id.clone()} badge={b} x={r.w - 12.0} y={12.0} on_badge={props.on_badge.clone()} />
            }
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct FlowViewProps {
    flow: Rc<Flow>,
    /// Where each node on the route is drawn, from source to sink.
    route: Vec<Rect>,
    /// How far each hop is shifted to its left (hops that share two nodes).
    offsets: Rc<Vec<f64>>,
    selected: bool,
    lit: Option<bool>,
    badge: Option<Badge>,
    e2e: crate::check::EndToEnd,
    enforced: Option<Rc<String>>,
    on_down: Callback<(PointerEvent, String)>,
    on_badge: Callback<String>,
}

/// A data flow, drawn as its hops: source → each connectivity node on its
/// route → sink, each hop with its arrowhead, all one element (clicking
/// any hop selects the flow). The chip sits on the hop into the sink. Each
/// hop has a ring under its line, drawn when the keyboard focuses the flow.
#[component]
fn FlowView(props: &FlowViewProps) -> Html {
    let f = &props.flow;
    let lang = use_lang();
    let lines: Vec<(f64, f64, f64, f64)> = props
        .route
        .windows(2)
        .enumerate()
        .map(|(k, w)| {
            let offset = props.offsets.get(k).copied().unwrap_or(0.0);
            editor::flow_line(&w[0], &w[1], offset)
        })
        .collect();
    let (x0, y0, x1, y1) = lines.last().copied().unwrap_or_default();
    let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    let t = f.transport.as_str();
    let lit = props.lit == Some(true);
    let onpointerdown = with_id(&props.on_down, &f.id);
    let chip = chip_label_in(f.transport, f.only.as_deref(), props.e2e, lang);
    let protection = match &props.enforced {
        Some(why) => why.to_string(),
        None => super::inspector::transport_title(f.transport, lang),
    };
    let aria = {
        let protection = ("protection", Arg::Text(protection.clone()));
        if f.label.is_empty() {
            crate::i18n::t(lang, id::FLOW_ARIA, &[protection])
        } else {
            let label = ("label", Arg::Text(f.label.clone()));
            crate::i18n::t(lang, id::FLOW_ARIA_LABELLED, &[label, protection])
        }
    };
    let chip_w = 10.0 + 6.5 * text_width(&chip) as f64;
    let class = classes!(
        "flow",
        format!("t-{t}"),
        props.selected.then_some("selected"),
        (!f.via.is_empty()).then_some("routed"),
        match props.lit {
            Some(true) => Some("lit"),
            Some(false) => Some("dim"),
            None => None,
        },
    );
    let marker = if lit {
        "url(#arrow-lit)".to_string()
    } else {
        format!("url(#arrow-{t})")
    };
    let hops = f.via.len() + 1;
    html! {
        <g class={class} onpointerdown={onpointerdown} data-testid={format!("flow-{}", f.id)} data-flow-id={f.id.clone()}
           data-transport={t} data-hops={hops.to_string()} tabindex="0" role="button" aria-pressed={props.selected.to_string()}
           aria-label={aria}
           data-protection={if props.e2e.tls && f.transport == Transport::None { "tls-enforced" } else { t }}>
            <title>{ format!("{}{}{protection}", if f.label.is_empty() { "" } else { f.label.as_str() }, if f.label.is_empty() { "" } else { " — " }) }</title>
            for (k, (x0, y0, x1, y1)) in lines.iter().enumerate() {
                {{
                    let d = format!("M{x0} {y0} L{x1} {y1}");
                    html! {
                        <g class="hop" key={k} data-testid={format!("hop-{}-{k}", f.id)}>
                            <path class="hit" d={d.clone()} />
                            <path class="ring" d={d.clone()} />
                            <path class="line" d={d} marker-end={marker.clone()} />
                        </g>
                    }
                }}
            }
            <g class="chip" transform={format!("translate({} {})", mx - chip_w / 2.0, my - 9.0)}>
                <rect width={chip_w.to_string()} height="18" rx="9" />
                <text x={(chip_w / 2.0).to_string()} y="13">{ chip }</text>
            </g>
            if let Some(b) = props.badge {
                <BadgeView id={f.id.clone()} badge={b} x={mx + chip_w / 2.0 + 8.0} y={my} on_badge={props.on_badge.clone()} />
            }
        </g>
    }
}

/// A pointer callback that also says which element it came from.
fn with_id(cb: &Callback<(PointerEvent, String)>, id: &str) -> Callback<PointerEvent> {
    let cb = cb.clone();
    let id = id.to_string();
    Callback::from(move |e: PointerEvent| cb.emit((e, id.clone())))
}

/// The editor's grid, re-exported for keyboard nudging.
pub const GRID: f64 = editor::GRID;

//! The canvas's context menu in the page: opened by a right-click, or by
//! Shift + F10 or the Menu key on the focused node, flow or canvas. What
//! it offers and where it goes is `editor::menu`; the app that shows it
//! runs the entry picked with the actions it already has.
//!
//! Keyboard as in the WAI-ARIA menu pattern: the first entry has the
//! focus; arrows (and Home, End) move it, Enter or Space runs the entry,
//! Escape closes the menu and gives the focus back to what it was opened
//! on; Tab closes it. A press outside it, the wheel, a scroll or a resize
//! closes it too.

use super::hooks::listen_capture;
use super::lang::{tr, use_lang};
use super::modal::Modal;
use super::state::{Derived, Shared, Store};
use crate::editor::menu::{self, Entry, Target};
use crate::editor::{Action, Selection};
use crate::i18n::ids::ui as id;
use crate::i18n::{Arg, kind_title, summary_id, t};
use crate::model::Kind;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// A menu to open: on what, at which client (window) point, and the
/// element to give the focus back to.
#[derive(Clone, Debug, PartialEq)]
pub struct MenuRequest {
    pub target: Target,
    pub x: f64,
    pub y: f64,
    pub opener: Option<Element>,
}

/// Opens the menu of `req`, selecting its node or flow first (unless it
/// is already in the selection: then the entries act on all of it, as in
/// diagram tools). Nothing opens when nothing is offered.
pub fn open(
    store: &Store,
    menu: &UseStateHandle<Option<MenuRequest>>,
    req: MenuRequest,
    entries: Vec<(Entry, bool)>,
) {
    if entries.is_empty() {
        return;
    }
    let sel = &store.ed.selection;
    let select = match &req.target {
        Target::Node { id, .. } if !sel.nodes.contains(id) => Some(Selection::node(id)),
        Target::Flow { id } if !sel.flows.contains(id) => Some(Selection::flow(id)),
        _ => None,
    };
    if let Some(s) = select {
        store.dispatch(Action::Select(s));
    }
    menu.set(Some(req));
}

/// The entries for a request: what the editor and the findings say
/// (`readonly`: the embed's, or safe mode's, non-editing ones only).
pub fn entries(
    req: &MenuRequest,
    store: &Store,
    derived: &Derived,
    readonly: bool,
) -> Vec<(Entry, bool)> {
    let has_findings = req
        .target
        .id()
        .is_some_and(|id| derived.badges.contains_key(id));
    let cx = menu::Context {
        readonly,
        has_findings,
        can_paste: store.ed.can_paste(),
        has_nodes: !store.ed.doc().nodes.is_empty(),
    };
    menu::entries(&req.target, cx)
}

/// What the canvas calls on a right-click: opens the menu with
/// [`entries`].
pub fn on_menu(
    store: &Store,
    menu: &UseStateHandle<Option<MenuRequest>>,
    derived: &Shared<Derived>,
    readonly: bool,
) -> Callback<MenuRequest> {
    let (store, menu, derived) = (store.clone(), menu.clone(), derived.clone());
    Callback::from(move |req: MenuRequest| {
        let entries = entries(&req, &store, &derived, readonly);
        open(&store, &menu, req, entries);
    })
}

#[derive(Properties, PartialEq)]
pub struct ContextMenuProps {
    pub request: MenuRequest,
    pub entries: Vec<(Entry, bool)>,
    /// An entry picked; the menu is to close.
    pub on_pick: Callback<Entry>,
    pub on_close: Callback<()>,
}

use super::focus::focus_element as focus;

/// Focuses `el` if it is still in the page.
fn focus_back(el: &Option<Element>) {
    if let Some(el) = el.as_ref().filter(|el| el.is_connected()) {
        focus(el);
    }
}

#[component]
pub fn ContextMenu(props: &ContextMenuProps) -> Html {
    let lang = use_lang();
    let panel = use_node_ref();
    let enabled: Vec<bool> = props.entries.iter().map(|(_, ok)| *ok).collect();

    // Place it on screen, focus the first entry, and close it on a press
    // outside it, the wheel, a scroll or a resize.
    {
        let panel = panel.clone();
        let (x, y) = (props.request.x, props.request.y);
        let on_close = props.on_close.clone();
        let first = menu::step(&enabled, None, "ArrowDown");
        use_effect_with((), move |_| {
            let window = web_sys::window();
            if let (Some(el), Some(w)) = (panel.cast::<HtmlElement>(), &window) {
                let r = el.get_bounding_client_rect();
                let vw = w
                    .inner_width()
                    .ok()
                    .and_then(|v| v.as_f64())
                    .unwrap_or(1280.0);
                let vh = w
                    .inner_height()
                    .ok()
                    .and_then(|v| v.as_f64())
                    .unwrap_or(800.0);
                let (left, top) = menu::place(x, y, r.width(), r.height(), vw, vh);
                let style = el.style();
                let _ = style.set_property("left", &format!("{left}px"));
                let _ = style.set_property("top", &format!("{top}px"));
                let _ = style.set_property("visibility", "visible");
                let items = el.query_selector_all("[role=menuitem]").ok();
                if let Some(item) = first.and_then(|i| items?.get(i as u32)) {
                    focus(&item.unchecked_into());
                } else {
                    let _ = el.focus();
                }
            }
            let outside = {
                let (panel, on_close) = (panel.clone(), on_close.clone());
                move |e: web_sys::Event| {
                    let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                    let inside = panel
                        .cast::<web_sys::Node>()
                        .is_some_and(|p| p.contains(target.as_ref()));
                    if !inside {
                        on_close.emit(());
                    }
                }
            };
            let closer = |on_close: &Callback<()>| {
                let on_close = on_close.clone();
                move |_: web_sys::Event| on_close.emit(())
            };
            let target: Option<web_sys::EventTarget> = window.clone().map(Into::into);
            let stops: [Box<dyn FnOnce()>; 4] = [
                Box::new(listen_capture(target.clone(), "pointerdown", outside)),
                Box::new(listen_capture(target.clone(), "wheel", closer(&on_close))),
                Box::new(listen_capture(target.clone(), "scroll", closer(&on_close))),
                Box::new(listen_capture(target, "resize", closer(&on_close))),
            ];
            move || {
                for stop in stops {
                    stop();
                }
            }
        });
    }

    // The focus goes back to what the menu was opened on before the entry
    // runs: a dialog it opens then gives it back there too.
    // Once only: a key that runs an entry may also click it.
    let picked = use_mut_ref(|| false);
    let pick = {
        let on_pick = props.on_pick.clone();
        let opener = props.request.opener.clone();
        move |entry: Entry| {
            if std::mem::replace(&mut *picked.borrow_mut(), true) {
                return;
            }
            focus_back(&opener);
            on_pick.emit(entry);
        }
    };
    let on_key = {
        let panel = panel.clone();
        let on_close = props.on_close.clone();
        let opener = props.request.opener.clone();
        let entries = props.entries.clone();
        let pick = pick.clone();
        Callback::from(move |e: KeyboardEvent| {
            // The editor's shortcuts (arrows nudge, Delete deletes) wait
            // while the menu has the focus.
            e.stop_propagation();
            let Some(el) = panel.cast::<Element>() else {
                return;
            };
            let items = el.query_selector_all("[role=menuitem]").ok();
            let active = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            let current = active
                .and_then(|a| a.get_attribute("data-index"))
                .and_then(|i| i.parse::<usize>().ok());
            match e.key().as_str() {
                "Escape" => {
                    e.prevent_default();
                    focus_back(&opener);
                    on_close.emit(());
                }
                "Tab" => {
                    e.prevent_default();
                    focus_back(&opener);
                    on_close.emit(());
                }
                "Enter" | " " => {
                    e.prevent_default();
                    if let Some(&(entry, true)) = current.and_then(|i| entries.get(i)) {
                        pick(entry);
                    }
                }
                key => {
                    if let Some(next) = menu::step(&enabled, current, key) {
                        e.prevent_default();
                        if let Some(item) = items.and_then(|l| l.get(next as u32)) {
                            focus(&item.unchecked_into());
                        }
                    }
                }
            }
        })
    };
    let on_context = Callback::from(|e: MouseEvent| e.prevent_default());

    html! {
        <div class="context-menu" role="menu" ref={panel} tabindex="-1" aria-label={tr(lang, id::MENU_LABEL)}
             data-testid="context-menu" onkeydown={on_key} oncontextmenu={on_context}>
            for (i, (entry, ok)) in props.entries.iter().copied().enumerate() {
                {{
                    let pick = pick.clone();
                    let onclick = Callback::from(move |_: MouseEvent| if ok { pick(entry) });
                    html! {
                        <button type="button" role="menuitem" tabindex="-1" data-index={i.to_string()}
                            aria-disabled={(!ok).then_some("true")} class={classes!((!ok).then_some("disabled"))}
                            data-testid={entry.message_id()} onclick={onclick}>
                            <span>{ tr(lang, entry.message_id()) }</span>
                            if let Some(keys) = entry.shortcut() {
                                <kbd aria-hidden="true">{ keys }</kbd>
                            }
                        </button>
                    }
                }}
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AboutKindProps {
    pub kind: Kind,
    pub on_close: Callback<()>,
}

/// "About this kind": the kind's description, the one the palette shows
/// as its tooltip and the inspector under its title.
#[component]
pub fn AboutKind(props: &AboutKindProps) -> Html {
    let lang = use_lang();
    let title = kind_title(props.kind, lang);
    html! {
        <Modal title={t(lang, id::MENU_ABOUT_TITLE, &[("kind", Arg::Text(title.clone()))])}
            on_close={props.on_close.clone()} testid="about-kind">
            <div class="about-kind">
                <h3 class="with-icon"><super::icons::Icon kind={props.kind} size={22.0} />{ title }</h3>
                <p data-testid="about-kind-text">{ tr(lang, &summary_id(props.kind)) }</p>
            </div>
        </Modal>
    }
}

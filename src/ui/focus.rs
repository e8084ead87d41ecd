//! What the findings panel and the canvas focus on besides the selection:
//! the findings filter (a badge's element) and the highlighted finding.
//! Both name things of one design by id, so neither may outlive it: they
//! go when another design opens (a load, or undo or redo across one), and
//! each goes when what it names is gone from the document or the report.

use super::state::Derived;
use crate::editor::Design;
use crate::model::Document;
use yew::prelude::*;

/// Whether `id` is a node or a flow of `doc`.
pub fn is_element(doc: &Document, id: &str) -> bool {
    doc.node(id).is_some() || doc.flow(id).is_some()
}

/// The filter worth showing: none if its element is not in `doc` (for the
/// render before [`use_forget_stale`] clears it).
pub fn live_filter(doc: &Document, filter: &Option<String>) -> Option<String> {
    filter.clone().filter(|id| is_element(doc, id))
}

/// Clears `filter` and `highlight` when the design changes, and each when
/// it no longer names anything.
#[hook]
pub fn use_forget_stale(
    design: Design,
    doc: &Document,
    derived: &Derived,
    filter: &UseStateHandle<Option<String>>,
    highlight: &UseStateHandle<Option<String>>,
) {
    let filter_stale = filter.as_deref().is_some_and(|id| !is_element(doc, id));
    let highlight_stale = highlight
        .as_deref()
        .is_some_and(|id| !derived.items.iter().any(|f| f.id == id));
    let seen = use_mut_ref(|| design);
    let replaced = *seen.borrow() != design;
    *seen.borrow_mut() = design;
    let (filter, highlight) = (filter.clone(), highlight.clone());
    use_effect(move || {
        if (replaced || filter_stale) && filter.is_some() {
            filter.set(None);
        }
        if (replaced || highlight_stale) && highlight.is_some() {
            highlight.set(None);
        }
    });
}

/// Focuses the element with `data-testid` = `testid`, if there is one.
pub fn focus_testid(testid: &str) {
    use wasm_bindgen::JsCast;
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("[data-testid={testid}]"))
                .ok()
                .flatten()
        })
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Focuses `el`, an HTML or an SVG element (a node on the canvas is an
/// SVG `g`, which `HtmlElement::focus` does not take).
pub fn focus_element(el: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let focus = js_sys::Reflect::get(el, &"focus".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(f) = focus {
        let _ = f.call0(el);
    }
}

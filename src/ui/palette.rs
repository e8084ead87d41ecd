//! The palette: every kind, grouped, with a search box. Drag an item onto
//! the canvas (pointer events, so mouse, pen and touch all work), or press
//! Enter on it to add it at the centre of the view. While dragging, the
//! ghost shows whether the drop would be refused there.

use super::icons::Icon;
use super::lang::{tr, use_lang};
use crate::i18n::ids::ui as id;
use crate::i18n::{Arg, Lang, group_id, kind_title, summary_id, t};
use crate::model::{Group, Kind};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, PointerEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PaletteProps {
    /// A kind dropped at a client (window) point.
    pub on_drop: Callback<(Kind, f64, f64)>,
    /// A kind dragged to a client point, during the drag; `None` when it ends.
    pub on_drag: Callback<Option<(Kind, f64, f64)>>,
    /// The drag under way would be refused where it is now.
    #[prop_or_default]
    pub refused: bool,
    /// A kind added from the keyboard, at the centre of the view.
    pub on_add: Callback<Kind>,
    /// Nothing can be added (safe mode): shown dimmed, out of reach.
    #[prop_or_default]
    pub readonly: bool,
}

#[component]
pub fn Palette(props: &PaletteProps) -> Html {
    let lang = use_lang();
    let query = use_state(String::new);
    let ghost = use_node_ref();
    let dragging = use_mut_ref(|| None::<Kind>);

    let on_input = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                query.set(input.value());
            }
        })
    };
    let q = query.trim().to_lowercase();
    // English words find a kind in every language.
    let matches = |k: Kind| {
        q.is_empty()
            || k.title().to_lowercase().contains(&q)
            || k.as_str().contains(&q)
            || k.summary().to_lowercase().contains(&q)
            || (lang != Lang::En
                && (kind_title(k, lang).to_lowercase().contains(&q)
                    || tr(lang, &summary_id(k)).to_lowercase().contains(&q)))
    };

    let move_ghost = {
        let ghost = ghost.clone();
        move |e: &PointerEvent, kind: Option<Kind>| {
            if let Some(el) = ghost.cast::<HtmlElement>() {
                let style = el.style();
                match kind {
                    Some(k) => {
                        let _ = el.set_attribute("data-kind", k.as_str());
                        el.set_inner_text(&kind_title(k, lang));
                        let _ = style.set_property("display", "block");
                        let _ = style.set_property(
                            "transform",
                            &format!("translate({}px, {}px)", e.client_x() + 8, e.client_y() + 8),
                        );
                    }
                    None => {
                        let _ = style.set_property("display", "none");
                    }
                }
            }
        }
    };

    let item = |kind: Kind| {
        let on_down = {
            let dragging = dragging.clone();
            Callback::from(move |e: PointerEvent| {
                if e.button() != 0 {
                    return;
                }
                e.prevent_default();
                // Yew delegates events, so `current_target` is the root: capture
                // on the item itself, so the drag's moves and release come here.
                let item = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|t| t.closest("button").ok().flatten());
                if let Some(el) = item {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
                *dragging.borrow_mut() = Some(kind);
            })
        };
        let on_move = {
            let dragging = dragging.clone();
            let move_ghost = move_ghost.clone();
            let on_drag = props.on_drag.clone();
            Callback::from(move |e: PointerEvent| {
                if let Some(k) = *dragging.borrow() {
                    move_ghost(&e, Some(k));
                    on_drag.emit(Some((k, e.client_x() as f64, e.client_y() as f64)));
                }
            })
        };
        let on_up = {
            let dragging = dragging.clone();
            let move_ghost = move_ghost.clone();
            let (on_drop, on_drag) = (props.on_drop.clone(), props.on_drag.clone());
            Callback::from(move |e: PointerEvent| {
                let kind = dragging.borrow_mut().take();
                move_ghost(&e, None);
                on_drag.emit(None);
                if let Some(k) = kind {
                    on_drop.emit((k, e.client_x() as f64, e.client_y() as f64));
                }
            })
        };
        let on_cancel = {
            let dragging = dragging.clone();
            let move_ghost = move_ghost.clone();
            let on_drag = props.on_drag.clone();
            Callback::from(move |e: PointerEvent| {
                dragging.borrow_mut().take();
                move_ghost(&e, None);
                on_drag.emit(None);
            })
        };
        let on_key = {
            let on_add = props.on_add.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    on_add.emit(kind);
                }
            })
        };
        html! {
            <li key={kind.as_str()}>
                <button class="item" title={tr(lang, &summary_id(kind))} data-testid={format!("palette-{}", kind.as_str())}
                    onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up} onpointercancel={on_cancel}
                    onkeydown={on_key} aria-label={t(lang, id::PALETTE_ADD, &[("kind", Arg::Text(kind_title(kind, lang)))])}>
                    <Icon kind={kind} />
                    <span>{ kind_title(kind, lang) }</span>
                </button>
            </li>
        }
    };

    html! {
        <aside class={classes!("palette", props.readonly.then_some("readonly"), props.refused.then_some("refusing"))} inert={props.readonly} id="palette" data-testid="palette" aria-label={tr(lang, id::PALETTE_LABEL)}>
            <input class="search" type="search" placeholder={tr(lang, id::PALETTE_SEARCH)} aria-label={tr(lang, id::PALETTE_SEARCH)}
                value={(*query).clone()} oninput={on_input} data-testid="palette-search" />
            for group in Group::ALL {
                if Kind::ALL.iter().any(|k| k.group() == group && matches(*k)) {
                    <section class="group">
                        <h3>{ tr(lang, &group_id(group)) }</h3>
                        <ul>
                            for k in Kind::ALL.into_iter().filter(|k| k.group() == group && matches(*k)) {
                                { item(k) }
                            }
                        </ul>
                    </section>
                }
            }
            if !Kind::ALL.iter().any(|k| matches(*k)) {
                <p class="empty">{ tr(lang, id::PALETTE_NO_MATCH) }</p>
            }
            <p class="hint">{ tr(lang, id::PALETTE_HINT) }</p>
            <div class="ghost" ref={ghost} aria-hidden="true"></div>
        </aside>
    }
}

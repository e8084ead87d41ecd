//! A modal dialog: a titled panel over a backdrop. Every dialog closes the
//! same three ways — its ✕ button, Escape, and a click on the backdrop —
//! and gives the focus back to what opened it.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    pub title: AttrValue,
    pub on_close: Callback<()>,
    pub testid: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Modal(props: &ModalProps) -> Html {
    let lang = super::lang::use_lang();
    let backdrop_ref = use_node_ref();
    let panel = use_node_ref();
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    // Yew delegates events, so `current_target` is the app's root: compare
    // the target with the backdrop itself (a click inside the panel is not
    // a click on the backdrop).
    let on_backdrop = {
        let cb = props.on_close.clone();
        let backdrop_ref = backdrop_ref.clone();
        Callback::from(move |e: MouseEvent| {
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            if target.is_some() && target == backdrop_ref.cast::<Element>() {
                cb.emit(());
            }
        })
    };
    let on_key = {
        let cb = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                // Handled: the app's shortcuts must not also clear the
                // selection behind the dialog.
                e.prevent_default();
                e.stop_propagation();
                cb.emit(());
            }
        })
    };
    {
        let panel = panel.clone();
        use_effect_with((), move |_| {
            let opener = active_element();
            if let Some(el) = panel.cast::<HtmlElement>() {
                let _ = el.focus();
            }
            move || {
                if let Some(el) = opener {
                    give_focus_back(&el);
                }
            }
        });
    }
    html! {
        <div class="backdrop" ref={backdrop_ref} onclick={on_backdrop} onkeydown={on_key} data-testid="backdrop">
            <div class="modal" role="dialog" aria-modal="true" aria-label={props.title.clone()} data-testid={props.testid.clone()} tabindex="-1" ref={panel}>
                <header>
                    <h2>{ props.title.clone() }</h2>
                    <button class="icon-button" onclick={close} aria-label={super::lang::tr(lang, crate::i18n::ids::ui::CLOSE)} data-testid="modal-close">{ "✕" }</button>
                </header>
                <div class="modal-body">{ props.children.clone() }</div>
            </div>
        </div>
    }
}

/// The focused element, unless it is the page itself.
fn active_element() -> Option<Element> {
    let doc = web_sys::window()?.document()?;
    let el = doc.active_element()?;
    let body: Option<Element> = doc.body().map(Into::into);
    (Some(&el) != body.as_ref()).then_some(el)
}

/// Focuses `el` again, if it is still on screen (a menu's item opens a
/// dialog with the focus on the menu's button, see `menus::close`).
fn give_focus_back(el: &Element) {
    let rect = el.get_bounding_client_rect();
    let shown = el.is_connected() && (rect.width() > 0.0 || rect.height() > 0.0);
    if shown {
        super::focus::focus_element(el);
    }
}

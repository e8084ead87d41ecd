//! The Designs dialog: every design kept in this browser, the most recent
//! first, with its title, size, node count and time; each can be opened
//! here, renamed, saved as a file or deleted. The design open in this tab
//! cannot be deleted from under it.

use super::banners::{Notice, Topic};
use super::io;
use super::keeping::Keeping;
use super::menus::opened_notice;
use super::modal::Modal;
use super::state::{Dispatch, Shared};
use crate::editor::Action;
use crate::library::{self, DesignId, Entry};
use crate::model::{self, Document};
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DesignsProps {
    pub keeping: Shared<RefCell<super::keeping::Keeper>>,
    pub on_close: Callback<()>,
    /// After a design is opened (to fit it to the view).
    pub on_open: Callback<Document>,
    pub notify: Callback<Notice>,
}

/// The designs kept, or why there are none to show.
fn listed() -> Result<Vec<Entry>, String> {
    io::library().map(|lib| lib.entries())
}

/// `2 Dec 2026, 14:05` in the user's locale; unknown for a record found
/// without its index entry.
fn when(ms: f64) -> String {
    if ms <= 0.0 {
        return "time unknown".into();
    }
    js_sys::Date::new(&JsValue::from_f64(ms))
        .to_locale_string("default", &JsValue::UNDEFINED)
        .into()
}

fn title_of(e: &Entry) -> String {
    if e.title.is_empty() {
        "Untitled design".into()
    } else {
        e.title.clone()
    }
}

/// What a row's buttons do.
#[derive(Clone, PartialEq)]
enum Act {
    Open,
    Rename,
    Save,
    Delete,
}

#[component]
pub fn Designs(props: &DesignsProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let entries = use_state(listed);
    let renaming = use_state(|| None::<DesignId>);
    let confirming = use_state(|| None::<DesignId>);
    let here = props.keeping.borrow().current_record().cloned();
    let refresh = {
        let entries = entries.clone();
        move || entries.set(listed())
    };

    let act = |act: Act, e: &Entry| {
        let (id, title) = (e.id.clone(), title_of(e));
        let keeping: Keeping = props.keeping.0.clone();
        let (store, notify) = (store.clone(), props.notify.clone());
        let (on_close, on_open) = (props.on_close.clone(), props.on_open.clone());
        let (renaming, confirming) = (renaming.clone(), confirming.clone());
        let refresh = refresh.clone();
        Callback::from(move |_: MouseEvent| {
            let Ok(lib) = io::library() else { return };
            match act {
                Act::Open => {
                    let Some(text) = lib.text(&id) else {
                        return refresh();
                    };
                    match model::load(&text) {
                        Ok(model::Loaded { doc, notes }) => {
                            keeping.borrow_mut().claim_next(id.clone(), &text);
                            store.dispatch(Action::Load(doc.clone()));
                            on_close.emit(());
                            on_open.emit(doc);
                            let done = format!("Opened “{title}”. Undo brings back the design you had.");
                            if let Some(n) = opened_notice(&title, Some(done), &notes) {
                                notify.emit(n);
                            }
                        }
                        Err(e) => notify.emit(Notice::error(
                            Topic::Open,
                            format!("“{title}” could not be opened: {}\nIt stays in Designs; Save it as a file from there to repair it.", e.lines().join("\n")),
                        )),
                    }
                }
                Act::Rename => renaming.set(Some(id.clone())),
                Act::Save => {
                    let text = lib.text(&id).unwrap_or_default();
                    if let Err(e) =
                        io::download_text(&io::file_name(&title, "json"), "application/json", &text)
                    {
                        notify.emit(Notice::error(
                            Topic::Storage,
                            format!("“{title}” could not be saved as a file: {e}"),
                        ));
                    }
                }
                Act::Delete if *confirming == Some(id.clone()) => {
                    lib.delete(&id);
                    confirming.set(None);
                    refresh();
                }
                Act::Delete => confirming.set(Some(id.clone())),
            }
        })
    };

    let rename_done = |e: &Entry| {
        let id = e.id.clone();
        let is_here = here.as_ref() == Some(&id);
        let (store, notify) = (store.clone(), props.notify.clone());
        let renaming = renaming.clone();
        let refresh = refresh.clone();
        Callback::from(move |ev: KeyboardEvent| {
            match ev.key().as_str() {
                "Enter" => {}
                "Escape" => {
                    ev.stop_propagation();
                    return renaming.set(None);
                }
                _ => return,
            }
            let input: HtmlInputElement = ev.target_unchecked_into();
            let title = input.value();
            if is_here {
                // The design open here: an edit, saved like any other.
                store.dispatch(Action::SetTitle(title.trim().to_string()));
            }
            if let Err(e) = io::library().and_then(|lib| lib.rename(&id, &title, io::now())) {
                notify.emit(Notice::error(
                    Topic::Storage,
                    format!("Could not rename the design: {e}"),
                ));
            }
            renaming.set(None);
            refresh();
        })
    };

    let body = match &*entries {
        Err(e) => {
            html! { <p class="help" data-testid="designs-error">{ format!("No designs can be kept here: {e}.") }</p> }
        }
        Ok(list) if list.is_empty() => {
            html! { <p class="help">{ "No design is kept in this browser yet: the one you draw is saved here as you go." }</p> }
        }
        Ok(list) => html! {
            <ul class="designs">
                for e in list.iter() {
                    <li class={classes!("design", (here.as_ref() == Some(&e.id)).then_some("here"))} data-testid={format!("design-{}", e.id)}>
                        <div class="what">
                            if *renaming == Some(e.id.clone()) {
                                <input class="rename" value={e.title.clone()} aria-label="New title" onkeydown={rename_done(e)} data-testid="design-title-input" autofocus=true />
                            } else {
                                <strong data-testid="design-title">{ title_of(e) }</strong>
                            }
                            <span class="meta">
                                { format!("{} node{} · {} · {}", e.nodes, if e.nodes == 1 { "" } else { "s" }, library::size(e.bytes), when(e.modified)) }
                                if here.as_ref() == Some(&e.id) { <span class="tag">{ "open here" }</span> }
                            </span>
                        </div>
                        <div class="acts">
                            <button onclick={act(Act::Open, e)} disabled={here.as_ref() == Some(&e.id)} data-testid="design-open">{ "Open" }</button>
                            <button onclick={act(Act::Rename, e)} data-testid="design-rename">{ "Rename" }</button>
                            <button onclick={act(Act::Save, e)} title="Save as a file" data-testid="design-save">{ "Save" }</button>
                            <button class={classes!((*confirming == Some(e.id.clone())).then_some("confirm"))} onclick={act(Act::Delete, e)}
                                disabled={here.as_ref() == Some(&e.id)} title={if here.as_ref() == Some(&e.id) { "Open in this tab" } else { "Delete from this browser" }} data-testid="design-delete">
                                { if *confirming == Some(e.id.clone()) { "Delete for good" } else { "Delete" } }
                            </button>
                        </div>
                    </li>
                }
            </ul>
        },
    };
    html! {
        <Modal title="Designs" on_close={props.on_close.clone()} testid="designs">
            <p class="help">{ "Every design you drew or opened in this browser, kept as you go. Links, files and templates open as designs of their own and change no other." }</p>
            { body }
        </Modal>
    }
}

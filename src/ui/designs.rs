//! The Designs dialog: every design kept in this browser, the most recent
//! first, with its title, size, node count and time; each can be opened
//! here, renamed, saved as a file or deleted. The design open in this tab
//! cannot be deleted from under it.

use super::banners::{Notice, Topic};
use super::io;
use super::keeping::Keeping;
use super::lang::{s, tr, use_lang};
use super::menus::opened_notice;
use super::modal::Modal;
use super::safe::Why;
use super::state::{Dispatch, Shared};
use crate::editor::Action;
use crate::i18n::ids::ui as id;
use crate::i18n::{Arg, Lang, t};
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
    /// The design open here is in safe mode already.
    pub safe: bool,
    /// Puts the design open here in safe mode (after opening one whose
    /// last check never finished or was slow: `crate::opening`).
    pub on_safe: Callback<Why>,
}

/// The designs kept, or why there are none to show.
fn listed() -> Result<Vec<Entry>, String> {
    io::library().map(|lib| lib.entries())
}

/// `2 Dec 2026, 14:05` in the user's locale; unknown for a record found
/// without its index entry.
fn when(ms: f64, lang: Lang) -> String {
    if ms <= 0.0 {
        return tr(lang, id::TIME_UNKNOWN);
    }
    // English keeps the browser's own English (en-GB, en-US…).
    let locale = if lang == Lang::En {
        "default"
    } else {
        lang.code()
    };
    js_sys::Date::new(&JsValue::from_f64(ms))
        .to_locale_string(locale, &JsValue::UNDEFINED)
        .into()
}

fn title_of(e: &Entry, lang: Lang) -> String {
    if e.title.is_empty() {
        tr(lang, id::UNTITLED_DESIGN)
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
    let lang = use_lang();
    let entries = use_state(listed);
    let renaming = use_state(|| None::<DesignId>);
    let confirming = use_state(|| None::<DesignId>);
    let here = props.keeping.borrow().current_record().cloned();
    let refresh = {
        let entries = entries.clone();
        move || entries.set(listed())
    };

    let act = |act: Act, e: &Entry| {
        let (id, title) = (e.id.clone(), title_of(e, lang));
        let keeping: Keeping = props.keeping.0.clone();
        let (store, notify) = (store.clone(), props.notify.clone());
        let (on_close, on_open) = (props.on_close.clone(), props.on_open.clone());
        let on_safe = props.on_safe.clone();
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
                            if let Some(mark) = io::marks().ok().and_then(|m| m.get(&id)) {
                                on_safe.emit(Why::Marked(mark));
                            }
                            let done = t(lang, id::DESIGN_OPENED, &[("title", s(&title))]);
                            if let Some(n) =
                                opened_notice(lang, Arg::Text(title.clone()), Some(done), &notes)
                            {
                                notify.emit(n);
                            }
                        }
                        Err(e) => notify.emit(Notice::error(
                            Topic::Open,
                            format!(
                                "{}\n{}",
                                t(
                                    lang,
                                    id::DESIGN_OPEN_FAILED,
                                    &[("title", s(&title)), ("error", s(e.lines().join("\n")))]
                                ),
                                tr(lang, id::DESIGN_OPEN_FAILED_AFTER)
                            ),
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
                            t(
                                lang,
                                id::DESIGN_SAVE_FAILED,
                                &[("title", s(&title)), ("error", s(e))],
                            ),
                        ));
                    }
                }
                Act::Delete if *confirming == Some(id.clone()) => {
                    lib.delete(&id);
                    if let Ok(marks) = io::marks() {
                        marks.forget(&id);
                    }
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
                    t(lang, id::RENAME_FAILED, &[("error", s(e))]),
                ));
            }
            renaming.set(None);
            refresh();
        })
    };

    let body = match &*entries {
        Err(e) => {
            html! { <p class="help" data-testid="designs-error">{ t(lang, id::DESIGNS_UNAVAILABLE, &[("error", s(e))]) }</p> }
        }
        Ok(list) if list.is_empty() => {
            html! { <p class="help">{ tr(lang, id::DESIGNS_NONE) }</p> }
        }
        Ok(list) => html! {
            <ul class="designs">
                for e in list.iter() {
                    <li class={classes!("design", (here.as_ref() == Some(&e.id)).then_some("here"))} data-testid={format!("design-{}", e.id)}>
                        <div class="what">
                            if *renaming == Some(e.id.clone()) {
                                <input class="rename" value={e.title.clone()} aria-label={tr(lang, id::NEW_TITLE)} onkeydown={rename_done(e)} data-testid="design-title-input" autofocus=true />
                            } else {
                                <strong data-testid="design-title">{ title_of(e, lang) }</strong>
                            }
                            <span class="meta">
                                { t(lang, id::DESIGN_META, &[("nodes", Arg::Count(e.nodes)), ("size", s(library::size(e.bytes))), ("when", s(when(e.modified, lang)))]) }
                                if here.as_ref() == Some(&e.id) { <span class="tag">{ tr(lang, id::OPEN_HERE) }</span> }
                            </span>
                        </div>
                        <div class="acts">
                            <button onclick={act(Act::Open, e)} disabled={here.as_ref() == Some(&e.id)} data-testid="design-open">{ tr(lang, id::OPEN) }</button>
                            <button onclick={act(Act::Rename, e)} disabled={props.safe && here.as_ref() == Some(&e.id)} data-testid="design-rename">{ tr(lang, id::RENAME) }</button>
                            <button onclick={act(Act::Save, e)} title={tr(lang, id::SAVE_AS_FILE)} data-testid="design-save">{ tr(lang, id::SAVE) }</button>
                            <button class={classes!((*confirming == Some(e.id.clone())).then_some("confirm"))} onclick={act(Act::Delete, e)}
                                disabled={here.as_ref() == Some(&e.id)} title={tr(lang, if here.as_ref() == Some(&e.id) { id::OPEN_IN_THIS_TAB } else { id::DELETE_FROM_BROWSER })} data-testid="design-delete">
                                { tr(lang, if *confirming == Some(e.id.clone()) { id::DELETE_FOR_GOOD } else { id::DELETE }) }
                            </button>
                        </div>
                    </li>
                }
            </ul>
        },
    };
    html! {
        <Modal title={tr(lang, id::DESIGNS)} on_close={props.on_close.clone()} testid="designs">
            <p class="help">{ tr(lang, id::DESIGNS_HELP) }</p>
            { body }
            <p class="help safe-entry">
                <button onclick={ let on_safe = props.on_safe.clone(); Callback::from(move |_: MouseEvent| on_safe.emit(Why::Asked)) }
                    disabled={props.safe} data-testid="designs-safe-mode">{ tr(lang, id::DESIGNS_SAFE_MODE) }</button>
                { " " }{ tr(lang, id::DESIGNS_SAFE_MODE_HELP) }
            </p>
        </Modal>
    }
}

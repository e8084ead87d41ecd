//! The top bar's file, share and export menus, and opening files (picked
//! or dropped). A file that does not load leaves the diagram exactly as it
//! was and says what is wrong and where.

use super::banners::{Notice, Topic};
use super::imported::ImportedFile;
use super::io;
use super::lang::tr;
use super::state::{Derived, Dispatch, Shared};
use crate::drawio;
use crate::editor::Action;
use crate::i18n::ids::ui as id;
use crate::i18n::{Arg, Lang, Message, t};
use crate::model::{self, Document};
use crate::report::{self, Checked, Source};
use crate::share;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDetailsElement, HtmlInputElement};
use yew::prelude::*;

/// A text to show in a dialog, with a copy button (links, snippets).
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub title: String,
    pub text: String,
    pub note: String,
}

/// What menus need from the app: telling the user, showing a text,
/// fitting a newly opened document to the view, and showing what a draw.io
/// import did not understand.
#[derive(Clone, PartialEq)]
pub struct Services {
    pub notify: Callback<Notice>,
    pub show: Callback<Shown>,
    pub opened: Callback<Document>,
    pub imported: Callback<Shared<ImportedFile>>,
    /// The language to tell the user in.
    pub lang: Lang,
}

/// What to tell the user after opening `what` in an older format: how it
/// was brought up to date (`notes` from `model::load`), if it was.
pub fn migration_text(lang: Lang, what: Arg, notes: &[Message]) -> Option<String> {
    (!notes.is_empty()).then(|| {
        let notes: Vec<String> = notes.iter().map(|n| n.render(lang)).collect();
        format!(
            "{}\n{}",
            t(lang, id::MIGRATED, &[("what", what)]),
            notes.join("\n")
        )
    })
}

/// What to tell the user after `what` opened: a confirmation, or a note
/// to read if it had to be upgraded (one banner either way).
pub fn opened_notice(
    lang: Lang,
    what: Arg,
    confirmation: Option<String>,
    notes: &[Message],
) -> Option<Notice> {
    match (confirmation, migration_text(lang, what, notes)) {
        (Some(c), Some(m)) => Some(Notice::note(Topic::Open, format!("{c}\n{m}"))),
        (None, Some(m)) => Some(Notice::note(Topic::Open, m)),
        (Some(c), None) => Some(Notice::done(Topic::Open, c)),
        (None, None) => None,
    }
}

/// Loads a picked or dropped file; the diagram changes only if it loads.
/// A draw.io diagram (by its content) is imported, then loads the same way.
pub fn open_file(file: web_sys::File, store: Dispatch, services: Services) {
    let name = file.name();
    let lang = services.lang;
    io::read_bytes(file, move |bytes| {
        let named = [("name", Arg::Text(name.clone()))];
        let bytes = match bytes {
            Ok(bytes) => bytes,
            Err(why) => {
                services.notify.emit(Notice::error(
                    Topic::Open,
                    format!("{}\n{why}", t(lang, id::OPEN_FAILED, &named)),
                ));
                return;
            }
        };
        if drawio::is_drawio(&bytes) {
            let options = ImportedFile::first_options();
            match drawio::import(&bytes, &options) {
                Ok(import) => {
                    store.dispatch(Action::Load(import.doc.clone()));
                    services.opened.emit(import.doc.clone());
                    services.imported.emit(Shared(Rc::new(ImportedFile {
                        name,
                        bytes: bytes.into(),
                        options,
                        import,
                    })));
                }
                Err(e) => services.notify.emit(Notice::error(
                    Topic::Open,
                    format!(
                        "{}\n{}",
                        t(lang, id::IMPORT_FAILED, &named),
                        e.lines().join("\n")
                    ),
                )),
            }
            return;
        }
        // UTF-8 text; a leading byte-order mark is the loader's to drop,
        // as for every other way in.
        let loaded = String::from_utf8(bytes)
            .map_err(|_| tr(lang, id::NOT_UTF8))
            .and_then(|t| model::load(&t).map_err(|e| e.lines_in(lang).join("\n")));
        match loaded {
            Ok(model::Loaded { doc, notes }) => {
                store.dispatch(Action::Load(doc.clone()));
                services.opened.emit(doc);
                let done = t(lang, id::OPENED_FILE, &named);
                if let Some(n) = opened_notice(lang, Arg::Text(name), Some(done), &notes) {
                    services.notify.emit(n);
                }
            }
            Err(why) => services.notify.emit(Notice::error(
                Topic::Open,
                format!("{}\n{why}", t(lang, id::OPEN_FAILED, &named)),
            )),
        }
    });
}

/// "Could not export: …" in `lang`.
fn export_failed(lang: Lang, error: &str) -> String {
    t(
        lang,
        id::EXPORT_FAILED,
        &[("error", Arg::Text(error.to_string()))],
    )
}

/// Closes a menu after one of its items was chosen, with the focus on the
/// menu's button (its `<summary>`), as a menu button's pattern has it: a
/// dialog the item opens gives the focus back there.
fn close(details: &NodeRef) {
    if let Some(d) = details.cast::<HtmlDetailsElement>() {
        let summary = d.query_selector(":scope > summary").ok().flatten();
        if let Some(s) = summary.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = s.focus();
        }
        d.set_open(false);
    }
}

#[derive(Properties, PartialEq)]
pub struct MenusProps {
    pub services: Services,
    pub derived: Shared<Derived>,
    pub doc: Shared<Document>,
    pub highlight: Option<String>,
}

#[component]
pub fn Menus(props: &MenusProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let lang = props.services.lang;
    let input = use_node_ref();
    let share_menu = use_node_ref();
    let export_menu = use_node_ref();
    let doc = props.doc.0.clone();

    let pick = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.click();
            }
        })
    };
    let picked = {
        let store = store.clone();
        let services = props.services.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open_file(file, store.clone(), services.clone());
            }
            input.set_value("");
        })
    };
    let save = {
        let doc = doc.clone();
        let notify = props.services.notify.clone();
        Callback::from(move |_: MouseEvent| {
            let name = io::file_name(&doc.title, "json");
            if let Err(e) = io::download_text(&name, "application/json", &model::to_json(&doc)) {
                let error = [("error", Arg::Text(e.to_string()))];
                notify.emit(Notice::error(
                    Topic::Output,
                    t(lang, id::SAVE_FAILED, &error),
                ));
            }
        })
    };

    let link = |embed: bool| {
        let doc = doc.clone();
        let services = props.services.clone();
        let menu = share_menu.clone();
        Callback::from(move |_: MouseEvent| {
            close(&menu);
            match share::to_fragment(&doc) {
                Ok(fragment) => {
                    let base = io::page_base();
                    let shown = if embed {
                        let title = if doc.title.is_empty() {
                            "diagram"
                        } else {
                            doc.title.as_str()
                        };
                        let snippet = format!(
                            "<iframe src=\"{base}?embed#{fragment}\" title=\"Airlock: {}\" width=\"960\" height=\"560\" style=\"border:0\" loading=\"lazy\"></iframe>",
                            crate::render::xml_escape(title)
                        );
                        Shown {
                            title: tr(lang, id::EMBED_SNIPPET_TITLE),
                            text: snippet,
                            note: tr(lang, id::EMBED_SNIPPET_NOTE),
                        }
                    } else {
                        Shown {
                            title: tr(lang, id::SHARE_LINK_TITLE),
                            text: format!("{base}#{fragment}"),
                            note: tr(lang, id::SHARE_LINK_NOTE),
                        }
                    };
                    io::copy_text(&shown.text);
                    services.show.emit(shown);
                }
                Err(e) => services.notify.emit(Notice::error(
                    Topic::Output,
                    e.message().render(services.lang),
                )),
            }
        })
    };

    let export = |what: &'static str| {
        let doc = doc.clone();
        let derived = props.derived.clone();
        let highlight = props.highlight.clone();
        let notify = props.services.notify.clone();
        let menu = export_menu.clone();
        Callback::from(move |_: MouseEvent| {
            close(&menu);
            let report = &derived.report;
            let name = |ext: &str| io::file_name(&doc.title, ext);
            let source = model::to_json(&doc);
            let path = name("json");
            let checked = Checked {
                path: &path,
                source: Source::Json(&source),
                doc: &doc,
                report,
            };
            let result = match what {
                "svg" => io::download_text(
                    &name("svg"),
                    "image/svg+xml",
                    &crate::render::svg_in(&doc, report, highlight.as_deref(), lang),
                ),
                "png" => io::download_png(
                    name("png"),
                    crate::render::svg_in(&doc, report, highlight.as_deref(), lang),
                    {
                        let notify = notify.clone();
                        Callback::from(move |e: String| {
                            notify.emit(Notice::error(Topic::Output, export_failed(lang, &e)))
                        })
                    },
                ),
                "drawio" => io::download_text(
                    &name("drawio"),
                    "application/vnd.jgraph.mxfile",
                    &drawio::export(&doc, Some(report)),
                ),
                "md" => io::download_text(
                    &name("findings.md"),
                    "text/markdown",
                    &report::markdown::render_in(&checked, lang),
                ),
                "json" => io::download_text(
                    &name("findings.json"),
                    "application/json",
                    &report::json::render_in(&[checked], lang),
                ),
                _ => io::download_text(
                    &name("sarif"),
                    "application/sarif+json",
                    &report::sarif::render_in(&[checked], lang),
                ),
            };
            if let Err(e) = result {
                notify.emit(Notice::error(Topic::Output, export_failed(lang, &e)));
            }
        })
    };

    html! {
        <>
            <button onclick={pick} title={tr(lang, id::OPEN_TOOLTIP)} data-testid="open-file">{ tr(lang, id::OPEN) }</button>
            <input ref={input} type="file" accept=".json,application/json,.drawio,.xml,.svg,.png" class="hidden" onchange={picked}
                data-testid="open-file-input" aria-label={tr(lang, id::OPEN_INPUT_LABEL)} />
            <button onclick={save} title={tr(lang, id::SAVE_TOOLTIP)} data-testid="save-file">{ tr(lang, id::SAVE) }</button>
            <details class="menu" ref={share_menu.clone()}>
                <summary data-testid="share-menu">{ tr(lang, id::SHARE) }</summary>
                <div class="menu-items">
                    <button onclick={link(false)} data-testid="share-link">{ tr(lang, id::COPY_LINK) }</button>
                    <button onclick={link(true)} data-testid="embed-snippet">{ tr(lang, id::COPY_EMBED) }</button>
                </div>
            </details>
            <details class="menu" ref={export_menu.clone()}>
                <summary data-testid="export-menu">{ tr(lang, id::EXPORT) }</summary>
                <div class="menu-items">
                    <button onclick={export("svg")} data-testid="export-svg">{ tr(lang, id::EXPORT_SVG) }</button>
                    <button onclick={export("png")} data-testid="export-png">{ tr(lang, id::EXPORT_PNG) }</button>
                    <button onclick={export("drawio")} data-testid="export-drawio">{ tr(lang, id::EXPORT_DRAWIO) }</button>
                    <button onclick={export("md")} data-testid="export-md">{ tr(lang, id::EXPORT_MD) }</button>
                    <button onclick={export("json")} data-testid="export-json">{ tr(lang, id::EXPORT_JSON) }</button>
                    <button onclick={export("sarif")} data-testid="export-sarif">{ tr(lang, id::EXPORT_SARIF) }</button>
                </div>
            </details>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextDialogProps {
    pub shown: Shown,
    pub on_close: Callback<()>,
}

/// A link or snippet, selectable, with a copy button.
#[component]
pub fn TextDialog(props: &TextDialogProps) -> Html {
    let lang = super::lang::use_lang();
    let copied = use_state(|| false);
    let copy = {
        let text = props.shown.text.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            io::copy_text(&text);
            copied.set(true);
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        let t: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        t.select();
    });
    html! {
        <super::modal::Modal title={props.shown.title.clone()} on_close={props.on_close.clone()} testid="text-dialog">
            <p class="help">{ props.shown.note.clone() }</p>
            <textarea class="shown" readonly=true rows="5" value={props.shown.text.clone()} onfocus={select_all}
                data-testid="shown-text" aria-label={props.shown.title.clone()} />
            <p>
                <button class="primary" onclick={copy}>{ tr(lang, if *copied { id::COPIED } else { id::COPY }) }</button>
                { format!("  {}", t(lang, id::CHARACTERS, &[("count", Arg::Count(props.shown.text.chars().count()))])) }
            </p>
        </super::modal::Modal>
    }
}

//! The top bar's file, share and export menus, and opening files (picked
//! or dropped). A file that does not load leaves the diagram exactly as it
//! was and says what is wrong and where.

use super::banners::{Notice, Topic};
use super::imported::ImportedFile;
use super::io;
use super::state::{Derived, Dispatch, Shared};
use crate::drawio;
use crate::editor::Action;
use crate::model::{self, Document};
use crate::report::{self, Checked};
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
}

/// What to tell the user after opening `what` in an older format: how it
/// was brought up to date (`notes` from `model::load`), if it was.
pub fn migration_text(what: &str, notes: &[String]) -> Option<String> {
    (!notes.is_empty()).then(|| {
        format!(
            "{what} was written in an older format and has been updated:\n{}",
            notes.join("\n")
        )
    })
}

/// What to tell the user after `what` opened: a confirmation, or a note
/// to read if it had to be upgraded (one banner either way).
pub fn opened_notice(what: &str, confirmation: Option<String>, notes: &[String]) -> Option<Notice> {
    match (confirmation, migration_text(what, notes)) {
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
    io::read_bytes(file, move |bytes| {
        let bytes = match bytes {
            Ok(bytes) => bytes,
            Err(why) => {
                services.notify.emit(Notice::error(
                    Topic::Open,
                    format!("Could not open {name}; the diagram is unchanged.\n{why}"),
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
                        "Could not import {name}; the diagram is unchanged.\n{}",
                        e.lines().join("\n")
                    ),
                )),
            }
            return;
        }
        // As `Blob.text()` reads it: UTF-8, a byte-order mark dropped.
        let loaded = String::from_utf8(bytes)
            .map_err(|_| "the file is not UTF-8 text".to_string())
            .and_then(|t| {
                model::load(t.trim_start_matches('\u{feff}')).map_err(|e| e.lines().join("\n"))
            });
        match loaded {
            Ok(model::Loaded { doc, notes }) => {
                store.dispatch(Action::Load(doc.clone()));
                services.opened.emit(doc);
                let done = format!("Opened {name}. Undo brings the previous diagram back.");
                if let Some(n) = opened_notice(&name, Some(done), &notes) {
                    services.notify.emit(n);
                }
            }
            Err(why) => services.notify.emit(Notice::error(
                Topic::Open,
                format!("Could not open {name}; the diagram is unchanged.\n{why}"),
            )),
        }
    });
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
                notify.emit(Notice::error(Topic::Output, format!("Could not save: {e}")));
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
                            title: "Embed snippet".into(),
                            text: snippet,
                            note: "Paste into a docs page: the diagram shows read-only, fitted to the frame, with its findings checked live. To let that page send documents by postMessage, add &parent=ORIGIN right after ?embed, before the #: after the #, it is part of the design, not of the address.".into(),
                        }
                    } else {
                        Shown {
                            title: "Share link".into(),
                            text: format!("{base}#{fragment}"),
                            note: "The whole design travels inside the link, after the #: it is never sent to a server. Whoever opens it sees the design and its findings.".into(),
                        }
                    };
                    io::copy_text(&shown.text);
                    services.show.emit(shown);
                }
                Err(e) => services
                    .notify
                    .emit(Notice::error(Topic::Output, e.to_string())),
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
                source: &source,
                doc: &doc,
                report,
            };
            let result = match what {
                "svg" => io::download_text(
                    &name("svg"),
                    "image/svg+xml",
                    &crate::render::svg(&doc, report, highlight.as_deref()),
                ),
                "png" => io::download_png(
                    name("png"),
                    crate::render::svg(&doc, report, highlight.as_deref()),
                    {
                        let notify = notify.clone();
                        Callback::from(move |e: String| {
                            notify.emit(Notice::error(
                                Topic::Output,
                                format!("Could not export: {e}"),
                            ))
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
                    &report::markdown::render(&checked),
                ),
                "json" => io::download_text(
                    &name("findings.json"),
                    "application/json",
                    &report::json::render(&[checked]),
                ),
                _ => io::download_text(
                    &name("sarif"),
                    "application/sarif+json",
                    &report::sarif::render(&[checked]),
                ),
            };
            if let Err(e) = result {
                notify.emit(Notice::error(
                    Topic::Output,
                    format!("Could not export: {e}"),
                ));
            }
        })
    };

    html! {
        <>
            <button onclick={pick} title="Open a design file (.json) or a draw.io diagram (.drawio, .drawio.svg, .drawio.png)" data-testid="open-file">{ "Open" }</button>
            <input ref={input} type="file" accept=".json,application/json,.drawio,.xml,.svg,.png" class="hidden" onchange={picked}
                data-testid="open-file-input" aria-label="Open a design file" />
            <button onclick={save} title="Save the design as a file" data-testid="save-file">{ "Save" }</button>
            <details class="menu" ref={share_menu.clone()}>
                <summary data-testid="share-menu">{ "Share" }</summary>
                <div class="menu-items">
                    <button onclick={link(false)} data-testid="share-link">{ "Copy link" }</button>
                    <button onclick={link(true)} data-testid="embed-snippet">{ "Copy embed snippet" }</button>
                </div>
            </details>
            <details class="menu" ref={export_menu.clone()}>
                <summary data-testid="export-menu">{ "Export" }</summary>
                <div class="menu-items">
                    <button onclick={export("svg")} data-testid="export-svg">{ "Diagram as SVG" }</button>
                    <button onclick={export("png")} data-testid="export-png">{ "Diagram as PNG" }</button>
                    <button onclick={export("drawio")} data-testid="export-drawio">{ "Diagram as draw.io" }</button>
                    <button onclick={export("md")} data-testid="export-md">{ "Findings as Markdown" }</button>
                    <button onclick={export("json")} data-testid="export-json">{ "Findings as JSON" }</button>
                    <button onclick={export("sarif")} data-testid="export-sarif">{ "Findings as SARIF" }</button>
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
                <button class="primary" onclick={copy}>{ if *copied { "Copied" } else { "Copy" } }</button>
                { format!("  {} characters", props.shown.text.chars().count()) }
            </p>
        </super::modal::Modal>
    }
}

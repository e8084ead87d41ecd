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
    /// Asks for text to open (the "Paste text" dialog).
    pub ask_text: Callback<()>,
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

/// Saves `doc` as a JSON file named after its title (Save, and safe
/// mode's "Save as a file"), or says why it could not.
pub fn save_file(doc: Rc<Document>, lang: Lang, notify: Callback<Notice>) -> Callback<MouseEvent> {
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
}

/// Loads a picked or dropped file; the diagram changes only if it loads.
pub fn open_file(file: web_sys::File, store: Dispatch, services: Services) {
    let name = file.name();
    io::read_bytes(file, move |bytes| match bytes {
        Ok(bytes) => open_bytes(name, bytes, &store, &services),
        Err(why) => {
            let named = [("name", Arg::Text(name))];
            services.notify.emit(Notice::error(
                Topic::Open,
                format!("{}\n{why}", t(services.lang, id::OPEN_FAILED, &named)),
            ));
        }
    });
}

/// Opens a file's bytes, or pasted text, called `name` in what the user
/// is told: a draw.io diagram (by its content) is imported and its
/// dialog shown; anything else loads as a design. The diagram changes
/// only if it loads (undoably).
pub fn open_bytes(name: String, bytes: Vec<u8>, store: &Dispatch, services: &Services) {
    let lang = services.lang;
    let named = [("name", Arg::Text(name.clone()))];
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
}

/// What pasted text is, if Airlock can open it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pasted<'a> {
    /// A share link's `#doc=…` fragment.
    ShareLink(&'a str),
    /// A draw.io diagram or a design's JSON: opened as a file would be.
    File,
}

impl<'a> Pasted<'a> {
    /// `None` for text that is neither a share link, a draw.io diagram
    /// nor (by its first character) a design: the editor's own paste.
    pub fn of(text: &'a str) -> Option<Pasted<'a>> {
        let trimmed = text.trim();
        if trimmed.starts_with('{') || drawio::is_drawio(trimmed.as_bytes()) {
            return Some(Pasted::File);
        }
        let at = trimmed.find("#doc=")?;
        // One link: no spaces in it, nothing else around it.
        (!trimmed.contains(char::is_whitespace)).then(|| Pasted::ShareLink(&trimmed[at..]))
    }
}

/// Opens a share link's `#doc=…` fragment (pasted, or in the address
/// bar) on top of the current design: Undo brings that back.
pub fn open_link(fragment: &str, store: &Dispatch, services: &Services) {
    let lang = services.lang;
    match share::load_fragment(fragment) {
        Ok(loaded) => {
            store.dispatch(Action::Load(loaded.doc.clone()));
            services.opened.emit(loaded.doc);
            let done = tr(lang, id::SHARED_OPENED);
            let what = Arg::Text(tr(lang, id::THE_SHARED_DESIGN));
            if let Some(n) = opened_notice(lang, what, Some(done), &loaded.notes) {
                services.notify.emit(n);
            }
        }
        Err(e) => services.notify.emit(Notice::error(
            Topic::Open,
            t(
                lang,
                id::SHARE_LINK_FAILED,
                &[("error", Arg::Text(e.message().render(lang)))],
            ),
        )),
    }
}

/// Opens pasted text: a share link opens its design, a diagram or a
/// design opens as a file would; other text says what can be pasted.
pub fn open_text(text: &str, store: &Dispatch, services: &Services) {
    let lang = services.lang;
    match Pasted::of(text) {
        Some(Pasted::ShareLink(fragment)) => open_link(fragment, store, services),
        Some(Pasted::File) => open_bytes(
            tr(lang, id::PASTED_NAME),
            text.trim().as_bytes().to_vec(),
            store,
            services,
        ),
        None => services
            .notify
            .emit(Notice::error(Topic::Open, tr(lang, id::OPEN_TEXT_EMPTY))),
    }
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
    /// The draw.io file imported last, whose dialog can be opened again.
    pub last_import: Option<Shared<ImportedFile>>,
    /// Checking is paused (safe mode): no export, since each shows the
    /// findings, which are not known.
    #[prop_or_default]
    pub paused: bool,
}

#[component]
pub fn Menus(props: &MenusProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let lang = props.services.lang;
    let input = use_node_ref();
    let open_menu = use_node_ref();
    let share_menu = use_node_ref();
    let export_menu = use_node_ref();
    let doc = props.doc.0.clone();

    let pick = {
        let input = input.clone();
        let menu = open_menu.clone();
        Callback::from(move |_: MouseEvent| {
            close(&menu);
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.click();
            }
        })
    };
    let ask_text = {
        let ask = props.services.ask_text.clone();
        let menu = open_menu.clone();
        Callback::from(move |_: MouseEvent| {
            close(&menu);
            ask.emit(());
        })
    };
    let reopen = props.last_import.clone().map(|file| {
        let imported = props.services.imported.clone();
        let menu = open_menu.clone();
        let name = file.0.name.clone();
        let open = Callback::from(move |_: MouseEvent| {
            close(&menu);
            imported.emit(file.clone());
        });
        (name, open)
    });
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
    let save = save_file(doc.clone(), lang, props.services.notify.clone());

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
            <details class="menu" ref={open_menu.clone()}>
                <summary data-testid="open-menu" title={tr(lang, id::OPEN_TOOLTIP)}>{ tr(lang, id::OPEN) }</summary>
                <div class="menu-items">
                    <button onclick={pick} data-testid="open-file">{ tr(lang, id::OPEN_FILE_ITEM) }</button>
                    <button onclick={ask_text} data-testid="open-text">{ tr(lang, id::OPEN_TEXT_ITEM) }</button>
                    if let Some((name, open)) = reopen {
                        <button onclick={open} data-testid="reopen-import">{ t(lang, id::REOPEN_IMPORT, &[("name", Arg::Text(name))]) }</button>
                    }
                </div>
            </details>
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
                    <button onclick={export("svg")} disabled={props.paused} data-testid="export-svg">{ tr(lang, id::EXPORT_SVG) }</button>
                    <button onclick={export("png")} disabled={props.paused} data-testid="export-png">{ tr(lang, id::EXPORT_PNG) }</button>
                    <button onclick={export("drawio")} disabled={props.paused} data-testid="export-drawio">{ tr(lang, id::EXPORT_DRAWIO) }</button>
                    <button onclick={export("md")} disabled={props.paused} data-testid="export-md">{ tr(lang, id::EXPORT_MD) }</button>
                    <button onclick={export("json")} disabled={props.paused} data-testid="export-json">{ tr(lang, id::EXPORT_JSON) }</button>
                    <button onclick={export("sarif")} disabled={props.paused} data-testid="export-sarif">{ tr(lang, id::EXPORT_SARIF) }</button>
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

#[derive(Properties, PartialEq)]
pub struct OpenTextProps {
    pub services: Services,
    pub on_close: Callback<()>,
}

/// "Open pasted text": a design, a draw.io diagram or a share link,
/// pasted into a text box, for when pasting onto the canvas is not at
/// hand (a phone, a page without clipboard access).
#[component]
pub fn OpenTextDialog(props: &OpenTextProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let lang = props.services.lang;
    let area = use_node_ref();
    let open = {
        let area = area.clone();
        let services = props.services.clone();
        let close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| {
            let text = area
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|a| a.value())
                .unwrap_or_default();
            // Text that cannot open keeps the dialog, and what was pasted.
            if Pasted::of(&text).is_some() {
                close.emit(());
            }
            open_text(&text, &store, &services);
        })
    };
    html! {
        <super::modal::Modal title={tr(lang, id::OPEN_TEXT_TITLE)} on_close={props.on_close.clone()} testid="open-text-dialog">
            <p class="help">{ tr(lang, id::OPEN_TEXT_HELP) }</p>
            <textarea ref={area} class="shown" rows="8" spellcheck="false"
                data-testid="open-text-input" aria-label={tr(lang, id::OPEN_TEXT_LABEL)} />
            <p><button class="primary" onclick={open} data-testid="open-text-open">{ tr(lang, id::OPEN) }</button></p>
        </super::modal::Modal>
    }
}

//! Modal overlays: the template gallery and the keyboard help.

use super::banners::Notice;
use super::lang::{tr, use_lang};
use super::menus::opened_notice;
use super::modal::Modal;
use super::state::Dispatch;
use crate::editor::Action;
use crate::i18n::ids::ui as id;
use crate::i18n::{Arg, Lang};
use crate::model::{self, Document};
use serde::Deserialize;
use yew::prelude::*;

/// The example documents, embedded at build time.
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/examples.rs"));
}

#[derive(Deserialize)]
struct Index {
    examples: Vec<Entry>,
}

#[derive(Deserialize, Clone, PartialEq)]
pub struct Entry {
    pub file: String,
    pub seed: String,
    pub title: String,
    pub summary: String,
    pub expect: Vec<String>,
    /// The title and summary in Korean and in Japanese.
    #[serde(default)]
    pub ko: Option<Words>,
    #[serde(default)]
    pub ja: Option<Words>,
}

#[derive(Deserialize, Clone, PartialEq)]
pub struct Words {
    pub title: String,
    pub summary: String,
}

impl Entry {
    /// The title and summary the gallery shows in `lang` (English when
    /// the index has no translation).
    fn words(&self, lang: Lang) -> (&str, &str) {
        let words = match lang {
            Lang::En => None,
            Lang::Ko => self.ko.as_ref(),
            Lang::Ja => self.ja.as_ref(),
        };
        words.map_or((&self.title, &self.summary), |w| (&w.title, &w.summary))
    }
}

/// The templates, in gallery order.
pub fn templates() -> Vec<Entry> {
    serde_json::from_str::<Index>(embedded::INDEX)
        .map(|i| i.examples)
        .unwrap_or_default()
}

/// A template's document, with the notes of migrating an older format.
pub fn template_loaded(file: &str) -> Option<model::Loaded> {
    embedded::FILES
        .iter()
        .find(|(f, _)| *f == file)
        .and_then(|(_, text)| model::load(text).ok())
}

fn seed_title(seed: &str) -> &'static str {
    match seed {
        "000" => id::SEED_000,
        "001" => id::SEED_001,
        "002" => id::SEED_002,
        "003" => id::SEED_003,
        "004" => id::SEED_004,
        _ => id::SEED_MORE,
    }
}

#[derive(Properties, PartialEq)]
pub struct GalleryProps {
    pub on_close: Callback<()>,
    /// After a template is opened (to fit it to the view).
    pub on_open: Callback<Document>,
    /// Tells the user how a template in an older format was updated.
    #[prop_or_default]
    pub notify: Callback<Notice>,
}

#[component]
pub fn Gallery(props: &GalleryProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let lang = use_lang();
    let all = templates();
    let mut seeds: Vec<String> = all.iter().map(|e| e.seed.clone()).collect();
    seeds.dedup();
    let open = |file: Option<String>| {
        let store = store.clone();
        let on_close = props.on_close.clone();
        let on_open = props.on_open.clone();
        let notify = props.notify.clone();
        Callback::from(move |_| {
            let loaded = match &file {
                Some(f) => template_loaded(f),
                None => Some(model::Loaded {
                    doc: Document::default(),
                    notes: Vec::new(),
                }),
            };
            if let Some(model::Loaded { doc, notes }) = loaded {
                store.dispatch(Action::Load(doc.clone()));
                on_close.emit(());
                on_open.emit(doc);
                let what = match file.as_deref() {
                    Some(f) => Arg::Text(f.to_string()),
                    None => Arg::Text(tr(lang, id::THE_TEMPLATE)),
                };
                if let Some(n) = opened_notice(lang, what, None, &notes) {
                    notify.emit(n);
                }
            }
        })
    };
    html! {
        <Modal title={tr(lang, id::TEMPLATES)} on_close={props.on_close.clone()} testid="gallery">
            <p class="help">{ tr(lang, id::GALLERY_HELP) }</p>
            <button class="card blank" onclick={open(None)} data-testid="template-blank">
                <strong>{ tr(lang, id::BLANK_DIAGRAM) }</strong>
                <span>{ tr(lang, id::BLANK_DIAGRAM_TEXT) }</span>
            </button>
            for seed in seeds {
                <section class="seed">
                    <h3>{ tr(lang, seed_title(&seed)) }</h3>
                    <div class="cards">
                        for e in all.iter().filter(|e| e.seed == seed) {
                            <button class="card" onclick={open(Some(e.file.clone()))} data-testid={format!("template-{}", e.file.trim_end_matches(".json"))}>
                                // Drawn by the SVG export (tests/examples.rs keeps it current);
                                // the card's words name it.
                                <img class="thumb" src={format!("examples/thumbs/{}", e.file.replace(".json", ".svg"))} alt="" loading="lazy" />
                                <strong>{ e.words(lang).0.to_string() }</strong>
                                <span>{ e.words(lang).1.to_string() }</span>
                                <span class={classes!("verdict", e.expect.is_empty().then_some("pass"))}>
                                    { if e.expect.is_empty() { tr(lang, id::PASSES) } else {
                                        let mut codes: Vec<&str> = e.expect.iter().map(|id| id.split('@').next().unwrap_or("")).collect();
                                        codes.dedup();
                                        codes.join(" · ")
                                    } }
                                </span>
                            </button>
                        }
                    </div>
                </section>
            }
        </Modal>
    }
}

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub on_close: Callback<()>,
}

/// The shortcuts sheet: each row's keys and what they do, as message ids.
pub const SHORTCUTS: &[(&str, &str)] = &[
    (id::SHORTCUT_PALETTE_KEYS, id::SHORTCUT_PALETTE_DOES),
    (
        id::SHORTCUT_PALETTE_ENTER_KEYS,
        id::SHORTCUT_PALETTE_ENTER_DOES,
    ),
    (id::SHORTCUT_MOVE_KEYS, id::SHORTCUT_MOVE_DOES),
    (id::SHORTCUT_CONNECT_KEYS, id::SHORTCUT_CONNECT_DOES),
    (id::SHORTCUT_BAND_KEYS, id::SHORTCUT_BAND_DOES),
    (id::SHORTCUT_SHIFT_CLICK_KEYS, id::SHORTCUT_SHIFT_CLICK_DOES),
    (id::SHORTCUT_PAN_KEYS, id::SHORTCUT_PAN_DOES),
    (id::SHORTCUT_WHEEL_KEYS, id::SHORTCUT_WHEEL_DOES),
    (id::SHORTCUT_UNDO_KEYS, id::SHORTCUT_UNDO_DOES),
    (id::SHORTCUT_REDO_KEYS, id::SHORTCUT_REDO_DOES),
    (id::SHORTCUT_COPY_KEYS, id::SHORTCUT_COPY_DOES),
    (id::SHORTCUT_SELECT_ALL_KEYS, id::SHORTCUT_SELECT_ALL_DOES),
    (id::SHORTCUT_DELETE_KEYS, id::SHORTCUT_DELETE_DOES),
    (id::SHORTCUT_ARROWS_KEYS, id::SHORTCUT_ARROWS_DOES),
    (id::SHORTCUT_ZOOM_KEYS, id::SHORTCUT_ZOOM_DOES),
    (id::SHORTCUT_TAB_KEYS, id::SHORTCUT_TAB_DOES),
    (id::SHORTCUT_ESCAPE_KEYS, id::SHORTCUT_ESCAPE_DOES),
    (id::SHORTCUT_FIND_KEYS, id::SHORTCUT_FIND_DOES),
    (id::SHORTCUT_MENU_KEYS, id::SHORTCUT_MENU_DOES),
    (id::SHORTCUT_HELP_KEYS, id::SHORTCUT_HELP_DOES),
];

#[component]
pub fn Help(props: &HelpProps) -> Html {
    let lang = use_lang();
    html! {
        <Modal title={tr(lang, id::SHORTCUTS_TITLE)} on_close={props.on_close.clone()} testid="help">
            <table class="shortcuts">
                for (k, v) in SHORTCUTS.iter() {
                    <tr><th scope="row"><kbd>{ tr(lang, k) }</kbd></th><td>{ tr(lang, v) }</td></tr>
                }
            </table>
        </Modal>
    }
}

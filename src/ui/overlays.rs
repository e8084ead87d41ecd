//! Modal overlays: the template gallery and the keyboard help.

use super::banners::Notice;
use super::menus::opened_notice;
use super::modal::Modal;
use super::state::Dispatch;
use crate::editor::Action;
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
        "000" => "On-premises ETL with IPsec and data localization",
        "001" => "SageMaker training: encryption in transit",
        "002" => "PrivateLink, endpoints and peering",
        "003" => "AWS Glue inside the VPC",
        "004" => "SageMaker data-egress controls",
        _ => "More",
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
                let what = file.as_deref().unwrap_or("The template");
                if let Some(n) = opened_notice(what, None, &notes) {
                    notify.emit(n);
                }
            }
        })
    };
    html! {
        <Modal title="Templates" on_close={props.on_close.clone()} testid="gallery">
            <p class="help">{ "Each design comes from a security-exam scenario and shows the verdict Airlock gives it. Open one as a starting point; undo brings your diagram back." }</p>
            <button class="card blank" onclick={open(None)} data-testid="template-blank">
                <strong>{ "Blank diagram" }</strong>
                <span>{ "Start from an empty canvas." }</span>
            </button>
            for seed in seeds {
                <section class="seed">
                    <h3>{ seed_title(&seed) }</h3>
                    <div class="cards">
                        for e in all.iter().filter(|e| e.seed == seed) {
                            <button class="card" onclick={open(Some(e.file.clone()))} data-testid={format!("template-{}", e.file.trim_end_matches(".json"))}>
                                <strong>{ e.title.clone() }</strong>
                                <span>{ e.summary.clone() }</span>
                                <span class={classes!("verdict", e.expect.is_empty().then_some("pass"))}>
                                    { if e.expect.is_empty() { "Passes".to_string() } else {
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

pub const SHORTCUTS: &[(&str, &str)] = &[
    (
        "Drag from the palette",
        "Add a component; drop it inside a zone to nest it",
    ),
    (
        "Enter on a palette item",
        "Add it at the centre of the view",
    ),
    (
        "Drag a node",
        "Move it; drop into or out of a zone to nest or un-nest",
    ),
    (
        "Drag a node's right handle",
        "Connect it to another node (a data flow)",
    ),
    (
        "Drag on empty canvas",
        "Select with a rubber band (Shift: add)",
    ),
    ("Shift + click", "Add to or remove from the selection"),
    ("Space + drag, or middle-drag", "Pan"),
    ("Wheel", "Zoom around the pointer"),
    ("Ctrl/⌘ + Z", "Undo"),
    ("Shift + Ctrl/⌘ + Z, or Ctrl + Y", "Redo"),
    ("Ctrl/⌘ + C, Ctrl/⌘ + V", "Copy, paste"),
    ("Ctrl/⌘ + A", "Select everything"),
    ("Delete or Backspace", "Delete the selection"),
    ("Arrow keys", "Move the selection by one grid step"),
    ("+ / − / 0", "Zoom in, zoom out, fit to content"),
    (
        "Tab, Enter",
        "Move between elements; select the focused one",
    ),
    ("Escape", "Clear the selection, close a dialog"),
    ("?", "This help"),
];

#[component]
pub fn Help(props: &HelpProps) -> Html {
    let lang = super::lang::use_lang();
    html! {
        <Modal title={super::lang::tr(lang, crate::i18n::ids::ui::SHORTCUTS_TITLE)} on_close={props.on_close.clone()} testid="help">
            <table class="shortcuts">
                for (k, v) in SHORTCUTS.iter() {
                    <tr><th scope="row"><kbd>{ *k }</kbd></th><td>{ *v }</td></tr>
                }
            </table>
        </Modal>
    }
}

//! The "Imported from draw.io" dialog, shown after a draw.io diagram
//! opened (Open, drop): what the import did not understand, grouped by
//! style key, a kind to choose for each unknown shape's key, and the page
//! of a multi-page file. Apply imports the same file again (its bytes are
//! kept here) with those choices, and replaces the design undoably.

use super::lang::{tr, use_lang};
use super::modal::Modal;
use super::state::{Dispatch, Shared};
use crate::drawio::{self, Import, Options, PageChoice, Skipped};
use crate::editor::Action;
use crate::i18n::ids::ui as id;
use crate::i18n::{Arg, group_id, kind_title, t};
use crate::model::{Document, Group, Kind};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A draw.io file as it was opened and last imported: its bytes, kept for
/// importing it again, and the choices that import used.
#[derive(Clone)]
pub struct ImportedFile {
    pub name: String,
    pub bytes: Rc<[u8]>,
    /// The page (`PageChoice::Number`) and the user's mapping.
    pub options: Options,
    pub import: Import,
}

impl ImportedFile {
    /// How a file is imported first: page 1 (the dialog offers the
    /// others), nothing mapped.
    pub fn first_options() -> Options {
        Options {
            page: PageChoice::Number(1),
            map: Vec::new(),
        }
    }

    /// The page imported, from 1.
    fn page_number(&self) -> usize {
        match &self.options.page {
            PageChoice::Number(n) => *n,
            _ => self
                .import
                .pages
                .iter()
                .position(|p| *p == self.import.page)
                .map_or(1, |i| i + 1),
        }
    }
}

/// The cells not understood, by style key, in the order they first come:
/// the unknown shapes (what a kind can be chosen for) first, then the other
/// shapes, then the edges (no key).
fn by_key(skipped: &[Skipped]) -> Vec<(&str, Vec<&Skipped>)> {
    let mut groups: Vec<(&str, Vec<&Skipped>)> = Vec::new();
    for s in skipped {
        match groups.iter_mut().find(|(k, _)| *k == s.key) {
            Some((_, cells)) => cells.push(s),
            None => groups.push((&s.key, vec![s])),
        }
    }
    groups.sort_by_key(|(key, cells)| {
        if key.is_empty() {
            2
        } else if cells.iter().any(|c| c.is_unknown_shape()) {
            0
        } else {
            1
        }
    });
    groups
}

/// `map` with `key` mapped to `kind`, or not mapped (`None`).
fn with_choice(map: &[(String, Kind)], key: &str, kind: Option<Kind>) -> Vec<(String, Kind)> {
    let mut map: Vec<(String, Kind)> = map.iter().filter(|(k, _)| k != key).cloned().collect();
    if let Some(kind) = kind {
        map.push((key.to_string(), kind));
    }
    map
}

#[derive(Properties, PartialEq)]
pub struct ImportedProps {
    pub file: Shared<ImportedFile>,
    pub on_close: Callback<()>,
    /// The file imported again: the dialog shows it from then on.
    pub on_reimport: Callback<Shared<ImportedFile>>,
    /// The design it gave, loaded (to fit it to the view).
    pub opened: Callback<Document>,
}

#[component]
pub fn ImportedDialog(props: &ImportedProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let lang = use_lang();
    let file = props.file.clone();
    // The choices on screen, applied or not yet.
    let map = use_state(|| file.options.map.clone());
    let page = use_state(|| file.page_number());
    let error = use_state(|| None::<String>);

    let choose = |key: &str| {
        let map = map.clone();
        let key = key.to_string();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            map.set(with_choice(&map, &key, Kind::parse(&value)));
        })
    };
    let on_page = {
        let page = page.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Ok(n) = value.parse() {
                page.set(n);
            }
        })
    };
    let apply = {
        let file = file.clone();
        let map = map.clone();
        let page = page.clone();
        let error = error.clone();
        let on_reimport = props.on_reimport.clone();
        let opened = props.opened.clone();
        Callback::from(move |_: MouseEvent| {
            let options = Options {
                page: PageChoice::Number(*page),
                map: (*map).clone(),
            };
            match drawio::import(&file.bytes, &options) {
                Ok(import) => {
                    store.dispatch(Action::Load(import.doc.clone()));
                    opened.emit(import.doc.clone());
                    error.set(None);
                    on_reimport.emit(Shared(Rc::new(ImportedFile {
                        name: file.name.clone(),
                        bytes: file.bytes.clone(),
                        options,
                        import,
                    })));
                }
                Err(e) => error.set(Some(format!(
                    "{}\n{}",
                    tr(lang, id::IMPORTED_FAILED),
                    e.lines().join("\n")
                ))),
            }
        })
    };
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };

    let import = &file.import;
    let groups = by_key(&import.skipped);
    let chosen = |key: &str| map.iter().find(|(k, _)| k == key).map(|(_, kind)| *kind);
    let kind_select = |key: &str| {
        let current = chosen(key);
        html! {
            <label class="map-kind">
                <span>{ tr(lang, id::IMPORTED_KIND) }</span>
                <select onchange={choose(key)} data-testid={format!("map-{key}")}
                    aria-label={t(lang, id::IMPORTED_MAP_LABEL, &[("key", Arg::Code(key.to_string()))])}>
                    <option value="" selected={current.is_none()}>{ tr(lang, id::IMPORTED_NOT_MAPPED) }</option>
                    for group in Group::ALL {
                        <optgroup label={tr(lang, &group_id(group))}>
                            for kind in Kind::ALL.into_iter().filter(|k| k.group() == group) {
                                <option value={kind.as_str()} selected={current == Some(kind)}>{ kind_title(kind, lang) }</option>
                            }
                        </optgroup>
                    }
                </select>
            </label>
        }
    };
    // Keys mapped by hand whose shapes all came in: still shown, to change.
    let mapped: Vec<&str> = map
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| !groups.iter().any(|(g, _)| g == k))
        .collect();

    let page_arg = Arg::Text(import.page.clone());
    let summary = t(
        lang,
        id::IMPORTED_SUMMARY,
        &[
            ("name", Arg::Text(file.name.clone())),
            ("page", page_arg.clone()),
            ("nodes", Arg::Count(import.doc.nodes.len())),
            ("flows", Arg::Count(import.doc.flows.len())),
        ],
    );
    let columns = [id::IMPORTED_CELL, id::IMPORTED_LABEL, id::IMPORTED_WHY].map(|c| tr(lang, c));

    html! {
        <Modal title={tr(lang, id::IMPORTED_TITLE)} on_close={props.on_close.clone()} testid="imported-dialog">
          <div class="imported">
            <p data-testid="imported-summary">
                <strong>{ summary }</strong>
            </p>
            if import.pages.len() > 1 {
                <label class="field imported-page">
                    <span>{ tr(lang, id::IMPORTED_PAGE) }</span>
                    <select onchange={on_page} data-testid="imported-page">
                        for (i, name) in import.pages.iter().enumerate() {
                            <option value={(i + 1).to_string()} selected={*page == i + 1}>{ format!("{} · {name}", i + 1) }</option>
                        }
                    </select>
                </label>
            }
            <p class="help">{ tr(lang, id::IMPORTED_HOW) }<br />{ tr(lang, id::IMPORTED_REIMPORT) }</p>
            if let Some(e) = &*error {
                <p class="imported-error" role="alert" data-testid="imported-error">{ e.clone() }</p>
            }
            if !import.notes.is_empty() {
                <h3>{ tr(lang, id::IMPORTED_NOTES) }</h3>
                <ul class="imported-notes" data-testid="imported-notes">
                    for note in &import.notes { <li>{ note.render(lang) }</li> }
                </ul>
            }
            if !mapped.is_empty() {
                <h3>{ tr(lang, id::IMPORTED_MAPPED) }</h3>
                <ul class="imported-mapped">
                    for key in mapped {
                        <li key={key.to_string()} data-testid="imported-mapped" data-key={key.to_string()}><code>{ key }</code>{ kind_select(key) }</li>
                    }
                </ul>
            }
            <h3 data-testid="imported-count" data-count={import.skipped.len().to_string()}>
                { if import.skipped.is_empty() { tr(lang, id::IMPORTED_ALL) } else { t(lang, id::IMPORTED_NOT_UNDERSTOOD, &[("page", page_arg.clone()), ("count", Arg::Count(import.skipped.len()))]) } }
            </h3>
            for (key, cells) in groups {
                <section class="imported-group" key={key.to_string()} data-testid="imported-group" data-key={key.to_string()}>
                    <header>
                        <code>{ if key.is_empty() { tr(lang, id::IMPORTED_EDGES) } else { key.to_string() } }</code>
                        <span class="meta">{ t(lang, id::IMPORTED_CELLS, &[("count", Arg::Count(cells.len()))]) }</span>
                        if !key.is_empty() && (cells.iter().any(|c| c.is_unknown_shape()) || chosen(key).is_some()) {
                            { kind_select(key) }
                        }
                    </header>
                    <table class="not-understood">
                        <thead><tr>for c in &columns { <th>{ c.clone() }</th> }</tr></thead>
                        <tbody>
                            for s in cells {
                                <tr data-testid="not-understood" data-page={s.page.clone()} data-cell-id={s.id.clone()}>
                                    <td data-column={columns[0].clone()}><code>{ s.id.clone() }</code></td>
                                    <td data-column={columns[1].clone()}>{ s.label.clone() }</td>
                                    <td data-column={columns[2].clone()}>{ if s.is_unknown_shape() { tr(lang, id::IMPORTED_UNKNOWN) } else { s.why.render(lang) } }</td>
                                </tr>
                            }
                        </tbody>
                    </table>
                </section>
            }
            <p class="imported-actions">
                <button class="primary" onclick={apply} data-testid="imported-apply">{ tr(lang, id::IMPORTED_APPLY) }</button>
                <button onclick={close} data-testid="imported-close">{ tr(lang, id::CLOSE) }</button>
            </p>
          </div>
        </Modal>
    }
}

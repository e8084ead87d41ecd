//! Find on canvas: a node by its name (or id), from the status bar; `/`
//! focuses it. Enter selects the first node whose name holds the text
//! (ASCII case aside) and brings it to the middle of the view; Enter
//! again goes on to the next one.

use super::lang::{tr, use_lang};
use super::state::Shared;
use crate::i18n::ids::ui as id;
use crate::i18n::{Arg, t};
use crate::model::Document;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The test id of the find field, for the `/` shortcut.
pub const FIELD: &str = "find";

/// The nodes whose name or id holds `query`, in document order.
fn matches<'a>(doc: &'a Document, query: &str) -> Vec<&'a str> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    doc.nodes
        .iter()
        .filter(|n| n.name().to_lowercase().contains(&q) || n.id.to_lowercase().contains(&q))
        .map(|n| n.id.as_str())
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct FindProps {
    pub doc: Shared<Document>,
    /// A node found: select it and show it.
    pub on_found: Callback<String>,
}

#[component]
pub fn Find(props: &FindProps) -> Html {
    let lang = use_lang();
    // How many Enters the current text has had, and whether it found nothing.
    let turn = use_state(|| 0usize);
    let missing = use_state(|| None::<String>);
    let oninput = {
        let turn = turn.clone();
        let missing = missing.clone();
        Callback::from(move |_: InputEvent| {
            turn.set(0);
            missing.set(None);
        })
    };
    let onkeydown = {
        let doc = props.doc.clone();
        let found = props.on_found.clone();
        let turn = turn.clone();
        let missing = missing.clone();
        Callback::from(move |e: KeyboardEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    let query = input.value();
                    let hits = matches(&doc.0, &query);
                    if hits.is_empty() {
                        missing.set((!query.trim().is_empty()).then_some(query));
                    } else {
                        found.emit(hits[*turn % hits.len()].to_string());
                        turn.set(*turn + 1);
                    }
                }
                "Escape" => {
                    input.set_value("");
                    missing.set(None);
                    let _ = input.blur();
                }
                _ => {}
            }
        })
    };
    html! {
        <span class="find">
            if let Some(q) = &*missing {
                <span class="find-none" role="alert" data-testid="find-none">
                    { t(lang, id::FIND_NONE, &[("query", Arg::Text(q.clone()))]) }
                </span>
            }
            <input type="search" data-testid={FIELD} placeholder={tr(lang, id::FIND_PLACEHOLDER)}
                aria-label={tr(lang, id::FIND_LABEL)} aria-invalid={missing.is_some().to_string()}
                {oninput} {onkeydown} />
        </span>
    }
}

//! "About CODE": a rule's documentation, under a disclosure in each
//! finding. Where this build fetches translations
//! (`crate::i18n::packs`), the doc in the app's language is fetched the
//! first time one is opened (or the language changes while it is
//! open); until then it says so, and if it cannot be
//! fetched it shows the English doc and why.

use super::lang::{s, tr, use_lang};
use super::text::rule_doc;
use crate::check::rule;
use crate::i18n::ids::ui as id;
use crate::i18n::{Arg, Lang, t};
use web_sys::HtmlDetailsElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RuleDocProps {
    pub code: &'static str,
}

/// The disclosure with rule `code`'s doc in the app's language.
#[component]
pub fn RuleDoc(props: &RuleDocProps) -> Html {
    let lang = use_lang();
    let rule = rule(props.code);
    // Whether the disclosure is open; a re-render when a doc arrives, to
    // show it; why one did not, in which language.
    let open = use_state(|| false);
    let arrived = use_force_update();
    let failed = use_state(|| None::<(Lang, String)>);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_dyn_into::<HtmlDetailsElement>()
                    .is_some_and(|d| d.open()),
            )
        })
    };
    // Fetched when first opened, and again when the language changes
    // while it is open.
    {
        let (arrived, failed) = (arrived.clone(), failed.clone());
        use_effect_with((*open, lang), move |&(open, lang)| {
            if let Some(rule) = rule.filter(|r| open && r.doc_pending(lang)) {
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::i18n::fetch::rule_doc(rule, lang).await {
                        Ok(()) => arrived.force_update(),
                        Err(reason) => failed.set(Some((lang, reason))),
                    }
                });
            }
        });
    }
    let failure = (*failed).as_ref().filter(|(l, _)| *l == lang);
    let body = match rule {
        None => html! {},
        Some(r) if r.doc_pending(lang) && failure.is_none() => {
            html! { <p class="doc-loading" data-testid="rule-doc-loading">{ tr(lang, id::DOC_LOADING) }</p> }
        }
        Some(r) => html! {
            <>
                if let Some((_, reason)) = failure {
                    <p class="doc-failed" role="status">{ t(lang, id::DOC_LOAD_FAILED, &[("reason", s(reason.clone()))]) }</p>
                }
                { rule_doc(r.doc_in(lang)) }
            </>
        },
    };
    html! {
        <details class="ruledoc" ontoggle={ontoggle}>
            <summary>{ t(lang, id::FINDING_ABOUT, &[("code", Arg::Text(props.code.to_string()))]) }</summary>
            { body }
        </details>
    }
}

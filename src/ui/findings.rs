//! The findings panel: every finding grouped by severity, each with its
//! code, message, path, why and fix. Clicking one highlights its path on
//! the canvas; a finding can be suppressed with a written reason.

use super::lang::{n, tr, use_lang};
use super::rule_doc::RuleDoc;
use super::state::{Derived, Dispatch, Shared};
use super::text::rich;
use crate::check::{Finding, Severity};
use crate::editor::{Action, Selection};
use crate::i18n::ids::ui as id;
use crate::i18n::{severity_id, t};
use crate::model::{Document, Suppression};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub derived: Shared<Derived>,
    pub doc: Shared<Document>,
    pub highlight: Option<String>,
    pub on_highlight: Callback<Option<String>>,
    /// Show only the findings on this element (after a badge click).
    pub filter: Option<String>,
    pub on_filter: Callback<Option<String>>,
    #[prop_or_default]
    pub readonly: bool,
    #[prop_or_default]
    pub compact: bool,
    /// A newer revision is being checked: what shows is the previous one's.
    #[prop_or_default]
    pub checking: bool,
    /// Checking is paused (safe mode): nothing is known, not "none".
    #[prop_or_default]
    pub paused: bool,
}

/// Findings listed at first, and added by each "Show more": a design
/// with thousands of findings would otherwise put tens of thousands of
/// elements on the page at every check.
const PAGE: usize = 100;

#[component]
pub fn Findings(props: &FindingsProps) -> Html {
    let lang = use_lang();
    let doc = props.doc.clone();
    let report = &props.derived.report;
    let limit = use_state(|| PAGE);
    let shown: Vec<&Rc<Finding>> = match &props.filter {
        Some(id) => props.derived.findings_on(id).collect(),
        None => props.derived.active().collect(),
    };
    let suppressed: Vec<&Rc<Finding>> = props
        .derived
        .items
        .iter()
        .filter(|f| f.suppressed.is_some())
        .collect();
    // What is listed: the first `limit` (in report order, which is by
    // severity), and the highlighted one wherever it is.
    let listed = |all: &[&Rc<Finding>]| -> Vec<Rc<Finding>> {
        all.iter()
            .enumerate()
            .filter(|(k, f)| *k < *limit || props.highlight.as_deref() == Some(f.id.as_str()))
            .map(|(_, f)| Rc::clone(f))
            .collect()
    };
    let listed_active = listed(&shown);
    let listed_suppressed = listed(&suppressed);
    let more = |hidden: usize| {
        (hidden > 0).then(|| {
            let limit = limit.clone();
            let text = t(
                lang,
                id::FINDINGS_MORE,
                &[("more", n(hidden.min(PAGE))), ("hidden", n(hidden))],
            );
            html! {
                <button class="link more" data-testid="findings-more"
                    onclick={Callback::from(move |_| limit.set(*limit + PAGE))}>{ text }</button>
            }
        })
    };
    let active = report.active().count();
    let counts = report.counts();

    let ran = [
        ("run", n(report.rules_run)),
        ("skipped", n(report.rules_skipped)),
    ];
    // The first check of a big design is still running: nothing to count yet.
    let summary = if props.paused {
        tr(lang, id::FINDINGS_PAUSED)
    } else if props.checking && report.rules_run == 0 {
        tr(lang, id::FINDINGS_CHECKING)
    } else if doc.nodes.is_empty() {
        tr(lang, id::FINDINGS_EMPTY_DESIGN)
    } else if active == 0 {
        t(lang, id::FINDINGS_NONE, &ran)
    } else {
        t(lang, id::FINDINGS_RAN, &ran)
    };

    html! {
        <section class={classes!("findings", props.compact.then_some("compact"))} data-testid="findings" aria-label={tr(lang, id::FINDINGS)}
            aria-busy={if props.checking { "true" } else { "false" }}>
            <header>
                <h2>
                    { tr(lang, id::FINDINGS) }
                    if !props.paused {
                        <span class={classes!("count", (!shown.is_empty()).then_some("bad"))} data-testid="findings-count">{ shown.len() }</span>
                    }
                    <span class="checking" data-testid="findings-checking" role="status">
                        if props.checking { { tr(lang, id::FINDINGS_CHECKING) } }
                    </span>
                </h2>
                <div class="sevchips">
                    for s in Severity::ALL {
                        if let Some(count) = counts.get(&s) {
                            <span class={classes!("chip", format!("sev-{}", s.as_str()))}>{ t(lang, &severity_id(s, true), &[("count", n(*count))]) }</span>
                        }
                    }
                </div>
            </header>
            <p class="summary" data-testid="findings-summary">{ summary }</p>
            if let Some(id) = &props.filter {
                <p class="filter" data-testid="findings-filter">
                    { t(lang, id::FINDINGS_SHOWING, &[("shown", n(shown.len())), ("active", n(active))]) }<code>{ name_of(&doc, id) }</code>
                    <button class="link" onclick={ let cb = props.on_filter.clone(); Callback::from(move |_| cb.emit(None)) }>{ tr(lang, id::SHOW_ALL) }</button>
                </p>
            }
            for s in Severity::ALL {
                if listed_active.iter().any(|f| f.severity == s) {
                    <div class="sevgroup" data-severity={s.as_str()}>
                        <h3 class={format!("sev-{}", s.as_str())}>{ tr(lang, &severity_id(s, false)) }</h3>
                        <ul>
                            for f in listed_active.iter().filter(|f| f.severity == s) {
                                <FindingItem key={f.id.clone()} finding={Rc::clone(f)} path={path_of(&doc, f)}
                                    lit={props.highlight.as_deref() == Some(f.id.as_str())}
                                    on_highlight={props.on_highlight.clone()} readonly={props.readonly} compact={props.compact} />
                            }
                        </ul>
                    </div>
                }
            }
            { for more(shown.len() - listed_active.len()) }
            if !suppressed.is_empty() && !props.compact {
                <details class="suppressed" data-testid="suppressed">
                    <summary>{ t(lang, id::SUPPRESSED_COUNT, &[("count", n(suppressed.len()))]) }</summary>
                    <ul>
                        for f in listed_suppressed.iter() {
                            <FindingItem key={f.id.clone()} finding={Rc::clone(f)} path={path_of(&doc, f)}
                                lit={props.highlight.as_deref() == Some(f.id.as_str())}
                                on_highlight={props.on_highlight.clone()} readonly={props.readonly} compact={false} />
                        }
                    </ul>
                    { for more(suppressed.len() - listed_suppressed.len()) }
                </details>
            }
        </section>
    }
}

fn name_of(doc: &Document, id: &str) -> String {
    doc.node(id)
        .map(|n| n.name().to_string())
        .or_else(|| {
            doc.flow(id).map(|f| {
                let n = |x: &str| {
                    doc.node(x)
                        .map(|n| n.name().to_string())
                        .unwrap_or_default()
                };
                f.route().map(n).collect::<Vec<_>>().join(" → ")
            })
        })
        .unwrap_or_else(|| id.to_string())
}

/// A finding's offending path as names, or nothing for a path of one.
fn path_of(doc: &Document, f: &Finding) -> AttrValue {
    if f.nodes.len() < 2 {
        return AttrValue::default();
    }
    let names: Vec<String> = f.nodes.iter().map(|id| name_of(doc, id)).collect();
    names.join(" → ").into()
}

/// A finding, with what it shows worked out by the list: an item re-renders
/// only when what it shows changes, not on every edit of the document.
#[derive(Properties, PartialEq)]
struct ItemProps {
    finding: Rc<Finding>,
    path: AttrValue,
    lit: bool,
    on_highlight: Callback<Option<String>>,
    readonly: bool,
    compact: bool,
}

#[component]
fn FindingItem(props: &ItemProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let f = &props.finding;
    let suppressing = use_state(|| false);
    let reason = use_node_ref();

    let onclick = {
        let cb = props.on_highlight.clone();
        let store = store.clone();
        let id = f.id.clone();
        let lit = props.lit;
        let nodes = f.nodes.clone();
        let flows = f.flows.clone();
        Callback::from(move |_| {
            if lit {
                cb.emit(None);
            } else {
                cb.emit(Some(id.clone()));
                store.dispatch(Action::Select(Selection {
                    nodes: nodes.iter().cloned().collect(),
                    flows: flows.iter().cloned().collect(),
                }));
            }
        })
    };
    let onkeydown = {
        let onclick = onclick.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                onclick.emit(MouseEvent::new("click").expect("a synthetic event"));
            }
        })
    };
    let start_suppress = {
        let suppressing = suppressing.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            suppressing.set(true);
        })
    };
    let submit = {
        let store = store.clone();
        let suppressing = suppressing.clone();
        let reason = reason.clone();
        let (rule, target) = (f.code.to_string(), f.target().to_string());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = reason
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if !text.trim().is_empty() {
                store.dispatch(Action::Suppress(Suppression {
                    rule: rule.clone(),
                    target: target.clone(),
                    reason: text.trim().to_string(),
                }));
                suppressing.set(false);
            }
        })
    };
    let cancel = {
        let suppressing = suppressing.clone();
        Callback::from(move |_| suppressing.set(false))
    };
    let unsuppress = {
        let store = store.clone();
        let (rule, target) = (f.code.to_string(), f.target().to_string());
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            store.dispatch(Action::Unsuppress {
                rule: rule.clone(),
                target: target.clone(),
            })
        })
    };
    let lang = use_lang();
    let shown = f.shown(lang);

    html! {
        <li class={classes!("finding", format!("sev-{}", f.severity.as_str()), props.lit.then_some("lit"), f.suppressed.is_some().then_some("is-suppressed"))}
            data-testid={format!("finding-{}", f.id)} data-code={f.code}>
            <div class="head" role="button" tabindex="0" aria-pressed={props.lit.to_string()} onclick={onclick} onkeydown={onkeydown}
                 title={tr(lang, id::FINDING_HEAD_TOOLTIP)}>
                <span class="code">{ f.code }</span>
                <span class="title">{ shown.title.clone() }</span>
            </div>
            <p class="message">{ rich(&shown.message) }</p>
            if !props.compact {
                if !props.path.is_empty() {
                    <p class="path"><span class="k">{ tr(lang, id::FINDING_PATH) }</span>{ props.path.clone() }</p>
                }
                <p class="why"><span class="k">{ tr(lang, id::FINDING_WHY) }</span>{ shown.why.clone() }</p>
                <p class="fix"><span class="k">{ tr(lang, id::FINDING_FIX) }</span>{ rich(&shown.fix) }</p>
                if let Some(r) = &f.suppressed {
                    <p class="reason"><span class="k">{ tr(lang, id::FINDING_SUPPRESSED) }</span>{ r.clone() }</p>
                }
                <div class="actions">
                    <RuleDoc code={f.code} />
                    if !props.readonly {
                        if f.suppressed.is_some() {
                            <button class="link" onclick={unsuppress}>{ tr(lang, id::UNSUPPRESS) }</button>
                        } else if !*suppressing {
                            <button class="link" onclick={start_suppress} data-testid={format!("suppress-{}", f.id)}>{ tr(lang, id::SUPPRESS_START) }</button>
                        }
                    }
                </div>
                if *suppressing {
                    <form class="suppress" onsubmit={submit}>
                        <input ref={reason} type="text" placeholder={tr(lang, id::SUPPRESS_REASON)} aria-label={tr(lang, id::SUPPRESS_REASON_LABEL)} required=true data-testid="suppress-reason" />
                        <button type="submit">{ tr(lang, id::SUPPRESS) }</button>
                        <button type="button" class="link" onclick={cancel}>{ tr(lang, id::CANCEL) }</button>
                    </form>
                }
            }
        </li>
    }
}

//! The inspector: the design's requirements when nothing is selected, a
//! node's or flow's properties when one is. Edits apply at once (text
//! fields when they lose focus or on Enter); a refused edit keeps the old
//! value and says why in the status line.

use super::icons::{Icon, lock};
use super::lang::{n, s, tr, use_lang};
use super::state::{Derived, Dispatch, Shared};
use super::text::rich;
use crate::editor::{Action, Selection, connectable};
use crate::i18n::ids::ui as id;
use crate::i18n::{Lang, kind_title, prop_id, summary_id, t};
use crate::model::{
    CloudTransport, Dataset, Document, InTransit, Node, PropSpec, PropType, PropValue, Transport,
    specs_for,
};
use std::collections::BTreeSet;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InspectorProps {
    pub derived: Shared<Derived>,
    pub doc: Shared<Document>,
    pub selection: Selection,
    #[prop_or_default]
    pub readonly: bool,
}

#[component]
pub fn Inspector(props: &InspectorProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let lang = use_lang();
    let doc = props.doc.clone();
    let sel = &props.selection;
    let body = if let Some(id) = sel.single_node() {
        match doc.node(id) {
            Some(n) => {
                html! { <NodeInspector key={id.to_string()} node={n.clone()} doc={doc.clone()} derived={props.derived.clone()} readonly={props.readonly} /> }
            }
            None => html! {},
        }
    } else if let Some(id) = sel.single_flow() {
        match doc.flow(id) {
            Some(_) => {
                html! { <FlowInspector key={id.to_string()} id={id.to_string()} doc={doc.clone()} derived={props.derived.clone()} readonly={props.readonly} /> }
            }
            None => html! {},
        }
    } else if !sel.is_empty() {
        let delete = {
            let store = store.clone();
            Callback::from(move |_| store.dispatch(Action::Delete))
        };
        html! {
            <div class="inspector-body">
                <h2>{ t(lang, id::SELECTED_COUNT, &[("nodes", n(sel.nodes.len())), ("flows", n(sel.flows.len()))]) }</h2>
                if !props.readonly {
                    <button class="danger" onclick={delete}>{ tr(lang, id::DELETE_SELECTION) }</button>
                }
            </div>
        }
    } else {
        html! { <DesignInspector doc={doc.clone()} readonly={props.readonly} /> }
    };
    html! {
        <section class="inspector" data-testid="inspector" aria-label={tr(lang, id::INSPECTOR_LABEL)}>{ body }</section>
    }
}

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}
fn checked(e: &Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}
fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// The DOM ids that tie a field's control to its title, its accessible
/// name, and to its help, its description: the name is the title alone.
struct FieldIds {
    title: String,
    help: String,
}

impl FieldIds {
    /// The ids for the field whose control has test id `control`.
    fn new(control: &str) -> Self {
        Self {
            title: format!("{control}-title"),
            help: format!("{control}-help"),
        }
    }
}

/// A labelled `<select>` of (value, text) options.
fn choice(
    title: &str,
    testid: &str,
    readonly: bool,
    options: &[(&str, &str)],
    current: &str,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label class="field">
            <span>{ title.to_string() }</span>
            <select disabled={readonly} data-testid={testid.to_string()} onchange={onchange}>
                for (value, text) in options.iter() {
                    <option value={value.to_string()} selected={*value == current}>{ text.to_string() }</option>
                }
            </select>
        </label>
    }
}

#[derive(Properties, PartialEq)]
struct DesignProps {
    doc: Shared<Document>,
    readonly: bool,
}

#[component]
fn DesignInspector(props: &DesignProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let lang = use_lang();
    let l = |id: &str| tr(lang, id);
    let doc = &props.doc;
    let req = doc.requirements.clone();
    let set = {
        let store = store.clone();
        let req = req.clone();
        move |f: fn(&mut crate::model::Requirements, &Event)| {
            let store = store.clone();
            let req = req.clone();
            Callback::from(move |e: Event| {
                let mut r = req.clone();
                f(&mut r, &e);
                store.dispatch(Action::SetRequirements(r));
            })
        }
    };
    let on_title = {
        let store = store.clone();
        Callback::from(move |e: Event| store.dispatch(Action::SetTitle(input_value(&e))))
    };
    let on_description = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            store.dispatch(Action::SetDescription(v))
        })
    };
    let ro = props.readonly;
    html! {
        <div class="inspector-body" data-testid="design-inspector">
            <h2>{ l(id::DESIGN) }</h2>
            <label class="field">
                <span>{ l(id::DESIGN_TITLE) }</span>
                <input type="text" value={doc.title.clone()} onchange={on_title} disabled={ro} data-testid="design-title" placeholder={l(id::UNTITLED_DESIGN)} />
            </label>
            <label class="field">
                <span>{ l(id::DESIGN_DESCRIPTION) }</span>
                <textarea rows="3" value={doc.description.clone()} onchange={on_description} disabled={ro} />
            </label>
            <h3>{ l(id::REQUIREMENTS) }</h3>
            <p class="help">{ l(id::REQUIREMENTS_HELP) }</p>
            <label class="check">
                <input type="checkbox" checked={req.sensitive_data_stays_on_premises} disabled={ro} data-testid="req-stays-on-premises"
                    onchange={set(|r, e| r.sensitive_data_stays_on_premises = checked(e))} />
                <span>{ l(id::REQ_STAYS_ON_PREMISES) }</span>
            </label>
            <label class="check">
                <input type="checkbox" checked={req.train_only_on_non_sensitive_data} disabled={ro} data-testid="req-train-non-sensitive"
                    onchange={set(|r, e| r.train_only_on_non_sensitive_data = checked(e))} />
                <span>{ l(id::REQ_TRAIN_NON_SENSITIVE) }</span>
            </label>
            <label class="check">
                <input type="checkbox" checked={req.no_internet_egress} disabled={ro} data-testid="req-no-egress"
                    onchange={set(|r, e| r.no_internet_egress = checked(e))} />
                <span>{ l(id::REQ_NO_EGRESS) }</span>
            </label>
            <label class="field">
                <span>{ l(id::REQ_SENSITIVE_REGION) }</span>
                <input type="text" value={req.sensitive_data_region.clone().unwrap_or_default()} disabled={ro}
                    data-testid="req-sensitive-region" placeholder={l(id::REQ_SENSITIVE_REGION_PLACEHOLDER)}
                    onchange={set(|r, e| {
                        let v = input_value(e).trim().to_string();
                        r.sensitive_data_region = (!v.is_empty()).then_some(v);
                    })} />
            </label>
            { choice(&l(id::REQ_CLOUD_TRANSPORT), "req-cloud-transport", ro,
                &[("any", &l(id::REQ_CLOUD_TRANSPORT_ANY)), ("encrypted", &l(id::REQ_CLOUD_TRANSPORT_ENCRYPTED)), ("ipsec", &l(id::REQ_CLOUD_TRANSPORT_IPSEC))],
                req.cloud_transport.as_str(),
                set(|r, e| r.cloud_transport = CloudTransport::ALL.into_iter().find(|c| c.as_str() == select_value(e)).unwrap_or_default())) }
            { choice(&l(id::REQ_IN_TRANSIT), "req-in-transit", ro,
                &[("off", &l(id::REQ_IN_TRANSIT_OFF)), ("sensitive", &l(id::REQ_IN_TRANSIT_SENSITIVE)), ("all", &l(id::REQ_IN_TRANSIT_ALL))],
                req.in_transit_encryption.as_str(),
                set(|r, e| r.in_transit_encryption = InTransit::ALL.into_iter().find(|c| c.as_str() == select_value(e)).unwrap_or_default())) }
            if !doc.suppressions.is_empty() {
                <h3>{ l(id::SUPPRESSIONS) }</h3>
                <ul class="suppressions">
                    for s in doc.suppressions.iter() {
                        <li key={format!("{}@{}", s.rule, s.target)}>
                            <code>{ format!("{}@{}", s.rule, s.target) }</code>
                            <span class="reason">{ s.reason.clone() }</span>
                            if !ro {
                                <button class="link" onclick={
                                    let store = store.clone();
                                    let (rule, target) = (s.rule.clone(), s.target.clone());
                                    Callback::from(move |_| store.dispatch(Action::Unsuppress { rule: rule.clone(), target: target.clone() }))
                                }>{ l(id::REMOVE) }</button>
                            }
                        </li>
                    }
                </ul>
            }
            <p class="help">{ t(lang, id::DESIGN_COUNTS, &[("nodes", n(doc.nodes.len())), ("flows", n(doc.flows.len()))]) }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct NodeInspectorProps {
    node: Node,
    doc: Shared<Document>,
    derived: Shared<Derived>,
    readonly: bool,
}

/// Sets the label of node or flow `id` from a text input's change.
fn label_setter(store: &Dispatch, id: &str) -> Callback<Event> {
    let (store, id) = (store.clone(), id.to_string());
    Callback::from(move |e: Event| {
        store.dispatch(Action::SetLabel {
            id: id.clone(),
            label: input_value(&e),
        })
    })
}

/// Deletes `selection` (an inspector's element), whatever else is selected.
fn deleter(store: &Dispatch, selection: Selection) -> Callback<MouseEvent> {
    let store = store.clone();
    Callback::from(move |_| {
        store.dispatch(Action::Select(selection.clone()));
        store.dispatch(Action::Delete);
    })
}

#[component]
fn NodeInspector(props: &NodeInspectorProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let lang = use_lang();
    let n = &props.node;
    let ro = props.readonly;
    let id = n.id.clone();
    let on_label = label_setter(&store, &id);
    let delete = deleter(&store, Selection::node(&id));
    let connect = {
        let store = store.clone();
        let id = id.clone();
        Callback::from(move |e: Event| {
            let to = select_value(&e);
            if !to.is_empty() {
                store.dispatch(Action::Connect {
                    from: id.clone(),
                    to,
                });
            }
        })
    };
    let parent = n
        .parent
        .as_deref()
        .and_then(|p| props.doc.node(p))
        .map(|p| {
            t(
                lang,
                id::NODE_IN,
                &[("kind", s(kind_title(p.kind, lang))), ("name", s(p.name()))],
            )
        })
        .unwrap_or_else(|| tr(lang, id::NODE_TOP_LEVEL));
    let targets: Vec<&Node> = props
        .doc
        .nodes
        .iter()
        .filter(|m| m.id != n.id && connectable(m.kind))
        .collect();
    html! {
        <div class="inspector-body" data-testid="node-inspector">
            <h2 class="with-icon"><Icon kind={n.kind} size={22.0} />{ kind_title(n.kind, lang) }</h2>
            <p class="help">{ tr(lang, &summary_id(n.kind)) }</p>
            <label class="field">
                <span>{ tr(lang, id::LABEL) }</span>
                <input type="text" value={n.label.clone()} onchange={on_label} disabled={ro} data-testid="node-label" />
            </label>
            <p class="meta"><code>{ n.id.clone() }</code>{ " · " }{ parent }</p>
            for spec in specs_for(n.kind) {
                <PropField key={spec.key} node={n.clone()} spec={spec.key} doc={props.doc.clone()} readonly={ro} />
            }
            if connectable(n.kind) && !ro {
                <label class="field">
                    <span>{ tr(lang, id::CONNECT_TO) }</span>
                    <select onchange={connect} data-testid="connect-to">
                        <option value="" selected=true>{ tr(lang, id::CHOOSE_NODE) }</option>
                        for m in targets {
                            <option value={m.id.clone()}>{ t(lang, id::NODE_OPTION, &[("name", s(m.name())), ("kind", s(kind_title(m.kind, lang)))]) }</option>
                        }
                    </select>
                </label>
            }
            <ElementFindings id={id.clone()} derived={props.derived.clone()} />
            if !ro {
                <button class="danger" onclick={delete} data-testid="delete-node">{ tr(lang, id::DELETE) }</button>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PropFieldProps {
    node: Node,
    spec: &'static str,
    doc: Shared<Document>,
    readonly: bool,
}

/// One property from the catalog, edited according to its type.
#[component]
fn PropField(props: &PropFieldProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let lang = use_lang();
    let spec: &PropSpec = crate::model::spec(props.spec).expect("catalog key");
    let title = tr(lang, &prop_id(spec.key, "title"));
    let default = tr(lang, &prop_id(spec.key, "default"));
    let n = &props.node;
    let current = n.props.get(spec.key);
    let dispatch = {
        let store = store.clone();
        let id = n.id.clone();
        move |value: Option<PropValue>| {
            store.dispatch(Action::SetProp {
                id: id.clone(),
                key: spec.key.to_string(),
                value,
            })
        }
    };
    let ro = props.readonly;
    let testid = format!("prop-{}", spec.key);
    let help = t(
        lang,
        id::PROP_HELP_LINE,
        &[
            ("help", s(tr(lang, &prop_id(spec.key, "help")))),
            ("default", s(default.clone())),
        ],
    );
    let ids = FieldIds::new(&testid);
    let help = html! { <small class="help" id={ids.help.clone()}>{ help }</small> };
    match spec.ty {
        PropType::Bool => {
            let value = match current {
                Some(PropValue::Bool(b)) => b,
                _ => spec.default.starts_with("true"),
            };
            let onchange =
                Callback::from(move |e: Event| dispatch(Some(PropValue::Bool(checked(&e)))));
            html! {
                <label class="check prop">
                    <input type="checkbox" checked={value} onchange={onchange} disabled={ro} data-testid={testid}
                        aria-labelledby={ids.title.clone()} aria-describedby={ids.help.clone()} />
                    <span><span id={ids.title.clone()}>{ title }</span>{ help }</span>
                </label>
            }
        }
        PropType::Text | PropType::Count | PropType::List => {
            let value = match &current {
                Some(PropValue::Text(s)) => s.clone(),
                Some(PropValue::Count(c)) => c.to_string(),
                Some(PropValue::List(l)) => l.join(", "),
                _ => String::new(),
            };
            let ty = spec.ty;
            let onchange = Callback::from(move |e: Event| {
                let v = input_value(&e).trim().to_string();
                if v.is_empty() {
                    return dispatch(None);
                }
                let value = match ty {
                    PropType::Count => match v.parse::<u32>() {
                        Ok(c) => PropValue::Count(c),
                        Err(_) => PropValue::Text(v), // refused by the editor, with a message
                    },
                    PropType::List => PropValue::List(
                        v.split([',', ' ', '\n'])
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(String::from)
                            .collect(),
                    ),
                    _ => PropValue::Text(v),
                };
                dispatch(Some(value));
            });
            let kind = if ty == PropType::Count {
                "number"
            } else {
                "text"
            };
            html! {
                <label class="field prop">
                    <span id={ids.title.clone()}>{ title }</span>
                    <input type={kind} value={value} onchange={onchange} disabled={ro} data-testid={testid}
                        placeholder={default} min="1" aria-labelledby={ids.title.clone()} aria-describedby={ids.help.clone()} />
                    { help }
                </label>
            }
        }
        PropType::Choice(options) => {
            // Where omitted means something no choice says (an endpoint's
            // service: whatever its routes lead to), omitted is a choice
            // of its own, first, and choosing it clears the property.
            let implied = spec.default.split_whitespace().next().unwrap_or("");
            let unset = !options.contains(&implied);
            let value = match current {
                Some(PropValue::Choice(c)) => c,
                _ if unset => "",
                _ => implied,
            };
            let onchange = Callback::from(move |e: Event| {
                let v = select_value(&e);
                if let Some(c) = options.iter().find(|o| **o == v) {
                    dispatch(Some(PropValue::Choice(c)));
                } else if v.is_empty() {
                    dispatch(None);
                }
            });
            html! {
                <label class="field prop">
                    <span id={ids.title.clone()}>{ title }</span>
                    <select onchange={onchange} disabled={ro} data-testid={testid}
                        aria-labelledby={ids.title.clone()} aria-describedby={ids.help.clone()}>
                        if unset {
                            <option value="" selected={value.is_empty()}>{ default.clone() }</option>
                        }
                        for o in options.iter() {
                            <option value={*o} selected={*o == value}>{ *o }</option>
                        }
                    </select>
                    { help }
                </label>
            }
        }
        PropType::NodeRef(kind) => {
            let value = match current {
                Some(PropValue::Text(s)) => s,
                _ => String::new(),
            };
            let onchange = Callback::from(move |e: Event| {
                let v = select_value(&e);
                dispatch(if v.is_empty() {
                    None
                } else {
                    Some(PropValue::Text(v))
                });
            });
            html! {
                <label class="field prop">
                    <span id={ids.title.clone()}>{ title }</span>
                    <select onchange={onchange} disabled={ro} data-testid={testid}
                        aria-labelledby={ids.title.clone()} aria-describedby={ids.help.clone()}>
                        <option value="" selected={value.is_empty()}>{ tr(lang, id::NONE) }</option>
                        for m in props.doc.nodes.iter().filter(|m| m.kind == kind) {
                            <option value={m.id.clone()} selected={m.id == value}>{ m.name().to_string() }</option>
                        }
                    </select>
                    { help }
                </label>
            }
        }
        PropType::Datasets => html! {
            <DatasetsField node_id={n.id.clone()} datasets={n.props.datasets().to_vec()} readonly={ro} />
        },
    }
}

#[derive(Properties, PartialEq)]
struct DatasetsProps {
    node_id: String,
    datasets: Vec<Dataset>,
    readonly: bool,
}

/// A store's datasets: name and sensitivity, one row each.
#[component]
fn DatasetsField(props: &DatasetsProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let lang = use_lang();
    let set = {
        let store = store.clone();
        let id = props.node_id.clone();
        move |datasets: Vec<Dataset>| {
            store.dispatch(Action::SetProp {
                id: id.clone(),
                key: "datasets".into(),
                value: if datasets.is_empty() {
                    None
                } else {
                    Some(PropValue::Datasets(datasets))
                },
            })
        }
    };
    let ro = props.readonly;
    let rows = props.datasets.iter().enumerate().map(|(i, d)| {
        let all = props.datasets.clone();
        let rename = {
            let set = set.clone();
            let all = all.clone();
            Callback::from(move |e: Event| {
                let mut v = all.clone();
                v[i].name = input_value(&e).trim().to_string();
                set(v);
            })
        };
        let toggle = {
            let set = set.clone();
            let all = all.clone();
            Callback::from(move |e: Event| {
                let mut v = all.clone();
                v[i].sensitive = checked(&e);
                set(v);
            })
        };
        let remove = {
            let set = set.clone();
            Callback::from(move |_| {
                let mut v = all.clone();
                v.remove(i);
                set(v);
            })
        };
        let mark = format!("dataset-sensitive-mark-{i}");
        html! {
            <li key={format!("{i}-{}", d.name)} class={classes!(d.sensitive.then_some("sensitive"))}>
                if d.sensitive { { sensitive_mark(lang, &mark) } }
                <input type="text" value={d.name.clone()} onchange={rename} disabled={ro} aria-label={tr(lang, id::DATASET_NAME)}
                    aria-describedby={d.sensitive.then_some(mark.clone())} data-testid={format!("dataset-name-{i}")} />
                <label class="check"><input type="checkbox" checked={d.sensitive} onchange={toggle} disabled={ro} data-testid={format!("dataset-sensitive-{i}")} />{ tr(lang, id::DATASET_SENSITIVE) }</label>
                if !ro { <button class="link" onclick={remove} aria-label={t(lang, id::DATASET_REMOVE, &[("name", s(d.name.clone()))])}>{ "✕" }</button> }
            </li>
        }
    });
    let add = {
        let set = set.clone();
        let all = props.datasets.clone();
        Callback::from(move |_| {
            let mut v = all.clone();
            let name = (1..)
                .map(|i| {
                    if i == 1 {
                        "table".to_string()
                    } else {
                        format!("table_{i}")
                    }
                })
                .find(|n| !v.iter().any(|d| &d.name == n))
                .expect("a free name");
            v.push(Dataset {
                name,
                sensitive: false,
            });
            set(v);
        })
    };
    html! {
        <div class="field datasets">
            <span>{ tr(lang, id::DATASETS_TABLES) }</span>
            <ul>{ for rows }</ul>
            if !ro { <button class="secondary" onclick={add} data-testid="add-dataset">{ tr(lang, id::ADD_DATASET) }</button> }
        </div>
    }
}

/// The mark of a sensitive dataset: a padlock in its own tone (not the
/// red of an error), named for screen readers; `dom_id` for aria-describedby.
fn sensitive_mark(lang: Lang, dom_id: &str) -> Html {
    let text = tr(lang, id::DATASET_SENSITIVE_MARK);
    html! {
        <span class="sensitive-mark" id={dom_id.to_string()} role="img" aria-label={text.clone()} title={text}
            data-testid={dom_id.to_string()}>{ lock(14.0) }</span>
    }
}

#[derive(Properties, PartialEq)]
struct FlowInspectorProps {
    id: String,
    doc: Shared<Document>,
    derived: Shared<Derived>,
    readonly: bool,
}

#[component]
fn FlowInspector(props: &FlowInspectorProps) -> Html {
    let store = use_context::<Dispatch>().expect("dispatch context");
    let lang = use_lang();
    let Some(f) = props.doc.flow(&props.id) else {
        return html! {};
    };
    let ro = props.readonly;
    let name = |id: &str| {
        props
            .doc
            .node(id)
            .map(|n| n.name().to_string())
            .unwrap_or_default()
    };
    let source = props.doc.node(&f.from);
    let from_transit = source.is_some_and(|n| n.kind.is_passable());
    let sink = props.doc.node(&f.to);
    let open = sink.is_some_and(|n| n.kind.is_passable());
    let id = f.id.clone();
    let on_label = label_setter(&store, &id);
    let on_transport = {
        let store = store.clone();
        let id = id.clone();
        Callback::from(move |e: Event| {
            let v = select_value(&e);
            if let Some(t) = Transport::FOR_FLOWS.into_iter().find(|t| t.as_str() == v) {
                store.dispatch(Action::SetTransport {
                    flow: id.clone(),
                    transport: t,
                });
            }
        })
    };
    let names: BTreeSet<String> = props
        .doc
        .nodes
        .iter()
        .flat_map(|n| n.props.datasets().iter().map(|d| d.name.clone()))
        .collect();
    let only = f.only.clone();
    let set_only = {
        let store = store.clone();
        let id = id.clone();
        move |only: Option<Vec<String>>| {
            store.dispatch(Action::SetOnly {
                flow: id.clone(),
                only,
            })
        }
    };
    let on_all = {
        let set_only = set_only.clone();
        Callback::from(move |_: Event| set_only(None))
    };
    // Nothing ticked to start with: ticking a dataset is the user's
    // choice, never the first name in alphabetical order (in seed 000 that
    // is the sensitive `customers`).
    let on_subset = {
        let set_only = set_only.clone();
        Callback::from(move |_: Event| set_only(Some(Vec::new())))
    };
    let delete = deleter(&store, Selection::flow(&id));
    let transport_ids = FieldIds::new("flow-transport");
    let transport_help = tr(
        lang,
        match f.transport {
            Transport::None => id::TRANSPORT_HELP_NONE,
            Transport::Tls => id::TRANSPORT_HELP_TLS,
            Transport::Ipsec => id::TRANSPORT_HELP_IPSEC,
            Transport::Macsec => id::TRANSPORT_HELP_MACSEC,
        },
    );
    let mut transports: Vec<Transport> = Transport::FOR_FLOWS.to_vec();
    if !transports.contains(&f.transport) {
        transports.push(f.transport);
    }
    let route_names: Vec<String> = f.route().map(name).collect();
    let route_edit = |action: fn(String, String) -> Action, node: &str| {
        let store = store.clone();
        let (flow, node) = (id.clone(), node.to_string());
        Callback::from(move |_: MouseEvent| store.dispatch(action(flow.clone(), node.clone())))
    };
    html! {
        <div class="inspector-body" data-testid="flow-inspector">
            <h2>{ tr(lang, id::DATA_FLOW) }</h2>
            <p class="flowname" data-testid="flow-route">{ tr(lang, id::FLOW_ROUTE) }{ route_names.join(" → ") }</p>
            if open {
                <p class="help" data-testid="flow-open">{ t(lang, id::FLOW_OPEN, &[("name", s(name(&f.to)))]) }</p>
            }
            if from_transit {
                <p class="help">{ t(lang, id::FLOW_FROM_TRANSIT, &[("name", s(name(&f.from)))]) }</p>
            }
            <p class="meta"><code>{ f.id.clone() }</code></p>
            <label class="field">
                <span>{ tr(lang, id::LABEL) }</span>
                <input type="text" value={f.label.clone()} onchange={on_label} disabled={ro} data-testid="flow-label" />
            </label>
            <label class="field">
                <span id={transport_ids.title.clone()}>{ tr(lang, id::TRANSPORT_PROTECTION) }</span>
                <select onchange={on_transport} disabled={ro} data-testid="flow-transport"
                    aria-labelledby={transport_ids.title.clone()} aria-describedby={transport_ids.help.clone()}>
                    for t in transports {
                        <option value={t.as_str()} selected={t == f.transport}>{ transport_title(t, lang) }</option>
                    }
                </select>
                <small class="help" id={transport_ids.help.clone()}>{ transport_help }</small>
            </label>
            if !f.via.is_empty() {
                <div class="field route">
                    <span>{ tr(lang, id::ROUTE_CONNECTIVITY) }</span>
                    <ul class="via" data-testid="flow-via">
                        for v in f.via.iter() {
                            <li key={v.clone()}>
                                <span>{ name(v) }</span>
                                if !ro {
                                    <button class="link" onclick={route_edit(|flow, node| Action::RemoveVia { flow, node }, v)}
                                        data-testid={format!("route-remove-{v}")} title={tr(lang, id::ROUTE_REMOVE_TOOLTIP)}>{ tr(lang, id::ROUTE_REMOVE) }</button>
                                    <button class="link" onclick={route_edit(|flow, node| Action::EndAt { flow, node }, v)}
                                        data-testid={format!("route-end-{v}")} title={tr(lang, id::ROUTE_END_TOOLTIP)}>{ tr(lang, id::ROUTE_END) }</button>
                                }
                            </li>
                        }
                    </ul>
                </div>
            }
            <fieldset class="field carries" disabled={ro || from_transit}>
                <legend>{ tr(lang, id::CARRIES) }</legend>
                <label class="check"><input type="radio" name="carries" checked={only.is_none()} onchange={on_all} data-testid="carries-all" />{ tr(lang, id::CARRIES_ALL) }</label>
                <label class="check"><input type="radio" name="carries" checked={only.is_some()} onchange={on_subset} disabled={names.is_empty()} data-testid="carries-subset" />{ tr(lang, id::CARRIES_SUBSET) }</label>
                if only.as_ref().is_some_and(Vec::is_empty) {
                    <p class="hint" data-testid="carries-nothing">{ tr(lang, id::CARRIES_NOTHING) }</p>
                }
                if let Some(selected) = &only {
                    <ul class="subset">
                        for n in names.iter() {
                            <li key={n.clone()}>
                                <label class="check">
                                    <input type="checkbox" checked={selected.contains(n)} data-testid={format!("carries-{n}")}
                                        onchange={
                                            let set_only = set_only.clone();
                                            let selected = selected.clone();
                                            let n = n.clone();
                                            Callback::from(move |e: Event| {
                                                let mut v: Vec<String> = selected.iter().filter(|x| **x != n).cloned().collect();
                                                if checked(&e) { v.push(n.clone()); }
                                                v.sort();
                                                set_only(Some(v));
                                            })
                                        } />
                                    { n.clone() }
                                </label>
                            </li>
                        }
                    </ul>
                }
                if from_transit {
                    <small class="help">{ tr(lang, id::CARRIES_NO_SOURCE) }</small>
                }
            </fieldset>
            <ElementFindings id={id.clone()} derived={props.derived.clone()} />
            if !ro {
                <button class="danger" onclick={delete} data-testid="delete-flow">{ tr(lang, id::DELETE_FLOW) }</button>
            }
        </div>
    }
}

/// A transport's title: "None" is said in the language, the protocols
/// are named as they are.
pub(super) fn transport_title(t: Transport, lang: Lang) -> String {
    match t {
        Transport::None => tr(lang, id::TRANSPORT_NONE),
        other => other.title().to_string(),
    }
}

#[derive(Properties, PartialEq)]
struct ElementFindingsProps {
    id: String,
    derived: Shared<Derived>,
}

/// The findings on one element, in brief.
#[component]
fn ElementFindings(props: &ElementFindingsProps) -> Html {
    let lang = use_lang();
    let list: Vec<_> = props.derived.findings_on(&props.id).collect();
    if list.is_empty() {
        return html! {};
    }
    html! {
        <div class="element-findings">
            <h3>{ t(lang, id::FINDINGS_HERE, &[("count", n(list.len()))]) }</h3>
            <ul>
                for f in list {
                    <li key={f.id.clone()} class={classes!(format!("sev-{}", f.severity.as_str()))}>
                        <strong>{ f.code }</strong>{ " " }{ rich(&f.message.render(lang)) }
                    </li>
                }
            </ul>
        </div>
    }
}

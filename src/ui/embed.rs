//! Embed mode (`?embed`): the diagram read-only, fitted to its frame, with
//! live findings and a compact list, for internal docs pages. The hosting
//! page can send a document by `postMessage` and gets its findings back, in
//! the embed's language (`&lang=`):
//!
//! ```js
//! frame.contentWindow.postMessage({ type: "airlock:load", id: 1, document }, appOrigin);
//! // ← { type: "airlock:findings", id: 1, report } or { type: "airlock:error", id: 1, errors: [...] }
//! ```
//!
//! `document` may be a draw.io diagram's text; then `page` (a name, or a
//! number from 1) and `map` (style key or cell id → kind) choose as
//! `importDrawio` does, and the reply adds `page`, `pages` and
//! `notUnderstood`.
//!
//! Messages are accepted only from the origin named by `&parent=ORIGIN`
//! (else only from the app's own origin); all others are ignored.

use super::canvas::Canvas;
use super::checked::use_checked;
use super::context_menu::{self, AboutKind, ContextMenu, MenuRequest};
use super::findings::Findings;
use super::hooks::listen;
use super::lang::tr;
use super::state::{Derived, Dispatch, Shared, State, Store};
use crate::check;
use crate::drawio;
use crate::editor::Viewport;
use crate::editor::menu::{Entry, Target};
use crate::editor::{Action, Editor, bounds};
use crate::i18n::ids::ui as id;
use crate::i18n::{Arg, Lang, t};
use crate::model::{self, Document, Kind};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MessageEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    pub initial: Option<Rc<Document>>,
    /// The origin allowed to send documents; `None`: the app's own.
    pub parent: Option<String>,
    pub notice: Option<String>,
    /// The language: `?lang=`, else the browser's.
    pub lang: Lang,
}

fn own_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

fn set(obj: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &key.into(), value);
}

/// The message's draw.io choices: `page` (a name, or a number from 1)
/// and `map` (style key or cell id → kind), as `importDrawio` takes them.
fn drawio_options(data: &JsValue) -> Result<drawio::Options, Vec<String>> {
    let options = js_sys::Object::new();
    for key in ["page", "map"] {
        let value = js_sys::Reflect::get(data, &key.into()).unwrap_or(JsValue::UNDEFINED);
        if !value.is_undefined() {
            set(&options, key, &value);
        }
    }
    crate::api::drawio_options(options.into())
        .map(|(options, _)| options)
        .map_err(|e| vec![format!("draw.io options: {e}")])
}

/// Answers one message; `None` when it is not for us.
fn answer(data: &JsValue, store: &Store, lang: Lang) -> Option<js_sys::Object> {
    let kind = js_sys::Reflect::get(data, &"type".into())
        .ok()?
        .as_string()?;
    if kind != "airlock:load" {
        return None;
    }
    let reply = js_sys::Object::new();
    if let Ok(id) = js_sys::Reflect::get(data, &"id".into()) {
        set(&reply, "id", &id);
    }
    let document = js_sys::Reflect::get(data, &"document".into()).unwrap_or(JsValue::UNDEFINED);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    // A draw.io diagram's text (the `.drawio` a docs page already shows)
    // is imported first; what it did not understand goes with the report.
    let mut not_understood = None;
    let loaded = match document.as_string() {
        Some(text) if drawio::is_drawio(text.as_bytes()) => drawio_options(data)
            .and_then(|options| drawio::import(text.as_bytes(), &options).map_err(|e| e.lines()))
            .map(|imported| {
                set(&reply, "page", &imported.page.as_str().into());
                let pages: js_sys::Array = imported.pages.iter().map(JsValue::from).collect();
                set(&reply, "pages", &pages);
                not_understood = Some(imported.skipped);
                imported.doc
            }),
        _ => crate::api::load_js(&document, lang),
    };
    match loaded {
        Ok(doc) => {
            let report = check::run(&doc);
            store.dispatch(Action::Load(doc));
            set(&reply, "type", &"airlock:findings".into());
            let value = serde::Serialize::serialize(&check::Localized(&report, lang), &serializer)
                .unwrap_or(JsValue::NULL);
            set(&reply, "report", &value);
            if let Some(skipped) = not_understood {
                let skipped: Vec<drawio::SkippedIn> =
                    skipped.iter().map(|s| s.in_lang(lang)).collect();
                let value =
                    serde::Serialize::serialize(&skipped, &serializer).unwrap_or(JsValue::NULL);
                set(&reply, "notUnderstood", &value);
            }
        }
        Err(lines) => {
            set(&reply, "type", &"airlock:error".into());
            let errors = js_sys::Array::new();
            for l in lines {
                errors.push(&l.into());
            }
            set(&reply, "errors", &errors);
        }
    }
    Some(reply)
}

/// Fits the drawing to the frame.
fn fit_frame(doc: &Document, canvas: &NodeRef, view: &UseStateHandle<Viewport>) {
    if let (Some(el), Some(r)) = (canvas.cast::<Element>(), bounds(doc)) {
        let (w, h) = (el.client_width() as f64, el.client_height() as f64);
        if w > 0.0 && h > 0.0 {
            view.set(Viewport::fit(&r, w, h));
        }
    }
}

#[component]
pub fn EmbedApp(props: &EmbedProps) -> Html {
    let initial = props.initial.clone();
    let store = use_reducer(move || State {
        ed: Editor::new(initial.map(|d| (*d).clone()).unwrap_or_default()),
    });
    let checked = use_checked(store.ed.doc_rc(), store.ed.sem_rev, false, None);
    let derived: Shared<Derived> = checked.derived.clone();
    let canvas_ref = use_node_ref();
    let view = use_state(Viewport::default);
    let highlight = use_state(|| None::<String>);
    let filter = use_state(|| None::<String>);
    let menu = use_state(|| None::<MenuRequest>);
    let about = use_state(|| None::<Kind>);
    use_effect_with(props.lang, |l| super::lang::apply(*l));

    // Fit the drawing to the frame whenever the document changes, and on resize.
    {
        let view = view.clone();
        let canvas = canvas_ref.clone();
        let doc = store.ed.doc_rc();
        use_effect_with(store.ed.sem_rev, move |_| {
            let fit = move || fit_frame(&doc, &canvas, &view);
            fit();
            listen(
                web_sys::window().map(Into::into),
                "resize",
                move |_: web_sys::Event| fit(),
            )
        });
    }

    // The embed protocol.
    {
        let store = store.clone();
        let allowed = props.parent.clone().unwrap_or_else(own_origin);
        let lang = props.lang;
        use_effect_with((), move |_| {
            let listener_allowed = allowed.clone();
            let window = web_sys::window();
            let stop = listen(
                window.clone().map(Into::into),
                "message",
                move |e: MessageEvent| {
                    if e.origin() != listener_allowed {
                        return; // Not the configured parent: ignored.
                    }
                    let Some(reply) = answer(&e.data(), &store, lang) else {
                        return;
                    };
                    // The source is the parent's window proxy: from another
                    // origin, so no `instanceof Window` check; posting to it
                    // is allowed.
                    if let Some(source) = e.source() {
                        let source: web_sys::Window = source.unchecked_into();
                        let _ = source.post_message(&reply, &e.origin());
                    }
                },
            );
            // Tell the hosting page we are ready.
            if let Some(w) = &window
                && let Ok(Some(parent)) = w.parent()
                && parent != *w
            {
                let ready = js_sys::Object::new();
                set(&ready, "type", &"airlock:ready".into());
                set(&ready, "version", &JsValue::from(model::CURRENT_VERSION));
                let _ = parent.post_message(&ready, &allowed);
            }
            stop
        });
    }

    let doc = store.ed.doc_rc();
    let lang = props.lang;
    let active = derived.report.active().count();
    let open_link = crate::share::to_fragment(&doc)
        .ok()
        .map(|f| format!("{}#{f}", super::io::page_base()));
    let on_view = {
        let view = view.clone();
        Callback::from(move |v: Viewport| view.set(v))
    };
    let on_badge = {
        let filter = filter.clone();
        Callback::from(move |id: String| filter.set(Some(id)))
    };
    let on_highlight = {
        let highlight = highlight.clone();
        Callback::from(move |id: Option<String>| highlight.set(id))
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |id: Option<String>| filter.set(id))
    };

    // The context menu, read-only: findings, a kind's description, Fit.
    let on_menu = context_menu::on_menu(&store, &menu, &derived, true);
    let on_pick = {
        let (menu, about, on_badge) = (menu.clone(), about.clone(), on_badge.clone());
        let (doc, canvas, view) = (doc.clone(), canvas_ref.clone(), view.clone());
        Callback::from(move |entry: Entry| {
            let Some(req) = (*menu).clone() else { return };
            menu.set(None);
            match (entry, &req.target) {
                (Entry::ShowFindings, t) => {
                    if let Some(id) = t.id() {
                        on_badge.emit(id.to_string());
                    }
                }
                (Entry::AboutKind, Target::Node { kind, .. }) => about.set(Some(*kind)),
                (Entry::FitToView, _) => fit_frame(&doc, &canvas, &view),
                _ => {}
            }
        })
    };
    let close_menu = {
        let menu = menu.clone();
        Callback::from(move |_: ()| menu.set(None))
    };
    let close_about = {
        let about = about.clone();
        Callback::from(move |_: ()| about.set(None))
    };

    html! {
        <ContextProvider<Lang> context={props.lang}>
        <ContextProvider<Store> context={store.clone()}>
        <ContextProvider<Dispatch> context={store.dispatcher()}>
            <div class="app embed theme-light" data-testid="app" data-mode="embed">
                <header class="embedbar">
                    <span class="brand"><span class="logo" aria-hidden="true"></span><strong>{ "Airlock" }</strong></span>
                    <span class="doc-title" data-testid="doc-title">{ if doc.title.is_empty() { tr(lang, id::UNTITLED_DESIGN) } else { doc.title.clone() } }</span>
                    <span class={classes!("pill", (active > 0).then_some("bad"))} data-testid="findings-pill">
                        { t(lang, id::FINDINGS_PILL, &[("count", Arg::Count(active))]) }
                    </span>
                    if let Some(href) = open_link {
                        <a class="open" href={href} target="_blank" rel="noopener noreferrer" data-testid="open-in-airlock">{ tr(lang, id::OPEN_IN_AIRLOCK) }</a>
                    }
                </header>
                if let Some(n) = &props.notice {
                    <div class="banner error" role="alert" data-testid="banner">{ n.clone() }</div>
                }
                <div class="embed-body">
                    <section class="stage">
                        <Canvas view={*view} on_view={on_view} derived={derived.clone()} highlight={(*highlight).clone()}
                            on_badge={on_badge} canvas_ref={canvas_ref.clone()} readonly=true on_menu={on_menu} />
                    </section>
                    <Findings checking={checked.checking} derived={derived.clone()} doc={Shared(doc.clone())} highlight={(*highlight).clone()} on_highlight={on_highlight}
                        filter={(*filter).clone()} on_filter={on_filter} readonly=true compact=true />
                </div>
                if let Some(req) = &*menu {
                    <ContextMenu request={req.clone()} entries={context_menu::entries(req, &store, &derived, true)}
                        on_pick={on_pick} on_close={close_menu} />
                }
                if let Some(kind) = *about {
                    <AboutKind kind={kind} on_close={close_about} />
                }
            </div>
        </ContextProvider<Dispatch>>
        </ContextProvider<Store>>
        </ContextProvider<Lang>>
    }
}

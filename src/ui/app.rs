//! The app shell: top bar, palette, canvas, inspector and findings, the
//! keyboard shortcuts, and the overlays.

use super::banners::{BannerAction, Banners, BannersView, Notice, Topic};
use super::canvas::{Canvas, GRID, canvas_point};
use super::checked::{Phase, use_checked};
use super::context_menu::{self, AboutKind, ContextMenu, MenuRequest};
use super::designs::Designs;
use super::find::Find;
use super::findings::Findings;
use super::focus;
use super::hooks::listen;
use super::imported::{ImportedDialog, ImportedFile};
use super::inspector::Inspector;
use super::io;
use super::keeping::use_keeping;
use super::lang::{self, LangSwitch, n, s, tr};
use super::menus::{Menus, OpenTextDialog, Services, Shown, TextDialog, open_file, open_link};
use super::overlays::{Gallery, Help};
use super::palette::Palette;
use super::safe::{SafeBar, Why};
use super::state::{Derived, Dispatch, Shared, State, Store};
use crate::editor::Viewport;
use crate::editor::menu::{Entry, Target};
use crate::editor::{Action, Selection, bounds};
use crate::i18n::ids::ui as id;
use crate::i18n::{Arg, Message, t};
use crate::library::DesignId;
use crate::model::{Document, Kind};
use crate::opening::Mark;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

/// The dialog open over the editor, if any: while one is, the editor's
/// shortcuts wait, and Escape closes it.
#[derive(Clone, PartialEq)]
enum Overlay {
    None,
    Templates,
    /// The designs kept in this browser.
    Designs,
    Help,
    /// A link or snippet to copy (Share).
    Text(Shown),
    /// What a draw.io import did not understand, to map by hand.
    Imported(Shared<ImportedFile>),
    /// Text to open: a design, a draw.io diagram, a share link.
    OpenText,
    /// A node kind's description (the context menu's "About this kind").
    About(Kind),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    fn class(self) -> &'static str {
        match self {
            Theme::Light => "theme-light",
            Theme::Dark => "theme-dark",
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn initial_theme() -> Theme {
    let saved = storage().and_then(|s| s.get_item("airlock.theme").ok().flatten());
    match saved.as_deref() {
        Some("dark") => Theme::Dark,
        Some("light") => Theme::Light,
        _ => {
            let dark = web_sys::window()
                .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
                .is_some_and(|m| m.matches());
            if dark { Theme::Dark } else { Theme::Light }
        }
    }
}

/// The view that shows the whole document in the canvas element.
fn fit_view(doc: &Document, canvas: &NodeRef) -> Viewport {
    let (w, h) = canvas
        .cast::<Element>()
        .map(|el| (el.client_width() as f64, el.client_height() as f64))
        .filter(|(w, h)| *w > 0.0 && *h > 0.0)
        .unwrap_or((1000.0, 700.0));
    match bounds(doc) {
        Some(r) => Viewport::fit(&r, w, h),
        None => Viewport::default(),
    }
}

/// What the global keyboard handler needs from the latest render.
struct Latest {
    store: Store,
    services: Services,
    /// A Ctrl/⌘ + V waiting for its paste event (see [`super::paste`]).
    pending_paste: Rc<Cell<bool>>,
    view: UseStateHandle<Viewport>,
    overlay: UseStateHandle<Overlay>,
    highlight: UseStateHandle<Option<String>>,
    canvas: NodeRef,
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The document to start with (the tab's design, or the latest kept).
    #[prop_or_default]
    pub initial: Option<Rc<Document>>,
    /// The design library's record `initial` was read from.
    #[prop_or_default]
    pub initial_id: Option<DesignId>,
    /// A document to open on top of it (a share link), undoably.
    #[prop_or_default]
    pub open: Option<Rc<Document>>,
    /// Something to tell the user at start.
    #[prop_or_default]
    pub notice: Option<String>,
    /// How a document in an older format was updated, to tell at start.
    #[prop_or_default]
    pub notes: Vec<Message>,
    /// Running inside another page's frame: no autosave, read or written.
    #[prop_or_default]
    pub framed: bool,
    /// Open `initial` in safe mode, for this reason ([`crate::opening`]).
    #[prop_or_default]
    pub safe: Option<Mark>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let safe = props.safe;
    let store = use_reducer(move || {
        let mut ed = crate::editor::Editor::new(initial.map(|d| (*d).clone()).unwrap_or_default());
        if safe.is_some() {
            ed.apply(Action::Lock(true));
        }
        State { ed }
    });
    let locked = store.ed.locked();
    // Why the design is in safe mode, while it is.
    let safe_why = use_state(|| safe.map(Why::Marked));
    let dispatcher: Dispatch = store.dispatcher();
    let canvas_ref = use_node_ref();
    let view = use_state(Viewport::default);
    let highlight = use_state(|| None::<String>);
    let filter = use_state(|| None::<String>);
    let overlay = use_state(|| Overlay::None);
    let menu = use_state(|| None::<MenuRequest>);
    let connect = use_state(|| None::<(String, u32)>);
    let theme = use_state(initial_theme);
    let (lang, on_lang, lang_failed) = lang::use_app_lang();
    let start = start_notice(lang, props.notice.clone(), &props.notes).or_else(|| {
        props
            .framed
            .then(|| Notice::note(Topic::Storage, tr(lang, id::FRAMED_NOTE)))
    });
    let banners = use_reducer(move || Banners::with(start));
    lang::use_failure_banner(lang, lang_failed, banners.dispatcher());
    let keeping = use_keeping(
        &store,
        banners.dispatcher(),
        props.framed,
        props.initial_id.clone(),
    );
    // The keeper marks each check made on the page's main thread.
    let watch = {
        let keeping = keeping.clone();
        Callback::from(move |phase: Phase| keeping.borrow_mut().watch(phase))
    };
    let checked = use_checked(store.ed.doc_rc(), store.ed.sem_rev, locked, Some(watch));
    let derived: Shared<Derived> = checked.derived.clone();
    focus::use_forget_stale(
        store.ed.design(),
        store.ed.doc(),
        &derived,
        &filter,
        &highlight,
    );

    // At start: open a shared design on top of the kept one, and fit the
    // drawing to the view once the canvas has a size. The kept design is
    // on screen (checked, unless in safe mode): its opening finished (see
    // `kept_design`).
    {
        let view = view.clone();
        let canvas = canvas_ref.clone();
        let store = store.clone();
        let open = props.open.clone();
        let opened = props.initial_id.clone().filter(|_| safe.is_none());
        use_effect_with((), move |_| {
            if let (Some(id), Ok(marks)) = (opened, io::marks()) {
                marks.opened(&id);
            }
            let doc = match open {
                Some(doc) => {
                    store.dispatch(Action::Load((*doc).clone()));
                    doc
                }
                None => store.ed.doc_rc(),
            };
            if !doc.nodes.is_empty() {
                view.set(fit_view(&doc, &canvas));
            }
        });
    }

    // Keyboard shortcuts, registered once, reading the latest state.
    let latest = use_mut_ref(|| None::<Latest>);
    let pending_paste = use_memo((), |_| Rc::new(Cell::new(false)));
    let pending_paste: Rc<Cell<bool>> = (*pending_paste).clone();
    let last_import = use_state(|| None::<Shared<ImportedFile>>);
    {
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let doc = web_sys::window().and_then(|w| w.document());
            listen(doc.map(Into::into), "keydown", move |e: KeyboardEvent| {
                on_key(&latest, &e)
            })
        });
    }
    {
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let doc = web_sys::window().and_then(|w| w.document());
            listen(
                doc.map(Into::into),
                "paste",
                move |e: web_sys::ClipboardEvent| {
                    let guard = latest.borrow();
                    if let Some(l) = guard.as_ref() {
                        if !editing_text(&e) && *l.overlay == Overlay::None {
                            super::paste::on_paste(&e, &l.store, &l.services, &l.pending_paste);
                        }
                    }
                },
            )
        });
    }

    // A share link pasted into this tab's address bar: open it on top of
    // the current design (Undo brings that back), as at start.
    {
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window();
            listen(
                window.map(Into::into),
                "hashchange",
                move |_: web_sys::Event| {
                    let hash = web_sys::window()
                        .and_then(|w| w.location().hash().ok())
                        .unwrap_or_default();
                    if !hash.starts_with("#doc=") {
                        return;
                    }
                    io::clear_fragment();
                    if let Some(l) = latest.borrow().as_ref() {
                        open_link(&hash, &l.store.dispatcher(), &l.services);
                    }
                },
            )
        });
    }

    let on_view = {
        let set = view.setter();
        use_callback((), move |v: Viewport, _| set.set(v))
    };
    let on_drop = {
        let store = store.clone();
        let canvas = canvas_ref.clone();
        let view = *view;
        Callback::from(move |(kind, cx, cy): (Kind, f64, f64)| {
            if let Some((x, y, shown)) = on_canvas(&canvas, &view, cx, cy) {
                let view = Some(shown);
                store.dispatch(Action::AddNode { kind, x, y, view });
            }
        })
    };
    // Narrower than the three columns fit (static/app.css), the palette is
    // a drawer over the canvas: open or not; an add or a drop closes it.
    let palette_open = use_state_eq(|| false);
    let toggle_palette = {
        let open = palette_open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_drop = {
        let (on_drop, open) = (on_drop, palette_open.clone());
        Callback::from(move |at: (Kind, f64, f64)| {
            open.set(false);
            on_drop.emit(at);
        })
    };
    // During a palette drag: why a drop there would be refused, if it would.
    let palette_refusal = use_state_eq(|| None::<Message>);
    let on_palette_drag = {
        let store = store.clone();
        let canvas = canvas_ref.clone();
        let view = *view;
        let refusal = palette_refusal.clone();
        Callback::from(move |at: Option<(Kind, f64, f64)>| {
            let why = at.and_then(|(kind, cx, cy)| {
                let (x, y, shown) = on_canvas(&canvas, &view, cx, cy)?;
                store.ed.add_refused(kind, x, y, Some(shown))
            });
            refusal.set(why);
        })
    };
    let on_add = {
        let store = store.clone();
        let canvas = canvas_ref.clone();
        let view = *view;
        let open = palette_open.clone();
        Callback::from(move |kind: Kind| {
            open.set(false);
            let shown = canvas.cast::<Element>().map(|el| in_view(&view, &el));
            let centre = shown.map_or((view.x + 400.0, view.y + 300.0), |r| {
                (r.x + r.w / 2.0, r.y + r.h / 2.0)
            });
            store.dispatch(Action::AddNode {
                kind,
                x: centre.0,
                y: centre.1,
                view: shown,
            });
        })
    };
    // A node found by name: selected, and in the middle of the view at
    // the zoom the user has.
    let on_found = {
        let store = store.clone();
        let canvas = canvas_ref.clone();
        let view_state = view.clone();
        Callback::from(move |node: String| {
            let Some(n) = store.ed.doc().node(&node) else {
                return;
            };
            let r = crate::editor::Rect::of(n);
            let v = *view_state;
            let shown = canvas.cast::<Element>().map(|el| in_view(&v, &el));
            let (w, h) = shown.map_or((800.0, 600.0), |s| (s.w, s.h));
            view_state.set(Viewport {
                x: r.x + r.w / 2.0 - w / 2.0,
                y: r.y + r.h / 2.0 - h / 2.0,
                zoom: v.zoom,
            });
            store.dispatch(Action::Select(Selection::node(&node)));
        })
    };
    let on_badge = {
        let store = store.clone();
        let filter = filter.clone();
        let doc = store.ed.doc_rc();
        Callback::from(move |id: String| {
            let sel = if doc.node(&id).is_some() {
                Selection::node(&id)
            } else {
                Selection::flow(&id)
            };
            store.dispatch(Action::Select(sel));
            filter.set(Some(id));
        })
    };
    let on_highlight = {
        let set = highlight.setter();
        use_callback((), move |id: Option<String>, _| set.set(id))
    };
    let on_filter = {
        let set = filter.setter();
        use_callback((), move |id: Option<String>, _| set.set(id))
    };
    let set_overlay = |o: Overlay| {
        let overlay = overlay.clone();
        Callback::from(move |_| overlay.set(o.clone()))
    };
    let close_overlay = {
        let overlay = overlay.clone();
        Callback::from(move |_: ()| overlay.set(Overlay::None))
    };
    // Undo or redo into another design fits that one to the view: the
    // zoom of a 1,000-node design is not the zoom of a small one.
    {
        let view = view.clone();
        let canvas = canvas_ref.clone();
        let doc = store.ed.doc_rc();
        let first = use_mut_ref(|| true);
        use_effect_with(store.ed.design(), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) && !doc.nodes.is_empty() {
                view.set(fit_view(&doc, &canvas));
            }
        });
    }
    // After a design opened: fit it, and take away what was said about
    // opening another (an earlier failure to open, above all).
    let fit_after_open = {
        let view = view.clone();
        let canvas = canvas_ref.clone();
        let highlight = highlight.clone();
        let filter = filter.clone();
        let banners = banners.dispatcher();
        Callback::from(move |doc: Document| {
            view.set(fit_view(&doc, &canvas));
            highlight.set(None);
            filter.set(None);
            banners.dispatch(BannerAction::Dismiss(Topic::Open));
        })
    };
    let dispatch = |a: Action| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(a.clone()))
    };
    let zoom = |factor: f64| {
        let view = view.clone();
        let canvas = canvas_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let (w, h) = canvas
                .cast::<Element>()
                .map(|el| (el.client_width() as f64, el.client_height() as f64))
                .unwrap_or((800.0, 600.0));
            view.set(view.zoomed(factor, w / 2.0, h / 2.0));
        })
    };
    let fit = {
        let view = view.clone();
        let canvas = canvas_ref.clone();
        let doc = store.ed.doc_rc();
        Callback::from(move |_: ()| view.set(fit_view(&doc, &canvas)))
    };
    let toggle_theme = {
        let theme = theme.clone();
        Callback::from(move |_: MouseEvent| {
            let next = if *theme == Theme::Dark {
                Theme::Light
            } else {
                Theme::Dark
            };
            if let Some(s) = storage() {
                let _ = s.set_item(
                    "airlock.theme",
                    if next == Theme::Dark { "dark" } else { "light" },
                );
            }
            theme.set(next);
        })
    };

    let notify = {
        let banners = banners.dispatcher();
        Callback::from(move |n: Notice| banners.dispatch(BannerAction::Post(n)))
    };
    // Safe mode, on demand (Designs) or for a marked design opened there.
    let on_safe = {
        let store = store.clone();
        let safe_why = safe_why.clone();
        let overlay = overlay.clone();
        Callback::from(move |why: Why| {
            store.dispatch(Action::Lock(true));
            safe_why.set(Some(why));
            overlay.set(Overlay::None);
        })
    };
    // Check anyway: the user's choice, so the mark is forgotten; a check
    // here marks the design again.
    let on_check = {
        let store = store.clone();
        let keeping = keeping.clone();
        let safe_why = safe_why.clone();
        Callback::from(move |_: MouseEvent| {
            if let (Some(id), Ok(marks)) = (keeping.borrow().record_here(), io::marks()) {
                marks.forget(id);
            }
            store.dispatch(Action::Lock(false));
            safe_why.set(None);
        })
    };
    let services = Services {
        notify: notify.clone(),
        show: {
            let overlay = overlay.clone();
            Callback::from(move |s: Shown| overlay.set(Overlay::Text(s)))
        },
        opened: fit_after_open.clone(),
        imported: {
            let overlay = overlay.clone();
            let last_import = last_import.clone();
            Callback::from(move |f: Shared<ImportedFile>| {
                last_import.set(Some(f.clone()));
                overlay.set(Overlay::Imported(f));
            })
        },
        ask_text: {
            let overlay = overlay.clone();
            Callback::from(move |_: ()| overlay.set(Overlay::OpenText))
        },
        lang,
    };
    *latest.borrow_mut() = Some(Latest {
        store: store.clone(),
        services: services.clone(),
        pending_paste: pending_paste.clone(),
        view: view.clone(),
        overlay: overlay.clone(),
        highlight: highlight.clone(),
        canvas: canvas_ref.clone(),
    });
    // The canvas's context menu: each entry runs what the app does
    // already (an editor action, the badge's filter, Fit, the help).
    let on_menu = context_menu::on_menu(&store, &menu, &derived, locked);
    let on_pick = {
        let (store, menu, overlay, connect) = (
            store.clone(),
            menu.clone(),
            overlay.clone(),
            connect.clone(),
        );
        let (on_badge, fit) = (on_badge.clone(), fit.clone());
        Callback::from(move |entry: Entry| {
            let Some(req) = (*menu).clone() else { return };
            menu.set(None);
            let id = req.target.id().map(str::to_string);
            match (entry, &req.target) {
                (Entry::Delete, _) => store.dispatch(Action::Delete),
                (Entry::Duplicate, _) => store.dispatch(Action::Duplicate),
                (Entry::Connect, Target::Node { id, .. }) => {
                    let n = connect.as_ref().map_or(0, |(_, n)| n + 1);
                    connect.set(Some((id.clone(), n)));
                }
                (Entry::ShowFindings, _) => {
                    if let Some(id) = id {
                        on_badge.emit(id);
                    }
                }
                (Entry::AboutKind, Target::Node { kind, .. }) => overlay.set(Overlay::About(*kind)),
                (Entry::EditFlow, Target::Flow { id }) => {
                    store.dispatch(Action::Select(Selection::flow(id)));
                    // The inspector shows the flow after this render.
                    io::later(|| focus::focus_testid("flow-transport"));
                }
                (Entry::Paste, _) => store.dispatch(Action::Paste),
                (Entry::SelectAll, _) => store.dispatch(Action::SelectAll),
                (Entry::FitToView, _) => fit.emit(()),
                _ => {}
            }
        })
    };
    let close_menu = {
        let menu = menu.clone();
        Callback::from(move |_: ()| menu.set(None))
    };
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());
    let on_drop_file = {
        let store = store.clone();
        let services = services.clone();
        Callback::from(move |e: DragEvent| {
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                e.prevent_default();
                open_file(file, store.dispatcher(), services.clone());
            }
        })
    };

    let doc = store.ed.doc_rc();
    let shared_doc = Shared(doc.clone());
    let active = derived.report.active().count();
    let on_save = super::menus::save_file(doc.clone(), lang, notify.clone());
    let title = if doc.title.is_empty() {
        tr(lang, id::UNTITLED_DESIGN)
    } else {
        doc.title.clone()
    };
    // A drag that would be refused says why while it lasts, then the
    // last action's notice.
    let notice = (palette_refusal.as_ref())
        .or(store.ed.drop_refused())
        .or(store.ed.notice.as_ref())
        .map(|m| m.render(lang));

    html! {
        <ContextProvider<crate::i18n::Lang> context={lang}>
        <ContextProvider<Store> context={store.clone()}>
        <ContextProvider<Dispatch> context={dispatcher}>
            <div class={classes!("app", theme.class())} data-testid="app" ondragover={on_dragover} ondrop={on_drop_file}>
                <header class="topbar">
                    <div class="brand"><span class="logo" aria-hidden="true"></span><h1>{ "Airlock" }</h1></div>
                    <span class="doc-title" title={title.clone()} data-testid="doc-title">{ title }</span>
                    <nav class="tools" aria-label={tr(lang, id::TOOLS_LABEL)}>
                        <button onclick={set_overlay(Overlay::Templates)} data-testid="open-templates">{ tr(lang, id::TEMPLATES) }</button>
                        if !props.framed {
                            <button onclick={set_overlay(Overlay::Designs)} title={tr(lang, id::DESIGNS_TOOLTIP)} data-testid="open-designs">{ tr(lang, id::DESIGNS) }</button>
                        }
                        <Menus services={services.clone()} derived={derived.clone()} doc={shared_doc.clone()} highlight={(*highlight).clone()} last_import={(*last_import).clone()} paused={checked.paused} />
                        <span class="sep" />
                        <button onclick={dispatch(Action::Undo)} disabled={locked || !store.ed.can_undo()} title={tr(lang, id::UNDO_TOOLTIP)} aria-label={tr(lang, id::UNDO)} data-testid="undo">{ "↶" }</button>
                        <button onclick={dispatch(Action::Redo)} disabled={locked || !store.ed.can_redo()} title={tr(lang, id::REDO_TOOLTIP)} aria-label={tr(lang, id::REDO)} data-testid="redo">{ "↷" }</button>
                        <span class="sep" />
                        <button onclick={zoom(1.0 / 1.2)} title={tr(lang, id::ZOOM_OUT_TOOLTIP)} aria-label={tr(lang, id::ZOOM_OUT)}>{ "−" }</button>
                        <span class="zoom" aria-live="polite">{ format!("{:.0}%", view.zoom * 100.0) }</span>
                        <button onclick={zoom(1.2)} title={tr(lang, id::ZOOM_IN_TOOLTIP)} aria-label={tr(lang, id::ZOOM_IN)}>{ "+" }</button>
                        <button onclick={fit.reform(|_: MouseEvent| ())} title={tr(lang, id::FIT_TOOLTIP)} data-testid="fit">{ tr(lang, id::FIT) }</button>
                        <span class="sep" />
                        <button onclick={toggle_theme} title={tr(lang, id::THEME_TOOLTIP)} aria-label={tr(lang, id::THEME_LABEL)} data-testid="theme">
                            { if *theme == Theme::Dark { "☀" } else { "☾" } }
                        </button>
                        <button onclick={set_overlay(Overlay::Help)} title={tr(lang, id::HELP_TOOLTIP)} aria-label={tr(lang, id::HELP)} data-testid="help-button">{ "?" }</button>
                        <LangSwitch lang={lang} on_change={on_lang} />
                    </nav>
                    if checked.paused {
                        <span class="pill paused" title={tr(lang, id::FINDINGS_PAUSED)} data-testid="findings-pill">{ tr(lang, id::FINDINGS_PILL_PAUSED) }</span>
                    } else {
                        <span class={classes!("pill", (active > 0).then_some("bad"))} data-testid="findings-pill">
                            { t(lang, id::FINDINGS_PILL, &[("count", n(active))]) }
                        </span>
                    }
                </header>
                if locked {
                    <SafeBar why={(*safe_why).unwrap_or(Why::Asked)} on_save={on_save} on_check={on_check} />
                }
                <BannersView banners={banners.clone()} />
                <main class={classes!("workspace", (*palette_open).then_some("palette-open"))}>
                    <Palette on_drop={on_drop} on_drag={on_palette_drag} refused={palette_refusal.is_some()} on_add={on_add} readonly={locked} />
                    <section class="stage">
                        <button class="palette-toggle" onclick={toggle_palette} aria-expanded={palette_open.to_string()} aria-controls="palette"
                            disabled={locked} data-testid="palette-toggle">{ tr(lang, id::PALETTE_LABEL) }</button>
                        <Canvas view={*view} on_view={on_view} derived={derived.clone()} highlight={(*highlight).clone()}
                            on_badge={on_badge} canvas_ref={canvas_ref.clone()} readonly={locked} on_menu={on_menu} connect={(*connect).clone()} />
                        if doc.nodes.is_empty() {
                            <div class="empty-state" data-testid="empty-state">
                                <p><strong>{ tr(lang, id::EMPTY_TITLE) }</strong></p>
                                <p>{ tr(lang, id::EMPTY_TEXT) }</p>
                                <button onclick={set_overlay(Overlay::Templates)}>{ tr(lang, id::OPEN_TEMPLATE) }</button>
                            </div>
                        }
                    </section>
                    <aside class="sidebar">
                        <Inspector derived={derived.clone()} doc={shared_doc.clone()} selection={store.ed.selection.clone()} readonly={locked} />
                        <Findings checking={checked.checking} paused={checked.paused} derived={derived.clone()} doc={shared_doc.clone()} highlight={(*highlight).clone()} on_highlight={on_highlight}
                            filter={focus::live_filter(&doc, &filter)} on_filter={on_filter} />
                    </aside>
                </main>
                if let Some(req) = &*menu {
                    <ContextMenu request={req.clone()} entries={context_menu::entries(req, &store, &derived, locked)}
                        on_pick={on_pick} on_close={close_menu} />
                }
                <footer class="statusbar" role="status" aria-live="polite" data-testid="status">
                    if let Some(n) = notice {
                        <span class="notice">{ n }</span>
                    } else {
                        <span>{ t(lang, id::STATUS_LINE, &[("nodes", n(doc.nodes.len())), ("flows", n(doc.flows.len())), ("grid", s(GRID.to_string())), ("zoom", s(format!("{:.0}", view.zoom * 100.0)))]) }</span>
                    }
                    <Find doc={shared_doc.clone()} on_found={on_found} />
                </footer>
                {
                    match &*overlay {
                        Overlay::Templates => html! { <Gallery on_close={close_overlay.clone()} on_open={fit_after_open} notify={notify.clone()} /> },
                        Overlay::Designs => html! { <Designs keeping={Shared(keeping.clone())} on_close={close_overlay.clone()} on_open={fit_after_open.clone()} notify={notify.clone()}
                            safe={locked} on_safe={on_safe.clone()} /> },
                        Overlay::Help => html! { <Help on_close={close_overlay.clone()} /> },
                        Overlay::Text(s) => html! { <TextDialog shown={s.clone()} on_close={close_overlay.clone()} /> },
                        Overlay::Imported(f) => html! { <ImportedDialog file={f.clone()} on_close={close_overlay.clone()}
                            on_reimport={services.imported.clone()} opened={services.opened.clone()} /> },
                        Overlay::OpenText => html! { <OpenTextDialog services={services.clone()} on_close={close_overlay.clone()} /> },
                        Overlay::About(kind) => html! { <AboutKind kind={*kind} on_close={close_overlay.clone()} /> },
                        Overlay::None => html! {},
                    }
                }
            </div>
        </ContextProvider<Dispatch>>
        </ContextProvider<Store>>
        </ContextProvider<crate::i18n::Lang>>
    }
}

/// What to say at start: why the autosave or the link could not be
/// opened, and how an older format was upgraded, in one banner.
fn start_notice(
    lang: crate::i18n::Lang,
    error: Option<String>,
    notes: &[Message],
) -> Option<Notice> {
    let what = Arg::Text(tr(lang, id::THE_DESIGN));
    let upgraded = super::menus::migration_text(lang, what, notes);
    match (error, upgraded) {
        (Some(e), Some(u)) => Some(Notice::error(Topic::Open, format!("{e}\n{u}"))),
        (Some(e), None) => Some(Notice::error(Topic::Open, e)),
        (None, Some(u)) => Some(Notice::note(Topic::Open, u)),
        (None, None) => None,
    }
}

/// Client point (`cx`, `cy`) in canvas units, with the part of the canvas
/// on screen; `None` off the canvas.
fn on_canvas(
    canvas: &NodeRef,
    view: &Viewport,
    cx: f64,
    cy: f64,
) -> Option<(f64, f64, crate::editor::Rect)> {
    let el = canvas.cast::<Element>()?;
    let r = el.get_bounding_client_rect();
    let inside = cx >= r.left() && cx <= r.right() && cy >= r.top() && cy <= r.bottom();
    inside.then(|| {
        let (x, y) = canvas_point(view, &el, cx, cy);
        (x, y, in_view(view, &el))
    })
}

/// The part of the canvas on screen, in canvas units.
fn in_view(view: &Viewport, canvas: &Element) -> crate::editor::Rect {
    crate::editor::Rect {
        x: view.x,
        y: view.y,
        w: canvas.client_width() as f64 / view.zoom,
        h: canvas.client_height() as f64 / view.zoom,
    }
}

fn editing_text(e: &web_sys::Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            matches!(tag.as_str(), "input" | "textarea" | "select")
                || el.has_attribute("contenteditable")
        })
}

fn on_key(latest: &Rc<RefCell<Option<Latest>>>, e: &KeyboardEvent) {
    let guard = latest.borrow();
    let Some(l) = guard.as_ref() else { return };
    let key = e.key();
    if key == "Escape" {
        if *l.overlay != Overlay::None {
            l.overlay.set(Overlay::None);
        } else {
            l.highlight.set(None);
            l.store.dispatch(Action::Select(Selection::default()));
        }
        return;
    }
    if editing_text(e) || *l.overlay != Overlay::None {
        return;
    }
    let ctrl = e.ctrl_key() || e.meta_key();
    let handled = match (ctrl, key.as_str()) {
        (true, "z" | "Z") if e.shift_key() => Some(Action::Redo),
        (true, "z" | "Z") => Some(Action::Undo),
        (true, "y" | "Y") => Some(Action::Redo),
        (true, "c" | "C") => Some(Action::Copy),
        (true, "v" | "V") => {
            // The paste event that follows decides what to paste.
            super::paste::expect_paste(&l.store, &l.pending_paste);
            return;
        }
        (true, "a" | "A") => Some(Action::SelectAll),
        (false, "Delete" | "Backspace") => Some(Action::Delete),
        (false, "ArrowLeft") => Some(Action::Nudge { dx: -GRID, dy: 0.0 }),
        (false, "ArrowRight") => Some(Action::Nudge { dx: GRID, dy: 0.0 }),
        (false, "ArrowUp") => Some(Action::Nudge { dx: 0.0, dy: -GRID }),
        (false, "ArrowDown") => Some(Action::Nudge { dx: 0.0, dy: GRID }),
        (false, "Enter" | " ") => {
            // Select the focused node or flow.
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let find = |attr: &str| {
                target
                    .as_ref()
                    .and_then(|t| t.closest(&format!("[{attr}]")).ok().flatten())
                    .and_then(|el| el.get_attribute(attr))
            };
            find("data-node-id")
                .map(|id| Action::Select(Selection::node(&id)))
                .or_else(|| find("data-flow-id").map(|id| Action::Select(Selection::flow(&id))))
        }
        _ => None,
    };
    if let Some(action) = handled {
        e.prevent_default();
        l.store.dispatch(action);
        return;
    }
    let (w, h) = l
        .canvas
        .cast::<Element>()
        .map(|el| (el.client_width() as f64, el.client_height() as f64))
        .unwrap_or((800.0, 600.0));
    match key.as_str() {
        "+" | "=" => l.view.set(l.view.zoomed(1.2, w / 2.0, h / 2.0)),
        "-" | "_" => l.view.set(l.view.zoomed(1.0 / 1.2, w / 2.0, h / 2.0)),
        "0" => l.view.set(fit_view(l.store.ed.doc(), &l.canvas)),
        "?" => l.overlay.set(Overlay::Help),
        "/" => focus::focus_testid(super::find::FIELD),
        _ => return,
    }
    e.prevent_default();
}

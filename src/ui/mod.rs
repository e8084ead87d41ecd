//! The browser app (wasm32 only): a Yew editor over the shared model,
//! editor state and checker.
//!
//! What opens at start: a share link's design (`#doc=…`) on top of the
//! tab's kept design (so undo brings the user's own back), else the kept
//! design (the tab's own across a reload, else the one saved last), else
//! an empty canvas. Every design is kept in its own record (`keeping`,
//! `designs`). A kept design whose last check never finished or was slow
//! opens in safe mode (`safe`), read-only and unchecked; a share link then
//! opens alone instead. `?embed` shows the read-only embed view (`&lang=ko` sets its language).

mod app;
mod background;
mod banners;
mod canvas;
mod checked;
mod context_menu;
mod designs;
mod embed;
mod find;
mod findings;
mod focus;
mod hooks;
mod icons;
mod idb;
mod imported;
mod inspector;
mod io;
mod keeping;
mod lang;
mod menus;
mod modal;
mod overlays;
mod palette;
pub mod panic;
mod paste;
mod rule_doc;
mod safe;
mod state;
mod text;

pub use app::{App, AppProps};
pub use embed::{EmbedApp, EmbedProps};

use crate::i18n::ids::ui as id;
use crate::i18n::t;
use crate::library;
use crate::model;
use crate::opening;
use crate::share;
use std::rc::Rc;

/// The query parameter `name`, percent-decoded.
fn param(search: &str, name: &str) -> Option<String> {
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name).then(|| {
            js_sys::decode_uri_component(v)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default()
        })
    })
}

/// Mounts the app on the page body — on Airlock's own page only (its body
/// says `data-airlock="app"`): another page of the site that imports the
/// module for its page-script API gets the checker without the editor.
pub fn start() {
    panic::install();
    let is_app_page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .is_some_and(|b| b.get_attribute("data-airlock").as_deref() == Some("app"));
    if !is_app_page {
        return;
    }
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let embed = param(&search, "embed").is_some();
    // The language's messages first, when this build fetches them (the
    // page shows nothing meanwhile: a few milliseconds from the cache).
    let wanted = if embed {
        lang::wanted_in_embed(param(&search, "lang").as_deref())
    } else {
        lang::wanted()
    };
    wasm_bindgen_futures::spawn_local(async move {
        lang::load_at_start(wanted).await;
        begin(&search, embed);
    });
}

/// Mounts the embed, or the editor once the kept designs are read.
fn begin(search: &str, embed: bool) {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let shared: Option<Result<model::Loaded, share::ShareError>> = hash
        .starts_with("#doc=")
        .then(|| share::load_fragment(&hash));

    if embed {
        let lang = lang::for_embed(param(search, "lang").as_deref());
        let shared = shared.map(|r| r.map_err(|e| e.message().render(lang)));
        let (initial, notice) = match shared {
            Some(Ok(loaded)) => (Some(Rc::new(loaded.doc)), None),
            Some(Err(e)) => (None, Some(e)),
            None => (None, lang::load_failure(lang)),
        };
        let props = EmbedProps {
            initial,
            parent: param(search, "parent").filter(|p| !p.is_empty()),
            notice,
            lang,
        };
        yew::Renderer::<EmbedApp>::with_props(props).render();
        return;
    }

    // Framed by another page (not as the embed): that page must not be
    // able to replace the design the user keeps in Airlock, so this copy
    // neither reads nor writes the autosave.
    let framed = io::framed();
    if framed {
        mount(shared, &hash, true);
        return;
    }
    // The records are read from IndexedDB before the kept design is
    // restored (a few milliseconds; the page shows nothing meanwhile).
    wasm_bindgen_futures::spawn_local(async move {
        io::keep_records().await;
        mount(shared, &hash, false);
    });
}

/// Mounts the editor with the design it starts with: a share link's, over
/// the kept one (none when `framed`).
fn mount(shared: Option<Result<model::Loaded, share::ShareError>>, hash: &str, framed: bool) {
    let mut notice = None;
    let mut notes = Vec::new();
    let kept = if framed {
        Kept::default()
    } else {
        kept_design(&mut notes, &mut notice, matches!(shared, Some(Ok(_))))
    };
    let open = match shared {
        Some(Ok(loaded)) => {
            notes.extend(loaded.notes);
            Some(Rc::new(loaded.doc))
        }
        Some(Err(e)) => {
            notice = Some(e.message().render(lang::initial()));
            None
        }
        None => None,
    };
    if hash.starts_with("#doc=") {
        io::clear_fragment();
    }
    yew::Renderer::<App>::with_props(AppProps {
        initial: kept.doc,
        initial_id: kept.id,
        safe: kept.safe,
        open,
        notice,
        notes,
        framed,
    })
    .render();
}

/// The design this tab starts with: the one it worked on before a reload,
/// else the one saved last in this browser (designs kept by an older
/// version of Airlock were adopted into the list by `io::keep_records`), and whether it
/// opens in safe mode. A design that does not load stays kept, untouched,
/// and the tab starts a new one.
fn kept_design(
    notes: &mut Vec<crate::i18n::Message>,
    notice: &mut Option<String>,
    linked: bool,
) -> Kept {
    let Ok(lib) = io::library() else {
        return Kept::default();
    };
    let id = io::tab_design()
        .filter(|id| lib.text(id).is_some())
        .or_else(|| lib.most_recent());
    let Some((id, text)) = id.and_then(|id| Some((id.clone(), lib.text(&id)?))) else {
        return Kept::default();
    };
    // The last check of this design never finished (it hung or crashed
    // the tab) or was slow: checking it again would do the same, so it
    // opens in safe mode, unchecked. A share link opens instead, alone:
    // undo must not lead back into it.
    let marks = io::marks().ok();
    let safe = marks.as_ref().and_then(|m| m.get(&id));
    if safe.is_some() && linked {
        return Kept::default();
    }
    if safe.is_none()
        && let Some(m) = &marks
    {
        // Taken back once the design is on screen (`App`).
        let _ = m.begin(&id);
    }
    let l = lang::initial();
    match model::load(&text) {
        Ok(loaded) => {
            notes.extend(loaded.notes);
            Kept {
                doc: Some(Rc::new(loaded.doc)),
                id: Some(id),
                safe,
            }
        }
        Err(e) => {
            if safe.is_none()
                && let Some(m) = &marks
            {
                m.opened(&id);
            }
            *notice = Some(format!(
                "{}\n{}",
                t(
                    l,
                    id::RESTORE_FAILED,
                    &[("error", lang::s(e.message().render(l)))]
                ),
                lang::tr(l, id::RESTORE_FAILED_AFTER)
            ));
            Kept::default()
        }
    }
}

/// What [`kept_design`] found.
#[derive(Default)]
struct Kept {
    doc: Option<Rc<model::Document>>,
    id: Option<library::DesignId>,
    /// Why it opens in safe mode, if it does.
    safe: Option<opening::Mark>,
}

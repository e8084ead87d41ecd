//! The browser app (wasm32 only): a Yew editor over the shared model,
//! editor state and checker.
//!
//! What opens at start: a share link's design (`#doc=…`) on top of the
//! autosaved one (so undo brings the user's own back), else the autosaved
//! design, else an empty canvas. `?embed` shows the read-only embed view.

mod app;
mod banners;
mod canvas;
mod embed;
mod findings;
mod focus;
mod hooks;
mod icons;
mod inspector;
mod io;
mod menus;
mod modal;
mod overlays;
mod palette;
pub mod panic;
mod state;
mod text;

pub use app::{App, AppProps};
pub use embed::{EmbedApp, EmbedProps};

use crate::model;
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
    let location = web_sys::window().map(|w| w.location());
    let search = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    let hash = location
        .as_ref()
        .and_then(|l| l.hash().ok())
        .unwrap_or_default();
    let shared: Option<Result<model::Loaded, String>> = hash
        .starts_with("#doc=")
        .then(|| share::load_fragment(&hash).map_err(|e| e.to_string()));

    if param(&search, "embed").is_some() {
        let (initial, notice) = match shared {
            Some(Ok(loaded)) => (Some(Rc::new(loaded.doc)), None),
            Some(Err(e)) => (None, Some(e)),
            None => (None, None),
        };
        let props = EmbedProps {
            initial,
            parent: param(&search, "parent").filter(|p| !p.is_empty()),
            notice,
        };
        yew::Renderer::<EmbedApp>::with_props(props).render();
        return;
    }

    // Framed by another page (not as the embed): that page must not be
    // able to replace the design the user keeps in Airlock, so this copy
    // neither reads nor writes the autosave.
    let framed = io::framed();
    let mut notice = None;
    let mut notes = Vec::new();
    let saved = if framed { None } else { io::load_autosave() };
    let initial = saved.and_then(|text| match model::load(&text) {
        Ok(loaded) => {
            notes.extend(loaded.notes);
            Some(Rc::new(loaded.doc))
        }
        Err(e) => {
            // Keep what could not be restored, rather than overwrite it.
            io::keep_previous_autosave();
            notice = Some(format!(
                "The autosaved design could not be restored and was kept aside: {e}"
            ));
            None
        }
    });
    let open = match shared {
        Some(Ok(loaded)) => {
            if !framed {
                io::keep_previous_autosave();
            }
            notes.extend(loaded.notes);
            Some(Rc::new(loaded.doc))
        }
        Some(Err(e)) => {
            notice = Some(e);
            None
        }
        None => None,
    };
    if hash.starts_with("#doc=") {
        io::clear_fragment();
    }
    yew::Renderer::<App>::with_props(AppProps {
        initial,
        open,
        notice,
        notes,
        framed,
    })
    .render();
}

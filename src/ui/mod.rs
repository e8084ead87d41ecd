//! The browser app (wasm32 only): a Yew editor over the shared model,
//! editor state and checker.

mod app;
mod canvas;
mod findings;
mod icons;
mod inspector;
mod overlays;
mod palette;
mod state;
mod text;

pub use app::{App, AppProps};

/// Mounts the app on the page body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

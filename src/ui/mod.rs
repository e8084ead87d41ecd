//! The browser app (wasm32 only): a Yew editor over the shared model and
//! checker.

mod app;

pub use app::App;

/// Mounts the app on the page body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

//! UI wiring tests, run in headless Chromium by wasm-bindgen-test:
//! `cargo test --target wasm32-unknown-unknown --test web` (the runner and
//! its browser options are set in `.cargo/config.toml`). Each test mounts the
//! app into its own `<div>` and waits with `yew::scheduler::flush`, never a
//! sleep.

#![cfg(target_arch = "wasm32")]

use airlock::ui::App;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app into a new `<div>` on the page and returns the `<div>`.
async fn mount() -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("the div is attached");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn by_test_id(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&format!("[data-testid=\"{id}\"]"))
        .expect("a valid selector")
}

#[wasm_bindgen_test]
async fn app_shell_renders_palette_canvas_and_findings() {
    let root = mount().await;

    for id in ["app", "palette", "canvas", "findings"] {
        assert!(
            by_test_id(&root, id).is_some(),
            "no element with data-testid={id}"
        );
    }
    let brand = root
        .query_selector("header .brand")
        .expect("a valid selector")
        .expect("a brand in the header");
    assert_eq!(brand.text_content().as_deref(), Some("Airlock"));
}

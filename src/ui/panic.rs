//! If the wasm module ever panics, the page must not just freeze: a banner
//! says so and offers the design, from memory, as a file to save. Built with
//! plain DOM calls, because the Yew app is gone by then.

use super::io;
use wasm_bindgen::JsCast;

/// Installs the panic hook (once, at start).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = match info.payload().downcast_ref::<&str>() {
            Some(s) => (*s).to_string(),
            None => info
                .payload()
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_else(|| "an internal error".into()),
        };
        let place = info
            .location()
            .map(|l| format!(" ({}:{})", l.file(), l.line()))
            .unwrap_or_default();
        web_sys::console::error_1(&format!("Airlock panicked: {message}{place}").into());
        show_crash_banner(&message);
    }));
}

/// Shows the crash banner with a link that saves the latest design.
pub fn show_crash_banner(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("airlock-crash").is_some() {
        return;
    }
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_id("airlock-crash");
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("data-testid", "crash");
    let _ = banner.set_attribute("class", "crash");

    let add = |tag: &str, text: &str| -> Option<web_sys::Element> {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        banner.append_child(&el).ok()?;
        Some(el)
    };
    add("strong", "Airlock stopped working.");
    add(
        "p",
        &format!("Your design is kept: save it as a file, then reload the page. ({message})"),
    );
    if let Some(json) = io::latest()
        && let Some(a) = add("a", "Save the design")
    {
        let parts = js_sys::Array::of1(&json.into());
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type("application/json");
        if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag)
            && let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob)
        {
            let _ = a.set_attribute("href", &url);
            let _ = a.set_attribute("download", "airlock-design.json");
            let _ = a.set_attribute("data-testid", "crash-save");
        }
    }
    if let Some(a) = add("a", "Reload") {
        let _ = a.set_attribute("href", &io::page_base());
    }
    if let Some(first) = body.first_child() {
        let _ = body.insert_before(&banner, Some(&first));
    } else {
        let _ = body.append_child(&banner);
    }
    let _ = banner.dyn_ref::<web_sys::HtmlElement>().map(|h| h.focus());
}

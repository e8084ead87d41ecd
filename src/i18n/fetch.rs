//! Fetches a language's files from the app's own origin, where the build
//! puts them (`i18n/<lang>/…`, next to `index.html`; index.html copies
//! them, and the service worker keeps them for offline use), and installs
//! them ([`super::packs`]). Nothing is fetched for a language that is
//! already here.

use super::Lang;
use super::packs::{self, FILES, InstallError};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Makes the messages of `lang` ready: fetches its message files (the
/// requests go out at once) and installs them. The error names the file
/// and what is wrong.
pub async fn language(lang: Lang) -> Result<(), InstallError> {
    if packs::ready(lang) {
        return Ok(());
    }
    let requests = FILES.map(|file| (file, request(&format!("i18n/{lang}/{file}"))));
    let mut texts = Vec::with_capacity(FILES.len());
    for (file, request) in requests {
        let text = async { text(request?).await }.await;
        texts.push(text.map_err(|reason| InstallError { lang, file, reason })?);
    }
    let texts: [String; 5] = texts.try_into().expect("one text per file");
    packs::install(lang, texts)
}

/// Installs the translation of `rule`'s doc into `lang` when it is one
/// to fetch ([`crate::check::Rule::doc_pending`]); the error names the
/// file and what is wrong.
pub async fn rule_doc(rule: &'static crate::check::Rule, lang: Lang) -> Result<(), String> {
    if !rule.doc_pending(lang) {
        return Ok(());
    }
    let path = format!("i18n/{lang}/docs/{}.md", rule.code);
    let text = async { text(request(&path)?).await }.await;
    rule.install_doc(lang, text.map_err(|e| format!("{path}: {e}"))?);
    Ok(())
}

/// Starts fetching `url` (relative to the page).
fn request(url: &str) -> Result<js_sys::Promise, String> {
    let window = web_sys::window().ok_or("no window")?;
    Ok(window.fetch_with_str(url))
}

/// The text a request answers, or why there is none: the HTTP status, or
/// the browser's reason (offline, refused).
async fn text(request: js_sys::Promise) -> Result<String, String> {
    let response = JsFuture::from(request).await.map_err(reason)?;
    let response: web_sys::Response = response.dyn_into().map_err(reason)?;
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let text = JsFuture::from(response.text().map_err(reason)?)
        .await
        .map_err(reason)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

fn reason(e: wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "the request failed".to_string())
}

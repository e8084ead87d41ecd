//! Browser I/O, kept out of the components and the reducer: browser
//! storage, file downloads and uploads, the clipboard, the location. Every
//! call can fail (private mode, quota, permissions) and says so instead of
//! panicking.

use crate::model::Document;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

const AUTOSAVE: &str = "airlock.autosave";
const PREVIOUS: &str = "airlock.autosave.previous";

thread_local! {
    /// The latest document, kept in memory for the panic banner's "save"
    /// link, whether or not browser storage works or has run yet.
    static LATEST: RefCell<Option<Rc<Document>>> = const { RefCell::new(None) };
}

fn storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .ok_or("no window")?
        .local_storage()
        .map_err(|_| "browser storage is blocked".to_string())?
        .ok_or_else(|| "browser storage is not available".to_string())
}

/// The autosaved document, if any.
/// Whether this page runs inside another page's frame.
pub fn framed() -> bool {
    web_sys::window().is_some_and(|w| {
        let top: JsValue = w.top().ok().flatten().map_or(JsValue::NULL, Into::into);
        top != JsValue::from(w)
    })
}

pub fn load_autosave() -> Option<String> {
    storage().ok()?.get_item(AUTOSAVE).ok().flatten()
}

/// Remembers the document in memory, for [`latest`]: cheap, on every edit.
pub fn remember(doc: Rc<Document>) {
    LATEST.with(|l| {
        if let Ok(mut l) = l.try_borrow_mut() {
            *l = Some(doc);
        }
    });
}

/// Saves the document's JSON to browser storage.
pub fn autosave(json: &str) -> Result<(), String> {
    storage()?.set_item(AUTOSAVE, json).map_err(|_| {
        "the browser refused to store the design (storage full, or private browsing)".to_string()
    })
}

/// Runs `f` in a task of its own, after the current one (and after the
/// frame it may paint).
pub fn later(f: impl FnOnce() + 'static) {
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback(f.unchecked_ref());
    }
}

/// A timeout set by [`after`]; dropping it cancels the call.
pub struct Timer {
    id: i32,
    _f: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}

/// Runs `f` after `ms` milliseconds, unless the timer is dropped first.
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<Timer> {
    let f = wasm_bindgen::closure::Closure::once(f);
    let id = web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(f.as_ref().unchecked_ref(), ms)
        .ok()?;
    Some(Timer { id, _f: f })
}

/// Keeps the autosaved design aside before a shared link replaces it.
pub fn keep_previous_autosave() {
    if let (Ok(s), Some(current)) = (storage(), load_autosave()) {
        let _ = s.set_item(PREVIOUS, &current);
    }
}

/// The latest document as JSON (for the panic banner: nothing here may
/// panic again).
pub fn latest() -> Option<String> {
    LATEST.with(|l| {
        let doc = l.try_borrow().ok()?.clone()?;
        crate::model::try_to_json(&doc)
    })
}

/// Starts a download of `text` as file `name`.
pub fn download_text(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    download_parts(name, mime, &parts)
}

fn download_parts(name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), String> {
    let bag = BlobPropertyBag::new();
    bag.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(parts, &bag)
        .map_err(|_| "could not make the file")?;
    download_blob(name, &blob)
}

/// Starts a download of a blob as file `name`.
pub fn download_blob(name: &str, blob: &Blob) -> Result<(), String> {
    let url = Url::create_object_url_with_blob(blob).map_err(|_| "could not make the file")?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "could not start the download")?
        .dyn_into()
        .map_err(|_| "could not start the download")?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

/// A file name from a design title: letters, digits and dashes.
pub fn file_name(title: &str, ext: &str) -> String {
    let mut stem: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    while stem.contains("--") {
        stem = stem.replace("--", "-");
    }
    let stem = stem.trim_matches('-');
    let stem: String = stem.chars().take(60).collect();
    if stem.is_empty() {
        format!("airlock-design.{ext}")
    } else {
        format!("{stem}.{ext}")
    }
}

/// The page's address without query or fragment: where links point.
pub fn page_base() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| {
            let cut = href.find(['?', '#']).unwrap_or(href.len());
            href[..cut].to_string()
        })
        .unwrap_or_default()
}

/// Copies text to the clipboard (best effort: the caller also shows it,
/// since a page without clipboard permission is refused).
pub fn copy_text(text: &str) {
    if let Some(w) = web_sys::window() {
        let promise = w.navigator().clipboard().write_text(text);
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// Removes the fragment from the address bar without reloading.
pub fn clear_fragment() {
    if let Some(w) = web_sys::window()
        && let Ok(history) = w.history()
    {
        let url = format!(
            "{}{}",
            page_base(),
            w.location().search().unwrap_or_default()
        );
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Reads a file the user picked or dropped as bytes (a draw.io PNG is not
/// text), then calls `done` with them or why they could not be read.
pub fn read_bytes(file: web_sys::File, done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    let size = file.size();
    if size > crate::model::LIMITS.max_bytes as f64 {
        done(Err(format!(
            "the file is {size:.0} bytes; the limit is {} bytes",
            crate::model::LIMITS.max_bytes
        )));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
        done(match buffer {
            Ok(b) => Ok(js_sys::Uint8Array::new(&b).to_vec()),
            Err(_) => Err("the browser could not read the file".to_string()),
        });
    });
}

/// Renders SVG text to a PNG (twice the size, for sharp text) and
/// downloads it. The drawing happens after the image loads: a failure
/// then (an image the browser cannot decode, a canvas it cannot encode)
/// is reported through `failed`, never dropped.
pub fn download_png(
    name: String,
    svg: String,
    failed: yew::Callback<String>,
) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(&svg));
    let bag = BlobPropertyBag::new();
    bag.set_type("image/svg+xml");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &bag)
        .map_err(|_| "could not draw the image")?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| "could not draw the image")?;
    let img = web_sys::HtmlImageElement::new().map_err(|_| "could not draw the image")?;
    let (img2, url2, url3, failed2) = (img.clone(), url.clone(), url.clone(), failed.clone());
    let onload = wasm_bindgen::closure::Closure::once(move || {
        if draw_png(&name, &img2, failed2.clone()).is_err() {
            failed2.emit("the browser could not draw the PNG".into());
        }
        let _ = Url::revoke_object_url(&url2);
    });
    let onerror = wasm_bindgen::closure::Closure::once(move || {
        failed.emit("the browser could not read the drawing as an image".into());
        let _ = Url::revoke_object_url(&url3);
    });
    img.set_onload(Some(onload.as_ref().unchecked_ref()));
    img.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    onload.forget();
    onerror.forget();
    img.set_src(&url);
    Ok(())
}

fn draw_png(
    name: &str,
    img: &web_sys::HtmlImageElement,
    failed: yew::Callback<String>,
) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    let scale = 2.0;
    canvas.set_width((img.natural_width() as f64 * scale) as u32);
    canvas.set_height((img.natural_height() as f64 * scale) as u32);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .dyn_into()?;
    ctx.scale(scale, scale)?;
    ctx.draw_image_with_html_image_element(img, 0.0, 0.0)?;
    let name = name.to_string();
    let cb = wasm_bindgen::closure::Closure::once(move |blob: Option<Blob>| {
        let saved = blob.map(|b| download_blob(&name, &b));
        if !matches!(saved, Some(Ok(_))) {
            failed.emit("the browser could not encode the PNG".into());
        }
    });
    canvas.to_blob(cb.as_ref().unchecked_ref())?;
    cb.forget();
    Ok(())
}

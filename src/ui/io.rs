//! Browser I/O, kept out of the components and the reducer: browser
//! storage, file downloads and uploads, the clipboard, the location. Every
//! call can fail (private mode, quota, permissions) and says so instead of
//! panicking.

use super::idb;
use crate::library::{DesignId, Library, Mirror, Refused, Slots, Split, Write};
use crate::model::Document;
use crate::opening::Marks;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// This tab's design, in the tab's own `sessionStorage` (which survives a
/// reload and is not shared with other tabs).
const TAB_DESIGN: &str = "airlock.tab.design";

/// How a write of a record to IndexedDB ended: its key, and why it failed.
type Written = dyn Fn(&str, Result<(), String>);

thread_local! {
    /// The design records, when they are kept in IndexedDB
    /// ([`keep_records`]); without it they are in localStorage.
    static RECORDS: RefCell<Option<(Rc<Mirror>, Rc<idb::Database>)>> = const { RefCell::new(None) };
    /// Who hears how each write to IndexedDB ended ([`on_written`]).
    static WRITTEN: RefCell<Option<Rc<Written>>> = const { RefCell::new(None) };
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

/// Whether this page runs inside another page's frame.
pub fn framed() -> bool {
    web_sys::window().is_some_and(|w| {
        let top: JsValue = w.top().ok().flatten().map_or(JsValue::NULL, Into::into);
        top != JsValue::from(w)
    })
}

/// The browser's `localStorage`, as the design library's slots.
pub struct LocalSlots(web_sys::Storage);

impl Slots for LocalSlots {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }
    fn set(&self, key: &str, value: &str) -> Result<(), Refused> {
        self.0.set_item(key, value).map_err(|_| Refused)
    }
    fn remove(&self, key: &str) {
        let _ = self.0.remove_item(key);
    }
    fn keys(&self) -> Vec<String> {
        let n = self.0.length().unwrap_or(0);
        (0..n)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect()
    }
}

/// Where the designs are kept: records in IndexedDB (through the mirror)
/// and the index in localStorage, or everything in localStorage.
pub struct Kept {
    local: LocalSlots,
    records: Option<Rc<Mirror>>,
}

impl Kept {
    fn split(&self) -> Option<Split<'_, &LocalSlots>> {
        let records = self.records.as_deref()?;
        Some(Split {
            local: &self.local,
            records,
        })
    }
}

impl Slots for Kept {
    fn get(&self, key: &str) -> Option<String> {
        self.split()
            .map_or_else(|| self.local.get(key), |s| s.get(key))
    }
    fn set(&self, key: &str, value: &str) -> Result<(), Refused> {
        self.split()
            .map_or_else(|| self.local.set(key, value), |s| s.set(key, value))
    }
    fn remove(&self, key: &str) {
        self.split()
            .map_or_else(|| self.local.remove(key), |s| s.remove(key))
    }
    fn keys(&self) -> Vec<String> {
        self.split().map_or_else(|| self.local.keys(), |s| s.keys())
    }
}

/// The designs kept in this browser.
pub fn library() -> Result<Library<Kept>, String> {
    let records = RECORDS.with(|r| r.borrow().as_ref().map(|(m, _)| m.clone()));
    storage().map(|s| {
        Library::new(Kept {
            local: LocalSlots(s),
            records,
        })
    })
}

/// Gets the design records ready, before anything reads them: adopts the
/// designs an older Airlock kept before there were records, then opens
/// IndexedDB, reads every record into the mirror and moves in the records
/// kept in localStorage (each removed from there only once the transaction
/// that wrote it committed). Without IndexedDB (blocked, private browsing,
/// an old browser) the records stay in localStorage.
pub async fn keep_records() {
    let Ok(s) = storage() else { return };
    let local = LocalSlots(s);
    Library::new(&local).adopt_legacy(now(), fresh_id);
    let opened = match idb::open().await {
        Ok(db) => idb::read_all(&db)
            .await
            .map(|records| (Rc::new(db), records)),
        Err(e) => Err(e),
    };
    let (db, records) = match opened {
        Ok(opened) => opened,
        Err(e) => {
            web_sys::console::warn_1(
                &format!("IndexedDB: {e}; designs are kept in localStorage").into(),
            );
            return;
        }
    };
    let mirror = Rc::new(idb::mirror(db.clone(), records, written));
    let moved = mirror.adopt(&local);
    if !moved.is_empty() {
        let writes: Vec<Write> = moved
            .iter()
            .map(|(k, v)| Write::Put(k.clone(), v.clone()))
            .collect();
        // Not moved: they stay in localStorage, and are tried again at the
        // next start.
        let done = match idb::write(&db, &writes) {
            Ok(done) => done.await,
            Err(e) => Err(e),
        };
        match done {
            Ok(()) => Mirror::moved(&local, &moved),
            Err(e) => web_sys::console::warn_1(&format!("IndexedDB: {e}").into()),
        }
    }
    RECORDS.with(|r| *r.borrow_mut() = Some((mirror, db)));
}

/// A write of record `key` to IndexedDB ended: once it is committed, the
/// other tabs are told, and a copy left in localStorage (a move that did
/// not complete) goes, since it is older now.
fn written(key: &str, result: Result<(), String>) {
    if result.is_ok()
        && let Ok(s) = storage()
    {
        if s.get_item(key).ok().flatten().is_some() {
            let _ = s.remove_item(key);
        }
        let nonce = (js_sys::Math::random() * 1e15) as u64;
        let _ = s.set_item(idb::WRITTEN, &format!("{key} {nonce:x}"));
    }
    if let Some(hear) = WRITTEN.with(|w| w.borrow().clone()) {
        hear(key, result);
    }
}

/// The page is going (`pagehide`): a record whose write to IndexedDB has
/// not committed may never be, so it is copied to localStorage too (where
/// it fits), from where the next start moves it in ([`keep_records`]).
pub fn keep_under_way() {
    let Ok(s) = storage() else { return };
    for (key, text) in idb::under_way() {
        let _ = s.set_item(&key, &text);
    }
}

/// Hears how each write of a record to IndexedDB ends.
pub fn on_written(hear: impl Fn(&str, Result<(), String>) + 'static) {
    WRITTEN.with(|w| *w.borrow_mut() = Some(Rc::new(hear)));
}

/// The design record another tab changed, as its `storage` event says:
/// `then` gets its id and its text now (`None`: deleted) — at once when
/// records are in localStorage, or once read back from IndexedDB (into the
/// mirror first, so that this tab never works from a stale copy).
pub fn changed_record(
    e: &web_sys::StorageEvent,
    then: impl FnOnce(DesignId, Option<String>) + 'static,
) {
    let Some(key) = e.key() else { return };
    let Some((mirror, db)) = RECORDS.with(|r| r.borrow().clone()) else {
        if let Some(id) = DesignId::of_record(&key) {
            then(id, e.new_value());
        }
        return;
    };
    if key != idb::WRITTEN {
        return;
    }
    let Some(record) = e
        .new_value()
        .and_then(|v| Some(v.split_once(' ')?.0.to_string()))
    else {
        return;
    };
    let Some(id) = DesignId::of_record(&record) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match idb::read(&db, &record).await {
            Ok(text) => {
                mirror.refresh(&record, text.clone());
                then(id, text);
            }
            Err(e) => web_sys::console::warn_1(&format!("IndexedDB: {e}").into()),
        }
    });
}

/// The design this tab works on, kept across its reloads.
pub fn tab_design() -> Option<DesignId> {
    let s = web_sys::window()?.session_storage().ok()??;
    DesignId::parse(&s.get_item(TAB_DESIGN).ok()??)
}

/// Remembers the design this tab works on.
pub fn set_tab_design(id: &DesignId) {
    if let Some(Ok(Some(s))) = web_sys::window().map(|w| w.session_storage()) {
        let _ = s.set_item(TAB_DESIGN, id.as_str());
    }
}

/// The opening marks of the designs kept in this browser (shared by its
/// tabs: a tab that hung is closed, then another opens).
pub fn marks() -> Result<Marks<LocalSlots>, String> {
    storage().map(|s| Marks::new(LocalSlots(s)))
}

/// A new design id, random.
pub fn fresh_id() -> DesignId {
    let bits = |_| (js_sys::Math::random() * 65536.0) as u64;
    DesignId::new((0..4).map(bits).fold(0, |acc, b| acc << 16 | b))
}

/// Now, in milliseconds since 1970.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Remembers the document in memory, for [`latest`]: cheap, on every edit.
pub fn remember(doc: Rc<Document>) {
    LATEST.with(|l| {
        if let Ok(mut l) = l.try_borrow_mut() {
            *l = Some(doc);
        }
    });
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

/// The latest document remembered.
pub fn latest_doc() -> Option<Rc<Document>> {
    LATEST.with(|l| l.try_borrow().ok()?.clone())
}

/// The latest document as JSON (for the panic banner: nothing here may
/// panic again).
pub fn latest() -> Option<String> {
    crate::model::try_to_json(&*latest_doc()?)
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

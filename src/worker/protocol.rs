//! The check worker's messages, as plain JS objects (structured-cloned by
//! `postMessage`; strings inside cross as copies):
//!
//! - page → worker: `{ module }` once (read by `worker.js`, which starts
//!   the module with it), then `{ rev, doc }`: a revision number and the
//!   document's JSON text;
//! - worker → page: `{ ready: true }` once the module runs, then for each
//!   request `{ rev, report }` (the [`super::wire`] text) or
//!   `{ rev, error }` (why the document did not load there).

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

/// A document revision to check: the editor's semantic revision.
pub type Rev = u64;

pub struct Request {
    pub rev: Rev,
    /// The document as JSON text.
    pub doc: String,
}

pub enum Reply {
    Ready,
    Checked { rev: Rev, report: String },
    Failed { rev: Rev, error: String },
}

fn set(o: &Object, key: &str, value: &JsValue) {
    // Setting a property of a fresh plain object cannot fail.
    let _ = Reflect::set(o, &JsValue::from_str(key), value);
}

fn get(o: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(o, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined())
}

/// A revision as a JS number: exact below 2^53, which no editing session reaches.
fn rev_of(o: &JsValue) -> Option<Rev> {
    get(o, "rev")?.as_f64().map(|r| r as Rev)
}

impl Request {
    pub fn to_js(&self) -> JsValue {
        let o = Object::new();
        set(&o, "rev", &JsValue::from_f64(self.rev as f64));
        set(&o, "doc", &JsValue::from_str(&self.doc));
        o.into()
    }

    pub fn from_js(v: &JsValue) -> Option<Request> {
        Some(Request {
            rev: rev_of(v)?,
            doc: get(v, "doc")?.as_string()?,
        })
    }
}

impl Reply {
    pub fn to_js(&self) -> JsValue {
        let o = Object::new();
        match self {
            Reply::Ready => set(&o, "ready", &JsValue::TRUE),
            Reply::Checked { rev, report } => {
                set(&o, "rev", &JsValue::from_f64(*rev as f64));
                set(&o, "report", &JsValue::from_str(report));
            }
            Reply::Failed { rev, error } => {
                set(&o, "rev", &JsValue::from_f64(*rev as f64));
                set(&o, "error", &JsValue::from_str(error));
            }
        }
        o.into()
    }

    pub fn from_js(v: &JsValue) -> Option<Reply> {
        if get(v, "ready").is_some() {
            return Some(Reply::Ready);
        }
        let rev = rev_of(v)?;
        if let Some(report) = get(v, "report").and_then(|r| r.as_string()) {
            return Some(Reply::Checked { rev, report });
        }
        let error = get(v, "error")?.as_string()?;
        Some(Reply::Failed { rev, error })
    }
}

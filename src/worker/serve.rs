//! The worker's side: answers each check request with the report of the
//! document it carries, loaded by the same loader and checked by the same
//! `check::run` as everywhere else.

use super::protocol::{Reply, Request};
use super::wire;
use crate::check;
use crate::model;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// The worker's global scope, when the module runs in a dedicated worker.
pub fn in_worker() -> Option<DedicatedWorkerGlobalScope> {
    js_sys::global().dyn_into().ok()
}

/// Answers check requests on `scope` from now on, and says it is ready.
pub fn serve(scope: DedicatedWorkerGlobalScope) {
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(request) = Request::from_js(&event.data()) {
            // Posting to our own page fails only once it is gone.
            let _ = replies.post_message(&answer(&request).to_js());
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let _ = scope.post_message(&Reply::Ready.to_js());
}

fn answer(request: &Request) -> Reply {
    match model::from_json(&request.doc) {
        Ok(doc) => Reply::Checked {
            rev: request.rev,
            report: wire::encode(&check::run(&doc)),
        },
        Err(e) => Reply::Failed {
            rev: request.rev,
            error: e.lines().join("\n"),
        },
    }
}

//! The page's side of the check worker (`crate::worker`): starts it on the
//! first big design, keeps at most one request in flight and only the
//! newest one waiting, and hands each report to the request that asked.
//!
//! A request replaced while it waits is dropped unanswered: the editor
//! only shows the newest revision's findings, so checking the ones in
//! between would only delay it. When the worker cannot start or fails,
//! every request still waiting is answered with [`Outcome::Unavailable`]
//! and later ones at once: the caller then checks on the main thread.

use crate::check::Report;
use crate::model::{self, Document};
use crate::worker::protocol::{Reply, Request, Rev};
use crate::worker::wire;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// What became of a request.
pub enum Outcome {
    Checked(Report),
    /// The worker is not there (or failed, or could not read the
    /// document): check on the main thread instead.
    Unavailable,
}

type Done = Box<dyn FnOnce(Outcome)>;

struct Job {
    rev: Rev,
    doc: String,
    done: Done,
}

#[derive(Default)]
struct Inner {
    worker: Option<Worker>,
    failed: bool,
    ready: bool,
    in_flight: Option<Done>,
    waiting: Option<Job>,
}

thread_local! {
    static INNER: Rc<RefCell<Inner>> = Rc::default();
}

/// Checks `doc` (revision `rev`) in the worker; `done` runs with the
/// report, unless a newer request replaces this one first.
pub fn check(rev: Rev, doc: &Document, done: impl FnOnce(Outcome) + 'static) {
    let inner = INNER.with(Rc::clone);
    if inner.borrow().failed {
        return done(Outcome::Unavailable);
    }
    let job = Job {
        rev,
        doc: model::to_json(doc),
        done: Box::new(done),
    };
    // Dropping the job it replaces leaves that request unanswered.
    inner.borrow_mut().waiting = Some(job);
    if inner.borrow().worker.is_none() && !start(&inner) {
        fail(&inner);
        return;
    }
    pump(&inner);
}

/// Checking is paused (safe mode): requests still waiting are dropped
/// unanswered, and a worker in the middle of one is stopped, so that
/// nothing goes on checking the design; the next request starts a new
/// worker.
pub fn pause() {
    let inner = INNER.with(Rc::clone);
    let mut state = inner.borrow_mut();
    state.waiting = None;
    if state.in_flight.take().is_some()
        && let Some(w) = state.worker.take()
    {
        w.terminate();
        state.ready = false;
    }
}

/// Sends the waiting request when the worker is ready and idle.
fn pump(inner: &Rc<RefCell<Inner>>) {
    let mut state = inner.borrow_mut();
    if !state.ready || state.in_flight.is_some() {
        return;
    }
    let Some(job) = state.waiting.take() else {
        return;
    };
    let request = Request {
        rev: job.rev,
        doc: job.doc,
    };
    let sent = state
        .worker
        .as_ref()
        .is_some_and(|w| w.post_message(&request.to_js()).is_ok());
    state.in_flight = Some(job.done);
    drop(state);
    if !sent {
        fail(inner);
    }
}

/// Starts the worker from `worker.js` next to the page's own files, and
/// gives it the page's compiled module.
fn start(inner: &Rc<RefCell<Inner>>) -> bool {
    let Some(url) = script_url() else {
        return false;
    };
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let Ok(worker) = Worker::new_with_options(&url, &options) else {
        return false;
    };
    let on_message = {
        let inner = inner.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
            if let Some(reply) = Reply::from_js(&e.data()) {
                receive(&inner, reply);
            }
        })
    };
    let on_error = {
        let inner = inner.clone();
        Closure::<dyn Fn(web_sys::Event)>::new(move |_| fail(&inner))
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The handlers live as long as the page: the worker is never stopped.
    on_message.forget();
    on_error.forget();
    let module = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&module, &"module".into(), &wasm_bindgen::module());
    if worker.post_message(&module).is_err() {
        return false;
    }
    inner.borrow_mut().worker = Some(worker);
    true
}

/// `worker.js` beside the app's module: the document's base, so that the
/// app works from any directory it is hosted in.
fn script_url() -> Option<String> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    web_sys::Url::new_with_base("worker.js", &base)
        .ok()
        .map(|u| u.href())
}

fn receive(inner: &Rc<RefCell<Inner>>, reply: Reply) {
    let outcome = match reply {
        Reply::Ready => {
            inner.borrow_mut().ready = true;
            pump(inner);
            return;
        }
        Reply::Checked { report, .. } => match wire::decode(&report) {
            Ok(report) => Outcome::Checked(report),
            Err(e) => {
                web_sys::console::warn_1(&e.to_string().into());
                Outcome::Unavailable
            }
        },
        Reply::Failed { .. } => Outcome::Unavailable,
    };
    let done = inner.borrow_mut().in_flight.take();
    pump(inner);
    if let Some(done) = done {
        done(outcome);
    }
}

/// The worker is gone for good: everything still waiting is checked on
/// the main thread, and so is everything after.
fn fail(inner: &Rc<RefCell<Inner>>) {
    let (in_flight, waiting) = {
        let mut state = inner.borrow_mut();
        state.failed = true;
        if let Some(w) = state.worker.take() {
            w.terminate();
        }
        (state.in_flight.take(), state.waiting.take())
    };
    for done in in_flight.into_iter().chain(waiting.map(|j| j.done)) {
        done(Outcome::Unavailable);
    }
}

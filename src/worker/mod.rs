//! The check worker: a second instance of the app's own WebAssembly module,
//! in a dedicated Web Worker, that checks big designs off the page's main
//! thread so that typing and dragging never wait for the checker.
//!
//! The page starts it from `worker.js` (same origin, so the
//! Content-Security-Policy's `worker-src 'self'` admits it) and hands it
//! the page's own compiled `WebAssembly.Module`: nothing is downloaded or
//! compiled twice, and the worker always runs exactly the page's build.
//! The module's start function sees a worker's global scope and serves
//! check requests ([`serve`]) instead of mounting the UI.
//!
//! - [`protocol`]: the messages, both ways;
//! - [`wire`]: the report as it crosses.

pub mod wire;

#[cfg(target_arch = "wasm32")]
pub mod protocol;
#[cfg(target_arch = "wasm32")]
mod serve;

#[cfg(target_arch = "wasm32")]
pub use serve::{in_worker, serve};

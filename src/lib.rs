//! Airlock checks cloud data-pipeline designs for security mistakes while
//! they are drawn.
//!
//! - [`model`]: the diagram document (types, JSON, validation, migration);
//! - [`check`]: the evaluator (graph, paths, rules, findings);
//! - `ui` (wasm32 only): the Yew editor that runs the same checker live.
//!
//! The core has no web dependency: the command-line checker and the
//! browser app run exactly the same code.

pub mod check;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod ui;

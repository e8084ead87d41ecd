//! Airlock checks cloud data-pipeline designs for security mistakes while
//! they are drawn.
//!
//! - [`model`]: the diagram document (types, JSON, validation, migration);
//! - [`check`]: the evaluator (graph, paths, rules, findings);
//! - [`i18n`]: the languages (English, Korean, Japanese) through Fluent;
//! - [`library`]: the designs the app keeps in browser storage;
//! - [`opening`]: the marks that keep a design slow to check from
//!   freezing every start (it opens in safe mode instead);
//! - [`drawio`]: draw.io diagrams in (import, with a report of what was
//!   not understood) and out (export);
//! - [`prose`]: the rule docs' Markdown as blocks, for the app to show;
//! - [`report`]: output formats (text, JSON, SARIF, markdown) for the
//!   command line and the app's export;
//! - `ui` (wasm32 only): the Yew editor that runs the same checker live;
//! - `api` (wasm32 only): the checker for page scripts (`window.Airlock`);
//! - [`worker`]: the check worker that checks big designs off the page's
//!   main thread (its report's wire format on every target).
//!
//! The core has no web dependency: the command-line checker and the
//! browser app run exactly the same code.

pub mod check;
pub mod drawio;
pub mod editor;
pub mod i18n;
pub mod library;
pub mod model;
pub mod opening;
pub mod prose;
pub mod render;
pub mod report;
pub mod share;
pub mod worker;

#[cfg(test)]
#[path = "../tests/common/documents.rs"]
mod test_documents;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod ui;

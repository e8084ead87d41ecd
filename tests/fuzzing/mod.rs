//! Fuzzing support shared by the proptest suite (`tests/fuzz.rs`, included
//! with `#[path]`) and the coverage-guided targets under `fuzz/`:
//!
//! - [`plan`]: structurally valid documents built from fuzz input;
//! - [`invariants`]: what every report of a valid document must satisfy.

#![allow(dead_code)]

pub mod invariants;
pub mod plan;

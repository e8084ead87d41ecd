//! Bytes → `model::from_json` → `check::run`: the loader never panics, and
//! whatever it accepts checks with a report that keeps every invariant
//! and renders in every format.

#![no_main]

#[path = "../../tests/fuzzing/mod.rs"]
mod fuzzing;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(doc) = airlock::model::from_json(&text) {
        match fuzzing::invariants::check_and_verify(&doc) {
            Ok(report) => fuzzing::invariants::render_sarif(&text, &doc, &report),
            Err(violation) => panic!("{violation}"),
        }
    }
});

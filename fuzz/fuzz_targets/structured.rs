//! An `arbitrary`-derived plan → a structurally valid document → its JSON
//! → `model::from_json` (which must accept it) → `check::run`, with every
//! report invariant (SARIF, slow and the same as for `load_and_check`, is
//! left out).

#![no_main]

#[path = "../../tests/fuzzing/mod.rs"]
mod fuzzing;

use fuzzing::plan::{Plan, build};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|plan: Plan| {
    let doc = build(&plan);
    let loaded = match airlock::model::from_json(&airlock::model::to_json(&doc)) {
        Ok(loaded) => loaded,
        Err(e) => panic!("a built document does not load: {e}"),
    };
    if let Err(violation) = fuzzing::invariants::check_and_verify(&loaded) {
        panic!("{violation}");
    }
});

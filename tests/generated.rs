//! The benchmark's document generator (`benches/generate`) keeps making
//! documents the loader accepts, of exactly the size asked, the same every
//! time, on which every rule runs.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../benches/generate/mod.rs"]
mod generate;

use airlock::model::{from_json, to_json, validate::validate};

#[test]
fn generated_documents_validate_round_trip_and_have_the_size_asked() {
    for n in [40, 100, 1_000, 3_000] {
        let doc = generate::generate(n);
        assert_eq!(doc.nodes.len(), n);
        let problems = validate(&doc);
        assert!(
            problems.is_empty(),
            "{n} nodes: {:#?}",
            &problems[..5.min(problems.len())]
        );
        let text = to_json(&doc);
        assert_eq!(from_json(&text).expect("loads"), doc, "{n} nodes");
        let report = airlock::check::run(&doc);
        if n >= 100 {
            let ratio = doc.flows.len() as f64 / n as f64;
            assert!(
                (1.3..1.7).contains(&ratio),
                "{n}: {ratio:.2} flows per node"
            );
            assert_eq!(
                report.rules_skipped, 0,
                "{n} nodes: skipped {:?}",
                report.skipped
            );
            assert!(!report.findings.is_empty());
        }
    }
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(generate::generate(500), generate::generate(500));
}

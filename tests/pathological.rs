//! The hostile shapes of `benches/pathological.rs`, smaller: each document
//! validates, round-trips, and checks to a report with every documented
//! property (`tests/fuzzing/invariants.rs`). No timing is asserted; the
//! benchmark measures. The chain's findings are known exactly.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../benches/generate/pathological.rs"]
mod pathological;

#[path = "fuzzing/mod.rs"]
mod fuzzing;

use airlock::check::Report;
use airlock::model::{Document, from_json, to_json, validate::validate};

/// Loads like a document from a file would, and checks it.
fn check(doc: &Document) -> Report {
    let problems = validate(doc);
    assert!(
        problems.is_empty(),
        "{}: {:?}",
        doc.title,
        &problems[..3.min(problems.len())]
    );
    assert_eq!(
        &from_json(&to_json(doc)).expect("loads"),
        doc,
        "{}",
        doc.title
    );
    fuzzing::invariants::check_and_verify(doc).unwrap_or_else(|e| panic!("{}: {e}", doc.title))
}

#[test]
fn a_long_chain_is_flagged_once_where_sensitive_data_crosses() {
    // 20,000 nodes, the most a document may have: in a test thread (2 MiB of
    // stack) no part of the check may recurse along the chain.
    for nodes in [40, 2_001, 20_000] {
        let doc = pathological::chain(nodes);
        assert_eq!(doc.nodes.len(), nodes);
        let report = check(&doc);
        let (db, ec2) = pathological::chain_crossing(nodes);
        let ids: Vec<&str> = report.findings.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(
            ids,
            [format!("ENC001@{db}->{ec2}"), format!("LOC001@{db}->{ec2}")],
            "{nodes} nodes"
        );
        // Every store's sensitive data crosses, and is traced from the first.
        let loc = &report.findings[1];
        let stores = doc.nodes.iter().filter(|n| n.id.starts_with("db-")).count();
        assert!(
            loc.message.ends_with(&format!(
                "and {} more out of the on-premises network",
                stores - 3
            )),
            "{}",
            loc.message
        );
        assert_eq!(loc.nodes.first().map(String::as_str), Some("db-0"));
        assert_eq!(loc.nodes.last(), Some(&ec2));
    }
}

#[test]
fn a_dense_mesh_of_services_checks() {
    let report = check(&pathological::mesh(300, 10));
    assert!(report.findings.iter().any(|f| f.code == "ENC002"));
}

#[test]
fn a_dense_mesh_of_transit_gateways_checks() {
    let report = check(&pathological::transit_mesh(300, 10, false));
    assert!(!report.findings.is_empty());
}

/// Large enough that the segment searches go coarse (the routes mix every
/// kind of connectivity).
#[test]
fn a_dense_mesh_of_mixed_connectivity_checks() {
    let report = check(&pathological::transit_mesh(400, 12, true));
    assert!(report.findings.iter().any(|f| f.code == "NET004"));
}

#[test]
fn deep_containment_checks() {
    let report = check(&pathological::nested(1_000));
    for code in ["NET003", "NET007"] {
        assert!(report.findings.iter().any(|f| f.code == code), "{code}");
    }
}

#[test]
fn many_cycles_check() {
    let report = check(&pathological::cycles(1_000));
    assert!(report.findings.iter().any(|f| f.code == "ENC002"));
}

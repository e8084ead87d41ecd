//! Inputs the fuzzers (`tests/fuzz.rs`, `fuzz/`) found, one plain test
//! each, so a fixed bug stays fixed. A test for a bug not fixed yet is
//! `#[ignore]`d with what is wrong.

#![cfg(not(target_arch = "wasm32"))]

use airlock::model::{LoadError, Suppression, from_json, from_value};

const DMS_OVER_SSL: &str =
    include_str!("../static/examples/dms-over-ssl-where-ipsec-required.json");

/// Found by `random_values_load_the_same_both_ways_or_fail_cleanly`:
/// serde_json calls a number or `null` where a choice (an enum) belongs a
/// syntax error ("expected value"), so valid JSON was reported as "not
/// valid JSON at line 1, column 43", unlike `from_value`.
#[test]
fn a_number_where_a_choice_belongs_is_a_shape_error_not_a_syntax_error() {
    for (text, path) in [
        (
            r#"{"airlock":2,"requirements":{"in_transit_encryption":2}}"#,
            "requirements.in_transit_encryption",
        ),
        (
            r#"{"airlock":2,"requirements":{"cloud_transport":null}}"#,
            "requirements.cloud_transport",
        ),
        (
            r#"{"airlock":2,"requirements":{"cloud_transport":{}}}"#,
            "requirements.cloud_transport",
        ),
        (
            r#"{"airlock":2,"nodes":[{"id":"a","kind":7}]}"#,
            "nodes[0].kind",
        ),
    ] {
        let e = from_json(text).expect_err("a wrong type");
        let LoadError::Shape {
            path: at,
            message,
            line,
            ..
        } = &e
        else {
            panic!("{text}: not a shape error: {e}");
        };
        assert_eq!(at, path, "{text}");
        assert!(message.to_string().contains("invalid"), "{text}: {message}");
        assert_eq!(*line, 1, "{text}: the position is kept");
        let by_value =
            from_value(serde_json::from_str(text).expect("valid JSON")).expect_err("a wrong type");
        assert!(
            matches!(&by_value, LoadError::Shape { path: p, message: m, .. } if p == at && m == message),
            "{text}: from_value says {by_value}, from_json says {e}"
        );
    }
    // Broken JSON is still a syntax error.
    assert!(matches!(
        from_json(r#"{"airlock":1,"requirements":{"cloud_transport":}}"#),
        Err(LoadError::Syntax { .. })
    ));
}

/// Found by `valid_documents_load_and_check_with_every_invariant`:
/// `Report::unused_suppressions` is documented as the suppressions "that
/// matched no finding", but when two suppressions match the same finding
/// only the first is marked used, and the second is listed as unused (the
/// command line then warns that it matched nothing).
#[test]
fn a_second_suppression_of_the_same_finding_is_not_unused() {
    let mut doc = from_json(DMS_OVER_SSL).expect("the example loads");
    for reason in ["accepted", "accepted again"] {
        doc.suppressions.push(Suppression {
            rule: "ENC001".into(),
            target: "pg-dms".into(),
            reason: reason.into(),
        });
    }
    let report = airlock::check::run(&doc);
    let finding = report
        .findings
        .iter()
        .find(|f| f.id == "ENC001@pg-dms")
        .expect("the example's finding");
    assert_eq!(finding.suppressed.as_deref(), Some("accepted"));
    assert_eq!(report.unused_suppressions, Vec::<usize>::new());
}

//! The loader, from the outside: every kind of bad input gets its own
//! error variant, and the message names where it is (a JSON path, or a line
//! and column) and the offending id. `from_json` and `from_value` agree,
//! the examples load and round-trip, and truncated input never panics.

#![cfg(not(target_arch = "wasm32"))]

#[path = "common/documents.rs"]
mod documents;

use airlock::i18n::Lang;
use airlock::model::{
    CURRENT_VERSION, Document, LIMITS, LoadError, Problem, from_json, from_value, to_json,
};
use serde_json::{Value, json};
use std::path::PathBuf;

// ---------------------------------------------------------------- helpers

/// A valid version-2 document touching every reference the validator
/// checks (flow 0 is open at the VPN, flow 1 has no drawn source). Node
/// indices: 0 region, 1 vpc, 2 priv, 3 conn, 4 rds, 5 job, 6 s3, 7 corp,
/// 8 pg, 9 vpn. Flow indices: 0 pg-vpn, 1 vpn-job, 2 rds-job, 3 job-s3.
fn base() -> Value {
    json!({
        "airlock": 2,
        "title": "Base",
        "requirements": { "sensitive_data_stays_on_premises": true, "cloud_transport": "ipsec" },
        "nodes": [
            { "id": "region", "kind": "aws-region", "props": { "region": "eu-west-1" } },
            { "id": "vpc", "kind": "vpc", "parent": "region", "props": { "cidr": "10.0.0.0/16", "region": "eu-west-1" } },
            { "id": "priv", "kind": "private-subnet", "parent": "vpc" },
            { "id": "conn", "kind": "glue-connection", "parent": "priv", "props": { "security_group": "sg-glue" } },
            { "id": "rds", "kind": "rds-instance", "parent": "priv", "props": {
                "datasets": [{ "name": "orders" }],
                "security_group_sources": ["sg-glue", "10.0.0.0/16"]
            } },
            { "id": "job", "kind": "glue-job", "parent": "region", "label": "ETL", "props": { "connection": "conn" } },
            { "id": "s3", "kind": "s3-bucket", "parent": "region" },
            { "id": "corp", "kind": "on-premises-network" },
            { "id": "pg", "kind": "on-premises-database", "parent": "corp", "props": {
                "datasets": [{ "name": "customers", "sensitive": true }, { "name": "products" }]
            } },
            { "id": "vpn", "kind": "site-to-site-vpn" }
        ],
        "flows": [
            { "id": "pg-vpn", "from": "pg", "to": "vpn", "only": ["products"] },
            { "id": "vpn-job", "from": "vpn", "to": "job" },
            { "id": "rds-job", "from": "rds", "to": "job", "transport": "tls" },
            { "id": "job-s3", "from": "job", "to": "s3", "transport": "tls" }
        ],
        "suppressions": [
            { "rule": "EGR005", "target": "job->s3", "reason": "Reviewed: S3 through the endpoint" }
        ]
    })
}

fn with(change: impl FnOnce(&mut Value)) -> Value {
    let mut doc = base();
    change(&mut doc);
    doc
}

fn text(doc: &Value) -> String {
    serde_json::to_string_pretty(doc).unwrap()
}

/// The same error, ignoring where in the text it is (a `Value` has no
/// line or column).
fn without_position(e: &LoadError) -> LoadError {
    let mut e = e.clone();
    if let LoadError::Shape { line, column, .. } = &mut e {
        *line = 0;
        *column = 0;
    }
    e
}

/// Loads `text` both ways and asserts they agree; returns `from_json`'s error.
fn load_err(text: &str) -> LoadError {
    let e = from_json(text).expect_err("the loader should reject this");
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        let v = from_value(value).expect_err("from_value should reject this too");
        assert_eq!(
            without_position(&e),
            v,
            "from_json and from_value disagree on:\n{text}"
        );
    }
    e
}

/// Asserts the document is `Invalid` with exactly these problems, in order:
/// (path, id, a piece of the message). The error's text must name each
/// path and id.
fn expect_invalid(doc: &Value, want: &[(&str, Option<&str>, &str)]) {
    let e = load_err(&text(doc));
    let LoadError::Invalid(problems) = &e else {
        panic!("expected Invalid, got {e:?}");
    };
    let got: Vec<(&str, Option<&str>)> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.id.as_deref()))
        .collect();
    let expected: Vec<(&str, Option<&str>)> = want.iter().map(|w| (w.0, w.1)).collect();
    assert_eq!(got, expected, "problems: {problems:#?}");
    let shown = e.to_string();
    for (p, (path, id, needle)) in problems.iter().zip(want) {
        assert!(
            p.message.to_string().contains(needle),
            "{path}: {:?} does not mention {needle:?}",
            p.message
        );
        let named = match id {
            Some(id) => format!("{path} (`{id}`): "),
            None => format!("{path}: "),
        };
        assert!(shown.contains(&named), "{shown:?} does not name {named:?}");
    }
}

/// Asserts a `Shape` error at `path`, about element `id`, whose message
/// mentions `needle`; returns its line and column.
fn expect_shape(doc_text: &str, path: &str, id: Option<&str>, needle: &str) -> (usize, usize) {
    let e = load_err(doc_text);
    let LoadError::Shape {
        path: got,
        id: got_id,
        message,
        line,
        column,
    } = &e
    else {
        panic!("expected Shape at {path}, got {e:?}");
    };
    assert_eq!(got, path, "{e}");
    assert_eq!(got_id.as_deref(), id, "{e}");
    assert!(
        message.to_string().contains(needle),
        "{message:?} lacks {needle:?}"
    );
    let named = match id {
        Some(id) => format!("{path} (`{id}`): "),
        None => format!("{path}: "),
    };
    assert!(
        e.to_string().starts_with(&named),
        "{e:?} does not name {named:?}"
    );
    (*line, *column)
}

fn examples() -> Vec<(PathBuf, String)> {
    documents::examples()
        .into_iter()
        .map(|p| {
            let t = std::fs::read_to_string(&p).unwrap();
            (p, t)
        })
        .collect()
}

// ------------------------------------------------------- the base is valid

#[test]
fn the_base_document_loads_both_ways() {
    let a = from_json(&text(&base())).expect("base loads");
    let b = from_value(base()).expect("base loads from a value");
    assert_eq!(a, b);
    assert_eq!(a.nodes.len(), 10);
    assert_eq!(a.flows.len(), 4);
}

// ------------------------------------------------------------------- syntax

#[test]
fn malformed_json_names_line_and_column() {
    let t =
        "{\n  \"airlock\": 1,\n  \"nodes\": [\n    { \"id\": \"a\" \"kind\": \"vpc\" }\n  ]\n}\n";
    match from_json(t) {
        Err(LoadError::Syntax {
            line,
            column,
            message,
        }) => {
            assert_eq!((line, column), (4, 17), "{message}");
            assert!(message.to_string().contains("expected"), "{message}");
            assert!(!message.contains(" at line "), "position reported twice");
        }
        other => panic!("expected Syntax, got {other:?}"),
    }
    let e = from_json(t).unwrap_err().to_string();
    assert!(e.contains("line 4, column 17"), "{e}");
}

#[test]
fn a_byte_order_mark_is_ignored() {
    // Before: "not valid JSON at line 1, column 1: expected value".
    let plain = text(&base());
    let loaded = airlock::model::load(&format!("\u{feff}{plain}")).expect("loads with a BOM");
    assert_eq!(loaded.doc, airlock::model::load(&plain).unwrap().doc);
    // Only at the start: anywhere else it is the syntax error it is.
    let e = load_err(&format!("{plain}\u{feff}"));
    assert!(e.to_string().contains("trailing"), "{e}");
}

#[test]
fn trailing_garbage_is_a_syntax_error_after_the_document() {
    let mut t = text(&base());
    let lines = t.lines().count();
    t.push_str("\nxyz\n");
    match from_json(&t) {
        Err(LoadError::Syntax { line, column, .. }) => {
            assert_eq!((line, column), (lines + 1, 1));
        }
        other => panic!("expected Syntax, got {other:?}"),
    }
    // A second document glued on is garbage too.
    let t = format!("{}{}", text(&base()), text(&base()));
    assert!(matches!(from_json(&t), Err(LoadError::Syntax { .. })));
}

#[test]
fn a_top_level_that_is_not_an_object_is_a_shape_error() {
    for t in [
        "[]", "[1]", "[2]", "[1, 2]", "\"text\"", "42", "null", "true",
    ] {
        let e = load_err(t);
        match &e {
            LoadError::Shape { path, message, .. } => {
                assert_eq!(path, "document", "{t}: {e}");
                assert!(
                    message.to_string().contains("JSON object"),
                    "{t}: {message}"
                );
            }
            other => panic!("{t}: expected Shape, got {other:?}"),
        }
    }
}

#[test]
fn an_empty_or_blank_file_is_a_syntax_error() {
    for t in ["", "   \n"] {
        assert!(
            matches!(from_json(t), Err(LoadError::Syntax { .. })),
            "{t:?}"
        );
    }
}

// ------------------------------------------------------------------ version

#[test]
fn a_missing_version_says_what_the_top_level_needs() {
    for doc in [
        json!({}),
        json!({ "nodes": [] }),
        json!({ "airlock": null }),
        with(|d| {
            d.as_object_mut().unwrap().remove("airlock");
        }),
    ] {
        let e = load_err(&text(&doc));
        assert_eq!(e, LoadError::MissingVersion);
        assert!(
            e.to_string()
                .contains(&format!("\"airlock\": {CURRENT_VERSION}")),
            "{e}"
        );
    }
}

#[test]
fn a_version_that_is_not_a_whole_number_is_a_shape_error_at_airlock() {
    for v in [json!("1"), json!(1.5), json!(-1), json!([1])] {
        let doc = with(|d| d["airlock"] = v.clone());
        let e = load_err(&text(&doc));
        match &e {
            LoadError::Shape { path, message, .. } => {
                assert_eq!(path, "airlock", "{v}: {e}");
                assert!(
                    message.to_string().contains("whole number"),
                    "{v}: {message}"
                );
            }
            other => panic!("{v}: expected Shape, got {other:?}"),
        }
    }
}

#[test]
fn version_zero_is_unknown() {
    let e = load_err(&text(&with(|d| d["airlock"] = json!(0))));
    assert_eq!(e, LoadError::UnknownVersion { found: 0 });
    assert!(e.to_string().contains("versions start at 1"), "{e}");
}

#[test]
fn a_newer_version_asks_for_a_newer_airlock_and_is_not_misread() {
    let newer = CURRENT_VERSION as u64 + 1;
    let want = LoadError::NewerVersion {
        found: newer,
        supported: CURRENT_VERSION,
    };
    // Parses as today's format, and also when it uses fields we do not know:
    // either way the version is the explanation, not the shape.
    let plain = with(|d| d["airlock"] = json!(newer));
    let unknown_fields = with(|d| {
        d["airlock"] = json!(newer);
        d["layers"] = json!([{ "name": "network" }]);
        d["nodes"][0]["kind"] = json!("aws-account");
    });
    let huge = with(|d| d["airlock"] = json!(u64::from(u32::MAX) + 5));
    for doc in [plain, unknown_fields] {
        let e = load_err(&text(&doc));
        assert_eq!(e, want);
        let s = e.to_string();
        assert!(s.contains(&format!("version {newer}")), "{s}");
        assert!(s.contains("newer Airlock"), "{s}");
    }
    assert_eq!(
        load_err(&text(&huge)),
        LoadError::NewerVersion {
            found: u64::from(u32::MAX) + 5,
            supported: CURRENT_VERSION
        }
    );
}

// -------------------------------------------------------------------- shape

#[test]
fn an_unknown_kind_is_a_shape_error_at_the_kind() {
    let t = text(&with(|d| d["nodes"][5]["kind"] = json!("lambda")));
    let (line, column) = expect_shape(&t, "nodes[5].kind", Some("job"), "`lambda`");
    assert!(line > 1 && column > 1, "({line}, {column})");
    let e = from_json(&t).unwrap_err().to_string();
    assert!(
        e.contains(&format!("(line {line}, column {column})")),
        "{e}"
    );
    assert!(e.contains("glue-job"), "lists the kinds: {e}");
}

#[test]
fn unknown_fields_are_shape_errors_where_they_are() {
    let cases = [
        (with(|d| d["colour"] = json!("red")), "colour", None),
        (
            with(|d| d["nodes"][5]["colour"] = json!("red")),
            "nodes[5].colour",
            Some("job"),
        ),
        (
            with(|d| d["nodes"][5]["props"]["colour"] = json!("red")),
            "nodes[5].props.colour",
            Some("job"),
        ),
        (
            with(|d| d["flows"][2]["colour"] = json!("red")),
            "flows[2].colour",
            Some("rds-job"),
        ),
        (
            with(|d| d["requirements"]["colour"] = json!("red")),
            "requirements.colour",
            None,
        ),
        (
            with(|d| d["nodes"][8]["props"]["datasets"][0]["colour"] = json!("red")),
            "nodes[8].props.datasets[0].colour",
            Some("pg"),
        ),
        (
            with(|d| d["suppressions"][0]["colour"] = json!("red")),
            "suppressions[0].colour",
            Some("job->s3"),
        ),
    ];
    for (doc, path, id) in cases {
        expect_shape(&text(&doc), path, id, "unknown field `colour`");
    }
}

#[test]
fn a_wrong_type_is_a_shape_error_at_the_value() {
    let cases = [
        (
            with(|d| d["nodes"][1]["x"] = json!("ten")),
            "nodes[1].x",
            Some("vpc"),
            "expected f64",
        ),
        (
            with(|d| d["nodes"][6]["props"]["require_secure_transport"] = json!("yes")),
            "nodes[6].props.require_secure_transport",
            Some("s3"),
            "expected a boolean",
        ),
        (
            with(|d| d["nodes"] = json!({})),
            "nodes",
            None,
            "expected a sequence",
        ),
        (
            with(|d| d["flows"][0]["transport"] = json!("ssl")),
            "flows[0].transport",
            Some("pg-vpn"),
            "unknown variant `ssl`",
        ),
        // An id of the wrong type cannot name itself.
        (
            with(|d| d["nodes"][3]["id"] = json!(3)),
            "nodes[3].id",
            None,
            "expected a string",
        ),
    ];
    for (doc, path, id, needle) in cases {
        expect_shape(&text(&doc), path, id, needle);
    }
}

#[test]
fn a_missing_required_field_is_a_shape_error_at_its_element() {
    let doc = with(|d| {
        d["flows"][1].as_object_mut().unwrap().remove("to");
    });
    expect_shape(
        &text(&doc),
        "flows[1]",
        Some("vpn-job"),
        "missing field `to`",
    );
}

// ------------------------------------------------------------ containment

#[test]
fn a_prop_that_does_not_apply_to_the_kind_names_the_kinds_it_applies_to() {
    let doc = with(|d| d["nodes"][5]["props"]["cidr"] = json!("10.1.0.0/16"));
    expect_invalid(
        &doc,
        &[(
            "nodes[5].props.cidr",
            Some("job"),
            "`cidr` does not apply to a glue-job; it applies to: vpc",
        )],
    );
}

#[test]
fn a_dangling_parent() {
    let doc = with(|d| d["nodes"][6]["parent"] = json!("nowhere"));
    expect_invalid(
        &doc,
        &[("nodes[6].parent", Some("s3"), "`nowhere` is not a node")],
    );
}

#[test]
fn a_parent_that_is_not_a_zone() {
    let doc = with(|d| d["nodes"][5]["parent"] = json!("s3"));
    expect_invalid(
        &doc,
        &[(
            "nodes[5].parent",
            Some("job"),
            "`s3` is a s3-bucket, which is not a zone",
        )],
    );
}

#[test]
fn a_subnet_outside_a_vpc() {
    let top = with(|d| {
        d["nodes"][2].as_object_mut().unwrap().remove("parent");
    });
    expect_invalid(
        &top,
        &[(
            "nodes[2].parent",
            Some("priv"),
            "private-subnet must sit in",
        )],
    );
    let in_region = with(|d| d["nodes"][2]["parent"] = json!("region"));
    expect_invalid(
        &in_region,
        &[("nodes[2].parent", Some("priv"), "it belongs in a vpc")],
    );
}

#[test]
fn an_s3_bucket_inside_a_vpc() {
    let doc = with(|d| d["nodes"][6]["parent"] = json!("vpc"));
    expect_invalid(
        &doc,
        &[("nodes[6].parent", Some("s3"), "cannot sit in a vpc")],
    );
}

#[test]
fn a_containment_cycle_of_two_and_of_one() {
    let two = with(|d| {
        let nodes = d["nodes"].as_array_mut().unwrap();
        nodes.push(json!({ "id": "a", "kind": "on-premises-network", "parent": "b" }));
        nodes.push(json!({ "id": "b", "kind": "on-premises-network", "parent": "a" }));
    });
    expect_invalid(
        &two,
        &[
            (
                "nodes[10].parent",
                Some("a"),
                "containment cycle: `a` ends up inside itself",
            ),
            (
                "nodes[11].parent",
                Some("b"),
                "containment cycle: `b` ends up inside itself",
            ),
        ],
    );
    let one = with(|d| d["nodes"][9]["parent"] = json!("vpn"));
    expect_invalid(
        &one,
        &[(
            "nodes[9].parent",
            Some("vpn"),
            "containment cycle: `vpn` ends up inside itself",
        )],
    );
    // What sits inside a cycle is reported too, as too deep or in a cycle.
    let with_children = with(|d| d["nodes"][0]["parent"] = json!("vpc"));
    let LoadError::Invalid(problems) = load_err(&text(&with_children)) else {
        panic!("expected Invalid");
    };
    let ids: Vec<&str> = problems.iter().filter_map(|p| p.id.as_deref()).collect();
    assert_eq!(ids, ["region", "vpc", "priv", "conn", "rds", "job", "s3"]);
}

#[test]
fn nesting_deeper_than_the_limit() {
    // A chain of on-premises networks, each inside the previous one: the
    // deepest is past the limit; each of the others is only misplaced.
    let depth = LIMITS.max_depth + 1;
    let mut nodes = vec![json!({ "id": "z0", "kind": "on-premises-network" })];
    for i in 1..=depth {
        nodes.push(json!({
            "id": format!("z{i}"),
            "kind": "on-premises-network",
            "parent": format!("z{}", i - 1)
        }));
    }
    let doc = json!({ "airlock": 1, "nodes": nodes });
    let e = load_err(&text(&doc));
    let LoadError::Invalid(problems) = &e else {
        panic!("expected Invalid, got {e:?}");
    };
    let last = format!("z{depth}");
    let deepest: Vec<&Problem> = problems
        .iter()
        .filter(|p| {
            p.message
                .to_string()
                .contains("nested deeper than the limit of 8")
        })
        .collect();
    assert_eq!(deepest.len(), 1, "{problems:#?}");
    assert_eq!(deepest[0].path, format!("nodes[{depth}].parent"));
    assert_eq!(deepest[0].id.as_deref(), Some(last.as_str()));
    assert_eq!(problems.len(), depth, "{problems:#?}");
}

// -------------------------------------------------------------------- ids

#[test]
fn a_duplicate_node_id() {
    let doc = with(|d| {
        let copy = d["nodes"][6].clone();
        d["nodes"].as_array_mut().unwrap().push(copy);
    });
    expect_invalid(&doc, &[("nodes[10].id", Some("s3"), "duplicate id")]);
}

#[test]
fn an_id_shared_by_a_node_and_a_flow() {
    let doc = with(|d| d["flows"][3]["id"] = json!("s3"));
    expect_invalid(&doc, &[("flows[3].id", Some("s3"), "duplicate id")]);
}

#[test]
fn a_malformed_or_overlong_id() {
    let long = "x".repeat(LIMITS.max_id_chars + 1);
    let doc = with(|d| {
        d["nodes"][6]["id"] = json!("my bucket");
        d["flows"][3]["to"] = json!("my bucket");
        d["flows"][0]["id"] = json!(long);
    });
    expect_invalid(
        &doc,
        &[
            ("nodes[6].id", Some("my bucket"), "may hold only letters"),
            ("flows[0].id", Some(long.as_str()), "longer than the limit"),
            ("flows[3].to", Some("job-s3"), "`my bucket` is not a node"),
        ],
    );
}

// ------------------------------------------------------------------- flows

#[test]
fn a_flow_to_an_unknown_node() {
    let doc = with(|d| d["flows"][3]["to"] = json!("ghost"));
    expect_invalid(
        &doc,
        &[("flows[3].to", Some("job-s3"), "`ghost` is not a node")],
    );
}

#[test]
fn a_flow_from_a_zone_or_a_glue_connection() {
    let zone = with(|d| d["flows"][3]["from"] = json!("vpc"));
    expect_invalid(
        &zone,
        &[(
            "flows[3].from",
            Some("job-s3"),
            "a flow cannot start or end at a vpc",
        )],
    );
    let config = with(|d| d["flows"][3]["to"] = json!("conn"));
    expect_invalid(
        &config,
        &[(
            "flows[3].to",
            Some("job-s3"),
            "a flow cannot start or end at a glue-connection",
        )],
    );
}

#[test]
fn a_flow_from_a_node_to_itself() {
    let doc = with(|d| d["flows"][3]["to"] = json!("job"));
    expect_invalid(
        &doc,
        &[(
            "flows[3].to",
            Some("job-s3"),
            "cannot start and end at the same node",
        )],
    );
}

#[test]
fn only_on_a_flow_out_of_a_connectivity_node() {
    let doc = with(|d| d["flows"][1]["only"] = json!(["products"]));
    expect_invalid(
        &doc,
        &[(
            "flows[1].only",
            Some("vpn-job"),
            "a site-to-site-vpn passes on what it receives and cannot select datasets",
        )],
    );
}

#[test]
fn only_naming_a_dataset_no_store_holds() {
    let doc = with(|d| d["flows"][0]["only"] = json!(["products", "invoices"]));
    expect_invalid(
        &doc,
        &[(
            "flows[0].only[1]",
            Some("pg-vpn"),
            "no data store holds a dataset named `invoices`",
        )],
    );
}

// -------------------------------------------------------------- properties

#[test]
fn a_bad_cidr() {
    let doc = with(|d| d["nodes"][1]["props"]["cidr"] = json!("10.0.0.0/33"));
    expect_invalid(
        &doc,
        &[(
            "nodes[1].props.cidr",
            Some("vpc"),
            "`10.0.0.0/33` has a prefix length outside 0..=32",
        )],
    );
}

#[test]
fn a_bad_security_group_source() {
    let doc = with(|d| {
        d["nodes"][4]["props"]["security_group_sources"] = json!(["sg-glue", "glue", "10.0.0/8"]);
    });
    expect_invalid(
        &doc,
        &[
            (
                "nodes[4].props.security_group_sources[1]",
                Some("rds"),
                "`glue` is neither a security-group id",
            ),
            (
                "nodes[4].props.security_group_sources[2]",
                Some("rds"),
                "`10.0.0/8` has an invalid address",
            ),
        ],
    );
}

#[test]
fn a_glue_connection_that_is_not_a_connection() {
    let wrong_kind = with(|d| d["nodes"][5]["props"]["connection"] = json!("rds"));
    expect_invalid(
        &wrong_kind,
        &[(
            "nodes[5].props.connection",
            Some("job"),
            "`rds` is a rds-instance, not a glue-connection",
        )],
    );
    let missing = with(|d| d["nodes"][5]["props"]["connection"] = json!("conn-2"));
    expect_invalid(
        &missing,
        &[(
            "nodes[5].props.connection",
            Some("job"),
            "the connection `conn-2` is not a node",
        )],
    );
}

#[test]
fn a_vpc_region_that_disagrees_with_its_region_box() {
    let doc = with(|d| d["nodes"][1]["props"]["region"] = json!("us-east-1"));
    expect_invalid(
        &doc,
        &[(
            "nodes[1].props.region",
            Some("vpc"),
            "the VPC says Region `us-east-1` but is drawn in Region `eu-west-1`",
        )],
    );
}

#[test]
fn a_malformed_region_code() {
    let doc = with(|d| d["nodes"][0]["props"]["region"] = json!("EU West"));
    expect_invalid(
        &doc,
        &[
            (
                "nodes[0].props.region",
                Some("region"),
                "is not a Region code",
            ),
            (
                "nodes[1].props.region",
                Some("vpc"),
                "but is drawn in Region `EU West`",
            ),
        ],
    );
}

#[test]
fn a_malformed_residency_region() {
    let doc = with(|d| d["requirements"]["sensitive_data_region"] = json!("Seoul"));
    expect_invalid(
        &doc,
        &[(
            "requirements.sensitive_data_region",
            None,
            "`Seoul` is not a Region code such as `ap-northeast-2`",
        )],
    );
}

#[test]
fn malformed_cross_region_codes() {
    let doc = with(|d| {
        let nodes = d["nodes"].as_array_mut().unwrap();
        nodes.push(
            json!({ "id": "ie", "kind": "interface-endpoint", "parent": "priv",
            "props": { "service_region": "Tokyo" } }),
        );
        nodes.push(
            json!({ "id": "svc", "kind": "endpoint-service", "parent": "priv",
            "props": { "supported_regions": ["us-east-1", "Seoul region"] } }),
        );
    });
    expect_invalid(
        &doc,
        &[
            (
                "nodes[10].props.service_region",
                Some("ie"),
                "`Tokyo` is not a Region code such as `eu-west-1`",
            ),
            (
                "nodes[11].props.supported_regions[1]",
                Some("svc"),
                "`Seoul region` is not a Region code such as `eu-west-1`",
            ),
        ],
    );
}

// ------------------------------------------------------------------- limits

#[test]
fn an_overlong_label() {
    let label = "é".repeat(LIMITS.max_label_chars + 1);
    let doc = with(|d| d["nodes"][5]["label"] = json!(label));
    expect_invalid(
        &doc,
        &[(
            "nodes[5].label",
            Some("job"),
            "longer than the limit of 200 characters",
        )],
    );
    // The limit counts characters, not bytes.
    let fits = with(|d| d["nodes"][5]["label"] = json!("é".repeat(LIMITS.max_label_chars)));
    from_json(&text(&fits)).expect("200 two-byte characters fit");
}

#[test]
fn too_many_nodes() {
    let nodes: Vec<Value> = (0..=LIMITS.max_nodes)
        .map(|i| json!({ "id": format!("n{i}"), "kind": "internet" }))
        .collect();
    let doc = json!({ "airlock": 1, "nodes": nodes });
    let t = serde_json::to_string(&doc).unwrap();
    assert!(
        t.len() < LIMITS.max_bytes,
        "the byte limit is not the cause"
    );
    let e = load_err(&t);
    let LoadError::Invalid(problems) = &e else {
        panic!("expected Invalid, got {e:?}");
    };
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].path, "nodes");
    assert_eq!(problems[0].id, None);
    assert!(
        e.to_string()
            .contains("nodes: 20001 nodes exceed the limit of 20000"),
        "{e}"
    );
    // Exactly at the limit is fine.
    let at_limit = json!({ "airlock": 1, "nodes": &doc["nodes"].as_array().unwrap()[1..] });
    from_value(at_limit).expect("20000 nodes load");
}

#[test]
fn a_file_larger_than_the_byte_limit_is_refused_before_parsing() {
    let mut t = text(&base());
    t.push_str(&" ".repeat(LIMITS.max_bytes + 1 - t.len()));
    let e = from_json(&t).unwrap_err();
    assert_eq!(
        e,
        LoadError::TooLarge {
            size: LIMITS.max_bytes + 1,
            limit: LIMITS.max_bytes
        }
    );
    assert!(e.to_string().contains("16777217 bytes"), "{e}");
    // Even when it is not JSON at all: the size is checked first.
    let junk = "x".repeat(LIMITS.max_bytes + 1);
    assert!(matches!(from_json(&junk), Err(LoadError::TooLarge { .. })));
    // One byte less is read normally.
    t.pop();
    from_json(&t).expect("exactly at the limit loads");
}

// ------------------------------------------------------------- suppressions

#[test]
fn a_suppression_without_a_reason() {
    for reason in ["", "   "] {
        let doc = with(|d| d["suppressions"][0]["reason"] = json!(reason));
        expect_invalid(
            &doc,
            &[(
                "suppressions[0].reason",
                Some("job->s3"),
                "a suppression needs a written reason",
            )],
        );
    }
}

#[test]
fn a_suppression_with_a_bad_rule_code() {
    let doc = with(|d| d["suppressions"][0]["rule"] = json!("egr5"));
    expect_invalid(
        &doc,
        &[(
            "suppressions[0].rule",
            Some("job->s3"),
            "`egr5` is not a rule code",
        )],
    );
}

// ------------------------------------------------------ several at once

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let doc = with(|d| {
        d["nodes"][5]["props"]["cidr"] = json!("10.1.0.0/16");
        d["nodes"][6]["parent"] = json!("vpc");
        d["flows"][3]["to"] = json!("ghost");
        d["suppressions"][0]["reason"] = json!("");
    });
    expect_invalid(
        &doc,
        &[
            ("nodes[5].props.cidr", Some("job"), "does not apply"),
            ("nodes[6].parent", Some("s3"), "cannot sit in a vpc"),
            ("flows[3].to", Some("job-s3"), "is not a node"),
            ("suppressions[0].reason", Some("job->s3"), "written reason"),
        ],
    );
    let e = load_err(&text(&doc));
    assert!(e.to_string().starts_with("4 problems: "), "{e}");
    assert_eq!(e.lines().len(), 4);
}

// ----------------------------------------------------------------- examples

#[test]
fn every_example_loads() {
    for (path, t) in examples() {
        if let Err(e) = from_json(&t) {
            panic!("{} does not load: {e}", path.display());
        }
    }
}

#[test]
fn examples_round_trip_through_to_json() {
    for (path, t) in examples() {
        let doc = from_json(&t).unwrap();
        let written = to_json(&doc);
        let again = from_json(&written)
            .unwrap_or_else(|e| panic!("{}: rewritten text does not load: {e}", path.display()));
        assert_eq!(doc, again, "{}", path.display());
        assert_eq!(
            to_json(&again),
            written,
            "{}: not a fixed point",
            path.display()
        );
        assert!(written.ends_with("}\n"));
    }
}

#[test]
fn from_value_gives_the_same_document_as_from_json() {
    for (path, t) in examples() {
        let a: Document = from_json(&t).unwrap();
        let b = from_value(serde_json::from_str(&t).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(a, b, "{}", path.display());
    }
}

#[test]
fn every_byte_prefix_of_an_example_is_a_syntax_error_not_a_panic() {
    let (path, t) = examples().into_iter().max_by_key(|(_, t)| t.len()).unwrap();
    let end = t.rfind('}').unwrap();
    let mut checked = 0;
    for cut in 0..=end {
        if !t.is_char_boundary(cut) {
            continue;
        }
        match from_json(&t[..cut]) {
            Err(LoadError::Syntax { line, column, .. }) => {
                assert!(line >= 1, "{}@{cut}: line 0", path.display());
                assert!(column <= t.len(), "{}@{cut}", path.display());
            }
            other => panic!("{} cut at {cut}: {other:?}", path.display()),
        }
        checked += 1;
    }
    assert!(checked > 1000, "checked only {checked} prefixes");
}

#[test]
fn every_seventh_prefix_of_every_example_loads_or_fails_without_panicking() {
    for (path, t) in examples() {
        let end = t.rfind('}').unwrap();
        for cut in (0..=end).step_by(7) {
            if !t.is_char_boundary(cut) {
                continue;
            }
            let result = from_json(&t[..cut]);
            assert!(
                matches!(result, Err(LoadError::Syntax { .. })),
                "{} cut at {cut}: {result:?}",
                path.display()
            );
        }
    }
}

#[test]
fn a_version_1_document_migrates_its_hops_into_routed_flows() {
    let v1 = with(|d| d["airlock"] = json!(1));
    let loaded = airlock::model::load(&text(&v1)).expect("version 1 loads");
    let routes: Vec<(String, Vec<String>, String)> = loaded
        .doc
        .flows
        .iter()
        .map(|f| (f.from.clone(), f.via.clone(), f.to.clone()))
        .collect();
    assert_eq!(
        routes,
        [
            ("pg".to_string(), vec!["vpn".to_string()], "job".to_string()),
            ("rds".into(), vec![], "job".into()),
            ("job".into(), vec![], "s3".into()),
        ]
    );
    assert_eq!(loaded.doc.flows[0].id, "pg-job");
    assert_eq!(
        loaded.doc.flows[0].only.as_deref(),
        Some(&["products".to_string()][..])
    );
    assert_eq!(loaded.doc.airlock, CURRENT_VERSION);
    assert_eq!(
        loaded.doc.suppressions[0].target, "job-s3",
        "the route suppression names the flow"
    );
    assert!(loaded.notes.is_empty(), "{:?}", loaded.notes);
}

#[test]
fn a_route_through_a_non_connectivity_node_or_twice_is_refused() {
    let doc = with(|d| d["flows"][2]["via"] = json!(["s3"]));
    expect_invalid(
        &doc,
        &[(
            "flows[2].via[0]",
            Some("rds-job"),
            "passes only connectivity nodes",
        )],
    );
    let doc = with(|d| {
        d["flows"][0]["to"] = json!("job");
        d["flows"][0]["via"] = json!(["vpn", "vpn"]);
    });
    expect_invalid(&doc, &[("flows[0].via[1]", Some("pg-vpn"), "twice")]);
    let doc = with(|d| d["flows"][0]["via"] = json!(["ghost"]));
    expect_invalid(
        &doc,
        &[("flows[0].via[0]", Some("pg-vpn"), "`ghost` is not a node")],
    );
}

// ------------------------------------------------------------------ languages

#[test]
fn load_errors_and_problems_are_said_in_korean_and_japanese() {
    let malformed = "{\n  \"airlock\": 2,\n  \"nodes\": [\n";
    let e = from_json(malformed).expect_err("not JSON");
    assert!(matches!(e, LoadError::Syntax { .. }), "{e:?}");
    let (line, column) = match &e {
        LoadError::Syntax { line, column, .. } => (*line, *column),
        _ => unreachable!(),
    };
    let detail = match &e {
        LoadError::Syntax { message, .. } => message.clone(),
        _ => unreachable!(),
    };
    assert_eq!(
        e.lines_in(Lang::En),
        [format!(
            "not valid JSON at line {line}, column {column}: {detail}"
        )]
    );
    assert_eq!(
        e.lines_in(Lang::Ko),
        [format!(
            "{line}행 {column}열: 올바른 JSON이 아닙니다: {detail}"
        )]
    );
    assert_eq!(
        e.lines_in(Lang::Ja),
        [format!(
            "{line} 行 {column} 列: 有効な JSON ではありません: {detail}"
        )]
    );

    let dangling = with(|d| {
        d["nodes"][0]["parent"] = json!("nowhere");
    });
    let e = load_err(&text(&dangling));
    let id = dangling["nodes"][0]["id"].as_str().unwrap().to_string();
    let first = |lang| e.lines_in(lang)[0].clone();
    assert_eq!(
        first(Lang::En),
        format!("nodes[0].parent (`{id}`): the parent `nowhere` is not a node")
    );
    assert_eq!(
        first(Lang::Ko),
        format!("nodes[0].parent (`{id}`): 부모 `nowhere`에 해당하는 노드가 없습니다")
    );
    assert_eq!(
        first(Lang::Ja),
        format!("nodes[0].parent (`{id}`): 親 `nowhere` というノードはありません")
    );

    // serde's own words stay, in a frame that names the place.
    let unknown = with(|d| d["nodes"][0]["kind"] = json!("lambda"));
    let e = from_json(&text(&unknown)).expect_err("an unknown kind");
    let ko = e.lines_in(Lang::Ko).join("\n");
    assert!(
        ko.starts_with(&format!(
            "nodes[0].kind (`{id}`): 문서 형식에 맞지 않습니다: unknown variant `lambda`"
        )),
        "{ko}"
    );
    assert!(ko.ends_with("열)"), "line and column: {ko}");
}

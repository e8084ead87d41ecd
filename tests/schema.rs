//! The shipped JSON Schema (`static/schema/airlock.schema.json`): generated
//! from the Rust types, never stale, accepting every example and rejecting
//! what the loader rejects for shape and property applicability.
//!
//! `BLESS=1 cargo test --test schema` rewrites the shipped file.

#![cfg(not(target_arch = "wasm32"))]

#[path = "common/documents.rs"]
mod documents;

use documents::root;

use airlock::model::{CATALOG, Kind, PropType, schema};
use serde_json::{Value, json};
use std::path::PathBuf;

fn shipped_path() -> PathBuf {
    root().join("static/schema/airlock.schema.json")
}

fn generated_text() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).expect("the schema serializes");
    text.push('\n');
    text
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema()).expect("the schema compiles")
}

/// The schema's complaints about `doc`, one line each.
fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_shipped_schema_is_up_to_date() {
    let generated = generated_text();
    let path = shipped_path();
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped == generated,
        "{} is stale or missing; regenerate it with `BLESS=1 cargo test --test schema`",
        path.display()
    );
}

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    let s = schema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["$id"], airlock::model::SCHEMA_ID);
    assert_eq!(s["title"], "Airlock document");
    if let Err(e) = jsonschema::meta::validate(&s) {
        panic!("the schema does not match its meta-schema: {e}");
    }
}

#[test]
fn every_example_is_valid_against_the_schema() {
    let v = validator();
    for path in documents::examples() {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let errs = errors(&v, &doc);
        assert!(errs.is_empty(), "{}: {errs:#?}", path.display());
    }
}

/// A small valid document to break in one place at a time.
fn base() -> Value {
    json!({
        "airlock": 2,
        "nodes": [
            { "id": "vpc", "kind": "vpc", "props": { "cidr": "10.0.0.0/16" } },
            { "id": "priv", "kind": "private-subnet", "parent": "vpc" },
            { "id": "job", "kind": "glue-job", "parent": "priv", "props": { "security_group": "sg-1" } },
            { "id": "s3", "kind": "s3-bucket", "props": { "datasets": [{ "name": "t", "sensitive": true }] } }
        ],
        "flows": [ { "id": "f1", "from": "s3", "to": "job", "transport": "tls" } ]
    })
}

#[test]
fn the_base_document_is_valid_for_schema_and_loader() {
    assert!(errors(&validator(), &base()).is_empty());
    airlock::model::from_value(base()).expect("the loader accepts it");
}

#[test]
fn broken_documents_are_rejected_by_the_schema_and_the_loader() {
    let v = validator();
    type Break = fn(&mut Value);
    let cases: [(&str, Break, &str); 11] = [
        (
            "missing airlock",
            |d| {
                d.as_object_mut().unwrap().remove("airlock");
            },
            "",
        ),
        ("airlock 3", |d| d["airlock"] = json!(3), "/airlock"),
        (
            "a route through a store",
            |d| d["flows"][0]["via"] = json!([7]),
            "/flows/0/via/0",
        ),
        (
            "unknown kind",
            |d| d["nodes"][2]["kind"] = json!("lambda"),
            "/nodes/2/kind",
        ),
        (
            "unknown top-level field",
            |d| d["colour"] = json!("red"),
            "",
        ),
        (
            "unknown node field",
            |d| d["nodes"][0]["colour"] = json!("red"),
            "/nodes/0",
        ),
        (
            "prop that does not apply to the kind",
            |d| d["nodes"][2]["props"]["cidr"] = json!("10.0.0.0/16"),
            "/nodes/2/props",
        ),
        (
            "prop on a kind that has none",
            |d| d["nodes"][1]["props"] = json!({ "region": "eu-west-1" }),
            "/nodes/1/props",
        ),
        (
            "wrong type: coordinate",
            |d| d["nodes"][0]["x"] = json!("ten"),
            "/nodes/0/x",
        ),
        (
            "wrong type: boolean prop",
            |d| d["nodes"][3]["props"]["require_secure_transport"] = json!("yes"),
            "/nodes/3/props/require_secure_transport",
        ),
        (
            "bad id",
            |d| d["flows"][0]["id"] = json!("f 1"),
            "/flows/0/id",
        ),
    ];
    for (name, break_it, at) in cases {
        let mut doc = base();
        break_it(&mut doc);
        let errs = errors(&v, &doc);
        assert!(!errs.is_empty(), "{name}: the schema accepts it");
        assert!(
            errs.iter().any(|e| e.starts_with(&format!("{at}: "))),
            "{name}: no error at `{at}`: {errs:#?}"
        );
        assert!(
            airlock::model::from_value(doc).is_err(),
            "{name}: the loader accepts it"
        );
    }
}

fn sample(ty: PropType) -> Value {
    match ty {
        PropType::Bool => json!(true),
        PropType::Text => json!("eu-west-1"),
        PropType::Count => json!(2),
        PropType::List => json!(["10.0.0.0/8"]),
        PropType::Datasets => json!([{ "name": "t" }]),
        PropType::Choice(choices) => json!(choices[0]),
        PropType::NodeRef(_) => json!("conn"),
    }
}

/// The schema and the catalog agree on every (kind, property) pair.
#[test]
fn property_applicability_matches_the_catalog_for_every_kind() {
    let v = validator();
    for kind in Kind::ALL {
        for spec in CATALOG {
            let doc = json!({
                "airlock": 2,
                "nodes": [{
                    "id": "n",
                    "kind": kind.as_str(),
                    "props": { spec.key: sample(spec.ty) }
                }]
            });
            let errs = errors(&v, &doc);
            assert_eq!(
                errs.is_empty(),
                spec.applies_to(kind),
                "{} on a {kind}: {errs:#?}",
                spec.key
            );
        }
    }
}

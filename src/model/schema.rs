//! The JSON Schema of a document, generated from the Rust types and then
//! tightened where serde attributes cannot say what the loader checks:
//! which properties apply to which kind (from [`CATALOG`]), the format
//! version, the id syntax and the label length.
//!
//! The shipped copy is `static/schema/airlock.schema.json`; `tests/schema.rs`
//! fails when it is stale (`BLESS=1 cargo test --test schema` rewrites it).

use super::load::{CURRENT_VERSION, LIMITS};
use super::{CATALOG, Document, Kind};
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

/// Where the schema says it lives. Not a network address: editors map it
/// to the shipped file, and every `$ref` inside is local.
pub const SCHEMA_ID: &str = "urn:airlock:schema:document";

/// The JSON Schema (draft 2020-12) of the documents this build writes.
/// Deterministic: keys are sorted, so the same build gives the same text.
pub fn schema() -> Value {
    let generator = SchemaSettings::draft2020_12()
        .for_deserialize()
        .into_generator();
    let mut root = generator.into_root_schema_for::<Document>().to_value();
    let top = root.as_object_mut().expect("the root schema is an object");
    top.insert("$id".into(), SCHEMA_ID.into());
    top.insert("title".into(), "Airlock document".into());
    top.insert(
        "description".into(),
        format!(
            "A data-pipeline design checked by Airlock, format version {CURRENT_VERSION}: \
             nodes sit in zones through `parent`, flows connect nodes, requirements say what \
             the design must guarantee and suppressions accept findings with a reason."
        )
        .into(),
    );

    // The format version: this schema describes exactly the current one.
    *field(top, "airlock") = json!({
        "description": "The format version this document was written in.",
        "type": "integer",
        "const": CURRENT_VERSION,
    });

    let id = json!({
        "type": "string",
        "pattern": format!("^[A-Za-z0-9_.:-]{{1,{}}}$", LIMITS.max_id_chars),
    });
    let defs = top
        .get_mut("$defs")
        .and_then(Value::as_object_mut)
        .expect("the schema has $defs");
    for def in ["Node", "Flow"] {
        let def = defs
            .get_mut(def)
            .and_then(Value::as_object_mut)
            .unwrap_or_else(|| panic!("$defs has {def}"));
        merge(field(def, "id"), &id);
        merge(
            field(def, "label"),
            &json!({ "maxLength": LIMITS.max_label_chars }),
        );
    }
    let node = defs
        .get_mut("Node")
        .and_then(Value::as_object_mut)
        .expect("$defs has Node");
    node.insert("allOf".into(), Value::Array(props_by_kind()));

    sorted(root)
}

/// One `if kind is K then props may only have the keys that apply to K`
/// per kind, so the schema rejects `cidr` on a `glue-job` as the loader does.
fn props_by_kind() -> Vec<Value> {
    Kind::ALL
        .iter()
        .map(|&kind| {
            let keys: Vec<&str> = CATALOG
                .iter()
                .filter(|p| p.applies_to(kind))
                .map(|p| p.key)
                .collect();
            let props = if keys.is_empty() {
                json!({ "maxProperties": 0 })
            } else {
                json!({ "propertyNames": { "enum": keys } })
            };
            json!({
                "if": {
                    "properties": { "kind": { "const": kind.as_str() } },
                    "required": ["kind"],
                },
                "then": { "properties": { "props": props } },
            })
        })
        .collect()
}

/// The schema of property `name` of an object schema.
fn field<'a>(object: &'a mut Map<String, Value>, name: &str) -> &'a mut Value {
    object
        .get_mut("properties")
        .and_then(|p| p.get_mut(name))
        .unwrap_or_else(|| panic!("the schema has a property `{name}`"))
}

/// Adds the keys of `extra` to the object schema `target`.
fn merge(target: &mut Value, extra: &Value) {
    let target = target.as_object_mut().expect("an object schema");
    for (k, v) in extra.as_object().expect("an object") {
        target.insert(k.clone(), v.clone());
    }
}

/// `value` with every object's keys in sorted order, whether or not
/// serde_json preserves insertion order in this build.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_gets_one_applicability_clause() {
        let s = schema();
        let clauses = s["$defs"]["Node"]["allOf"].as_array().unwrap();
        assert_eq!(clauses.len(), Kind::ALL.len());
        let vpc = clauses
            .iter()
            .find(|c| c["if"]["properties"]["kind"]["const"] == "vpc")
            .unwrap();
        assert_eq!(
            vpc["then"]["properties"]["props"]["propertyNames"]["enum"],
            json!(["region", "cidr"])
        );
    }
}

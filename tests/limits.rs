//! Every limit of `model::LIMITS`, reached: a load error whose message names
//! the limit and its value, at the element that exceeds it; exactly at the
//! limit, the document loads. The documents are built here, not shipped.

#![cfg(not(target_arch = "wasm32"))]

use airlock::model::{LIMITS, LoadError, from_json};
use serde_json::{Value, json};

/// A valid document with a store, a Glue job, an RDS database and a flow,
/// to grow one part of at a time. Node indices: 0 region, 1 vpc, 2 priv,
/// 3 rds, 4 job, 5 s3; flow 0 rds-job.
fn base() -> Value {
    json!({
        "airlock": 2,
        "title": "Limits",
        "nodes": [
            { "id": "region", "kind": "aws-region" },
            { "id": "vpc", "kind": "vpc", "parent": "region" },
            { "id": "priv", "kind": "private-subnet", "parent": "vpc" },
            { "id": "rds", "kind": "rds-instance", "parent": "priv",
              "props": { "datasets": [{ "name": "orders" }], "security_group_sources": ["sg-a"] } },
            { "id": "job", "kind": "glue-job", "parent": "region" },
            { "id": "s3", "kind": "s3-bucket", "parent": "region" }
        ],
        "flows": [{ "id": "rds-job", "from": "rds", "to": "job", "only": ["orders"] }],
        "suppressions": [{ "rule": "EGR005", "target": "job->s3", "reason": "Reviewed" }]
    })
}

fn with(change: impl FnOnce(&mut Value)) -> String {
    let mut doc = base();
    change(&mut doc);
    serde_json::to_string(&doc).expect("a value serializes")
}

/// The one problem a document has, as the user sees it.
fn error(text: &str) -> String {
    let e = from_json(text).expect_err("over a limit");
    assert_eq!(e.lines().len(), 1, "one problem: {e}");
    e.to_string()
}

fn loads(text: &str) {
    if let Err(e) = from_json(text) {
        panic!("exactly at the limit loads: {e}");
    }
}

/// Puts a text into one field of a document.
type SetText = fn(&mut Value, &str);

fn assert_names(message: &str, needle: &str) {
    assert!(message.contains(needle), "{message:?} names {needle:?}");
}

#[test]
fn the_base_document_loads() {
    loads(&with(|_| {}));
}

#[test]
fn file_size() {
    let doc = with(|_| {});
    let mut over = doc.clone();
    over.push_str(&" ".repeat(LIMITS.max_bytes + 1 - doc.len()));
    let e = from_json(&over).expect_err("too large");
    assert!(matches!(e, LoadError::TooLarge { .. }));
    assert_eq!(
        e.to_string(),
        format!(
            "the document is {} bytes, over the size limit of {} bytes",
            LIMITS.max_bytes + 1,
            LIMITS.max_bytes
        )
    );
    over.pop();
    loads(&over);
}

#[test]
fn node_count() {
    let nodes = |n: usize| -> Value {
        (0..n)
            .map(|i| json!({ "id": format!("n{i}"), "kind": "internet" }))
            .collect()
    };
    let e = error(&with(|d| d["nodes"] = nodes(LIMITS.max_nodes + 1)));
    assert_eq!(
        e,
        format!(
            "1 problem: nodes: {} nodes exceed the limit of {} nodes",
            LIMITS.max_nodes + 1,
            LIMITS.max_nodes
        )
    );
    loads(&with(|d| {
        d["nodes"] = nodes(LIMITS.max_nodes);
        d["flows"] = json!([]);
        d["suppressions"] = json!([]);
    }));
}

#[test]
fn flow_count() {
    let flows = |n: usize| -> Value {
        (0..n)
            .map(|i| json!({ "id": format!("f{i}"), "from": "job", "to": "s3" }))
            .collect()
    };
    let e = error(&with(|d| d["flows"] = flows(LIMITS.max_flows + 1)));
    assert_eq!(
        e,
        format!(
            "1 problem: flows: {} flows exceed the limit of {} flows",
            LIMITS.max_flows + 1,
            LIMITS.max_flows
        )
    );
    loads(&with(|d| d["flows"] = flows(LIMITS.max_flows)));
}

#[test]
fn label_length_of_nodes_flows_and_dataset_names() {
    let limit = LIMITS.max_label_chars;
    // Characters, not bytes: `é` is two bytes.
    let long = "é".repeat(limit + 1);
    let fits = "é".repeat(limit);
    let cases: [(&str, SetText, &str); 3] = [
        (
            "nodes[4].label (`job`)",
            |d, s| d["nodes"][4]["label"] = json!(s),
            "the label is longer than the limit of 200 characters",
        ),
        (
            "flows[0].label (`rds-job`)",
            |d, s| d["flows"][0]["label"] = json!(s),
            "the label is longer than the limit of 200 characters",
        ),
        (
            "nodes[3].props.datasets[0].name (`rds`)",
            |d, s| d["nodes"][3]["props"]["datasets"][0]["name"] = json!(s),
            "the dataset name is longer than the limit of 200 characters",
        ),
    ];
    for (at, set, message) in cases {
        let e = error(&with(|d| {
            set(d, &long);
            d["flows"][0]["only"] = json!([]);
        }));
        assert_eq!(e, format!("1 problem: {at}: {message}"));
        loads(&with(|d| {
            set(d, &fits);
            d["flows"][0]["only"] = json!([]);
        }));
    }
}

#[test]
fn id_length() {
    let limit = LIMITS.max_id_chars;
    for (node, flow) in [
        ("x".repeat(limit + 1), "f"),
        ("n".into(), &*"y".repeat(limit + 1)),
    ] {
        let e = error(&with(|d| {
            d["nodes"][5]["id"] = json!(node);
            d["flows"][0]["id"] = json!(flow);
            d["suppressions"] = json!([]);
        }));
        assert_names(&e, "the id is longer than the limit of 128 characters");
    }
    loads(&with(|d| {
        d["nodes"][5]["id"] = json!("x".repeat(limit));
        d["flows"][0]["id"] = json!("y".repeat(limit));
    }));
}

#[test]
fn nesting_depth() {
    // Zones can only nest three deep where they belong (Region, VPC,
    // subnet), so the depth limit is reached by misplaced zones: a chain of
    // VPCs, each inside the one before, one deeper than the limit.
    let depth = LIMITS.max_depth + 1;
    let mut nodes = vec![json!({ "id": "v0", "kind": "aws-region" })];
    for i in 1..=depth {
        nodes
            .push(json!({ "id": format!("v{i}"), "kind": "vpc", "parent": format!("v{}", i - 1) }));
    }
    let text = serde_json::to_string(&json!({ "airlock": 1, "nodes": nodes })).unwrap();
    let LoadError::Invalid(problems) = from_json(&text).expect_err("too deep") else {
        panic!("a validation error");
    };
    let deep: Vec<_> = problems
        .iter()
        .filter(|p| {
            p.message
                .to_string()
                .contains("nested deeper than the limit of 8 zones")
        })
        .collect();
    assert_eq!(deep.len(), 1, "{problems:#?}");
    assert_eq!(deep[0].path, format!("nodes[{depth}].parent"));
}

#[test]
fn datasets_per_store_and_per_selection() {
    let limit = LIMITS.max_datasets_per_store;
    let names = |n: usize| -> Vec<String> { (0..n).map(|i| format!("t{i}")).collect() };
    let datasets = |n: usize| -> Value {
        names(n)
            .into_iter()
            .map(|name| json!({ "name": name }))
            .collect()
    };
    let e = error(&with(|d| {
        d["nodes"][3]["props"]["datasets"] = datasets(limit + 1);
        d["flows"][0]["only"] = json!(["t0"]);
    }));
    assert_eq!(
        e,
        format!(
            "1 problem: nodes[3].props.datasets (`rds`): {} datasets exceed the limit of {limit} datasets per store",
            limit + 1
        )
    );
    // A selection names at most as many datasets as a store may hold.
    let e = error(&with(|d| {
        d["nodes"][3]["props"]["datasets"] = datasets(limit);
        d["flows"][0]["only"] = json!(
            names(limit)
                .into_iter()
                .cycle()
                .take(limit + 1)
                .collect::<Vec<_>>()
        );
    }));
    assert_eq!(
        e,
        format!(
            "1 problem: flows[0].only (`rds-job`): {} names exceed the limit of {limit} datasets per selection",
            limit + 1
        )
    );
    loads(&with(|d| {
        d["nodes"][3]["props"]["datasets"] = datasets(limit);
        d["flows"][0]["only"] = json!(names(limit));
    }));
}

#[test]
fn list_items() {
    let limit = LIMITS.max_list_items;
    let sgs = |n: usize| -> Value { (0..n).map(|i| json!(format!("sg-{i}"))).collect() };
    let e = error(&with(|d| {
        d["nodes"][3]["props"]["security_group_sources"] = sgs(limit + 1);
    }));
    assert_eq!(
        e,
        format!(
            "1 problem: nodes[3].props.security_group_sources (`rds`): {} entries exceed the limit of {limit} entries per list",
            limit + 1
        )
    );
    loads(&with(|d| {
        d["nodes"][3]["props"]["security_group_sources"] = sgs(limit)
    }));
}

#[test]
fn suppression_count() {
    let limit = LIMITS.max_suppressions;
    let suppressions = |n: usize| -> Value {
        (0..n)
            .map(|i| json!({ "rule": "EGR005", "target": format!("t{i}"), "reason": "r" }))
            .collect()
    };
    let e = error(&with(|d| d["suppressions"] = suppressions(limit + 1)));
    assert_eq!(
        e,
        format!(
            "1 problem: suppressions: {} suppressions exceed the limit of {limit} suppressions",
            limit + 1
        )
    );
    loads(&with(|d| d["suppressions"] = suppressions(limit)));
}

#[test]
fn title_description_reason_schema_and_target_length() {
    let cases: [(usize, SetText, &str); 5] = [
        (
            LIMITS.max_title_chars,
            |d, s| d["title"] = json!(s),
            "title: the title is longer than the limit of 200 characters",
        ),
        (
            LIMITS.max_description_chars,
            |d, s| d["description"] = json!(s),
            "description: the description is longer than the limit of 4000 characters",
        ),
        (
            LIMITS.max_reason_chars,
            |d, s| d["suppressions"][0]["reason"] = json!(s),
            "suppressions[0].reason (`job->s3`): the reason is longer than the limit of 2000 characters",
        ),
        (
            LIMITS.max_schema_chars,
            |d, s| d["$schema"] = json!(s),
            "$schema: the $schema address is longer than the limit of 2048 characters",
        ),
        (
            // The target is not repeated in the error: it may be huge.
            2 * LIMITS.max_id_chars + 2,
            |d, s| d["suppressions"][0]["target"] = json!(s),
            "suppressions[0].target: the target is longer than the limit of 258 characters (a target is an id, or two joined by `->`)",
        ),
    ];
    for (limit, set, message) in cases {
        let e = error(&with(|d| set(d, &"é".repeat(limit + 1))));
        assert_eq!(e, format!("1 problem: {message}"));
        loads(&with(|d| set(d, &"é".repeat(limit))));
    }
}

#[test]
fn route_length() {
    // A chain of transit gateways: exactly at the limit loads, one more does not.
    let route = |n: usize| {
        with(|d| {
            let nodes = d["nodes"].as_array_mut().unwrap();
            for i in 0..=LIMITS.max_route_nodes {
                nodes.push(json!({ "id": format!("tgw{i}"), "kind": "transit-gateway" }));
            }
            d["flows"][0]["via"] = json!((0..n).map(|i| format!("tgw{i}")).collect::<Vec<_>>());
        })
    };
    loads(&route(LIMITS.max_route_nodes));
    let message = error(&route(LIMITS.max_route_nodes + 1));
    assert_names(&message, "flows[0].via");
    assert_names(
        &message,
        &format!("limit of {} per route", LIMITS.max_route_nodes),
    );
}

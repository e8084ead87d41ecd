//! The page-script API (`src/api.rs`, `window.Airlock` in the app), run in
//! headless Chromium by wasm-bindgen-test:
//! `cargo test --target wasm32-unknown-unknown --test api`. Documents are
//! real JS objects made by `JSON.parse`, as a page script would pass them.

#![cfg(target_arch = "wasm32")]

use airlock::api;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const DMS_OVER_SSL: &str =
    include_str!("../static/examples/dms-over-ssl-where-ipsec-required.json");
const GLUE_OVER_VPN: &str =
    include_str!("../static/examples/glue-selects-non-sensitive-tables-over-vpn.json");

fn parse(text: &str) -> JsValue {
    js_sys::JSON::parse(text).expect("valid JSON")
}

/// A JS value (as the API returns it) as JSON, to assert on.
fn json(value: &JsValue) -> serde_json::Value {
    serde_wasm_bindgen::from_value(value.clone()).expect("a JSON-like value")
}

fn finding_ids(report: &JsValue) -> Vec<String> {
    json(report)["findings"]
        .as_array()
        .expect("a findings array")
        .iter()
        .map(|f| f["id"].as_str().expect("a string id").to_string())
        .collect()
}

/// The message of the JS `Error` an API call threw.
fn message(error: wasm_bindgen::JsError) -> String {
    let value = JsValue::from(error);
    let error: js_sys::Error = value.dyn_into().expect("a JS Error");
    String::from(error.message())
}

#[wasm_bindgen_test]
fn check_gives_the_exact_findings_of_two_examples() {
    let report = api::check(parse(DMS_OVER_SSL), None).expect("the example loads");
    assert_eq!(finding_ids(&report), ["ENC001@pg-dms"]);

    let report = api::check(parse(GLUE_OVER_VPN), None).expect("the example loads");
    assert_eq!(finding_ids(&report), Vec::<String>::new());
}

#[wasm_bindgen_test]
fn the_report_is_plain_objects_with_the_json_fields() {
    let report = api::check(parse(DMS_OVER_SSL), None).expect("the example loads");
    assert!(
        !report.is_instance_of::<js_sys::Map>(),
        "an object, not a Map"
    );
    let report = json(&report);
    let finding = &report["findings"][0];
    assert_eq!(finding["code"], "ENC001");
    assert_eq!(finding["family"], "encryption");
    assert!(finding["nodes"].as_array().is_some_and(|n| !n.is_empty()));
    assert!(report["rules_run"].as_u64().is_some_and(|n| n > 0));
    assert!(report["skipped"].is_array());
}

#[wasm_bindgen_test]
fn check_json_reads_text_like_check_reads_objects() {
    let from_text = api::check_json(DMS_OVER_SSL, None).expect("the example loads");
    let from_object = api::check(parse(DMS_OVER_SSL), None).expect("the example loads");
    assert_eq!(json(&from_text), json(&from_object));

    let error = message(api::check_json("{\"airlock\": 1,", None).expect_err("not JSON"));
    assert!(error.contains("line 1"), "{error}");
}

#[wasm_bindgen_test]
fn a_broken_document_throws_an_error_naming_the_path_and_id() {
    let broken = parse(r#"{"airlock": 1, "nodes": [{"id": "x", "kind": "nope"}]}"#);
    let error = message(api::check(broken, None).expect_err("an unknown kind"));
    assert!(error.contains("nodes[0].kind"), "{error}");
    assert!(error.contains("`x`"), "{error}");
}

#[wasm_bindgen_test]
fn every_problem_of_an_invalid_document_is_one_line() {
    // Two flows between nodes that do not exist: two validation problems.
    let broken = parse(
        r#"{"airlock": 1, "flows": [
            {"id": "f1", "from": "a", "to": "b"},
            {"id": "f2", "from": "c", "to": "d"}
        ]}"#,
    );
    let error = message(api::check(broken, None).expect_err("dangling flows"));
    let lines: Vec<&str> = error.lines().collect();
    assert!(lines.len() >= 2, "{error}");
    assert!(lines.iter().any(|l| l.contains("`f1`")), "{error}");
    assert!(lines.iter().any(|l| l.contains("`f2`")), "{error}");
}

#[wasm_bindgen_test]
fn not_a_document_throws_rather_than_panics() {
    for value in [
        JsValue::UNDEFINED,
        JsValue::from_str("{}"),
        parse("[1]"),
        parse("{}"),
    ] {
        let error = message(api::check(value, None).expect_err("not a document"));
        assert!(!error.is_empty());
    }
    let newer = parse(r#"{"airlock": 99}"#);
    let error = message(api::check(newer, None).expect_err("a newer format"));
    assert!(error.contains("newer"), "{error}");
}

#[wasm_bindgen_test]
fn report_renders_the_command_line_formats() {
    let text =
        api::report(parse(DMS_OVER_SSL), "text", Some("dms.json".into()), None).expect("text");
    assert!(text.starts_with("dms.json\n"), "{text}");
    assert!(text.contains("ENC001@pg-dms"), "{text}");

    let json_report: serde_json::Value =
        serde_json::from_str(&api::report(parse(DMS_OVER_SSL), "json", None, None).expect("json"))
            .expect("valid JSON");
    assert_eq!(json_report["files"][0]["path"], "document.json");
    assert_eq!(
        json_report["files"][0]["findings"][0]["id"],
        "ENC001@pg-dms"
    );

    // From text, SARIF points at the line where the path's first node is declared.
    let sarif: serde_json::Value = serde_json::from_str(
        &api::report(JsValue::from_str(DMS_OVER_SSL), "sarif", None, None).expect("sarif"),
    )
    .expect("valid JSON");
    assert_eq!(sarif["version"], "2.1.0");
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "ENC001");
    let line = result["locations"][0]["physicalLocation"]["region"]["startLine"]
        .as_u64()
        .expect("a line");
    let declared = DMS_OVER_SSL
        .lines()
        .position(|l| l.contains(r#""id": "pg""#))
        .expect("pg is declared") as u64
        + 1;
    assert_eq!(line, declared);

    let markdown = api::report(parse(GLUE_OVER_VPN), "markdown", None, None).expect("markdown");
    assert!(
        markdown.starts_with("**document.json**: 0 findings"),
        "{markdown}"
    );

    let error =
        message(api::report(parse(GLUE_OVER_VPN), "html", None, None).expect_err("no html"));
    assert!(error.contains("\"html\""), "{error}");
}

#[wasm_bindgen_test]
fn rules_lists_the_catalog_in_code_order() {
    let rules = json(&api::rules(None).expect("the catalog"));
    let rules = rules.as_array().expect("an array");
    assert_eq!(rules.len(), airlock::check::RULES.len());
    for (rule, expected) in rules.iter().zip(airlock::check::RULES) {
        assert_eq!(rule["code"], expected.code);
        for field in ["name", "title", "family", "severity", "why", "fix"] {
            assert!(
                rule[field].as_str().is_some_and(|s| !s.is_empty()),
                "{} has no {field}",
                expected.code
            );
        }
    }
    assert_eq!(api::format_version(), airlock::model::CURRENT_VERSION);
}

#[wasm_bindgen_test]
fn a_deeply_nested_object_is_refused_not_a_crash() {
    // 100,000 levels: walking it recursively would overflow the stack.
    let mut value = JsValue::from(1);
    for _ in 0..100_000 {
        let outer = js_sys::Object::new();
        js_sys::Reflect::set(&outer, &"a".into(), &value).unwrap();
        value = outer.into();
    }
    let doc = js_sys::Object::new();
    js_sys::Reflect::set(&doc, &"airlock".into(), &JsValue::from(1)).unwrap();
    js_sys::Reflect::set(&doc, &"title".into(), &value).unwrap();
    let error = message(api::check(doc.into(), None).unwrap_err());
    assert!(
        error.contains("nested too deeply") || error.contains("recursion limit"),
        "{error}"
    );
    // And the module still works.
    let ok = api::check(
        parse(include_str!(
            "../static/examples/glue-selects-non-sensitive-tables-over-vpn.json"
        )),
        None,
    )
    .unwrap();
    assert!(finding_ids(&ok).is_empty());
}

#[wasm_bindgen_test]
fn report_speaks_the_language_the_options_name() {
    let options = |lang: &str| {
        let o = js_sys::Object::new();
        js_sys::Reflect::set(&o, &"lang".into(), &lang.into()).expect("an options object");
        Some(o)
    };
    let english: serde_json::Value =
        serde_json::from_str(&api::report(parse(DMS_OVER_SSL), "json", None, None).expect("json"))
            .expect("JSON");
    for lang in ["ko", "ja"] {
        let report = api::report(parse(DMS_OVER_SSL), "json", None, options(lang)).expect("json");
        let v: serde_json::Value = serde_json::from_str(&report).expect("JSON");
        let (f, e) = (
            &v["files"][0]["findings"][0],
            &english["files"][0]["findings"][0],
        );
        assert_eq!(f["id"], e["id"], "{lang}");
        assert_ne!(f["message"], e["message"], "{lang}");
        let sarif = api::report(parse(DMS_OVER_SSL), "sarif", None, options(lang)).expect("sarif");
        let v: serde_json::Value = serde_json::from_str(&sarif).expect("SARIF");
        assert_eq!(v["runs"][0]["language"], lang);
    }
    let error = message(
        api::report(parse(DMS_OVER_SSL), "text", None, options("fr")).expect_err("no French"),
    );
    assert!(error.contains("unknown language"), "{error}");
}

const DRAWIO_SVG: &str = include_str!("fixtures/drawio/bastion-tunnel-architecture.drawio.svg");
const DRAWIO_PNG: &[u8] = include_bytes!("fixtures/drawio/asea-workload.drawio.png");

#[wasm_bindgen_test]
fn import_drawio_gives_the_document_and_what_it_did_not_understand() {
    let imported = api::import_drawio(JsValue::from_str(DRAWIO_SVG), JsValue::UNDEFINED)
        .expect("the diagram imports");
    let value = json(&imported);
    assert_eq!(value["page"], "ページ1");
    assert_eq!(value["doc"]["nodes"].as_array().unwrap().len(), 5);
    assert_eq!(value["notUnderstood"].as_array().unwrap().len(), 14);
    // The document checks as it is.
    let doc = js_sys::Reflect::get(&imported, &JsValue::from_str("doc")).unwrap();
    assert_eq!(
        finding_ids(&api::check(doc, None).unwrap()),
        Vec::<String>::new()
    );

    // A mapping by style key brings the unknown shape in.
    let options = parse(r#"{"map": {"mxgraph.aws4.fargate": "ec2-instance"}, "page": 1}"#);
    let value = json(&api::import_drawio(JsValue::from_str(DRAWIO_SVG), options).unwrap());
    assert_eq!(value["doc"]["nodes"].as_array().unwrap().len(), 6);
    assert_eq!(value["doc"]["flows"].as_array().unwrap().len(), 2);

    // PNG bytes as a Uint8Array.
    let bytes = js_sys::Uint8Array::from(DRAWIO_PNG);
    let value = json(&api::import_drawio(bytes.into(), JsValue::UNDEFINED).unwrap());
    assert_eq!(value["doc"]["nodes"].as_array().unwrap().len(), 11);
}

#[wasm_bindgen_test]
fn import_drawio_errors_name_the_problem() {
    let e = api::import_drawio(JsValue::from_str("<html/>"), JsValue::UNDEFINED).unwrap_err();
    assert_eq!(
        message(e),
        "not a draw.io diagram: the XML's root is <html>, not <mxfile> or <mxGraphModel>"
    );
    let options = parse(r#"{"map": {"x": "nope"}}"#);
    let e = api::import_drawio(JsValue::from_str(DRAWIO_SVG), options).unwrap_err();
    assert_eq!(
        message(e),
        "importDrawio options: `nope` (for `x`) is not a kind"
    );
}

#[wasm_bindgen_test]
fn export_drawio_reads_back_with_the_same_findings() {
    let text = api::export_drawio(parse(DMS_OVER_SSL)).expect("exports");
    let imported = api::import_drawio(JsValue::from_str(&text), JsValue::UNDEFINED).unwrap();
    let doc = js_sys::Reflect::get(&imported, &JsValue::from_str("doc")).unwrap();
    assert_eq!(
        finding_ids(&api::check(doc, None).unwrap()),
        ["ENC001@pg-dms"]
    );
}

#[wasm_bindgen_test]
fn check_and_rules_speak_the_language_the_options_name() {
    let ko = || {
        let o = js_sys::Object::new();
        js_sys::Reflect::set(&o, &"lang".into(), &"ko".into()).expect("an options object");
        Some(o)
    };
    let en = json(&api::check(parse(DMS_OVER_SSL), None).expect("the example loads"));
    let report = json(&api::check(parse(DMS_OVER_SSL), ko()).expect("the example loads"));
    assert_eq!(report["findings"][0]["id"], en["findings"][0]["id"]);
    assert_ne!(
        report["findings"][0]["message"],
        en["findings"][0]["message"]
    );
    let broken = parse(
        r#"{"airlock": 2, "nodes": [{"id": "a", "kind": "s3-bucket", "x": 0, "y": 0}], "flows": [{"id": "f", "from": "a", "to": "b"}]}"#,
    );
    let error = message(api::check(broken, ko()).expect_err("a dangling flow"));
    assert_eq!(error, "flows[0].to (`f`): `b`에 해당하는 노드가 없습니다");
    let rules = json(&api::rules(ko()).expect("the catalog"));
    let english = json(&api::rules(None).expect("the catalog"));
    assert_eq!(rules[0]["code"], english[0]["code"]);
    assert_ne!(rules[0]["title"], english[0]["title"]);
}

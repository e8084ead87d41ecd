//! The browser gives byte-identical reports: every example, checked in
//! headless Chromium, renders exactly the golden report the native build
//! renders (`tests/fixtures/reports/`, pinned by `tests/reports.rs`):
//! `cargo test --target wasm32-unknown-unknown --test determinism`.

#![cfg(target_arch = "wasm32")]

use airlock::api;
use airlock::report::{self, Checked, Source};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// (name, the example's text, its golden report), embedded at build time.
macro_rules! examples {
    ($($name:literal),+ $(,)?) => {
        const EXAMPLES: &[(&str, &str, &str)] = &[$((
            $name,
            include_str!(concat!("../static/examples/", $name, ".json")),
            include_str!(concat!("fixtures/reports/", $name, ".json")),
        )),+];
    };
}

examples![
    "dms-over-ssl-where-ipsec-required",
    "endpoint-in-another-region",
    "flow-across-two-peerings",
    "glue-in-vpc-private-subnets",
    "glue-ingests-all-tables-then-filters",
    "glue-selects-non-sensitive-tables-over-vpn",
    "glue-to-s3-without-endpoint",
    "glue-writes-dynamodb-through-s3-endpoint",
    "glue-without-vpc-connection",
    "notebook-presigned-url-unrestricted",
    "onprem-to-s3-via-gateway-endpoint",
    "onprem-to-s3-via-interface-endpoint-over-vpn",
    "peered-vpcs-overlapping-cidrs",
    "rds-publicly-accessible",
    "rds-security-group-open",
    "replicate-all-tables-to-ec2-over-direct-connect-vpn",
    "sagemaker-private-isolated-restricted",
    "sagemaker-without-interface-endpoint",
    "training-data-over-peering-without-tls",
    "training-data-through-nat-without-tls",
    "training-hops-unencrypted-iam-at-rest-only",
    "training-with-tls-on-every-hop",
    "training-without-network-isolation",
];

fn path(name: &str) -> String {
    format!("static/examples/{name}.json")
}

/// The names of the examples whose output differs from the golden report.
fn differing(render: impl Fn(&str, &str) -> String) -> Vec<&'static str> {
    EXAMPLES
        .iter()
        .filter(|(name, text, golden)| render(name, text) != *golden)
        .map(|(name, _, _)| *name)
        .collect()
}

#[wasm_bindgen_test]
fn the_library_renders_the_golden_reports() {
    assert_eq!(EXAMPLES.len(), 23);
    let differ = differing(|name, text| {
        let doc = airlock::model::from_json(text).expect("the example loads");
        let report = airlock::check::run(&doc);
        report::json::render(&[Checked {
            path: &path(name),
            source: Source::Json(text),
            doc: &doc,
            report: &report,
        }])
    });
    assert!(
        differ.is_empty(),
        "differ from the golden reports: {differ:?}"
    );
}

#[wasm_bindgen_test]
fn the_page_script_api_renders_the_golden_reports_from_text_and_objects() {
    let from_text = differing(|name, text| {
        api::report(JsValue::from_str(text), "json", Some(path(name)), None).expect("a report")
    });
    assert!(from_text.is_empty(), "from text: {from_text:?}");
    let from_object = differing(|name, text| {
        let object = js_sys::JSON::parse(text).expect("valid JSON");
        api::report(object, "json", Some(path(name)), None).expect("a report")
    });
    assert!(from_object.is_empty(), "from objects: {from_object:?}");
}

//! Property-based fuzzing of the loader and the checker together: nothing
//! panics or hangs, whatever loads checks, and every report keeps the
//! invariants of `tests/fuzzing/invariants.rs`.
//!
//! - raw bytes, Unicode text, JSON token soup and byte-level mutations of
//!   the examples into `model::from_json`;
//! - JSON-shaped random values, and random mutations of valid documents'
//!   values, into `model::from_value` (which must agree with `from_json`
//!   on the same JSON);
//! - structurally valid documents (`tests/fuzzing/plan.rs`) that must load
//!   and check, then again with suppressions for some of their findings.
//!
//! `cargo test --test fuzz` runs a short pass (a few seconds); set
//! `PROPTEST_CASES` for a longer one, e.g. `PROPTEST_CASES=100000 cargo
//! test --release --test fuzz`. A failure prints the shrunk input; it then
//! becomes a plain test in `tests/fuzz_regressions.rs`. The coverage-guided
//! targets under `fuzz/` (cargo-fuzz) use the same plan and invariants.

#![cfg(not(target_arch = "wasm32"))]

#[path = "common/documents.rs"]
mod documents;

#[path = "fuzzing/mod.rs"]
mod fuzzing;

use airlock::model::{Document, LoadError, Suppression, from_json, from_value, to_json};
use arbitrary::{Arbitrary, Unstructured};
use fuzzing::invariants::{check_and_verify, render_sarif, verify};
use fuzzing::plan::{Plan, build};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::Value;
use std::sync::mpsc;
use std::time::Duration;

/// `PROPTEST_CASES` if set, else `default`.
fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        // Failures become tests in tests/fuzz_regressions.rs instead.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Longest any one case may take (in a debug build) before it counts as a hang.
const DEADLINE: Duration = Duration::from_secs(20);

/// Runs `f` on another thread; a panic or a case slower than [`DEADLINE`]
/// fails the case (a hung thread is left behind, the test fails).
fn guarded<T: Send + 'static>(
    what: &str,
    f: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Result<T, TestCaseError> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(DEADLINE) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(violation)) => Err(TestCaseError::fail(format!("{what}: {violation}"))),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(TestCaseError::fail(format!(
            "{what}: no answer within {DEADLINE:?} (a hang?)"
        ))),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(TestCaseError::fail(format!("{what}: panicked")))
        }
    }
}

/// A load error that can be shown: a message, one line per problem.
fn clean(e: &LoadError) -> Result<(), String> {
    let lines = e.lines();
    if e.to_string().is_empty() || lines.is_empty() || lines.iter().any(String::is_empty) {
        return Err(format!("an empty error message: {e:?}"));
    }
    Ok(())
}

/// Loads text; whatever loads is checked and verified.
fn load_and_check(text: String) -> Result<(), String> {
    match from_json(&text) {
        Ok(doc) => checked(&text, &doc),
        Err(e) => clean(&e),
    }
}

/// Checks and verifies a document loaded from `source`, and renders every
/// format.
fn checked(source: &str, doc: &Document) -> Result<(), String> {
    let report = check_and_verify(doc)?;
    render_sarif(source, doc, &report);
    Ok(())
}

/// The same error, ignoring where in the text it is (a value has no line).
fn without_position(e: &LoadError) -> LoadError {
    let mut e = e.clone();
    if let LoadError::Shape { line, column, .. } = &mut e {
        *line = 0;
        *column = 0;
    }
    e
}

/// `from_value` and `from_json` of the same JSON agree; what loads checks.
fn load_value_and_check(value: Value) -> Result<(), String> {
    let text = serde_json::to_string(&value).expect("a value serializes");
    let by_value = from_value(value);
    let by_text = from_json(&text);
    match (&by_value, &by_text) {
        (Ok(a), Ok(b)) => {
            if to_json(a) != to_json(b) {
                return Err("from_value and from_json load different documents".into());
            }
        }
        (Err(a), Err(b)) => {
            clean(a)?;
            clean(b)?;
            let agree = match (a, b) {
                // Both name a place in the document. With several wrong
                // fields each may meet a different one first (a value's
                // keys are sorted, text is read in order).
                (LoadError::Shape { .. }, LoadError::Shape { .. }) => true,
                _ => without_position(a) == without_position(b),
            };
            if !agree {
                return Err(format!("from_value says {a}\nfrom_json says {b}"));
            }
        }
        (a, b) => {
            return Err(format!(
                "from_value {} but from_json {}",
                a.as_ref()
                    .map_or_else(|e| format!("fails: {e}"), |_| "loads".into()),
                b.as_ref()
                    .map_or_else(|e| format!("fails: {e}"), |_| "loads".into()),
            ));
        }
    }
    match by_value {
        Ok(doc) => checked(&text, &doc),
        Err(_) => Ok(()),
    }
}

// ------------------------------------------------------------- strategies

/// The example documents' text, read once.
fn examples() -> &'static [String] {
    static EXAMPLES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    EXAMPLES.get_or_init(read_examples)
}

fn read_examples() -> Vec<String> {
    documents::examples()
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("an example"))
        .collect()
}

/// Bits of JSON and of the document format, to splice in.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    " ",
    "\n",
    "null",
    "true",
    "false",
    "0",
    "1",
    "-1",
    "1e999",
    "-0.0",
    "18446744073709551616",
    "\"airlock\"",
    "\"nodes\"",
    "\"flows\"",
    "\"id\"",
    "\"kind\"",
    "\"parent\"",
    "\"props\"",
    "\"from\"",
    "\"to\"",
    "\"only\"",
    "\"transport\"",
    "\"suppressions\"",
    "\"requirements\"",
    "\"vpc\"",
    "\"aws-region\"",
    "\"private-subnet\"",
    "\"glue-job\"",
    "\"s3-bucket\"",
    "\"site-to-site-vpn\"",
    "\"internet\"",
    "\"datasets\"",
    "\"cidr\"",
    "\"10.0.0.0/8\"",
    "\"tls\"",
    "\"x\"",
    "\"é\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
];

/// Random text shaped a little like JSON.
fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..80).prop_map(|t| t.concat())
}

#[derive(Clone, Debug)]
enum Edit {
    Flip(usize, u8),
    Delete(usize, usize),
    Insert(usize, &'static str),
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Edit::Flip(i, b)),
        (any::<usize>(), 1..40usize).prop_map(|(i, n)| Edit::Delete(i, n)),
        (any::<usize>(), prop::sample::select(TOKENS)).prop_map(|(i, t)| Edit::Insert(i, t)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for e in edits {
        let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
        match *e {
            Edit::Flip(i, b) if !bytes.is_empty() => {
                let i = i % bytes.len();
                bytes[i] = b;
            }
            Edit::Flip(..) => {}
            Edit::Delete(i, n) => {
                let i = at(i, bytes.len());
                let end = (i + n).min(bytes.len());
                bytes.drain(i..end);
            }
            Edit::Insert(i, t) => {
                let i = at(i, bytes.len());
                bytes.splice(i..i, t.bytes());
            }
            Edit::Truncate(i) => bytes.truncate(at(i, bytes.len())),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

const KEYS: &[&str] = &[
    "airlock",
    "$schema",
    "title",
    "description",
    "requirements",
    "nodes",
    "flows",
    "suppressions",
    "id",
    "kind",
    "label",
    "parent",
    "x",
    "y",
    "w",
    "h",
    "props",
    "from",
    "to",
    "transport",
    "only",
    "rule",
    "target",
    "reason",
    "region",
    "cidr",
    "datasets",
    "name",
    "sensitive",
    "connection",
    "security_group_sources",
    "instance_count",
    "cloud_transport",
    "in_transit_encryption",
    "no_internet_egress",
    "bogus",
];

const WORDS: &[&str] = &[
    "",
    "a",
    "b",
    "vpc",
    "aws-region",
    "vpc",
    "private-subnet",
    "public-subnet",
    "glue-job",
    "glue-connection",
    "s3-bucket",
    "rds-instance",
    "on-premises-network",
    "on-premises-database",
    "site-to-site-vpn",
    "vpc-peering",
    "internet",
    "nat-gateway",
    "tls",
    "ipsec",
    "none",
    "eu-west-1",
    "10.0.0.0/16",
    "0.0.0.0/0",
    "sg-a",
    "EGR001",
    "ENC002",
    "a->b",
    "customers",
    "é",
    "x y",
];

/// A JSON leaf: mostly words and numbers the format uses.
fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        prop::sample::select(&[0i64, 1, 2, -1, 99, 10_000_001, i64::MAX][..]).prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop::sample::select(&[0.5f64, -0.0, 1e300, 2.5e7][..]).prop_map(Value::from),
        prop::sample::select(WORDS).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ]
}

/// Any JSON value, with keys from the format.
fn json_value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map(prop::sample::select(KEYS), inner, 0..6).prop_map(|m| {
                Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

/// A top-level object that mostly has the current version.
fn document_value() -> impl Strategy<Value = Value> {
    (
        prop::option::weighted(0.9, Just(Value::from(1))),
        prop::collection::btree_map(prop::sample::select(KEYS), json_value(), 0..5),
    )
        .prop_map(|(version, rest)| {
            let mut map: serde_json::Map<String, Value> =
                rest.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
            if let Some(v) = version {
                map.insert("airlock".into(), v);
            }
            Value::Object(map)
        })
}

/// One part of a plan from random bytes, as `arbitrary` makes it for the
/// cargo-fuzz target.
fn part<T: for<'a> Arbitrary<'a> + std::fmt::Debug>(max_bytes: usize) -> impl Strategy<Value = T> {
    prop::collection::vec(any::<u8>(), 0..max_bytes).prop_map(|bytes| {
        T::arbitrary_take_rest(Unstructured::new(&bytes)).expect("any bytes make a part")
    })
}

/// A plan whose lists have sizes of proptest's choosing (from raw bytes,
/// `arbitrary` makes lists of one or two elements on average).
fn plan() -> impl Strategy<Value = Plan> {
    (
        any::<u8>(),
        any::<(bool, bool, u8, u8, bool)>(),
        prop::collection::vec(part(96), 0..40),
        prop::collection::vec(part(48), 0..60),
        prop::collection::vec(part(24), 0..6),
    )
        .prop_map(
            |(id_style, requirements, nodes, flows, suppressions)| Plan {
                id_style,
                requirements,
                nodes,
                flows,
                suppressions,
            },
        )
}

/// One change at a random place in a JSON value.
#[derive(Clone, Debug)]
enum Mutation {
    Replace(Value),
    Remove,
    AddKey(&'static str, Value),
    Duplicate,
}

fn mutation() -> impl Strategy<Value = (Vec<usize>, Mutation)> {
    (
        prop::collection::vec(any::<usize>(), 1..6),
        prop_oneof![
            4 => leaf().prop_map(Mutation::Replace),
            1 => json_value().prop_map(Mutation::Replace),
            2 => Just(Mutation::Remove),
            2 => (prop::sample::select(KEYS), leaf()).prop_map(|(k, v)| Mutation::AddKey(k, v)),
            1 => Just(Mutation::Duplicate),
        ],
    )
}

/// Walks `route` (each step a choice among the children) and applies `m`
/// to the child reached.
fn mutate(value: &mut Value, route: &[usize], m: &Mutation) {
    let (step, rest) = match route.split_first() {
        Some(s) => s,
        None => return,
    };
    let len = match value {
        Value::Array(a) => a.len(),
        Value::Object(o) => o.len(),
        _ => 0,
    };
    if len == 0 {
        if let (Value::Object(o), Mutation::AddKey(k, v)) = (&mut *value, m) {
            o.insert(k.to_string(), v.clone());
        }
        return;
    }
    let i = step % len;
    let descend = !rest.is_empty()
        && match value {
            Value::Array(a) => a[i].is_array() || a[i].is_object(),
            Value::Object(o) => o
                .values()
                .nth(i)
                .is_some_and(|v| v.is_array() || v.is_object()),
            _ => false,
        };
    match value {
        Value::Array(a) if descend => mutate(&mut a[i], rest, m),
        Value::Object(o) if descend => {
            let v = o.values_mut().nth(i).expect("in range");
            mutate(v, rest, m);
        }
        Value::Array(a) => match m {
            Mutation::Replace(v) => a[i] = v.clone(),
            Mutation::Remove => drop(a.remove(i)),
            Mutation::Duplicate => {
                let v = a[i].clone();
                a.insert(i, v);
            }
            Mutation::AddKey(..) => {
                if let Value::Object(o) = &mut a[i] {
                    mutate_object(o, m);
                }
            }
        },
        Value::Object(o) => match m {
            Mutation::Replace(v) => *o.values_mut().nth(i).expect("in range") = v.clone(),
            Mutation::Remove => {
                let k = o.keys().nth(i).expect("in range").clone();
                o.remove(&k);
            }
            _ => mutate_object(o, m),
        },
        _ => {}
    }
}

fn mutate_object(o: &mut serde_json::Map<String, Value>, m: &Mutation) {
    if let Mutation::AddKey(k, v) = m {
        o.insert(k.to_string(), v.clone());
    }
}

// ------------------------------------------------------------------ tests

proptest! {
    #![proptest_config(config(256))]

    /// (a) Arbitrary bytes, as lossy UTF-8.
    #[test]
    fn arbitrary_bytes_load_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        guarded("bytes", move || load_and_check(text))?;
    }

    /// (a) Arbitrary Unicode text and JSON token soup.
    #[test]
    fn arbitrary_text_loads_or_fails_cleanly(text in prop_oneof!["\\PC*", token_soup()]) {
        guarded("text", move || load_and_check(text))?;
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// (a) The examples with bytes flipped, deleted, inserted or cut off.
    #[test]
    fn mutated_examples_load_or_fail_cleanly(
        which in any::<prop::sample::Index>(),
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let text = apply(which.get::<String>(examples()), &edits);
        guarded("mutated example", move || load_and_check(text))?;
    }

    /// (b) JSON-shaped random values.
    #[test]
    fn random_values_load_the_same_both_ways_or_fail_cleanly(value in document_value()) {
        guarded("value", move || load_value_and_check(value))?;
    }

    /// (b) Valid documents' values with a few random changes: deep into
    /// validation, where most problems are.
    #[test]
    fn mutated_documents_load_the_same_both_ways_or_fail_cleanly(
        plan in plan(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let mut value = serde_json::to_value(build(&plan)).expect("a document serializes");
        for (route, m) in &mutations {
            mutate(&mut value, route, m);
        }
        guarded("mutated document", move || load_value_and_check(value))?;
    }

    /// (c) Structurally valid documents load, check, keep every invariant,
    /// and checking them with suppressions for some of their findings
    /// changes nothing but which are suppressed.
    #[test]
    fn valid_documents_load_and_check_with_every_invariant(
        plan in plan(),
        pick in prop::collection::vec(any::<u8>(), 0..16),
    ) {
        let doc = build(&plan);
        guarded("valid document", move || valid_document(doc, &pick))?;
    }
}

fn valid_document(doc: Document, pick: &[u8]) -> Result<(), String> {
    let text = to_json(&doc);
    let loaded = from_json(&text).map_err(|e| format!("a built document does not load: {e}"))?;
    if loaded != doc {
        return Err("the loaded document differs from the one built".into());
    }
    let report = check_and_verify(&loaded)?;
    render_sarif(&text, &loaded, &report);

    // Suppress some findings (some twice), keep the random suppressions.
    let mut suppressed = doc.clone();
    for (k, &p) in pick.iter().enumerate() {
        if report.findings.is_empty() {
            break;
        }
        let f = &report.findings[usize::from(p) % report.findings.len()];
        suppressed.suppressions.push(Suppression {
            rule: f.code.to_string(),
            target: f.target().to_string(),
            reason: format!("accepted {k}"),
        });
    }
    let text = to_json(&suppressed);
    let loaded =
        from_json(&text).map_err(|e| format!("a suppressed document does not load: {e}"))?;
    let with = check_and_verify(&loaded)?;
    let unsuppressed = |r: &airlock::check::Report| {
        let mut findings = r.findings.clone();
        for f in &mut findings {
            f.suppressed = None;
        }
        findings
    };
    if unsuppressed(&with) != unsuppressed(&report) {
        return Err("suppressions changed the findings themselves".into());
    }
    verify(&loaded, &with)
}

/// The structured strategy is not vacuous: its documents have flows,
/// containment, selections and suppressions, and findings of most rules.
#[test]
fn valid_documents_cover_the_rules() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut codes = std::collections::BTreeSet::new();
    let (mut flows, mut nested, mut only, mut suppressions) = (0, 0, 0, 0);
    for _ in 0..300 {
        let plan = plan().new_tree(&mut runner).expect("a plan").current();
        let doc = build(&plan);
        flows += doc.flows.len();
        nested += doc.nodes.iter().filter(|n| n.parent.is_some()).count();
        only += doc.flows.iter().filter(|f| f.only.is_some()).count();
        suppressions += doc.suppressions.len();
        let report = airlock::check::run(&from_json(&to_json(&doc)).expect("loads"));
        codes.extend(report.findings.iter().map(|f| f.code));
    }
    assert!(
        flows > 1000 && nested > 1000 && only > 100 && suppressions > 100,
        "{flows} flows, {nested} nested nodes, {only} selections, {suppressions} suppressions"
    );
    let rules = airlock::check::RULES.len();
    assert!(
        codes.len() * 4 >= rules * 3,
        "only {} of {rules} rules ever fire: {codes:?}",
        codes.len()
    );
}

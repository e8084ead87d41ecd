//! The benchmark's document generator (`benches/generate`) keeps making
//! documents the loader accepts, of exactly the size asked, the same every
//! time, on which every rule runs.

#![cfg(not(target_arch = "wasm32"))]

#[path = "common/documents.rs"]
mod documents;

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

/// The sizes whose whole report is pinned by `tests/fixtures/report_digests.txt`.
const PINNED_SIZES: [usize; 5] = [40, 100, 1_000, 3_000, 10_000];

/// FNV-1a, 64 bits: a digest that is the same on every platform and
/// toolchain (unlike `DefaultHasher`), enough to notice any change.
fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn report_line(name: &str, doc: &airlock::model::Document) -> String {
    let report = airlock::check::run(doc);
    let json = serde_json::to_string(&report).expect("a report serializes");
    format!(
        "{name} {} findings {:016x}\n",
        report.findings.len(),
        digest(&json)
    )
}

/// Every finding of every generated size, of every shipped example and of
/// every test fixture — ids, messages, paths, fixes, order — is what it
/// was when the file was written: a change to the checker that is meant
/// to be only faster must leave it alone. `BLESS=1 cargo test --test
/// generated` rewrites the file after an intended change of findings.
#[test]
fn reports_are_unchanged() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut got = String::new();
    for n in PINNED_SIZES {
        got += &report_line(&format!("generate({n})"), &generate::generate(n));
    }
    for dir in ["static/examples", "tests/fixtures"] {
        for path in documents::json_files(dir) {
            let text = std::fs::read_to_string(&path).expect("readable");
            let doc = from_json(&text).expect("loads");
            let name = path.strip_prefix(root).expect("under the root");
            got += &report_line(&name.display().to_string(), &doc);
        }
    }
    let file = root.join("tests/fixtures/report_digests.txt");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&file, &got).expect("writable");
    }
    let want = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        got == want,
        "reports differ from tests/fixtures/report_digests.txt (BLESS=1 rewrites it):\n{}",
        got.lines()
            .zip(want.lines().chain(std::iter::repeat("(missing)")))
            .filter(|(g, w)| g != w)
            .map(|(g, w)| format!("  now {g}\n  was {w}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

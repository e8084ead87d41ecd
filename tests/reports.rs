//! Golden reports: for every example under `static/examples/`, the JSON
//! report (`airlock::report::json`, the output of `airlock check FILE
//! --format json` run from the repository's root) is pinned byte for byte
//! in `tests/fixtures/reports/<example>.json`. `tests/determinism.rs`
//! asserts that the browser gives the same bytes.
//!
//! After an intended change of findings or messages,
//! `BLESS=1 cargo test --test reports` rewrites the golden files; review
//! the diff.

#![cfg(not(target_arch = "wasm32"))]

#[path = "common/documents.rs"]
mod documents;

use documents::root;

use airlock::report::{self, Checked, Source};
use std::path::PathBuf;
use std::process::Command;

/// The example names (file names without `.json`), sorted.
fn examples() -> Vec<String> {
    documents::example_names()
}

fn golden(name: &str) -> PathBuf {
    root().join(format!("tests/fixtures/reports/{name}.json"))
}

/// The report of one example as `airlock check --format json` prints it.
fn render(name: &str) -> String {
    let path = format!("static/examples/{name}.json");
    let source = std::fs::read_to_string(root().join(&path)).expect("the example");
    let doc = airlock::model::from_json(&source).expect("the example loads");
    let report = airlock::check::run(&doc);
    report::json::render(&[Checked {
        path: &path,
        source: Source::Json(&source),
        doc: &doc,
        report: &report,
    }])
}

/// With `BLESS=1`, rewrites the golden files instead.
#[test]
fn every_example_report_equals_its_golden_file_byte_for_byte() {
    let names = examples();
    assert_eq!(names.len(), 23, "the 23 examples");
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(root().join("tests/fixtures/reports")).expect("the directory");
        for name in &names {
            std::fs::write(golden(name), render(name)).expect("a golden report");
        }
        return;
    }
    let mut differ = Vec::new();
    for name in &names {
        let want = std::fs::read_to_string(golden(name))
            .unwrap_or_else(|e| panic!("{name}: no golden report ({e}); run with BLESS=1"));
        if render(name) != want {
            differ.push(name.as_str());
        }
    }
    assert!(
        differ.is_empty(),
        "reports differ from tests/fixtures/reports/ (BLESS=1 rewrites them): {differ:?}"
    );
}

#[test]
fn the_command_line_prints_the_golden_reports() {
    for name in examples() {
        let out = Command::new(env!("CARGO_BIN_EXE_airlock"))
            .current_dir(root())
            .env("LC_ALL", "C")
            .args(["check", &format!("static/examples/{name}.json")])
            .args(["--format", "json"])
            .output()
            .expect("airlock runs");
        let want = std::fs::read_to_string(golden(&name)).expect("a golden report");
        assert_eq!(
            String::from_utf8(out.stdout).expect("UTF-8"),
            want,
            "{name}: stderr {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn there_is_a_golden_report_for_each_example_and_no_other() {
    let mut files: Vec<String> = std::fs::read_dir(root().join("tests/fixtures/reports"))
        .expect("tests/fixtures/reports")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .map(|n| n.trim_end_matches(".json").to_string())
        .collect();
    files.sort();
    assert_eq!(files, examples());
}

#[test]
fn the_browser_test_compares_every_example() {
    let browser =
        std::fs::read_to_string(root().join("tests/determinism.rs")).expect("tests/determinism.rs");
    for name in examples() {
        assert!(
            browser.contains(&format!("\"{name}\"")),
            "tests/determinism.rs does not list {name}"
        );
    }
}

/// The example whose text report is pinned in Korean and Japanese.
const TRANSLATED: &str = "training-data-through-nat-without-tls";

fn translated_golden(lang: airlock::i18n::Lang) -> PathBuf {
    root().join(format!(
        "tests/fixtures/reports-i18n/{TRANSLATED}.{lang}.txt"
    ))
}

/// The text report of [`TRANSLATED`] in `lang`, as `airlock check FILE
/// --lang LANG` prints it.
fn render_text(lang: airlock::i18n::Lang) -> String {
    let path = format!("static/examples/{TRANSLATED}.json");
    let source = std::fs::read_to_string(root().join(&path)).expect("the example");
    let doc = airlock::model::from_json(&source).expect("the example loads");
    let report = airlock::check::run(&doc);
    report::text::render_in(
        &Checked {
            path: &path,
            source: Source::Json(&source),
            doc: &doc,
            report: &report,
        },
        lang,
    )
}

/// With `BLESS=1`, rewrites the golden files instead.
#[test]
fn korean_and_japanese_text_reports_equal_their_golden_files() {
    use airlock::i18n::Lang;
    for lang in [Lang::Ko, Lang::Ja] {
        let golden = translated_golden(lang);
        if std::env::var_os("BLESS").is_some() {
            std::fs::create_dir_all(golden.parent().expect("a parent")).expect("the directory");
            std::fs::write(&golden, render_text(lang)).expect("a golden report");
            continue;
        }
        let want = std::fs::read_to_string(&golden)
            .unwrap_or_else(|e| panic!("{lang}: no golden report ({e}); run with BLESS=1"));
        assert_eq!(render_text(lang), want, "{lang} (BLESS=1 rewrites it)");
        let out = Command::new(env!("CARGO_BIN_EXE_airlock"))
            .current_dir(root())
            .env("LC_ALL", "C")
            .args(["check", &format!("static/examples/{TRANSLATED}.json")])
            .args(["--lang", lang.code()])
            .output()
            .expect("airlock runs");
        assert_eq!(
            String::from_utf8(out.stdout).expect("UTF-8"),
            want,
            "{lang}"
        );
    }
}

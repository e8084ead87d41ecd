//! The seed scenarios of docs/domain.md, shipped as templates under
//! `static/examples/`: each must get exactly its listed findings (a
//! missing finding and an extra finding both fail).

#[path = "common/documents.rs"]
mod documents;

use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Example {
    file: String,
    seed: String,
    title: String,
    summary: String,
    expect: Vec<String>,
    /// The gallery's title and summary in Korean and in Japanese.
    ko: Words,
    ja: Words,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Words {
    title: String,
    summary: String,
}

fn dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/static/examples"))
}

fn index() -> Index {
    let text = std::fs::read_to_string(dir().join("index.json")).expect("index.json");
    serde_json::from_str(&text).expect("index.json parses")
}

#[test]
fn every_example_is_titled_and_summed_up_in_korean_and_japanese() {
    for ex in index().examples {
        for (lang, words) in [("ko", &ex.ko), ("ja", &ex.ja)] {
            assert!(!words.title.trim().is_empty(), "{} {lang}: title", ex.file);
            assert!(
                !words.summary.trim().is_empty(),
                "{} {lang}: summary",
                ex.file
            );
            assert_ne!(words.title, ex.title, "{} {lang}: translated", ex.file);
        }
    }
}

#[test]
fn every_example_gets_exactly_its_verdict() {
    let mut failures = Vec::new();
    for ex in index().examples {
        let text = std::fs::read_to_string(dir().join(&ex.file)).expect("example file");
        let doc = airlock::model::from_json(&text)
            .unwrap_or_else(|e| panic!("{} does not load: {e}", ex.file));
        assert_eq!(doc.title, ex.title, "{}: title matches the index", ex.file);
        let got: BTreeSet<String> = airlock::check::run(&doc)
            .active()
            .map(|f| f.id.clone())
            .collect();
        let want: BTreeSet<String> = ex.expect.iter().cloned().collect();
        if got != want {
            failures.push(format!(
                "{} (seed {}): missing {:?}, extra {:?}",
                ex.file,
                ex.seed,
                want.difference(&got).collect::<Vec<_>>(),
                got.difference(&want).collect::<Vec<_>>()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "verdicts differ:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_index_lists_every_example_file_once() {
    let listed: BTreeSet<String> = index().examples.into_iter().map(|e| e.file).collect();
    let on_disk: BTreeSet<String> = documents::example_names()
        .into_iter()
        .map(|n| format!("{n}.json"))
        .collect();
    assert_eq!(listed, on_disk);
}

#[test]
fn every_seed_of_domain_md_has_a_passing_design_and_failing_variants() {
    let examples = index().examples;
    for seed in ["000", "001", "002", "003", "004"] {
        let of_seed: Vec<&Example> = examples.iter().filter(|e| e.seed == seed).collect();
        assert!(
            of_seed.iter().any(|e| e.expect.is_empty()),
            "seed {seed} has a passing design"
        );
        assert!(
            of_seed.iter().filter(|e| !e.expect.is_empty()).count() >= 3,
            "seed {seed} has failing variants"
        );
        assert!(of_seed.iter().all(|e| !e.summary.is_empty()));
    }
}

#[test]
fn examples_are_saved_in_canonical_form() {
    // What the app saves is what is shipped: loading and saving changes nothing.
    for ex in index().examples {
        let text = std::fs::read_to_string(dir().join(&ex.file)).unwrap();
        let doc = airlock::model::from_json(&text).unwrap();
        assert_eq!(
            airlock::model::to_json(&doc),
            text,
            "{} is not in canonical form",
            ex.file
        );
    }
}

/// `BLESS=1 cargo test --test examples rewrite` rewrites the examples in
/// canonical form after hand edits.
#[test]
fn rewrite_examples_in_canonical_form_when_blessed() {
    if std::env::var_os("BLESS").is_none() {
        return;
    }
    for ex in index().examples {
        let path = dir().join(&ex.file);
        let doc = airlock::model::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        std::fs::write(&path, airlock::model::to_json(&doc)).unwrap();
    }
}

/// Messages never name a kind twice ("NAT gateway `NAT gateway`", "in
/// On-premises network On-premises network"): every example checked with
/// each node labelled by its kind's own title, and also by the generated
/// 1,000-node pipeline's labels.
#[test]
fn messages_never_name_a_kind_twice() {
    let mut failures = Vec::new();
    for ex in index().examples {
        let text = std::fs::read_to_string(dir().join(&ex.file)).expect("example file");
        let mut doc = airlock::model::from_json(&text).expect("example loads");
        for node in &mut doc.nodes {
            node.label = node.kind.title().to_string();
        }
        for f in airlock::check::run(&doc).findings {
            let lower = f.message.to_string().to_lowercase();
            for kind in airlock::model::Kind::ALL {
                let t = kind.title().to_lowercase();
                if lower.contains(&format!("{t} `{t}`")) || lower.contains(&format!("{t} {t}")) {
                    failures.push(format!("{}: {}", ex.file, f.message));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "doubled names:\n{}",
        failures.join("\n")
    );
}

/// Every shipped example, reported in each language: the same findings
/// (codes, ids, paths, severities) as in English, every word found in the
/// language's messages, and the words actually translated.
#[test]
fn every_example_reads_the_same_in_every_language() {
    use airlock::i18n::Lang;
    use airlock::report::{Checked, Source, json};
    let mut failures = Vec::new();
    for ex in index().examples {
        let path = format!("static/examples/{}", ex.file);
        let source = std::fs::read_to_string(dir().join(&ex.file)).expect("the example");
        let doc = airlock::model::from_json(&source).expect("the example loads");
        let report = airlock::check::run(&doc);
        let checked = Checked {
            path: &path,
            source: Source::Json(&source),
            doc: &doc,
            report: &report,
        };
        let parse = |lang| -> serde_json::Value {
            serde_json::from_str(&json::render_in(&[checked], lang)).expect("valid JSON")
        };
        let en = parse(Lang::En);
        // What does not depend on the language.
        let fixed = |v: &serde_json::Value| -> Vec<String> {
            v["files"][0]["findings"]
                .as_array()
                .expect("findings")
                .iter()
                .map(|f| {
                    let keys = ["id", "code", "rule", "family", "severity", "nodes", "flows"];
                    keys.map(|k| f[k].to_string()).join(" ")
                })
                .collect()
        };
        for lang in [Lang::Ko, Lang::Ja] {
            let other = parse(lang);
            if fixed(&other) != fixed(&en) {
                failures.push(format!("{}: {lang}: other findings", ex.file));
            }
            let findings = other["files"][0]["findings"].as_array().expect("findings");
            let english = en["files"][0]["findings"].as_array().expect("findings");
            for (f, e) in findings.iter().zip(english) {
                for key in ["title", "message", "why", "fix"] {
                    let text = f[key].as_str().unwrap_or_default();
                    // A message missing from a language shows as its id.
                    let unresolved = text.split_whitespace().any(|w| {
                        w.len() > 7
                            && w.contains('-')
                            && w.chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    });
                    if text.is_empty() || unresolved || text == e[key].as_str().unwrap_or_default()
                    {
                        failures.push(format!(
                            "{}: {lang} {key} of {}: {text:?}",
                            ex.file, f["id"]
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The template gallery shows each example as a thumbnail,
/// `static/examples/thumbs/NAME.svg`: the example drawn by the SVG export
/// with its findings, in English. A file the app fetches only when the
/// gallery is open (and the offline copy keeps), not bytes in its
/// WebAssembly. `BLESS=1 cargo test --test examples thumbnail` redraws
/// them after an example or the renderer changes; this fails on one that
/// is missing, stale or left over.
#[test]
fn every_example_has_a_thumbnail_drawn_by_the_svg_export() {
    let thumbs = dir().join("thumbs");
    let bless = std::env::var_os("BLESS").is_some();
    let mut expected = BTreeSet::new();
    for ex in index().examples {
        let text = std::fs::read_to_string(dir().join(&ex.file)).unwrap();
        let doc = airlock::model::from_json(&text).unwrap();
        let svg = airlock::render::svg(&doc, &airlock::check::run(&doc), None);
        let name = ex.file.replace(".json", ".svg");
        let path = thumbs.join(&name);
        if bless {
            std::fs::create_dir_all(&thumbs).unwrap();
            std::fs::write(&path, &svg).unwrap();
        }
        let drawn = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            drawn == svg,
            "{} is missing or stale: `BLESS=1 cargo test --test examples thumbnail`",
            path.display()
        );
        expected.insert(name);
    }
    let present: BTreeSet<String> = std::fs::read_dir(&thumbs)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        present, expected,
        "a thumbnail for each example, and no other"
    );
}

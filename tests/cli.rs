//! The `airlock` command line, run as a real process: arguments, output
//! formats, exit codes and error messages.

#![cfg(not(target_arch = "wasm32"))]

#[path = "common/png.rs"]
mod png_file;

use airlock::check::{RULES, rule};
use airlock::i18n::Lang;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Seed 000 A: passes.
const CLEAN: &str = "tests/fixtures/glue_selected_tables_over_vpn.json";
/// Seed 000 B: one high localization finding.
const LOCALIZATION: &str = "tests/fixtures/glue_all_tables_over_vpn.json";
/// Seed 000 B with that finding suppressed.
const SUPPRESSED: &str = "tests/fixtures/glue_all_tables_suppressed.json";
/// How many rules apply to the small Glue-over-VPN fixtures (they draw
/// an endpoint), and how many do not.
const RUN: usize = 10;
const SKIPPED: usize = airlock::check::RULES.len() - RUN;
/// Seed 000 C: one high encryption-layer finding.
const DMS: &str = "tests/fixtures/dms_over_ssl_where_ipsec_required.json";
/// Seed 003 without the S3 endpoint: one medium egress finding.
const NO_ENDPOINT: &str = "tests/fixtures/glue_to_s3_without_endpoint.json";
/// Seed 001 D: a critical egress path and a high unencrypted hop.
const NAT: &str = "tests/fixtures/training_data_through_nat_without_tls.json";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is JSON ({e}):\n{}", self.stdout))
    }
}

fn airlock_with_input(args: &[&str], input: Option<&str>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_airlock"))
        .args(args)
        // English, whatever the machine's locale (`--lang` overrides).
        .env("LC_ALL", "C")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(input) = input {
        child
            .stdin
            .take()
            .expect("piped stdin")
            .write_all(input.as_bytes())
            .expect("stdin is written");
    }
    let out = child.wait_with_output().expect("the binary finishes");
    Run {
        code: out.status.code().expect("an exit code, not a signal"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    }
}

fn airlock(args: &[&str]) -> Run {
    airlock_with_input(args, None)
}

/// The finding ids of every file in a `--format json` run, sorted.
fn ids(json: &Value) -> Vec<Vec<String>> {
    json["files"]
        .as_array()
        .expect("files is a list")
        .iter()
        .map(|file| {
            let mut ids: Vec<String> = file["findings"]
                .as_array()
                .expect("findings is a list")
                .iter()
                .map(|f| f["id"].as_str().expect("an id").to_string())
                .collect();
            ids.sort();
            ids
        })
        .collect()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .expect("fixture is readable")
}

// Version, usage and arguments.

#[test]
fn version_prints_name_and_version() {
    for flag in ["--version", "-V"] {
        let run = airlock(&[flag]);
        assert_eq!(run.code, 0, "{flag}");
        assert_eq!(run.stdout, format!("airlock {VERSION}\n"));
        assert_eq!(run.stderr, "");
    }
}

#[test]
fn help_prints_usage_to_stdout() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["check", "--help"],
        &["rules", "-h"],
    ] {
        let run = airlock(args);
        assert_eq!(run.code, 0, "{args:?}");
        assert!(
            run.stdout.contains("Usage:\n  airlock check"),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains("--fail-on LEVEL"));
        assert_eq!(run.stderr, "");
    }
}

#[test]
fn no_arguments_prints_usage_to_stderr_and_fails() {
    let run = airlock(&[]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("Usage:\n  airlock check"),
        "{}",
        run.stderr
    );
}

#[test]
fn wrong_arguments_name_the_argument_and_fail_with_2() {
    for (args, named) in [
        (&["--bogus"][..], "--bogus"),
        (&["frobnicate"], "frobnicate"),
        (&["check", "--bogus", CLEAN], "--bogus"),
        (&["check", "--format", "xml", CLEAN], "xml"),
        (&["check", "--fail-on", "severe", CLEAN], "severe"),
        (&["check", "--format"], "--format"),
        (&["check"], "FILE"),
        (&["rules", "--format", "sarif"], "sarif"),
        (&["rules", "extra"], "extra"),
        (&["explain"], "CODE"),
        (&["explain", "EGR001", "EGR002"], "EGR002"),
        (&["--version", "extra"], "extra"),
    ] {
        let run = airlock(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert_eq!(run.stdout, "", "{args:?}");
        let mut lines = run.stderr.lines();
        let first = lines.next().unwrap_or_default();
        assert!(
            first.starts_with("error: ") && first.contains(named),
            "{args:?}: {}",
            run.stderr
        );
        assert_eq!(lines.next(), Some("Run `airlock --help` for usage."));
        assert_eq!(lines.next(), None);
    }
}

#[test]
fn options_take_their_value_after_an_equals_sign_too() {
    let run = airlock(&["check", "--format=json", "--fail-on=never", LOCALIZATION]);
    assert_eq!(run.code, 0);
    assert_eq!(ids(&run.json()), [["LOC001@pg-job"]]);
}

// Rules and explain.

#[test]
fn rules_lists_the_catalog_as_text_and_json() {
    let run = airlock(&["rules"]);
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), RULES.len() + 1, "a header and a line per rule");
    for (line, r) in lines[1..].iter().zip(RULES) {
        let columns: Vec<&str> = line.split_whitespace().take(3).collect();
        assert_eq!(columns, [r.code, r.name, r.severity.as_str()]);
        assert!(line.ends_with(&r.title(Lang::En)));
    }

    let run = airlock(&["rules", "--format", "json"]);
    assert_eq!(run.code, 0);
    let json = run.json();
    let rules = json["rules"].as_array().expect("rules is a list");
    assert_eq!(rules.len(), RULES.len());
    for (entry, r) in rules.iter().zip(RULES) {
        assert_eq!(entry["code"], r.code);
        assert_eq!(entry["name"], r.name);
        assert_eq!(entry["severity"], r.severity.as_str());
        assert_eq!(entry["title"], r.title(Lang::En));
        assert!(entry["family"].is_string());
    }
}

#[test]
fn explain_prints_the_rule_doc_by_code_in_any_case_or_by_name() {
    let doc = format!("{}\n", rule("LOC001").expect("LOC001 exists").doc);
    for code in ["LOC001", "loc001", "sensitive-data-leaves-on-premises"] {
        let run = airlock(&["explain", code]);
        assert_eq!(run.code, 0, "{code}");
        assert_eq!(run.stdout, doc);
        assert!(
            run.stdout
                .starts_with("# LOC001 sensitive-data-leaves-on-premises\n")
        );
    }
}

#[test]
fn explain_prints_the_rule_doc_in_the_language() {
    let ko = airlock(&["explain", "EGR005", "--lang", "ko"]);
    assert_eq!(ko.code, 0, "{}", ko.stderr);
    assert_eq!(
        ko.stdout,
        format!("{}\n", rule("EGR005").unwrap().doc_in(Lang::Ko))
    );
    assert!(ko.stdout.starts_with("# EGR005 s3-without-vpc-endpoint\n"));
    assert!(ko.stdout.contains("\n## 하는 일\n"), "{}", ko.stdout);
    assert!(!ko.stdout.contains("## What it does"), "{}", ko.stdout);
    assert!(
        ko.stdout
            .contains("`glue-job → gateway-endpoint (S3, in the VPC) → s3-bucket`"),
        "the code line stays as it is: {}",
        ko.stdout
    );
    let ja = airlock_in_locale(&["explain", "egr005"], &[("LANG", "ja_JP.UTF-8")]);
    assert_eq!(ja.code, 0, "{}", ja.stderr);
    assert!(ja.stdout.contains("\n## 検出内容\n"), "{}", ja.stdout);
    let en = airlock(&["explain", "EGR005", "--lang", "en"]);
    assert!(en.stdout.contains("\n## What it does\n"));
}

#[test]
fn explain_an_unknown_code_says_how_to_list_codes() {
    let run = airlock(&["explain", "XYZ999"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("XYZ999"), "{}", run.stderr);
    assert!(run.stderr.contains("airlock rules"), "{}", run.stderr);
}

// Checking documents.

#[test]
fn fixtures_get_exactly_their_findings_and_exit_codes() {
    for (file, want, code) in [
        (CLEAN, &[][..], 0),
        (LOCALIZATION, &["LOC001@pg-job"], 1),
        (SUPPRESSED, &["LOC001@pg-job"], 0),
        (DMS, &["ENC001@pg-dms"], 1),
        (NO_ENDPOINT, &["NET012@job-lake"], 1),
        (
            NAT,
            &["EGR001@db-train", "ENC002@db-train", "NET011@db-train"],
            1,
        ),
    ] {
        let run = airlock(&["check", "--format", "json", file]);
        assert_eq!(run.code, code, "{file}: {}", run.stderr);
        assert_eq!(run.stderr, "");
        assert_eq!(ids(&run.json()), [want], "{file}");
    }
}

#[test]
fn clean_document_in_every_format() {
    let run = airlock(&["check", CLEAN]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stderr, "");
    assert_eq!(
        run.stdout,
        format!(
            "{CLEAN}\n0 findings (0 critical, 0 high, 0 medium, 0 low), {RUN} rules run, {SKIPPED} skipped\n"
        )
    );

    let run = airlock(&["check", "--format", "json", CLEAN]);
    assert_eq!(run.code, 0);
    let json = run.json();
    assert_eq!(json["airlock"], 1);
    assert_eq!(json["files"][0]["path"], CLEAN);
    assert_eq!(json["files"][0]["findings"], serde_json::json!([]));
    assert_eq!(json["files"][0]["rules_run"], RUN);
    assert_eq!(json["files"][0]["rules_skipped"], SKIPPED);

    let run = airlock(&["check", "--format", "sarif", CLEAN]);
    assert_eq!(run.code, 0);
    let sarif = run.json();
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(sarif["runs"][0]["results"], serde_json::json!([]));
    assert_eq!(
        sarif["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .expect("rules")
            .len(),
        RULES.len()
    );
}

#[test]
fn document_with_a_finding_in_every_format() {
    let run = airlock(&["check", LOCALIZATION]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr, "");
    assert_eq!(
        run.stdout,
        format!(
            "{LOCALIZATION}\n\
             HIGH LOC001 Flow `PostgreSQL → Glue job` moves sensitive data `customers` out of the on-premises network\n  \
               id: LOC001@pg-job\n  \
               path: pg → vpn → job\n  \
               fix: Select only non-sensitive datasets on the flow out of `PostgreSQL`, so `customers` never cross\n\
             1 finding (0 critical, 1 high, 0 medium, 0 low), {RUN} rules run, {SKIPPED} skipped\n"
        )
    );

    let run = airlock(&["check", "--format", "json", LOCALIZATION]);
    assert_eq!(run.code, 1);
    let finding = &run.json()["files"][0]["findings"][0];
    assert_eq!(finding["code"], "LOC001");
    assert_eq!(finding["rule"], "sensitive-data-leaves-on-premises");
    assert_eq!(finding["family"], "localization");
    assert_eq!(finding["severity"], "high");
    assert_eq!(finding["nodes"], serde_json::json!(["pg", "vpn", "job"]));
    assert_eq!(
        finding["flows"],
        serde_json::json!(["pg-job"]),
        "one data flow"
    );

    let run = airlock(&["check", "--format", "sarif", LOCALIZATION]);
    assert_eq!(run.code, 1);
    let sarif = run.json();
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "LOC001");
    assert_eq!(result["level"], "error");
    assert_eq!(
        result["partialFingerprints"]["airlockFindingId/v1"],
        "LOC001@pg-job"
    );
    let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
    assert_eq!(RULES[index].code, "LOC001");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], LOCALIZATION);
    let pg_line = read(LOCALIZATION)
        .lines()
        .position(|l| l.contains(r#""id": "pg""#))
        .expect("pg is declared")
        + 1;
    assert_eq!(location["region"]["startLine"], pg_line);
}

#[test]
fn broken_documents_name_the_json_path_and_the_offending_id() {
    for (file, caused_by) in [
        (
            "malformed",
            "not valid JSON at line 5, column 5: expected `,` or `]`",
        ),
        (
            "unknown_kind",
            "nodes[1].kind (`fn`): unknown variant `lambda-function`",
        ),
        (
            "dangling_parent",
            "nodes[2].parent (`private`): the parent `vpc-9` is not a node",
        ),
        ("duplicate_id", "nodes[2].id (`lake`): duplicate id"),
        (
            "containment_cycle",
            "nodes[0].parent (`vpc-a`): containment cycle: `vpc-a` ends up inside itself",
        ),
        (
            "subnet_outside_vpc",
            "nodes[1].parent (`stray`): a private-subnet cannot sit in an aws-region",
        ),
        (
            "newer_version",
            "airlock: this document is format version 99, newer than this Airlock reads (up to 2)",
        ),
    ] {
        let path = format!("tests/fixtures/broken/{file}.json");
        for (format, stdout) in [
            ("text", String::new()),
            (
                "json",
                "{\n  \"airlock\": 1,\n  \"files\": []\n}\n".to_string(),
            ),
            ("sarif", String::new()),
        ] {
            let run = airlock(&["check", "--format", format, &path]);
            assert_eq!(run.code, 2, "{path} as {format}");
            let mut lines = run.stderr.lines();
            assert_eq!(lines.next(), Some(&*format!("error: cannot check {path}")));
            let cause = lines.next().unwrap_or_default();
            assert!(
                cause.starts_with("  caused by: ") && cause.contains(caused_by),
                "{path}: {}",
                run.stderr
            );
            match format {
                "sarif" => assert_eq!(run.json()["runs"][0]["results"], serde_json::json!([])),
                _ => assert_eq!(run.stdout, stdout, "{path} as {format}"),
            }
        }
    }
    // One `caused by` line per problem.
    let run = airlock(&["check", "tests/fixtures/broken/containment_cycle.json"]);
    assert_eq!(
        run.stderr.matches("\n  caused by: ").count(),
        2,
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("nodes[1].parent (`subnet-a`)"));
}

#[test]
fn a_missing_file_cannot_be_checked() {
    let run = airlock(&["check", "tests/fixtures/no_such_file.json"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .starts_with("error: cannot check tests/fixtures/no_such_file.json\n  caused by: "),
        "{}",
        run.stderr
    );
}

#[test]
fn dash_reads_standard_input() {
    let run = airlock_with_input(&["check", "-"], Some(&read(LOCALIZATION)));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.starts_with("-\nHIGH LOC001 "), "{}", run.stdout);

    let run = airlock_with_input(&["check", "--format", "json", "-"], Some(&read(CLEAN)));
    assert_eq!(run.code, 0);
    assert_eq!(run.json()["files"][0]["path"], "-");

    let run = airlock_with_input(&["check", "-"], Some("{ not json"));
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: cannot check -\n  caused by: not valid JSON")
    );
}

#[test]
fn one_broken_file_fails_the_run_but_the_others_are_still_printed() {
    let broken = "tests/fixtures/broken/dangling_parent.json";
    let run = airlock(&["check", CLEAN, broken, LOCALIZATION]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.starts_with(&format!("{CLEAN}\n0 findings")));
    assert!(
        run.stdout
            .contains(&format!("\n\n{LOCALIZATION}\nHIGH LOC001 "))
    );
    assert!(
        run.stderr
            .starts_with(&format!("error: cannot check {broken}\n"))
    );

    let run = airlock(&["check", "--format", "json", CLEAN, broken, LOCALIZATION]);
    assert_eq!(run.code, 2);
    let json = run.json();
    assert_eq!(json["files"][0]["path"], CLEAN);
    assert_eq!(json["files"][1]["path"], LOCALIZATION);
    assert_eq!(ids(&json), [vec![], vec!["LOC001@pg-job".to_string()]]);

    let run = airlock(&["check", "--format", "sarif", broken, LOCALIZATION]);
    assert_eq!(run.code, 2);
    let results = &run.json()["runs"][0]["results"];
    assert_eq!(results.as_array().map(Vec::len), Some(1));
}

#[test]
fn fail_on_sets_the_lowest_severity_that_fails() {
    for (file, fail_on, code) in [
        (NAT, "critical", 1),
        (NAT, "never", 0),
        (LOCALIZATION, "critical", 0),
        (LOCALIZATION, "high", 1),
        (NO_ENDPOINT, "high", 0),
        (NO_ENDPOINT, "medium", 1),
        (NO_ENDPOINT, "low", 1),
        (NO_ENDPOINT, "never", 0),
        (CLEAN, "low", 0),
    ] {
        let run = airlock(&["check", "--fail-on", fail_on, file]);
        assert_eq!(run.code, code, "{file} --fail-on {fail_on}");
    }
    // A file that cannot be checked fails whatever the threshold.
    let run = airlock(&[
        "check",
        "--fail-on",
        "never",
        "tests/fixtures/broken/duplicate_id.json",
    ]);
    assert_eq!(run.code, 2);
}

#[test]
fn suppressed_findings_are_reported_but_do_not_fail_the_run() {
    let run = airlock(&["check", SUPPRESSED]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        format!(
            "{SUPPRESSED}\n\
             suppressed (Pilot with synthetic customer data, approved by the DPO until June): \
             HIGH LOC001 Flow `PostgreSQL → Glue job` moves sensitive data `customers` out of the on-premises network\n\
             0 findings (0 critical, 0 high, 0 medium, 0 low), 1 suppressed, {RUN} rules run, {SKIPPED} skipped\n"
        )
    );

    let run = airlock(&["check", "--format", "json", SUPPRESSED]);
    assert_eq!(run.code, 0);
    let json = run.json();
    assert!(
        json["files"][0]["findings"][0]["suppressed"]
            .as_str()
            .is_some_and(|r| r.starts_with("Pilot"))
    );
    assert_eq!(
        json["files"][0]["unused_suppressions"],
        serde_json::json!([])
    );

    let run = airlock(&["check", "--format", "sarif", SUPPRESSED]);
    assert_eq!(run.code, 0);
    let result = &run.json()["runs"][0]["results"][0];
    assert_eq!(result["suppressions"][0]["kind"], "external");
    assert!(result["suppressions"][0]["justification"].is_string());
}

#[test]
fn labels_cannot_send_escape_sequences_to_the_terminal() {
    let hostile = read(LOCALIZATION).replace(
        "\"PostgreSQL\"",
        "\"Postgre\\u001b[2J\\u001b]0;pwned\\u0007SQL\"",
    );
    let run = airlock_with_input(&["check", "-"], Some(&hostile));
    assert_eq!(run.code, 1);
    assert!(!run.stdout.contains('\u{1b}') && !run.stdout.contains('\u{7}'));
    assert!(
        run.stdout
            .contains("Postgre\\u{1b}[2J\\u{1b}]0;pwned\\u{7}SQL"),
        "{}",
        run.stdout
    );
}

/// The app's example templates (static/examples) get exactly the findings
/// their index expects.
#[test]
fn shipped_examples_get_the_findings_their_index_expects() {
    let index: Value =
        serde_json::from_str(&read("static/examples/index.json")).expect("index.json is JSON");
    let examples = index["examples"].as_array().expect("examples is a list");
    assert!(!examples.is_empty());
    for example in examples {
        let file = format!(
            "static/examples/{}",
            example["file"].as_str().expect("file is a string")
        );
        let mut want: Vec<String> = example["expect"]
            .as_array()
            .expect("expect is a list")
            .iter()
            .map(|id| id.as_str().expect("an id").to_string())
            .collect();
        want.sort();
        let run = airlock(&["check", "--format", "json", &file]);
        assert_eq!(
            run.code,
            if want.is_empty() { 0 } else { 1 },
            "{file}: {}",
            run.stderr
        );
        assert_eq!(ids(&run.json()), [want], "{file}");
    }
}

// Languages.

/// A run with these locale variables (the others unset).
fn airlock_in_locale(args: &[&str], vars: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_airlock"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (name, value) in vars {
        command.env(name, value);
    }
    let out = command.output().expect("the binary runs");
    Run {
        code: out.status.code().expect("an exit code, not a signal"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    }
}

fn has_hangul(s: &str) -> bool {
    s.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c))
}

fn has_kana(s: &str) -> bool {
    s.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c))
}

const GLUE: &str = "tests/fixtures/glue_all_tables_over_vpn.json";

#[test]
fn lang_translates_every_format_and_keeps_codes_and_ids() {
    let english = airlock(&["check", GLUE, "--format", "json"]);
    let english: Value = serde_json::from_str(&english.stdout).expect("JSON");
    let english_sarif: Value =
        serde_json::from_str(&airlock(&["check", GLUE, "--format", "sarif"]).stdout)
            .expect("SARIF");
    assert!(english_sarif["runs"][0].get("language").is_none());
    let rule_ids = |sarif: &Value| -> Vec<String> {
        sarif["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| format!("{} {}", r["ruleId"], r["partialFingerprints"]))
            .collect()
    };
    for (lang, script) in [("ko", has_hangul as fn(&str) -> bool), ("ja", has_kana)] {
        let json = airlock(&["check", GLUE, "--format", "json", "--lang", lang]);
        assert_eq!(json.code, 1, "{lang}: {}", json.stderr);
        let json: Value = serde_json::from_str(&json.stdout).expect("JSON");
        assert_eq!(ids(&json), ids(&english), "{lang}");
        let f = &json["files"][0]["findings"][0];
        for key in ["title", "message", "why", "fix"] {
            assert!(script(f[key].as_str().expect("text")), "{lang} {key}: {f}");
        }
        assert_eq!(f["code"], english["files"][0]["findings"][0]["code"]);

        let sarif = airlock(&["check", GLUE, "--format", "sarif", "--lang", lang]);
        let sarif: Value = serde_json::from_str(&sarif.stdout).expect("SARIF");
        assert_eq!(sarif["runs"][0]["language"], lang);
        assert_eq!(rule_ids(&sarif), rule_ids(&english_sarif), "{lang}");
        let text = sarif["runs"][0]["results"][0]["message"]["text"].as_str();
        assert!(script(text.expect("a message")), "{lang}: {text:?}");

        for format in ["text", "markdown"] {
            let run = airlock(&["check", GLUE, "--format", format, "--lang", lang]);
            assert_eq!(run.code, 1, "{lang} {format}: {}", run.stderr);
            assert!(script(&run.stdout), "{lang} {format}: {}", run.stdout);
            assert!(run.stdout.contains("LOC001@pg-job"), "{lang} {format}");
        }
    }
}

#[test]
fn lang_defaults_to_the_locale_variables() {
    let check = ["check", GLUE];
    let ko = airlock_in_locale(&check, &[("LANG", "ko_KR.UTF-8")]);
    assert!(has_hangul(&ko.stdout), "{}", ko.stdout);
    let ja = airlock_in_locale(
        &check,
        &[("LANG", "ko_KR.UTF-8"), ("LC_MESSAGES", "ja_JP.UTF-8")],
    );
    assert!(
        has_kana(&ja.stdout) && !has_hangul(&ja.stdout),
        "{}",
        ja.stdout
    );
    let c = airlock_in_locale(&check, &[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "C")]);
    let english = airlock(&check);
    assert_eq!(c.stdout, english.stdout);
    assert_eq!(airlock_in_locale(&check, &[]).stdout, english.stdout);
    // --lang wins over the environment.
    let en = airlock_in_locale(&["check", GLUE, "--lang", "en"], &[("LANG", "ja_JP.UTF-8")]);
    assert_eq!(en.stdout, english.stdout);
}

#[test]
fn rules_lists_titles_in_the_language() {
    let ja = airlock(&["rules", "--lang", "ja"]);
    assert_eq!(ja.code, 0);
    assert!(ja.stdout.starts_with("CODE    NAME"), "the header stays");
    assert!(has_kana(&ja.stdout));
    let ko = airlock(&["rules", "--format", "json", "--lang", "ko"]);
    let v: Value = serde_json::from_str(&ko.stdout).expect("JSON");
    let entries = v["rules"].as_array().expect("rules");
    assert_eq!(entries.len(), RULES.len());
    for (entry, r) in entries.iter().zip(RULES) {
        assert_eq!(entry["code"], r.code);
        assert_eq!(entry["title"], r.title(Lang::Ko));
    }
}

#[test]
fn an_unknown_language_is_refused() {
    let run = airlock(&["check", GLUE, "--lang", "fr"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--lang: use en, ko or ja"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, "");
}

// draw.io diagrams.

const SVG: &str = "tests/fixtures/drawio/bastion-tunnel-architecture.drawio.svg";

/// The `not understood:` lines of a run's standard error.
fn not_understood(run: &Run) -> Vec<&str> {
    run.stderr
        .lines()
        .filter(|l| l.starts_with("not understood: "))
        .collect()
}

#[test]
fn check_reads_a_drawio_file_by_its_content_and_lists_what_it_did_not_understand() {
    // Named .json, but a draw.io PNG: the content decides.
    let dir = std::env::temp_dir().join(format!("airlock-cli-drawio-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let disguised = dir.join("workload.json");
    std::fs::copy("tests/fixtures/drawio/asea-workload.drawio.png", &disguised).unwrap();
    let run = airlock(&["check", "--format", "json", disguised.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(ids(&run.json()), [Vec::<String>::new()]);
    assert_eq!(not_understood(&run).len(), 32, "{}", run.stderr);
    let run = airlock(&["check", SVG]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(not_understood(&run).len(), 14, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "not understood: tests/fixtures/drawio/bastion-tunnel-architecture.drawio.svg: page `ページ1`, cell `2` (\"ECS on Fargate (SSMエージェント)\"): unknown shape `mxgraph.aws4.fargate`; map it to a kind (--map mxgraph.aws4.fargate=KIND)"
        ),
        "{}",
        run.stderr
    );
    // check takes the same --map (and --page) as import.
    let run = airlock(&["check", "--map", "mxgraph.aws4.fargate=ec2-instance", SVG]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(not_understood(&run).len(), 11, "{}", run.stderr);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn import_writes_the_design_and_a_mapping_brings_in_the_unknown_shape() {
    let dir = std::env::temp_dir().join(format!("airlock-cli-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("design.json");
    let run = airlock(&[
        "import",
        "--map",
        "mxgraph.aws4.fargate=ec2-instance",
        SVG,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    // Fargate and its two edges to the databases are understood now (its
    // edges to ECR and Parameter Store still end at unknown shapes).
    assert_eq!(not_understood(&run).len(), 11, "{}", run.stderr);
    let doc = airlock::model::from_json(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(doc.nodes.len(), 6);
    let flows: Vec<String> = doc
        .flows
        .iter()
        .map(|f| format!("{}>{}", f.from, f.to))
        .collect();
    assert_eq!(flows, ["2>6", "2>7"]);
    // Without -o the design goes to standard output.
    let run = airlock(&["import", SVG]);
    assert_eq!(run.code, 0);
    assert!(airlock::model::from_json(&run.stdout).is_ok());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn import_names_a_missing_page_and_a_bad_mapping() {
    let run = airlock(&["import", "--page", "Other", SVG]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        format!(
            "error: cannot import {SVG}\n  caused by: no page `Other` in the file; its pages are 1 `ページ1`\n"
        )
    );
    assert_eq!(airlock(&["import", "--page", "1", SVG]).code, 0);
    let run = airlock(&["import", "--map", "umlActor", SVG]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: invalid value \"umlActor\" for --map: use KEY=KIND"),
        "{}",
        run.stderr
    );
}

#[test]
fn export_writes_drawio_that_checks_the_same() {
    let dir = std::env::temp_dir().join(format!("airlock-cli-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("nat.drawio");
    let run = airlock(&["export", NAT, "-o", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let original = airlock(&["check", "--format", "json", NAT]);
    let back = airlock(&["check", "--format", "json", out.to_str().unwrap()]);
    assert_eq!(back.code, original.code);
    assert_eq!(ids(&back.json()), ids(&original.json()));
    assert!(!ids(&back.json())[0].is_empty());

    // SARIF points into the .drawio file: at the line of the cell each
    // result's first node came from.
    let exported = read(out.to_str().unwrap());
    let sarif = airlock(&["check", "--format", "sarif", out.to_str().unwrap()]).json();
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert!(!results.is_empty());
    for result in results {
        let location = &result["locations"][0];
        let first = location["logicalLocations"][0]["name"]
            .as_str()
            .expect("a node");
        let cell = exported
            .lines()
            .position(|l| l.contains(&format!("<object id=\"{first}\"")))
            .expect("the node's cell")
            + 1;
        assert_eq!(
            location["physicalLocation"]["region"]["startLine"], cell,
            "{first}"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn sarif_of_packed_and_binary_drawio_files_points_at_what_has_lines() {
    // An SVG holds the diagram in one attribute: results point at the
    // `<svg>` element's line.
    let sarif = airlock(&[
        "check",
        "--format",
        "sarif",
        "--map",
        "mxgraph.aws4.fargate=ec2-instance",
        "--map",
        "mxgraph.aws4.ecr=s3-bucket",
        SVG,
    ])
    .json();
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert!(!results.is_empty(), "the mapped design has findings");
    let svg_line = read(SVG)
        .lines()
        .position(|l| l.contains("<svg"))
        .expect("an <svg> element")
        + 1;
    for result in results {
        let physical = &result["locations"][0]["physicalLocation"];
        assert_eq!(physical["artifactLocation"]["uri"], SVG);
        assert_eq!(physical["region"]["startLine"], svg_line);
    }
    // A PNG has no lines: the location is the file, with no region.
    let dir = std::env::temp_dir().join(format!("airlock-cli-png-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let drawio = dir.join("nat.drawio");
    let run = airlock(&["export", NAT, "-o", drawio.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let png = dir.join("nat.drawio.png");
    // URI-encoded, as draw.io writes it (the chunk is Latin-1).
    let text = read(drawio.to_str().unwrap());
    let text = percent_encoding::utf8_percent_encode(&text, percent_encoding::NON_ALPHANUMERIC)
        .to_string();
    std::fs::write(&png, png_file::png_with(Some(("mxfile", &text)))).unwrap();
    let png = png.to_str().unwrap();
    let sarif = airlock(&["check", "--format", "sarif", png]).json();
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 3, "NAT's findings");
    for result in results {
        let physical = &result["locations"][0]["physicalLocation"];
        assert!(physical.get("region").is_none(), "{physical}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_says_why_a_file_does_not_load_in_the_language_asked_for() {
    let path = "tests/fixtures/broken/dangling_parent.json";
    let run = airlock(&["check", "--lang", "ja", path]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        format!(
            "error: {path} を検査できません\n  caused by: nodes[2].parent (`private`): 親 `vpc-9` というノードはありません\n"
        )
    );
    let run = airlock(&[
        "check",
        "--lang",
        "ko",
        "tests/fixtures/broken/subnet_outside_vpc.json",
    ]);
    assert!(
        run.stderr.contains(
            "  caused by: nodes[1].parent (`stray`): 프라이빗 서브넷 노드는 AWS 리전 안에 둘 수 없습니다. 둘 수 있는 곳: VPC 안\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn import_says_what_it_did_not_understand_in_the_locale_language() {
    let ja = airlock_in_locale(&["import", SVG, "-o", "-"], &[("LANG", "ja_JP.UTF-8")]);
    assert_eq!(ja.code, 0, "{}", ja.stderr);
    assert!(
        ja.stderr.lines().any(|l| l
            == format!("not understood: {SVG}: page `ページ1`, cell `2` (\"ECS on Fargate (SSMエージェント)\"): 不明な図形 `mxgraph.aws4.fargate`。種類を対応付けてください (--map mxgraph.aws4.fargate=KIND)")),
        "{}",
        ja.stderr
    );
    assert_eq!(
        ja.stderr.lines().last(),
        Some(format!("note: {SVG}: 認識できなかったセル 14 個。図形は --map KEY=KIND で対応付けてください").as_str())
    );
    // `check --lang` says it in that language, whatever the locale.
    let ko = airlock_in_locale(&["check", SVG, "--lang", "ko"], &[("LANG", "ja_JP.UTF-8")]);
    assert!(
        ko.stderr.contains("알 수 없는 도형 `mxgraph.aws4.fargate`"),
        "{}",
        ko.stderr
    );
}

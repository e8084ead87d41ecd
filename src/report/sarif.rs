//! SARIF 2.1.0, for code-scanning dashboards (GitHub, Azure DevOps, IDE
//! viewers): one run whose driver lists every rule in [`RULES`], and one
//! result per finding.
//!
//! - Levels: critical and high are `error`, medium `warning`, low `note`;
//!   each rule also carries a numeric `security-severity` (critical 9.0,
//!   high 7.5, medium 5.0, low 3.0) and the tags `security` (which GitHub
//!   needs to treat the score as a security severity) and its family.
//! - Locations: the file as given (forward slashes, percent-encoded where a
//!   URI needs it), the line where the first node of the offending path is
//!   declared (`"id": "…"` in a design; its cell in a draw.io file), else
//!   line 1 (the page's line in a draw.io file, no line in a PNG); the
//!   path's node ids as logical locations of kind `resource`.
//! - `partialFingerprints.airlockFindingId/v1` is the finding id, stable
//!   across edits that do not change the finding.
//! - Suppressed findings carry an `external` suppression with the reason.

use super::Checked;
use crate::check::{Finding, RULES, Rule, Severity};
use crate::i18n::Lang;
use crate::model::Declared;
use serde_json::{Value, json};

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
pub const SARIF_VERSION: &str = "2.1.0";
/// The key of the finding id in `partialFingerprints`.
pub const FINGERPRINT: &str = "airlockFindingId/v1";

/// SARIF's level for a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "note",
    }
}

/// The `security-severity` score GitHub ranks alerts by.
pub fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "9.0",
        Severity::High => "7.5",
        Severity::Medium => "5.0",
        Severity::Low => "3.0",
    }
}

/// Renders one SARIF log (pretty JSON, trailing newline) for all files,
/// in English.
pub fn render(files: &[Checked]) -> String {
    render_in(files, Lang::En)
}

/// Renders one SARIF log (pretty JSON, trailing newline) for all files,
/// with messages and rule descriptions in `lang`.
pub fn render_in(files: &[Checked], lang: Lang) -> String {
    let mut s =
        serde_json::to_string_pretty(&log_in(files, lang)).expect("a SARIF log always serializes");
    s.push('\n');
    s
}

/// The SARIF log as a JSON value, in English.
pub fn log(files: &[Checked]) -> Value {
    log_in(files, Lang::En)
}

/// The SARIF log as a JSON value, in `lang`: a run in Korean or Japanese
/// says so in `run.language` (SARIF 2.1.0 §3.14.9).
pub fn log_in(files: &[Checked], lang: Lang) -> Value {
    let mut results = Vec::new();
    for file in files {
        let uri = uri(file.path);
        let declared = file.source.declared();
        for f in &file.report.findings {
            results.push(result(f, lang, &uri, &declared));
        }
    }
    let mut log = json!({
        "$schema": SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {
                "driver": {
                    "name": "Airlock",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": RULES.iter().map(|r| descriptor(r, lang)).collect::<Vec<_>>(),
                }
            },
            "results": results,
        }]
    });
    if lang != Lang::En {
        log["runs"][0]["language"] = json!(lang.code());
    }
    log
}

fn descriptor(rule: &Rule, lang: Lang) -> Value {
    json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": { "text": rule.title(lang) },
        "fullDescription": { "text": rule.why(lang) },
        "help": { "text": rule.doc_in(lang), "markdown": rule.doc_in(lang) },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": {
            "tags": ["security", rule.family],
            "security-severity": security_severity(rule.severity),
        },
    })
}

/// A plain-text message as SARIF reads it: braces are placeholders there
/// (SARIF 2.1.0 §3.11.5: a literal one is doubled) and `[text](target)` an
/// embedded link (§3.11.6: a literal bracket is escaped with a backslash),
/// so the design's labels cannot make either.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => out.push_str("{{"),
            '}' => out.push_str("}}"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            c => out.push(c),
        }
    }
    out
}

fn result(f: &Finding, lang: Lang, uri: &str, declared: &Declared) -> Value {
    let mut physical = json!({ "artifactLocation": { "uri": uri } });
    // The first node of the path; a file without lines (a PNG) has no
    // region (SARIF 2.1.0 §3.29.4: the whole artifact).
    let first = f.nodes.first().map_or("", String::as_str);
    if let Some(line) = declared.line(first) {
        physical["region"] = json!({ "startLine": line });
    }
    let mut location = json!({ "physicalLocation": physical });
    if !f.nodes.is_empty() {
        let mut seen = Vec::new();
        let logical: Vec<Value> = f
            .nodes
            .iter()
            .filter(|id| {
                // SARIF wants the items unique; a path may pass a node twice.
                let new = !seen.contains(id);
                seen.push(*id);
                new
            })
            .map(|id| json!({ "name": id, "kind": "resource" }))
            .collect();
        location["logicalLocations"] = Value::Array(logical);
    }
    let mut result = json!({
        "ruleId": f.code,
        "level": level(f.severity),
        "message": { "text": plain(&f.message.render(lang)) },
        "partialFingerprints": { FINGERPRINT: f.id },
        "locations": [location],
    });
    if let Some(index) = RULES.iter().position(|r| r.code == f.code) {
        result["ruleIndex"] = json!(index);
    }
    if let Some(reason) = &f.suppressed {
        result["suppressions"] = json!([{ "kind": "external", "justification": reason }]);
    }
    result
}

/// The file path as a relative URI reference: forward slashes, and
/// percent-encoding for bytes a URI cannot hold (spaces, `#`, `?`, `%`,
/// non-ASCII).
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::run;
    use crate::model::from_json;
    use crate::report::Source;

    const LOCALIZATION: &str = include_str!("../../tests/fixtures/glue_all_tables_over_vpn.json");
    const SUPPRESSED: &str = include_str!("../../tests/fixtures/glue_all_tables_suppressed.json");

    fn sarif_of(sources: &[(&str, &str)]) -> Value {
        let docs: Vec<_> = sources
            .iter()
            .map(|(_, s)| from_json(s).expect("fixture loads"))
            .collect();
        let reports: Vec<_> = docs.iter().map(run).collect();
        let files: Vec<Checked> = sources
            .iter()
            .zip(docs.iter().zip(&reports))
            .map(|((path, source), (doc, report))| Checked {
                path,
                source: Source::Json(source),
                doc,
                report,
            })
            .collect();
        let text = render(&files);
        serde_json::from_str(&text).expect("valid JSON")
    }

    /// The properties SARIF 2.1.0's schema requires, and the types and
    /// enumerations of those we emit, checked without the schema file.
    fn assert_valid_sarif(log: &Value) {
        fn obj<'a>(v: &'a Value, what: &str) -> &'a serde_json::Map<String, Value> {
            v.as_object()
                .unwrap_or_else(|| panic!("{what} is an object: {v}"))
        }
        fn text(v: &Value, what: &str) -> String {
            v.as_str()
                .unwrap_or_else(|| panic!("{what} is a string: {v}"))
                .to_string()
        }
        fn message(v: &Value, what: &str) {
            assert!(!text(&obj(v, what)["text"], what).is_empty(), "{what}.text");
        }
        const LEVELS: [&str; 4] = ["none", "note", "warning", "error"];

        let log = obj(log, "sarifLog");
        assert_eq!(log["$schema"], SCHEMA);
        assert_eq!(log["version"], "2.1.0");
        let runs = log["runs"].as_array().expect("runs is an array");
        assert_eq!(runs.len(), 1);
        let run = obj(&runs[0], "run");
        let driver = obj(&obj(&run["tool"], "tool")["driver"], "driver");
        assert_eq!(driver["name"], "Airlock");
        assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
        assert!(!driver.contains_key("informationUri"));
        let rules = driver["rules"].as_array().expect("rules is an array");
        assert_eq!(rules.len(), RULES.len());
        for (r, want) in rules.iter().zip(RULES) {
            let r = obj(r, "reportingDescriptor");
            assert_eq!(r["id"], want.code);
            assert_eq!(r["name"], want.name);
            message(&r["shortDescription"], "shortDescription");
            message(&r["fullDescription"], "fullDescription");
            assert_eq!(r["help"]["text"], want.doc);
            assert_eq!(r["help"]["markdown"], want.doc);
            assert!(LEVELS.contains(&text(&r["defaultConfiguration"]["level"], "level").as_str()));
            let props = obj(&r["properties"], "properties");
            let score: f64 = text(&props["security-severity"], "security-severity")
                .parse()
                .expect("a number");
            assert!((0.0..=10.0).contains(&score));
            let tags = props["tags"].as_array().expect("tags is an array");
            assert!(tags.iter().all(Value::is_string) && tags.contains(&json!("security")));
        }
        for result in run["results"].as_array().expect("results is an array") {
            let result = obj(result, "result");
            message(&result["message"], "result.message");
            let rule_id = text(&result["ruleId"], "ruleId");
            let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
            assert_eq!(
                rules[index]["id"],
                rule_id.as_str(),
                "ruleIndex points at ruleId"
            );
            assert!(LEVELS.contains(&text(&result["level"], "level").as_str()));
            let fingerprints = obj(&result["partialFingerprints"], "partialFingerprints");
            assert!(text(&fingerprints[FINGERPRINT], "fingerprint").starts_with(&rule_id));
            for location in result["locations"].as_array().expect("locations") {
                let physical = obj(&location["physicalLocation"], "physicalLocation");
                let uri = text(&physical["artifactLocation"]["uri"], "uri");
                assert!(!uri.is_empty() && !uri.contains(['\\', ' ']));
                assert!(physical["region"]["startLine"].as_u64().expect("startLine") >= 1);
                if let Some(logical) = location.get("logicalLocations") {
                    let logical = logical.as_array().expect("logicalLocations");
                    for (i, l) in logical.iter().enumerate() {
                        assert_eq!(l["kind"], "resource");
                        text(&l["name"], "logicalLocation.name");
                        assert!(!logical[..i].contains(l), "logical locations are unique");
                    }
                }
            }
            if let Some(suppressions) = result.get("suppressions") {
                for s in suppressions.as_array().expect("suppressions") {
                    assert!(["inSource", "external"].contains(&text(&s["kind"], "kind").as_str()));
                    text(&s["justification"], "justification");
                }
            }
        }
    }

    #[test]
    fn labels_make_no_links_or_placeholders_in_messages() {
        // Before: `[x](https://e.example)` from a label was an embedded
        // link in the result's message, and `{0}` a placeholder.
        assert_eq!(
            plain("flow `[x](https://e.example) {0}` → b"),
            "flow `\\[x\\](https://e.example) {{0}}` → b"
        );
        assert_eq!(plain("plain → words"), "plain → words");
    }

    #[test]
    fn a_log_without_files_lists_the_rules_and_no_results() {
        let log = sarif_of(&[]);
        assert_valid_sarif(&log);
        assert_eq!(log["runs"][0]["results"], json!([]));
        let rules = &log["runs"][0]["tool"]["driver"]["rules"];
        let critical = RULES
            .iter()
            .position(|r| r.severity == Severity::Critical)
            .expect("a critical rule");
        assert_eq!(rules[critical]["properties"]["security-severity"], "9.0");
        assert_eq!(rules[critical]["defaultConfiguration"]["level"], "error");
    }

    #[test]
    fn rule_help_is_the_doc_in_the_report_language() {
        for lang in Lang::ALL {
            let log = log_in(&[], lang);
            let rules = log["runs"][0]["tool"]["driver"]["rules"]
                .as_array()
                .expect("rules");
            for (r, want) in rules.iter().zip(RULES) {
                assert_eq!(r["help"]["text"], want.doc_in(lang), "{lang}");
                assert_eq!(r["help"]["markdown"], want.doc_in(lang), "{lang}");
            }
        }
        let ko = log_in(&[], Lang::Ko);
        let help = ko["runs"][0]["tool"]["driver"]["rules"][0]["help"]["text"].as_str();
        assert!(help.expect("help").contains("## 하는 일"));
    }

    #[test]
    fn findings_are_results_located_where_their_first_node_is_declared() {
        let log = sarif_of(&[("designs\\glue all.json", LOCALIZATION)]);
        assert_valid_sarif(&log);
        let results = log["runs"][0]["results"].as_array().expect("results");
        assert_eq!(results.len(), 1);
        let r = &results[0];
        assert_eq!(r["ruleId"], "LOC001");
        assert_eq!(r["level"], "error");
        assert_eq!(r["partialFingerprints"][FINGERPRINT], "LOC001@pg-job");
        let location = &r["locations"][0];
        assert_eq!(
            location["physicalLocation"]["artifactLocation"]["uri"],
            "designs/glue%20all.json"
        );
        let pg_line = LOCALIZATION
            .lines()
            .position(|l| l.contains("\"id\": \"pg\""))
            .expect("pg is declared")
            + 1;
        assert_eq!(location["physicalLocation"]["region"]["startLine"], pg_line);
        assert_eq!(
            location["logicalLocations"],
            json!([
                { "name": "pg", "kind": "resource" },
                { "name": "vpn", "kind": "resource" },
                { "name": "job", "kind": "resource" },
            ])
        );
        assert!(r.get("suppressions").is_none());
    }

    #[test]
    fn suppressed_findings_carry_the_reason() {
        let log = sarif_of(&[("a.json", LOCALIZATION), ("b.json", SUPPRESSED)]);
        assert_valid_sarif(&log);
        let results = log["runs"][0]["results"].as_array().expect("results");
        assert_eq!(results.len(), 2, "one run for all files");
        assert_eq!(
            results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "b.json"
        );
        assert_eq!(
            results[1]["suppressions"],
            json!([{
                "kind": "external",
                "justification": "Pilot with synthetic customer data, approved by the DPO until June"
            }])
        );
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("-"), "-");
        assert_eq!(uri("a/ü#1.json"), "a/%C3%BC%231.json");
    }
}

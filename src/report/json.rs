//! The reports as JSON, for scripts. The shape is stable; a change that
//! breaks readers bumps [`VERSION`].
//!
//! ```json
//! {
//!   "airlock": 1,
//!   "files": [
//!     {
//!       "path": "designs/pipeline.json",
//!       "findings": [
//!         {
//!           "id": "LOC001@pg-job",
//!           "code": "LOC001",
//!           "rule": "sensitive-data-leaves-on-premises",
//!           "title": "Sensitive data leaves the on-premises network",
//!           "family": "localization",
//!           "severity": "high",
//!           "message": "Hop `PostgreSQL → Glue job` moves sensitive data `customers` out of the on-premises network",
//!           "why": "…",
//!           "fix": "…",
//!           "nodes": ["pg", "vpn", "job"],
//!           "flows": ["pg-vpn", "vpn-job"],
//!           "suppressed": "accepted for the pilot"
//!         }
//!       ],
//!       "rules_run": 12,
//!       "rules_skipped": 9,
//!       "skipped": ["EGR002", "…"],
//!       "unused_suppressions": [1]
//!     }
//!   ]
//! }
//! ```
//!
//! - `airlock`: this format's version, [`VERSION`].
//! - `files`: one entry per file that could be checked, in the order given.
//! - `path`: the path as given (`-` for standard input).
//! - `findings`: sorted by severity (highest first), then code, then id.
//!   `family` is `egress`, `encryption`, `localization` or `topology`;
//!   `severity` is `critical`, `high`, `medium` or `low`; `nodes` and
//!   `flows` are the offending path's ids in order; `suppressed` (the
//!   suppression's reason) is present only on accepted findings.
//! - `skipped`: the codes of the rules that did not apply to the document.
//! - `unused_suppressions`: indices into the document's `suppressions`
//!   that matched no finding.

use super::Checked;
use crate::check::{Localized, Report};
use crate::i18n::Lang;
use serde::Serialize;

/// The version of this output format.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Output<'a> {
    airlock: u32,
    files: Vec<File<'a>>,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    #[serde(flatten)]
    report: Localized<'a, Report>,
}

/// Renders the files as pretty JSON in English, with a trailing newline.
pub fn render(files: &[Checked]) -> String {
    render_in(files, Lang::En)
}

/// Renders the files as pretty JSON, with the words (`title`, `message`,
/// `why`, `fix`) in `lang`, and a trailing newline.
pub fn render_in(files: &[Checked], lang: Lang) -> String {
    let output = Output {
        airlock: VERSION,
        files: files
            .iter()
            .map(|f| File {
                path: f.path,
                report: Localized(f.report, lang),
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&output).expect("a report always serializes");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::run;
    use crate::model::from_json;
    use crate::report::Source;

    #[test]
    fn the_shape_is_versioned_files_with_flattened_reports() {
        let source = include_str!("../../tests/fixtures/glue_all_tables_over_vpn.json");
        let doc = from_json(source).expect("fixture loads");
        let report = run(&doc);
        let text = render(&[Checked {
            path: "a.json",
            source: Source::Json(source),
            doc: &doc,
            report: &report,
        }]);
        let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(v["airlock"], VERSION);
        let file = &v["files"][0];
        let mut keys: Vec<&str> = file
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "findings",
                "path",
                "rules_run",
                "rules_skipped",
                "skipped",
                "unused_suppressions"
            ]
        );
        assert_eq!(file["path"], "a.json");
        assert_eq!(file["findings"][0]["id"], "LOC001@pg-job");
        assert_eq!(file["findings"][0]["severity"], "high");
        assert!(file["findings"][0].get("suppressed").is_none());
        assert_eq!(file["rules_run"], report.rules_run);
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn no_files_is_an_empty_list() {
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&render(&[])).expect("valid JSON"),
            serde_json::json!({"airlock": 1, "files": []})
        );
    }
}

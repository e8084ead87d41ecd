//! Output formats for check results, shared by the command line and the
//! browser app's export. No web dependency.
//!
//! - [`text`]: human output for one file;
//! - [`json`]: the reports as versioned JSON, for scripts;
//! - [`sarif`]: SARIF 2.1.0, for code-scanning dashboards;
//! - [`markdown`]: a findings table and sections, for docs pages;
//! - [`catalog`]: the rule list, as text or JSON.
//!
//! Finding messages name nodes by their labels, which users write: every
//! format escapes them for where they land (terminal, markdown, JSON).

pub mod catalog;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod text;

use crate::check::{Finding, Report, Severity};
use crate::model::Document;

/// One checked file: everything a format may show about it.
#[derive(Clone, Copy, Debug)]
pub struct Checked<'a> {
    /// The file's path as the user gave it (`-` for standard input).
    pub path: &'a str,
    /// The document's JSON text, for line numbers.
    pub source: &'a str,
    pub doc: &'a Document,
    pub report: &'a Report,
}

/// `1 finding`, `2 findings`.
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The one-line summary: `2 findings (0 critical, 1 high, 1 medium, 0 low),
/// 12 rules run, 9 skipped`, with `N suppressed` after the counts when a
/// suppression accepted a finding. Counts are of active findings.
pub fn summary(report: &Report) -> String {
    let counts = report.counts();
    let active: usize = counts.values().sum();
    let by_severity: Vec<String> = Severity::ALL
        .iter()
        .map(|s| format!("{} {s}", counts.get(s).copied().unwrap_or(0)))
        .collect();
    let mut line = format!("{} ({})", plural(active, "finding"), by_severity.join(", "));
    let suppressed = report.findings.len() - active;
    if suppressed > 0 {
        line.push_str(&format!(", {suppressed} suppressed"));
    }
    line.push_str(&format!(
        ", {} run, {} skipped",
        plural(report.rules_run, "rule"),
        report.rules_skipped
    ));
    line
}

/// The offending path as node ids: `a → b → c`.
fn path_of(finding: &Finding) -> String {
    finding.nodes.join(" → ")
}

/// How an unused suppression is named: `suppressions[2] (EGR005@vpc)`.
fn suppression_name(doc: &Document, index: usize) -> String {
    match doc.suppressions.get(index) {
        Some(s) => format!("suppressions[{index}] ({}@{})", s.rule, s.target),
        None => format!("suppressions[{index}]"),
    }
}

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
use crate::i18n::{Arg, Lang, ids, t};
use crate::model::{Declared, Document};
use std::borrow::Cow;

/// One checked file: everything a format may show about it.
#[derive(Clone, Copy, Debug)]
pub struct Checked<'a> {
    /// The file's path as the user gave it (`-` for standard input).
    pub path: &'a str,
    /// The file's text, for line numbers.
    pub source: Source<'a>,
    pub doc: &'a Document,
    pub report: &'a Report,
}

/// The file a report is of, for pointing at lines in it.
#[derive(Clone, Copy, Debug)]
pub enum Source<'a> {
    /// A design's JSON text, read for its declarations when a format
    /// needs lines.
    Json(&'a str),
    /// A file whose lines are known already: a draw.io import's cells.
    Declared(&'a Declared),
}

impl Source<'_> {
    /// Where each element is declared.
    pub fn declared(&self) -> Cow<'_, Declared> {
        match self {
            Source::Json(text) => Cow::Owned(Declared::in_json(text)),
            Source::Declared(d) => Cow::Borrowed(d),
        }
    }
}

/// The one-line summary: `2 findings (0 critical, 1 high, 1 medium, 0 low),
/// 12 rules run, 9 skipped`, with `N suppressed` after the counts when a
/// suppression accepted a finding. Counts are of active findings.
pub fn summary(report: &Report) -> String {
    summary_in(report, Lang::En)
}

/// [`summary`] in `lang`.
pub fn summary_in(report: &Report, lang: Lang) -> String {
    let counts = report.counts();
    let active: usize = counts.values().sum();
    let count = |s: Severity| Arg::Count(counts.get(&s).copied().unwrap_or(0));
    let plural = |id, n: usize| Arg::Text(t(lang, id, &[("count", Arg::Count(n))]));
    let suppressed = report.findings.len() - active;
    let mut args = vec![
        ("findings", plural(ids::REPORT_FINDINGS, active)),
        ("critical", count(Severity::Critical)),
        ("high", count(Severity::High)),
        ("medium", count(Severity::Medium)),
        ("low", count(Severity::Low)),
        ("rules", plural(ids::REPORT_RULES, report.rules_run)),
        ("skipped", Arg::Count(report.rules_skipped)),
    ];
    let id = if suppressed > 0 {
        args.push(("suppressed", Arg::Count(suppressed)));
        ids::REPORT_SUMMARY_SUPPRESSED
    } else {
        ids::REPORT_SUMMARY
    };
    t(lang, id, &args)
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

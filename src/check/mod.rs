//! The evaluator: builds the graph, reads each data flow's route and
//! legs, derives the network layer, propagates datasets, runs every rule,
//! and reports findings.
//!
//! [`run`] is the one entry point, shared by the command line and the
//! browser. It takes a validated document (the loader and the editor only
//! produce those) and never fails: a rule that does not apply is skipped,
//! not passed.

mod context;
mod data;
mod graph;
mod infer;
mod ix;
mod legs;
mod network;
mod routes;
pub mod rules;
mod sets;

#[cfg(test)]
pub(crate) mod testkit;
#[cfg(test)]
mod verdicts;

pub use context::{Context, Hit, Target, Trail};
pub use ix::{DatasetIx, FlowIx, NodeIx};
pub use rules::{RULES, Rule, rule};

use crate::i18n::{Lang, Message, rule_id, t};
use crate::model::Document;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 4] = [Self::Critical, Self::High, Self::Medium, Self::Low];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }
    pub fn parse(s: &str) -> Option<Severity> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    Egress,
    Encryption,
    Localization,
    Topology,
}

impl Family {
    pub fn title(self) -> &'static str {
        match self {
            Self::Egress => "Egress",
            Self::Encryption => "Encryption in transit",
            Self::Localization => "Data localization",
            Self::Topology => "Topology",
        }
    }
    pub fn prefix(self) -> &'static str {
        match self {
            Self::Egress => "EGR",
            Self::Encryption => "ENC",
            Self::Localization => "LOC",
            Self::Topology => "NET",
        }
    }
}

/// One thing wrong with the design. Its words are messages until shown
/// in a language ([`Finding::shown`]); codes, ids and paths are the same
/// in every language. `Serialize` writes it in English ([`Localized`]
/// for another language).
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Stable id: `CODE@target`, e.g. `ENC001@db-glue`: the data flow or
    /// the node the finding is about.
    pub id: String,
    pub code: &'static str,
    /// The rule's kebab-case name.
    pub rule: &'static str,
    pub family: Family,
    pub severity: Severity,
    /// One sentence naming the elements.
    pub message: Message,
    /// How to fix it when the finding has a specific fix; `None`: the
    /// rule's own.
    pub fix: Option<Message>,
    /// The offending path: node ids in order.
    pub nodes: Vec<String>,
    /// The offending path: flow ids in order.
    pub flows: Vec<String>,
    /// The reason, when a suppression accepts this finding.
    pub suppressed: Option<String>,
}

/// A finding's words in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub title: String,
    pub message: String,
    /// Why it matters, in one sentence.
    pub why: String,
    pub fix: String,
}

/// A finding or a report as one language shows it: what it serializes as.
#[derive(Clone, Copy, Debug)]
pub struct Localized<'a, T>(pub &'a T, pub Lang);

impl Serialize for Localized<'_, Finding> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let Localized(f, lang) = *self;
        let shown = f.shown(lang);
        let mut s = serializer.serialize_struct("Finding", 12)?;
        s.serialize_field("id", &f.id)?;
        s.serialize_field("code", f.code)?;
        s.serialize_field("rule", f.rule)?;
        s.serialize_field("title", &shown.title)?;
        s.serialize_field("family", &f.family)?;
        s.serialize_field("severity", &f.severity)?;
        s.serialize_field("message", &shown.message)?;
        s.serialize_field("why", &shown.why)?;
        s.serialize_field("fix", &shown.fix)?;
        s.serialize_field("nodes", &f.nodes)?;
        s.serialize_field("flows", &f.flows)?;
        match &f.suppressed {
            Some(reason) => s.serialize_field("suppressed", reason)?,
            None => s.skip_field("suppressed")?,
        }
        s.end()
    }
}

impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Localized(self, Lang::En).serialize(serializer)
    }
}

impl Finding {
    /// The finding's words in `lang`.
    pub fn shown(&self, lang: Lang) -> Shown {
        Shown {
            title: t(lang, &rule_id(self.code, "title"), &[]),
            message: self.message.render(lang),
            why: t(lang, &rule_id(self.code, "why"), &[]),
            fix: match &self.fix {
                Some(fix) => fix.render(lang),
                None => t(lang, &rule_id(self.code, "fix"), &[]),
            },
        }
    }

    /// What follows `@` in the id: what a suppression names.
    pub fn target(&self) -> &str {
        self.id.split_once('@').map_or("", |(_, t)| t)
    }

    /// The elements the finding is about, where a diagram puts its badge:
    /// the data flow it names, or else the node.
    pub fn anchors(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.target()).filter(|t| !t.is_empty())
    }
}

/// What protects a data flow end to end, as the checker sees it: the
/// flow's own declaration, or TLS that one of its ends enforces (a DMS SSL
/// mode, `rds.force_ssl`, `aws:SecureTransport`, `JDBC_ENFORCE_SSL`),
/// which the arrow itself does not say. What covers only some legs (a
/// VPN's IPsec, MACsec) is not end to end and not here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EndToEnd {
    pub tls: bool,
    pub ipsec: bool,
    /// The end that enforces TLS (a node index in the document), when the
    /// flow does not declare it.
    pub enforced_by: Option<usize>,
}

/// The result of checking one document. `Serialize` writes it in English
/// ([`Localized`] for another language).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// Sorted by severity (highest first), then code, then id.
    pub findings: Vec<Finding>,
    pub rules_run: usize,
    pub rules_skipped: usize,
    /// The codes of the rules that did not apply.
    pub skipped: Vec<&'static str>,
    /// Indices of suppressions that matched no finding.
    pub unused_suppressions: Vec<usize>,
    /// Each data flow's end-to-end protection, by its index in the
    /// document (for the canvas's chips; not part of the report formats).
    pub end_to_end: Vec<EndToEnd>,
}

impl Serialize for Localized<'_, Report> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let Localized(r, lang) = *self;
        let findings: Vec<Localized<Finding>> =
            r.findings.iter().map(|f| Localized(f, lang)).collect();
        let mut s = serializer.serialize_struct("Report", 5)?;
        s.serialize_field("findings", &findings)?;
        s.serialize_field("rules_run", &r.rules_run)?;
        s.serialize_field("rules_skipped", &r.rules_skipped)?;
        s.serialize_field("skipped", &r.skipped)?;
        s.serialize_field("unused_suppressions", &r.unused_suppressions)?;
        s.end()
    }
}

impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Localized(self, Lang::En).serialize(serializer)
    }
}

impl Report {
    /// Findings not accepted by a suppression.
    pub fn active(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.suppressed.is_none())
    }

    /// Active findings per severity.
    pub fn counts(&self) -> BTreeMap<Severity, usize> {
        let mut counts = BTreeMap::new();
        for f in self.active() {
            *counts.entry(f.severity).or_insert(0) += 1;
        }
        counts
    }
}

/// Checks a validated document against every rule.
pub fn run(doc: &Document) -> Report {
    report(doc, &Context::new(doc))
}

/// Runs every rule on a document's context.
fn report(doc: &Document, cx: &Context) -> Report {
    let mut report = Report {
        end_to_end: cx.end_to_end(),
        ..Report::default()
    };
    // Each rule's hits, sorted by target with repeats dropped (the first
    // stays): the findings' order and ids without sorting the findings.
    let mut hits: Vec<Vec<Hit>> = Vec::with_capacity(RULES.len());
    for rule in RULES {
        let mut found = Vec::new();
        if (rule.applies)(cx) {
            report.rules_run += 1;
            (rule.check)(cx, &mut found);
            // Stable: of one target's hits, the first stays.
            found.sort_by_key(|h| cx.target_id(h.target));
            found.dedup_by_key(|h| h.target);
        } else {
            report.rules_skipped += 1;
            report.skipped.push(rule.code);
        }
        hits.push(found);
    }
    // Highest severity first, then by code (`RULES` is sorted by code).
    let mut order: Vec<usize> = (0..RULES.len()).collect();
    order.sort_by_key(|&r| std::cmp::Reverse(RULES[r].severity));
    report.findings.reserve(hits.iter().map(Vec::len).sum());
    for r in order {
        for hit in std::mem::take(&mut hits[r]) {
            report.findings.push(cx.finding(RULES[r], hit));
        }
    }

    // Suppressions by (rule, target): the first one's reason is shown;
    // every one that names a finding counts as used.
    let mut suppressions: FxHashMap<(&str, &str), Vec<usize>> = FxHashMap::default();
    for (i, s) in doc.suppressions.iter().enumerate() {
        suppressions
            .entry((s.rule.as_str(), s.target.as_str()))
            .or_default()
            .push(i);
    }
    let mut used = vec![false; doc.suppressions.len()];
    for f in &mut report.findings {
        if let Some(all) = suppressions.get(&(f.code, f.target())) {
            for &i in all {
                used[i] = true;
            }
            f.suppressed = Some(doc.suppressions[all[0]].reason.clone());
        }
    }
    report.unused_suppressions = (0..used.len()).filter(|&i| !used[i]).collect();
    report
}

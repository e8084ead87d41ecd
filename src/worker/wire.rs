//! The checker's report as it crosses from the check worker to the page:
//! JSON text of owned mirror types, so that neither side shares memory
//! with the other and the page rebuilds a [`Report`] equal to the one the
//! worker computed.
//!
//! The report holds `&'static str`s (rule codes, message ids, argument
//! names) that only the checker's own tables can give; on the page they
//! are interned ([`intern`]): the set of such strings is fixed by the
//! program, so each is leaked once and memory stays bounded. This file is
//! the only one that knows the report's fields on both sides: when
//! `Finding` changes, only the two conversions below change.

use crate::check::{EndToEnd, Family, Finding, Report, Severity};
use crate::i18n::{Arg, Message};
use crate::model::Kind;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::{LazyLock, Mutex};

/// [`Report`] on the wire.
#[derive(Serialize, Deserialize)]
pub struct WireReport {
    findings: Vec<WireFinding>,
    rules_run: usize,
    rules_skipped: usize,
    skipped: Vec<String>,
    unused_suppressions: Vec<usize>,
    /// `(tls, ipsec, enforced_by)` per data flow.
    end_to_end: Vec<(bool, bool, Option<usize>)>,
}

#[derive(Serialize, Deserialize)]
struct WireFinding {
    id: String,
    code: String,
    rule: String,
    family: String,
    severity: String,
    message: WireMessage,
    fix: Option<WireMessage>,
    nodes: Vec<String>,
    flows: Vec<String>,
    suppressed: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct WireMessage {
    id: String,
    args: Vec<(String, WireArg)>,
}

#[derive(Serialize, Deserialize)]
enum WireArg {
    Text(String),
    Code(String),
    Count(usize),
    Node(Kind, String),
    List { items: Vec<WireArg>, more: usize },
    Msg(WireMessage),
    Kind(Kind),
    KindId { kind: Kind, article: bool },
}

/// What went wrong reading a report off the wire: a worker built from
/// another version of the program, or a bug.
#[derive(Debug, thiserror::Error)]
pub enum WireError {
    #[error("the check worker's report is not readable: {0}")]
    Json(#[from] serde_json::Error),
    #[error("the check worker's report names an unknown {what} `{value}`")]
    Unknown { what: &'static str, value: String },
}

/// The report as wire text.
pub fn encode(report: &Report) -> String {
    serde_json::to_string(&WireReport::from(report)).expect("a report serializes")
}

/// The report from wire text.
pub fn decode(text: &str) -> Result<Report, WireError> {
    serde_json::from_str::<WireReport>(text)?.into_report()
}

/// Every family, for reading one back by name.
const FAMILIES: [Family; 4] = [
    Family::Egress,
    Family::Encryption,
    Family::Localization,
    Family::Topology,
];

fn family_name(f: Family) -> &'static str {
    f.prefix()
}

fn family(name: &str) -> Result<Family, WireError> {
    FAMILIES
        .into_iter()
        .find(|f| family_name(*f) == name)
        .ok_or_else(|| unknown("family", name))
}

fn severity(name: &str) -> Result<Severity, WireError> {
    Severity::parse(name).ok_or_else(|| unknown("severity", name))
}

fn unknown(what: &'static str, value: &str) -> WireError {
    WireError::Unknown {
        what,
        value: value.to_string(),
    }
}

/// The one `&'static str` with this text: leaked the first time it is
/// seen. Only the program's own codes, message ids and argument names come
/// here, a fixed set of a few hundred short strings.
fn intern(text: String) -> &'static str {
    static SEEN: LazyLock<Mutex<HashSet<&'static str>>> = LazyLock::new(Default::default);
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(s) = seen.get(text.as_str()) {
        return s;
    }
    let s: &'static str = Box::leak(text.into_boxed_str());
    seen.insert(s);
    s
}

impl From<&Report> for WireReport {
    fn from(r: &Report) -> WireReport {
        WireReport {
            findings: r.findings.iter().map(WireFinding::from).collect(),
            rules_run: r.rules_run,
            rules_skipped: r.rules_skipped,
            skipped: r.skipped.iter().map(|s| s.to_string()).collect(),
            unused_suppressions: r.unused_suppressions.clone(),
            end_to_end: r
                .end_to_end
                .iter()
                .map(|e| (e.tls, e.ipsec, e.enforced_by))
                .collect(),
        }
    }
}

impl WireReport {
    fn into_report(self) -> Result<Report, WireError> {
        Ok(Report {
            findings: self
                .findings
                .into_iter()
                .map(WireFinding::into_finding)
                .collect::<Result<_, _>>()?,
            rules_run: self.rules_run,
            rules_skipped: self.rules_skipped,
            skipped: self.skipped.into_iter().map(intern).collect(),
            unused_suppressions: self.unused_suppressions,
            end_to_end: self
                .end_to_end
                .into_iter()
                .map(|(tls, ipsec, enforced_by)| EndToEnd {
                    tls,
                    ipsec,
                    enforced_by,
                })
                .collect(),
        })
    }
}

impl From<&Finding> for WireFinding {
    fn from(f: &Finding) -> WireFinding {
        WireFinding {
            id: f.id.clone(),
            code: f.code.to_string(),
            rule: f.rule.to_string(),
            family: family_name(f.family).to_string(),
            severity: f.severity.as_str().to_string(),
            message: WireMessage::from(&f.message),
            fix: f.fix.as_ref().map(WireMessage::from),
            nodes: f.nodes.clone(),
            flows: f.flows.clone(),
            suppressed: f.suppressed.clone(),
        }
    }
}

impl WireFinding {
    fn into_finding(self) -> Result<Finding, WireError> {
        Ok(Finding {
            family: family(&self.family)?,
            severity: severity(&self.severity)?,
            id: self.id,
            code: intern(self.code),
            rule: intern(self.rule),
            message: self.message.into_message(),
            fix: self.fix.map(WireMessage::into_message),
            nodes: self.nodes,
            flows: self.flows,
            suppressed: self.suppressed,
        })
    }
}

impl From<&Message> for WireMessage {
    fn from(m: &Message) -> WireMessage {
        WireMessage {
            id: m.id.to_string(),
            args: m
                .args
                .iter()
                .map(|(name, arg)| (name.to_string(), WireArg::from(arg)))
                .collect(),
        }
    }
}

impl WireMessage {
    fn into_message(self) -> Message {
        Message {
            id: intern(self.id),
            args: self
                .args
                .into_iter()
                .map(|(name, arg)| (intern(name), arg.into_arg()))
                .collect(),
        }
    }
}

impl From<&Arg> for WireArg {
    fn from(a: &Arg) -> WireArg {
        match a {
            Arg::Text(s) => WireArg::Text(s.clone()),
            Arg::Code(s) => WireArg::Code(s.clone()),
            Arg::Count(n) => WireArg::Count(*n),
            Arg::Node(kind, name) => WireArg::Node(*kind, name.clone()),
            Arg::List { items, more } => WireArg::List {
                items: items.iter().map(WireArg::from).collect(),
                more: *more,
            },
            Arg::Msg(m) => WireArg::Msg(WireMessage::from(m)),
            Arg::Kind(kind) => WireArg::Kind(*kind),
            Arg::KindId { kind, article } => WireArg::KindId {
                kind: *kind,
                article: *article,
            },
        }
    }
}

impl WireArg {
    fn into_arg(self) -> Arg {
        match self {
            WireArg::Text(s) => Arg::Text(s),
            WireArg::Code(s) => Arg::Code(s),
            WireArg::Count(n) => Arg::Count(n),
            WireArg::Node(kind, name) => Arg::Node(kind, name),
            WireArg::List { items, more } => Arg::List {
                items: items.into_iter().map(WireArg::into_arg).collect(),
                more,
            },
            WireArg::Msg(m) => Arg::Msg(m.into_message()),
            WireArg::Kind(kind) => Arg::Kind(kind),
            WireArg::KindId { kind, article } => Arg::KindId { kind, article },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every example design's report survives the wire unchanged.
    #[test]
    fn reports_round_trip() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/static/examples");
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).expect("the examples directory") {
            let path = entry.expect("an entry").path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("readable");
            let Ok(doc) = crate::model::from_json(&text) else {
                continue;
            };
            let report = crate::check::run(&doc);
            let back = decode(&encode(&report)).expect("decodes");
            assert_eq!(back, report, "{}", path.display());
            seen += 1;
        }
        assert!(seen > 0, "no example was checked");
    }
}

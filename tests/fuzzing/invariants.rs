//! What every report of a valid document must satisfy, checked after each
//! fuzz case. Each check returns the first violation as a message naming
//! the finding, so a fuzzer's crash report says what broke.

use airlock::check::{RULES, Report, run};
use airlock::i18n::Lang;
use airlock::model::Document;
use airlock::report::{self, Checked, Source};
use std::collections::HashSet;

/// Checks `doc` twice, asserts every invariant of the report and renders it
/// as JSON, markdown and text (none may panic). Returns the report.
pub fn check_and_verify(doc: &Document) -> Result<Report, String> {
    let report = run(doc);
    verify(doc, &report)?;
    let again = run(doc);
    if again != report {
        return Err("two runs on the same document gave different reports".into());
    }
    let source = airlock::model::to_json(doc);
    let checked = Checked {
        path: "fuzz.json",
        source: Source::Json(&source),
        doc,
        report: &report,
    };
    let json = report::json::render(&[checked]);
    let checked_again = Checked {
        report: &again,
        ..checked
    };
    if json != report::json::render(&[checked_again]) {
        return Err("two runs rendered different JSON".into());
    }
    report::markdown::render(&checked);
    report::text::render(&checked);
    Ok(report)
}

/// Renders the report as SARIF (which must not panic), with line numbers
/// looked up in `source`, the text `doc` was loaded from. Separate because
/// it embeds every rule's documentation: about 2 ms, a hundred times the
/// rest.
pub fn render_sarif(source: &str, doc: &Document, report: &Report) {
    report::sarif::render(&[Checked {
        path: "fuzz.json",
        source: Source::Json(source),
        doc,
        report,
    }]);
}

/// The documented properties of a report on `doc`.
pub fn verify(doc: &Document, report: &Report) -> Result<(), String> {
    // Rule bookkeeping.
    if report.rules_run + report.rules_skipped != RULES.len() {
        return Err(format!(
            "rules_run {} + rules_skipped {} != {} rules",
            report.rules_run,
            report.rules_skipped,
            RULES.len()
        ));
    }
    if report.skipped.len() != report.rules_skipped {
        return Err(format!(
            "skipped lists {} codes, rules_skipped is {}",
            report.skipped.len(),
            report.rules_skipped
        ));
    }
    let in_order: Vec<&str> = RULES
        .iter()
        .map(|r| r.code)
        .filter(|c| report.skipped.contains(c))
        .collect();
    if in_order != report.skipped {
        return Err(format!(
            "skipped {:?} are not distinct rule codes in registry order",
            report.skipped
        ));
    }

    // Findings: unique ids, sorted by severity (highest first), code, id.
    for pair in report.findings.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let key =
            |f: &airlock::check::Finding| (std::cmp::Reverse(f.severity), f.code, f.id.clone());
        if key(a) >= key(b) {
            return Err(format!(
                "findings out of order or repeated: `{}` ({}) then `{}` ({})",
                a.id, a.severity, b.id, b.severity
            ));
        }
    }
    let mut ids = HashSet::new();
    for f in &report.findings {
        if !ids.insert(f.id.as_str()) {
            return Err(format!("finding id `{}` repeated", f.id));
        }
    }

    let node_ids: HashSet<&str> = doc.nodes.iter().map(|n| n.id.as_str()).collect();
    for f in &report.findings {
        let Some(rule) = RULES.iter().find(|r| r.code == f.code) else {
            return Err(format!("`{}`: no rule has code {}", f.id, f.code));
        };
        if f.id != format!("{}@{}", f.code, f.target()) || f.target().is_empty() {
            return Err(format!("`{}`: not CODE@target", f.id));
        }
        if (f.rule, f.family, f.severity) != (rule.name, rule.family, rule.severity) {
            return Err(format!(
                "`{}`: metadata differs from rule {}",
                f.id, rule.code
            ));
        }
        // Every language has words for it, none left as a message id.
        for lang in Lang::ALL {
            let shown = f.shown(lang);
            let texts = [&shown.title, &shown.message, &shown.why, &shown.fix];
            if texts
                .iter()
                .any(|t| t.is_empty() || t.contains(f.message.id))
            {
                return Err(format!("`{}`: a {lang} text is empty or missing", f.id));
            }
        }
        if f.shown(Lang::En).title != rule.title(Lang::En) {
            return Err(format!("`{}`: title differs from rule {}", f.id, rule.code));
        }

        // The path: existing nodes.
        if let Some(missing) = f.nodes.iter().find(|n| !node_ids.contains(n.as_str())) {
            return Err(format!("`{}`: path node `{missing}` does not exist", f.id));
        }
        // A path is one data flow's own route, or nodes with no flow.
        match f.flows.as_slice() {
            [] if f.nodes.is_empty() => {
                return Err(format!("`{}`: an empty path", f.id));
            }
            [] => {}
            [flow_id] => {
                let Some(flow) = doc.flow(flow_id) else {
                    return Err(format!("`{}`: path flow `{flow_id}` does not exist", f.id));
                };
                // A flow drawn without `via` between two networks takes an
                // assumed route: its own ends around connectivity nodes,
                // and the message says which.
                let assumed = flow.via.is_empty()
                    && f.nodes.len() > 2
                    && f.nodes.first() == Some(&flow.from)
                    && f.nodes.last() == Some(&flow.to)
                    && f.message
                        .to_string()
                        .contains("(route not drawn: assumed through ");
                if !assumed && !flow.route().eq(f.nodes.iter().map(String::as_str)) {
                    return Err(format!(
                        "`{}`: path nodes {:?} are not flow `{flow_id}`'s route",
                        f.id, f.nodes
                    ));
                }
            }
            more => {
                return Err(format!("`{}`: a path of {} flows", f.id, more.len()));
            }
        }
        let _ = f.anchors().count();

        // Suppressed exactly when a suppression matches, with its reason.
        let matching = doc
            .suppressions
            .iter()
            .find(|s| s.rule == f.code && s.target == f.target());
        if f.suppressed.as_deref() != matching.map(|s| s.reason.as_str()) {
            return Err(format!(
                "`{}`: suppressed {:?}, but the matching suppression is {:?}",
                f.id, f.suppressed, matching
            ));
        }
    }

    // Unused suppressions: exactly those that match no finding.
    let unused: Vec<usize> = doc
        .suppressions
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            !report
                .findings
                .iter()
                .any(|f| s.rule == f.code && s.target == f.target())
        })
        .map(|(i, _)| i)
        .collect();
    if unused != report.unused_suppressions {
        return Err(format!(
            "unused_suppressions {:?}, but the suppressions matching no finding are {:?}",
            report.unused_suppressions, unused
        ));
    }
    Ok(())
}

//! Human output for one file, for a terminal or a log:
//!
//! ```text
//! designs/pipeline.json
//! HIGH LOC001 Hop `PostgreSQL → Glue job` moves sensitive data `customers` out of the on-premises network
//!   id: LOC001@pg-job
//!   path: pg → vpn → job
//!   fix: Select only non-sensitive datasets on the hop out of `PostgreSQL`, so `customers` never cross
//! suppressed (accepted for the pilot): MEDIUM EGR005 …
//! unused suppression: suppressions[1] (EGR004@job)
//! 1 finding (0 critical, 1 high, 0 medium, 0 low), 1 suppressed, 12 rules run, 9 skipped
//! ```
//!
//! No colour. Control and bidirectional-override characters in user text
//! are shown escaped (`\u{1b}`), so a label cannot drive the terminal.

use super::{Checked, path_of, summary_in, suppression_name};
use crate::check::{Finding, Shown};
use crate::i18n::{Arg, Lang, ids, t};
use std::borrow::Cow;
use std::fmt::Write as _;

/// Renders one checked file in English; the text ends with a newline.
pub fn render(file: &Checked) -> String {
    render_in(file, Lang::En)
}

/// Renders one checked file in `lang`; the text ends with a newline.
pub fn render_in(file: &Checked, lang: Lang) -> String {
    let mut out = String::new();
    let report = file.report;
    let _ = writeln!(out, "{}", terminal_safe(file.path));
    for f in report.active() {
        let shown = f.shown(lang);
        let _ = writeln!(out, "{}", headline(f, &shown));
        let line = |id, name, value: Cow<str>| t(lang, id, &[(name, Arg::Text(value.into()))]);
        let _ = writeln!(out, "  {}", line(ids::TEXT_ID, "id", terminal_safe(&f.id)));
        if !f.nodes.is_empty() {
            let path = path_of(f);
            let _ = writeln!(
                out,
                "  {}",
                line(ids::TEXT_PATH, "path", terminal_safe(&path))
            );
        }
        let fix = terminal_safe(&shown.fix);
        let _ = writeln!(out, "  {}", line(ids::TEXT_FIX, "fix", fix));
    }
    for f in &report.findings {
        if let Some(reason) = &f.suppressed {
            let args = [
                ("reason", Arg::Text(terminal_safe(reason).into())),
                ("finding", Arg::Text(headline(f, &f.shown(lang)))),
            ];
            let _ = writeln!(out, "{}", t(lang, ids::TEXT_SUPPRESSED, &args));
        }
    }
    for &i in &report.unused_suppressions {
        let name = suppression_name(file.doc, i);
        let args = [("name", Arg::Text(terminal_safe(&name).into()))];
        let _ = writeln!(out, "{}", t(lang, ids::TEXT_UNUSED_SUPPRESSION, &args));
    }
    let _ = writeln!(out, "{}", summary_in(report, lang));
    out
}

/// `HIGH LOC001 message`.
fn headline(f: &Finding, shown: &Shown) -> String {
    format!(
        "{} {} {}",
        f.severity.as_str().to_ascii_uppercase(),
        f.code,
        terminal_safe(&shown.message)
    )
}

/// Whether a character could move the cursor, recolour the terminal or
/// reorder the text around it.
/// Control characters, bidirectional embeddings, overrides, isolates and
/// marks (LRM, RLM, ALM), and the Unicode line and paragraph separators,
/// which a terminal or a log viewer may take as a line break.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{061c}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// User text made safe to print to a terminal: control and bidirectional
/// formatting characters are written as escapes such as `\u{1b}`.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Family, Report, Severity};
    use crate::i18n::{Arg, Message, ids};
    use crate::model::{Document, Suppression};
    use crate::report::Source;

    fn finding(code: &'static str, target: &str, severity: Severity) -> Finding {
        Finding {
            id: format!("{code}@{target}"),
            code,
            rule: "some-rule",
            family: Family::Egress,
            severity,
            message: Message::new(ids::LOC001_MESSAGE)
                .arg("flow", Arg::Code("a → b".into()))
                .arg("data", Arg::Code("d".into())),
            fix: Some(Message::new(ids::ENC002_IPSEC_FIX)),
            nodes: vec!["a".into(), "vpn".into(), "b".into()],
            flows: vec!["a-vpn".into(), "vpn-b".into()],
            suppressed: None,
        }
    }

    fn render_report(doc: &Document, report: &Report) -> String {
        render(&Checked {
            path: "x.json",
            source: Source::Json(""),
            doc,
            report,
        })
    }

    #[test]
    fn a_clean_file_is_a_header_and_a_summary() {
        let report = Report {
            rules_run: 3,
            rules_skipped: 18,
            ..Report::default()
        };
        assert_eq!(
            render_report(&Document::default(), &report),
            "x.json\n0 findings (0 critical, 0 high, 0 medium, 0 low), 3 rules run, 18 skipped\n"
        );
    }

    #[test]
    fn findings_show_path_and_fix_and_suppressions_their_reason() {
        let mut accepted = finding("EGR005", "vpc", Severity::Medium);
        accepted.suppressed = Some("pilot only".into());
        let report = Report {
            findings: vec![finding("LOC001", "a-b", Severity::High), accepted],
            rules_run: 1,
            rules_skipped: 0,
            skipped: vec![],
            unused_suppressions: vec![0],
            end_to_end: vec![],
        };
        let doc = Document {
            suppressions: vec![Suppression {
                rule: "EGR004".into(),
                target: "job".into(),
                reason: "later".into(),
            }],
            ..Document::default()
        };
        assert_eq!(
            render_report(&doc, &report),
            "x.json\n\
             HIGH LOC001 Flow `a → b` moves sensitive data `d` out of the on-premises network\n  \
               id: LOC001@a-b\n  \
               path: a → vpn → b\n  \
               fix: Route the flow through a Site-to-Site VPN (IPsec), which the design requires between on-premises and AWS; TLS alone would still leave ENC001\n\
             suppressed (pilot only): MEDIUM EGR005 Flow `a → b` moves sensitive data `d` out of the on-premises network\n\
             unused suppression: suppressions[0] (EGR004@job)\n\
             1 finding (0 critical, 1 high, 0 medium, 0 low), 1 suppressed, 1 rule run, 0 skipped\n"
        );
    }

    #[test]
    fn control_and_bidi_characters_are_escaped() {
        assert_eq!(terminal_safe("plain → text"), "plain → text");
        assert_eq!(
            terminal_safe("a\u{1b}[31mred\nb\u{202e}c"),
            "a\\u{1b}[31mred\\u{a}b\\u{202e}c"
        );
        // Line and paragraph separators, and the bidi marks: before, they
        // went through raw.
        assert_eq!(
            terminal_safe("a\u{2028}b\u{2029}c\u{200e}d\u{200f}e\u{61c}f"),
            "a\\u{2028}b\\u{2029}c\\u{200e}d\\u{200f}e\\u{61c}f"
        );
    }
}

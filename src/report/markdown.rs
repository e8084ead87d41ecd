//! Markdown for docs pages: a summary line, a findings table, then one
//! section per finding (code, title, severity, message, path, why, fix).
//!
//! Messages, fixes, reasons, ids and the path come from the document, so
//! they are escaped: `<`, `>` and `&` become entities and other markdown
//! punctuation is backslash-escaped, so a label such as `<script>` or `|`
//! shows as text and cannot break the table. Line breaks become spaces.
//! Sections start at `###`, to sit under a page's own headings.

use super::{Checked, path_of, summary_in, suppression_name};
use crate::check::{Finding, Shown};
use crate::i18n::{Arg, Lang, ids, t};
use std::fmt::Write as _;

/// Renders one checked file in English; the text ends with a newline.
pub fn render(file: &Checked) -> String {
    render_in(file, Lang::En)
}

/// Renders one checked file in `lang`; the text ends with a newline.
pub fn render_in(file: &Checked, lang: Lang) -> String {
    let report = file.report;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "**{}**: {}\n",
        escape(file.path),
        escape(&summary_in(report, lang))
    );
    if !report.findings.is_empty() {
        let _ = writeln!(out, "{}\n|---|---|---|---|", t(lang, ids::MD_COLUMNS, &[]));
        let mark = t(lang, ids::MD_SUPPRESSED_MARK, &[]);
        for f in &report.findings {
            let shown = f.shown(lang);
            let _ = writeln!(
                out,
                "| {} | {} | {}{} | {} |",
                f.severity.as_str(),
                f.code,
                escape(&shown.message),
                if f.suppressed.is_some() { &mark } else { "" },
                escape(&path_of(f))
            );
        }
        out.push('\n');
    }
    for f in &report.findings {
        section(&mut out, f, &f.shown(lang), lang);
    }
    if !report.unused_suppressions.is_empty() {
        let names: Vec<String> = report
            .unused_suppressions
            .iter()
            .map(|&i| escape(&suppression_name(file.doc, i)))
            .collect();
        let args = [("names", Arg::Text(names.join(", ")))];
        let _ = writeln!(out, "{}\n", t(lang, ids::MD_UNUSED_SUPPRESSIONS, &args));
    }
    out
}

fn section(out: &mut String, f: &Finding, shown: &Shown, lang: Lang) {
    let _ = writeln!(out, "### {} {}\n", f.code, escape(&shown.title));
    let mut item = |label, value: &str| {
        let _ = writeln!(out, "- **{}:** {value}", t(lang, label, &[]));
    };
    item(ids::MD_ID, &escape(&f.id));
    item(ids::MD_SEVERITY, f.severity.as_str());
    item(ids::MD_FINDING, &escape(&shown.message));
    if !f.nodes.is_empty() {
        item(ids::MD_PATH, &escape(&path_of(f)));
    }
    item(ids::MD_WHY, &escape(&shown.why));
    item(ids::MD_FIX, &escape(&shown.fix));
    if let Some(reason) = &f.suppressed {
        item(ids::MD_SUPPRESSED, &escape(reason));
    }
    out.push('\n');
}

/// Text made inert in markdown (CommonMark and GitHub's): `&`, `<` and
/// `>` as entities, the characters that open inline constructs anywhere in
/// a line (code, emphasis, links, strikethrough, math, table cells)
/// backslash-escaped, control characters (line breaks included) as
/// spaces. Block constructs (`#`, `-`, `1.`) need the start of a line,
/// which escaped text never has: every line starts with our own markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '{' | '}' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    unlink(&out)
}

/// A word joiner (U+2060): invisible, and no mention or autolink reads
/// across it.
const JOINER: char = '\u{2060}';

/// Takes the life out of what GitHub-flavoured markdown would turn into a
/// mention (`@user`, which pings the user when a bot posts the report) or
/// an autolink (`https://…`, `www.…`, `a@b.example`): a word joiner after
/// such an `@`, inside each `://` and after each `www`, so the text reads
/// the same and links nowhere.
fn unlink(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        out.push(c);
        let joins = match c {
            // A mention starts a word; an email autolink has a dot in
            // its domain. `LOC001@pg-job`, a finding id, is neither.
            '@' => {
                let after_word = out[..out.len() - 1]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let domain = rest
                    .split(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '_')))
                    .next()
                    .unwrap_or("");
                !after_word || domain.trim_end_matches('.').contains('.')
            }
            ':' => rest.starts_with("//"),
            'w' | 'W' => {
                let before = &out.as_bytes()[..out.len() - 1];
                before.len() >= 2
                    && before[before.len() - 2..].eq_ignore_ascii_case(b"ww")
                    && rest.starts_with('.')
            }
            _ => false,
        };
        if joins {
            out.push(JOINER);
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

    #[test]
    fn escaping_keeps_user_text_as_text() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(
            escape("`x` *y* _w_ [z](u) ~~s~~ $m$\n# h"),
            "\\`x\\` \\*y\\* \\_w\\_ \\[z\\](u) \\~\\~s\\~\\~ \\$m\\$ # h"
        );
        assert_eq!(escape("AT&T"), "AT&amp;T");
        // Mentions and autolinks: a word joiner breaks each, invisibly.
        assert_eq!(escape("@octocat"), "@\u{2060}octocat");
        assert_eq!(
            escape("see https://evil.example and WWW.x.example"),
            "see https:\u{2060}//evil.example and WWW\u{2060}.x.example"
        );
        assert_eq!(escape("ops@corp.example"), "ops@\u{2060}corp.example");
        assert_eq!(escape("ww.x w. www"), "ww.x w. www");
        assert_eq!(escape("(@team)"), "(@\u{2060}team)");
        assert_eq!(escape("LOC001@pg-job"), "LOC001@pg-job");
        assert_eq!(escape("plain → words, fine"), "plain → words, fine");
    }

    #[test]
    fn hostile_labels_cannot_inject_markup_or_break_the_table() {
        let source = include_str!("../../tests/fixtures/glue_all_tables_over_vpn.json")
            .replace("\"PostgreSQL\"", "\"<script>x</script> | `pg`\\n# H\"");
        let doc = from_json(&source).expect("fixture loads");
        let report = run(&doc);
        let md = render(&Checked {
            path: "a|b.json",
            source: Source::Json(&source),
            doc: &doc,
            report: &report,
        });
        assert!(!md.contains("<script"), "{md}");
        assert!(
            md.contains("&lt;script&gt;x&lt;/script&gt; \\| \\`pg\\` # H"),
            "{md}"
        );
        assert!(md.starts_with("**a\\|b.json**: 1 finding"), "{md}");
        let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ")).collect();
        assert_eq!(rows.len(), 2, "a header and one finding");
        for row in rows {
            let unescaped_pipes = row
                .char_indices()
                .filter(|&(i, c)| c == '|' && !row[..i].ends_with('\\'))
                .count();
            assert_eq!(unescaped_pipes, 5, "four cells: {row}");
        }
        assert!(md.contains("### LOC001 Sensitive data leaves the on-premises network\n"));
        assert!(md.contains("- **Path:** pg → vpn → job\n"));
        assert!(md.contains("- **Id:** LOC001@pg-job\n"), "{md}");
    }
}

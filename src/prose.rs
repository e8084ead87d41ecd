//! The Markdown the rule docs are written in (their `//!` comments and
//! `i18n/<lang>/docs/*.md`), read as blocks for the app to show as
//! formatted text: headings (`#`, `##`), paragraphs, and `-` lists whose
//! items may run over several lines. Inline code stays in backticks for
//! the view to mark ([`crate::ui`] shows it as `<code>`); nothing is
//! parsed as HTML.
//!
//! Not a Markdown parser: the docs are ours and use only this subset
//! (`tests` below reads every shipped doc and finds nothing else), so a
//! general CommonMark crate would add its size to every first load of the
//! app for features the docs never use.

/// One block of a doc.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading: its level (1 for `#`) and text.
    Heading(u8, String),
    Paragraph(String),
    /// A list's items, each joined into one line.
    List(Vec<String>),
}

/// The blocks of `markdown`, in order.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    // The block being read: a paragraph's text, or a list's items.
    let mut para: Option<String> = None;
    let mut items: Vec<String> = Vec::new();
    let flush = |out: &mut Vec<Block>, para: &mut Option<String>, items: &mut Vec<String>| {
        if let Some(p) = para.take() {
            out.push(Block::Paragraph(p));
        }
        if !items.is_empty() {
            out.push(Block::List(std::mem::take(items)));
        }
    };
    for line in markdown.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut out, &mut para, &mut items);
            continue;
        }
        let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
        if (1..=6).contains(&hashes) && trimmed.as_bytes().get(hashes) == Some(&b' ') {
            flush(&mut out, &mut para, &mut items);
            out.push(Block::Heading(
                hashes as u8,
                trimmed[hashes..].trim().to_string(),
            ));
        } else if let Some(item) = trimmed.strip_prefix("- ") {
            if let Some(p) = para.take() {
                out.push(Block::Paragraph(p));
            }
            items.push(item.trim().to_string());
        } else if let Some(last) = items.last_mut().filter(|_| line.starts_with(' ')) {
            // An indented line goes on with the list's last item.
            join(last, trimmed);
        } else {
            if !items.is_empty() {
                out.push(Block::List(std::mem::take(&mut items)));
            }
            match &mut para {
                Some(p) => join(p, trimmed),
                None => para = Some(trimmed.to_string()),
            }
        }
    }
    flush(&mut out, &mut para, &mut items);
    out
}

/// Appends a wrapped line: with a space, except between two characters of
/// a script written without spaces (Japanese and Chinese), where the line
/// break was only where the text wrapped.
fn join(text: &mut String, next: &str) {
    let before = text.chars().last();
    let after = next.chars().next();
    if !(before.is_some_and(unspaced) && after.is_some_and(unspaced)) {
        text.push(' ');
    }
    text.push_str(next);
}

/// Whether a character belongs to a script written without spaces between
/// words: kana, CJK ideographs, and CJK and full-width punctuation.
/// Hangul is written with spaces, so it is not.
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x30FF     // CJK punctuation, hiragana, katakana
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK unified ideographs
        | 0xF900..=0xFAFF   // CJK compatibility ideographs
        | 0xFF00..=0xFF65   // full-width forms
    )
}

#[cfg(test)]
mod tests {
    use super::{Block, blocks};
    use crate::check::RULES;
    use crate::i18n::Lang;

    fn p(text: &str) -> Block {
        Block::Paragraph(text.into())
    }

    #[test]
    fn headings_paragraphs_and_lists() {
        let doc = "# ENC001 tls-where-ipsec-required\n\n## What it does\nFinds flows\nthat cross.\n\n\
                   ## References\n- AWS: \"What is\n  Site-to-Site VPN?\"\n- Checkov: `CKV2_AWS_49`\nAfter.\n";
        assert_eq!(
            blocks(doc),
            vec![
                Block::Heading(1, "ENC001 tls-where-ipsec-required".into()),
                Block::Heading(2, "What it does".into()),
                p("Finds flows that cross."),
                Block::Heading(2, "References".into()),
                Block::List(vec![
                    "AWS: \"What is Site-to-Site VPN?\"".into(),
                    "Checkov: `CKV2_AWS_49`".into()
                ]),
                p("After."),
            ]
        );
    }

    #[test]
    fn wrapped_japanese_joins_without_a_space_and_korean_with_one() {
        assert_eq!(
            blocks("データの\n流れを見つけます。"),
            vec![p("データの流れを見つけます。")]
        );
        assert_eq!(blocks("데이터\n흐름을"), vec![p("데이터 흐름을")]);
        assert_eq!(blocks("`ipsec`の\n場合"), vec![p("`ipsec`の場合")]);
        assert_eq!(blocks("IPsec\nを要求"), vec![p("IPsec を要求")]);
    }

    #[test]
    fn not_markup_stays_text() {
        assert_eq!(blocks("#hashtag\n<b>x</b>"), vec![p("#hashtag <b>x</b>")]);
        assert_eq!(blocks(""), vec![]);
        assert_eq!(blocks("- "), vec![p("-")]);
    }

    /// Every shipped doc, in every language, uses only the subset: a title,
    /// then sections of paragraphs and lists, no line left as raw syntax.
    #[test]
    fn every_rule_doc_reads_as_blocks() {
        for rule in RULES {
            for lang in Lang::ALL {
                let doc = rule.doc_in(lang);
                let read = blocks(doc);
                assert!(
                    matches!(read.first(), Some(Block::Heading(1, t)) if t.starts_with(rule.code)),
                    "{} ({lang}): starts with its title",
                    rule.code
                );
                assert!(
                    read.iter()
                        .filter(|b| matches!(b, Block::Heading(2, _)))
                        .count()
                        >= 5,
                    "{} ({lang}): its sections",
                    rule.code
                );
                for b in &read {
                    let texts: Vec<&String> = match b {
                        Block::Heading(_, t) | Block::Paragraph(t) => vec![t],
                        Block::List(items) => items.iter().collect(),
                    };
                    for t in texts {
                        // Outside code spans, where anything goes.
                        let prose: String = t.split('`').step_by(2).collect();
                        for syntax in ["**", "](", "\n", "<", "> "] {
                            assert!(
                                !prose.contains(syntax),
                                "{} ({lang}): `{syntax}` in {t:?}",
                                rule.code
                            );
                        }
                        assert_eq!(
                            t.matches('`').count() % 2,
                            0,
                            "{} ({lang}): unpaired backtick in {t:?}",
                            rule.code
                        );
                    }
                }
            }
        }
    }
}

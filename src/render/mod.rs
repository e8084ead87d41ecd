//! Drawing a document outside the interactive canvas: a standalone SVG
//! with the findings marked (the app's "Export as SVG/PNG"), plus the small
//! drawing helpers the canvas shares. Pure Rust: tested natively.

pub mod icons;
mod svg;

pub use svg::{svg, svg_in};

use crate::check::{EndToEnd, Severity};
use crate::i18n::{self, Arg, Lang, ids};
use crate::model::{Document, Group, Kind, Transport};

/// How many Latin characters' room `c` takes: two for a wide (CJK)
/// character — Hangul, kana, Han ideographs, full-width forms — else one.
fn columns(c: char) -> usize {
    match c as u32 {
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA960..=0xA97F
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 => 2,
        _ => 1,
    }
}

/// How many Latin characters' room `s` takes (a CJK character: two).
pub fn text_width(s: &str) -> usize {
    s.chars().map(columns).sum()
}

/// Shortens text to the room of `max` Latin characters (a CJK character
/// takes two), ending in `…`.
pub fn truncate(s: &str, max: usize) -> String {
    if text_width(s) <= max {
        return s.to_string();
    }
    let room = max.saturating_sub(1);
    let mut used = 0;
    let mut t: String = s
        .chars()
        .take_while(|&c| {
            used += columns(c);
            used <= room
        })
        .collect();
    t.push('…');
    t
}

/// Characters a line does not start with (Japanese line-breaking rules,
/// kinsoku): closing punctuation and the long-vowel mark.
fn no_break_before(c: char) -> bool {
    matches!(
        c,
        '、' | '。'
            | '，'
            | '．'
            | '・'
            | 'ー'
            | '」'
            | '』'
            | '）'
            | '〕'
            | '］'
            | '｝'
            | '〉'
            | '》'
            | '！'
            | '？'
            | ')'
            | ']'
            | '}'
            | ','
            | '.'
            | ':'
            | ';'
            | '!'
            | '?'
    )
}

/// Where the first line of `s` ends, in bytes, when `s` does not fit in
/// `max` columns: at the last space that fits (if that line is at least
/// half full), else between the last two characters that may part
/// (a wide, CJK one on either side: such text has no spaces), else in the
/// middle of the word: a word too long for a line is cut.
fn line_end(s: &str, max: usize) -> usize {
    let mut used = 0;
    let mut space = None;
    let mut between = None;
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        if c == ' ' {
            space = Some((i, used));
        } else if let Some(p) = prev
            && p != ' '
            && (columns(p) == 2 || columns(c) == 2)
            && !no_break_before(c)
        {
            between = Some(i);
        }
        used += columns(c);
        if used > max {
            return match (space, between) {
                (Some((at, room)), _) if 2 * room >= max => at,
                (_, Some(at)) => at,
                (Some((at, _)), None) => at,
                (None, None) if i == 0 => c.len_utf8(),
                (None, None) => i,
            };
        }
        prev = Some(c);
    }
    s.len()
}

/// Breaks `s` into at most `lines` lines of `max` columns each (a CJK
/// character takes two): at spaces, between CJK characters, or inside a
/// word too long for a line; what does not fit ends the last line in `…`.
pub fn wrap(s: &str, max: usize, lines: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() && out.len() < lines {
        if out.len() + 1 == lines || text_width(rest) <= max {
            out.push(truncate(rest, max));
            break;
        }
        let end = line_end(rest, max);
        out.push(rest[..end].trim_end().to_string());
        rest = rest[end..].trim_start();
    }
    out
}

/// A node's words as drawn on its card, the same on the canvas and in the
/// SVG/PNG export: its label on up to two lines, and under it the kind's
/// title (unless the label is that title), each with its baseline, the
/// block centred in the card's height.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeText {
    /// The label's lines and their baselines (`y` from the card's top).
    pub lines: Vec<(String, f64)>,
    /// The kind's title and its baseline, on one line.
    pub kind: Option<(String, f64)>,
}

/// Where the text starts, from the card's left (after the icon).
pub const NODE_TEXT_X: f64 = 44.0;

/// Lays out a node card's text: `label` (wrapped to two lines), and
/// `kind`, the kind's title, shown when it says more than the label, in a
/// `w`×`h` card. A column is taken as 8 px at the label's size and weight:
/// DejaVu Sans Bold (Linux's usual sans-serif, at weight 600) needs about
/// that (measured in Chromium), Segoe UI and San Francisco less, so the
/// label stays inside its card with any of them.
pub fn node_text(label: &str, kind: Option<&str>, w: f64, h: f64) -> NodeText {
    let fits = ((w - 50.0) / 8.0).max(4.0) as usize;
    let lines = wrap(label, fits, 2);
    // The kind's line is smaller (11 px): two columns more.
    let kind = kind.map(|k| truncate(k, ((w - 50.0) / 7.0).max(4.0) as usize + 2));
    let (line, kind_gap) = (14.0, 16.0);
    let block = line * lines.len().max(1) as f64 + if kind.is_some() { kind_gap } else { 0.0 };
    let first = (h - block) / 2.0 + 12.0;
    let last = first + line * (lines.len().max(1) - 1) as f64;
    NodeText {
        lines: lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| (l, first + line * i as f64))
            .collect(),
        kind: kind.map(|k| (k, last + kind_gap)),
    }
}

/// The label on a flow's transport chip, with what it carries when the
/// source selects: `only` is the flow's selection (`None`: everything).
/// In English; [`chip_label_in`] (which the SVG export uses) for another
/// language.
pub fn chip_label(t: Transport, only: Option<&[String]>, e2e: EndToEnd) -> String {
    chip_label_in(t, only, e2e, Lang::En)
}

/// [`chip_label`] in `lang`: the protocols keep their names.
pub fn chip_label_in(t: Transport, only: Option<&[String]>, e2e: EndToEnd, lang: Lang) -> String {
    let base = match t {
        // TLS an end enforces is the flow's protection all the same: the
        // chip shows what the checker sees (see `chip_title`).
        Transport::None if e2e.tls => i18n::t(lang, ids::CHIP_TLS_ENFORCED, &[]),
        Transport::None => i18n::t(lang, ids::CHIP_PLAIN, &[]),
        Transport::Tls => "TLS".to_string(),
        Transport::Ipsec => "IPsec".to_string(),
        Transport::Macsec => "MACsec".to_string(),
    };
    let id = match only {
        None => return base,
        Some([]) => ids::CHIP_NOTHING,
        Some(_) => ids::CHIP_SUBSET,
    };
    i18n::t(lang, id, &[("base", Arg::Text(base))])
}

/// Why a flow drawn without TLS has it all the same, for its tooltip, in
/// `lang`: the end that enforces it. `None` when the flow's own transport
/// says it.
pub fn enforced_tls_title(
    doc: &Document,
    t: Transport,
    e2e: EndToEnd,
    lang: Lang,
) -> Option<String> {
    let end = doc.nodes.get(e2e.enforced_by?)?;
    (t == Transport::None).then(|| {
        let node = Arg::Node(end.kind, end.name().to_string());
        i18n::t(lang, ids::TLS_ENFORCED_BY, &[("node", node)])
    })
}

/// A kind's colour (the light theme's), for standalone drawings.
pub fn tone(kind: Kind) -> &'static str {
    match kind {
        Kind::OnPremisesNetwork => "#5b6b82",
        k if k.is_on_premises() => "#5b6b82",
        Kind::Internet => "#0e7490",
        _ => match kind.group() {
            Group::Zones => "#475569",
            Group::Connectivity => "#7c3aed",
            Group::Services => "#dd5a0b",
            Group::DataStores => "#15803d",
        },
    }
}

pub fn severity_colour(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "#b42318",
        Severity::High => "#d9480f",
        Severity::Medium => "#b7791f",
        Severity::Low => "#2563eb",
    }
}

/// Escapes text for XML (element content and attribute values).
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow at all: C0 controls but
            // tab, newline and return, and the non-characters U+FFFE and
            // U+FFFF (an image with them fails to load).
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_gives_a_cjk_character_the_room_of_two() {
        assert_eq!(truncate("abcdef", 6), "abcdef");
        assert_eq!(truncate("abcdefg", 6), "abcde…");
        assert_eq!(text_width("NAT 게이트웨이"), 14);
        assert_eq!(truncate("온프레미스 데이터베이스", 10), "온프레미…");
        assert_eq!(truncate("オンプレミスのデータベース", 9), "オンプレ…");
        assert_eq!(truncate("短い", 4), "短い");
    }

    #[test]
    fn wrap_breaks_latin_text_at_spaces() {
        assert_eq!(wrap("orders db", 14, 2), ["orders db"]);
        assert_eq!(
            wrap("customer orders replica", 14, 2),
            ["customer", "orders replica"]
        );
        assert_eq!(wrap("  spaced  ", 14, 2), ["spaced"]);
        assert_eq!(wrap("", 14, 2), Vec::<String>::new());
    }

    #[test]
    fn wrap_fills_exactly_two_lines_without_an_ellipsis() {
        // 14 + 14 columns: both lines full, nothing left over.
        let two = wrap("abcdefghijklmn opqrstuvwxyzab", 14, 2);
        assert_eq!(two, ["abcdefghijklmn", "opqrstuvwxyzab"]);
        assert!(two.iter().all(|l| !l.contains('…')));
    }

    #[test]
    fn wrap_ends_in_an_ellipsis_only_after_the_second_line() {
        let out = wrap("nightly customer orders export to the lake", 14, 2);
        assert_eq!(out, ["nightly", "customer orde…"]);
        assert_eq!(out.len(), 2);
        assert!(out[1].ends_with('…') && text_width(&out[1]) <= 14);
        assert!(!out[0].contains('…'));
    }

    #[test]
    fn wrap_cuts_a_word_too_long_for_a_line() {
        assert_eq!(
            wrap("supercalifragilistic", 14, 2),
            ["supercalifragi", "listic"]
        );
        assert_eq!(
            wrap("pneumonoultramicroscopicsilicovolcano", 14, 2),
            ["pneumonoultram", "icroscopicsil…"]
        );
    }

    #[test]
    fn wrap_breaks_cjk_text_between_characters() {
        // Japanese has no spaces: seven characters (14 columns) a line.
        assert_eq!(
            wrap("オンプレミスのデータベース", 14, 2),
            ["オンプレミスの", "データベース"]
        );
        // Not before the long-vowel mark: the line ends one earlier.
        assert_eq!(wrap("データベースサーバー", 8, 2), ["データ", "ベース…"]);
        // Korean breaks at its spaces when the line is half full.
        assert_eq!(
            wrap("온프레미스 데이터베이스", 14, 2),
            ["온프레미스", "데이터베이스"]
        );
        assert_eq!(
            wrap("顧客注文データの夜間エクスポート処理", 14, 2),
            ["顧客注文データ", "の夜間エクス…"]
        );
        // A line narrower than a wide character still takes one: no
        // empty lines, no endless loop.
        assert_eq!(wrap("日本語", 1, 3), ["日", "本", "…"]);
    }

    #[test]
    fn node_text_centres_one_or_two_lines_and_the_kind() {
        let one = node_text("orders", None, 152.0, 52.0);
        assert_eq!(one.lines, [("orders".to_string(), 31.0)]);
        assert_eq!(one.kind, None);
        let with_kind = node_text("orders", Some("RDS database"), 152.0, 52.0);
        assert_eq!(with_kind.lines, [("orders".to_string(), 23.0)]);
        assert_eq!(with_kind.kind, Some(("RDS database".to_string(), 39.0)));
        // 12 columns in the default card.
        let two = node_text("customer orders db", Some("RDS database"), 152.0, 52.0);
        assert_eq!(
            two.lines,
            [
                ("customer".to_string(), 16.0),
                ("orders db".to_string(), 30.0)
            ]
        );
        assert_eq!(two.kind, Some(("RDS database".to_string(), 46.0)));
    }

    #[test]
    fn xml_escape_leaves_only_characters_xml_allows() {
        let out = xml_escape("a\u{1}b\u{fffe}c\u{ffff}d<&>\t\u{10000}");
        assert_eq!(out, "a\u{fffd}b\u{fffd}c\u{fffd}d&lt;&amp;&gt;\t\u{10000}");
        let allowed = |c: char| {
            matches!(c, '\t' | '\n' | '\r')
                || ('\u{20}'..='\u{d7ff}').contains(&c)
                || ('\u{e000}'..='\u{fffd}').contains(&c)
                || c >= '\u{10000}'
        };
        let every: String = (0..0x11_0000).filter_map(char::from_u32).collect();
        assert!(xml_escape(&every).chars().all(allowed));
    }

    #[test]
    fn a_chip_says_whether_the_flow_carries_a_subset_or_nothing() {
        let orders = ["orders".to_string()];
        let none = EndToEnd::default();
        assert_eq!(chip_label(Transport::Tls, None, none), "TLS");
        assert_eq!(
            chip_label(Transport::Tls, Some(&orders), none),
            "TLS · subset"
        );
        assert_eq!(
            chip_label(Transport::None, Some(&[]), none),
            "plain · nothing"
        );
        let enforced = EndToEnd {
            tls: true,
            ipsec: false,
            enforced_by: Some(0),
        };
        assert_eq!(
            chip_label(Transport::None, None, enforced),
            "TLS (enforced)"
        );
    }
}

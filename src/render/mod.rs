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

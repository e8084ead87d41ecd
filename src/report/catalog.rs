//! The rule catalog as `airlock rules` prints it: code, name, severity,
//! family and title of every rule in [`RULES`], in code order.

use crate::check::{Family, RULES, Rule, Severity};
use crate::i18n::Lang;
use serde::Serialize;
use std::fmt::Write as _;

/// One line per rule, in aligned columns, with a header line; titles in
/// English.
pub fn text() -> String {
    text_in(Lang::En)
}

/// [`text`] with the titles in `lang`.
pub fn text_in(lang: Lang) -> String {
    let width = |f: fn(&Rule) -> usize, header: &str| {
        RULES
            .iter()
            .map(|r| f(r))
            .max()
            .unwrap_or(0)
            .max(header.len())
    };
    let name = width(|r| r.name.len(), "NAME");
    let severity = width(|r| r.severity.as_str().len(), "SEVERITY");
    let family = width(|r| family_name(r.family).len(), "FAMILY");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "CODE    {:name$}  {:severity$}  {:family$}  TITLE",
        "NAME", "SEVERITY", "FAMILY"
    );
    for r in RULES {
        let _ = writeln!(
            out,
            "{:6}  {:name$}  {:severity$}  {:family$}  {}",
            r.code,
            r.name,
            r.severity.as_str(),
            family_name(r.family),
            r.title(lang)
        );
    }
    out
}

#[derive(Serialize)]
struct Catalog {
    airlock: u32,
    rules: Vec<Entry>,
}

#[derive(Serialize)]
struct Entry {
    code: &'static str,
    name: &'static str,
    severity: Severity,
    family: Family,
    title: String,
}

/// `{"airlock": 1, "rules": [{"code", "name", "severity", "family", "title"}, …]}`,
/// versioned with the JSON report format; titles in English.
pub fn json() -> String {
    json_in(Lang::En)
}

/// [`json`] with the titles in `lang`.
pub fn json_in(lang: Lang) -> String {
    let catalog = Catalog {
        airlock: super::json::VERSION,
        rules: RULES
            .iter()
            .map(|r| Entry {
                code: r.code,
                name: r.name,
                severity: r.severity,
                family: r.family,
                title: r.title(lang),
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&catalog).expect("the catalog always serializes");
    s.push('\n');
    s
}

/// The family as JSON spells it (`egress`, `encryption`, …), from its serde
/// name so there is one spelling.
fn family_name(family: Family) -> String {
    match serde_json::to_value(family) {
        Ok(serde_json::Value::String(s)) => s,
        _ => format!("{family:?}").to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_listed_once_in_code_order() {
        let text = text();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), RULES.len() + 1);
        assert!(lines[0].starts_with("CODE    NAME"));
        for (line, r) in lines[1..].iter().zip(RULES) {
            assert!(line.starts_with(r.code), "{line}");
            assert!(
                line.contains(r.name) && line.ends_with(&r.title(Lang::En)),
                "{line}"
            );
        }
        let v: serde_json::Value = serde_json::from_str(&json()).expect("valid JSON");
        let rules = v["rules"].as_array().expect("a list");
        assert_eq!(rules.len(), RULES.len());
        assert_eq!(rules[0]["code"], RULES[0].code);
        assert_eq!(
            rules[0]["family"],
            family_name(RULES[0].family),
            "the family is spelled as serde spells it"
        );
    }
}

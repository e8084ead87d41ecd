use super::*;
use crate::check::RULES;
use crate::model::CATALOG;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Every id the code uses: the tables, each rule's parts, each kind (its
/// title and summary), each palette group, property and severity.
fn used() -> BTreeSet<String> {
    let mut used: BTreeSet<String> = ids::TABLE.iter().map(|s| s.to_string()).collect();
    for r in RULES {
        for part in ["title", "why", "fix"] {
            used.insert(rule_id(r.code, part));
        }
    }
    used.extend(Kind::ALL.iter().map(|&k| kind_id(k)));
    used.extend(ids::ui::TABLE.iter().map(|s| s.to_string()));
    used.extend(ids::err::TABLE.iter().map(|s| s.to_string()));
    used.extend(Group::ALL.iter().map(|&g| group_id(g)));
    used.extend(Kind::ALL.iter().map(|&k| summary_id(k)));
    for p in CATALOG {
        for part in ["title", "help", "default"] {
            used.insert(prop_id(p.key, part));
        }
    }
    for s in Severity::ALL {
        used.insert(severity_id(s, false));
        used.insert(severity_id(s, true));
    }
    used
}

/// A language's messages: id → the variables its value names.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for source in packs::built_in(lang).expect("built in") {
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, e)| panic!("i18n/{lang}: {e:?}"));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut vars);
                    }
                    let id = m.id.name.to_string();
                    assert!(out.insert(id.clone(), vars).is_none(), "{lang}: {id} twice");
                }
                ast::Entry::Junk { content } => panic!("{lang}: cannot parse {content}"),
                _ => {}
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_exactly_the_messages_the_code_uses() {
    let used = used();
    for lang in Lang::ALL {
        let ids: BTreeSet<String> = messages(lang).into_keys().collect();
        let missing: Vec<_> = used.difference(&ids).collect();
        let unused: Vec<_> = ids.difference(&used).collect();
        assert!(missing.is_empty(), "{lang}: missing {missing:?}");
        assert!(unused.is_empty(), "{lang}: not used by code {unused:?}");
    }
}

#[test]
fn translations_take_the_same_arguments_as_english() {
    let en = messages(Lang::En);
    for lang in [Lang::Ko, Lang::Ja] {
        for (id, vars) in messages(lang) {
            assert_eq!(Some(&vars), en.get(&id), "{lang}: {id}");
        }
    }
}

#[test]
fn bundles_load_and_messages_keep_no_isolation_marks() {
    for lang in Lang::ALL {
        let text = t(
            lang,
            ids::LIST_MORE,
            &[("list", Arg::Code("a".into())), ("more", Arg::Count(2))],
        );
        assert!(text.starts_with("`a`"), "{lang}: {text}");
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{lang}: {text:?}");
        assert!(text.contains('2'), "{lang}: {text}");
    }
}

#[test]
fn rule_texts_have_no_trailing_period_in_any_language() {
    for lang in Lang::ALL {
        for r in RULES {
            for part in ["title", "why", "fix"] {
                let text = t(lang, &rule_id(r.code, part), &[]);
                assert!(
                    !text.is_empty() && !text.ends_with(['.', '。']),
                    "{lang} {} {part}: {text}",
                    r.code
                );
            }
        }
    }
}

#[test]
fn lists_and_nodes_read_naturally_in_each_language() {
    let list = Arg::list(["a", "b", "c", "d"].map(|s| Arg::Code(s.into())), 3);
    assert_eq!(list.render(Lang::En), "`a`, `b`, `c` and 1 more");
    assert_eq!(list.render(Lang::Ko), "`a`, `b`, `c` 외 1개");
    assert_eq!(list.render(Lang::Ja), "`a`、`b`、`c` ほか 1 件");
    let nat = Arg::Node(Kind::NatGateway, "nat-1".into());
    assert_eq!(nat.render(Lang::En), "NAT gateway `nat-1`");
    assert_eq!(nat.render(Lang::Ko), "NAT 게이트웨이 `nat-1`");
    assert_eq!(nat.render(Lang::Ja), "NAT ゲートウェイ `nat-1`");
    // A name that says its kind, in English or in the language, is enough.
    let said = Arg::Node(Kind::NatGateway, "Egress NAT gateway".into());
    for lang in Lang::ALL {
        assert_eq!(said.render(lang), "`Egress NAT gateway`");
    }
    let said = Arg::Node(Kind::NatGateway, "출구 NAT 게이트웨이".into());
    assert_eq!(said.render(Lang::Ko), "`출구 NAT 게이트웨이`");
}

#[test]
fn english_node_names_match_the_model() {
    use crate::model::Node;
    for kind in Kind::ALL {
        for name in ["x", kind.title()] {
            let node: Node = serde_json::from_value(serde_json::json!({
                "id": "n", "kind": kind.as_str(), "label": name, "x": 0, "y": 0
            }))
            .expect("a node");
            assert_eq!(
                Arg::Node(kind, node.name().to_string()).render(Lang::En),
                node.titled()
            );
        }
    }
}

#[test]
fn languages_are_negotiated_from_tags() {
    assert_eq!(Lang::from_tag("ko"), Some(Lang::Ko));
    assert_eq!(Lang::from_tag("ja-JP"), Some(Lang::Ja));
    assert_eq!(Lang::from_tag("en-US"), Some(Lang::En));
    assert_eq!(Lang::from_tag("fr"), None);
    assert_eq!(Lang::from_tag("not a tag!"), None);
    assert_eq!(Lang::negotiate(["fr-FR", "ja", "ko"]), Lang::Ja);
    assert_eq!(Lang::negotiate(["ko-KR", "en"]), Lang::Ko);
    assert_eq!(Lang::negotiate(["de"]), Lang::En);
    assert_eq!(Lang::negotiate([]), Lang::En);
}

#[test]
fn languages_are_negotiated_from_locale_variables() {
    assert_eq!(Lang::from_locale("ko_KR.UTF-8"), Some(Lang::Ko));
    assert_eq!(Lang::from_locale("ja_JP.eucJP@euro"), Some(Lang::Ja));
    assert_eq!(Lang::from_locale("C"), None);
    assert_eq!(Lang::from_locale("C.UTF-8"), None);
    assert_eq!(Lang::from_locale("POSIX"), None);
    let vars = Lang::from_locale_vars;
    assert_eq!(vars(None, None, Some("ko_KR.UTF-8")), Lang::Ko);
    assert_eq!(
        vars(Some("ja_JP.UTF-8"), None, Some("ko_KR.UTF-8")),
        Lang::Ja
    );
    assert_eq!(vars(None, Some("ja_JP"), Some("ko_KR")), Lang::Ja);
    // The first one set decides, even when it is `C`.
    assert_eq!(vars(Some("C"), None, Some("ko_KR.UTF-8")), Lang::En);
    // An empty variable counts as not set.
    assert_eq!(vars(Some(""), None, Some("ja_JP.UTF-8")), Lang::Ja);
    assert_eq!(vars(None, None, None), Lang::En);
    assert_eq!(vars(None, None, Some("fr_FR.UTF-8")), Lang::En);
}

#[test]
fn english_kind_titles_are_the_model_s() {
    for kind in Kind::ALL {
        assert_eq!(kind_title(kind, Lang::En), kind.title());
    }
}

#[test]
fn every_message_formats_cleanly_with_its_arguments() {
    for lang in Lang::ALL {
        let bundle = packs::bundle(lang).expect("built in");
        for (id, vars) in messages(lang) {
            let mut args = FluentArgs::new();
            for v in &vars {
                args.set(v.clone(), FluentValue::from(2));
            }
            let pattern = bundle.get_message(&id).and_then(|m| m.value());
            let pattern = pattern.unwrap_or_else(|| panic!("{lang} {id}: no value"));
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{lang} {id}: {errors:?}");
            assert!(!text.contains(['{', '}']), "{lang} {id}: {text}");
        }
    }
}

#[test]
fn english_ui_words_are_the_model_s() {
    for kind in Kind::ALL {
        assert_eq!(t(Lang::En, &summary_id(kind), &[]), kind.summary());
    }
    for group in Group::ALL {
        assert_eq!(t(Lang::En, &group_id(group), &[]), group.title());
    }
    for p in CATALOG {
        assert_eq!(t(Lang::En, &prop_id(p.key, "title"), &[]), p.title);
        assert_eq!(t(Lang::En, &prop_id(p.key, "help"), &[]), p.help.trim());
        assert_eq!(t(Lang::En, &prop_id(p.key, "default"), &[]), p.default);
    }
}

#[test]
fn ui_counts_read_as_before_in_english() {
    let pill = |n| {
        t(
            Lang::En,
            ids::ui::FINDINGS_PILL,
            &[("count", Arg::Count(n))],
        )
    };
    assert_eq!(pill(0), "No findings");
    assert_eq!(pill(1), "1 finding");
    assert_eq!(pill(3), "3 findings");
    let showing = |shown, active| {
        t(
            Lang::En,
            ids::ui::FINDINGS_SHOWING,
            &[("shown", Arg::Count(shown)), ("active", Arg::Count(active))],
        )
    };
    assert_eq!(showing(1, 1), "Showing 1 of 1 finding, on ");
    assert_eq!(showing(2, 5), "Showing 2 of 5 findings, on ");
    assert_eq!(t(Lang::En, ids::ui::FINDING_PATH, &[]), "Path ");
    let ko = t(
        Lang::Ko,
        ids::ui::FINDINGS_PILL,
        &[("count", Arg::Count(2))],
    );
    assert_eq!(ko, "발견 사항 2개");
}

#[test]
fn every_error_message_is_translated() {
    // Only where a problem is and what it is: the same in every language.
    let same = [ids::err::PROBLEM, ids::err::PROBLEM_OF];
    let en = messages(Lang::En);
    for id in ids::err::TABLE.iter().filter(|id| !same.contains(id)) {
        let args: Vec<(&str, Arg)> = en[*id]
            .iter()
            .map(|v| (v.as_str(), Arg::Count(2)))
            .collect();
        let english = t(Lang::En, id, &args);
        for lang in [Lang::Ko, Lang::Ja] {
            let text = t(lang, id, &args);
            assert_ne!(text, english, "{lang} {id} is not translated");
            assert!(!text.ends_with(['.', '。']), "{lang} {id}: {text}");
        }
    }
}

#[test]
fn validation_kinds_read_as_the_document_spells_them_in_english() {
    let kind = |kind, article| Arg::KindId { kind, article }.render(Lang::En);
    assert_eq!(kind(Kind::InterfaceEndpoint, true), "an interface-endpoint");
    assert_eq!(kind(Kind::Vpc, true), "a vpc");
    assert_eq!(kind(Kind::Vpc, false), "vpc");
    let ko = Arg::KindId {
        kind: Kind::NatGateway,
        article: true,
    };
    assert_eq!(ko.render(Lang::Ko), "NAT 게이트웨이");
    assert_eq!(Arg::Kind(Kind::NatGateway).render(Lang::En), "NAT gateway");
}

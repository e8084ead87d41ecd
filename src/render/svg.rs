//! The standalone SVG of a diagram: zones, nodes, flows, finding badges,
//! and optionally one finding's path highlighted. Every user text is
//! escaped; the output holds no script and no event attribute, and refers
//! to nothing outside itself.

use super::{
    NODE_TEXT_X, chip_label_in, icons, node_text, severity_colour, text_width, tone, truncate,
    xml_escape,
};
use crate::check::{Report, Severity};
use crate::editor::{Rect, bounds, flow_line, hop_offsets};
use crate::i18n::{Lang, kind_title};
use crate::model::{Document, Kind, Transport};
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

const MARGIN: f64 = 24.0;
const LIT: &str = "#f59e0b";

fn transport_style(t: Transport) -> (&'static str, &'static str, f64) {
    match t {
        Transport::None => ("#8c97a8", "6 5", 2.0),
        Transport::Tls => ("#2563eb", "none", 2.0),
        Transport::Ipsec => ("#16a34a", "none", 3.0),
        Transport::Macsec => ("#0d9488", "none", 2.5),
    }
}

fn zone_style(kind: Kind) -> (&'static str, &'static str, &'static str) {
    // (stroke, fill, dash)
    match kind {
        Kind::OnPremisesNetwork => ("#5b6b82", "rgba(100,116,139,0.06)", "none"),
        Kind::AwsRegion => ("#0e7490", "rgba(14,116,144,0.025)", "7 5"),
        Kind::Vpc => ("#7c3aed", "rgba(124,58,237,0.035)", "none"),
        Kind::PrivateSubnet => ("#3b82f6", "rgba(37,99,235,0.06)", "4 3"),
        _ => ("#22a35a", "rgba(22,163,74,0.06)", "4 3"),
    }
}

/// Draws `doc` with the active findings of `report` as badges, and the path
/// of finding `highlight` (an id), if given, highlighted.
pub fn svg(doc: &Document, report: &Report, highlight: Option<&str>) -> String {
    svg_in(doc, report, highlight, Lang::En)
}

/// [`svg`] with the kind titles and flow chips in `lang` (the names from
/// the design stay as they are).
pub fn svg_in(doc: &Document, report: &Report, highlight: Option<&str>, lang: Lang) -> String {
    let area = bounds(doc).unwrap_or(Rect {
        x: 0.0,
        y: 0.0,
        w: 320.0,
        h: 120.0,
    });
    let (x0, y0) = (area.x - MARGIN, area.y - MARGIN);
    let (w, h) = (area.w + 2.0 * MARGIN, area.h + 2.0 * MARGIN + 28.0);
    let lit: Option<(HashSet<&str>, HashSet<&str>)> = highlight
        .and_then(|id| report.findings.iter().find(|f| f.id == id))
        .map(|f| {
            (
                f.nodes.iter().map(String::as_str).collect(),
                f.flows.iter().map(String::as_str).collect(),
            )
        });
    let mut badges: HashMap<&str, (usize, Severity)> = HashMap::new();
    for f in report.active() {
        for a in f.anchors() {
            let b = badges.entry(a).or_insert((0, f.severity));
            b.0 += 1;
            b.1 = b.1.max(f.severity);
        }
    }

    let mut out = String::new();
    let title = if doc.title.is_empty() {
        "Airlock diagram".to_string()
    } else {
        doc.title.clone()
    };
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x0} {y0} {w} {h}" width="{w}" height="{h}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Hiragino Sans', 'Yu Gothic', 'Noto Sans CJK JP', sans-serif"><title>{}</title><rect x="{x0}" y="{y0}" width="{w}" height="{h}" fill="#ffffff"/><defs>"##,
        xml_escape(&title)
    );
    for t in Transport::ALL {
        let (colour, _, _) = transport_style(t);
        let _ = write!(
            out,
            r#"<marker id="a-{}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="{colour}"/></marker>"#,
            t.as_str()
        );
    }
    let _ = write!(
        out,
        r#"<marker id="a-lit" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="{LIT}"/></marker></defs>"#
    );

    let dim = |on: bool| {
        if lit.is_some() && !on {
            " opacity=\"0.3\""
        } else {
            ""
        }
    };
    let node_lit = |id: &str| lit.as_ref().is_some_and(|(n, _)| n.contains(id));
    let flow_lit = |id: &str| lit.as_ref().is_some_and(|(_, f)| f.contains(id));

    // Zones, outermost first. Parents through one map built here: a
    // lookup by id per step made a 19,999-node design take 3 s.
    let parent: HashMap<&str, &str> = doc
        .nodes
        .iter()
        .filter_map(|n| Some((n.id.as_str(), n.parent.as_deref()?)))
        .collect();
    let depth = |id: &str| {
        let mut d = 0;
        let mut cur = parent.get(id);
        while let Some(p) = cur {
            d += 1;
            cur = parent.get(p);
            if d > 16 {
                break;
            }
        }
        d
    };
    let mut zones: Vec<_> = doc.nodes.iter().filter(|n| n.kind.is_zone()).collect();
    zones.sort_by_cached_key(|n| depth(&n.id));
    for z in zones {
        let r = Rect::of(z);
        let (stroke, fill, dash) = zone_style(z.kind);
        let mut label = z.name().to_string();
        if let Some(c) = &z.props.cidr {
            label.push_str("  ");
            label.push_str(c);
        }
        let label = truncate(&label, ((r.w - 40.0) / 7.5).max(4.0) as usize);
        let _ = write!(
            out,
            r##"<g{}><rect x="{}" y="{}" width="{}" height="{}" rx="10" fill="{fill}" stroke="{stroke}" stroke-width="1.5" stroke-dasharray="{dash}"/><g transform="translate({} {}) scale(0.67)"><path d="{}" fill="none" stroke="{stroke}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></g><text x="{}" y="{}" font-size="12.5" font-weight="600" fill="#18202c">{}</text></g>"##,
            dim(node_lit(&z.id)),
            r.x,
            r.y,
            r.w,
            r.h,
            r.x + 7.0,
            r.y + 5.0,
            icons::path(z.kind),
            r.x + 30.0,
            r.y + 17.0,
            xml_escape(&label)
        );
    }

    // Flows.
    let rects: HashMap<&str, Rect> = doc
        .nodes
        .iter()
        .map(|n| (n.id.as_str(), Rect::of(n)))
        .collect();
    // Each flow as its hops, from the source through each connectivity
    // node on its route to the sink; the chip sits on the hop into the sink.
    let offsets = hop_offsets(doc);
    for (fi, f) in doc.flows.iter().enumerate() {
        let Some(route) = f
            .route()
            .map(|id| rects.get(id))
            .collect::<Option<Vec<&Rect>>>()
        else {
            continue;
        };
        let on = flow_lit(&f.id);
        let (colour, dash, width) = transport_style(f.transport);
        let (colour, dash, width, marker) = if on {
            (LIT, "none", 4.0, "lit".to_string())
        } else {
            (colour, dash, width, f.transport.as_str().to_string())
        };
        let _ = write!(out, "<g{}>", dim(on));
        let mut last = (0.0, 0.0, 0.0, 0.0);
        for (k, w) in route.windows(2).enumerate() {
            let offset = offsets
                .get(f.id.as_str())
                .and_then(|o| o.get(k))
                .copied()
                .unwrap_or(0.0);
            let (ax, ay, bx, by) = flow_line(w[0], w[1], offset);
            let _ = write!(
                out,
                r#"<path d="M{ax} {ay} L{bx} {by}" fill="none" stroke="{colour}" stroke-width="{width}" stroke-dasharray="{dash}" marker-end="url(#a-{marker})"/>"#
            );
            last = (ax, ay, bx, by);
        }
        let (ax, ay, bx, by) = last;
        let e2e = report.end_to_end.get(fi).copied().unwrap_or_default();
        let chip = chip_label_in(f.transport, f.only.as_deref(), e2e, lang);
        let cw = 10.0 + 6.5 * text_width(&chip) as f64;
        let (mx, my) = ((ax + bx) / 2.0, (ay + by) / 2.0);
        let _ = write!(
            out,
            r##"<rect x="{}" y="{}" width="{cw}" height="18" rx="9" fill="#ffffff" stroke="#c5ccd6"/><text x="{mx}" y="{}" font-size="10.5" font-weight="600" text-anchor="middle" fill="#5a6474">{}</text>"##,
            mx - cw / 2.0,
            my - 9.0,
            my + 4.0,
            xml_escape(&chip)
        );
        if let Some((n, s)) = badges.get(f.id.as_str()) {
            badge(&mut out, mx + cw / 2.0 + 8.0, my, *n, *s);
        }
        out.push_str("</g>");
    }

    // Nodes.
    for n in doc.nodes.iter().filter(|n| !n.kind.is_zone()) {
        let r = Rect::of(n);
        let on = node_lit(&n.id);
        let stroke = if on { LIT } else { "#c5ccd6" };
        let _ = write!(
            out,
            r##"<g{}><rect x="{}" y="{}" width="{}" height="{}" rx="8" fill="#ffffff" stroke="{stroke}" stroke-width="{}"/><g transform="translate({} {})"><path d="{}" fill="none" stroke="{}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></g>"##,
            dim(on),
            r.x,
            r.y,
            r.w,
            r.h,
            if on { 3.5 } else { 1.2 },
            r.x + 11.0,
            r.y + 14.0,
            icons::path(n.kind),
            tone(n.kind),
        );
        let title = kind_title(n.kind, lang);
        let says_more = n.name() != n.kind.title() && n.name() != title;
        let text = node_text(n.name(), says_more.then_some(title.as_str()), r.w, r.h);
        for (line, y) in &text.lines {
            let _ = write!(
                out,
                r##"<text x="{}" y="{}" font-size="13" font-weight="600" fill="#18202c">{}</text>"##,
                r.x + NODE_TEXT_X,
                r.y + y,
                xml_escape(line)
            );
        }
        if let Some((kind, y)) = &text.kind {
            let _ = write!(
                out,
                r##"<text x="{}" y="{}" font-size="11" fill="#5a6474">{}</text>"##,
                r.x + NODE_TEXT_X,
                r.y + y,
                xml_escape(kind)
            );
        }
        if let Some((count, s)) = badges.get(n.id.as_str()) {
            badge(&mut out, r.x + r.w - 4.0, r.y + 4.0, *count, *s);
        }
        out.push_str("</g>");
    }

    let active = report.active().count();
    let summary = match active {
        0 => "Airlock: no findings".to_string(),
        1 => "Airlock: 1 finding".to_string(),
        n => format!("Airlock: {n} findings"),
    };
    let _ = write!(
        out,
        r##"<text x="{}" y="{}" font-size="12" fill="#5a6474">{}</text></svg>"##,
        x0 + MARGIN,
        y0 + h - 12.0,
        xml_escape(&summary)
    );
    out.push('\n');
    out
}

fn badge(out: &mut String, x: f64, y: f64, count: usize, s: Severity) {
    let _ = write!(
        out,
        r##"<g transform="translate({x} {y})"><circle r="10" fill="{}" stroke="#ffffff" stroke-width="2"/><text y="4" font-size="11" font-weight="700" text-anchor="middle" fill="#ffffff">{count}</text></g>"##,
        severity_colour(s)
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::run;
    use crate::model::from_json;

    fn example(name: &str) -> Document {
        from_json(&crate::test_documents::example_text(name)).unwrap()
    }

    #[test]
    fn kind_titles_follow_the_language_and_names_stay() {
        let mut doc = example("training-data-through-nat-without-tls");
        let nat = doc
            .nodes
            .iter_mut()
            .find(|n| n.kind == Kind::NatGateway)
            .unwrap();
        nat.label = "egress-1".into();
        let nat = nat.clone();
        let report = run(&doc);
        let en = svg(&doc, &report, None);
        assert!(en.contains(">NAT gateway</text>"), "{en}");
        for (lang, title) in [(Lang::Ko, "NAT 게이트웨이"), (Lang::Ja, "NAT ゲートウェイ")]
        {
            let out = svg_in(&doc, &report, None, lang);
            assert!(out.contains(&format!(">{title}</text>")), "{lang}: {out}");
            assert!(!out.contains(">NAT gateway</text>"), "{lang}");
            assert!(
                out.contains(&xml_escape(nat.name())),
                "{lang}: the name stays"
            );
        }
    }

    #[test]
    fn a_long_label_is_exported_on_two_lines_as_the_canvas_draws_it() {
        let mut doc = example("training-data-through-nat-without-tls");
        let nat = doc
            .nodes
            .iter_mut()
            .find(|n| n.kind == Kind::NatGateway)
            .unwrap();
        nat.label = "egress for the training subnets".into();
        let out = svg(&doc, &run(&doc), None);
        let text = crate::render::node_text(nat_label(&doc), Some("NAT gateway"), 152.0, 52.0);
        assert_eq!(text.lines.len(), 2);
        for (line, _) in &text.lines {
            assert!(out.contains(&format!(">{line}</text>")), "{line}: {out}");
        }
        assert!(out.contains(">egress for</text>"), "{out}");
        assert!(out.contains(">the trainin…</text>"), "{out}");
    }

    fn nat_label(doc: &Document) -> &str {
        doc.nodes
            .iter()
            .find(|n| n.kind == Kind::NatGateway)
            .map(|n| n.name())
            .unwrap()
    }

    #[test]
    fn every_example_exports_well_formed_svg_with_its_badges() {
        for name in [
            "training-data-through-nat-without-tls",
            "glue-in-vpc-private-subnets",
            "sagemaker-without-interface-endpoint",
        ] {
            let doc = example(name);
            let report = run(&doc);
            let out = svg(
                &doc,
                &report,
                report.findings.first().map(|f| f.id.as_str()),
            );
            let parsed = roxmltree::Document::parse(&out).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(parsed.root_element().tag_name().name(), "svg");
            let circles = parsed
                .descendants()
                .filter(|n| n.has_tag_name("circle"))
                .count();
            let anchored: usize = report
                .active()
                .map(|f| f.anchors().count())
                .sum::<usize>()
                .min(1);
            assert!(circles >= anchored, "{name}: badges drawn");
            assert!(
                out.contains(&format!("{} finding", report.active().count()))
                    || report.active().count() == 0
            );
        }
    }

    #[test]
    fn labels_are_text_never_markup() {
        let mut doc = example("training-data-through-nat-without-tls");
        doc.title = "<script>alert(1)</script>".into();
        doc.nodes[4].label = "\"><svg onload=alert(1)><script>x</script>".into();
        doc.nodes[5].label = "javascript:alert(1) & <b onmouseover=\"x\">".into();
        doc.flows[0].label = "</text><script>alert(2)</script>".into();
        let out = svg(&doc, &run(&doc), None);
        let parsed = roxmltree::Document::parse(&out).expect("still well-formed XML");
        for node in parsed.descendants().filter(|n| n.is_element()) {
            assert_ne!(node.tag_name().name(), "script");
            for attr in node.attributes() {
                assert!(
                    !attr.name().starts_with("on"),
                    "event attribute {}",
                    attr.name()
                );
                assert!(!attr.value().contains("javascript:"), "{}", attr.value());
            }
        }
        let texts: Vec<&str> = parsed.descendants().filter_map(|n| n.text()).collect();
        assert!(
            texts
                .iter()
                .any(|t| t.contains("<script>alert(1)</script>")),
            "the title is kept as text"
        );
    }

    #[test]
    fn highlighting_marks_the_path_and_dims_the_rest() {
        let doc = example("training-data-through-nat-without-tls");
        let report = run(&doc);
        let out = svg(&doc, &report, Some("EGR001@rds-train"));
        assert!(out.contains(LIT));
        assert!(out.contains("opacity=\"0.3\""));
        let plain = svg(&doc, &report, None);
        assert!(!plain.contains("opacity=\"0.3\""));
    }

    #[test]
    fn a_routed_flow_is_drawn_as_its_hops_with_one_chip() {
        let mut doc = Document::default();
        for (id, kind, x) in [
            ("db", Kind::OnPremisesDatabase, 0.0),
            ("vpn", Kind::SiteToSiteVpn, 300.0),
            ("glue", Kind::GlueJob, 600.0),
        ] {
            let mut n = crate::model::Node::new(id, kind);
            n.x = x;
            doc.nodes.push(n);
        }
        let mut f = crate::model::Flow::new("f", "db", "glue");
        f.via = vec!["vpn".into()];
        doc.flows.push(f);
        let out = svg(&doc, &run(&doc), None);
        let parsed = roxmltree::Document::parse(&out).unwrap();
        let arrows = parsed
            .descendants()
            .filter(|n| n.attribute("marker-end").is_some())
            .count();
        assert_eq!(arrows, 2, "db → vpn and vpn → glue");
        assert_eq!(out.matches("plain").count(), 1, "one chip");
    }

    #[test]
    fn an_empty_document_exports_a_small_valid_drawing() {
        let doc = Document::default();
        let out = svg(&doc, &run(&doc), None);
        roxmltree::Document::parse(&out).unwrap();
        assert!(out.contains("no findings"));
    }
}

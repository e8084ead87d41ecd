//! A design → a `.drawio` file: one uncompressed page, the nodes as AWS
//! 2019+ (`mxgraph.aws4`) shapes, zones as groups that hold their
//! contents through draw.io's parent links, each data flow as one edge
//! per hop of its route, and the findings as notes on a layer of their
//! own ([`FINDINGS_LAYER`], which can be hidden or deleted in draw.io).
//!
//! What the shapes cannot say is kept in `airlock_*` attributes on each
//! cell's `<object>` (kind, properties, the data flow an edge belongs to
//! and its place in the route, the design's requirements), so a file
//! that comes back imports as the same design: draw.io keeps such
//! attributes ("Edit Data") as they are.

use super::convert::FINDINGS_LAYER;
use super::label;
use super::shapes::aws4_style;
use crate::check::Report;
use crate::model::{Document, Node};
use crate::render::xml_escape;
use std::collections::HashMap;
use std::fmt::Write as _;

const ROOT: &str = "#root";
const DESIGN: &str = "#design";
const FINDINGS: &str = "#findings";

/// The `.drawio` text of `doc`, with `report`'s findings on their layer.
pub fn export(doc: &Document, report: Option<&Report>) -> String {
    let by_id: HashMap<&str, &Node> = doc.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    let name = if doc.title.trim().is_empty() {
        "Airlock design"
    } else {
        doc.title.as_str()
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<mxfile host=\"Airlock\" agent=\"airlock {}\">\n  <diagram id=\"airlock\" name=\"{}\">\n    <mxGraphModel grid=\"1\" gridSize=\"10\" page=\"0\">\n      <root>\n",
        env!("CARGO_PKG_VERSION"),
        attr(name)
    );
    let _ = writeln!(out, "        <mxCell id=\"{ROOT}\"/>");
    let meta = serde_json::json!({
        "title": doc.title,
        "description": doc.description,
        "requirements": doc.requirements,
        "suppressions": doc.suppressions,
    });
    let _ = writeln!(
        out,
        "        <object id=\"{DESIGN}\" label=\"Design\" airlock_design=\"{}\"><mxCell parent=\"{ROOT}\"/></object>",
        attr(&meta.to_string())
    );
    for n in &doc.nodes {
        let parent = n.parent.as_deref().and_then(|p| by_id.get(p));
        let (ox, oy) = parent.map_or((0.0, 0.0), |p| (p.x, p.y));
        let mut extra = String::new();
        if n.props != Default::default() {
            let props = serde_json::to_string(&n.props).unwrap_or_default();
            let _ = write!(extra, " airlock_props=\"{}\"", attr(&props));
        }
        // The shown label is HTML (the styles say `html=1`); where reading
        // it back would not give the label (runs of spaces, characters XML
        // cannot hold), the exact text goes along as JSON.
        let shown = xml_escape(&n.label);
        if label::plain(&shown, true) != n.label {
            let _ = write!(extra, " airlock_label=\"{}\"", attr(&json_string(&n.label)));
        }
        let _ = writeln!(
            out,
            "        <object id=\"{}\" label=\"{}\" airlock_kind=\"{}\"{extra}><mxCell style=\"{}\" vertex=\"1\" parent=\"{}\"><mxGeometry x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" as=\"geometry\"/></mxCell></object>",
            attr(&n.id),
            attr(&shown),
            n.kind.as_str(),
            attr(&aws4_style(n.kind)),
            attr(n.parent.as_deref().unwrap_or(DESIGN)),
            n.x - ox,
            n.y - oy,
            n.width(),
            n.height()
        );
    }
    for f in &doc.flows {
        let route: Vec<&str> = f.route().collect();
        for (k, pair) in route.windows(2).enumerate() {
            let id = if route.len() == 2 {
                f.id.clone()
            } else {
                format!("{}#{}", f.id, k + 1)
            };
            let mut extra = String::new();
            let mut value = String::new();
            if k == 0 {
                if !f.label.is_empty() {
                    let _ = write!(extra, " airlock_label=\"{}\"", attr(&json_string(&f.label)));
                    value = f.label.clone();
                }
                if f.transport != Default::default() {
                    let _ = write!(extra, " airlock_transport=\"{}\"", f.transport.as_str());
                    value = format!("{value} ({})", f.transport.title())
                        .trim()
                        .to_string();
                }
                if let Some(only) = &f.only {
                    let only = serde_json::to_string(only).unwrap_or_default();
                    let _ = write!(extra, " airlock_only=\"{}\"", attr(&only));
                }
            }
            let _ = writeln!(
                out,
                "        <object id=\"{}\" label=\"{}\" airlock_flow=\"{}\" airlock_hop=\"{k}\"{extra}><mxCell style=\"edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;endArrow=classic;strokeWidth=2;\" edge=\"1\" parent=\"{DESIGN}\" source=\"{}\" target=\"{}\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell></object>",
                attr(&id),
                attr(&xml_escape(&value)),
                attr(&f.id),
                attr(pair[0]),
                attr(pair[1])
            );
        }
    }
    if let Some(report) = report {
        let _ = writeln!(
            out,
            "        <mxCell id=\"{FINDINGS}\" value=\"{FINDINGS_LAYER}\" parent=\"{ROOT}\"/>"
        );
        // Each finding beside the first node it names; the rest stack at
        // the left of the design.
        let left = doc.nodes.iter().map(|n| n.x).fold(f64::INFINITY, f64::min);
        let left = if left.is_finite() { left } else { 0.0 };
        let mut beside: HashMap<&str, usize> = HashMap::new();
        for (i, finding) in report.findings.iter().enumerate() {
            let anchor = finding.nodes.first().and_then(|n| by_id.get(n.as_str()));
            let (x, y) = match anchor {
                Some(n) => {
                    let k = beside.entry(n.id.as_str()).or_default();
                    *k += 1;
                    (n.x + n.width() + 8.0, n.y + (*k as f64 - 1.0) * 44.0)
                }
                None => (left - 330.0, i as f64 * 44.0),
            };
            let colour = match finding.severity {
                crate::check::Severity::Critical | crate::check::Severity::High => {
                    "#f8cecc;strokeColor=#b85450"
                }
                _ => "#fff2cc;strokeColor=#d6b656",
            };
            let text = format!(
                "{} {}{}: {}",
                finding.code,
                finding.severity.as_str(),
                if finding.suppressed.is_some() {
                    ", suppressed"
                } else {
                    ""
                },
                finding.message
            );
            let _ = writeln!(
                out,
                "        <mxCell id=\"#finding-{}\" value=\"{}\" style=\"shape=note;size=10;whiteSpace=wrap;html=0;align=left;spacingLeft=4;fontSize=10;fillColor={colour};\" vertex=\"1\" parent=\"{FINDINGS}\"><mxGeometry x=\"{x}\" y=\"{y}\" width=\"320\" height=\"40\" as=\"geometry\"/></mxCell>",
                i + 1,
                attr(&text)
            );
        }
    }
    out.push_str("      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n");
    out
}

/// Text as a JSON string (control characters escaped, so XML can hold it).
fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// Text as an XML attribute value; line breaks as references, so that
/// attribute-value normalisation keeps them.
fn attr(text: &str) -> String {
    xml_escape(text)
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
        .replace('\t', "&#9;")
}

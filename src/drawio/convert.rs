//! One page's cells → a design.
//!
//! - Vertices whose style maps to a kind (the user's mapping first, then
//!   [`shapes::classify`]) become nodes, with their absolute position and
//!   size; an `airlock_kind` attribute (written by the export) wins.
//! - A node's zone is the nearest zone among its draw.io parents, or the
//!   smallest zone whose box holds its centre when that one lies deeper;
//!   where the kind may not sit in that zone, the zone around it is tried,
//!   and a node that fits nowhere is reported, not forced.
//! - Edges become arrows; arrows into and out of connectivity nodes are
//!   joined into routed data flows by [`model::join_arrows`], the same
//!   joining the version-1 upgrade does (ambiguous junctions are noted).
//!   Edges the export wrote carry their data flow (`airlock_flow`) and
//!   are rebuilt as that flow, whatever the junctions.
//! - Every other cell is listed in the report with why.

use super::container::{Page, parse_xml};
use super::label::plain;
use super::shapes::{Shape, Style, classify, style_key};
use super::{ImportError, Options, Skipped};
use crate::i18n::ids::err;
use crate::i18n::{Arg, Message};
use crate::model::cidr::Cidr;
use crate::model::unique;
use crate::model::validate::{id_chars, id_problem, places};
use crate::model::{self, Arrows, CURRENT_VERSION, Declared, Kind, LIMITS, Role};
use serde_json::{Map, Value, json};
use std::collections::{HashMap, HashSet};

/// Cells one page may hold: every node and every flow the limits allow.
pub const MAX_CELLS: usize = LIMITS.max_nodes + LIMITS.max_flows;

/// How deep draw.io cells may nest (layers and groups count; Airlock's own
/// zone limit applies to the design after).
pub const MAX_CELL_DEPTH: usize = 64;

/// The layer the export writes the findings on; the import skips it.
pub const FINDINGS_LAYER: &str = "Airlock findings";

pub struct Converted {
    pub doc: model::Document,
    pub skipped: Vec<Skipped>,
    pub notes: Vec<Message>,
    /// The line of the cell each node and flow came from.
    pub declared: Declared,
}

/// One `<mxCell>`, with the attributes of the `<object>` around it.
struct Cell {
    id: String,
    /// The page XML's line (1-based) the cell starts on.
    row: usize,
    parent: Option<String>,
    label: String,
    style: String,
    vertex: bool,
    edge: bool,
    source: Option<String>,
    target: Option<String>,
    /// Relative to the parent; `None` without geometry.
    geo: Option<(f64, f64, f64, f64)>,
    attrs: HashMap<String, String>,
}

fn number(node: &roxmltree::Node, name: &str) -> f64 {
    node.attribute(name)
        .and_then(|v| v.parse::<f64>().ok())
        .filter(|v| v.is_finite())
        .unwrap_or(0.0)
}

fn read_cells(page: &Page) -> Result<Vec<Cell>, ImportError> {
    let what = format!("page `{}`", page.name);
    let xml = parse_xml(&page.xml, &what)?;
    let root = xml
        .root_element()
        .children()
        .find(|n| n.has_tag_name("root"))
        .ok_or_else(|| ImportError::NotDrawio {
            reason: format!("{what} has no <root> of cells"),
        })?;
    let mut cells = Vec::new();
    // Rows counted on from cell to cell: the cells come in text order.
    let (mut row, mut counted) = (1, 0);
    for element in root.children().filter(roxmltree::Node::is_element) {
        if cells.len() >= MAX_CELLS {
            let count = root.children().filter(roxmltree::Node::is_element).count();
            return Err(ImportError::TooManyCells {
                page: page.name.clone(),
                count,
                limit: MAX_CELLS,
            });
        }
        // `<object id label …><mxCell …/></object>` or a bare `<mxCell>`.
        let (outer, cell) = if element.has_tag_name("mxCell") {
            (element, element)
        } else {
            match element.children().find(|n| n.has_tag_name("mxCell")) {
                Some(cell) => (element, cell),
                None => continue, // Not a cell (draw.io writes none such).
            }
        };
        let id = outer.attribute("id").unwrap_or_default().to_string();
        let start = outer.range().start;
        row += page.xml[counted..start].matches('\n').count();
        counted = start;
        let attrs: HashMap<String, String> = outer
            .attributes()
            .filter(|a| a.name().starts_with("airlock"))
            .map(|a| (a.name().to_string(), a.value().to_string()))
            .collect();
        let raw = outer
            .attribute(if outer == cell { "value" } else { "label" })
            .unwrap_or_default();
        let style = cell.attribute("style").unwrap_or_default().to_string();
        let html = Style::parse(&style).get("html") == Some("1");
        let geo = cell
            .children()
            .find(|n| n.has_tag_name("mxGeometry"))
            .filter(|g| g.attribute("relative") != Some("1"))
            .map(|g| {
                (
                    number(&g, "x"),
                    number(&g, "y"),
                    number(&g, "width"),
                    number(&g, "height"),
                )
            });
        cells.push(Cell {
            id,
            row,
            parent: cell.attribute("parent").map(str::to_string),
            label: plain(raw, html),
            vertex: cell.attribute("vertex") == Some("1"),
            edge: cell.attribute("edge") == Some("1"),
            source: cell.attribute("source").map(str::to_string),
            target: cell.attribute("target").map(str::to_string),
            style,
            geo,
            attrs,
        });
    }
    Ok(cells)
}

/// What became of a cell.
#[derive(Clone, Copy, PartialEq)]
enum Fate {
    /// The root or a layer.
    Structure,
    Node(Kind),
    Frame,
    Edge,
    /// A label on an edge (merged into the flow's label).
    EdgeLabel,
    Skipped,
}

pub fn convert(page: &Page, options: &Options) -> Result<Converted, ImportError> {
    let cells = read_cells(page)?;
    let name = page.name.clone();
    let cell_error = |id: &str, message: String| ImportError::Cell {
        page: name.clone(),
        id: id.to_string(),
        message,
    };
    let mut by_id: HashMap<&str, usize> = HashMap::with_capacity(cells.len());
    for (i, c) in cells.iter().enumerate() {
        if c.id.is_empty() {
            return Err(cell_error(
                &format!("#{}", i + 1),
                "a cell has no id".into(),
            ));
        }
        if by_id.insert(c.id.as_str(), i).is_some() {
            return Err(cell_error(&c.id, "the id appears twice".into()));
        }
    }
    let depth = depths(&cells, &by_id, &cell_error)?;
    let parent = |i: usize| {
        cells[i]
            .parent
            .as_deref()
            .and_then(|p| by_id.get(p).copied())
    };

    let mut notes = Vec::new();
    let mut skipped: Vec<Option<Message>> = vec![None; cells.len()];
    let mut fate = vec![Fate::Skipped; cells.len()];
    let mut keys = vec![String::new(); cells.len()];
    let mut unknown = vec![false; cells.len()];
    let user: HashMap<&str, Kind> = options.map.iter().map(|(k, v)| (k.as_str(), *v)).collect();

    // Structure, findings layer, kinds.
    for (i, c) in cells.iter().enumerate() {
        let p = parent(i);
        let is_root = p.is_none();
        let is_layer = p.is_some_and(|p| parent(p).is_none()) && !c.vertex && !c.edge;
        if is_root || is_layer {
            fate[i] = Fate::Structure;
            continue;
        }
        let on_findings = {
            let mut at = p;
            let mut found = false;
            while let Some(a) = at {
                if fate[a] == Fate::Structure && cells[a].label == FINDINGS_LAYER {
                    found = true;
                }
                at = parent(a);
            }
            found
        };
        if on_findings {
            skipped[i] = Some(
                Message::new(err::DRAWIO_FINDINGS_LAYER)
                    .arg("layer", Arg::Code(FINDINGS_LAYER.into())),
            );
            continue;
        }
        if c.edge {
            fate[i] = Fate::Edge;
            continue;
        }
        if !c.vertex {
            skipped[i] = Some(Message::new(err::DRAWIO_NOT_A_CELL));
            continue;
        }
        if p.is_some_and(|p| cells[p].edge) {
            fate[i] = Fate::EdgeLabel;
            continue;
        }
        let style = Style::parse(&c.style);
        let key = style_key(&style);
        let chosen = user
            .get(c.id.as_str())
            .or_else(|| user.get(key.as_str()))
            .copied()
            .or_else(|| c.attrs.get("airlock_kind").and_then(|k| Kind::parse(k)));
        let shape = match chosen {
            Some(kind) => Shape::Node(kind),
            None => classify(&key, &style, &c.label, &mut notes),
        };
        match shape {
            Shape::Node(kind) if kind.role() == Role::Zone && c.geo.is_none() => {
                skipped[i] = Some(
                    Message::new(err::DRAWIO_ZONE_WITHOUT_BOX).arg("kind", kind_id(kind, true)),
                );
            }
            Shape::Node(kind) => fate[i] = Fate::Node(kind),
            Shape::Frame(what) => {
                fate[i] = Fate::Frame;
                skipped[i] = Some(Message::new(err::DRAWIO_FRAME).arg("what", Message::new(what)));
            }
            Shape::Text => skipped[i] = Some(Message::new(err::DRAWIO_TEXT)),
            // The rows and cells of a table (or any shape) not understood.
            Shape::Unknown if p.is_some_and(|p| unknown[p]) => {
                unknown[i] = true;
                let p = p.expect("a parent");
                skipped[i] = Some(
                    Message::new(err::DRAWIO_PART_OF).arg("cell", Arg::Code(cells[p].id.clone())),
                );
            }
            Shape::Unknown => {
                unknown[i] = true;
                skipped[i] = Some(
                    Message::new(err::DRAWIO_UNKNOWN_SHAPE)
                        .arg("key", Arg::Code(key.clone()))
                        .arg("map", Arg::Text(format!("{key}=KIND"))),
                )
            }
        }
        keys[i] = key;
    }

    // Absolute boxes: a child's geometry is relative to its parent vertex.
    let mut abs: Vec<Option<(f64, f64, f64, f64)>> = vec![None; cells.len()];
    let mut order: Vec<usize> = (0..cells.len()).collect();
    order.sort_by_key(|&i| depth[i]);
    for &i in &order {
        let Some((x, y, w, h)) = cells[i].geo else {
            continue;
        };
        let (ox, oy) = match parent(i) {
            Some(p) if cells[p].vertex => abs[p].map_or((0.0, 0.0), |b| (b.0, b.1)),
            _ => (0.0, 0.0),
        };
        abs[i] = Some((x + ox, y + oy, w, h));
    }

    // Ids: the draw.io id where it is a valid Airlock id, else made one.
    let mut taken: HashSet<String> = HashSet::new();
    let mut ids: Vec<String> = vec![String::new(); cells.len()];
    for (i, c) in cells.iter().enumerate() {
        if matches!(fate[i], Fate::Node(_) | Fate::Edge) {
            ids[i] = unique(&mut taken, airlock_id(&c.id));
        }
    }
    let mut declared = match page.origin.line(1) {
        Some(line) => Declared::falling_back_to(line),
        None => Declared::unlined(),
    };
    for (i, c) in cells.iter().enumerate() {
        if let (false, Some(line)) = (ids[i].is_empty(), page.origin.line(c.row)) {
            declared.declare(&ids[i], line);
        }
    }

    // Zones first: those with fewer zones among their draw.io parents
    // first (a zone linked inside another comes after it, whatever their
    // sizes), then the largest first (a zone drawn inside another is
    // smaller); then the rest. Each finds its zone among those placed.
    let area = |i: usize| abs[i].map_or(0.0, |b| b.2 * b.3);
    let is_zone = |i: usize| matches!(fate[i], Fate::Node(k) if k.is_zone());
    let zones_above = |i: usize| {
        let mut n = 0;
        let mut at = parent(i);
        while let Some(a) = at {
            n += usize::from(is_zone(a));
            at = parent(a);
        }
        n
    };
    let mut nodes: Vec<(usize, usize)> = (0..cells.len())
        .filter(|&i| matches!(fate[i], Fate::Node(_)))
        .map(|i| (i, if is_zone(i) { zones_above(i) } else { 0 }))
        .collect();
    nodes.sort_by(|&(a, da), &(b, db)| {
        is_zone(b)
            .cmp(&is_zone(a))
            .then(da.cmp(&db))
            .then(area(b).total_cmp(&area(a)))
            .then(a.cmp(&b))
    });
    let nodes: Vec<usize> = nodes.into_iter().map(|(i, _)| i).collect();
    let kinds: Vec<Option<Kind>> = fate
        .iter()
        .map(|f| match f {
            Fate::Node(k) => Some(*k),
            _ => None,
        })
        .collect();
    let kind_of = |i: usize| kinds[i];
    let mut zone_of: HashMap<usize, Option<usize>> = HashMap::new();
    let mut placed = vec![false; cells.len()];
    let mut grid = ZoneGrid::default();
    let mut kept: Vec<usize> = Vec::new();
    for &i in &nodes {
        let kind = kind_of(i).expect("a node");
        let is_zone = kind.is_zone();
        let within = |z: usize| -> bool {
            let (Some(a), Some(b)) = (abs[i], abs[z]) else {
                return false;
            };
            let (cx, cy) = (a.0 + a.2 / 2.0, a.1 + a.3 / 2.0);
            cx >= b.0 && cx <= b.0 + b.2 && cy >= b.1 && cy <= b.1 + b.3
        };
        // The nearest placed zone among the draw.io parents.
        let mut linked = None;
        let mut at = parent(i);
        while let Some(a) = at {
            if placed[a] {
                linked = Some(a);
                break;
            }
            at = parent(a);
        }
        // The smallest placed zone whose box holds the centre (placed zones
        // are larger, or as large and earlier: no cycle).
        let drawn = abs[i].and_then(|a| {
            grid.around(a.0 + a.2 / 2.0, a.1 + a.3 / 2.0)
                .filter(|&z| z != i && within(z))
                .min_by(|&a, &b| area(a).total_cmp(&area(b)).then(a.cmp(&b)))
        });
        let inside = |mut z: Option<usize>, outer: usize| {
            while let Some(a) = z {
                if a == outer {
                    return true;
                }
                z = zone_of[&a];
            }
            false
        };
        // A cell the export wrote keeps its parent link as it is.
        let exported = cells[i].attrs.contains_key("airlock_kind");
        let mut zone = match (linked, drawn) {
            (l, _) if exported => l,
            (Some(l), Some(d)) if inside(Some(d), l) => Some(d),
            (Some(l), _) => Some(l),
            (None, d) => d,
        };
        let first = zone;
        while let Some(z) = zone {
            if kind.may_sit_in(kind_of(z)) {
                break;
            }
            zone = zone_of[&z];
        }
        if zone.is_none() && !kind.may_sit_in(None) {
            let drawn = match first {
                Some(z) => Message::new(err::DRAWIO_DRAWN_IN)
                    .arg("zone", kind_id(kind_of(z).expect("a zone"), false))
                    .arg("label", Arg::Code(cells[z].label.clone())),
                None => Message::new(err::DRAWIO_DRAWN_NOWHERE),
            };
            skipped[i] = Some(
                Message::new(err::DRAWIO_OUTSIDE)
                    .arg("kind", kind_id(kind, true))
                    .arg("places", places(kind))
                    .arg("drawn", drawn),
            );
            fate[i] = Fate::Skipped;
            continue;
        }
        zone_of.insert(i, zone);
        if is_zone {
            placed[i] = true;
            if let Some(b) = abs[i] {
                grid.insert(i, b);
            }
        }
        kept.push(i);
    }
    kept.sort_unstable();

    // Nodes as JSON, in the file's order.
    let mut node_values = Vec::with_capacity(kept.len());
    for &i in &kept {
        let c = &cells[i];
        let kind = kind_of(i).expect("a node");
        let mut n = Map::new();
        n.insert("id".into(), Value::from(ids[i].clone()));
        n.insert("kind".into(), Value::from(kind.as_str()));
        // The export's exact label where the shown one cannot say it.
        let text = match c.attrs.get("airlock_label") {
            Some(json) => serde_json::from_str::<String>(json).map_err(|e| {
                cell_error(
                    &c.id,
                    format!("its `airlock_label` is not a JSON string: {e}"),
                )
            })?,
            None => c.label.clone(),
        };
        if !text.is_empty() {
            n.insert("label".into(), Value::from(label(&text, &mut notes, &c.id)));
        }
        if let Some(Some(z)) = zone_of.get(&i) {
            n.insert("parent".into(), Value::from(ids[*z].clone()));
        }
        if let Some((x, y, w, h)) = abs[i] {
            n.insert("x".into(), json!(round(x)));
            n.insert("y".into(), json!(round(y)));
            if w > 0.0 && h > 0.0 {
                n.insert("w".into(), json!(round(w)));
                n.insert("h".into(), json!(round(h)));
            }
        }
        if let Some(props) = c.attrs.get("airlock_props") {
            let props: Value = serde_json::from_str(props)
                .map_err(|e| cell_error(&c.id, format!("its `airlock_props` is not JSON: {e}")))?;
            n.insert("props".into(), props);
        } else if let Some((key, value)) = from_label(kind, &c.label) {
            notes.push(
                Message::new(err::DRAWIO_FROM_LABEL)
                    .arg("kind", kind_id(kind, false))
                    .arg("label", Arg::Code(c.label.clone()))
                    .arg("value", Arg::Code(value.clone()))
                    .arg("key", Arg::Text(key.to_string())),
            );
            n.insert("props".into(), json!({ key: value }));
        }
        node_values.push(Value::Object(n));
    }

    // Edge labels, by edge.
    let mut edge_labels: HashMap<usize, Vec<&str>> = HashMap::new();
    for (i, c) in cells.iter().enumerate() {
        if fate[i] == Fate::EdgeLabel && !c.label.is_empty() {
            edge_labels
                .entry(parent(i).expect("an edge"))
                .or_default()
                .push(&c.label);
        }
    }

    // Edges: arrows, or hops of a data flow the export wrote.
    let node_at: HashMap<usize, Kind> = kept
        .iter()
        .map(|&i| (i, kind_of(i).expect("a node")))
        .collect();
    let mut arrows = Vec::new();
    // By flow, in the order the flows first appear: (hop, edge, from, to).
    type Hops = Vec<(usize, usize, usize, usize)>;
    let mut tagged: Vec<(String, Hops)> = Vec::new();
    for (i, c) in cells.iter().enumerate() {
        if fate[i] != Fate::Edge {
            continue;
        }
        let end =
            |which: &str, id: &Option<String>| -> Result<Result<usize, Message>, ImportError> {
                let side = Arg::Text(which.to_string());
                let Some(id) = id else {
                    return Ok(Err(Message::new(err::DRAWIO_LOOSE_END).arg("which", side)));
                };
                let Some(&e) = by_id.get(id.as_str()) else {
                    return Err(cell_error(
                        &c.id,
                        format!("the edge's {which} `{id}` is not a cell on the page"),
                    ));
                };
                Ok(match node_at.get(&e) {
                    Some(k) if matches!(k.role(), Role::Zone | Role::Config) => {
                        Err(Message::new(err::DRAWIO_END_IN_ZONE)
                            .arg("which", side)
                            .arg("kind", kind_id(*k, true))
                            .arg("cell", Arg::Code(cells[e].id.clone())))
                    }
                    Some(_) => Ok(e),
                    None => Err(Message::new(err::DRAWIO_END_NOT_UNDERSTOOD)
                        .arg("which", side)
                        .arg("cell", Arg::Code(cells[e].id.clone()))),
                })
            };
        let ends = (end("source", &c.source)?, end("target", &c.target)?);
        let (mut from, mut to) = match ends {
            (Ok(a), Ok(b)) => (a, b),
            (Err(why), _) | (_, Err(why)) => {
                skipped[i] = Some(why);
                fate[i] = Fate::Skipped;
                continue;
            }
        };
        if from == to {
            skipped[i] = Some(Message::new(err::DRAWIO_SELF_EDGE));
            fate[i] = Fate::Skipped;
            continue;
        }
        let style = Style::parse(&c.style);
        let no_arrow = |k| matches!(style.get(k), Some("none") | Some(""));
        if no_arrow("endArrow") && style.get("startArrow").is_some() && !no_arrow("startArrow") {
            std::mem::swap(&mut from, &mut to);
        }
        let mut text: Vec<&str> = Vec::new();
        if !c.label.is_empty() {
            text.push(&c.label);
        }
        text.extend(edge_labels.get(&i).into_iter().flatten().copied());
        let label = text.join(" ");
        if let Some(flow) = c.attrs.get("airlock_flow") {
            let hop = c
                .attrs
                .get("airlock_hop")
                .and_then(|h| h.parse().ok())
                .unwrap_or(0);
            let hop = (hop, i, from, to);
            match tagged.iter_mut().find(|(f, _)| f == flow) {
                Some((_, hops)) => hops.push(hop),
                None => tagged.push((flow.clone(), vec![hop])),
            }
            continue;
        }
        let mut a = Map::new();
        a.insert("id".into(), Value::from(ids[i].clone()));
        a.insert("from".into(), Value::from(ids[from].clone()));
        a.insert("to".into(), Value::from(ids[to].clone()));
        if !label.is_empty() {
            a.insert(
                "label".into(),
                Value::from(self::label(&label, &mut notes, &c.id)),
            );
        }
        arrows.push(Value::Object(a));
    }

    // The labels of edges that did not become flows are listed too.
    for i in 0..cells.len() {
        if fate[i] == Fate::EdgeLabel {
            let edge = parent(i).expect("an edge");
            if fate[edge] == Fate::Skipped {
                fate[i] = Fate::Skipped;
                skipped[i] = Some(
                    Message::new(err::DRAWIO_EDGE_LABEL)
                        .arg("cell", Arg::Code(cells[edge].id.clone())),
                );
            }
        }
    }

    // Untagged arrows: joined through connectivity, as version 1's hops.
    let mut joined = json!({"nodes": node_values.clone(), "flows": arrows});
    model::join_arrows(&mut joined, &mut notes, Arrows::Diagram).map_err(|message| {
        ImportError::Cell {
            page: name.clone(),
            id: "(edges)".into(),
            message: message.to_string(),
        }
    })?;
    let mut flows: Vec<Value> = match joined["flows"].take() {
        Value::Array(flows) => flows,
        _ => Vec::new(),
    };
    // Tagged hops: the flow the export wrote, its attributes on the first hop.
    let mut flow_ids: HashSet<String> = flows
        .iter()
        .filter_map(|f| f["id"].as_str().map(str::to_string))
        .chain(kept.iter().map(|&i| ids[i].clone()))
        .collect();
    for (id, mut hops) in tagged {
        hops.sort_unstable();
        let first = &cells[hops[0].1];
        let mut f = Map::new();
        let id = unique(&mut flow_ids, airlock_id(&id));
        if let Some(line) = page.origin.line(first.row) {
            declared.declare(&id, line);
        }
        f.insert("id".into(), Value::from(id));
        f.insert("from".into(), Value::from(ids[hops[0].2].clone()));
        f.insert(
            "to".into(),
            Value::from(ids[hops[hops.len() - 1].3].clone()),
        );
        let via: Vec<Value> = hops[1..]
            .iter()
            .map(|h| Value::from(ids[h.2].clone()))
            .collect();
        if !via.is_empty() {
            f.insert("via".into(), Value::Array(via));
        }
        if let Some(json) = first.attrs.get("airlock_label") {
            let label: String = serde_json::from_str(json).map_err(|e| {
                cell_error(
                    &first.id,
                    format!("its `airlock_label` is not a JSON string: {e}"),
                )
            })?;
            f.insert("label".into(), Value::from(label));
        }
        if let Some(t) = first.attrs.get("airlock_transport") {
            f.insert("transport".into(), Value::from(t.clone()));
        }
        if let Some(only) = first.attrs.get("airlock_only") {
            let only: Value = serde_json::from_str(only).map_err(|e| {
                cell_error(&first.id, format!("its `airlock_only` is not JSON: {e}"))
            })?;
            f.insert("only".into(), only);
        }
        flows.push(Value::Object(f));
    }

    // The design's own fields, where the export wrote them on the layer.
    let mut doc =
        json!({"airlock": CURRENT_VERSION, "title": "", "nodes": node_values, "flows": flows});
    for (i, c) in cells.iter().enumerate() {
        if fate[i] != Fate::Structure {
            continue;
        }
        if let Some(meta) = c.attrs.get("airlock_design") {
            let meta: Value = serde_json::from_str(meta)
                .map_err(|e| cell_error(&c.id, format!("its `airlock_design` is not JSON: {e}")))?;
            for key in ["title", "description", "requirements", "suppressions"] {
                if let Some(v) = meta.get(key) {
                    doc[key] = v.clone();
                }
            }
        }
    }
    if doc["title"] == "" {
        doc["title"] = Value::from(
            page.name
                .chars()
                .take(LIMITS.max_title_chars)
                .collect::<String>(),
        );
    }
    let doc = model::from_value(doc).map_err(|error| ImportError::Invalid {
        page: page.name.clone(),
        error,
    })?;

    let skipped = cells
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let why = skipped[i].clone()?;
            Some(Skipped {
                page: page.name.clone(),
                id: c.id.clone(),
                label: c.label.clone(),
                key: keys[i].clone(),
                why,
            })
        })
        .collect();
    Ok(Converted {
        doc,
        skipped,
        notes,
        declared,
    })
}

/// Placed zones by the grid squares their boxes cover, so that a shape
/// looks only at the zones around its centre, not at every zone. A zone
/// over more than [`ZoneGrid::MAX_SQUARES`] squares (a Region around
/// everything, a huge box) is in `wide`, which every look-up checks.
#[derive(Default)]
struct ZoneGrid {
    squares: HashMap<(i64, i64), Vec<usize>>,
    wide: Vec<usize>,
}

impl ZoneGrid {
    const SQUARE: f64 = 256.0;
    const MAX_SQUARES: f64 = 4096.0;

    fn square(v: f64) -> f64 {
        (v / Self::SQUARE).floor()
    }

    fn insert(&mut self, zone: usize, (x, y, w, h): (f64, f64, f64, f64)) {
        let (x0, y0) = (Self::square(x), Self::square(y));
        let (x1, y1) = (Self::square(x + w), Self::square(y + h));
        let count = (x1 - x0 + 1.0) * (y1 - y0 + 1.0);
        if !count.is_finite() || count > Self::MAX_SQUARES {
            self.wide.push(zone);
            return;
        }
        for sx in x0 as i64..=x1 as i64 {
            for sy in y0 as i64..=y1 as i64 {
                self.squares.entry((sx, sy)).or_default().push(zone);
            }
        }
    }

    fn around(&self, x: f64, y: f64) -> impl Iterator<Item = usize> + '_ {
        let key = (Self::square(x) as i64, Self::square(y) as i64);
        self.squares
            .get(&key)
            .into_iter()
            .flatten()
            .chain(&self.wide)
            .copied()
    }
}

/// A property a label states: a VPC's CIDR block (`Central VPC
/// 10.1.0.0/16`), a Region's code (`eu-west-1`).
fn from_label(kind: Kind, label: &str) -> Option<(&'static str, String)> {
    let mut words = label
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '-')))
        .map(|w| w.trim_matches(['.', '-']));
    match kind {
        Kind::Vpc => words
            .find(|w| w.contains('/') && Cidr::parse(w).is_ok())
            .map(|w| ("cidr", w.to_string())),
        Kind::AwsRegion => words
            .map(str::to_ascii_lowercase)
            .find(|w| is_region_code(w))
            .map(|w| ("region", w)),
        _ => None,
    }
}

/// `eu-west-1`, `ap-northeast-2`, `us-gov-west-1`.
fn is_region_code(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    let letters = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase());
    match parts.as_slice() {
        [area, place, n] | [area, "gov", place, n] => {
            area.len() == 2
                && letters(area)
                && letters(place)
                && n.len() == 1
                && n.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

/// Each cell's depth under the root, once every parent is known to exist,
/// no chain to loop and none to be deeper than [`MAX_CELL_DEPTH`].
fn depths(
    cells: &[Cell],
    by_id: &HashMap<&str, usize>,
    cell_error: &dyn Fn(&str, String) -> ImportError,
) -> Result<Vec<usize>, ImportError> {
    let parent_of = |i: usize| -> Result<Option<usize>, ImportError> {
        match &cells[i].parent {
            None => Ok(None),
            Some(p) => by_id.get(p.as_str()).copied().map(Some).ok_or_else(|| {
                cell_error(
                    &cells[i].id,
                    format!("its parent `{p}` is not a cell on the page"),
                )
            }),
        }
    };
    let mut depth = vec![usize::MAX; cells.len()];
    for start in 0..cells.len() {
        let mut chain = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at {
            if depth[i] != usize::MAX {
                break;
            }
            if chain.contains(&i) {
                return Err(cell_error(
                    &cells[i].id,
                    "its parents form a cycle: it ends up inside itself".into(),
                ));
            }
            chain.push(i);
            if chain.len() > MAX_CELL_DEPTH {
                return Err(cell_error(
                    &cells[start].id,
                    format!("nested deeper than the limit of {MAX_CELL_DEPTH} cells"),
                ));
            }
            at = parent_of(i)?;
        }
        let below = at.map_or(0, |i| depth[i] + 1);
        for (d, &i) in (below..).zip(chain.iter().rev()) {
            if d > MAX_CELL_DEPTH {
                return Err(cell_error(
                    &cells[i].id,
                    format!("nested deeper than the limit of {MAX_CELL_DEPTH} cells"),
                ));
            }
            depth[i] = d;
        }
    }
    Ok(depth)
}

/// A kind as a document spells it (see [`Arg::KindId`]).
fn kind_id(kind: Kind, article: bool) -> Arg {
    Arg::KindId { kind, article }
}

/// A label within the limit; a longer one is cut, with a note.
fn label(text: &str, notes: &mut Vec<Message>, cell: &str) -> String {
    if text.chars().count() <= LIMITS.max_label_chars {
        return text.to_string();
    }
    notes.push(
        Message::new(err::DRAWIO_LABEL_CUT)
            .arg("cell", Arg::Code(cell.to_string()))
            .arg("limit", Arg::Count(LIMITS.max_label_chars)),
    );
    text.chars().take(LIMITS.max_label_chars).collect()
}

/// A draw.io id as an Airlock id: characters outside letters, digits,
/// `-`, `_`, `.` and `:` become `-`; an over-long one is cut, an empty one
/// named `cell`.
fn airlock_id(id: &str) -> String {
    if id_problem(id).is_none() {
        return id.to_string();
    }
    let id = id_chars(id, LIMITS.max_id_chars - 8);
    if id.is_empty() { "cell".into() } else { id }
}

fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

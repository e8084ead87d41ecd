//! What a parsed document must satisfy before anything checks it: unique
//! ids, existing references, possible containment, properties that apply
//! to their kind, and the limits. All problems are collected, not just the
//! first, each with its JSON path and the offending id.

use super::cidr::Cidr;
use super::load::{LIMITS, Problem};
use super::{Document, Kind, Role, Transport, spec};
use crate::i18n::ids::err;
use crate::i18n::{Arg, Message};
// Fx, as the checker's own id map: ids are short, and SipHash was a
// tenth of loading a big design.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, path: String, id: Option<&str>, message: Message) {
        self.0.push(Problem {
            path,
            id: id.map(str::to_string),
            message,
        });
    }
}

/// Whether `id` is a well-formed element id (English).
pub fn id_problem(id: &str) -> Option<String> {
    id_message(id).map(|m| m.to_string())
}

/// [`id_problem`], as a message.
pub fn id_message(id: &str) -> Option<Message> {
    if id.is_empty() {
        Some(Message::new(err::ID_EMPTY))
    } else if id.chars().count() > LIMITS.max_id_chars {
        Some(Message::new(err::ID_TOO_LONG).arg("limit", LIMITS.max_id_chars))
    } else if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
    {
        Some(Message::new(err::ID_CHARS))
    } else {
        None
    }
}

/// `count` of something over its `limit`.
fn over(id: &'static str, count: usize, limit: usize) -> Message {
    Message::new(id).arg("count", count).arg("limit", limit)
}

fn code(text: &str) -> Arg {
    Arg::Code(text.to_string())
}

/// A kind as the document spells it (`a vpc` when `article`).
fn kind_id(kind: Kind, article: bool) -> Arg {
    Arg::KindId { kind, article }
}

/// `text` with each character an id may not hold replaced by `-`, cut to
/// `max` characters (empty when `text` is): the base of an id made from a
/// label or another tool's id.
pub fn id_chars(text: &str, max: usize) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':') {
                c
            } else {
                '-'
            }
        })
        .take(max)
        .collect()
}

fn is_rule_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 6
        && b[..3].iter().all(u8::is_ascii_uppercase)
        && b[3..].iter().all(u8::is_ascii_digit)
}

pub fn validate(doc: &Document) -> Vec<Problem> {
    let mut p = Problems(Vec::new());
    if doc.nodes.len() > LIMITS.max_nodes {
        p.add(
            "nodes".into(),
            None,
            over(err::TOO_MANY_NODES, doc.nodes.len(), LIMITS.max_nodes),
        );
        return p.0;
    }
    if doc.flows.len() > LIMITS.max_flows {
        p.add(
            "flows".into(),
            None,
            over(err::TOO_MANY_FLOWS, doc.flows.len(), LIMITS.max_flows),
        );
        return p.0;
    }
    if let Some(region) = &doc.requirements.sensitive_data_region
        && !is_region_code(region)
    {
        p.add(
            "requirements.sensitive_data_region".into(),
            None,
            not_a_region(region, "ap-northeast-2"),
        );
    }
    if doc.suppressions.len() > LIMITS.max_suppressions {
        p.add(
            "suppressions".into(),
            None,
            over(
                err::TOO_MANY_SUPPRESSIONS,
                doc.suppressions.len(),
                LIMITS.max_suppressions,
            ),
        );
        return p.0;
    }
    text_limit(
        &mut p,
        || "title".into(),
        None,
        err::FIELD_TITLE,
        &doc.title,
        LIMITS.max_title_chars,
    );
    if let Some(schema) = &doc.schema {
        text_limit(
            &mut p,
            || "$schema".into(),
            None,
            err::FIELD_SCHEMA,
            schema,
            LIMITS.max_schema_chars,
        );
    }
    text_limit(
        &mut p,
        || "description".into(),
        None,
        err::FIELD_DESCRIPTION,
        &doc.description,
        LIMITS.max_description_chars,
    );

    // Ids: one namespace for nodes and flows, because paths and suppression
    // targets mix them.
    let mut nodes: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(doc.nodes.len(), Default::default());
    let mut seen: HashSet<&str> =
        HashSet::with_capacity_and_hasher(doc.nodes.len() + doc.flows.len(), Default::default());
    for (i, n) in doc.nodes.iter().enumerate() {
        let path = || format!("nodes[{i}].id");
        if let Some(m) = id_message(&n.id) {
            p.add(path(), Some(&n.id), m);
        } else if !seen.insert(&n.id) {
            p.add(path(), Some(&n.id), Message::new(err::ID_DUPLICATE));
        } else {
            nodes.insert(&n.id, i);
        }
    }
    for (i, f) in doc.flows.iter().enumerate() {
        let path = || format!("flows[{i}].id");
        if let Some(m) = id_message(&f.id) {
            p.add(path(), Some(&f.id), m);
        } else if !seen.insert(&f.id) {
            p.add(path(), Some(&f.id), Message::new(err::ID_DUPLICATE));
        }
    }

    // Dataset names anywhere, for checking flow selections.
    let mut dataset_names: HashSet<&str> = HashSet::default();

    for (i, n) in doc.nodes.iter().enumerate() {
        let id = Some(n.id.as_str());
        text_limit(
            &mut p,
            || format!("nodes[{i}].label"),
            id,
            err::FIELD_LABEL,
            &n.label,
            LIMITS.max_label_chars,
        );
        for (field, v) in [("x", Some(n.x)), ("y", Some(n.y)), ("w", n.w), ("h", n.h)] {
            if let Some(v) = v
                && (!v.is_finite() || v.abs() > 1e7 || (matches!(field, "w" | "h") && v <= 0.0))
            {
                p.add(
                    format!("nodes[{i}].{field}"),
                    id,
                    Message::new(if matches!(field, "w" | "h") {
                        err::SIZE_RANGE
                    } else {
                        err::COORDINATE_RANGE
                    })
                    .arg("field", code(field)),
                );
            }
        }

        // Containment.
        match &n.parent {
            None => {
                if !n.kind.may_sit_in(None) {
                    p.add(
                        format!("nodes[{i}].parent"),
                        id,
                        Message::new(err::MUST_SIT)
                            .arg("kind", kind_id(n.kind, true))
                            .arg("places", places(n.kind)),
                    );
                }
            }
            Some(parent) => match nodes.get(parent.as_str()) {
                None => p.add(
                    format!("nodes[{i}].parent"),
                    id,
                    Message::new(err::PARENT_NOT_NODE).arg("parent", code(parent)),
                ),
                Some(&j) => {
                    let pk = doc.nodes[j].kind;
                    if let Some(depth_problem) = chain_problem(doc, &nodes, i) {
                        p.add(format!("nodes[{i}].parent"), id, depth_problem);
                    } else if !pk.is_zone() {
                        p.add(
                            format!("nodes[{i}].parent"),
                            id,
                            Message::new(err::PARENT_NOT_ZONE)
                                .arg("parent", code(parent))
                                .arg("kind", kind_id(pk, false)),
                        );
                    } else if !n.kind.may_sit_in(Some(pk)) {
                        p.add(
                            format!("nodes[{i}].parent"),
                            id,
                            Message::new(err::CANNOT_SIT)
                                .arg("kind", kind_id(n.kind, true))
                                .arg("parent", kind_id(pk, true))
                                .arg("places", places(n.kind)),
                        );
                    }
                }
            },
        }

        // Properties.
        for key in n.props.keys() {
            let spec = spec(key).expect("every key is in the catalog");
            if !spec.applies_to(n.kind) {
                let kinds = spec.kinds.iter().map(|&k| kind_id(k, false));
                p.add(
                    format!("nodes[{i}].props.{key}"),
                    id,
                    Message::new(err::PROP_NOT_APPLICABLE)
                        .arg("key", code(key))
                        .arg("kind", kind_id(n.kind, false))
                        .arg("kinds", Arg::list(kinds, usize::MAX)),
                );
            }
        }
        let props = &n.props;
        if let Some(cidr) = &props.cidr
            && let Err(m) = Cidr::parse(cidr)
        {
            p.add(format!("nodes[{i}].props.cidr"), id, m);
        }
        let regions = [
            ("region", &props.region),
            ("service_region", &props.service_region),
        ]
        .into_iter()
        .filter_map(|(key, r)| Some((format!("nodes[{i}].props.{key}"), r.as_ref()?)));
        let supported = props.supported_regions.iter().flatten().enumerate();
        let supported =
            supported.map(|(k, r)| (format!("nodes[{i}].props.supported_regions[{k}]"), r));
        for (path, region) in regions.chain(supported.take(LIMITS.max_list_items + 1)) {
            if !is_region_code(region) {
                p.add(path, id, not_a_region(region, "eu-west-1"));
            }
        }
        if let Some(list) = &props.supported_regions
            && list.len() > LIMITS.max_list_items
        {
            p.add(
                format!("nodes[{i}].props.supported_regions"),
                id,
                over(err::TOO_MANY_ENTRIES, list.len(), LIMITS.max_list_items),
            );
        }
        if let Some(datasets) = &props.datasets {
            if datasets.len() > LIMITS.max_datasets_per_store {
                p.add(
                    format!("nodes[{i}].props.datasets"),
                    id,
                    over(
                        err::TOO_MANY_DATASETS,
                        datasets.len(),
                        LIMITS.max_datasets_per_store,
                    ),
                );
            }
            let mut names = HashSet::default();
            for (k, d) in datasets.iter().enumerate() {
                let path = format!("nodes[{i}].props.datasets[{k}].name");
                if d.name.trim().is_empty() {
                    p.add(path, id, Message::new(err::DATASET_UNNAMED));
                } else if d.name.chars().count() > LIMITS.max_label_chars {
                    p.add(
                        path,
                        id,
                        Message::new(err::DATASET_NAME_TOO_LONG)
                            .arg("limit", LIMITS.max_label_chars),
                    );
                } else if !names.insert(d.name.as_str()) {
                    p.add(
                        path,
                        id,
                        Message::new(err::DATASET_TWICE).arg("name", code(&d.name)),
                    );
                } else {
                    dataset_names.insert(d.name.as_str());
                }
            }
        }
        for (key, list, cidrs_only) in [
            (
                "presigned_url_allowed_cidrs",
                &props.presigned_url_allowed_cidrs,
                true,
            ),
            (
                "security_group_sources",
                &props.security_group_sources,
                false,
            ),
        ] {
            let Some(list) = list else { continue };
            if list.len() > LIMITS.max_list_items {
                p.add(
                    format!("nodes[{i}].props.{key}"),
                    id,
                    over(err::TOO_MANY_ENTRIES, list.len(), LIMITS.max_list_items),
                );
                continue;
            }
            for (k, entry) in list.iter().enumerate() {
                let path = format!("nodes[{i}].props.{key}[{k}]");
                if cidrs_only || entry.contains('/') || entry.contains('.') {
                    if let Err(m) = Cidr::parse(entry) {
                        p.add(path, id, m);
                    }
                } else if !entry.starts_with("sg-")
                    || entry.len() < 4
                    || entry.len() > 64
                    || entry.contains(char::is_whitespace)
                {
                    p.add(
                        path,
                        id,
                        Message::new(err::NOT_SG_OR_CIDR).arg("entry", code(entry)),
                    );
                }
            }
        }
        if let Some(sg) = &props.security_group
            && (sg.trim().is_empty() || sg.len() > 64 || sg.contains(char::is_whitespace))
        {
            p.add(
                format!("nodes[{i}].props.security_group"),
                id,
                Message::new(err::NOT_SG).arg("sg", code(sg)),
            );
        }
        if let Some(conn) = &props.connection {
            match nodes.get(conn.as_str()).map(|&j| doc.nodes[j].kind) {
                Some(Kind::GlueConnection) => {}
                Some(k) => p.add(
                    format!("nodes[{i}].props.connection"),
                    id,
                    Message::new(err::CONNECTION_NOT_GLUE)
                        .arg("connection", code(conn))
                        .arg("kind", kind_id(k, false)),
                ),
                None => p.add(
                    format!("nodes[{i}].props.connection"),
                    id,
                    Message::new(err::CONNECTION_NOT_NODE).arg("connection", code(conn)),
                ),
            }
        }
        if let Some(count) = props.instance_count
            && !(1..=10_000).contains(&count)
        {
            p.add(
                format!("nodes[{i}].props.instance_count"),
                id,
                Message::new(err::INSTANCE_COUNT),
            );
        }
    }

    // A VPC's own Region must agree with the Region it is drawn in.
    for (i, n) in doc.nodes.iter().enumerate() {
        if n.kind != Kind::Vpc {
            continue;
        }
        let (Some(own), Some(parent)) = (&n.props.region, &n.parent) else {
            continue;
        };
        if let Some(&j) = nodes.get(parent.as_str())
            && let Some(outer) = &doc.nodes[j].props.region
            && outer != own
        {
            p.add(
                format!("nodes[{i}].props.region"),
                Some(&n.id),
                Message::new(err::VPC_REGION)
                    .arg("own", code(own))
                    .arg("outer", code(outer)),
            );
        }
    }

    for (i, f) in doc.flows.iter().enumerate() {
        let id = Some(f.id.as_str());
        text_limit(
            &mut p,
            || format!("flows[{i}].label"),
            id,
            err::FIELD_LABEL,
            &f.label,
            LIMITS.max_label_chars,
        );
        let mut ends_ok = true;
        for (field, end) in [("from", &f.from), ("to", &f.to)] {
            match nodes.get(end.as_str()) {
                None => {
                    ends_ok = false;
                    p.add(
                        format!("flows[{i}].{field}"),
                        id,
                        Message::new(err::NOT_A_NODE).arg("id", code(end)),
                    )
                }
                Some(&j) => {
                    let k = doc.nodes[j].kind;
                    if matches!(k.role(), Role::Zone | Role::Config) {
                        ends_ok = false;
                        p.add(
                            format!("flows[{i}].{field}"),
                            id,
                            Message::new(err::FLOW_END_ZONE).arg("kind", kind_id(k, false)),
                        );
                    }
                }
            }
        }
        if ends_ok && f.from == f.to {
            p.add(
                format!("flows[{i}].to"),
                id,
                Message::new(err::FLOW_SAME_ENDS),
            );
        }
        if f.transport == Transport::Macsec {
            p.add(
                format!("flows[{i}].transport"),
                id,
                Message::new(err::FLOW_MACSEC),
            );
        }
        validate_route(&mut p, doc, &nodes, i, f);
        if let Some(only) = &f.only {
            if let Some(&j) = nodes.get(f.from.as_str())
                && doc.nodes[j].kind.role() == Role::Transit
            {
                p.add(
                    format!("flows[{i}].only"),
                    id,
                    Message::new(err::ONLY_FROM_TRANSIT)
                        .arg("kind", kind_id(doc.nodes[j].kind, false)),
                );
            }
            if only.len() > LIMITS.max_datasets_per_store {
                p.add(
                    format!("flows[{i}].only"),
                    id,
                    over(
                        err::TOO_MANY_SELECTED,
                        only.len(),
                        LIMITS.max_datasets_per_store,
                    ),
                );
            }
            for (k, name) in only.iter().enumerate() {
                if !dataset_names.contains(name.as_str()) {
                    p.add(
                        format!("flows[{i}].only[{k}]"),
                        id,
                        Message::new(err::UNKNOWN_DATASET).arg("name", code(name)),
                    );
                }
            }
        }
    }

    for (i, s) in doc.suppressions.iter().enumerate() {
        // The target is echoed into every output: a long one is refused,
        // and not repeated in the error.
        let limit = 2 * LIMITS.max_id_chars + 2;
        let long = s.target.chars().count() > limit;
        let id = (!long).then_some(s.target.as_str());
        if long {
            p.add(
                format!("suppressions[{i}].target"),
                None,
                Message::new(err::TARGET_TOO_LONG).arg("limit", limit),
            );
        }
        if !is_rule_code(&s.rule) {
            p.add(
                format!("suppressions[{i}].rule"),
                id,
                Message::new(err::NOT_A_RULE_CODE).arg("rule", code(&s.rule)),
            );
        }
        if s.target.trim().is_empty() {
            p.add(
                format!("suppressions[{i}].target"),
                None,
                Message::new(err::TARGET_EMPTY),
            );
        }
        if s.reason.trim().is_empty() {
            p.add(
                format!("suppressions[{i}].reason"),
                id,
                Message::new(err::REASON_MISSING),
            );
        }
        text_limit(
            &mut p,
            || format!("suppressions[{i}].reason"),
            id,
            err::FIELD_REASON,
            &s.reason,
            LIMITS.max_reason_chars,
        );
    }
    p.0
}

fn text_limit(
    p: &mut Problems,
    path: impl FnOnce() -> String,
    id: Option<&str>,
    what: &'static str,
    text: &str,
    limit: usize,
) {
    if text.chars().count() > limit {
        p.add(
            path(),
            id,
            Message::new(err::TEXT_TOO_LONG)
                .arg("what", Message::new(what))
                .arg("limit", limit),
        );
    }
}

fn not_a_region(region: &str, example: &str) -> Message {
    Message::new(err::NOT_A_REGION)
        .arg("region", code(region))
        .arg("example", code(example))
}

/// Walks up from node `i`: a cycle or a chain deeper than the limit is a problem.
fn chain_problem(doc: &Document, nodes: &HashMap<&str, usize>, i: usize) -> Option<Message> {
    let mut current = i;
    for _ in 0..=LIMITS.max_depth {
        match doc.nodes[current]
            .parent
            .as_deref()
            .and_then(|p| nodes.get(p))
        {
            None => return None,
            Some(&j) if j == i => {
                return Some(
                    Message::new(err::CONTAINMENT_CYCLE).arg("id", code(&doc.nodes[i].id)),
                );
            }
            Some(&j) => current = j,
        }
    }
    Some(Message::new(err::NESTED_TOO_DEEP).arg("limit", LIMITS.max_depth))
}

/// "a" or "an" before a kind's name.
pub(crate) fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// Where a kind may sit: "at the top level or in a vpc".
pub(crate) fn places(kind: Kind) -> Message {
    let mut each = kind.places().iter().rev().map(|p| match p {
        super::Place::Top => Message::new(err::PLACE_TOP),
        super::Place::In(k) => Message::new(err::PLACE_IN).arg("kind", kind_id(*k, true)),
    });
    let last = each.next().expect("a kind sits somewhere");
    each.fold(last, |second, first| {
        Message::new(err::PLACES_OR)
            .arg("first", first)
            .arg("second", second)
    })
}

/// A flow's `via`: connectivity nodes that exist, each once, neither end.
fn validate_route(
    p: &mut Problems,
    doc: &Document,
    nodes: &HashMap<&str, usize>,
    i: usize,
    f: &crate::model::Flow,
) {
    let id = Some(f.id.as_str());
    if f.via.len() > LIMITS.max_route_nodes {
        p.add(
            format!("flows[{i}].via"),
            id,
            over(
                err::TOO_MANY_ROUTE_NODES,
                f.via.len(),
                LIMITS.max_route_nodes,
            ),
        );
        return;
    }
    let mut seen: HashSet<&str> =
        HashSet::with_capacity_and_hasher(f.via.len() + 2, Default::default());
    seen.insert(f.from.as_str());
    seen.insert(f.to.as_str());
    for (k, v) in f.via.iter().enumerate() {
        let path = || format!("flows[{i}].via[{k}]");
        match nodes.get(v.as_str()) {
            None => p.add(path(), id, Message::new(err::NOT_A_NODE).arg("id", code(v))),
            Some(&j) if !doc.nodes[j].kind.is_passable() => p.add(
                path(),
                id,
                Message::new(err::ROUTE_NOT_PASSABLE)
                    .arg("kind", kind_id(doc.nodes[j].kind, false)),
            ),
            Some(_) if !seen.insert(v.as_str()) => p.add(
                path(),
                id,
                Message::new(err::ROUTE_TWICE).arg("node", code(v)),
            ),
            Some(_) => {}
        }
    }
}

/// Whether `s` looks like a Region code: `eu-west-1`, `ap-northeast-2`.
fn is_region_code(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 32
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

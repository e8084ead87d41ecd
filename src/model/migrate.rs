//! Upgrading older documents, one step per format version.
//!
//! **Version 1 → 2.** Version 1 drew *hops*: an arrow into a connectivity
//! node and an arrow out of it were two flows, and the checker joined
//! every arrow in to every arrow out. Version 2 draws *data flows*: one
//! conversation from a source end to a sink end, with its route through
//! connectivity nodes in `via`. The step turns each chain of hops from an
//! end through connectivity nodes into one data flow:
//!
//! - a connectivity node with one arrow in or one arrow out pairs without
//!   doubt (a fan-out or a fan-in);
//! - where several arrows come in *and* several go out, version 1 joined
//!   every one to every one; the step keeps that conservative reading (a
//!   data flow per pair) and says so in a note, so the user can delete the
//!   pairs that do not happen;
//! - the Internet, when arrows leave it, is passed through like
//!   connectivity (version 1 cut routes there);
//! - TLS declared on the hop out of the source or into the sink is the
//!   flow's (TLS is end to end); IPsec declared on every hop is the hosts'
//!   own tunnel; MACsec declared on a hop is dropped with a note (it is a
//!   Direct Connect link's property);
//! - an arrow that no chain covers (inside a ring of connectivity nodes)
//!   stays a flow of its own, so nothing drawn is lost;
//! - a joined route's id is `from-to` where that is free (so findings keep
//!   reading like version 1's `CODE@from->to`), else its first hop's;
//! - a suppression of the route `a->b` becomes one per data flow from `a`
//!   to `b`.

use super::Kind;
use super::load::LIMITS;
use crate::i18n::ids::err;
use crate::i18n::{Arg, Message};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// A step: upgrades `value` in place, adding notes for the user.
pub type Migration = fn(&mut Value, &mut Vec<Message>) -> Result<(), Message>;

/// `MIGRATIONS[i]` turns version `i + 1` into `i + 2`.
pub const MIGRATIONS: &[Migration] = &[v1_to_v2];

/// Route steps the pairing may take in all before it gives up (a
/// version-1 mesh of connectivity can pair into exponentially many routes).
const MAX_STEPS: usize = 1_000_000;

/// One version-1 hop.
struct Hop {
    id: String,
    from: String,
    to: String,
    label: String,
    transport: String,
    only: Option<Value>,
}

fn text(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn v1_to_v2(doc: &mut Value, notes: &mut Vec<Message>) -> Result<(), Message> {
    join_arrows(doc, notes, Arrows::Version1)
}

/// Whose arrows [`join_arrows`] joins: it words its notes for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrows {
    /// A version-1 document's hops.
    Version1,
    /// An imported diagram's edges (draw.io).
    Diagram,
}

/// Joins arrows drawn into and out of connectivity nodes into data flows
/// with routes (see the module documentation): `doc` is a JSON document
/// whose `flows` are single arrows without `via`; they are replaced by
/// the joined flows. The version-1 upgrade and the draw.io import share
/// it. Notes say where the pairing had a choice.
pub fn join_arrows(
    doc: &mut Value,
    notes: &mut Vec<Message>,
    arrows: Arrows,
) -> Result<(), Message> {
    let Some(obj) = doc.as_object_mut() else {
        return Err(Message::new(err::LOAD_NOT_AN_OBJECT));
    };
    // Kinds by node id; a node whose kind is unknown is taken as an end
    // (validation reports it after the step).
    let mut kinds: HashMap<String, Option<Kind>> = HashMap::new();
    let mut names: HashMap<String, String> = HashMap::new();
    for n in obj
        .get("nodes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let id = text(n, "id");
        let kind = n.get("kind").and_then(Value::as_str).and_then(Kind::parse);
        let label = text(n, "label");
        names.insert(
            id.clone(),
            if label.trim().is_empty() {
                id.clone()
            } else {
                label
            },
        );
        kinds.insert(id, kind);
    }
    let Some(raw) = obj.get("flows").and_then(Value::as_array) else {
        return Ok(());
    };
    if raw.iter().any(|f| f.get("via").is_some()) {
        return Err(Message::new(err::MIGRATE_HAS_VIA));
    }
    let hops: Vec<Hop> = raw
        .iter()
        .map(|f| Hop {
            id: text(f, "id"),
            from: text(f, "from"),
            to: text(f, "to"),
            label: text(f, "label"),
            transport: f
                .get("transport")
                .and_then(Value::as_str)
                .unwrap_or("none")
                .to_string(),
            only: f.get("only").cloned(),
        })
        .collect();
    let out_of = index(&hops, |h| &h.from);
    let into = index(&hops, |h| &h.to);
    let passable = |id: &str| match kinds.get(id).copied().flatten() {
        Some(Kind::Internet) => out_of.contains_key(id),
        Some(k) => k.is_passable(),
        None => false,
    };

    // Every route: from each hop that starts one, on through passable nodes.
    let mut routes: Vec<Vec<usize>> = Vec::new();
    let mut steps = 0usize;
    for (h, hop) in hops.iter().enumerate() {
        let starts = !passable(&hop.from) || !into.contains_key(hop.from.as_str());
        if !starts {
            continue;
        }
        let mut path = vec![h];
        let mut on_route: HashSet<&str> = HashSet::from([hop.from.as_str(), hop.to.as_str()]);
        walk(
            &hops,
            &out_of,
            &passable,
            &mut path,
            &mut on_route,
            &mut routes,
            &mut steps,
        )?;
    }
    // Hops no route covers stay flows of their own.
    let mut covered = vec![false; hops.len()];
    for r in &routes {
        for &h in r {
            covered[h] = true;
        }
    }
    for (h, c) in covered.iter().enumerate() {
        if !c {
            routes.push(vec![h]);
        }
    }
    routes.sort_by_key(|r| r[0]);
    if routes.len() > LIMITS.max_flows {
        return Err(Message::new(err::MIGRATE_TOO_MANY_FLOWS)
            .arg("count", routes.len())
            .arg("limit", LIMITS.max_flows));
    }

    // Notes: where the pairing had a choice, and dropped MACsec.
    let mut ambiguous: Vec<&str> = into
        .keys()
        .copied()
        .filter(|n| passable(n) && into[n].len() > 1 && out_of.get(n).is_some_and(|o| o.len() > 1))
        .collect();
    ambiguous.sort_unstable();
    for n in ambiguous {
        let (i, o) = (into[n].len(), out_of[n].len());
        let name = names.get(n).map_or(n, String::as_str);
        let note = match arrows {
            Arrows::Version1 => Message::new(err::NOTE_VERSION_1_JUNCTION),
            Arrows::Diagram => Message::new(err::NOTE_JUNCTION).arg("id", Arg::Code(n.into())),
        };
        notes.push(
            note.arg("name", Arg::Code(name.into()))
                .arg("ins", i)
                .arg("outs", o),
        );
    }
    for hop in &hops {
        if hop.transport == "macsec" {
            notes
                .push(Message::new(err::NOTE_MACSEC_DROPPED).arg("hop", Arg::Code(hop.id.clone())));
        }
    }

    // The flows, with ids: the first hop's where it starts only this route.
    let mut firsts: HashMap<usize, usize> = HashMap::new();
    for r in &routes {
        *firsts.entry(r[0]).or_default() += 1;
    }
    // Node ids are taken; hop ids are free to reuse (their hops are gone).
    let mut taken: HashSet<String> = kinds.keys().cloned().collect();
    // Ids of single-hop flows stay theirs: a joined route does not take one.
    let hop_ids: HashSet<&str> = routes
        .iter()
        .filter(|r| r.len() == 1)
        .map(|r| hops[r[0]].id.as_str())
        .collect();
    let mut flows = Vec::with_capacity(routes.len());
    let mut by_ends: HashMap<(String, String), Vec<String>> = HashMap::new();
    for r in &routes {
        let (first, last) = (&hops[r[0]], &hops[*r.last().expect("a hop")]);
        let ends = format!("{}-{}", first.from, last.to);
        let base = if r.len() > 1 && !taken.contains(&ends) && !hop_ids.contains(ends.as_str()) {
            ends
        } else if r.len() == 1 || firsts[&r[0]] == 1 {
            first.id.clone()
        } else {
            format!("{}.{}", first.id, last.id)
        };
        let id = unique(&mut taken, base);
        let mut f = Map::new();
        f.insert("id".into(), Value::from(id.clone()));
        f.insert("from".into(), Value::from(first.from.clone()));
        f.insert("to".into(), Value::from(last.to.clone()));
        let via: Vec<Value> = r[1..]
            .iter()
            .map(|&h| Value::from(hops[h].from.clone()))
            .collect();
        if !via.is_empty() {
            f.insert("via".into(), Value::Array(via));
        }
        let label = labels(r.iter().map(|&h| hops[h].label.as_str()));
        if !label.is_empty() {
            f.insert("label".into(), Value::from(label));
        }
        let t = |h: usize| hops[h].transport.as_str();
        let transport = if t(r[0]) == "tls" || t(*r.last().expect("a hop")) == "tls" {
            "tls"
        } else if r.iter().all(|&h| t(h) == "ipsec") {
            "ipsec"
        } else {
            "none"
        };
        if transport != "none" {
            f.insert("transport".into(), Value::from(transport));
        }
        if let Some(only) = &first.only {
            f.insert("only".into(), only.clone());
        }
        by_ends
            .entry((first.from.clone(), last.to.clone()))
            .or_default()
            .push(id);
        flows.push(Value::Object(f));
    }
    obj.insert("flows".into(), Value::Array(flows));

    // Suppressions of a route `a->b`: one per data flow from a to b.
    if let Some(list) = obj.get_mut("suppressions").and_then(Value::as_array_mut) {
        let mut next = Vec::with_capacity(list.len());
        for s in list.drain(..) {
            let target = text(&s, "target");
            let flows = target
                .split_once("->")
                .and_then(|(a, b)| by_ends.get(&(a.to_string(), b.to_string())));
            match flows {
                Some(ids) => {
                    for id in ids {
                        let mut s = s.clone();
                        s["target"] = Value::from(id.clone());
                        next.push(s);
                    }
                }
                None => next.push(s),
            }
        }
        *list = next;
    }
    Ok(())
}

/// Hop indices by one of their ends.
fn index<'h>(hops: &'h [Hop], end: impl Fn(&'h Hop) -> &'h String) -> HashMap<&'h str, Vec<usize>> {
    let mut map: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, h) in hops.iter().enumerate() {
        map.entry(end(h).as_str()).or_default().push(i);
    }
    map
}

/// Extends the route `path` through passable nodes, adding each complete
/// route to `routes`. Depth-first with an explicit stack: no recursion.
fn walk<'h>(
    hops: &'h [Hop],
    out_of: &HashMap<&str, Vec<usize>>,
    passable: &dyn Fn(&str) -> bool,
    path: &mut Vec<usize>,
    on_route: &mut HashSet<&'h str>,
    routes: &mut Vec<Vec<usize>>,
    steps: &mut usize,
) -> Result<(), Message> {
    // Each frame: the next out-hop to try at the path's end, and whether a
    // route went on from there.
    let mut frames: Vec<(usize, bool)> = vec![(0, false)];
    while let Some(&mut (ref mut next, ref mut went_on)) = frames.last_mut() {
        *steps += 1;
        if *steps > MAX_STEPS {
            return Err(Message::new(err::MIGRATE_TOO_MANY_STEPS).arg("steps", MAX_STEPS));
        }
        let at = hops[*path.last().expect("a hop")].to.as_str();
        let outs: &[usize] = if passable(at) {
            out_of.get(at).map_or(&[], Vec::as_slice)
        } else {
            &[]
        };
        let candidate = outs[*next..]
            .iter()
            .position(|&o| !on_route.contains(hops[o].to.as_str()))
            .map(|k| *next + k);
        match candidate {
            Some(k) => {
                *next = k + 1;
                *went_on = true;
                let o = outs[k];
                on_route.insert(hops[o].to.as_str());
                path.push(o);
                frames.push((0, false));
            }
            None => {
                let went_on = *went_on;
                frames.pop();
                if !went_on {
                    routes.push(path.clone());
                }
                if frames.is_empty() {
                    break;
                }
                let h = path.pop().expect("a hop");
                on_route.remove(hops[h].to.as_str());
            }
        }
    }
    Ok(())
}

/// `base`, or `base.2`, `base.3`… if taken; marks the result taken.
pub(crate) fn unique(taken: &mut HashSet<String>, base: String) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}.{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// The hops' distinct labels, joined, within the label limit.
fn labels<'a>(all: impl Iterator<Item = &'a str>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for l in all {
        let l = l.trim();
        if !l.is_empty() && !seen.contains(&l) {
            seen.push(l);
        }
    }
    // One label stays as it is (validation reports one over the limit);
    // joined ones are cut to the limit.
    match seen.as_slice() {
        [one] => one.to_string(),
        _ => seen
            .join("; ")
            .chars()
            .take(LIMITS.max_label_chars)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn migrate(doc: Value) -> (Value, Vec<String>) {
        let mut doc = doc;
        let mut notes = Vec::new();
        v1_to_v2(&mut doc, &mut notes).expect("migrates");
        (doc, notes.iter().map(Message::to_string).collect())
    }

    fn node(id: &str, kind: &str) -> Value {
        json!({"id": id, "kind": kind})
    }

    fn hop(id: &str, from: &str, to: &str) -> Value {
        json!({"id": id, "from": from, "to": to})
    }

    fn routes(doc: &Value) -> Vec<String> {
        doc["flows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let mut r = vec![f["from"].as_str().unwrap().to_string()];
                for v in f["via"].as_array().into_iter().flatten() {
                    r.push(v.as_str().unwrap().to_string());
                }
                r.push(f["to"].as_str().unwrap().to_string());
                format!("{}:{}", f["id"].as_str().unwrap(), r.join(">"))
            })
            .collect()
    }

    #[test]
    fn a_chain_through_connectivity_becomes_one_flow() {
        let (doc, notes) = migrate(json!({
            "airlock": 1,
            "nodes": [node("db", "on-premises-database"), node("vpn", "site-to-site-vpn"),
                      node("glue", "glue-job"), node("s3", "s3-bucket"), node("gwe", "gateway-endpoint")],
            "flows": [
                {"id": "db-vpn", "from": "db", "to": "vpn", "only": ["orders"], "label": "JDBC"},
                hop("vpn-glue", "vpn", "glue"),
                hop("glue-gwe", "glue", "gwe"),
                {"id": "gwe-s3", "from": "gwe", "to": "s3", "transport": "tls"},
            ],
        }));
        assert_eq!(routes(&doc), ["db-glue:db>vpn>glue", "glue-s3:glue>gwe>s3"]);
        assert_eq!(doc["flows"][0]["only"], json!(["orders"]));
        assert_eq!(doc["flows"][0]["label"], "JDBC");
        assert_eq!(
            doc["flows"][1]["transport"], "tls",
            "TLS into the sink is the flow's"
        );
        assert!(notes.is_empty(), "{notes:?}");
    }

    #[test]
    fn many_in_and_many_out_pair_every_way_with_a_note() {
        let (doc, notes) = migrate(json!({
            "airlock": 1,
            "nodes": [node("a", "on-premises-database"), node("b", "on-premises-database"),
                      node("vpn", "site-to-site-vpn"), node("x", "glue-job"), node("y", "glue-job")],
            "flows": [hop("a-vpn", "a", "vpn"), hop("b-vpn", "b", "vpn"),
                      hop("vpn-x", "vpn", "x"), hop("vpn-y", "vpn", "y")],
        }));
        assert_eq!(
            routes(&doc),
            ["a-x:a>vpn>x", "a-y:a>vpn>y", "b-x:b>vpn>x", "b-y:b>vpn>y"]
        );
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].contains("(2 in, 2 out)"), "{}", notes[0]);
    }

    #[test]
    fn the_internet_in_the_middle_is_passed_and_dead_ends_stay() {
        let (doc, _) = migrate(json!({
            "airlock": 1,
            "nodes": [node("db", "on-premises-database"), node("net", "internet"),
                      node("s3", "s3-bucket"), node("nat", "nat-gateway"), node("job", "glue-job")],
            "flows": [hop("db-net", "db", "net"), hop("net-s3", "net", "s3"), hop("job-nat", "job", "nat")],
        }));
        assert_eq!(routes(&doc), ["db-s3:db>net>s3", "job-nat:job>nat"]);
    }

    #[test]
    fn a_ring_of_connectivity_keeps_every_hop() {
        let (doc, _) = migrate(json!({
            "airlock": 1,
            "nodes": [node("t1", "transit-gateway"), node("t2", "transit-gateway")],
            "flows": [hop("a", "t1", "t2"), hop("b", "t2", "t1")],
        }));
        assert_eq!(routes(&doc), ["a:t1>t2", "b:t2>t1"]);
    }

    #[test]
    fn route_suppressions_follow_the_flows_and_macsec_is_noted() {
        let (doc, notes) = migrate(json!({
            "airlock": 1,
            "nodes": [node("db", "on-premises-database"), node("dx", "direct-connect"), node("ec2", "ec2-instance")],
            "flows": [{"id": "db-dx", "from": "db", "to": "dx", "transport": "macsec"}, hop("dx-ec2", "dx", "ec2")],
            "suppressions": [{"rule": "LOC001", "target": "db->ec2", "reason": "accepted"},
                             {"rule": "NET007", "target": "ec2", "reason": "kept"}],
        }));
        assert_eq!(routes(&doc), ["db-ec2:db>dx>ec2"]);
        assert_eq!(doc["suppressions"][0]["target"], "db-ec2");
        assert_eq!(doc["suppressions"][1]["target"], "ec2");
        assert!(doc["flows"][0].get("transport").is_none());
        assert_eq!(notes.len(), 1);
        assert!(notes[0].contains("MACsec"), "{}", notes[0]);
    }

    #[test]
    fn a_mesh_that_pairs_into_too_many_routes_is_refused_with_a_reason() {
        // 14 transit gateways, each joined to every other: exponentially many simple routes.
        let n = 14;
        let mut nodes = vec![node("src", "glue-job")];
        let mut flows = vec![hop("in", "src", "t0")];
        for i in 0..n {
            nodes.push(node(&format!("t{i}"), "transit-gateway"));
            for j in 0..n {
                if i != j {
                    flows.push(hop(
                        &format!("h{i}-{j}"),
                        &format!("t{i}"),
                        &format!("t{j}"),
                    ));
                }
            }
        }
        let mut doc = json!({"airlock": 1, "nodes": nodes, "flows": flows});
        let err = v1_to_v2(&mut doc, &mut Vec::new()).unwrap_err();
        assert!(
            err.to_string().contains("draw each pipeline's route once"),
            "{err}"
        );
    }
}

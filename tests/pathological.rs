//! The hostile shapes of `benches/pathological.rs` (format version 2),
//! mostly smaller: each document validates, round-trips, and checks to a
//! report with every documented property (`tests/fuzzing/invariants.rs`);
//! the findings are known exactly, grow linearly with the shape, and each
//! names one data flow whose route is its path. No timing is asserted; the
//! benchmark measures.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../benches/generate/pathological.rs"]
mod pathological;

#[path = "fuzzing/mod.rs"]
mod fuzzing;

use airlock::check::{Finding, Report, run};
use airlock::model::{Document, LIMITS, from_json, to_json, validate::validate};
use airlock::report::{Checked, Source, json};

/// Loads like a document from a file would (validates, round-trips).
fn valid(doc: &Document) {
    assert!(doc.nodes.len() <= LIMITS.max_nodes, "{}", doc.title);
    assert!(doc.flows.len() <= LIMITS.max_flows, "{}", doc.title);
    let problems = validate(doc);
    assert!(
        problems.is_empty(),
        "{}: {:?}",
        doc.title,
        &problems[..3.min(problems.len())]
    );
    assert_eq!(
        &from_json(&to_json(doc)).expect("loads"),
        doc,
        "{}",
        doc.title
    );
}

/// [`valid`], then checks twice and renders, with every invariant.
fn check(doc: &Document) -> Report {
    valid(doc);
    fuzzing::invariants::check_and_verify(doc).unwrap_or_else(|e| panic!("{}: {e}", doc.title))
}

/// The findings' ids, sorted.
fn ids(report: &Report) -> Vec<String> {
    let mut ids: Vec<String> = report.findings.iter().map(|f| f.id.clone()).collect();
    ids.sort();
    ids
}

/// `CODE@f<k>` for each `k`, sorted like [`ids`].
fn expected(code: &str, flows: impl IntoIterator<Item = usize>) -> Vec<String> {
    flows.into_iter().map(|f| format!("{code}@f{f}")).collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// A finding's path is its own flow's route: `from`, the `via` nodes,
/// `to`, and that one flow.
fn path_is_its_route(doc: &Document, f: &Finding) {
    let flow = doc
        .flow(f.target())
        .unwrap_or_else(|| panic!("{}: not about a flow", f.id));
    let route: Vec<&str> = flow.route().collect();
    assert_eq!(f.nodes, route, "{}", f.id);
    assert_eq!(f.flows, [flow.id.as_str()], "{}", f.id);
}

fn json_bytes(doc: &Document, report: &Report) -> usize {
    let source = to_json(doc);
    json::render(&[Checked {
        path: "p.json",
        source: Source::Json(&source),
        doc,
        report,
    }])
    .len()
}

#[test]
fn sources_through_a_shared_vpn_are_flagged_per_flow_not_per_pair() {
    // One flow per source through one VPN to its own Glue job: only the
    // flows out of every tenth source carry the sensitive table. Joining
    // every arrow into the VPN to every arrow out would give n × n.
    for n in [300, 1_000] {
        let doc = pathological::through_vpn(n, n, false);
        assert_eq!((doc.nodes.len(), doc.flows.len()), (2 * n + 5, n));
        let report = check(&doc);
        assert_eq!(
            ids(&report),
            over_vpn_findings((0..n).step_by(10)),
            "{n} × {n}"
        );
        assert_eq!(
            report.findings.len(),
            2 * pathological::through_vpn_sensitive(n, n, false)
        );
        for f in &report.findings {
            path_is_its_route(&doc, f);
            let i = &f.target()[1..];
            assert_eq!(
                f.nodes,
                [format!("db-{i}"), "vpn".into(), format!("glue-{i}")]
            );
            assert!(
                f.message
                    .to_string()
                    .contains(&format!("`db-{i}.customers`")),
                "{}",
                f.message
            );
        }
    }
}

#[test]
fn every_source_to_every_sink_through_a_shared_vpn_is_linear() {
    // Every source sends to every sink: a finding per sensitive flow, and a
    // report that grows with the flows, not with their pairs.
    let mut bytes = Vec::new();
    for (sources, sinks) in [(50, 20), (100, 20), (100, 40)] {
        let doc = pathological::through_vpn(sources, sinks, true);
        assert_eq!(doc.flows.len(), sources * sinks);
        valid(&doc);
        let report = run(&doc);
        let sensitive: Vec<usize> = (0..sources * sinks)
            .filter(|f| (f / sinks) % 10 == 0)
            .collect();
        assert_eq!(ids(&report), over_vpn_findings(sensitive));
        assert_eq!(
            report.findings.len(),
            2 * pathological::through_vpn_sensitive(sources, sinks, true)
        );
        for f in &report.findings {
            path_is_its_route(&doc, f);
        }
        bytes.push(json_bytes(&doc, &report) as f64);
    }
    // Twice the flows (and findings): about twice the report.
    for pair in bytes.windows(2) {
        let ratio = pair[1] / pair[0];
        assert!((1.8..2.2).contains(&ratio), "{bytes:?}");
    }
}

#[test]
fn the_biggest_vpn_fan_in_checks() {
    // The flow limit: 1,000 sources × 60 sinks.
    let doc = pathological::through_vpn(1_000, 60, true);
    assert_eq!(doc.flows.len(), LIMITS.max_flows);
    valid(&doc);
    let report = run(&doc);
    assert_eq!(report.findings.len(), 2 * 100 * 60);
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.code == "LOC001" || f.code == "ENC002")
    );
}

/// LOC001 on the crossing, ENC002 on it (inside the VPC the tunnel ends
/// in) and on every flow without encryption of its own after it.
fn chain_findings(flows: usize) -> Vec<String> {
    let mut want = expected(
        "ENC002",
        (0..flows).filter(|&f| f == 0 || pathological::plain(f)),
    );
    want.push("LOC001@f0".into());
    sorted(want)
}

/// LOC001 and ENC002 (unencrypted inside the VPC the VPN's tunnel ends
/// in) on each of `flows`.
fn over_vpn_findings(flows: impl IntoIterator<Item = usize> + Clone) -> Vec<String> {
    let mut want = expected("LOC001", flows.clone());
    want.extend(expected("ENC002", flows));
    sorted(want)
}

#[test]
fn a_long_chain_is_flagged_exactly_and_linearly() {
    // 20,000 nodes, the most a document may have: in a test thread (2 MiB
    // of stack) no part of the check may recurse along the chain.
    let mut bytes = Vec::new();
    for nodes in [40, 41, 2_001, 4_001, 20_000] {
        let doc = pathological::chain(nodes);
        assert_eq!(doc.nodes.len(), nodes);
        let flows = doc.flows.len();
        assert_eq!(flows, (nodes - 5) / 2);
        let report = if nodes <= 4_001 {
            check(&doc)
        } else {
            valid(&doc);
            run(&doc)
        };
        assert_eq!(ids(&report), chain_findings(flows), "{nodes} nodes");
        assert_eq!(report.findings.len(), 2 + (flows + 4) / 10);
        for f in &report.findings {
            path_is_its_route(&doc, f);
            // The one sensitive table reaches the end of the chain.
            assert!(
                f.message.to_string().contains("`db-0.customers`"),
                "{}",
                f.message
            );
        }
        if nodes == 2_001 || nodes == 4_001 {
            bytes.push(json_bytes(&doc, &report) as f64);
        }
    }
    let ratio = bytes[1] / bytes[0];
    assert!((1.9..2.1).contains(&ratio), "{bytes:?}");
}

#[test]
fn a_ring_is_flagged_once_per_unencrypted_flow() {
    for size in [40, 1_000, 2_000] {
        let doc = pathological::ring(size);
        let flows = doc.flows.len();
        assert_eq!(flows, size / 2);
        let report = check(&doc);
        assert_eq!(
            ids(&report),
            sorted(expected(
                "ENC002",
                (0..flows).filter(|&f| pathological::plain(f))
            )),
            "ring of {size}"
        );
        for f in &report.findings {
            path_is_its_route(&doc, f);
        }
    }
    // Every store's data goes all the way round: a flow carries all of it.
    let doc = pathological::ring(200);
    let report = run(&doc);
    let f = &report.findings[0];
    assert!(
        f.message.to_string().contains("and 7 more"),
        "{}",
        f.message
    );
}

#[test]
fn a_route_at_the_limit_is_one_path() {
    for via in [1_000, LIMITS.max_route_nodes] {
        let doc = pathological::long_route(via);
        assert_eq!(doc.flows.len(), 1);
        assert_eq!(doc.flows[0].via.len(), via);
        let report = check(&doc);
        assert_eq!(ids(&report), ["ENC002@f0", "LOC001@f0"]);
        for f in &report.findings {
            path_is_its_route(&doc, f);
            assert_eq!(f.nodes.len(), via + 2);
        }
    }
    // One node more is refused.
    let mut doc = pathological::long_route(LIMITS.max_route_nodes);
    doc.flows[0].via.push("vpc".into());
    assert!(!validate(&doc).is_empty());
}

#[test]
fn a_peering_star_with_a_peering_per_spoke() {
    for spokes in [100, 500] {
        let doc = pathological::peering_star(spokes, false);
        assert_eq!(doc.nodes.len(), 3 * spokes + 2);
        let report = check(&doc);
        let across = spokes.div_ceil(100);
        let mut want = expected("ENC002", (0..spokes).step_by(10));
        want.extend(expected("NET004", spokes..spokes + across));
        assert_eq!(ids(&report), sorted(want), "{spokes} spokes");
        for f in &report.findings {
            path_is_its_route(&doc, f);
        }
    }
    let most = pathological::max_spokes(false);
    let doc = pathological::peering_star(most, false);
    assert!(doc.nodes.len() <= LIMITS.max_nodes);
    assert!(3 * (most + 1) + 2 > LIMITS.max_nodes);
    valid(&doc);
}

#[test]
fn a_peering_star_through_one_peering() {
    for spokes in [100, 500] {
        let doc = pathological::peering_star(spokes, true);
        assert_eq!(doc.nodes.len(), 2 * spokes + 3);
        let report = check(&doc);
        // Across the hub's one peering: a single peering, nothing more.
        assert_eq!(
            ids(&report),
            sorted(expected("ENC002", (0..spokes).step_by(10))),
            "{spokes} spokes"
        );
        for f in &report.findings {
            path_is_its_route(&doc, f);
        }
    }
    let most = pathological::max_spokes(true);
    let doc = pathological::peering_star(most, true);
    assert!(doc.nodes.len() <= LIMITS.max_nodes);
    assert!(2 * (most + 1) + 3 > LIMITS.max_nodes);
    valid(&doc);
}

#[test]
fn a_peering_star_with_return_flows() {
    // Each flow back from the hub carries whatever reached the hub, the
    // sensitive tables of every tenth spoke included: the returns without
    // encryption of their own (every tenth) are flagged like the flows out.
    for spokes in [100, 500] {
        let doc = pathological::with_return_flows(pathological::peering_star(spokes, true));
        let forward = spokes + spokes.div_ceil(100);
        assert_eq!(doc.flows.len(), 2 * forward);
        let report = check(&doc);
        let out = (0..spokes).step_by(10);
        let back = out.clone().map(|f| forward + f);
        assert_eq!(
            ids(&report),
            sorted(expected("ENC002", out.chain(back))),
            "{spokes} spokes"
        );
        for f in &report.findings {
            path_is_its_route(&doc, f);
        }
    }
}

#[test]
fn stores_of_a_thousand_tables_are_flagged_once_per_flow() {
    let doc = pathological::many_datasets(3);
    let report = check(&doc);
    assert_eq!(ids(&report), over_vpn_findings(0..3));
    for f in &report.findings {
        path_is_its_route(&doc, f);
        // Messages name three tables and count the rest.
        let message = f.message.to_string();
        assert!(message.contains("and 497 more"), "{message}");
    }
    // The biggest of them still loads.
    let most = pathological::many_datasets(pathological::MANY_DATASETS_STORES);
    let text = to_json(&most);
    assert!(text.len() <= LIMITS.max_bytes, "{} bytes", text.len());
    assert_eq!(
        from_json(&text).expect("loads").nodes.len(),
        most.nodes.len()
    );
}

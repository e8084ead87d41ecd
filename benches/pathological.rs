//! How long checking takes on hostile shapes (`cargo bench --bench
//! pathological`): a 10,000-node chain carrying sensitive data across the
//! on-premises boundary, 1,000-node meshes where every node links to 30
//! others (services; transit gateways; mixed connectivity), deep
//! containment and many cycles. Words in the arguments pick cases by name,
//! for example `cargo bench --bench pathological -- mesh`.
//!
//! One aligned line per case: its size, the segments the checker found,
//! the findings, and the median (over at least 5 runs) of loading plus
//! checking the JSON text and of checking alone. The aim (not asserted):
//! time grows no faster than nodes × flows, and nothing takes seconds.

mod harness;

#[path = "generate/pathological.rs"]
mod pathological;

use airlock::check::{self, Context};
use airlock::model::{self, Document};
use harness::{assert_valid, measure, ms};
use std::hint::black_box;
use std::time::Duration;

const BUDGET: Duration = Duration::from_millis(1500);
const MIN_ITERS: usize = 5;
const MAX_ITERS: usize = 1000;

fn main() {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let cases: [(&str, &dyn Fn() -> Document); 6] = [
        ("chain of 10,000", &|| pathological::chain(10_000)),
        ("mesh of services", &|| pathological::mesh(1_000, 30)),
        ("mesh of transit gateways", &|| {
            pathological::transit_mesh(1_000, 30, false)
        }),
        ("mesh of mixed connectivity", &|| {
            pathological::transit_mesh(1_000, 30, true)
        }),
        ("deep containment", &|| pathological::nested(10_000)),
        ("cycles, small and big", &|| pathological::cycles(10_000)),
    ];
    println!(
        "{:<28} {:>6} {:>6} {:>8} {:>8} {:>6} {:>14} {:>12} {:>12}",
        "case",
        "nodes",
        "flows",
        "segments",
        "findings",
        "iters",
        "load + check",
        "check",
        "check p90"
    );
    for (name, make) in cases {
        if !filters.is_empty() && !filters.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        let doc = make();
        let text = model::to_json(&doc);
        assert_valid(&doc, &text);
        let segments = Context::new(&doc).segs.list.len();
        let report = check::run(&doc);
        if name.starts_with("chain") {
            let (db, ec2) = pathological::chain_crossing(doc.nodes.len());
            let id = format!("LOC001@{db}->{ec2}");
            assert!(report.findings.iter().any(|f| f.id == id), "no {id}");
        }
        let loaded = measure(
            &mut || {
                let doc = model::from_json(black_box(&text)).expect("loads");
                black_box(check::run(&doc));
            },
            BUDGET,
            MIN_ITERS,
            MAX_ITERS,
        );
        let checked = measure(
            &mut || {
                black_box(check::run(black_box(&doc)));
            },
            BUDGET,
            MIN_ITERS,
            MAX_ITERS,
        );
        println!(
            "{:<28} {:>6} {:>6} {:>8} {:>8} {:>6} {:>14} {:>12} {:>12}",
            name,
            doc.nodes.len(),
            doc.flows.len(),
            segments,
            report.findings.len(),
            checked.iters,
            ms(loaded.median),
            ms(checked.median),
            ms(checked.p90)
        );
    }
}

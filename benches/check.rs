//! How long checking takes on realistic documents of 100, 1,000 and 10,000
//! nodes (`cargo bench --bench check`). Arguments pick sizes and figures,
//! for example to profile one: `cargo bench --bench check -- 10000 run`.
//!
//! For each size it prints one aligned line per figure, with the median,
//! 90th percentile and fastest of at least 20 runs (more for small
//! documents; the fastest is what a quiet machine gives when the machine
//! is shared):
//! `check::run` on a document already in memory, `Context::new` alone (the
//! graph, segments and data propagation every rule reads; the rest of
//! `run` is the rules and the report), and loading (`from_json`: parsing
//! plus validation, and the two apart) with and without the check. Targets
//! (not asserted): 0.3 ms at 1,000 nodes, 5 ms at 10,000, near-linear.
//! `cargo bench --bench check -- 1000 rules` times each rule alone.
//!
//! No criterion: a plain `harness = false` program, so it builds quickly;
//! its only dependency is the command line's allocator (mimalloc), so the
//! figures are the command line's.

/// The command line's allocator (see `src/bin/airlock.rs`).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod generate;
mod harness;

use airlock::check::{self, Context};
use airlock::i18n::Lang;
use airlock::model::{self, Document};
use harness::{assert_valid, ms};
use std::hint::black_box;
use std::time::Duration;

/// Time spent measuring one figure (after one warm-up run).
const BUDGET: Duration = Duration::from_millis(1500);
const MIN_ITERS: usize = 20;
const MAX_ITERS: usize = 20_000;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    // Other words (not flags such as cargo's `--bench`) select figures.
    let filters: Vec<&String> = args
        .iter()
        .filter(|a| !a.starts_with('-') && a.parse::<usize>().is_err())
        .collect();
    let wanted =
        |figure: &str| filters.is_empty() || filters.iter().any(|f| figure.contains(f.as_str()));
    let sizes = if sizes.is_empty() {
        vec![100, 1_000, 10_000]
    } else {
        sizes
    };

    println!(
        "{:>6} {:>6} {:>8} {:>8} {:>9}  {:<34} {:>6} {:>10} {:>10} {:>10}",
        "nodes", "flows", "KiB", "findings", "run/skip", "figure", "iters", "median", "p90", "min"
    );
    for n in sizes {
        let doc = generate::generate(n);
        let text = model::to_json(&doc);
        assert_valid(&doc, &text);
        let report = check::run(&doc);
        let row = |figure: &str, f: &mut dyn FnMut()| {
            if !wanted(figure) {
                return;
            }
            let s = harness::measure(f, BUDGET, MIN_ITERS, MAX_ITERS);
            println!(
                "{:>6} {:>6} {:>8} {:>8} {:>9}  {:<34} {:>6} {:>10} {:>10} {:>10}",
                doc.nodes.len(),
                doc.flows.len(),
                text.len() / 1024,
                report.findings.len(),
                format!("{}/{}", report.rules_run, report.rules_skipped),
                figure,
                s.iters,
                ms(s.median),
                ms(s.p90),
                ms(s.min)
            );
        };
        row("check::run (in memory)", &mut || {
            black_box(check::run(black_box(&doc)));
        });
        row("  Context::new (graph+segs+data)", &mut || {
            black_box(Context::new(black_box(&doc)));
        });
        // Each rule alone on one context (legs, worked out when first
        // asked, are then cached): only with the filter `rules`.
        if filters.iter().any(|f| f.as_str() == "rules") {
            let cx = Context::new(&doc);
            for rule in check::RULES {
                row(
                    &format!("  rules: {} {}", rule.code, rule.name),
                    &mut || {
                        let mut hits = Vec::new();
                        (rule.check)(black_box(&cx), &mut hits);
                        black_box(hits);
                    },
                );
            }
        }
        // What the app's findings list formats: every finding's title,
        // message, why and fix, through Fluent.
        row("findings' words (shown, en)", &mut || {
            for f in &report.findings {
                black_box(f.shown(Lang::En));
            }
        });
        row("findings' words (shown, ja)", &mut || {
            for f in &report.findings {
                black_box(f.shown(Lang::Ja));
            }
        });
        row("SVG export (render::svg)", &mut || {
            black_box(airlock::render::svg(black_box(&doc), &report, None));
        });
        row("json_size (the editor's size check)", &mut || {
            black_box(model::json_size(black_box(&doc)));
        });
        row("from_json (parse + validate)", &mut || {
            black_box(model::from_json(black_box(&text)).unwrap());
        });
        row("  serde_json parse only", &mut || {
            black_box(serde_json::from_str::<Document>(black_box(&text)).unwrap());
        });
        row("  validate only", &mut || {
            black_box(model::validate::validate(black_box(&doc)));
        });
        row("from_json + check::run", &mut || {
            let doc = model::from_json(black_box(&text)).unwrap();
            black_box(check::run(&doc));
        });
    }
}

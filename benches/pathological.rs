//! How checking and reporting scale on hostile shapes (`cargo bench
//! --bench pathological`), all in format version 2 and within the limits:
//! sources and sinks through one shared Site-to-Site VPN (one flow per
//! pair, and every source to every sink up to the flow limit), chains of
//! 10,000 and 20,000 nodes, a ring of 10,000, one route through 1,000
//! connectivity nodes, and peering stars (one peering per spoke, and one
//! peering for them all, and that one with a return flow for every flow),
//! and 200 stores of 1,000 tables each (near the 16 MiB size limit).
//! Words in the arguments pick cases by name, for example `cargo bench
//! --bench pathological -- star`; `--emit=DIR` also writes each case's
//! document to `DIR/hostile-<case>.json` (for `scripts/bench-hostile.mjs`).
//!
//! One aligned line per case: its size, the findings, the bytes of the
//! document and of each report format (JSON, SARIF, text, markdown), the
//! peak heap above the baseline while loading and checking the JSON text
//! and while rendering the four reports (a counting allocator), and the
//! medians (over at least 5 runs) of loading plus checking, and of
//! checking alone, with its 90th percentile, and of drawing the SVG
//! export. The aim (not asserted): every
//! document within the limits checks in under a second, and the reports
//! grow linearly with the document.

mod harness;

#[path = "generate/pathological.rs"]
mod pathological;

use airlock::check;
use airlock::model::{self, Document};
use airlock::render::svg;
use airlock::report::{self, Checked, Source};
use harness::{assert_valid, measure, ms};
use std::alloc::{GlobalAlloc, Layout};

/// The command line's allocator, counted (wasm32 builds, for clippy only,
/// count the system's).
#[cfg(not(target_arch = "wasm32"))]
use mimalloc::MiMalloc as Inner;
#[cfg(target_arch = "wasm32")]
use std::alloc::System as Inner;
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Duration;

const BUDGET: Duration = Duration::from_millis(1500);
const MIN_ITERS: usize = 5;
const MAX_ITERS: usize = 200;

/// The system allocator, counting the bytes live and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is forwarded to mimalloc (the command line's allocator) unchanged; the counters
// only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { Inner.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { Inner.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { Inner.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { Inner.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most heap `f` holds at once above what was live when it started.
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let out = f();
    (out, PEAK.load(Relaxed).saturating_sub(base))
}

fn mib(bytes: usize) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

type Make = Box<dyn Fn() -> Document>;

/// A case's name as a file name: lowercase letters and digits, words
/// joined by `-`.
fn slug(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.join("-")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    // `--emit=DIR`: also write each case's document to DIR, for
    // `scripts/bench-hostile.mjs`.
    let emit = args.iter().find_map(|a| a.strip_prefix("--emit="));
    if let Some(dir) = emit {
        std::fs::create_dir_all(dir).expect("the output directory can be made");
    }
    let cases: Vec<(&str, Make)> = vec![
        (
            "300 × 300 via VPN, paired",
            Box::new(|| pathological::through_vpn(300, 300, false)),
        ),
        (
            "300 × 200 via VPN, all pairs",
            Box::new(|| pathological::through_vpn(300, 200, true)),
        ),
        (
            "1,000 × 1,000 via VPN, paired",
            Box::new(|| pathological::through_vpn(1_000, 1_000, false)),
        ),
        (
            "1,000 × 60 via VPN, all pairs",
            Box::new(|| pathological::through_vpn(1_000, 60, true)),
        ),
        ("chain of 10,000", Box::new(|| pathological::chain(10_000))),
        ("chain of 20,000", Box::new(|| pathological::chain(20_000))),
        ("ring of 10,000", Box::new(|| pathological::ring(10_000))),
        (
            "route of 1,000",
            Box::new(|| pathological::long_route(1_000)),
        ),
        (
            "peering star, own peerings",
            Box::new(|| pathological::peering_star(pathological::max_spokes(false), false)),
        ),
        (
            "peering star, one peering",
            Box::new(|| pathological::peering_star(pathological::max_spokes(true), true)),
        ),
        (
            "peering star, one, returns",
            Box::new(|| {
                let star = pathological::peering_star(pathological::max_spokes(true), true);
                pathological::with_return_flows(star)
            }),
        ),
        (
            "200 stores of 1,000 tables",
            Box::new(|| pathological::many_datasets(pathological::MANY_DATASETS_STORES)),
        ),
    ];
    let header = [
        "case",
        "nodes",
        "flows",
        "findings",
        "doc B",
        "JSON B",
        "SARIF B",
        "text B",
        "md B",
        "mem load+check",
        "mem reports",
        "iters",
        "load + check",
        "check",
        "check p90",
        "SVG",
    ];
    let row = |cells: &[String]| {
        println!(
            "{:<30} {:>6} {:>6} {:>8} {:>9} {:>9} {:>9} {:>9} {:>9} {:>14} {:>11} {:>5} {:>12} {:>11} {:>11} {:>9}",
            cells[0],
            cells[1],
            cells[2],
            cells[3],
            cells[4],
            cells[5],
            cells[6],
            cells[7],
            cells[8],
            cells[9],
            cells[10],
            cells[11],
            cells[12],
            cells[13],
            cells[14],
            cells[15]
        )
    };
    row(&header.map(String::from));
    for (name, make) in &cases {
        if !filters.is_empty() && !filters.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        let doc = make();
        let text = model::to_json(&doc);
        assert_valid(&doc, &text);
        if let Some(dir) = emit {
            let path = format!("{dir}/hostile-{}.json", slug(name));
            std::fs::write(&path, &text).expect("the file can be written");
        }

        let (report, mem_check) = peak_of(|| {
            let doc = model::from_json(&text).expect("loads");
            check::run(&doc)
        });
        let checked = Checked {
            path: "pathological.json",
            source: Source::Json(&text),
            doc: &doc,
            report: &report,
        };
        let (sizes, mem_reports) = peak_of(|| {
            [
                report::json::render(&[checked]).len(),
                report::sarif::render(&[checked]).len(),
                report::text::render(&checked).len(),
                report::markdown::render(&checked).len(),
            ]
        });

        let loaded = measure(
            &mut || {
                let doc = model::from_json(black_box(&text)).expect("loads");
                black_box(check::run(&doc));
            },
            BUDGET,
            MIN_ITERS,
            MAX_ITERS,
        );
        let checking = measure(
            &mut || {
                black_box(check::run(black_box(&doc)));
            },
            BUDGET,
            MIN_ITERS,
            MAX_ITERS,
        );
        let drawing = measure(
            &mut || {
                black_box(svg(black_box(&doc), &report, None));
            },
            BUDGET,
            1,
            MAX_ITERS,
        );
        row(&[
            name.to_string(),
            doc.nodes.len().to_string(),
            doc.flows.len().to_string(),
            report.findings.len().to_string(),
            text.len().to_string(),
            sizes[0].to_string(),
            sizes[1].to_string(),
            sizes[2].to_string(),
            sizes[3].to_string(),
            mib(mem_check),
            mib(mem_reports),
            checking.iters.to_string(),
            ms(loaded.median),
            ms(checking.median),
            ms(checking.p90),
            ms(drawing.median),
        ]);
    }
}

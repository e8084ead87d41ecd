//! What the benchmarks share: timing a figure, and checking that a
//! generated document is one the loader accepts.

use airlock::model::{self, Document};
use std::time::{Duration, Instant};

pub struct Stats {
    pub iters: usize,
    /// The fastest run: what a quiet machine gives, when others share it
    /// (printed by the `check` bench only).
    #[allow(dead_code)]
    pub min: Duration,
    pub median: Duration,
    pub p90: Duration,
}

/// Runs `f` once to warm up, then as often as fits in `budget` (at least
/// `min_iters`, at most `max_iters` times): the median and 90th percentile.
pub fn measure(f: &mut dyn FnMut(), budget: Duration, min_iters: usize, max_iters: usize) -> Stats {
    let start = Instant::now();
    f();
    let once = start.elapsed().as_secs_f64().max(1e-9);
    let iters = ((budget.as_secs_f64() / once) as usize).clamp(min_iters, max_iters);
    let mut samples: Vec<Duration> = (0..iters)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    samples.sort_unstable();
    // Nearest rank.
    let p90 = (iters * 9).div_ceil(10) - 1;
    Stats {
        iters,
        min: samples[0],
        median: samples[iters / 2],
        p90: samples[p90],
    }
}

pub fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

/// A generated document must be one the loader accepts, unchanged.
pub fn assert_valid(doc: &Document, text: &str) {
    let problems = model::validate::validate(doc);
    assert!(
        problems.is_empty(),
        "the generated document does not validate: {}",
        problems
            .iter()
            .take(5)
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    );
    let loaded = model::from_json(text).expect("the generated text loads");
    assert!(loaded == *doc, "the generated document does not round-trip");
}

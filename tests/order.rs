//! The same design gives the same report whatever the order of its nodes
//! and flows in the file: every shipped example, shuffled a hundred times,
//! gives byte-identical JSON, text and Markdown reports. (SARIF carries the
//! line each node is declared on, which moves with the order by design.)

#[path = "common/documents.rs"]
mod documents;

use airlock::check;
use airlock::model::{self, Document};
use airlock::report::{self, Checked, Source};

/// A small deterministic generator (xorshift64*): the same shuffles on
/// every run, so a failure names a shuffle that can be replayed.
struct Shuffler(u64);

impl Shuffler {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Fisher–Yates.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// The reports that do not depend on where things are declared.
fn reports(doc: &Document) -> [String; 3] {
    let source = model::to_json(doc);
    let report = check::run(doc);
    let checked = Checked {
        path: "design.json",
        source: Source::Json(&source),
        doc,
        report: &report,
    };
    [
        report::json::render(&[checked]),
        report::text::render(&checked),
        report::markdown::render(&checked),
    ]
}

#[test]
fn every_example_gives_the_same_reports_in_any_order() {
    let mut rng = Shuffler(0x9e37_79b9_7f4a_7c15);
    let mut differences = Vec::new();
    for path in documents::examples() {
        let text = std::fs::read_to_string(&path).expect("the example");
        let doc = model::from_json(&text).expect("the example loads");
        let want = reports(&doc);
        for round in 0..100 {
            let mut shuffled = doc.clone();
            rng.shuffle(&mut shuffled.nodes);
            rng.shuffle(&mut shuffled.flows);
            // What a loader sees: the shuffled file, loaded again.
            let shuffled = model::from_json(&model::to_json(&shuffled))
                .unwrap_or_else(|e| panic!("{}: shuffle {round}: {e}", path.display()));
            let got = reports(&shuffled);
            for (format, (got, want)) in ["json", "text", "markdown"]
                .iter()
                .zip(got.iter().zip(&want))
            {
                if got != want {
                    let line = got
                        .lines()
                        .zip(want.lines())
                        .find(|(g, w)| g != w)
                        .map(|(g, w)| format!("\n  got:  {g}\n  want: {w}"))
                        .unwrap_or_default();
                    differences.push(format!(
                        "{} shuffle {round} ({format}):{line}",
                        path.file_name().unwrap().to_string_lossy()
                    ));
                }
            }
        }
    }
    assert!(
        differences.is_empty(),
        "{} shuffles changed a report:\n{}",
        differences.len(),
        differences.join("\n")
    );
}

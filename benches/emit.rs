//! Writes generated documents as JSON files, for the browser benchmark
//! (`scripts/bench-browser.mjs`): `cargo bench --bench emit -- DIR 100 500 1000`
//! writes `DIR/generated-100.json` and so on. Prints the paths.

mod generate;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let Some((dir, sizes)) = args.split_first() else {
        eprintln!("usage: cargo bench --bench emit -- DIR SIZE...");
        std::process::exit(2);
    };
    std::fs::create_dir_all(dir).expect("the output directory can be made");
    for size in sizes {
        let n: usize = size.parse().expect("sizes are numbers");
        let path = format!("{dir}/generated-{n}.json");
        std::fs::write(&path, airlock::model::to_json(&generate::generate(n)))
            .expect("the file can be written");
        println!("{path}");
    }
}

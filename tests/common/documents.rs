//! The documents the repository ships, for tests (native only). Shared by
//! the integration tests (`#[path = "common/documents.rs"] mod documents;`)
//! and the library's unit tests (`crate::test_documents`).

#![allow(dead_code)] // each test crate uses part of it

use std::path::{Path, PathBuf};

/// The repository's root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The documents in `dir` (relative to the root): its `*.json` files but
/// `index.json`, sorted by path.
pub fn json_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| p.file_name().is_some_and(|n| n != "index.json"))
        .collect();
    files.sort();
    files
}

/// The example templates, `static/examples/*.json`, sorted.
pub fn examples() -> Vec<PathBuf> {
    let files = json_files("static/examples");
    assert!(files.len() >= 20, "found only {} examples", files.len());
    files
}

/// The example templates' names (file names without `.json`), sorted.
pub fn example_names() -> Vec<String> {
    examples()
        .iter()
        .map(|p| {
            p.file_stem()
                .expect("a file name")
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

/// The text of example `name`.
pub fn example_text(name: &str) -> String {
    let path = root().join(format!("static/examples/{name}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

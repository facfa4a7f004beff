//! The crate's own source files, for the tests that check the code's shape (`tests/layers.rs`,
//! `tests/sql_owners.rs`; included with `#[path]`).

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, its folders included.
pub fn rs_files(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out
}

//! Running the `cityrights` command line on a database of a test's own, as later checks call
//! it: shared by the tests of the command-line contracts (`tests/plan.rs`, `tests/xlsx.rs`,
//! `tests/recommendations.rs`; included with `#[path]`).

#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

/// The command on the database `db` (never the one `CITYRIGHTS_DB` names), in English
/// whatever the machine's locale (the CLI's words and exports follow `LANG`); a test of
/// another language sets `LANG` on the command it gets.
pub fn cli(db: &Path) -> Command {
    let mut c = Command::cargo_bin("cityrights").unwrap();
    c.arg("--db")
        .arg(db)
        .env_remove("CITYRIGHTS_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    c
}

/// Runs a command that must succeed; returns what it printed, read as JSON.
pub fn json(db: &Path, args: &[&str]) -> Value {
    let out = cli(db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Runs a command that must fail; returns its message.
pub fn refused(db: &Path, args: &[&str]) -> String {
    let out = cli(db).args(args).output().unwrap();
    assert!(!out.status.success(), "{args:?} should fail");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Imports `csv` (a recommendations CSV) as document `symbol`, with `--map` pairs such as
/// `sdgs=SDGs`.
pub fn import_csv(db: &Path, csv: &str, symbol: &str, maps: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.csv");
    std::fs::write(&file, csv).unwrap();
    let mut c = cli(db);
    c.args(["recommendations", "import-csv"])
        .arg(&file)
        .args(["--symbol", symbol]);
    for m in maps {
        c.args(["--map", m]);
    }
    c.assert().success();
}

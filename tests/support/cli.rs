//! The CLI as the integration tests call it: on one database file, never the user's
//! (`CITYRIGHTS_DB` removed), and its `--json` answer read.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

/// `cityrights --db DB`, ready for its arguments.
pub fn cli(db: &Path) -> Command {
    let mut c = Command::cargo_bin("cityrights").unwrap();
    c.arg("--db").arg(db).env_remove("CITYRIGHTS_DB");
    c
}

/// Runs a command that must succeed and reads its JSON answer.
pub fn json(db: &Path, args: &[&str]) -> Value {
    let out = cli(db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
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

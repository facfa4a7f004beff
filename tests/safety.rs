//! Backups, restore, the writer lock and unsafe places, through the core and the CLI.

use assert_cmd::Command;
use cityrights::backup::{self, BackupReason};
use cityrights::Store;
use std::path::Path;

fn cli(db: &Path) -> Command {
    let mut c = Command::cargo_bin("cityrights").unwrap();
    c.arg("--db").arg(db).env_remove("CITYRIGHTS_DB");
    c
}

#[test]
fn a_backup_is_a_checked_copy_that_lists_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let mut s = Store::open(&db).unwrap();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    let b = s.backup(BackupReason::Manual).unwrap();
    assert!(Path::new(&b.path).starts_with(dir.path().join("backups")));
    assert_eq!((b.engagements, b.submissions), (3, 1));
    assert!(b.words > 200);
    let listed = backup::list(&backup::backup_dir(&db)).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].file_name, b.file_name);
}

#[test]
fn restoring_brings_the_old_text_back_and_keeps_the_current_database_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let before = {
        let mut s = Store::open(&db).unwrap();
        cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
        let b = s.backup(BackupReason::Manual).unwrap();
        // Work done after the backup: an engagement deleted for good.
        let id = s.engagements().unwrap()[0].id;
        s.delete_engagement(id).unwrap();
        s.empty_bin().unwrap();
        assert_eq!(s.engagements().unwrap().len(), 2);
        b
    };
    backup::restore(&db, Path::new(&before.path)).unwrap();
    let s = Store::open(&db).unwrap();
    assert_eq!(
        s.engagements().unwrap().len(),
        3,
        "the restored database is in place"
    );
    let all = backup::list(&backup::backup_dir(&db)).unwrap();
    let kept = all
        .iter()
        .find(|b| b.reason == BackupReason::BeforeRestore)
        .expect("the current database was backed up first");
    assert_eq!(kept.engagements, 2);
}

#[test]
fn a_damaged_backup_is_refused_and_the_database_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let mut s = Store::open(&db).unwrap();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    let b = s.backup(BackupReason::Manual).unwrap();
    drop(s);
    let mut bytes = std::fs::read(&b.path).unwrap();
    let n = bytes.len();
    for x in &mut bytes[n / 2..n / 2 + 4096] {
        *x = 0x5A;
    }
    std::fs::write(&b.path, &bytes).unwrap();
    assert!(backup::restore(&db, Path::new(&b.path)).is_err());
    assert_eq!(Store::open(&db).unwrap().engagements().unwrap().len(), 3);
}

#[test]
fn the_cli_refuses_to_write_while_the_app_holds_the_database_but_still_reads() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    cli(&db).arg("demo").assert().success();
    // What the app holds while it runs.
    let session = cityrights::session::Session::open(&db);
    assert!(session.status().ready);
    let out = cli(&db).args(["bin", "empty", "--yes"]).output().unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("CityRights is open on"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    cli(&db)
        .args(["engagements", "list", "--json"])
        .assert()
        .success();
    cli(&db).args(["backup", "create"]).assert().success();
    drop(session);
    cli(&db).args(["bin", "empty", "--yes"]).assert().success();
}

#[test]
fn backup_commands_create_list_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    cli(&db).arg("demo").assert().success();
    let out = cli(&db)
        .args(["backup", "create", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let created: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let out = cli(&db)
        .args(["backup", "list", "--json"])
        .output()
        .unwrap();
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list[0]["path"], created["path"]);
    assert_eq!(list[0]["engagements"], 3);
    cli(&db)
        .args(["backup", "restore", created["path"].as_str().unwrap()])
        .assert()
        .success();
    let out = cli(&db)
        .args(["backup", "restore", "/nonexistent/backup.sqlite3"])
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn a_database_in_a_synced_folder_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("OneDrive").join("c.sqlite3");
    let err = Store::open(&db).unwrap_err();
    assert_eq!(err.kind(), "unsafe_place");
    assert!(err.to_string().contains("OneDrive folder"));
    assert!(!db.exists(), "nothing was created there");
}

#[test]
fn an_upgrade_is_preceded_by_a_backup_of_the_old_schema() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    {
        // A database of schema 1, as the first release wrote it.
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(include_str!("../assets/migrations/001_initial.sql"))
            .unwrap();
        conn.execute_batch(&format!(
            "PRAGMA user_version = 1; PRAGMA application_id = {};",
            cityrights::store::APPLICATION_ID
        ))
        .unwrap();
    }
    let s = Store::open(&db).unwrap();
    assert_eq!(
        s.schema_version().unwrap(),
        cityrights::store::SCHEMA_VERSION
    );
    let backups = backup::list(&backup::backup_dir(&db)).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, BackupReason::BeforeMigration);
    let old = rusqlite::Connection::open(&backups[0].path).unwrap();
    let v: i64 = old
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        v, 1,
        "the backup holds the database as it was before the upgrade"
    );
}

//! The database file: pragmas, migrations, and the files we must never touch.

use cityrights::{Error, Store};
use std::fs;

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn a_new_database_uses_wal_with_full_sync_foreign_keys_and_a_busy_timeout() {
    let dir = tmp();
    let store = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    assert_eq!(store.pragma("journal_mode").unwrap(), "wal");
    assert_eq!(store.pragma("synchronous").unwrap(), "2", "2 is FULL");
    assert_eq!(store.pragma("foreign_keys").unwrap(), "1");
    assert_eq!(store.pragma("busy_timeout").unwrap(), "5000");
    assert_eq!(
        store.schema_version().unwrap(),
        cityrights::store::SCHEMA_VERSION
    );
    assert!(store.is_empty().unwrap());
}

#[test]
fn the_database_folder_is_created_and_data_survives_reopening() {
    let dir = tmp();
    let path = dir.path().join("nested/folder/c.sqlite3");
    {
        let mut s = Store::open(&path).unwrap();
        cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    }
    let s = Store::open(&path).unwrap();
    assert_eq!(s.engagements().unwrap().len(), 3);
    assert_eq!(
        s.city_profile().unwrap().unwrap().name,
        "Exampleville (demo)"
    );
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_byte_for_byte_untouched() {
    let dir = tmp();
    let path = dir.path().join("newer.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(&format!(
            "PRAGMA application_id = {}; CREATE TABLE future (x); PRAGMA user_version = 999;",
            cityrights::store::APPLICATION_ID
        ))
        .unwrap();
    }
    let before = fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, Error::NewerDatabase { found: 999, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("newer version of CityRights"));
    assert!(err.to_string().contains("has not been changed"));
    assert_eq!(fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("newer.sqlite3-wal").exists());
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_untouched() {
    let dir = tmp();
    let path = dir.path().join("notes.sqlite3");
    fs::write(
        &path,
        "Minutes of the meeting with the Housing Department.\n".repeat(50),
    )
    .unwrap();
    let before = fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.kind(), "unreadable_database");
    assert!(err.to_string().contains("not a SQLite database"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_damaged_database_is_refused_and_untouched() {
    let dir = tmp();
    let path = dir.path().join("damaged.sqlite3");
    {
        let mut s = Store::open(&path).unwrap();
        cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
        checkpoint(&path);
    }
    // Overwrite the middle of the file (past the header) with garbage.
    let mut bytes = fs::read(&path).unwrap();
    assert!(
        bytes.len() > 8192,
        "database too small to damage: {}",
        bytes.len()
    );
    for b in &mut bytes[4096..8192] {
        *b = 0xA5;
    }
    fs::write(&path, &bytes).unwrap();
    let _ = fs::remove_file(dir.path().join("damaged.sqlite3-wal"));
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.kind(), "unreadable_database", "{err}");
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn another_programs_sqlite_database_is_refused() {
    let dir = tmp();
    let path = dir.path().join("other.sqlite3");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE contacts (name TEXT);")
        .unwrap();
    let before = fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(err.to_string().contains("another program"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn an_empty_file_is_initialised_as_a_new_database() {
    let dir = tmp();
    let path = dir.path().join("empty.sqlite3");
    fs::write(&path, b"").unwrap();
    let s = Store::open(&path).unwrap();
    assert!(s.is_empty().unwrap());
}

#[test]
fn the_default_path_follows_the_environment_variable() {
    // Only this test sets CITYRIGHTS_DB in this process.
    std::env::set_var(cityrights::store::DB_ENV, "/tmp/some/where.sqlite3");
    assert_eq!(
        cityrights::store::default_path(),
        std::path::PathBuf::from("/tmp/some/where.sqlite3")
    );
    std::env::remove_var(cityrights::store::DB_ENV);
    let p = cityrights::store::default_path();
    assert!(
        p.ends_with("cityrights/cityrights.sqlite3"),
        "{}",
        p.display()
    );
}

/// Moves the write-ahead log into the database file, as closing the last connection does.
fn checkpoint(db: &std::path::Path) {
    rusqlite::Connection::open(db)
        .unwrap()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
}

//! Workspace files whose database was edited by hand or forged: a workspace file is data, not
//! code. Its triggers, views and indexes never reach the database that is put in place, stored
//! file paths are dropped, and a row the app cannot read refuses the whole import with the
//! current database untouched.

use cityrights::{workspace, Store};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A demo database at `dir/name`, changed by `sql` through a plain connection (as a forger
/// would), as one self-contained file's bytes.
fn forged_database(dir: &Path, name: &str, sql: &str) -> Vec<u8> {
    let p = dir.join(name);
    {
        let mut s = Store::open(&p).unwrap();
        cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    }
    let conn = rusqlite::Connection::open(&p).unwrap();
    conn.execute_batch(sql).unwrap();
    let _: String = conn
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .unwrap();
    drop(conn);
    std::fs::read(&p).unwrap()
}

/// A workspace zip holding `database` (and `logo`), with a manifest that matches them.
fn workspace_file(file: &Path, database: &[u8], logo: Option<&[u8]>) {
    let mut entries: Vec<(&str, &[u8])> = vec![("database.sqlite3", database)];
    if let Some(l) = logo {
        entries.push(("files/logo.png", l));
    }
    let manifest = serde_json::json!({
        "format": "cityrights-workspace",
        "format_version": 1,
        "app_version": "0.1.0",
        "schema_version": cityrights::store::SCHEMA_VERSION,
        "created_at": "2026-11-27T10:00:00Z",
        "files": entries.iter().map(|(n, b)| serde_json::json!({
            "name": n,
            "bytes": b.len(),
            "sha256": Sha256::digest(b).iter().map(|x| format!("{x:02x}")).collect::<String>(),
        })).collect::<Vec<_>>(),
    });
    let mut zip = zip::ZipWriter::new(std::fs::File::create(file).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    for (name, bytes) in &entries {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.start_file("manifest.json", opts).unwrap();
    zip.write_all(manifest.to_string().as_bytes()).unwrap();
    zip.finish().unwrap();
}

/// Every schema entry (type, name) of a database, SQLite's own and the search indexes' aside.
fn schema_of(db: &Path) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    rows
}

/// Section texts and the city's e-mail: what a planted trigger went after.
fn texts_and_email(db: &Path) -> (Vec<(i64, String)>, String) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT id, content_json FROM section ORDER BY id")
        .unwrap();
    let texts = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let email = conn
        .query_row("SELECT contact_email FROM city_profile", [], |r| r.get(0))
        .unwrap();
    (texts, email)
}

fn new_place(dir: &Path) -> PathBuf {
    dir.join("there").join("cityrights.sqlite3")
}

#[test]
fn a_planted_trigger_view_and_index_never_reach_the_imported_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = forged_database(
        dir.path(),
        "forged.sqlite3",
        "CREATE TRIGGER blank_the_rest AFTER UPDATE ON section BEGIN
             UPDATE section SET content_json = '{\"blocks\":[]}' WHERE id <> NEW.id;
             UPDATE city_profile SET contact_email = 'attacker@example.net';
         END;
         CREATE TRIGGER on_insert AFTER INSERT ON engagement BEGIN
             DELETE FROM section;
         END;
         CREATE VIEW every_email AS SELECT contact_email FROM city_profile;
         CREATE INDEX planted ON section(title);
         CREATE TABLE not_ours (x TEXT);
         INSERT INTO not_ours VALUES ('carried along?');
         ALTER TABLE section ADD COLUMN extra TEXT DEFAULT 'not ours';",
    );
    let file = dir.path().join("w.zip");
    workspace_file(&file, &db, None);

    let place = new_place(dir.path());
    let done = workspace::import(&place, &file).unwrap();
    assert_eq!((done.engagements, done.submissions), (3, 1));

    // The schema is exactly the app's own.
    let fresh = dir.path().join("fresh.sqlite3");
    drop(Store::open(&fresh).unwrap());
    drop(Store::open(&place).unwrap());
    assert_eq!(schema_of(&place), schema_of(&fresh));

    // One ordinary edit, then another engagement: nothing else changes.
    let (before_texts, before_email) = texts_and_email(&place);
    assert_ne!(before_email, "attacker@example.net");
    let first = before_texts[0].0;
    {
        let conn = rusqlite::Connection::open(&place).unwrap();
        conn.execute(
            "UPDATE section SET title = title || ' (edited)' WHERE id = ?1",
            [first],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO engagement (mechanism, title, stage, created_at, updated_at)
             SELECT mechanism, 'Another review', stage, created_at, updated_at FROM engagement LIMIT 1",
            [],
        )
        .unwrap();
    }
    assert_eq!(texts_and_email(&place), (before_texts, before_email));

    // The search index was rebuilt from the rows: it finds what the sections say.
    let s = Store::open(&place).unwrap();
    assert!(!s.search_drafts("housing").unwrap().is_empty());
}

#[test]
fn stored_logo_paths_are_dropped_and_only_the_files_own_logo_is_kept() {
    for planted in ["/etc/passwd", "/dev/zero"] {
        let dir = tempfile::tempdir().unwrap();
        let db = forged_database(
            dir.path(),
            "forged.sqlite3",
            &format!("UPDATE city_profile SET logo_path = '{planted}';"),
        );
        let file = dir.path().join("w.zip");
        workspace_file(&file, &db, None);
        let place = new_place(dir.path());
        let done = workspace::import(&place, &file).unwrap();
        assert_eq!(done.logo_path, None, "{planted}");
        let s = Store::open(&place).unwrap();
        assert_eq!(s.city_profile().unwrap().unwrap().logo_path, None);
        // The next export carries no logo: nothing of /etc/passwd travels on.
        let again = dir.path().join("again.zip");
        let exported = s.export_workspace(&again).unwrap();
        assert_eq!(exported.logo, None);

        // With the file's own logo entry, that one is kept where the app keeps logos.
        let logo = b"\x89PNG\r\n\x1a\n the file's own logo";
        let with_logo = dir.path().join("with-logo.zip");
        workspace_file(&with_logo, &db, Some(logo));
        let done = workspace::import(&place, &with_logo).unwrap();
        let kept = done.logo_path.unwrap();
        assert!(
            Path::new(&kept).starts_with(cityrights::city::logo_dir(&place)),
            "{kept}"
        );
        assert_eq!(std::fs::read(&kept).unwrap(), logo);
    }
}

#[test]
fn a_logo_path_naming_a_device_or_a_huge_file_is_never_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let mut s = Store::open(&db).unwrap();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    drop(s);
    for planted in ["/dev/zero", "/etc/passwd-does-not-exist", "/"] {
        // An older database, edited by hand: the path is in the profile.
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute("UPDATE city_profile SET logo_path = ?1", [planted])
            .unwrap();
        drop(conn);
        let s = Store::open(&db).unwrap();
        let exported = s.export_workspace(&dir.path().join("w.zip")).unwrap();
        assert_eq!(exported.logo, None, "{planted}");
        assert!(
            exported.notices[0].contains("was left out"),
            "{:?}",
            exported.notices
        );
    }
    let err = cityrights::city::read_logo(Path::new("/dev/zero")).unwrap_err();
    assert!(err.to_string().contains("not an ordinary file"), "{err}");
}

#[test]
fn a_section_that_cannot_be_read_refuses_the_import_and_leaves_the_database_untouched() {
    let dir = tempfile::tempdir().unwrap();
    // The current database, with the officer's work.
    let current = dir.path().join("current").join("cityrights.sqlite3");
    {
        let mut s = Store::open(&current).unwrap();
        cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
        checkpoint(&current);
    }
    let before = std::fs::read(&current).unwrap();

    for (sql, expected) in [
        (
            "UPDATE section SET content_json = 'not a content tree' WHERE id = (SELECT min(id) FROM section);",
            "holds a section whose text CityRights cannot read",
        ),
        (
            &*format!(
                "UPDATE section SET content_json = '{{\"blocks\":[{}{{\"type\":\"paragraph\",\"content\":[]}}{}]}}' WHERE id = (SELECT min(id) FROM section);",
                // Deeper than the content gate allows.
                "{\"type\":\"quote\",\"blocks\":[".repeat(40),
                "]}".repeat(40)
            ),
            "holds a section whose text CityRights cannot read",
        ),
        (
            "UPDATE section SET title = x'00ff' WHERE id = (SELECT min(id) FROM section);",
            "holds a value CityRights never writes",
        ),
        (
            "DROP TABLE engagement; CREATE VIEW engagement AS SELECT 1 AS id;",
            "holds a view named engagement",
        ),
    ] {
        let forged = forged_database(dir.path(), "forged.sqlite3", sql);
        let _ = std::fs::remove_file(dir.path().join("forged.sqlite3"));
        let file = dir.path().join("w.zip");
        workspace_file(&file, &forged, None);
        let err = workspace::import(&current, &file).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains(expected), "{sql}: {msg}");
        assert!(msg.contains("Nothing was changed"), "{msg}");
        assert_eq!(std::fs::read(&current).unwrap(), before, "{sql}");
        let leftovers: Vec<String> = current
            .parent()
            .unwrap()
            .read_dir()
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("importing"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}

/// Moves the write-ahead log into the database file, as closing the last connection does.
fn checkpoint(db: &std::path::Path) {
    rusqlite::Connection::open(db)
        .unwrap()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
}

#[test]
fn a_city_profile_sent_by_the_page_never_sets_a_file_path() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    // What a compromised page could send to `save_city`: a path to read at the next export.
    let sent = r#"{"name":"Exampleville","country":"SVN","state_under_review":"Slovenia","contact_name":"",
        "contact_email":"","default_language":"en","paper_size":"a4","logo_path":"/etc/passwd",
        "is_demo":false}"#;
    let profile: cityrights::city::CityProfile = serde_json::from_str(sent).unwrap();
    assert_eq!(
        profile.logo_path, None,
        "the path is not read from the page's JSON"
    );
    let saved = s.save_city_profile(&profile).unwrap();
    assert_eq!(saved.logo_path, None);
    // And a profile built in Rust with a path keeps the stored logo (none) all the same.
    let mut forged = profile.clone();
    forged.logo_path = Some("/dev/zero".into());
    assert_eq!(s.save_city_profile(&forged).unwrap().logo_path, None);
}

//! Moving the workspace to another computer: export to one file, import it elsewhere; a newer,
//! damaged or hostile file is refused with the current database untouched; the current database
//! is backed up before it is replaced; nothing is imported while the app holds the database.

use assert_cmd::Command;
use cityrights::backup::{self, BackupReason};
use cityrights::store::{APPLICATION_ID, SCHEMA_VERSION};
use cityrights::{workspace, Store};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::Path;

fn cli(db: &Path) -> Command {
    let mut c = Command::cargo_bin("cityrights").unwrap();
    c.arg("--db").arg(db).env_remove("CITYRIGHTS_DB");
    c
}

/// Runs a `--json` command that must succeed and returns what it printed.
fn json_of(cmd: &mut Command) -> serde_json::Value {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

const LOGO: &[u8] = b"\x89PNG\r\n\x1a\n a small logo, not a real image";

/// A database with the demo data and a city logo file beside it.
fn demo_with_logo(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("c.sqlite3");
    let mut s = Store::open(&db).unwrap();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    let logo = dir.join("Exampleville Logo.PNG");
    std::fs::write(&logo, LOGO).unwrap();
    s.set_city_logo(&logo).unwrap();
    db
}

/// Every section's title and content, in order: what the officer typed.
fn texts(db: &Path) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT title, content_json FROM section ORDER BY id")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<Vec<(String, String)>, _>>()
        .unwrap();
    rows
}

/// The entries of a zip, by name.
fn entries(file: &Path) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut e = zip.by_index(i).unwrap();
            let mut buf = Vec::new();
            e.read_to_end(&mut buf).unwrap();
            (e.name().to_string(), buf)
        })
        .collect()
}

/// Writes a zip of `entries`, with a manifest whose sizes and hashes match them, changed by
/// `edit` (the way a newer or a forged file differs).
fn write_workspace(
    file: &Path,
    entries: &[(String, Vec<u8>)],
    edit: impl FnOnce(&mut serde_json::Value),
) {
    let mut manifest = serde_json::json!({
        "format": "cityrights-workspace",
        "format_version": 1,
        "app_version": "0.1.0",
        "schema_version": SCHEMA_VERSION,
        "created_at": "2026-11-27T10:00:00Z",
        "files": entries.iter().filter(|(n, _)| n != "manifest.json").map(|(n, b)| serde_json::json!({
            "name": n,
            "bytes": b.len(),
            "sha256": Sha256::digest(b).iter().map(|x| format!("{x:02x}")).collect::<String>(),
        })).collect::<Vec<_>>(),
    });
    edit(&mut manifest);
    let mut zip = zip::ZipWriter::new(std::fs::File::create(file).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    for (name, bytes) in entries.iter().filter(|(n, _)| n != "manifest.json") {
        zip.start_file(name.as_str(), opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.start_file("manifest.json", opts).unwrap();
    zip.write_all(manifest.to_string().as_bytes()).unwrap();
    zip.finish().unwrap();
}

/// A database file of the given schema version (the current schema with another number).
fn database_bytes(dir: &Path, version: i64) -> Vec<u8> {
    let p = dir.join(format!("v{version}.sqlite3"));
    let _ = std::fs::remove_file(&p);
    drop(Store::open(&p).unwrap());
    let conn = rusqlite::Connection::open(&p).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA journal_mode = DELETE; PRAGMA user_version = {version};"
    ))
    .unwrap();
    drop(conn);
    std::fs::read(&p).unwrap()
}

/// A database as it was before the import, for comparing byte for byte.
fn snapshot_of(db: &Path) -> Vec<u8> {
    drop(Store::open(db).unwrap());
    checkpoint(db);
    std::fs::read(db).unwrap()
}

#[test]
fn a_workspace_exported_here_imports_on_another_computer_with_its_logo() {
    let here = tempfile::tempdir().unwrap();
    let db = demo_with_logo(here.path());
    let file = here.path().join("handover.cityrights");
    let exported = Store::open(&db).unwrap().export_workspace(&file).unwrap();
    assert_eq!((exported.engagements, exported.submissions), (3, 1));
    assert_eq!(exported.logo.as_deref(), Some("files/logo.png"));
    assert_eq!(exported.bytes, std::fs::metadata(&file).unwrap().len());
    let names: Vec<String> = entries(&file).into_iter().map(|(n, _)| n).collect();
    assert!(names.contains(&"manifest.json".to_string()), "{names:?}");
    assert!(
        !here
            .path()
            .read_dir()
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().ends_with(".part")),
        "no temporary file is left beside the export"
    );

    // The other computer: a new data folder, no database yet.
    let there = tempfile::tempdir().unwrap();
    let new_db = there.path().join("data").join("cityrights.sqlite3");
    let imported = workspace::import(&new_db, &file).unwrap();
    assert_eq!((imported.engagements, imported.submissions), (3, 1));
    assert_eq!(imported.backup, None, "there was nothing to back up");
    assert_eq!(texts(&new_db), texts(&db), "every section, word for word");
    let s = Store::open(&new_db).unwrap();
    assert_eq!(s.engagements().unwrap().len(), 3);
    let logo = s.city_profile().unwrap().unwrap().logo_path.unwrap();
    assert!(
        Path::new(&logo).starts_with(there.path().join("data")),
        "the logo is in the new data folder: {logo}"
    );
    assert_eq!(std::fs::read(&logo).unwrap(), LOGO);
    assert_eq!(imported.logo_path.as_deref(), Some(logo.as_str()));
    assert!(
        !there
            .path()
            .join("data")
            .read_dir()
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().contains("importing")),
        "no staged file is left"
    );
}

#[test]
fn the_cli_exports_while_the_app_is_open_and_imports_over_a_database_after_backing_it_up() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_with_logo(dir.path());
    let file = dir.path().join("w.zip");
    {
        // The app is open: exporting only reads, so it works.
        let _app = cityrights::session::Session::open(&db);
        let v = json_of(
            cli(&db)
                .args(["workspace", "export", "--json", "-o"])
                .arg(&file),
        );
        assert_eq!(v["engagements"], 3);
        assert_eq!(v["path"], file.display().to_string());
        assert!(v["bytes"].as_u64().unwrap() > 1000);
    }

    // Another officer's database, with one engagement of its own, receives the workspace.
    let other = dir.path().join("other").join("c.sqlite3");
    cli(&other).arg("demo").assert().success();
    {
        let mut s = Store::open(&other).unwrap();
        let id = s.engagements().unwrap()[0].id;
        s.delete_engagement(id).unwrap();
        s.empty_bin().unwrap();
    }
    let v = json_of(
        cli(&other)
            .args(["workspace", "import", "--json"])
            .arg(&file),
    );
    assert_eq!(v["engagements"], 3);
    assert_eq!(v["schema_version"], SCHEMA_VERSION);
    let kept = v["backup"]["path"].as_str().unwrap();
    let kept = backup::describe(Path::new(kept)).unwrap();
    assert_eq!(kept.reason, BackupReason::BeforeImport);
    assert_eq!(
        kept.engagements, 2,
        "the replaced database is kept as a backup"
    );
    assert_eq!(Store::open(&other).unwrap().engagements().unwrap().len(), 3);
}

#[test]
fn a_workspace_from_a_newer_version_is_refused_naming_both_versions() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_with_logo(dir.path());
    let before = snapshot_of(&db);
    let newer = SCHEMA_VERSION + 1;

    // The manifest says so.
    let file = dir.path().join("newer.zip");
    write_workspace(
        &file,
        &[("database.sqlite3".into(), database_bytes(dir.path(), newer))],
        |m| {
            m["schema_version"] = newer.into();
            m["app_version"] = "9.0.0".into();
        },
    );
    let err = workspace::import(&db, &file).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("newer version of CityRights"), "{msg}");
    assert!(msg.contains(&format!("schema version {newer}")), "{msg}");
    assert!(
        msg.contains(&format!("up to schema version {SCHEMA_VERSION}")),
        "{msg}"
    );
    assert!(msg.contains("9.0.0"), "{msg}");

    // The manifest claims the current version, the database inside is newer.
    write_workspace(
        &file,
        &[("database.sqlite3".into(), database_bytes(dir.path(), newer))],
        |_| {},
    );
    let msg = workspace::import(&db, &file).unwrap_err().to_string();
    assert!(msg.contains(&format!("schema version {newer}")), "{msg}");

    // A newer file layout.
    write_workspace(
        &file,
        &[(
            "database.sqlite3".into(),
            database_bytes(dir.path(), SCHEMA_VERSION),
        )],
        |m| m["format_version"] = 2.into(),
    );
    let msg = workspace::import(&db, &file).unwrap_err().to_string();
    assert!(
        msg.contains("file format 2") && msg.contains("up to file format 1"),
        "{msg}"
    );

    // And through the CLI: a non-zero exit and the message.
    let out = cli(&db)
        .args(["workspace", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer version"));

    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the database is untouched"
    );
    assert!(
        backup::list(&backup::backup_dir(&db)).unwrap().is_empty(),
        "nothing was done"
    );
}

#[test]
fn an_older_workspace_is_upgraded_on_import() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.sqlite3");
    {
        // A database of schema 1, as the first release wrote it, with one engagement.
        let conn = rusqlite::Connection::open(&old).unwrap();
        conn.execute_batch(include_str!("../assets/migrations/001_initial.sql"))
            .unwrap();
        conn.execute_batch(&format!(
            "PRAGMA user_version = 1; PRAGMA application_id = {APPLICATION_ID};"
        ))
        .unwrap();
    }
    let file = dir.path().join("old.zip");
    write_workspace(
        &file,
        &[("database.sqlite3".into(), std::fs::read(&old).unwrap())],
        |m| m["schema_version"] = 1.into(),
    );
    let db = dir.path().join("new").join("c.sqlite3");
    let done = workspace::import(&db, &file).unwrap();
    assert_eq!(done.schema_version, 1);
    assert_eq!(
        Store::open(&db).unwrap().schema_version().unwrap(),
        SCHEMA_VERSION
    );
}

#[test]
fn a_damaged_or_cut_off_file_is_refused_and_the_database_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_with_logo(dir.path());
    let file = dir.path().join("w.zip");
    Store::open(&db).unwrap().export_workspace(&file).unwrap();
    let good = std::fs::read(&file).unwrap();
    let target = dir.path().join("target").join("c.sqlite3");
    cli(&target).arg("demo").assert().success();
    let before = snapshot_of(&target);

    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("cut in half", good[..good.len() / 2].to_vec()),
        ("cut before the end", good[..good.len() - 10].to_vec()),
        ("empty", Vec::new()),
        ("not a zip", b"SQLite format 3\0 and then nothing".to_vec()),
    ];
    let mut flipped = good.clone();
    let mid = flipped.len() / 3;
    for b in &mut flipped[mid..mid + 64] {
        *b ^= 0x55;
    }
    cases.push(("bytes changed in the middle", flipped));
    for (what, bytes) in cases {
        std::fs::write(&file, &bytes).unwrap();
        let err = workspace::import(&target, &file).unwrap_err();
        assert_eq!(err.kind(), "import", "{what}: {err}");
        assert_eq!(snapshot_of(&target), before, "{what}: untouched");
    }

    // The database inside changed, with a manifest that matches it: the integrity check.
    let mut entries = entries(&{
        std::fs::write(&file, &good).unwrap();
        file.clone()
    });
    let db_entry = entries
        .iter_mut()
        .find(|(n, _)| n == "database.sqlite3")
        .unwrap();
    let n = db_entry.1.len();
    for b in &mut db_entry.1[n / 2..n / 2 + 4096] {
        *b = 0x5A;
    }
    write_workspace(&file, &entries, |_| {});
    let err = workspace::import(&target, &file).unwrap_err();
    assert!(err.to_string().contains("Nothing was changed"), "{err}");
    assert_eq!(snapshot_of(&target), before);
    assert!(
        backup::list(&backup::backup_dir(&target))
            .unwrap()
            .is_empty(),
        "no import got as far as the backup"
    );
}

#[test]
fn hostile_files_are_refused_before_anything_is_unpacked() {
    let dir = tempfile::tempdir().unwrap();
    let db_bytes = database_bytes(dir.path(), SCHEMA_VERSION);
    let file = dir.path().join("w.zip");
    let target = dir.path().join("t").join("c.sqlite3");

    // An entry that unpacks to more than its manifest says (a zip bomb's way).
    let bomb = vec![0u8; 8 * 1024 * 1024];
    write_workspace(
        &file,
        &[
            ("database.sqlite3".into(), db_bytes.clone()),
            ("files/logo.png".into(), bomb),
        ],
        |m| m["files"][1]["bytes"] = 100.into(),
    );
    let msg = workspace::import(&target, &file).unwrap_err().to_string();
    assert!(msg.contains("files/logo.png"), "{msg}");

    // A manifest naming a path outside the workspace.
    write_workspace(
        &file,
        &[
            ("database.sqlite3".into(), db_bytes.clone()),
            ("../../evil.sh".into(), b"rm -rf".to_vec()),
        ],
        |_| {},
    );
    let msg = workspace::import(&target, &file).unwrap_err().to_string();
    assert!(msg.contains("unexpected entry"), "{msg}");

    // A logo larger than any logo.
    write_workspace(&file, &[("database.sqlite3".into(), db_bytes)], |m| {
        m["files"].as_array_mut().unwrap().push(serde_json::json!({
            "name": "files/logo.png", "bytes": 1u64 << 40, "sha256": "00"
        }))
    });
    let msg = workspace::import(&target, &file).unwrap_err().to_string();
    assert!(msg.contains("more than the 10 MB allowed"), "{msg}");
    assert!(!target.exists(), "nothing was created");
    assert!(!dir.path().join("evil.sh").exists());
}

#[test]
fn the_cli_refuses_to_import_while_the_app_holds_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_with_logo(dir.path());
    let file = dir.path().join("w.zip");
    Store::open(&db).unwrap().export_workspace(&file).unwrap();
    let before = snapshot_of(&db);
    let app = cityrights::session::Session::open(&db);
    assert!(app.status().ready);
    let out = cli(&db)
        .args(["workspace", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("CityRights is open on"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    drop(app);
    assert_eq!(snapshot_of(&db), before);
    cli(&db)
        .args(["workspace", "import"])
        .arg(&file)
        .assert()
        .success();
}

#[test]
fn a_logo_that_cannot_be_read_is_left_out_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_with_logo(dir.path());
    // The copy the app kept is gone (deleted by hand, a disk error).
    let kept = Store::open(&db)
        .unwrap()
        .city_profile()
        .unwrap()
        .unwrap()
        .logo_path
        .unwrap();
    std::fs::remove_file(kept).unwrap();
    let file = dir.path().join("w.zip");
    let done = Store::open(&db).unwrap().export_workspace(&file).unwrap();
    assert_eq!(done.logo, None);
    assert!(
        done.notices[0].contains("was left out"),
        "{:?}",
        done.notices
    );
    assert!(workspace::check_bytes(&std::fs::read(&file).unwrap()).is_ok());
}

#[test]
fn exporting_into_a_missing_folder_or_onto_a_folder_is_refused_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_with_logo(dir.path());
    let out = cli(&db)
        .args(["workspace", "export", "-o"])
        .arg(dir.path().join("no such folder").join("w.zip"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("does not exist"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = Store::open(&db)
        .unwrap()
        .export_workspace(dir.path())
        .unwrap_err();
    assert!(err.to_string().contains("is a folder"), "{err}");
    assert!(
        !dir.path()
            .read_dir()
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().contains(".part")),
        "nothing half-written is left"
    );
}

/// Moves the write-ahead log into the database file, as closing the last connection does.
fn checkpoint(db: &std::path::Path) {
    rusqlite::Connection::open(db)
        .unwrap()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
}

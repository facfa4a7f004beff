//! A workspace file's database all the way through the store (issue #12): the input is the
//! database entry (SQLite bytes), wrapped here in a well-formed workspace file (manifest with its
//! size and SHA-256, so the fuzzer reaches past the checksum), imported over a database, then
//! opened, listed, and every submission read back and exported. A file's database must be
//! refused in plain words or give a database that works; never a panic, a hang or a database
//! that fails to open. Seeds: a demo database (fuzz/corpus/workspace_through_store/).
#![no_main]

use cityrights::workspace::{Manifest, ManifestFile, FORMAT, FORMAT_VERSION};
use cityrights::Store;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::sync::Mutex;

static DIR: Mutex<Option<tempfile::TempDir>> = Mutex::new(None);

fn workspace_file(database: &[u8]) -> Vec<u8> {
    let manifest = Manifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        app_version: env!("CARGO_PKG_VERSION").into(),
        schema_version: cityrights::store::SCHEMA_VERSION,
        created_at: "2026-12-06T00:00:00Z".into(),
        engagements: 0,
        submissions: 0,
        files: vec![ManifestFile {
            name: "database.sqlite3".into(),
            bytes: database.len() as u64,
            sha256: format!("{:x}", Sha256::digest(database)),
        }],
    };
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    z.start_file("manifest.json", o).expect("zip");
    z.write_all(&serde_json::to_vec(&manifest).expect("json"))
        .expect("zip");
    z.start_file("database.sqlite3", o).expect("zip");
    z.write_all(database).expect("zip");
    z.finish().expect("zip").into_inner()
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut guard = DIR.lock().unwrap_or_else(|p| p.into_inner());
    let dir = guard.get_or_insert_with(|| tempfile::tempdir().expect("a temporary folder"));
    let root = dir.path();
    // A fresh target every time: the database, its side files and its backups go.
    for entry in std::fs::read_dir(root).expect("the folder").flatten() {
        let p = entry.path();
        let _ = if p.is_dir() {
            std::fs::remove_dir_all(&p)
        } else {
            std::fs::remove_file(&p)
        };
    }
    let db = root.join("target.sqlite3");
    drop(Store::open(&db).expect("a new database"));
    let file = root.join("in.cityrights");
    std::fs::write(&file, workspace_file(data)).expect("write the file");
    let before = std::fs::read(&db).expect("read the database");
    match cityrights::workspace::import(&db, &file) {
        Err(_) => {
            // Refused: the database is as it was.
            assert_eq!(
                std::fs::read(&db).expect("read"),
                before,
                "a refused import changed the database"
            );
        }
        Ok(_) => {
            let store = Store::open(&db).expect("an imported database opens");
            for s in store.submission_summaries(None).expect("the list opens") {
                store
                    .submission_detail(s.id)
                    .expect("a submission reads back");
                store.export_docx(s.id).expect("it exports to Word");
                if let Err(e) = store.export_pdf(s.id) {
                    assert!(e.to_string().contains("font"), "PDF export failed: {e}");
                }
            }
            store
                .dashboard(chrono::Utc::now())
                .expect("the dashboard opens");
            store
                .list_recommendations(&Default::default(), 100, 0)
                .expect("the recommendations list opens");
        }
    }
});

//! A full disk, for real: the database lives on a small tmpfs that the test mounts and fills. A save then fails with a plain "Not saved"
//! error, nothing is half-written (the previous text is there and `PRAGMA integrity_check`
//! passes), and the same save succeeds once there is room again — which is what the editor's
//! retries rely on. Mounting needs root (CI runs the tests as root); elsewhere each test prints
//! why it was skipped.

use cityrights::backup::BackupReason;
use cityrights::document::{Block, Content};
use cityrights::Store;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs mounted on a temporary folder, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    /// Mounts a tmpfs of `size` (e.g. "4m"), or None (with the reason printed) when this
    /// process may not mount.
    fn mount(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output();
        match out {
            Ok(o) if o.status.success() => Some(SmallDisk { dir }),
            Ok(o) => {
                eprintln!(
                    "SKIPPED: cannot mount a tmpfs for the full-disk test (needs root): {}",
                    String::from_utf8_lossy(&o.stderr).trim()
                );
                None
            }
            Err(e) => {
                eprintln!("SKIPPED: cannot run mount for the full-disk test: {e}");
                None
            }
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file until the file system has no room left; returns it (delete it to free).
    fn fill(&self) -> PathBuf {
        let filler = self.path().join("filler");
        let mut f = std::fs::File::create(&filler).unwrap();
        let chunk = vec![0x42u8; 4096];
        while f.write_all(&chunk).and_then(|_| f.sync_all()).is_ok() {}
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

fn text(words: &str) -> Content {
    Content {
        blocks: vec![Block::para(words)],
    }
}

/// About 400 KB of text: more than a full disk's last free pages can take.
fn long_text() -> Content {
    let para =
        "The city's housing office answered every eviction notice within ten days. ".repeat(40);
    Content {
        blocks: (0..140).map(|_| Block::para(para.as_str())).collect(),
    }
}

fn integrity(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

/// A store with the demo city and one section saved with `before`; returns it and the section.
fn demo_on(disk: &SmallDisk, before: &str) -> (PathBuf, Store, i64) {
    let db = disk.path().join("cityrights.sqlite3");
    let mut s = Store::open(&db).unwrap();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    let sub = s.submission_summaries(None).unwrap()[0].id;
    let sec = s.sections(sub).unwrap()[0].clone();
    s.save_section(sec.id, &sec.title, &text(before), sec.version)
        .unwrap();
    // Start the write-ahead log afresh, so the next write needs new room on the disk.
    checkpoint(&db);
    (db, s, sec.id)
}

#[test]
fn a_save_on_a_full_disk_says_not_saved_loses_nothing_and_succeeds_once_there_is_room() {
    let Some(disk) = SmallDisk::mount("8m") else {
        return;
    };
    let (db, mut s, id) = demo_on(&disk, "What was saved before the disk filled.");
    let sec = s.section(id).unwrap();
    let filler = disk.fill();

    let err = s
        .save_section(id, &sec.title, &long_text(), sec.version)
        .unwrap_err();
    assert_eq!(err.kind(), "not_saved", "{err}");
    let msg = err.to_string();
    assert!(msg.starts_with("Not saved: the disk that holds"), "{msg}");
    assert!(
        msg.contains("is full") && msg.contains("Nothing was half-written"),
        "{msg}"
    );

    let kept = s.section(id).unwrap();
    assert_eq!(kept.content, text("What was saved before the disk filled."));
    assert_eq!(kept.version, sec.version, "the failed save left no trace");
    assert_eq!(integrity(&db), "ok");

    // The officer frees some space; the editor's retry sends the same text again.
    std::fs::remove_file(filler).unwrap();
    let saved = s
        .save_section(id, &sec.title, &long_text(), sec.version)
        .unwrap();
    assert_eq!(saved.section.version, sec.version + 1);
    drop(s);
    let s = Store::open(&db).unwrap();
    assert_eq!(s.section(id).unwrap().content, long_text());
    assert_eq!(integrity(&db), "ok");
}

#[test]
fn a_full_second_backup_folder_still_leaves_the_backup_in_the_data_folder() {
    let Some(usb) = SmallDisk::mount("1m") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cityrights.sqlite3");
    let mut s = Store::open(&db).unwrap();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    cityrights::settings::set_second_folder(&db, Some(usb.path().to_str().unwrap())).unwrap();
    usb.fill();

    let out = s.backup_with_second_copy(BackupReason::Manual).unwrap();
    assert_eq!(integrity(Path::new(&out.backup.path)), "ok");
    assert_eq!(out.backup.engagements, 3);
    let second = out.second_copy.expect("a second folder is chosen");
    assert!(second.written.is_none());
    let problem = second.problem.unwrap();
    assert!(problem.contains("is full"), "{problem}");
    let left: Vec<_> = std::fs::read_dir(usb.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "filler")
        .collect();
    assert!(
        left.is_empty(),
        "no half-written copy left behind: {left:?}"
    );
}

/// Moves the write-ahead log into the database file, as closing the last connection does.
fn checkpoint(db: &std::path::Path) {
    rusqlite::Connection::open(db)
        .unwrap()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
}

//! What the restore screen and the second backup folder rely on: damaged backups are listed
//! with the reason and never restored, retention is not fooled by them, and every backup also
//! lands in the second folder when it is there — and still in the data folder when it is not.

use cityrights::backup::{self, BackupReason};
use cityrights::Store;
use std::path::Path;

fn demo(dir: &Path) -> (std::path::PathBuf, Store) {
    let db = dir.join("c.sqlite3");
    let mut s = Store::open(&db).unwrap();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    (db, s)
}

fn damage(path: &str) {
    let mut bytes = std::fs::read(path).unwrap();
    let n = bytes.len();
    for x in &mut bytes[n / 2..n / 2 + 4096] {
        *x = 0x5A;
    }
    std::fs::write(path, &bytes).unwrap();
}

#[test]
fn a_damaged_backup_is_listed_with_the_reason_and_refused_for_restore() {
    let dir = tempfile::tempdir().unwrap();
    let (db, s) = demo(dir.path());
    let good = s.backup(BackupReason::Manual).unwrap();
    let bad = s.backup(BackupReason::Manual).unwrap();
    drop(s);
    damage(&bad.path);
    // A file cut short by a removed drive: not even a database header any more.
    let cut = backup::backup_dir(&db).join("cityrights-20261101T090000.000Z-periodic.sqlite3");
    std::fs::write(&cut, b"SQLite format 3\0 and then nothing").unwrap();

    let listed = backup::list(&backup::backup_dir(&db)).unwrap();
    assert_eq!(listed.len(), 3, "damaged backups are shown, not hidden");
    let find = |name: &str| listed.iter().find(|b| b.file_name == name).unwrap();
    assert_eq!(find(&good.file_name).damaged, None);
    assert_eq!(find(&good.file_name).engagements, 3);
    let reason = find(&bad.file_name).damaged.clone().unwrap();
    assert!(reason.contains("damaged"), "{reason}");
    assert!(find("cityrights-20261101T090000.000Z-periodic.sqlite3")
        .damaged
        .is_some());

    let before = std::fs::read(&db).unwrap();
    let err = backup::restore(&db, Path::new(&bad.path)).unwrap_err();
    assert!(err.to_string().contains("cannot be restored"), "{err}");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the database is untouched"
    );
    backup::restore(&db, Path::new(&good.path)).unwrap();
    assert_eq!(Store::open(&db).unwrap().engagements().unwrap().len(), 3);
}

#[test]
fn a_damaged_backup_does_not_take_the_place_of_a_sound_one_in_retention() {
    // Noon (UTC), so that an hour earlier is the same day whenever the test runs.
    let now = chrono::Utc::now()
        .date_naive()
        .and_hms_opt(12, 0, 0)
        .unwrap()
        .and_utc();
    let at = |days: i64| {
        (now - chrono::Duration::days(days)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    };
    let mk = |days: i64, hour_earlier: bool, damaged: bool| backup::BackupInfo {
        path: format!("{days}-{hour_earlier}-{damaged}"),
        file_name: String::new(),
        created_at: if hour_earlier {
            (now - chrono::Duration::days(days) - chrono::Duration::hours(1))
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        } else {
            at(days)
        },
        reason: BackupReason::Periodic,
        size_bytes: 0,
        engagements: 0,
        submissions: 0,
        words: 0,
        damaged: damaged.then(|| "the file is damaged".to_string()),
        unavailable: None,
        why: None,
    };
    // Three days ago: a damaged backup, and an hour before it a sound one.
    let all = vec![mk(3, false, true), mk(3, true, false)];
    let pruned = backup::to_prune(&all, now);
    assert_eq!(pruned, vec!["3-false-true".to_string()]);
}

#[test]
fn every_backup_is_also_written_to_the_second_folder_with_the_same_check() {
    let dir = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let (db, s) = demo(dir.path());
    let none = s.backup_with_second_copy(BackupReason::Manual).unwrap();
    assert!(none.second_copy.is_none(), "no second folder chosen yet");

    cityrights::settings::set_second_folder(&db, Some(usb.path().to_str().unwrap())).unwrap();
    let out = s.backup_with_second_copy(BackupReason::Periodic).unwrap();
    let copy = out.second_copy.unwrap();
    assert_eq!(copy.problem, None);
    let written = copy.written.unwrap();
    assert!(Path::new(&written.path).starts_with(usb.path()));
    assert_eq!(
        (written.engagements, written.submissions, written.words),
        (
            out.backup.engagements,
            out.backup.submissions,
            out.backup.words
        )
    );
    assert_eq!(backup::list(usb.path()).unwrap().len(), 1);
    assert_eq!(backup::list(&backup::backup_dir(&db)).unwrap().len(), 2);
    // Each backup is one file: listing (which reads and checks them) leaves nothing beside them.
    for folder in [usb.path().to_path_buf(), backup::backup_dir(&db)] {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(name.ends_with(".sqlite3"), "{name} in {}", folder.display());
        }
    }
}

#[test]
fn a_removed_usb_key_does_not_stop_the_backup_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let key = usb.path().join("KEY");
    std::fs::create_dir(&key).unwrap();
    let (db, s) = demo(dir.path());
    cityrights::settings::set_second_folder(&db, Some(key.to_str().unwrap())).unwrap();
    std::fs::remove_dir(&key).unwrap();

    let out = s.backup_with_second_copy(BackupReason::Manual).unwrap();
    assert!(
        Path::new(&out.backup.path).exists(),
        "the main backup is made"
    );
    let copy = out.second_copy.unwrap();
    assert!(copy.written.is_none());
    assert!(
        copy.problem
            .as_deref()
            .unwrap()
            .contains("cannot be reached"),
        "{copy:?}"
    );
    assert!(
        !key.exists(),
        "the missing folder is not created on this disk"
    );
}

#[test]
fn the_cli_backs_up_into_the_second_folder_and_says_when_it_cannot_and_marks_damaged_backups() {
    let dir = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let (db, s) = demo(dir.path());
    drop(s);
    cityrights::settings::set_second_folder(&db, Some(usb.path().to_str().unwrap())).unwrap();
    let cli = || {
        let mut c = assert_cmd::Command::cargo_bin("cityrights").unwrap();
        c.arg("--db").arg(&db).env_remove("CITYRIGHTS_DB");
        c
    };
    let ok = cli().args(["backup", "create"]).assert().success();
    let err = String::from_utf8_lossy(&ok.get_output().stderr).into_owned();
    assert!(err.contains("note: a copy is in"), "{err}");
    assert_eq!(backup::list(usb.path()).unwrap().len(), 1);

    let gone = usb.path().join("unplugged");
    cityrights::settings::save(
        &db,
        &cityrights::settings::LocalSettings {
            second_backup_folder: Some(gone.display().to_string()),
            ..Default::default()
        },
    )
    .unwrap();
    let ok = cli().args(["backup", "create"]).assert().success();
    let err = String::from_utf8_lossy(&ok.get_output().stderr).into_owned();
    assert!(
        err.contains("note: the second copy was not written:") && err.contains("cannot be reached"),
        "{err}"
    );
    assert_eq!(backup::list(&backup::backup_dir(&db)).unwrap().len(), 2);

    let first = &backup::list(&backup::backup_dir(&db)).unwrap()[0];
    damage(&first.path);
    let out = cli().args(["backup", "list"]).assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("DAMAGED, cannot be restored"), "{text}");
}

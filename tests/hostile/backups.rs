//! Hostile backups: see tests/hostile.rs. Each case is built in its test: a database of a newer
//! version or a damaged one replaced by a restore, two databases sharing folders, a backup held
//! by another program, a planted file with an endless view, and links to a locked database.

use cityrights::backup::{self, BackupReason};
use cityrights::safety::WriterLock;
use cityrights::session::Session;
use cityrights::Store;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn demo(db: &Path) -> Store {
    let mut s = Store::open(db).unwrap();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    s
}

fn id_of(db: &Path) -> String {
    backup::database_identity(db).unwrap().id
}

/// A copy of `file` under the name of a backup of `id` made `days_ago` (plus `hours` earlier).
fn renamed(file: &Path, id: &str, days_ago: i64, hours: i64, reason: &str) -> PathBuf {
    // From noon (UTC, the day retention counts in) so that `hours` earlier is still the same
    // day whatever the time the test runs: from `now`, a run just after midnight put the two
    // backups of "one day" on two days, and nothing was pruned.
    let noon = chrono::Utc::now()
        .date_naive()
        .and_hms_opt(12, 0, 0)
        .unwrap()
        .and_utc();
    let t = noon - chrono::Duration::days(days_ago) - chrono::Duration::hours(hours);
    let name = format!(
        "cityrights-{id}-{}-{reason}.sqlite3",
        t.format("%Y%m%dT%H%M%S%.3fZ")
    );
    let target = file.parent().unwrap().join(name);
    std::fs::rename(file, &target).unwrap();
    target
}

/// A restore over `db` (whose bytes are `before`) leaves a byte copy of it, listed, that
/// retention never deletes, even when its name says it is a year old.
fn the_copy_is_kept(db: &Path, before: &[u8]) {
    let listed = backup::list_of(db).unwrap();
    let copy = listed
        .iter()
        .find(|b| b.reason == BackupReason::BeforeRestore)
        .expect("the replaced database is listed");
    assert_eq!(std::fs::read(&copy.path).unwrap(), before, "a byte copy");
    let old = renamed(Path::new(&copy.path), &id_of(db), 400, 0, "before-restore");
    backup::prune_in(db, &backup::backup_dir(db)).unwrap();
    backup::apply_retention(db).unwrap();
    assert!(old.exists(), "never pruned");
    assert!(backup::list_of(db)
        .unwrap()
        .iter()
        .any(|b| Path::new(&b.path) == old));
}

#[test]
fn a_restore_over_a_newer_database_keeps_a_byte_copy_that_is_never_pruned() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let good = demo(&db).backup(BackupReason::Manual).unwrap();
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(&format!(
            "PRAGMA user_version = {};",
            cityrights::store::SCHEMA_VERSION + 1
        ))
        .unwrap();
    }
    assert_eq!(Store::open(&db).unwrap_err().kind(), "newer_database");
    let before = std::fs::read(&db).unwrap();
    backup::restore(&db, Path::new(&good.path)).unwrap();
    assert_eq!(Store::open(&db).unwrap().engagements().unwrap().len(), 3);
    the_copy_is_kept(&db, &before);
}

#[test]
fn a_restore_over_a_damaged_file_keeps_a_byte_copy_that_is_never_pruned() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let good = demo(&db).backup(BackupReason::Manual).unwrap();
    // Overwritten by something else: not a database any more.
    std::fs::write(&db, vec![0x5Au8; 64 * 1024]).unwrap();
    let before = std::fs::read(&db).unwrap();
    assert!(
        backup::list_of(&db)
            .unwrap()
            .iter()
            .any(|b| b.file_name == good.file_name),
        "its backups are still found while it cannot be read"
    );
    backup::restore(&db, Path::new(&good.path)).unwrap();
    assert_eq!(Store::open(&db).unwrap().engagements().unwrap().len(), 3);
    the_copy_is_kept(&db, &before);
}

#[test]
fn two_databases_sharing_folders_see_prune_and_restore_only_their_own_backups() {
    let dir = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.sqlite3");
    let b = dir.path().join("b.sqlite3");
    let sa = demo(&a);
    let sb = Store::open(&b).unwrap();
    cityrights::settings::set_second_folder(&a, Some(usb.path().to_str().unwrap())).unwrap();
    cityrights::settings::set_second_folder(&b, Some(usb.path().to_str().unwrap())).unwrap();
    let a1 = sa.backup_with_second_copy(BackupReason::Manual).unwrap();
    sa.backup_with_second_copy(BackupReason::Manual).unwrap();
    let b1 = sb.backup_with_second_copy(BackupReason::Manual).unwrap();
    assert_ne!(id_of(&a), id_of(&b));

    for (db, n) in [(&a, 2), (&b, 1)] {
        let own = backup::list_of(db).unwrap();
        assert_eq!(own.len(), n, "{}", db.display());
        let second = backup::list_in(db, usb.path()).unwrap();
        assert_eq!(second.len(), n, "{}", db.display());
        let id = id_of(db);
        assert!(own.iter().chain(&second).all(|x| x.file_name.contains(&id)));
    }

    // Two of b's backups of one day a month ago, in both folders: b's retention deletes the
    // older; a's retention touches neither.
    let mut olds = Vec::new();
    for folder in [backup::backup_dir(&b), usb.path().to_path_buf()] {
        for hours in [0, 2] {
            let fresh = sb.backup_into(&folder, BackupReason::Periodic).unwrap();
            olds.push(renamed(
                Path::new(&fresh.path),
                &id_of(&b),
                30,
                hours,
                "periodic",
            ));
        }
    }
    backup::apply_retention(&a).unwrap();
    assert!(olds.iter().all(|p| p.exists()), "a prunes none of b's");
    backup::apply_retention(&b).unwrap();
    assert!(olds[0].exists() && !olds[1].exists());
    assert!(olds[2].exists() && !olds[3].exists());
    assert_eq!(backup::list_of(&a).unwrap().len(), 2);

    // a cannot restore b's backup, from either folder.
    drop(sa);
    let before = std::fs::read(&a).unwrap();
    for other in [
        b1.backup.path.clone(),
        b1.second_copy.unwrap().written.unwrap().path,
    ] {
        let err = backup::restore(&a, Path::new(&other)).unwrap_err();
        assert!(err.to_string().contains("another database"), "{err}");
    }
    assert_eq!(std::fs::read(&a).unwrap(), before);
    backup::restore(&a, Path::new(&a1.backup.path)).unwrap();
    assert_eq!(backup::database_identity(&a).unwrap().id, id_of(&a));
}

#[test]
fn a_backup_held_by_another_program_is_reported_not_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let s = demo(&db);
    let id = id_of(&db);
    // Two backups of one day a month ago: the older would be pruned.
    let older = renamed(
        Path::new(&s.backup(BackupReason::Periodic).unwrap().path),
        &id,
        30,
        2,
        "periodic",
    );
    renamed(
        Path::new(&s.backup(BackupReason::Periodic).unwrap().path),
        &id,
        30,
        0,
        "periodic",
    );
    // Another program holds the older one with an exclusive lock.
    let holder = rusqlite::Connection::open(&older).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE;").unwrap();

    let listed = backup::list_of(&db).unwrap();
    let held = listed.iter().find(|b| Path::new(&b.path) == older).unwrap();
    assert_eq!(held.damaged, None, "not judged damaged");
    assert!(held.unavailable.is_some());
    let pruned = backup::prune_in(&db, &backup::backup_dir(&db)).unwrap();
    assert!(older.exists(), "not deleted while it cannot be checked");
    assert_eq!(pruned.deleted, 0);
    assert_eq!(pruned.left.len(), 1, "{pruned:?}");
    drop(s);
    let err = backup::restore(&db, &older).unwrap_err();
    assert!(err.to_string().contains("cannot be restored now"), "{err}");

    holder.execute_batch("ROLLBACK;").unwrap();
    drop(holder);
    let pruned = backup::prune_in(&db, &backup::backup_dir(&db)).unwrap();
    assert_eq!(pruned.deleted, 1, "{pruned:?}");
    assert!(!older.exists(), "pruned once it could be read");
}

#[test]
fn a_planted_file_with_an_endless_view_neither_stalls_nor_displaces_good_backups() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let s = demo(&db);
    let id = id_of(&db);
    let good = renamed(
        Path::new(&s.backup(BackupReason::Periodic).unwrap().path),
        &id,
        30,
        2,
        "periodic",
    );
    // A file named as the newest backup of that day, with this database's identity and
    // application id, and views that never end where the counts would look.
    let planted = backup::backup_dir(&db).join("planted.tmp");
    {
        let conn = rusqlite::Connection::open(&planted).unwrap();
        conn.execute_batch(&format!(
            "PRAGMA application_id = {};
             CREATE TABLE database_identity (only INTEGER PRIMARY KEY, id TEXT, created_at TEXT);
             INSERT INTO database_identity VALUES (1, '{id}', '2020-01-01T00:00:00Z');
             CREATE VIEW forever AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r)
                 SELECT x AS deleted_at, '' AS content_json FROM r;
             CREATE VIEW engagement AS SELECT * FROM forever;
             CREATE VIEW submission AS SELECT * FROM forever;
             CREATE VIEW section AS SELECT * FROM forever;",
            cityrights::store::APPLICATION_ID
        ))
        .unwrap();
    }
    let planted = renamed(&planted, &id, 30, 0, "periodic");
    let kept_planted = backup::backup_dir(&db).join("planted2.tmp");
    std::fs::copy(&planted, &kept_planted).unwrap();
    let kept_planted = renamed(&kept_planted, &id, 29, 0, "before-import");

    let start = Instant::now();
    let listed = backup::list_of(&db).unwrap();
    assert!(
        start.elapsed() < backup::CHECK_TIME_LIMIT,
        "{:?}",
        start.elapsed()
    );
    let find = |p: &Path| listed.iter().find(|b| Path::new(&b.path) == p).unwrap();
    assert!(find(&planted).damaged.is_some());
    assert_eq!(find(&good).damaged, None);
    assert_eq!(find(&good).engagements, 3);
    assert_eq!(
        find(&kept_planted).engagements,
        0,
        "views are never counted"
    );

    let start = Instant::now();
    backup::prune_in(&db, &backup::backup_dir(&db)).unwrap();
    assert!(
        start.elapsed() < backup::CHECK_TIME_LIMIT,
        "{:?}",
        start.elapsed()
    );
    assert!(
        good.exists(),
        "the planted file does not stand for the good backup's day"
    );
    assert!(kept_planted.exists());

    // A new backup checks itself once, and nothing else.
    let start = Instant::now();
    s.backup(BackupReason::Manual).unwrap();
    assert!(start.elapsed() < backup::CHECK_TIME_LIMIT);
}

#[test]
fn a_symbolic_link_or_a_hard_link_to_the_database_meets_the_same_writer_lock() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    drop(demo(&db));
    let soft = dir.path().join("soft.sqlite3");
    std::os::unix::fs::symlink(&db, &soft).unwrap();
    let other = dir.path().join("elsewhere");
    std::fs::create_dir(&other).unwrap();
    let hard = other.join("hard.sqlite3");
    std::fs::hard_link(&db, &hard).unwrap();

    let lock = WriterLock::acquire(&db).unwrap();
    for link in [&soft, &hard] {
        let err = WriterLock::acquire(link).unwrap_err();
        assert!(err.to_string().contains("CityRights is open on"), "{err}");
    }
    drop(lock);
    let lock = WriterLock::acquire(&hard).unwrap();
    assert!(WriterLock::acquire(&db).is_err());
    assert!(WriterLock::acquire(&soft).is_err());
    drop(lock);

    // The app's session: a second one through a link is refused.
    let first = Session::open(&db);
    assert!(first.status().ready);
    for link in [&soft, &hard] {
        assert!(!Session::open(link).status().ready);
    }
    drop(first);
    assert!(Session::open(&soft).status().ready);
}

#[test]
fn the_app_keeps_its_writer_lock_through_a_restore() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let good = demo(&db).backup(BackupReason::Manual).unwrap();
    let mut session = Session::open(&db);
    assert!(session.status().ready);
    session
        .replace_database(|path| {
            assert!(
                WriterLock::acquire(path).is_err(),
                "nobody else may write meanwhile"
            );
            backup::restore(path, Path::new(&good.path))
        })
        .unwrap();
    assert!(session.status().ready);
    // The lock is on the new file too.
    assert!(WriterLock::acquire(&db).is_err());
    let hard = dir.path().join("hard.sqlite3");
    std::fs::hard_link(&db, &hard).unwrap();
    assert!(WriterLock::acquire(&hard).is_err());
    drop(session);
    assert!(WriterLock::acquire(&db).is_ok());
}

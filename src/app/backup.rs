//! Backups with SQLite's online backup API, byte copies kept before a database is replaced, and
//! restoring one.
//!
//! - A **backup** (start-up, periodic, manual) is a complete, consistent copy of the database
//!   (the backup API copies pages while holding the right locks, WAL content included), written
//!   in `backups/` beside the database and checked once, with `PRAGMA integrity_check`, before
//!   it counts. Old ones are pruned ([`to_prune`]).
//! - A **kept copy** is made before a restore, a workspace import or a schema upgrade
//!   ([`keep_copy_before`]): a plain byte copy of the database file and of its `-wal`, made
//!   whether or not the file can be opened (a damaged file or one of a newer version is exactly
//!   what must not be lost), fsynced. Kept copies are never pruned: they stay until the officer
//!   deletes them by hand.
//! - Every backup and kept copy carries the **identity** of its database in its name: a random
//!   id the database keeps in its `database_identity` table (given on first opening, old
//!   databases included). Listing, pruning and restoring only ever touch the files of that one
//!   database, so two databases in one folder, or two officers sharing a second backup folder,
//!   never see, prune or restore each other's backups. See [`belongs_to`] for backups made
//!   before identities existed.
//! - Checking a file never stalls: backups are opened read-only with `trusted_schema = OFF`,
//!   views are never queried, and each file has [`CHECK_TIME_LIMIT`]; a file that cannot be
//!   read right now (locked by another program, no permission, too slow) is reported as such,
//!   never deleted and never judged damaged. Checks run without the app's lock (the shell calls
//!   [`apply_retention`] after releasing it).
//! - Restoring swaps the files so that either the old or the new database is in place at every
//!   moment — never a half-written one.

use crate::files::io;
use crate::model::language::{Arg, Said};
pub use crate::store::copy::{backup_dir, keep_copy_before, BackupReason};
use crate::store::copy::{keep_copy, new_name, parse_name, Name};
use crate::store::guarded::Guarded;
pub use crate::store::guarded::{BUSY_WAIT, CHECK_TIME_LIMIT};
pub use crate::store::identity::{database_identity, identity_file, Identity};
use crate::store::identity::{identity_in, new_id, remember_identity, write_identity};
use crate::store::Store;
use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// A backup file and what it holds.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BackupInfo {
    pub path: String,
    pub file_name: String,
    /// When it was made (RFC 3339, UTC).
    pub created_at: String,
    pub reason: BackupReason,
    pub size_bytes: u64,
    pub engagements: i64,
    pub submissions: i64,
    pub words: usize,
    /// Why this backup cannot be restored (it failed `PRAGMA integrity_check`, or it is not a
    /// readable database), in plain words; None for a sound backup. A damaged backup is listed,
    /// so that the officer sees it, but never offered for restore.
    pub damaged: Option<String>,
    /// Why this backup could not be checked right now (another program has it locked, no
    /// permission to read it, the check took longer than allowed), in plain words. It is not
    /// damaged as far as anyone knows: it is never deleted, and can be tried again later.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub unavailable: Option<String>,
    /// `damaged` or `unavailable` as the catalogue's message: they are English as the check
    /// writes them (the listing has no reader), and [`BackupInfo::in_language`] words them
    /// again for the screen or the CLI line that shows them.
    #[serde(skip)]
    #[ts(skip)]
    pub why: Option<Said>,
}

impl BackupInfo {
    /// This backup with `damaged` or `unavailable` in `language`.
    pub fn in_language(self, language: &str) -> BackupInfo {
        let words = self.why.as_ref().map(|why| why.in_language(language));
        BackupInfo {
            damaged: self.damaged.as_ref().and(words.clone()),
            unavailable: self.unavailable.as_ref().and(words),
            ..self
        }
    }
}

/// Keep every backup of the last day, the newest of each of the last 14 days and the newest of
/// each of the last 8 weeks.
pub const KEEP_DAILY: usize = 14;
pub const KEEP_WEEKLY: usize = 8;

// ---------------------------------------------------------------------------------------------
// Names (made and read in `store::copy`)

/// Whether the backup named `name` in `dir` is one of the database whose identity is
/// `identity` and whose own backup folder is `own_dir`:
/// - a name with an id: only when it is this database's id. When this database's identity
///   cannot be read at all (a damaged database with no `<database>.id`), the backups in its own
///   folder are all shown, so that the officer can still restore one;
/// - a name without an id (made before identities existed, by an earlier version): only in the
///   database's own folder, and only when made before this database got its identity (or when
///   that is unknown). Two databases that shared one folder before then cannot be told apart
///   by such files, so both see them; they are never pruned automatically (whose they are
///   cannot be proven) and stay until deleted by hand. In any other folder (a shared second
///   folder) they are never touched.
fn belongs_to(name: &Name, identity: Option<&Identity>, own_folder: bool) -> bool {
    match (&name.id, identity) {
        (Some(id), Some(me)) => *id == me.id,
        (Some(_), None) => own_folder,
        (None, Some(me)) => {
            own_folder
                && chrono::DateTime::parse_from_rfc3339(&me.created_at)
                    .map(|t| name.created_at < t)
                    .unwrap_or(true)
        }
        (None, None) => own_folder,
    }
}

fn same_folder(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// What is wrong with a file that could not be checked.
enum Problem {
    /// Proven damaged (or not a CityRights backup): may be ignored for restore.
    Damaged(Said),
    /// Not readable right now: reported, never deleted.
    Unavailable(Said),
}

/// A reason of the catalogue's `backup_problem.*` with no variable.
fn said(key: &'static str) -> Said {
    Said::new(key, vec![])
}

fn problem(e: &rusqlite::Error) -> Problem {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::NotADatabase) => Problem::Damaged(said("backup_problem.not_a_database")),
        Some(C::DatabaseCorrupt) => Problem::Damaged(said("backup_problem.damaged")),
        Some(C::OperationInterrupted) => too_slow(),
        Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => {
            Problem::Unavailable(said("backup_problem.busy"))
        }
        Some(C::CannotOpen) | Some(C::PermissionDenied) | Some(C::ReadOnly) => {
            Problem::Unavailable(said("backup_problem.cannot_open"))
        }
        // SQLite's own words for a rare failure, as it gives them.
        _ => Problem::Unavailable(Said::new(
            "backup_problem.unreadable",
            vec![("reason", e.to_string().into())],
        )),
    }
}

fn too_slow() -> Problem {
    Problem::Unavailable(Said::new(
        "backup_problem.too_slow",
        vec![("seconds", CHECK_TIME_LIMIT.as_secs().into())],
    ))
}

/// The tables the counts read, when they are tables (never views) in the file.
fn tables(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table'
          AND name IN ('engagement', 'submission', 'section')",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>("name"))?;
    rows.collect()
}

/// Checks `path` (when `verify`) and fills in what it holds. `expected` is the id its name
/// carries: a file whose own identity is another database's is not this database's backup.
fn inspect(info: &mut BackupInfo, path: &Path, expected: Option<&str>, verify: bool) {
    if let Err(p) = inspect_inner(info, path, expected, verify) {
        info.engagements = 0;
        info.submissions = 0;
        info.words = 0;
        match &p {
            Problem::Damaged(r) => info.damaged = Some(r.to_string()),
            Problem::Unavailable(r) => info.unavailable = Some(r.to_string()),
        }
        info.why = Some(match p {
            Problem::Damaged(r) | Problem::Unavailable(r) => r,
        });
    }
}

fn inspect_inner(
    info: &mut BackupInfo,
    path: &Path,
    expected: Option<&str>,
    verify: bool,
) -> std::result::Result<(), Problem> {
    let g = Guarded::open(path).map_err(|e| problem(&e))?;
    let conn = &g.conn;
    if verify {
        let check: String = conn
            .query_row("PRAGMA integrity_check(1)", [], |r| {
                r.get("integrity_check")
            })
            .map_err(|e| problem(&e))?;
        if check != "ok" {
            // SQLite's first finding, in its own words.
            return Err(Problem::Damaged(Said::new(
                "backup_problem.integrity",
                vec![("found", check.lines().next().unwrap_or_default().into())],
            )));
        }
    }
    let app_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get("application_id"))
        .map_err(|e| problem(&e))?;
    if app_id != crate::store::APPLICATION_ID {
        return Err(Problem::Damaged(said("backup_problem.not_cityrights")));
    }
    let own = identity_in(conn).map_err(|e| problem(&e))?;
    match (&own, expected) {
        (Some(own), Some(expected)) if own.id != expected => {
            return Err(Problem::Damaged(said("backup_problem.other_database")));
        }
        (None, Some(_)) if !info.reason.is_kept() => {
            // Every backup made with an identity in its name holds that identity; a file
            // without one was not made by CityRights for this database.
            return Err(Problem::Damaged(said("backup_problem.not_ours")));
        }
        _ => {}
    }
    let tables = tables(conn).map_err(|e| problem(&e))?;
    if !info.reason.is_kept() {
        // A backup this version made has CityRights' tables and no view at all; a file named
        // like one that has views (which are never queried) or lacks the tables is planted.
        let views = crate::store::count(
            conn,
            "SELECT count(*) AS n FROM sqlite_schema WHERE type = 'view'",
            [],
        )
        .map_err(|e| problem(&e))?;
        if views > 0 || tables.len() < 3 {
            return Err(Problem::Damaged(said("backup_problem.foreign_tables")));
        }
    }
    // What it holds, counted by the tables' own modules (out of the bin only). Only real
    // tables are counted: a view named like one is never queried.
    let count =
        |table: &str, n: &dyn Fn() -> rusqlite::Result<i64>| -> std::result::Result<i64, Problem> {
            if !tables.iter().any(|t| t == table) {
                return Ok(0);
            }
            n().or_else(|e| match e.sqlite_error_code() {
                // An older schema without the column: nothing to count, not a problem.
                Some(rusqlite::ErrorCode::Unknown) => Ok(0),
                _ => Err(problem(&e)),
            })
        };
    info.engagements = count("engagement", &|| {
        crate::store::engagement::count(conn, false)
    })?;
    info.submissions = count("submission", &|| crate::submission::count(conn))?;
    if tables.iter().any(|t| t == "section") {
        crate::submission::each_live_text(
            conn,
            |e| problem(&e),
            |json| {
                if g.timed_out() {
                    return Err(too_slow());
                }
                if let Ok(c) = serde_json::from_str::<crate::document::Content>(&json) {
                    info.words += c.stats().words(true);
                }
                Ok(())
            },
        )?;
    }
    if g.timed_out() {
        return Err(too_slow());
    }
    Ok(())
}

fn blank_info(path: &Path, name: &Name) -> BackupInfo {
    BackupInfo {
        path: path.display().to_string(),
        file_name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        created_at: name
            .created_at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        reason: name.reason,
        size_bytes: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
        engagements: 0,
        submissions: 0,
        words: 0,
        damaged: None,
        unavailable: None,
        why: None,
    }
}

/// Reads what a backup holds and checks it with `PRAGMA integrity_check` (opened read-only,
/// never modified, within [`CHECK_TIME_LIMIT`]). A damaged file is described, not refused: its
/// `damaged` says why; a file that cannot be read right now has `unavailable` instead. Only a
/// name that is not a backup's, or a file that does not exist, is an error.
pub fn describe(path: &Path) -> Result<BackupInfo> {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = parse_name(&file_name).ok_or_else(|| {
        Error::invalid_said(
            "backup",
            "error.not_a_backup_name",
            vec![("name", file_name.clone().into())],
        )
    })?;
    std::fs::metadata(path).map_err(io("Could not read", path))?;
    let mut info = blank_info(path, &name);
    inspect(&mut info, path, name.id.as_deref(), true);
    Ok(info)
}

// ---------------------------------------------------------------------------------------------
// Making backups

/// Copies the database behind `store` into `dir` with the online backup API, checks the copy
/// once and returns it. The name carries the database's identity, the time and the reason, so
/// that listing and pruning need no database.
pub(crate) fn backup_store(store: &Store, dir: &Path, reason: BackupReason) -> Result<BackupInfo> {
    let identity = store.database_identity()?;
    remember_identity(store.path(), &identity);
    std::fs::create_dir_all(dir).map_err(io("Could not create the backup folder", dir))?;
    let name = new_name(dir, &identity.id, reason);
    let target = dir.join(&name);
    let partial = dir.join(format!("{name}.partial"));
    if let Err(e) = snapshot(&store.conn, &partial) {
        // A full or removed drive stops the copy half-way: no half-written file stays behind.
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    std::fs::rename(&partial, &target).map_err(io("Could not finish the backup", &target))?;
    let parsed = parse_name(&name).ok_or_else(|| {
        Error::Internal(format!(
            "The backup {name} was given a name it cannot read."
        ))
    })?;
    let mut info = blank_info(&target, &parsed);
    // Checked by `snapshot` a moment ago: read what it holds, no second integrity check.
    inspect(&mut info, &target, Some(&identity.id), false);
    Ok(info)
}

/// Copies the database behind `conn` to the new file `target` with the online backup API (a
/// consistent copy even while another connection writes) and checks the copy with
/// `PRAGMA integrity_check`; a copy that fails the check is removed. Backups and workspace
/// exports are made this way.
pub(crate) fn snapshot(conn: &Connection, target: &Path) -> Result<()> {
    let mut dst = Connection::open(target).map_err(|e| Error::Unreadable {
        path: target.to_path_buf(),
        reason: crate::store::describe_sqlite_error(&e),
    })?;
    let backup = rusqlite::backup::Backup::new(conn, &mut dst)?;
    backup.run_to_completion(256, std::time::Duration::from_millis(0), None)?;
    drop(backup);
    let check: String =
        dst.query_row("PRAGMA integrity_check", [], |r| r.get("integrity_check"))?;
    if check != "ok" {
        drop(dst);
        let _ = std::fs::remove_file(target);
        return Err(Error::said(
            "damaged",
            "error.copy_failed_check",
            vec![("check", check.into())],
        ));
    }
    // The copy takes the source's write-ahead-log mode; a copy is better one self-contained
    // file: in rollback-journal mode, opening it read-only to list or check it leaves no
    // `-wal`/`-shm` files beside it. (Opening it as a database switches it back to WAL.)
    let _mode: String = dst.query_row("PRAGMA journal_mode = DELETE", [], |r| {
        r.get("journal_mode")
    })?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Listing and pruning

/// The files in `dir` named like backups, with what their names say.
fn named_files(dir: &Path) -> Result<Vec<(PathBuf, Name)>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(Error::Io {
                action: "Could not read the backup folder",
                path: dir.to_path_buf(),
                source,
            })
        }
    };
    Ok(entries
        .flatten()
        .map(|e| e.path())
        .filter_map(|p| {
            let name = p
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(parse_name)?;
            Some((p, name))
        })
        .collect())
}

fn newest_first(out: &mut [BackupInfo]) {
    out.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then(b.file_name.cmp(&a.file_name))
    });
}

/// Every backup in `dir`, of any database, newest first, each checked. For tests and
/// diagnostics: the screens and the CLI use [`list_of`] / [`list_in`], which show one
/// database's backups only.
pub fn list(dir: &Path) -> Result<Vec<BackupInfo>> {
    let mut out: Vec<BackupInfo> = named_files(dir)?
        .into_iter()
        .filter_map(|(p, _)| describe(&p).ok())
        .collect();
    newest_first(&mut out);
    Ok(out)
}

/// The backups of the database at `db_path` in its own backup folder, newest first, each
/// checked (damaged ones say why; ones that cannot be read now say so). Works when the
/// database itself cannot be opened.
pub fn list_of(db_path: &Path) -> Result<Vec<BackupInfo>> {
    list_in(db_path, &backup_dir(db_path))
}

/// The backups of the database at `db_path` in `dir` (its own folder or the second one),
/// newest first, each checked; other databases' files there are not touched ([`belongs_to`]).
pub fn list_in(db_path: &Path, dir: &Path) -> Result<Vec<BackupInfo>> {
    let identity = database_identity(db_path);
    let own = same_folder(dir, &backup_dir(db_path));
    let mut out: Vec<BackupInfo> = named_files(dir)?
        .into_iter()
        .filter(|(_, n)| belongs_to(n, identity.as_ref(), own))
        .filter_map(|(p, _)| describe(&p).ok())
        .collect();
    newest_first(&mut out);
    Ok(out)
}

/// Which backups to delete at `now`: all of the last 24 hours are kept, and the newest sound
/// one of each of the last [`KEEP_DAILY`] days and of each of the last [`KEEP_WEEKLY`] weeks.
/// Copies kept before a restore, an import or an upgrade ([`BackupReason::is_kept`]) are never
/// named, nor is a backup that could not be checked (`unavailable`).
pub fn to_prune(backups: &[BackupInfo], now: chrono::DateTime<chrono::Utc>) -> Vec<String> {
    use chrono::Datelike;
    let mut sorted: Vec<&BackupInfo> = backups.iter().collect();
    sorted.sort_by(|a, b| b.created_at.cmp(&a.created_at));
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    let mut prune = Vec::new();
    for b in sorted {
        if b.reason.is_kept() || b.unavailable.is_some() {
            continue;
        }
        let Ok(t) = chrono::DateTime::parse_from_rfc3339(&b.created_at) else {
            continue;
        };
        let t = t.with_timezone(&chrono::Utc);
        let day = t.date_naive();
        let week = (t.iso_week().year(), t.iso_week().week());
        let recent = now - t < chrono::Duration::hours(24);
        // A damaged backup cannot stand for its day or week: a sound one of the same day must
        // not be deleted because of it. It is kept only while recent, so that it can be seen.
        if b.damaged.is_some() {
            if !recent {
                prune.push(b.path.clone());
            }
            continue;
        }
        let keep_day = !days.contains(&day) && days.len() < KEEP_DAILY;
        let keep_week = !weeks.contains(&week) && weeks.len() < KEEP_WEEKLY;
        if keep_day {
            days.push(day);
        }
        if keep_week {
            weeks.push(week);
        }
        if !(recent || keep_day || keep_week) {
            prune.push(b.path.clone());
        }
    }
    prune
}

/// What pruning a folder did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Pruned {
    /// How many old backups were deleted.
    pub deleted: usize,
    /// Old backups left in place because they could not be checked now, in plain words.
    pub left: Vec<String>,
}

/// Deletes the old backups of the database at `db_path` in `dir` (its own folder or the second
/// one) that [`to_prune`] names. Only backups named with this database's identity are
/// considered (never kept copies, never files made before identities, never other databases').
///
/// Existing backups are not all re-checked: they were checked when made. Only the backups that
/// stand for a day or a week from which an older one is about to be deleted are checked (a
/// damaged one must not cause a sound one to go), and each file to delete is first opened
/// to see that it can be read now — a file that cannot be checked is never deleted.
pub fn prune_in(db_path: &Path, dir: &Path) -> Result<Pruned> {
    use chrono::Datelike;
    let Some(identity) = database_identity(db_path) else {
        return Ok(Pruned::default());
    };
    let mut infos: Vec<(BackupInfo, bool)> = named_files(dir)?
        .into_iter()
        .filter(|(_, n)| n.id.as_deref() == Some(identity.id.as_str()) && !n.reason.is_kept())
        .map(|(p, n)| (blank_info(&p, &n), false))
        .collect();
    let now = chrono::Utc::now();
    let bucket = |created_at: &str| {
        chrono::DateTime::parse_from_rfc3339(created_at)
            .ok()
            .map(|t| {
                let t = t.with_timezone(&chrono::Utc);
                (t.date_naive(), (t.iso_week().year(), t.iso_week().week()))
            })
    };
    let plan = loop {
        let list: Vec<BackupInfo> = infos.iter().map(|(i, _)| i.clone()).collect();
        let plan = to_prune(&list, now);
        let buckets: Vec<_> = plan
            .iter()
            .filter_map(|p| list.iter().find(|b| &b.path == p))
            .filter_map(|b| bucket(&b.created_at))
            .collect();
        let mut checked_any = false;
        for (info, checked) in infos.iter_mut() {
            if *checked || plan.contains(&info.path) {
                continue;
            }
            let Some((day, week)) = bucket(&info.created_at) else {
                continue;
            };
            if buckets.iter().any(|(d, w)| *d == day || *w == week) {
                let path = PathBuf::from(&info.path);
                inspect(info, &path, Some(&identity.id), true);
                *checked = true;
                checked_any = true;
            }
        }
        if !checked_any {
            break plan;
        }
    };
    let mut out = Pruned::default();
    for p in &plan {
        let path = Path::new(p);
        let Some((info, _)) = infos.iter().find(|(i, _)| &i.path == p) else {
            continue;
        };
        if info.damaged.is_none() {
            // Not checked yet: it must at least be readable now (not held by another program).
            let readable = Guarded::open(path).and_then(|g| {
                crate::store::count(&g.conn, "SELECT count(*) AS n FROM sqlite_schema", [])
                    .map(|_| ())
            });
            if let Err(e) = readable {
                if let Problem::Unavailable(reason) = problem(&e) {
                    // For the app's log (stderr), in English.
                    out.left.push(format!("{}: {reason}", info.file_name));
                    continue;
                }
            }
        }
        std::fs::remove_file(path).map_err(io("Could not delete the old backup", path))?;
        // What SQLite may have left beside an older backup when it was read.
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{p}{suffix}"));
        }
        out.deleted += 1;
    }
    Ok(out)
}

/// Applies retention to the backups of the database at `db_path`: its own folder, and the
/// second folder when one is chosen and can be reached. Needs no open database and takes no
/// lock: the app calls it after a backup, once its own lock is released.
pub fn apply_retention(db_path: &Path) -> Result<Pruned> {
    let mut out = prune_in(db_path, &backup_dir(db_path))?;
    if let Ok(settings) = crate::settings::load(db_path) {
        if let Some(folder) = settings.second_backup_folder {
            let dir = PathBuf::from(folder);
            if crate::settings::folder_problem(&dir).is_none() {
                if let Ok(more) = prune_in(db_path, &dir) {
                    out.deleted += more.deleted;
                    out.left.extend(more.left);
                }
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Backing up a Store

impl Store {
    /// Backs up this database into its backup folder and prunes that folder's old backups of
    /// this database.
    pub fn backup(&self, reason: BackupReason) -> Result<BackupInfo> {
        let dir = backup_dir(self.path());
        let info = backup_store(self, &dir, reason)?;
        prune_in(self.path(), &dir)?;
        Ok(info)
    }

    /// Backs up into another folder too (a USB key, a department share), when one is chosen,
    /// and prunes this database's old backups there (never another database's).
    pub fn backup_into(&self, dir: &Path, reason: BackupReason) -> Result<BackupInfo> {
        let info = backup_store(self, dir, reason)?;
        prune_in(self.path(), dir)?;
        Ok(info)
    }
}

/// A backup, and its copy in the second backup folder when the officer chose one.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BackupOutcome {
    /// The backup in the data folder.
    pub backup: BackupInfo,
    /// What happened to the second copy; None when no second folder is chosen.
    pub second_copy: Option<SecondCopy>,
}

/// The copy of a backup in the second folder: written and checked, or why not.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SecondCopy {
    /// The second folder (empty when the settings file could not be read).
    pub folder: String,
    /// The copy, when it was written and passed its check.
    pub written: Option<BackupInfo>,
    /// Why it could not be written, in plain words (English until
    /// [`SecondCopy::in_language`]). The backup in the data folder was made all the same.
    pub problem: Option<String>,
    /// `problem` as the catalogue's message, to write it in the reader's language.
    #[serde(skip)]
    #[ts(skip)]
    pub why: Option<Said>,
}

impl SecondCopy {
    fn failed(folder: String, why: Said) -> SecondCopy {
        SecondCopy {
            folder,
            written: None,
            problem: Some(why.to_string()),
            why: Some(why),
        }
    }

    /// This copy with its problem (and the written backup's) in `language`.
    pub fn in_language(self, language: &str) -> SecondCopy {
        SecondCopy {
            written: self.written.map(|w| w.in_language(language)),
            problem: self.why.as_ref().map(|why| why.in_language(language)),
            ..self
        }
    }
}

impl BackupOutcome {
    /// This outcome with every reason in `language` (the app words it for its interface, the
    /// CLI for its environment).
    pub fn in_language(self, language: &str) -> BackupOutcome {
        BackupOutcome {
            backup: self.backup.in_language(language),
            second_copy: self.second_copy.map(|c| c.in_language(language)),
        }
    }
}

impl Store {
    /// Backs up into the data folder and, when one is chosen in `settings.json`, into the
    /// second folder too (same check, same retention). Only the first can fail the call: a
    /// removed USB key must never stop the backup that protects the work, so the second
    /// copy's failure is reported in [`SecondCopy::problem`] instead.
    pub fn backup_with_second_copy(&self, reason: BackupReason) -> Result<BackupOutcome> {
        let out = self.back_up_now(reason)?;
        apply_retention(self.path())?;
        Ok(out)
    }

    /// Like [`Store::backup_with_second_copy`] without pruning: each new backup is checked
    /// once, nothing else is read. The app calls this while it holds its lock on the session,
    /// then [`apply_retention`] after releasing it.
    pub fn back_up_now(&self, reason: BackupReason) -> Result<BackupOutcome> {
        let backup = backup_store(self, &backup_dir(self.path()), reason)?;
        let second_copy = match crate::settings::load(self.path()) {
            Ok(settings) => settings.second_backup_folder.map(|folder| {
                let dir = PathBuf::from(&folder);
                let result = match crate::settings::folder_problem(&dir) {
                    Some(problem) => Err(problem),
                    None => backup_store(self, &dir, reason).map_err(|e| copy_problem(&folder, &e)),
                };
                match result {
                    Ok(info) => SecondCopy {
                        folder,
                        written: Some(info),
                        problem: None,
                        why: None,
                    },
                    Err(problem) => SecondCopy::failed(folder, problem),
                }
            }),
            Err(e) => Some(SecondCopy::failed(String::new(), e.as_said())),
        };
        Ok(BackupOutcome {
            backup,
            second_copy,
        })
    }
}

/// Why the second copy could not be written, in plain words.
fn copy_problem(folder: &str, e: &Error) -> Said {
    let code = match e {
        Error::Database(db) => db.sqlite_error_code(),
        _ => None,
    };
    let folder = ("folder", Arg::Path(folder.to_string()));
    match code {
        Some(rusqlite::ErrorCode::DiskFull) => {
            Said::new("backup_problem.folder_full", vec![folder])
        }
        Some(rusqlite::ErrorCode::SystemIoFailure) => {
            Said::new("backup_problem.folder_write_error", vec![folder])
        }
        _ => Said::new(
            "backup_problem.copy_failed",
            vec![folder, ("reason", e.as_said().into())],
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Restoring

/// Replaces the database at `db_path` with the backup at `backup`. The caller holds the
/// database's writer lock and has no `Store` open on it (the app keeps its lock through the
/// whole restore: `Session::replace_database`).
///
/// Only this database's backups are restored ([`belongs_to`]), and only a sound one. Before
/// anything is replaced, the current file is copied byte for byte ([`keep_copy_before`]),
/// whether or not it can be opened; that copy is kept until deleted by hand. The restored
/// database keeps this database's identity, so its backups stay listed.
pub fn restore(db_path: &Path, backup: &Path) -> Result<BackupInfo> {
    let file_name = backup
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = parse_name(&file_name).ok_or_else(|| {
        Error::invalid_said(
            "backup",
            "error.not_a_backup_name",
            vec![("name", file_name.clone().into())],
        )
    })?;
    let identity = database_identity(db_path);
    let own = backup
        .parent()
        .map(|d| same_folder(d, &backup_dir(db_path)))
        .unwrap_or(false);
    if !belongs_to(&name, identity.as_ref(), own) {
        return Err(Error::said(
            "refused",
            "error.backup_of_another",
            vec![
                ("name", file_name.into()),
                ("path", db_path.display().to_string().into()),
            ],
        ));
    }
    let chosen = describe(backup)?;
    if let Some(why) = chosen.why.clone() {
        let (kind, key) = if chosen.damaged.is_some() {
            ("damaged", "error.backup_damaged")
        } else {
            ("refused", "error.backup_unavailable")
        };
        return Err(Error::said(
            kind,
            key,
            vec![("name", chosen.file_name.into()), ("reason", why.into())],
        ));
    }
    // The identity this place keeps: the database's own, else the backup's.
    let lineage = match (identity, &name.id) {
        (Some(i), _) => i,
        (None, Some(id)) => Identity {
            id: id.clone(),
            created_at: crate::store::now_text(),
        },
        (None, None) => Identity {
            id: new_id()?,
            created_at: crate::store::now_text(),
        },
    };
    keep_copy(db_path, BackupReason::BeforeRestore, &lineage)?;
    let dir = db_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let tmp = dir.join(format!(
        ".{}.restoring",
        db_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    let tmp_wal = PathBuf::from(format!("{}-wal", tmp.display()));
    let _ = std::fs::remove_file(&tmp_wal);
    let result = (|| -> Result<()> {
        std::fs::copy(backup, &tmp).map_err(io("Could not copy the backup to", &tmp))?;
        let backup_wal = PathBuf::from(format!("{}-wal", backup.display()));
        if backup_wal.is_file() {
            // A kept copy of a database that had a write-ahead log: both files, as they were.
            std::fs::copy(&backup_wal, &tmp_wal)
                .map_err(io("Could not copy the backup to", &tmp_wal))?;
        }
        swap_in(db_path, &tmp)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(&tmp_wal);
    }
    result?;
    Ok(chosen)
}

/// Writes `identity` into the database file `path` (not open anywhere) and leaves it one
/// self-contained file: its write-ahead log, if any, emptied into it and removed.
fn stamp_identity(path: &Path, identity: &Identity) -> Result<()> {
    {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.execute_batch("PRAGMA trusted_schema = OFF;")?;
        if identity_in(&conn)?.as_ref().map(|i| &i.id) != Some(&identity.id) {
            write_identity(&conn, identity)?;
        }
        let _: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| {
            r.get("journal_mode")
        })?;
    }
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    if wal.exists() {
        return Err(Error::Internal(format!(
            "The new database {} could not be made into one file; nothing was changed.",
            path.display()
        )));
    }
    let _ = std::fs::remove_file(format!("{}-shm", path.display()));
    Ok(())
}

/// Puts the checked database file `replacement` (in the same folder) in place of `db_path` by a
/// rename, so that either the old or the new database is there at every moment. The
/// replacement is first given the identity of the database it replaces (when that is known),
/// so that this place's backups stay listed. The caller has kept a copy of the current
/// database ([`keep_copy_before`], or `backup_before_replacing` with its WAL emptied).
pub(crate) fn swap_in(db_path: &Path, replacement: &Path) -> Result<()> {
    let dir = db_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    if let Some(identity) = database_identity(db_path) {
        stamp_identity(replacement, &identity)?;
        remember_identity(db_path, &identity);
    }
    std::fs::File::open(replacement)
        .and_then(|f| f.sync_all())
        .map_err(io("Could not write", replacement))?;
    // The old database's WAL and shared-memory files must not be applied to the restored one.
    for suffix in ["-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", db_path.display()));
        if p.exists() {
            std::fs::remove_file(&p).map_err(io("Could not remove", &p))?;
        }
    }
    std::fs::rename(replacement, db_path)
        .map_err(io("Could not put the new database in place of", db_path))?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(created_at: &str) -> BackupInfo {
        BackupInfo {
            path: created_at.to_string(),
            file_name: String::new(),
            created_at: created_at.to_string(),
            reason: BackupReason::Periodic,
            size_bytes: 0,
            engagements: 0,
            submissions: 0,
            words: 0,
            damaged: None,
            unavailable: None,
            why: None,
        }
    }

    #[test]
    fn kept_copies_and_unreadable_backups_are_never_pruned() {
        let now = chrono::Utc::now();
        let old =
            (now - chrono::Duration::days(400)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let mut kept = info(&old);
        kept.path = "kept".into();
        kept.reason = BackupReason::BeforeRestore;
        kept.damaged = Some("the file is damaged".into());
        let mut busy = info(&old);
        busy.path = "busy".into();
        busy.unavailable = Some("another program is using the file right now".into());
        let mut plain = info(&old);
        plain.path = "plain".into();
        plain.damaged = Some("the file is damaged".into());
        assert_eq!(
            to_prune(&[kept, busy, plain], now),
            vec!["plain".to_string()]
        );
    }

    #[test]
    fn retention_keeps_the_last_day_14_dailies_and_8_weeklies() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-27T12:00:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        let mut all = Vec::new();
        // Four backups a day for 120 days.
        for d in 0..120 {
            for h in [1, 7, 13, 19] {
                let t = now - chrono::Duration::days(d) - chrono::Duration::hours(h);
                all.push(info(&t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)));
            }
        }
        let pruned = to_prune(&all, now);
        let kept: Vec<&BackupInfo> = all.iter().filter(|b| !pruned.contains(&b.path)).collect();
        let last_day = kept
            .iter()
            .filter(|b| b.created_at.as_str() > "2026-11-26T12:00:00Z")
            .count();
        assert_eq!(last_day, 4, "everything of the last 24 hours");
        let days: std::collections::BTreeSet<&str> =
            kept.iter().map(|b| &b.created_at[..10]).collect();
        assert!(
            days.len() >= KEEP_DAILY && days.len() <= KEEP_DAILY + KEEP_WEEKLY,
            "{}",
            days.len()
        );
        let oldest = kept.iter().map(|b| b.created_at.as_str()).min().unwrap();
        // Eight distinct ISO weeks, this one included: back to the week of 5 October.
        assert!(oldest.starts_with("2026-10-11"), "{oldest}");
    }
}

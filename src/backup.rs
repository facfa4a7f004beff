//! Backups with SQLite's online backup API, and restoring one.
//!
//! A backup is a complete, consistent copy of the database (the backup API copies pages while
//! holding the right locks, WAL content included), written next to the database in `backups/`
//! and checked with `PRAGMA integrity_check` before it counts. Restoring first backs up the
//! current database, then swaps the files so that either the old or the new database is in
//! place at every moment — never a half-written one.

use crate::store::Store;
use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// Why a backup was made (part of its file name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BackupReason {
    Startup,
    Periodic,
    Manual,
    BeforeMigration,
    BeforeRestore,
    /// The database a workspace import replaced.
    BeforeImport,
}

impl BackupReason {
    fn as_str(self) -> &'static str {
        match self {
            BackupReason::Startup => "startup",
            BackupReason::Periodic => "periodic",
            BackupReason::Manual => "manual",
            BackupReason::BeforeMigration => "before-migration",
            BackupReason::BeforeRestore => "before-restore",
            BackupReason::BeforeImport => "before-import",
        }
    }
    fn parse(s: &str) -> Option<Self> {
        [
            Self::Startup,
            Self::Periodic,
            Self::Manual,
            Self::BeforeMigration,
            Self::BeforeRestore,
            Self::BeforeImport,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}

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
}

/// Keep every backup of the last day, the newest of each of the last 14 days and the newest of
/// each of the last 8 weeks.
pub const KEEP_DAILY: usize = 14;
pub const KEEP_WEEKLY: usize = 8;

const PREFIX: &str = "cityrights-";
const SUFFIX: &str = ".sqlite3";

/// The backup folder of a database: `backups/` beside it.
pub fn backup_dir(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join("backups")
}

pub(crate) fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> Error {
    let path = path.to_path_buf();
    move |source| Error::Io {
        action,
        path,
        source,
    }
}

/// Copies the database behind `conn` into `dir` with the online backup API, checks the copy and
/// returns it. The name carries the time and the reason, so that listing needs no database.
pub(crate) fn backup_connection(
    conn: &Connection,
    dir: &Path,
    reason: BackupReason,
) -> Result<BackupInfo> {
    std::fs::create_dir_all(dir).map_err(io("Could not create the backup folder", dir))?;
    let now = chrono::Utc::now();
    let mut name = format!(
        "{PREFIX}{}-{}{SUFFIX}",
        now.format("%Y%m%dT%H%M%S%.3fZ"),
        reason.as_str()
    );
    let mut n = 1;
    while dir.join(&name).exists() {
        n += 1;
        name = format!(
            "{PREFIX}{}-{}-{n}{SUFFIX}",
            now.format("%Y%m%dT%H%M%S%.3fZ"),
            reason.as_str()
        );
    }
    let target = dir.join(&name);
    let partial = dir.join(format!("{name}.partial"));
    if let Err(e) = snapshot(conn, &partial) {
        // A full or removed drive stops the copy half-way: no half-written file stays behind.
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    std::fs::rename(&partial, &target).map_err(io("Could not finish the backup", &target))?;
    describe(&target)
}

/// Copies the database behind `conn` to the new file `target` with the online backup API (a
/// consistent copy even while another connection writes) and checks the copy with
/// `PRAGMA integrity_check`; a copy that fails the check is removed. Backups and workspace
/// exports are made this way.
pub(crate) fn snapshot(conn: &Connection, target: &Path) -> Result<()> {
    let mut dst = Connection::open(target).map_err(|e| Error::Unreadable {
        path: target.to_path_buf(),
        reason: e.to_string(),
    })?;
    let backup = rusqlite::backup::Backup::new(conn, &mut dst)?;
    backup.run_to_completion(256, std::time::Duration::from_millis(0), None)?;
    drop(backup);
    let check: String = dst.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        drop(dst);
        let _ = std::fs::remove_file(target);
        return Err(Error::Conflict(format!("The copy of the database failed its check ({check}) and was removed. The database itself is unchanged.")));
    }
    // The copy takes the source's write-ahead-log mode; a copy is better one self-contained
    // file: in rollback-journal mode, opening it read-only to list or check it leaves no
    // `-wal`/`-shm` files beside it. (Opening it as a database switches it back to WAL.)
    let _mode: String = dst.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    Ok(())
}

/// Reads what a backup holds and checks it with `PRAGMA integrity_check` (opened read-only;
/// never modified). A damaged file is described, not refused: its `damaged` says why, and its
/// counts are zero. Only a name that is not a backup's, or a file that cannot be read at all,
/// is an error.
pub fn describe(path: &Path) -> Result<BackupInfo> {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (created_at, reason) = parse_name(&file_name).ok_or_else(|| {
        Error::invalid(
            "backup",
            format!("{file_name} is not a CityRights backup file name."),
        )
    })?;
    let size_bytes = std::fs::metadata(path)
        .map_err(io("Could not read", path))?
        .len();
    let mut info = BackupInfo {
        path: path.display().to_string(),
        file_name,
        created_at: created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        reason,
        size_bytes,
        engagements: 0,
        submissions: 0,
        words: 0,
        damaged: None,
    };
    let conn = match Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) {
        Ok(c) => c,
        Err(e) => {
            info.damaged = Some(damage_reason(&e));
            return Ok(info);
        }
    };
    match conn.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0)) {
        Ok(check) if check == "ok" => {}
        Ok(check) => {
            info.damaged = Some(format!(
                "the file is damaged: SQLite's integrity check found problems ({})",
                check.lines().next().unwrap_or_default()
            ));
            return Ok(info);
        }
        Err(e) => {
            info.damaged = Some(damage_reason(&e));
            return Ok(info);
        }
    }
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap_or(0) };
    info.engagements = count("SELECT count(*) FROM engagement WHERE deleted_at IS NULL");
    info.submissions = count("SELECT count(*) FROM submission WHERE deleted_at IS NULL");
    if let Ok(mut stmt) = conn.prepare("SELECT content_json FROM section WHERE deleted_at IS NULL")
    {
        if let Ok(rows) = stmt.query_map([], |r| r.get::<_, String>(0)) {
            for json in rows.flatten() {
                if let Ok(c) = serde_json::from_str::<crate::document::Content>(&json) {
                    info.words += c.stats().words(true);
                }
            }
        }
    }
    Ok(info)
}

/// Why SQLite could not read a backup, in plain words.
fn damage_reason(e: &rusqlite::Error) -> String {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => {
            "the file is not a readable database (it may have been cut short or overwritten)".into()
        }
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => "the file is damaged".into(),
        _ => format!("the file cannot be read ({e})"),
    }
}

fn parse_name(name: &str) -> Option<(chrono::DateTime<chrono::Utc>, BackupReason)> {
    let core = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let (stamp, rest) = core.split_once('-')?;
    let t = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S%.3fZ")
        .ok()?
        .and_utc();
    let reason = rest
        .rsplit_once('-')
        .filter(|(_, n)| n.chars().all(|c| c.is_ascii_digit()))
        .map(|(r, _)| r)
        .unwrap_or(rest);
    Some((t, BackupReason::parse(reason)?))
}

/// The backups in `dir`, newest first, damaged ones included (with the reason). Files that are
/// not backups are ignored.
pub fn list(dir: &Path) -> Result<Vec<BackupInfo>> {
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
    let mut out: Vec<BackupInfo> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .and_then(parse_name)
                .is_some()
        })
        .filter_map(|p| describe(&p).ok())
        .collect();
    out.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then(b.file_name.cmp(&a.file_name))
    });
    Ok(out)
}

/// Which backups to delete at `now`: all of the last 24 hours are kept, and the newest sound
/// one of each of the last [`KEEP_DAILY`] days and of each of the last [`KEEP_WEEKLY`] weeks.
pub fn to_prune(backups: &[BackupInfo], now: chrono::DateTime<chrono::Utc>) -> Vec<String> {
    use chrono::Datelike;
    let mut sorted: Vec<&BackupInfo> = backups.iter().collect();
    sorted.sort_by(|a, b| b.created_at.cmp(&a.created_at));
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    let mut prune = Vec::new();
    for b in sorted {
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

/// Deletes the backups [`to_prune`] names. Returns how many were deleted.
pub fn prune(dir: &Path) -> Result<usize> {
    let paths = to_prune(&list(dir)?, chrono::Utc::now());
    for p in &paths {
        std::fs::remove_file(p).map_err(io("Could not delete the old backup", Path::new(p)))?;
        // What SQLite may have left beside an older backup when it was read.
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{p}{suffix}"));
        }
    }
    Ok(paths.len())
}

impl Store {
    /// Backs up this database into its backup folder (and prunes old backups).
    pub fn backup(&self, reason: BackupReason) -> Result<BackupInfo> {
        let dir = backup_dir(self.path());
        let info = backup_connection(&self.conn, &dir, reason)?;
        prune(&dir)?;
        Ok(info)
    }

    /// Backs up this database before another file is put in its place (a restore, a workspace
    /// import; `reason` says which), and empties its WAL into the file so that removing the WAL
    /// loses nothing.
    pub(crate) fn backup_before_replacing(&self, reason: BackupReason) -> Result<BackupInfo> {
        let info = self.backup(reason)?;
        self.conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(info)
    }

    /// Backs up into another folder too (a USB key, a department share), when one is chosen.
    pub fn backup_into(&self, dir: &Path, reason: BackupReason) -> Result<BackupInfo> {
        let info = backup_connection(&self.conn, dir, reason)?;
        prune(dir)?;
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
    /// Why it could not be written, in plain words. The backup in the data folder was made
    /// all the same.
    pub problem: Option<String>,
}

impl Store {
    /// Backs up into the data folder and, when one is chosen in `settings.json`, into the
    /// second folder too (same check, same retention). Only the first can fail the call: a
    /// removed USB key must never stop the backup that protects the work, so the second
    /// copy's failure is reported in [`SecondCopy::problem`] instead.
    pub fn backup_with_second_copy(&self, reason: BackupReason) -> Result<BackupOutcome> {
        let backup = self.backup(reason)?;
        let second_copy = match crate::settings::load(self.path()) {
            Ok(settings) => settings.second_backup_folder.map(|folder| {
                let dir = PathBuf::from(&folder);
                let result = match crate::settings::folder_problem(&dir) {
                    Some(problem) => Err(problem),
                    None => self
                        .backup_into(&dir, reason)
                        .map_err(|e| copy_problem(&folder, &e)),
                };
                match result {
                    Ok(info) => SecondCopy {
                        folder,
                        written: Some(info),
                        problem: None,
                    },
                    Err(problem) => SecondCopy {
                        folder,
                        written: None,
                        problem: Some(problem),
                    },
                }
            }),
            Err(e) => Some(SecondCopy {
                folder: String::new(),
                written: None,
                problem: Some(e.to_string()),
            }),
        };
        Ok(BackupOutcome {
            backup,
            second_copy,
        })
    }
}

/// Why the second copy could not be written, in plain words.
fn copy_problem(folder: &str, e: &Error) -> String {
    match e {
        Error::Database(db) if db.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull) => {
            format!("{folder} is full; the copy was not written")
        }
        Error::Database(db)
            if db.sqlite_error_code() == Some(rusqlite::ErrorCode::SystemIoFailure) =>
        {
            format!("{folder} reported a write error (a removed or failing drive?); the copy was not written")
        }
        other => format!("the copy could not be written to {folder}: {other}"),
    }
}

/// Replaces the database at `db_path` with the backup at `backup`. The database must not be
/// open in this process (the caller closes its `Store` first). The current database is backed
/// up first (when it can be opened), then the backup is copied beside it and renamed over it.
pub fn restore(db_path: &Path, backup: &Path) -> Result<BackupInfo> {
    let chosen = describe(backup)?;
    if let Some(reason) = &chosen.damaged {
        return Err(Error::Conflict(format!(
            "The backup {} cannot be restored: {reason}. Your database has not been changed; choose another backup.",
            chosen.file_name
        )));
    }
    if db_path.exists() {
        if let Ok(current) = Store::open(db_path) {
            current.backup_before_replacing(BackupReason::BeforeRestore)?;
        }
    }
    let dir = db_path.parent().unwrap_or_else(|| Path::new("."));
    let tmp = dir.join(format!(
        ".{}.restoring",
        db_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    std::fs::copy(backup, &tmp).map_err(io("Could not copy the backup to", &tmp))?;
    swap_in(db_path, &tmp)?;
    Ok(chosen)
}

/// Puts the checked database file `replacement` (in the same folder) in place of `db_path` by a
/// rename, so that either the old or the new database is there at every moment. The caller has
/// backed up the current database and emptied its WAL into it (`wal_checkpoint(TRUNCATE)`).
pub(crate) fn swap_in(db_path: &Path, replacement: &Path) -> Result<()> {
    let dir = db_path.parent().unwrap_or_else(|| Path::new("."));
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
        }
    }

    #[test]
    fn names_carry_time_and_reason() {
        let (t, r) =
            parse_name("cityrights-20261127T101500.123Z-before-migration.sqlite3").unwrap();
        assert_eq!(r, BackupReason::BeforeMigration);
        assert_eq!(t.to_rfc3339(), "2026-11-27T10:15:00.123+00:00");
        assert_eq!(
            parse_name("cityrights-20261127T101500.123Z-manual-2.sqlite3")
                .unwrap()
                .1,
            BackupReason::Manual
        );
        assert_eq!(
            parse_name("cityrights-20261127T101500.123Z-before-import.sqlite3")
                .unwrap()
                .1,
            BackupReason::BeforeImport
        );
        assert!(parse_name("notes.sqlite3").is_none());
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

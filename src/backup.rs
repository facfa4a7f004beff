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
}

impl BackupReason {
    fn as_str(self) -> &'static str {
        match self {
            BackupReason::Startup => "startup",
            BackupReason::Periodic => "periodic",
            BackupReason::Manual => "manual",
            BackupReason::BeforeMigration => "before-migration",
            BackupReason::BeforeRestore => "before-restore",
        }
    }
    fn parse(s: &str) -> Option<Self> {
        [
            Self::Startup,
            Self::Periodic,
            Self::Manual,
            Self::BeforeMigration,
            Self::BeforeRestore,
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

fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> Error {
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
    {
        let mut dst = Connection::open(&partial).map_err(|e| Error::Unreadable {
            path: partial.clone(),
            reason: e.to_string(),
        })?;
        let backup = rusqlite::backup::Backup::new(conn, &mut dst)?;
        backup.run_to_completion(256, std::time::Duration::from_millis(0), None)?;
        drop(backup);
        let check: String = dst.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if check != "ok" {
            drop(dst);
            let _ = std::fs::remove_file(&partial);
            return Err(Error::Conflict(format!("The backup failed its check ({check}) and was removed. The database itself is unchanged.")));
        }
    }
    std::fs::rename(&partial, &target).map_err(io("Could not finish the backup", &target))?;
    describe(&target)
}

/// Reads what a backup holds (opened read-only; never modified).
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
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| {
            Error::Unreadable {
                path: path.to_path_buf(),
                reason: e.to_string(),
            }
        })?;
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap_or(0) };
    let engagements = count("SELECT count(*) FROM engagement WHERE deleted_at IS NULL");
    let submissions = count("SELECT count(*) FROM submission WHERE deleted_at IS NULL");
    let mut words = 0;
    if let Ok(mut stmt) = conn.prepare("SELECT content_json FROM section WHERE deleted_at IS NULL")
    {
        if let Ok(rows) = stmt.query_map([], |r| r.get::<_, String>(0)) {
            for json in rows.flatten() {
                if let Ok(c) = serde_json::from_str::<crate::document::Content>(&json) {
                    words += c.stats().words(true);
                }
            }
        }
    }
    Ok(BackupInfo {
        path: path.display().to_string(),
        file_name,
        created_at: created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        reason,
        size_bytes,
        engagements,
        submissions,
        words,
    })
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

/// The backups in `dir`, newest first. Files that are not backups are ignored.
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

/// Which backups to keep at `now`: all of the last 24 hours, the newest of each of the last
/// [`KEEP_DAILY`] days and the newest of each of the last [`KEEP_WEEKLY`] weeks.
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

    /// Backs up into another folder too (a USB key, a department share), when one is chosen.
    pub fn backup_into(&self, dir: &Path, reason: BackupReason) -> Result<BackupInfo> {
        let info = backup_connection(&self.conn, dir, reason)?;
        prune(dir)?;
        Ok(info)
    }
}

/// Replaces the database at `db_path` with the backup at `backup`. The database must not be
/// open in this process (the caller closes its `Store` first). The current database is backed
/// up first (when it can be opened), then the backup is copied beside it and renamed over it.
pub fn restore(db_path: &Path, backup: &Path) -> Result<BackupInfo> {
    let chosen = describe(backup)?;
    {
        let conn =
            Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| {
                Error::Unreadable {
                    path: backup.to_path_buf(),
                    reason: e.to_string(),
                }
            })?;
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(Error::Unreadable {
                path: backup.to_path_buf(),
                reason: format!("the backup is damaged ({check})"),
            });
        }
    }
    if db_path.exists() {
        if let Ok(current) = Store::open(db_path) {
            current.backup(BackupReason::BeforeRestore)?;
            // Empty the WAL into the file so that removing it below loses nothing.
            current
                .conn
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
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
    std::fs::File::open(&tmp)
        .and_then(|f| f.sync_all())
        .map_err(io("Could not write", &tmp))?;
    // The old database's WAL and shared-memory files must not be applied to the restored one.
    for suffix in ["-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", db_path.display()));
        if p.exists() {
            std::fs::remove_file(&p).map_err(io("Could not remove", &p))?;
        }
    }
    std::fs::rename(&tmp, db_path).map_err(io("Could not put the backup in place of", db_path))?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(chosen)
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

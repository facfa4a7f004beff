//! Byte copies of the database file, made before it is replaced or upgraded, and the names
//! and folder of the backups: the store makes one before a migration, the backup service every
//! other kind.

use super::identity::{database_identity, is_id, new_id, remember_identity, Identity};
use crate::files::io;
use crate::{Error, Result};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// Why a backup was made (part of its file name).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    TS,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "kebab-case")]
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

crate::enums::words!(BackupReason);

impl BackupReason {
    /// True for the copies of a database that was about to be replaced or upgraded: they may be
    /// the only copy of it, so retention never deletes them.
    pub fn is_kept(self) -> bool {
        matches!(
            self,
            BackupReason::BeforeMigration
                | BackupReason::BeforeRestore
                | BackupReason::BeforeImport
        )
    }
}

// A backup's file name: `cityrights-<identity>-<time>-<reason>[-n].sqlite3`, made by
// [`new_name`] and read by [`parse_name`] (and nowhere else).
const PREFIX: &str = "cityrights-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%dT%H%M%S%.3fZ";
/// The backup folder of a database: `backups/` beside it.
pub fn backup_dir(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join("backups")
}

/// A new file name in `dir` for a backup of `id` made now for `reason`.
pub(crate) fn new_name(dir: &Path, id: &str, reason: BackupReason) -> String {
    let stamp = chrono::Utc::now().format(STAMP).to_string();
    let mut name = format!("{PREFIX}{id}-{stamp}-{}{SUFFIX}", reason.as_str());
    let mut n = 1;
    while dir.join(&name).exists() || dir.join(format!("{name}.partial")).exists() {
        n += 1;
        name = format!("{PREFIX}{id}-{stamp}-{}-{n}{SUFFIX}", reason.as_str());
    }
    name
}

/// What a backup's file name says: whose it is (None for a backup made before identities),
/// when it was made, and why (see [`new_name`]).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Name {
    pub(crate) id: Option<String>,
    pub(crate) created_at: chrono::DateTime<chrono::Utc>,
    pub(crate) reason: BackupReason,
}

/// Reads a backup's file name (made by [`new_name`]); None for a name that is not one.
pub(crate) fn parse_name(name: &str) -> Option<Name> {
    let core = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let (id, core) = match core.split_once('-') {
        Some((id, rest)) if is_id(id) => (Some(id.to_string()), rest),
        _ => (None, core),
    };
    let (stamp, rest) = core.split_once('-')?;
    let t = chrono::NaiveDateTime::parse_from_str(stamp, STAMP)
        .ok()?
        .and_utc();
    let reason = rest
        .rsplit_once('-')
        .filter(|(_, n)| n.chars().all(|c| c.is_ascii_digit()))
        .map(|(r, _)| r)
        .unwrap_or(rest);
    Some(Name {
        id,
        created_at: t,
        reason: BackupReason::parse(reason)?,
    })
}

/// Copies `from` to `to` byte for byte and puts it on disk (fsync).
pub(crate) fn copy_synced(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to).map_err(io("Could not copy the database to", to))?;
    std::fs::File::open(to)
        .and_then(|f| f.sync_all())
        .map_err(io("Could not write", to))?;
    Ok(())
}

/// Copies the database file at `db_path` byte for byte — and its `-wal` beside it when there is
/// one — into its backup folder before it is replaced or upgraded (`reason`: before a restore,
/// a workspace import or a migration). The copy is made whether or not the file can be opened
/// (a damaged file, or one of a newer version, is copied as it is), fsynced, and never pruned:
/// it stays until the officer deletes it. Its name carries the database's identity (read from
/// the database, else from `<database>.id`; a new one is given and remembered there when
/// neither can tell), so that it is listed with this database's backups.
///
/// The database must not be open in this process (SQLite's locks are per process: reading the
/// file through another handle and closing it would drop them). Returns None when there is no
/// file, or an empty one, to keep.
pub fn keep_copy_before(db_path: &Path, reason: BackupReason) -> Result<Option<PathBuf>> {
    let identity = match database_identity(db_path) {
        Some(i) => i,
        None => Identity {
            id: new_id()?,
            created_at: crate::store::now_text(),
        },
    };
    keep_copy(db_path, reason, &identity)
}

pub(crate) fn keep_copy(
    db_path: &Path,
    reason: BackupReason,
    identity: &Identity,
) -> Result<Option<PathBuf>> {
    match std::fs::metadata(db_path) {
        Ok(m) if m.is_file() && m.len() > 0 => {}
        Ok(m) if m.is_file() => return Ok(None),
        Ok(_) => {
            return Err(Error::said(
                "refused",
                "error.not_a_file_nothing_changed",
                vec![("path", db_path.display().to_string().into())],
            ))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io("Could not read", db_path)(e)),
    }
    remember_identity(db_path, identity);
    let dir = backup_dir(db_path);
    std::fs::create_dir_all(&dir).map_err(io("Could not create the backup folder", &dir))?;
    let name = new_name(&dir, &identity.id, reason);
    let target = dir.join(&name);
    let partial = dir.join(format!("{name}.partial"));
    let wal = PathBuf::from(format!("{}-wal", db_path.display()));
    let result = (|| -> Result<()> {
        copy_synced(db_path, &partial)?;
        if wal.is_file() {
            let wal_copy = PathBuf::from(format!("{}-wal", target.display()));
            copy_synced(&wal, &wal_copy)?;
        }
        std::fs::rename(&partial, &target).map_err(io("Could not finish the copy", &target))?;
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&partial);
        let _ = std::fs::remove_file(format!("{}-wal", target.display()));
        return Err(e);
    }
    Ok(Some(target))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_identity_time_and_reason() {
        let n = parse_name("cityrights-20261127T101500.123Z-before-migration.sqlite3").unwrap();
        assert_eq!(n.reason, BackupReason::BeforeMigration);
        assert_eq!(n.id, None);
        assert_eq!(n.created_at.to_rfc3339(), "2026-11-27T10:15:00.123+00:00");
        assert_eq!(
            parse_name("cityrights-20261127T101500.123Z-manual-2.sqlite3")
                .unwrap()
                .reason,
            BackupReason::Manual
        );
        let id = "0123456789abcdef0123456789abcdef";
        let n = parse_name(&format!(
            "cityrights-{id}-20261127T101500.123Z-before-import.sqlite3"
        ))
        .unwrap();
        assert_eq!(n.reason, BackupReason::BeforeImport);
        assert_eq!(n.id.as_deref(), Some(id));
        assert!(parse_name("notes.sqlite3").is_none());
        assert!(parse_name("cityrights-0123-20261127T101500.123Z-manual.sqlite3").is_none());
    }
}

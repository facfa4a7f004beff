//! One writer, safe places.
//!
//! SQLite's locking and write-ahead log need a local disk and one program writing at a time:
//! - [`WriterLock`]: the app holds an exclusive lock on the database while it runs; the CLI
//!   takes the same lock before any command that writes, and refuses with a plain message when
//!   the app has the database open. The lock is taken on the file itself, not on the name it
//!   was opened by: a symbolic link or a hard link to the database meets the same lock;
//! - [`unsafe_place`]: a database on a network file system (SMB/CIFS, NFS) or inside a
//!   cloud-synced folder (OneDrive, Dropbox, Google Drive, iCloud) is refused with the reason,
//!   because their locking is not what SQLite needs and sync clients copy half-written files.

use crate::model::language::Said;
use crate::{Error, Result};
use std::fs::File;
use std::path::{Path, PathBuf};

/// An exclusive lock on a database, held until dropped. Two locks, both needed:
/// - `<canonical path>.lock`, where the canonical path has every symbolic link resolved: it
///   stays the same while a restore or a workspace import renames a new file into place;
/// - an advisory `flock` on the database file itself (on Linux, independent of SQLite's own
///   POSIX locks): it belongs to the file, so a hard link (another name for the same file)
///   meets it too.
///
/// Drop it only after every connection of this process to the database is closed: closing a
/// handle on the file drops this process's SQLite locks on it (POSIX semantics).
#[derive(Debug)]
pub struct WriterLock {
    _path_lock: File,
    file_lock: Option<File>,
    path: PathBuf,
    db: PathBuf,
}

fn busy(db_path: &Path) -> Error {
    Error::said(
        "refused",
        "error.database_in_use",
        vec![("path", db_path.display().to_string().into())],
    )
}

/// `path` with every symbolic link resolved, the database file itself included; for a file
/// that does not exist yet, its folder's canonical path and its name.
fn canonical(db_path: &Path) -> Result<PathBuf> {
    if let Ok(p) = std::fs::canonicalize(db_path) {
        return Ok(p);
    }
    // A symbolic link to a file not made yet: follow it to where the file will be.
    let target = match std::fs::read_link(db_path) {
        Ok(t) if t.is_absolute() => t,
        Ok(t) => db_path.parent().unwrap_or_else(|| Path::new("")).join(t),
        Err(_) => db_path.to_path_buf(),
    };
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir).map_err(|source| Error::Io {
        action: "Could not create the folder for",
        path: db_path.to_path_buf(),
        source,
    })?;
    let dir = std::fs::canonicalize(dir).map_err(|source| Error::Io {
        action: "Could not find the folder of",
        path: db_path.to_path_buf(),
        source,
    })?;
    match target.file_name() {
        Some(name) => Ok(dir.join(name)),
        None => Err(Error::invalid_said(
            "path",
            "error.not_a_file_name",
            vec![("path", db_path.display().to_string().into())],
        )),
    }
}

impl WriterLock {
    /// Takes the lock, or says who has it. Never waits. An unsafe place is refused first
    /// ([`unsafe_place`]); a database file that does not exist yet is created empty (SQLite
    /// treats an empty file as a new database), so that the lock is on the file from the start.
    pub fn acquire(db_path: &Path) -> Result<WriterLock> {
        if let Some(reason) = unsafe_place(db_path) {
            return Err(Error::UnsafePlace {
                path: db_path.to_path_buf(),
                reason,
            });
        }
        let db = canonical(db_path)?;
        let path = PathBuf::from(format!("{}.lock", db.display()));
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| Error::Io {
                action: "Could not open the lock file",
                path: path.clone(),
                source,
            })?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Err(busy(db_path)),
            Err(std::fs::TryLockError::Error(source)) => {
                return Err(Error::Io {
                    action: "Could not lock",
                    path,
                    source,
                })
            }
        }
        let mut lock = WriterLock {
            _path_lock: file,
            file_lock: None,
            path,
            db,
        };
        lock.lock_file(db_path)?;
        Ok(lock)
    }

    /// Takes the lock on the database file itself (again, after a new file was put in place).
    fn lock_file(&mut self, shown: &Path) -> Result<()> {
        // Release the old file's lock first (the file it was on may be gone, or be another
        // database under a hard link's name now).
        self.file_lock = None;
        let file = match File::open(&self.db) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&self.db)
                .map_err(|source| Error::Io {
                    action: "Could not create",
                    path: self.db.clone(),
                    source,
                })?,
            Err(source) => {
                return Err(Error::Io {
                    action: "Could not open",
                    path: self.db.clone(),
                    source,
                })
            }
        };
        if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            // A folder is refused by the store with its own message; nothing to lock here.
            return Ok(());
        }
        if cfg!(windows) {
            // Windows' file locks are mandatory, not advisory: a lock on the database file
            // would also refuse SQLite's own reads and writes through its other handles. There
            // the `.lock` file is the writer lock; a hard link to the database under another
            // name is not caught (README "Windows and macOS").
            return Ok(());
        }
        match file.try_lock() {
            Ok(()) => {
                self.file_lock = Some(file);
                Ok(())
            }
            Err(std::fs::TryLockError::WouldBlock) => Err(busy(shown)),
            Err(std::fs::TryLockError::Error(source)) => Err(Error::Io {
                action: "Could not lock",
                path: self.db.clone(),
                source,
            }),
        }
    }

    /// Takes the lock on the file now at the database's place, after a restore or an import
    /// renamed a new file over it (the lock file is held throughout). No connection to the old
    /// file may be open in this process.
    pub fn relock(&mut self) -> Result<()> {
        let db = self.db.clone();
        self.lock_file(&db)
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The database file the lock is on, every symbolic link resolved.
    pub fn database(&self) -> &Path {
        &self.db
    }
}

/// Folder names of the usual sync clients; a database below one of them is synced by it.
const SYNCED_FOLDERS: [&str; 6] = [
    "OneDrive",
    "Dropbox",
    "Google Drive",
    "GoogleDrive",
    "iCloud Drive",
    "iCloudDrive",
];

/// Why a place is not safe for a database, or None when it is.
pub fn unsafe_place(db_path: &Path) -> Option<Said> {
    for part in db_path.components() {
        let name = part.as_os_str().to_string_lossy();
        if let Some(sync) = SYNCED_FOLDERS.iter().find(|s| {
            name == **s
                || name.starts_with(&format!("{} - ", s))
                || name.starts_with(&format!("{s} ("))
        }) {
            return Some(Said::new(
                "error.synced_folder",
                vec![
                    ("path", db_path.display().to_string().into()),
                    ("sync", (*sync).into()),
                ],
            ));
        }
    }
    network_file_system(db_path).map(|fs| {
        Said::new(
            "error.network_drive",
            vec![
                ("path", db_path.display().to_string().into()),
                ("fs", fs.into()),
            ],
        )
    })
}

/// A Windows network path (`\\server\share\…`), recognised from the path alone. A network
/// drive mapped to a letter is not: that needs a Windows system call (README "Windows and
/// macOS").
fn network_share(path: &Path) -> Option<Said> {
    use std::path::{Component, Prefix};
    match path.components().next()? {
        Component::Prefix(p) if matches!(p.kind(), Prefix::UNC(..) | Prefix::VerbatimUNC(..)) => {
            Some(Said::new("core.windows_network_share", vec![]))
        }
        _ => None,
    }
}

/// The kind of network file system the folder of `path` is on, if any (Linux: statfs).
#[cfg(target_os = "linux")]
fn network_file_system(path: &Path) -> Option<Said> {
    if let Some(share) = network_share(path) {
        return Some(share);
    }
    let mut dir = path.parent()?;
    // The file may not exist yet: ask about the nearest existing folder.
    while !dir.exists() {
        dir = dir.parent()?;
    }
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let fs = rustix::fs::statfs(dir).ok()?;
    // The file system's own name (NFS, SMB…) is the same in every language.
    network_kind(fs.f_type as i64).map(Said::as_given)
}

/// Elsewhere only a network path is recognised (macOS's statfs names the file system
/// differently; README "Windows and macOS" says what is not checked there).
#[cfg(not(target_os = "linux"))]
fn network_file_system(path: &Path) -> Option<Said> {
    network_share(path)
}

/// Names the network file systems by their statfs magic numbers (linux/magic.h).
fn network_kind(magic: i64) -> Option<&'static str> {
    match magic as u32 {
        0x6969 => Some("NFS"),
        0xFF53_4D42 => Some("SMB/CIFS"),
        0xFE53_4D42 => Some("SMB2"),
        0x517B => Some("SMB"),
        0x0102_1997 => Some("9P"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_is_refused_until_the_first_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("c.sqlite3");
        let first = WriterLock::acquire(&db).unwrap();
        let err = WriterLock::acquire(&db).unwrap_err();
        assert!(err.to_string().contains("CityRights is open on"), "{err}");
        drop(first);
        assert!(WriterLock::acquire(&db).is_ok());
    }

    #[test]
    fn synced_folders_are_not_safe() {
        for p in [
            "/home/ana/OneDrive/cityrights.sqlite3",
            "/home/ana/OneDrive - City of Exampleville/data/c.sqlite3",
            "/Users/ana/Dropbox/c.sqlite3",
            "/Users/ana/Google Drive/c.sqlite3",
        ] {
            assert!(unsafe_place(Path::new(p)).is_some(), "{p}");
        }
        assert!(unsafe_place(Path::new("/home/ana/Documents/OneDriveNotes/c.sqlite3")).is_none());
    }

    #[test]
    fn network_file_systems_are_named() {
        assert_eq!(network_kind(0x6969), Some("NFS"));
        assert_eq!(network_kind(0xFF53_4D42), Some("SMB/CIFS"));
        assert_eq!(network_kind(0xEF53), None, "ext4 is local");
    }

    #[test]
    fn a_local_temp_folder_is_safe() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(unsafe_place(&dir.path().join("c.sqlite3")), None);
    }
}

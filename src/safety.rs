//! One writer, safe places.
//!
//! SQLite's locking and write-ahead log need a local disk and one program writing at a time:
//! - [`WriterLock`]: the app holds an exclusive lock on `<database>.lock` while it runs; the
//!   CLI takes the same lock before any command that writes, and refuses with a plain message
//!   when the app has the database open;
//! - [`unsafe_place`]: a database on a network file system (SMB/CIFS, NFS) or inside a
//!   cloud-synced folder (OneDrive, Dropbox, Google Drive, iCloud) is refused with the reason,
//!   because their locking is not what SQLite needs and sync clients copy half-written files.

use crate::{Error, Result};
use std::fs::File;
use std::path::{Path, PathBuf};

/// An exclusive lock on a database, held until dropped.
#[derive(Debug)]
pub struct WriterLock {
    _file: File,
    path: PathBuf,
}

impl WriterLock {
    /// The lock file of a database.
    pub fn lock_path(db_path: &Path) -> PathBuf {
        PathBuf::from(format!("{}.lock", db_path.display()))
    }

    /// Takes the lock, or says who has it. Never waits.
    pub fn acquire(db_path: &Path) -> Result<WriterLock> {
        let path = Self::lock_path(db_path);
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                action: "Could not create the folder for",
                path: path.clone(),
                source,
            })?;
        }
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
            Ok(()) => Ok(WriterLock { _file: file, path }),
            Err(std::fs::TryLockError::WouldBlock) => Err(Error::Conflict(format!(
                "CityRights is open on {} (or another command is writing to it). Close the app, then run the command again: only one program may change a database at a time.",
                db_path.display()
            ))),
            Err(std::fs::TryLockError::Error(source)) => Err(Error::Io { action: "Could not lock", path, source }),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
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
pub fn unsafe_place(db_path: &Path) -> Option<String> {
    for part in db_path.components() {
        let name = part.as_os_str().to_string_lossy();
        if let Some(sync) = SYNCED_FOLDERS.iter().find(|s| {
            name == **s
                || name.starts_with(&format!("{} - ", s))
                || name.starts_with(&format!("{s} ("))
        }) {
            return Some(format!(
                "{} is inside a {sync} folder. Sync programs copy the database while it is being written, which can damage it. Keep the database on this computer's own disk (the default place) and let the automatic backups go to the synced folder instead.",
                db_path.display()
            ));
        }
    }
    network_file_system(db_path).map(|fs| {
        format!(
            "{} is on a network drive ({fs}). SQLite's locking and write-ahead log are not safe there: two computers could damage the file. Keep the database on this computer's own disk (the default place); a network folder is fine for the backups.",
            db_path.display()
        )
    })
}

/// The kind of network file system the folder of `path` is on, if any (Linux: statfs).
#[cfg(target_os = "linux")]
fn network_file_system(path: &Path) -> Option<&'static str> {
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
    network_kind(fs.f_type as i64)
}

#[cfg(not(target_os = "linux"))]
fn network_file_system(_path: &Path) -> Option<&'static str> {
    None
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

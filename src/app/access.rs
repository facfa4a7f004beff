//! How a command uses the database, and so whether it takes the writer lock and how the file is
//! opened: one policy for every way in. The CLI asks it for each command; the app's session is
//! a long [`Access::Write`] (see [`crate::session`]).

use crate::safety::WriterLock;
use crate::{Result, Store};
use std::path::Path;

/// What a command does with the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Works beside it and never opens it (where the file is, the backup folder's list).
    Beside,
    /// Only reads: no writer lock, so it works while the app is open, and no whole-file check
    /// (see [`Store::open_to_read`]).
    Read,
    /// Changes it: the writer lock first (refused while the app has the file open), then the
    /// file opened with its whole-file check.
    Write,
    /// Puts another file in its place (a restore, a workspace import): the writer lock, and the
    /// file is not opened here — the replacing function opens what it needs.
    Replace,
}

/// What a command holds while it runs. The store is dropped before the lock (fields drop in
/// order): closing the lock's handle on the file would drop SQLite's own locks on it.
pub struct Opened {
    pub store: Option<Store>,
    pub lock: Option<WriterLock>,
}

/// Takes what `access` needs on the database at `path`.
pub fn open(path: &Path, access: Access) -> Result<Opened> {
    let lock = match access {
        Access::Write | Access::Replace => Some(WriterLock::acquire(path)?),
        Access::Beside | Access::Read => None,
    };
    let store = match access {
        Access::Read => Some(Store::open_to_read(path)?),
        Access::Write => Some(Store::open(path)?),
        Access::Beside | Access::Replace => None,
    };
    Ok(Opened { store, lock })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writers_exclude_each_other_and_readers_need_no_lock() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("c.sqlite3");
        let first = open(&db, Access::Write).unwrap();
        assert!(first.store.is_some() && first.lock.is_some());
        assert!(open(&db, Access::Write).is_err());
        assert!(open(&db, Access::Replace).is_err());
        let reader = open(&db, Access::Read).unwrap();
        assert!(reader.store.is_some() && reader.lock.is_none());
        let beside = open(&db, Access::Beside).unwrap();
        assert!(beside.store.is_none() && beside.lock.is_none());
        drop(first);
        assert!(open(&db, Access::Replace).unwrap().store.is_none());
    }
}

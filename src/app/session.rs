//! The database a window works on, or why it could not be opened.
//!
//! The app must start even when its file is damaged, not ours, or from a newer version: it then
//! shows the file and the reason and lets the officer open another file or start a new one,
//! leaving the bad file untouched. A `Session` holds either the open store or that reason.

use crate::city::CityProfile;
use crate::{Error, ErrorPayload, Result, Store};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

pub struct Session {
    path: PathBuf,
    store: std::result::Result<Store, ErrorPayload>,
    /// The interface's language (Settings, else the system's, else English): the language of
    /// the core's messages, the native dialogs' titles and the notifications.
    language: &'static str,
    /// Held while the session is open: the CLI will not write to this database meanwhile.
    _lock: Option<crate::safety::WriterLock>,
}

/// What the UI needs to decide which screen to show first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct AppStatus {
    /// The database file in use (or that failed to open).
    pub db_path: String,
    /// True when the database is open and usable.
    pub ready: bool,
    /// Why the database could not be opened; the file was left untouched.
    pub error: Option<ErrorPayload>,
    /// True on first start: nothing recorded yet (the welcome screen).
    pub empty: bool,
    pub city: Option<CityProfile>,
    /// The user's IANA time zone, resolved by the core (TZ variable, then the system).
    pub time_zone: String,
    /// What the form for a new milestone starts with (zones by kind, reminders).
    pub new_milestone: crate::milestone::MilestoneDefaults,
    /// In a contributor workspace (a department working on a request), the request: who asked,
    /// for when, with what message. None in the officer's own workspace.
    pub contribution: Option<crate::store::contribution::Origin>,
}

/// The interface's language for the database at `path`, as a code of the six.
fn interface_language(path: &Path) -> &'static str {
    let effective = crate::settings::interface_language(path).effective;
    crate::model::language::supported(&effective).unwrap_or(crate::model::language::FALLBACK)
}

impl Session {
    /// Opens `path` and takes its writer lock; a failure is kept as the session's state, never
    /// a crash. (Unsafe places are refused before the lock file is made beside the database.)
    pub fn open(path: &Path) -> Session {
        let language = interface_language(path);
        let refuse = |e: Error| Session {
            path: path.to_path_buf(),
            store: Err(e.payload_in(language)),
            language,
            _lock: None,
        };
        if let Some(reason) = crate::safety::unsafe_place(path) {
            return refuse(Error::UnsafePlace {
                path: path.to_path_buf(),
                reason,
            });
        }
        let lock = match crate::safety::WriterLock::acquire(path) {
            Ok(l) => l,
            Err(e) => return refuse(e),
        };
        Session {
            path: path.to_path_buf(),
            store: Store::open(path).map_err(|e| e.payload_in(language)),
            language,
            _lock: Some(lock),
        }
    }

    /// The interface's language, as the session last read it.
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// Reads the interface's language again (after it is changed in Settings), so that what
    /// the core says from now on is in the new one.
    pub fn refresh_language(&mut self) {
        self.language = interface_language(&self.path);
    }

    /// Closes the database (and releases its lock).
    pub fn close(&mut self) {
        self.store = Err(Error::said("refused", "error.database_closed", vec![]).payload());
        self._lock = None;
    }

    /// Puts another file in place of the database (a restore, a workspace import: `replace`
    /// gets the database's path) while keeping its writer lock the whole time, so that no
    /// other program can open it for writing in between; then opens the database again. The
    /// store is closed before `replace` runs; whatever `replace` returns, the database at the
    /// path is opened again afterwards (the new file, or the old one when nothing changed).
    pub fn replace_database<T>(&mut self, replace: impl FnOnce(&Path) -> Result<T>) -> Result<T> {
        let mut lock = match self._lock.take() {
            Some(l) => l,
            None => crate::safety::WriterLock::acquire(&self.path)?,
        };
        // Every connection to the old file is closed before the lock's handle moves on.
        self.store = Err(Error::said("refused", "error.database_closed", vec![]).payload());
        let out = replace(&self.path);
        match lock.relock() {
            Ok(()) => {
                self.store = Store::open(&self.path).map_err(|e| e.payload_in(self.language));
                self._lock = Some(lock);
            }
            Err(e) => self.store = Err(e.payload_in(self.language)),
        }
        out
    }

    /// The database file of this session.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Opens a new database at `path`, refusing an existing file (never overwritten).
    pub fn create(path: &Path) -> Result<Session> {
        if path.exists() {
            return Err(Error::said(
                "refused",
                "error.file_exists",
                vec![("path", path.display().to_string().into())],
            ));
        }
        Ok(Session::open(path))
    }

    pub fn status(&self) -> AppStatus {
        let (ready, error, empty, city, contribution) = match &self.store {
            Ok(s) => (
                true,
                None,
                s.is_empty().unwrap_or(false),
                s.city_profile().ok().flatten(),
                s.contribution_origin().ok().flatten(),
            ),
            Err(e) => (false, Some(e.clone()), false, None, None),
        };
        AppStatus {
            db_path: self.path.display().to_string(),
            ready,
            error,
            empty,
            city,
            new_milestone: crate::milestone::MilestoneDefaults::for_user(
                &crate::calendar::user_time_zone(),
            ),
            time_zone: crate::calendar::user_time_zone(),
            contribution,
        }
    }

    /// The open store, or a plain message when there is none.
    pub fn store(&mut self) -> Result<&mut Store> {
        match &mut self.store {
            Ok(s) => {
                s.set_language(self.language);
                Ok(s)
            }
            Err(_) => Err(Error::said("refused", "error.no_database_open", vec![])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_session_on_the_same_file_is_refused_while_the_first_is_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.sqlite3");
        let first = Session::open(&path);
        assert!(first.status().ready);
        let second = Session::open(&path);
        assert!(!second.status().ready);
        assert!(second
            .status()
            .error
            .unwrap()
            .message
            .contains("CityRights is open on"));
        drop(first);
        assert!(Session::open(&path).status().ready);
    }

    #[test]
    fn a_bad_file_gives_a_session_that_explains_and_leaves_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.sqlite3");
        std::fs::write(
            &path,
            "not a database at all, but long enough to have a header",
        )
        .unwrap();
        let mut s = Session::open(&path);
        let st = s.status();
        assert!(!st.ready && !st.empty);
        assert_eq!(st.error.unwrap().kind, "unreadable_database");
        assert!(s.store().is_err());
        assert!(
            Session::create(&path).is_err(),
            "an existing file is never overwritten"
        );
        let fresh = Session::create(&dir.path().join("new.sqlite3")).unwrap();
        assert!(fresh.status().ready && fresh.status().empty);
    }
}

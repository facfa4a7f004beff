//! A read-only connection to a database file that may be hostile, with a time limit.

use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::{Duration, Instant};

/// How long checking one backup file may take (integrity check, counts, words). A sound
/// backup of a large city's database is checked in well under a second per 50 MB; a planted
/// or pathological file must not hold up listing or pruning for longer than this, so after it
/// the file is reported as "could not be checked in time" (never deleted, never restored).
pub const CHECK_TIME_LIMIT: Duration = Duration::from_secs(10);

/// How long a check waits for a backup another program holds locked (a virus scanner, a sync
/// client) before reporting it as busy right now. Short: listing waits for every such file.
pub const BUSY_WAIT: Duration = Duration::from_millis(500);

/// A read-only connection to a file that may be hostile: `trusted_schema = OFF` (functions with
/// side effects in its schema are refused), a short busy wait, and a watchdog that interrupts
/// whatever runs after [`CHECK_TIME_LIMIT`].
pub(crate) struct Guarded {
    pub(crate) conn: Connection,
    pub(crate) deadline: Instant,
    stop: Option<std::sync::mpsc::Sender<()>>,
}

impl Guarded {
    pub(crate) fn open(path: &Path) -> rusqlite::Result<Guarded> {
        Guarded::open_with(path, CHECK_TIME_LIMIT)
    }

    pub(crate) fn open_with(path: &Path, limit: Duration) -> rusqlite::Result<Guarded> {
        if !path.is_file() {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                Some("not a file".into()),
            ));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_WAIT)?;
        conn.execute_batch("PRAGMA trusted_schema = OFF;")?;
        let deadline = Instant::now() + limit;
        let handle = conn.get_interrupt_handle();
        let (stop, stopped) = std::sync::mpsc::channel::<()>();
        std::thread::spawn(move || {
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(limit) {
                handle.interrupt();
            }
        });
        Ok(Guarded {
            conn,
            deadline,
            stop: Some(stop),
        })
    }

    pub(crate) fn timed_out(&self) -> bool {
        Instant::now() >= self.deadline
    }
}

impl Drop for Guarded {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

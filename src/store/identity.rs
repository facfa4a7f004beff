//! The database's identity (the `database_identity` table, and `<database>.id` beside the
//! file): given at the first opening, carried by the names of its backups.

use super::guarded::Guarded;
use crate::store::Store;
use crate::Result;
use rusqlite::{Connection, OptionalExtension};
use std::path::{Path, PathBuf};

/// Length of a database identity: 16 random bytes as lowercase hex.
pub(crate) const ID_LEN: usize = 32;

/// Who a database is: a random id, and when it was given (backups named without an id, made
/// before that moment, may be this database's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub id: String,
    /// RFC 3339, UTC.
    pub created_at: String,
}

/// The table in which a database keeps its identity (one row). Created on first opening by
/// [`ensure_identity`]; older versions of CityRights ignore it.
pub(crate) const IDENTITY_TABLE: &str = "CREATE TABLE IF NOT EXISTS database_identity (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    id TEXT NOT NULL,
    created_at TEXT NOT NULL
)";

pub(crate) fn is_id(s: &str) -> bool {
    s.len() == ID_LEN
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

pub(crate) fn new_id() -> Result<String> {
    let conn = Connection::open_in_memory()?;
    Ok(
        conn.query_row("SELECT lower(hex(randomblob(16))) AS id", [], |r| {
            r.get("id")
        })?,
    )
}

/// The small file beside the database that remembers its identity (`<database>.id`), so that
/// its backups can still be found and restored when the database itself cannot be read.
pub fn identity_file(db_path: &Path) -> PathBuf {
    PathBuf::from(format!("{}.id", db_path.display()))
}

pub(crate) fn read_identity_file(db_path: &Path) -> Option<Identity> {
    let text = std::fs::read_to_string(identity_file(db_path)).ok()?;
    let mut parts = text.split_whitespace();
    let id = parts.next().filter(|id| is_id(id))?.to_string();
    let created_at = parts.next()?.to_string();
    chrono::DateTime::parse_from_rfc3339(&created_at).ok()?;
    Some(Identity { id, created_at })
}

/// Writes `<database>.id` when it is missing or says something else. Best effort: the identity
/// is in the database too; this file only helps when the database cannot be read.
pub(crate) fn remember_identity(db_path: &Path, identity: &Identity) {
    if read_identity_file(db_path).as_ref() == Some(identity) {
        return;
    }
    let _ = std::fs::write(
        identity_file(db_path),
        format!("{} {}\n", identity.id, identity.created_at),
    );
}

pub(crate) fn identity_in(conn: &Connection) -> rusqlite::Result<Option<Identity>> {
    // Only ever a table: a view of that name (a planted file) is not queried.
    let is_table = crate::store::count(
        conn,
        "SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = 'database_identity'",
        [],
    )? > 0;
    if !is_table {
        return Ok(None);
    }
    let row = conn
        .query_row(
            "SELECT id, created_at FROM database_identity WHERE only = 1",
            [],
            |r| Ok((r.get::<_, String>("id")?, r.get::<_, String>("created_at")?)),
        )
        .optional()?;
    Ok(row
        .filter(|(id, _)| is_id(id))
        .map(|(id, created_at)| Identity { id, created_at }))
}

/// Gives the database behind `conn` an identity when it has none (on first opening by this
/// version; an old database gets one then). When `<database>.id` names one, it is adopted:
/// the file at this place keeps the identity its backups carry. Called by [`Store::open`].
pub(crate) fn ensure_identity(conn: &Connection, db_path: &Path) -> Result<Identity> {
    if let Some(found) = identity_in(conn)? {
        remember_identity(db_path, &found);
        return Ok(found);
    }
    let identity = match read_identity_file(db_path) {
        Some(i) => i,
        None => Identity {
            id: new_id()?,
            created_at: crate::store::now_text(),
        },
    };
    write_identity(conn, &identity)?;
    remember_identity(db_path, &identity);
    Ok(identity)
}

/// True when the database behind `conn` has no identity yet (opening will write one).
pub(crate) fn needs_identity(conn: &Connection) -> bool {
    !matches!(identity_in(conn), Ok(Some(_)))
}

pub(crate) fn write_identity(conn: &Connection, identity: &Identity) -> Result<()> {
    conn.execute_batch(IDENTITY_TABLE)?;
    conn.execute(
        "INSERT OR REPLACE INTO database_identity (only, id, created_at) VALUES (1, ?1, ?2)",
        [&identity.id, &identity.created_at],
    )?;
    Ok(())
}

/// The identity of the database at `db_path`: read from the database (read-only, with the
/// same time limit as any check), else from `<database>.id`; None when neither can tell.
pub fn database_identity(db_path: &Path) -> Option<Identity> {
    let from_db = Guarded::open(db_path)
        .ok()
        .and_then(|g| identity_in(&g.conn).ok().flatten());
    from_db.or_else(|| read_identity_file(db_path))
}

impl Store {
    /// This database's identity (given when it was opened).
    pub fn database_identity(&self) -> Result<Identity> {
        match identity_in(&self.conn)? {
            Some(i) => Ok(i),
            None => ensure_identity(&self.conn, self.path()),
        }
    }
}

//! The SQLite store: opening a file safely, migrations, and the pragmas every connection needs.
//!
//! Why it is careful:
//! - a file that is not ours, is damaged, or was written by a newer CityRights is **never
//!   modified**: the checks below run before the first write (even `journal_mode = WAL` writes);
//! - all pending migrations run in one transaction, so a failed upgrade leaves the old schema;
//! - `synchronous = FULL` with WAL: when the UI says "saved", the write is on disk.

pub mod bin;
pub mod city;
pub mod consultation;
pub mod contribution;
pub(crate) mod copy;
pub mod department;
pub mod engagement;
pub(crate) mod guarded;
pub(crate) mod identity;
pub(crate) mod mechanism;
pub mod milestone;
pub mod plan;
pub mod recommendation;
pub mod revision;
pub mod safety;
pub mod search;
pub mod stakeholder;
pub mod submission;

use crate::model::language::{Arg, Said};
use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};

/// `PRAGMA application_id` of a CityRights database ("CRts"), so that we recognise our files.
pub const APPLICATION_ID: i32 = 0x4352_7473;

/// Migrations, in order; `user_version` is the number applied. Never edit a shipped one: add.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("../../assets/migrations/001_initial.sql"),
    include_str!("../../assets/migrations/002_drafting.sql"),
    include_str!("../../assets/migrations/003_calendar.sql"),
    include_str!("../../assets/migrations/004_recommendations.sql"),
    include_str!("../../assets/migrations/005_consultations.sql"),
    include_str!("../../assets/migrations/006_national_actors.sql"),
    include_str!("../../assets/migrations/007_bin_everything.sql"),
    include_str!("../../assets/migrations/008_deadlines.sql"),
    include_str!("../../assets/migrations/009_sent.sql"),
    include_str!("../../assets/migrations/010_plan.sql"),
    include_str!("../../assets/migrations/011_plan_reminders.sql"),
    include_str!("../../assets/migrations/012_contributions.sql"),
    include_str!("../../assets/migrations/013_indicator_ids.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The environment variable that overrides the default database file (app and CLI alike).
pub const DB_ENV: &str = "CITYRIGHTS_DB";

/// The database file the app and the CLI use when none is given: `$CITYRIGHTS_DB`, else
/// `cityrights/cityrights.sqlite3` in the OS's local data directory (on Linux
/// `~/.local/share/cityrights/`). Local, not roaming: on Windows the roaming `%APPDATA%` is
/// copied to a server at every sign-out in many city administrations' domains, a sync the
/// database must not be under; `%LOCALAPPDATA%` stays on the computer. (Linux and macOS have
/// one data directory, so nothing changes there.)
pub fn default_path() -> PathBuf {
    if let Some(p) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let base = dirs::data_local_dir().unwrap_or_else(|| PathBuf::from("."));
    base.join("cityrights").join("cityrights.sqlite3")
}

/// An open CityRights database.
pub struct Store {
    pub(crate) conn: Connection,
    path: PathBuf,
    /// The language the core writes its messages in for whoever uses this store (compliance
    /// checks, proposed timelines, import notices): the app sets the interface language, the
    /// CLI its environment's. English until told.
    language: &'static str,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// The language of the messages the core writes for this store's user.
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// Sets the language of the core's messages (a code or a locale such as `fr_FR.UTF-8`;
    /// English for one that is not among the six).
    pub fn set_language(&mut self, code: &str) {
        self.language =
            crate::model::language::supported(code).unwrap_or(crate::model::language::FALLBACK);
    }

    /// Opens (or creates) the database at `path`, migrating it to the current schema.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, true)
    }

    /// Opens the database to read it (the CLI's commands that change nothing: lists, search,
    /// exports). The same refusals as [`Store::open`] — an unsafe place, another program's
    /// file, a newer version, a damaged header — but the whole-file `quick_check` runs only if
    /// something is about to be written (a schema upgrade, new reference data). That check
    /// re-reads and re-tokenises every text of the full-text indexes: most of the time of a
    /// CLI export on a large database. A read that meets a damaged page still fails with
    /// SQLite's own error, and every opening that writes is checked first, as before.
    pub fn open_to_read(path: &Path) -> Result<Store> {
        Store::open_with(path, false)
    }

    fn open_with(path: &Path, always_check: bool) -> Result<Store> {
        let unreadable = |reason: Said| Error::Unreadable {
            path: path.to_path_buf(),
            reason,
        };
        if let Some(reason) = safety::unsafe_place(path) {
            return Err(Error::UnsafePlace {
                path: path.to_path_buf(),
                reason,
            });
        }
        let exists = path.exists();
        if exists {
            check_header(path)?;
        } else if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                action: "Could not create the folder for",
                path: path.to_path_buf(),
                source,
            })?;
        }
        let flags = if exists {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
        };
        let open_conn = || -> Result<Connection> {
            let conn = Connection::open_with_flags(path, flags)
                .map_err(|e| unreadable(describe_sqlite_error(&e)))?;
            conn.busy_timeout(std::time::Duration::from_secs(5))
                .map_err(|e| unreadable(describe_sqlite_error(&e)))?;
            Ok(conn)
        };
        let mut conn = open_conn()?;

        // Read-only checks first: nothing below writes until they pass.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get("user_version"))
            .map_err(|e| unreadable(describe_sqlite_error(&e)))?;
        let app_id: i32 = conn
            .query_row("PRAGMA application_id", [], |r| r.get("application_id"))
            .map_err(|e| unreadable(describe_sqlite_error(&e)))?;
        let tables = count(
            &conn,
            "SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'",
            [],
        )
        .map_err(|e| unreadable(describe_sqlite_error(&e)))?;
        if tables > 0 && app_id != APPLICATION_ID {
            return Err(unreadable(Said::new("error.db_other_program", vec![])));
        }
        if version > SCHEMA_VERSION {
            return Err(Error::NewerDatabase {
                path: path.to_path_buf(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        let quick_check = |conn: &Connection| -> Result<()> {
            let check: String = conn
                .query_row("PRAGMA quick_check(1)", [], |r| r.get("quick_check"))
                .map_err(|e| unreadable(describe_sqlite_error(&e)))?;
            if check != "ok" {
                return Err(unreadable(Said::new(
                    "error.db_damaged_check",
                    vec![("check", check.into())],
                )));
            }
            Ok(())
        };
        let checked = exists && tables > 0 && (always_check || version != SCHEMA_VERSION);
        if checked {
            quick_check(&conn)?;
        }
        if version > 0 && version < SCHEMA_VERSION {
            // A byte copy of the database as it was, before its schema changes and before the
            // first write; kept until deleted by hand. The connection is closed meanwhile:
            // reading the file through another handle must not drop its locks.
            drop(conn);
            copy::keep_copy_before(path, copy::BackupReason::BeforeMigration)?;
            conn = open_conn()?;
        }

        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get("journal_mode"))
            .map_err(|e| unreadable(describe_sqlite_error(&e)))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(unreadable(Said::new(
                "error.db_no_wal",
                vec![("mode", mode.into())],
            )));
        }
        conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;

        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            language: crate::model::language::FALLBACK,
        };
        store.migrate(version)?;
        // Its identity, which its backups carry (given once; see `identity`).
        let needs_identity = identity::needs_identity(&store.conn);
        if exists
            && tables > 0
            && !checked
            && (needs_identity || !mechanism::reference_data_current(&store))
        {
            // New reference data or the identity is about to be written: check the file first.
            quick_check(&store.conn)?;
        }
        if needs_identity {
            identity::ensure_identity(&store.conn, path)?;
        }
        mechanism::sync_reference_data(&mut store)?;
        Ok(store)
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get("user_version"))?)
    }

    /// A pragma's current value as text (used by tests and diagnostics).
    pub fn pragma(&self, name: &str) -> Result<String> {
        let allowed = [
            "journal_mode",
            "synchronous",
            "foreign_keys",
            "busy_timeout",
        ];
        if !allowed.contains(&name) {
            return Err(Error::invalid("pragma", format!("Unknown setting {name}.")));
        }
        // Each pragma answers in a column of its own name, except `busy_timeout` ("timeout").
        let column = if name == "busy_timeout" {
            "timeout"
        } else {
            name
        };
        let v: rusqlite::types::Value =
            self.conn
                .query_row(&format!("PRAGMA {name}"), [], |r| r.get(column))?;
        Ok(match v {
            rusqlite::types::Value::Integer(i) => i.to_string(),
            rusqlite::types::Value::Text(t) => t,
            other => format!("{other:?}"),
        })
    }

    /// Applies every migration after `from` in one transaction.
    fn migrate(&mut self, from: i64) -> Result<()> {
        if from >= SCHEMA_VERSION {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for sql in MIGRATIONS.iter().skip(from as usize) {
            tx.execute_batch(sql)?;
        }
        tx.execute_batch(&format!(
            "PRAGMA user_version = {SCHEMA_VERSION}; PRAGMA application_id = {APPLICATION_ID};"
        ))?;
        tx.commit()?;
        Ok(())
    }
}

/// Refuses, without opening it through SQLite, a file that is clearly not a SQLite database.
fn check_header(path: &Path) -> Result<()> {
    use std::io::Read;
    let unreadable = |reason: Said| Error::Unreadable {
        path: path.to_path_buf(),
        reason,
    };
    let cannot_read = |e: std::io::Error| {
        unreadable(Said::new(
            "error.db_cannot_read",
            vec![("reason", crate::error::io_reason(&e).into())],
        ))
    };
    let mut f = std::fs::File::open(path).map_err(cannot_read)?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(unreadable(Said::new("error.db_is_folder", vec![])));
    }
    let mut header = [0u8; 16];
    let n = f.read(&mut header).map_err(cannot_read)?;
    if n == 0 {
        return Ok(()); // an empty file: SQLite treats it as a new database
    }
    if n < 16 || &header != b"SQLite format 3\0" {
        return Err(unreadable(Said::new("error.db_not_sqlite", vec![])));
    }
    Ok(())
}

/// Why SQLite could not read a database, in plain words where they are known; SQLite's own
/// (English) words otherwise.
pub(crate) fn describe_sqlite_error(e: &rusqlite::Error) -> Said {
    let key = match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => "error.db_not_sqlite_or_encrypted",
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => "error.db_damaged",
        Some(rusqlite::ErrorCode::CannotOpen) => "error.db_cannot_open",
        Some(rusqlite::ErrorCode::ReadOnly) => "error.db_read_only",
        Some(rusqlite::ErrorCode::DatabaseBusy) => "error.db_busy",
        _ => return Said::as_given(e.to_string()),
    };
    Said::new(key, vec![])
}

/// Current time as stored in the database (RFC 3339, UTC, seconds).
pub(crate) fn now_text() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Runs `f` in an immediate transaction: all of it is written, or none of it.
impl Store {
    pub(crate) fn write<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction) -> Result<T>,
    ) -> Result<T> {
        let path = self.path.clone();
        let run = || {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let out = f(&tx)?;
            tx.commit()?;
            Ok(out)
        };
        run().map_err(|e| not_saved(&path, e))
    }
}

/// Turns a write the disk refused into [`Error::NotSaved`] with the reason in plain words;
/// other errors pass unchanged. (The transaction has been rolled back by then: dropping an
/// uncommitted `Transaction` rolls it back, and SQLite undoes a failed commit.)
fn not_saved(path: &Path, e: Error) -> Error {
    let Error::Database(db) = &e else { return e };
    let folder = path
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let reason = match db.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DiskFull) => {
            Said::new("error.not_saved_disk_full", vec![("folder", folder.into())])
        }
        Some(rusqlite::ErrorCode::ReadOnly) => Said::new(
            "error.not_saved_read_only",
            vec![("path", path.display().to_string().into())],
        ),
        Some(rusqlite::ErrorCode::SystemIoFailure) => Said::new(
            "error.not_saved_io_failure",
            vec![("folder", folder.into())],
        ),
        _ => return e,
    };
    Error::NotSaved {
        path: path.to_path_buf(),
        reason,
    }
}

/// Helper for `Option` results of single-row queries.
pub(crate) fn optional<T>(r: rusqlite::Result<T>) -> Result<Option<T>> {
    Ok(r.optional()?)
}

// ---------------------------------------------------------------------------------------------
// What the table modules share. Each table's statements live in its own module (the map in
// README.md names them; `tests/sql_owners.rs` checks); what follows only runs or completes
// them. Rows are read by column name, never by position: a column added to a SELECT cannot
// shift the others.

/// The bin's rule, written once: a row of a table with a `deleted_at` column (an engagement,
/// a submission, a section…) whose `deleted_at` is set is in the bin, and every read that
/// shows work leaves it out. A submission of a binned engagement and a section of a binned
/// submission are out of sight too: the reads that list them join their parents with
/// [`live`].
pub(crate) const LIVE: &str = "deleted_at IS NULL";

/// The other side of [`LIVE`]: in the bin (what the bin lists, restores and empties).
pub(crate) const BINNED: &str = "deleted_at IS NOT NULL";

/// [`LIVE`] for the table named `alias` in a join: `live("s")` is `s.deleted_at IS NULL`.
pub(crate) fn live(alias: &str) -> String {
    format!("{alias}.{LIVE}")
}

/// [`BINNED`] for the table named `alias` in a join.
pub(crate) fn binned(alias: &str) -> String {
    format!("{alias}.{BINNED}")
}

/// The number a `SELECT count(*) AS n …` gives (a plain `rusqlite` result, so that a caller
/// reading a file it does not trust can judge the error itself).
pub(crate) fn count(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> rusqlite::Result<i64> {
    conn.query_row(sql, params, |r| r.get("n"))
}

/// A statement's columns by name, looked up once. `row.get("name")` searches the statement's
/// column names on every call: nothing for a row of a few columns, but a page of the
/// recommendations table is 100 rows of 23 columns, read while the officer waits. A name
/// that is not a column is an error, as with `row.get`.
pub(crate) struct ByName(std::collections::HashMap<String, usize>);

impl ByName {
    /// The names of `stmt`'s columns (of a row: `row.as_ref()`), the first one of a name kept.
    pub(crate) fn of(stmt: &rusqlite::Statement) -> Self {
        let mut names = std::collections::HashMap::new();
        for (i, name) in stmt.column_names().into_iter().enumerate() {
            names.entry(name.to_ascii_lowercase()).or_insert(i);
        }
        ByName(names)
    }

    /// The value of column `name` (in lower case) in `row`.
    pub(crate) fn get<T: rusqlite::types::FromSql>(
        &self,
        row: &rusqlite::Row,
        name: &str,
    ) -> rusqlite::Result<T> {
        match self.0.get(name) {
            Some(&i) => row.get(i),
            None => Err(rusqlite::Error::InvalidColumnName(name.to_string())),
        }
    }
}

/// Something in the bin as its table's module lists it; the bin puts the lists together.
pub(crate) struct BinnedRow {
    pub(crate) id: i64,
    pub(crate) title: String,
    /// Where it was (the engagement of a submission…).
    pub(crate) context: String,
    pub(crate) deleted_at: String,
}

/// Runs a table module's `SELECT … AS id, … AS title, … AS context, … AS deleted_at` of
/// what it has in the bin.
pub(crate) fn binned_rows(conn: &Connection, select: &str) -> Result<Vec<BinnedRow>> {
    let mut stmt = conn.prepare(select)?;
    let rows = stmt.query_map([], |r| {
        Ok(BinnedRow {
            id: r.get("id")?,
            title: r.get("title")?,
            context: r.get("context")?,
            deleted_at: r.get("deleted_at")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A free-text column where people's names and contacts get typed (notes, a section's owner,
/// a department), as the personal-data service finds and rewrites one person across every
/// table. The table's own module declares the column as a const of this type, so the
/// statements stay with the table; the service only runs them.
pub(crate) struct TextColumn {
    /// `SELECT … AS id, … AS text, … FROM …`: the rows where the column is not empty, each
    /// with the variables of `label` as columns of those names.
    pub(crate) select: &'static str,
    /// Where a row is, in words: the catalogue's message ("Engagement “{ $title }”: notes"),
    /// written in the reader's language by the personal-data service.
    pub(crate) label: &'static str,
    /// The message's variables, each a column of `select`.
    pub(crate) label_args: &'static [&'static str],
    /// Sets the column of row `?1` to `?2`; `?3` is the time of the change.
    pub(crate) update: &'static str,
}

/// A column's value as a variable of a message: text as it is, a number as a number.
pub(crate) fn words_of(value: rusqlite::types::Value) -> Arg {
    use rusqlite::types::Value;
    match value {
        Value::Integer(n) => Arg::from(n),
        Value::Real(x) => Arg::Number(x),
        Value::Text(s) => Arg::Text(s),
        Value::Null | Value::Blob(_) => Arg::Text(String::new()),
    }
}

/// One row of a [`TextColumn`].
pub(crate) struct TextRow {
    pub(crate) id: i64,
    pub(crate) text: String,
    pub(crate) label: Said,
}

impl TextColumn {
    /// The rows where the column is not empty.
    pub(crate) fn rows(&self, conn: &Connection) -> Result<Vec<TextRow>> {
        let mut stmt = conn.prepare(self.select)?;
        let rows = stmt.query_map([], |r| {
            let mut args = Vec::new();
            for name in self.label_args {
                args.push((*name, words_of(r.get(*name)?)));
            }
            Ok(TextRow {
                id: r.get("id")?,
                text: r.get("text")?,
                label: Said::new(self.label, args),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Writes `text` into the column of row `id` (inside the caller's transaction).
    pub(crate) fn set(&self, tx: &Connection, id: i64, text: &str, now: &str) -> Result<()> {
        tx.execute(self.update, rusqlite::params![id, text, now])?;
        Ok(())
    }
}

/// A row's columns with their values, in one list made by the table's module
/// (`UnFields::columns` of a recommendation, `CheckedMilestone::columns` of a milestone): the
/// table's INSERT and UPDATE are both made from it, so that a column cannot be written by one
/// and forgotten by the other. Rows are read back by the same names.
pub(crate) struct Columns(Vec<(&'static str, rusqlite::types::Value)>);

impl Columns {
    pub(crate) fn new(
        columns: impl IntoIterator<Item = (&'static str, rusqlite::types::Value)>,
    ) -> Self {
        Columns(columns.into_iter().collect())
    }

    /// The list with one more column.
    pub(crate) fn and(mut self, name: &'static str, value: rusqlite::types::Value) -> Self {
        self.0.push((name, value));
        self
    }

    /// `INSERT INTO <table> (…) VALUES (…)` with these columns; returns the new row's id.
    pub(crate) fn insert(self, tx: &Connection, table: &str) -> Result<i64> {
        let (names, values): (Vec<&str>, Vec<_>) = self.0.into_iter().unzip();
        let sql = format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            names.join(", "),
            vec!["?"; names.len()].join(", ")
        );
        tx.prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(values))?;
        Ok(tx.last_insert_rowid())
    }

    /// `UPDATE <table> SET … WHERE id = <id>` with these columns; returns how many rows changed.
    pub(crate) fn update(self, tx: &Connection, table: &str, id: i64) -> Result<usize> {
        let (names, mut values): (Vec<&str>, Vec<_>) = self.0.into_iter().unzip();
        let set: Vec<String> = names.iter().map(|n| format!("{n} = ?")).collect();
        let sql = format!("UPDATE {table} SET {} WHERE id = ?", set.join(", "));
        values.push(rusqlite::types::Value::Integer(id));
        Ok(tx
            .prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(values))?)
    }
}

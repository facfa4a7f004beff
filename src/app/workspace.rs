//! The whole workspace as one file, to move to another computer or hand over to a colleague.
//!
//! A workspace file is a zip archive holding:
//! - `manifest.json`: the format and its version, the CityRights and schema versions that wrote
//!   it, when, what it holds, and every other entry's size and SHA-256;
//! - `database.sqlite3`: a consistent snapshot of the database (SQLite's online backup API, so
//!   the app may keep writing meanwhile), checked with `PRAGMA integrity_check`;
//! - `files/logo.<ext>`: the city logo, when the city profile names one that can be read.
//!
//! Importing trusts nothing in the file: the entries, their sizes (read with a cap, whatever the
//! zip claims, so a zip bomb stops at the limit) and hashes, the database's own integrity check
//! and schema version are all checked before anything on disk changes. A file from a newer
//! CityRights is refused with both versions named.
//!
//! The file's database is data, not code: it is never put in place. A new database is made from
//! the app's own migrations (up to the file's schema version), and only the app's own tables and
//! columns are copied into it, row by row, by SQL that reads the file's tables and nothing else
//! (`trusted_schema` off; its triggers, views, indexes and settings never run and are never
//! copied). Stored file paths are dropped (the logo comes only from the zip's own logo entry,
//! kept where the app keeps logos); values must be of the kind the app writes, every section's
//! text must read as the app's content tree and pass its limits; the search indexes are rebuilt
//! from the copied rows. Then the copy is upgraded by the normal open path, the current
//! database is backed up, and the copy replaces it by a rename ([`crate::backup`]), so either
//! the old or the imported database is in place at every moment.

use crate::backup::BackupInfo;
use crate::files::io;
use crate::model::language::{Arg, Said};
use crate::revision::{for_each_revision, Revisions};
use crate::store::{Store, APPLICATION_ID, SCHEMA_VERSION};
use crate::submission::{for_each_section, Sections};
use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// What `manifest.json` says the file is.
pub const FORMAT: &str = "cityrights-workspace";
/// The version of the file layout this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// Most entries in a workspace file: the manifest, the database and the logo, with room to grow.
pub const MAX_ENTRIES: usize = 16;
/// The largest manifest read. A real one is a few hundred bytes.
pub const MAX_MANIFEST_BYTES: u64 = 1024 * 1024;
/// The largest database unpacked. A city's years of work with a full UHRI import is well under
/// a few hundred megabytes.
pub const MAX_DATABASE_BYTES: u64 = 2 * 1024 * 1024 * 1024;
/// The largest logo carried: the same limit as every other read of a logo.
pub const MAX_LOGO_BYTES: u64 = crate::city::MAX_LOGO_BYTES;

const MANIFEST: &str = "manifest.json";
const DATABASE: &str = "database.sqlite3";
const LOGO_PREFIX: &str = "files/logo.";

/// The table of contents of a workspace file (`manifest.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    /// The CityRights version that wrote the file, e.g. "0.1.0".
    pub app_version: String,
    /// The schema version of the database inside.
    pub schema_version: i64,
    /// When the file was written (RFC 3339, UTC).
    pub created_at: String,
    #[serde(default)]
    pub engagements: i64,
    #[serde(default)]
    pub submissions: i64,
    pub files: Vec<ManifestFile>,
}

/// One entry of the file besides the manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestFile {
    /// The entry's name in the zip: `database.sqlite3` or `files/logo.<ext>`.
    pub name: String,
    pub bytes: u64,
    /// SHA-256 of the entry's content, lower-case hex.
    pub sha256: String,
}

/// What `workspace export` wrote.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct WorkspaceExported {
    pub path: String,
    #[ts(type = "number")]
    pub bytes: u64,
    pub app_version: String,
    #[ts(type = "number")]
    pub schema_version: i64,
    pub created_at: String,
    #[ts(type = "number")]
    pub engagements: i64,
    #[ts(type = "number")]
    pub submissions: i64,
    #[ts(type = "number")]
    pub recommendations: i64,
    /// The logo's name inside the file, when one was carried.
    pub logo: Option<String>,
    /// What the officer should know, e.g. a logo that could not be read and was left out.
    pub notices: Vec<String>,
}

/// What `workspace import` put in place.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct WorkspaceImported {
    /// The database now in use.
    pub path: String,
    /// The workspace file read.
    pub from: String,
    #[ts(type = "number")]
    pub bytes: u64,
    /// When and by which version the file was written.
    pub exported_at: String,
    pub app_version: String,
    /// The schema version of the database in the file (upgraded on import when older).
    #[ts(type = "number")]
    pub schema_version: i64,
    #[ts(type = "number")]
    pub engagements: i64,
    #[ts(type = "number")]
    pub submissions: i64,
    #[ts(type = "number")]
    pub recommendations: i64,
    /// Where the city logo was put, when the file carried one.
    pub logo_path: Option<String>,
    /// The backup of the database that was replaced (None when there was none).
    pub backup: Option<BackupInfo>,
}

/// A reason of the catalogue, for the refusals below.
fn why(key: &'static str, args: Vec<(&'static str, Arg)>) -> Said {
    Said::new(key, args)
}

/// Words of SQLite, the zip reader or the JSON parser, kept as they are inside a refusal.
fn given(e: impl std::fmt::Display) -> Arg {
    Said::as_given(e.to_string()).into()
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// What a database holds, for the summaries (after migration: every table exists):
/// engagements and submissions out of the bin, and recommendations.
fn counts(conn: &Connection) -> Result<(i64, i64, i64)> {
    Ok((
        crate::store::engagement::count(conn, false)?,
        crate::submission::count(conn)?,
        crate::recommendation::count(conn)?,
    ))
}

/// The extension a logo keeps inside the file: the original's, when it is short and plain.
fn logo_extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .filter(|e| (1..=5).contains(&e.len()) && e.chars().all(|c| c.is_ascii_alphanumeric()))
        .unwrap_or_else(|| "img".into())
}

fn is_logo_name(name: &str) -> bool {
    name.strip_prefix(LOGO_PREFIX).is_some_and(|e| {
        (1..=5).contains(&e.len())
            && e.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    })
}

/// The refusal of a file written by a newer CityRights, naming both versions. `what` is
/// `file_format` or `schema_version` (the catalogue's message words it).
fn newer(manifest: &Manifest, what: &'static str, found: i64, known: i64) -> Error {
    Error::import(
        "error.ws_newer",
        vec![
            ("app_version", manifest.app_version.clone().into()),
            ("what", what.into()),
            ("found", found.into()),
            ("this_version", env!("CARGO_PKG_VERSION").into()),
            ("known", known.into()),
        ],
    )
}

impl Store {
    /// Writes the whole workspace (the database and the city logo) to `output` as one file.
    /// The file is written beside the target and renamed into place: it appears whole or not
    /// at all. Only reads the database, so it works while the app is open.
    pub fn export_workspace(&self, output: &Path) -> Result<WorkspaceExported> {
        if output.is_dir() {
            return Err(crate::files::is_a_folder(
                output,
                "cityrights-workspace.zip",
            ));
        }
        let dir = output
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or_else(|| Path::new("."));
        if !dir.is_dir() {
            return Err(Error::said(
                "refused",
                "error.ws_no_folder",
                vec![("folder", dir.display().to_string().into())],
            ));
        }
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "workspace".into());
        let snapshot = TempFiles(dir.join(format!(".{name}.database.part")));
        snapshot.remove();
        crate::backup::snapshot(&self.conn, &snapshot.0)?;
        let (engagements, submissions, recommendations) = {
            let conn = Connection::open(&snapshot.0).map_err(|e| Error::Unreadable {
                path: snapshot.0.clone(),
                reason: crate::store::describe_sqlite_error(&e),
            })?;
            // One self-contained file in the archive: no WAL needed beside it.
            let _: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| {
                r.get("journal_mode")
            })?;
            counts(&conn)?
        };

        let mut notices = Vec::new();
        let mut logo: Option<(String, Vec<u8>)> = None;
        if let Some(p) = self.city_profile()?.and_then(|c| c.logo_path) {
            let p = PathBuf::from(p);
            match crate::city::read_logo(&p) {
                Ok(bytes) => logo = Some((format!("{LOGO_PREFIX}{}", logo_extension(&p)), bytes)),
                Err(why) => notices.push(crate::model::language::text(
                    self.language(),
                    "workspace.logo_left_out",
                    &[
                        ("path", p.display().to_string().into()),
                        ("reason", why.into()),
                    ],
                )),
            }
        }

        let created_at = crate::store::now_text();
        let mut files = Vec::new();
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        let zip_error = |e: zip::result::ZipError| {
            Error::Internal(format!(
                "The workspace file could not be put together: {e}."
            ))
        };
        {
            zip.start_file(DATABASE, options).map_err(zip_error)?;
            let mut src = std::fs::File::open(&snapshot.0)
                .map_err(io("Could not read the snapshot", &snapshot.0))?;
            let mut hasher = Sha256::new();
            let mut buf = vec![0u8; 64 * 1024];
            let mut total = 0u64;
            loop {
                let n = src
                    .read(&mut buf)
                    .map_err(io("Could not read the snapshot", &snapshot.0))?;
                if n == 0 {
                    break;
                }
                hasher.update(&buf[..n]);
                zip.write_all(&buf[..n])
                    .map_err(io("Could not write", output))?;
                total += n as u64;
            }
            files.push(ManifestFile {
                name: DATABASE.into(),
                bytes: total,
                sha256: hex(&hasher.finalize()),
            });
        }
        if let Some((name, bytes)) = &logo {
            zip.start_file(name.as_str(), options).map_err(zip_error)?;
            zip.write_all(bytes)
                .map_err(io("Could not write", output))?;
            files.push(ManifestFile {
                name: name.clone(),
                bytes: bytes.len() as u64,
                sha256: hex(&Sha256::digest(bytes)),
            });
        }
        let manifest = Manifest {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            app_version: env!("CARGO_PKG_VERSION").into(),
            schema_version: self.schema_version()?,
            created_at: created_at.clone(),
            engagements,
            submissions,
            files,
        };
        let json = serde_json::to_vec_pretty(&manifest)
            .map_err(|e| Error::Internal(format!("The manifest could not be written: {e}.")))?;
        zip.start_file(MANIFEST, options).map_err(zip_error)?;
        zip.write_all(&json)
            .map_err(io("Could not write", output))?;
        let bytes = zip.finish().map_err(zip_error)?.into_inner();
        drop(snapshot);
        crate::files::write_file(output, &bytes)?;
        Ok(WorkspaceExported {
            path: output.display().to_string(),
            bytes: bytes.len() as u64,
            app_version: manifest.app_version,
            schema_version: manifest.schema_version,
            created_at,
            engagements,
            submissions,
            recommendations,
            logo: logo.map(|(n, _)| n),
            notices,
        })
    }
}

/// A workspace zip whose manifest has been read and checked.
struct Package<R: Read + Seek> {
    zip: zip::ZipArchive<R>,
    manifest: Manifest,
}

impl<R: Read + Seek> Package<R> {
    /// Opens the zip and checks the manifest: the format, the versions, the entry names.
    fn open(reader: R) -> Result<Package<R>> {
        let not_ours = |why: Said| Error::import("error.ws_not_ours", vec![("why", why.into())]);
        let mut zip = zip::ZipArchive::new(reader)
            .map_err(|e| not_ours(why("error.pkg_zip_unreadable", vec![("what", given(e))])))?;
        if zip.len() > MAX_ENTRIES {
            return Err(not_ours(why(
                "error.ws_too_many_entries",
                vec![("n", zip.len().into()), ("max", MAX_ENTRIES.into())],
            )));
        }
        let json = {
            let entry = match zip.by_name(MANIFEST) {
                Ok(e) => e,
                Err(zip::result::ZipError::FileNotFound) => {
                    return Err(not_ours(why("error.pkg_no_manifest", vec![])))
                }
                Err(e) => {
                    return Err(not_ours(why(
                        "error.pkg_manifest_unreadable",
                        vec![("what", given(e))],
                    )))
                }
            };
            let mut buf = Vec::new();
            entry
                .take(MAX_MANIFEST_BYTES + 1)
                .read_to_end(&mut buf)
                .map_err(|e| {
                    not_ours(why(
                        "error.pkg_manifest_unreadable",
                        vec![("what", given(e))],
                    ))
                })?;
            if buf.len() as u64 > MAX_MANIFEST_BYTES {
                return Err(not_ours(why("error.pkg_manifest_too_large", vec![])));
            }
            buf
        };
        let manifest: Manifest = serde_json::from_slice(&json).map_err(|e| {
            not_ours(why(
                "error.pkg_manifest_unreadable",
                vec![("what", given(e))],
            ))
        })?;
        if manifest.format != FORMAT {
            return Err(not_ours(why(
                "error.pkg_manifest_format",
                vec![("format", manifest.format.clone().into())],
            )));
        }
        if manifest.format_version > FORMAT_VERSION {
            return Err(newer(
                &manifest,
                "file_format",
                manifest.format_version.into(),
                FORMAT_VERSION.into(),
            ));
        }
        if manifest.schema_version > SCHEMA_VERSION {
            return Err(newer(
                &manifest,
                "schema_version",
                manifest.schema_version,
                SCHEMA_VERSION,
            ));
        }
        let mut seen = Vec::new();
        for f in &manifest.files {
            let limit = if f.name == DATABASE {
                MAX_DATABASE_BYTES
            } else if is_logo_name(&f.name) {
                MAX_LOGO_BYTES
            } else {
                return Err(not_ours(why(
                    "error.ws_unexpected_entry",
                    vec![("name", f.name.clone().into())],
                )));
            };
            if seen.contains(&f.name.as_str())
                || (is_logo_name(&f.name) && seen.iter().any(|n| is_logo_name(n)))
            {
                return Err(not_ours(why(
                    "error.pkg_named_twice",
                    vec![("name", f.name.clone().into())],
                )));
            }
            seen.push(&f.name);
            if f.bytes > limit {
                return Err(not_ours(why(
                    "error.ws_entry_too_large",
                    vec![
                        ("name", f.name.clone().into()),
                        ("bytes", f.bytes.into()),
                        ("max", (limit / (1024 * 1024)).into()),
                    ],
                )));
            }
        }
        if !seen.contains(&DATABASE) {
            return Err(not_ours(why("error.ws_no_database", vec![])));
        }
        Ok(Package { zip, manifest })
    }

    /// Streams the entry `name` into `out`, checking its size and SHA-256 against the manifest
    /// as it goes (never more than the manifest's size plus one byte is read).
    fn extract(&mut self, name: &str, out: &mut impl Write) -> Result<()> {
        let damaged = |why: Said| Error::import("error.ws_damaged", vec![("why", why.into())]);
        let entry_why = |key: &'static str| why(key, vec![("name", name.into())]);
        let Some(expected) = self.manifest.files.iter().find(|f| f.name == name).cloned() else {
            return Err(damaged(entry_why("error.pkg_not_listed")));
        };
        let mut entry = self.zip.by_name(name).map_err(|e| {
            damaged(why(
                "error.pkg_entry_unreadable",
                vec![("name", name.into()), ("what", given(e))],
            ))
        })?;
        if entry.size() != expected.bytes {
            return Err(damaged(entry_why("error.ws_entry_size")));
        }
        let mut hasher = Sha256::new();
        let mut total = 0u64;
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = entry.read(&mut buf).map_err(|e| {
                damaged(why(
                    "error.pkg_entry_unreadable",
                    vec![("name", name.into()), ("what", given(e))],
                ))
            })?;
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > expected.bytes {
                return Err(damaged(entry_why("error.ws_entry_larger")));
            }
            hasher.update(&buf[..n]);
            out.write_all(&buf[..n]).map_err(|source| Error::Io {
                action: "Could not unpack",
                path: name.into(),
                source,
            })?;
        }
        if total != expected.bytes
            || !hex(&hasher.finalize()).eq_ignore_ascii_case(&expected.sha256)
        {
            return Err(damaged(entry_why("error.pkg_entry_checksum")));
        }
        Ok(())
    }

    fn logo_name(&self) -> Option<String> {
        self.manifest
            .files
            .iter()
            .find(|f| is_logo_name(&f.name))
            .map(|f| f.name.clone())
    }
}

/// Checks a workspace file held in memory without writing anything: the zip, the manifest,
/// every entry's size and checksum. (The database's own checks need it on disk: see
/// [`import`].) The fuzz target calls this.
pub fn check_bytes(bytes: &[u8]) -> Result<Manifest> {
    let mut package = Package::open(std::io::Cursor::new(bytes))?;
    let names: Vec<String> = package
        .manifest
        .files
        .iter()
        .map(|f| f.name.clone())
        .collect();
    for name in names {
        package.extract(&name, &mut std::io::sink())?;
    }
    Ok(package.manifest)
}

/// A file (and its SQLite companions) deleted when this goes out of scope, unless it was
/// renamed away first: the staged database of an import, the snapshot of an export.
struct TempFiles(PathBuf);

impl TempFiles {
    fn remove(&self) {
        for suffix in ["", "-wal", "-shm", "-journal", ".id"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.0.display()));
        }
    }
}

impl Drop for TempFiles {
    fn drop(&mut self) {
        self.remove();
    }
}

/// The refusal of a database inside a workspace file that is not what CityRights writes.
fn damaged_database(why: Said) -> Error {
    Error::import("error.ws_damaged_database", vec![("why", why.into())])
}

/// Opens the unpacked database to read it as data: read-only, with `trusted_schema` off (no
/// function of its schema runs with more than harmless powers), and checks it: ours, not newer
/// than this build, and whole. Returns its schema version.
fn check_database(path: &Path, manifest: &Manifest) -> Result<i64> {
    let damaged = damaged_database;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| damaged(why("error.wsdb_cannot_open", vec![("what", given(e))])))?;
    conn.execute_batch("PRAGMA trusted_schema = OFF;")
        .map_err(|e| damaged(why("error.wsdb_cannot_open", vec![("what", given(e))])))?;
    // A pragma answers in a column of its own name.
    let read = |pragma: &str| -> std::result::Result<i64, Error> {
        conn.query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(pragma))
            .map_err(|e| damaged(why("error.wsdb_cannot_read", vec![("what", given(e))])))
    };
    let app_id = read("application_id")?;
    if app_id != i64::from(APPLICATION_ID) {
        return Err(damaged(why("error.wsdb_not_ours", vec![])));
    }
    let version = read("user_version")?;
    if version > SCHEMA_VERSION {
        return Err(newer(manifest, "schema_version", version, SCHEMA_VERSION));
    }
    if version < 1 {
        return Err(damaged(why("error.wsdb_no_version", vec![])));
    }
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get("integrity_check"))
        .map_err(|e| damaged(why("error.wsdb_cannot_read", vec![("what", given(e))])))?;
    if check != "ok" {
        return Err(damaged(why(
            "error.wsdb_damaged",
            vec![("check", check.into())],
        )));
    }
    Ok(version)
}

/// `name` as an SQL identifier.
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Whether a column holds a file path, which never travels with a workspace: the file it names
/// is on the other computer, or is anything a forged file wants read (`/etc/passwd`).
fn is_path_column(column: &str) -> bool {
    column.ends_with("_path")
}

/// One column of one of our tables: its name, declared type and whether it may be NULL.
struct OurColumn {
    name: String,
    declared: String,
    not_null: bool,
}

/// The app's own tables at this schema version (not the search indexes' virtual and shadow
/// tables, which are rebuilt, nor SQLite's own), with their columns.
fn our_tables(conn: &Connection) -> Result<Vec<(String, Vec<OurColumn>)>> {
    let names: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' \
             AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        let rows = stmt.query_map([], |r| r.get("name"))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut out = Vec::new();
    for name in names {
        let mut stmt = conn.prepare(
            "SELECT name, upper(type) AS declared, \"notnull\" AS not_null \
             FROM pragma_table_xinfo(?1, 'main') WHERE hidden = 0 ORDER BY cid",
        )?;
        let cols = stmt
            .query_map([&name], |r| {
                Ok(OurColumn {
                    name: r.get("name")?,
                    declared: r.get("declared")?,
                    not_null: r.get::<_, i64>("not_null")? != 0,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        out.push((name, cols));
    }
    Ok(out)
}

/// The SQLite storage classes a value of a column declared `declared` may have, as the app
/// writes it; None when the declared type says nothing the app relies on.
fn allowed_kinds(declared: &str) -> Option<&'static str> {
    if declared.contains("INT") {
        Some("integer")
    } else if declared.contains("TEXT") {
        Some("text")
    } else if declared.contains("BLOB") {
        Some("blob")
    } else {
        None
    }
}

/// Makes `staged` a new database of schema `version` from the app's own migrations, copies
/// the app's tables and columns from the database at `source` into it, and upgrades it to
/// this build's schema. The source is read as
/// data only: attached to this connection with `trusted_schema` off and read with
/// `INSERT … SELECT` from its real tables (a view, a virtual table or a generated column of
/// the file is refused or left out; its triggers fire only on writes to its own tables, and
/// nothing here writes them). Nothing of its schema — triggers, views, indexes, pragmas — is
/// copied; path columns are left empty; the search indexes are left empty, to be rebuilt.
fn copy_into_new_database(source: &Path, staged: &Path, version: i64) -> Result<()> {
    let version_index = usize::try_from(version)
        .ok()
        .filter(|v| (1..=crate::store::MIGRATIONS.len()).contains(v))
        .ok_or_else(|| damaged_database(why("error.wsdb_unknown_version", vec![])))?;
    let mut conn = Connection::open(staged).map_err(|e| Error::Unreadable {
        path: staged.to_path_buf(),
        reason: crate::store::describe_sqlite_error(&e),
    })?;
    conn.execute_batch("PRAGMA trusted_schema = OFF; PRAGMA foreign_keys = OFF;")?;
    {
        let tx = conn.transaction()?;
        for sql in &crate::store::MIGRATIONS[..version_index] {
            tx.execute_batch(sql)?;
        }
        tx.execute_batch(&format!(
            "PRAGMA user_version = {version}; PRAGMA application_id = {APPLICATION_ID};"
        ))?;
        tx.commit()?;
    }
    conn.execute("ATTACH DATABASE ?1 AS src", [source.display().to_string()])
        .map_err(|e| damaged_database(why("error.wsdb_cannot_open", vec![("what", given(e))])))?;
    let tables = our_tables(&conn)?;
    let source_kinds: std::collections::HashMap<String, String> = {
        let mut stmt =
            conn.prepare("SELECT name, type FROM pragma_table_list WHERE schema = 'src'")?;
        let rows = stmt.query_map([], |r| Ok((r.get("name")?, r.get("type")?)))?;
        rows.collect::<rusqlite::Result<_>>().map_err(|e| {
            damaged_database(why("error.wsdb_cannot_read", vec![("what", given(e))]))
        })?
    };
    let tx = conn.transaction()?;
    for (table, columns) in &tables {
        match source_kinds.get(table).map(String::as_str) {
            None => continue, // none of these rows in the file: the table stays as created
            Some("table") => {}
            Some(other) => {
                return Err(damaged_database(why(
                    "error.wsdb_wrong_kind",
                    vec![("kind", other.into()), ("table", table.clone().into())],
                )))
            }
        }
        let source_columns: Vec<String> = {
            let mut stmt =
                tx.prepare("SELECT name FROM pragma_table_xinfo(?1, 'src') WHERE hidden = 0")?;
            let rows = stmt.query_map([table], |r| r.get("name"))?;
            rows.collect::<rusqlite::Result<_>>().map_err(|e| {
                damaged_database(why("error.wsdb_cannot_read", vec![("what", given(e))]))
            })?
        };
        let copied: Vec<String> = columns
            .iter()
            .filter(|c| !is_path_column(&c.name) && source_columns.contains(&c.name))
            .map(|c| ident(&c.name))
            .collect();
        if copied.is_empty() {
            continue;
        }
        let any: bool = tx
            .query_row(
                &format!(
                    "SELECT EXISTS (SELECT 1 FROM src.{}) AS found",
                    ident(table)
                ),
                [],
                |r| r.get("found"),
            )
            .map_err(|e| {
                damaged_database(why("error.wsdb_cannot_read", vec![("what", given(e))]))
            })?;
        if !any {
            continue; // what a new database starts with stays (the calendar token, the policy)
        }
        let list = copied.join(", ");
        tx.execute(&format!("DELETE FROM main.{}", ident(table)), [])?;
        tx.execute(
            &format!(
                "INSERT INTO main.{t} ({list}) SELECT {list} FROM src.{t}",
                t = ident(table)
            ),
            [],
        )
        .map_err(|e| {
            damaged_database(why(
                "error.wsdb_rows_rejected",
                vec![("table", table.clone().into()), ("what", given(e))],
            ))
        })?;
        check_kinds(&tx, table, columns)?;
    }
    // An older file's rows are upgraded here by the remaining migrations, as the normal open
    // path would, so the copy never needs a "before migration" backup of its own.
    for sql in &crate::store::MIGRATIONS[version_index..] {
        tx.execute_batch(sql).map_err(|e| {
            damaged_database(why("error.wsdb_cannot_upgrade", vec![("what", given(e))]))
        })?;
    }
    tx.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION};"))?;
    tx.commit()?;
    conn.execute_batch("DETACH DATABASE src;")?;
    let broken: Option<String> = conn
        .query_row(
            "SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1",
            [],
            |r| r.get("table"),
        )
        .optional()?;
    if let Some(table) = broken {
        return Err(damaged_database(why(
            "error.wsdb_dangling",
            vec![("table", table.into())],
        )));
    }
    Ok(())
}

/// Refuses a table whose values are not of the kind the app writes (a blob where text belongs,
/// text where a number belongs, an empty required value), naming the first such row.
fn check_kinds(tx: &Connection, table: &str, columns: &[OurColumn]) -> Result<()> {
    let mut conditions = Vec::new();
    let mut checked = Vec::new();
    for c in columns {
        let Some(kind) = allowed_kinds(&c.declared) else {
            continue;
        };
        let nulls = if c.not_null { "" } else { ", 'null'" };
        conditions.push(format!(
            "typeof({}) NOT IN ('{kind}'{nulls})",
            ident(&c.name)
        ));
        checked.push(c);
    }
    if conditions.is_empty() {
        return Ok(());
    }
    let has_id = columns.iter().any(|c| c.name == "id");
    // Each kind is named after its column ("kind of notes"), the row's id `row_id`.
    let kind_of = |c: &OurColumn| format!("kind of {}", c.name);
    let sql = format!(
        "SELECT {} AS row_id, {} FROM main.{} WHERE {} LIMIT 1",
        if has_id { "id" } else { "NULL" },
        checked
            .iter()
            .map(|c| format!("typeof({}) AS {}", ident(&c.name), ident(&kind_of(c))))
            .collect::<Vec<_>>()
            .join(", "),
        ident(table),
        conditions.join(" OR ")
    );
    let bad: Option<(Option<i64>, Vec<String>)> = tx
        .query_row(&sql, [], |r| {
            let id = r.get::<_, Option<i64>>("row_id").ok().flatten();
            let kinds = checked
                .iter()
                .map(|c| r.get::<_, String>(kind_of(c).as_str()))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok((id, kinds))
        })
        .optional()?;
    let Some((id, kinds)) = bad else {
        return Ok(());
    };
    let (column, found) = checked
        .iter()
        .zip(&kinds)
        .find(|(c, k)| {
            (c.not_null || k.as_str() != "null")
                && allowed_kinds(&c.declared).is_some_and(|a| a != k.as_str())
        })
        .map(|(c, k)| (c.name.clone(), k.clone()))
        .unwrap_or_default();
    let row = id.map(|i| format!(" {i}")).unwrap_or_default();
    // SQLite's names of kinds (integer, real, text, blob) are kept as they are: they are what
    // a database tool shows.
    let found: Arg = if found == "null" {
        Said::new("error.wsdb_nothing", vec![]).into()
    } else {
        found.into()
    };
    let expected: Arg = match checked
        .iter()
        .find(|c| c.name == column)
        .and_then(|c| allowed_kinds(&c.declared))
    {
        Some(kind) => kind.into(),
        None => Said::new("error.wsdb_a_value", vec![]).into(),
    };
    Err(damaged_database(why(
        "error.wsdb_bad_value",
        vec![
            ("table", table.into()),
            ("row", row.into()),
            ("column", column.into()),
            ("found", found),
            ("expected", expected),
        ],
    )))
}

/// Reads every section (and every revision's copy of the sections) of the copied database as
/// the app's content tree within the app's limits, and rebuilds both search indexes from the
/// rows. A row that cannot be read refuses the import, naming it.
fn check_content_and_reindex(store: &mut Store) -> Result<()> {
    store.write(|tx| {
        for_each_section(tx, Sections::AllById, |s| {
            let (id, title, json) = (s.id, s.title, s.content_json);
            let unreadable = |what: Arg| {
                let title: String = crate::model::safe_text::one_line(&title)
                    .chars()
                    .take(80)
                    .collect();
                damaged_database(why(
                    "error.wsdb_bad_section",
                    vec![("id", id.into()), ("title", title.into()), ("what", what)],
                ))
            };
            let content: crate::document::Content =
                serde_json::from_str(&json).map_err(|e| unreadable(given(e)))?;
            crate::document::limits::check(&content).map_err(|e| unreadable(e.0.into()))?;
            crate::search::index_section(tx, id, &title, &content)
        })?;
        for_each_revision(tx, Revisions::ById, |r| {
            let (id, submission, json) = (r.id, r.submission_id, r.snapshot_json);
            let unreadable = |what: Arg| {
                damaged_database(why(
                    "error.wsdb_bad_revision",
                    vec![
                        ("submission", submission.into()),
                        ("id", id.into()),
                        ("what", what),
                    ],
                ))
            };
            let sections: Vec<crate::revision::RevisionSection> =
                serde_json::from_str(&json).map_err(|e| unreadable(given(e)))?;
            for s in &sections {
                crate::document::limits::check(&s.content).map_err(|e| unreadable(e.0.into()))?;
            }
            Ok(())
        })?;
        crate::recommendation::reindex_all(tx)?;
        Ok(())
    })
}

/// Replaces the database at `db_path` with the workspace in `file`, after checking the file
/// whole and backing up the current database. The caller holds the database's writer lock
/// ([`crate::safety::WriterLock`]; the CLI takes it, the app closes its store first) and has no
/// `Store` open on it. On any error nothing was changed.
pub fn import(db_path: &Path, file: &Path) -> Result<WorkspaceImported> {
    if let Some(reason) = crate::safety::unsafe_place(db_path) {
        return Err(Error::UnsafePlace {
            path: db_path.to_path_buf(),
            reason,
        });
    }
    let reader = std::fs::File::open(file).map_err(io("Could not read", file))?;
    let bytes = reader.metadata().map_err(io("Could not read", file))?.len();
    let mut package = Package::open(std::io::BufReader::new(reader))?;

    let dir = db_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir).map_err(io("Could not create the folder", dir))?;
    let db_name = db_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "cityrights.sqlite3".into());
    // The file's database as it came (read as data only, then deleted) and the new database
    // the rows are copied into (renamed into place at the end).
    let unpacked = TempFiles(dir.join(format!(".{db_name}.importing-file")));
    let staged = TempFiles(dir.join(format!(".{db_name}.importing")));
    unpacked.remove(); // what an interrupted import left
    staged.remove();
    {
        let mut out =
            std::fs::File::create(&unpacked.0).map_err(io("Could not write", &unpacked.0))?;
        package.extract(DATABASE, &mut out)?;
        out.sync_all().map_err(io("Could not write", &unpacked.0))?;
    }
    let logo = match package.logo_name() {
        Some(name) => {
            let mut buf = Vec::new();
            package.extract(&name, &mut buf)?;
            Some((name, buf))
        }
        None => None,
    };
    let version = check_database(&unpacked.0, &package.manifest)?;
    copy_into_new_database(&unpacked.0, &staged.0, version)?;
    drop(unpacked);

    // Upgrade the copy (an older schema), check its texts, rebuild its search indexes.
    let (engagements, submissions, recommendations, mut staged_store) = {
        let mut staged_store = Store::open(&staged.0)?;
        check_content_and_reindex(&mut staged_store)?;
        let counts = counts(&staged_store.conn)?;
        (counts.0, counts.1, counts.2, staged_store)
    };

    // A byte copy of the current database, kept before it is replaced (whether or not it can
    // be opened: a damaged current file is exactly what must not be lost).
    let backup = match crate::backup::keep_copy_before(
        db_path,
        crate::backup::BackupReason::BeforeImport,
    )? {
        Some(copy) => Some(crate::backup::describe(&copy)?),
        None => None,
    };

    // The imported database takes the place's identity, so that its backups — the copy just
    // kept among them — stay listed with it (see `crate::backup`); a new place keeps the one
    // the copy was given.
    if let Some(current) = crate::backup::database_identity(db_path) {
        staged_store.write(|tx| crate::store::identity::write_identity(tx, &current))?;
    }

    // The logo comes only from the zip's own logo entry, kept where the app keeps logos.
    let logo_path = match &logo {
        Some((name, bytes)) => {
            let ext = name.strip_prefix(LOGO_PREFIX).unwrap_or("img");
            let kept = crate::city::keep_logo(db_path, bytes, ext)?;
            let text = kept.display().to_string();
            staged_store.point_to_kept_logo(&text)?;
            Some(text)
        }
        None => None,
    };
    staged_store
        .conn
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    drop(staged_store);
    crate::backup::swap_in(db_path, &staged.0)?;
    Ok(WorkspaceImported {
        path: db_path.display().to_string(),
        from: file.display().to_string(),
        bytes,
        exported_at: package.manifest.created_at.clone(),
        app_version: package.manifest.app_version.clone(),
        schema_version: package.manifest.schema_version,
        engagements,
        submissions,
        recommendations,
        logo_path,
        backup,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logo_names_are_plain() {
        assert!(is_logo_name("files/logo.png"));
        assert!(!is_logo_name("files/logo."));
        assert!(!is_logo_name("files/logo.../../x"));
        assert!(!is_logo_name("files/logo.PNG"));
        assert_eq!(logo_extension(Path::new("/a/City Logo.PNG")), "png");
        assert_eq!(logo_extension(Path::new("/a/logo")), "img");
        assert_eq!(logo_extension(Path::new("/a/logo.tar-gz")), "img");
    }

    #[test]
    fn not_a_zip_is_refused_in_plain_words() {
        let err = check_bytes(b"hello").unwrap_err();
        assert!(
            err.to_string().contains("not a CityRights workspace file"),
            "{err}"
        );
    }
}

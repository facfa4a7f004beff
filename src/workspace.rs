//! The whole workspace as one file, to move to a new laptop or hand over to a colleague.
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
//! CityRights is refused with both versions named; an older one is upgraded by the normal open
//! path. The current database is backed up first, then replaced by a rename
//! ([`crate::backup`]), so either the old or the imported database is in place at every moment.

use crate::backup::{io, BackupInfo};
use crate::store::{Store, APPLICATION_ID, SCHEMA_VERSION};
use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags};
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
/// The largest logo carried. A logo is an image of some kilobytes.
pub const MAX_LOGO_BYTES: u64 = 10 * 1024 * 1024;

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

fn import_error(message: impl Into<String>) -> Error {
    Error::Import {
        message: message.into(),
    }
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Counts of what a database holds, for the summaries (after migration: every table exists).
fn count(conn: &Connection, table: &str, live_only: bool) -> Result<i64> {
    let filter = if live_only {
        " WHERE deleted_at IS NULL"
    } else {
        ""
    };
    Ok(
        conn.query_row(&format!("SELECT count(*) FROM {table}{filter}"), [], |r| {
            r.get(0)
        })?,
    )
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

/// The refusal of a file written by a newer CityRights, naming both versions.
fn newer(manifest: &Manifest, what: &str, found: i64, known: i64) -> Error {
    import_error(format!(
        "This workspace file was written by a newer version of CityRights ({} — {what} {found}); \
         this version ({}) understands up to {what} {known}. Nothing was changed. Install \
         CityRights {} or newer on this computer, then import the file again.",
        manifest.app_version,
        env!("CARGO_PKG_VERSION"),
        manifest.app_version
    ))
}

impl Store {
    /// Writes the whole workspace (the database and the city logo) to `output` as one file.
    /// The file is written beside the target and renamed into place: it appears whole or not
    /// at all. Only reads the database, so it works while the app is open.
    pub fn export_workspace(&self, output: &Path) -> Result<WorkspaceExported> {
        if output.is_dir() {
            return Err(Error::Conflict(format!(
                "{} is a folder. Give a file name, e.g. {}.",
                output.display(),
                output.join("cityrights-workspace.zip").display()
            )));
        }
        let dir = output
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or_else(|| Path::new("."));
        if !dir.is_dir() {
            return Err(Error::Conflict(format!(
                "The folder {} does not exist. Choose an existing folder for the workspace file.",
                dir.display()
            )));
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
                reason: e.to_string(),
            })?;
            // One self-contained file in the archive: no WAL needed beside it.
            let _: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
            (
                count(&conn, "engagement", true)?,
                count(&conn, "submission", true)?,
                count(&conn, "recommendation", false)?,
            )
        };

        let mut notices = Vec::new();
        let mut logo: Option<(String, Vec<u8>)> = None;
        if let Some(p) = self.city_profile()?.and_then(|c| c.logo_path) {
            let p = PathBuf::from(p);
            match read_capped(&p, MAX_LOGO_BYTES) {
                Ok(bytes) => logo = Some((format!("{LOGO_PREFIX}{}", logo_extension(&p)), bytes)),
                Err(why) => notices.push(format!(
                    "The city logo {} was left out: {why}. Choose the logo again in the city profile after the import.",
                    p.display()
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
            Error::Conflict(format!(
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
            .map_err(|e| Error::Conflict(format!("The manifest could not be written: {e}.")))?;
        zip.start_file(MANIFEST, options).map_err(zip_error)?;
        zip.write_all(&json)
            .map_err(io("Could not write", output))?;
        let bytes = zip.finish().map_err(zip_error)?.into_inner();
        drop(snapshot);
        crate::export::write_file(output, &bytes)?;
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

/// Reads a whole file of at most `max` bytes; the reason in plain words when it cannot.
fn read_capped(path: &Path, max: u64) -> std::result::Result<Vec<u8>, String> {
    let f = std::fs::File::open(path).map_err(|e| format!("it cannot be read ({e})"))?;
    let mut bytes = Vec::new();
    f.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("it cannot be read ({e})"))?;
    if bytes.len() as u64 > max {
        return Err(format!(
            "it is larger than {} MB, far more than a logo",
            max / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

/// A workspace zip whose manifest has been read and checked.
struct Package<R: Read + Seek> {
    zip: zip::ZipArchive<R>,
    manifest: Manifest,
}

impl<R: Read + Seek> Package<R> {
    /// Opens the zip and checks the manifest: the format, the versions, the entry names.
    fn open(reader: R) -> Result<Package<R>> {
        let not_ours = |why: String| {
            import_error(format!(
                "This is not a CityRights workspace file, or it is damaged: {why}. Nothing was \
                 changed. Export the workspace again on the other computer \
                 (cityrights workspace export -o FILE) and import that file."
            ))
        };
        let mut zip = zip::ZipArchive::new(reader)
            .map_err(|e| not_ours(format!("its zip structure cannot be read ({e})")))?;
        if zip.len() > MAX_ENTRIES {
            return Err(not_ours(format!(
                "it holds {} entries where a workspace holds at most {MAX_ENTRIES}",
                zip.len()
            )));
        }
        let json = {
            let entry = match zip.by_name(MANIFEST) {
                Ok(e) => e,
                Err(zip::result::ZipError::FileNotFound) => {
                    return Err(not_ours("it has no manifest.json".into()))
                }
                Err(e) => return Err(not_ours(format!("its manifest cannot be read ({e})"))),
            };
            let mut buf = Vec::new();
            entry
                .take(MAX_MANIFEST_BYTES + 1)
                .read_to_end(&mut buf)
                .map_err(|e| not_ours(format!("its manifest cannot be read ({e})")))?;
            if buf.len() as u64 > MAX_MANIFEST_BYTES {
                return Err(not_ours("its manifest is far too large".into()));
            }
            buf
        };
        let manifest: Manifest = serde_json::from_slice(&json)
            .map_err(|e| not_ours(format!("its manifest cannot be read ({e})")))?;
        if manifest.format != FORMAT {
            return Err(not_ours(format!(
                "its manifest says it is \"{}\"",
                manifest.format
            )));
        }
        if manifest.format_version > FORMAT_VERSION {
            return Err(newer(
                &manifest,
                "file format",
                manifest.format_version.into(),
                FORMAT_VERSION.into(),
            ));
        }
        if manifest.schema_version > SCHEMA_VERSION {
            return Err(newer(
                &manifest,
                "schema version",
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
                return Err(not_ours(format!(
                    "its manifest names an unexpected entry \"{}\"",
                    f.name
                )));
            };
            if seen.contains(&f.name.as_str())
                || (is_logo_name(&f.name) && seen.iter().any(|n| is_logo_name(n)))
            {
                return Err(not_ours(format!("its manifest names \"{}\" twice", f.name)));
            }
            seen.push(&f.name);
            if f.bytes > limit {
                return Err(not_ours(format!(
                    "its entry {} would unpack to {} bytes, more than the {} MB allowed",
                    f.name,
                    f.bytes,
                    limit / (1024 * 1024)
                )));
            }
        }
        if !seen.contains(&DATABASE) {
            return Err(not_ours("it holds no database".into()));
        }
        Ok(Package { zip, manifest })
    }

    /// Streams the entry `name` into `out`, checking its size and SHA-256 against the manifest
    /// as it goes (never more than the manifest's size plus one byte is read).
    fn extract(&mut self, name: &str, out: &mut impl Write) -> Result<()> {
        let damaged = |why: String| {
            import_error(format!(
                "The workspace file is damaged: {why}. Nothing was changed. Copy the file again \
                 from the other computer, or export it again there."
            ))
        };
        let Some(expected) = self.manifest.files.iter().find(|f| f.name == name).cloned() else {
            return Err(damaged(format!("its manifest does not list {name}")));
        };
        let mut entry = self
            .zip
            .by_name(name)
            .map_err(|e| damaged(format!("its entry {name} cannot be read ({e})")))?;
        if entry.size() != expected.bytes {
            return Err(damaged(format!(
                "its entry {name} is not the size the manifest gives"
            )));
        }
        let mut hasher = Sha256::new();
        let mut total = 0u64;
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = entry
                .read(&mut buf)
                .map_err(|e| damaged(format!("its entry {name} cannot be read ({e})")))?;
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > expected.bytes {
                return Err(damaged(format!(
                    "its entry {name} is larger than the manifest says"
                )));
            }
            hasher.update(&buf[..n]);
            out.write_all(&buf[..n])
                .map_err(|e| Error::Conflict(format!("Could not unpack {name}: {e}.")))?;
        }
        if total != expected.bytes
            || !hex(&hasher.finalize()).eq_ignore_ascii_case(&expected.sha256)
        {
            return Err(damaged(format!(
                "its entry {name} does not match the checksum in its manifest"
            )));
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
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.0.display()));
        }
    }
}

impl Drop for TempFiles {
    fn drop(&mut self) {
        self.remove();
    }
}

/// Checks the unpacked database: ours, not newer than this build, and whole.
fn check_database(path: &Path, manifest: &Manifest) -> Result<()> {
    let damaged = |why: String| {
        import_error(format!(
            "The database inside the workspace file {why}. Nothing was changed. Export the \
             workspace again on the other computer and import the new file."
        ))
    };
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| damaged(format!("cannot be opened ({e})")))?;
    let read = |sql: &str| -> std::result::Result<i64, Error> {
        conn.query_row(sql, [], |r| r.get(0))
            .map_err(|e| damaged(format!("cannot be read ({e})")))
    };
    let app_id = read("PRAGMA application_id")?;
    if app_id != i64::from(APPLICATION_ID) {
        return Err(damaged("is not a CityRights database".into()));
    }
    let version = read("PRAGMA user_version")?;
    if version > SCHEMA_VERSION {
        return Err(newer(manifest, "schema version", version, SCHEMA_VERSION));
    }
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| damaged(format!("cannot be read ({e})")))?;
    if check != "ok" {
        return Err(damaged(format!("is damaged ({check})")));
    }
    Ok(())
}

/// A file name in `dir` for the logo that does not replace another file (the same logo already
/// there is reused).
fn logo_target(dir: &Path, ext: &str, bytes: &[u8]) -> PathBuf {
    let mut n = 1;
    loop {
        let name = if n == 1 {
            format!("logo.{ext}")
        } else {
            format!("logo-{n}.{ext}")
        };
        let p = dir.join(name);
        match std::fs::read(&p) {
            Ok(existing) if existing == bytes => return p,
            Ok(_) => n += 1,
            Err(_) if p.exists() => n += 1,
            Err(_) => return p,
        }
    }
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
    let staged = TempFiles(dir.join(format!(".{db_name}.importing")));
    staged.remove(); // what an interrupted import left
    {
        let mut out = std::fs::File::create(&staged.0).map_err(io("Could not write", &staged.0))?;
        package.extract(DATABASE, &mut out)?;
        out.sync_all().map_err(io("Could not write", &staged.0))?;
    }
    let logo = match package.logo_name() {
        Some(name) => {
            let mut buf = Vec::new();
            package.extract(&name, &mut buf)?;
            Some((name, buf))
        }
        None => None,
    };
    check_database(&staged.0, &package.manifest)?;

    let backup = if db_path.exists() {
        let current = Store::open(db_path).map_err(|e| {
            Error::Conflict(format!(
                "The current database cannot be opened, so it cannot be backed up before the \
                 import ({e}). Nothing was changed. Move that file elsewhere, or import into \
                 another file with --db, then import again."
            ))
        })?;
        Some(current.backup_before_replacing(crate::backup::BackupReason::BeforeImport)?)
    } else {
        None
    };

    let logo_path = match &logo {
        Some((name, bytes)) => {
            let ext = name.strip_prefix(LOGO_PREFIX).unwrap_or("img");
            let target = logo_target(dir, ext, bytes);
            if !target.exists() {
                crate::export::write_file(&target, bytes)?;
            }
            Some(target.display().to_string())
        }
        None => None,
    };

    // Upgrade the staged copy (an older schema) and point it at the logo before it goes in
    // place, so that the database that appears is complete.
    let (engagements, submissions, recommendations) = {
        let staged_store = Store::open(&staged.0)?;
        if let Some(p) = &logo_path {
            staged_store
                .conn
                .execute("UPDATE city_profile SET logo_path = ?1 WHERE id = 1", [p])?;
        }
        let counts = (
            count(&staged_store.conn, "engagement", true)?,
            count(&staged_store.conn, "submission", true)?,
            count(&staged_store.conn, "recommendation", false)?,
        );
        staged_store
            .conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        counts
    };
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

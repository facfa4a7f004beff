//! The contribution package (`.cityrights-contribution`): what an officer sends a department
//! (a request) and what the department sends back (a return), as one file that travels by
//! e-mail, a shared drive or a USB key.
//!
//! A package is a checked zip ([`super::package`]): `manifest.json` (the format and its
//! version, the kind, the workspace it belongs to, the request's token, the package's own id,
//! and every other entry's size and SHA-256), then
//! - a request: `request.json` — the city, the contributor, the due date and message, the
//!   submission's title and language, the rule in force, and exactly the sections (with their
//!   template guidance) and recommendations (with their follow-up and evidence) that were
//!   chosen; nothing else of the city's database;
//! - a return: `return.json` — who sends it back and the list of changes, each with its author
//!   and time — and one `changes/<n>.changeset` per change: the change as SQLite's session
//!   extension recorded it (see `store::contribution`).
//!
//! Everything here is a function of bytes; limits are named and enforced while reading.

use super::package::{self, Limits, Package, PackageFile, Refusal};
use crate::document::Content;
use crate::model::language::{Arg, Said};
use crate::model::rules::RuleOverride;
use serde::{Deserialize, Serialize};

/// What `manifest.json` says the file is.
pub const FORMAT: &str = "cityrights-contribution";
/// The version of the package layout this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The file extension, registered with the desktop (see the Linux packaging's MIME types).
pub const EXTENSION: &str = "cityrights-contribution";
/// The largest package file read from disk.
pub const MAX_PACKAGE_BYTES: u64 = 64 * 1024 * 1024;
/// Most sections in one request.
pub const MAX_SECTIONS: usize = 200;
/// Most recommendations in one request.
pub const MAX_RECOMMENDATIONS: usize = 2_000;
/// Most evidence notes of one recommendation carried in a request.
pub const MAX_EVIDENCE: usize = 500;
/// Most changes in one return.
pub const MAX_CHANGES: usize = 5_000;
/// The largest `request.json` or `return.json`.
pub const MAX_JSON_BYTES: u64 = 48 * 1024 * 1024;
/// The largest single changeset (one section's text, old and new).
pub const MAX_CHANGESET_BYTES: u64 = 8 * 1024 * 1024;
/// The most bytes a package unpacks to in all.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;
/// The longest name, e-mail, message or field value carried.
pub const MAX_TEXT_CHARS: usize = 10_000;

const LIMITS: Limits = Limits {
    max_entries: MAX_CHANGES + 2,
    max_manifest_bytes: 4 * 1024 * 1024,
    max_entry_bytes: MAX_JSON_BYTES,
    max_total_bytes: MAX_UNPACKED_BYTES,
};

const REQUEST: &str = "request.json";
const RETURN: &str = "return.json";

/// A request (officer → department) or a return (department → officer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PackageKind {
    Request,
    Return,
}

/// The table of contents of a package.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub kind: PackageKind,
    /// The CityRights version that wrote it.
    pub app_version: String,
    /// When it was written (RFC 3339, UTC).
    pub created_at: String,
    /// The identity of the officer's workspace the request came from (and the return goes to).
    pub workspace_id: String,
    /// The request's token: the same in the request and in every return to it.
    pub request_token: String,
    /// This package's own random id (a return imported twice is recognised by it).
    pub package_id: String,
    pub files: Vec<PackageFile>,
}

/// The submission a request is part of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestedSubmission {
    pub id: i64,
    pub title: String,
    pub language: String,
    pub template: String,
    /// The mechanism's code (e.g. "UPR").
    pub mechanism: String,
    pub engagement_title: String,
    /// The engagement's changes to the mechanism's rule (the rule in force is the built-in
    /// default under them, as on the officer's computer).
    pub rule_override: RuleOverride,
}

/// A section as sent: its id is the officer's, and stays its id in the contributor workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestedSection {
    pub id: i64,
    pub position: i64,
    pub title: String,
    pub owner: String,
    pub status: String,
    /// The template's guidance for the writer.
    pub guidance: String,
    pub content: Content,
}

/// A dated evidence note as sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestedEvidence {
    pub id: i64,
    pub noted_on: String,
    pub note: String,
}

/// A recommendation as sent, with the city's follow-up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestedRecommendation {
    pub id: i64,
    pub symbol: String,
    pub paragraph: String,
    pub text: String,
    pub mechanism: String,
    pub country: String,
    pub cycle: String,
    pub session: String,
    pub response: String,
    pub themes: Vec<String>,
    pub competence: String,
    pub department: String,
    pub local_status: String,
    pub evidence: Vec<RequestedEvidence>,
}

/// `request.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The city's name, as its profile gives it.
    pub city: String,
    pub city_country: String,
    pub state_under_review: String,
    pub contributor: String,
    pub email: String,
    /// YYYY-MM-DD.
    pub due_on: Option<String>,
    pub message: String,
    pub requested_at: String,
    pub submission: RequestedSubmission,
    pub sections: Vec<RequestedSection>,
    pub recommendations: Vec<RequestedRecommendation>,
}

pub use crate::model::contribution::{ChangeKind, ReturnedChange};

/// `return.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Return {
    /// Who sends it back (the contributor named in the request, or the author given).
    pub sender: String,
    pub returned_at: String,
    pub changes: Vec<ReturnedChange>,
}

/// A return read and checked: its list and each change's changeset bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct ReturnPackage {
    pub manifest: Manifest,
    pub body: Return,
    pub changesets: Vec<Vec<u8>>,
}

/// A request read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestPackage {
    pub manifest: Manifest,
    pub body: Request,
}

/// Why a package file was refused (the message is the reader's, in plain words).
#[derive(Debug, Clone, PartialEq)]
pub enum PackageError {
    /// Not a contribution package, damaged, cut short or altered.
    Damaged(Said),
    /// Written by a newer CityRights (its format version, ours).
    Newer { found: u32, known: u32, by: String },
    /// A request where a return was expected, or the other way round.
    WrongKind(PackageKind),
}

impl From<Refusal> for PackageError {
    fn from(r: Refusal) -> Self {
        PackageError::Damaged(r.0)
    }
}

fn damaged(key: &'static str, args: Vec<(&'static str, Arg)>) -> PackageError {
    PackageError::Damaged(Said::new(key, args))
}

fn new_manifest(
    kind: PackageKind,
    workspace_id: &str,
    request_token: &str,
    package_id: &str,
    created_at: &str,
    files: Vec<PackageFile>,
) -> Manifest {
    Manifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        kind,
        app_version: env!("CARGO_PKG_VERSION").into(),
        created_at: created_at.into(),
        workspace_id: workspace_id.into(),
        request_token: request_token.into(),
        package_id: package_id.into(),
        files,
    }
}

/// The ids of one package: the workspace it belongs to, the request's token, its own id.
pub struct PackageIds<'a> {
    pub workspace_id: &'a str,
    pub request_token: &'a str,
    pub package_id: &'a str,
    pub created_at: &'a str,
}

/// A request package's bytes.
pub fn write_request(ids: &PackageIds, request: &Request) -> Result<Vec<u8>, String> {
    let json = serde_json::to_vec(request).map_err(|e| e.to_string())?;
    package::write(&[(REQUEST.into(), json)], |files| {
        new_manifest(
            PackageKind::Request,
            ids.workspace_id,
            ids.request_token,
            ids.package_id,
            ids.created_at,
            files,
        )
    })
}

/// A return package's bytes: `changesets[i]` is the changeset of `body.changes[i]`, whose
/// `changeset` entry name is set here.
pub fn write_return(
    ids: &PackageIds,
    mut body: Return,
    changesets: Vec<Vec<u8>>,
) -> Result<Vec<u8>, String> {
    let mut entries = Vec::with_capacity(changesets.len() + 1);
    for (i, (change, bytes)) in body.changes.iter_mut().zip(changesets).enumerate() {
        change.changeset = format!("changes/{}.changeset", i + 1);
        entries.push((change.changeset.clone(), bytes));
    }
    let json = serde_json::to_vec(&body).map_err(|e| e.to_string())?;
    entries.insert(0, (RETURN.into(), json));
    package::write(&entries, |files| {
        new_manifest(
            PackageKind::Return,
            ids.workspace_id,
            ids.request_token,
            ids.package_id,
            ids.created_at,
            files,
        )
    })
}

/// A package opened from bytes in memory, with its manifest.
type Opened<'a> = (Package<std::io::Cursor<&'a [u8]>>, Manifest);

/// Opens a package and checks its manifest: ours, not newer, of the kind `expected`.
fn open(bytes: &[u8], expected: PackageKind) -> Result<Opened<'_>, PackageError> {
    if bytes.len() as u64 > MAX_PACKAGE_BYTES {
        return Err(damaged(
            "error.pkg_too_large",
            vec![("max", (MAX_PACKAGE_BYTES / (1024 * 1024)).into())],
        ));
    }
    let (package, manifest) =
        Package::open(std::io::Cursor::new(bytes), LIMITS, |m: &Manifest| {
            m.files.clone()
        })?;
    if manifest.format != FORMAT {
        return Err(damaged(
            "error.pkg_manifest_format",
            vec![("format", manifest.format.clone().into())],
        ));
    }
    if manifest.format_version > FORMAT_VERSION {
        return Err(PackageError::Newer {
            found: manifest.format_version,
            known: FORMAT_VERSION,
            by: manifest.app_version.clone(),
        });
    }
    if manifest.kind != expected {
        return Err(PackageError::WrongKind(manifest.kind));
    }
    for id in [
        &manifest.workspace_id,
        &manifest.request_token,
        &manifest.package_id,
    ] {
        if id.is_empty() || id.len() > 64 || !id.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(damaged("error.pkg_bad_ids", vec![]));
        }
    }
    Ok((package, manifest))
}

fn text_ok(s: &str) -> bool {
    s.chars().count() <= MAX_TEXT_CHARS
}

/// Reads and checks a request package.
pub fn read_request(bytes: &[u8]) -> Result<RequestPackage, PackageError> {
    let (mut package, manifest) = open(bytes, PackageKind::Request)?;
    let json = package.entry(REQUEST)?;
    let body: Request = serde_json::from_slice(&json).map_err(|e| {
        damaged(
            "error.pkg_request_unreadable",
            vec![("what", Said::as_given(e.to_string()).into())],
        )
    })?;
    if body.sections.len() > MAX_SECTIONS || body.recommendations.len() > MAX_RECOMMENDATIONS {
        return Err(damaged("error.pkg_request_too_large", vec![]));
    }
    if body.sections.is_empty() && body.recommendations.is_empty() {
        return Err(damaged("error.pkg_request_empty", vec![]));
    }
    let texts = [
        &body.city,
        &body.contributor,
        &body.email,
        &body.message,
        &body.submission.title,
    ];
    if !texts.iter().all(|t| text_ok(t)) {
        return Err(damaged("error.pkg_names_too_long", vec![]));
    }
    let mut budget = crate::document::limits::Budget::default();
    for s in &body.sections {
        crate::document::limits::check_with(&s.content, &mut budget).map_err(|e| {
            damaged(
                "error.pkg_section_refused",
                vec![("title", s.title.clone().into()), ("what", e.0.into())],
            )
        })?;
    }
    for r in &body.recommendations {
        if r.evidence.len() > MAX_EVIDENCE {
            return Err(damaged("error.pkg_too_much_evidence", vec![]));
        }
    }
    Ok(RequestPackage { manifest, body })
}

/// Reads and checks a return package: its list and every changeset's bytes (what the
/// changesets hold is checked against the request by `store::contribution`).
pub fn read_return(bytes: &[u8]) -> Result<ReturnPackage, PackageError> {
    let (mut package, manifest) = open(bytes, PackageKind::Return)?;
    let json = package.entry(RETURN)?;
    let body: Return = serde_json::from_slice(&json).map_err(|e| {
        damaged(
            "error.pkg_changes_unreadable",
            vec![("what", Said::as_given(e.to_string()).into())],
        )
    })?;
    if body.changes.len() > MAX_CHANGES {
        return Err(damaged("error.pkg_too_many_changes", vec![]));
    }
    if !text_ok(&body.sender) {
        return Err(damaged("error.pkg_sender_too_long", vec![]));
    }
    let mut changesets = Vec::with_capacity(body.changes.len());
    for c in &body.changes {
        if !text_ok(&c.author) || !text_ok(&c.field) {
            return Err(damaged("error.pkg_author_too_long", vec![]));
        }
        let listed = package.names().iter().any(|n| n == &c.changeset);
        if !listed || !c.changeset.starts_with("changes/") {
            return Err(damaged(
                "error.pkg_no_changeset",
                vec![
                    ("field", c.field.clone().into()),
                    ("id", c.target_id.to_string().into()),
                ],
            ));
        }
        let bytes = package.entry(&c.changeset)?;
        if bytes.len() as u64 > MAX_CHANGESET_BYTES {
            return Err(damaged("error.pkg_change_too_large", vec![]));
        }
        changesets.push(bytes);
    }
    Ok(ReturnPackage {
        manifest,
        body,
        changesets,
    })
}

//! A file the app was asked to open: double-clicked in the file manager (the desktop entry
//! runs `cityrights-desktop %f`), or given to a second start while the app runs (the shell's
//! single-instance hand-over). The app then offers what fits the file — import a workspace,
//! open a contribution request, import a department's return — and never acts without asking.
//!
//! Only the package's manifest is read (through `formats::package`, within its limits); the
//! file is checked whole later by the action the officer chooses.

use crate::formats::package::{Limits, Package, PackageFile};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// What a file given to the app is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LaunchKind {
    /// A whole workspace (`workspace export`): import it, replacing this one after a backup.
    Workspace,
    /// A request for a contribution: open it as a contributor workspace.
    ContributionRequest,
    /// A department's answer: import it into the review queue.
    ContributionReturn,
    /// Not a file CityRights opens (or one it cannot read): say so.
    Unknown,
}

/// A file given to the app, and what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LaunchFile {
    pub path: String,
    /// The file's name, to show.
    pub name: String,
    pub kind: LaunchKind,
}

/// The part of a manifest that says what the package is.
#[derive(Deserialize)]
struct Head {
    format: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    files: Vec<PackageFile>,
}

/// Limits for reading only the manifest: the entries are never unpacked here.
const HEAD_LIMITS: Limits = Limits {
    max_entries: 10_000,
    max_manifest_bytes: 4 * 1024 * 1024,
    max_entry_bytes: u64::MAX,
    max_total_bytes: u64::MAX,
};

/// What the file at `path` is, from its manifest.
pub fn kind_of(path: &Path) -> LaunchKind {
    let Ok(meta) = std::fs::metadata(path) else {
        return LaunchKind::Unknown;
    };
    if !meta.is_file() {
        return LaunchKind::Unknown;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return LaunchKind::Unknown;
    };
    let Ok((_, head)) = Package::open(std::io::BufReader::new(file), HEAD_LIMITS, |h: &Head| {
        h.files.clone()
    }) else {
        return LaunchKind::Unknown;
    };
    match (head.format.as_str(), head.kind.as_deref()) {
        (crate::workspace::FORMAT, _) => LaunchKind::Workspace,
        (crate::formats::contribution::FORMAT, Some("request")) => LaunchKind::ContributionRequest,
        (crate::formats::contribution::FORMAT, Some("return")) => LaunchKind::ContributionReturn,
        _ => LaunchKind::Unknown,
    }
}

/// The file among a program's arguments (the first that is not an option), with its kind.
/// `cwd` resolves a relative path (a second start passes its own working folder).
pub fn from_args<I: IntoIterator<Item = String>>(
    args: I,
    cwd: Option<&Path>,
) -> Option<LaunchFile> {
    let arg = args
        .into_iter()
        .skip(1)
        .find(|a| !a.starts_with('-') && !a.is_empty())?;
    // A desktop entry may pass a file:// address.
    let arg = arg
        .strip_prefix("file://")
        .map(str::to_string)
        .unwrap_or(arg);
    let mut path = PathBuf::from(&arg);
    if path.is_relative() {
        if let Some(dir) = cwd {
            path = dir.join(path);
        }
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| arg.clone());
    Some(LaunchFile {
        kind: kind_of(&path),
        path: path.display().to_string(),
        name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_packages_apart_and_refuses_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let req = dir.path().join("r.cityrights-contribution");
        let bytes = crate::formats::contribution::write_request(
            &crate::formats::contribution::PackageIds {
                workspace_id: "a",
                request_token: "b",
                package_id: "c",
                created_at: "2026-12-06T10:00:00Z",
            },
            &serde_json::from_value(serde_json::json!({
                "city": "X", "city_country": "", "state_under_review": "", "contributor": "Y",
                "email": "", "due_on": null, "message": "", "requested_at": "",
                "submission": {"id": 1, "title": "T", "language": "en", "template": "",
                  "mechanism": "UPR", "engagement_title": "E", "rule_override": {}},
                "sections": [], "recommendations": []
            }))
            .unwrap(),
        )
        .unwrap();
        std::fs::write(&req, bytes).unwrap();
        assert_eq!(kind_of(&req), LaunchKind::ContributionRequest);
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, "hello").unwrap();
        assert_eq!(kind_of(&text), LaunchKind::Unknown);
        assert_eq!(kind_of(dir.path()), LaunchKind::Unknown);
        let got = from_args(
            [
                "cityrights-desktop".to_string(),
                "r.cityrights-contribution".to_string(),
            ],
            Some(dir.path()),
        )
        .unwrap();
        assert_eq!(got.kind, LaunchKind::ContributionRequest);
        assert_eq!(got.name, "r.cityrights-contribution");
        assert!(from_args(["cityrights-desktop".to_string()], None).is_none());
        assert!(from_args(["x".to_string(), "--flag".to_string()], None).is_none());
    }
}

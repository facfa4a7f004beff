//! One error type for the whole core.
//!
//! Every variant's message is written for the person using the app, not for a developer:
//! it says what happened and, where it can, what to do next. The desktop shell and the CLI
//! show `to_string()` as it is; the shell also sends [`Error::kind`] (and, for validation
//! errors, the field) so the UI can put the message next to the right input.

use crate::model::language::{Arg, Said};
use serde::Serialize;
use std::path::PathBuf;
use ts_rs::TS;

/// Result with the core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule of the domain; `field` names the input (e.g. `title`).
    #[error("{message}")]
    Invalid { field: String, message: String },

    /// A record that does not exist (or no longer exists).
    #[error("{what} {id} does not exist (it may have been deleted).")]
    NotFound { what: &'static str, id: i64 },

    /// A concurrent edit, and only that: the record was saved elsewhere (another window,
    /// another copy of CityRights) since the editor loaded it, so this save was refused rather
    /// than overwrite the other text. The editor offers "keep mine / reload" for this kind only.
    #[error("{0}")]
    Conflict(String),

    /// The action cannot be done in the current state (demo data into a non-empty database, a
    /// logo before the city profile, a file name that already exists, a backup of another
    /// database…). Nothing was changed; the message says what to do first.
    #[error("{0}")]
    Refused(String),

    /// Stored data that cannot be read: a section's text, a revision, a stored rule, a search
    /// index, a settings file. It was left as it is (never overwritten); the message says what
    /// can be restored.
    #[error("{0}")]
    Damaged(String),

    /// A fault in CityRights itself (a value that could not be turned into JSON, a PDF or Word
    /// file that could not be put together, damaged built-in data). Not the user's doing; the
    /// message asks for a report where it can.
    #[error("{0}")]
    Internal(String),

    /// The database file was written by a newer CityRights; it is left untouched.
    #[error(
        "The database {path} was written by a newer version of CityRights (schema version {found}; \
         this version understands up to {known}). It has not been changed. Install the newer \
         version of CityRights to open it, or open another file."
    )]
    NewerDatabase {
        path: PathBuf,
        found: i64,
        known: i64,
    },

    /// The file is not a SQLite database, is damaged, or cannot be read; it is left untouched.
    /// `reason` is worded by the catalogue (SQLite's own words, when it gave no plain reason,
    /// are its argument).
    #[error("The file {path} cannot be opened as a CityRights database: {reason}. It has not been changed.")]
    Unreadable { path: PathBuf, reason: Said },

    /// The database is in a place where SQLite cannot keep it safe (network drive, synced folder).
    #[error("{reason}")]
    UnsafePlace { path: PathBuf, reason: Said },

    /// A file given to an import is malformed; nothing of that import was kept.
    #[error("{message}")]
    Import { message: String },

    /// The user stopped a long import; nothing of it was kept.
    #[error("{0}")]
    Cancelled(String),

    /// A file or folder could not be read or written.
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// The disk refused a write (full, read-only, failing): the transaction was rolled back, so
    /// nothing of it was half-written, and what the officer typed stays on screen to be saved
    /// again.
    #[error("Not saved: {reason}. Nothing was half-written: the database is as it was before this change.")]
    NotSaved { path: PathBuf, reason: Said },

    /// An error whose words come from the catalogue (`assets/i18n`), so that it is shown in
    /// its reader's language ([`Error::payload_in`], [`Error::message_in`]); its `to_string()`
    /// is the English. `kind` is one of the kinds of the variants above (`invalid`,
    /// `refused`, `conflict`, `damaged`, `import`…), so the page treats it as that kind.
    #[error("{}", .said.in_language(crate::model::language::FALLBACK))]
    Said {
        kind: &'static str,
        field: Option<String>,
        said: Said,
    },

    /// Any other SQLite error. Should not happen in normal use; the message says what SQLite said.
    #[error("The database reported an error: {0}")]
    Database(#[from] rusqlite::Error),
}

impl Error {
    /// Shorthand for a validation error on one field.
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.to_string(),
            message: message.into(),
        }
    }

    /// An error of `kind` worded by the catalogue's message `key` with `args`.
    pub fn said(kind: &'static str, key: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Error::Said {
            kind,
            field: None,
            said: Said::new(key, args),
        }
    }

    /// A file refused by an import (malformed, hostile, of another kind), worded by the
    /// catalogue; its line and record numbers are numbers of the message.
    pub fn import(key: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Error::said("import", key, args)
    }

    /// A validation error on one field, worded by the catalogue.
    pub fn invalid_said(field: &str, key: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Error::Said {
            kind: "invalid",
            field: Some(field.to_string()),
            said: Said::new(key, args),
        }
    }

    /// The message in `language`: the catalogue's words for an error that has them, else the
    /// English of `to_string()` (the errors not yet in the catalogue). A path is wrapped in
    /// bidi isolation marks in a right-to-left language (a Latin path inside Arabic words
    /// would otherwise be reordered around its slashes); the core's catalogue writes none
    /// elsewhere, since its text also goes into PDF and Word files.
    pub fn message_in(&self, language: &str) -> String {
        self.as_said_if_known()
            .map(|said| said.in_language(language))
            .unwrap_or_else(|| self.to_string())
    }

    /// The message as the catalogue's words, to be written later in a reader's language (a
    /// backup's second copy that could not be written, kept until a screen shows it); the
    /// English of `to_string()` as given for the errors not yet in the catalogue.
    pub fn as_said(&self) -> Said {
        self.as_said_if_known()
            .unwrap_or_else(|| Said::as_given(self.to_string()))
    }

    /// The catalogue's message and variables of this error (a path isolated in a right-to-left
    /// language: [`Arg::Path`]); None for the errors not yet in the catalogue.
    fn as_said_if_known(&self) -> Option<Said> {
        let path = |p: &std::path::Path| Arg::Path(p.display().to_string());
        let said = |key: &'static str, args: Vec<(&'static str, Arg)>| Some(Said::new(key, args));
        match self {
            Error::Said { said, .. } => Some(said.clone()),
            Error::NotFound { what, id } => {
                not_found_key(what).and_then(|key| said(key, vec![("id", (*id).into())]))
            }
            Error::NewerDatabase {
                path: p,
                found,
                known,
            } => said(
                "error.newer_database",
                vec![
                    ("path", path(p)),
                    ("found", (*found).into()),
                    ("known", (*known).into()),
                ],
            ),
            Error::Unreadable { path: p, reason } => said(
                "error.unreadable_database",
                vec![("path", path(p)), ("reason", reason.clone().into())],
            ),
            Error::NotSaved { reason, .. } => {
                said("error.not_saved", vec![("reason", reason.clone().into())])
            }
            Error::Io {
                action,
                path: p,
                source,
            } => io_action_key(action).and_then(|key| {
                said(
                    key,
                    vec![("path", path(p)), ("reason", io_reason(source).into())],
                )
            }),
            Error::UnsafePlace { reason, .. } => Some(reason.clone()),
            Error::Database(e) => said("error.database", vec![("reason", e.to_string().into())]),
            _ => None,
        }
    }

    /// The user stopped a long import: nothing of it was kept.
    pub fn cancelled() -> Self {
        Error::said("cancelled", "error.import_cancelled", vec![])
    }

    /// A stable, machine-readable name for the kind of error (sent to the UI as `kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid",
            Error::NotFound { .. } => "not_found",
            Error::Conflict(_) => "conflict",
            Error::Refused(_) => "refused",
            Error::Damaged(_) => "damaged",
            Error::Internal(_) => "internal",
            Error::NewerDatabase { .. } => "newer_database",
            Error::Unreadable { .. } => "unreadable_database",
            Error::UnsafePlace { .. } => "unsafe_place",
            Error::Import { .. } => "import",
            Error::Cancelled(_) => "cancelled",
            Error::Io { .. } => "io",
            Error::NotSaved { .. } => "not_saved",
            Error::Said { kind, .. } => kind,
            Error::Database(_) => "database",
        }
    }

    /// The field a validation error is about, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            Error::Said { field, .. } => field.as_deref(),
            _ => None,
        }
    }

    /// The form in which an error crosses IPC and is printed by `--json` CLI commands.
    pub fn payload(&self) -> ErrorPayload {
        self.payload_in(crate::model::language::FALLBACK)
    }

    /// The payload with its message in `language` (the interface's, the CLI's environment's).
    pub fn payload_in(&self, language: &str) -> ErrorPayload {
        ErrorPayload {
            kind: self.kind().to_string(),
            message: self.message_in(language),
            field: self.field().map(str::to_string),
        }
    }
}

/// The catalogue's message of a failed file operation, by the English action the core names
/// it with (`Could not read`): "Could not read {path}: {reason}".
fn io_action_key(action: &str) -> Option<&'static str> {
    Some(match action {
        "Could not copy the backup to" => "error.io_copy_backup",
        "Could not copy the database to" => "error.io_copy_database",
        "Could not create" => "error.io_create",
        "Could not create the backup folder" => "error.io_create_backup_folder",
        "Could not create the folder" => "error.io_create_folder",
        "Could not create the folder for" => "error.io_create_folder_for",
        "Could not delete the old backup" => "error.io_delete_old_backup",
        "Could not find the folder of" => "error.io_find_folder",
        "Could not finish the backup" => "error.io_finish_backup",
        "Could not finish the copy" => "error.io_finish_copy",
        "Could not lock" => "error.io_lock",
        "Could not open" => "error.io_open",
        "Could not open the lock file" => "error.io_open_lock_file",
        "Could not put the new database in place of" => "error.io_replace_database",
        "Could not read" => "error.io_read",
        "Could not read the backup folder" => "error.io_read_backup_folder",
        "Could not read the settings file" => "error.io_read_settings",
        "Could not read the snapshot" => "error.io_read_snapshot",
        "Could not remove" => "error.io_remove",
        "Could not replace the settings file" => "error.io_replace_settings",
        "Could not unpack" => "error.io_unpack",
        "Could not write" => "error.io_write",
        "Could not write the manual pages into" => "error.io_write_man_pages",
        "Could not write the settings file" => "error.io_write_settings",
        _ => return None,
    })
}

/// Why a file operation failed, worded by the catalogue for the reasons an officer meets (a
/// missing file, no permission, a full or read-only disk); the operating system's own words
/// (English: the core never sets the C library's locale) for the rare others.
pub(crate) fn io_reason(source: &std::io::Error) -> Said {
    use std::io::ErrorKind as K;
    let key = match source.kind() {
        K::NotFound => "error.io_reason_not_found",
        K::PermissionDenied => "error.io_reason_permission",
        K::AlreadyExists => "error.io_reason_exists",
        K::StorageFull => "error.io_reason_disk_full",
        K::ReadOnlyFilesystem => "error.io_reason_read_only",
        K::IsADirectory => "error.io_reason_is_folder",
        K::NotADirectory => "error.io_reason_not_folder",
        _ => return Said::as_given(source.to_string()),
    };
    Said::new(key, vec![])
}

/// The catalogue's words for "Submission 7 does not exist" (a record deleted meanwhile, in
/// another window: an error an officer does meet), by the English name the stores give.
fn not_found_key(what: &str) -> Option<&'static str> {
    Some(match what {
        "Action" => "error.not_found_action",
        "Consultation" => "error.not_found_consultation",
        "Department" => "error.not_found_department",
        "Engagement" => "error.not_found_engagement",
        "Evidence note" => "error.not_found_evidence",
        "Indicator" => "error.not_found_indicator",
        "Item in the bin" => "error.not_found_bin_item",
        "Measurement" => "error.not_found_measurement",
        "Milestone" => "error.not_found_milestone",
        "Participant" => "error.not_found_participant",
        "Recommendation" => "error.not_found_recommendation",
        "Revision" => "error.not_found_revision",
        "Section" => "error.not_found_section",
        "Sent file of submission" => "error.not_found_sent_file",
        "Stakeholder" => "error.not_found_stakeholder",
        "Submission" => "error.not_found_submission",
        _ => return None,
    })
}

/// `{ kind, message, field }`: what the UI receives when a command fails.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ErrorPayload {
    pub kind: String,
    pub message: String,
    pub field: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::Error;

    #[test]
    fn each_kind_has_its_own_name() {
        let kinds = [
            Error::Conflict("c".into()).kind(),
            Error::Refused("r".into()).kind(),
            Error::Damaged("d".into()).kind(),
            Error::Internal("i".into()).kind(),
        ];
        assert_eq!(kinds, ["conflict", "refused", "damaged", "internal"]);
        let p = Error::Damaged("The stored text cannot be read.".into()).payload();
        assert_eq!(
            (p.kind.as_str(), p.message.as_str()),
            ("damaged", "The stored text cannot be read.")
        );
    }

    #[test]
    fn a_record_not_found_is_said_in_the_readers_language() {
        let e = Error::NotFound {
            what: "Submission",
            id: 7,
        };
        for what in [
            "Action",
            "Consultation",
            "Department",
            "Engagement",
            "Evidence note",
            "Indicator",
            "Item in the bin",
            "Measurement",
            "Milestone",
            "Participant",
            "Recommendation",
            "Revision",
            "Section",
            "Sent file of submission",
            "Stakeholder",
            "Submission",
        ] {
            let e = Error::NotFound { what, id: 7 };
            assert!(super::not_found_key(what).is_some(), "{what}");
            assert_eq!(
                e.message_in("en"),
                e.to_string(),
                "the catalogue's English is the error's own"
            );
        }
        assert_eq!(
            e.payload_in("fr").message,
            "La contribution 7 n’existe pas (elle a peut-être été supprimée)."
        );
        assert_eq!(e.payload_in("ar").kind, "not_found");
    }
}

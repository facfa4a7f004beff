//! The IPC boundary: the commands the web page may call, and the form in which their errors
//! cross to it.
//!
//! Commands here are thin adapters (parse arguments, call the core, map the error): everything
//! a user can do is a function of the `cityrights` core first, so that the CLI and the tests
//! reach it without a window.

use crate::typed::command;
use serde::{Serialize, Serializer};
use ts_rs::TS;

/// The error every fallible command returns.
///
/// Tauri sends a command's `Err` to the page as the rejection value of `invoke`, serialised with
/// serde. `cityrights::Error` is not `Serialize` (it holds `io::Error`s and SQLite errors), so this
/// wrapper converts it, once, into the core's own [`cityrights::ErrorPayload`]:
/// `{ kind, message, field }` — a stable machine-readable `kind`, the message written for the
/// user, and the input a validation error is about. The UI's `call()` turns that into an
/// `ApiError`. With `From`, a command can use `?` on any core result.
#[derive(Debug, Clone)]
pub struct CommandError(cityrights::ErrorPayload);

impl CommandError {
    /// The error with its message in `language` (the interface's), for the errors the
    /// catalogue words; the others keep their English.
    pub fn in_language(error: cityrights::Error, language: &str) -> Self {
        CommandError(error.payload_in(language))
    }

    /// The payload as the page will receive it.
    pub fn payload(&self) -> &cityrights::ErrorPayload {
        &self.0
    }
}

impl From<cityrights::Error> for CommandError {
    fn from(error: cityrights::Error) -> Self {
        CommandError(error.payload())
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for CommandError {}

impl Serialize for CommandError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// What the header shows about the running app.
///
/// `#[ts(export)]` writes `ui/src/lib/bindings/AppInfo.ts` when this crate's tests run
/// (`cargo test -p cityrights-desktop`), so the UI never declares this type by hand.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    /// The app's version, from `src-tauri/Cargo.toml` (Tauri reads it at build time).
    pub version: String,
}

/// `app_info`: the running app's version, for the header. Cannot fail.
#[command]
pub fn app_info(app: tauri::AppHandle) -> AppInfo {
    AppInfo {
        version: app.package_info().version.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn validation_error_crosses_ipc_with_kind_message_and_field() {
        let error = CommandError::from(cityrights::Error::invalid(
            "title",
            "Give the submission a title.",
        ));
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({ "kind": "invalid", "message": "Give the submission a title.", "field": "title" })
        );
    }

    #[test]
    fn other_errors_cross_ipc_with_a_null_field_and_the_users_message() {
        let core = cityrights::Error::NotFound {
            what: "Submission",
            id: 7,
        };
        let expected_message = core.to_string();
        let error = CommandError::from(core);
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({ "kind": "not_found", "message": expected_message, "field": null })
        );
        assert_eq!(error.to_string(), expected_message);
    }
}

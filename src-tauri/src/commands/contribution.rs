//! Contributions from departments in the app (issue #17): "Ask a department…" saves a request
//! package, "Open a contribution…" makes this database the contributor workspace (after a
//! backup of whatever it held), "Send back…" saves the return package, and the Contributions
//! screen imports returns and accepts or rejects their changes. Every rule is the core's
//! (`cityrights::app::contribution`); these commands only ask for the files in native dialogs
//! opened from Rust, filtered on the package's extension, and call it.

use super::{localized, poisoned, with_store, words, AppState, CmdResult};
use crate::ipc::CommandError;
use crate::typed::command;
use cityrights::app::contribution::{
    self as contribution, ChangeChoice, ContributionDecided, ContributionImported,
    ContributionReturned, ContributionReview, ContributionSummary, RequestInput, RequestSent,
};
use cityrights::formats::contribution::EXTENSION;
use cityrights::session::AppStatus;
use std::path::PathBuf;
use tauri::State;
use tauri_plugin_dialog::DialogExt;

/// A file name from free text (a department's name): letters, digits and dashes, at most 60
/// characters; `fallback` when nothing is left.
fn file_stem(text: &str, fallback: &str) -> String {
    let stem: String = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .take(60)
        .collect();
    if stem.is_empty() {
        fallback.into()
    } else {
        stem
    }
}

/// The native save dialog for a package; the extension is added when the officer left it out.
fn save_package(
    app: &tauri::AppHandle,
    filter: &str,
    title: &str,
    suggested: &str,
) -> Option<PathBuf> {
    let mut path = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(filter, &[EXTENSION])
        .set_file_name(format!("{suggested}.{EXTENSION}"))
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())?;
    if path.extension().is_none_or(|e| e != EXTENSION) {
        let mut name = path.file_name()?.to_os_string();
        name.push(format!(".{EXTENSION}"));
        path.set_file_name(name);
    }
    Some(path)
}

/// The native open dialog for a package.
fn pick_package(app: &tauri::AppHandle, filter: &str, title: &str) -> Option<PathBuf> {
    app.dialog()
        .file()
        .set_title(title)
        .add_filter(filter, &[EXTENSION])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
}

/// "Ask a department…": the typed fields are checked by the core's rules before the save
/// dialog opens (a missing contributor or a mistyped e-mail costs no dialog), then the package is written where the officer chose
/// and the request recorded, its due date on the calendar. Null when the officer cancels.
#[command]
pub async fn request_contribution(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    input: RequestInput,
) -> CmdResult<Option<RequestSent>> {
    // Refused on their fields, in the interface's language.
    let checked: cityrights::Result<()> = (|| {
        cityrights::validate::required(
            "contributor",
            &input.contributor,
            "required.contributor",
            cityrights::validate::SHORT_MAX,
        )?;
        if !input.email.trim().is_empty() {
            cityrights::validate::email("email", &input.email)?;
        }
        if !input.due_on.trim().is_empty() {
            cityrights::validate::date("due_on", input.due_on.trim())?;
        }
        Ok(())
    })();
    checked.map_err(|e| localized(&state, e))?;
    let Some(file) = save_package(
        &app,
        &words(&state, "dialog.contribution_file"),
        &words(&state, "dialog.save_request"),
        &file_stem(&input.contributor, "contribution-request"),
    ) else {
        return Ok(None);
    };
    with_store(&state, |s| contribution::request(s, &input, &file)).map(Some)
}

/// "Open a contribution…": the officer picks a request package; this database becomes the
/// contributor workspace. The page has asked first when the database held work: the core
/// backs it up before putting the contributor workspace in its place. The session is closed
/// meanwhile, its writer lock held throughout. Answers the new status (its `contribution` is
/// the request); null when cancelled.
#[command]
pub async fn open_contribution(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<Option<AppStatus>> {
    let Some(file) = pick_package(
        &app,
        &words(&state, "dialog.contribution_file"),
        &words(&state, "dialog.open_contribution"),
    ) else {
        return Ok(None);
    };
    let mut session = state.0.lock().map_err(|_| poisoned())?;
    // A refused package in the interface's language (the session's: its lock is held).
    let language = session.language();
    session
        .replace_database(|db| contribution::open(db, &file, true))
        .map_err(|e| CommandError::in_language(e, language))?;
    Ok(Some(session.status()))
}

/// "Send back…" in a contributor workspace: the return package of everything changed since
/// the request, each change with `author` (empty: the contributor asked). The core refuses,
/// in plain words, when nothing changed. Null when cancelled.
#[command]
pub async fn send_back_contribution(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    author: String,
) -> CmdResult<Option<ContributionReturned>> {
    let origin = with_store(&state, |s| s.contribution_origin())?.ok_or_else(|| {
        localized(
            &state,
            cityrights::Error::said("refused", "contribution.err_not_contributor", vec![]),
        )
    })?;
    // Nothing changed: said before the dialog, so the contributor does not pick a file for
    // nothing.
    if with_store(&state, contribution::changes_to_send)? == 0 {
        return Err(localized(
            &state,
            cityrights::Error::said("refused", "contribution.err_nothing_changed", vec![]),
        ));
    }
    let suggested = format!("{}-return", file_stem(&origin.contributor, "contribution"));
    let Some(file) = save_package(
        &app,
        &words(&state, "dialog.contribution_file"),
        &words(&state, "dialog.save_return"),
        &suggested,
    ) else {
        return Ok(None);
    };
    let author = Some(author.as_str()).filter(|a| !a.trim().is_empty());
    with_store(&state, |s| contribution::send_back(s, author, &file)).map(Some)
}

/// "Import a returned contribution…": the return goes to the review queue; nothing of the
/// city's text changes. Null when cancelled.
#[command]
pub async fn import_contribution(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<Option<ContributionImported>> {
    let Some(file) = pick_package(
        &app,
        &words(&state, "dialog.contribution_file"),
        &words(&state, "dialog.import_return"),
    ) else {
        return Ok(None);
    };
    with_store(&state, |s| contribution::import(s, &file)).map(Some)
}

/// The review queue, newest first.
#[command]
pub fn list_contributions(state: State<AppState>) -> CmdResult<Vec<ContributionSummary>> {
    with_store(&state, |s| contribution::list(s))
}

/// A return with each change: the three texts and their word diffs.
#[command]
pub fn review_contribution(state: State<AppState>, id: i64) -> CmdResult<ContributionReview> {
    with_store(&state, |s| contribution::review(s, id))
}

/// Accepts the chosen changes (a conflicting one stays waiting unless `choice.overwrite`).
#[command]
pub fn accept_contribution(
    state: State<AppState>,
    id: i64,
    choice: ChangeChoice,
) -> CmdResult<ContributionDecided> {
    with_store(&state, |s| contribution::accept(s, id, &choice))
}

/// Rejects the chosen changes: nothing of them is written.
#[command]
pub fn reject_contribution(
    state: State<AppState>,
    id: i64,
    choice: ChangeChoice,
) -> CmdResult<ContributionDecided> {
    with_store(&state, |s| contribution::reject(s, id, &choice))
}

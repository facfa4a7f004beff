//! Backups while the app runs: one at start-up and one every few hours, by the core's backup
//! (SQLite's online backup API, checked after writing, old ones pruned; a copy in the second
//! folder when one is chosen), plus the commands of the Backups screen and of Settings.

use super::{localized, words};
use super::{with_store, AppState, CmdResult};
use crate::ipc::CommandError;
use crate::typed::command;
use cityrights::backup::{BackupInfo, BackupOutcome, BackupReason};
use cityrights::document::citation::{CitationPlacement, CitationRequest, CitationStyle};
use cityrights::session::AppStatus;
use cityrights::settings::{CitationSettings, InterfaceLanguage, SecondFolderStatus};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;
use tauri::{Manager, State};
use tauri_plugin_dialog::DialogExt;

/// Hours between automatic backups while the app runs.
pub const EVERY_HOURS: u64 = 4;

/// The last backup made in this run (automatic or manual), so that the Backups and Settings
/// screens can say plainly when its second copy could not be written — an automatic backup has
/// no screen of its own to say it on.
#[derive(Default)]
pub struct LastBackup(pub Mutex<Option<BackupOutcome>>);

fn remember(app: &tauri::AppHandle, outcome: &BackupOutcome) {
    if let Ok(mut last) = app.state::<LastBackup>().0.lock() {
        *last = Some(outcome.clone());
    }
}

/// Starts the backup thread: a backup shortly after start-up, then every [`EVERY_HOURS`].
/// An empty database (first start) is not backed up. Failures are printed, never fatal: the
/// backup is a safety net, not a condition for working.
pub fn start_backups(app: &tauri::AppHandle) {
    let app = app.clone();
    std::thread::spawn(move || {
        let mut reason = BackupReason::Startup;
        loop {
            std::thread::sleep(if reason == BackupReason::Startup {
                Duration::from_secs(5)
            } else {
                Duration::from_secs(EVERY_HOURS * 3600)
            });
            let state = app.state::<AppState>();
            // The new backup is made and checked under the session's lock; the old ones are
            // pruned after it is released, so that no command waits for them.
            let result = state.0.lock().map_err(|_| ()).and_then(|mut session| {
                let store = session.store().map_err(|_| ())?;
                if store.is_empty().unwrap_or(true) {
                    return Ok(None);
                }
                store
                    .back_up_now(reason)
                    .map(|o| Some((o, store.path().to_path_buf())))
                    .map_err(|e| eprintln!("CityRights: the automatic backup failed: {e}"))
            });
            if let Ok(Some((outcome, path))) = result {
                prune(&path);
                eprintln!("CityRights: backed up to {}", outcome.backup.path);
                if let Some(problem) = outcome
                    .second_copy
                    .as_ref()
                    .and_then(|c| c.problem.as_ref())
                {
                    eprintln!("CityRights: the second copy was not written: {problem}");
                }
                remember(&app, &outcome);
            }
            reason = BackupReason::Periodic;
        }
    });
}

/// Prunes the old backups of the database at `path` (both folders), outside the session's lock.
fn prune(path: &std::path::Path) {
    match cityrights::backup::apply_retention(path) {
        Ok(p) => {
            for left in p.left {
                eprintln!("CityRights: an old backup was left in place: {left}");
            }
        }
        Err(e) => eprintln!("CityRights: old backups could not be pruned: {e}"),
    }
}

/// The database file of the session (the lock is not held afterwards, so slow work on the
/// backup files does not keep other commands waiting).
fn db_path(state: &State<'_, AppState>) -> CmdResult<PathBuf> {
    let session = state.0.lock().map_err(|_| super::poisoned())?;
    Ok(session.path().to_path_buf())
}

/// The backups in the data folder, newest first, each checked (damaged ones say why). Async:
/// checking every backup reads them whole, which must not freeze the window.
#[command]
pub async fn list_backups(state: State<'_, AppState>) -> CmdResult<Vec<BackupInfo>> {
    let path = db_path(&state)?;
    let language = super::interface_language(&state);
    let list = cityrights::backup::list_of(&path).map_err(|e| localized(&state, e))?;
    // Why a backup is damaged or cannot be checked, in the interface's language.
    Ok(list.into_iter().map(|b| b.in_language(language)).collect())
}

/// "Back up now": into the data folder, and into the second folder when one is chosen.
#[command]
pub fn create_backup(app: tauri::AppHandle, state: State<AppState>) -> CmdResult<BackupOutcome> {
    let (outcome, path) = with_store(&state, |s| {
        Ok((s.back_up_now(BackupReason::Manual)?, s.path().to_path_buf()))
    })?;
    remember(&app, &outcome);
    prune(&path);
    Ok(outcome.in_language(super::interface_language(&state)))
}

/// The last backup of this run, if any (null before the first one).
#[command]
pub fn last_backup(
    state: State<AppState>,
    last: State<LastBackup>,
) -> CmdResult<Option<BackupOutcome>> {
    // Kept as the catalogue's messages: worded in the language of the interface now, which
    // may have changed since the backup was made.
    let language = super::interface_language(&state);
    let last = last.0.lock().map_err(|_| super::poisoned())?.clone();
    Ok(last.map(|o| o.in_language(language)))
}

/// Restores a backup: closes the database (keeping its writer lock throughout), keeps a byte
/// copy of the current file, swaps the files, and opens the restored database.
#[command]
pub fn restore_backup(state: State<AppState>, file: String) -> CmdResult<AppStatus> {
    let mut session = state.0.lock().map_err(|_| super::poisoned())?;
    let path = session.path().to_path_buf();
    // Only a file from this database's own backup folder can be restored from the app.
    let dir = cityrights::backup::backup_dir(&path);
    let file = std::path::PathBuf::from(file);
    if file.parent() != Some(dir.as_path()) {
        return Err(CommandError::in_language(
            cityrights::Error::invalid_said("file", "error.choose_listed_backup", vec![]),
            session.language(),
        ));
    }
    // The refusal (a damaged backup, one that cannot be read now) in the interface's language;
    // the session's lock is held, so its language is read from it, not through `localized`.
    let language = session.language();
    session
        .replace_database(|db| cityrights::backup::restore(db, &file))
        .map_err(|e| CommandError::in_language(e, language))?;
    Ok(session.status())
}

/// The second backup folder and whether it can be reached now.
#[command]
pub fn second_backup_folder(state: State<AppState>) -> CmdResult<SecondFolderStatus> {
    Ok(
        cityrights::settings::second_folder_status(&db_path(&state)?)
            .in_language(super::interface_language(&state)),
    )
}

/// Lets the officer pick the second backup folder (native dialog from Rust; async so that the
/// dialog never blocks the window that has to draw it). Cancelling changes nothing.
#[command]
pub async fn choose_second_backup_folder(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<SecondFolderStatus> {
    let path = db_path(&state)?;
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, "dialog.second_backup_folder"))
        .blocking_pick_folder()
        .and_then(|p| p.into_path().ok());
    let status = match picked {
        Some(folder) => {
            cityrights::settings::set_second_folder(&path, Some(&folder.display().to_string()))
                .map_err(|e| localized(&state, e))?
        }
        None => cityrights::settings::second_folder_status(&path),
    };
    Ok(status.in_language(super::interface_language(&state)))
}

/// Stops copying the backups to the second folder (the copies already there stay).
#[command]
pub fn forget_second_backup_folder(state: State<AppState>) -> CmdResult<SecondFolderStatus> {
    Ok(
        cityrights::settings::set_second_folder(&db_path(&state)?, None)
            .map_err(|e| localized(&state, e))?
            .in_language(super::interface_language(&state)),
    )
}

/// The interface's language (chosen on this computer, else the system's, else English), asked
/// by the page before its first screen.
#[command]
pub fn interface_language(state: State<AppState>) -> CmdResult<InterfaceLanguage> {
    Ok(cityrights::settings::interface_language(&db_path(&state)?))
}

/// Chooses the interface's language on this computer (None: follow the operating system).
#[command]
pub fn set_interface_language(
    state: State<AppState>,
    language: Option<String>,
) -> CmdResult<InterfaceLanguage> {
    let chosen =
        cityrights::settings::set_interface_language(&db_path(&state)?, language.as_deref())?;
    // What the core says from now on (checks, proposed timelines, notices) follows the choice.
    state
        .0
        .lock()
        .map_err(|_| super::poisoned())?
        .refresh_language();
    Ok(chosen)
}

/// How citations are written (Settings → Citations), with an example of each style.
#[command]
pub fn citation_settings(state: State<AppState>) -> CmdResult<CitationSettings> {
    cityrights::settings::citation_settings(&db_path(&state)?).map_err(|e| localized(&state, e))
}

/// Chooses how the editor writes the citations it inserts from now on.
#[command]
pub fn set_citation_style(
    state: State<AppState>,
    style: CitationStyle,
) -> CmdResult<CitationSettings> {
    Ok(cityrights::settings::set_citation_style(
        &db_path(&state)?,
        style,
    )?)
}

/// What the editor inserts for a new citation at its cursor, in the chosen style: the core
/// places the brackets, spaces and punctuation (or the footnote) around it.
#[command]
pub fn place_citation(
    state: State<AppState>,
    request: CitationRequest,
) -> CmdResult<CitationPlacement> {
    Ok(cityrights::settings::place_citation(
        &db_path(&state)?,
        &request,
    )?)
}

/// "Export the workspace…": the officer picks the file in a native dialog opened from Rust, and
/// the core writes the database (a checked snapshot) and the city logo into it. Null when the
/// officer cancels. Async so that the dialog is not on the main thread.
#[command]
pub async fn export_workspace(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<Option<cityrights::workspace::WorkspaceExported>> {
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, "dialog.export_workspace"))
        .add_filter(words(&state, "dialog.workspace_file"), &["zip"])
        .set_file_name("cityrights-workspace.zip")
        .blocking_save_file();
    let Some(file) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    with_store(&state, |s| s.export_workspace(&file)).map(Some)
}

/// "Import a workspace…": the officer picks a workspace file; the core checks it whole, backs
/// up the current database and puts the imported one in its place. The session is closed
/// meanwhile and the writer lock held throughout, then the database opened again. Null when
/// cancelled.
#[command]
pub async fn import_workspace(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<Option<cityrights::workspace::WorkspaceImported>> {
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, "dialog.import_workspace"))
        .add_filter(words(&state, "dialog.workspace_file"), &["zip"])
        .blocking_pick_file();
    let Some(file) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    let mut session = state.0.lock().map_err(|_| super::poisoned())?;
    // The writer lock is held through the whole import; the database is opened again after.
    let language = session.language();
    let result = session.replace_database(|db| cityrights::workspace::import(db, &file));
    Ok(Some(
        result.map_err(|e| CommandError::in_language(e, language))?,
    ))
}

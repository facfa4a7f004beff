//! A file the app was asked to open: double-clicked in the file manager (the desktop entry
//! runs `cityrights-desktop %f`), or given to a second start while the app runs (the
//! single-instance plugin hands its arguments over). The path comes from the operating system,
//! never from the page: the page is told what the file is and asks the officer; only then does
//! it ask Rust to act on that same file, which Rust keeps.

use super::{poisoned, AppState, CmdResult};
use crate::ipc::CommandError;
use crate::typed::command;
use cityrights::app::launch::{LaunchFile, LaunchKind};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::{Emitter, Manager, State};
use ts_rs::TS;

/// The event that tells the page a file was given to the running app.
pub const OPEN_FILE_EVENT: &str = "open-file";

/// The file waiting for the officer's answer.
pub struct LaunchState(pub Mutex<Option<LaunchFile>>);

/// Keeps the file a start was given (its arguments), for the page to ask about.
pub fn at_start(app: &tauri::AppHandle) {
    let cwd = std::env::current_dir().ok();
    let file = cityrights::app::launch::from_args(std::env::args(), cwd.as_deref());
    app.manage(LaunchState(Mutex::new(file)));
}

/// A second start with a file: keep it and tell the page.
pub fn from_second_start(app: &tauri::AppHandle, args: Vec<String>, cwd: String) {
    let Some(file) = cityrights::app::launch::from_args(args, Some(std::path::Path::new(&cwd)))
    else {
        return;
    };
    if let Some(state) = app.try_state::<LaunchState>() {
        if let Ok(mut slot) = state.0.lock() {
            *slot = Some(file.clone());
        }
    }
    let _ = app.emit(OPEN_FILE_EVENT, file);
}

/// The file the app was given and not yet answered about, if any.
#[command]
pub fn launch_file(launch: State<LaunchState>) -> CmdResult<Option<LaunchFile>> {
    Ok(launch.0.lock().map_err(|_| poisoned())?.clone())
}

/// The officer said no (or the page showed why the file cannot be opened): forget it.
#[command]
pub fn dismiss_launch_file(launch: State<LaunchState>) -> CmdResult<()> {
    *launch.0.lock().map_err(|_| poisoned())? = None;
    Ok(())
}

/// What acting on the file did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LaunchDone {
    pub kind: LaunchKind,
    /// A workspace import or a contribution opened: the database in use changed.
    pub replaced: bool,
    /// A department's return put in the review queue: its number there.
    pub contribution_id: Option<i64>,
}

/// The officer said yes: import the workspace (the current one is backed up first), open the
/// contribution request as this computer's workspace (likewise), or put the department's
/// return in the review queue. The file is the one the operating system gave, kept in Rust.
#[command]
pub async fn open_launch_file(
    state: State<'_, AppState>,
    launch: State<'_, LaunchState>,
) -> CmdResult<LaunchDone> {
    let file = launch.0.lock().map_err(|_| poisoned())?.clone();
    let Some(file) = file else {
        return Err(super::localized(
            &state,
            cityrights::Error::said("refused", "error.launch_file_gone", vec![]),
        ));
    };
    let path = PathBuf::from(&file.path);
    let mut session = state.0.lock().map_err(|_| poisoned())?;
    // Refusals in the interface's language (the session's: its lock is held).
    let language = session.language();
    let said = |e: cityrights::Error| CommandError::in_language(e, language);
    let done = match file.kind {
        LaunchKind::Workspace => {
            session
                .replace_database(|db| cityrights::workspace::import(db, &path))
                .map_err(said)?;
            LaunchDone {
                kind: file.kind,
                replaced: true,
                contribution_id: None,
            }
        }
        LaunchKind::ContributionRequest => {
            session
                .replace_database(|db| cityrights::app::contribution::open(db, &path, true))
                .map_err(said)?;
            LaunchDone {
                kind: file.kind,
                replaced: true,
                contribution_id: None,
            }
        }
        LaunchKind::ContributionReturn => {
            let store = session.store().map_err(said)?;
            let imported = cityrights::app::contribution::import(store, &path).map_err(said)?;
            LaunchDone {
                kind: file.kind,
                replaced: false,
                contribution_id: Some(imported.contribution_id),
            }
        }
        LaunchKind::Unknown => {
            return Err(said(cityrights::Error::said(
                "refused",
                "error.launch_file_unknown",
                vec![("name", file.name.clone().into())],
            )))
        }
    };
    *launch.0.lock().map_err(|_| poisoned())? = None;
    Ok(done)
}

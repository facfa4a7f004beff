//! Backups while the app runs: one at start-up and one every few hours, by the core's backup
//! (SQLite's online backup API, checked after writing, old ones pruned), plus the restore screen's
//! commands.

use super::{with_store, AppState, CmdResult};
use cityrights::backup::{BackupInfo, BackupReason};
use cityrights::session::{AppStatus, Session};
use std::time::Duration;
use tauri::{Manager, State};

/// Hours between automatic backups while the app runs.
pub const EVERY_HOURS: u64 = 4;

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
            let result = state.0.lock().map_err(|_| ()).and_then(|mut session| {
                let store = session.store().map_err(|_| ())?;
                if store.is_empty().unwrap_or(true) {
                    return Ok(None);
                }
                store
                    .backup(reason)
                    .map(Some)
                    .map_err(|e| eprintln!("CityRights: the automatic backup failed: {e}"))
            });
            if let Ok(Some(b)) = result {
                eprintln!("CityRights: backed up to {}", b.path);
            }
            reason = BackupReason::Periodic;
        }
    });
}

#[tauri::command]
pub fn list_backups(state: State<AppState>) -> CmdResult<Vec<BackupInfo>> {
    let session = state.0.lock().map_err(|_| super::poisoned())?;
    Ok(cityrights::backup::list(&cityrights::backup::backup_dir(
        session.path(),
    ))?)
}

#[tauri::command]
pub fn create_backup(state: State<AppState>) -> CmdResult<BackupInfo> {
    with_store(&state, |s| s.backup(BackupReason::Manual))
}

/// Restores a backup: closes the database, backs up the current one, swaps the files, and
/// opens the restored database.
#[tauri::command]
pub fn restore_backup(state: State<AppState>, file: String) -> CmdResult<AppStatus> {
    let mut session = state.0.lock().map_err(|_| super::poisoned())?;
    let path = session.path().to_path_buf();
    // Only a file from this database's own backup folder can be restored from the app.
    let dir = cityrights::backup::backup_dir(&path);
    let file = std::path::PathBuf::from(file);
    if file.parent() != Some(dir.as_path()) {
        return Err(cityrights::Error::invalid("file", "Choose one of the backups listed.").into());
    }
    session.close();
    let result = cityrights::backup::restore(&path, &file);
    *session = Session::open(&path);
    result?;
    Ok(session.status())
}

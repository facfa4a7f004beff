//! CityRights desktop shell: the Tauri window around the `cityrights` core.
//!
//! This crate only wires things together — the window and its web page (`ui/`), the plugins,
//! and the commands of [`ipc`]. Domain logic lives in the core, which never depends on Tauri.
//!
//! The page gets no `fs` and no `dialog` permission (see `capabilities/default.json`): when a
//! command needs a file, Rust opens the native dialog (`tauri-plugin-dialog`, used from Rust)
//! and Rust does the reading and writing. Likewise desktop notifications
//! (`tauri-plugin-notification`) are sent from Rust by the reminder timer, so the page needs no
//! notification permission, and an exported file is opened from Rust (`tauri-plugin-opener`,
//! after the officer says so in a native question), so the page needs no opener permission.

pub mod commands;
#[cfg(target_os = "linux")]
pub mod gtk_style;
pub mod ipc;
pub mod typed;

use tauri::Manager;

// Every command the page may call: each is a function marked `#[command]` (see [`typed`]).
// The build script lists them all (`$OUT_DIR/command_list.rs`, one `typed_commands!` call),
// which generates Tauri's registration (`invoke_handler`) and the metadata from which the
// test writes the page's typed callers, `ui/src/lib/commands.ts`.
include!(concat!(env!("OUT_DIR"), "/command_list.rs"));

/// Builds and runs the app until its last window closes.
///
/// A failure to start (e.g. no display, or WebKitGTK missing) is reported in plain words on
/// stderr and ends the process with status 1, rather than a panic's backtrace.
pub fn run() {
    let result = tauri::Builder::default()
        // First, so that a second copy of the app stops before it touches anything: it only
        // asks the running one (over D-Bus on Linux) to bring its window to the front, then
        // exits. Without a session bus the plugin stays idle and the writer lock still keeps
        // a second copy from writing.
        .plugin(tauri_plugin_single_instance::init(|app, args, cwd| {
            eprintln!("CityRights: another copy was started; showing this window instead.");
            // Started again with a file (double-clicked while the app runs): ask about it here.
            commands::launch::from_second_start(app, args, cwd);
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_notification::init())
        .manage(commands::recommendations::RecommendationImports::default())
        .manage(commands::matrix::MatrixWorkbook::default())
        .manage(commands::backup::LastBackup::default())
        .manage(commands::personal_data::StartupPurge::default())
        .setup(|app| {
            // The keyboard's day in WebKitGTK's date picker, drawn visibly (see gtk_style).
            #[cfg(target_os = "linux")]
            gtk_style::install();
            // The core owns the database path ($CITYRIGHTS_DB, else the OS data directory).
            // Opened here, after the single-instance check, so that a second copy never takes
            // the database. A file that cannot be opened does not stop the app: the UI shows
            // why and offers other files. (No command runs before setup returns.)
            let session = cityrights::session::Session::open(&cityrights::store::default_path());
            app.manage(commands::AppState(std::sync::Mutex::new(session)));
            commands::launch::at_start(app.handle());
            commands::personal_data::purge_at_startup(app.handle());
            commands::calendar::start_reminders(app.handle());
            commands::backup::start_backups(app.handle());
            Ok(())
        })
        .invoke_handler(invoke_handler())
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("CityRights could not start: {error}");
        std::process::exit(1);
    }
}

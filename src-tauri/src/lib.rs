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
pub mod ipc;

use tauri::Manager;

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
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            eprintln!("CityRights: another copy was started; showing this window instead.");
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
        .manage(commands::backup::LastBackup::default())
        .manage(commands::personal_data::StartupPurge::default())
        .setup(|app| {
            // The core owns the database path ($CITYRIGHTS_DB, else the OS data directory).
            // Opened here, after the single-instance check, so that a second copy never takes
            // the database. A file that cannot be opened does not stop the app: the UI shows
            // why and offers other files. (No command runs before setup returns.)
            let session = cityrights::session::Session::open(&cityrights::store::default_path());
            app.manage(commands::AppState(std::sync::Mutex::new(session)));
            commands::personal_data::purge_at_startup(app.handle());
            commands::calendar::start_reminders(app.handle());
            commands::backup::start_backups(app.handle());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            ipc::app_info,
            commands::app_status,
            commands::open_other_database,
            commands::create_new_database,
            commands::load_demo,
            commands::save_city,
            commands::choose_city_logo,
            commands::remove_city_logo,
            commands::list_mechanisms,
            commands::list_mandates,
            commands::dashboard,
            commands::list_engagements,
            commands::get_engagement,
            commands::create_engagement,
            commands::update_engagement,
            commands::set_engagement_stage,
            commands::set_rule_override,
            commands::delete_engagement,
            commands::add_milestone,
            commands::update_milestone,
            commands::delete_milestone,
            commands::list_bin,
            commands::restore_from_bin,
            commands::empty_bin,
            commands::backup::list_backups,
            commands::backup::create_backup,
            commands::backup::restore_backup,
            commands::backup::last_backup,
            commands::backup::second_backup_folder,
            commands::backup::choose_second_backup_folder,
            commands::backup::forget_second_backup_folder,
            commands::backup::export_workspace,
            commands::backup::import_workspace,
            commands::calendar::calendar_view,
            commands::calendar::move_milestone,
            commands::calendar::propose_timeline,
            commands::calendar::add_milestones,
            commands::calendar::due_at_startup,
            commands::calendar::export_calendar,
            commands::recommendations::pick_recommendations_file,
            commands::recommendations::preview_recommendations_csv,
            commands::recommendations::import_recommendations,
            commands::recommendations::cancel_recommendations_import,
            commands::recommendations::list_recommendations,
            commands::recommendations::recommendation_facets,
            commands::recommendations::recommendations_overview,
            commands::recommendations::get_recommendation,
            commands::recommendations::set_recommendation_fields,
            commands::recommendations::set_recommendation_tags,
            commands::recommendations::bulk_change_recommendations,
            commands::recommendations::add_recommendation_evidence,
            commands::recommendations::delete_recommendation_evidence,
            commands::recommendations::create_recommendation,
            commands::recommendations::delete_recommendation,
            commands::recommendations::search_recommendations,
            commands::recommendations::export_recommendations_csv,
            commands::recommendations::export_recommendations_pdf,
            commands::drafting::list_templates,
            commands::drafting::list_stakeholders,
            commands::drafting::create_stakeholder,
            commands::drafting::list_submissions,
            commands::drafting::create_submission,
            commands::drafting::get_submission,
            commands::drafting::update_submission,
            commands::drafting::set_submission_status,
            commands::drafting::delete_submission,
            commands::drafting::count_content,
            commands::drafting::count_submission,
            commands::drafting::save_section,
            commands::drafting::add_section,
            commands::drafting::move_section,
            commands::drafting::set_section_meta,
            commands::drafting::delete_section,
            commands::drafting::list_revisions,
            commands::drafting::get_revision,
            commands::drafting::name_revision,
            commands::drafting::compare_revisions,
            commands::drafting::restore_revision,
            commands::drafting::search_drafts,
            commands::drafting::import_draft,
            commands::drafting::import_section,
            commands::export::export_docx,
            commands::export::export_pdf,
            commands::export::preview_pdf,
            commands::drafting::mark_submitted,
            commands::personal_data::list_consultations,
            commands::personal_data::create_consultation,
            commands::personal_data::update_consultation,
            commands::personal_data::delete_consultation,
            commands::personal_data::retention_policy,
            commands::personal_data::set_retention_months,
            commands::personal_data::startup_purge,
            commands::personal_data::purge_expired_personal_data,
            commands::personal_data::find_person,
            commands::personal_data::person_occurrences,
            commands::personal_data::erase_person,
            commands::drafting::record_outcome,
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("CityRights could not start: {error}");
        std::process::exit(1);
    }
}

//! The domain commands the web page calls. Each one parses its arguments, calls one core
//! function on the open database and maps the error — nothing more (arguments arrive in
//! camelCase from JavaScript: `engagementId`).
//!
//! The open database lives in [`Session`]. When the file cannot be opened (damaged, newer
//! version, not ours) the session holds the reason instead, the file is left untouched, and
//! the UI shows the error screen with the choice to open another file or start a new one.

use crate::ipc::CommandError;
use crate::typed::command;
use cityrights::bin::{BinItem, BinKind};
use cityrights::calendar::Dashboard;
use cityrights::city::CityProfile;
use cityrights::engagement::{Engagement, EngagementInput, Stage};
use cityrights::mechanism::{Mandate, Mechanism};
use cityrights::milestone::{Milestone, MilestoneInput};
use cityrights::overview::{EngagementDetail, EngagementSummary};
use cityrights::rules::{EffectiveRule, RuleOverride};
use cityrights::session::{AppStatus, Session};
use cityrights::Store;
use std::sync::Mutex;
use tauri::State;
use tauri_plugin_dialog::DialogExt;

pub mod backup;
pub mod calendar;
pub mod contribution;
pub mod drafting;
pub mod export;
pub mod launch;
pub mod library;
pub mod matrix;
pub mod personal_data;
pub mod plan;
pub mod recommendations;
pub mod report;

pub(crate) type CmdResult<T> = Result<T, CommandError>;

/// The app's state, shared by all commands: the core's [`Session`].
pub struct AppState(pub Mutex<Session>);

pub(crate) fn poisoned() -> CommandError {
    CommandError::from(cityrights::Error::Internal(
        "An earlier action failed badly; please restart CityRights. Your saved work is in the database.".into(),
    ))
}

/// A native dialog's words (title, file type) in the interface's language.
pub(crate) fn words(state: &State<AppState>, key: &str) -> String {
    words_with(state, key, &[])
}

/// [`words`] with variables (a path, a reason).
pub(crate) fn words_with(
    state: &State<AppState>,
    key: &str,
    args: &[(&str, cityrights::model::language::Arg)],
) -> String {
    cityrights::model::language::text(interface_language(state), key, args)
}

/// A core error checked outside the store (a typed field), in the interface's language.
pub(crate) fn localized(state: &State<AppState>, error: cityrights::Error) -> CommandError {
    CommandError::in_language(error, interface_language(state))
}

/// The interface's language, as the session last read it (English if it cannot be read).
pub(crate) fn interface_language(state: &State<AppState>) -> &'static str {
    state
        .0
        .lock()
        .map(|s| s.language())
        .unwrap_or(cityrights::model::language::FALLBACK)
}

/// Runs `f` on the open store.
pub(crate) fn with_store<T>(
    state: &State<AppState>,
    f: impl FnOnce(&mut Store) -> cityrights::Result<T>,
) -> CmdResult<T> {
    let mut session = state.0.lock().map_err(|_| poisoned())?;
    // The error in the interface's language where the catalogue words it.
    let language = session.language();
    f(session.store()?).map_err(|e| CommandError::in_language(e, language))
}

#[command]
pub fn app_status(state: State<AppState>) -> CmdResult<AppStatus> {
    let session = state.0.lock().map_err(|_| poisoned())?;
    Ok(session.status())
}

/// Lets the user pick an existing database file (native dialog opened from Rust). Cancelling
/// changes nothing. Async so that the blocking dialog never runs on the main thread (which
/// would freeze the window that has to draw it).
#[command]
pub async fn open_other_database(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<AppStatus> {
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, "dialog.open_database"))
        .add_filter(
            words(&state, "dialog.database_file"),
            &["sqlite3", "sqlite", "db"],
        )
        .blocking_pick_file();
    switch_to(picked, &state)
}

/// Lets the user choose where to start a new, empty database (native dialog from Rust; async
/// for the same reason as [`open_other_database`]).
#[command]
pub async fn create_new_database(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<AppStatus> {
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, "dialog.new_database"))
        .set_file_name("cityrights.sqlite3")
        .blocking_save_file();
    let mut session = state.0.lock().map_err(|_| poisoned())?;
    if let Some(path) = picked.and_then(|p| p.into_path().ok()) {
        *session = Session::create(&path)?;
    }
    Ok(session.status())
}

fn switch_to(
    picked: Option<tauri_plugin_dialog::FilePath>,
    state: &State<AppState>,
) -> CmdResult<AppStatus> {
    let mut session = state.0.lock().map_err(|_| poisoned())?;
    if let Some(path) = picked.and_then(|p| p.into_path().ok()) {
        *session = Session::open(&path);
    }
    Ok(session.status())
}

/// Fills the (empty) database with the demo city, written in the interface's language.
#[command]
pub fn load_demo(state: State<AppState>) -> CmdResult<AppStatus> {
    let language = interface_language(&state);
    with_store(&state, |s| {
        cityrights::demo::load_in(s, chrono_today(), language)
    })?;
    app_status(state)
}

fn chrono_today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Saves the city profile. The page never gives a file path: `logo_path` is not read from
/// the JSON (see `CityProfile`), and the core keeps the logo the profile has. The logo is
/// chosen with [`choose_city_logo`].
#[command]
pub fn save_city(state: State<AppState>, profile: CityProfile) -> CmdResult<CityProfile> {
    with_store(&state, |s| s.save_city_profile(&profile))
}

/// "Choose logo…": a native dialog opened from Rust (PNG files); the core reads the file
/// through its capped, regular-file-only reader and copies it into the app's data. The page
/// gets the saved profile back, never a path it chose. None when the officer cancels.
#[command]
pub async fn choose_city_logo(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<Option<CityProfile>> {
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, "dialog.city_logo"))
        .add_filter(words(&state, "dialog.png_file"), &["png"])
        .blocking_pick_file();
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    with_store(&state, |s| s.set_city_logo(&path)).map(Some)
}

/// "Remove logo": the profile no longer names a logo.
#[command]
pub fn remove_city_logo(state: State<AppState>) -> CmdResult<CityProfile> {
    with_store(&state, |s| s.remove_city_logo())
}

#[command]
pub fn list_mechanisms(state: State<AppState>) -> CmdResult<Vec<Mechanism>> {
    with_store(&state, |s| s.mechanisms())
}

#[command]
pub fn list_mandates() -> CmdResult<Vec<Mandate>> {
    Ok(cityrights::mechanism::mandates()?)
}

#[command]
pub fn dashboard(state: State<AppState>) -> CmdResult<Dashboard> {
    with_store(&state, |s| s.dashboard(chrono::Utc::now()))
}

#[command]
pub fn list_engagements(state: State<AppState>) -> CmdResult<Vec<EngagementSummary>> {
    with_store(&state, |s| s.engagement_summaries(chrono::Utc::now()))
}

#[command]
pub fn get_engagement(state: State<AppState>, id: i64) -> CmdResult<EngagementDetail> {
    with_store(&state, |s| s.engagement_detail(id))
}

#[command]
pub fn create_engagement(state: State<AppState>, input: EngagementInput) -> CmdResult<Engagement> {
    with_store(&state, |s| s.create_engagement(&input))
}

#[command]
pub fn update_engagement(
    state: State<AppState>,
    id: i64,
    input: EngagementInput,
) -> CmdResult<Engagement> {
    with_store(&state, |s| s.update_engagement(id, &input))
}

#[command]
pub fn set_engagement_stage(
    state: State<AppState>,
    id: i64,
    stage: Stage,
) -> CmdResult<Engagement> {
    with_store(&state, |s| s.set_engagement_stage(id, stage))
}

#[command]
pub fn set_rule_override(
    state: State<AppState>,
    id: i64,
    rule_override: RuleOverride,
) -> CmdResult<EffectiveRule> {
    with_store(&state, |s| s.set_rule_override(id, &rule_override))
}

#[command]
pub fn delete_engagement(state: State<AppState>, id: i64) -> CmdResult<()> {
    with_store(&state, |s| s.delete_engagement(id))
}

#[command]
pub fn add_milestone(
    state: State<AppState>,
    engagement_id: i64,
    input: MilestoneInput,
) -> CmdResult<Milestone> {
    with_store(&state, |s| s.add_milestone(engagement_id, &input))
}

#[command]
pub fn update_milestone(
    state: State<AppState>,
    id: i64,
    input: MilestoneInput,
) -> CmdResult<Milestone> {
    with_store(&state, |s| s.update_milestone(id, &input))
}

#[command]
pub fn delete_milestone(state: State<AppState>, id: i64) -> CmdResult<()> {
    with_store(&state, |s| s.delete_milestone(id))
}

/// Marks a missed deadline as handled ("Mark as handled"), or not any more (the undo).
#[command]
pub fn set_milestone_handled(
    state: State<AppState>,
    id: i64,
    handled: bool,
) -> CmdResult<Milestone> {
    with_store(&state, |s| {
        s.set_milestone_handled(id, handled, chrono::Utc::now())
    })
}

#[command]
pub fn list_bin(state: State<AppState>) -> CmdResult<Vec<BinItem>> {
    with_store(&state, |s| s.bin())
}

#[command]
pub fn restore_from_bin(state: State<AppState>, kind: BinKind, id: i64) -> CmdResult<()> {
    with_store(&state, |s| s.restore(kind, id))
}

/// Empties the bin for good. The UI asks for confirmation before calling this.
#[command]
pub fn empty_bin(state: State<AppState>) -> CmdResult<usize> {
    with_store(&state, |s| s.empty_bin())
}

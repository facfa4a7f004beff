//! The calendar's commands (events placed in the user's zone, moving a milestone, proposed
//! timelines, export to an iCalendar file) and the reminder timer.
//!
//! Reminders: Tauri's notification plugin cannot schedule on the desktop, so the core's
//! [`Scheduler`] decides what is due and this shell only shows it. At start-up it takes what came
//! due while the app was closed (for the "due soon" banner, without a notification); then a
//! background thread ticks every minute and sends each new reminder as a desktop notification
//! from Rust — the web page needs no notification permission.

use super::words;
use super::{poisoned, with_store, AppState, CmdResult};
use crate::typed::command;
use cityrights::calendar::{user_time_zone, CalendarView};
use cityrights::export::ics::CalendarExported;
use cityrights::milestone::{Milestone, MilestoneInput};
use cityrights::reminder::{Notifier, PlanReminder, Reminder, Scheduler, SystemClock};
use cityrights::timeline::{ProposedTimeline, TimelineRequest};
use std::sync::Mutex;
use std::time::Duration;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_notification::NotificationExt;

/// How often the reminder timer looks for reminders that have come due: every minute, or every
/// `CITYRIGHTS_REMINDER_INTERVAL` seconds (1 to 86400; the end-to-end tests set it).
fn tick_interval() -> Duration {
    let secs = std::env::var("CITYRIGHTS_REMINDER_INTERVAL")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .filter(|s| (1..=86_400).contains(s))
        .unwrap_or(60);
    Duration::from_secs(secs)
}

/// What came due while the app was closed, taken once at start-up for the banner.
pub struct DueAtStartup(pub Mutex<Vec<Reminder>>);

/// The implementation plan's reminders that came due while the app was closed (the same
/// banner).
pub struct PlanDueAtStartup(pub Mutex<Vec<PlanReminder>>);

/// Shows reminders as desktop notifications (through `tauri-plugin-notification`, which sends
/// them without blocking).
/// With the interface's language, read from the session by whoever holds its lock (the tick
/// holds it while the notifications are shown).
struct DesktopNotifier<'a>(&'a AppHandle, &'static str);

impl DesktopNotifier<'_> {
    fn show(&self, title: String, body: String) -> Result<(), String> {
        self.0
            .notification()
            .builder()
            .title(title)
            .body(body)
            .show()
            .map_err(|e| e.to_string())
    }
}

impl Notifier for DesktopNotifier<'_> {
    fn notify(&self, reminder: &Reminder) -> Result<(), String> {
        self.show(reminder.heading_in(self.1), reminder.body_in(self.1))
    }

    fn notify_plan(&self, reminder: &PlanReminder) -> Result<(), String> {
        self.show(reminder.heading_in(self.1), reminder.body_in(self.1))
    }
}

/// Takes the start-up reminders and starts the timer thread. Called once from the builder's
/// `setup`. A database that is not open (the start-up error screen) simply has no reminders.
pub fn start_reminders(app: &AppHandle) {
    let (at_startup, plan_at_startup) = {
        let state = app.state::<AppState>();
        let mut session = match state.0.lock() {
            Ok(s) => s,
            Err(_) => return,
        };
        match session.store() {
            Ok(store) => {
                let scheduler = Scheduler::new(SystemClock);
                let milestones = scheduler.at_startup(store).unwrap_or_else(|e| {
                    eprintln!("CityRights: reminders could not be read: {e}");
                    Vec::new()
                });
                let plan = scheduler.plan_at_startup(store).unwrap_or_else(|e| {
                    eprintln!("CityRights: the plan's reminders could not be read: {e}");
                    Vec::new()
                });
                (milestones, plan)
            }
            Err(_) => (Vec::new(), Vec::new()),
        }
    };
    app.manage(DueAtStartup(Mutex::new(at_startup)));
    app.manage(PlanDueAtStartup(Mutex::new(plan_at_startup)));
    let handle = app.clone();
    let every = tick_interval();
    let spawned = std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || loop {
            std::thread::sleep(every);
            tick(&handle);
        });
    if let Err(e) = spawned {
        eprintln!("CityRights: the reminder timer could not start: {e}");
    }
}

/// One tick: the core gives what has come due since the last tick, once; each is shown.
fn tick(app: &AppHandle) {
    let state = app.state::<AppState>();
    let Ok(mut session) = state.0.lock() else {
        return;
    };
    let language = session.language();
    let Ok(store) = session.store() else {
        return;
    };
    let scheduler = Scheduler::new(SystemClock);
    let notifier = DesktopNotifier(app, language);
    let report = |given: Vec<(String, Option<String>)>| {
        for (heading, error) in given {
            if let Some(error) = error {
                eprintln!("CityRights: could not show the reminder \"{heading}\": {error}");
            }
        }
    };
    match scheduler.tick(store, &notifier) {
        Ok(given) => report(given.into_iter().map(|(r, e)| (r.heading(), e)).collect()),
        Err(e) => eprintln!("CityRights: reminders could not be read: {e}"),
    }
    match scheduler.tick_plan(store, &notifier) {
        Ok(given) => report(given.into_iter().map(|(r, e)| (r.heading(), e)).collect()),
        Err(e) => eprintln!("CityRights: the plan's reminders could not be read: {e}"),
    }
}

/// The "due soon" banner: what came due or was missed while the app was closed.
#[command]
pub fn due_at_startup(due: State<DueAtStartup>) -> CmdResult<Vec<Reminder>> {
    Ok(due.0.lock().map_err(|_| poisoned())?.clone())
}

/// The same banner: the implementation plan's reminders (actions due, indicators' target
/// dates) that came due or passed while the app was closed.
#[command]
pub fn plan_due_at_startup(due: State<PlanDueAtStartup>) -> CmdResult<Vec<PlanReminder>> {
    Ok(due.0.lock().map_err(|_| poisoned())?.clone())
}

/// Every milestone placed on the calendar in the user's zone (resolved by the core).
#[command]
pub fn calendar_view(state: State<AppState>) -> CmdResult<CalendarView> {
    with_store(&state, |s| {
        s.calendar_view(chrono::Utc::now(), &user_time_zone())
    })
}

/// Drag and drop: moves a milestone by whole days. (The UI asks first for an official one.)
#[command]
pub fn move_milestone(state: State<AppState>, id: i64, days: i64) -> CmdResult<Milestone> {
    with_store(&state, |s| s.move_milestone(id, days))
}

#[command]
pub fn propose_timeline(
    state: State<AppState>,
    request: TimelineRequest,
) -> CmdResult<ProposedTimeline> {
    with_store(&state, |s| s.propose_timeline(&request))
}

/// Adds the proposed milestones the user confirmed: all of them or none.
#[command]
pub fn add_milestones(
    state: State<AppState>,
    engagement_id: i64,
    inputs: Vec<MilestoneInput>,
) -> CmdResult<Vec<Milestone>> {
    with_store(&state, |s| s.add_milestones(engagement_id, &inputs))
}

/// "Export to calendar…": the user picks the file in a native dialog opened from Rust, and
/// Rust writes it. Null when the user cancels. Async so that the dialog is not on the main
/// thread (see `open_other_database`).
#[command]
pub async fn export_calendar(
    app: AppHandle,
    state: State<'_, AppState>,
    engagement_id: Option<i64>,
) -> CmdResult<Option<CalendarExported>> {
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, "dialog.export_calendar"))
        .add_filter(words(&state, "dialog.calendar_file"), &["ics"])
        .set_file_name("cityrights-deadlines.ics")
        .blocking_save_file();
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    with_store(&state, |s| s.export_ics_file(&path, engagement_id)).map(Some)
}

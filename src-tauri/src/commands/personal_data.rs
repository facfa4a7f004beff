//! Consultations and the personal data in them: the commands of the engagement screen's
//! Consultations section and of Settings → Personal data, and the removal of expired personal
//! data at start-up. Thin adapters over `cityrights::consultation` and
//! `cityrights::personal_data`.

use super::{with_store, AppState, CmdResult};
use crate::typed::command;
use cityrights::consultation::{Consultation, ConsultationInput};
use cityrights::personal_data::{
    EraseReport, PersonMatch, PersonTarget, PurgeReport, RetentionPolicy,
};
use std::sync::Mutex;
use tauri::{Manager, State};

/// What the removal at start-up did, for Settings to say (null when it could not run).
#[derive(Default)]
pub struct StartupPurge(pub Mutex<Option<PurgeReport>>);

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Removes the personal data past retention once the database is open, so that keeping it no
/// longer than the city decided does not depend on someone pressing a button. Runs before any
/// window command; a failure is printed and the app goes on (the button can try again).
pub fn purge_at_startup(app: &tauri::AppHandle) {
    let state = app.state::<AppState>();
    let Ok(mut session) = state.0.lock() else {
        return;
    };
    let Ok(store) = session.store() else { return };
    match store.purge_expired_personal_data(today()) {
        Ok(report) => {
            if report.participants > 0 {
                eprintln!(
                    "CityRights: removed the personal data of {} participant(s) in {} consultation(s) past the retention of {} months.",
                    report.participants, report.consultations, report.retention_months
                );
            }
            if let Ok(mut slot) = app.state::<StartupPurge>().0.lock() {
                *slot = Some(report);
            }
        }
        Err(e) => eprintln!("CityRights: expired personal data could not be removed: {e}"),
    }
}

#[command]
pub fn list_consultations(
    state: State<AppState>,
    engagement_id: i64,
) -> CmdResult<Vec<Consultation>> {
    with_store(&state, |s| s.consultations(Some(engagement_id)))
}

#[command]
pub fn create_consultation(
    state: State<AppState>,
    engagement_id: i64,
    input: ConsultationInput,
) -> CmdResult<Consultation> {
    with_store(&state, |s| s.create_consultation(engagement_id, &input))
}

#[command]
pub fn update_consultation(
    state: State<AppState>,
    id: i64,
    input: ConsultationInput,
) -> CmdResult<Consultation> {
    with_store(&state, |s| s.update_consultation(id, &input))
}

/// Deletes a consultation for good; the UI asks first.
#[command]
pub fn delete_consultation(state: State<AppState>, id: i64) -> CmdResult<()> {
    with_store(&state, |s| s.delete_consultation(id))
}

#[command]
pub fn retention_policy(state: State<AppState>) -> CmdResult<RetentionPolicy> {
    with_store(&state, |s| s.retention_policy(today()))
}

#[command]
pub fn set_retention_months(state: State<AppState>, months: i64) -> CmdResult<RetentionPolicy> {
    with_store(&state, |s| s.set_retention_months(months, today()))
}

/// What the removal at start-up did in this run.
#[command]
pub fn startup_purge(purge: State<StartupPurge>) -> CmdResult<Option<PurgeReport>> {
    Ok(purge.0.lock().map_err(|_| super::poisoned())?.clone())
}

#[command]
pub fn purge_expired_personal_data(state: State<AppState>) -> CmdResult<PurgeReport> {
    with_store(&state, |s| s.purge_expired_personal_data(today()))
}

#[command]
pub fn find_person(state: State<AppState>, query: String) -> CmdResult<Vec<PersonMatch>> {
    with_store(&state, |s| s.find_person(&query))
}

/// `in_text`: also replace the name and e-mail in drafts and their history (the officer ticks
/// it in the question; off unless given).
#[command]
pub fn erase_person(
    state: State<AppState>,
    target: PersonTarget,
    in_text: Option<bool>,
) -> CmdResult<EraseReport> {
    with_store(&state, |s| {
        s.erase_person(&target, in_text.unwrap_or(false))
    })
}

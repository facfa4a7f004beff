//! Progress and reports generated from the evidence (issue #15, parts 5 and 6). Thin adapters
//! over `cityrights::progress` and `cityrights::report`; every count and check is the core's.

use super::{with_store, AppState, CmdResult};
use crate::typed::command;
use cityrights::progress::Progress;
use cityrights::report::{GeneratedReport, ReportRequest};
use tauri::State;

/// The recommendations by local status per theme, department and SDG goal (the charts of the
/// dashboard and the plan); `symbol` limits them to one document, null: all.
#[command]
pub fn get_progress(state: State<AppState>, symbol: Option<String>) -> CmdResult<Progress> {
    with_store(&state, |s| {
        cityrights::progress::progress_of(s, symbol.as_deref())
    })
}

/// Writes a report from the city's data as a new draft submission of an engagement.
#[command]
pub fn generate_report(
    state: State<AppState>,
    request: ReportRequest,
) -> CmdResult<GeneratedReport> {
    with_store(&state, |s| cityrights::report::generate(s, &request))
}

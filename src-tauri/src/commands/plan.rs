//! The implementation plan (issue #15): actions, indicators and measurements. Thin adapters
//! over `cityrights::app::plan` and `store::plan`; every check is the core's.

use super::{with_store, AppState, CmdResult};
use crate::typed::command;
use cityrights::app::plan::Plan;
use cityrights::model::plan::{ActionInput, IndicatorInput, MeasurementInput};
use cityrights::store::plan::{Action, Indicator};
use tauri::State;

/// The whole plan: every action with its recommendations and indicators.
#[command]
pub fn get_plan(state: State<AppState>) -> CmdResult<Plan> {
    with_store(&state, |s| cityrights::app::plan::plan(s))
}

/// Adds an action.
#[command]
pub fn create_action(state: State<AppState>, input: ActionInput) -> CmdResult<Action> {
    with_store(&state, |s| s.create_action(&input))
}

/// Changes an action (all its fields, as the form sends them).
#[command]
pub fn update_action(state: State<AppState>, id: i64, input: ActionInput) -> CmdResult<Action> {
    with_store(&state, |s| s.update_action(id, &input))
}

/// Deletes an action for good, with its indicators.
#[command]
pub fn delete_action(state: State<AppState>, id: i64) -> CmdResult<()> {
    with_store(&state, |s| s.delete_action(id))
}

/// Adds an indicator under an action or a recommendation.
#[command]
pub fn create_indicator(state: State<AppState>, input: IndicatorInput) -> CmdResult<Indicator> {
    with_store(&state, |s| s.create_indicator(&input))
}

/// Changes an indicator's fields.
#[command]
pub fn update_indicator(
    state: State<AppState>,
    id: i64,
    input: IndicatorInput,
) -> CmdResult<Indicator> {
    with_store(&state, |s| s.update_indicator(id, &input))
}

/// Records a measurement; returns the indicator with its new latest value and progress.
#[command]
pub fn add_measurement(state: State<AppState>, input: MeasurementInput) -> CmdResult<Indicator> {
    with_store(&state, |s| s.add_measurement(&input))
}

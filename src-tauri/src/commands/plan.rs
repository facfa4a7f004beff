//! The implementation plan (issue #15): actions, indicators and measurements. Thin adapters
//! over `cityrights::app::plan` and `store::plan`; every check is the core's.

use super::{localized, with_store, AppState, CmdResult};
use crate::typed::command;
use cityrights::app::plan::{Plan, PlanCharts, RecommendationSdgLinks, SdgTargetChoice};
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

/// Deletes an indicator with its measurements, for good (the page asks first).
#[command]
pub fn delete_indicator(state: State<AppState>, id: i64) -> CmdResult<()> {
    with_store(&state, |s| s.delete_indicator(id))
}

/// Deletes one measurement of `indicator` (a value typed wrong); returns the indicator with its
/// latest value and progress counted again.
#[command]
pub fn delete_measurement(state: State<AppState>, id: i64, indicator: i64) -> CmdResult<Indicator> {
    with_store(&state, |s| {
        s.delete_measurement(id)?;
        s.indicator(indicator)
    })
}

/// The figures of the plan's charts (actions by status per department), counted by the core.
#[command]
pub fn plan_charts(state: State<AppState>) -> CmdResult<PlanCharts> {
    with_store(&state, |s| cityrights::app::plan::plan_charts(s))
}

/// Every SDG target of the UN's list with its English title, to link to a recommendation.
#[command]
pub fn sdg_target_choices() -> CmdResult<Vec<SdgTargetChoice>> {
    Ok(cityrights::app::plan::sdg_target_choices()?)
}

/// A recommendation's SDG goals and the targets the city linked.
#[command]
pub fn recommendation_sdgs(state: State<AppState>, id: i64) -> CmdResult<RecommendationSdgLinks> {
    with_store(&state, |s| {
        cityrights::app::plan::recommendation_sdgs(s, id)
    })
}

/// Links SDG targets to a recommendation, replacing those linked before (as `sdgs link`).
#[command]
pub fn link_sdg_targets(
    state: State<AppState>,
    id: i64,
    targets: Vec<String>,
) -> CmdResult<RecommendationSdgLinks> {
    with_store(&state, |s| {
        cityrights::app::plan::link_sdg_targets(s, id, &targets)
    })
}

/// A recommendation's SDGs as the table shows them: the goals its source gave and the targets
/// the city linked (both the core's, `cityrights::app::plan::with_sdgs`).
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct RecommendationSdgSummary {
    pub id: i64,
    pub sdg_goals: Vec<u8>,
    pub sdg_targets: Vec<String>,
}

/// The SDGs of the recommendations a page of the table shows: the same filter, limit and
/// offset as `list_recommendations`, asked beside it so that the table's rows stay the type
/// every other screen reads.
#[command]
pub async fn list_recommendation_sdgs(
    state: State<'_, AppState>,
    mut filter: cityrights::recommendation::RecommendationFilter,
    limit: usize,
    offset: usize,
) -> CmdResult<Vec<RecommendationSdgSummary>> {
    filter.query =
        cityrights::search::check_query(&filter.query).map_err(|e| localized(&state, e))?;
    with_store(&state, |s| {
        let page = s.list_recommendations(&filter, limit, offset)?;
        Ok(cityrights::app::plan::with_sdgs(s, page.items)?
            .into_iter()
            .map(|r| RecommendationSdgSummary {
                id: r.recommendation.id,
                sdg_goals: r.sdg_goals,
                sdg_targets: r.sdg_targets,
            })
            .collect())
    })
}

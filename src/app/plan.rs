//! The implementation plan as the screens and the CLI show it: actions with the
//! recommendations they address (cited as the UN writes them) and their indicators, and
//! recommendations with their SDG goals and the targets the city linked. The tables are
//! `store::plan`'s and `store::recommendation`'s; this joins them.

use crate::model::plan::ActionStatus;
use crate::model::sdg;
use crate::store::plan::{Action, Indicator};
use crate::store::recommendation::Recommendation;
use crate::{Result, Store};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;
use ts_rs::TS;

/// A recommendation with its SDGs as numbers: `sdg_goals` read from the labels its source
/// gave (OHCHR's thematic list: "1 - NO POVERTY" → 1) and the `sdg_targets` the city linked.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecommendationSdgs {
    #[serde(flatten)]
    pub recommendation: Recommendation,
    pub sdg_goals: Vec<u8>,
    pub sdg_targets: Vec<String>,
}

/// Adds the SDG goals and linked targets to each recommendation.
pub fn with_sdgs(store: &Store, items: Vec<Recommendation>) -> Result<Vec<RecommendationSdgs>> {
    let mut targets = store.recommendation_sdg_targets()?;
    Ok(items
        .into_iter()
        .map(|r| RecommendationSdgs {
            sdg_goals: sdg::goals_of(&r.sdgs),
            sdg_targets: targets.remove(&r.id).unwrap_or_default(),
            recommendation: r,
        })
        .collect())
}

/// A recommendation as an action names it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecommendationRef {
    pub id: i64,
    /// "A/HRC/59/15, para. 140.7".
    pub reference: String,
    pub text: String,
}

/// An action with what it links, whole.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PlanAction {
    pub action: Action,
    pub recommendations: Vec<RecommendationRef>,
    pub indicators: Vec<Indicator>,
    /// The themes of the recommendations it addresses, each once, in the order first met:
    /// the plan screen groups actions by them (an action may sit under several).
    pub themes: Vec<String>,
    /// The SDG goals it serves: those of its recommendations (as their source gave them) and
    /// those of its own SDG targets ("11.1" → 11), ascending.
    pub sdg_goals: Vec<u8>,
    /// Its due date has passed (in the user's zone) and it is neither done nor dropped.
    pub overdue: bool,
}

/// The plan screen: every action, the indicators under a recommendation directly, and the
/// statuses an action can have (in the core's order).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Plan {
    pub actions: Vec<PlanAction>,
    /// Indicators that measure a recommendation directly, with it.
    pub recommendation_indicators: Vec<RecommendationIndicators>,
    pub statuses: Vec<ActionStatus>,
}

/// A recommendation's own indicators.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecommendationIndicators {
    pub recommendation: RecommendationRef,
    pub indicators: Vec<Indicator>,
}

fn reference(
    store: &Store,
    cache: &mut HashMap<i64, RecommendationRef>,
    id: i64,
) -> Result<RecommendationRef> {
    if let Some(r) = cache.get(&id) {
        return Ok(r.clone());
    }
    let r = store.recommendation(id)?;
    let out = RecommendationRef {
        id,
        reference: r.reference,
        text: r.text,
    };
    cache.insert(id, out.clone());
    Ok(out)
}

/// The whole plan, for the plan screen.
pub fn plan(store: &Store) -> Result<Plan> {
    let mut cache = HashMap::new();
    let mut indicators: HashMap<Option<i64>, Vec<Indicator>> = HashMap::new();
    let mut direct: Vec<(i64, Indicator)> = Vec::new();
    for i in store.indicators(None)? {
        match (i.action, i.recommendation) {
            (None, Some(r)) => direct.push((r, i)),
            _ => indicators.entry(i.action).or_default().push(i),
        }
    }
    let today = today_of_user();
    let mut themes_of: HashMap<i64, (Vec<String>, Vec<u8>)> = HashMap::new();
    let mut actions = Vec::new();
    for a in store.actions(None)? {
        let recommendations = a
            .recommendations
            .iter()
            .map(|&id| reference(store, &mut cache, id))
            .collect::<Result<Vec<_>>>()?;
        let mut themes: Vec<String> = Vec::new();
        let mut goals: Vec<u8> = a
            .sdg_targets
            .iter()
            .filter_map(|t| sdg::goal_of(t))
            .collect();
        for &id in &a.recommendations {
            if let std::collections::hash_map::Entry::Vacant(e) = themes_of.entry(id) {
                let r = store.recommendation(id)?;
                e.insert((r.themes.clone(), sdg::goals_of(&r.sdgs)));
            }
            if let Some((t, g)) = themes_of.get(&id) {
                for theme in t {
                    if !themes.contains(theme) {
                        themes.push(theme.clone());
                    }
                }
                goals.extend(g);
            }
        }
        goals.sort_unstable();
        goals.dedup();
        let overdue = is_overdue(&a, today);
        actions.push(PlanAction {
            indicators: indicators.remove(&Some(a.id)).unwrap_or_default(),
            recommendations,
            themes,
            sdg_goals: goals,
            overdue,
            action: a,
        });
    }
    let mut recommendation_indicators: Vec<RecommendationIndicators> = Vec::new();
    for (r, i) in direct {
        match recommendation_indicators
            .iter_mut()
            .find(|g| g.recommendation.id == r)
        {
            Some(g) => g.indicators.push(i),
            None => recommendation_indicators.push(RecommendationIndicators {
                recommendation: reference(store, &mut cache, r)?,
                indicators: vec![i],
            }),
        }
    }
    Ok(Plan {
        actions,
        recommendation_indicators,
        statuses: ActionStatus::ALL.to_vec(),
    })
}

/// Today in the user's zone (`calendar::user_time_zone`).
fn today_of_user() -> NaiveDate {
    let zone: chrono_tz::Tz = crate::calendar::user_time_zone()
        .parse()
        .unwrap_or(chrono_tz::UTC);
    chrono::Utc::now().with_timezone(&zone).date_naive()
}

/// Its due date is before `today` and it is neither done nor dropped.
fn is_overdue(a: &Action, today: NaiveDate) -> bool {
    !matches!(a.status, ActionStatus::Done | ActionStatus::Dropped)
        && a.due
            .as_deref()
            .and_then(|d| d.parse::<NaiveDate>().ok())
            .is_some_and(|d| d < today)
}

/// How many actions of one lead department stand at each status: one bar of the chart
/// "actions by status per department".
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DepartmentActions {
    /// The department ("" for actions without one).
    pub department: String,
    pub total: u32,
    /// One count per status, in the order of [`PlanCharts::statuses`] (zeros included).
    pub counts: Vec<u32>,
    /// Of them, overdue ([`PlanAction::overdue`]).
    pub overdue: u32,
}

/// The figures the plan's and the dashboard's charts draw, counted here so that the UI only
/// draws them. (`cityrights progress`, another part of #15, counts recommendations by theme,
/// department and SDG; this counts the plan's actions.)
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PlanCharts {
    /// The statuses of an action, in the core's order (the columns of `counts`).
    pub statuses: Vec<ActionStatus>,
    /// Actions by status per lead department: named departments alphabetically, then those
    /// without one.
    pub by_department: Vec<DepartmentActions>,
    /// Every action, by status (same order).
    pub totals: Vec<u32>,
}

/// Counts the actions by status per department (see [`PlanCharts`]).
pub fn plan_charts(store: &Store) -> Result<PlanCharts> {
    plan_charts_of(store, None)
}

/// [`plan_charts`] of the actions that address at least one of the recommendations `of` (all
/// actions when None): the same count for the plan screen and for the chart a report on one
/// document prints (`progress`'s actions chart passes that document's recommendations).
pub fn plan_charts_of(
    store: &Store,
    of: Option<&std::collections::HashSet<i64>>,
) -> Result<PlanCharts> {
    let today = today_of_user();
    let statuses = ActionStatus::ALL.to_vec();
    let column = |s: ActionStatus| statuses.iter().position(|&x| x == s).unwrap_or(0);
    let mut groups: std::collections::BTreeMap<(bool, String), DepartmentActions> =
        std::collections::BTreeMap::new();
    let mut totals = vec![0u32; statuses.len()];
    for a in store.actions(None)? {
        if let Some(ids) = of {
            if !a.recommendations.iter().any(|r| ids.contains(r)) {
                continue;
            }
        }
        let department = a.department.trim().to_string();
        let g = groups
            .entry((department.is_empty(), department.to_lowercase()))
            .or_insert_with(|| DepartmentActions {
                department: department.clone(),
                total: 0,
                counts: vec![0; statuses.len()],
                overdue: 0,
            });
        g.total += 1;
        g.counts[column(a.status)] += 1;
        totals[column(a.status)] += 1;
        if is_overdue(&a, today) {
            g.overdue += 1;
        }
    }
    Ok(PlanCharts {
        by_department: groups.into_values().collect(),
        totals,
        statuses,
    })
}

/// One recommendation's SDGs, for its detail: the goals its source gave and the targets the
/// city linked, with each target's title in English (the catalogue's language for now).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RecommendationSdgLinks {
    pub id: i64,
    pub sdg_goals: Vec<u8>,
    pub sdg_targets: Vec<SdgTargetChoice>,
}

/// An SDG target as a list offers it: "11.1" and its title.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SdgTargetChoice {
    pub code: String,
    /// Its goal (1–17).
    pub goal: u8,
    pub title: String,
}

fn choice(code: &str) -> Result<SdgTargetChoice> {
    let data = sdg::sdgs()?;
    let title = data
        .targets
        .iter()
        .find(|t| t.code == code)
        .and_then(|t| t.title.get("en"))
        .cloned()
        .unwrap_or_default();
    Ok(SdgTargetChoice {
        code: code.to_string(),
        goal: sdg::goal_of(code).unwrap_or(0),
        title,
    })
}

/// Every SDG target of the UN's list, in its order, with its English title: what the
/// recommendation's detail offers to link.
pub fn sdg_target_choices() -> Result<Vec<SdgTargetChoice>> {
    sdg::sdgs()?
        .targets
        .iter()
        .map(|t| choice(&t.code))
        .collect()
}

/// One recommendation's goals and linked targets.
pub fn recommendation_sdgs(store: &Store, id: i64) -> Result<RecommendationSdgLinks> {
    let r = store.recommendation(id)?;
    let targets = store
        .recommendation_sdg_targets()?
        .remove(&id)
        .unwrap_or_default();
    Ok(RecommendationSdgLinks {
        id,
        sdg_goals: sdg::goals_of(&r.sdgs),
        sdg_targets: targets.iter().map(|t| choice(t)).collect::<Result<_>>()?,
    })
}

/// Links the targets `targets` to a recommendation, replacing those linked before (as
/// `cityrights sdgs link`; each is checked against the UN's list), and returns its SDGs.
pub fn link_sdg_targets(
    store: &mut Store,
    id: i64,
    targets: &[String],
) -> Result<RecommendationSdgLinks> {
    let linked = store.set_recommendation_sdg_targets(id, targets)?;
    let mut out = recommendation_sdgs(store, id)?;
    // In the order given (as `sdgs link --json` has always answered).
    out.sdg_targets = linked.iter().map(|t| choice(t)).collect::<Result<_>>()?;
    Ok(out)
}

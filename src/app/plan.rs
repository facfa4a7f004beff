//! The implementation plan as the screens and the CLI show it: actions with the
//! recommendations they address (cited as the UN writes them) and their indicators, and
//! recommendations with their SDG goals and the targets the city linked. The tables are
//! `store::plan`'s and `store::recommendation`'s; this joins them.

use crate::model::plan::ActionStatus;
use crate::model::sdg;
use crate::store::plan::{Action, Indicator};
use crate::store::recommendation::Recommendation;
use crate::{Result, Store};
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
    let mut actions = Vec::new();
    for a in store.actions(None)? {
        let recommendations = a
            .recommendations
            .iter()
            .map(|&id| reference(store, &mut cache, id))
            .collect::<Result<Vec<_>>>()?;
        actions.push(PlanAction {
            indicators: indicators.remove(&Some(a.id)).unwrap_or_default(),
            recommendations,
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

//! Progress you can see: the recommendations counted by the city's local status, per theme,
//! per lead department and per SDG goal. The same numbers feed `cityrights progress`, the
//! shell's `get_progress` (the UI's charts) and the status chart of a generated report, so a
//! chart in the app and the one printed in a PDF can never disagree.
//!
//! A recommendation with several themes (or goals) counts once under each; one with none counts
//! under [`NO_THEME`] / [`NO_DEPARTMENT`] / [`NO_SDG`], so every group's counts add up to the
//! recommendations listed and nothing silently drops out of the chart.

use crate::document::{Block, ChartKind, Content};
use crate::model::recommendation::LocalStatus;
use crate::model::report::{self as words, ALL_RECOMMENDATIONS, NO_DEPARTMENT, NO_SDG, NO_THEME};
use crate::model::sdg;
use crate::store::recommendation::{Recommendation, RecommendationFilter};
use crate::{Result, Store};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use ts_rs::TS;

/// One bar of a chart: a group's recommendations by local status (one field per
/// [`LocalStatus`], named by its stored word) and the actions that address them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProgressGroup {
    pub name: String,
    pub recommendations: usize,
    pub not_started: usize,
    pub in_progress: usize,
    pub implemented: usize,
    pub not_applicable: usize,
    /// Actions that address at least one recommendation of the group.
    pub actions: usize,
}

impl ProgressGroup {
    fn named(name: &str) -> Self {
        ProgressGroup {
            name: name.to_string(),
            ..Default::default()
        }
    }

    /// The count for one status: what a chart's segment shows.
    pub fn count(&self, status: LocalStatus) -> usize {
        match status {
            LocalStatus::NotStarted => self.not_started,
            LocalStatus::InProgress => self.in_progress,
            LocalStatus::Implemented => self.implemented,
            LocalStatus::NotApplicable => self.not_applicable,
        }
    }

    fn add(&mut self, status: LocalStatus) {
        self.recommendations += 1;
        match status {
            LocalStatus::NotStarted => self.not_started += 1,
            LocalStatus::InProgress => self.in_progress += 1,
            LocalStatus::Implemented => self.implemented += 1,
            LocalStatus::NotApplicable => self.not_applicable += 1,
        }
    }
}

/// The three views of progress (`cityrights progress --json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Progress {
    /// The document the counts are limited to; null: every recommendation.
    pub symbol: Option<String>,
    /// Every recommendation counted (each once).
    pub total: ProgressGroup,
    pub by_theme: Vec<ProgressGroup>,
    pub by_department: Vec<ProgressGroup>,
    pub by_sdg: Vec<ProgressGroup>,
    /// The statuses, in the core's order: the segments of a chart.
    pub statuses: Vec<LocalStatus>,
}

/// Groups, by name, with the actions seen per group (counted once each).
#[derive(Default)]
struct Groups {
    groups: BTreeMap<String, (ProgressGroup, Vec<i64>)>,
}

impl Groups {
    fn add(&mut self, name: &str, status: LocalStatus, actions: &[i64]) {
        let (g, seen) = self
            .groups
            .entry(name.to_string())
            .or_insert_with(|| (ProgressGroup::named(name), Vec::new()));
        g.add(status);
        seen.extend_from_slice(actions);
    }

    /// The groups by name, the group of the unassigned last.
    fn into_list(self, unassigned: &str) -> Vec<ProgressGroup> {
        let mut last = None;
        let mut out = Vec::new();
        for (name, (mut g, mut seen)) in self.groups {
            seen.sort_unstable();
            seen.dedup();
            g.actions = seen.len();
            if name == unassigned {
                last = Some(g);
            } else {
                out.push(g);
            }
        }
        out.extend(last);
        out
    }
}

/// The name of an SDG goal as a chart labels it: "11 - Sustainable cities and communities".
fn goal_name(goal: u8) -> Result<String> {
    let short = sdg::sdgs()?
        .goals
        .iter()
        .find(|g| g.goal == goal)
        .and_then(|g| g.short.get("en").cloned())
        .unwrap_or_default();
    Ok(if short.is_empty() {
        format!("Goal {goal}")
    } else {
        format!("{goal} - {short}")
    })
}

/// Every recommendation (not in the bin) of `symbol`, or all, in document order.
pub fn recommendations(store: &Store, symbol: Option<&str>) -> Result<Vec<Recommendation>> {
    let filter = RecommendationFilter {
        symbol: symbol
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        ..Default::default()
    };
    Ok(store.list_recommendations(&filter, usize::MAX, 0)?.items)
}

/// The actions addressing each recommendation, by recommendation id.
pub fn actions_by_recommendation(store: &Store) -> Result<HashMap<i64, Vec<i64>>> {
    let mut out: HashMap<i64, Vec<i64>> = HashMap::new();
    for a in store.actions(None)? {
        for r in &a.recommendations {
            out.entry(*r).or_default().push(a.id);
        }
    }
    Ok(out)
}

/// The message for a document symbol no recommendation has.
pub fn unknown_symbol(symbol: &str) -> crate::Error {
    crate::Error::invalid_said(
        "symbol",
        "error.unknown_symbol",
        vec![("symbol", symbol.trim().into())],
    )
}

/// [`progress`] for what a user asked: a symbol that names no recommendation is refused
/// (a typo would otherwise show a chart of zeros).
pub fn progress_of(store: &Store, symbol: Option<&str>) -> Result<Progress> {
    let p = progress(store, symbol)?;
    match &p.symbol {
        Some(s) if p.total.recommendations == 0 => Err(unknown_symbol(s)),
        _ => Ok(p),
    }
}

/// The counts for the recommendations of `symbol` (or all of them).
pub fn progress(store: &Store, symbol: Option<&str>) -> Result<Progress> {
    let items = recommendations(store, symbol)?;
    let actions = actions_by_recommendation(store)?;
    let mut total = Groups::default();
    let mut themes = Groups::default();
    let mut departments = Groups::default();
    let mut goals: BTreeMap<u8, (ProgressGroup, Vec<i64>)> = BTreeMap::new();
    let mut no_goal = Groups::default();
    for r in &items {
        let acts = actions.get(&r.id).map(Vec::as_slice).unwrap_or(&[]);
        let status = r.local_status;
        total.add(ALL_RECOMMENDATIONS, status, acts);
        let mut named: Vec<&str> = r
            .themes
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .collect();
        named.sort_unstable();
        named.dedup();
        if named.is_empty() {
            themes.add(NO_THEME, status, acts);
        }
        for t in named {
            themes.add(t, status, acts);
        }
        let dept = r.department.trim();
        departments.add(
            if dept.is_empty() { NO_DEPARTMENT } else { dept },
            status,
            acts,
        );
        let gs = sdg::goals_of(&r.sdgs);
        if gs.is_empty() {
            no_goal.add(NO_SDG, status, acts);
        }
        for g in gs {
            let (group, seen) = match goals.entry(g) {
                std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::btree_map::Entry::Vacant(e) => {
                    e.insert((ProgressGroup::named(&goal_name(g)?), Vec::new()))
                }
            };
            group.add(status);
            seen.extend_from_slice(acts);
        }
    }
    // Goals in their numeric order (11 after 2), then the recommendations with none.
    let mut by_sdg: Vec<ProgressGroup> = goals
        .into_values()
        .map(|(mut g, mut seen)| {
            seen.sort_unstable();
            seen.dedup();
            g.actions = seen.len();
            g
        })
        .collect();
    by_sdg.extend(no_goal.into_list(NO_SDG));
    let total = total
        .into_list("")
        .pop()
        .unwrap_or_else(|| ProgressGroup::named(ALL_RECOMMENDATIONS));
    Ok(Progress {
        symbol: symbol
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        total,
        by_theme: themes.into_list(NO_THEME),
        by_department: departments.into_list(NO_DEPARTMENT),
        by_sdg,
        statuses: LocalStatus::ALL.to_vec(),
    })
}

/// The most bars a chart draws: the largest groups, so that a chart stays on one page and
/// readable; its table lists every group.
pub const CHART_BARS_MAX: usize = 24;

/// A chart's numbers, computed from the current data each time a submission is shown or
/// exported (see [`Block::Chart`]).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ChartData {
    pub chart: ChartKind,
    pub symbol: Option<String>,
    /// "Recommendations by status in the city, per theme".
    pub title: String,
    /// The header of the groups' column ("Theme").
    pub group_label: String,
    /// The statuses, in the core's order (the segments of each bar), with their labels.
    pub statuses: Vec<StatusLabel>,
    /// Every group, in the order of the table.
    pub groups: Vec<ProgressGroup>,
    /// The groups the chart draws: at most [`CHART_BARS_MAX`], the largest, in table order.
    pub bars: Vec<ProgressGroup>,
    /// The numbers in one or two sentences: the chart's text alternative.
    pub alt: String,
    /// The header of the table's total column ("Total"), in the chart's language.
    #[serde(skip)]
    #[ts(skip)]
    pub total_label: String,
}

/// A status with the label a reader reads.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct StatusLabel {
    pub status: LocalStatus,
    pub label: String,
}

impl ChartData {
    /// The table printed under the chart: one row per group, one column per status, and the
    /// total. Its first row is the header.
    pub fn table(&self) -> Vec<Vec<String>> {
        let mut head = vec![self.group_label.clone()];
        head.extend(self.statuses.iter().map(|s| s.label.clone()));
        head.push(self.total_label.clone());
        let mut rows = vec![head];
        for g in &self.groups {
            let mut row = vec![g.name.clone()];
            row.extend(self.statuses.iter().map(|s| g.count(s.status).to_string()));
            row.push(g.recommendations.to_string());
            rows.push(row);
        }
        rows
    }
}

/// The numbers of one chart, its words (title, labels, text alternative, the groups with no
/// value) in `lang`: the language of the submission it is drawn in.
pub fn chart_data(
    store: &Store,
    chart: ChartKind,
    symbol: Option<&str>,
    lang: &str,
) -> Result<ChartData> {
    let p = progress(store, symbol)?;
    let mut groups = match chart {
        ChartKind::StatusByTheme => p.by_theme,
        ChartKind::StatusByDepartment => p.by_department,
        ChartKind::StatusBySdg => p.by_sdg,
    };
    for g in &mut groups {
        g.name = words::group_name(lang, &g.name);
    }
    let statuses: Vec<StatusLabel> = LocalStatus::ALL
        .iter()
        .map(|&s| StatusLabel {
            status: s,
            label: crate::model::language::text(
                lang,
                &format!("recommendations.local_status.{}", s.as_str()),
                &[],
            ),
        })
        .collect();
    let mut largest: Vec<usize> = (0..groups.len()).collect();
    largest.sort_by_key(|&i| std::cmp::Reverse(groups[i].recommendations));
    largest.truncate(CHART_BARS_MAX);
    largest.sort_unstable();
    let bars: Vec<ProgressGroup> = largest.iter().map(|&i| groups[i].clone()).collect();
    let counts: Vec<(String, usize)> = statuses
        .iter()
        .map(|s| (s.label.clone(), p.total.count(s.status)))
        .collect();
    let mut alt = words::chart_summary(lang, p.total.recommendations, p.symbol.as_deref(), &counts);
    if bars.len() < groups.len() {
        alt.push(' ');
        alt.push_str(&words::chart_more(lang, bars.len(), groups.len()));
    }
    Ok(ChartData {
        chart,
        title: words::chart_title(lang, chart),
        group_label: words::chart_group(lang, chart),
        total_label: words::label(lang, "table_total"),
        symbol: p.symbol,
        statuses,
        groups,
        bars,
        alt,
    })
}

/// The numbers of every chart in `contents`, each (kind, symbol) once: what the submission
/// screen and the exports draw, in `lang` (the submission's language).
pub fn charts_in<'a>(
    store: &Store,
    contents: impl IntoIterator<Item = &'a Content>,
    lang: &str,
) -> Result<Vec<ChartData>> {
    let mut out: Vec<ChartData> = Vec::new();
    for c in contents {
        for b in &c.blocks {
            if let Block::Chart { chart, symbol, .. } = b {
                let symbol = symbol.as_deref().map(str::trim).filter(|s| !s.is_empty());
                if !out
                    .iter()
                    .any(|d| d.chart == *chart && d.symbol.as_deref() == symbol)
                {
                    out.push(chart_data(store, *chart, symbol, lang)?);
                }
            }
        }
    }
    Ok(out)
}

/// The chart data for a chart block among `charts`.
pub fn find<'a>(
    charts: &'a [ChartData],
    chart: ChartKind,
    symbol: Option<&str>,
) -> Option<&'a ChartData> {
    let symbol = symbol.map(str::trim).filter(|s| !s.is_empty());
    charts
        .iter()
        .find(|d| d.chart == chart && d.symbol.as_deref() == symbol)
}

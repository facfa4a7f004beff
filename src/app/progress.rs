//! Progress you can see: the recommendations counted by the city's local status, per theme,
//! per lead department and per SDG goal. The same numbers feed `cityrights progress`, the
//! shell's `get_progress` (the UI's charts) and the status chart of a generated report, so a
//! chart in the app and the one printed in a PDF can never disagree.
//!
//! A recommendation with several themes (or goals) counts once under each; one with none counts
//! under [`NO_THEME`] / [`NO_DEPARTMENT`] / [`NO_SDG`], so every group's counts add up to the
//! recommendations listed and nothing silently drops out of the chart.

use crate::document::{Block, ChartKind, Content};
use crate::model::plan::ActionStatus;
use crate::model::recommendation::LocalStatus;
use crate::model::report::{self as words, ALL_RECOMMENDATIONS, NO_DEPARTMENT, NO_SDG, NO_THEME};
use crate::model::sdg;
use crate::store::recommendation::{Recommendation, RecommendationFilter};
use crate::{Result, Store};
use chrono::NaiveDate;
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
/// exported (see [`Block::Chart`]): its words (in the submission's language), its numbers as a
/// table and as a sentence, and what the exports draw.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ChartData {
    pub chart: ChartKind,
    pub symbol: Option<String>,
    /// The indicator an indicator chart draws (its id); null for the other kinds.
    pub indicator: Option<i64>,
    /// "Recommendations by status in the city, per theme".
    pub title: String,
    /// The numbers as a table, printed under the picture and shown by the editor: its header
    /// row, then one row per bar (or per date). Empty when there is nothing to show (an
    /// indicator that was deleted): then `alt` says so.
    pub table: Vec<Vec<String>>,
    /// The numbers in one or two sentences: the chart's text alternative.
    pub alt: String,
    /// What the PDF and Word files draw (the editor shows the table instead).
    #[serde(skip)]
    #[ts(skip)]
    pub drawing: Drawing,
}

/// The picture of a chart, as the exports draw it (`export::pdf::chart`).
#[derive(Debug, Clone, PartialEq)]
pub enum Drawing {
    /// Stacked bars: one per group, one segment per status.
    Bars(Bars),
    /// A line over time against a target.
    Line(LineOverTime),
    /// Nothing to draw (an indicator that was deleted, a plan with no action): the chart's
    /// sentence stands in its place.
    Nothing,
}

/// What a segment of a stacked bar counts: its colour follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hue {
    Local(LocalStatus),
    Action(ActionStatus),
}

/// Stacked bars with their legend.
#[derive(Debug, Clone, PartialEq)]
pub struct Bars {
    /// The segments of each bar, in the core's order, with their labels (the legend).
    pub segments: Vec<(Hue, String)>,
    /// The bars drawn: at most [`CHART_BARS_MAX`], the largest, in table order.
    pub bars: Vec<BarGroup>,
}

/// One bar: its name, one count per segment, and its total.
#[derive(Debug, Clone, PartialEq)]
pub struct BarGroup {
    pub name: String,
    pub counts: Vec<usize>,
    pub total: usize,
}

/// An indicator over time: its baseline and measurements by date, and its target to reach by
/// its date.
#[derive(Debug, Clone, PartialEq)]
pub struct LineOverTime {
    pub baseline: (NaiveDate, f64),
    /// The measurements, oldest first.
    pub points: Vec<(NaiveDate, f64)>,
    pub target: (NaiveDate, f64),
    /// The value axis's title ("Value (homes)").
    pub axis: String,
    /// The legend: the measured line and the target line.
    pub measured_label: String,
    pub target_label: String,
}

fn header_row(group_label: String, labels: &[String], total: String) -> Vec<String> {
    let mut head = vec![group_label];
    head.extend(labels.iter().cloned());
    head.push(total);
    head
}

/// The bars drawn of `groups` (name, counts, total): the [`CHART_BARS_MAX`] largest, in table
/// order; and the table, every group.
fn bars_and_table(
    segments: Vec<(Hue, String)>,
    groups: Vec<BarGroup>,
    group_label: String,
    total_label: String,
) -> (Bars, Vec<Vec<String>>) {
    let labels: Vec<String> = segments.iter().map(|(_, l)| l.clone()).collect();
    let mut table = vec![header_row(group_label, &labels, total_label)];
    for g in &groups {
        let mut row = vec![g.name.clone()];
        row.extend(g.counts.iter().map(usize::to_string));
        row.push(g.total.to_string());
        table.push(row);
    }
    let mut largest: Vec<usize> = (0..groups.len()).collect();
    largest.sort_by_key(|&i| std::cmp::Reverse(groups[i].total));
    largest.truncate(CHART_BARS_MAX);
    largest.sort_unstable();
    let bars = largest.iter().map(|&i| groups[i].clone()).collect();
    (Bars { segments, bars }, table)
}

/// The numbers of one chart, its words (title, labels, text alternative, the groups with no
/// value) in `lang`: the language of the submission it is drawn in. An indicator chart whose
/// indicator is gone is not an error: its sentence says so.
pub fn chart_data(
    store: &Store,
    chart: ChartKind,
    symbol: Option<&str>,
    indicator: Option<i64>,
    lang: &str,
) -> Result<ChartData> {
    match chart {
        ChartKind::StatusByTheme | ChartKind::StatusByDepartment | ChartKind::StatusBySdg => {
            status_chart(store, chart, symbol, lang)
        }
        ChartKind::ActionsByDepartment => actions_chart(store, symbol, lang),
        ChartKind::IndicatorOverTime => indicator_chart(store, indicator, lang),
    }
}

fn status_chart(
    store: &Store,
    chart: ChartKind,
    symbol: Option<&str>,
    lang: &str,
) -> Result<ChartData> {
    let p = progress(store, symbol)?;
    let groups = match chart {
        ChartKind::StatusByDepartment => p.by_department,
        ChartKind::StatusBySdg => p.by_sdg,
        _ => p.by_theme,
    };
    let segments: Vec<(Hue, String)> = LocalStatus::ALL
        .iter()
        .map(|&s| {
            let label = crate::model::language::text(
                lang,
                &format!("recommendations.local_status.{}", s.as_str()),
                &[],
            );
            (Hue::Local(s), label)
        })
        .collect();
    let groups: Vec<BarGroup> = groups
        .iter()
        .map(|g| BarGroup {
            name: words::group_name(lang, &g.name),
            counts: LocalStatus::ALL.iter().map(|&s| g.count(s)).collect(),
            total: g.recommendations,
        })
        .collect();
    let counts: Vec<(String, usize)> = segments
        .iter()
        .map(|(h, l)| match h {
            Hue::Local(s) => (l.clone(), p.total.count(*s)),
            Hue::Action(_) => (l.clone(), 0),
        })
        .collect();
    let all = groups.len();
    let (bars, table) = bars_and_table(
        segments,
        groups,
        words::chart_group(lang, chart),
        words::label(lang, "table_total"),
    );
    let mut alt = words::chart_summary(lang, p.total.recommendations, p.symbol.as_deref(), &counts);
    if bars.bars.len() < all {
        alt.push(' ');
        alt.push_str(&words::chart_more(lang, bars.bars.len(), all));
    }
    Ok(ChartData {
        chart,
        title: words::chart_title(lang, chart),
        symbol: p.symbol,
        indicator: None,
        table,
        alt,
        drawing: Drawing::Bars(bars),
    })
}

/// The plan's actions by status per lead department, counted by the plan screen's own
/// function ([`crate::app::plan::plan_charts_of`]).
fn actions_chart(store: &Store, symbol: Option<&str>, lang: &str) -> Result<ChartData> {
    let symbol = symbol.map(str::trim).filter(|s| !s.is_empty());
    let of_document: Option<std::collections::HashSet<i64>> = match symbol {
        Some(s) => Some(
            recommendations(store, Some(s))?
                .iter()
                .map(|r| r.id)
                .collect(),
        ),
        None => None,
    };
    let c = crate::app::plan::plan_charts_of(store, of_document.as_ref())?;
    let segments: Vec<(Hue, String)> = c
        .statuses
        .iter()
        .map(|&s| {
            let label =
                crate::model::language::text(lang, &format!("plan.status.{}", s.as_str()), &[]);
            (Hue::Action(s), label)
        })
        .collect();
    let groups: Vec<BarGroup> = c
        .by_department
        .iter()
        .map(|d| BarGroup {
            name: if d.department.is_empty() {
                words::group_name(lang, NO_DEPARTMENT)
            } else {
                d.department.clone()
            },
            counts: d.counts.iter().map(|&n| n as usize).collect(),
            total: d.total as usize,
        })
        .collect();
    let total: usize = c.totals.iter().map(|&n| n as usize).sum();
    let counts: Vec<(String, usize)> = segments
        .iter()
        .zip(&c.totals)
        .map(|((_, l), &n)| (l.clone(), n as usize))
        .collect();
    let all = groups.len();
    let (bars, table) = bars_and_table(
        segments,
        groups,
        words::chart_group(lang, ChartKind::ActionsByDepartment),
        words::label(lang, "table_total"),
    );
    let mut alt = words::chart_actions_summary(lang, total, symbol, &counts);
    if bars.bars.len() < all {
        alt.push(' ');
        alt.push_str(&words::chart_more(lang, bars.bars.len(), all));
    }
    Ok(ChartData {
        chart: ChartKind::ActionsByDepartment,
        title: words::chart_title(lang, ChartKind::ActionsByDepartment),
        symbol: symbol.map(str::to_string),
        indicator: None,
        table: if total == 0 { Vec::new() } else { table },
        alt,
        drawing: if total == 0 {
            Drawing::Nothing
        } else {
            Drawing::Bars(bars)
        },
    })
}

/// One indicator over time: the baseline, each measurement and the target, by date. A chart
/// whose indicator was deleted (or that names none) says so in a sentence.
fn indicator_chart(store: &Store, indicator: Option<i64>, lang: &str) -> Result<ChartData> {
    let found = match indicator {
        Some(id) => match store.indicator(id) {
            Ok(i) => Some(i),
            Err(crate::Error::NotFound { .. }) => None,
            Err(e) => return Err(e),
        },
        None => None,
    };
    let Some(i) = found else {
        return Ok(ChartData {
            chart: ChartKind::IndicatorOverTime,
            symbol: None,
            indicator,
            title: words::label(lang, "chart_title.indicator_over_time_gone"),
            table: Vec::new(),
            alt: words::label(lang, "chart_indicator_gone"),
            drawing: Drawing::Nothing,
        });
    };
    let name = i.name.trim();
    let value = |v: f64| words::with_unit(lang, v, &i.unit);
    let mut table = vec![vec![
        words::label(lang, "chart_column.date"),
        words::label(lang, "chart_column.value"),
        words::label(lang, "chart_column.source"),
    ]];
    let baseline_label = words::label(lang, "chart_baseline");
    let target_label = words::label(lang, "chart_target");
    table.push(vec![
        words::day(lang, &i.baseline.date),
        value(i.baseline.value),
        baseline_label,
    ]);
    for m in &i.measurements {
        table.push(vec![
            words::day(lang, &m.date),
            value(m.value),
            m.source.trim().to_string(),
        ]);
    }
    table.push(vec![
        words::day(lang, &i.target.date),
        value(i.target.value),
        target_label.clone(),
    ]);
    let alt = words::chart_indicator_summary(
        lang,
        name,
        &i.unit,
        (i.baseline.value, &i.baseline.date),
        (i.target.value, &i.target.date),
        i.latest
            .as_ref()
            .map(|m| (i.measurements.len(), (m.value, m.date.as_str()))),
    );
    let date = |d: &str| d.parse::<NaiveDate>().ok();
    let drawing = match (date(&i.baseline.date), date(&i.target.date)) {
        (Some(b), Some(t)) => Drawing::Line(LineOverTime {
            baseline: (b, i.baseline.value),
            points: i
                .measurements
                .iter()
                .filter_map(|m| Some((date(&m.date)?, m.value)))
                .collect(),
            target: (t, i.target.value),
            axis: if i.unit.trim().is_empty() {
                words::label(lang, "chart_axis_value")
            } else {
                words::sentence(
                    lang,
                    "chart_axis_value_in",
                    &[("unit", crate::model::language::Arg::from(i.unit.trim()))],
                )
            },
            measured_label: words::label(lang, "chart_measured"),
            target_label,
        }),
        _ => Drawing::Nothing,
    };
    Ok(ChartData {
        chart: ChartKind::IndicatorOverTime,
        symbol: None,
        indicator: Some(i.id),
        title: words::sentence(
            lang,
            "chart_title.indicator_over_time",
            &[("name", crate::model::language::Arg::from(name))],
        ),
        table,
        alt,
        drawing,
    })
}

/// The symbol of a chart block as it is matched: trimmed, none when empty.
fn key_symbol(symbol: Option<&str>) -> Option<&str> {
    symbol.map(str::trim).filter(|s| !s.is_empty())
}

/// The numbers of every chart in `contents`, each (kind, symbol, indicator) once: what the
/// submission screen and the exports draw, in `lang` (the submission's language).
pub fn charts_in<'a>(
    store: &Store,
    contents: impl IntoIterator<Item = &'a Content>,
    lang: &str,
) -> Result<Vec<ChartData>> {
    let mut out: Vec<ChartData> = Vec::new();
    for c in contents {
        for b in &c.blocks {
            if let Block::Chart {
                chart,
                symbol,
                indicator,
                ..
            } = b
            {
                let symbol = key_symbol(symbol.as_deref());
                if find(&out, *chart, symbol, *indicator).is_none() {
                    let mut data = chart_data(store, *chart, symbol, *indicator, lang)?;
                    // Found again by what the block names, even when the data says otherwise.
                    data.symbol = symbol.map(str::to_string);
                    data.indicator = *indicator;
                    out.push(data);
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
    indicator: Option<i64>,
) -> Option<&'a ChartData> {
    let symbol = key_symbol(symbol);
    charts
        .iter()
        .find(|d| d.chart == chart && d.symbol.as_deref() == symbol && d.indicator == indicator)
}

//! Reports generated from the evidence (`cityrights report generate`): a UPR mid-term report,
//! information for a treaty body's follow-up procedure, or the city's own human rights report,
//! written from what the city recorded — its profile, the consultations of the engagement, the
//! recommendations with their local status and evidence, the actions and the indicators.
//!
//! The result is a **new, normal draft submission** made with the same store function as any
//! other ([`Store::create_submission_with`]), from the template of its kind, so the editor, the
//! word count, the checks and the exports work on it unchanged; nothing existing is touched. The
//! sections hold the content tree the editor stores ([`Content`]), recommendations are cited
//! with [`Inline::Citation`] ("A/HRC/59/15, para. 140.7", as everywhere), and the status chart
//! is a [`Block::Chart`] that names what it shows, so it is drawn from the data of the day the
//! report is exported, not of the day it was generated. Every fixed word comes from
//! [`crate::model::report`], in the report's language: the one asked for (`--language`), else
//! the interface's; the new submission is in that language, so its exports (front matter,
//! page numbers, the chart's words) follow it too.
//!
//! A recommendation is **covered** when the city has an action on it or a local status other
//! than "not started": those are what the report is about, and only those are cited.

use crate::document::{Block, ChartKind, Content, Inline, ListItem, Mark, TableCell, TableRow};
use crate::model::language::{self, Arg};
use crate::model::plan::ActionStatus;
use crate::model::recommendation::LocalStatus;
use crate::model::report::NO_THEME;
use crate::model::report::{self as words, text, ReportKind};
use crate::progress;
use crate::store::plan::{Action, Indicator};
use crate::store::recommendation::Recommendation;
use crate::store::submission::{NewSection, SubmissionInput};
use crate::template::{self, Template};
use crate::{Error, Result, Store};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use ts_rs::TS;

/// What the officer asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReportRequest {
    pub kind: ReportKind,
    pub engagement_id: i64,
    /// Only the recommendations of this document ("A/HRC/59/15"); null: all those of the
    /// engagement's mechanism (every mechanism for a local report).
    #[serde(default)]
    pub symbol: Option<String>,
    /// The report's language (`en`, `fr`, `es`, `ar`, `ru`, `zh`); absent: the interface's.
    #[serde(default)]
    #[ts(optional)]
    pub language: Option<String>,
}

/// A section of the new submission.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct GeneratedSection {
    pub id: i64,
    pub title: String,
}

/// What was made (`report generate --json`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct GeneratedReport {
    pub submission_id: i64,
    pub title: String,
    pub sections: Vec<GeneratedSection>,
    /// The recommendations the report cites (ids), in the order it cites them.
    pub recommendations_covered: Vec<i64>,
}

/// The kind of report a user typed (`upr-midterm`, `tb-follow-up`, `local`), or a message
/// naming the kinds there are.
pub fn kind_from_user(value: &str) -> Result<ReportKind> {
    ReportKind::parse(&value.trim().to_lowercase().replace('_', "-")).ok_or_else(|| {
        Error::invalid_said(
            "kind",
            "error.not_a_report_kind",
            vec![
                ("value", value.trim().into()),
                ("codes", ReportKind::choices().into()),
            ],
        )
    })
}

/// Everything the report is written from.
struct Material {
    items: Vec<Recommendation>,
    actions: Vec<Action>,
    /// Actions by recommendation id.
    by_recommendation: HashMap<i64, Vec<usize>>,
    /// Indicators by action id, and those of a recommendation directly.
    of_action: HashMap<i64, Vec<Indicator>>,
    of_recommendation: HashMap<i64, Vec<Indicator>>,
    /// Evidence notes by recommendation id, newest first.
    evidence: HashMap<i64, Vec<crate::recommendation::EvidenceNote>>,
}

impl Material {
    fn read(store: &Store, items: Vec<Recommendation>) -> Result<Material> {
        let actions = store.actions(None)?;
        let mut by_recommendation: HashMap<i64, Vec<usize>> = HashMap::new();
        for (i, a) in actions.iter().enumerate() {
            for r in &a.recommendations {
                by_recommendation.entry(*r).or_default().push(i);
            }
        }
        let mut of_action: HashMap<i64, Vec<Indicator>> = HashMap::new();
        let mut of_recommendation: HashMap<i64, Vec<Indicator>> = HashMap::new();
        for i in store.indicators(None)? {
            match (i.action, i.recommendation) {
                (Some(a), _) => of_action.entry(a).or_default().push(i),
                (None, Some(r)) => of_recommendation.entry(r).or_default().push(i),
                (None, None) => {}
            }
        }
        Ok(Material {
            evidence: store.evidence_by_recommendation()?,
            items,
            actions,
            by_recommendation,
            of_action,
            of_recommendation,
        })
    }

    fn actions_of(&self, r: i64) -> Vec<&Action> {
        self.by_recommendation
            .get(&r)
            .map(|v| v.iter().filter_map(|&i| self.actions.get(i)).collect())
            .unwrap_or_default()
    }

    /// Relevant to the city: an action on it, or a status other than not started.
    fn covered(&self) -> Vec<&Recommendation> {
        self.items
            .iter()
            .filter(|r| {
                r.local_status != LocalStatus::NotStarted
                    || self.by_recommendation.contains_key(&r.id)
            })
            .collect()
    }

    /// The indicators that tell about a recommendation: those of its actions, then its own.
    fn indicators_of(&self, r: i64) -> Vec<&Indicator> {
        let mut out: Vec<&Indicator> = Vec::new();
        for a in self.actions_of(r) {
            out.extend(self.of_action.get(&a.id).into_iter().flatten());
        }
        out.extend(self.of_recommendation.get(&r).into_iter().flatten());
        out
    }
}

/// A value of one of CityRights' lists (`recommendations.<list>.<word>`) in `lang`.
fn list_word(lang: &str, list: &str, word: &str) -> String {
    language::text(lang, &format!("recommendations.{list}.{word}"), &[])
}

fn plain(s: impl Into<String>) -> Inline {
    Inline::text(s)
}

fn bold(s: impl Into<String>) -> Inline {
    Inline::Text {
        text: s.into(),
        marks: vec![Mark::Bold],
    }
}

fn italic(s: impl Into<String>) -> Inline {
    Inline::Text {
        text: s.into(),
        marks: vec![Mark::Italic],
    }
}

fn para(content: Vec<Inline>) -> Block {
    Block::Paragraph {
        numbered: true,
        content,
    }
}

fn unnumbered(content: Vec<Inline>) -> Block {
    Block::Paragraph {
        numbered: false,
        content,
    }
}

fn heading(text: &str) -> Block {
    Block::Heading {
        level: 1,
        content: vec![plain(text)],
    }
}

fn item(content: Vec<Inline>) -> ListItem {
    ListItem {
        blocks: vec![unnumbered(content)],
    }
}

use crate::model::report::with_unit;

/// "Share of households…: latest 120 homes (2026-03-01); target 500 homes by 2027-12-31;
/// baseline 0 homes (2024-01-01); 24% of the way to the target. (source: …)", in `lang`.
fn indicator_sentence(lang: &str, i: &Indicator) -> Vec<Inline> {
    let value = |v: f64| Arg::from(with_unit(lang, v, &i.unit));
    let date = |d: &str| Arg::from(words::day(lang, d));
    let mut parts = vec![match &i.latest {
        Some(m) => words::sentence(
            lang,
            "latest",
            &[("value", value(m.value)), ("date", date(&m.date))],
        ),
        None => words::label(lang, "not_measured"),
    }];
    parts.push(words::sentence(
        lang,
        "target",
        &[
            ("value", value(i.target.value)),
            ("date", date(&i.target.date)),
        ],
    ));
    parts.push(words::sentence(
        lang,
        "baseline",
        &[
            ("value", value(i.baseline.value)),
            ("date", date(&i.baseline.date)),
        ],
    ));
    if let Some(p) = i.progress {
        parts.push(words::sentence(
            lang,
            "progress",
            &[("percent", Arg::from((p * 100.0).round().to_string()))],
        ));
    }
    // The language's own colon, semicolon, full stop and brackets (Chinese "：", "；", "。", "（）").
    let mut s = format!(
        "{}{}{}",
        crate::front_matter::label_colon(lang, i.name.trim()),
        parts.join(&language::text(lang, "core.clause_separator", &[])),
        language::text(lang, "core.full_stop", &[])
    );
    if let Some(m) = &i.latest {
        if !m.source.trim().is_empty() {
            let source = words::sentence(lang, "source", &[("source", Arg::from(m.source.trim()))]);
            s.push_str(&language::text(
                lang,
                "core.in_brackets_after",
                &[("text", source.into())],
            ));
        }
    }
    vec![plain(s)]
}

fn action_sentence(lang: &str, a: &Action) -> Vec<Inline> {
    let due = match &a.due {
        Some(d) => words::sentence(lang, "due", &[("date", Arg::from(words::day(lang, d)))]),
        None => words::label(lang, "no_due"),
    };
    let mut out = vec![bold(a.title.trim().to_string())];
    let mut rest = format!(
        " — {}{}{due}",
        words::action_status(lang, a.status),
        language::text(lang, "core.clause_comma", &[])
    );
    if !a.department.trim().is_empty() {
        rest.push_str(&language::text(lang, "core.clause_separator", &[]));
        rest.push_str(a.department.trim());
    }
    rest.push_str(&language::text(lang, "core.full_stop", &[]));
    out.push(plain(rest));
    out
}

/// A bold label that ends in its colon ("Response of the State:", "国家的答复：") ready for the
/// text after it: a space, except after a full-width colon, which holds its own.
fn label_before_text(lang: &str, key: &str) -> String {
    let mut label = words::label(lang, key);
    if !label.ends_with('：') {
        label.push(' ');
    }
    label
}

/// A list item "Label:" (`label`, its colon as the language writes it) with a list of
/// `entries` under it; none when there are no entries.
fn labelled(label: String, entries: Vec<Vec<Inline>>) -> Option<ListItem> {
    if entries.is_empty() {
        return None;
    }
    Some(ListItem {
        blocks: vec![
            unnumbered(vec![bold(label)]),
            Block::BulletList {
                items: entries.into_iter().map(item).collect(),
            },
        ],
    })
}

/// A recommendation as the report cites it: a numbered paragraph with its number (a
/// citation) and text, then a list: the State's response, the city's status, the actions,
/// the indicators, the evidence.
fn recommendation_blocks(
    lang: &str,
    m: &Material,
    r: &Recommendation,
    with_details: bool,
) -> Vec<Block> {
    let mut head = vec![
        Inline::Citation {
            symbol: r.symbol.clone(),
            paragraph: (!r.paragraph.trim().is_empty()).then(|| r.paragraph.trim().to_string()),
        },
        // The language's colon and quotation marks ("para. 140.7 : « … »", "140.7段：“…”").
        plain(crate::front_matter::label_colon(lang, "")),
        italic(language::text(
            lang,
            "core.quoted",
            &[("text", r.text.trim().into())],
        )),
    ];
    if !r.recommending_states.is_empty() {
        let states = r
            .recommending_states
            .join(&language::text(lang, "core.list_separator", &[]));
        let by = words::sentence(lang, "recommended_by", &[("states", Arg::from(states))]);
        head.push(plain(language::text(
            lang,
            "core.in_brackets_after",
            &[("text", by.into())],
        )));
    }
    let mut blocks = vec![para(head)];
    if !with_details {
        return blocks;
    }
    let full_stop = language::text(lang, "core.full_stop", &[]);
    let mut items = vec![
        item(vec![
            bold(label_before_text(lang, "response_label")),
            plain(format!(
                "{}{full_stop}",
                list_word(lang, "response", r.response.as_str())
            )),
        ]),
        item({
            let mut s = vec![
                bold(label_before_text(lang, "status_label")),
                plain(list_word(lang, "local_status", r.local_status.as_str())),
            ];
            if !r.department.trim().is_empty() {
                let department = words::sentence(
                    lang,
                    "department_is",
                    &[("department", Arg::from(r.department.trim()))],
                );
                s.push(plain(language::text(
                    lang,
                    "core.in_brackets_after",
                    &[("text", department.into())],
                )));
            }
            s.push(plain(full_stop));
            s
        }),
    ];
    let actions = m.actions_of(r.id);
    items.extend(labelled(
        words::label(lang, "actions_label"),
        actions.iter().map(|a| action_sentence(lang, a)).collect(),
    ));
    let indicators = m.indicators_of(r.id);
    items.extend(labelled(
        words::label(lang, "indicators_label"),
        indicators
            .iter()
            .map(|i| indicator_sentence(lang, i))
            .collect(),
    ));
    let evidence = m.evidence.get(&r.id).map(Vec::as_slice).unwrap_or(&[]);
    items.extend(labelled(
        words::label(lang, "evidence_label"),
        evidence
            .iter()
            .map(|e| {
                vec![plain(format!(
                    "{} — {}",
                    words::day(lang, &e.noted_on),
                    e.note.trim()
                ))]
            })
            .collect(),
    ));
    blocks.push(Block::BulletList { items });
    blocks
}

/// The covered recommendations by theme: each under its first theme (alphabetically), so that
/// it is cited once; those without a theme last.
fn by_theme<'a>(
    lang: &str,
    covered: &[&'a Recommendation],
) -> Vec<(String, Vec<&'a Recommendation>)> {
    let mut groups: BTreeMap<String, Vec<&Recommendation>> = BTreeMap::new();
    let mut none = Vec::new();
    for r in covered {
        let mut themes: Vec<&str> = r
            .themes
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .collect();
        themes.sort_unstable();
        match themes.first() {
            Some(t) => groups.entry(t.to_string()).or_default().push(r),
            None => none.push(*r),
        }
    }
    let mut out: Vec<(String, Vec<&Recommendation>)> = groups.into_iter().collect();
    if !none.is_empty() {
        out.push((words::label(lang, "other_recommendations"), none));
    }
    out
}

/// The most indicator charts a generated report draws: one per measured indicator of the
/// recommendations it cites, in the order it cites them, so that a large plan does not bury
/// the report under figures; a sentence says how many more there are (their values are in the
/// text, with the recommendations they measure).
pub const INDICATOR_CHARTS_MAX: usize = 12;

fn chart(kind: ChartKind, symbol: Option<&str>, indicator: Option<i64>) -> Block {
    Block::Chart {
        chart: kind,
        symbol: symbol.map(str::to_string),
        indicator,
        caption: String::new(),
    }
}

/// The chart of the plan's actions by status per lead department, with the sentence that
/// introduces it; nothing when no action addresses the report's recommendations.
fn actions_chart(lang: &str, m: &Material, symbol: Option<&str>) -> Vec<Block> {
    if !m
        .items
        .iter()
        .any(|r| m.by_recommendation.contains_key(&r.id))
    {
        return Vec::new();
    }
    vec![
        para(vec![plain(words::label(lang, "actions_chart_intro"))]),
        chart(ChartKind::ActionsByDepartment, symbol, None),
    ]
}

/// A chart over time of each indicator with at least one measurement among the
/// recommendations `cited` (each once, in the order they are cited), at most
/// [`INDICATOR_CHARTS_MAX`], with a sentence introducing them and one saying how many more
/// there are.
fn indicator_charts(lang: &str, m: &Material, cited: &[&Recommendation]) -> Vec<Block> {
    let mut seen: Vec<i64> = Vec::new();
    for r in cited {
        for i in m.indicators_of(r.id) {
            if !i.measurements.is_empty() && !seen.contains(&i.id) {
                seen.push(i.id);
            }
        }
    }
    if seen.is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![para(vec![plain(words::label(
        lang,
        "indicator_charts_intro",
    ))])];
    for &id in seen.iter().take(INDICATOR_CHARTS_MAX) {
        blocks.push(chart(ChartKind::IndicatorOverTime, None, Some(id)));
    }
    if seen.len() > INDICATOR_CHARTS_MAX {
        blocks.push(para(vec![plain(words::sentence(
            lang,
            "indicator_charts_more",
            &[("n", Arg::from(seen.len() - INDICATOR_CHARTS_MAX))],
        ))]));
    }
    blocks
}

/// Sections being built: the template's guidance goes with its section's title (the template
/// read in the report's language).
struct Sections<'t> {
    template: &'t Template,
    out: Vec<NewSection>,
}

impl Sections<'_> {
    /// A section with the guidance of template section `i`, titled `title` (or the template's).
    fn push(&mut self, i: usize, title: Option<&str>, blocks: Vec<Block>) {
        let t = self.template.sections.get(i);
        self.out.push(NewSection {
            title: title
                .map(str::to_string)
                .or_else(|| t.map(|t| t.title.clone()))
                .unwrap_or_default(),
            content: Content { blocks },
            guidance: t.map(|t| t.guidance.clone()).unwrap_or_default(),
        });
    }
}

/// The introduction: who reports on what, how many recommendations are covered, and the chart.
fn introduction(
    lang: &str,
    store: &Store,
    m: &Material,
    symbol: Option<&str>,
    covered: usize,
    state: &str,
) -> Result<Vec<Block>> {
    let city = store
        .city_profile()?
        .map(|c| c.name)
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| words::label(lang, "the_city"));
    let mut blocks = vec![
        para(vec![plain(text::introduction(lang, &city, state, symbol))]),
        para(vec![plain(if covered == 0 {
            text::none_covered(lang)
        } else {
            text::coverage(lang, covered, m.items.len())
        })]),
    ];
    if !m.items.is_empty() {
        blocks.push(para(vec![plain(text::chart_intro(lang))]));
        blocks.push(chart(ChartKind::StatusByTheme, symbol, None));
    }
    Ok(blocks)
}

/// Method: where the data come from, and the consultations of the engagement.
fn methodology(lang: &str, store: &Store, m: &Material, engagement_id: i64) -> Result<Vec<Block>> {
    let mut departments: Vec<&str> = m
        .actions
        .iter()
        .map(|a| a.department.trim())
        .filter(|d| !d.is_empty())
        .collect();
    departments.sort_unstable();
    departments.dedup();
    let indicators: usize = m.of_action.values().map(Vec::len).sum::<usize>()
        + m.of_recommendation.values().map(Vec::len).sum::<usize>();
    let mut blocks = vec![para(vec![plain(text::methodology(
        lang,
        departments.len(),
        m.actions.len(),
        indicators,
    ))])];
    let consultations = store.consultations(Some(engagement_id))?;
    if consultations.is_empty() {
        blocks.push(para(vec![plain(text::no_consultations(lang))]));
    } else {
        blocks.push(para(vec![plain(text::consultations_intro(lang))]));
        blocks.push(Block::BulletList {
            items: consultations
                .iter()
                .map(|c| {
                    item(vec![plain(text::consultation(
                        lang,
                        &c.held_on,
                        &words::consultation_format(lang, c.format.as_str()),
                        c.topic.trim(),
                        c.participants.len(),
                    ))])
                })
                .collect(),
        });
    }
    Ok(blocks)
}

fn cell(text: impl Into<String>, header: bool) -> TableCell {
    TableCell {
        header,
        content: vec![plain(text)],
    }
}

/// The indicators of the covered recommendations as a table (a local report's "Indicators").
fn indicators_table(lang: &str, m: &Material, covered: &[&Recommendation]) -> Option<Block> {
    let mut seen = Vec::new();
    let mut rows = vec![TableRow {
        cells: words::indicator_columns(lang)
            .into_iter()
            .map(|h| cell(h, true))
            .collect(),
    }];
    for r in covered {
        for i in m.indicators_of(r.id) {
            if seen.contains(&i.id) {
                continue;
            }
            seen.push(i.id);
            rows.push(TableRow {
                cells: vec![
                    cell(i.name.trim(), false),
                    cell(
                        format!(
                            "{} ({})",
                            with_unit(lang, i.baseline.value, &i.unit),
                            words::day(lang, &i.baseline.date)
                        ),
                        false,
                    ),
                    cell(
                        format!(
                            "{} ({})",
                            with_unit(lang, i.target.value, &i.unit),
                            words::day(lang, &i.target.date)
                        ),
                        false,
                    ),
                    cell(
                        i.latest
                            .as_ref()
                            .map(|l| {
                                format!(
                                    "{} ({})",
                                    with_unit(lang, l.value, &i.unit),
                                    words::day(lang, &l.date)
                                )
                            })
                            .unwrap_or_else(|| words::label(lang, "not_measured")),
                        false,
                    ),
                    cell(
                        i.progress
                            .map(|p| format!("{}%", (p * 100.0).round()))
                            .unwrap_or_default(),
                        false,
                    ),
                    cell(
                        i.latest
                            .as_ref()
                            .map(|l| l.source.trim().to_string())
                            .unwrap_or_default(),
                        false,
                    ),
                ],
            });
        }
    }
    (rows.len() > 1).then_some(Block::Table { rows })
}

/// Makes the report as a new draft submission of the engagement.
pub fn generate(store: &mut Store, request: &ReportRequest) -> Result<GeneratedReport> {
    let lang = match request.language.as_deref().map(str::trim) {
        Some(code) => language::supported(code)
            .filter(|l| *l == code)
            .ok_or_else(|| {
                Error::invalid_said(
                    "language",
                    "error.not_a_report_language",
                    vec![
                        ("value", code.into()),
                        ("codes", language::LANGUAGES.join(", ").into()),
                    ],
                )
            })?
            .to_string(),
        None => store.interface_language(),
    };
    let lang = lang.as_str();
    let engagement = store.engagement(request.engagement_id)?;
    let template = template::template_in(request.kind.template(), lang)?;
    let symbol = request
        .symbol
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let mut items = progress::recommendations(store, symbol)?;
    if let Some(s) = symbol {
        if items.is_empty() {
            return Err(progress::unknown_symbol(s));
        }
    } else if request.kind != ReportKind::Local {
        items.retain(|r| r.mechanism.eq_ignore_ascii_case(&engagement.mechanism));
    }
    // The document the chart counts: the one asked for, or the only one there is.
    let mut symbols: Vec<&str> = items.iter().map(|r| r.symbol.as_str()).collect();
    symbols.sort_unstable();
    symbols.dedup();
    let chart_symbol = symbol
        .map(str::to_string)
        .or_else(|| (symbols.len() == 1).then(|| symbols[0].to_string()));
    let chart_symbol = chart_symbol.as_deref();
    let m = Material::read(store, items)?;
    let covered = m.covered();
    let state = if engagement.state_under_review.trim().is_empty() {
        words::label(lang, "the_state")
    } else {
        engagement.state_under_review.trim().to_string()
    };
    let mut s = Sections {
        template: &template,
        out: Vec::new(),
    };
    let intro = introduction(lang, store, &m, chart_symbol, covered.len(), &state)?;
    let method = methodology(lang, store, &m, engagement.id)?;
    let cited_order: Vec<&Recommendation> = match request.kind {
        ReportKind::TbFollowUp => covered.clone(),
        _ => by_theme(lang, &covered)
            .into_iter()
            .flat_map(|(_, recs)| recs)
            .collect(),
    };
    let indicator_figures = indicator_charts(lang, &m, &cited_order);
    // The actions chart follows the sentence of the method that counts the actions.
    let mut method_with_charts = method.clone();
    let at = method_with_charts.len().min(1);
    method_with_charts.splice(at..at, actions_chart(lang, &m, chart_symbol));
    method_with_charts.extend(indicator_figures.iter().cloned());
    match request.kind {
        ReportKind::UprMidterm => {
            s.push(0, None, intro);
            s.push(1, None, method_with_charts);
            for (theme, recs) in by_theme(lang, &covered) {
                let mut blocks = Vec::new();
                for r in recs {
                    blocks.extend(recommendation_blocks(lang, &m, r, true));
                }
                s.push(2, Some(&theme), blocks);
            }
            s.push(4, None, vec![para(vec![plain(text::obstacles(lang))])]);
            s.push(5, None, vec![para(vec![plain(text::next_steps(lang))])]);
        }
        ReportKind::TbFollowUp => {
            s.push(0, None, intro);
            let mut quoted = Vec::new();
            let mut done = Vec::new();
            for r in &covered {
                quoted.extend(recommendation_blocks(lang, &m, r, false));
                done.extend(recommendation_blocks(lang, &m, r, true));
            }
            s.push(1, None, quoted);
            s.push(2, None, done);
            s.push(3, None, method_with_charts);
        }
        ReportKind::Local => {
            let city = store.city_profile()?;
            let city_name = city.as_ref().map(|c| c.name.clone()).unwrap_or_default();
            s.push(
                0,
                None,
                vec![para(vec![plain(text::foreword(lang, &city_name))])],
            );
            s.push(1, None, vec![para(vec![plain(text::commitments(lang))])]);
            let mut themes = intro;
            let p = progress::progress(store, chart_symbol)?;
            for g in p.by_theme.iter().filter(|g| g.name != NO_THEME) {
                let counts: Vec<(String, usize)> = LocalStatus::ALL
                    .iter()
                    .map(|&st| (list_word(lang, "local_status", st.as_str()), g.count(st)))
                    .collect();
                themes.push(para(vec![plain(words::theme_summary(
                    lang,
                    &g.name,
                    g.recommendations,
                    &counts,
                ))]));
            }
            s.push(2, None, themes);
            let mut follow = Vec::new();
            for (theme, recs) in by_theme(lang, &covered) {
                follow.push(heading(&theme));
                for r in recs {
                    follow.extend(recommendation_blocks(lang, &m, r, true));
                }
            }
            s.push(3, None, follow);
            s.push(4, None, method);
            let mut indicators: Vec<Block> =
                indicators_table(lang, &m, &covered).into_iter().collect();
            indicators.extend(indicator_figures);
            s.push(5, None, indicators);
            let mut next: Vec<&Action> = m
                .actions
                .iter()
                .filter(|a| !matches!(a.status, ActionStatus::Done | ActionStatus::Dropped))
                .collect();
            next.sort_by(|a, b| a.due.cmp(&b.due));
            let mut blocks = vec![para(vec![plain(text::next_steps(lang))])];
            blocks.extend(actions_chart(lang, &m, chart_symbol));
            if !next.is_empty() {
                blocks.push(Block::BulletList {
                    items: next
                        .iter()
                        .map(|a| item(action_sentence(lang, a)))
                        .collect(),
                });
            }
            if let Some(c) = &city {
                blocks.push(para(vec![plain(text::contact(
                    lang,
                    &c.contact_name,
                    &c.contact_email,
                ))]));
            }
            s.push(6, None, blocks);
        }
    }
    let title = match chart_symbol {
        Some(sym) => format!("{} ({sym})", request.kind.title(lang)),
        None => request.kind.title(lang),
    };
    let input = SubmissionInput {
        title: title.clone(),
        template: template.key.clone(),
        language: lang.to_string(),
        ..Default::default()
    };
    let submission = store.create_submission_with(engagement.id, &input, s.out)?;
    let sections = store
        .sections(submission.id)?
        .into_iter()
        .map(|sec| GeneratedSection {
            id: sec.id,
            title: sec.title,
        })
        .collect();
    let mut cited: Vec<i64> = Vec::new();
    for (_, recs) in by_theme(lang, &covered) {
        cited.extend(recs.iter().map(|r| r.id));
    }
    if request.kind == ReportKind::TbFollowUp {
        cited = covered.iter().map(|r| r.id).collect();
    }
    Ok(GeneratedReport {
        submission_id: submission.id,
        title,
        sections,
        recommendations_covered: cited,
    })
}

//! The columns of the follow-up (implementation) matrix, once for its files: the CSV
//! (`export::csv`) and the Excel workbook (`export::xlsx`) each pick their columns from
//! [`Column`], so a header, and how a cell is written, is the same in both.

use crate::model::sdg;
use crate::recommendation::FollowUpRow;

/// A column of the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The recommendation's id in this database: how a workbook that comes back finds it.
    Id,
    Symbol,
    Paragraph,
    /// UHRI's annotation id, when the recommendation came from the Index.
    AnnotationId,
    Recommendation,
    RecommendingStates,
    Response,
    Mechanism,
    Themes,
    Groups,
    SdgGoals,
    SdgTargets,
    Competence,
    Department,
    Actions,
    Indicators,
    LocalStatus,
    Evidence,
    Tags,
    CitedIn,
}

impl Column {
    /// The header, as the first row of a file shows it (and a workbook read back is matched
    /// by, without regard to case).
    pub const fn header(self) -> &'static str {
        match self {
            Column::Id => "ID",
            Column::Symbol => "Symbol",
            Column::Paragraph => "Paragraph",
            Column::AnnotationId => "UHRI annotation id",
            Column::Recommendation => "Recommendation",
            Column::RecommendingStates => "Recommending States",
            Column::Response => "Response",
            Column::Mechanism => "Mechanism",
            Column::Themes => "Themes",
            Column::Groups => "Groups of persons",
            Column::SdgGoals => "SDG goals",
            Column::SdgTargets => "SDG targets",
            Column::Competence => "Competence",
            Column::Department => "Department",
            Column::Actions => "Actions",
            Column::Indicators => "Indicators",
            Column::LocalStatus => "Local status",
            Column::Evidence => "Evidence",
            Column::Tags => "Tags",
            Column::CitedIn => "Cited in",
        }
    }

    /// A width that shows the column's usual content (Excel's unit: characters).
    pub const fn width(self) -> f64 {
        match self {
            Column::Id => 7.0,
            Column::Paragraph | Column::Competence => 11.0,
            Column::Symbol | Column::AnnotationId | Column::Response | Column::LocalStatus => 15.0,
            Column::Mechanism | Column::SdgTargets => 12.0,
            Column::Recommendation => 70.0,
            Column::SdgGoals => 26.0,
            Column::RecommendingStates | Column::Groups | Column::Department | Column::Tags => 24.0,
            Column::Themes | Column::CitedIn => 30.0,
            Column::Actions | Column::Indicators => 40.0,
            Column::Evidence => 50.0,
        }
    }
}

/// The columns of the CSV follow-up matrix (`recommendations export-csv`), in order.
pub const CSV_COLUMNS: [Column; 13] = [
    Column::Symbol,
    Column::Paragraph,
    Column::Recommendation,
    Column::RecommendingStates,
    Column::Response,
    Column::Mechanism,
    Column::Themes,
    Column::Competence,
    Column::Department,
    Column::LocalStatus,
    Column::Evidence,
    Column::Tags,
    Column::CitedIn,
];

/// What the plan adds to a row: the SDGs as numbers and targets, and the actions and
/// indicators, each already written as one line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanCells {
    pub sdg_goals: Vec<u8>,
    pub sdg_targets: Vec<String>,
    pub actions: Vec<String>,
    pub indicators: Vec<String>,
}

/// The evidence notes as one cell: "YYYY-MM-DD: note", one per line, oldest first.
pub fn evidence_text(evidence: &[(String, String)]) -> String {
    evidence
        .iter()
        .map(|(date, note)| format!("{date}{EVIDENCE_DATE_END}{note}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// What follows a note's date in the evidence cell.
pub const EVIDENCE_DATE_END: &str = ": ";

/// "1 No poverty" for goal 1 (the short English name from the SDG list), or the number
/// alone when the list cannot be read.
fn goal_text(goal: u8) -> String {
    let short = sdg::sdgs().ok().and_then(|s| {
        s.goals
            .iter()
            .find(|g| g.goal == goal)
            .and_then(|g| g.short.get("en").cloned())
    });
    match short {
        Some(name) => format!("{goal} {name}"),
        None => goal.to_string(),
    }
}

/// The cell of `column` in the row of `row` (`plan` empty for files without the plan's
/// columns).
pub fn cell(column: Column, row: &FollowUpRow, plan: &PlanCells) -> String {
    let r = &row.recommendation;
    match column {
        Column::Id => r.id.to_string(),
        Column::Symbol => r.symbol.clone(),
        Column::Paragraph => r.paragraph.clone(),
        Column::AnnotationId => r.annotation_id.clone().unwrap_or_default(),
        Column::Recommendation => r.text.clone(),
        Column::RecommendingStates => r.recommending_states.join("; "),
        Column::Response => r.response.label().to_string(),
        Column::Mechanism => r.mechanism.clone(),
        Column::Themes => r.themes.join("; "),
        Column::Groups => r.groups.join("; "),
        Column::SdgGoals => plan
            .sdg_goals
            .iter()
            .map(|g| goal_text(*g))
            .collect::<Vec<_>>()
            .join("; "),
        Column::SdgTargets => plan.sdg_targets.join("; "),
        Column::Competence => r.competence.label().to_string(),
        Column::Department => r.department.clone(),
        Column::Actions => plan.actions.join("\n"),
        Column::Indicators => plan.indicators.join("\n"),
        Column::LocalStatus => r.local_status.label().to_string(),
        Column::Evidence => evidence_text(&row.evidence),
        Column::Tags => r.tags.join("; "),
        Column::CitedIn => row.cited_in.join("; "),
    }
}

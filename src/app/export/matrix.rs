//! The columns of the follow-up (implementation) matrix, once for its files: the CSV
//! (`export::csv`) and the Excel workbook (`export::xlsx`) each pick their columns from
//! [`Column`], so a header, and how a cell is written, is the same in both.
//!
//! The headers and the words of the cells that are CityRights' own (the response, the
//! competence, the local status) are written in the language of the export — there is no
//! submission, so the interface's language (`Store::interface_language`) unless the CLI's
//! `--language` says otherwise. A workbook that comes back is read in any of the six languages
//! ([`Column::matches`], [`local_status_from`]): it may have been written by a colleague whose
//! interface speaks another language.

use crate::model::language::{self, LANGUAGES};
use crate::model::sdg;
use crate::recommendation::{FollowUpRow, LocalStatus};

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
    /// The header in `lang`, as the first row of a file in that language shows it (the
    /// catalogue's `matrix.column.<name>`).
    pub fn header_in(self, lang: &str) -> String {
        language::text(lang, &format!("matrix.column.{}", self.key()), &[])
    }

    /// Whether a workbook's header names this column: its header in any of the six languages
    /// (or the English one this version always wrote), without regard to case or to the
    /// spaces around it.
    pub fn matches(self, header: &str) -> bool {
        let header = header.trim().to_lowercase();
        !header.is_empty()
            && (header == self.header().to_lowercase()
                || LANGUAGES
                    .iter()
                    .any(|l| self.header_in(l).trim().to_lowercase() == header))
    }

    /// The column's name in the catalogue (`matrix.column.<key>`).
    const fn key(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Symbol => "symbol",
            Column::Paragraph => "paragraph",
            Column::AnnotationId => "annotation_id",
            Column::Recommendation => "recommendation",
            Column::RecommendingStates => "recommending_states",
            Column::Response => "response",
            Column::Mechanism => "mechanism",
            Column::Themes => "themes",
            Column::Groups => "groups",
            Column::SdgGoals => "sdg_goals",
            Column::SdgTargets => "sdg_targets",
            Column::Competence => "competence",
            Column::Department => "department",
            Column::Actions => "actions",
            Column::Indicators => "indicators",
            Column::LocalStatus => "local_status",
            Column::Evidence => "evidence",
            Column::Tags => "tags",
            Column::CitedIn => "cited_in",
        }
    }

    /// The English header, as files written before the languages had it (and as messages
    /// about a workbook's columns name them in the CLI).
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

/// "1 No poverty" for goal 1 (its short name in `lang` from the UN's SDG list, "1 Pas de
/// pauvreté"), or the number alone when the list cannot be read.
fn goal_text(goal: u8, lang: &str) -> String {
    let short = sdg::sdgs().ok().and_then(|s| {
        s.goals
            .iter()
            .find(|g| g.goal == goal)
            .and_then(|g| g.short.get(lang).or_else(|| g.short.get("en")).cloned())
    });
    match short {
        Some(name) => format!("{goal} {name}"),
        None => goal.to_string(),
    }
}

/// A value of one of CityRights' own lists (`recommendations.<list>.<word>`) in `lang`.
fn word_in(lang: &str, list: &str, word: &str) -> String {
    language::text(lang, &format!("recommendations.{list}.{word}"), &[])
}

/// A local status as a workbook's cell gives it: its word or English label (as
/// [`LocalStatus::from_user`] reads them), or its name in any of the six languages. None for
/// anything else.
pub fn local_status_from(value: &str) -> Option<LocalStatus> {
    let typed = value.trim().to_lowercase();
    LocalStatus::ALL.iter().copied().find(|s| {
        LANGUAGES
            .iter()
            .any(|l| word_in(l, "local_status", s.as_str()).to_lowercase() == typed)
    })
}

/// The cell of `column` in the row of `row` (`plan` empty for files without the plan's
/// columns), CityRights' own words in `lang`.
pub fn cell(column: Column, row: &FollowUpRow, plan: &PlanCells, lang: &str) -> String {
    let r = &row.recommendation;
    match column {
        Column::Id => r.id.to_string(),
        Column::Symbol => r.symbol.clone(),
        Column::Paragraph => r.paragraph.clone(),
        Column::AnnotationId => r.annotation_id.clone().unwrap_or_default(),
        Column::Recommendation => r.text.clone(),
        Column::RecommendingStates => r.recommending_states.join("; "),
        Column::Response => word_in(lang, "response", r.response.as_str()),
        Column::Mechanism => r.mechanism.clone(),
        Column::Themes => r.themes.join("; "),
        Column::Groups => r.groups.join("; "),
        Column::SdgGoals => plan
            .sdg_goals
            .iter()
            .map(|g| goal_text(*g, lang))
            .collect::<Vec<_>>()
            .join("; "),
        Column::SdgTargets => plan.sdg_targets.join("; "),
        Column::Competence => word_in(lang, "competence", r.competence.as_str()),
        Column::Department => r.department.clone(),
        Column::Actions => plan.actions.join("\n"),
        Column::Indicators => plan.indicators.join("\n"),
        Column::LocalStatus => word_in(lang, "local_status", r.local_status.as_str()),
        Column::Evidence => evidence_text(&row.evidence),
        Column::Tags => r.tags.join("; "),
        Column::CitedIn => row.cited_in.join("; "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Column; 20] = [
        Column::Id,
        Column::Symbol,
        Column::Paragraph,
        Column::AnnotationId,
        Column::Recommendation,
        Column::RecommendingStates,
        Column::Response,
        Column::Mechanism,
        Column::Themes,
        Column::Groups,
        Column::SdgGoals,
        Column::SdgTargets,
        Column::Competence,
        Column::Department,
        Column::Actions,
        Column::Indicators,
        Column::LocalStatus,
        Column::Evidence,
        Column::Tags,
        Column::CitedIn,
    ];

    #[test]
    fn a_header_is_recognised_in_every_language_and_names_one_column() {
        // A workbook comes back in any language: a header of one column, in any language,
        // must never be taken for another column.
        for lang in LANGUAGES {
            for c in ALL {
                let header = c.header_in(lang);
                assert!(c.matches(&header), "{lang}: {header}");
                for other in ALL.iter().filter(|o| **o != c) {
                    assert!(
                        !other.matches(&header),
                        "{lang}: {header} is {other:?}'s too"
                    );
                }
            }
        }
        assert!(Column::Evidence.matches("  EVIDENCE "));
        assert!(!Column::Evidence.matches(""));
        assert_eq!(Column::LocalStatus.header_in("fr"), "Statut local");
    }

    #[test]
    fn a_local_status_is_read_in_every_language() {
        for lang in LANGUAGES {
            for s in LocalStatus::ALL {
                assert_eq!(
                    local_status_from(&word_in(lang, "local_status", s.as_str())),
                    Some(*s)
                );
            }
        }
        assert_eq!(local_status_from("Done"), None);
    }
}

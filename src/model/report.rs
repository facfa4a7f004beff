//! The fixed words of the reports the app writes from the city's data (`report generate`) and
//! of their charts. Every sentence a reader reads in a generated report comes from here, in
//! English for now, so that the languages work can translate one file instead of hunting
//! strings through the generator.

use crate::document::ChartKind;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The kinds of report `report generate` makes, each from one template.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    TS,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
#[ts(export)]
pub enum ReportKind {
    /// A UPR mid-term report on the recommendations of the last cycle.
    UprMidterm,
    /// Information for a treaty body's follow-up procedure.
    TbFollowUp,
    /// The city's own periodic human rights report.
    Local,
}

crate::enums::words!(ReportKind);

impl ReportKind {
    /// The template whose structure the report takes (see `model::template`).
    pub fn template(self) -> &'static str {
        match self {
            ReportKind::UprMidterm => "upr_midterm",
            ReportKind::TbFollowUp => "tb_follow_up_info",
            ReportKind::Local => "local_human_rights_report",
        }
    }

    /// The report's title, before the document it is about.
    pub fn title(self) -> &'static str {
        match self {
            ReportKind::UprMidterm => {
                "Mid-term report on the implementation of the UPR recommendations"
            }
            ReportKind::TbFollowUp => "Information for the follow-up procedure",
            ReportKind::Local => "Local human rights report",
        }
    }

    /// The three words a user types (`--kind`), for messages.
    pub fn choices() -> String {
        ReportKind::ALL
            .iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Labels of a recommendation's entry in a report.
pub const LABEL_RESPONSE: &str = "Response of the State";
pub const LABEL_STATUS: &str = "Status in the city";
pub const LABEL_DEPARTMENT: &str = "Responsible department";
pub const LABEL_RECOMMENDED_BY: &str = "Recommended by";
pub const LABEL_ACTIONS: &str = "Actions";
pub const LABEL_INDICATORS: &str = "Indicators";
pub const LABEL_EVIDENCE: &str = "Evidence";
pub const LABEL_DUE: &str = "due";
pub const LABEL_NO_DUE: &str = "no due date";
pub const LABEL_NOT_MEASURED: &str = "not measured yet";
pub const LABEL_TARGET: &str = "target";
pub const LABEL_BASELINE: &str = "baseline";
pub const LABEL_LATEST: &str = "latest";
pub const LABEL_OF_THE_WAY: &str = "of the way to the target";
pub const LABEL_SOURCE: &str = "source";

/// The headers of the table of numbers printed under every chart (its text alternative).
pub const TABLE_TOTAL: &str = "Total";

/// Groups with no value, as the charts and tables name them.
pub const NO_THEME: &str = "No theme";
pub const NO_DEPARTMENT: &str = "No department";
pub const NO_SDG: &str = "No SDG";
pub const ALL_RECOMMENDATIONS: &str = "All recommendations";

/// How a chart is called in its caption and what one bar is.
pub fn chart_title(chart: ChartKind) -> &'static str {
    match chart {
        ChartKind::StatusByTheme => "Recommendations by status in the city, per theme",
        ChartKind::StatusByDepartment => {
            "Recommendations by status in the city, per responsible department"
        }
        ChartKind::StatusBySdg => "Recommendations by status in the city, per SDG goal",
    }
}

/// The header of the first column of a chart's table: what one bar is.
pub fn chart_group(chart: ChartKind) -> &'static str {
    match chart {
        ChartKind::StatusByTheme => "Theme",
        ChartKind::StatusByDepartment => "Department",
        ChartKind::StatusBySdg => "SDG goal",
    }
}

/// The sentence that opens a chart's text alternative: "Of 24 recommendations of
/// A/HRC/59/15: 10 not started, 8 in progress, …".
pub fn chart_summary(total: usize, symbol: Option<&str>, counts: &[(String, usize)]) -> String {
    let of = match symbol {
        Some(s) => format!("Of {total} recommendations of {s}"),
        None => format!("Of {total} recommendations"),
    };
    let parts: Vec<String> = counts
        .iter()
        .map(|(label, n)| format!("{n} {}", label.to_lowercase()))
        .collect();
    format!("{of}: {}.", parts.join(", "))
}

/// The end of a chart's text alternative when it shows only the largest groups.
pub fn chart_more(shown: usize, all: usize) -> String {
    format!("The chart shows the {shown} largest of {all} groups; the table below lists them all.")
}

/// Section texts of the generated reports.
pub mod text {
    /// The opening paragraph of every generated report.
    pub fn introduction(city: &str, state: &str, what: &str) -> String {
        format!(
            "This report by {city} sets out what the city has done on {what} addressed to {state}. \
             It was prepared from the city's implementation plan: the recommendations the city \
             follows, the actions its departments lead, the indicators it measures and the \
             evidence it has recorded."
        )
    }

    /// What the recommendations are, for the introduction.
    pub fn what(symbol: Option<&str>) -> String {
        match symbol {
            Some(s) => format!("the recommendations of {s}"),
            None => "the recommendations of the United Nations human rights mechanisms".into(),
        }
    }

    pub fn coverage(covered: usize, total: usize) -> String {
        format!(
            "Of the {total} recommendations recorded, {covered} concern the city's work: those on \
             which the city has planned an action or recorded a status other than \"not started\". \
             Each is cited below with its number, its text, the response of the State, its status \
             in the city, the actions, the latest indicator values against their targets, and the \
             evidence."
        )
    }

    pub fn none_covered() -> &'static str {
        "No recommendation has an action or a status other than \"not started\" yet. Record \
         actions and statuses in the implementation plan, then generate the report again."
    }

    /// "1 action", "3 actions".
    fn count(n: usize, one: &str, many: &str) -> String {
        format!("{n} {}", if n == 1 { one } else { many })
    }

    pub fn methodology(departments: usize, actions: usize, indicators: usize) -> String {
        format!(
            "The information comes from the city's implementation plan: {} led by {}, and {} \
             with their baselines, targets and measurements. Each figure is given with its date \
             and source.",
            count(actions, "action", "actions"),
            count(departments, "department", "departments"),
            count(indicators, "indicator", "indicators"),
        )
    }

    pub fn consultations_intro() -> &'static str {
        "The city held these consultations while preparing this report:"
    }

    pub fn no_consultations() -> &'static str {
        "No consultation is recorded for this engagement yet."
    }

    pub fn consultation(date: &str, format: &str, topic: &str, participants: usize) -> String {
        match participants {
            0 => format!("{date}, {format}: {topic}."),
            1 => format!("{date}, {format}: {topic} (1 participant)."),
            n => format!("{date}, {format}: {topic} ({n} participants)."),
        }
    }

    pub fn chart_intro() -> &'static str {
        "The figure shows the recommendations by their status in the city, theme by theme."
    }

    pub fn next_steps() -> &'static str {
        "The city will continue the actions listed above and report their results in its next \
         report. [Add the priorities and dates the city has decided.]"
    }

    pub fn obstacles() -> &'static str {
        "[Describe what stands in the way: competences held at other levels of government, \
         funding, data.]"
    }

    pub fn foreword(city: &str) -> String {
        format!(
            "[A word from the mayor or the council of {city}: why the city reports on human \
             rights, and the period covered.]"
        )
    }

    pub fn commitments() -> &'static str {
        "[The human rights commitments the city has made, and the bodies that carry them.]"
    }

    pub fn contact(name: &str, email: &str) -> String {
        match (name.trim().is_empty(), email.trim().is_empty()) {
            (true, true) => "[Who at the city answers questions about this report.]".into(),
            (false, true) => format!("Contact: {name}."),
            (true, false) => format!("Contact: {email}."),
            (false, false) => format!("Contact: {name}, {email}."),
        }
    }
}

/// An action's status as a reader reads it.
pub fn action_status(s: crate::model::plan::ActionStatus) -> &'static str {
    use crate::model::plan::ActionStatus;
    match s {
        ActionStatus::Planned => "planned",
        ActionStatus::InProgress => "in progress",
        ActionStatus::Done => "done",
        ActionStatus::Delayed => "delayed",
        ActionStatus::Dropped => "dropped",
    }
}

/// A consultation's format (its stored word, "written_input") as a reader reads it.
pub fn consultation_format(word: &str) -> String {
    let w = word.replace('_', " ");
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Section titles the generator adds to a template's.
pub const SECTION_RECOMMENDATIONS_WITHOUT_THEME: &str = "Other recommendations";
/// The heading of the theme-by-theme progress in a local report.
pub fn theme_summary(name: &str, total: usize, counts: &[(String, usize)]) -> String {
    let parts: Vec<String> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(label, n)| format!("{n} {}", label.to_lowercase()))
        .collect();
    format!("{name}: {total} recommendations ({}).", parts.join(", "))
}

/// The headers of the indicators' table in a local report.
pub const INDICATOR_COLUMNS: [&str; 6] = [
    "Indicator",
    "Baseline",
    "Target",
    "Latest",
    "Progress",
    "Source",
];

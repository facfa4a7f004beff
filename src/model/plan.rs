//! The city's implementation plan, in words and rules (the tables are the store's, in
//! `store::plan`): an **action** addresses one or more recommendations; an **indicator**
//! (under an action, or directly under a recommendation) measures it against a baseline and a
//! target; **measurements** are its dated values with their source. How far an indicator has
//! come is computed here, once ([`progress`]); the UI only shows it.

use crate::validate;
use crate::{Error, Result};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Most recommendations, partners or SDG targets one action may list.
pub const LIST_MAX: usize = 200;
/// Largest value (in absolute terms) of a baseline, target or measurement.
pub const VALUE_MAX: f64 = 1e15;
/// Longest unit ("households", "%", "µg/m³").
pub const UNIT_MAX: usize = 50;
/// Longest source of a measurement.
pub const SOURCE_MAX: usize = 1_000;

/// Where an action stands.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
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
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[ts(export)]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Delayed,
    Dropped,
}

crate::enums::words!(ActionStatus);

impl ActionStatus {
    /// The status a user typed (`in_progress`, `in-progress`, `In progress`), or a message
    /// naming the statuses there are.
    pub fn from_user(field: &str, value: &str) -> Result<ActionStatus> {
        let w = value.trim().to_lowercase().replace(['-', ' '], "_");
        ActionStatus::parse(&w).ok_or_else(|| {
            let all: Vec<&str> = ActionStatus::ALL.iter().map(|s| s.as_str()).collect();
            Error::invalid_said(
                field,
                "error.not_an_action_status",
                vec![
                    ("value", value.trim().into()),
                    ("codes", all.join(", ").into()),
                ],
            )
        })
    }
}

/// An action as a form or the CLI gives it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ActionInput {
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The lead department.
    #[serde(default)]
    pub department: String,
    /// Partners: the city's stakeholders or any other organisation, by name.
    #[serde(default)]
    pub partners: Vec<String>,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub start: String,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub status: ActionStatus,
    /// The budget line, as the city's budget names it (free text).
    #[serde(default)]
    pub budget_line: String,
    /// SDG targets ("11.1").
    #[serde(default)]
    pub sdg_targets: Vec<String>,
    /// The recommendations it addresses (at least one).
    #[serde(default)]
    pub recommendations: Vec<i64>,
}

/// An action that passed [`ActionInput::check`]: trimmed, dates read, targets as listed.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedAction {
    pub title: String,
    pub description: String,
    pub department: String,
    pub partners: Vec<String>,
    pub start: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
    pub budget_line: String,
    pub sdg_targets: Vec<String>,
    pub recommendations: Vec<i64>,
}

fn optional_date(field: &str, value: &str) -> Result<Option<NaiveDate>> {
    if value.trim().is_empty() {
        Ok(None)
    } else {
        validate::date(field, value).map(Some)
    }
}

/// `what` is `recommendations`, `partners` or `sdg_targets` (the catalogue words it).
fn too_many(field: &str, what: &'static str, n: usize) -> Result<()> {
    if n > LIST_MAX {
        return Err(Error::invalid_said(
            field,
            "error.action_list_max",
            vec![
                ("what", what.into()),
                ("max", LIST_MAX.into()),
                ("n", n.into()),
            ],
        ));
    }
    Ok(())
}

impl ActionInput {
    /// Checks the action: a title, at least one recommendation, dates that exist, a due date
    /// not before the start, SDG targets that exist.
    pub fn check(&self) -> Result<CheckedAction> {
        let title = validate::title("title", &self.title)?;
        validate::text("description", &self.description, validate::NOTES_MAX)?;
        let department = self.department.trim().to_string();
        validate::text("department", &department, validate::SHORT_MAX)?;
        let budget_line = self.budget_line.trim().to_string();
        validate::text("budget_line", &budget_line, validate::SHORT_MAX)?;
        if self.recommendations.is_empty() {
            return Err(Error::invalid_said(
                "recommendations",
                "error.action_needs_recommendation",
                vec![],
            ));
        }
        too_many(
            "recommendations",
            "recommendations",
            self.recommendations.len(),
        )?;
        too_many("partners", "partners", self.partners.len())?;
        too_many("sdg_targets", "sdg_targets", self.sdg_targets.len())?;
        let mut recommendations = self.recommendations.clone();
        recommendations.sort_unstable();
        recommendations.dedup();
        let mut partners: Vec<String> = Vec::new();
        for p in &self.partners {
            let p = p.trim();
            validate::text("partners", p, validate::SHORT_MAX)?;
            if !p.is_empty() && !partners.iter().any(|q| q == p) {
                partners.push(p.to_string());
            }
        }
        let start = optional_date("start", &self.start)?;
        let due = optional_date("due", &self.due)?;
        check_due(start, due)?;
        Ok(CheckedAction {
            title,
            description: self.description.trim().to_string(),
            department,
            partners,
            start,
            due,
            status: self.status,
            budget_line,
            sdg_targets: crate::model::sdg::targets("sdg_targets", &self.sdg_targets)?,
            recommendations,
        })
    }
}

/// A due date may not come before the start.
pub fn check_due(start: Option<NaiveDate>, due: Option<NaiveDate>) -> Result<()> {
    if let (Some(s), Some(d)) = (start, due) {
        if d < s {
            return Err(Error::invalid_said(
                "due",
                "error.due_before_start",
                vec![
                    ("due", d.to_string().into()),
                    ("start", s.to_string().into()),
                ],
            ));
        }
    }
    Ok(())
}

/// A number a user typed ("12", "-3.5", "1 200", "0,75"), finite and at most [`VALUE_MAX`].
pub fn number(field: &str, value: &str) -> Result<f64> {
    let cleaned: String = value
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    match cleaned.parse::<f64>() {
        Ok(v) if v.is_finite() && v.abs() <= VALUE_MAX => Ok(v),
        Ok(_) => Err(Error::invalid_said(
            field,
            "error.value_too_large",
            vec![("value", value.trim().into())],
        )),
        Err(_) => Err(Error::invalid_said(
            field,
            "error.not_a_number",
            vec![("value", value.trim().into())],
        )),
    }
}

/// An indicator as a form or the CLI gives it. Numbers come as text so that "not a number"
/// gets a message in plain words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IndicatorInput {
    /// The action it measures; or else…
    #[serde(default)]
    pub action: Option<i64>,
    /// …the recommendation it measures directly.
    #[serde(default)]
    pub recommendation: Option<i64>,
    pub name: String,
    #[serde(default)]
    pub unit: String,
    pub baseline: String,
    pub baseline_date: String,
    pub target: String,
    pub target_date: String,
    /// A global SDG indicator ("11.1.1"), or empty.
    #[serde(default)]
    pub sdg_indicator: String,
}

/// An indicator that passed [`IndicatorInput::check`].
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedIndicator {
    pub action: Option<i64>,
    pub recommendation: Option<i64>,
    pub name: String,
    pub unit: String,
    pub baseline: f64,
    pub baseline_date: NaiveDate,
    pub target: f64,
    pub target_date: NaiveDate,
    pub sdg_indicator: Option<String>,
}

impl IndicatorInput {
    /// Checks the indicator: under exactly one action or recommendation, a name, numbers,
    /// dates that exist (a target needs its date), the target date after the baseline's.
    pub fn check(&self) -> Result<CheckedIndicator> {
        if self.action.is_some() == self.recommendation.is_some() {
            return Err(Error::invalid_said(
                "action",
                "error.indicator_owner",
                vec![],
            ));
        }
        let name = validate::required(
            "name",
            &self.name,
            "required.indicator_name",
            validate::TITLE_MAX,
        )?;
        let unit = self.unit.trim().to_string();
        validate::text("unit", &unit, UNIT_MAX)?;
        let baseline = number("baseline", &self.baseline)?;
        let target = number("target", &self.target)?;
        if self.baseline_date.trim().is_empty() {
            return Err(Error::invalid_said(
                "baseline_date",
                "error.baseline_date",
                vec![],
            ));
        }
        if self.target_date.trim().is_empty() {
            return Err(Error::invalid_said(
                "target_date",
                "error.target_date",
                vec![],
            ));
        }
        let baseline_date = validate::date("baseline_date", &self.baseline_date)?;
        let target_date = validate::date("target_date", &self.target_date)?;
        if target_date <= baseline_date {
            return Err(Error::invalid_said(
                "target_date",
                "error.target_after_baseline",
                vec![
                    ("target", target_date.to_string().into()),
                    ("baseline", baseline_date.to_string().into()),
                ],
            ));
        }
        let sdg_indicator = match self.sdg_indicator.trim() {
            "" => None,
            code => Some(crate::model::sdg::indicator("sdg_indicator", code)?),
        };
        Ok(CheckedIndicator {
            action: self.action,
            recommendation: self.recommendation,
            name,
            unit,
            baseline,
            baseline_date,
            target,
            target_date,
            sdg_indicator,
        })
    }
}

/// A value at a date (a baseline or a target).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DatedValue {
    pub value: f64,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// One measurement of an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Measurement {
    pub id: i64,
    pub value: f64,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Where the value comes from ("Housing department register, March 2027").
    pub source: String,
}

/// The measurement that counts as the indicator's current value: the one with the latest
/// date (of two on the same day, the one recorded last).
pub fn latest(measurements: &[Measurement]) -> Option<&Measurement> {
    measurements
        .iter()
        .max_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)))
}

/// How far an indicator has come from its baseline towards its target, from 0 to 1:
/// `(latest − baseline) / (target − baseline)`, with the latest measurement by date. It works
/// the same for a value that should fall (a target below the baseline). A value that moved
/// away from the target counts as 0, one at or past it as 1. `None` when it cannot be
/// computed: no measurement yet, or a target equal to the baseline (nothing to cover).
pub fn progress(baseline: f64, target: f64, latest: Option<f64>) -> Option<f64> {
    let value = latest?;
    let span = target - baseline;
    if span == 0.0 || !span.is_finite() {
        return None;
    }
    let p = (value - baseline) / span;
    p.is_finite().then(|| p.clamp(0.0, 1.0))
}

/// A measurement as a form or the CLI gives it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MeasurementInput {
    pub indicator: i64,
    pub value: String,
    pub date: String,
    pub source: String,
}

/// A measurement that passed [`MeasurementInput::check`].
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedMeasurement {
    pub indicator: i64,
    pub value: f64,
    pub date: NaiveDate,
    pub source: String,
}

impl MeasurementInput {
    /// A number, a date that exists, and where the value comes from.
    pub fn check(&self) -> Result<CheckedMeasurement> {
        Ok(CheckedMeasurement {
            indicator: self.indicator,
            value: number("value", &self.value)?,
            date: validate::date("date", &self.date)?,
            source: validate::required(
                "source",
                &self.source,
                "required.measurement_source",
                SOURCE_MAX,
            )?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action() -> ActionInput {
        ActionInput {
            title: "Open 200 social housing units".into(),
            recommendations: vec![3, 1, 3],
            start: "2026-01-01".into(),
            due: "2027-06-30".into(),
            partners: vec![" Housing NGO ".into(), "Housing NGO".into()],
            sdg_targets: vec!["11.1".into()],
            ..Default::default()
        }
    }

    #[test]
    fn an_action_is_checked() {
        let a = action().check().unwrap();
        assert_eq!(a.recommendations, vec![1, 3]);
        assert_eq!(a.partners, vec!["Housing NGO"]);
        let none = ActionInput {
            recommendations: vec![],
            ..action()
        };
        assert!(none
            .check()
            .unwrap_err()
            .to_string()
            .contains("at least one recommendation"));
        let early = ActionInput {
            due: "2025-12-31".into(),
            ..action()
        };
        assert!(early
            .check()
            .unwrap_err()
            .to_string()
            .contains("before the start"));
        let bad = ActionInput {
            sdg_targets: vec!["11.99".into()],
            ..action()
        };
        assert!(bad.check().is_err());
    }

    #[test]
    fn statuses_read_as_users_write_them() {
        assert_eq!(
            ActionStatus::from_user("s", "In progress").unwrap(),
            ActionStatus::InProgress
        );
        assert_eq!(
            ActionStatus::from_user("s", "done").unwrap(),
            ActionStatus::Done
        );
        let e = ActionStatus::from_user("s", "finished")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("planned, in_progress, done, delayed, dropped"),
            "{e}"
        );
    }

    #[test]
    fn progress_from_baseline_to_target() {
        assert_eq!(progress(100.0, 300.0, Some(200.0)), Some(0.5));
        assert_eq!(progress(40.0, 20.0, Some(30.0)), Some(0.5)); // a value that should fall
        assert_eq!(progress(100.0, 300.0, Some(50.0)), Some(0.0));
        assert_eq!(progress(100.0, 300.0, Some(400.0)), Some(1.0));
        assert_eq!(progress(100.0, 300.0, None), None);
        assert_eq!(progress(5.0, 5.0, Some(5.0)), None);
    }

    #[test]
    fn numbers_and_indicators() {
        assert_eq!(number("v", " 1 200 ").unwrap(), 1200.0);
        assert_eq!(number("v", "0,75").unwrap(), 0.75);
        assert!(number("v", "twelve")
            .unwrap_err()
            .to_string()
            .contains("is not a number"));
        assert!(number("v", "NaN").is_err());
        let i = IndicatorInput {
            action: Some(1),
            name: "Units".into(),
            baseline: "0".into(),
            baseline_date: "2026-01-01".into(),
            target: "200".into(),
            target_date: "".into(),
            ..Default::default()
        };
        assert!(i
            .check()
            .unwrap_err()
            .to_string()
            .contains("date by which the target"));
        let both = IndicatorInput {
            recommendation: Some(2),
            target_date: "2027-01-01".into(),
            ..i.clone()
        };
        assert!(both.check().is_err());
        let ok = IndicatorInput {
            target_date: "2027-01-01".into(),
            sdg_indicator: "11.1.1".into(),
            ..i
        };
        assert_eq!(ok.check().unwrap().sdg_indicator.as_deref(), Some("11.1.1"));
    }

    #[test]
    fn latest_is_by_date() {
        let m = |id, date: &str| Measurement {
            id,
            value: id as f64,
            date: date.into(),
            source: "s".into(),
        };
        let list = [m(1, "2027-01-01"), m(2, "2026-06-01"), m(3, "2027-01-01")];
        assert_eq!(latest(&list).map(|m| m.id), Some(3));
        assert!(latest(&[]).is_none());
    }
}

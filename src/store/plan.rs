//! The implementation plan's tables: actions (with their recommendations, partners and SDG
//! targets), indicators, measurements, and the SDG targets the city links to a
//! recommendation. Every statement on them is here; the rules are `model::plan`'s.

use crate::model::plan::{
    self, ActionInput, ActionStatus, DatedValue, IndicatorInput, Measurement, MeasurementInput,
};
use crate::model::sdg;
use crate::store::{now_text, Store};
use crate::{Error, Result};
use rusqlite::{params, Row, Transaction};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use ts_rs::TS;

/// One action of the plan, with the ids of what it links.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Action {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub department: String,
    pub partners: Vec<String>,
    /// `YYYY-MM-DD`, or null.
    pub start: Option<String>,
    /// `YYYY-MM-DD`, or null.
    pub due: Option<String>,
    pub status: ActionStatus,
    pub budget_line: String,
    /// The recommendations it addresses (ids).
    pub recommendations: Vec<i64>,
    pub sdg_targets: Vec<String>,
    /// Its indicators (ids).
    pub indicators: Vec<i64>,
}

/// One indicator with its measurements, latest value and progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Indicator {
    pub id: i64,
    /// The action it measures, or null when it measures a recommendation directly.
    pub action: Option<i64>,
    pub recommendation: Option<i64>,
    pub name: String,
    pub unit: String,
    pub baseline: DatedValue,
    pub target: DatedValue,
    /// A global SDG indicator ("11.1.1"), or null.
    pub sdg_indicator: Option<String>,
    /// The measurement with the latest date, or null.
    pub latest: Option<Measurement>,
    /// From 0 to 1, or null when it cannot be computed (see `model::plan::progress`).
    pub progress: Option<f64>,
    /// Oldest first.
    pub measurements: Vec<Measurement>,
}

fn action_row(r: &Row) -> rusqlite::Result<(i64, Action)> {
    let id: i64 = r.get("id")?;
    let status: String = r.get("status")?;
    Ok((
        id,
        Action {
            id,
            title: r.get("title")?,
            description: r.get("description")?,
            department: r.get("department")?,
            partners: Vec::new(),
            start: r.get("start_on")?,
            due: r.get("due_on")?,
            // A word a newer version wrote reads as planned rather than failing the list.
            status: ActionStatus::parse(&status).unwrap_or_default(),
            budget_line: r.get("budget_line")?,
            recommendations: Vec::new(),
            sdg_targets: Vec::new(),
            indicators: Vec::new(),
        },
    ))
}

const ACTION_COLUMNS: &str =
    "id, title, description, department, start_on, due_on, status, budget_line";
const INDICATOR_COLUMNS: &str = "id, action_id, recommendation_id, name, unit, baseline, baseline_on, target, target_on, sdg_indicator";

/// Refuses a recommendation that is not there (or is in the bin), naming it.
fn check_recommendations(tx: &Transaction, ids: &[i64]) -> Result<()> {
    for &id in ids {
        if !crate::recommendation::is_live(tx, id)? {
            return Err(Error::invalid_said(
                "recommendations",
                "error.no_recommendation",
                vec![("id", id.into())],
            ));
        }
    }
    Ok(())
}

fn write_action_lists(tx: &Transaction, id: i64, a: &plan::CheckedAction) -> Result<()> {
    for table in [
        "action_recommendation",
        "action_partner",
        "action_sdg_target",
    ] {
        tx.execute(&format!("DELETE FROM {table} WHERE action_id = ?1"), [id])?;
    }
    for r in &a.recommendations {
        tx.execute(
            "INSERT INTO action_recommendation (action_id, recommendation_id) VALUES (?1, ?2)",
            params![id, r],
        )?;
    }
    for (i, p) in a.partners.iter().enumerate() {
        tx.execute(
            "INSERT INTO action_partner (action_id, position, name) VALUES (?1, ?2, ?3)",
            params![id, i as i64, p],
        )?;
    }
    for (i, t) in a.sdg_targets.iter().enumerate() {
        tx.execute(
            "INSERT INTO action_sdg_target (action_id, position, target) VALUES (?1, ?2, ?3)",
            params![id, i as i64, t],
        )?;
    }
    Ok(())
}

impl Store {
    /// Adds an action to the plan (checked by `ActionInput::check`; its recommendations must
    /// be there).
    pub fn create_action(&mut self, input: &ActionInput) -> Result<Action> {
        let a = input.check()?;
        let now = now_text();
        let id = self.write(|tx| {
            check_recommendations(tx, &a.recommendations)?;
            tx.execute(
                "INSERT INTO action (title, description, department, start_on, due_on, status, budget_line, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![a.title, a.description, a.department, a.start.map(|d| d.to_string()), a.due.map(|d| d.to_string()), a.status.as_str(), a.budget_line, now],
            )?;
            let id = tx.last_insert_rowid();
            write_action_lists(tx, id, &a)?;
            Ok(id)
        })?;
        self.action(id)
    }

    /// Replaces an action's fields and lists with `input` (checked the same way).
    pub fn update_action(&mut self, id: i64, input: &ActionInput) -> Result<Action> {
        self.action(id)?;
        let a = input.check()?;
        let now = now_text();
        self.write(|tx| {
            check_recommendations(tx, &a.recommendations)?;
            tx.execute(
                "UPDATE action SET title = ?2, description = ?3, department = ?4, start_on = ?5, due_on = ?6,
                 status = ?7, budget_line = ?8, updated_at = ?9 WHERE id = ?1",
                params![id, a.title, a.description, a.department, a.start.map(|d| d.to_string()), a.due.map(|d| d.to_string()), a.status.as_str(), a.budget_line, now],
            )?;
            write_action_lists(tx, id, &a)
        })?;
        self.action(id)
    }

    /// Changes an action's status and/or due date (the CLI's `actions update`); the due date
    /// is checked against the start as in a full edit.
    pub fn change_action(
        &mut self,
        id: i64,
        status: Option<ActionStatus>,
        due: Option<&str>,
    ) -> Result<Action> {
        let current = self.action(id)?;
        let input = ActionInput {
            title: current.title,
            description: current.description,
            department: current.department,
            partners: current.partners,
            start: current.start.unwrap_or_default(),
            due: due.map_or(current.due.unwrap_or_default(), str::to_string),
            status: status.unwrap_or(current.status),
            budget_line: current.budget_line,
            sdg_targets: current.sdg_targets,
            recommendations: current.recommendations,
        };
        self.update_action(id, &input)
    }

    /// Deletes an action for good, with its indicators and their measurements.
    pub fn delete_action(&mut self, id: i64) -> Result<()> {
        self.action(id)?;
        self.write(|tx| {
            tx.execute("DELETE FROM action WHERE id = ?1", [id])?;
            tx.execute(
                "DELETE FROM plan_reminder_given WHERE item = 'action' AND item_id = ?1",
                [id],
            )?;
            Ok(())
        })
    }

    /// One action.
    pub fn action(&self, id: i64) -> Result<Action> {
        self.load_actions(Some(id), None)?
            .pop()
            .ok_or(Error::NotFound { what: "Action", id })
    }

    /// Every action (or those addressing one recommendation), by due date (undated last),
    /// then by id.
    pub fn actions(&self, recommendation: Option<i64>) -> Result<Vec<Action>> {
        self.load_actions(None, recommendation)
    }

    fn load_actions(&self, id: Option<i64>, recommendation: Option<i64>) -> Result<Vec<Action>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ACTION_COLUMNS} FROM action
             WHERE (?1 IS NULL OR id = ?1)
               AND (?2 IS NULL OR id IN (SELECT action_id FROM action_recommendation WHERE recommendation_id = ?2))
             ORDER BY due_on IS NULL, due_on, id"
        ))?;
        let rows = stmt.query_map(params![id, recommendation], action_row)?;
        let mut order = Vec::new();
        let mut by_id: HashMap<i64, Action> = HashMap::new();
        for row in rows {
            let (id, a) = row?;
            order.push(id);
            by_id.insert(id, a);
        }
        let mut links = |sql: &str,
                         put: &mut dyn FnMut(&mut Action, &Row) -> rusqlite::Result<()>|
         -> Result<()> {
            let mut stmt = self.conn.prepare(sql)?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let id: i64 = r.get("action_id")?;
                if let Some(a) = by_id.get_mut(&id) {
                    put(a, r)?;
                }
            }
            Ok(())
        };
        links(
            &format!(
                "SELECT ar.action_id, ar.recommendation_id FROM action_recommendation ar
                 JOIN recommendation r ON r.id = ar.recommendation_id AND {}
                 ORDER BY ar.recommendation_id",
                crate::store::live("r")
            ),
            &mut |a, r| {
                a.recommendations.push(r.get("recommendation_id")?);
                Ok(())
            },
        )?;
        links(
            "SELECT action_id, name FROM action_partner ORDER BY action_id, position",
            &mut |a, r| {
                a.partners.push(r.get("name")?);
                Ok(())
            },
        )?;
        links(
            "SELECT action_id, target FROM action_sdg_target ORDER BY action_id, position",
            &mut |a, r| {
                a.sdg_targets.push(r.get("target")?);
                Ok(())
            },
        )?;
        links(
            "SELECT action_id, id FROM indicator WHERE action_id IS NOT NULL ORDER BY id",
            &mut |a, r| {
                a.indicators.push(r.get("id")?);
                Ok(())
            },
        )?;
        Ok(order
            .into_iter()
            .filter_map(|id| by_id.remove(&id))
            .collect())
    }

    /// Adds an indicator under an action or a recommendation.
    pub fn create_indicator(&mut self, input: &IndicatorInput) -> Result<Indicator> {
        let i = input.check()?;
        if let Some(a) = i.action {
            self.action(a)?;
        }
        let now = now_text();
        let id = self.write(|tx| {
            if let Some(r) = i.recommendation {
                check_recommendations(tx, &[r])?;
            }
            // Numbered after the highest id ever given, never a deleted indicator's (a chart
            // names its indicator by id; see migration 013).
            tx.execute(
                "INSERT INTO indicator (id, action_id, recommendation_id, name, unit, baseline, baseline_on, target, target_on, sdg_indicator, created_at)
                 VALUES ((SELECT max(coalesce((SELECT max(id) FROM indicator_id_high), 0), coalesce((SELECT max(id) FROM indicator), 0)) + 1),
                         ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![i.action, i.recommendation, i.name, i.unit, i.baseline, i.baseline_date.to_string(), i.target, i.target_date.to_string(), i.sdg_indicator, now],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.indicator(id)
    }

    /// Changes an indicator's fields (not where it belongs, nor its measurements).
    pub fn update_indicator(&mut self, id: i64, input: &IndicatorInput) -> Result<Indicator> {
        let current = self.indicator(id)?;
        let placed = IndicatorInput {
            action: current.action,
            recommendation: current.recommendation,
            ..input.clone()
        };
        let i = placed.check()?;
        self.write(|tx| {
            tx.execute(
                "UPDATE indicator SET name = ?2, unit = ?3, baseline = ?4, baseline_on = ?5, target = ?6, target_on = ?7, sdg_indicator = ?8 WHERE id = ?1",
                params![id, i.name, i.unit, i.baseline, i.baseline_date.to_string(), i.target, i.target_date.to_string(), i.sdg_indicator],
            )?;
            Ok(())
        })?;
        self.indicator(id)
    }

    /// Deletes an indicator for good, with its measurements.
    pub fn delete_indicator(&mut self, id: i64) -> Result<()> {
        self.indicator(id)?;
        self.write(|tx| {
            tx.execute("DELETE FROM indicator WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// Records a measurement; returns the indicator with its new latest value and progress.
    pub fn add_measurement(&mut self, input: &MeasurementInput) -> Result<Indicator> {
        let m = input.check()?;
        self.indicator(m.indicator)?;
        let now = now_text();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO measurement (indicator_id, value, measured_on, source, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![m.indicator, m.value, m.date.to_string(), m.source, now],
            )?;
            Ok(())
        })?;
        self.indicator(m.indicator)
    }

    /// Deletes one measurement for good.
    pub fn delete_measurement(&mut self, id: i64) -> Result<()> {
        let n = self.write(|tx| Ok(tx.execute("DELETE FROM measurement WHERE id = ?1", [id])?))?;
        if n == 0 {
            return Err(Error::NotFound {
                what: "Measurement",
                id,
            });
        }
        Ok(())
    }

    /// One indicator.
    pub fn indicator(&self, id: i64) -> Result<Indicator> {
        self.load_indicators(Some(id), None)?
            .pop()
            .ok_or(Error::NotFound {
                what: "Indicator",
                id,
            })
    }

    /// Every indicator (or those of one action), by id.
    pub fn indicators(&self, action: Option<i64>) -> Result<Vec<Indicator>> {
        if let Some(a) = action {
            self.action(a)?;
        }
        self.load_indicators(None, action)
    }

    fn load_indicators(&self, id: Option<i64>, action: Option<i64>) -> Result<Vec<Indicator>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {INDICATOR_COLUMNS} FROM indicator
             WHERE (?1 IS NULL OR id = ?1) AND (?2 IS NULL OR action_id = ?2)
               AND (recommendation_id IS NULL OR recommendation_id IN {})
             ORDER BY id",
            crate::recommendation::live_ids()
        ))?;
        let rows = stmt.query_map(params![id, action], |r| {
            Ok(Indicator {
                id: r.get("id")?,
                action: r.get("action_id")?,
                recommendation: r.get("recommendation_id")?,
                name: r.get("name")?,
                unit: r.get("unit")?,
                baseline: DatedValue {
                    value: r.get("baseline")?,
                    date: r.get("baseline_on")?,
                },
                target: DatedValue {
                    value: r.get("target")?,
                    date: r.get("target_on")?,
                },
                sdg_indicator: r.get("sdg_indicator")?,
                latest: None,
                progress: None,
                measurements: Vec::new(),
            })
        })?;
        let mut list = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT id, value, measured_on, source FROM measurement WHERE indicator_id = ?1 ORDER BY measured_on, id",
        )?;
        for i in &mut list {
            let rows = stmt.query_map([i.id], |r| {
                Ok(Measurement {
                    id: r.get("id")?,
                    value: r.get("value")?,
                    date: r.get("measured_on")?,
                    source: r.get("source")?,
                })
            })?;
            i.measurements = rows.collect::<rusqlite::Result<Vec<_>>>()?;
            i.latest = plan::latest(&i.measurements).cloned();
            i.progress = plan::progress(
                i.baseline.value,
                i.target.value,
                i.latest.as_ref().map(|m| m.value),
            );
        }
        Ok(list)
    }

    /// Links SDG targets to a recommendation (replacing those linked before); each is checked
    /// against the UN's list.
    pub fn set_recommendation_sdg_targets(
        &mut self,
        id: i64,
        targets: &[String],
    ) -> Result<Vec<String>> {
        if targets.len() > plan::LIST_MAX {
            return Err(Error::invalid_said(
                "sdg_targets",
                "error.sdg_targets_max",
                vec![("max", plan::LIST_MAX.into())],
            ));
        }
        let targets = sdg::targets("sdg_targets", targets)?;
        self.write(|tx| {
            check_recommendations(tx, &[id])?;
            tx.execute("DELETE FROM recommendation_sdg_target WHERE recommendation_id = ?1", [id])?;
            for t in &targets {
                tx.execute(
                    "INSERT INTO recommendation_sdg_target (recommendation_id, target) VALUES (?1, ?2)",
                    params![id, t],
                )?;
            }
            Ok(())
        })?;
        Ok(targets)
    }

    /// The plan's reminders already given: (item, item id, date, days before), `item` being
    /// `action` or `indicator` (the scheduler in `app::reminder` decides what is due).
    pub(crate) fn plan_reminders_given(&self) -> Result<HashSet<(String, i64, String, u32)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT item, item_id, due_on, days_before FROM plan_reminder_given")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get("item")?,
                r.get("item_id")?,
                r.get("due_on")?,
                r.get("days_before")?,
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records the plan's reminders — (item, item id, date, days before) — as given at `at`,
    /// in one transaction.
    pub(crate) fn record_plan_reminders_given(
        &mut self,
        given: &[(&'static str, i64, String, u32)],
        at: &str,
    ) -> Result<()> {
        self.write(|tx| {
            let mut stmt = tx.prepare(
                "INSERT OR IGNORE INTO plan_reminder_given (item, item_id, due_on, days_before, given_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for (item, id, on, days) in given {
                stmt.execute(params![item, id, on, days, at])?;
            }
            Ok(())
        })
    }

    /// When each action last changed and each indicator was made (RFC 3339), by id: the
    /// calendar export stamps their events with it, so an unchanged plan exports the same.
    pub fn plan_changed_at(&self) -> Result<(HashMap<i64, String>, HashMap<i64, String>)> {
        let read = |sql: &str| -> Result<HashMap<i64, String>> {
            let mut stmt = self.conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get("id")?, r.get("at")?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        Ok((
            read("SELECT id, updated_at AS at FROM action")?,
            read("SELECT id, created_at AS at FROM indicator")?,
        ))
    }

    /// The SDG targets the city linked to each recommendation (only those that have some).
    pub fn recommendation_sdg_targets(&self) -> Result<HashMap<i64, Vec<String>>> {
        let mut stmt = self.conn.prepare(
            "SELECT recommendation_id, target FROM recommendation_sdg_target ORDER BY recommendation_id, target",
        )?;
        let mut rows = stmt.query([])?;
        let mut out: HashMap<i64, Vec<String>> = HashMap::new();
        while let Some(r) = rows.next()? {
            out.entry(r.get("recommendation_id")?)
                .or_default()
                .push(r.get("target")?);
        }
        Ok(out)
    }
}

//! The city's follow-up of a recommendation, written so that no work is lost or overwritten
//! unseen: the detail dialog saves everything it holds at once (fields, tags, a new evidence
//! note, the notes marked for removal) in one transaction, and a bulk change first says how
//! many of the selected recommendations already have a value it would replace
//! ([`Store::bulk_preview`]), so that the officer can replace them or keep them.

use super::LIVE;
use super::{clean_tags, BulkChange, Competence, EvidenceNote, LocalStatus, RecommendationDetail};
use crate::model::safe_text;
use crate::store::{department, now_text, optional, Store};
use crate::validate;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Everything the detail dialog holds of the city's follow-up, saved by its one Save button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FollowUp {
    pub competence: Competence,
    /// From the city's list of departments; a new name joins the list.
    pub department: String,
    pub local_status: LocalStatus,
    pub tags: Vec<String>,
    /// A dated note of what was done, added with the rest.
    #[serde(default)]
    pub new_evidence: Option<NewEvidence>,
    /// Evidence notes of this recommendation to remove.
    #[serde(default)]
    pub removed_evidence: Vec<i64>,
}

/// A dated evidence note as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewEvidence {
    /// YYYY-MM-DD
    pub noted_on: String,
    pub note: String,
}

/// A change to the city's follow-up of one recommendation that a workbook brings back (the
/// implementation matrix in Excel): what is `None` or empty stays as it is, and evidence is
/// only ever added.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FollowUpUpdate {
    pub id: i64,
    pub local_status: Option<LocalStatus>,
    /// From the city's list of departments; a new name joins the list; empty clears it.
    pub department: Option<String>,
    pub new_evidence: Vec<NewEvidence>,
}

impl FollowUpUpdate {
    /// The message of the field that would refuse this update, before anything is written (a
    /// preview checks with it, so that it never promises what the writing would refuse).
    pub fn check(&self) -> Result<()> {
        if let Some(d) = &self.department {
            department::clean_name("department", d)?;
        }
        for e in &self.new_evidence {
            check_evidence(&e.noted_on, &e.note)?;
        }
        Ok(())
    }
}

/// Whether a bulk change replaces the values the selected recommendations already have.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BulkMode {
    /// Every selected recommendation gets the new value.
    #[default]
    Replace,
    /// Only those without a value of their own get it: a department, competence or status
    /// set before (by hand or by an earlier bulk change) stays.
    KeepExisting,
}

/// What a bulk change would do to the selected recommendations, before it is made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BulkPreview {
    /// The selected recommendations that exist (not in the bin).
    pub selected: usize,
    /// Those that already have another value of their own, which the change would replace:
    /// a department, a competence other than "unknown", a status other than "not started".
    pub replaced: usize,
    /// Those that already have the new value.
    pub unchanged: usize,
}

/// The value a recommendation has of what a change sets, and the change's own value; None for
/// a change that replaces nothing (adding or removing a tag).
fn compared_column(change: &BulkChange) -> Option<(&'static str, String, &'static str)> {
    match change {
        BulkChange::SetDepartment { department } => Some(("department", department.clone(), "")),
        BulkChange::SetCompetence { competence } => Some((
            "competence",
            competence.as_str().to_string(),
            Competence::Unknown.as_str(),
        )),
        BulkChange::SetLocalStatus { local_status } => Some((
            "local_status",
            local_status.as_str().to_string(),
            LocalStatus::NotStarted.as_str(),
        )),
        BulkChange::AddTag { .. } | BulkChange::RemoveTag { .. } => None,
    }
}

/// A recommendation that exists and is not in the bin, or NotFound.
pub(super) fn require_live(tx: &rusqlite::Connection, id: i64) -> Result<()> {
    let exists: Option<i64> = optional(tx.query_row(
        &format!("SELECT id FROM recommendation WHERE id = ?1 AND {LIVE}"),
        [id],
        |r| r.get("id"),
    ))?;
    exists.map(|_| ()).ok_or(Error::NotFound {
        what: "Recommendation",
        id,
    })
}

/// Replaces the tags of a recommendation with `tags` (already cleaned).
pub(super) fn write_tags(tx: &rusqlite::Connection, id: i64, tags: &[String]) -> Result<()> {
    tx.execute(
        "DELETE FROM recommendation_tag WHERE recommendation_id = ?1",
        [id],
    )?;
    for t in tags {
        tx.execute(
            "INSERT OR IGNORE INTO recommendation_tag (recommendation_id, tag) VALUES (?1, ?2)",
            rusqlite::params![id, t],
        )?;
    }
    Ok(())
}

/// An evidence note's date and text as stored, or the field's message.
pub(super) fn check_evidence(noted_on: &str, note: &str) -> Result<(String, String)> {
    let date = validate::date("noted_on", noted_on)?
        .format("%Y-%m-%d")
        .to_string();
    let note = safe_text::clean(note);
    if note.is_empty() {
        return Err(Error::invalid_said("note", "error.note_empty", vec![]));
    }
    validate::text("note", &note, validate::NOTES_MAX)?;
    Ok((date, note))
}

/// Adds a checked evidence note to a recommendation.
pub(super) fn insert_evidence(
    tx: &rusqlite::Connection,
    recommendation_id: i64,
    (noted_on, note): (String, String),
) -> Result<EvidenceNote> {
    let created_at = now_text();
    tx.execute(
        "INSERT INTO recommendation_evidence (recommendation_id, noted_on, note, created_at) VALUES (?1, ?2, ?3, ?4)",
        rusqlite::params![recommendation_id, noted_on, note, created_at],
    )?;
    Ok(EvidenceNote {
        id: tx.last_insert_rowid(),
        recommendation_id,
        noted_on,
        note,
        created_at,
    })
}

/// How many live recommendations name each department (as written), for the city's list.
pub(super) fn department_counts(conn: &rusqlite::Connection) -> Result<Vec<(String, usize)>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT department, count(*) AS n FROM recommendation WHERE department <> '' AND {LIVE} GROUP BY department"
    ))?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>("department")?,
            r.get::<_, i64>("n")? as usize,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Gives every recommendation whose department is `old` (whatever its case; those in the bin
/// too, so that they come back with the new name) the department `new`. Returns how many of
/// them are not in the bin.
pub(super) fn rename_department_in(
    tx: &rusqlite::Connection,
    old: &str,
    new: &str,
) -> Result<usize> {
    let old = old.to_lowercase();
    let named: Vec<(i64, bool)> = {
        let mut stmt = tx.prepare(
            "SELECT id, department, deleted_at IS NULL AS live FROM recommendation WHERE department <> ''",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>("id")?,
                r.get::<_, String>("department")?,
                r.get::<_, bool>("live")?,
            ))
        })?;
        rows.filter_map(|r| match r {
            Ok((id, d, live)) if d.to_lowercase() == old => Some(Ok((id, live))),
            Ok(_) => None,
            Err(e) => Some(Err(e)),
        })
        .collect::<rusqlite::Result<Vec<_>>>()?
    };
    let now = now_text();
    for (id, _) in &named {
        tx.execute(
            "UPDATE recommendation SET department = ?2, updated_at = ?3 WHERE id = ?1",
            rusqlite::params![id, new, now],
        )?;
    }
    Ok(named.iter().filter(|(_, live)| *live).count())
}

impl Store {
    /// Saves the city's follow-up of one recommendation as the detail dialog holds it — its
    /// competence, department, status and tags, a new evidence note, the notes to remove — in
    /// one transaction: all of it, or nothing (and the message says which field is wrong).
    pub fn save_follow_up(&mut self, id: i64, f: &FollowUp) -> Result<RecommendationDetail> {
        let dept = department::clean_name("department", &f.department)?;
        let tags = clean_tags(&f.tags)?;
        let evidence = f
            .new_evidence
            .as_ref()
            .map(|e| check_evidence(&e.noted_on, &e.note))
            .transpose()?;
        self.write(|tx| {
            require_live(tx, id)?;
            let dept = department::in_list(tx, "department", &dept)?;
            tx.execute(
                "UPDATE recommendation SET competence = ?2, department = ?3, local_status = ?4, updated_at = ?5 WHERE id = ?1",
                rusqlite::params![id, f.competence.as_str(), dept, f.local_status.as_str(), now_text()],
            )?;
            write_tags(tx, id, &tags)?;
            for evidence_id in &f.removed_evidence {
                tx.execute(
                    "DELETE FROM recommendation_evidence WHERE id = ?1 AND recommendation_id = ?2",
                    [evidence_id, &id],
                )?;
            }
            if let Some(e) = evidence {
                insert_evidence(tx, id, e)?;
            }
            Ok(())
        })?;
        self.recommendation_detail(id)
    }

    /// Applies the updates a workbook brought back, in one transaction: all of them, or none
    /// (and the message of the first that is refused). Returns how many recommendations were
    /// updated.
    pub fn update_follow_ups(&mut self, updates: &[FollowUpUpdate]) -> Result<usize> {
        let mut checked = Vec::with_capacity(updates.len());
        for u in updates {
            let department = u
                .department
                .as_deref()
                .map(|d| department::clean_name("department", d))
                .transpose()?;
            let evidence = u
                .new_evidence
                .iter()
                .map(|e| check_evidence(&e.noted_on, &e.note))
                .collect::<Result<Vec<_>>>()?;
            checked.push((u.id, u.local_status, department, evidence));
        }
        self.write(|tx| {
            let now = now_text();
            for (id, status, dept, evidence) in checked {
                require_live(tx, id)?;
                if let Some(status) = status {
                    tx.execute(
                        "UPDATE recommendation SET local_status = ?2, updated_at = ?3 WHERE id = ?1",
                        rusqlite::params![id, status.as_str(), now],
                    )?;
                }
                if let Some(dept) = dept {
                    let dept = department::in_list(tx, "department", &dept)?;
                    tx.execute(
                        "UPDATE recommendation SET department = ?2, updated_at = ?3 WHERE id = ?1",
                        rusqlite::params![id, dept, now],
                    )?;
                }
                for e in evidence {
                    insert_evidence(tx, id, e)?;
                }
            }
            Ok(updates.len())
        })
    }

    /// What `change` would do to the recommendations `ids`: how many exist, how many already
    /// have another value of their own that it would replace, and how many have its value
    /// already. The app asks before replacing ("3 of the 12 selected already have a
    /// department; replace them?"). Departments are compared without regard to case.
    pub fn bulk_preview(&self, ids: &[i64], change: &BulkChange) -> Result<BulkPreview> {
        check_bulk_ids(ids)?;
        let compared = compared_column(change);
        let column = compared.as_ref().map_or("''", |(column, _, _)| column);
        let mut preview = BulkPreview::default();
        for &id in ids {
            let Some(value) = value_of(&self.conn, column, id)? else {
                continue;
            };
            preview.selected += 1;
            if let Some((_, new, unset)) = &compared {
                if value.to_lowercase() == new.trim().to_lowercase() {
                    preview.unchanged += 1;
                } else if value != *unset {
                    preview.replaced += 1;
                }
            }
        }
        Ok(preview)
    }

    /// Applies `change` to the recommendations `ids`; with [`BulkMode::KeepExisting`] only to
    /// those that have no value of their own yet (see [`Store::bulk_preview`]). Returns how
    /// many recommendations were changed.
    pub fn bulk_change_with(
        &mut self,
        ids: &[i64],
        change: &BulkChange,
        mode: BulkMode,
    ) -> Result<usize> {
        let ids: Vec<i64> = match (mode, compared_column(change)) {
            (BulkMode::KeepExisting, Some((column, new, unset))) => {
                check_bulk_ids(ids)?;
                let mut kept = Vec::with_capacity(ids.len());
                for &id in ids {
                    if value_of(&self.conn, column, id)?.is_some_and(|v| {
                        v == unset || v.to_lowercase() == new.trim().to_lowercase()
                    }) {
                        kept.push(id);
                    }
                }
                if kept.is_empty() {
                    return Ok(0);
                }
                kept
            }
            _ => ids.to_vec(),
        };
        self.bulk_change(&ids, change)
    }
}

/// A bulk change names at least one recommendation and at most [`super::BULK_MAX`].
pub(super) fn check_bulk_ids(ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Err(Error::invalid_said("ids", "error.select_one", vec![]));
    }
    if ids.len() > super::BULK_MAX {
        return Err(Error::invalid_said(
            "ids",
            "error.bulk_max",
            vec![("max", super::BULK_MAX.into())],
        ));
    }
    Ok(())
}

/// The value of `column` (one of ours, or `''`) of a recommendation not in the bin; None when
/// there is no such recommendation.
fn value_of(conn: &rusqlite::Connection, column: &str, id: i64) -> Result<Option<String>> {
    optional(conn.query_row(
        &format!("SELECT {column} AS value FROM recommendation WHERE id = ?1 AND {LIVE}"),
        [id],
        |r| r.get("value"),
    ))
}

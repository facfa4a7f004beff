//! A recommendation shared with a department (issue #17): copied into a contributor workspace
//! with the officer's ids, its follow-up fields set one at a time while a session records them,
//! and checked and finished after an accepted change was applied. Used by
//! `store::contribution`; every statement on these tables stays here, with their owner.

use super::follow_up::{check_evidence, require_live};
use super::{Competence, LocalStatus, Response, UnFields};
use crate::store::{department, now_text, optional, Columns};
use crate::{Error, Result};
use rusqlite::types::Value;
use rusqlite::Connection;

/// The follow-up fields a department may change, one changeset each.
pub(crate) const FIELDS: [&str; 3] = ["competence", "department", "local_status"];

/// A recommendation as the request carried it.
pub(crate) struct RecommendationCopy<'a> {
    pub id: i64,
    pub symbol: &'a str,
    pub paragraph: &'a str,
    pub text: &'a str,
    pub mechanism: &'a str,
    pub country: &'a str,
    pub cycle: &'a str,
    pub session: &'a str,
    pub response: &'a str,
    pub themes: &'a [String],
    pub competence: &'a str,
    pub department: &'a str,
    pub local_status: &'a str,
}

/// Inserts a copied recommendation with its own id, and indexes it for search.
pub(crate) fn insert_copy(tx: &Connection, c: &RecommendationCopy) -> Result<()> {
    let f = UnFields {
        annotation_id: None,
        symbol: c.symbol.into(),
        paragraph: c.paragraph.into(),
        text: c.text.into(),
        mechanism: c.mechanism.into(),
        kind: String::new(),
        country: c.country.into(),
        cycle: c.cycle.into(),
        session: c.session.into(),
        recommending_states: Vec::new(),
        response: Response::parse(c.response).unwrap_or(Response::Pending),
        response_text: String::new(),
        response_source: String::new(),
        themes: c.themes.to_vec(),
        groups: Vec::new(),
        sdgs: Vec::new(),
        published_on: String::new(),
    };
    let competence = Competence::parse(c.competence).unwrap_or(Competence::Unknown);
    let status = LocalStatus::parse(c.local_status).unwrap_or(LocalStatus::NotStarted);
    let department = department::clean_name("department", c.department)?;
    let department = department::in_list(tx, "department", &department)?;
    let now = now_text();
    Columns::new(f.columns())
        .and("id", Value::Integer(c.id))
        .and("source", Value::Text("csv".into()))
        .and("competence", Value::Text(competence.as_str().into()))
        .and("department", Value::Text(department))
        .and("local_status", Value::Text(status.as_str().into()))
        .and("created_at", Value::Text(now.clone()))
        .and("updated_at", Value::Text(now))
        .insert(tx, "recommendation")?;
    super::index(tx, c.id, &f)
}

/// Inserts an evidence note with a given id (a copy keeps the officer's id; a new note is
/// recorded under a random one, see `store::contribution`).
pub(crate) fn insert_evidence_with_id(
    tx: &Connection,
    id: i64,
    recommendation_id: i64,
    noted_on: &str,
    note: &str,
    created_at: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO recommendation_evidence (id, recommendation_id, noted_on, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        rusqlite::params![id, recommendation_id, noted_on, note, created_at],
    )?;
    Ok(())
}

/// Removes an evidence note (inside a transaction that is rolled back: see above).
pub(crate) fn delete_evidence(tx: &Connection, id: i64) -> Result<()> {
    tx.execute("DELETE FROM recommendation_evidence WHERE id = ?1", [id])?;
    Ok(())
}

/// One evidence note: (id, recommendation, date, note, created).
pub(crate) type EvidenceRow = (i64, i64, String, String, String);

/// The evidence notes of a recommendation, oldest first.
pub(crate) fn evidence_of(conn: &Connection, recommendation_id: i64) -> Result<Vec<EvidenceRow>> {
    let mut stmt = conn.prepare(
        "SELECT id, recommendation_id, noted_on, note, created_at FROM recommendation_evidence
         WHERE recommendation_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([recommendation_id], |r| {
        Ok((
            r.get("id")?,
            r.get("recommendation_id")?,
            r.get("noted_on")?,
            r.get("note")?,
            r.get("created_at")?,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The follow-up fields of a live recommendation, in the order of [`FIELDS`], with its last
/// change; None when it is gone or in the bin.
pub(crate) fn follow_up_values(
    conn: &Connection,
    id: i64,
) -> Result<Option<([String; 3], String)>> {
    optional(conn.query_row(
        &format!(
            "SELECT competence, department, local_status, updated_at FROM recommendation WHERE id = ?1 AND {}",
            super::LIVE
        ),
        [id],
        |r| {
            Ok((
                [r.get("competence")?, r.get("department")?, r.get("local_status")?],
                r.get("updated_at")?,
            ))
        },
    ))
}

/// Sets one follow-up field only — no time — so that a session records exactly that change.
pub(crate) fn set_field_only(tx: &Connection, id: i64, field: &str, value: &str) -> Result<()> {
    let column = FIELDS
        .iter()
        .find(|f| **f == field)
        .ok_or_else(|| Error::Internal(format!("{field} is not a follow-up field.")))?;
    tx.execute(
        &format!("UPDATE recommendation SET {column} = ?2 WHERE id = ?1"),
        rusqlite::params![id, value],
    )?;
    Ok(())
}

/// Whether `value` is one the app itself would store in `field`, with the message if not.
pub(crate) fn check_value(field: &str, value: &str) -> Result<()> {
    let ok = match field {
        "competence" => Competence::parse(value).is_some(),
        "local_status" => LocalStatus::parse(value).is_some(),
        "department" => department::clean_name("department", value).is_ok(),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(Error::invalid_said(
            field,
            "error.not_a_value_of_field",
            vec![("value", value.into()), ("field", field.into())],
        ))
    }
}

/// Whether an evidence note is one the app would store (date and text).
pub(crate) fn check_evidence_note(noted_on: &str, note: &str) -> Result<()> {
    check_evidence(noted_on, note).map(|_| ())
}

/// After an accepted change was applied to a recommendation: live, its time, and a department
/// that joins the city's list.
pub(crate) fn after_applied(tx: &Connection, id: i64, now: &str) -> Result<()> {
    require_live(tx, id)?;
    let dept: String = tx.query_row(
        "SELECT department FROM recommendation WHERE id = ?1",
        [id],
        |r| r.get("department"),
    )?;
    let dept = department::in_list(tx, "department", &dept)?;
    tx.execute(
        "UPDATE recommendation SET department = ?2, updated_at = ?3 WHERE id = ?1",
        rusqlite::params![id, dept, now],
    )?;
    Ok(())
}

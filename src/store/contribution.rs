//! Contributions from departments (issue #17), in the store: on the officer's side the
//! requests sent (`contribution_request`), the returns received (`contribution`) and each of
//! their changes waiting for review (`contribution_change`); on the department's side the
//! request a contributor workspace was made from (`contribution_origin`) and the values it
//! was sent with (`contribution_baseline`).
//!
//! Why SQLite's session extension: a change travels as a changeset — the row's primary key,
//! the old value of each changed column and the new one — recorded by SQLite itself, and is
//! applied by SQLite with a conflict handler that compares the old values with the row as it
//! is now. Sections and recommendations keep the officer's ids in the contributor workspace,
//! so a changeset names the same row on both computers. Each change is recorded alone (one
//! section's text, one follow-up field, one new evidence note): "Send back" puts the value as
//! it was sent back into place and records the change to the current value with a session,
//! inside a transaction that is rolled back, so the officer can accept or reject each one on
//! its own, and a conflict (the officer changed the same value meanwhile) is found by the
//! engine, never guessed. Nothing a return holds is applied when it is imported: it waits in
//! the queue, checked, until the officer accepts it.

use crate::model::contribution::{ChangeKind, ReturnedChange};
use crate::model::language::Said;
use crate::recommendation::shared as rec;
use crate::revision::{insert_by, RevisionKind};
use crate::store::{now_text, optional, Store};
use crate::submission::{after_applied, set_text_only, stored_text};
use crate::{Error, Result};
use fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::hooks::Action;
use rusqlite::session::{ChangesetIter, ConflictAction, ConflictType, Session};
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::sync::{Arc, Mutex};
use ts_rs::TS;

/// The field name of a section's change (its title and text together).
pub const TEXT: &str = "text";
/// The field name of a new evidence note.
pub const EVIDENCE: &str = "evidence";

const SECTION_TABLE: &str = "section";
const RECOMMENDATION_TABLE: &str = "recommendation";
const EVIDENCE_TABLE: &str = "recommendation_evidence";

/// Where a change stands in the review queue.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
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
pub enum ChangeState {
    Pending,
    Accepted,
    Rejected,
}

crate::enums::words!(ChangeState);

/// A request as recorded when it was sent.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RequestRecord {
    pub id: i64,
    #[serde(skip)]
    #[ts(skip)]
    pub token: String,
    pub submission_id: i64,
    pub contributor: String,
    pub email: String,
    pub due_on: Option<String>,
    pub message: String,
    pub sections: Vec<i64>,
    pub recommendations: Vec<i64>,
    pub file_name: String,
    pub milestone_id: Option<i64>,
    pub created_at: String,
}

/// A request to record.
pub struct NewRequest<'a> {
    pub token: &'a str,
    pub submission_id: i64,
    pub contributor: &'a str,
    pub email: &'a str,
    pub due_on: Option<&'a str>,
    pub message: &'a str,
    pub sections: &'a [i64],
    pub recommendations: &'a [i64],
    pub file_name: &'a str,
    pub milestone_id: Option<i64>,
}

/// A return received, with where its changes stand.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ContributionRecord {
    pub id: i64,
    pub request_id: i64,
    pub submission_id: i64,
    /// Who sent it back.
    pub sender: String,
    pub returned_at: String,
    pub received_at: String,
    pub pending: usize,
    pub accepted: usize,
    pub rejected: usize,
}

/// One change of a return, as decoded from its changeset and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedChange {
    pub kind: ChangeKind,
    pub target_id: i64,
    pub field: String,
    /// The value as it was sent (a section: its stored text; none for a new evidence note).
    pub sent: Option<String>,
    /// The contributor's value (a section: its stored text; an evidence note: "date\tnote").
    pub theirs: String,
    /// A section's title, as sent and as the contributor left it (when it was changed).
    pub sent_title: Option<String>,
    pub their_title: Option<String>,
}

/// A change in the queue.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRecord {
    pub id: i64,
    pub contribution_id: i64,
    pub author: String,
    pub changed_at: String,
    pub state: ChangeState,
    pub decided_at: Option<String>,
    pub changeset: Vec<u8>,
    pub change: DecodedChange,
}

/// What applying one change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    Done,
    /// The value was changed here since it was sent: nothing was written.
    Conflict,
    /// The section or recommendation is no longer here (deleted, in the bin).
    Gone,
}

/// The request a contributor workspace was made from.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Origin {
    #[serde(skip)]
    #[ts(skip)]
    pub token: String,
    #[serde(skip)]
    #[ts(skip)]
    pub workspace_id: String,
    /// The city that asked.
    pub city: String,
    pub contributor: String,
    pub email: String,
    pub due_on: Option<String>,
    pub message: String,
    /// The submission in this workspace.
    pub submission_id: i64,
    pub requested_at: String,
    pub opened_at: String,
    /// When "Send back" last wrote a return.
    pub returned_at: Option<String>,
}

fn json_ids(ids: &[i64]) -> Result<String> {
    serde_json::to_string(ids).map_err(|e| Error::Internal(e.to_string()))
}

fn ids_of(json: &str) -> Vec<i64> {
    serde_json::from_str(json).unwrap_or_default()
}

fn row_to_request(r: &rusqlite::Row) -> rusqlite::Result<RequestRecord> {
    Ok(RequestRecord {
        id: r.get("id")?,
        token: r.get("token")?,
        submission_id: r.get("submission_id")?,
        contributor: r.get("contributor")?,
        email: r.get("email")?,
        due_on: r.get("due_on")?,
        message: r.get("message")?,
        sections: ids_of(&r.get::<_, String>("sections_json")?),
        recommendations: ids_of(&r.get::<_, String>("recommendations_json")?),
        file_name: r.get("file_name")?,
        milestone_id: r.get("milestone_id")?,
        created_at: r.get("created_at")?,
    })
}

const REQUEST_COLS: &str = "id, token, submission_id, contributor, email, due_on, message, \
    sections_json, recommendations_json, file_name, milestone_id, created_at";

fn text_of(v: ValueRef) -> Option<String> {
    match v {
        ValueRef::Text(t) => std::str::from_utf8(t).ok().map(str::to_string),
        _ => None,
    }
}

fn int_of(v: ValueRef) -> Option<i64> {
    match v {
        ValueRef::Integer(i) => Some(i),
        _ => None,
    }
}

/// The columns of one of the tables a change may touch, in their order (a changeset names
/// columns by position).
fn column_names(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
    let names = stmt
        .query_map([table], |r| r.get::<_, String>("name"))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names)
}

fn refused(why: impl std::fmt::Display) -> Error {
    Error::said(
        "import",
        "contribution.err_refused_change",
        vec![("why", why.to_string().into())],
    )
}

/// Reads one change's changeset and checks it against what was asked: exactly one row, of a
/// table and columns a contribution may change, for a section or recommendation of the
/// request, with values the app itself would store. Anything else is refused.
pub fn decode(
    conn: &Connection,
    listed: &ReturnedChange,
    bytes: &[u8],
    sections: &[i64],
    recommendations: &[i64],
) -> Result<DecodedChange> {
    let mut input: &[u8] = bytes;
    let reader: &mut dyn Read = &mut input;
    let mut iter = ChangesetIter::start_strm(&reader).map_err(refused)?;
    let mut out: Option<DecodedChange> = None;
    while let Some(item) = iter.next().map_err(refused)? {
        if out.is_some() {
            return Err(refused("a change holds more than one row"));
        }
        let op = item.op().map_err(refused)?;
        let table = op.table_name().to_string();
        let columns = column_names(conn, &table)?;
        if columns.is_empty() || op.number_of_columns() as usize != columns.len() {
            return Err(refused(format!(
                "the table {table} is not one it may change"
            )));
        }
        let old = |name: &str| -> Option<ValueRef> {
            let i = columns.iter().position(|c| c == name)?;
            item.old_value(i).ok()
        };
        let new = |name: &str| -> Option<ValueRef> {
            let i = columns.iter().position(|c| c == name)?;
            item.new_value(i).ok()
        };
        let changed: Vec<&str> = columns
            .iter()
            .enumerate()
            .filter(|(i, _)| *i > 0 && item.new_value(*i).is_ok())
            .map(|(_, c)| c.as_str())
            .collect();
        let decoded = match (listed.kind, table.as_str(), op.code()) {
            (ChangeKind::Section, SECTION_TABLE, Action::SQLITE_UPDATE) => {
                let id = old("id").and_then(int_of);
                if id != Some(listed.target_id) || !sections.contains(&listed.target_id) {
                    return Err(refused("a section that was not asked for"));
                }
                if listed.field != TEXT
                    || changed.is_empty()
                    || changed
                        .iter()
                        .any(|c| *c != "title" && *c != "content_json")
                {
                    return Err(refused("a section's field other than its title and text"));
                }
                let their_title = new("title").map(text_of).map(|t| t.unwrap_or_default());
                if let Some(t) = &their_title {
                    crate::validate::title("title", t)?;
                }
                let sent_json = old("content_json").and_then(text_of);
                let their_json = match new("content_json") {
                    Some(v) => text_of(v).ok_or_else(|| refused("a section's text is not text"))?,
                    None => sent_json.clone().unwrap_or_default(),
                };
                let content = crate::document::Content::from_stored(&their_json)
                    .map_err(|e| refused(format!("a section's text cannot be read: {e}")))?;
                crate::document::limits::check(&content).map_err(refused)?;
                DecodedChange {
                    kind: ChangeKind::Section,
                    target_id: listed.target_id,
                    field: TEXT.into(),
                    sent: sent_json,
                    theirs: their_json,
                    sent_title: old("title").and_then(text_of),
                    their_title,
                }
            }
            (ChangeKind::Recommendation, RECOMMENDATION_TABLE, Action::SQLITE_UPDATE) => {
                let id = old("id").and_then(int_of);
                if id != Some(listed.target_id) || !recommendations.contains(&listed.target_id) {
                    return Err(refused("a recommendation that was not asked for"));
                }
                if changed != [listed.field.as_str()] || !rec::FIELDS.contains(&changed[0]) {
                    return Err(refused("a recommendation's field other than its follow-up"));
                }
                let theirs = new(&listed.field)
                    .and_then(text_of)
                    .ok_or_else(|| refused("a follow-up value is not text"))?;
                rec::check_value(&listed.field, &theirs).map_err(refused)?;
                DecodedChange {
                    kind: ChangeKind::Recommendation,
                    target_id: listed.target_id,
                    field: listed.field.clone(),
                    sent: old(&listed.field).and_then(text_of),
                    theirs,
                    sent_title: None,
                    their_title: None,
                }
            }
            (ChangeKind::Recommendation, EVIDENCE_TABLE, Action::SQLITE_INSERT) => {
                let rid = new("recommendation_id").and_then(int_of);
                if rid != Some(listed.target_id)
                    || !recommendations.contains(&listed.target_id)
                    || listed.field != EVIDENCE
                {
                    return Err(refused(
                        "an evidence note for a recommendation not asked for",
                    ));
                }
                let noted_on = new("noted_on").and_then(text_of).unwrap_or_default();
                let note = new("note").and_then(text_of).unwrap_or_default();
                rec::check_evidence_note(&noted_on, &note).map_err(refused)?;
                new("created_at")
                    .and_then(text_of)
                    .ok_or_else(|| refused("an evidence note without its time"))?;
                DecodedChange {
                    kind: ChangeKind::Recommendation,
                    target_id: listed.target_id,
                    field: EVIDENCE.into(),
                    sent: None,
                    theirs: format!("{noted_on}\t{note}"),
                    sent_title: None,
                    their_title: None,
                }
            }
            (_, table, _) => {
                return Err(refused(format!(
                    "a change of the table \"{table}\" of a kind it may not make"
                )))
            }
        };
        out = Some(decoded);
    }
    out.ok_or_else(|| refused("a change is empty"))
}

/// Records, with a session, the change made by `change` inside `tx` (which is rolled back
/// later): the changeset's bytes.
fn record(tx: &Connection, table: &str, change: impl FnOnce() -> Result<()>) -> Result<Vec<u8>> {
    let mut session = Session::new(tx)?;
    session.attach(Some(table))?;
    change()?;
    let mut bytes = Vec::new();
    session.changeset_strm(&mut bytes)?;
    Ok(bytes)
}

/// An id for a new evidence note that will not meet one of the officer's (random, in the
/// range a JavaScript number holds exactly, far above any id a city reaches by counting).
fn fresh_evidence_id(tx: &Connection) -> Result<i64> {
    let r: i64 = tx.query_row("SELECT random() AS r", [], |r| r.get("r"))?;
    Ok((1i64 << 40) + (r.unsigned_abs() % (1u64 << 52)) as i64)
}

impl Store {
    /// Records a request that was sent.
    pub(crate) fn insert_contribution_request(&mut self, r: &NewRequest) -> Result<i64> {
        let sections = json_ids(r.sections)?;
        let recommendations = json_ids(r.recommendations)?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO contribution_request (token, submission_id, contributor, email, due_on, message,
                     sections_json, recommendations_json, file_name, milestone_id, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                rusqlite::params![
                    r.token,
                    r.submission_id,
                    r.contributor,
                    r.email,
                    r.due_on,
                    r.message,
                    sections,
                    recommendations,
                    r.file_name,
                    r.milestone_id,
                    now_text()
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// The requests sent, newest first (of one submission, or all).
    pub fn contribution_requests(&self, submission_id: Option<i64>) -> Result<Vec<RequestRecord>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {REQUEST_COLS} FROM contribution_request
             WHERE ?1 IS NULL OR submission_id = ?1 ORDER BY id DESC"
        ))?;
        let rows = stmt.query_map([submission_id], row_to_request)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn contribution_request(&self, id: i64) -> Result<RequestRecord> {
        optional(self.conn.query_row(
            &format!("SELECT {REQUEST_COLS} FROM contribution_request WHERE id = ?1"),
            [id],
            row_to_request,
        ))?
        .ok_or(Error::NotFound {
            what: "Contribution request",
            id,
        })
    }

    /// The request a return answers, found by the token both carry.
    pub(crate) fn contribution_request_by_token(
        &self,
        token: &str,
    ) -> Result<Option<RequestRecord>> {
        optional(self.conn.query_row(
            &format!("SELECT {REQUEST_COLS} FROM contribution_request WHERE token = ?1"),
            [token],
            row_to_request,
        ))
    }

    /// When a return package was imported, if it was.
    pub(crate) fn return_received_at(&self, package_id: &str) -> Result<Option<String>> {
        optional(self.conn.query_row(
            "SELECT received_at FROM contribution WHERE package_id = ?1",
            [package_id],
            |r| r.get("received_at"),
        ))
    }

    /// Puts a checked return in the queue, all of its changes or none. Returns its id.
    pub(crate) fn insert_contribution(
        &mut self,
        request_id: i64,
        package_id: &str,
        sender: &str,
        returned_at: &str,
        changes: &[(&ReturnedChange, &[u8])],
    ) -> Result<i64> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO contribution (request_id, package_id, sender, returned_at, received_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                rusqlite::params![request_id, package_id, sender, returned_at, now_text()],
            )?;
            let id = tx.last_insert_rowid();
            for (c, bytes) in changes {
                let kind = match c.kind {
                    ChangeKind::Section => "section",
                    ChangeKind::Recommendation => "recommendation",
                };
                tx.execute(
                    "INSERT INTO contribution_change (contribution_id, kind, target_id, field, author, changed_at, changeset)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    rusqlite::params![id, kind, c.target_id, c.field, c.author, c.changed_at, bytes],
                )?;
            }
            Ok(id)
        })
    }

    /// The returns received, newest first, with how many of their changes wait, were accepted
    /// or rejected.
    pub fn contributions(&self) -> Result<Vec<ContributionRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.id AS id, c.request_id AS request_id, r.submission_id AS submission_id,
                    c.sender AS sender, c.returned_at AS returned_at, c.received_at AS received_at,
                    sum(x.state = 'pending') AS pending, sum(x.state = 'accepted') AS accepted,
                    sum(x.state = 'rejected') AS rejected
             FROM contribution c
             JOIN contribution_request r ON r.id = c.request_id
             LEFT JOIN contribution_change x ON x.contribution_id = c.id
             GROUP BY c.id ORDER BY c.id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            let n = |name: &str| -> rusqlite::Result<usize> {
                Ok(r.get::<_, Option<i64>>(name)?.unwrap_or(0) as usize)
            };
            Ok(ContributionRecord {
                id: r.get("id")?,
                request_id: r.get("request_id")?,
                submission_id: r.get("submission_id")?,
                sender: r.get("sender")?,
                returned_at: r.get("returned_at")?,
                received_at: r.get("received_at")?,
                pending: n("pending")?,
                accepted: n("accepted")?,
                rejected: n("rejected")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn contribution(&self, id: i64) -> Result<ContributionRecord> {
        self.contributions()?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or(Error::NotFound {
                what: "Contribution",
                id,
            })
    }

    /// The changes of a return, in the order they came, decoded again from their changesets
    /// (checked when the return was imported).
    pub fn contribution_changes(&self, contribution_id: i64) -> Result<Vec<ChangeRecord>> {
        let c = self.contribution(contribution_id)?;
        let request = self.contribution_request(c.request_id)?;
        let mut stmt = self.conn.prepare(
            "SELECT id, contribution_id, kind, target_id, field, author, changed_at, changeset, state, decided_at
             FROM contribution_change WHERE contribution_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([contribution_id], |r| {
            Ok((
                r.get::<_, i64>("id")?,
                r.get::<_, String>("kind")?,
                r.get::<_, i64>("target_id")?,
                r.get::<_, String>("field")?,
                r.get::<_, String>("author")?,
                r.get::<_, String>("changed_at")?,
                r.get::<_, Vec<u8>>("changeset")?,
                r.get::<_, String>("state")?,
                r.get::<_, Option<String>>("decided_at")?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, kind, target_id, field, author, changed_at, changeset, state, decided_at) =
                row?;
            let listed = ReturnedChange {
                kind: if kind == "section" {
                    ChangeKind::Section
                } else {
                    ChangeKind::Recommendation
                },
                target_id,
                field,
                author: author.clone(),
                changed_at: changed_at.clone(),
                changeset: String::new(),
            };
            let change = decode(
                &self.conn,
                &listed,
                &changeset,
                &request.sections,
                &request.recommendations,
            )
            .map_err(|e| {
                Error::said(
                    "damaged",
                    "error.change_unreadable",
                    vec![("what", Said::as_given(e.to_string()).into())],
                )
            })?;
            out.push(ChangeRecord {
                id,
                contribution_id,
                author,
                changed_at,
                state: ChangeState::parse(&state).unwrap_or(ChangeState::Pending),
                decided_at,
                changeset,
                change,
            });
        }
        Ok(out)
    }

    /// The current value of what a change touches: a section's stored text (and title), a
    /// recommendation's follow-up field; None when it is gone. For an evidence note: empty.
    pub fn current_value(
        &self,
        change: &DecodedChange,
    ) -> Result<Option<(String, Option<String>)>> {
        match (change.kind, change.field.as_str()) {
            (ChangeKind::Section, _) => Ok(stored_text(&self.conn, change.target_id)?
                .map(|(title, json, _)| (json, Some(title)))),
            (ChangeKind::Recommendation, EVIDENCE) => {
                Ok(rec::follow_up_values(&self.conn, change.target_id)?
                    .map(|_| (String::new(), None)))
            }
            (ChangeKind::Recommendation, field) => {
                let i = rec::FIELDS.iter().position(|f| *f == field).unwrap_or(0);
                Ok(rec::follow_up_values(&self.conn, change.target_id)?
                    .map(|(values, _)| (values[i].clone(), None)))
            }
        }
    }

    /// Whether the value a change touches was changed here since it was sent: the officer's
    /// text (or field) is not the one the department started from.
    pub fn is_conflict(&self, change: &DecodedChange) -> Result<bool> {
        let Some((current, title)) = self.current_value(change)? else {
            return Ok(false);
        };
        Ok(match change.field.as_str() {
            EVIDENCE => false,
            _ => {
                let text_changed = change.sent.as_deref().is_some_and(|s| s != current);
                let title_changed = match (&change.sent_title, &title) {
                    (Some(sent), Some(now)) => sent != now,
                    _ => false,
                };
                text_changed || title_changed
            }
        })
    }

    /// Applies the changes `ids` of a return (in one transaction), and marks them accepted;
    /// a change whose value was changed here meanwhile is applied only with `overwrite`
    /// (the officer chose the department's text over their own), else left waiting and named
    /// in the result. Each submission whose text changed gets a revision before (the officer's
    /// text) and one after per author, naming the contributor. Returns what happened to each.
    pub fn apply_contribution_changes(
        &mut self,
        changes: &[ChangeRecord],
        overwrite: bool,
        sender: &str,
    ) -> Result<Vec<(i64, Applied)>> {
        let now = now_text();
        self.write(|tx| {
            let mut results = Vec::with_capacity(changes.len());
            // (submission, author) of the sections written, for their revisions.
            let mut written: Vec<(i64, String)> = Vec::new();
            let mut before_taken: Vec<i64> = Vec::new();
            for c in changes {
                if c.state != ChangeState::Pending {
                    continue;
                }
                // A section or recommendation moved to the bin (or gone) since the request is
                // never written: its row may still exist, so the changeset alone would apply.
                match c.change.kind {
                    ChangeKind::Section => match section_submission(tx, c.change.target_id)? {
                        Some(sid) => {
                            if !before_taken.contains(&sid) {
                                insert_by(tx, sid, RevisionKind::Auto, "", "")?;
                                before_taken.push(sid);
                            }
                        }
                        None => {
                            results.push((c.id, Applied::Gone));
                            continue;
                        }
                    },
                    ChangeKind::Recommendation => {
                        if rec::follow_up_values(tx, c.change.target_id)?.is_none() {
                            results.push((c.id, Applied::Gone));
                            continue;
                        }
                    }
                }
                let outcome: Arc<Mutex<Applied>> = Arc::new(Mutex::new(Applied::Done));
                let seen = Arc::clone(&outcome);
                let mut input: &[u8] = &c.changeset;
                let reader: &mut dyn Read = &mut input;
                tx.apply_strm(
                    reader,
                    None::<fn(&str) -> bool>,
                    move |kind, _item| {
                        let (mark, action) = match kind {
                            ConflictType::SQLITE_CHANGESET_DATA if overwrite => {
                                (Applied::Done, ConflictAction::SQLITE_CHANGESET_REPLACE)
                            }
                            ConflictType::SQLITE_CHANGESET_DATA
                            | ConflictType::SQLITE_CHANGESET_CONFLICT => {
                                (Applied::Conflict, ConflictAction::SQLITE_CHANGESET_OMIT)
                            }
                            _ => (Applied::Gone, ConflictAction::SQLITE_CHANGESET_OMIT),
                        };
                        if let Ok(mut o) = seen.lock() {
                            *o = mark;
                        }
                        action
                    },
                )?;
                let applied = outcome.lock().map(|o| *o).unwrap_or(Applied::Gone);
                if applied == Applied::Done {
                    match c.change.kind {
                        ChangeKind::Section => {
                            let sid = after_applied(tx, c.change.target_id, &now)?;
                            if !written.iter().any(|(s, a)| *s == sid && *a == c.author) {
                                written.push((sid, c.author.clone()));
                            }
                        }
                        ChangeKind::Recommendation => {
                            rec::after_applied(tx, c.change.target_id, &now)?
                        }
                    }
                    tx.execute(
                        "UPDATE contribution_change SET state = 'accepted', decided_at = ?2 WHERE id = ?1",
                        rusqlite::params![c.id, now],
                    )?;
                }
                results.push((c.id, applied));
            }
            for (sid, author) in written {
                insert_by(tx, sid, RevisionKind::Contribution, sender, &author)?;
            }
            Ok(results)
        })
    }

    /// Marks changes rejected: nothing of them is written.
    pub fn reject_contribution_changes(&mut self, ids: &[i64]) -> Result<usize> {
        let now = now_text();
        self.write(|tx| {
            let mut n = 0;
            for id in ids {
                n += tx.execute(
                    "UPDATE contribution_change SET state = 'rejected', decided_at = ?2 WHERE id = ?1 AND state = 'pending'",
                    rusqlite::params![id, now],
                )?;
            }
            Ok(n)
        })
    }

    // ---- The contributor's side ----

    /// The request this workspace was made from; None in the officer's own workspace.
    pub fn contribution_origin(&self) -> Result<Option<Origin>> {
        optional(self.conn.query_row(
            "SELECT token, workspace_id, city, contributor, email, due_on, message, submission_id,
                    requested_at, opened_at, returned_at
             FROM contribution_origin WHERE only = 1",
            [],
            |r| {
                Ok(Origin {
                    token: r.get("token")?,
                    workspace_id: r.get("workspace_id")?,
                    city: r.get("city")?,
                    contributor: r.get("contributor")?,
                    email: r.get("email")?,
                    due_on: r.get("due_on")?,
                    message: r.get("message")?,
                    submission_id: r.get("submission_id")?,
                    requested_at: r.get("requested_at")?,
                    opened_at: r.get("opened_at")?,
                    returned_at: r.get("returned_at")?,
                })
            },
        ))
    }

    /// When "Send back" wrote a return.
    pub(crate) fn mark_returned(&mut self) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE contribution_origin SET returned_at = ?1 WHERE only = 1",
                [now_text()],
            )?;
            Ok(())
        })
    }

    /// Every change made in this contributor workspace since the request, each recorded alone
    /// as a changeset (see the module's doc), with `author` and the time of the change. The
    /// workspace itself is left exactly as it is (the recording transaction is rolled back).
    pub(crate) fn record_changes(
        &mut self,
        author: &str,
    ) -> Result<Vec<(ReturnedChange, Vec<u8>)>> {
        let baseline = baseline(&self.conn)?;
        // Rolled back when dropped: the values put back and set again are never kept.
        let tx = self.conn.transaction()?;
        let mut out = Vec::new();
        let listed = |kind, target_id, field: &str, changed_at: String| ReturnedChange {
            kind,
            target_id,
            field: field.into(),
            author: author.into(),
            changed_at,
            changeset: String::new(),
        };
        for (kind, id, field, value) in &baseline {
            match (kind.as_str(), field.as_str()) {
                ("section", TEXT) => {
                    let Some((title, json, updated_at)) = stored_text(&tx, *id)? else {
                        continue;
                    };
                    let (sent_title, sent_json) = value.split_once('\n').unwrap_or(("", value));
                    if title == sent_title && json == sent_json {
                        continue;
                    }
                    set_text_only(&tx, *id, sent_title, sent_json)?;
                    let bytes = record(&tx, SECTION_TABLE, || {
                        set_text_only(&tx, *id, &title, &json)
                    })?;
                    out.push((listed(ChangeKind::Section, *id, TEXT, updated_at), bytes));
                }
                ("recommendation", EVIDENCE) => {
                    let sent: Vec<i64> = ids_of(value);
                    let changed_at = rec::follow_up_values(&tx, *id)?.map(|(_, t)| t);
                    let Some(changed_at) = changed_at else {
                        continue;
                    };
                    for (eid, rid, noted_on, note, created_at) in rec::evidence_of(&tx, *id)? {
                        if sent.contains(&eid) {
                            continue;
                        }
                        rec::delete_evidence(&tx, eid)?;
                        let fresh = fresh_evidence_id(&tx)?;
                        let bytes = record(&tx, EVIDENCE_TABLE, || {
                            rec::insert_evidence_with_id(
                                &tx,
                                fresh,
                                rid,
                                &noted_on,
                                &note,
                                &created_at,
                            )
                        })?;
                        out.push((
                            listed(
                                ChangeKind::Recommendation,
                                *id,
                                EVIDENCE,
                                changed_at.clone(),
                            ),
                            bytes,
                        ));
                    }
                }
                ("recommendation", field) => {
                    let Some(i) = rec::FIELDS.iter().position(|f| *f == field) else {
                        continue;
                    };
                    let Some((values, changed_at)) = rec::follow_up_values(&tx, *id)? else {
                        continue;
                    };
                    if values[i] == *value {
                        continue;
                    }
                    rec::set_field_only(&tx, *id, field, value)?;
                    let bytes = record(&tx, RECOMMENDATION_TABLE, || {
                        rec::set_field_only(&tx, *id, field, &values[i])
                    })?;
                    out.push((
                        listed(ChangeKind::Recommendation, *id, field, changed_at),
                        bytes,
                    ));
                }
                _ => {}
            }
        }
        drop(tx);
        Ok(out)
    }
}

/// The submission of a live section.
fn section_submission(tx: &Connection, id: i64) -> Result<Option<i64>> {
    crate::submission::section_submission_id(tx, id)
}

/// What a contributor workspace was sent: (kind, id, field, value).
fn baseline(conn: &Connection) -> Result<Vec<(String, i64, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT kind, target_id, field, value FROM contribution_baseline ORDER BY kind DESC, target_id, field",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get("kind")?,
            r.get("target_id")?,
            r.get("field")?,
            r.get("value")?,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Writes the origin of a contributor workspace (inside the transaction that fills it).
pub(crate) fn write_origin(tx: &Connection, o: &Origin) -> Result<()> {
    tx.execute(
        "INSERT INTO contribution_origin (only, token, workspace_id, city, contributor, email, due_on,
             message, submission_id, requested_at, opened_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        rusqlite::params![
            o.token,
            o.workspace_id,
            o.city,
            o.contributor,
            o.email,
            o.due_on,
            o.message,
            o.submission_id,
            o.requested_at,
            o.opened_at
        ],
    )?;
    Ok(())
}

/// Remembers what a section was sent with (its title and stored text).
pub(crate) fn remember_section(tx: &Connection, id: i64, title: &str, json: &str) -> Result<()> {
    remember(tx, "section", id, TEXT, &format!("{title}\n{json}"))
}

/// Remembers what a recommendation was sent with: its follow-up fields and evidence ids.
pub(crate) fn remember_recommendation(
    tx: &Connection,
    id: i64,
    values: [&str; 3],
    evidence: &[i64],
) -> Result<()> {
    for (field, value) in rec::FIELDS.iter().zip(values) {
        remember(tx, "recommendation", id, field, value)?;
    }
    remember(tx, "recommendation", id, EVIDENCE, &json_ids(evidence)?)
}

fn remember(tx: &Connection, kind: &str, id: i64, field: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO contribution_baseline (kind, target_id, field, value) VALUES (?1, ?2, ?3, ?4)",
        rusqlite::params![kind, id, field, value],
    )?;
    Ok(())
}

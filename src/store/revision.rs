//! Revisions of a submission and the record of what was sent.
//!
//! A revision is a snapshot of every section (title and content). They are taken
//! automatically (at most one per ten minutes of editing, holding the state before the
//! edits), when the officer names one ("Sent to legal review"), before a restore (so a restore
//! can itself be undone), and when the submission is marked as sent (that one is the locked
//! version: later edits only ever make new revisions).

use crate::document::Content;
use crate::model::language::{Arg, Said};
use crate::store::{now_text, optional, Store};
use crate::submission::{for_each_section, Sections};
use crate::validate;
use crate::{Error, Result};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

/// Automatic revisions are at most this far apart.
pub const AUTO_REVISION_MINUTES: i64 = 10;

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
pub enum RevisionKind {
    Auto,
    Named,
    BeforeRestore,
    Sent,
    /// A department's text the officer accepted (issue #17): names its author.
    Contribution,
}

crate::enums::words!(RevisionKind);

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RevisionSummary {
    pub id: i64,
    pub kind: RevisionKind,
    pub name: String,
    /// Who wrote it: the contributor whose text was accepted; empty for the officer's own.
    pub author: String,
    pub words: usize,
    pub created_at: String,
}

/// One section as it was in a revision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RevisionSection {
    pub section_id: i64,
    pub title: String,
    pub content: Content,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Revision {
    pub summary: RevisionSummary,
    pub sections: Vec<RevisionSection>,
}

pub use crate::model::diff::{DiffOp, DiffOpKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SectionChange {
    Same,
    Changed,
    Added,
    Removed,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SectionDiff {
    pub title: String,
    pub change: SectionChange,
    pub ops: Vec<DiffOp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RevisionDiff {
    pub sections: Vec<SectionDiff>,
}

/// What was sent, and what came back.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SentRecord {
    /// `YYYY-MM-DD`.
    pub sent_on: String,
    /// E.g. "UPR online submission system".
    pub channel: String,
    pub file_name: String,
    /// SHA-256 of the exact file that was sent, in hexadecimal.
    pub file_sha256: String,
    /// The locked revision holding the text as sent.
    pub revision_id: i64,
    /// The acronym OHCHR gave the submission (e.g. "JS3").
    pub ohchr_acronym: String,
    /// The paragraphs of OHCHR's summary that cite the submission.
    pub cited_paragraphs: String,
    pub recorded_at: String,
    /// When the officer started a new version after this send (null while the text as sent is
    /// the current one).
    pub reopened_at: Option<String>,
}

/// The columns of a record of what was sent, in `submission_sent` and `submission_sent_earlier`.
const SENT_COLS: &str = "sent_on, channel, file_name, file_sha256, revision_id, ohchr_acronym, \
                         cited_paragraphs, recorded_at, reopened_at";

fn row_to_sent(r: &rusqlite::Row) -> rusqlite::Result<SentRecord> {
    Ok(SentRecord {
        sent_on: r.get("sent_on")?,
        channel: r.get("channel")?,
        file_name: r.get("file_name")?,
        file_sha256: r.get("file_sha256")?,
        revision_id: r.get("revision_id")?,
        ohchr_acronym: r.get("ohchr_acronym")?,
        cited_paragraphs: r.get("cited_paragraphs")?,
        recorded_at: r.get("recorded_at")?,
        reopened_at: r.get("reopened_at")?,
    })
}

fn snapshot(tx: &Connection, submission_id: i64) -> Result<(String, usize)> {
    let mut sections = Vec::new();
    let mut words = 0;
    for_each_section(tx, Sections::Of(submission_id), |s| {
        // A section whose stored text cannot be read is left out of the snapshot rather than
        // kept as empty: restoring the snapshot then leaves that section as it is, instead of
        // blanking it.
        if let Ok(content) = Content::from_stored(&s.content_json) {
            words += content.stats().words(true);
            sections.push(RevisionSection {
                section_id: s.id,
                title: s.title,
                content,
            });
        }
        Ok(())
    })?;
    let json = serde_json::to_string(&sections).map_err(|e| Error::Internal(e.to_string()))?;
    Ok((json, words))
}

fn insert(tx: &Connection, submission_id: i64, kind: RevisionKind, name: &str) -> Result<i64> {
    insert_by(tx, submission_id, kind, name, "")
}

/// Takes a revision of the submission as it is now, naming who wrote it (an accepted
/// contribution names its contributor; the officer's own revisions name no one).
pub(crate) fn insert_by(
    tx: &Connection,
    submission_id: i64,
    kind: RevisionKind,
    name: &str,
    author: &str,
) -> Result<i64> {
    let (json, words) = snapshot(tx, submission_id)?;
    tx.execute(
        "INSERT INTO submission_revision (submission_id, kind, name, author, snapshot_json, words, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        rusqlite::params![submission_id, kind.as_str(), name, author, json, words as i64, now_text()],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Called inside every save, before it is applied: keeps the current state as an automatic
/// revision when the last revision is older than [`AUTO_REVISION_MINUTES`].
pub(crate) fn auto_revision(tx: &Connection, submission_id: i64) -> Result<()> {
    let last: Option<String> = tx
        .query_row(
            "SELECT max(created_at) AS last FROM submission_revision WHERE submission_id = ?1",
            [submission_id],
            |r| r.get("last"),
        )
        .unwrap_or(None);
    let due = match last
        .as_deref()
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
    {
        Some(t) => {
            chrono::Utc::now().signed_duration_since(t)
                >= chrono::Duration::minutes(AUTO_REVISION_MINUTES)
        }
        None => true,
    };
    if due {
        insert(tx, submission_id, RevisionKind::Auto, "")?;
    }
    Ok(())
}

fn row_to_summary(r: &rusqlite::Row) -> rusqlite::Result<RevisionSummary> {
    let kind: String = r.get("kind")?;
    Ok(RevisionSummary {
        id: r.get("id")?,
        kind: RevisionKind::parse(&kind).unwrap_or(RevisionKind::Auto),
        name: r.get("name")?,
        author: r.get("author")?,
        words: r.get::<_, i64>("words")? as usize,
        created_at: r.get("created_at")?,
    })
}

/// Compares two lists of sections (matched by section id), word by word.
pub fn compare(old: &[RevisionSection], new: &[RevisionSection]) -> RevisionDiff {
    let mut sections = Vec::new();
    for n in new {
        match old.iter().find(|o| o.section_id == n.section_id) {
            Some(o) => {
                let (a, b) = (
                    crate::model::diff::plain(&o.content),
                    crate::model::diff::plain(&n.content),
                );
                let change = if a == b && o.title == n.title {
                    SectionChange::Same
                } else {
                    SectionChange::Changed
                };
                sections.push(SectionDiff {
                    title: n.title.clone(),
                    change,
                    ops: crate::model::diff::words(&a, &b),
                });
            }
            None => sections.push(SectionDiff {
                title: n.title.clone(),
                change: SectionChange::Added,
                ops: vec![DiffOp {
                    op: DiffOpKind::Insert,
                    text: crate::model::diff::plain(&n.content),
                }],
            }),
        }
    }
    for o in old
        .iter()
        .filter(|o| !new.iter().any(|n| n.section_id == o.section_id))
    {
        sections.push(SectionDiff {
            title: o.title.clone(),
            change: SectionChange::Removed,
            ops: vec![DiffOp {
                op: DiffOpKind::Delete,
                text: crate::model::diff::plain(&o.content),
            }],
        });
    }
    RevisionDiff { sections }
}

/// A saved version as the services that read every one take it (personal data, the
/// workspace check): its sections as stored, not yet read, so that each decides what an
/// unreadable one means.
pub(crate) struct StoredRevision {
    pub(crate) id: i64,
    pub(crate) submission_id: i64,
    pub(crate) submission_title: String,
    pub(crate) snapshot_json: String,
}

/// In which order [`for_each_revision`] reads the saved versions.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Revisions {
    /// By submission, then oldest first.
    BySubmission,
    /// Oldest first.
    ById,
}

/// Calls `f` with every saved version of every submission, one at a time.
pub(crate) fn for_each_revision(
    conn: &Connection,
    order: Revisions,
    mut f: impl FnMut(StoredRevision) -> Result<()>,
) -> Result<()> {
    let order = match order {
        Revisions::BySubmission => "r.submission_id, r.id",
        Revisions::ById => "r.id",
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT r.id AS id, r.submission_id AS submission_id, s.title AS submission_title,
                r.snapshot_json AS snapshot_json
         FROM submission_revision r JOIN submission s ON s.id = r.submission_id ORDER BY {order}"
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        f(StoredRevision {
            id: r.get("id")?,
            submission_id: r.get("submission_id")?,
            submission_title: r.get("submission_title")?,
            snapshot_json: r.get("snapshot_json")?,
        })?;
    }
    Ok(())
}

/// Replaces the sections a saved version holds (an erasure "in text"), with its word count.
pub(crate) fn rewrite(tx: &Connection, id: i64, sections: &[RevisionSection]) -> Result<()> {
    let words: usize = sections.iter().map(|s| s.content.stats().words(true)).sum();
    let json = serde_json::to_string(sections).map_err(|e| Error::Internal(e.to_string()))?;
    tx.execute(
        "UPDATE submission_revision SET snapshot_json = ?2, words = ?3 WHERE id = ?1",
        rusqlite::params![id, json, words as i64],
    )?;
    Ok(())
}

/// The largest sent file kept in the database: the UN's portals take files of a few
/// megabytes (a PDF with a logo, a Word file); anything far larger is the wrong file.
pub const SENT_FILE_MAX_BYTES: u64 = 100 * 1024 * 1024;

impl Store {
    /// The revisions of a submission, newest first.
    pub fn revisions(&self, submission_id: i64) -> Result<Vec<RevisionSummary>> {
        self.submission(submission_id)?;
        let mut stmt = self.conn.prepare(
            "SELECT id, kind, name, author, words, created_at FROM submission_revision WHERE submission_id = ?1 ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([submission_id], row_to_summary)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One revision with its sections.
    pub fn revision(&self, id: i64) -> Result<Revision> {
        let (summary, json, submission_id) = optional(self.conn.query_row(
            "SELECT id, kind, name, author, words, created_at, snapshot_json, submission_id FROM submission_revision WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    row_to_summary(r)?,
                    r.get::<_, String>("snapshot_json")?,
                    r.get::<_, i64>("submission_id")?,
                ))
            },
        ))?
        .ok_or(Error::NotFound { what: "Revision", id })?;
        self.submission(submission_id)?;
        let mut sections: Vec<RevisionSection> =
            crate::document::read_stored(&json).map_err(|e| {
                Error::said(
                    "damaged",
                    "error.revision_unreadable",
                    vec![
                        ("id", id.into()),
                        ("what", Said::as_given(e.to_string()).into()),
                    ],
                )
            })?;
        for s in &mut sections {
            crate::document::limits::fit_depth(&mut s.content);
        }
        Ok(Revision { summary, sections })
    }

    fn revision_submission(&self, id: i64) -> Result<i64> {
        optional(self.conn.query_row(
            "SELECT submission_id FROM submission_revision WHERE id = ?1",
            [id],
            |r| r.get("submission_id"),
        ))?
        .ok_or(Error::NotFound {
            what: "Revision",
            id,
        })
    }

    /// Keeps the current state under a name ("Sent to legal review").
    pub fn name_revision(&mut self, submission_id: i64, name: &str) -> Result<RevisionSummary> {
        self.submission(submission_id)?;
        let name = validate::required("name", name, "required.version_name", validate::SHORT_MAX)?;
        let id = self.write(|tx| insert(tx, submission_id, RevisionKind::Named, &name))?;
        Ok(self.revision(id)?.summary)
    }

    /// Gives an existing revision a name (or a new one), so that an automatic snapshot the
    /// officer wants to find again does not have to be taken anew. The text it holds, its kind
    /// and its time stay as they were — a sent version's record included.
    pub fn rename_revision(&mut self, id: i64, name: &str) -> Result<RevisionSummary> {
        let name = validate::required("name", name, "required.version_name", validate::SHORT_MAX)?;
        self.revision(id)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE submission_revision SET name = ?2 WHERE id = ?1",
                rusqlite::params![id, name],
            )?;
            Ok(())
        })?;
        Ok(self.revision(id)?.summary)
    }

    /// The current sections, as a revision would hold them.
    fn current_sections(&self, submission_id: i64) -> Result<Vec<RevisionSection>> {
        Ok(self
            .sections(submission_id)?
            .into_iter()
            .map(|s| RevisionSection {
                section_id: s.id,
                title: s.title,
                content: s.content,
            })
            .collect())
    }

    /// Compares revision `from` with revision `to`, or with the current text when `to` is None.
    pub fn compare_revisions(&self, from: i64, to: Option<i64>) -> Result<RevisionDiff> {
        let old = self.revision(from)?;
        let new = match to {
            Some(id) => {
                if self.revision_submission(id)? != self.revision_submission(from)? {
                    return Err(Error::invalid_said("to", "error.versions_of_two", vec![]));
                }
                self.revision(id)?.sections
            }
            None => self.current_sections(self.revision_submission(from)?)?,
        };
        Ok(compare(&old.sections, &new))
    }

    /// Puts a revision's text back (keeping the current one first); returns its submission.
    pub(crate) fn put_revision_back(&mut self, id: i64) -> Result<i64> {
        let rev = self.revision(id)?;
        let submission_id = self.revision_submission(id)?;
        // What was sent stays sent: a restore would change the text.
        self.editable(submission_id)?;
        for s in &rev.sections {
            crate::document::limits::check(&s.content)?;
        }
        let now = now_text();
        // The version's name, in the language of the officer who restores (it is stored).
        let name = crate::model::language::text(
            self.language(),
            "core.revision_before_restore",
            &[("when", rev.summary.created_at.as_str().into())],
        );
        self.write(|tx| {
            insert(tx, submission_id, RevisionKind::BeforeRestore, &name)?;
            for s in &rev.sections {
                crate::submission::write_text(
                    tx,
                    s.section_id,
                    &s.title,
                    &s.content,
                    &now,
                    Some(submission_id),
                )?;
            }
            crate::submission::touch(tx, submission_id, &now)
        })?;
        Ok(submission_id)
    }

    /// Records what was sent (see the drafting screen's `mark_submitted`).
    pub(crate) fn record_sent(
        &mut self,
        submission_id: i64,
        sent_on: &str,
        channel: &str,
        file: &std::path::Path,
    ) -> Result<()> {
        let submission = self.check_sendable(submission_id)?;
        let date = validate::date("sent_on", sent_on)?;
        let channel =
            validate::required("channel", channel, "required.channel", validate::SHORT_MAX)?;
        let bytes = crate::files::read_capped(file, SENT_FILE_MAX_BYTES)?;
        if bytes.is_empty() {
            return Err(Error::invalid_said("file", "error.sent_file_empty", vec![]));
        }
        let sha = format!("{:x}", Sha256::digest(&bytes));
        let file_name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let now = now_text();
        // The version's name, in the language of the officer who records it (it is stored).
        let name = crate::model::language::text(
            self.language(),
            "core.revision_sent",
            &[
                ("date", date.to_string().into()),
                ("channel", channel.as_str().into()),
            ],
        );
        self.write(|tx| {
            let rev = insert(tx, submission_id, RevisionKind::Sent, &name)?;
            // A new version sent after an earlier one: the earlier record is kept whole.
            tx.execute(
                &format!(
                    "INSERT INTO submission_sent_earlier (submission_id, file_bytes, {SENT_COLS})
                     SELECT submission_id, file_bytes, {SENT_COLS} FROM submission_sent WHERE submission_id = ?1"
                ),
                [submission_id],
            )?;
            tx.execute("DELETE FROM submission_sent WHERE submission_id = ?1", [submission_id])?;
            tx.execute(
                "INSERT INTO submission_sent (submission_id, sent_on, channel, file_name, file_sha256, file_bytes, revision_id, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                rusqlite::params![submission_id, date.to_string(), channel, file_name, sha, bytes, rev, now],
            )?;
            crate::submission::set_status_in(tx, submission_id, crate::submission::SubmissionStatus::Submitted, &now)?;
            // The engagement's stage follows: sent means submitted (never backwards).
            crate::engagement::advance_stage(tx, submission.engagement_id, crate::engagement::Stage::Submitted)
        })?;
        Ok(())
    }

    /// Whether the submission may be marked as submitted now: not while it is marked already
    /// (start a new version first), and not with no text at all (the locked version would hold
    /// nothing). Checked before the app asks for the file, and again when recording.
    pub fn check_sendable(&self, submission_id: i64) -> Result<crate::submission::Submission> {
        let s = self.submission(submission_id)?;
        if s.status.is_sent() {
            let (key, when): (&'static str, Vec<(&'static str, Arg)>) =
                match self.sent_record(submission_id)? {
                    Some(r) => (
                        "error.already_submitted_on",
                        vec![("date", r.sent_on.into()), ("channel", r.channel.into())],
                    ),
                    None => ("error.already_submitted", vec![]),
                };
            let mut args = vec![("title", s.title.clone().into()), ("id", s.id.into())];
            args.extend(when);
            return Err(Error::said("refused", key, args));
        }
        let words: usize = self
            .sections(submission_id)?
            .iter()
            .map(|sec| sec.content.stats().words(true))
            .sum();
        if words == 0 {
            return Err(Error::said(
                "refused",
                "error.nothing_to_send",
                vec![("title", s.title.clone().into()), ("id", s.id.into())],
            ));
        }
        Ok(s)
    }

    /// Starts a new version of a submission marked as submitted: its text can be edited again
    /// (status "drafting"), and the record of what was sent stays as it was, with the time the
    /// new version was started. Returns that time.
    pub(crate) fn reopen_sent(&mut self, submission_id: i64) -> Result<String> {
        let s = self.submission(submission_id)?;
        if !s.status.is_sent() {
            return Err(Error::said(
                "refused",
                "error.not_submitted_yet",
                vec![("title", s.title.clone().into()), ("id", s.id.into())],
            ));
        }
        let now = now_text();
        self.write(|tx| {
            crate::submission::set_status_in(
                tx,
                submission_id,
                crate::submission::SubmissionStatus::Drafting,
                &now,
            )?;
            tx.execute(
                "UPDATE submission_sent SET reopened_at = ?2 WHERE submission_id = ?1",
                rusqlite::params![submission_id, now],
            )?;
            Ok(())
        })?;
        Ok(now)
    }

    /// The records of earlier sends of a submission (each replaced by a later version that was
    /// sent), newest first.
    pub fn earlier_sends(&self, submission_id: i64) -> Result<Vec<SentRecord>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {SENT_COLS} FROM submission_sent_earlier WHERE submission_id = ?1 ORDER BY id DESC"
        ))?;
        let rows = stmt.query_map([submission_id], row_to_sent)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records what came back (see the drafting screen's `record_outcome`).
    pub(crate) fn write_outcome(
        &mut self,
        submission_id: i64,
        acronym: &str,
        cited_paragraphs: &str,
    ) -> Result<()> {
        if self.sent_record(submission_id)?.is_none() {
            return Err(Error::said("refused", "error.mark_submitted_first", vec![]));
        }
        validate::text("acronym", acronym.trim(), 40)?;
        validate::text(
            "cited_paragraphs",
            cited_paragraphs.trim(),
            validate::NOTES_MAX,
        )?;
        self.write(|tx| {
            tx.execute(
                "UPDATE submission_sent SET ohchr_acronym = ?2, cited_paragraphs = ?3 WHERE submission_id = ?1",
                rusqlite::params![submission_id, acronym.trim(), cited_paragraphs.trim()],
            )?;
            Ok(())
        })?;
        Ok(())
    }

    /// What was sent, if the submission was marked as submitted.
    pub fn sent_record(&self, submission_id: i64) -> Result<Option<SentRecord>> {
        optional(self.conn.query_row(
            &format!("SELECT {SENT_COLS} FROM submission_sent WHERE submission_id = ?1"),
            [submission_id],
            row_to_sent,
        ))
    }

    /// The exact bytes of the file that was sent.
    pub fn sent_file(&self, submission_id: i64) -> Result<Vec<u8>> {
        optional(self.conn.query_row(
            "SELECT file_bytes FROM submission_sent WHERE submission_id = ?1",
            [submission_id],
            |r| r.get("file_bytes"),
        ))?
        .ok_or(Error::NotFound {
            what: "Sent file of submission",
            id: submission_id,
        })
    }

    /// Whether the current text differs from a revision.
    pub(crate) fn differs_from_revision(
        &self,
        submission_id: i64,
        revision_id: i64,
    ) -> Result<bool> {
        let rev = self.revision(revision_id)?;
        Ok(rev.sections != self.current_sections(submission_id)?)
    }
}

/// One send of a submission, as the deadlines read it: which engagement, which submission, and
/// the day it was sent.
#[derive(Debug, Clone, PartialEq)]
pub struct SentOn {
    pub engagement_id: i64,
    pub submission_id: i64,
    pub title: String,
    /// `YYYY-MM-DD`, as the officer recorded it.
    pub sent_on: String,
}

impl Store {
    /// Every send of every submission not in the bin — the current record and the earlier ones
    /// a new version replaced — earliest first: what meets a submission window
    /// (`calendar::met_by`).
    pub fn sends(&self) -> Result<Vec<SentOn>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT s.engagement_id AS engagement_id, s.id AS id, s.title AS title, x.sent_on AS sent_on
             FROM (SELECT submission_id, sent_on FROM submission_sent
                   UNION ALL SELECT submission_id, sent_on FROM submission_sent_earlier) x
             JOIN submission s ON s.id = x.submission_id
             WHERE {}
             ORDER BY x.sent_on, s.id",
            crate::store::live("s")
        ))?;
        let rows = stmt.query_map([], |r| {
            Ok(SentOn {
                engagement_id: r.get("engagement_id")?,
                submission_id: r.get("id")?,
                title: r.get("title")?,
                sent_on: r.get("sent_on")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Block;

    fn sec(id: i64, title: &str, text: &str) -> RevisionSection {
        RevisionSection {
            section_id: id,
            title: title.into(),
            content: Content {
                blocks: vec![Block::para(text)],
            },
        }
    }

    #[test]
    fn compare_finds_word_level_changes_and_added_and_removed_sections() {
        let old = vec![
            sec(1, "Housing", "The city built 1,250 homes."),
            sec(2, "Water", "No cuts."),
        ];
        let new = vec![
            sec(1, "Housing", "The city built 1,400 social homes."),
            sec(3, "Schools", "New."),
        ];
        let d = compare(&old, &new);
        assert_eq!(d.sections.len(), 3);
        let housing = &d.sections[0];
        assert_eq!(housing.change, SectionChange::Changed);
        assert!(housing
            .ops
            .iter()
            .any(|o| o.op == DiffOpKind::Delete && o.text.contains("1,250")));
        assert!(housing
            .ops
            .iter()
            .any(|o| o.op == DiffOpKind::Insert && o.text.contains("social")));
        assert!(housing
            .ops
            .iter()
            .any(|o| o.op == DiffOpKind::Equal && o.text.contains("The city built")));
        assert_eq!(d.sections[1].change, SectionChange::Added);
        assert_eq!(d.sections[2].change, SectionChange::Removed);
    }

    #[test]
    fn identical_sections_are_same() {
        let a = vec![sec(1, "A", "Text.")];
        assert_eq!(compare(&a, &a).sections[0].change, SectionChange::Same);
    }
}

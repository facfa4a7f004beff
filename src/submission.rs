//! Submissions: the documents a city sends for an engagement, made of sections.
//!
//! Every save of a section keeps the previous text as a revision, and removing a section or a
//! submission only moves it to the bin: nothing typed is lost.

use crate::document::{Content, ContentStats};
use crate::import::markdown::ImportedSubmission;
use crate::mechanism::MechanismKind;
use crate::store::{now_text, optional, Store};
use crate::validate;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a submission stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SubmissionStatus {
    Planned,
    Drafting,
    InternalReview,
    Approved,
    Submitted,
    Acknowledged,
}

impl SubmissionStatus {
    pub const ALL: [SubmissionStatus; 6] = [
        SubmissionStatus::Planned,
        SubmissionStatus::Drafting,
        SubmissionStatus::InternalReview,
        SubmissionStatus::Approved,
        SubmissionStatus::Submitted,
        SubmissionStatus::Acknowledged,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            SubmissionStatus::Planned => "planned",
            SubmissionStatus::Drafting => "drafting",
            SubmissionStatus::InternalReview => "internal_review",
            SubmissionStatus::Approved => "approved",
            SubmissionStatus::Submitted => "submitted",
            SubmissionStatus::Acknowledged => "acknowledged",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
    /// Still being written (shown under "drafts in progress").
    pub fn in_progress(self) -> bool {
        matches!(
            self,
            SubmissionStatus::Planned
                | SubmissionStatus::Drafting
                | SubmissionStatus::InternalReview
        )
    }
}

/// Where a section stands in the collection from departments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SectionStatus {
    ToDraft,
    Drafted,
    Reviewed,
    Approved,
}

impl SectionStatus {
    pub const ALL: [SectionStatus; 4] = [
        SectionStatus::ToDraft,
        SectionStatus::Drafted,
        SectionStatus::Reviewed,
        SectionStatus::Approved,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            SectionStatus::ToDraft => "to_draft",
            SectionStatus::Drafted => "drafted",
            SectionStatus::Reviewed => "reviewed",
            SectionStatus::Approved => "approved",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A submission as stored.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Submission {
    pub id: i64,
    pub engagement_id: i64,
    pub title: String,
    /// The template it was made from (e.g. `upr_stakeholder`).
    pub template: String,
    /// ISO 639-1 language of the text.
    pub language: String,
    pub status: SubmissionStatus,
    /// Whether the city consents to publication (treaty bodies ask); null: not decided.
    pub may_publish: Option<bool>,
    /// Stakeholder ids of the co-submitters, in the order they are named. Non-empty = joint.
    pub co_submitters: Vec<i64>,
    pub created_at: String,
    pub updated_at: String,
}

/// A line of a submissions list (`cityrights submissions list --json`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SubmissionSummary {
    pub id: i64,
    pub engagement_id: i64,
    pub engagement_title: String,
    pub mechanism: String,
    pub title: String,
    pub status: SubmissionStatus,
    pub joint: bool,
    pub words: usize,
    pub limit: Option<u32>,
    pub updated_at: String,
}

/// A section of a submission.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Section {
    pub id: i64,
    pub submission_id: i64,
    pub position: i64,
    pub title: String,
    /// The department or person who answers for it.
    pub owner: String,
    pub status: SectionStatus,
    /// Template guidance shown to the writer, never exported.
    pub guidance: String,
    pub content: Content,
    pub updated_at: String,
}

/// Counts of a submission against its rule (`cityrights submission stats --json`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SubmissionStats {
    /// Words that count against the limit (footnotes included when the rule counts them).
    pub words: usize,
    /// The word limit in force (joint limit for a joint submission); null when none is known.
    pub limit: Option<u32>,
    pub paragraphs: usize,
    pub footnotes: usize,
    pub sections: usize,
    pub body_words: usize,
    pub footnote_words: usize,
    pub footnotes_count: bool,
    pub joint: bool,
}

/// The default template for a mechanism's kind (the Drafting templates refine this).
pub fn default_template(kind: MechanismKind) -> &'static str {
    match kind {
        MechanismKind::Upr => "upr_stakeholder",
        MechanismKind::TreatyBody => "treaty_body_session",
        MechanismKind::SpecialProcedures => "sp_call_for_input",
    }
}

const SUBMISSION_COLS: &str =
    "id, engagement_id, title, template, language, status, may_publish, created_at, updated_at";
const SECTION_COLS: &str =
    "id, submission_id, position, title, owner, status, guidance, content_json, updated_at";

impl Store {
    /// Creates a submission with its sections in one transaction.
    pub fn create_submission(
        &mut self,
        engagement_id: i64,
        title: &str,
        sections: &[(String, Content)],
    ) -> Result<Submission> {
        let engagement = self.engagement(engagement_id)?;
        let kind = self.mechanism(&engagement.mechanism)?.kind;
        let title = validate::title("title", title)?;
        for (t, _) in sections {
            validate::title("section_title", t)?;
        }
        let language = self
            .city_profile()?
            .map(|c| c.default_language)
            .unwrap_or_else(|| "en".into());
        let now = now_text();
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO submission (engagement_id, title, template, language, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, 'drafting', ?5, ?5)",
                rusqlite::params![engagement_id, title, default_template(kind), language, now],
            )?;
            let sid = tx.last_insert_rowid();
            for (pos, (t, content)) in sections.iter().enumerate() {
                let json = serde_json::to_string(content).map_err(|e| Error::Conflict(e.to_string()))?;
                let status = if content.is_empty() { "to_draft" } else { "drafted" };
                tx.execute(
                    "INSERT INTO section (submission_id, position, title, status, content_json, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    rusqlite::params![sid, pos as i64, t.trim(), status, json, now],
                )?;
            }
            Ok(sid)
        })?;
        self.submission(id)
    }

    /// Creates a submission from an imported Markdown file. The title given wins over the
    /// file's own `# ` title; without either, the engagement's title is used.
    pub fn import_submission(
        &mut self,
        engagement_id: i64,
        title: Option<&str>,
        imported: ImportedSubmission,
    ) -> Result<Submission> {
        let engagement = self.engagement(engagement_id)?;
        let title = title
            .map(str::to_string)
            .or(imported.title)
            .unwrap_or_else(|| format!("Submission for {}", engagement.title));
        let sections: Vec<(String, Content)> = imported
            .sections
            .into_iter()
            .map(|s| (s.title, s.content))
            .collect();
        if sections.is_empty() {
            return Err(Error::Import {
                message: "The file has no text to import.".into(),
            });
        }
        self.create_submission(engagement_id, &title, &sections)
    }

    /// One submission (not in the bin, nor in an engagement in the bin).
    pub fn submission(&self, id: i64) -> Result<Submission> {
        let mut s = optional(self.conn.query_row(
            &format!(
                "SELECT {SUBMISSION_COLS} FROM submission WHERE id = ?1 AND deleted_at IS NULL
                 AND engagement_id IN (SELECT id FROM engagement WHERE deleted_at IS NULL)"
            ),
            [id],
            row_to_submission,
        ))?
        .ok_or(Error::NotFound {
            what: "Submission",
            id,
        })?;
        s.co_submitters = self.co_submitters(id)?;
        Ok(s)
    }

    fn co_submitters(&self, submission_id: i64) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare(
            "SELECT stakeholder_id FROM co_submitter WHERE submission_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([submission_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets the co-submitters (stakeholder ids, in order). None makes the submission individual.
    pub fn set_co_submitters(
        &mut self,
        submission_id: i64,
        stakeholders: &[i64],
    ) -> Result<Submission> {
        self.submission(submission_id)?;
        for id in stakeholders {
            self.stakeholder(*id)?;
        }
        self.write(|tx| {
            tx.execute("DELETE FROM co_submitter WHERE submission_id = ?1", [submission_id])?;
            for (pos, id) in stakeholders.iter().enumerate() {
                tx.execute(
                    "INSERT OR IGNORE INTO co_submitter (submission_id, stakeholder_id, position) VALUES (?1, ?2, ?3)",
                    rusqlite::params![submission_id, id, pos as i64],
                )?;
            }
            tx.execute("UPDATE submission SET updated_at = ?2 WHERE id = ?1", rusqlite::params![submission_id, now_text()])?;
            Ok(())
        })?;
        self.submission(submission_id)
    }

    /// The sections of a submission, in order (not those in the bin).
    pub fn sections(&self, submission_id: i64) -> Result<Vec<Section>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {SECTION_COLS} FROM section WHERE submission_id = ?1 AND deleted_at IS NULL ORDER BY position, id"
        ))?;
        let rows = stmt.query_map([submission_id], row_to_section)?;
        let mut out = Vec::new();
        for r in rows {
            out.push(r??);
        }
        Ok(out)
    }

    pub fn section(&self, id: i64) -> Result<Section> {
        optional(self.conn.query_row(
            &format!("SELECT {SECTION_COLS} FROM section WHERE id = ?1 AND deleted_at IS NULL"),
            [id],
            row_to_section,
        ))?
        .ok_or(Error::NotFound {
            what: "Section",
            id,
        })?
    }

    /// Saves a section's title and content, keeping the previous state as a revision.
    pub fn save_section(&mut self, id: i64, title: &str, content: &Content) -> Result<Section> {
        let old = self.section(id)?;
        let title = validate::title("title", title)?;
        let json = serde_json::to_string(content).map_err(|e| Error::Conflict(e.to_string()))?;
        let old_json =
            serde_json::to_string(&old.content).map_err(|e| Error::Conflict(e.to_string()))?;
        let now = now_text();
        self.write(|tx| {
            if old_json != json || old.title != title {
                tx.execute(
                    "INSERT INTO section_revision (section_id, title, content_json, saved_at) VALUES (?1, ?2, ?3, ?4)",
                    rusqlite::params![id, old.title, old_json, old.updated_at],
                )?;
            }
            tx.execute(
                "UPDATE section SET title = ?2, content_json = ?3, updated_at = ?4 WHERE id = ?1",
                rusqlite::params![id, title, json, now],
            )?;
            tx.execute(
                "UPDATE submission SET updated_at = ?2 WHERE id = (SELECT submission_id FROM section WHERE id = ?1)",
                rusqlite::params![id, now],
            )?;
            Ok(())
        })?;
        self.section(id)
    }

    /// Sets a section's owner and status.
    pub fn set_section_owner_status(
        &mut self,
        id: i64,
        owner: &str,
        status: SectionStatus,
    ) -> Result<Section> {
        self.section(id)?;
        validate::text("owner", owner.trim(), validate::SHORT_MAX)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE section SET owner = ?2, status = ?3, updated_at = ?4 WHERE id = ?1",
                rusqlite::params![id, owner.trim(), status.as_str(), now_text()],
            )?;
            Ok(())
        })?;
        self.section(id)
    }

    /// Counts of a submission against the rule of its engagement.
    pub fn submission_stats(&self, id: i64) -> Result<SubmissionStats> {
        let s = self.submission(id)?;
        let rule = self.effective_rule(s.engagement_id)?;
        let sections = self.sections(id)?;
        let mut c = ContentStats::default();
        for sec in &sections {
            c += sec.content.stats();
        }
        let joint = !s.co_submitters.is_empty();
        let footnotes_count = rule.rule.footnotes_count;
        Ok(SubmissionStats {
            words: c.words(footnotes_count),
            limit: rule.word_limit(joint),
            paragraphs: c.paragraphs,
            footnotes: c.footnotes,
            sections: sections.len(),
            body_words: c.body_words,
            footnote_words: c.footnote_words,
            footnotes_count,
            joint,
        })
    }

    /// Submissions (of one engagement, or all), most recently changed first.
    pub fn submission_summaries(
        &self,
        engagement_id: Option<i64>,
    ) -> Result<Vec<SubmissionSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT s.id FROM submission s JOIN engagement e ON e.id = s.engagement_id
             WHERE s.deleted_at IS NULL AND e.deleted_at IS NULL AND (?1 IS NULL OR s.engagement_id = ?1)
             ORDER BY s.updated_at DESC, s.id DESC",
        )?;
        let ids: Vec<i64> = stmt
            .query_map([engagement_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for id in ids {
            let s = self.submission(id)?;
            let e = self.engagement(s.engagement_id)?;
            let stats = self.submission_stats(id)?;
            out.push(SubmissionSummary {
                id,
                engagement_id: s.engagement_id,
                engagement_title: e.title,
                mechanism: e.mechanism,
                title: s.title,
                status: s.status,
                joint: stats.joint,
                words: stats.words,
                limit: stats.limit,
                updated_at: s.updated_at,
            });
        }
        Ok(out)
    }

    /// Moves a submission to the bin.
    pub fn delete_submission(&mut self, id: i64) -> Result<()> {
        self.submission(id)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE submission SET deleted_at = ?2 WHERE id = ?1",
                rusqlite::params![id, now_text()],
            )?;
            Ok(())
        })
    }

    /// Moves a section to the bin.
    pub fn delete_section(&mut self, id: i64) -> Result<()> {
        self.section(id)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE section SET deleted_at = ?2 WHERE id = ?1",
                rusqlite::params![id, now_text()],
            )?;
            Ok(())
        })
    }
}

fn row_to_submission(r: &rusqlite::Row) -> rusqlite::Result<Submission> {
    let status: String = r.get(5)?;
    Ok(Submission {
        id: r.get(0)?,
        engagement_id: r.get(1)?,
        title: r.get(2)?,
        template: r.get(3)?,
        language: r.get(4)?,
        status: SubmissionStatus::parse(&status).unwrap_or(SubmissionStatus::Drafting),
        may_publish: r.get(6)?,
        co_submitters: Vec::new(),
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
    })
}

fn row_to_section(r: &rusqlite::Row) -> rusqlite::Result<Result<Section>> {
    let status: String = r.get(5)?;
    let json: String = r.get(7)?;
    let id: i64 = r.get(0)?;
    let content = match serde_json::from_str::<Content>(&json) {
        Ok(c) => c,
        Err(e) => {
            return Ok(Err(Error::Conflict(format!(
                "The stored text of section {id} cannot be read ({e}). It has not been changed; its earlier revisions are kept."
            ))))
        }
    };
    Ok(Ok(Section {
        id,
        submission_id: r.get(1)?,
        position: r.get(2)?,
        title: r.get(3)?,
        owner: r.get(4)?,
        status: SectionStatus::parse(&status).unwrap_or(SectionStatus::ToDraft),
        guidance: r.get(6)?,
        content,
        updated_at: r.get(8)?,
    }))
}

//! Submissions: the documents a city sends for an engagement, made of sections.
//!
//! Every save of a section keeps the previous text as a revision, and removing a section or a
//! submission only moves it to the bin: nothing typed is lost.

use crate::document::ImportedSubmission;
use crate::document::{Content, ContentStats};
use crate::engagement::Engagement;
use crate::model::language::Said;
use crate::rules::EffectiveRule;
use crate::store::{
    binned, binned_rows, live, now_text, optional, BinnedRow, Columns, Store, TextColumn, BINNED,
    LIVE,
};
use crate::validate;
use crate::{Error, Result};
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a submission stands.
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
pub enum SubmissionStatus {
    Planned,
    Drafting,
    InternalReview,
    Approved,
    Submitted,
    Acknowledged,
}

crate::enums::words!(SubmissionStatus);

impl SubmissionStatus {
    /// Still being written (shown under "drafts in progress").
    pub fn in_progress(self) -> bool {
        matches!(
            self,
            SubmissionStatus::Planned
                | SubmissionStatus::Drafting
                | SubmissionStatus::InternalReview
        )
    }

    /// Marked as submitted (or acknowledged since): what was sent stays as it was, so the text
    /// is read-only until the officer starts a new version.
    pub fn is_sent(self) -> bool {
        matches!(
            self,
            SubmissionStatus::Submitted | SubmissionStatus::Acknowledged
        )
    }

    /// The statuses the Status list offers from this one. "Submitted" is reached only through
    /// "Mark as submitted" (date, channel, file), and left only by starting a new version: a
    /// sent submission moves between "Submitted" and "Acknowledged", one being written between
    /// the statuses before sending.
    pub fn choices(self) -> Vec<SubmissionStatus> {
        SubmissionStatus::ALL
            .iter()
            .copied()
            .filter(|s| s.is_sent() == self.is_sent())
            .collect()
    }
}

/// Why a change to a sent submission's text is refused, and how to start a new version.
pub fn read_only(s: &Submission) -> Error {
    Error::said(
        "refused",
        "error.submission_read_only",
        vec![("title", s.title.clone().into()), ("id", s.id.into())],
    )
}

/// Why "Submitted" cannot be chosen from the Status list.
fn mark_first(s: &Submission) -> Error {
    Error::invalid_said(
        "status",
        "error.submitted_only_by_marking",
        vec![("id", s.id.into())],
    )
}

/// Where a section stands in the collection from departments.
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
pub enum SectionStatus {
    ToDraft,
    Drafted,
    Reviewed,
    Approved,
}

crate::enums::words!(SectionStatus);

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
    /// Incremented on every save: a save names the version it started from (see `save_section`).
    pub version: i64,
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

/// What a user fills in to create or change a submission.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SubmissionInput {
    pub title: String,
    /// Template key (see `template::templates`); empty: the mechanism's default.
    #[serde(default)]
    pub template: String,
    /// ISO 639-1; empty: the city's default language.
    #[serde(default)]
    pub language: String,
    /// Stakeholder ids of the co-submitters, in the order they are named.
    #[serde(default)]
    pub co_submitters: Vec<i64>,
    #[serde(default)]
    pub may_publish: Option<bool>,
}

const SUBMISSION_COLS: &str =
    "id, engagement_id, title, template, language, status, may_publish, created_at, updated_at";
const SECTION_COLS: &str =
    "id, submission_id, position, title, owner, status, guidance, content_json, updated_at, version";

/// A section to create: title, content, guidance.
pub struct NewSection {
    pub title: String,
    pub content: Content,
    pub guidance: String,
}

fn to_json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| Error::Internal(e.to_string()))
}

impl Store {
    fn check_submission_input(
        &self,
        engagement: &Engagement,
        input: &SubmissionInput,
    ) -> Result<(String, String, String)> {
        let title = validate::title("title", &input.title)?;
        let kind = self.mechanism(&engagement.mechanism)?.kind;
        let template = if input.template.trim().is_empty() {
            crate::template::default_for(&engagement.mechanism, kind).to_string()
        } else {
            let t = crate::template::template(input.template.trim())?;
            if !t.fits(&engagement.mechanism, kind) {
                return Err(Error::invalid_said(
                    "template",
                    "error.template_other_mechanism",
                    // The template's name in the reader's language, as the form lists it.
                    vec![(
                        "name",
                        crate::model::language::Arg::Message(format!("template.{}.name", t.key)),
                    )],
                ));
            }
            t.key
        };
        let language = if input.language.trim().is_empty() {
            self.city_profile()?
                .map(|c| c.default_language)
                .unwrap_or_else(|| "en".into())
        } else if crate::city::UN_LANGUAGES.contains(&input.language.trim()) {
            input.language.trim().to_string()
        } else {
            return Err(Error::invalid_said(
                "language",
                "error.choose_un_language",
                vec![],
            ));
        };
        for id in &input.co_submitters {
            self.stakeholder(*id).map_err(|_| {
                Error::invalid_said("co_submitters", "error.co_submitter_gone", vec![])
            })?;
        }
        Ok((title, template, language))
    }

    /// Creates a submission from its template: one empty section per template section, with
    /// the template's title and guidance in the submission's language.
    pub fn create_submission(
        &mut self,
        engagement_id: i64,
        input: &SubmissionInput,
    ) -> Result<Submission> {
        let engagement = self.engagement(engagement_id)?;
        let (_, template, language) = self.check_submission_input(&engagement, input)?;
        // The sections' titles and guidance in the submission's language, not the interface's.
        let sections: Vec<NewSection> = crate::template::template_in(&template, &language)?
            .sections
            .into_iter()
            .map(|s| NewSection {
                title: s.title,
                content: Content::default(),
                guidance: s.guidance,
            })
            .collect();
        self.create_submission_with(engagement_id, input, sections)
    }

    /// Creates a submission with the given sections (import, demo) in one transaction.
    pub fn create_submission_with(
        &mut self,
        engagement_id: i64,
        input: &SubmissionInput,
        sections: Vec<NewSection>,
    ) -> Result<Submission> {
        let engagement = self.engagement(engagement_id)?;
        let (title, template, language) = self.check_submission_input(&engagement, input)?;
        let mut budget = crate::document::limits::Budget::new();
        for s in &sections {
            validate::title("section_title", &s.title)?;
            crate::document::limits::check_with(&s.content, &mut budget)?;
        }
        let now = now_text();
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO submission (engagement_id, title, template, language, status, may_publish, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, 'drafting', ?5, ?6, ?6)",
                rusqlite::params![engagement_id, title, template, language, input.may_publish, now],
            )?;
            let sid = tx.last_insert_rowid();
            for (pos, s) in sections.iter().enumerate() {
                let status = if s.content.is_empty() { "to_draft" } else { "drafted" };
                tx.execute(
                    "INSERT INTO section (submission_id, position, title, status, guidance, content_json, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                    rusqlite::params![sid, pos as i64, s.title.trim(), status, s.guidance, to_json(&s.content)?, now],
                )?;
                crate::search::index_section(tx, tx.last_insert_rowid(), s.title.trim(), &s.content)?;
            }
            for (pos, st) in input.co_submitters.iter().enumerate() {
                tx.execute(
                    "INSERT OR IGNORE INTO co_submitter (submission_id, stakeholder_id, position) VALUES (?1, ?2, ?3)",
                    rusqlite::params![sid, st, pos as i64],
                )?;
            }
            // The engagement's stage follows its submissions: an upcoming one is now drafting.
            crate::engagement::advance_stage(tx, engagement_id, crate::engagement::Stage::Drafting)?;
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
        language: Option<&str>,
        imported: ImportedSubmission,
    ) -> Result<Submission> {
        let engagement = self.engagement(engagement_id)?;
        let title = title
            .map(str::to_string)
            .or(imported.title)
            // Stored: in the language of the officer who imports.
            .unwrap_or_else(|| {
                crate::model::language::text(
                    self.language(),
                    "core.submission_for",
                    &[("engagement", engagement.title.as_str().into())],
                )
            });
        let sections: Vec<NewSection> = imported
            .sections
            .into_iter()
            .map(|s| NewSection {
                title: s.title,
                content: s.content,
                guidance: String::new(),
            })
            .collect();
        if sections.is_empty() {
            return Err(Error::import("error.no_text_to_import", vec![]));
        }
        let mut budget = crate::document::limits::Budget::new();
        for s in &sections {
            crate::document::limits::check_with(&s.content, &mut budget)
                .map_err(|e| e.into_import())?;
        }
        let input = SubmissionInput {
            title,
            // Empty: the city's default language, as for a submission made in the app.
            language: language.unwrap_or_default().to_string(),
            ..Default::default()
        };
        self.create_submission_with(engagement_id, &input, sections)
    }

    /// Changes a submission's title, language, co-submitters and publication consent. The
    /// template cannot change after creation (the sections were made from it).
    pub fn update_submission(&mut self, id: i64, input: &SubmissionInput) -> Result<Submission> {
        let old = self.editable(id)?;
        let engagement = self.engagement(old.engagement_id)?;
        let input = SubmissionInput {
            template: old.template.clone(),
            ..input.clone()
        };
        let (title, _, language) = self.check_submission_input(&engagement, &input)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE submission SET title = ?2, language = ?3, may_publish = ?4, updated_at = ?5 WHERE id = ?1",
                rusqlite::params![id, title, language, input.may_publish, now_text()],
            )?;
            tx.execute("DELETE FROM co_submitter WHERE submission_id = ?1", [id])?;
            for (pos, st) in input.co_submitters.iter().enumerate() {
                tx.execute(
                    "INSERT OR IGNORE INTO co_submitter (submission_id, stakeholder_id, position) VALUES (?1, ?2, ?3)",
                    rusqlite::params![id, st, pos as i64],
                )?;
            }
            Ok(())
        })?;
        self.submission(id)
    }

    /// Sets the status from the Status list: see [`SubmissionStatus::choices`] for which.
    pub fn set_submission_status(
        &mut self,
        id: i64,
        status: SubmissionStatus,
    ) -> Result<Submission> {
        let old = self.submission(id)?;
        if old.status == status {
            return Ok(old);
        }
        if !old.status.choices().contains(&status) {
            return Err(if old.status.is_sent() {
                read_only(&old)
            } else {
                mark_first(&old)
            });
        }
        self.write(|tx| {
            tx.execute(
                "UPDATE submission SET status = ?2, updated_at = ?3 WHERE id = ?1",
                rusqlite::params![id, status.as_str(), now_text()],
            )?;
            Ok(())
        })?;
        self.submission(id)
    }

    /// One submission whose text may change: refused, saying how to start a new version, once
    /// it was marked as submitted (see [`SubmissionStatus::is_sent`]).
    pub fn editable(&self, id: i64) -> Result<Submission> {
        let s = self.submission(id)?;
        if s.status.is_sent() {
            return Err(read_only(&s));
        }
        Ok(s)
    }

    /// One submission (not in the bin, nor in an engagement in the bin).
    pub fn submission(&self, id: i64) -> Result<Submission> {
        let mut s = optional(self.conn.query_row(
            &format!(
                "SELECT {SUBMISSION_COLS} FROM submission WHERE id = ?1 AND {LIVE}
                 AND engagement_id IN {}",
                crate::engagement::live_ids()
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
        let rows = stmt.query_map([submission_id], |r| r.get("stakeholder_id"))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets the co-submitters (stakeholder ids, in order). None makes the submission individual.
    pub fn set_co_submitters(
        &mut self,
        submission_id: i64,
        stakeholders: &[i64],
    ) -> Result<Submission> {
        let s = self.submission(submission_id)?;
        let input = SubmissionInput {
            title: s.title,
            template: s.template,
            language: s.language,
            co_submitters: stakeholders.to_vec(),
            may_publish: s.may_publish,
        };
        self.update_submission(submission_id, &input)
    }

    /// The sections of a submission, in order (not those in the bin).
    pub fn sections(&self, submission_id: i64) -> Result<Vec<Section>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {SECTION_COLS} FROM section WHERE submission_id = ?1 AND {LIVE} ORDER BY position, id"
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
            &format!("SELECT {SECTION_COLS} FROM section WHERE id = ?1 AND {LIVE}"),
            [id],
            row_to_section,
        ))?
        .ok_or(Error::NotFound {
            what: "Section",
            id,
        })?
    }

    /// Writes a section's title and content, refusing a stale `base_version` with a conflict;
    /// `before` runs first in the same transaction (the drafting screen keeps an automatic
    /// revision there). Returns the section's submission.
    pub(crate) fn write_section(
        &mut self,
        id: i64,
        title: &str,
        content: &Content,
        base_version: i64,
        before: impl FnOnce(&rusqlite::Connection, i64) -> Result<()>,
    ) -> Result<i64> {
        let old = self.section(id)?;
        self.editable(old.submission_id)?;
        let title = validate::title("title", title)?;
        crate::document::limits::check(content)?;
        if old.version != base_version {
            return Err(Error::said(
                "conflict",
                "error.section_conflict",
                vec![("title", old.title.as_str().into())],
            ));
        }
        let json = to_json(content)?;
        let now = now_text();
        let submission_id = old.submission_id;
        self.write(|tx| {
            before(tx, submission_id)?;
            let status_update = if old.status == SectionStatus::ToDraft && !content.is_empty() {
                ", status = 'drafted'"
            } else {
                ""
            };
            tx.execute(
                &format!(
                    "UPDATE section SET title = ?2, content_json = ?3, updated_at = ?4, version = version + 1{status_update} WHERE id = ?1"
                ),
                rusqlite::params![id, title, json, now],
            )?;
            touch(tx, submission_id, &now)?;
            crate::search::index_section(tx, id, &title, content)?;
            Ok(())
        })?;
        Ok(submission_id)
    }

    /// Adds an empty section at the end.
    pub fn add_section(&mut self, submission_id: i64, title: &str) -> Result<Section> {
        self.editable(submission_id)?;
        let title = validate::title("title", title)?;
        let now = now_text();
        let id = self.write(|tx| {
            let pos: i64 = tx.query_row(
                "SELECT coalesce(max(position) + 1, 0) AS next FROM section WHERE submission_id = ?1",
                [submission_id],
                |r| r.get("next"),
            )?;
            tx.execute(
                "INSERT INTO section (submission_id, position, title, status, content_json, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 'to_draft', ?4, ?5, ?5)",
                rusqlite::params![submission_id, pos, title, to_json(&Content::default())?, now],
            )?;
            let id = tx.last_insert_rowid();
            crate::search::index_section(tx, id, &title, &Content::default())?;
            Ok(id)
        })?;
        self.section(id)
    }

    /// Moves a section to `position` (0-based, among the sections not in the bin).
    pub fn move_section(&mut self, id: i64, position: usize) -> Result<()> {
        let sec = self.section(id)?;
        self.editable(sec.submission_id)?;
        let mut ids: Vec<i64> = self
            .sections(sec.submission_id)?
            .iter()
            .map(|s| s.id)
            .collect();
        ids.retain(|x| *x != id);
        ids.insert(position.min(ids.len()), id);
        self.write(|tx| {
            for (pos, sid) in ids.iter().enumerate() {
                tx.execute(
                    "UPDATE section SET position = ?2 WHERE id = ?1",
                    rusqlite::params![sid, pos as i64],
                )?;
            }
            Ok(())
        })
    }

    /// Sets a section's owner (department or person) and status.
    pub fn set_section_meta(
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
        self.submission_stats_with(id, None)
    }

    /// The rule in force for one submission: its engagement's, under its template — a template
    /// that does not take the mechanism's word limit (a mid-term report, an input to the
    /// State's report, the city's own report) has only the limit the city set, if any.
    pub fn submission_rule(&self, submission_id: i64) -> Result<EffectiveRule> {
        let s = self.submission(submission_id)?;
        let e = self.engagement(s.engagement_id)?;
        let m = self.mechanism(&e.mechanism)?;
        let uses_limit = crate::template::structure(&s.template)
            .map(|t| t.uses_mechanism_word_limit)
            .unwrap_or(true);
        Ok(EffectiveRule::new(
            &m.rule_in(self.language()).under_template(uses_limit),
            &e.rule_override,
            chrono::Local::now().date_naive(),
        ))
    }

    /// Counts as they would be with `unsaved` as the text of one section: the live count shown
    /// while the officer types, before the autosave.
    pub fn submission_stats_with(
        &self,
        id: i64,
        unsaved: Option<(i64, &Content)>,
    ) -> Result<SubmissionStats> {
        let s = self.submission(id)?;
        let rule = self.submission_rule(id)?;
        let sections = self.sections(id)?;
        let mut c = ContentStats::default();
        for sec in &sections {
            c += match unsaved {
                Some((sid, content)) if sid == sec.id => content.stats(),
                _ => sec.content.stats(),
            };
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
        let mut stmt = self.conn.prepare(&format!(
            "SELECT s.id AS id FROM submission s JOIN engagement e ON e.id = s.engagement_id
             WHERE {} AND {} AND (?1 IS NULL OR s.engagement_id = ?1)
             ORDER BY s.updated_at DESC, s.id DESC",
            live("s"),
            live("e")
        ))?;
        let ids: Vec<i64> = stmt
            .query_map([engagement_id], |r| r.get("id"))?
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
        let sec = self.section(id)?;
        self.editable(sec.submission_id)?;
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
    let status: String = r.get("status")?;
    Ok(Submission {
        id: r.get("id")?,
        engagement_id: r.get("engagement_id")?,
        title: r.get("title")?,
        template: r.get("template")?,
        language: r.get("language")?,
        status: SubmissionStatus::parse(&status).unwrap_or(SubmissionStatus::Drafting),
        may_publish: r.get("may_publish")?,
        co_submitters: Vec::new(),
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

fn row_to_section(r: &rusqlite::Row) -> rusqlite::Result<Result<Section>> {
    let status: String = r.get("status")?;
    let json: String = r.get("content_json")?;
    let id: i64 = r.get("id")?;
    let content = match Content::from_stored(&json) {
        Ok(c) => c,
        Err(e) => {
            return Ok(Err(Error::said(
                "damaged",
                "error.section_unreadable",
                vec![("id", id.into()), ("reason", e.to_string().into())],
            )))
        }
    };
    Ok(Ok(Section {
        id,
        submission_id: r.get("submission_id")?,
        position: r.get("position")?,
        title: r.get("title")?,
        owner: r.get("owner")?,
        status: SectionStatus::parse(&status).unwrap_or(SectionStatus::ToDraft),
        guidance: r.get("guidance")?,
        content,
        updated_at: r.get("updated_at")?,
        version: r.get("version")?,
    }))
}

impl Store {
    /// How many submissions of an engagement are not in the bin (the engagements list).
    pub(crate) fn count_submissions(&self, engagement_id: i64) -> Result<usize> {
        let sql =
            format!("SELECT count(*) AS n FROM submission WHERE engagement_id = ?1 AND {LIVE}");
        let n = crate::store::count(&self.conn, &sql, [engagement_id])?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// The engagement of a submission not in the bin; None when there is no such submission.
    pub(crate) fn submission_engagement(&self, submission_id: i64) -> Result<Option<i64>> {
        optional(self.conn.query_row(
            &format!("SELECT engagement_id FROM submission WHERE id = ?1 AND {LIVE}"),
            [submission_id],
            |r| r.get("engagement_id"),
        ))
    }
}

/// How many submissions the database behind `conn` holds, those in the bin left out (a
/// backup's or a workspace file's summary).
pub(crate) fn count(conn: &Connection) -> rusqlite::Result<i64> {
    crate::store::count(
        conn,
        &format!("SELECT count(*) AS n FROM submission WHERE {LIVE}"),
        [],
    )
}

/// The stored text of every section not in the bin, in any database — also a backup being
/// checked, which may be damaged or not ours: errors are SQLite's own, mapped by `err` for the
/// caller to judge, and `f` may stop the reading with an error of its own (out of time).
pub(crate) fn each_live_text<E>(
    conn: &Connection,
    err: impl Fn(rusqlite::Error) -> E,
    mut f: impl FnMut(String) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let mut stmt = conn
        .prepare(&format!("SELECT content_json FROM section WHERE {LIVE}"))
        .map_err(&err)?;
    let rows = stmt
        .query_map([], |r| r.get::<_, String>("content_json"))
        .map_err(&err)?;
    for json in rows {
        f(json.map_err(&err)?)?;
    }
    Ok(())
}

/// A section as the services that read many at once take it (a revision's snapshot, the
/// citations, personal data, the workspace check): its text as stored, not yet read as a
/// content tree, so that each decides what an unreadable one means.
pub(crate) struct StoredSection {
    pub(crate) id: i64,
    pub(crate) submission_id: i64,
    pub(crate) submission_title: String,
    pub(crate) title: String,
    pub(crate) content_json: String,
    /// In the bin, itself or with its submission.
    pub(crate) in_bin: bool,
}

/// Which sections [`for_each_section`] reads, and in which order.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Sections {
    /// The sections of one submission not in the bin, in their order.
    Of(i64),
    /// Every section out of the bin, with its submission and engagement: by submission, then
    /// in order.
    Live,
    /// Every section, in the bin or not, by submission, then in order.
    All,
    /// Every section, in the bin or not, oldest first.
    AllById,
}

/// Calls `f` with each section `which` names, reading them one at a time.
pub(crate) fn for_each_section(
    conn: &Connection,
    which: Sections,
    mut f: impl FnMut(StoredSection) -> Result<()>,
) -> Result<()> {
    let (filter, order) = match which {
        Sections::Of(_) => (
            format!("WHERE c.submission_id = ?1 AND {}", live("c")),
            "c.position, c.id",
        ),
        Sections::Live => (
            format!(
                "JOIN engagement e ON e.id = s.engagement_id WHERE {} AND {} AND {}",
                live("c"),
                live("s"),
                live("e")
            ),
            "s.id, c.position, c.id",
        ),
        Sections::All => (String::new(), "s.id, c.position, c.id"),
        Sections::AllById => (String::new(), "c.id"),
    };
    let sql = format!(
        "SELECT c.id AS id, c.submission_id AS submission_id, s.title AS submission_title,
                c.title AS title, c.content_json AS content_json,
                {} OR {} AS in_bin
         FROM section c JOIN submission s ON s.id = c.submission_id {filter} ORDER BY {order}",
        binned("c"),
        binned("s")
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = match which {
        Sections::Of(submission_id) => stmt.query([submission_id])?,
        _ => stmt.query([])?,
    };
    while let Some(r) = rows.next()? {
        f(StoredSection {
            id: r.get("id")?,
            submission_id: r.get("submission_id")?,
            submission_title: r.get("submission_title")?,
            title: r.get("title")?,
            content_json: r.get("content_json")?,
            in_bin: r.get("in_bin")?,
        })?;
    }
    Ok(())
}

/// Writes a section's title and text inside the caller's transaction as a new version (an
/// editor open on it then meets a conflict instead of saving its older text over this one)
/// and indexes it for search. `restored_from`: the submission whose revision is being put back
/// — the section must be one of its own, and comes out of the bin.
pub(crate) fn write_text(
    tx: &Connection,
    id: i64,
    title: &str,
    content: &Content,
    now: &str,
    restored_from: Option<i64>,
) -> Result<()> {
    let json = to_json(content)?;
    match restored_from {
        Some(submission_id) => tx.execute(
            "UPDATE section SET title = ?2, content_json = ?3, updated_at = ?4, version = version + 1, deleted_at = NULL
             WHERE id = ?1 AND submission_id = ?5",
            rusqlite::params![id, title, json, now, submission_id],
        )?,
        None => tx.execute(
            "UPDATE section SET title = ?2, content_json = ?3, updated_at = ?4, version = version + 1 WHERE id = ?1",
            rusqlite::params![id, title, json, now],
        )?,
    };
    crate::search::index_section(tx, id, title, content)
}

/// Marks a submission as changed now (one of its sections was written).
pub(crate) fn touch(tx: &Connection, submission_id: i64, now: &str) -> Result<()> {
    tx.execute(
        "UPDATE submission SET updated_at = ?2 WHERE id = ?1",
        rusqlite::params![submission_id, now],
    )?;
    Ok(())
}

/// Sets a submission's status inside the caller's transaction: submitted when what was sent
/// is recorded, drafting again when a new version is started (`revision` keeps the record).
pub(crate) fn set_status_in(
    tx: &Connection,
    submission_id: i64,
    status: SubmissionStatus,
    now: &str,
) -> Result<()> {
    tx.execute(
        "UPDATE submission SET status = ?3, updated_at = ?2 WHERE id = ?1",
        rusqlite::params![submission_id, now, status.as_str()],
    )?;
    Ok(())
}

/// The sections' owners, where a person's name may stand on its own (personal data clears
/// it there).
pub(crate) const OWNERS: TextColumn = TextColumn {
    select: "SELECT c.id AS id, c.owner AS text, s.title AS submission, c.title AS section
             FROM section c JOIN submission s ON s.id = c.submission_id WHERE c.owner <> ''",
    label: "personal_place.section_owner",
    label_args: &["submission", "section"],
    update: "UPDATE section SET owner = ?2, updated_at = ?3 WHERE id = ?1",
};

/// The submissions (`sections` false) or the sections in the bin, for the bin's list: not
/// those inside a binned engagement or submission, which come back with it.
pub(crate) fn in_bin(conn: &Connection, sections: bool) -> Result<Vec<BinnedRow>> {
    let sql = if sections {
        format!(
            "SELECT c.id AS id, c.title AS title, s.title AS context, c.deleted_at AS deleted_at
             FROM section c JOIN submission s ON s.id = c.submission_id
             JOIN engagement e ON e.id = s.engagement_id
             WHERE {} AND {} AND {}",
            binned("c"),
            live("s"),
            live("e")
        )
    } else {
        format!(
            "SELECT s.id AS id, s.title AS title, e.title AS context, s.deleted_at AS deleted_at
             FROM submission s JOIN engagement e ON e.id = s.engagement_id WHERE {} AND {}",
            binned("s"),
            live("e")
        )
    };
    binned_rows(conn, &sql)
}

/// Takes a submission (`section` false) or a section out of the bin; false when it is not in
/// the bin.
pub(crate) fn unbin(tx: &Connection, section: bool, id: i64) -> Result<bool> {
    let sql = if section {
        format!("UPDATE section SET deleted_at = NULL WHERE id = ?1 AND {BINNED}")
    } else {
        format!("UPDATE submission SET deleted_at = NULL WHERE id = ?1 AND {BINNED}")
    };
    Ok(tx.execute(&sql, [id])? > 0)
}

/// Deletes for good the sections and then the submissions in the bin (with what they hold).
pub(crate) fn empty_bin(tx: &Connection) -> Result<()> {
    tx.execute(&format!("DELETE FROM section WHERE {BINNED}"), [])?;
    tx.execute(&format!("DELETE FROM submission WHERE {BINNED}"), [])?;
    Ok(())
}

/// A section copied whole into a contributor workspace, keeping the officer's id (so that a
/// change recorded on it names the same row on both computers; see `store::contribution`).
pub(crate) struct SectionCopy<'a> {
    pub id: i64,
    pub submission_id: i64,
    pub position: i64,
    pub title: &'a str,
    pub owner: &'a str,
    pub status: &'a str,
    pub guidance: &'a str,
    pub content: &'a Content,
}

/// Inserts a copied section with its own id, inside the caller's transaction, and indexes it.
pub(crate) fn insert_section_copy(tx: &Connection, s: &SectionCopy) -> Result<()> {
    let status = SectionStatus::parse(s.status).unwrap_or(SectionStatus::ToDraft);
    let now = now_text();
    Columns::new([
        ("id", Value::Integer(s.id)),
        ("submission_id", Value::Integer(s.submission_id)),
        ("position", Value::Integer(s.position)),
        ("title", Value::Text(validate::title("title", s.title)?)),
        ("owner", Value::Text(s.owner.to_string())),
        ("status", Value::Text(status.as_str().into())),
        ("guidance", Value::Text(s.guidance.to_string())),
        ("content_json", Value::Text(to_json(s.content)?)),
        ("created_at", Value::Text(now.clone())),
        ("updated_at", Value::Text(now)),
    ])
    .insert(tx, "section")?;
    crate::search::index_section(tx, s.id, s.title, s.content)
}

/// A section's title and stored text as they are, with when it was last saved.
pub(crate) fn stored_text(tx: &Connection, id: i64) -> Result<Option<(String, String, String)>> {
    optional(tx.query_row(
        &format!("SELECT title, content_json, updated_at FROM section WHERE id = ?1 AND {LIVE}"),
        [id],
        |r| {
            Ok((
                r.get("title")?,
                r.get("content_json")?,
                r.get("updated_at")?,
            ))
        },
    ))
}

/// Sets only a section's title and stored text — no version, no time, no index — so that a
/// session recording it holds exactly that change (`store::contribution` records a change
/// this way inside a transaction it rolls back).
pub(crate) fn set_text_only(
    tx: &Connection,
    id: i64,
    title: &str,
    content_json: &str,
) -> Result<()> {
    tx.execute(
        "UPDATE section SET title = ?2, content_json = ?3 WHERE id = ?1",
        rusqlite::params![id, title, content_json],
    )?;
    Ok(())
}

/// After a section's text was written by applying a changeset (an accepted contribution):
/// a new version (an editor open on it meets a conflict instead of saving over it), the time,
/// the search index and the submission's time, as a save does.
pub(crate) fn after_applied(tx: &Connection, id: i64, now: &str) -> Result<i64> {
    let (submission_id, title, json): (i64, String, String) = tx.query_row(
        "SELECT submission_id, title, content_json FROM section WHERE id = ?1",
        [id],
        |r| {
            Ok((
                r.get("submission_id")?,
                r.get("title")?,
                r.get("content_json")?,
            ))
        },
    )?;
    let content = Content::from_stored(&json).map_err(|e| {
        Error::said(
            "damaged",
            "error.section_text_unreadable",
            vec![
                ("id", id.into()),
                ("what", Said::as_given(e.to_string()).into()),
            ],
        )
    })?;
    tx.execute(
        "UPDATE section SET updated_at = ?2, version = version + 1,
             status = CASE WHEN status = 'to_draft' THEN 'drafted' ELSE status END
         WHERE id = ?1",
        rusqlite::params![id, now],
    )?;
    touch(tx, submission_id, now)?;
    crate::search::index_section(tx, id, &title, &content)?;
    Ok(submission_id)
}

/// The submission of a live section; None when it is gone or in the bin.
pub(crate) fn section_submission_id(tx: &Connection, id: i64) -> Result<Option<i64>> {
    optional(tx.query_row(
        &format!("SELECT submission_id FROM section WHERE id = ?1 AND {LIVE}"),
        [id],
        |r| r.get("submission_id"),
    ))
}

//! The submission screen: what it shows ([`SubmissionDetail`]) and what its actions give back,
//! assembled from the submission and its sections, the engagement and its rule, the
//! compliance checks and the revisions, and drafts imported from files into it. Above
//! `submission`, `revision` and `compliance`, so that none of them needs the others.

use crate::compliance::ComplianceIssue;
use crate::document::Content;
use crate::engagement::Engagement;
use crate::import::draft::{merge, read_draft, section_title};
use crate::import::markdown::ImportedSubmission;
use crate::import::ImportNotice;
use crate::mechanism::Mechanism;
use crate::rules::EffectiveRule;
use crate::stakeholder::Stakeholder;
use crate::store::Store;
use crate::submission::{Section, Submission, SubmissionStats};
use crate::template::Template;
use crate::wordcount::WordBreakdown;
use crate::{Error, Result};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// A section with where its numbering starts: paragraphs and footnotes are numbered
/// continuously across the whole submission (the UN cites "JS2, para. 43").
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SectionView {
    pub section: Section,
    /// Number of this section's first numbered paragraph (1-based).
    pub first_paragraph: usize,
    /// Number of this section's first footnote (1-based).
    pub first_footnote: usize,
    /// Words of this section that count against the limit: its title (a heading in the sent
    /// document), its text and, when the rule counts them, its footnotes.
    pub words: usize,
    /// The Library entries behind its guidance (from its template section), which the editor
    /// links to beside the guidance.
    pub library: Vec<crate::library::LibraryEntry>,
}

pub use crate::front_matter::{FrontMatterLine, FrontMatterView};

/// Everything the submission screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SubmissionDetail {
    pub submission: Submission,
    pub engagement: Engagement,
    pub mechanism: Mechanism,
    pub template: Option<Template>,
    pub sections: Vec<SectionView>,
    /// The counts; `words` is the full count of what is sent (see [`crate::count`]).
    pub stats: SubmissionStats,
    /// Where the words are: title, front matter, headings, text, footnotes.
    pub breakdown: WordBreakdown,
    pub rule: EffectiveRule,
    pub compliance: Vec<ComplianceIssue>,
    pub front_matter: FrontMatterView,
    pub sent: Option<crate::revision::SentRecord>,
    /// True when the text changed after the version that was sent.
    pub edited_since_sent: bool,
    /// Marked as submitted: the text, the sections and the details are read-only until the
    /// officer starts a new version (the core refuses every change meanwhile).
    pub read_only: bool,
    /// The statuses the Status list offers now (see `SubmissionStatus::choices`).
    pub status_choices: Vec<crate::submission::SubmissionStatus>,
    /// Earlier sends, each replaced by a later version that was sent, newest first.
    pub earlier_sends: Vec<crate::revision::SentRecord>,
    pub co_submitters: Vec<Stakeholder>,
    /// The numbers of the charts the sections hold ([`crate::document::Block::Chart`]),
    /// computed now from the city's data: the editor draws them and the exports print them.
    pub charts: Vec<crate::progress::ChartData>,
}

impl SubmissionDetail {
    /// The front matter as the Word and PDF files write it: the title, the lines, the word count
    /// against the limit and, on a cover page, the date. The count counts the same lines.
    pub fn sent_front_matter(&self) -> crate::front_matter::SentFrontMatter {
        crate::front_matter::sent(
            &self.front_matter,
            &self.submission,
            self.stats.words,
            self.stats.limit,
        )
    }
}

/// What a save returns: the saved section and the new counts and checks.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SaveResult {
    pub section: Section,
    pub stats: SubmissionStats,
    pub breakdown: WordBreakdown,
    pub compliance: Vec<ComplianceIssue>,
}

impl Store {
    /// Saves a section's title and content. `base_version` is the version the writer started
    /// from: if someone else (another window, another instance) saved in between, the save is
    /// refused with a conflict instead of silently overwriting their text.
    ///
    /// At most every ten minutes of editing, the state before the save is kept as an automatic
    /// revision of the whole submission.
    pub fn save_section(
        &mut self,
        id: i64,
        title: &str,
        content: &Content,
        base_version: i64,
    ) -> Result<SaveResult> {
        let submission_id = self.write_section(
            id,
            title,
            content,
            base_version,
            crate::revision::auto_revision,
        )?;
        let count = self.submission_count(submission_id)?;
        let compliance = self.compliance_counted(submission_id, &count.stats)?;
        Ok(SaveResult {
            section: self.section(id)?,
            stats: count.stats,
            breakdown: count.breakdown,
            compliance,
        })
    }

    /// Everything the submission screen shows.
    pub fn submission_detail(&self, id: i64) -> Result<SubmissionDetail> {
        let submission = self.submission(id)?;
        let engagement = self.engagement(submission.engagement_id)?;
        let mechanism = self.mechanism(&engagement.mechanism)?;
        let rule = self.submission_rule(id)?;
        // Its name as the interface shows it; the sections carry their own words.
        let template = crate::template::template_in(&submission.template, self.language()).ok();
        // The template as the sections may have copied it, to find their Library links.
        let readings = crate::template::readings(&submission.template, &submission.language);
        let count = self.submission_count(id)?;
        let mut sections = Vec::new();
        let (mut para, mut note) = (1, 1);
        for section in self.sections(id)? {
            let st = section.content.stats();
            let library = crate::library::entries_for(
                crate::template::section_library(&readings, &section.title, &section.guidance),
                self.language(),
            )?;
            sections.push(SectionView {
                first_paragraph: para,
                first_footnote: note,
                words: count.words_of(section.id),
                library,
                section,
            });
            para += st.paragraphs;
            note += st.footnotes;
        }
        let co_submitters = self.co_submitter_stakeholders(&submission)?;
        let sent = self.sent_record(id)?;
        let edited_since_sent = match &sent {
            Some(r) => self.differs_from_revision(id, r.revision_id)?,
            None => false,
        };
        let earlier_sends = self.earlier_sends(id)?;
        let charts = crate::progress::charts_in(
            self,
            sections.iter().map(|s| &s.section.content),
            &submission.language,
        )?;
        let compliance = self.compliance_of(
            crate::compliance::Checked {
                submission: &submission,
                engagement: &engagement,
                mechanism: &mechanism,
                rule: &rule,
                stats: &count.stats,
            },
            sections.iter().map(|v| &v.section),
        )?;
        Ok(SubmissionDetail {
            charts,
            read_only: submission.status.is_sent(),
            status_choices: submission.status.choices(),
            earlier_sends,
            front_matter: self.front_matter(
                &submission,
                &engagement,
                &mechanism,
                template.as_ref(),
                &co_submitters,
            )?,
            stats: count.stats,
            breakdown: count.breakdown,
            compliance,
            submission,
            engagement,
            mechanism,
            template,
            sections,
            rule,
            sent,
            edited_since_sent,
            co_submitters,
        })
    }

    /// Puts a revision's text back. The current state is kept first as a revision, so a
    /// restore can itself be undone. Sections created since come back from the bin if needed;
    /// sections that did not exist then are left as they are.
    pub fn restore_revision(&mut self, id: i64) -> Result<SubmissionDetail> {
        let submission_id = self.put_revision_back(id)?;
        self.submission_detail(submission_id)
    }

    /// Records that the submission was sent: the date, the channel, the exact file (kept in the
    /// database with its SHA-256) and a locked revision of the text. Marks it submitted.
    pub fn mark_submitted(
        &mut self,
        submission_id: i64,
        sent_on: &str,
        channel: &str,
        file: &std::path::Path,
    ) -> Result<SubmissionDetail> {
        self.record_sent(submission_id, sent_on, channel, file)?;
        self.submission_detail(submission_id)
    }

    /// Records what came back: the acronym OHCHR gave the submission and the paragraphs of the
    /// summary that cite it.
    pub fn record_outcome(
        &mut self,
        submission_id: i64,
        acronym: &str,
        cited_paragraphs: &str,
    ) -> Result<SubmissionDetail> {
        self.write_outcome(submission_id, acronym, cited_paragraphs)?;
        self.submission_detail(submission_id)
    }
}

/// The notices of an import written in `language` (the store's: the interface's or the CLI's).
fn in_language(notices: Vec<ImportNotice>, language: &str) -> Vec<ImportNotice> {
    notices
        .into_iter()
        .map(|n| n.in_language(language))
        .collect()
}

/// What an import made: the submission as the screen shows it, the new section when a
/// document was imported into an existing submission, and the notices.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DraftImported {
    pub detail: SubmissionDetail,
    pub section_id: Option<i64>,
    pub notices: Vec<ImportNotice>,
}

impl Store {
    /// Creates a submission for an engagement from a draft file (Markdown or Word).
    pub fn import_draft_file(
        &mut self,
        engagement_id: i64,
        title: Option<&str>,
        language: Option<&str>,
        path: &Path,
    ) -> Result<DraftImported> {
        self.engagement(engagement_id)?;
        let read = read_draft(path)?;
        let sub = self.import_submission(engagement_id, title, language, read.submission)?;
        Ok(DraftImported {
            detail: self.submission_detail(sub.id)?,
            section_id: None,
            notices: in_language(read.notices, self.language()),
        })
    }

    /// Adds a department's document to an existing submission as one section at the end. Its
    /// title is `title`, else the document's title, else its only section's title, else the
    /// file's name.
    pub fn import_section_file(
        &mut self,
        submission_id: i64,
        title: Option<&str>,
        path: &Path,
    ) -> Result<DraftImported> {
        // Refused before the file is read when the submission was sent.
        self.editable(submission_id)?;
        let read = read_draft(path)?;
        let file_name = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        let title = section_title(title, &read.submission, file_name.as_deref());
        let section = self.import_into_submission(submission_id, Some(&title), read.submission)?;
        Ok(DraftImported {
            detail: self.submission_detail(submission_id)?,
            section_id: Some(section.id),
            notices: in_language(read.notices, self.language()),
        })
    }

    /// Adds imported content to a submission as one new section (see `import::draft::merge`). A title that
    /// is given wins; then the document's own title or only section title; then `Imported
    /// section`. Saved like a typed section, so the state before is kept as a revision.
    pub fn import_into_submission(
        &mut self,
        submission_id: i64,
        title: Option<&str>,
        imported: ImportedSubmission,
    ) -> Result<Section> {
        self.editable(submission_id)?;
        if imported.sections.iter().all(|s| s.content.is_empty()) {
            return Err(Error::said("import", "error.no_text_to_import", vec![]));
        }
        let title = section_title(title, &imported, None);
        let content = merge(imported);
        crate::document::limits::check(&content).map_err(|e| e.into_import())?;
        let section = self.add_section(submission_id, &title)?;
        match self.save_section(section.id, &title, &content, section.version) {
            Ok(saved) => Ok(saved.section),
            Err(e) => {
                // Nothing half-imported is left: the empty section goes back out.
                let _ = self.delete_section(section.id);
                Err(e)
            }
        }
    }
}

/// What marking as submitted did (`cityrights submission mark-submitted --json`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MarkedSubmitted {
    pub id: i64,
    pub title: String,
    pub status: crate::submission::SubmissionStatus,
    pub sent_on: String,
    pub channel: String,
    pub file_name: String,
    /// SHA-256 of the exact file that was sent, in hexadecimal.
    pub sha256: String,
    /// The locked revision holding the text as sent.
    pub revision_id: i64,
    pub engagement_id: i64,
    /// The engagement's stage now: it follows its submissions (sent means submitted).
    pub engagement_stage: crate::engagement::Stage,
    /// The stage it moved from; null when it did not move (it was there or further already).
    pub stage_moved_from: Option<crate::engagement::Stage>,
    /// What was done, in plain words.
    pub message: String,
}

/// What starting a new version did (`cityrights submission reopen --json`, and "Start a new
/// version" on the submission screen).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Reopened {
    pub id: i64,
    pub title: String,
    pub status: crate::submission::SubmissionStatus,
    pub reopened_at: String,
    /// The record of what was sent, kept as it was; null when the submission was marked as
    /// submitted without one (before CityRights recorded sends).
    pub kept: Option<crate::revision::SentRecord>,
    /// What was done and what was kept, in plain words.
    pub message: String,
}

/// A stage in plain words ("under review").
fn stage_words(stage: crate::engagement::Stage) -> String {
    stage.as_str().replace('_', " ")
}

impl Store {
    /// [`Store::mark_submitted`], answered with what it did: the file's SHA-256, the locked
    /// revision and where the engagement's stage went.
    pub fn mark_submitted_summary(
        &mut self,
        submission_id: i64,
        sent_on: &str,
        channel: &str,
        file: &Path,
    ) -> Result<MarkedSubmitted> {
        let before = self.engagement(self.submission(submission_id)?.engagement_id)?;
        let d = self.mark_submitted(submission_id, sent_on, channel, file)?;
        let sent = d.sent.ok_or_else(|| {
            Error::Internal(format!(
                "Submission {submission_id} was marked as submitted but its record cannot be found."
            ))
        })?;
        let s = d.submission;
        let moved = (before.stage != d.engagement.stage).then_some(before.stage);
        let mut message = format!(
            "Marked \"{}\" as submitted on {} ({}): the file {} (SHA-256 {}) is kept with the locked \
             version (revision {}). Its text is read-only now; to change it, start a new version \
             (cityrights submission reopen --submission {} --json).",
            s.title, sent.sent_on, sent.channel, sent.file_name, sent.file_sha256, sent.revision_id, s.id
        );
        if let Some(from) = moved {
            message.push_str(&format!(
                " The engagement \"{}\" moved from {} to {}.",
                d.engagement.title,
                stage_words(from),
                stage_words(d.engagement.stage)
            ));
        }
        Ok(MarkedSubmitted {
            id: s.id,
            title: s.title,
            status: s.status,
            sent_on: sent.sent_on,
            channel: sent.channel,
            file_name: sent.file_name,
            sha256: sent.file_sha256,
            revision_id: sent.revision_id,
            engagement_id: d.engagement.id,
            engagement_stage: d.engagement.stage,
            stage_moved_from: moved,
            message,
        })
    }

    /// Starts a new version of a submission marked as submitted: its text, sections and details
    /// can be changed again, and the record of what was sent (date, channel, the exact file and
    /// its SHA-256, the locked revision, what came back) is kept as it was. The engagement's
    /// stage does not move back. Refused when the submission is not marked as submitted.
    pub fn reopen_submission(&mut self, submission_id: i64) -> Result<Reopened> {
        let reopened_at = self.reopen_sent(submission_id)?;
        let s = self.submission(submission_id)?;
        let kept = self.sent_record(submission_id)?;
        let message = match &kept {
            Some(r) => format!(
                "Started a new version of \"{}\": its text can be changed again. What was sent on {} ({}) \
                 is kept as it was: the file {} (SHA-256 {}) and the locked version (revision {}).",
                s.title, r.sent_on, r.channel, r.file_name, r.file_sha256, r.revision_id
            ),
            None => format!(
                "Started a new version of \"{}\": its text can be changed again. No record of what was \
                 sent was made when it was marked as submitted; mark the new version as submitted when \
                 it is sent.",
                s.title
            ),
        };
        Ok(Reopened {
            id: s.id,
            title: s.title,
            status: s.status,
            reopened_at,
            kept,
            message,
        })
    }
}

/// A submission and its sections in brief (`cityrights submission show --json`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SubmissionOutline {
    pub id: i64,
    pub title: String,
    pub language: String,
    pub status: crate::submission::SubmissionStatus,
    pub sections: Vec<SectionOutline>,
}

/// A section in brief: its words as the rule counts them (footnotes included when it counts
/// them), and who answers for it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SectionOutline {
    pub id: i64,
    pub title: String,
    pub words: usize,
    pub owner: String,
}

impl Store {
    /// A submission and its sections in brief.
    pub fn submission_outline(&self, id: i64) -> Result<SubmissionOutline> {
        let s = self.submission(id)?;
        let footnotes = self.submission_rule(id)?.rule.footnotes_count;
        let sections = self
            .sections(id)?
            .into_iter()
            .map(|c| SectionOutline {
                words: c.content.stats().words(footnotes),
                id: c.id,
                title: c.title,
                owner: c.owner,
            })
            .collect();
        Ok(SubmissionOutline {
            id: s.id,
            title: s.title,
            language: s.language,
            status: s.status,
            sections,
        })
    }

    /// Replaces a section's text with a Markdown (or Word) file's, as an edit in the editor
    /// would: saved on the section's current version, the state before kept as a revision
    /// when one is due, its title unchanged.
    pub fn replace_section_file(&mut self, id: i64, path: &Path) -> Result<SaveResult> {
        let section = self.section(id)?;
        self.editable(section.submission_id)?;
        let read = read_draft(path)?;
        let content = merge(read.submission);
        crate::document::limits::check(&content).map_err(|e| e.into_import())?;
        self.save_section(id, &section.title, &content, section.version)
    }
}

//! Drafting commands: submissions, sections, the live count, revisions, search, and the
//! record of what was sent. Thin adapters over the core, like every command.

use super::{localized, words};
use super::{with_store, AppState, CmdResult};
use crate::typed::command;
use cityrights::compliance::ComplianceIssue;
use cityrights::count::LiveCount;
use cityrights::document::{Content, ContentStats};
use cityrights::drafting::{DraftImported, Reopened, SaveResult, SubmissionDetail};
use cityrights::revision::{Revision, RevisionDiff, RevisionSummary};
use cityrights::search::SearchHit;
use cityrights::stakeholder::{Stakeholder, StakeholderInput};
use cityrights::submission::{
    Section, SectionStatus, SubmissionInput, SubmissionStatus, SubmissionSummary,
};
use cityrights::template::Template;
use tauri::State;
use tauri_plugin_dialog::DialogExt;

#[command]
pub fn list_templates(state: State<AppState>) -> CmdResult<Vec<Template>> {
    // The picker's names and descriptions in the interface's language.
    Ok(cityrights::template::templates_in(
        super::interface_language(&state),
    )?)
}

/// `raw` as the language tag of a passage (BCP 47 in its normalised case: `DE-de` → `de-DE`),
/// or why not in plain words. The editor's Language dialog asks it for a tag the officer typed,
/// so that what a valid tag is stays the core's rule (the content gate's). Needs no database.
#[command]
pub fn passage_language(state: State<AppState>, raw: String) -> CmdResult<String> {
    cityrights::document::limits::passage_language(&raw).map_err(|e| localized(&state, e))
}

#[command]
pub fn list_stakeholders(state: State<AppState>) -> CmdResult<Vec<Stakeholder>> {
    with_store(&state, |s| s.stakeholders())
}

#[command]
pub fn create_stakeholder(
    state: State<AppState>,
    input: StakeholderInput,
) -> CmdResult<Stakeholder> {
    with_store(&state, |s| s.create_stakeholder(&input))
}

#[command]
pub fn list_submissions(state: State<AppState>) -> CmdResult<Vec<SubmissionSummary>> {
    with_store(&state, |s| s.submission_list(None))
}

#[command]
pub fn create_submission(
    state: State<AppState>,
    engagement_id: i64,
    input: SubmissionInput,
) -> CmdResult<SubmissionDetail> {
    with_store(&state, |s| {
        let sub = s.create_submission(engagement_id, &input)?;
        s.submission_detail(sub.id)
    })
}

#[command]
pub fn get_submission(state: State<AppState>, id: i64) -> CmdResult<SubmissionDetail> {
    with_store(&state, |s| s.submission_detail(id))
}

#[command]
pub fn update_submission(
    state: State<AppState>,
    id: i64,
    input: SubmissionInput,
) -> CmdResult<SubmissionDetail> {
    with_store(&state, |s| {
        s.update_submission(id, &input)?;
        s.submission_detail(id)
    })
}

#[command]
pub fn set_submission_status(
    state: State<AppState>,
    id: i64,
    status: SubmissionStatus,
) -> CmdResult<SubmissionDetail> {
    with_store(&state, |s| {
        s.set_submission_status(id, status)?;
        s.submission_detail(id)
    })
}

#[command]
pub fn delete_submission(state: State<AppState>, id: i64) -> CmdResult<()> {
    with_store(&state, |s| s.delete_submission(id))
}

/// Counts a piece of content (nothing saved).
#[command]
pub fn count_content(content: Content) -> CmdResult<ContentStats> {
    Ok(content.stats())
}

/// The submission's counts with one section's unsaved title and text: the live count while
/// typing, with that section's own words.
#[command]
pub fn count_submission(
    state: State<AppState>,
    id: i64,
    section_id: i64,
    title: String,
    content: Content,
) -> CmdResult<LiveCount> {
    with_store(&state, |s| s.live_count(id, section_id, &title, &content))
}

#[command]
pub fn save_section(
    state: State<AppState>,
    id: i64,
    title: String,
    content: Content,
    base_version: i64,
) -> CmdResult<SaveResult> {
    with_store(&state, |s| {
        s.save_section(id, &title, &content, base_version)
    })
}

#[command]
pub fn add_section(
    state: State<AppState>,
    submission_id: i64,
    title: String,
) -> CmdResult<SubmissionDetail> {
    with_store(&state, |s| {
        s.add_section(submission_id, &title)?;
        s.submission_detail(submission_id)
    })
}

#[command]
pub fn move_section(
    state: State<AppState>,
    id: i64,
    position: usize,
) -> CmdResult<SubmissionDetail> {
    with_store(&state, |s| {
        let submission_id = s.section(id)?.submission_id;
        s.move_section(id, position)?;
        s.submission_detail(submission_id)
    })
}

#[command]
pub fn set_section_meta(
    state: State<AppState>,
    id: i64,
    owner: String,
    status: SectionStatus,
) -> CmdResult<Section> {
    with_store(&state, |s| s.set_section_meta(id, &owner, status))
}

#[command]
pub fn delete_section(state: State<AppState>, id: i64) -> CmdResult<()> {
    with_store(&state, |s| s.delete_section(id))
}

#[command]
pub fn list_revisions(
    state: State<AppState>,
    submission_id: i64,
) -> CmdResult<Vec<RevisionSummary>> {
    with_store(&state, |s| s.revisions(submission_id))
}

#[command]
pub fn get_revision(state: State<AppState>, id: i64) -> CmdResult<Revision> {
    with_store(&state, |s| s.revision(id))
}

#[command]
pub fn name_revision(
    state: State<AppState>,
    submission_id: i64,
    name: String,
) -> CmdResult<RevisionSummary> {
    with_store(&state, |s| s.name_revision(submission_id, &name))
}

#[command]
pub fn rename_revision(
    state: State<AppState>,
    id: i64,
    name: String,
) -> CmdResult<RevisionSummary> {
    with_store(&state, |s| s.rename_revision(id, &name))
}

#[command]
pub fn compare_revisions(
    state: State<AppState>,
    from: i64,
    to: Option<i64>,
) -> CmdResult<RevisionDiff> {
    with_store(&state, |s| s.compare_revisions(from, to))
}

#[command]
pub fn restore_revision(state: State<AppState>, id: i64) -> CmdResult<SubmissionDetail> {
    with_store(&state, |s| s.restore_revision(id))
}

/// Search across drafts. Async, so a search never runs on the window's thread; the query is
/// checked against the limits before the database is taken.
#[command]
pub async fn search_drafts(state: State<'_, AppState>, query: String) -> CmdResult<Vec<SearchHit>> {
    let query = cityrights::search::check_query(&query).map_err(|e| localized(&state, e))?;
    with_store(&state, |s| s.search_drafts(&query))
}

/// The native dialog that picks a draft file: Word or Markdown.
fn pick_draft(
    app: &tauri::AppHandle,
    state: &State<'_, AppState>,
    title_key: &str,
) -> Option<std::path::PathBuf> {
    app.dialog()
        .file()
        .set_title(words(state, title_key))
        .add_filter(
            words(state, "dialog.word_or_markdown"),
            &["docx", "md", "markdown", "txt"],
        )
        .add_filter(words(state, "dialog.word_file"), &["docx"])
        .add_filter("Markdown", &["md", "markdown", "txt"])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
}

/// "Import draft…": Rust asks for a Word or Markdown file (native dialog) and imports it as a
/// new submission (the format is chosen by extension). The result carries the notices of what
/// the import accepted or left out (tracked changes, comments…), which the screen shows. `None`
/// when the officer cancels. Async so the dialog never blocks the main thread.
#[command]
pub async fn import_draft(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    engagement_id: i64,
) -> CmdResult<Option<DraftImported>> {
    let Some(path) = pick_draft(&app, &state, "dialog.import_draft") else {
        return Ok(None);
    };
    with_store(&state, |s| {
        s.import_draft_file(engagement_id, None, None, &path)
            .map(Some)
    })
}

/// "Import a department's document…": a Word or Markdown file becomes one new section at the
/// end of an existing submission, with the same notices as [`import_draft`].
#[command]
pub async fn import_section(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    submission_id: i64,
) -> CmdResult<Option<DraftImported>> {
    let Some(path) = pick_draft(&app, &state, "dialog.import_section") else {
        return Ok(None);
    };
    with_store(&state, |s| {
        s.import_section_file(submission_id, None, &path).map(Some)
    })
}

/// "Mark as submitted": Rust asks for the exact file that was sent (native dialog), keeps it
/// with its SHA-256 and locks that version. `None` when the officer cancels.
#[command]
pub async fn mark_submitted(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: i64,
    sent_on: String,
    channel: String,
) -> CmdResult<Option<SubmissionDetail>> {
    // Check the typed fields (and that it can be marked: not sent already, not empty) before
    // asking for a file, so a typo does not cost a dialog.
    with_store(&state, |s| s.check_sendable(id))?;
    cityrights::validate::date("sent_on", &sent_on).map_err(|e| localized(&state, e))?;
    cityrights::validate::required(
        "channel",
        &channel,
        "required.channel",
        cityrights::validate::SHORT_MAX,
    )
    .map_err(|e| localized(&state, e))?;
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, "dialog.file_sent"))
        .blocking_pick_file();
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    with_store(&state, |s| {
        s.mark_submitted(id, &sent_on, &channel, &path).map(Some)
    })
}

/// "Start a new version": the text of a sent submission can be changed again; the record of
/// what was sent is kept (the answer says what was kept).
#[command]
pub fn reopen_submission(state: State<AppState>, id: i64) -> CmdResult<Reopened> {
    with_store(&state, |s| s.reopen_submission(id))
}

/// The MUST FIX checks (severity error) the page lists, asking "Export anyway?", before an
/// export writes a file.
#[command]
pub fn must_fix(state: State<AppState>, submission_id: i64) -> CmdResult<Vec<ComplianceIssue>> {
    with_store(&state, |s| s.must_fix(submission_id))
}

#[command]
pub fn record_outcome(
    state: State<AppState>,
    id: i64,
    acronym: String,
    cited_paragraphs: String,
) -> CmdResult<SubmissionDetail> {
    with_store(&state, |s| {
        s.record_outcome(id, &acronym, &cited_paragraphs)
    })
}

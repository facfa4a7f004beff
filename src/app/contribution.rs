//! Departments contribute from their own computers (issue #17): the officer sends a request
//! package, the department opens it as a contributor workspace, edits, and sends back a return
//! package; the officer imports it into a review queue and accepts or rejects each change.
//!
//! The flow, and who owns what:
//! - the package file is `formats::contribution` (bytes ↔ model, checked while reading);
//! - the rows are `store::contribution` (requests, returns and their changes, the origin and
//!   baseline of a contributor workspace) and the changesets of SQLite's session extension;
//! - this module puts them together: what goes into a request (exactly what was chosen), the
//!   contributor workspace made in a staged file and renamed into place, the checks a return
//!   passes before it is queued (ours, whole, for this workspace, not already imported, every
//!   change one that was asked for), and the review (three texts, word by word).

use crate::document::Content;
use crate::formats::contribution::{
    self as package, ChangeKind, PackageError, PackageIds, PackageKind, Request, RequestedEvidence,
    RequestedRecommendation, RequestedSection, RequestedSubmission, Return,
};
use crate::milestone::{MilestoneInput, MilestoneKind};
use crate::model::language::{text, Arg};
use crate::revision::DiffOp;
use crate::store::contribution::{
    remember_recommendation, remember_section, write_origin, Applied, ChangeRecord, ChangeState,
    ContributionRecord, NewRequest, Origin, RequestRecord, EVIDENCE,
};
use crate::store::Store;
use crate::submission::{insert_section_copy, SectionCopy, SubmissionInput};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

/// What the officer fills in to ask a department.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RequestInput {
    pub submission_id: i64,
    /// Sections of the submission to send; none and no recommendations: every section.
    #[serde(default)]
    pub sections: Vec<i64>,
    #[serde(default)]
    pub recommendations: Vec<i64>,
    /// "Housing Department", or a person's name.
    pub contributor: String,
    #[serde(default)]
    pub email: String,
    /// YYYY-MM-DD; empty: no due date.
    #[serde(default)]
    pub due_on: String,
    #[serde(default)]
    pub message: String,
}

/// What `contribution request` did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RequestSent {
    pub request_id: i64,
    pub sections: Vec<i64>,
    pub recommendations: Vec<i64>,
    pub file: String,
    /// The due date's milestone on the calendar, when a due date was given.
    pub milestone_id: Option<i64>,
}

/// What `contribution open` made.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ContributionOpened {
    /// The database that is now the contributor workspace.
    pub path: String,
    pub submission_id: i64,
    /// Section ids in this workspace.
    pub sections: Vec<i64>,
    pub recommendations: Vec<i64>,
    pub origin: Origin,
}

/// What `contribution return` wrote.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ContributionReturned {
    pub file: String,
    pub sections_changed: usize,
    pub recommendations_changed: usize,
}

/// What `contribution import` queued.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ContributionImported {
    pub contribution_id: i64,
    pub request_id: i64,
    pub from: String,
    pub sections_changed: usize,
    pub recommendations_changed: usize,
    /// Changes whose value the officer changed too since the request (shown, never resolved
    /// by themselves).
    pub conflicts: usize,
}

/// Where a return stands: `pending`, `accepted`, `rejected` or `partly accepted`.
pub fn state_word(c: &ContributionRecord) -> &'static str {
    if c.accepted > 0 && c.pending == 0 && c.rejected == 0 {
        "accepted"
    } else if c.accepted > 0 {
        "partly accepted"
    } else if c.pending == 0 && c.rejected > 0 {
        "rejected"
    } else {
        "pending"
    }
}

/// A line of the queue (`contribution list --json`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ContributionSummary {
    pub id: i64,
    pub request_id: i64,
    pub submission_id: i64,
    pub submission_title: String,
    pub from: String,
    pub received: String,
    pub returned: String,
    /// `pending`, `accepted`, `rejected` or `partly accepted`.
    pub state: String,
    pub pending: usize,
    pub accepted: usize,
    pub rejected: usize,
    /// Pending changes whose value was changed here too.
    pub conflicts: usize,
}

/// One change as the review shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ChangeReview {
    pub id: i64,
    /// `section` or `recommendation`.
    pub kind: String,
    pub target_id: i64,
    /// `text` (a section), `competence`, `department`, `local_status` or `evidence`.
    pub field: String,
    /// The section's title, or the recommendation's reference.
    pub label: String,
    pub author: String,
    pub changed_at: String,
    pub state: ChangeState,
    /// The value was changed here too since it was sent.
    pub conflict: bool,
    /// The section or recommendation is no longer here.
    pub gone: bool,
    /// As sent, as the contributor left it, as it is here now (plain text).
    pub sent: String,
    pub theirs: String,
    pub current: String,
    /// Word by word: from the text sent to the contributor's, and from the current text to
    /// the contributor's.
    pub sent_to_theirs: Vec<DiffOp>,
    pub current_to_theirs: Vec<DiffOp>,
}

/// A return with its changes (`contribution show`, the Contributions screen).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ContributionReview {
    pub summary: ContributionSummary,
    pub request: RequestRecord,
    pub changes: Vec<ChangeReview>,
}

/// What `contribution accept` / `reject` did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ContributionDecided {
    pub contribution_id: i64,
    pub accepted: usize,
    pub rejected: usize,
    /// Changes left waiting because the value was changed here too (accept them with
    /// "overwrite" to take the department's).
    pub conflicts: Vec<i64>,
    /// Changes whose section or recommendation is no longer here.
    pub gone: Vec<i64>,
    pub state: String,
}

/// Which changes of a return a decision is about.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChangeChoice {
    /// Every pending change.
    #[serde(default)]
    pub all: bool,
    /// Changes of these sections.
    #[serde(default)]
    pub sections: Vec<i64>,
    /// Changes of these recommendations (each field).
    #[serde(default)]
    pub recommendations: Vec<i64>,
    /// These changes, by id.
    #[serde(default)]
    pub changes: Vec<i64>,
    /// Accept a change even where the officer changed the same value since (their value is
    /// kept in the revision taken before).
    #[serde(default)]
    pub overwrite: bool,
}

/// The file's name as a message shows it.
fn shown_path(file: &Path) -> Arg {
    file.display().to_string().into()
}

fn package_error(e: PackageError, file: &Path, expected: PackageKind) -> Error {
    let path = shown_path(file);
    match e {
        PackageError::Damaged(why) => Error::said(
            "import",
            "contribution.err_damaged",
            vec![("file", path), ("why", why.into())],
        ),
        PackageError::Newer { found, known, by } => Error::said(
            "import",
            "contribution.err_newer",
            vec![
                ("file", path),
                ("by", by.into()),
                ("found", found.into()),
                ("known", known.into()),
                ("ours", env!("CARGO_PKG_VERSION").into()),
            ],
        ),
        PackageError::WrongKind(PackageKind::Return) if expected == PackageKind::Request => {
            Error::said("import", "contribution.err_is_return", vec![("file", path)])
        }
        PackageError::WrongKind(_) => Error::said(
            "import",
            "contribution.err_is_request",
            vec![("file", path)],
        ),
    }
}

fn read_package(file: &Path) -> Result<Vec<u8>> {
    crate::files::read_capped(file, package::MAX_PACKAGE_BYTES)
}

fn new_token() -> Result<String> {
    crate::store::identity::new_id()
}

fn clean(field: &str, value: &str, max: usize) -> Result<String> {
    crate::validate::text(field, value, max)?;
    Ok(value.trim().to_string())
}

/// Saves a contribution package asking `input.contributor` for the chosen sections and
/// recommendations of a submission, to `output`, and records the request (with its due date
/// on the calendar, reminded like any milestone).
pub fn request(store: &mut Store, input: &RequestInput, output: &Path) -> Result<RequestSent> {
    let submission = store.submission(input.submission_id)?;
    let engagement = store.engagement(submission.engagement_id)?;
    let contributor = crate::validate::required(
        "contributor",
        &input.contributor,
        "required.contributor",
        crate::validate::SHORT_MAX,
    )?;
    let email = if input.email.trim().is_empty() {
        String::new()
    } else {
        crate::validate::email("email", &input.email)?
    };
    let due_on = if input.due_on.trim().is_empty() {
        None
    } else {
        Some(crate::validate::date("due_on", input.due_on.trim())?.to_string())
    };
    let message = clean("message", &input.message, crate::validate::NOTES_MAX)?;
    let all_sections = store.sections(submission.id)?;
    let sections: Vec<_> = if input.sections.is_empty() && input.recommendations.is_empty() {
        all_sections
    } else {
        let mut chosen = Vec::new();
        for id in &input.sections {
            match all_sections.iter().find(|s| s.id == *id) {
                Some(s)
                    if !chosen
                        .iter()
                        .any(|c: &crate::submission::Section| c.id == *id) =>
                {
                    chosen.push(s.clone())
                }
                Some(_) => {}
                None => {
                    return Err(Error::invalid_said(
                        "sections",
                        "contribution.err_not_a_section",
                        vec![
                            ("id", (*id).into()),
                            ("title", submission.title.as_str().into()),
                            ("submission", submission.id.into()),
                        ],
                    ))
                }
            }
        }
        chosen
    };
    if sections.len() > package::MAX_SECTIONS {
        return Err(Error::invalid_said(
            "sections",
            "contribution.err_too_many_sections",
            vec![("n", package::MAX_SECTIONS.into())],
        ));
    }
    let mut recommendations = Vec::new();
    for id in &input.recommendations {
        if recommendations
            .iter()
            .any(|r: &RequestedRecommendation| r.id == *id)
        {
            continue;
        }
        let d = store.recommendation_detail(*id).map_err(|_| {
            Error::invalid_said(
                "recommendations",
                "contribution.err_no_recommendation",
                vec![("id", (*id).into())],
            )
        })?;
        let r = d.recommendation;
        recommendations.push(RequestedRecommendation {
            id: r.id,
            symbol: r.symbol,
            paragraph: r.paragraph,
            text: r.text,
            mechanism: r.mechanism,
            country: r.country,
            cycle: r.cycle,
            session: r.session,
            response: r.response.as_str().into(),
            themes: r.themes,
            competence: r.competence.as_str().into(),
            department: r.department,
            local_status: r.local_status.as_str().into(),
            evidence: d
                .evidence
                .into_iter()
                .take(package::MAX_EVIDENCE)
                .map(|e| RequestedEvidence {
                    id: e.id,
                    noted_on: e.noted_on,
                    note: e.note,
                })
                .collect(),
        });
    }
    if recommendations.len() > package::MAX_RECOMMENDATIONS {
        return Err(Error::invalid_said(
            "recommendations",
            "contribution.err_too_many_recommendations",
            vec![("n", package::MAX_RECOMMENDATIONS.into())],
        ));
    }
    if sections.is_empty() && recommendations.is_empty() {
        return Err(Error::invalid_said(
            "sections",
            "contribution.err_choose",
            vec![],
        ));
    }
    let city = store.city_profile()?;
    let token = new_token()?;
    let package_id = new_token()?;
    let workspace_id = store.database_identity()?.id;
    let now = crate::store::now_text();
    let body = Request {
        city: city.as_ref().map(|c| c.name.clone()).unwrap_or_default(),
        city_country: city.as_ref().map(|c| c.country.clone()).unwrap_or_default(),
        state_under_review: city
            .as_ref()
            .map(|c| c.state_under_review.clone())
            .unwrap_or_default(),
        contributor: contributor.clone(),
        email: email.clone(),
        due_on: due_on.clone(),
        message: message.clone(),
        requested_at: now.clone(),
        submission: RequestedSubmission {
            id: submission.id,
            title: submission.title.clone(),
            language: submission.language.clone(),
            template: submission.template.clone(),
            mechanism: engagement.mechanism.clone(),
            engagement_title: engagement.title.clone(),
            rule_override: engagement.rule_override.clone(),
        },
        sections: sections
            .iter()
            .map(|s| RequestedSection {
                id: s.id,
                position: s.position,
                title: s.title.clone(),
                owner: s.owner.clone(),
                status: s.status.as_str().into(),
                guidance: s.guidance.clone(),
                content: s.content.clone(),
            })
            .collect(),
        recommendations,
    };
    let ids = PackageIds {
        workspace_id: &workspace_id,
        request_token: &token,
        package_id: &package_id,
        created_at: &now,
    };
    let bytes = package::write_request(&ids, &body).map_err(|e| {
        Error::Internal(format!(
            "The contribution package could not be put together: {e}."
        ))
    })?;
    crate::files::write_file(output, &bytes)?;
    let section_ids: Vec<i64> = body.sections.iter().map(|s| s.id).collect();
    let rec_ids: Vec<i64> = body.recommendations.iter().map(|r| r.id).collect();
    let recorded = (|| -> Result<(i64, Option<i64>)> {
        let milestone_id = match &due_on {
            Some(date) => Some(
                store
                    .add_milestone(
                        engagement.id,
                        &MilestoneInput {
                            kind: Some(MilestoneKind::Internal),
                            title: text(
                                store.language(),
                                "contribution.due_title",
                                &[("contributor", contributor.as_str().into())],
                            ),
                            date: date.clone(),
                            end_date: None,
                            time: None,
                            time_zone: crate::calendar::user_time_zone(),
                            is_estimate: false,
                            basis: text(
                                store.language(),
                                "contribution.due_basis",
                                &[("contributor", contributor.as_str().into())],
                            ),
                            notes: String::new(),
                            reminder_days: None,
                            by_state: false,
                        },
                    )?
                    .id,
            ),
            None => None,
        };
        let file_name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let id = store.insert_contribution_request(&NewRequest {
            token: &token,
            submission_id: submission.id,
            contributor: &contributor,
            email: &email,
            due_on: due_on.as_deref(),
            message: &message,
            sections: &section_ids,
            recommendations: &rec_ids,
            file_name: &file_name,
            milestone_id,
        })?;
        Ok((id, milestone_id))
    })();
    match recorded {
        Ok((request_id, milestone_id)) => Ok(RequestSent {
            request_id,
            sections: section_ids,
            recommendations: rec_ids,
            file: output.display().to_string(),
            milestone_id,
        }),
        Err(e) => {
            // A package whose request is not recorded could never come back: remove it.
            let _ = std::fs::remove_file(output);
            Err(e)
        }
    }
}

/// Whether the database at `db_path` holds any of the city's work (it is refused as the place
/// of a contributor workspace unless the caller chose to replace it, after a backup).
fn holds_work(db_path: &Path) -> Result<bool> {
    if !db_path.exists() {
        return Ok(false);
    }
    let store = Store::open(db_path)?;
    Ok(!store.is_empty()? || store.contribution_origin()?.is_some())
}

/// Makes the database at `db_path` the contributor workspace of the request in `file`: a new
/// database holding only what was sent, made in a staged file beside it and renamed into
/// place. A database that holds work is refused unless `replace` (the app asks first); it is
/// then backed up before it is replaced. The caller holds the writer lock and has no store
/// open on it.
pub fn open(db_path: &Path, file: &Path, replace: bool) -> Result<ContributionOpened> {
    let bytes = read_package(file)?;
    let request =
        package::read_request(&bytes).map_err(|e| package_error(e, file, PackageKind::Request))?;
    let body = &request.body;
    if holds_work(db_path)? && !replace {
        return Err(Error::said(
            "refused",
            "contribution.err_holds_work",
            vec![("db", shown_path(db_path))],
        ));
    }
    let dir = db_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir).map_err(crate::files::io("Could not create the folder", dir))?;
    let name = db_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "cityrights.sqlite3".into());
    let staged = dir.join(format!(".{name}.opening"));
    remove_with_companions(&staged);
    let made = fill(&staged, &request.manifest, body);
    let (submission_id, sections, recommendations) = match made {
        Ok(v) => v,
        Err(e) => {
            remove_with_companions(&staged);
            return Err(e);
        }
    };
    if db_path.exists() {
        crate::backup::keep_copy_before(db_path, crate::backup::BackupReason::BeforeImport)?;
    }
    crate::backup::swap_in(db_path, &staged)?;
    remove_with_companions(&staged);
    let store = Store::open(db_path)?;
    let origin = store.contribution_origin()?.ok_or_else(|| {
        Error::Internal("The contributor workspace was made without its request.".into())
    })?;
    Ok(ContributionOpened {
        path: db_path.display().to_string(),
        submission_id,
        sections,
        recommendations,
        origin,
    })
}

fn remove_with_companions(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal", ".id"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// Fills a new database at `path` with what the request holds. Returns the submission's id
/// and the ids of the sections and recommendations.
fn fill(
    path: &Path,
    manifest: &package::Manifest,
    body: &Request,
) -> Result<(i64, Vec<i64>, Vec<i64>)> {
    let mut store = Store::open(path)?;
    let s = &body.submission;
    let language = if crate::city::UN_LANGUAGES.contains(&s.language.as_str()) {
        s.language.clone()
    } else {
        "en".into()
    };
    if !body.city.trim().is_empty() {
        let country = if crate::country::countries()
            .by_code(&body.city_country)
            .is_ok()
        {
            body.city_country.clone()
        } else {
            String::new()
        };
        // The city's name shows who asked; a profile the checks refuse is left out.
        let _ = store.save_city_profile(&crate::city::CityProfile {
            name: body.city.clone(),
            country,
            state_under_review: body.state_under_review.clone(),
            contact_name: String::new(),
            contact_email: String::new(),
            default_language: language.clone(),
            paper_size: crate::city::PaperSize::A4,
            logo_path: None,
            is_demo: false,
        });
    }
    let mechanism = store
        .mechanism(&s.mechanism)
        .map(|m| m.code)
        .unwrap_or_else(|_| "UPR".into());
    let engagement = store.create_engagement(&crate::engagement::EngagementInput {
        mechanism,
        title: s.engagement_title.clone(),
        ..Default::default()
    })?;
    if !s.rule_override.is_empty() {
        store.set_rule_override(engagement.id, &s.rule_override)?;
    }
    let kind = store.mechanism(&engagement.mechanism)?.kind;
    let template = crate::template::structure(&s.template)
        .ok()
        .filter(|t| t.fits(&engagement.mechanism, kind))
        .map(|t| t.key.to_string())
        .unwrap_or_default();
    let submission = store.create_submission_with(
        engagement.id,
        &SubmissionInput {
            title: s.title.clone(),
            template,
            language,
            co_submitters: Vec::new(),
            may_publish: None,
        },
        Vec::new(),
    )?;
    let now = crate::store::now_text();
    let origin = Origin {
        token: manifest.request_token.clone(),
        workspace_id: manifest.workspace_id.clone(),
        city: body.city.clone(),
        contributor: body.contributor.clone(),
        email: body.email.clone(),
        due_on: body
            .due_on
            .as_deref()
            .and_then(|d| crate::validate::date("due_on", d).ok())
            .map(|d| d.to_string()),
        message: body.message.clone(),
        submission_id: submission.id,
        requested_at: body.requested_at.clone(),
        opened_at: now,
        returned_at: None,
    };
    store
        .write(|tx| {
            for sec in &body.sections {
                insert_section_copy(
                    tx,
                    &SectionCopy {
                        id: sec.id,
                        submission_id: submission.id,
                        position: sec.position,
                        title: &sec.title,
                        owner: &sec.owner,
                        status: &sec.status,
                        guidance: &sec.guidance,
                        content: &sec.content,
                    },
                )?;
                let (title, json, _) =
                    crate::submission::stored_text(tx, sec.id)?.ok_or_else(|| {
                        Error::Internal("A section copied into the workspace was not there.".into())
                    })?;
                remember_section(tx, sec.id, &title, &json)?;
            }
            for r in &body.recommendations {
                crate::recommendation::shared::insert_copy(
                    tx,
                    &crate::recommendation::shared::RecommendationCopy {
                        id: r.id,
                        symbol: &r.symbol,
                        paragraph: &r.paragraph,
                        text: &r.text,
                        mechanism: &r.mechanism,
                        country: &r.country,
                        cycle: &r.cycle,
                        session: &r.session,
                        response: &r.response,
                        themes: &r.themes,
                        competence: &r.competence,
                        department: &r.department,
                        local_status: &r.local_status,
                    },
                )?;
                for e in &r.evidence {
                    crate::recommendation::shared::check_evidence_note(&e.noted_on, &e.note)?;
                    crate::recommendation::shared::insert_evidence_with_id(
                        tx,
                        e.id,
                        r.id,
                        &e.noted_on,
                        &e.note,
                        &body.requested_at,
                    )?;
                }
                let (values, _) = crate::recommendation::shared::follow_up_values(tx, r.id)?
                    .ok_or_else(|| {
                        Error::Internal(
                            "A recommendation copied into the workspace was not there.".into(),
                        )
                    })?;
                let evidence: Vec<i64> = r.evidence.iter().map(|e| e.id).collect();
                remember_recommendation(tx, r.id, [&values[0], &values[1], &values[2]], &evidence)?;
            }
            write_origin(tx, &origin)?;
            Ok(())
        })
        .map_err(|e| match e {
            Error::Invalid { field, message } => Error::said(
                "import",
                "contribution.err_refused_change",
                vec![("why", format!("{field}: {message}").into())],
            ),
            other => other,
        })?;
    if let Some(due) = &origin.due_on {
        // The department's calendar speaks the submission's language, the one it writes in.
        let lang = crate::model::language::supported(&s.language)
            .unwrap_or(crate::model::language::FALLBACK);
        store.add_milestone(
            engagement.id,
            &MilestoneInput {
                kind: Some(MilestoneKind::Internal),
                title: if body.city.trim().is_empty() {
                    text(lang, "contribution.back_title_unnamed", &[])
                } else {
                    text(
                        lang,
                        "contribution.back_title",
                        &[("city", body.city.as_str().into())],
                    )
                },
                date: due.clone(),
                end_date: None,
                time: None,
                time_zone: crate::calendar::user_time_zone(),
                is_estimate: false,
                basis: text(
                    lang,
                    "contribution.back_basis",
                    &[(
                        "date",
                        body.requested_at[..10.min(body.requested_at.len())].into(),
                    )],
                ),
                notes: String::new(),
                reminder_days: None,
                by_state: false,
            },
        )?;
    }
    store
        .conn
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    Ok((
        submission.id,
        body.sections.iter().map(|s| s.id).collect(),
        body.recommendations.iter().map(|r| r.id).collect(),
    ))
}

/// "Send back": writes a return package of everything changed in this contributor workspace
/// since the request, each change with `author` (default: the contributor asked) and its time.
pub fn send_back(
    store: &mut Store,
    author: Option<&str>,
    output: &Path,
) -> Result<ContributionReturned> {
    let origin = store
        .contribution_origin()?
        .ok_or_else(|| Error::said("refused", "contribution.err_not_contributor", vec![]))?;
    let author = match author.map(str::trim).filter(|a| !a.is_empty()) {
        Some(a) => crate::validate::required(
            "author",
            a,
            "required.your_name",
            crate::validate::SHORT_MAX,
        )?,
        None => origin.contributor.clone(),
    };
    let recorded = store.record_changes(&author)?;
    if recorded.is_empty() {
        return Err(Error::said(
            "refused",
            "contribution.err_nothing_changed",
            vec![],
        ));
    }
    let sections_changed = recorded
        .iter()
        .filter(|(c, _)| c.kind == ChangeKind::Section)
        .count();
    let recommendations_changed = distinct_recommendations(recorded.iter().map(|(c, _)| c));
    let (changes, changesets): (Vec<_>, Vec<_>) = recorded.into_iter().unzip();
    let now = crate::store::now_text();
    let package_id = new_token()?;
    let bytes = package::write_return(
        &PackageIds {
            workspace_id: &origin.workspace_id,
            request_token: &origin.token,
            package_id: &package_id,
            created_at: &now,
        },
        Return {
            sender: author,
            returned_at: now.clone(),
            changes,
        },
        changesets,
    )
    .map_err(|e| {
        Error::Internal(format!(
            "The return package could not be put together: {e}."
        ))
    })?;
    crate::files::write_file(output, &bytes)?;
    store.mark_returned()?;
    Ok(ContributionReturned {
        file: output.display().to_string(),
        sections_changed,
        recommendations_changed,
    })
}

fn distinct_recommendations<'a>(
    changes: impl Iterator<Item = &'a package::ReturnedChange>,
) -> usize {
    let mut ids: Vec<i64> = changes
        .filter(|c| c.kind == ChangeKind::Recommendation)
        .map(|c| c.target_id)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

/// Imports a return package into the review queue: nothing of the city's text or follow-up
/// changes. Refused, with nothing changed, when the file is damaged, cut short, altered, from a
/// newer CityRights, for another workspace, for an unknown request, or already imported.
pub fn import(store: &mut Store, file: &Path) -> Result<ContributionImported> {
    let bytes = read_package(file)?;
    let ret =
        package::read_return(&bytes).map_err(|e| package_error(e, file, PackageKind::Return))?;
    let here = store.database_identity()?.id;
    if ret.manifest.workspace_id != here {
        return Err(Error::said(
            "import",
            "contribution.err_other_workspace",
            vec![("file", shown_path(file))],
        ));
    }
    let request = store
        .contribution_request_by_token(&ret.manifest.request_token)?
        .ok_or_else(|| {
            Error::said(
                "import",
                "contribution.err_unknown_request",
                vec![("file", shown_path(file))],
            )
        })?;
    if let Some(when) = store.return_received_at(&ret.manifest.package_id)? {
        return Err(Error::said(
            "refused",
            "contribution.err_already_imported",
            vec![("file", shown_path(file)), ("when", when.into())],
        ));
    }
    let mut decoded = Vec::with_capacity(ret.body.changes.len());
    for (listed, bytes) in ret.body.changes.iter().zip(&ret.changesets) {
        let d = crate::store::contribution::decode(
            &store.conn,
            listed,
            bytes,
            &request.sections,
            &request.recommendations,
        )?;
        decoded.push(d);
    }
    let mut conflicts = 0;
    for d in &decoded {
        if store.is_conflict(d)? {
            conflicts += 1;
        }
    }
    let pairs: Vec<(&package::ReturnedChange, &[u8])> = ret
        .body
        .changes
        .iter()
        .zip(ret.changesets.iter().map(Vec::as_slice))
        .collect();
    let id = store.insert_contribution(
        request.id,
        &ret.manifest.package_id,
        &ret.body.sender,
        &ret.body.returned_at,
        &pairs,
    )?;
    Ok(ContributionImported {
        contribution_id: id,
        request_id: request.id,
        from: ret.body.sender.clone(),
        sections_changed: ret
            .body
            .changes
            .iter()
            .filter(|c| c.kind == ChangeKind::Section)
            .count(),
        recommendations_changed: distinct_recommendations(ret.body.changes.iter()),
        conflicts,
    })
}

fn summary(store: &Store, c: ContributionRecord) -> Result<ContributionSummary> {
    let changes = store.contribution_changes(c.id)?;
    let mut conflicts = 0;
    for ch in changes.iter().filter(|ch| ch.state == ChangeState::Pending) {
        if store.is_conflict(&ch.change)? {
            conflicts += 1;
        }
    }
    let submission_title = store
        .submission(c.submission_id)
        .map(|s| s.title)
        .unwrap_or_default();
    Ok(ContributionSummary {
        id: c.id,
        request_id: c.request_id,
        submission_id: c.submission_id,
        submission_title,
        from: c.sender.clone(),
        received: c.received_at.clone(),
        returned: c.returned_at.clone(),
        state: state_word(&c).into(),
        pending: c.pending,
        accepted: c.accepted,
        rejected: c.rejected,
        conflicts,
    })
}

/// The queue: every return received, newest first.
pub fn list(store: &Store) -> Result<Vec<ContributionSummary>> {
    store
        .contributions()?
        .into_iter()
        .map(|c| summary(store, c))
        .collect()
}

/// Plain text of a stored section text, for the word diff.
fn plain_of(json: &str) -> String {
    Content::from_stored(json)
        .map(|c| crate::model::diff::plain(&c))
        .unwrap_or_default()
}

fn shown(field: &str, value: &str) -> String {
    match field {
        "text" => plain_of(value),
        EVIDENCE => value.replacen('\t', " — ", 1),
        _ => value.to_string(),
    }
}

/// A return with each change as the review shows it: the text sent, the contributor's and
/// the current one, word by word.
pub fn review(store: &Store, id: i64) -> Result<ContributionReview> {
    let record = store.contribution(id)?;
    let request = store.contribution_request(record.request_id)?;
    let mut changes = Vec::new();
    for ch in store.contribution_changes(id)? {
        let d = &ch.change;
        let current = store.current_value(d)?;
        let gone = current.is_none();
        let conflict = ch.state == ChangeState::Pending && store.is_conflict(d)?;
        let (current_text, current_title) = current.unwrap_or_default();
        let label = match d.kind {
            ChangeKind::Section => current_title
                .clone()
                .or_else(|| d.their_title.clone())
                .or_else(|| d.sent_title.clone())
                .unwrap_or_default(),
            ChangeKind::Recommendation => store
                .recommendation(d.target_id)
                .map(|r| r.reference)
                .unwrap_or_default(),
        };
        let sent = d
            .sent
            .as_deref()
            .map(|s| shown(&d.field, s))
            .unwrap_or_default();
        let theirs = shown(&d.field, &d.theirs);
        let current = if d.field == EVIDENCE {
            String::new()
        } else {
            shown(&d.field, &current_text)
        };
        changes.push(ChangeReview {
            id: ch.id,
            kind: match d.kind {
                ChangeKind::Section => "section".into(),
                ChangeKind::Recommendation => "recommendation".into(),
            },
            target_id: d.target_id,
            field: d.field.clone(),
            label,
            author: ch.author.clone(),
            changed_at: ch.changed_at.clone(),
            state: ch.state,
            conflict,
            gone,
            sent_to_theirs: crate::model::diff::words(&sent, &theirs),
            current_to_theirs: crate::model::diff::words(&current, &theirs),
            sent,
            theirs,
            current,
        });
    }
    Ok(ContributionReview {
        summary: summary(store, record)?,
        request,
        changes,
    })
}

fn chosen<'a>(changes: &'a [ChangeRecord], choice: &ChangeChoice) -> Result<Vec<&'a ChangeRecord>> {
    if !choice.all
        && choice.sections.is_empty()
        && choice.recommendations.is_empty()
        && choice.changes.is_empty()
    {
        return Err(Error::invalid_said(
            "changes",
            "contribution.err_which",
            vec![],
        ));
    }
    let picked: Vec<&ChangeRecord> = changes
        .iter()
        .filter(|c| c.state == ChangeState::Pending)
        .filter(|c| {
            choice.all
                || choice.changes.contains(&c.id)
                || (c.change.kind == ChangeKind::Section
                    && choice.sections.contains(&c.change.target_id))
                || (c.change.kind == ChangeKind::Recommendation
                    && choice.recommendations.contains(&c.change.target_id))
        })
        .collect();
    for s in &choice.sections {
        if !changes
            .iter()
            .any(|c| c.change.kind == ChangeKind::Section && c.change.target_id == *s)
        {
            return Err(Error::invalid_said(
                "sections",
                "contribution.err_no_change_section",
                vec![("id", (*s).into())],
            ));
        }
    }
    for r in &choice.recommendations {
        if !changes
            .iter()
            .any(|c| c.change.kind == ChangeKind::Recommendation && c.change.target_id == *r)
        {
            return Err(Error::invalid_said(
                "recommendations",
                "contribution.err_no_change_recommendation",
                vec![("id", (*r).into())],
            ));
        }
    }
    for id in &choice.changes {
        if !changes.iter().any(|c| c.id == *id) {
            return Err(Error::invalid_said(
                "changes",
                "contribution.err_no_change",
                vec![("id", (*id).into())],
            ));
        }
    }
    Ok(picked)
}

fn decided(
    store: &Store,
    id: i64,
    accepted: usize,
    rejected: usize,
    conflicts: Vec<i64>,
    gone: Vec<i64>,
) -> Result<ContributionDecided> {
    let record = store.contribution(id)?;
    Ok(ContributionDecided {
        contribution_id: id,
        accepted,
        rejected,
        conflicts,
        gone,
        state: state_word(&record).into(),
    })
}

/// Accepts the chosen changes of a return: each is applied by SQLite's changeset engine with a
/// conflict handler; a change whose value the officer changed meanwhile is left waiting (and
/// named) unless `choice.overwrite`. Accepted text becomes a new revision naming its author.
pub fn accept(store: &mut Store, id: i64, choice: &ChangeChoice) -> Result<ContributionDecided> {
    let record = store.contribution(id)?;
    let changes = store.contribution_changes(id)?;
    let picked: Vec<ChangeRecord> = chosen(&changes, choice)?.into_iter().cloned().collect();
    for c in &picked {
        if c.change.kind == ChangeKind::Section {
            if let Ok(s) = store.section(c.change.target_id) {
                store.editable(s.submission_id)?;
            }
        }
    }
    let results = store.apply_contribution_changes(&picked, choice.overwrite, &record.sender)?;
    let accepted = results.iter().filter(|(_, a)| *a == Applied::Done).count();
    let conflicts = results
        .iter()
        .filter(|(_, a)| *a == Applied::Conflict)
        .map(|(id, _)| *id)
        .collect();
    let gone = results
        .iter()
        .filter(|(_, a)| *a == Applied::Gone)
        .map(|(id, _)| *id)
        .collect();
    decided(store, id, accepted, 0, conflicts, gone)
}

/// Rejects the chosen changes of a return: nothing of them is written.
pub fn reject(store: &mut Store, id: i64, choice: &ChangeChoice) -> Result<ContributionDecided> {
    let changes = store.contribution_changes(id)?;
    let ids: Vec<i64> = chosen(&changes, choice)?.iter().map(|c| c.id).collect();
    let rejected = store.reject_contribution_changes(&ids)?;
    decided(store, id, 0, rejected, Vec::new(), Vec::new())
}

/// How many changes "Send back" would write now, nothing written (the app says "nothing has
/// changed" before it asks the contributor for a file).
pub fn changes_to_send(store: &mut Store) -> Result<usize> {
    Ok(store.record_changes("")?.len())
}

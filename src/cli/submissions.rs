//! `cityrights submissions …`, `submission …`, `export …`: drafts, their counts, their files.

use super::Access;
use super::{count, print_json, say};
use cityrights::compliance::Severity;
use cityrights::drafting::SubmissionDetail;
use cityrights::wordcount::CountPart;
use cityrights::{Error, Store};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum SubmissionsCommand {
    /// List submissions (id, engagement_id, title, status).
    List {
        /// Print a JSON array (id, engagement_id, engagement_title, mechanism, title, status,
        /// joint, words, limit, updated_at) instead of lines.
        #[arg(long)]
        json: bool,
    },
}
impl SubmissionsCommand {
    pub fn access(&self) -> Access {
        Access::Read
    }
}

#[derive(Subcommand)]
pub enum SubmissionCommand {
    /// Create a submission from a Markdown (.md) or Word (.docx) file, chosen by extension:
    /// headings start sections, paragraphs and numbered paragraphs come across, footnotes stay
    /// footnotes. With --into-submission the file becomes one new section of that submission
    /// instead. What a Word file held that could not come across (comments, tracked changes
    /// accepted, images…) is listed on stderr.
    #[command(group(clap::ArgGroup::new("target").required(true).args(["engagement", "into_submission"])))]
    Import {
        /// The engagement the new submission is for.
        #[arg(long, value_name = "ID")]
        engagement: Option<i64>,
        /// Add the file to this existing submission as one section (a department's document).
        #[arg(long, value_name = "ID")]
        into_submission: Option<i64>,
        /// Title of the submission, or of the section with --into-submission (default: the
        /// file's title).
        #[arg(long, value_name = "T")]
        title: Option<String>,
        /// The language of the new submission's text (default: the city's default language):
        /// its exports' front matter, dates and hyphenation follow it.
        #[arg(long, value_name = "CODE", value_parser = ["en", "fr", "es", "ar", "ru", "zh"], conflicts_with = "into_submission")]
        language: Option<String>,
        /// The file: .md (UTF-8 Markdown) or .docx (Word).
        file: PathBuf,
        /// Print {"id": …}.
        #[arg(long)]
        json: bool,
    },
    /// A submission in brief: its title, language and sections (id, title, words, owner).
    Show {
        /// The submission's id (see `submissions list`).
        #[arg(long, value_name = "ID")]
        submission: i64,
        /// Print {"id", "title", "language", "status", "sections": [{"id", "title", "words", "owner"}]}.
        #[arg(long)]
        json: bool,
    },
    /// Words, limit, paragraphs, footnotes and sections of a submission. The words are those
    /// of the document as sent — title, front matter, section headings, text and (when the
    /// rule counts them) footnotes —, with each part's words in `breakdown`.
    Stats {
        /// The submission's id (see `submissions list`).
        #[arg(long, value_name = "ID")]
        submission: i64,
        /// Print JSON: words, limit, paragraphs, footnotes, sections, body_words, footnote_words
        /// and `breakdown` (each part's words).
        #[arg(long)]
        json: bool,
    },
    /// Record that a submission was sent: the date, the channel and the exact file (kept in the
    /// database with its SHA-256), with a locked revision of the text. Its text is read-only
    /// afterwards, until a new version is started with `submission reopen`; the engagement's
    /// stage moves forward to "submitted".
    MarkSubmitted {
        /// The submission's id (see `submissions list`).
        #[arg(long, value_name = "ID")]
        submission: i64,
        /// The exact file that was sent (at most 100 MB).
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
        /// How it was sent, e.g. "UPR online submission system" or "e-mail to the secretariat".
        #[arg(long, value_name = "TEXT")]
        channel: String,
        /// When it was sent (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// Print what was recorded: sha256, revision_id, engagement_stage…
        #[arg(long)]
        json: bool,
    },
    /// Start a new version of a submission marked as submitted: its text can be changed again,
    /// and the record of what was sent (date, channel, file, SHA-256, locked revision) is kept.
    Reopen {
        /// The submission's id (see `submissions list`).
        #[arg(long, value_name = "ID")]
        submission: i64,
        /// Print what was done and what was kept.
        #[arg(long)]
        json: bool,
    },
}
impl SubmissionCommand {
    pub fn access(&self) -> Access {
        match self {
            SubmissionCommand::Stats { .. } | SubmissionCommand::Show { .. } => Access::Read,
            SubmissionCommand::Import { .. }
            | SubmissionCommand::MarkSubmitted { .. }
            | SubmissionCommand::Reopen { .. } => Access::Write,
        }
    }
}

#[derive(Subcommand)]
pub enum ExportCommand {
    /// Write a submission as a Word document: the template's front matter, paragraphs numbered
    /// 1, 2, 3… through Word's numbering, real footnotes, page numbers, A4 or Letter.
    Docx {
        /// The submission to export.
        #[arg(long, value_name = "ID")]
        submission: i64,
        /// The file to write (replaced if it exists; written whole or not at all).
        #[arg(short = 'o', long = "output", value_name = "FILE.docx")]
        output: PathBuf,
    },
    /// Write a submission as a PDF ready to send: the template's front matter, numbered
    /// paragraphs, footnotes at the foot of their page, outline, page numbers; in any of the six
    /// UN languages.
    Pdf {
        /// The submission to export.
        #[arg(long, value_name = "ID")]
        submission: i64,
        /// The file to write (replaced if it exists; written whole or not at all).
        #[arg(short = 'o', long = "output", value_name = "FILE.pdf")]
        output: PathBuf,
        /// Print what was written as JSON (path, pages, bytes, paragraphs, footnotes).
        #[arg(long)]
        json: bool,
    },
}
impl ExportCommand {
    pub fn access(&self) -> Access {
        Access::Read
    }
}

pub fn list(store: &mut Store, command: SubmissionsCommand) -> Result<(), Error> {
    let SubmissionsCommand::List { json } = command;
    let list = store.submission_list(None)?;
    if json {
        print_json(&list)?;
    } else if list.is_empty() {
        out!("{}", say("cli.no_submissions", &[]));
    } else {
        for s in list {
            let limit = s.limit.map(|l| format!("/ {l}")).unwrap_or_default();
            out!(
                "{:>4}  {:<16} {:>6} {:<8} {}",
                s.id,
                say(&format!("submission_status.{}", s.status.as_str()), &[]),
                s.words,
                limit,
                s.title
            );
        }
    }
    Ok(())
}

pub fn run(store: &mut Store, command: SubmissionCommand) -> Result<(), Error> {
    match command {
        SubmissionCommand::Show { submission, json } => {
            let outline = store.submission_outline(submission)?;
            if json {
                print_json(&outline)?;
            } else {
                out!(
                    "{} ({}, {})",
                    outline.title,
                    outline.language,
                    outline.status.as_str()
                );
                for s in &outline.sections {
                    let owner = if s.owner.is_empty() {
                        String::new()
                    } else {
                        format!("  [{}]", s.owner)
                    };
                    let words = say("cli.count_words", &[("n", s.words.into())]);
                    out!("{:>6}  {words:>12}  {}{owner}", s.id, s.title);
                }
            }
        }
        SubmissionCommand::Import {
            engagement,
            into_submission,
            title,
            language,
            file,
            json,
        } => {
            let done = match (engagement, into_submission) {
                (_, Some(submission)) => {
                    store.import_section_file(submission, title.as_deref(), &file)?
                }
                (Some(engagement), None) => store.import_draft_file(
                    engagement,
                    title.as_deref(),
                    language.as_deref(),
                    &file,
                )?,
                (None, None) => {
                    return Err(Error::invalid_said(
                        "engagement",
                        "error.cli_import_target",
                        vec![],
                    ))
                }
            };
            for n in &done.notices {
                note!("note: {}", n.message);
            }
            let s = &done.detail.submission;
            if json {
                print_json(&serde_json::json!({
                    "id": s.id,
                    "section_id": done.section_id,
                    "notices": done.notices,
                }))?;
            } else if let Some(section) = done.section_id {
                out!(
                    "{}",
                    say(
                        "cli.section_added",
                        &[
                            ("section", section.into()),
                            ("id", s.id.into()),
                            ("title", s.title.as_str().into()),
                        ],
                    )
                );
            } else {
                out!(
                    "{}",
                    say(
                        "cli.submission_created",
                        &[("id", s.id.into()), ("title", s.title.as_str().into())],
                    )
                );
            }
        }
        SubmissionCommand::Stats { submission, json } => {
            let count = store.submission_count(submission)?;
            let st = &count.stats;
            if json {
                print_json(&count)?;
            } else {
                out!(
                    "{}",
                    match st.limit {
                        Some(l) => say(
                            "cli.stats_words_limit",
                            &[("words", st.words.into()), ("limit", l.into())],
                        ),
                        None => say("cli.stats_words", &[("words", st.words.into())]),
                    }
                );
                let b = &count.breakdown;
                let parts = [
                    ("title", b.title.into()),
                    ("front_matter", b.front_matter.into()),
                    ("headings", b.headings.into()),
                    ("text", b.text.into()),
                    ("footnotes", b.footnotes.into()),
                ];
                out!(
                    "{}",
                    if b.counted.contains(&CountPart::Footnotes) {
                        say("cli.stats_breakdown", &parts)
                    } else {
                        say("cli.stats_breakdown_no_footnotes", &parts)
                    }
                );
                out!(
                    "{}",
                    say(
                        "cli.stats_structure",
                        &[
                            ("paragraphs", st.paragraphs.into()),
                            ("footnotes", st.footnotes.into()),
                            ("sections", st.sections.into()),
                        ],
                    )
                );
            }
        }
        SubmissionCommand::MarkSubmitted {
            submission,
            file,
            channel,
            date,
            json,
        } => {
            let date = date.unwrap_or_else(|| chrono::Local::now().date_naive().to_string());
            let done = store.mark_submitted_summary(submission, &date, &channel, &file)?;
            if json {
                print_json(&done)?;
            } else {
                out!("{}", done.message);
            }
        }
        SubmissionCommand::Reopen { submission, json } => {
            let done = store.reopen_submission(submission)?;
            if json {
                print_json(&done)?;
            } else {
                out!("{}", done.message);
            }
        }
    }
    Ok(())
}

/// Prints each MUST FIX check of a submission as a `warning:` line on stderr: the file is still
/// written (the rules are defaults that may be out of date), but not without saying so.
/// The checks come with the submission's detail, which the export then writes (reading and
/// counting the submission once, not twice).
fn warn_must_fix(store: &Store, submission: i64) -> Result<SubmissionDetail, Error> {
    let detail = store.submission_detail(submission)?;
    for issue in detail
        .compliance
        .iter()
        .filter(|i| i.severity == Severity::Error)
    {
        note!("warning: {}", issue.message);
    }
    Ok(detail)
}

pub fn export(store: &mut Store, command: ExportCommand) -> Result<(), Error> {
    match command {
        ExportCommand::Docx { submission, output } => {
            let detail = warn_must_fix(store, submission)?;
            let done = store.export_docx_file_of(&detail, &output)?;
            out!(
                "{}",
                say(
                    "cli.docx_written",
                    &[
                        ("path", done.path.clone().into()),
                        ("sections", count("cli.count_sections", done.sections)),
                        ("paragraphs", count("cli.count_paragraphs", done.paragraphs)),
                        ("footnotes", count("cli.count_footnotes", done.footnotes)),
                    ]
                )
            );
        }
        ExportCommand::Pdf {
            submission,
            output,
            json,
        } => {
            let detail = warn_must_fix(store, submission)?;
            let done = store.export_pdf_file_of(&detail, &output)?;
            if json {
                print_json(&done)?;
            } else {
                out!(
                    "{}",
                    say(
                        "cli.pdf_written",
                        &[
                            ("path", done.path.clone().into()),
                            ("pages", count("cli.count_pages", done.pages)),
                            ("paragraphs", count("cli.count_paragraphs", done.paragraphs)),
                            ("footnotes", count("cli.count_footnotes", done.footnotes)),
                        ]
                    )
                );
            }
        }
    }
    Ok(())
}

#[derive(Subcommand)]
pub enum SectionCommand {
    /// Replace a section's text with a Markdown (.md) or Word (.docx) file's, as an edit in the
    /// editor would: a new version of the section, the state before kept as a revision when
    /// one is due, its title unchanged. Refused when the submission was sent.
    Replace {
        /// The section's id (see `submission show`).
        #[arg(long, value_name = "ID")]
        section: i64,
        /// The file: .md (UTF-8 Markdown) or .docx (Word).
        file: PathBuf,
        /// Print {"id", "version", "words"}.
        #[arg(long)]
        json: bool,
    },
}
impl SectionCommand {
    pub fn access(&self) -> Access {
        Access::Write
    }
}

/// What `section replace --json` prints.
#[derive(serde::Serialize)]
struct Replaced {
    id: i64,
    submission_id: i64,
    version: i64,
    /// The submission's words as the rule counts them, after the change.
    words: usize,
}

pub fn run_section(store: &mut Store, command: SectionCommand) -> Result<(), Error> {
    let SectionCommand::Replace {
        section,
        file,
        json,
    } = command;
    let saved = store.replace_section_file(section, &file)?;
    let done = Replaced {
        id: saved.section.id,
        submission_id: saved.section.submission_id,
        version: saved.section.version,
        words: saved.stats.words,
    };
    if json {
        print_json(&done)?;
    } else {
        out!(
            "{}",
            say(
                "cli.section_replaced",
                &[
                    ("title", saved.section.title.clone().into()),
                    ("version", done.version.into()),
                    ("words", count("cli.count_words", done.words)),
                ]
            )
        );
    }
    Ok(())
}

#[derive(Subcommand)]
pub enum RevisionsCommand {
    /// The revisions of a submission, newest first: automatic, named, before a restore, as
    /// sent, and accepted contributions (which name their author).
    List {
        /// The submission's id (see `submissions list`).
        #[arg(long, value_name = "ID")]
        submission: i64,
        /// Print [{"id", "kind", "name", "author", "created", "words"}].
        #[arg(long)]
        json: bool,
    },
}
impl RevisionsCommand {
    pub fn access(&self) -> Access {
        Access::Read
    }
}

/// A line of `revisions list --json`.
#[derive(serde::Serialize)]
struct RevisionLine {
    id: i64,
    kind: cityrights::revision::RevisionKind,
    name: String,
    /// Who wrote it (an accepted contribution's author); null for the officer's own.
    author: Option<String>,
    created: String,
    words: usize,
}

pub fn run_revisions(store: &mut Store, command: RevisionsCommand) -> Result<(), Error> {
    let RevisionsCommand::List { submission, json } = command;
    store.submission(submission)?;
    let lines: Vec<RevisionLine> = store
        .revisions(submission)?
        .into_iter()
        .map(|r| RevisionLine {
            id: r.id,
            kind: r.kind,
            name: r.name,
            author: Some(r.author).filter(|a| !a.is_empty()),
            created: r.created_at,
            words: r.words,
        })
        .collect();
    if json {
        print_json(&lines)?;
    } else if lines.is_empty() {
        out!("{}", say("cli.no_revisions", &[]));
    } else {
        for r in lines {
            out!(
                "{:>5}  {}  {:<14} {}{}",
                r.id,
                r.created,
                r.kind.as_str(),
                r.name,
                r.author
                    .map(|a| format!(" {}", say("cli.revision_by", &[("author", a.into())])))
                    .unwrap_or_default()
            );
        }
    }
    Ok(())
}

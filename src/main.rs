//! `cityrights`: the command-line adapter over the core. Each command parses its arguments,
//! calls one core function and prints the result (as JSON with `--json`). Errors go to stderr
//! in plain words with a non-zero exit status.

use cityrights::import::recommendations::{ImportInput, ImportKind, ImportOptions};
use cityrights::{bin::BinKind, store, Error, Store};
use clap::{Parser, Subcommand};
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc for the CLI: a long PDF export makes hundreds of thousands of small allocations
/// (a glyph, its text, its PDF object), and glibc's allocator made a quarter of its time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Prints a line on standard output. When the reader has gone away (`cityrights … | head`),
/// the program ends quietly with success, as other command-line tools do, instead of a panic
/// ("failed printing to stdout"); any other failure to write is reported on stderr.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout().lock(), $($arg)*) {
            output_failed(e);
        }
    }};
}

/// Prints a line on standard error, never panicking when it is closed.
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

/// What a failed write to standard output does: a closed pipe ends the program with success
/// (whoever read the output chose to stop), anything else with a message and failure.
fn output_failed(e: std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    note!("cityrights: the output could not be written: {e}");
    std::process::exit(1);
}

#[derive(Parser)]
#[command(
    name = "cityrights",
    version,
    about = "CityRights: a city's contributions to the UN human rights mechanisms, from the command line."
)]
#[command(
    after_help = "The database is the app's own file unless --db is given; the CITYRIGHTS_DB environment variable overrides the default for the app and the CLI alike."
)]
struct Cli {
    /// Database file to use (default: $CITYRIGHTS_DB, else the app's file in the OS data directory).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Fill an empty database with the demo city "Exampleville (demo)" (refuses a non-empty one).
    Demo,
    /// Engagements: the reviews and calls the city takes part in.
    Engagements {
        #[command(subcommand)]
        command: EngagementsCommand,
    },
    /// Milestones due from now to DAYS ahead, soonest first.
    Deadlines {
        /// How many days ahead to look.
        #[arg(long, value_name = "DAYS", default_value_t = 90)]
        within: u32,
        /// Print a JSON array (engagement_id, kind, title, due, time_zone, …).
        #[arg(long)]
        json: bool,
    },
    /// The calendar: every milestone as an iCalendar file, for Outlook and other calendars.
    Calendar {
        #[command(subcommand)]
        command: CalendarCommand,
    },
    /// Export a submission to a file for the UN: PDF or Word (.docx).
    Export {
        #[command(subcommand)]
        command: ExportCommand,
    },
    /// Submissions: list them.
    Submissions {
        #[command(subcommand)]
        command: SubmissionsCommand,
    },
    /// One submission: import it from Markdown, or count its words.
    Submission {
        #[command(subcommand)]
        command: SubmissionCommand,
    },
    /// Recommendations to the State: import them (UHRI export, Working Group report, OHCHR
    /// thematic list, CSV), list, search, export the follow-up matrix.
    Recommendations {
        #[command(subcommand)]
        command: RecommendationsCommand,
    },
    /// The bin: deleted engagements, submissions and sections.
    Bin {
        #[command(subcommand)]
        command: BinCommand,
    },
    /// Backups: make one, list them, or restore one (the current database is backed up first).
    Backup {
        #[command(subcommand)]
        command: BackupCommand,
    },
    /// The whole workspace as one file (database and city logo), to move to another computer.
    Workspace {
        #[command(subcommand)]
        command: WorkspaceCommand,
    },
    /// Consultations: who the city consulted for an engagement, with the people who took part.
    Consultations {
        #[command(subcommand)]
        command: ConsultationsCommand,
    },
    /// Personal data of consulted people: find a person, erase them everywhere, or remove what
    /// is past the retention period. Backups made before still hold the old data.
    PersonalData {
        #[command(subcommand)]
        command: PersonalDataCommand,
    },
    /// Print where the database file is.
    Path,
}

#[derive(Subcommand)]
enum ConsultationsCommand {
    /// List consultations, newest first, with their participants.
    List {
        /// Only those of this engagement.
        #[arg(long, value_name = "ID")]
        engagement: Option<i64>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum PersonalDataCommand {
    /// Find people whose name or e-mail contains QUERY, with every place they appear.
    Find {
        query: String,
        #[arg(long)]
        json: bool,
    },
    /// Erase a person everywhere in one transaction: as a participant they become
    /// "Participant n" (the consultation stays); their name and e-mail leave contacts and
    /// notes. Mentions in drafts are listed, not changed (unless --in-text).
    #[command(group(clap::ArgGroup::new("who").required(true).args(["person", "email"])))]
    Erase {
        /// A participant's id (from `personal-data find`): that person, wherever their name or
        /// e-mail appears.
        #[arg(long, value_name = "ID")]
        person: Option<i64>,
        /// Everyone recorded with this e-mail address.
        #[arg(long, value_name = "EMAIL")]
        email: Option<String>,
        /// Also replace the name and e-mail in drafts and their history (earlier versions) with
        /// "[name removed]" / "[e-mail removed]". The file recorded as sent is not changed.
        #[arg(long)]
        in_text: bool,
        #[arg(long)]
        json: bool,
    },
    /// Anonymise the participants of consultations older than the retention period.
    #[command(name = "purge-expired")]
    PurgeExpired {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum WorkspaceCommand {
    /// Write the database (a consistent, checked snapshot) and the city logo to one file.
    /// Works while the app is open.
    Export {
        /// The file to write (replaced if it exists; written whole or not at all).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
        /// Print {"path", "bytes", "engagements", "submissions", …}.
        #[arg(long)]
        json: bool,
    },
    /// Replace the database with the workspace in FILE, after checking the file whole. The
    /// current database is backed up first; a file from a newer CityRights is refused.
    Import {
        file: PathBuf,
        /// Print {"path", "bytes", "engagements", "submissions", "backup", …}.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum EngagementsCommand {
    /// List engagements (id, title, mechanism, stage).
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum CalendarCommand {
    /// Write the milestones to an iCalendar (.ics) file: one event per milestone with a stable
    /// UID (importing again updates rather than duplicates), times in UTC, one alarm per reminder.
    Export {
        /// The file to write (replaced if it exists).
        #[arg(short = 'o', long = "output", value_name = "FILE.ics")]
        output: PathBuf,
        /// Only the milestones of this engagement (default: every engagement).
        #[arg(long, value_name = "ID")]
        engagement: Option<i64>,
    },
}

#[derive(Subcommand)]
enum ExportCommand {
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

#[derive(Subcommand)]
enum SubmissionsCommand {
    /// List submissions (id, engagement_id, title, status).
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum SubmissionCommand {
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
        /// The file: .md (UTF-8 Markdown) or .docx (Word).
        file: PathBuf,
        /// Print {"id": …}.
        #[arg(long)]
        json: bool,
    },
    /// Words, limit, paragraphs, footnotes and sections of a submission.
    Stats {
        #[arg(long, value_name = "ID")]
        submission: i64,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum RecommendationsCommand {
    /// Import the recommendations addressed to one State from the OHCHR Universal Human Rights
    /// Index bulk export (JSON, read as a stream). Importing again updates by AnnotationId.
    #[command(name = "import-uhri")]
    ImportUhri {
        /// The UHRI bulk export (export-full-en.json).
        file: PathBuf,
        /// The State, as an ISO 3166-1 alpha-3 code (e.g. SVN).
        #[arg(long, value_name = "ISO3")]
        country: String,
        /// Print {"imported", "updated", "unchanged", "skipped", …}.
        #[arg(long)]
        json: bool,
    },
    /// Import the recommendations of a UPR Working Group report from its text (as copied from
    /// the PDF, or saved with pdftotext). FILE may be "-" for standard input.
    #[command(name = "import-report")]
    ImportReport {
        file: PathBuf,
        /// The report's document symbol, e.g. A/HRC/59/15.
        #[arg(long, value_name = "SYMBOL")]
        symbol: String,
        #[arg(long)]
        json: bool,
    },
    /// Import OHCHR's thematic list of recommendations (.docx): responses, themes, SDGs. Updates
    /// the recommendations already imported from the report.
    #[command(name = "import-thematic-list")]
    ImportThematicList {
        file: PathBuf,
        /// The report's symbol, when the list gives no "Source of Position".
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Import a CSV file. Columns are matched by their header names unless given with --map
    /// (e.g. --map text=Recommendation --map symbol="Document").
    #[command(name = "import-csv")]
    ImportCsv {
        file: PathBuf,
        /// FIELD=HEADER: symbol, paragraph, text, recommending_states, response, themes, sdgs,
        /// mechanism or cycle, and the header of the column that holds it.
        #[arg(long = "map", value_name = "FIELD=HEADER")]
        map: Vec<String>,
        /// The symbol of every row, when the file has no symbol column.
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List recommendations (id, symbol, paragraph, text, recommending_states, response, …).
    List {
        /// Only those of this document, e.g. A/HRC/59/15.
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Full-text search, best match first.
    Search {
        query: String,
        /// How many matches at most.
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Write the follow-up matrix (recommendation, competence, department, status, evidence) as CSV.
    #[command(name = "export-csv")]
    ExportCsv {
        #[arg(short = 'o', long = "output", value_name = "FILE.csv")]
        output: PathBuf,
        /// Only those of this document.
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
    },
    /// Write the follow-up matrix as a PDF table (landscape, the header repeated on every page).
    #[command(name = "export-pdf")]
    ExportPdf {
        #[arg(short = 'o', long = "output", value_name = "FILE.pdf")]
        output: PathBuf,
        /// Only those of this document.
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
    },
}

#[derive(Subcommand)]
enum BinCommand {
    /// List what is in the bin.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Take an item out of the bin.
    Restore {
        /// engagement, submission or section
        kind: String,
        id: i64,
    },
    /// Delete everything in the bin for good (asks for --yes).
    Empty {
        /// Confirm that everything in the bin is to be deleted for good.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Subcommand)]
enum BackupCommand {
    /// Back up the database now (into `backups/` beside it), checked after it is written.
    Create {
        #[arg(long)]
        json: bool,
    },
    /// List the backups, newest first, with what they hold.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Put a backup in place of the database. The current database is backed up first.
    Restore {
        /// The backup file (see `backup list`).
        file: PathBuf,
    },
}

impl Command {
    /// Whether the command may change the database: those take the writer lock, so that they
    /// never run while the app has the database open. New commands write unless listed here.
    fn writes(&self) -> bool {
        !matches!(
            self,
            Command::Path
                | Command::Deadlines { .. }
                | Command::Calendar { .. }
                | Command::Export { .. }
                | Command::Workspace {
                    command: WorkspaceCommand::Export { .. }
                }
                | Command::Engagements {
                    command: EngagementsCommand::List { .. }
                }
                | Command::Submissions {
                    command: SubmissionsCommand::List { .. }
                }
                | Command::Submission {
                    command: SubmissionCommand::Stats { .. }
                }
                | Command::Bin {
                    command: BinCommand::List { .. }
                }
                | Command::Backup {
                    command: BackupCommand::Create { .. } | BackupCommand::List { .. }
                }
                | Command::Consultations {
                    command: ConsultationsCommand::List { .. }
                }
                | Command::PersonalData {
                    command: PersonalDataCommand::Find { .. }
                }
                | Command::Recommendations {
                    command: RecommendationsCommand::List { .. }
                        | RecommendationsCommand::Search { .. }
                        | RecommendationsCommand::ExportCsv { .. }
                        | RecommendationsCommand::ExportPdf { .. }
                }
        )
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            note!("cityrights: {e}");
            ExitCode::FAILURE
        }
    }
}

fn print_json<T: Serialize>(value: &T) -> Result<(), Error> {
    let s = serde_json::to_string_pretty(value).map_err(|e| Error::Conflict(e.to_string()))?;
    out!("{s}");
    Ok(())
}

fn run(cli: Cli) -> Result<(), Error> {
    let path = cli.db.unwrap_or_else(store::default_path);
    if let Command::Path = cli.command {
        out!("{}", path.display());
        return Ok(());
    }
    let _lock = if cli.command.writes() {
        Some(cityrights::safety::WriterLock::acquire(&path)?)
    } else {
        None
    };
    if let Command::Backup {
        command: BackupCommand::Restore { file },
    } = &cli.command
    {
        let restored = cityrights::backup::restore(&path, file)?;
        out!(
            "Restored the backup of {} ({} engagements, {} submissions, {} words). The database as it was is kept as a backup too.",
            restored.created_at, restored.engagements, restored.submissions, restored.words
        );
        return Ok(());
    }
    if let Command::Workspace {
        command: WorkspaceCommand::Import { file, json },
    } = &cli.command
    {
        // Replaces the database: it must not be open here (the writer lock is held above).
        let done = cityrights::workspace::import(&path, file)?;
        if *json {
            print_json(&done)?;
        } else {
            out!(
                "Imported the workspace exported on {} ({} engagements, {} submissions, {} recommendations) into {}.",
                done.exported_at, done.engagements, done.submissions, done.recommendations, done.path
            );
            if let Some(b) = &done.backup {
                out!("The database as it was is kept as the backup {}.", b.path);
            }
        }
        return Ok(());
    }
    if let Command::Backup {
        command: BackupCommand::List { json },
    } = &cli.command
    {
        // Listing reads the backup folder only: it works even when the database cannot be opened.
        let list = cityrights::backup::list_of(&path)?;
        if *json {
            print_json(&list)?;
        } else if list.is_empty() {
            out!("No backups yet.");
        } else {
            for b in list {
                if let Some(reason) = &b.damaged {
                    out!(
                        "{}  {:<16} DAMAGED, cannot be restored: {reason}  {}",
                        b.created_at,
                        format!("{:?}", b.reason).to_lowercase(),
                        b.path
                    );
                    continue;
                }
                out!(
                    "{}  {:<16} {:>3} engagements {:>3} submissions {:>7} words  {}",
                    b.created_at,
                    format!("{:?}", b.reason).to_lowercase(),
                    b.engagements,
                    b.submissions,
                    b.words,
                    b.path
                );
            }
        }
        return Ok(());
    }
    // Commands that change nothing skip the whole-file check (see `Store::open_to_read`).
    let mut store = if cli.command.writes() {
        Store::open(&path)?
    } else {
        Store::open_to_read(&path)?
    };
    let now = chrono::Utc::now();
    match cli.command {
        Command::Path => {}
        Command::Backup {
            command: BackupCommand::Create { json },
        } => {
            // Into the data folder, and the second folder when one is chosen in Settings; a
            // second copy that could not be written is said on stderr, the backup still counts.
            let out = store.backup_with_second_copy(cityrights::backup::BackupReason::Manual)?;
            if let Some(copy) = &out.second_copy {
                if let Some(c) = &copy.written {
                    note!("note: a copy is in {} too (checked).", c.path);
                }
                if let Some(problem) = &copy.problem {
                    note!("note: the second copy was not written: {problem}");
                }
            }
            let b = out.backup;
            if json {
                print_json(&b)?;
            } else {
                out!("Backed up to {} (checked).", b.path);
            }
        }
        Command::Backup { .. } => {}
        Command::Workspace {
            command: WorkspaceCommand::Export { output, json },
        } => {
            let done = store.export_workspace(&output)?;
            for n in &done.notices {
                note!("note: {n}");
            }
            if json {
                print_json(&done)?;
            } else {
                out!(
                    "Wrote the workspace ({} engagements, {} submissions, {} recommendations{}) to {}.",
                    done.engagements,
                    done.submissions,
                    done.recommendations,
                    if done.logo.is_some() { ", the city logo" } else { "" },
                    done.path
                );
            }
        }
        Command::Workspace { .. } => {}
        Command::Demo => {
            cityrights::demo::load(&mut store, chrono::Local::now().date_naive())?;
            out!("Demo data added to {}.", path.display());
        }
        Command::Engagements {
            command: EngagementsCommand::List { json },
        } => {
            let list = store.engagement_summaries(now)?;
            if json {
                print_json(&list)?;
            } else if list.is_empty() {
                out!("No engagements yet.");
            } else {
                for e in list {
                    out!(
                        "{:>4}  {:<6} {:<16} {}",
                        e.id,
                        e.mechanism,
                        e.stage.as_str(),
                        e.title
                    );
                }
            }
        }
        Command::Deadlines { within, json } => {
            let list = store.deadlines_within(now, within)?;
            if json {
                print_json(&list)?;
            } else if list.is_empty() {
                out!("Nothing due in the next {within} days.");
            } else {
                for d in list {
                    let est = if d.is_estimate { " (estimate)" } else { "" };
                    out!(
                        "{}  {:>3} days  {:<6} {}{} [{}]",
                        d.due,
                        d.days_left,
                        d.mechanism,
                        d.title,
                        est,
                        d.engagement_title
                    );
                }
            }
        }
        Command::Calendar {
            command: CalendarCommand::Export { output, engagement },
        } => {
            let done = store.export_ics_file(&output, engagement)?;
            out!("Wrote {} milestone(s) to {}.", done.events, done.path);
        }
        Command::Submissions {
            command: SubmissionsCommand::List { json },
        } => {
            let list = store.submission_summaries(None)?;
            if json {
                print_json(&list)?;
            } else if list.is_empty() {
                out!("No submissions yet.");
            } else {
                for s in list {
                    let limit = s.limit.map(|l| format!("/ {l}")).unwrap_or_default();
                    out!(
                        "{:>4}  {:<16} {:>6} {:<8} {}",
                        s.id,
                        s.status.as_str(),
                        s.words,
                        limit,
                        s.title
                    );
                }
            }
        }
        Command::Export {
            command: ExportCommand::Docx { submission, output },
        } => {
            let done = store.export_docx_file(submission, &output)?;
            out!(
                "Wrote {} ({} section(s), {} numbered paragraph(s), {} footnote(s)).",
                done.path,
                done.sections,
                done.paragraphs,
                done.footnotes
            );
        }
        Command::Export {
            command:
                ExportCommand::Pdf {
                    submission,
                    output,
                    json,
                },
        } => {
            let done = store.export_pdf_file(submission, &output)?;
            if json {
                print_json(&done)?;
            } else {
                out!(
                    "Wrote {} ({} page(s), {} numbered paragraph(s), {} footnote(s)).",
                    done.path,
                    done.pages,
                    done.paragraphs,
                    done.footnotes
                );
            }
        }
        Command::Submission {
            command:
                SubmissionCommand::Import {
                    engagement,
                    into_submission,
                    title,
                    file,
                    json,
                },
        } => {
            let done = match (engagement, into_submission) {
                (_, Some(submission)) => {
                    store.import_section_file(submission, title.as_deref(), &file)?
                }
                (Some(engagement), None) => {
                    store.import_draft_file(engagement, title.as_deref(), &file)?
                }
                (None, None) => {
                    return Err(Error::invalid(
                        "engagement",
                        "Give --engagement ID (a new submission) or --into-submission ID (a new section).",
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
                    "Added section {section} to submission {} \"{}\".",
                    s.id,
                    s.title
                );
            } else {
                out!("Created submission {} \"{}\".", s.id, s.title);
            }
        }
        Command::Submission {
            command: SubmissionCommand::Stats { submission, json },
        } => {
            let st = store.submission_stats(submission)?;
            if json {
                print_json(&st)?;
            } else {
                let limit = st
                    .limit
                    .map(|l| format!(" / {l}"))
                    .unwrap_or_else(|| " (no limit set)".into());
                out!("words: {}{}", st.words, limit);
                out!(
                    "paragraphs: {}  footnotes: {}  sections: {}",
                    st.paragraphs,
                    st.footnotes,
                    st.sections
                );
            }
        }
        Command::Recommendations { command } => recommendations(&mut store, command)?,
        Command::Bin { command } => match command {
            BinCommand::List { json } => {
                let items = store.bin()?;
                if json {
                    print_json(&items)?;
                } else if items.is_empty() {
                    out!("The bin is empty.");
                } else {
                    for i in items {
                        out!(
                            "{:<11} {:>4}  {}  ({})",
                            format!("{:?}", i.kind).to_lowercase(),
                            i.id,
                            i.title,
                            i.context
                        );
                    }
                }
            }
            BinCommand::Restore { kind, id } => {
                let kind = match kind.as_str() {
                    "engagement" => BinKind::Engagement,
                    "submission" => BinKind::Submission,
                    "section" => BinKind::Section,
                    other => {
                        return Err(Error::invalid(
                            "kind",
                            format!("\"{other}\" is not engagement, submission or section."),
                        ))
                    }
                };
                store.restore(kind, id)?;
                out!("Restored.");
            }
            BinCommand::Empty { yes } => {
                if !yes {
                    return Err(Error::Conflict(
                        "Emptying the bin deletes its contents for good. Run again with --yes to confirm.".into(),
                    ));
                }
                let n = store.empty_bin()?;
                out!("Deleted {n} item(s) for good.");
            }
        },
        Command::Consultations {
            command: ConsultationsCommand::List { engagement, json },
        } => {
            if let Some(id) = engagement {
                store.engagement(id)?;
            }
            let list = store.consultations(engagement)?;
            if json {
                print_json(&list)?;
            } else if list.is_empty() {
                out!("No consultations recorded.");
            } else {
                for c in list {
                    let names: Vec<&str> = c.participants.iter().map(|p| p.name.as_str()).collect();
                    out!(
                        "{:>4}  {}  {:<14} {} ({})",
                        c.id,
                        c.held_on,
                        c.format.as_str(),
                        c.topic,
                        names.join(", ")
                    );
                }
            }
        }
        Command::PersonalData { command } => personal_data(&mut store, command)?,
    }
    Ok(())
}

/// `cityrights personal-data …`.
fn personal_data(store: &mut Store, command: PersonalDataCommand) -> Result<(), Error> {
    use cityrights::personal_data::PersonTarget;
    let today = chrono::Local::now().date_naive();
    match command {
        PersonalDataCommand::Find { query, json } => {
            let found = store.find_person(&query)?;
            if json {
                print_json(&found)?;
            } else if found.is_empty() {
                out!("Nobody found for \"{query}\".");
            } else {
                for p in found {
                    let who = match &p.target {
                        PersonTarget::Participant { id } => format!("--person {id}"),
                        PersonTarget::Email { email } => format!("--email {email}"),
                    };
                    out!("{} {}  (erase with {who})", p.name, p.email);
                    for o in p.occurrences {
                        let hand = if o.erased_automatically {
                            ""
                        } else {
                            " [edit by hand]"
                        };
                        out!("    {}: {}{hand}", o.label, o.value);
                    }
                }
            }
        }
        PersonalDataCommand::Erase {
            person,
            email,
            in_text,
            json,
        } => {
            let target = match (person, email) {
                (Some(id), _) => PersonTarget::Participant { id },
                (None, Some(email)) => PersonTarget::Email { email },
                (None, None) => {
                    return Err(Error::invalid(
                        "person",
                        "Give --person ID or --email EMAIL.",
                    ))
                }
            };
            let done = store.erase_person(&target, in_text)?;
            if json {
                print_json(&done)?;
            } else {
                out!(
                    "Erased: {} participant(s) anonymised in {} consultation(s), {} other field(s) changed. Backups made before still hold the old data until they roll off.",
                    done.participants, done.consultations, done.other_fields
                );
                if in_text {
                    out!(
                        "In the text: {} section(s) and {} earlier version(s) changed; the file recorded as sent is kept as it was.",
                        done.sections_changed, done.revisions_changed
                    );
                }
            }
            for o in &done.left_in_drafts {
                note!(
                    "note: still mentioned in {}; edit the text to remove it.",
                    o.label
                );
            }
        }
        PersonalDataCommand::PurgeExpired { json } => {
            let done = store.purge_expired_personal_data(today)?;
            if json {
                print_json(&done)?;
            } else {
                out!(
                    "Removed the personal data of {} participant(s) in {} consultation(s) held on or before {} (retention: {} months).",
                    done.participants, done.consultations, done.cutoff, done.retention_months
                );
            }
        }
    }
    Ok(())
}

fn read_input(file: &std::path::Path) -> Result<Vec<u8>, Error> {
    if file.as_os_str() == "-" {
        use std::io::Read;
        let mut bytes = Vec::new();
        let max = cityrights::import::MAX_LIST_FILE_BYTES;
        std::io::stdin()
            .take(max + 1)
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Io {
                action: "Could not read",
                path: PathBuf::from("standard input"),
                source,
            })?;
        if bytes.len() as u64 > max {
            return Err(Error::Import {
                message: format!(
                    "The input is larger than {} MB: check that this is the right file.",
                    max >> 20
                ),
            });
        }
        return Ok(bytes);
    }
    cityrights::recommendation::read_file(file)
}

fn print_summary(s: &cityrights::recommendation::ImportSummary, json: bool) -> Result<(), Error> {
    if json {
        return print_json(s);
    }
    out!(
        "{} imported, {} updated, {} unchanged, {} skipped.",
        s.imported,
        s.updated,
        s.unchanged,
        s.skipped
    );
    Ok(())
}

/// The file (or standard input, `-`) to import, read whole; the importer is the core's choice
/// for the kind (`import::recommendations::read`, which the app's import dialog also calls).
fn input_of(file: &std::path::Path) -> Result<ImportInput<'static>, Error> {
    Ok(ImportInput::Bytes {
        bytes: read_input(file)?,
        name: cityrights::recommendation::file_name_of(file),
    })
}

fn read_batch(
    kind: ImportKind,
    input: ImportInput<'_>,
    options: &ImportOptions,
) -> Result<cityrights::recommendation::ImportBatch, Error> {
    cityrights::import::recommendations::read(
        kind,
        input,
        options,
        &mut cityrights::import::Watch::none(),
    )
}

fn recommendations(store: &mut Store, command: RecommendationsCommand) -> Result<(), Error> {
    use cityrights::recommendation as rec;
    match command {
        RecommendationsCommand::ImportUhri {
            file,
            country,
            json,
        } => {
            let options = ImportOptions {
                country: Some(country),
                ..Default::default()
            };
            let batch = read_batch(ImportKind::Uhri, ImportInput::File(&file), &options)?;
            print_summary(&store.import_recommendations(batch)?, json)?;
        }
        RecommendationsCommand::ImportReport { file, symbol, json } => {
            let options = ImportOptions {
                symbol: Some(symbol),
                ..Default::default()
            };
            let batch = read_batch(ImportKind::Report, input_of(&file)?, &options)?;
            print_summary(&store.import_recommendations(batch)?, json)?;
        }
        RecommendationsCommand::ImportThematicList { file, symbol, json } => {
            let options = ImportOptions {
                symbol,
                ..Default::default()
            };
            let batch = read_batch(ImportKind::ThematicList, input_of(&file)?, &options)?;
            print_summary(&store.import_recommendations(batch)?, json)?;
        }
        RecommendationsCommand::ImportCsv {
            file,
            map,
            symbol,
            json,
        } => {
            let bytes = read_input(&file)?;
            let preview = cityrights::import::csv::preview(&bytes)?;
            let mut mapping = preview.suggested.clone();
            for m in &map {
                let Some((field, header)) = m.split_once('=') else {
                    return Err(Error::invalid(
                        "map",
                        format!("\"{m}\" is not FIELD=HEADER, e.g. text=Recommendation."),
                    ));
                };
                let col = preview
                    .headers
                    .iter()
                    .position(|h| h.eq_ignore_ascii_case(header.trim()))
                    .ok_or_else(|| {
                        Error::invalid(
                            "map",
                            format!(
                                "The file has no column \"{}\". Its columns are: {}.",
                                header.trim(),
                                preview.headers.join(", ")
                            ),
                        )
                    })?;
                let slot = match field.trim() {
                    "symbol" => &mut mapping.symbol,
                    "paragraph" => &mut mapping.paragraph,
                    "text" => &mut mapping.text,
                    "recommending_states" => &mut mapping.recommending_states,
                    "response" => &mut mapping.response,
                    "themes" => &mut mapping.themes,
                    "sdgs" => &mut mapping.sdgs,
                    "mechanism" => &mut mapping.mechanism,
                    "cycle" => &mut mapping.cycle,
                    other => {
                        return Err(Error::invalid(
                            "map",
                            format!("\"{other}\" is not a field: use symbol, paragraph, text, recommending_states, response, themes, sdgs, mechanism or cycle."),
                        ))
                    }
                };
                *slot = Some(col);
            }
            if let Some(s) = symbol {
                mapping.default_symbol = s;
            }
            let options = ImportOptions {
                mapping: Some(mapping),
                ..Default::default()
            };
            let input = ImportInput::Bytes {
                bytes,
                name: rec::file_name_of(&file),
            };
            let batch = read_batch(ImportKind::Csv, input, &options)?;
            print_summary(&store.import_recommendations(batch)?, json)?;
        }
        RecommendationsCommand::List { symbol, json } => {
            let filter = rec::RecommendationFilter {
                symbol,
                ..Default::default()
            };
            let page = store.list_recommendations(&filter, usize::MAX, 0)?;
            if json {
                print_json(&page.items)?;
            } else if page.items.is_empty() {
                out!("No recommendations yet.");
            } else {
                for r in page.items {
                    out!(
                        "{:>6}  {} {:<8} {:<20} {}",
                        r.id,
                        r.symbol,
                        r.paragraph,
                        r.response.label(),
                        r.text
                    );
                }
            }
        }
        RecommendationsCommand::Search { query, limit, json } => {
            let matches = store.search_recommendations(&query, limit)?;
            if json {
                print_json(&matches)?;
            } else if matches.is_empty() {
                out!("Nothing found for \"{query}\".");
            } else {
                for m in matches {
                    out!("{:>6}  {} {:<8} {}", m.id, m.symbol, m.paragraph, m.text);
                }
            }
        }
        RecommendationsCommand::ExportCsv { output, symbol } => {
            let filter = rec::RecommendationFilter {
                symbol,
                ..Default::default()
            };
            let done = store.export_follow_up_csv(&output, &filter)?;
            out!("Wrote {} recommendation(s) to {}.", done.rows, done.path);
        }
        RecommendationsCommand::ExportPdf { output, symbol } => {
            let filter = rec::RecommendationFilter {
                symbol,
                ..Default::default()
            };
            let done = store.export_follow_up_pdf(&output, &filter)?;
            out!(
                "Wrote {} recommendation(s) on {} page(s) to {}.",
                done.rows,
                done.pages,
                done.path
            );
        }
    }
    Ok(())
}

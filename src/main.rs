//! `cityrights`: the command-line adapter over the core. Each command parses its arguments,
//! calls one core function and prints the result (as JSON with `--json`). Errors go to stderr
//! in plain words with a non-zero exit status.

use cityrights::{bin::BinKind, store, Error, Store};
use clap::{Parser, Subcommand};
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;

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
    /// The bin: deleted engagements, submissions and sections.
    Bin {
        #[command(subcommand)]
        command: BinCommand,
    },
    /// Print where the database file is.
    Path,
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
enum SubmissionsCommand {
    /// List submissions (id, engagement_id, title, status).
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum SubmissionCommand {
    /// Create a submission from a CommonMark file: `## ` headings start sections, paragraphs and
    /// ordered-list items become numbered paragraphs, `[^n]` footnotes become footnotes.
    Import {
        /// The engagement the submission is for.
        #[arg(long, value_name = "ID")]
        engagement: i64,
        /// Title of the submission (default: the file's `# ` heading).
        #[arg(long, value_name = "T")]
        title: Option<String>,
        /// The Markdown file (UTF-8).
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cityrights: {e}");
            ExitCode::FAILURE
        }
    }
}

fn print_json<T: Serialize>(value: &T) -> Result<(), Error> {
    let s = serde_json::to_string_pretty(value).map_err(|e| Error::Conflict(e.to_string()))?;
    println!("{s}");
    Ok(())
}

fn run(cli: Cli) -> Result<(), Error> {
    let path = cli.db.unwrap_or_else(store::default_path);
    if let Command::Path = cli.command {
        println!("{}", path.display());
        return Ok(());
    }
    let mut store = Store::open(&path)?;
    let now = chrono::Utc::now();
    match cli.command {
        Command::Path => {}
        Command::Demo => {
            cityrights::demo::load(&mut store, chrono::Local::now().date_naive())?;
            println!("Demo data added to {}.", path.display());
        }
        Command::Engagements {
            command: EngagementsCommand::List { json },
        } => {
            let list = store.engagement_summaries(now)?;
            if json {
                print_json(&list)?;
            } else if list.is_empty() {
                println!("No engagements yet.");
            } else {
                for e in list {
                    println!(
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
                println!("Nothing due in the next {within} days.");
            } else {
                for d in list {
                    let est = if d.is_estimate { " (estimate)" } else { "" };
                    println!(
                        "{}  {:>3} days  {:<6} {}{} [{}]",
                        d.due, d.days_left, d.mechanism, d.title, est, d.engagement_title
                    );
                }
            }
        }
        Command::Calendar {
            command: CalendarCommand::Export { output, engagement },
        } => {
            let done = store.export_ics_file(&output, engagement)?;
            println!("Wrote {} milestone(s) to {}.", done.events, done.path);
        }
        Command::Submissions {
            command: SubmissionsCommand::List { json },
        } => {
            let list = store.submission_summaries(None)?;
            if json {
                print_json(&list)?;
            } else if list.is_empty() {
                println!("No submissions yet.");
            } else {
                for s in list {
                    let limit = s.limit.map(|l| format!("/ {l}")).unwrap_or_default();
                    println!(
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
        Command::Submission {
            command:
                SubmissionCommand::Import {
                    engagement,
                    title,
                    file,
                    json,
                },
        } => {
            let bytes = std::fs::read(&file).map_err(|source| Error::Io {
                action: "Could not read",
                path: file.clone(),
                source,
            })?;
            let imported = cityrights::import::markdown::parse_bytes(&bytes)?;
            let s = store.import_submission(engagement, title.as_deref(), imported)?;
            if json {
                print_json(&serde_json::json!({ "id": s.id }))?;
            } else {
                println!("Created submission {} \"{}\".", s.id, s.title);
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
                println!("words: {}{}", st.words, limit);
                println!(
                    "paragraphs: {}  footnotes: {}  sections: {}",
                    st.paragraphs, st.footnotes, st.sections
                );
            }
        }
        Command::Bin { command } => match command {
            BinCommand::List { json } => {
                let items = store.bin()?;
                if json {
                    print_json(&items)?;
                } else if items.is_empty() {
                    println!("The bin is empty.");
                } else {
                    for i in items {
                        println!(
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
                println!("Restored.");
            }
            BinCommand::Empty { yes } => {
                if !yes {
                    return Err(Error::Conflict(
                        "Emptying the bin deletes its contents for good. Run again with --yes to confirm.".into(),
                    ));
                }
                let n = store.empty_bin()?;
                println!("Deleted {n} item(s) for good.");
            }
        },
    }
    Ok(())
}

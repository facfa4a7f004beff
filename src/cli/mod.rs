//! The command line: its arguments (one module per command group, each with its own
//! subcommands and what they print) and the run of one command. Whether a command takes the
//! writer lock and how it opens the database is the core's policy ([`cityrights::access`]);
//! each subcommand only says which [`Access`] it needs.

mod backup;
mod bin;
mod consultations;
mod contribution;
mod engagements;
pub mod help;
mod library;
mod man_page;
mod personal_data;
mod plan;
mod recommendations;
mod report;
mod rules;
mod submissions;
mod timeline;
mod workspace;

use cityrights::access::{self, Access};
use cityrights::{store, Error};
use clap::{Parser, Subcommand};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "cityrights",
    version,
    about = "CityRights: a city's contributions to the UN human rights mechanisms, from the command line."
)]
#[command(
    after_help = "The database is the app's own file unless --db is given; the CITYRIGHTS_DB environment variable overrides the default for the app and the CLI alike."
)]
pub struct Cli {
    /// Database file to use (default: $CITYRIGHTS_DB, else the app's file in the OS data directory).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Fill an empty database with the demo city "Exampleville (demo)" (refuses a non-empty one).
    Demo,
    /// Engagements: the reviews and calls the city takes part in.
    Engagements {
        #[command(subcommand)]
        command: engagements::EngagementsCommand,
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
        command: engagements::CalendarCommand,
    },
    /// Export a submission to a file for the UN: PDF or Word (.docx).
    Export {
        #[command(subcommand)]
        command: submissions::ExportCommand,
    },
    /// Submissions: list them.
    Submissions {
        #[command(subcommand)]
        command: submissions::SubmissionsCommand,
    },
    /// One submission: import it from Markdown or Word, count its words, mark it as submitted,
    /// or start a new version after it was sent.
    Submission {
        #[command(subcommand)]
        command: submissions::SubmissionCommand,
    },
    /// One section: replace its text from a Markdown or Word file.
    Section {
        #[command(subcommand)]
        command: submissions::SectionCommand,
    },
    /// The revisions of a submission (automatic, named, as sent, accepted contributions).
    Revisions {
        #[command(subcommand)]
        command: submissions::RevisionsCommand,
    },
    /// Contributions from departments: ask for sections and recommendations in a package, work
    /// on it on another computer, send it back, and review what came back before it changes
    /// anything.
    Contribution {
        #[command(subcommand)]
        command: contribution::ContributionCommand,
    },
    /// Recommendations to the State: import them (UHRI export, Working Group report, OHCHR
    /// thematic list, CSV), list, search, export the follow-up matrix.
    Recommendations {
        #[command(subcommand)]
        command: recommendations::RecommendationsCommand,
    },
    /// The bin: deleted engagements, submissions and sections.
    Bin {
        #[command(subcommand)]
        command: bin::BinCommand,
    },
    /// Backups: make one, list them, or restore one (the current database is backed up first).
    Backup {
        #[command(subcommand)]
        command: backup::BackupCommand,
    },
    /// The whole workspace as one file (database and city logo), to move to another computer.
    Workspace {
        #[command(subcommand)]
        command: workspace::WorkspaceCommand,
    },
    /// Consultations: who the city consulted for an engagement, with the people who took part.
    Consultations {
        #[command(subcommand)]
        command: consultations::ConsultationsCommand,
    },
    /// Personal data of consulted people: find a person, erase them everywhere, or remove what
    /// is past the retention period. Backups made before still hold the old data.
    PersonalData {
        #[command(subcommand)]
        command: personal_data::PersonalDataCommand,
    },
    /// What the UN has said about local government: resolutions, reports and guides, with why
    /// each matters to a city (built in; needs no database).
    Library {
        #[command(subcommand)]
        command: library::LibraryCommand,
    },
    /// The submission rule in force for a mechanism (and a template): word limit, what is
    /// counted, languages, formats, and where it comes from (works without a database).
    Rules(rules::RulesArgs),
    /// The implementation plan's actions: what the city does about recommendations.
    Actions {
        #[command(subcommand)]
        command: plan::ActionsCommand,
    },
    /// The implementation plan's indicators and their measurements.
    Indicators {
        #[command(subcommand)]
        command: plan::IndicatorsCommand,
    },
    /// The Sustainable Development Goals (built in), and the SDG targets linked to a
    /// recommendation.
    Sdgs {
        #[command(subcommand)]
        command: plan::SdgsCommand,
    },
    /// The milestones the app proposes for a session (works without a database).
    Timeline {
        #[command(subcommand)]
        command: timeline::TimelineCommand,
    },
    /// Reports written from the city's implementation plan, as new draft submissions.
    Report {
        #[command(subcommand)]
        command: report::ReportCommand,
    },
    /// The recommendations by the city's local status, per theme, department and SDG goal.
    Progress(report::ProgressArgs),
    /// Print where the database file is.
    Path,
    /// Write this command line's manual pages (roff) into a folder, for the packages.
    #[command(hide = true)]
    ManPage {
        /// The folder to write `cityrights.1` and the commands' pages into.
        #[arg(long, value_name = "DIR")]
        out_dir: PathBuf,
    },
}

impl Command {
    /// What the command does with the database (see [`Access`]).
    fn access(&self) -> Access {
        match self {
            Command::Path => Access::Beside,
            Command::Demo => Access::Write,
            Command::Deadlines { .. } => Access::Read,
            Command::Engagements { command } => command.access(),
            Command::Calendar { command } => command.access(),
            Command::Export { command } => command.access(),
            Command::Submissions { command } => command.access(),
            Command::Submission { command } => command.access(),
            Command::Section { command } => command.access(),
            Command::Revisions { command } => command.access(),
            Command::Contribution { command } => command.access(),
            Command::Recommendations { command } => command.access(),
            Command::Bin { command } => command.access(),
            Command::Backup { command } => command.access(),
            Command::Workspace { command } => command.access(),
            Command::Consultations { command } => command.access(),
            Command::PersonalData { command } => command.access(),
            Command::Library { command } => command.access(),
            Command::Timeline { command } => command.access(),
            Command::Actions { command } => command.access(),
            Command::Indicators { command } => command.access(),
            Command::Sdgs { command } => command.access(),
            Command::Rules(args) => args.access(),
            Command::Report { command } => command.access(),
            Command::Progress(args) => args.access(),
            Command::ManPage { .. } => Access::Beside,
        }
    }
}

/// The language of the CLI's messages: the environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`),
/// English for `C` or a language not among the six. Read once.
pub fn lang() -> &'static str {
    static LANG: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    LANG.get_or_init(cityrights::model::language::of_this_process)
}

/// A message of the catalogue in the CLI's language (the lines printed for people; `--json`
/// keeps its field names).
pub fn say(key: &str, args: &[(&str, cityrights::model::language::Arg)]) -> String {
    cityrights::model::language::text(lang(), key, args)
}

/// A count with its noun, in the CLI's language and its plural rules ("3 sections", "1 page"),
/// as a variable of another message.
pub fn count(key: &'static str, n: usize) -> cityrights::model::language::Arg {
    cityrights::model::language::Said::new(key, vec![("n", n.into())]).into()
}

/// Prints a value as pretty JSON (`--json`).
pub fn print_json<T: Serialize>(value: &T) -> Result<(), Error> {
    let s = serde_json::to_string_pretty(value).map_err(|e| Error::Internal(e.to_string()))?;
    out!("{s}");
    Ok(())
}

/// Runs one command.
pub fn run(cli: Cli) -> Result<(), Error> {
    let path = cli.db.unwrap_or_else(store::default_path);
    let opened = access::open(&path, cli.command.access())?;
    let Some(mut store) = opened.store else {
        // Beside the database, or replacing it (the writer lock is held in `opened`).
        match &cli.command {
            Command::Path => out!("{}", path.display()),
            Command::Backup { command } => backup::run_beside(&path, command)?,
            Command::Workspace { command } => workspace::run_beside(&path, command)?,
            Command::Contribution { command } => contribution::run_beside(&path, command)?,
            Command::Library { command } => library::run(command)?,
            Command::Timeline { command } => timeline::run(command)?,
            Command::Rules(args) => rules::run(args)?,
            Command::Sdgs { command } => plan::run_sdgs_beside(command)?,
            Command::ManPage { out_dir } => man_page::write(out_dir)?,
            _ => {}
        }
        return Ok(());
    };
    // The core's messages (checks, notices, proposed timelines) in the environment's language.
    store.set_language(lang());
    let now = chrono::Utc::now();
    match cli.command {
        Command::Path | Command::ManPage { .. } => {}
        Command::Demo => {
            // In the reader's language (LANG), as the app loads it in the interface's.
            cityrights::demo::load_in(&mut store, chrono::Local::now().date_naive(), lang())?;
            out!(
                "{}",
                say(
                    "cli.demo_added",
                    &[("path", path.display().to_string().into())]
                )
            );
        }
        Command::Engagements { command } => engagements::run(&mut store, command, now)?,
        Command::Deadlines { within, json } => {
            engagements::deadlines(&mut store, within, json, now)?
        }
        Command::Calendar { command } => engagements::calendar(&mut store, command)?,
        Command::Export { command } => submissions::export(&mut store, command)?,
        Command::Submissions { command } => submissions::list(&mut store, command)?,
        Command::Submission { command } => submissions::run(&mut store, command)?,
        Command::Section { command } => submissions::run_section(&mut store, command)?,
        Command::Revisions { command } => submissions::run_revisions(&mut store, command)?,
        Command::Contribution { command } => contribution::run(&mut store, command)?,
        Command::Recommendations { command } => recommendations::run(&mut store, command)?,
        Command::Bin { command } => bin::run(&mut store, command)?,
        Command::Backup { command } => backup::run(&mut store, command)?,
        Command::Workspace { command } => workspace::run(&mut store, command)?,
        Command::Consultations { command } => consultations::run(&mut store, command)?,
        Command::PersonalData { command } => personal_data::run(&mut store, command)?,
        Command::Library { command } => library::run(&command)?,
        Command::Timeline { command } => timeline::run(&command)?,
        Command::Rules(args) => rules::run(&args)?,
        Command::Actions { command } => plan::run_actions(&mut store, command)?,
        Command::Indicators { command } => plan::run_indicators(&mut store, command)?,
        Command::Sdgs { command } => plan::run_sdgs(&mut store, command)?,
        Command::Report { command } => report::run(&mut store, command)?,
        Command::Progress(args) => report::progress(&mut store, &args)?,
    }
    drop(store);
    drop(opened.lock);
    Ok(())
}

//! `cityrights report generate …` and `cityrights progress`: reports written from the city's
//! implementation plan (a new draft submission, see [`cityrights::report`]) and the counts
//! behind their charts (see [`cityrights::progress`]).

use super::print_json;
use super::Access;
use cityrights::report::{self, ReportRequest};
use cityrights::{Error, Store};
use clap::{Args, Subcommand};

#[derive(Subcommand)]
pub enum ReportCommand {
    /// Write a report from what the city recorded, as a new draft submission of an engagement:
    /// a UPR mid-term report, information for a treaty body's follow-up, or the city's own
    /// human rights report.
    Generate {
        /// upr-midterm, tb-follow-up or local.
        #[arg(long, value_name = "KIND")]
        kind: String,
        /// The engagement the new submission belongs to.
        #[arg(long, value_name = "ID")]
        engagement: i64,
        /// Only the recommendations of this document (e.g. A/HRC/59/15).
        #[arg(long, value_name = "SYMBOL")]
        symbol: Option<String>,
        /// The report's language: its headings and sentences, and the new submission's (en,
        /// fr, es, ar, ru, zh; default: the interface's language, chosen in Settings or LANG's).
        #[arg(long, value_name = "CODE", value_parser = ["en", "fr", "es", "ar", "ru", "zh"])]
        language: Option<String>,
        /// Print submission_id, title, sections (id, title) and recommendations_covered (ids).
        #[arg(long)]
        json: bool,
    },
}

impl ReportCommand {
    pub fn access(&self) -> Access {
        Access::Write
    }
}

/// `cityrights progress`: the recommendations by local status, per theme, department and SDG.
#[derive(Args)]
pub struct ProgressArgs {
    /// Only the recommendations of this document (e.g. A/HRC/59/15).
    #[arg(long, value_name = "SYMBOL")]
    symbol: Option<String>,
    /// Print by_theme, by_department and by_sdg, each a list of {name, recommendations,
    /// not_started, in_progress, implemented, not_applicable, actions}.
    #[arg(long)]
    json: bool,
}

impl ProgressArgs {
    pub fn access(&self) -> Access {
        Access::Read
    }
}

pub fn run(store: &mut Store, command: ReportCommand) -> Result<(), Error> {
    match command {
        ReportCommand::Generate {
            kind,
            engagement,
            symbol,
            language,
            json,
        } => {
            let request = ReportRequest {
                kind: report::kind_from_user(&kind)?,
                engagement_id: engagement,
                symbol,
                language,
            };
            let made = report::generate(store, &request)?;
            if json {
                print_json(&made)?;
            } else {
                out!(
                    "Submission {} \"{}\" created with {} sections, citing {} recommendations. \
                     Open it to edit, or export it with `cityrights export pdf --submission {} -o FILE.pdf`.",
                    made.submission_id,
                    made.title,
                    made.sections.len(),
                    made.recommendations_covered.len(),
                    made.submission_id
                );
            }
        }
    }
    Ok(())
}

pub fn progress(store: &mut Store, args: &ProgressArgs) -> Result<(), Error> {
    let p = cityrights::progress::progress_of(store, args.symbol.as_deref())?;
    if args.json {
        return print_json(&p);
    }
    for (title, groups) in [
        ("By theme", &p.by_theme),
        ("By department", &p.by_department),
        ("By SDG", &p.by_sdg),
    ] {
        out!("{title}:");
        for g in groups {
            out!(
                "  {}: {} recommendations ({} not started, {} in progress, {} implemented, {} not applicable; {} actions)",
                g.name,
                g.recommendations,
                g.not_started,
                g.in_progress,
                g.implemented,
                g.not_applicable,
                g.actions
            );
        }
    }
    Ok(())
}

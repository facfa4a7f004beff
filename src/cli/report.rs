//! `cityrights report generate …` and `cityrights progress`: reports written from the city's
//! implementation plan (a new draft submission, see [`cityrights::report`]) and the counts
//! behind their charts (see [`cityrights::progress`]).

use super::Access;
use super::{count, print_json, say};
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
                    "{}",
                    say(
                        "cli.report_created",
                        &[
                            ("id", made.submission_id.into()),
                            ("title", made.title.clone().into()),
                            ("sections", count("cli.count_sections", made.sections.len())),
                            (
                                "recommendations",
                                count(
                                    "cli.count_recommendations",
                                    made.recommendations_covered.len()
                                )
                            ),
                        ]
                    )
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
        ("cli.progress_by_theme", &p.by_theme),
        ("cli.progress_by_department", &p.by_department),
        ("cli.progress_by_sdg", &p.by_sdg),
    ] {
        out!("{}", say(title, &[]));
        for g in groups {
            out!(
                "  {}",
                say(
                    "cli.progress_line",
                    &[
                        // "No theme" in the reader's language; `--json` keeps the core's name.
                        (
                            "name",
                            cityrights::model::report::group_name(super::lang(), &g.name).into(),
                        ),
                        (
                            "recommendations",
                            count("cli.count_recommendations", g.recommendations)
                        ),
                        ("not_started", g.not_started.into()),
                        ("in_progress", g.in_progress.into()),
                        ("implemented", g.implemented.into()),
                        ("not_applicable", g.not_applicable.into()),
                        ("actions", count("cli.count_actions", g.actions)),
                    ]
                )
            );
        }
    }
    Ok(())
}

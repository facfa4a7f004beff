//! `cityrights engagements …`, `deadlines`, `calendar …`: the reviews and what is due.

use super::Access;
use super::{print_json, say};
use chrono::{DateTime, Utc};
use cityrights::{Error, Store};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum EngagementsCommand {
    /// List engagements (id, title, mechanism, stage).
    List {
        /// Print a JSON array (id, title, mechanism, stage, state_under_review, session,
        /// next_milestone, submissions) instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Add an engagement (CODE as `engagements list` prints it: UPR, CESCR…, SP); with
    /// --session-start, its session as a milestone.
    Add {
        /// The mechanism's code: UPR, a treaty body's acronym (CCPR, CESCR, CERD, CEDAW, CAT, SPT,
        /// CRC, CMW, CRPD, CED) or SP.
        #[arg(long, value_name = "CODE")]
        mechanism: String,
        /// The engagement's title, as the city names it.
        #[arg(long, value_name = "TEXT")]
        title: String,
        /// The State under review.
        #[arg(
            long,
            value_name = "NAME",
            default_value = "",
            hide_default_value = true
        )]
        state: String,
        /// Date of the session's first day, YYYY-MM-DD: added as the engagement's session milestone
        /// (Geneva time).
        #[arg(long = "session-start", value_name = "YYYY-MM-DD")]
        session_start: Option<String>,
        /// Print the engagement added as JSON (id, mechanism, title, state_under_review, session,
        /// stage, …).
        #[arg(long)]
        json: bool,
    },
}
impl EngagementsCommand {
    pub fn access(&self) -> Access {
        match self {
            EngagementsCommand::List { .. } => Access::Read,
            EngagementsCommand::Add { .. } => Access::Write,
        }
    }
}

#[derive(Subcommand)]
pub enum CalendarCommand {
    /// Write the milestones to an iCalendar (.ics) file: one event per milestone with a stable
    /// UID (importing again updates rather than duplicates), times in UTC, one alarm per reminder.
    Export {
        /// The file to write (replaced if it exists).
        #[arg(short = 'o', long = "output", value_name = "FILE.ics")]
        output: PathBuf,
        /// Only the milestones of this engagement (default: every engagement).
        #[arg(long, value_name = "ID")]
        engagement: Option<i64>,
        /// The language of the descriptions and alarms (en, fr, es, ar, ru, zh; default: the
        /// interface's language, chosen in Settings or LANG's).
        #[arg(long, value_name = "CODE", value_parser = ["en", "fr", "es", "ar", "ru", "zh"])]
        language: Option<String>,
    },
}
impl CalendarCommand {
    pub fn access(&self) -> Access {
        Access::Read
    }
}

pub fn run(
    store: &mut Store,
    command: EngagementsCommand,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let json = match command {
        EngagementsCommand::List { json } => json,
        EngagementsCommand::Add {
            mechanism,
            title,
            state,
            session_start,
            json,
        } => {
            return add(store, mechanism, title, state, session_start, json);
        }
    };
    let list = store.engagement_summaries(now)?;
    if json {
        print_json(&list)?;
    } else if list.is_empty() {
        out!("{}", say("cli.no_engagements", &[]));
    } else {
        for e in list {
            out!(
                "{:>4}  {:<6} {:<16} {}",
                e.id,
                e.mechanism,
                say(&format!("stage.{}", e.stage.as_str()), &[]),
                e.title
            );
        }
    }
    Ok(())
}

/// `cityrights deadlines`: milestones due from now to `within` days ahead.
pub fn deadlines(
    store: &mut Store,
    within: u32,
    json: bool,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let list = store.deadlines_within(now, within)?;
    if json {
        print_json(&list)?;
    } else if list.is_empty() {
        out!("{}", say("cli.nothing_due", &[("days", within.into())]));
    } else {
        for d in list {
            let est = if d.is_estimate {
                format!(" {}", say("cli.estimate", &[]))
            } else {
                String::new()
            };
            let met = match &d.met_by {
                Some(by) => format!(
                    " — {}",
                    say(
                        "cli.deadline_met",
                        &[
                            ("title", by.submission_title.as_str().into()),
                            ("date", by.sent_on.as_str().into()),
                        ],
                    )
                ),
                None => String::new(),
            };
            out!(
                "{}  {:>3} {}  {:<6} {}{} [{}]{}",
                d.due,
                d.days_left,
                say("cli.days", &[("days", d.days_left.into())]),
                d.mechanism,
                d.title,
                est,
                d.engagement_title,
                met
            );
        }
    }
    Ok(())
}

pub fn calendar(store: &mut Store, command: CalendarCommand) -> Result<(), Error> {
    let CalendarCommand::Export {
        output,
        engagement,
        language,
    } = command;
    let lang = language.unwrap_or_else(|| store.interface_language());
    let done = store.export_ics_file_in(&output, engagement, &lang)?;
    out!(
        "{}",
        say(
            "cli.calendar_written",
            &[
                ("n", done.events.into()),
                ("path", done.path.as_str().into())
            ]
        )
    );
    Ok(())
}

/// The time zone of a session milestone added with `engagements add --session-start`: the
/// Human Rights Council and the treaty bodies meet in Geneva.
const SESSION_TIME_ZONE: &str = "Europe/Zurich";

/// `cityrights engagements add`: the session date is checked before anything is written.
fn add(
    store: &mut Store,
    mechanism: String,
    title: String,
    state: String,
    session_start: Option<String>,
    json: bool,
) -> Result<(), Error> {
    let session = session_start
        .as_deref()
        .map(|d| cityrights::validate::date("session_start", d))
        .transpose()?;
    let input = cityrights::engagement::EngagementInput {
        mechanism,
        title,
        state_under_review: state,
        ..Default::default()
    };
    let e = store.create_engagement(&input)?;
    if let Some(date) = session {
        let milestone = cityrights::milestone::MilestoneInput {
            kind: Some(cityrights::milestone::MilestoneKind::Session),
            title: "Session".into(),
            date: date.to_string(),
            time_zone: SESSION_TIME_ZONE.into(),
            ..Default::default()
        };
        store.add_milestone(e.id, &milestone)?;
    }
    if json {
        print_json(&e)?;
    } else {
        out!(
            "{}",
            say(
                "cli.engagement_added",
                &[("id", e.id.into()), ("title", e.title.as_str().into())]
            )
        );
    }
    Ok(())
}

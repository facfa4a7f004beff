//! `cityrights engagements …`, `deadlines`, `calendar …`: the reviews and what is due.

use super::print_json;
use super::Access;
use chrono::{DateTime, Utc};
use cityrights::{Error, Store};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum EngagementsCommand {
    /// List engagements (id, title, mechanism, stage).
    List {
        #[arg(long)]
        json: bool,
    },
}
impl EngagementsCommand {
    pub fn access(&self) -> Access {
        Access::Read
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
    let EngagementsCommand::List { json } = command;
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
    Ok(())
}

pub fn calendar(store: &mut Store, command: CalendarCommand) -> Result<(), Error> {
    let CalendarCommand::Export { output, engagement } = command;
    let done = store.export_ics_file(&output, engagement)?;
    out!("Wrote {} milestone(s) to {}.", done.events, done.path);
    Ok(())
}

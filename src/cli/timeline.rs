//! `cityrights timeline …`: the milestones the app proposes for a session, without a database.

use super::Access;
use super::{lang, print_json, say};
use cityrights::timeline::{propose_request_in, ProposedMilestone, TimelineRequest};
use cityrights::Error;
use clap::Subcommand;
use serde::Serialize;

#[derive(Subcommand)]
pub enum TimelineCommand {
    /// The milestones the app proposes for a session (the same as the app's "proposed
    /// timeline"): every one except the session is an estimate, with its basis.
    Propose {
        /// Mechanism code: UPR, CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED or SP.
        #[arg(long, value_name = "CODE")]
        mechanism: String,
        /// First day of the session (for the UPR, of the Working Group session).
        #[arg(long, value_name = "YYYY-MM-DD")]
        session_start: String,
        /// Last day of the session, if known.
        #[arg(long, value_name = "YYYY-MM-DD")]
        session_end: Option<String>,
        /// Print JSON: an object with `mechanism`, `deadline_known`, `note` and `milestones`
        /// (`kind`, `title`, `due`, `time_zone`, `estimate`, `basis`, `passed`, …).
        #[arg(long)]
        json: bool,
    },
}

impl TimelineCommand {
    pub fn access(&self) -> Access {
        Access::Beside
    }
}

/// One proposed milestone as the CLI prints it: the contract's names (`estimate`, `due`).
#[derive(Serialize)]
struct Printed<'a> {
    kind: &'static str,
    title: &'a str,
    /// RFC 3339, in the milestone's own zone.
    due: &'a str,
    date: &'a str,
    end_date: Option<&'a str>,
    time: Option<&'a str>,
    time_zone: &'a str,
    estimate: bool,
    basis: &'a str,
    passed: bool,
    passed_note: Option<&'a str>,
    /// The State's step, not the city's: never the city's overdue action.
    by_state: bool,
}

#[derive(Serialize)]
struct PrintedTimeline<'a> {
    mechanism: &'a str,
    deadline_known: bool,
    note: &'a str,
    milestones: Vec<Printed<'a>>,
}

fn printed(m: &ProposedMilestone) -> Printed<'_> {
    let i = &m.input;
    Printed {
        kind: i.kind.map(|k| k.as_str()).unwrap_or("internal"),
        title: &i.title,
        due: &m.due,
        date: &i.date,
        end_date: i.end_date.as_deref(),
        time: i.time.as_deref(),
        time_zone: &i.time_zone,
        estimate: i.is_estimate,
        basis: &i.basis,
        passed: m.passed,
        passed_note: m.passed_note.as_deref(),
        by_state: m.by_state,
    }
}

pub fn run(command: &TimelineCommand) -> Result<(), Error> {
    let TimelineCommand::Propose {
        mechanism,
        session_start,
        session_end,
        json,
    } = command;
    let request = TimelineRequest {
        mechanism: mechanism.clone(),
        session_date: session_start.clone(),
        session_end_date: session_end.clone(),
    };
    let p = propose_request_in(
        lang(),
        &request,
        &cityrights::calendar::user_time_zone(),
        chrono::Utc::now(),
    )?;
    if *json {
        return print_json(&PrintedTimeline {
            mechanism: &p.mechanism,
            deadline_known: p.deadline_known,
            note: &p.note,
            milestones: p.milestones.iter().map(printed).collect(),
        });
    }
    out!("{}", p.note);
    for m in &p.milestones {
        let i = &m.input;
        let mut line = format!("{}  {}", i.date, i.title);
        if let Some(t) = &i.time {
            line.push(' ');
            line.push_str(&say(
                "cli.timeline_at",
                &[
                    ("time", t.as_str().into()),
                    ("zone", i.time_zone.as_str().into()),
                ],
            ));
        }
        if m.by_state {
            line.push(' ');
            line.push_str(&say("cli.timeline_by_state", &[]));
        }
        out!("{line}");
        if let Some(n) = &m.passed_note {
            out!(
                "    {}",
                say("cli.timeline_passed", &[("note", n.as_str().into())])
            );
        }
        if i.is_estimate {
            out!(
                "    {}",
                say("cli.timeline_basis", &[("basis", i.basis.as_str().into())])
            );
        }
    }
    Ok(())
}

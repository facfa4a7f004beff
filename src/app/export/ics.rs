//! iCalendar (RFC 5545) export of the milestones, for Outlook and every other calendar.
//!
//! Written with the `icalendar` crate (it escapes text and folds long lines as the RFC asks).
//! Choices, and why:
//! - **One VEVENT per milestone, with a stable UID** (`milestone-<id>.<token>@cityrights`, the
//!   token made once per database): exporting again gives the same UIDs, so a calendar that
//!   imports the file again updates its events instead of duplicating them; `DTSTAMP` and
//!   `LAST-MODIFIED` are the milestone's own last change, so an unchanged milestone exports
//!   byte for byte the same.
//! - **Times in UTC** (`DTSTART:20270408T215900Z`): every calendar program places a UTC time
//!   right, whereas a `TZID` needs a matching `VTIMEZONE` that some programs ignore. The
//!   milestone's own time and zone ("23:59 Geneva time, Europe/Zurich") are written in the
//!   description and in `X-CITYRIGHTS-TIME-ZONE`.
//! - **A milestone without a time, or of several days, is a whole-day event** on its own dates
//!   (`DTSTART;VALUE=DATE`, exclusive `DTEND`), as it reads in the app.
//! - **One VALARM per reminder** (`TRIGGER:-P7D`), so the calendar reminds too.

use crate::calendar::PlanDateKind;
use crate::milestone::Milestone;
use crate::store::Store;
use crate::{Error, Result};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Trigger};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// An export: the file's text and how many milestones it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct IcsExport {
    pub text: String,
    pub events: usize,
}

/// What was written: the file and how many milestones it holds (for the "exported" message).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CalendarExported {
    pub path: String,
    pub events: usize,
}

/// The product identifier written in every file.
pub const PRODID: &str = "-//CityRights//Deadlines of UN human rights engagements//EN";

fn ymd(s: &str) -> Option<NaiveDate> {
    s.parse().ok()
}

fn description(m: &Milestone, engagement: &str, mechanism: &str) -> String {
    let when = match &m.time {
        Some(t) => format!("{} {t}", m.date),
        None => format!("{}, end of day", m.date),
    };
    let until = m
        .end_date
        .as_deref()
        .map(|d| format!(" until {d}"))
        .unwrap_or_default();
    let mut lines = vec![
        m.kind.label().to_string(),
        format!("Engagement: {engagement}"),
        format!("Mechanism: {mechanism}"),
        format!("Due: {when}{until}, {} time", m.time_zone),
    ];
    if m.is_estimate {
        lines.push(format!(
            "ESTIMATE, not an official date. Basis: {}",
            if m.basis.is_empty() {
                "not given"
            } else {
                &m.basis
            }
        ));
    }
    if !m.notes.trim().is_empty() {
        lines.push(format!("Notes: {}", m.notes.trim()));
    }
    lines.join("\n")
}

impl Store {
    /// Every milestone (of one engagement, or of all engagements not in the bin) as an
    /// iCalendar file.
    pub fn export_ics(&self, engagement: Option<i64>) -> Result<IcsExport> {
        let engagements = match engagement {
            Some(id) => vec![self.engagement(id)?],
            None => self.engagements()?,
        };
        let token = self.calendar_token()?;
        let city = self.city_profile()?.map(|c| c.name);
        let name = match (&city, engagement) {
            (_, Some(_)) => format!(
                "CityRights: {}",
                engagements.first().map(|e| e.title.as_str()).unwrap_or("")
            ),
            (Some(city), None) => format!("CityRights: {city}"),
            (None, None) => "CityRights deadlines".to_string(),
        };
        let mut cal = Calendar::empty();
        cal.append_property(("VERSION", "2.0"))
            .append_property(("PRODID", PRODID))
            .append_property(("CALSCALE", "GREGORIAN"))
            .append_property(("METHOD", "PUBLISH"))
            .name(&name);
        let mut count = 0;
        for e in &engagements {
            let mechanism = self.mechanism(&e.mechanism)?;
            let mech_text = format!("{} ({})", mechanism.name, mechanism.acronym);
            for m in self.milestones(e.id)? {
                let changed = self.milestone_updated_at(m.id)?;
                let summary = format!(
                    "{}: {}{}",
                    mechanism.acronym,
                    m.title,
                    if m.is_estimate { " (estimate)" } else { "" }
                );
                let mut ev = Event::new();
                ev.uid(&format!("milestone-{}.{token}@cityrights", m.id))
                    .timestamp(changed)
                    .last_modified(changed)
                    .summary(&summary)
                    .description(&description(&m, &e.title, &mech_text))
                    .add_property(
                        "CATEGORIES",
                        format!("{},{}", mechanism.acronym, m.kind.label()),
                    )
                    .add_property("X-CITYRIGHTS-KIND", m.kind.as_str())
                    .add_property("X-CITYRIGHTS-TIME-ZONE", &m.time_zone)
                    .add_property("X-CITYRIGHTS-ENGAGEMENT", e.id.to_string());
                if m.time.is_none() || m.end_date.is_some() {
                    let first = ymd(&m.date).ok_or_else(|| bad_date(&m))?;
                    let last = m.end_date.as_deref().and_then(ymd).unwrap_or(first);
                    ev.starts(first).ends(last + Duration::days(1));
                } else {
                    ev.starts(m.due_instant());
                }
                for days in &m.reminder_days {
                    let text = match days {
                        0 => format!("Due today: {summary}"),
                        1 => format!("Due tomorrow: {summary}"),
                        d => format!("Due in {d} days: {summary}"),
                    };
                    // Written as whole days ("-P7D") rather than the crate's seconds, and with
                    // a stable stamp and UID, so that an unchanged milestone exports the same.
                    let mut alarm = Alarm::display(&text, Trigger::before_start(Duration::zero()));
                    alarm
                        .add_property("TRIGGER", format!("-P{days}D"))
                        .timestamp(changed)
                        .uid(&format!("milestone-{}-{days}d.{token}@cityrights", m.id));
                    ev.alarm(alarm.done());
                }
                cal.push(ev.done());
                count += 1;
            }
        }
        if engagement.is_none() {
            count += self.push_plan_events(&mut cal, &token)?;
        }
        Ok(IcsExport {
            text: cal.done().to_string(),
            events: count,
        })
    }

    /// The implementation plan's own dates (`calendar::plan_dates`): each action's due date
    /// and each indicator's target date as a whole-day event, with a VALARM per reminder
    /// unless the work is done. UIDs `action-<id>-due.<token>@cityrights` and
    /// `indicator-<id>-target.<token>@cityrights`, stamped with the action's last change (the
    /// indicator's creation), so that exporting again updates them. Returns how many.
    fn push_plan_events(&self, cal: &mut Calendar, token: &str) -> Result<usize> {
        let user: chrono_tz::Tz = crate::calendar::user_time_zone()
            .parse()
            .unwrap_or(chrono_tz::UTC);
        let (actions, indicators) = self.plan_changed_at()?;
        let stamp = |at: Option<&String>| {
            at.and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                .map(|d| d.with_timezone(&Utc))
                .unwrap_or_default()
        };
        let mut count = 0;
        for d in crate::calendar::plan_dates(self, Utc::now(), user)? {
            let Some(day) = ymd(&d.date) else { continue };
            let (uid, summary, changed) = match (d.kind, d.action_id, d.indicator_id) {
                (PlanDateKind::ActionDue, Some(a), _) => (
                    format!("action-{a}-due.{token}@cityrights"),
                    format!("Plan: {} (due)", d.title),
                    stamp(actions.get(&a)),
                ),
                (PlanDateKind::IndicatorTarget, _, Some(i)) => (
                    format!("indicator-{i}-target.{token}@cityrights"),
                    format!("Plan: {} (target date)", d.title),
                    stamp(indicators.get(&i)),
                ),
                _ => continue,
            };
            let mut lines = vec![match d.kind {
                PlanDateKind::ActionDue => "Implementation plan: an action's due date".to_string(),
                PlanDateKind::IndicatorTarget => {
                    "Implementation plan: an indicator's target date".to_string()
                }
            }];
            if !d.context.is_empty() {
                lines.push(format!("For: {}", d.context));
            }
            if !d.department.is_empty() {
                lines.push(format!("Department: {}", d.department));
            }
            if let Some(status) = d.status {
                lines.push(format!("Status: {}", status.as_str().replace('_', " ")));
            }
            let mut ev = Event::new();
            ev.uid(&uid)
                .timestamp(changed)
                .last_modified(changed)
                .summary(&summary)
                .description(&lines.join("\n"))
                .add_property("CATEGORIES", "Implementation plan")
                .add_property("X-CITYRIGHTS-KIND", d.kind.item())
                .starts(day)
                .ends(day + Duration::days(1));
            for days in &d.reminder_days {
                let mut alarm = Alarm::display(
                    &format!("{summary}: {days} days before"),
                    Trigger::before_start(Duration::zero()),
                );
                alarm
                    .add_property("TRIGGER", format!("-P{days}D"))
                    .timestamp(changed)
                    .uid(&uid.replacen('.', &format!("-{days}d."), 1));
                ev.alarm(alarm.done());
            }
            cal.push(ev.done());
            count += 1;
        }
        Ok(count)
    }

    /// Writes [`Store::export_ics`] to `path` (the CLI's `calendar export` and the app's
    /// "Export to calendar…").
    pub fn export_ics_file(
        &self,
        path: &Path,
        engagement: Option<i64>,
    ) -> Result<CalendarExported> {
        let ics = self.export_ics(engagement)?;
        super::write_file(path, ics.text.as_bytes())?;
        Ok(CalendarExported {
            path: path.display().to_string(),
            events: ics.events,
        })
    }
}

fn bad_date(m: &Milestone) -> Error {
    Error::Damaged(format!(
        "The milestone \"{}\" has an unreadable date ({}); edit it in the app, then export again.",
        m.title, m.date
    ))
}

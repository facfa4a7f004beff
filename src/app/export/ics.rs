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
//! - **Words in the interface's language** (or the CLI's `--language`): the descriptions,
//!   summaries' additions ("(estimate)"), alarms, categories and the calendar's name come from
//!   the catalogue (`calendar_file.*`, the milestone kinds' `kind.*`, the mechanism's name as
//!   the UN writes it). Dates and times stay ISO (`2027-04-08 23:59`), as in the app's lists.

use crate::calendar::PlanDateKind;
use crate::front_matter::{mechanism_acronym, mechanism_named};
use crate::milestone::Milestone;
use crate::model::language::{text, Arg};
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

/// One message of the calendar file (`calendar_file.<name>`) in `lang`.
fn words(lang: &str, name: &str, args: &[(&str, Arg)]) -> String {
    text(lang, &format!("calendar_file.{name}"), args)
}

/// A milestone's kind as the app names it ("Submission window closes").
fn kind_label(lang: &str, m: &Milestone) -> String {
    text(lang, &format!("kind.{}", m.kind.as_str()), &[])
}

fn description(lang: &str, m: &Milestone, engagement: &str, mechanism: &str) -> String {
    let day = |d: &str| Arg::from(d);
    let when = match &m.time {
        Some(t) => format!("{} {t}", m.date),
        None => words(lang, "end_of_day", &[("date", day(&m.date))]),
    };
    let when = match m.end_date.as_deref() {
        Some(d) => words(
            lang,
            "until",
            &[("from", Arg::from(when)), ("date", day(d))],
        ),
        None => when,
    };
    let mut lines = vec![
        kind_label(lang, m),
        words(lang, "engagement", &[("name", Arg::from(engagement))]),
        words(lang, "mechanism", &[("name", Arg::from(mechanism))]),
        words(
            lang,
            "due",
            &[
                ("when", Arg::from(when)),
                ("zone", Arg::from(m.time_zone.as_str())),
            ],
        ),
    ];
    if m.is_estimate {
        let basis = if m.basis.is_empty() {
            words(lang, "basis_not_given", &[])
        } else {
            m.basis.clone()
        };
        lines.push(words(lang, "estimate", &[("basis", Arg::from(basis))]));
    }
    if !m.notes.trim().is_empty() {
        lines.push(words(
            lang,
            "notes",
            &[("notes", Arg::from(m.notes.trim()))],
        ));
    }
    lines.join("\n")
}

impl Store {
    /// Every milestone (of one engagement, or of all engagements not in the bin) as an
    /// iCalendar file, in the interface's language.
    pub fn export_ics(&self, engagement: Option<i64>) -> Result<IcsExport> {
        self.export_ics_in(engagement, &self.interface_language())
    }

    /// [`Store::export_ics`] with its words in `lang`.
    pub fn export_ics_in(&self, engagement: Option<i64>, lang: &str) -> Result<IcsExport> {
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
            (None, None) => words(lang, "name", &[]),
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
            // The acronym as the UN writes it in the reader's language (EPU, УПО).
            let acronym = mechanism_acronym(lang, &mechanism);
            let mech_text = mechanism_named(lang, &mechanism);
            for m in self.milestones(e.id)? {
                let changed = self.milestone_updated_at(m.id)?;
                let title = [
                    ("acronym", Arg::from(acronym.as_str())),
                    ("title", Arg::from(m.title.as_str())),
                ];
                let summary = match m.is_estimate {
                    true => words(lang, "summary_estimate", &title),
                    false => format!("{acronym}: {}", m.title),
                };
                let mut ev = Event::new();
                ev.uid(&format!("milestone-{}.{token}@cityrights", m.id))
                    .timestamp(changed)
                    .last_modified(changed)
                    .summary(&summary)
                    .description(&description(lang, &m, &e.title, &mech_text))
                    .add_property(
                        "CATEGORIES",
                        // A comma separates categories: one inside a name is not one.
                        format!("{acronym},{}", kind_label(lang, &m).replace(',', " ")),
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
                    let about = Arg::from(summary.as_str());
                    let text = match days {
                        0 => words(lang, "due_today", &[("summary", about)]),
                        1 => words(lang, "due_tomorrow", &[("summary", about)]),
                        d => words(
                            lang,
                            "due_in",
                            &[("days", Arg::from(*d)), ("summary", about)],
                        ),
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
            count += self.push_plan_events(&mut cal, &token, lang)?;
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
    fn push_plan_events(&self, cal: &mut Calendar, token: &str, lang: &str) -> Result<usize> {
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
                    words(lang, "plan_due", &[("title", Arg::from(d.title.as_str()))]),
                    stamp(actions.get(&a)),
                ),
                (PlanDateKind::IndicatorTarget, _, Some(i)) => (
                    format!("indicator-{i}-target.{token}@cityrights"),
                    words(
                        lang,
                        "plan_target",
                        &[("title", Arg::from(d.title.as_str()))],
                    ),
                    stamp(indicators.get(&i)),
                ),
                _ => continue,
            };
            let mut lines = vec![match d.kind {
                PlanDateKind::ActionDue => words(lang, "plan_action_due", &[]),
                PlanDateKind::IndicatorTarget => words(lang, "plan_indicator_target", &[]),
            }];
            let line = |name: &str, value: &str| words(lang, name, &[("value", Arg::from(value))]);
            if !d.context.is_empty() {
                lines.push(line("plan_for", &d.context));
            }
            if !d.department.is_empty() {
                lines.push(line("plan_department", &d.department));
            }
            if let Some(status) = d.status {
                let status = text(lang, &format!("plan.status.{}", status.as_str()), &[]);
                lines.push(line("plan_status", &status));
            }
            let mut ev = Event::new();
            ev.uid(&uid)
                .timestamp(changed)
                .last_modified(changed)
                .summary(&summary)
                .description(&lines.join("\n"))
                .add_property(
                    "CATEGORIES",
                    text(lang, "calendar.plan_legend", &[]).replace(',', " "),
                )
                .add_property("X-CITYRIGHTS-KIND", d.kind.item())
                .starts(day)
                .ends(day + Duration::days(1));
            for days in &d.reminder_days {
                let before = words(
                    lang,
                    "days_before",
                    &[
                        ("summary", Arg::from(summary.as_str())),
                        ("days", Arg::from(*days)),
                    ],
                );
                let mut alarm = Alarm::display(&before, Trigger::before_start(Duration::zero()));
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
        self.export_ics_file_in(path, engagement, &self.interface_language())
    }

    /// [`Store::export_ics_file`] with its words in `lang`.
    pub fn export_ics_file_in(
        &self,
        path: &Path,
        engagement: Option<i64>,
        lang: &str,
    ) -> Result<CalendarExported> {
        let ics = self.export_ics_in(engagement, lang)?;
        super::write_file(path, ics.text.as_bytes())?;
        Ok(CalendarExported {
            path: path.display().to_string(),
            events: ics.events,
        })
    }
}

fn bad_date(m: &Milestone) -> Error {
    Error::said(
        "damaged",
        "error.milestone_bad_date",
        vec![
            ("title", m.title.clone().into()),
            ("date", m.date.clone().into()),
        ],
    )
}

//! Deadlines: what is due, from every engagement, soonest first — the answer to "what is due
//! next?" on the dashboard and in `cityrights deadlines` — and the calendar's events, placed in
//! the user's time zone here, once, so that the calendar never converts zones itself.

pub use crate::milestone::{days_left, DatedMilestone};
use crate::milestone::{Milestone, MilestoneKind};
use crate::store::Store;
use crate::submission::SubmissionSummary;
use crate::Result;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use ts_rs::TS;

/// "Due soon" on the calendar and the dashboard: within this many days.
pub const SOON_DAYS: i64 = 7;

/// A milestone with its engagement and how far away it is.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Deadline {
    pub milestone_id: i64,
    pub engagement_id: i64,
    pub engagement_title: String,
    pub mechanism: String,
    pub kind: MilestoneKind,
    pub title: String,
    /// RFC 3339 with the offset of the milestone's own zone.
    pub due: String,
    pub time_zone: String,
    pub date: String,
    pub time: Option<String>,
    pub is_estimate: bool,
    /// Whole days from now until it is due (0: due within the next 24 hours; negative: passed).
    pub days_left: i64,
    /// Passed, and the city had something to do by then (see `MilestoneKind::needs_action`).
    pub overdue: bool,
    /// The State's step, not the city's: shown as a State report, never overdue.
    pub by_state: bool,
}

/// What the dashboard shows.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Dashboard {
    /// Milestones due in the window ahead, soonest first.
    pub upcoming: Vec<Deadline>,
    /// Milestones that needed the city's action and passed in the last 30 days.
    pub overdue: Vec<Deadline>,
    /// Submissions still being written.
    pub drafts: Vec<SubmissionSummary>,
}

pub(crate) fn deadline(
    m: Milestone,
    engagement_title: &str,
    mechanism: &str,
    now: DateTime<Utc>,
) -> Deadline {
    let (days_left, overdue) = days_left(&m, now);
    Deadline {
        milestone_id: m.id,
        engagement_id: m.engagement_id,
        engagement_title: engagement_title.to_string(),
        mechanism: mechanism.to_string(),
        kind: m.kind,
        title: m.title,
        due: m.due,
        time_zone: m.time_zone,
        date: m.date,
        time: m.time,
        is_estimate: m.is_estimate,
        days_left,
        overdue,
        by_state: m.by_state,
    }
}

/// One milestone as the calendar shows it, placed in the user's time zone.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CalendarEvent {
    pub milestone: Milestone,
    pub engagement_title: String,
    pub mechanism: String,
    /// Shown as a whole-day event: a milestone without a time (due at the end of its own day)
    /// or one of several days (a session). It then sits on its own date(s), as written.
    pub all_day: bool,
    /// Where the event starts on the calendar: for a timed milestone the wall-clock moment it
    /// falls due in the user's zone, `YYYY-MM-DDTHH:MM:SS` (e.g. a 23:59 Geneva deadline is
    /// `…T17:59:00` in New York); for a whole-day one its first date, `YYYY-MM-DD`.
    pub start: String,
    /// For a whole-day event: the day after its last day, `YYYY-MM-DD` (exclusive end).
    pub end: Option<String>,
    pub days_left: i64,
    pub overdue: bool,
    /// Due from now to [`SOON_DAYS`] days ahead.
    pub soon: bool,
    /// Set by the UN (not an internal milestone): moving it on the calendar asks first.
    pub official: bool,
}

/// What the calendar screen shows: every milestone, and "now" in the user's zone.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CalendarView {
    /// The user's IANA zone, as [`user_time_zone`] resolved it.
    pub time_zone: String,
    /// The present moment as wall-clock time in that zone, `YYYY-MM-DDTHH:MM:SS`, so that the
    /// calendar's "today" is the user's today.
    pub now: String,
    pub events: Vec<CalendarEvent>,
}

const WALL_CLOCK: &str = "%Y-%m-%dT%H:%M:%S";

/// Places one milestone on the calendar of a user in zone `user`.
pub fn calendar_event(
    m: Milestone,
    engagement_title: &str,
    mechanism: &str,
    now: DateTime<Utc>,
    user: Tz,
) -> CalendarEvent {
    let (days_left, overdue) = days_left(&m, now);
    let due = m.due_instant();
    let soon = due >= now && due <= now + Duration::days(SOON_DAYS);
    let all_day = m.time.is_none() || m.end_date.is_some();
    let (start, end) = if all_day {
        let last = m
            .end_date
            .as_deref()
            .unwrap_or(&m.date)
            .parse::<NaiveDate>()
            .ok()
            .and_then(|d| d.succ_opt())
            .map(|d| d.to_string());
        (m.date.clone(), last)
    } else {
        (
            due.with_timezone(&user).format(WALL_CLOCK).to_string(),
            None,
        )
    };
    CalendarEvent {
        engagement_title: engagement_title.to_string(),
        mechanism: mechanism.to_string(),
        all_day,
        start,
        end,
        days_left,
        overdue,
        soon,
        official: m.kind.is_official(),
        milestone: m,
    }
}

impl Store {
    /// Every milestone of every engagement (not in the bin), as deadlines relative to `now`,
    /// soonest first.
    pub fn all_deadlines(&self, now: DateTime<Utc>) -> Result<Vec<Deadline>> {
        let mut out = Vec::new();
        for e in self.engagements()? {
            for m in self.milestones(e.id)? {
                out.push(deadline(m, &e.title, &e.mechanism, now));
            }
        }
        out.sort_by(|a, b| {
            a.due
                .parse::<DateTime<chrono::FixedOffset>>()
                .ok()
                .cmp(&b.due.parse().ok())
                .then(a.milestone_id.cmp(&b.milestone_id))
        });
        Ok(out)
    }

    /// Every milestone of every engagement placed on the calendar of a user in zone `user_zone`
    /// (an IANA name; an unknown one falls back to UTC).
    pub fn calendar_view(&self, now: DateTime<Utc>, user_zone: &str) -> Result<CalendarView> {
        let user: Tz = user_zone.parse().unwrap_or(chrono_tz::UTC);
        let mut events = Vec::new();
        for e in self.engagements()? {
            for m in self.milestones(e.id)? {
                events.push(calendar_event(m, &e.title, &e.mechanism, now, user));
            }
        }
        Ok(CalendarView {
            time_zone: user.name().to_string(),
            now: now.with_timezone(&user).format(WALL_CLOCK).to_string(),
            events,
        })
    }

    /// Milestones due from `now` to `days` days ahead, soonest first.
    pub fn deadlines_within(&self, now: DateTime<Utc>, days: u32) -> Result<Vec<Deadline>> {
        // Any number of days is a question a user may ask: past the calendar's end, "until"
        // is the end of time rather than a panic.
        let until = now
            .checked_add_signed(chrono::Duration::days(i64::from(days)))
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        Ok(self
            .all_deadlines(now)?
            .into_iter()
            .filter(|d| {
                let due = d.due.parse::<DateTime<Utc>>().unwrap_or(now);
                due >= now && due <= until
            })
            .collect())
    }

    /// The dashboard: the next 90 days, what passed in the last 30 days, drafts in progress.
    pub fn dashboard(&self, now: DateTime<Utc>) -> Result<Dashboard> {
        let all = self.all_deadlines(now)?;
        let upcoming = self.deadlines_within(now, 90)?;
        let overdue = all
            .into_iter()
            .filter(|d| d.overdue && d.days_left >= -30)
            .collect();
        let drafts = self
            .submission_list(None)?
            .into_iter()
            .filter(|s| s.status.in_progress())
            .collect();
        Ok(Dashboard {
            upcoming,
            overdue,
            drafts,
        })
    }
}

/// The user's time zone, resolved once, here, so that the UI and the CLI agree: the `TZ`
/// environment variable first (as `Europe/Paris` or `:Europe/Paris`), then the system setting,
/// then UTC. Only names known to the time zone database are accepted.
pub fn user_time_zone() -> String {
    let valid = |s: &str| s.parse::<chrono_tz::Tz>().is_ok();
    if let Ok(tz) = std::env::var("TZ") {
        let tz = tz.trim().trim_start_matches(':');
        if valid(tz) {
            return tz.to_string();
        }
    }
    match iana_time_zone::get_timezone() {
        Ok(tz) if valid(&tz) => tz,
        _ => "UTC".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::milestone::GENEVA;

    fn upr_close(date: &str, time: Option<&str>) -> Milestone {
        let d: NaiveDate = date.parse().unwrap();
        let t = time.map(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").unwrap());
        let due = crate::milestone::due_at(d, t, GENEVA.parse().unwrap());
        Milestone {
            id: 1,
            engagement_id: 1,
            kind: MilestoneKind::WindowCloses,
            title: "Window closes".into(),
            date: date.into(),
            end_date: None,
            time: time.map(str::to_string),
            time_zone: GENEVA.into(),
            is_estimate: false,
            basis: String::new(),
            notes: String::new(),
            due: due.to_rfc3339(),
            reminder_days: vec![30, 7, 1],
            by_state: false,
        }
    }

    fn place(date: &str, zone: &str) -> String {
        let now = "2027-01-01T00:00:00Z".parse().unwrap();
        calendar_event(
            upr_close(date, Some("23:59")),
            "UPR",
            "UPR",
            now,
            zone.parse().unwrap(),
        )
        .start
    }

    #[test]
    fn a_2359_geneva_deadline_is_placed_in_the_users_zone_on_both_sides_of_dst() {
        // Both in summer time (8 April 2027): 6 hours behind in New York, 7 ahead in Seoul.
        assert_eq!(
            place("2027-04-08", "America/New_York"),
            "2027-04-08T17:59:00"
        );
        assert_eq!(place("2027-04-08", "Asia/Seoul"), "2027-04-09T06:59:00");
        // Both in winter time (10 February 2027): 6 behind, 8 ahead.
        assert_eq!(
            place("2027-02-10", "America/New_York"),
            "2027-02-10T17:59:00"
        );
        assert_eq!(place("2027-02-10", "Asia/Seoul"), "2027-02-11T07:59:00");
        // New York already in summer time (from 14 March), Geneva not yet (until 28 March).
        assert_eq!(
            place("2027-03-20", "America/New_York"),
            "2027-03-20T18:59:00"
        );
        assert_eq!(place("2027-03-20", GENEVA), "2027-03-20T23:59:00");
    }

    #[test]
    fn a_milestone_without_a_time_or_of_several_days_is_a_whole_day_event_on_its_own_dates() {
        let now = "2027-01-01T00:00:00Z".parse().unwrap();
        let seoul: Tz = "Asia/Seoul".parse().unwrap();
        let e = calendar_event(upr_close("2027-04-08", None), "UPR", "UPR", now, seoul);
        assert!(e.all_day);
        assert_eq!(
            (e.start.as_str(), e.end.as_deref()),
            ("2027-04-08", Some("2027-04-09"))
        );
        let mut session = upr_close("2027-11-01", Some("10:00"));
        session.kind = MilestoneKind::Session;
        session.end_date = Some("2027-11-12".into());
        let e = calendar_event(session, "UPR", "UPR", now, seoul);
        assert!(e.all_day && e.official);
        assert_eq!(e.end.as_deref(), Some("2027-11-13"));
    }

    #[test]
    fn a_dated_milestone_is_the_milestone_plus_its_days_left_in_one_json_object() {
        let now: DateTime<Utc> = "2026-12-01T12:00:00Z".parse().unwrap();
        let ahead = DatedMilestone::at(upr_close("2026-12-08", Some("23:59")), now);
        assert_eq!((ahead.days_left, ahead.overdue), (7, false));
        let json = serde_json::to_value(&ahead).unwrap();
        assert_eq!(json["title"], "Window closes");
        assert_eq!(json["days_left"], 7);
        assert_eq!(json["overdue"], false);
        assert!(json.get("milestone").is_none(), "flattened: {json}");
        let passed = DatedMilestone::at(upr_close("2026-11-28", None), now);
        assert!(passed.days_left < 0 && passed.overdue);
    }

    #[test]
    fn soon_means_due_within_seven_days() {
        let now: DateTime<Utc> = "2027-04-01T22:00:00Z".parse().unwrap();
        let utc = chrono_tz::UTC;
        let e = calendar_event(upr_close("2027-04-08", Some("23:59")), "U", "UPR", now, utc);
        assert!(e.soon, "7 days minus a few minutes ahead");
        let e = calendar_event(upr_close("2027-04-09", Some("23:59")), "U", "UPR", now, utc);
        assert!(!e.soon);
        let e = calendar_event(upr_close("2027-03-31", Some("23:59")), "U", "UPR", now, utc);
        assert!(!e.soon && e.overdue && e.days_left < 0);
    }

    #[test]
    fn the_tz_variable_wins_and_unknown_zones_fall_back() {
        // One test touches TZ, so there is no race between tests on it.
        std::env::set_var("TZ", ":America/Bogota");
        assert_eq!(user_time_zone(), "America/Bogota");
        std::env::set_var("TZ", "Not/AZone");
        let z = user_time_zone();
        assert!(z.parse::<chrono_tz::Tz>().is_ok());
        std::env::remove_var("TZ");
    }
}

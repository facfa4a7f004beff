//! Deadlines: what is due, from every engagement, soonest first — the answer to "what is due
//! next?" on the dashboard and in `cityrights deadlines` — and the calendar's events, placed in
//! the user's time zone here, once, so that the calendar never converts zones itself.

use crate::engagement::Engagement;
pub use crate::milestone::{days_left, DatedMilestone, DeadlineState, MetBy};
use crate::milestone::{Milestone, MilestoneKind};
use crate::model::plan::ActionStatus;
use crate::revision::SentOn;
use crate::store::Store;
use crate::submission::SubmissionSummary;
use crate::Result;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::HashMap;
use ts_rs::TS;

/// "Due soon" on the calendar and the dashboard: within this many days.
pub const SOON_DAYS: i64 = 7;

/// The dashboard's list of what is ahead covers this many days (the next milestone is shown
/// whatever its distance, and missed deadlines whatever their age).
pub const UPCOMING_DAYS: u32 = 90;

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
    /// The city's deadline passed, not met by a submission and not yet marked handled (`state`
    /// is `missed`).
    pub overdue: bool,
    /// The State's step, not the city's: shown as a State report, never overdue.
    pub by_state: bool,
    /// Where it stands: ahead, met, missed, handled or passed.
    pub state: DeadlineState,
    /// The submission that met it (`state` is `met`).
    pub met_by: Option<MetBy>,
    /// When the officer marked it handled (RFC 3339; `state` is `handled`).
    pub handled_at: Option<String>,
}

/// What the dashboard shows (and the sidebar: the next milestone and how many were missed).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Dashboard {
    /// The next milestone still ahead (not met already), whatever its distance; null when
    /// nothing is ahead.
    pub next: Option<Deadline>,
    /// How many days `upcoming` covers ([`UPCOMING_DAYS`]).
    pub upcoming_days: u32,
    /// Milestones due in the next `upcoming_days` days, soonest first (a window already met by
    /// a submission is among them, as `met`).
    pub upcoming: Vec<Deadline>,
    /// Every deadline of the city that passed without being met and is not yet marked handled,
    /// whatever its age, oldest first: it stays here until the officer marks it handled.
    pub overdue: Vec<Deadline>,
    /// Submissions still being written.
    pub drafts: Vec<SubmissionSummary>,
}

/// A judged milestone with its engagement, as the dashboard lists it.
pub(crate) fn deadline(d: DatedMilestone, engagement_title: &str, mechanism: &str) -> Deadline {
    let DatedMilestone {
        milestone: m,
        days_left,
        overdue,
        state,
        met_by,
    } = d;
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
        state,
        met_by,
        handled_at: m.handled_at,
    }
}

/// The submission windows of one engagement that a submission met, by milestone id.
///
/// A window closing (the city's `WindowCloses`) is met by the earliest send of a submission of
/// its engagement dated on or before the day it closes — that day as the UN writes it, in the
/// window's own zone — and after the engagement's previous window closed, so that one send
/// meets one window. `milestones` are the engagement's, in due order; `sends` may hold every
/// engagement's (earliest first, as [`Store::sends`] gives them).
pub fn met_by(milestones: &[Milestone], sends: &[SentOn]) -> HashMap<i64, MetBy> {
    let mut out = HashMap::new();
    let mut previous: Option<&str> = None;
    for m in milestones
        .iter()
        .filter(|m| m.kind == MilestoneKind::WindowCloses && !m.by_state)
    {
        let send = sends.iter().find(|s| {
            s.engagement_id == m.engagement_id
                && s.sent_on.as_str() <= m.date.as_str()
                && previous.is_none_or(|p| s.sent_on.as_str() > p)
        });
        if let Some(s) = send {
            out.insert(
                m.id,
                MetBy {
                    submission_id: s.submission_id,
                    submission_title: s.title.clone(),
                    sent_on: s.sent_on.clone(),
                },
            );
        }
        previous = Some(m.date.as_str());
    }
    out
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
    /// The city's deadline passed, not met and not yet marked handled (`state` is `missed`).
    pub overdue: bool,
    /// Where it stands, as on the dashboard: ahead, met, missed, handled or passed.
    pub state: DeadlineState,
    /// The submission that met it (`state` is `met`).
    pub met_by: Option<MetBy>,
    /// Its last moment has passed (for a session, the end of its last day): the agenda, a list
    /// of what is still to come, leaves it out.
    pub ended: bool,
    /// Due from now to [`SOON_DAYS`] days ahead.
    pub soon: bool,
    /// Set by the UN (not an internal milestone): moving it on the calendar asks first.
    pub official: bool,
}

/// What the calendar screen shows: every milestone (soonest first), the implementation plan's
/// own dates, and "now" in the user's zone.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CalendarView {
    /// The user's IANA zone, as [`user_time_zone`] resolved it.
    pub time_zone: String,
    /// The present moment as wall-clock time in that zone, `YYYY-MM-DDTHH:MM:SS`, so that the
    /// calendar's "today" is the user's today.
    pub now: String,
    pub events: Vec<CalendarEvent>,
    /// The city's own milestones from its implementation plan: actions' due dates and
    /// indicators' target dates, soonest first (see [`plan_dates`]).
    pub plan: Vec<PlanDate>,
}

/// Reminders of the plan's dates: days before (as a milestone's default; not set per item).
pub const PLAN_REMINDER_DAYS: [u32; 3] = [30, 7, 1];

/// Which date of the implementation plan an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PlanDateKind {
    /// An action's due date.
    ActionDue,
    /// An indicator's target date (the date by which its target value should be reached).
    IndicatorTarget,
}

impl PlanDateKind {
    /// The word `plan_reminder_given` keys its rows by (the table the item lives in).
    pub fn item(self) -> &'static str {
        match self {
            PlanDateKind::ActionDue => "action",
            PlanDateKind::IndicatorTarget => "indicator",
        }
    }
}

/// Where a date of the plan stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PlanDateState {
    /// Still ahead, and the work is not done.
    Ahead,
    /// The action is done, or the indicator reached its target (or its action is done).
    Done,
    /// The date passed and the work is not done: the calendar marks it overdue.
    Overdue,
}

/// One of the city's own milestones from its plan, as the calendar, the reminders and the
/// calendar export use it. A date has no time: it is due at the end of its day in the user's
/// zone. Dropped actions (and their indicators) have none: nothing is expected of them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PlanDate {
    pub kind: PlanDateKind,
    /// The action (its own due date, or the action an indicator measures); null for an
    /// indicator that measures a recommendation directly.
    pub action_id: Option<i64>,
    /// The indicator, for an indicator's target date.
    pub indicator_id: Option<i64>,
    /// The action's title, or the indicator's name.
    pub title: String,
    /// For an indicator: the action it measures, or the recommendation it measures
    /// ("A/HRC/59/15, para. 140.7").
    pub context: String,
    /// The lead department of the action (empty when none).
    pub department: String,
    /// The action's status (null for an indicator of a recommendation).
    pub status: Option<ActionStatus>,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The day after (a whole-day event's exclusive end, as [`CalendarEvent::end`]).
    pub end: String,
    /// Whole days from now until the end of that day (negative: passed).
    pub days_left: i64,
    pub state: PlanDateState,
    /// The day has ended (the agenda leaves it out unless it is overdue).
    pub ended: bool,
    /// Due from now to [`SOON_DAYS`] days ahead, and not done.
    pub soon: bool,
    /// It gives reminders ([`PLAN_REMINDER_DAYS`]): not done, not dropped.
    pub reminder_days: Vec<u32>,
}

impl PlanDate {
    /// When it falls due: the end of its day in zone `user`.
    pub fn due_instant(&self, user: Tz) -> Option<DateTime<Utc>> {
        let day = self.date.parse::<NaiveDate>().ok()?;
        Some(crate::milestone::due_at(day, None, user).with_timezone(&Utc))
    }
}

/// The implementation plan's dates, judged at `now` in the user's zone `user`, soonest first:
/// each action's due date (not a dropped one), and each indicator's target date (not one of a
/// dropped action). Done work stays on the calendar as done and gives no reminder.
pub fn plan_dates(store: &Store, now: DateTime<Utc>, user: Tz) -> Result<Vec<PlanDate>> {
    use crate::store::plan::{Action, Indicator};
    let actions = store.actions(None)?;
    let mut out = Vec::new();
    let mut push = |kind,
                    action: Option<&Action>,
                    indicator: Option<&Indicator>,
                    context: String,
                    date: &str,
                    done: bool| {
        let Some(day) = date.parse::<NaiveDate>().ok() else {
            return;
        };
        let due = crate::milestone::due_at(day, None, user).with_timezone(&Utc);
        let ended = due < now;
        let state = if done {
            PlanDateState::Done
        } else if ended {
            PlanDateState::Overdue
        } else {
            PlanDateState::Ahead
        };
        out.push(PlanDate {
            kind,
            action_id: action.map(|a| a.id),
            indicator_id: indicator.map(|i| i.id),
            title: match indicator {
                Some(i) => i.name.clone(),
                None => action.map(|a| a.title.clone()).unwrap_or_default(),
            },
            context,
            department: action.map(|a| a.department.clone()).unwrap_or_default(),
            status: action.map(|a| a.status),
            date: day.to_string(),
            end: day.succ_opt().unwrap_or(day).to_string(),
            days_left: (due - now).num_seconds().div_euclid(86_400),
            state,
            ended,
            soon: !done && !ended && due <= now + Duration::days(SOON_DAYS),
            reminder_days: if done {
                Vec::new()
            } else {
                PLAN_REMINDER_DAYS.to_vec()
            },
        });
    };
    for a in &actions {
        if a.status == ActionStatus::Dropped {
            continue;
        }
        if let Some(due) = &a.due {
            let done = a.status == ActionStatus::Done;
            push(
                PlanDateKind::ActionDue,
                Some(a),
                None,
                String::new(),
                due,
                done,
            );
        }
    }
    for i in store.indicators(None)? {
        let reached = i.progress.is_some_and(|p| p >= 1.0);
        match (i.action, i.recommendation) {
            (Some(id), _) => {
                let Some(a) = actions.iter().find(|a| a.id == id) else {
                    continue;
                };
                if a.status == ActionStatus::Dropped {
                    continue;
                }
                let done = reached || a.status == ActionStatus::Done;
                let context = a.title.clone();
                push(
                    PlanDateKind::IndicatorTarget,
                    Some(a),
                    Some(&i),
                    context,
                    &i.target.date,
                    done,
                );
            }
            (None, Some(r)) => {
                // The context is a label: a recommendation that cannot be read leaves it empty.
                let context = store
                    .recommendation(r)
                    .map(|x| x.reference)
                    .unwrap_or_default();
                push(
                    PlanDateKind::IndicatorTarget,
                    None,
                    Some(&i),
                    context,
                    &i.target.date,
                    reached,
                );
            }
            (None, None) => {}
        }
    }
    out.sort_by(|a, b| {
        (
            &a.date,
            a.kind == PlanDateKind::IndicatorTarget,
            a.action_id,
            a.indicator_id,
        )
            .cmp(&(
                &b.date,
                b.kind == PlanDateKind::IndicatorTarget,
                b.action_id,
                b.indicator_id,
            ))
    });
    Ok(out)
}

const WALL_CLOCK: &str = "%Y-%m-%dT%H:%M:%S";

/// Places one judged milestone on the calendar of a user in zone `user`.
pub fn calendar_event(
    d: DatedMilestone,
    engagement_title: &str,
    mechanism: &str,
    now: DateTime<Utc>,
    user: Tz,
) -> CalendarEvent {
    let m = &d.milestone;
    let due = m.due_instant();
    let ended = match &m.end_date {
        Some(last) => last
            .parse::<NaiveDate>()
            .ok()
            .map(|day| {
                let tz = m.time_zone.parse::<Tz>().unwrap_or(chrono_tz::UTC);
                crate::milestone::due_at(day, None, tz).with_timezone(&Utc) < now
            })
            .unwrap_or(due < now),
        None => due < now,
    };
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
    let official = m.kind.is_official();
    CalendarEvent {
        engagement_title: engagement_title.to_string(),
        mechanism: mechanism.to_string(),
        all_day,
        start,
        end,
        days_left: d.days_left,
        overdue: d.overdue,
        state: d.state,
        met_by: d.met_by,
        ended,
        soon,
        official,
        milestone: d.milestone,
    }
}

impl Store {
    /// Every engagement (not in the bin) with its milestones judged at `now`: days left, and
    /// where each stands (met by a submission, missed, handled…), computed once here for the
    /// dashboard, the calendar, the engagement screens and the reminders.
    pub fn judged_milestones(
        &self,
        now: DateTime<Utc>,
    ) -> Result<Vec<(Engagement, Vec<DatedMilestone>)>> {
        let sends = self.sends()?;
        let mut out = Vec::new();
        for e in self.engagements()? {
            let milestones = self.milestones(e.id)?;
            let dated = judge(milestones, &sends, now);
            out.push((e, dated));
        }
        Ok(out)
    }

    /// The milestones of one engagement judged at `now` (as [`Store::judged_milestones`]).
    pub fn dated_milestones(
        &self,
        engagement_id: i64,
        now: DateTime<Utc>,
    ) -> Result<Vec<DatedMilestone>> {
        let milestones = self.milestones(engagement_id)?;
        Ok(judge(milestones, &self.sends()?, now))
    }

    /// Every milestone of every engagement (not in the bin), as deadlines relative to `now`,
    /// soonest first.
    pub fn all_deadlines(&self, now: DateTime<Utc>) -> Result<Vec<Deadline>> {
        let mut out = Vec::new();
        for (e, dated) in self.judged_milestones(now)? {
            for d in dated {
                out.push(deadline(d, &e.title, &e.mechanism));
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
    /// (an IANA name; an unknown one falls back to UTC), soonest first.
    pub fn calendar_view(&self, now: DateTime<Utc>, user_zone: &str) -> Result<CalendarView> {
        let user: Tz = user_zone.parse().unwrap_or(chrono_tz::UTC);
        let mut events = Vec::new();
        for (e, dated) in self.judged_milestones(now)? {
            for d in dated {
                events.push(calendar_event(d, &e.title, &e.mechanism, now, user));
            }
        }
        events.sort_by(|a, b| {
            (a.milestone.due_instant(), a.milestone.id)
                .cmp(&(b.milestone.due_instant(), b.milestone.id))
        });
        Ok(CalendarView {
            time_zone: user.name().to_string(),
            now: now.with_timezone(&user).format(WALL_CLOCK).to_string(),
            events,
            plan: plan_dates(self, now, user)?,
        })
    }

    /// Milestones due from `now` to `days` days ahead, soonest first.
    pub fn deadlines_within(&self, now: DateTime<Utc>, days: u32) -> Result<Vec<Deadline>> {
        Ok(self
            .all_deadlines(now)?
            .into_iter()
            .filter(|d| due_within(d, now, days))
            .collect())
    }

    /// The dashboard: the next milestone whatever its distance, the next
    /// [`UPCOMING_DAYS`] days, every missed deadline not yet handled, drafts in progress.
    pub fn dashboard(&self, now: DateTime<Utc>) -> Result<Dashboard> {
        let all = self.all_deadlines(now)?;
        let next = all
            .iter()
            .find(|d| d.state == DeadlineState::Ahead)
            .cloned();
        let upcoming = all
            .iter()
            .filter(|d| due_within(d, now, UPCOMING_DAYS))
            .cloned()
            .collect();
        let overdue = all
            .into_iter()
            .filter(|d| d.state == DeadlineState::Missed)
            .collect();
        let drafts = self
            .submission_list(None)?
            .into_iter()
            .filter(|s| s.status.in_progress())
            .collect();
        Ok(Dashboard {
            next,
            upcoming_days: UPCOMING_DAYS,
            upcoming,
            overdue,
            drafts,
        })
    }
}

/// The milestones of one engagement (in due order) judged at `now` against the sends.
fn judge(milestones: Vec<Milestone>, sends: &[SentOn], now: DateTime<Utc>) -> Vec<DatedMilestone> {
    let mut met = met_by(&milestones, sends);
    milestones
        .into_iter()
        .map(|m| {
            let by = met.remove(&m.id);
            DatedMilestone::judged(m, now, by)
        })
        .collect()
}

/// Due from `now` to `days` days ahead. Any number of days is a question a user may ask: past
/// the calendar's end, "until" is the end of time rather than a panic.
fn due_within(d: &Deadline, now: DateTime<Utc>, days: u32) -> bool {
    let until = now
        .checked_add_signed(Duration::days(i64::from(days)))
        .unwrap_or(DateTime::<Utc>::MAX_UTC);
    let due = d.due.parse::<DateTime<Utc>>().unwrap_or(now);
    due >= now && due <= until
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
            handled_at: None,
        }
    }

    fn place(date: &str, zone: &str) -> String {
        let now = "2027-01-01T00:00:00Z".parse().unwrap();
        calendar_event(
            DatedMilestone::at(upr_close(date, Some("23:59")), now),
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
        let e = calendar_event(
            DatedMilestone::at(upr_close("2027-04-08", None), now),
            "UPR",
            "UPR",
            now,
            seoul,
        );
        assert!(e.all_day);
        assert_eq!(
            (e.start.as_str(), e.end.as_deref()),
            ("2027-04-08", Some("2027-04-09"))
        );
        let mut session = upr_close("2027-11-01", Some("10:00"));
        session.kind = MilestoneKind::Session;
        session.end_date = Some("2027-11-12".into());
        let e = calendar_event(DatedMilestone::at(session, now), "UPR", "UPR", now, seoul);
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
        let e = calendar_event(
            DatedMilestone::at(upr_close("2027-04-08", Some("23:59")), now),
            "U",
            "UPR",
            now,
            utc,
        );
        assert!(e.soon, "7 days minus a few minutes ahead");
        let e = calendar_event(
            DatedMilestone::at(upr_close("2027-04-09", Some("23:59")), now),
            "U",
            "UPR",
            now,
            utc,
        );
        assert!(!e.soon);
        let e = calendar_event(
            DatedMilestone::at(upr_close("2027-03-31", Some("23:59")), now),
            "U",
            "UPR",
            now,
            utc,
        );
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

//! Reminders: N days before a milestone (30, 7 and 1 by default; set per milestone), each given
//! exactly once.
//!
//! Tauri's notification plugin cannot schedule anything on the desktop, so the schedule is ours:
//! the shell calls [`Scheduler::tick`] every minute while the app runs and shows each reminder as
//! a desktop notification; at start-up it takes what fell due while the app was closed for the
//! "due soon" banner. Time comes from a [`Clock`] and notifications go to a [`Notifier`], two
//! traits, so the scheduler is tested with a fake clock and no notification daemon.
//!
//! "Exactly once" is kept in the database (`reminder_given`), so a restart does not repeat a
//! reminder, and two reminders that fall due together (a milestone added 3 days before it is due
//! has passed its 30- and 7-day marks) are given as one: the nearest.

use crate::calendar::{deadline, plan_dates, Deadline, DeadlineState, PlanDate, PlanDateKind};
use crate::milestone::Milestone;
use crate::model::language::{self, Arg};
use crate::store::Store;
use crate::Result;
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

/// How long after a deadline it is still worth saying it was missed.
pub const MISSED_WITHIN_DAYS: i64 = 30;

/// Where the scheduler gets the time: the system clock in the app, a fake one in tests.
pub trait Clock {
    fn now(&self) -> DateTime<Utc>;
}

/// The computer's clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// Where reminders go: a desktop notification in the app, a list in tests.
pub trait Notifier {
    /// Shows one reminder. An error is reported by the caller; the reminder still counts as given
    /// (a notification that cannot be shown now would otherwise be retried every minute).
    fn notify(&self, reminder: &Reminder) -> std::result::Result<(), String>;
    /// Shows one reminder of the implementation plan (the same way).
    fn notify_plan(&self, reminder: &PlanReminder) -> std::result::Result<(), String>;
}

/// One reminder that has come due: the milestone as the dashboard shows it (its engagement,
/// when it is due, days left), and which reminder this is.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Reminder {
    #[serde(flatten)]
    pub deadline: Deadline,
    /// The reminder this is (30, 7, 1… days before).
    pub days_before: u32,
    /// It passed while nobody was reminded (the app was closed), and the city had to act.
    pub missed: bool,
}

impl Reminder {
    /// The notification's title, e.g. "UPR: Submission window closes is due in 7 days".
    pub fn heading(&self) -> String {
        self.heading_in(language::FALLBACK)
    }

    /// [`Reminder::heading`] in `lang` (the interface's).
    pub fn heading_in(&self, lang: &str) -> String {
        let d = &self.deadline;
        let args = [
            ("mechanism", Arg::from(d.mechanism.as_str())),
            ("title", Arg::from(d.title.as_str())),
            ("days", Arg::from(d.days_left)),
        ];
        language::text(lang, when_key(self.missed, d.days_left, false), &args)
    }

    /// The notification's text: when exactly, in the milestone's own zone, and for what.
    pub fn body(&self) -> String {
        self.body_in(language::FALLBACK)
    }

    /// [`Reminder::body`] in `lang`.
    pub fn body_in(&self, lang: &str) -> String {
        let d = &self.deadline;
        let time = match &d.time {
            Some(t) => t.clone(),
            None => language::text(lang, "compliance.end_of_day", &[]),
        };
        let key = if d.is_estimate {
            "notification.body_estimate"
        } else {
            "notification.body"
        };
        language::text(
            lang,
            key,
            &[
                (
                    "date",
                    language::date(lang, "core.short_date_pattern", &d.date).into(),
                ),
                ("time", time.into()),
                ("zone", d.time_zone.as_str().into()),
                ("engagement", d.engagement_title.as_str().into()),
            ],
        )
    }
}

/// The catalogue's heading of a reminder: missed, due today, tomorrow, or in some days.
fn when_key(missed: bool, days_left: i64, plan: bool) -> &'static str {
    match (plan, missed, days_left) {
        (false, true, _) => "notification.missed",
        (false, false, d) if d <= 0 => "notification.due_today",
        (false, false, 1) => "notification.due_tomorrow",
        (false, false, _) => "notification.due_in",
        (true, true, _) => "notification.plan_missed",
        (true, false, d) if d <= 0 => "notification.plan_due_today",
        (true, false, 1) => "notification.plan_due_tomorrow",
        (true, false, _) => "notification.plan_due_in",
    }
}

/// One reminder of the implementation plan's own dates (an action's due date, an indicator's
/// target date) that has come due; given once, like a milestone's.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PlanReminder {
    #[serde(flatten)]
    pub date: PlanDate,
    /// The reminder this is (30, 7 or 1 days before).
    pub days_before: u32,
    /// The date passed while nobody was reminded (the app was closed) and the work is not done.
    pub missed: bool,
}

impl PlanReminder {
    /// The notification's title, e.g. "Plan: Open two shelters is due in 7 days".
    pub fn heading(&self) -> String {
        self.heading_in(language::FALLBACK)
    }

    /// [`PlanReminder::heading`] in `lang` (the interface's).
    pub fn heading_in(&self, lang: &str) -> String {
        let d = &self.date;
        let what = match d.kind {
            PlanDateKind::ActionDue => d.title.clone(),
            PlanDateKind::IndicatorTarget => language::text(
                lang,
                "notification.plan_target",
                &[("title", d.title.as_str().into())],
            ),
        };
        let args = [("what", Arg::from(what)), ("days", Arg::from(d.days_left))];
        language::text(lang, when_key(self.missed, d.days_left, true), &args)
    }

    /// The notification's text: the date, and the action or recommendation it belongs to.
    pub fn body(&self) -> String {
        self.body_in(language::FALLBACK)
    }

    /// [`PlanReminder::body`] in `lang`.
    pub fn body_in(&self, lang: &str) -> String {
        let d = &self.date;
        let date = language::date(lang, "core.short_date_pattern", &d.date);
        let mut parts = vec![language::text(
            lang,
            "notification.plan_date",
            &[("date", date.into())],
        )];
        if !d.context.is_empty() {
            parts.push(d.context.clone());
        }
        if !d.department.is_empty() {
            parts.push(d.department.clone());
        }
        parts.join(" — ")
    }
}

/// A reminder mark of one milestone: due at `at`.
struct Mark {
    days_before: u32,
    at: DateTime<Utc>,
}

fn marks(m: &Milestone) -> Vec<Mark> {
    let due = m.due_instant();
    m.reminder_days
        .iter()
        .map(|&d| Mark {
            days_before: d,
            at: due - Duration::days(i64::from(d)),
        })
        .collect()
}

impl Store {
    /// Takes the reminders that have come due by `now` and were not given yet, records them as
    /// given (in one transaction), and returns one per milestone — the nearest — soonest first.
    ///
    /// A reminder mark is due once `now` has reached it. Once a milestone has passed, only one
    /// that needed the city's action and passed within [`MISSED_WITHIN_DAYS`] is reported (as
    /// missed); the marks of the others are recorded silently.
    pub fn take_due_reminders(&mut self, now: DateTime<Utc>) -> Result<Vec<Reminder>> {
        let mut out = Vec::new();
        let mut record: Vec<(i64, u32)> = Vec::new();
        for (e, dated) in self.judged_milestones(now)? {
            for d in dated {
                let m = &d.milestone;
                let given = self.reminders_given(m.id)?;
                let due_marks: Vec<Mark> = marks(m)
                    .into_iter()
                    .filter(|k| k.at <= now && !given.contains(&k.days_before))
                    .collect();
                let Some(nearest) = due_marks.iter().min_by_key(|k| k.days_before) else {
                    continue;
                };
                record.extend(due_marks.iter().map(|k| (m.id, k.days_before)));
                let days_before = nearest.days_before;
                let passed = m.due_instant() < now;
                let too_old = now - m.due_instant() > Duration::days(MISSED_WITHIN_DAYS);
                let deadline = deadline(d, &e.title, &e.mechanism);
                // A window a submission already met needs no reminder: its marks are recorded
                // silently, like those of a date that passed long ago.
                if deadline.state == DeadlineState::Met
                    || (passed && (!deadline.overdue || too_old))
                {
                    continue;
                }
                out.push(Reminder {
                    deadline,
                    days_before,
                    missed: passed,
                });
            }
        }
        if !record.is_empty() {
            let at = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            self.record_reminders_given(&record, &at)?;
        }
        out.sort_by_key(|r| {
            let due = DateTime::parse_from_rfc3339(&r.deadline.due).map(|d| d.with_timezone(&Utc));
            (due.ok(), r.deadline.milestone_id)
        });
        Ok(out)
    }
}

impl Store {
    /// Takes the implementation plan's reminders that have come due by `now` (dates read in
    /// the user's zone `user_zone`) and were not given yet, records them as given, and returns
    /// one per date — the nearest — soonest first. Done work and dropped actions give none; a
    /// date that passed is reported once as missed within [`MISSED_WITHIN_DAYS`], and its marks
    /// recorded silently after that. Moving a date makes its reminders due again.
    pub fn take_due_plan_reminders(
        &mut self,
        now: DateTime<Utc>,
        user_zone: &str,
    ) -> Result<Vec<PlanReminder>> {
        let user: chrono_tz::Tz = user_zone.parse().unwrap_or(chrono_tz::UTC);
        let given = self.plan_reminders_given()?;
        let mut out = Vec::new();
        let mut record = Vec::new();
        for date in plan_dates(self, now, user)? {
            let Some(due) = date.due_instant(user) else {
                continue;
            };
            let item = date.kind.item();
            let Some(id) = (match date.kind {
                PlanDateKind::ActionDue => date.action_id,
                PlanDateKind::IndicatorTarget => date.indicator_id,
            }) else {
                continue;
            };
            let due_marks: Vec<u32> = date
                .reminder_days
                .iter()
                .copied()
                .filter(|&d| {
                    due - Duration::days(i64::from(d)) <= now
                        && !given.contains(&(item.to_string(), id, date.date.clone(), d))
                })
                .collect();
            let Some(&nearest) = due_marks.iter().min() else {
                continue;
            };
            record.extend(due_marks.iter().map(|&d| (item, id, date.date.clone(), d)));
            let passed = due < now;
            if passed && now - due > Duration::days(MISSED_WITHIN_DAYS) {
                continue;
            }
            out.push(PlanReminder {
                date,
                days_before: nearest,
                missed: passed,
            });
        }
        if !record.is_empty() {
            let at = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            self.record_plan_reminders_given(&record, &at)?;
        }
        Ok(out)
    }
}

/// Gives reminders on time: the core of the shell's background timer.
pub struct Scheduler<C: Clock> {
    clock: C,
}

impl<C: Clock> Scheduler<C> {
    pub fn new(clock: C) -> Self {
        Scheduler { clock }
    }

    /// At start-up: what came due while the app was closed, for the "due soon" banner. They
    /// count as given, so the first tick does not notify them again.
    pub fn at_startup(&self, store: &mut Store) -> Result<Vec<Reminder>> {
        store.take_due_reminders(self.clock.now())
    }

    /// At start-up, the implementation plan's reminders that came due while the app was
    /// closed (dates read in the user's zone, [`crate::calendar::user_time_zone`]).
    pub fn plan_at_startup(&self, store: &mut Store) -> Result<Vec<PlanReminder>> {
        store.take_due_plan_reminders(self.clock.now(), &crate::calendar::user_time_zone())
    }

    /// One tick of the timer for the plan's dates, as [`Scheduler::tick`] for milestones.
    pub fn tick_plan(
        &self,
        store: &mut Store,
        notifier: &dyn Notifier,
    ) -> Result<Vec<(PlanReminder, Option<String>)>> {
        let due =
            store.take_due_plan_reminders(self.clock.now(), &crate::calendar::user_time_zone())?;
        Ok(due
            .into_iter()
            .map(|r| {
                let error = notifier.notify_plan(&r).err();
                (r, error)
            })
            .collect())
    }

    /// One tick of the timer: gives every reminder that has come due since the last tick to
    /// `notifier`, once. Returns them, with the error of any that could not be shown.
    pub fn tick(
        &self,
        store: &mut Store,
        notifier: &dyn Notifier,
    ) -> Result<Vec<(Reminder, Option<String>)>> {
        let due = store.take_due_reminders(self.clock.now())?;
        Ok(due
            .into_iter()
            .map(|r| {
                let error = notifier.notify(&r).err();
                (r, error)
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engagement::EngagementInput;
    use crate::milestone::{MilestoneInput, MilestoneKind, GENEVA};
    use std::cell::{Cell, RefCell};

    struct FakeClock(Cell<DateTime<Utc>>);

    impl FakeClock {
        fn at(s: &str) -> Self {
            FakeClock(Cell::new(s.parse().unwrap()))
        }
        fn set(&self, s: &str) {
            self.0.set(s.parse().unwrap());
        }
    }

    impl Clock for &FakeClock {
        fn now(&self) -> DateTime<Utc> {
            self.0.get()
        }
    }

    #[derive(Default)]
    struct Shown(RefCell<Vec<String>>);

    impl Notifier for Shown {
        fn notify(&self, r: &Reminder) -> std::result::Result<(), String> {
            self.0
                .borrow_mut()
                .push(format!("{} {}", r.deadline.title, r.days_before));
            Ok(())
        }

        fn notify_plan(&self, r: &PlanReminder) -> std::result::Result<(), String> {
            self.0
                .borrow_mut()
                .push(format!("plan {} {}", r.date.title, r.days_before));
            Ok(())
        }
    }

    impl Shown {
        fn take(&self) -> Vec<String> {
            std::mem::take(&mut *self.0.borrow_mut())
        }
    }

    fn store_with(
        kind: MilestoneKind,
        date: &str,
        time: Option<&str>,
        days: Option<&str>,
    ) -> (tempfile::TempDir, Store, i64) {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let e = s
            .create_engagement(&EngagementInput {
                mechanism: "UPR".into(),
                title: "UPR of Exampleland".into(),
                ..Default::default()
            })
            .unwrap();
        let m = s
            .add_milestone(
                e.id,
                &MilestoneInput {
                    kind: Some(kind),
                    title: "Window closes".into(),
                    date: date.into(),
                    time: time.map(str::to_string),
                    time_zone: GENEVA.into(),
                    reminder_days: days.map(str::to_string),
                    ..Default::default()
                },
            )
            .unwrap();
        (dir, s, m.id)
    }

    #[test]
    fn each_reminder_is_given_exactly_once_at_its_time() {
        // Due 8 April 2027, 23:59 Geneva (21:59 UTC).
        let (_d, mut s, _) = store_with(
            MilestoneKind::WindowCloses,
            "2027-04-08",
            Some("23:59"),
            None,
        );
        let clock = FakeClock::at("2027-03-01T00:00:00Z");
        let scheduler = Scheduler::new(&clock);
        let shown = Shown::default();
        assert!(scheduler.tick(&mut s, &shown).unwrap().is_empty());
        // One minute before the 30-day mark: nothing; at it: once; a minute later: nothing more.
        clock.set("2027-03-09T21:58:00Z");
        scheduler.tick(&mut s, &shown).unwrap();
        assert!(shown.take().is_empty());
        clock.set("2027-03-09T21:59:00Z");
        scheduler.tick(&mut s, &shown).unwrap();
        assert_eq!(shown.take(), ["Window closes 30"]);
        clock.set("2027-03-09T22:00:00Z");
        scheduler.tick(&mut s, &shown).unwrap();
        assert!(shown.take().is_empty());
        clock.set("2027-04-01T21:59:00Z");
        scheduler.tick(&mut s, &shown).unwrap();
        assert_eq!(shown.take(), ["Window closes 7"]);
        clock.set("2027-04-07T21:59:30Z");
        let given = scheduler.tick(&mut s, &shown).unwrap();
        assert_eq!(given[0].0.deadline.days_left, 0);
        assert!(
            given[0].0.heading().contains("is due today"),
            "{}",
            given[0].0.heading()
        );
        // The desktop notification speaks the interface's language.
        let r = &given[0].0;
        assert!(
            r.heading_in("fr")
                .ends_with("« Window closes », échéance aujourd’hui"),
            "{}",
            r.heading_in("fr")
        );
        assert!(
            r.heading_in("ar")
                .contains("يحين موعد «Window closes» اليوم"),
            "{}",
            r.heading_in("ar")
        );
        assert!(
            r.body_in("fr").starts_with("jeu. 8 avril 2027 23:59"),
            "{}",
            r.body_in("fr")
        );
        assert_eq!(shown.take(), ["Window closes 1"]);
        // After it passed, while the app ran: nothing is repeated.
        clock.set("2027-04-09T08:00:00Z");
        scheduler.tick(&mut s, &shown).unwrap();
        assert!(shown.take().is_empty());
    }

    #[test]
    fn reminders_survive_a_restart_and_are_not_repeated() {
        let (dir, mut s, _) = store_with(MilestoneKind::Internal, "2027-04-08", None, None);
        let clock = FakeClock::at("2027-04-02T00:00:00Z");
        let scheduler = Scheduler::new(&clock);
        assert_eq!(scheduler.at_startup(&mut s).unwrap().len(), 1);
        drop(s);
        let mut s = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        assert!(scheduler.at_startup(&mut s).unwrap().is_empty());
    }

    #[test]
    fn marks_passed_together_are_given_as_one_the_nearest() {
        let (_d, mut s, _) = store_with(MilestoneKind::WindowCloses, "2027-04-08", None, None);
        let clock = FakeClock::at("2027-04-05T12:00:00Z");
        let due = Scheduler::new(&clock).at_startup(&mut s).unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].days_before, 7);
        assert!(!due[0].missed);
        assert_eq!(due[0].deadline.days_left, 3);
    }

    #[test]
    fn a_deadline_missed_while_the_app_was_closed_is_reported_once_as_missed() {
        let (_d, mut s, _) = store_with(MilestoneKind::WindowCloses, "2027-04-08", None, None);
        let clock = FakeClock::at("2027-04-12T08:00:00Z");
        let scheduler = Scheduler::new(&clock);
        let due = scheduler.at_startup(&mut s).unwrap();
        assert_eq!(due.len(), 1);
        assert!(due[0].missed);
        assert!(due[0].heading().contains("has passed"));
        assert!(scheduler.at_startup(&mut s).unwrap().is_empty());
    }

    #[test]
    fn a_session_that_took_place_or_an_old_deadline_is_not_reported() {
        let (_d, mut s, _) = store_with(MilestoneKind::Session, "2027-04-08", None, None);
        let clock = FakeClock::at("2027-04-12T08:00:00Z");
        assert!(Scheduler::new(&clock)
            .at_startup(&mut s)
            .unwrap()
            .is_empty());
        let (_d, mut s, _) = store_with(MilestoneKind::WindowCloses, "2027-01-08", None, None);
        assert!(Scheduler::new(&clock)
            .at_startup(&mut s)
            .unwrap()
            .is_empty());
    }

    #[test]
    fn reminder_days_are_set_per_milestone_and_a_change_of_date_reminds_again() {
        let (_d, mut s, id) = store_with(
            MilestoneKind::Internal,
            "2027-04-08",
            Some("09:00"),
            Some("14, 2"),
        );
        assert_eq!(s.milestone(id).unwrap().reminder_days, [14, 2]);
        let clock = FakeClock::at("2027-04-06T08:00:00Z");
        let scheduler = Scheduler::new(&clock);
        let shown = Shown::default();
        scheduler.tick(&mut s, &shown).unwrap();
        assert_eq!(shown.take(), ["Window closes 2"]);
        // Moved a week later: its reminders start again, for the new date (now 9 days ahead,
        // so the 14-day one is due at once, and the 2-day one later).
        s.move_milestone(id, 7).unwrap();
        scheduler.tick(&mut s, &shown).unwrap();
        assert_eq!(shown.take(), ["Window closes 14"]);
        clock.set("2027-04-13T07:00:00Z");
        scheduler.tick(&mut s, &shown).unwrap();
        assert_eq!(shown.take(), ["Window closes 2"]);
        // No reminders at all.
        let m = s.milestone(id).unwrap();
        let input = MilestoneInput {
            kind: Some(m.kind),
            title: m.title,
            date: "2027-05-01".into(),
            time_zone: m.time_zone,
            reminder_days: Some(String::new()),
            ..Default::default()
        };
        assert!(s
            .update_milestone(id, &input)
            .unwrap()
            .reminder_days
            .is_empty());
        clock.set("2027-05-01T07:00:00Z");
        scheduler.tick(&mut s, &shown).unwrap();
        assert!(shown.take().is_empty());
    }

    #[test]
    fn bad_reminder_days_get_a_plain_message_on_their_field() {
        for bad in ["thirty", "7, -1", "400", "1,2,3,4,5,6,7,8,9,10,11"] {
            let e = crate::milestone::parse_reminder_days("reminder_days", bad).unwrap_err();
            assert_eq!(e.field(), Some("reminder_days"), "{bad}");
        }
        assert_eq!(
            crate::milestone::parse_reminder_days("r", " 1, 30 7;7 ").unwrap(),
            [30, 7, 1]
        );
    }
}

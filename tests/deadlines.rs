//! Deadlines that cannot hide (issue #20): the dashboard shows the next milestone whatever its
//! distance and every missed deadline of the city until the officer marks it handled; a window
//! met by a submission shows as met; the calendar, the engagement screen and
//! `cityrights deadlines` say the same. Also: time zones written as cities, and titles that no
//! longer say "(estimate)" once the box is unticked.

use assert_cmd::Command;
use chrono::{DateTime, Duration, Utc};
use cityrights::calendar::DeadlineState;
use cityrights::document::{Block, Content};
use cityrights::engagement::EngagementInput;
use cityrights::milestone::{MilestoneInput, MilestoneKind};
use cityrights::submission::{NewSection, SubmissionInput};
use cityrights::Store;
use std::path::Path;

/// A fixed "now": 6 December 2026, 10:00 UTC.
fn now() -> DateTime<Utc> {
    "2026-12-06T10:00:00Z".parse().unwrap()
}

/// The day `days` days from [`now`], `YYYY-MM-DD`.
fn day(days: i64) -> String {
    (now() + Duration::days(days)).date_naive().to_string()
}

fn ms(kind: MilestoneKind, title: &str, date: &str) -> MilestoneInput {
    MilestoneInput {
        kind: Some(kind),
        title: title.into(),
        date: date.into(),
        time: Some("23:59".into()),
        time_zone: "Europe/Zurich".into(),
        ..Default::default()
    }
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("d.sqlite3")).unwrap();
    (dir, s)
}

fn upr(s: &mut Store, title: &str) -> i64 {
    s.create_engagement(&EngagementInput {
        mechanism: "UPR".into(),
        title: title.into(),
        ..Default::default()
    })
    .unwrap()
    .id
}

/// A submission of `engagement` with some text, marked as sent on `sent_on`.
fn sent(dir: &Path, s: &mut Store, engagement: i64, sent_on: &str) -> i64 {
    let sub = s
        .create_submission_with(
            engagement,
            &SubmissionInput {
                title: format!("Sent on {sent_on}"),
                ..Default::default()
            },
            vec![NewSection {
                title: "Housing".into(),
                content: Content {
                    blocks: vec![Block::para("The city built 1,250 homes.")],
                },
                guidance: String::new(),
            }],
        )
        .unwrap();
    let file = dir.join(format!("sent-{}.docx", sub.id));
    std::fs::write(&file, b"the file that went to Geneva").unwrap();
    s.mark_submitted(sub.id, sent_on, "UPR online submission system", &file)
        .unwrap();
    sub.id
}

#[test]
fn the_dashboard_shows_the_next_milestone_beyond_90_days_and_a_missed_window_of_any_age() {
    let (_d, mut s) = store();
    let e = upr(&mut s, "UPR of Slovenia, 5th cycle");
    // The window closed 64 days ago (beyond the old 30-day view); the session is 148 days away.
    let window = s
        .add_milestone(
            e,
            &ms(MilestoneKind::WindowCloses, "Window closes", &day(-64)),
        )
        .unwrap();
    let session = s
        .add_milestone(
            e,
            &ms(MilestoneKind::Session, "Working Group session", &day(148)),
        )
        .unwrap();
    let d = s.dashboard(now()).unwrap();
    assert!(d.upcoming.is_empty(), "nothing in the next 90 days");
    assert_eq!(d.upcoming_days, 90);
    let next = d.next.expect("the session is the next milestone");
    assert_eq!(next.milestone_id, session.id);
    assert_eq!(next.days_left, 148);
    assert_eq!(next.state, DeadlineState::Ahead);
    assert_eq!(d.overdue.len(), 1);
    assert_eq!(d.overdue[0].milestone_id, window.id);
    assert_eq!(d.overdue[0].state, DeadlineState::Missed);
    assert!(d.overdue[0].overdue);

    // The calendar says the same of both, and lists the events soonest first.
    let v = s.calendar_view(now(), "Europe/Zurich").unwrap();
    let ids: Vec<i64> = v.events.iter().map(|e| e.milestone.id).collect();
    assert_eq!(ids, vec![window.id, session.id]);
    assert_eq!(v.events[0].state, DeadlineState::Missed);
    assert!(v.events[0].overdue && v.events[0].ended);
    assert_eq!(v.events[1].state, DeadlineState::Ahead);
    assert!(!v.events[1].ended);
}

#[test]
fn a_missed_deadline_stays_until_it_is_marked_handled_and_the_mark_can_be_undone() {
    let (_d, mut s) = store();
    let e = upr(&mut s, "UPR");
    let window = s
        .add_milestone(
            e,
            &ms(MilestoneKind::WindowCloses, "Window closes", &day(-400)),
        )
        .unwrap();
    assert_eq!(
        s.dashboard(now()).unwrap().overdue.len(),
        1,
        "a year on, still shown"
    );

    let handled = s.set_milestone_handled(window.id, true, now()).unwrap();
    assert_eq!(handled.handled_at.as_deref(), Some("2026-12-06T10:00:00Z"));
    let d = s.dashboard(now()).unwrap();
    assert!(d.overdue.is_empty(), "handled: off the dashboard");
    let all = s.all_deadlines(now()).unwrap();
    assert_eq!(all[0].state, DeadlineState::Handled);
    assert!(!all[0].overdue);
    assert_eq!(all[0].handled_at.as_deref(), Some("2026-12-06T10:00:00Z"));
    let v = s.calendar_view(now(), "UTC").unwrap();
    assert_eq!(v.events[0].state, DeadlineState::Handled);
    assert!(!v.events[0].overdue, "the calendar agrees");
    let detail = s.engagement_detail_at(e, now()).unwrap();
    assert_eq!(detail.milestones[0].state, DeadlineState::Handled);
    // Marking it again keeps the first time.
    let again = s
        .set_milestone_handled(window.id, true, now() + Duration::hours(1))
        .unwrap();
    assert_eq!(again.handled_at.as_deref(), Some("2026-12-06T10:00:00Z"));

    // Undo: missed again, on the dashboard again.
    let undone = s.set_milestone_handled(window.id, false, now()).unwrap();
    assert_eq!(undone.handled_at, None);
    assert_eq!(s.dashboard(now()).unwrap().overdue.len(), 1);

    // Handled, then moved to another date: the new date can be missed in its turn.
    s.set_milestone_handled(window.id, true, now()).unwrap();
    let moved = s.move_milestone(window.id, 2).unwrap();
    assert_eq!(moved.handled_at, None);
    // Editing it without moving it keeps the mark.
    s.set_milestone_handled(window.id, true, now()).unwrap();
    let input = MilestoneInput {
        notes: "Asked OHCHR for a late submission.".into(),
        ..ms(MilestoneKind::WindowCloses, "Window closes", &moved.date)
    };
    assert!(s
        .update_milestone(window.id, &input)
        .unwrap()
        .handled_at
        .is_some());
}

#[test]
fn only_a_passed_deadline_of_the_city_can_be_marked_handled() {
    let (_d, mut s) = store();
    let e = upr(&mut s, "UPR");
    let ahead = s
        .add_milestone(
            e,
            &ms(MilestoneKind::WindowCloses, "Window closes", &day(10)),
        )
        .unwrap();
    let err = s.set_milestone_handled(ahead.id, true, now()).unwrap_err();
    assert!(err.to_string().contains("has not passed yet"), "{err}");
    let session = s
        .add_milestone(e, &ms(MilestoneKind::Session, "Session", &day(-10)))
        .unwrap();
    let err = s
        .set_milestone_handled(session.id, true, now())
        .unwrap_err();
    assert!(
        err.to_string().contains("asks nothing of the city"),
        "{err}"
    );
    let state = s
        .add_milestone(
            e,
            &MilestoneInput {
                by_state: true,
                ..ms(MilestoneKind::FollowUpDue, "State's report", &day(-10))
            },
        )
        .unwrap();
    assert!(s.set_milestone_handled(state.id, true, now()).is_err());
    // Neither a session nor a State's step is ever missed.
    let states: Vec<DeadlineState> = s
        .all_deadlines(now())
        .unwrap()
        .iter()
        .map(|d| d.state)
        .collect();
    assert_eq!(
        states,
        vec![
            DeadlineState::Passed,
            DeadlineState::Passed,
            DeadlineState::Ahead
        ]
    );
    // Unmarking is always allowed (nothing to undo is not an error).
    assert!(s.set_milestone_handled(ahead.id, false, now()).is_ok());
}

#[test]
fn a_window_met_by_a_submission_shows_as_met_not_due_or_missed() {
    let (dir, mut s) = store();
    let e = upr(&mut s, "UPR of Slovenia");
    let other = upr(&mut s, "Another engagement");
    let past = s
        .add_milestone(
            e,
            &ms(MilestoneKind::WindowCloses, "Window closes", &day(-20)),
        )
        .unwrap();
    let ahead = s
        .add_milestone(
            e,
            &ms(
                MilestoneKind::WindowCloses,
                "Second window closes",
                &day(30),
            ),
        )
        .unwrap();
    let late_window = s
        .add_milestone(
            other,
            &ms(MilestoneKind::WindowCloses, "Window closes", &day(-20)),
        )
        .unwrap();
    // A submission of the first engagement sent on the day the first window closed; one of the
    // other engagement sent a day late.
    let sub = sent(dir.path(), &mut s, e, &day(-20));
    sent(dir.path(), &mut s, other, &day(-19));

    let all = s.all_deadlines(now()).unwrap();
    let of = |id: i64| all.iter().find(|d| d.milestone_id == id).unwrap();
    assert_eq!(of(past.id).state, DeadlineState::Met);
    assert!(!of(past.id).overdue);
    let by = of(past.id).met_by.clone().unwrap();
    assert_eq!(
        (by.submission_id, by.sent_on.as_str()),
        (sub, day(-20).as_str())
    );
    // One send meets one window: the second window is still ahead.
    assert_eq!(of(ahead.id).state, DeadlineState::Ahead);
    assert!(of(ahead.id).met_by.is_none());
    // Sent a day late, in another engagement: missed.
    assert_eq!(of(late_window.id).state, DeadlineState::Missed);

    let d = s.dashboard(now()).unwrap();
    assert_eq!(
        d.overdue.iter().map(|x| x.milestone_id).collect::<Vec<_>>(),
        vec![late_window.id]
    );
    assert_eq!(d.next.unwrap().milestone_id, ahead.id);

    // Sent early for the second window: it shows as met before it closes, is no longer "next",
    // and gives no reminder.
    let early = sent(dir.path(), &mut s, e, &day(-1));
    let d = s.dashboard(now()).unwrap();
    let second = d
        .upcoming
        .iter()
        .find(|x| x.milestone_id == ahead.id)
        .unwrap();
    assert_eq!(second.state, DeadlineState::Met);
    assert_eq!(second.met_by.as_ref().unwrap().submission_id, early);
    assert!(d.next.is_none(), "nothing else is ahead");
    let v = s.calendar_view(now(), "UTC").unwrap();
    let ev = v
        .events
        .iter()
        .find(|x| x.milestone.id == ahead.id)
        .unwrap();
    assert_eq!(ev.state, DeadlineState::Met);
    let reminders = s.take_due_reminders(now() + Duration::days(29)).unwrap();
    assert!(
        reminders
            .iter()
            .all(|r| r.deadline.milestone_id != ahead.id),
        "a window already met is not reminded of"
    );

    // A submission in the bin meets nothing.
    s.delete_submission(sub).unwrap();
    let all = s.all_deadlines(now()).unwrap();
    let first = all.iter().find(|d| d.milestone_id == past.id).unwrap();
    assert_eq!(first.state, DeadlineState::Missed);
}

#[test]
fn a_time_zone_may_be_written_as_a_city_and_an_unknown_one_gets_suggestions() {
    let (_d, mut s) = store();
    let e = upr(&mut s, "UPR");
    for (typed, stored) in [
        ("Geneva", "Europe/Zurich"),
        ("Geneva time", "Europe/Zurich"),
        ("genève", "Europe/Zurich"),
        ("New York", "America/New_York"),
        ("new_york", "America/New_York"),
        ("Paris time", "Europe/Paris"),
        ("europe/zurich", "Europe/Zurich"),
        ("Washington", "America/New_York"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("UTC", "UTC"),
    ] {
        let m = s
            .add_milestone(
                e,
                &MilestoneInput {
                    time_zone: typed.into(),
                    ..ms(MilestoneKind::Internal, "Inputs from departments", &day(5))
                },
            )
            .unwrap_or_else(|err| panic!("{typed}: {err}"));
        assert_eq!(m.time_zone, stored, "{typed}");
    }
    // 23:59 "Geneva time" is the same instant as 23:59 Europe/Zurich.
    let m = s
        .add_milestone(
            e,
            &MilestoneInput {
                time_zone: "Geneva time".into(),
                ..ms(MilestoneKind::WindowCloses, "Window closes", "2027-04-08")
            },
        )
        .unwrap();
    assert_eq!(m.due, "2027-04-08T23:59:00+02:00");

    let err = s
        .add_milestone(
            e,
            &MilestoneInput {
                time_zone: "Genva".into(),
                ..ms(MilestoneKind::Internal, "X", &day(5))
            },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("time_zone"));
    let text = err.to_string();
    assert!(text.contains("\"Genva\" is not a time zone"), "{text}");
    assert!(text.contains("Geneva (Europe/Zurich)"), "{text}");
    assert!(text.contains("Write a city, such as Geneva"), "{text}");
    // A zone name that does not exist is refused, with the real one suggested.
    let err = cityrights::validate::time_zone("z", "Europe/Geneva").unwrap_err();
    assert!(err.to_string().contains("Geneva (Europe/Zurich)"), "{err}");
    // Nothing near: no suggestion, still the plain way to write one.
    let err = cityrights::validate::time_zone("z", "Qqqqqqqqqq").unwrap_err();
    assert!(!err.to_string().contains("Did you mean"), "{err}");
    assert!(err.to_string().contains("Europe/Zurich"), "{err}");
}

#[test]
fn a_title_does_not_say_estimate_once_the_box_says_it_or_is_unticked() {
    let (_d, mut s) = store();
    let e = upr(&mut s, "UPR");
    // A milestone added by an older version, whose proposal titles ended in "(estimate)".
    let m = s
        .add_milestone(
            e,
            &MilestoneInput {
                is_estimate: true,
                ..ms(
                    MilestoneKind::WindowCloses,
                    "Submission window closes (estimate)",
                    &day(40),
                )
            },
        )
        .unwrap();
    assert_eq!(m.title, "Submission window closes");
    assert!(m.is_estimate, "the tag says it");
    let confirmed = s
        .update_milestone(
            m.id,
            &MilestoneInput {
                is_estimate: false,
                ..ms(
                    MilestoneKind::WindowCloses,
                    "Submission window closes (Estimate)",
                    &day(40),
                )
            },
        )
        .unwrap();
    assert_eq!(confirmed.title, "Submission window closes");
    assert!(!confirmed.is_estimate);
    // A title that is nothing but the word is kept as typed; one that merely mentions it too.
    for title in ["(estimate)", "Estimate (estimate) of costs"] {
        let kept = s
            .add_milestone(e, &ms(MilestoneKind::Internal, title, &day(3)))
            .unwrap();
        assert_eq!(kept.title, title);
    }
    // The proposals no longer write it into their titles.
    let p = cityrights::timeline::propose_request(
        &cityrights::timeline::TimelineRequest {
            mechanism: "UPR".into(),
            session_date: "2027-11-01".into(),
            session_end_date: None,
        },
        "Europe/Zurich",
        now(),
    )
    .unwrap();
    assert!(p.milestones.len() > 2);
    assert!(p
        .milestones
        .iter()
        .all(|m| !m.input.title.contains("estimate")));
}

#[test]
fn cityrights_deadlines_json_keeps_its_fields_and_says_where_each_stands() {
    let (dir, mut s) = store();
    let e = upr(&mut s, "UPR");
    let soon = (Utc::now() + Duration::days(10)).date_naive().to_string();
    s.add_milestone(e, &ms(MilestoneKind::WindowCloses, "Window closes", &soon))
        .unwrap();
    sent(dir.path(), &mut s, e, &Utc::now().date_naive().to_string());
    drop(s);
    let cli = |args: &[&str]| {
        let out = Command::cargo_bin("cityrights")
            .unwrap()
            .arg("--db")
            .arg(dir.path().join("d.sqlite3"))
            .env_remove("CITYRIGHTS_DB")
            .args(args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{err}");
        out.stdout
    };
    let v: serde_json::Value = serde_json::from_slice(&cli(&["deadlines", "--json"])).unwrap();
    let d = &v[0];
    for field in [
        "milestone_id",
        "engagement_id",
        "engagement_title",
        "mechanism",
        "kind",
        "title",
        "due",
        "time_zone",
        "date",
        "time",
        "is_estimate",
        "days_left",
        "overdue",
    ] {
        assert!(d.get(field).is_some(), "{field} in {d}");
    }
    assert_eq!(d["state"], "met");
    assert_eq!(d["met_by"]["sent_on"], Utc::now().date_naive().to_string());
    // The text says so too.
    let out = cli(&["deadlines"]);
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("Window closes [UPR] — met: \"Sent on"),
        "{text}"
    );
}

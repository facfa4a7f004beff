//! The implementation plan's own dates on the calendar (issue #15, part 2): an action's due
//! date and an indicator's target date are the city's milestones — on the calendar, with
//! reminders given once, and in the .ics export — while done work gives no reminder and a
//! dropped action leaves the calendar.

#[path = "support/cli.rs"]
mod cli_support;

use chrono::{DateTime, Utc};
use cityrights::calendar::{PlanDateKind, PlanDateState};
use cityrights::Store;
use cli_support::{cli, import_csv, json};

/// A database with one recommendation, an action due 2030-06-15 with an indicator whose
/// target date is 2030-12-31, and a second action due 2030-06-20. Returns the ids.
fn plan_db() -> (tempfile::TempDir, std::path::PathBuf, i64, i64, i64) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    import_csv(
        &db,
        "Paragraph,Recommendation\n140.1,Adopt a housing strategy\n",
        "A/HRC/59/15",
        &[],
    );
    let list = json(&db, &["recommendations", "list", "--json"]);
    let r = list[0]["id"].as_i64().unwrap().to_string();
    let a = json(
        &db,
        &[
            "actions",
            "add",
            "--title",
            "Open two shelters",
            "--recommendation",
            &r,
            "--department",
            "Housing",
            "--due",
            "2030-06-15",
            "--json",
        ],
    )["id"]
        .as_i64()
        .unwrap();
    let i = json(
        &db,
        &[
            "indicators",
            "add",
            "--action",
            &a.to_string(),
            "--name",
            "Shelter beds",
            "--unit",
            "beds",
            "--baseline",
            "10",
            "--baseline-date",
            "2029-01-01",
            "--target",
            "50",
            "--target-date",
            "2030-12-31",
            "--json",
        ],
    )["id"]
        .as_i64()
        .unwrap();
    let b = json(
        &db,
        &[
            "actions",
            "add",
            "--title",
            "Train housing staff",
            "--recommendation",
            &r,
            "--due",
            "2030-06-20",
            "--json",
        ],
    )["id"]
        .as_i64()
        .unwrap();
    (dir, db, a, i, b)
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

#[test]
fn an_actions_due_date_and_an_indicators_target_date_are_on_the_calendar() {
    let (_dir, db, a, i, b) = plan_db();
    let store = Store::open(&db).unwrap();
    let view = store
        .calendar_view(at("2030-06-10T12:00:00Z"), "Europe/Paris")
        .unwrap();
    let dates: Vec<_> = view
        .plan
        .iter()
        .map(|d| (d.kind, d.date.as_str(), d.title.as_str()))
        .collect();
    assert_eq!(
        dates,
        [
            (PlanDateKind::ActionDue, "2030-06-15", "Open two shelters"),
            (PlanDateKind::ActionDue, "2030-06-20", "Train housing staff"),
            (PlanDateKind::IndicatorTarget, "2030-12-31", "Shelter beds"),
        ]
    );
    let due = &view.plan[0];
    assert_eq!(
        (due.action_id, due.department.as_str()),
        (Some(a), "Housing")
    );
    assert_eq!(
        (due.days_left, due.soon, due.state),
        (5, true, PlanDateState::Ahead)
    );
    assert_eq!(due.end, "2030-06-16", "a whole-day event's exclusive end");
    let target = &view.plan[2];
    assert_eq!(
        (
            target.indicator_id,
            target.action_id,
            target.context.as_str()
        ),
        (Some(i), Some(a), "Open two shelters")
    );
    assert_eq!(view.plan[1].action_id, Some(b));

    // Past its date and not done: overdue.
    let later = store
        .calendar_view(at("2030-06-17T12:00:00Z"), "Europe/Paris")
        .unwrap();
    assert_eq!(later.plan[0].state, PlanDateState::Overdue);
    assert!(later.plan[0].ended);
}

#[test]
fn plan_reminders_are_given_once_and_not_for_done_or_dropped_work() {
    let (_dir, db, a, _i, b) = plan_db();
    let mut store = Store::open(&db).unwrap();
    // 5 days before the first action is due: its 30- and 7-day marks have passed, given as
    // one (the 7-day one); the second action, 10 days off, its 30-day one. The indicator's
    // target is months off.
    let now = at("2030-06-10T12:00:00Z");
    let first = store.take_due_plan_reminders(now, "Europe/Paris").unwrap();
    let got: Vec<_> = first
        .iter()
        .map(|r| (r.date.action_id, r.days_before, r.missed))
        .collect();
    assert_eq!(got, [(Some(a), 7, false), (Some(b), 30, false)]);
    assert!(first[0]
        .heading()
        .contains("Open two shelters is due in 5 days"));
    assert!(
        store
            .take_due_plan_reminders(now, "Europe/Paris")
            .unwrap()
            .is_empty(),
        "each reminder is given once"
    );

    // The second action is done, the first dropped: the day before, neither reminds.
    let update = |id: i64, args: &[&str]| {
        let id = id.to_string();
        let mut all = vec!["actions", "update", id.as_str()];
        all.extend_from_slice(args);
        all.push("--json");
        json(&db, &all)
    };
    update(b, &["--status", "done"]);
    update(a, &["--status", "dropped"]);
    let mut store = Store::open(&db).unwrap();
    let eve = at("2030-06-14T12:00:00Z");
    assert!(store
        .take_due_plan_reminders(eve, "Europe/Paris")
        .unwrap()
        .is_empty());
    let view = store.calendar_view(eve, "Europe/Paris").unwrap();
    assert!(
        view.plan.iter().all(|d| d.action_id != Some(a)),
        "a dropped action and its indicator leave the calendar: {:?}",
        view.plan
    );
    let done = view.plan.iter().find(|d| d.action_id == Some(b)).unwrap();
    assert_eq!(done.state, PlanDateState::Done);
    assert!(done.reminder_days.is_empty());

    // Moved to a new date and planned again: its reminders are due again for that date.
    update(b, &["--status", "planned", "--due", "2030-07-01"]);
    let mut store = Store::open(&db).unwrap();
    let again = store
        .take_due_plan_reminders(at("2030-06-25T12:00:00Z"), "Europe/Paris")
        .unwrap();
    assert_eq!(
        again
            .iter()
            .map(|r| (r.date.action_id, r.days_before))
            .collect::<Vec<_>>(),
        [(Some(b), 7)]
    );
}

#[test]
fn the_calendar_export_carries_the_plans_dates_with_their_alarms() {
    let (dir, db, a, i, _b) = plan_db();
    let out = dir.path().join("plan.ics");
    cli(&db)
        .args(["calendar", "export", "-o"])
        .arg(&out)
        .assert()
        .success();
    let text = std::fs::read_to_string(&out).unwrap();
    let unfolded = text.replace("\r\n ", "");
    assert!(
        unfolded.contains(&format!("UID:action-{a}-due.")),
        "{unfolded}"
    );
    assert!(unfolded.contains(&format!("UID:indicator-{i}-target.")));
    assert!(unfolded.contains("SUMMARY:Plan: Open two shelters (due)"));
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20300615"));
    assert!(unfolded.contains("DTEND;VALUE=DATE:20300616"));
    assert!(unfolded.contains("TRIGGER:-P7D"));
    // Read back by an independent parser (the `ical` crate): three plan events.
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let cal = parser.next().unwrap().unwrap();
    let plan_events = cal
        .events
        .iter()
        .filter(|e| {
            e.properties.iter().any(|p| {
                p.name == "SUMMARY" && p.value.as_deref().is_some_and(|v| v.starts_with("Plan: "))
            })
        })
        .count();
    assert_eq!(plan_events, 3);
    // Exported again: the same bytes.
    let again = dir.path().join("again.ics");
    cli(&db)
        .args(["calendar", "export", "-o"])
        .arg(&again)
        .assert()
        .success();
    assert_eq!(text, std::fs::read_to_string(&again).unwrap());
}

#[test]
fn the_plan_knows_each_actions_themes_goals_and_lateness_and_counts_actions_by_department() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    import_csv(
        &db,
        "Paragraph,Recommendation,Themes,SDGs\n\
         140.1,Adopt a housing strategy,Housing; Poverty,1 - NO POVERTY\n\
         140.2,Train the police,Police,16 - PEACE JUSTICE\n",
        "A/HRC/59/15",
        &["sdgs=SDGs", "themes=Themes"],
    );
    let list = json(&db, &["recommendations", "list", "--json"]);
    let id = |p: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|r| r["paragraph"] == p)
            .unwrap()["id"]
            .as_i64()
            .unwrap()
            .to_string()
    };
    let add = |title: &str, rec: &str, dept: &str, due: &str, status: &str| {
        json(
            &db,
            &[
                "actions",
                "add",
                "--title",
                title,
                "--recommendation",
                rec,
                "--department",
                dept,
                "--due",
                due,
                "--status",
                status,
                "--sdg-target",
                "11.1",
                "--json",
            ],
        )
    };
    add(
        "Shelters",
        &id("140.1"),
        "Housing",
        "2001-01-01",
        "in_progress",
    );
    add(
        "Social rents",
        &id("140.1"),
        "Housing",
        "2099-01-01",
        "done",
    );
    add("Police training", &id("140.2"), "", "2001-01-01", "done");
    let store = Store::open(&db).unwrap();
    let plan = cityrights::app::plan::plan(&store).unwrap();
    let shelters = plan
        .actions
        .iter()
        .find(|a| a.action.title == "Shelters")
        .unwrap();
    assert_eq!(shelters.themes, ["Housing", "Poverty"]);
    assert_eq!(
        shelters.sdg_goals,
        [1, 11],
        "the recommendation's goal and the target's"
    );
    assert!(shelters.overdue, "due in 2001, in progress");
    let police = plan
        .actions
        .iter()
        .find(|a| a.action.title == "Police training")
        .unwrap();
    assert!(!police.overdue, "done work is never overdue");

    let charts = cityrights::app::plan::plan_charts(&store).unwrap();
    let names: Vec<&str> = charts.statuses.iter().map(|s| s.as_str()).collect();
    assert_eq!(
        names,
        ["planned", "in_progress", "done", "delayed", "dropped"]
    );
    let rows: Vec<_> = charts
        .by_department
        .iter()
        .map(|d| (d.department.as_str(), d.total, d.counts.clone(), d.overdue))
        .collect();
    assert_eq!(
        rows,
        [
            ("Housing", 2, vec![0, 1, 1, 0, 0], 1),
            ("", 1, vec![0, 0, 1, 0, 0], 0),
        ]
    );
    assert_eq!(charts.totals, [0, 1, 2, 0, 0]);

    // The detail's SDGs: linking through the app function the CLI's `sdgs link` uses.
    let mut store = Store::open(&db).unwrap();
    let r1: i64 = id("140.1").parse().unwrap();
    let linked = cityrights::app::plan::link_sdg_targets(&mut store, r1, &["11.1".into()]).unwrap();
    assert_eq!(linked.sdg_goals, [1]);
    assert_eq!(linked.sdg_targets[0].code, "11.1");
    assert!(
        linked.sdg_targets[0].title.contains("housing"),
        "{:?}",
        linked.sdg_targets
    );
    let refused = cityrights::app::plan::link_sdg_targets(&mut store, r1, &["11.99".into()])
        .unwrap_err()
        .to_string();
    assert!(refused.contains("11.99"), "{refused}");
    assert_eq!(
        cityrights::app::plan::recommendation_sdgs(&store, r1)
            .unwrap()
            .sdg_targets
            .len(),
        1,
        "a refused link changes nothing"
    );
}

//! The calendar export, end to end through the CLI (`cityrights calendar export`), read back with
//! an independent iCalendar parser (the `ical` crate; the file is written by `icalendar`): every
//! milestone, its time and its zone, daylight saving on both sides, reminders as alarms, stable
//! UIDs, and plain errors.

use assert_cmd::Command;
use chrono::{DateTime, Utc};
use cityrights::engagement::EngagementInput;
use cityrights::milestone::{Milestone, MilestoneInput, MilestoneKind};
use cityrights::Store;
use ical::parser::ical::component::IcalEvent;
use std::collections::HashMap;
use std::path::Path;

fn cli(db: &Path) -> Command {
    let mut c = Command::cargo_bin("cityrights").unwrap();
    c.arg("--db").arg(db).env_remove("CITYRIGHTS_DB");
    c
}

fn ms(
    kind: MilestoneKind,
    title: &str,
    date: &str,
    time: Option<&str>,
    zone: &str,
) -> MilestoneInput {
    MilestoneInput {
        kind: Some(kind),
        title: title.into(),
        date: date.into(),
        time: time.map(str::to_string),
        time_zone: zone.into(),
        ..Default::default()
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    db: std::path::PathBuf,
    upr: i64,
    crc: i64,
    milestones: Vec<Milestone>,
}

/// Two engagements whose milestones cover every case the export must get right.
fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cal.sqlite3");
    let mut s = Store::open(&db).unwrap();
    let upr = s
        .create_engagement(&EngagementInput {
            mechanism: "UPR".into(),
            title: "UPR of Slovenia, 4th cycle".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    let crc = s
        .create_engagement(&EngagementInput {
            mechanism: "CRC".into(),
            title: "CRC review; \"simplified\", 2027".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    let geneva = "Europe/Zurich";
    let mut inputs = vec![
        // Summer time in Geneva (UTC+2): 21:59 UTC.
        (
            upr,
            ms(
                MilestoneKind::WindowCloses,
                "Window closes",
                "2027-04-08",
                Some("23:59"),
                geneva,
            ),
        ),
        // Winter time in Geneva (UTC+1): 22:59 UTC.
        (
            upr,
            ms(
                MilestoneKind::WindowOpens,
                "Window opens",
                "2027-02-10",
                Some("23:59"),
                geneva,
            ),
        ),
        // The day New York springs forward (14 March 2027): 09:00 EDT is 13:00 UTC.
        (
            upr,
            ms(
                MilestoneKind::Internal,
                "Inputs from departments",
                "2027-03-14",
                Some("09:00"),
                "America/New_York",
            ),
        ),
        // The hour New York falls back (7 November 2027) happens twice: the earlier, 05:30 UTC.
        (
            upr,
            ms(
                MilestoneKind::Internal,
                "Night check",
                "2027-11-07",
                Some("01:30"),
                "America/New_York",
            ),
        ),
        // Seoul has no daylight saving: 07:00 KST is 22:00 UTC the day before.
        (
            crc,
            ms(
                MilestoneKind::Internal,
                "Call with Seoul",
                "2027-06-02",
                Some("07:00"),
                "Asia/Seoul",
            ),
        ),
        // No time: a whole day.
        (
            crc,
            ms(
                MilestoneKind::WindowCloses,
                "CRC deadline",
                "2026-12-01",
                None,
                geneva,
            ),
        ),
    ];
    let mut session = ms(
        MilestoneKind::Session,
        "Working Group session",
        "2027-11-01",
        Some("10:00"),
        geneva,
    );
    session.end_date = Some("2027-11-12".into());
    inputs.push((upr, session));
    let mut estimate = ms(
        MilestoneKind::OutcomeAdoption,
        "Adoption at the Council",
        "2028-02-24",
        None,
        geneva,
    );
    estimate.is_estimate = true;
    estimate.basis =
        "First regular session at least three months later; pattern not confirmed".into();
    estimate.notes = "Line one; with, commas\nLine two — a long note that will need folding because it goes on and on past seventy-five octets".into();
    estimate.reminder_days = Some("14, 2".into());
    inputs.push((upr, estimate));
    let mut quiet = ms(
        MilestoneKind::Internal,
        "No reminders",
        "2027-05-05",
        Some("12:00"),
        geneva,
    );
    quiet.reminder_days = Some(String::new());
    inputs.push((crc, quiet));
    let milestones = inputs
        .into_iter()
        .map(|(e, m)| s.add_milestone(e, &m).unwrap())
        .collect();
    Fixture {
        _dir: dir,
        db,
        upr,
        crc,
        milestones,
    }
}

fn export(f: &Fixture, extra: &[&str]) -> (String, Vec<IcalEvent>) {
    let out = f.db.with_file_name(format!("out{}.ics", extra.len()));
    let run = cli(&f.db)
        .args(["calendar", "export", "-o"])
        .arg(&out)
        .args(extra)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let cal = parser.next().expect("one calendar").expect("it parses");
    assert!(parser.next().is_none(), "exactly one VCALENDAR");
    // "Wrote 1 milestone", "Wrote 5 milestones": the count of what the file holds, with its
    // plural, never "milestone(s)".
    let n = cal.events.len();
    let noun = if n == 1 { "milestone" } else { "milestones" };
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(said.starts_with(&format!("Wrote {n} {noun} to ")), "{said}");
    let version = cal.properties.iter().find(|p| p.name == "VERSION");
    assert_eq!(version.and_then(|p| p.value.as_deref()), Some("2.0"));
    assert!(cal.properties.iter().any(|p| p.name == "PRODID"));
    (text, cal.events)
}

fn prop<'a>(e: &'a IcalEvent, name: &str) -> &'a ical::property::Property {
    e.properties
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name} in {e:?}"))
}

fn value<'a>(e: &'a IcalEvent, name: &str) -> &'a str {
    prop(e, name).value.as_deref().unwrap_or("")
}

fn param<'a>(e: &'a IcalEvent, name: &str, param: &str) -> Option<&'a str> {
    prop(e, name)
        .params
        .as_ref()?
        .iter()
        .find(|(k, _)| k == param)
        .and_then(|(_, v)| v.first().map(String::as_str))
}

/// RFC 5545 TEXT unescaped (the parser leaves escapes as they are).
fn unescape(s: &str) -> String {
    s.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
}

fn by_uid(events: &[IcalEvent]) -> HashMap<String, &IcalEvent> {
    events
        .iter()
        .map(|e| (value(e, "UID").to_string(), e))
        .collect()
}

fn utc(e: &IcalEvent) -> DateTime<Utc> {
    let v = value(e, "DTSTART");
    assert!(v.ends_with('Z'), "a time in UTC: {v}");
    chrono::NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%SZ")
        .unwrap()
        .and_utc()
}

#[test]
fn every_milestone_is_one_event_at_its_exact_time_with_its_zone_alarms_and_context() {
    let f = fixture();
    let (text, events) = export(&f, &[]);
    assert_eq!(events.len(), f.milestones.len());
    // RFC 5545: CRLF line ends, lines of at most 75 octets.
    assert!(text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
    }
    let uids = by_uid(&events);
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
    for m in &f.milestones {
        let (uid, e) = uids
            .iter()
            .find(|(uid, _)| uid.starts_with(&format!("milestone-{}.", m.id)))
            .unwrap_or_else(|| panic!("no event for {}", m.title));
        assert!(uid.ends_with("@cityrights"));
        assert_eq!(
            value(e, "X-CITYRIGHTS-TIME-ZONE"),
            m.time_zone,
            "{}",
            m.title
        );
        assert_eq!(value(e, "X-CITYRIGHTS-KIND"), m.kind.as_str());
        let summary = unescape(value(e, "SUMMARY"));
        assert!(summary.contains(&m.title), "{summary}");
        let description = unescape(value(e, "DESCRIPTION"));
        let (engagement, mechanism) = if m.engagement_id == f.upr {
            (
                "UPR of Slovenia, 4th cycle",
                "Universal Periodic Review (UPR)",
            )
        } else {
            ("CRC review; \"simplified\", 2027", "(CRC)")
        };
        assert!(
            description.contains(&format!("Engagement: {engagement}")),
            "{description}"
        );
        assert!(description.contains(mechanism), "{description}");
        assert!(description.contains(&m.time_zone), "{description}");
        if m.time.is_some() && m.end_date.is_none() {
            assert_eq!(utc(e), m.due_instant(), "{}", m.title);
            assert!(description.contains(m.time.as_deref().unwrap_or("")));
        } else {
            assert_eq!(param(e, "DTSTART", "VALUE"), Some("DATE"), "{}", m.title);
            assert_eq!(value(e, "DTSTART"), m.date.replace('-', ""));
        }
        // One alarm per reminder, N days before the start.
        let triggers: Vec<String> = e
            .alarms
            .iter()
            .map(|a| {
                let t = a.properties.iter().find(|p| p.name == "TRIGGER").unwrap();
                let action = a.properties.iter().find(|p| p.name == "ACTION").unwrap();
                assert_eq!(action.value.as_deref(), Some("DISPLAY"));
                t.value.clone().unwrap_or_default()
            })
            .collect();
        let expected: Vec<String> = m.reminder_days.iter().map(|d| format!("-P{d}D")).collect();
        assert_eq!(triggers, expected, "{}", m.title);
    }
}

#[test]
fn times_are_right_on_both_sides_of_daylight_saving() {
    let f = fixture();
    let (_, events) = export(&f, &[]);
    let at = |title: &str| {
        let e = events
            .iter()
            .find(|e| unescape(value(e, "SUMMARY")).contains(title))
            .unwrap();
        utc(e).to_rfc3339()
    };
    assert_eq!(at("Window closes"), "2027-04-08T21:59:00+00:00");
    assert_eq!(at("Window opens"), "2027-02-10T22:59:00+00:00");
    assert_eq!(at("Inputs from departments"), "2027-03-14T13:00:00+00:00");
    assert_eq!(at("Night check"), "2027-11-07T05:30:00+00:00");
    assert_eq!(at("Call with Seoul"), "2027-06-01T22:00:00+00:00");
}

#[test]
fn whole_day_events_sessions_and_estimates() {
    let f = fixture();
    let (_, events) = export(&f, &[]);
    let find = |title: &str| {
        *events
            .iter()
            .find(|e| unescape(value(e, "SUMMARY")).contains(title))
            .as_ref()
            .unwrap()
    };
    let deadline = find("CRC deadline");
    assert_eq!(value(deadline, "DTSTART"), "20261201");
    assert_eq!(value(deadline, "DTEND"), "20261202");
    assert!(unescape(value(deadline, "DESCRIPTION")).contains("end of day"));
    let session = find("Working Group session");
    assert_eq!(value(session, "DTSTART"), "20271101");
    assert_eq!(
        value(session, "DTEND"),
        "20271113",
        "exclusive end: the day after the last"
    );
    let estimate = find("Adoption at the Council");
    assert!(unescape(value(estimate, "SUMMARY")).ends_with("(estimate)"));
    let d = unescape(value(estimate, "DESCRIPTION"));
    assert!(d.contains("ESTIMATE, not an official date"), "{d}");
    assert!(d.contains("pattern not confirmed"), "{d}");
    assert!(d.contains("Line one; with, commas\nLine two"), "{d}");
}

#[test]
fn exporting_twice_gives_the_same_file_and_one_engagement_can_be_exported_alone() {
    let f = fixture();
    let (first, _) = export(&f, &[]);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let (second, _) = export(&f, &[]);
    assert_eq!(
        first, second,
        "same UIDs and stamps: calendars update, not duplicate"
    );
    let id = f.crc.to_string();
    let (_, crc_only) = export(&f, &["--engagement", &id]);
    let crc_count = f
        .milestones
        .iter()
        .filter(|m| m.engagement_id == f.crc)
        .count();
    assert_eq!(crc_only.len(), crc_count);
    assert!(crc_only
        .iter()
        .all(|e| value(e, "X-CITYRIGHTS-ENGAGEMENT") == id));
}

#[test]
fn errors_are_plain_messages_on_stderr_with_a_non_zero_exit() {
    let f = fixture();
    let missing = f.db.with_file_name("no-such-folder").join("out.ics");
    let out = cli(&f.db)
        .args(["calendar", "export", "-o"])
        .arg(&missing)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("cityrights: Could not write"), "{err}");
    assert!(err.contains("out.ics"), "{err}");
    assert!(!missing.exists());

    let folder = f.db.parent().unwrap().to_path_buf();
    let out = cli(&f.db)
        .args(["calendar", "export", "-o"])
        .arg(&folder)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a folder"));

    let out = cli(&f.db)
        .args(["calendar", "export", "--engagement", "999", "-o"])
        .arg(f.db.with_file_name("x.ics"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Engagement 999 does not exist"));
    assert!(!f.db.with_file_name("x.ics").exists());

    let out = cli(&f.db).args(["calendar", "export"]).output().unwrap();
    assert!(!out.status.success(), "-o is required");
}

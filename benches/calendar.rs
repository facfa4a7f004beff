//! Bench binary (no framework, `harness = false`): the calendar of a busy office — 50
//! engagements with 20 milestones each (1,000 milestones) in several zones. Measures what the
//! app does on every visit to the calendar (place every event in the user's zone), on every
//! tick of the reminder timer, and an iCalendar export of everything. Run with
//! `cargo bench --bench calendar`; the numbers go in README.md with the machine and the date.

use cityrights::engagement::EngagementInput;
use cityrights::milestone::{MilestoneInput, MilestoneKind};
use cityrights::Store;
use std::time::{Duration, Instant};

const ENGAGEMENTS: usize = 50;
const MILESTONES_EACH: usize = 20;
const RUNS: usize = 15;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let mut runs = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        std::hint::black_box(f());
        runs.push(t.elapsed());
    }
    median(runs)
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut store = Store::open(&dir.path().join("bench.sqlite3")).expect("a new database");
    let zones = [
        "Europe/Zurich",
        "America/New_York",
        "Asia/Seoul",
        "Europe/Ljubljana",
    ];
    let kinds = MilestoneKind::ALL;
    for e in 0..ENGAGEMENTS {
        let id = store
            .create_engagement(&EngagementInput {
                mechanism: if e % 2 == 0 { "UPR" } else { "CESCR" }.into(),
                title: format!("Engagement {e}"),
                ..Default::default()
            })
            .expect("an engagement")
            .id;
        let inputs: Vec<MilestoneInput> = (0..MILESTONES_EACH)
            .map(|m| MilestoneInput {
                kind: Some(kinds[(m % 5) + 2]),
                title: format!("Milestone {m} of engagement {e}"),
                date: format!("2027-{:02}-{:02}", 1 + (e + m) % 12, 1 + (e * 7 + m) % 28),
                time: (m % 2 == 0).then(|| "23:59".to_string()),
                time_zone: zones[(e + m) % zones.len()].into(),
                notes: "Checked with the housing department; see the minutes.".into(),
                ..Default::default()
            })
            .collect();
        store.add_milestones(id, &inputs).expect("milestones");
    }
    let now = "2026-12-01T09:00:00Z".parse().expect("a time");
    let total = ENGAGEMENTS * MILESTONES_EACH;

    let view = time(|| {
        store
            .calendar_view(now, "America/New_York")
            .expect("the calendar")
    });
    let ics = time(|| store.export_ics(None).expect("an export"));
    let size = store.export_ics(None).expect("an export").text.len();
    // Every tick reads all milestones; after the first it finds nothing new to give.
    store.take_due_reminders(now).expect("reminders");
    let tick = time(|| store.take_due_reminders(now).expect("reminders"));

    println!("{total} milestones in {ENGAGEMENTS} engagements, median of {RUNS} runs:");
    println!("  calendar view (every event placed in the user's zone): {view:.2?}");
    println!("  reminder timer tick (nothing new due):                 {tick:.2?}");
    println!(
        "  iCalendar export of everything ({} KiB):             {ics:.2?}",
        size / 1024
    );
}

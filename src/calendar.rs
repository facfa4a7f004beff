//! Deadlines: what is due, from every engagement, soonest first — the answer to "what is due
//! next?" on the dashboard and in `cityrights deadlines`.

use crate::milestone::{Milestone, MilestoneKind};
use crate::store::Store;
use crate::submission::SubmissionSummary;
use crate::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

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

fn deadline(m: Milestone, engagement_title: &str, mechanism: &str, now: DateTime<Utc>) -> Deadline {
    let due = m.due_instant();
    let secs = (due - now).num_seconds();
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
        days_left: secs.div_euclid(86_400),
        overdue: secs < 0 && m.kind.needs_action(),
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

    /// Milestones due from `now` to `days` days ahead, soonest first.
    pub fn deadlines_within(&self, now: DateTime<Utc>, days: u32) -> Result<Vec<Deadline>> {
        let until = now + chrono::Duration::days(i64::from(days));
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
            .submission_summaries(None)?
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

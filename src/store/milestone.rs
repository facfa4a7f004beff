//! Milestones: the dated events of an engagement, each in its own time zone.
//!
//! An official deadline keeps the zone it was set in (UPR windows close at 23:59 Geneva time,
//! `Europe/Zurich`), so the instant it falls due is exact wherever the officer is. A milestone
//! without a time is due at the end of its day (23:59:59) in its own zone.

use crate::store::{
    binned, binned_rows, live, now_text, optional, BinnedRow, Columns, Store, TextColumn, BINNED,
    LIVE,
};
use crate::validate;
use crate::{Error, Result};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The time zone of Geneva, where UN deadlines are set.
pub const GENEVA: &str = "Europe/Zurich";

/// What a milestone marks.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Hash,
    Eq,
    Serialize,
    Deserialize,
    TS,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[ts(export)]
pub enum MilestoneKind {
    WindowOpens,
    WindowCloses,
    PreSession,
    Session,
    OutcomeAdoption,
    FollowUpDue,
    /// The city's own milestone (e.g. "departments send their inputs").
    Internal,
}

crate::enums::words!(MilestoneKind);

impl MilestoneKind {
    /// Whether the city has something to do by this date (send, report, finish its own step).
    /// Only those can be overdue: a window that opened or a session that took place has simply
    /// passed.
    pub fn needs_action(self) -> bool {
        matches!(
            self,
            MilestoneKind::WindowCloses | MilestoneKind::FollowUpDue | MilestoneKind::Internal
        )
    }

    /// Official dates come from the UN (a window, a session); only the city's own milestones
    /// are freely moved on the calendar, official ones after a confirmation.
    pub fn is_official(self) -> bool {
        self != MilestoneKind::Internal
    }

    /// The English name, for what the core writes itself (iCalendar files, notifications, the
    /// CLI); the UI has its own catalogue.
    pub fn label(self) -> &'static str {
        match self {
            MilestoneKind::WindowOpens => "Submission window opens",
            MilestoneKind::WindowCloses => "Submission window closes",
            MilestoneKind::PreSession => "Pre-sessional working group",
            MilestoneKind::Session => "Session",
            MilestoneKind::OutcomeAdoption => "Adoption of the outcome",
            MilestoneKind::FollowUpDue => "Follow-up due",
            MilestoneKind::Internal => "Internal milestone",
        }
    }
}

/// Reminders before a milestone when the user sets none: 30, 7 and 1 days.
pub const DEFAULT_REMINDER_DAYS: [u32; 3] = [30, 7, 1];

/// What the form for a new milestone starts with; the rule lives here, not in the UI: only the
/// UPR's submission windows are published in Geneva time ("23.59 hours Geneva time"), so those
/// start in Geneva's zone; every other date the UN gives without a zone, so it starts in the
/// user's own zone; and the [`DEFAULT_REMINDER_DAYS`]. It is sent with the app's status
/// (`AppStatus::new_milestone`), so the form has it at once without asking the core again.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct MilestoneDefaults {
    /// The zone before a kind is chosen: the user's.
    pub time_zone: String,
    /// The zone for each kind outside the UPR (every kind is listed: the user's zone).
    pub time_zone_by_kind: std::collections::HashMap<MilestoneKind, String>,
    /// The zone for each kind of a UPR engagement (Geneva for the submission window).
    pub upr_time_zone_by_kind: std::collections::HashMap<MilestoneKind, String>,
    /// The reminders as the form's field is typed, e.g. "30, 7, 1".
    pub reminder_days: String,
}

impl MilestoneDefaults {
    /// The defaults for a user whose zone is `user_zone`.
    pub fn for_user(user_zone: &str) -> Self {
        let upr_zone = |k: MilestoneKind| {
            if matches!(k, MilestoneKind::WindowOpens | MilestoneKind::WindowCloses) {
                GENEVA.to_string()
            } else {
                user_zone.to_string()
            }
        };
        MilestoneDefaults {
            time_zone: user_zone.to_string(),
            time_zone_by_kind: MilestoneKind::ALL
                .iter()
                .map(|&k| (k, user_zone.to_string()))
                .collect(),
            upr_time_zone_by_kind: MilestoneKind::ALL
                .iter()
                .map(|&k| (k, upr_zone(k)))
                .collect(),
            reminder_days: DEFAULT_REMINDER_DAYS
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// The furthest ahead a reminder can be set, in days.
pub const REMINDER_DAYS_MAX: u32 = 365;

/// A milestone as stored and shown.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Milestone {
    pub id: i64,
    pub engagement_id: i64,
    pub kind: MilestoneKind,
    pub title: String,
    /// `YYYY-MM-DD` in the milestone's zone.
    pub date: String,
    /// Last day of a multi-day event (a session), `YYYY-MM-DD`.
    pub end_date: Option<String>,
    /// `HH:MM`, or null: due at the end of the day.
    pub time: Option<String>,
    /// IANA zone, e.g. `Europe/Zurich`.
    pub time_zone: String,
    /// An estimate proposed from typical timelines, not an official date.
    pub is_estimate: bool,
    /// Where an estimate comes from.
    pub basis: String,
    pub notes: String,
    /// When it falls due: RFC 3339 with the offset of the milestone's own zone.
    pub due: String,
    /// Days before `due` at which to remind, largest first (e.g. 30, 7, 1); empty: no reminders.
    pub reminder_days: Vec<u32>,
    /// The State's step, not the city's (a State's follow-up report to a treaty body): shown
    /// as a State report and never counted as the city's overdue action.
    pub by_state: bool,
    /// When the officer marked this missed deadline as handled (RFC 3339); null while it is
    /// not (see [`Store::set_milestone_handled`]).
    pub handled_at: Option<String>,
}

/// What a user fills in to add or change a milestone. Dates and times are text as typed, so
/// that a bad value comes back with a message instead of being lost in a parser.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MilestoneInput {
    pub kind: Option<MilestoneKind>,
    pub title: String,
    pub date: String,
    #[serde(default)]
    pub end_date: Option<String>,
    #[serde(default)]
    pub time: Option<String>,
    pub time_zone: String,
    #[serde(default)]
    pub is_estimate: bool,
    #[serde(default)]
    pub basis: String,
    #[serde(default)]
    pub notes: String,
    /// Days before the date at which to remind, as typed ("30, 7, 1"; empty: none). Null keeps
    /// the milestone's current reminders (30, 7 and 1 days for a new one).
    #[serde(default)]
    pub reminder_days: Option<String>,
    /// The State's step, not the city's (see [`Milestone::by_state`]).
    #[serde(default)]
    pub by_state: bool,
}

/// A validated milestone, ready to store.
#[derive(Debug, Clone)]
pub(crate) struct CheckedMilestone {
    kind: MilestoneKind,
    title: String,
    date: NaiveDate,
    end_date: Option<NaiveDate>,
    time: Option<NaiveTime>,
    tz: Tz,
    is_estimate: bool,
    basis: String,
    notes: String,
    /// None: keep what the milestone has (the defaults for a new one).
    reminder_days: Option<Vec<u32>>,
    by_state: bool,
}

impl CheckedMilestone {
    fn due(&self) -> DateTime<Utc> {
        due_at(self.date, self.time, self.tz).with_timezone(&Utc)
    }

    /// The columns the form writes, each with its value: the one list the insert and the
    /// update are made from ([`Columns`]); rows are read back by these names.
    fn columns(&self, reminder_days: &[u32]) -> Columns {
        use rusqlite::types::Value;
        let text = |s: Option<String>| s.map_or(Value::Null, Value::Text);
        Columns::new([
            ("kind", Value::Text(self.kind.as_str().to_string())),
            ("title", Value::Text(self.title.clone())),
            ("date", Value::Text(self.date.to_string())),
            ("end_date", text(self.end_date.map(|d| d.to_string()))),
            (
                "time",
                text(self.time.map(|t| t.format("%H:%M").to_string())),
            ),
            ("time_zone", Value::Text(self.tz.name().to_string())),
            ("is_estimate", Value::Integer(i64::from(self.is_estimate))),
            ("basis", Value::Text(self.basis.clone())),
            ("notes", Value::Text(self.notes.clone())),
            ("reminder_days", Value::Text(reminder_json(reminder_days))),
            ("by_state", Value::Integer(i64::from(self.by_state))),
        ])
    }
}

/// Parses reminder days as typed: whole numbers of days separated by commas or spaces, each
/// from 0 (on the day) to [`REMINDER_DAYS_MAX`]; duplicates are dropped, largest first.
pub fn parse_reminder_days(field: &str, text: &str) -> Result<Vec<u32>> {
    let mut days = Vec::new();
    for part in text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|p| !p.is_empty())
    {
        let n: u32 = part.parse().map_err(|_| {
            Error::invalid_said(
                field,
                "error.reminder_not_days",
                vec![("value", part.into())],
            )
        })?;
        if n > REMINDER_DAYS_MAX {
            return Err(Error::invalid_said(
                field,
                "error.reminder_too_early",
                vec![("max", REMINDER_DAYS_MAX.into()), ("n", n.into())],
            ));
        }
        if !days.contains(&n) {
            days.push(n);
        }
    }
    if days.len() > 10 {
        return Err(Error::invalid_said(field, "error.reminders_max", vec![]));
    }
    days.sort_unstable_by(|a, b| b.cmp(a));
    Ok(days)
}

/// What older proposals put at the end of a title ("Submission window closes (estimate)").
const ESTIMATE_SUFFIX: &str = "(estimate)";

/// A title without a trailing "(estimate)": whether a date is an estimate is the milestone's
/// `is_estimate`, which every screen shows as a tag (and the iCalendar file, the reminders and
/// the CLI as a suffix of their own), so a title that says it too would still say it after the
/// box is unticked. A title that is nothing but the suffix is kept as typed.
fn without_estimate_suffix(title: String) -> String {
    let cut = title.len().saturating_sub(ESTIMATE_SUFFIX.len());
    match (title.get(..cut), title.get(cut..)) {
        (Some(rest), Some(end))
            if end.eq_ignore_ascii_case(ESTIMATE_SUFFIX) && !rest.trim().is_empty() =>
        {
            rest.trim_end().to_string()
        }
        _ => title,
    }
}

impl MilestoneInput {
    pub(crate) fn check(&self) -> Result<CheckedMilestone> {
        let kind = self
            .kind
            .ok_or_else(|| Error::invalid_said("kind", "error.milestone_kind", vec![]))?;
        let title = without_estimate_suffix(validate::title("title", &self.title)?);
        let date = validate::date("date", &self.date)?;
        let end_date = validate::last_day("end_date", self.end_date.as_deref(), date)?;
        let time = match self
            .time
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(s) => Some(validate::time("time", s)?),
            None => None,
        };
        let tz = validate::time_zone("time_zone", &self.time_zone)?;
        validate::text("basis", &self.basis, validate::SHORT_MAX * 4)?;
        validate::text("notes", &self.notes, validate::NOTES_MAX)?;
        let reminder_days = match self.reminder_days.as_deref() {
            Some(text) => Some(parse_reminder_days("reminder_days", text)?),
            None => None,
        };
        Ok(CheckedMilestone {
            kind,
            title,
            date,
            end_date,
            time,
            tz,
            is_estimate: self.is_estimate,
            basis: self.basis.trim().to_string(),
            notes: self.notes.clone(),
            reminder_days,
            by_state: self.by_state,
        })
    }
}

/// The instant a milestone falls due, in its own zone.
///
/// Without a time it is the end of the day (23:59:59). A wall-clock time that does not exist
/// (skipped by a daylight-saving change) moves forward by the gap, as clocks do; an ambiguous
/// one (repeated hour) takes the earlier instant, so a deadline is never later than stated.
pub fn due_at(date: NaiveDate, time: Option<NaiveTime>, tz: Tz) -> DateTime<Tz> {
    let t = time.unwrap_or_else(|| NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN));
    let local = NaiveDateTime::new(date, t);
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(d) => d,
        chrono::LocalResult::Ambiguous(a, _) => a,
        chrono::LocalResult::None => {
            // In a gap: try each later minute up to three hours (no zone has a longer gap).
            (1..=180)
                .find_map(|m| {
                    tz.from_local_datetime(&(local + chrono::Duration::minutes(m)))
                        .earliest()
                })
                .unwrap_or_else(|| tz.from_utc_datetime(&local))
        }
    }
}

fn rfc3339(d: &DateTime<Tz>) -> String {
    d.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

const SELECT: &str = "SELECT id, engagement_id, kind, title, date, end_date, time, time_zone, is_estimate, basis, notes, reminder_days, by_state, handled_at FROM milestone";

fn reminder_json(days: &[u32]) -> String {
    let list: Vec<String> = days.iter().map(u32::to_string).collect();
    format!("[{}]", list.join(","))
}

fn row_to_milestone(r: &rusqlite::Row) -> rusqlite::Result<Milestone> {
    let kind: String = r.get("kind")?;
    let date: String = r.get("date")?;
    let time: Option<String> = r.get("time")?;
    let zone: String = r.get("time_zone")?;
    let tz: Tz = zone.parse().unwrap_or(chrono_tz::UTC);
    let d = date.parse::<NaiveDate>().unwrap_or_default();
    let t = time
        .as_deref()
        .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok());
    let reminders: String = r.get("reminder_days")?;
    Ok(Milestone {
        id: r.get("id")?,
        engagement_id: r.get("engagement_id")?,
        kind: MilestoneKind::parse(&kind).unwrap_or(MilestoneKind::Internal),
        title: r.get("title")?,
        date,
        end_date: r.get("end_date")?,
        time,
        time_zone: zone,
        is_estimate: r.get("is_estimate")?,
        basis: r.get("basis")?,
        notes: r.get("notes")?,
        by_state: r.get("by_state")?,
        handled_at: r.get("handled_at")?,
        due: rfc3339(&due_at(d, t, tz)),
        // A damaged value falls back to the defaults rather than silently dropping reminders.
        reminder_days: serde_json::from_str(&reminders)
            .unwrap_or_else(|_| DEFAULT_REMINDER_DAYS.to_vec()),
    })
}

impl Store {
    /// The milestones of an engagement, in date order.
    pub fn milestones(&self, engagement_id: i64) -> Result<Vec<Milestone>> {
        let mut stmt = self.conn.prepare(&format!(
            "{SELECT} WHERE engagement_id = ?1 AND {LIVE} ORDER BY date, time, id"
        ))?;
        let rows = stmt.query_map([engagement_id], row_to_milestone)?;
        let mut out: Vec<Milestone> = rows.collect::<rusqlite::Result<_>>()?;
        out.sort_by(|a, b| a.due_instant().cmp(&b.due_instant()).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    pub fn milestone(&self, id: i64) -> Result<Milestone> {
        optional(self.conn.query_row(
            &format!("{SELECT} WHERE id = ?1 AND {LIVE}"),
            [id],
            row_to_milestone,
        ))?
        .ok_or(Error::NotFound {
            what: "Milestone",
            id,
        })
    }

    /// Adds a milestone to an engagement (which must exist and not be in the bin).
    pub fn add_milestone(
        &mut self,
        engagement_id: i64,
        input: &MilestoneInput,
    ) -> Result<Milestone> {
        let mut added = self.add_milestones(engagement_id, std::slice::from_ref(input))?;
        added
            .pop()
            .ok_or_else(|| Error::Internal("The milestone was not saved; please try again.".into()))
    }

    /// Adds several milestones at once (a proposed timeline the user confirmed): all of them,
    /// or none. For a batch of more than one, a validation error names its place in the batch
    /// as `milestones.<index>.<field>`, so the UI puts the message next to the right row.
    pub fn add_milestones(
        &mut self,
        engagement_id: i64,
        inputs: &[MilestoneInput],
    ) -> Result<Vec<Milestone>> {
        self.engagement(engagement_id)?;
        let batch = inputs.len() > 1;
        let in_batch = |i: usize, e: Error| match e {
            Error::Invalid { field, message } if batch => Error::Invalid {
                field: format!("milestones.{i}.{field}"),
                message,
            },
            Error::Said {
                kind,
                field: Some(field),
                said,
            } if batch => Error::Said {
                kind,
                field: Some(format!("milestones.{i}.{field}")),
                said,
            },
            other => other,
        };
        let mut checked: Vec<CheckedMilestone> = Vec::with_capacity(inputs.len());
        let mut others = self.window_edges(engagement_id, None)?;
        for (i, input) in inputs.iter().enumerate() {
            let m = input.check().map_err(|e| in_batch(i, e))?;
            check_window_order(&others, &m).map_err(|e| in_batch(i, e))?;
            if let Some(edge) = WindowEdge::of(&m) {
                others.push(edge);
            }
            checked.push(m);
        }
        let now = now_text();
        let ids = self.write(|tx| {
            let mut ids = Vec::with_capacity(checked.len());
            for m in &checked {
                let days = m
                    .reminder_days
                    .clone()
                    .unwrap_or_else(|| DEFAULT_REMINDER_DAYS.to_vec());
                let id = m
                    .columns(&days)
                    .and("engagement_id", Value::Integer(engagement_id))
                    .and("created_at", Value::Text(now.clone()))
                    .and("updated_at", Value::Text(now.clone()))
                    .insert(tx, "milestone")?;
                ids.push(id);
            }
            Ok(ids)
        })?;
        ids.into_iter().map(|id| self.milestone(id)).collect()
    }

    /// Changes a milestone. When its due moment or its reminders change, the reminders already
    /// given are forgotten, so that the new dates are reminded of again; when its due moment
    /// changes, a "handled" mark goes too (the new date may be missed in its turn).
    pub fn update_milestone(&mut self, id: i64, input: &MilestoneInput) -> Result<Milestone> {
        let old = self.milestone(id)?;
        let m = input.check()?;
        check_window_order(&self.window_edges(old.engagement_id, Some(id))?, &m)?;
        let days = m
            .reminder_days
            .clone()
            .unwrap_or_else(|| old.reminder_days.clone());
        let moved = m.due() != old.due_instant();
        let reset = moved || days != old.reminder_days;
        self.write(|tx| {
            m.columns(&days)
                .and("updated_at", Value::Text(now_text()))
                .update(tx, "milestone", id)?;
            if reset {
                tx.execute("DELETE FROM reminder_given WHERE milestone_id = ?1", [id])?;
            }
            if moved {
                tx.execute("UPDATE milestone SET handled_at = NULL WHERE id = ?1", [id])?;
            }
            Ok(())
        })?;
        self.milestone(id)
    }

    /// Moves a milestone by whole days (drag and drop on the calendar), keeping its time, its
    /// zone and its length: the same calendar day shift in the milestone's own zone.
    pub fn move_milestone(&mut self, id: i64, days: i64) -> Result<Milestone> {
        let old = self.milestone(id)?;
        let shift = |ymd: &str| -> Result<String> {
            let d = validate::date("date", ymd)?;
            d.checked_add_signed(chrono::Duration::days(days))
                .map(|d| d.to_string())
                .ok_or_else(|| Error::invalid_said("date", "error.date_out_of_reach", vec![]))
        };
        let input = MilestoneInput {
            kind: Some(old.kind),
            title: old.title.clone(),
            date: shift(&old.date)?,
            end_date: old.end_date.as_deref().map(shift).transpose()?,
            time: old.time.clone(),
            time_zone: old.time_zone.clone(),
            is_estimate: old.is_estimate,
            basis: old.basis.clone(),
            notes: old.notes.clone(),
            reminder_days: None,
            by_state: old.by_state,
        };
        self.update_milestone(id, &input)
    }

    /// Marks a missed deadline as handled (`handled` true), or as not handled any more (false,
    /// the undo): the dashboard lists every missed deadline of the city until it is handled.
    /// Only the city's own deadline that has passed can be marked; unmarking always works.
    pub fn set_milestone_handled(
        &mut self,
        id: i64,
        handled: bool,
        now: DateTime<Utc>,
    ) -> Result<Milestone> {
        let m = self.milestone(id)?;
        if handled && (m.by_state || !m.kind.needs_action()) {
            return Err(Error::said(
                "refused",
                "error.nothing_to_handle",
                vec![("title", m.title.clone().into())],
            ));
        }
        if handled && m.due_instant() >= now {
            return Err(Error::said(
                "refused",
                "error.not_passed_yet",
                vec![("title", m.title.clone().into())],
            ));
        }
        let at = handled.then(|| now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
        self.write(|tx| {
            // Marking it again keeps the first time it was marked.
            tx.execute(
                "UPDATE milestone SET handled_at = CASE WHEN ?2 IS NULL THEN NULL
                   ELSE coalesce(handled_at, ?2) END WHERE id = ?1",
                rusqlite::params![id, at],
            )?;
            Ok(())
        })?;
        self.milestone(id)
    }

    /// Moves a milestone to the bin (the UI asks first). It keeps every field and its
    /// reminders; while it is there, lists, the calendar, the dashboard, reminders and the
    /// iCalendar export leave it out. `restore` brings it back; emptying the bin deletes it.
    pub fn delete_milestone(&mut self, id: i64) -> Result<()> {
        self.milestone(id)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE milestone SET deleted_at = ?2 WHERE id = ?1",
                rusqlite::params![id, now_text()],
            )?;
            Ok(())
        })
    }

    /// The window openings and closings of an engagement (leaving out `editing`).
    fn window_edges(&self, engagement_id: i64, editing: Option<i64>) -> Result<Vec<WindowEdge>> {
        Ok(self
            .milestones(engagement_id)?
            .into_iter()
            .filter(|m| Some(m.id) != editing)
            .filter_map(|m| {
                Some(WindowEdge {
                    opens: opens_window(m.kind)?,
                    due: m.due_instant(),
                    date: m.date,
                })
            })
            .collect())
    }
}

impl Store {
    /// The reminders of a milestone already given (days before it), so that none is given
    /// twice, even across a restart.
    pub(crate) fn reminders_given(&self, milestone_id: i64) -> Result<Vec<u32>> {
        let mut stmt = self
            .conn
            .prepare("SELECT days_before FROM reminder_given WHERE milestone_id = ?1")?;
        let rows = stmt.query_map([milestone_id], |r| r.get::<_, u32>("days_before"))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records reminders — (milestone, days before it) — as given at `at`, all in one
    /// transaction.
    pub(crate) fn record_reminders_given(&mut self, given: &[(i64, u32)], at: &str) -> Result<()> {
        self.write(|tx| {
            let mut stmt = tx.prepare(
                "INSERT OR IGNORE INTO reminder_given (milestone_id, days_before, given_at) VALUES (?1, ?2, ?3)",
            )?;
            for (id, days) in given {
                stmt.execute(rusqlite::params![id, days, at])?;
            }
            Ok(())
        })
    }
}

/// The milestones' notes, where people's names get typed (personal data finds and erases them
/// there).
pub(crate) const NOTES: TextColumn = TextColumn {
    select: "SELECT m.id AS id, m.notes AS text, m.title AS milestone, e.title AS engagement
             FROM milestone m JOIN engagement e ON e.id = m.engagement_id WHERE m.notes <> ''",
    label: "personal_place.milestone_notes",
    label_args: &["milestone", "engagement"],
    update: "UPDATE milestone SET notes = ?2, updated_at = ?3 WHERE id = ?1",
};

/// The milestones in the bin (not those of a binned engagement: they come back with it), for
/// the bin's list.
pub(crate) fn in_bin(conn: &rusqlite::Connection) -> Result<Vec<BinnedRow>> {
    binned_rows(
        conn,
        &format!(
            "SELECT m.id AS id, m.title AS title, e.title AS context, m.deleted_at AS deleted_at
             FROM milestone m JOIN engagement e ON e.id = m.engagement_id WHERE {} AND {}",
            binned("m"),
            live("e")
        ),
    )
}

/// Takes a milestone out of the bin; false when it is not in the bin.
pub(crate) fn unbin(tx: &rusqlite::Connection, id: i64) -> Result<bool> {
    let sql = format!("UPDATE milestone SET deleted_at = NULL WHERE id = ?1 AND {BINNED}");
    Ok(tx.execute(&sql, [id])? > 0)
}

/// Deletes for good the milestones in the bin (the reminders given go with them: the schema
/// cascades).
pub(crate) fn empty_bin(tx: &rusqlite::Connection) -> Result<()> {
    tx.execute(&format!("DELETE FROM milestone WHERE {BINNED}"), [])?;
    Ok(())
}

/// One end of a submission window, for checking that a window never closes before it opens.
struct WindowEdge {
    opens: bool,
    due: DateTime<Utc>,
    date: String,
}

impl WindowEdge {
    fn of(m: &CheckedMilestone) -> Option<WindowEdge> {
        Some(WindowEdge {
            opens: opens_window(m.kind)?,
            due: m.due(),
            date: m.date.to_string(),
        })
    }
}

/// Whether a kind opens (true) or closes (false) a submission window; None for other kinds.
fn opens_window(kind: MilestoneKind) -> Option<bool> {
    match kind {
        MilestoneKind::WindowOpens => Some(true),
        MilestoneKind::WindowCloses => Some(false),
        _ => None,
    }
}

/// A submission window cannot close before it opens.
fn check_window_order(others: &[WindowEdge], m: &CheckedMilestone) -> Result<()> {
    let Some(this) = WindowEdge::of(m) else {
        return Ok(());
    };
    for other in others.iter().filter(|o| o.opens != this.opens) {
        let (opens, closes) = if this.opens {
            (&this, other)
        } else {
            (other, &this)
        };
        if closes.due < opens.due {
            return Err(Error::invalid_said(
                "date",
                "error.window_closes_before_opening",
                vec![
                    ("closes", closes.date.clone().into()),
                    ("opens", opens.date.clone().into()),
                ],
            ));
        }
    }
    Ok(())
}

impl Milestone {
    /// The due instant in UTC (for sorting and comparisons).
    pub fn due_instant(&self) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(&self.due)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_default()
    }
}

/// Where a milestone stands for the city, decided here once so that the dashboard, the
/// sidebar, the calendar, the engagement screen and `cityrights deadlines` agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DeadlineState {
    /// Still to come.
    Ahead,
    /// A submission window met by a submission of the engagement sent on or before it closed
    /// (see `calendar::met_by`): done, whether or not the window has closed yet.
    Met,
    /// The city's deadline passed and nothing shows it was met: it stays on the dashboard until
    /// the officer marks it handled.
    Missed,
    /// Missed, and marked as handled by the officer (undoable).
    Handled,
    /// Passed, and it asked nothing of the city by then (a window opened, a session took place,
    /// a State's step).
    Passed,
}

/// The submission that met a deadline: sent on or before it closed.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct MetBy {
    pub submission_id: i64,
    pub submission_title: String,
    /// The day it was sent, `YYYY-MM-DD`, as the officer recorded it.
    pub sent_on: String,
}

/// Where `m` stands at `now`, given the submission that met it, if any. A deadline the city had
/// to act on (see `MilestoneKind::needs_action`; never a State's step) that passed is missed
/// unless a submission met it or the officer marked it handled.
pub fn deadline_state(
    m: &Milestone,
    now: chrono::DateTime<chrono::Utc>,
    met: bool,
) -> DeadlineState {
    let citys = m.kind.needs_action() && !m.by_state;
    if citys && met {
        DeadlineState::Met
    } else if m.due_instant() >= now {
        DeadlineState::Ahead
    } else if !citys {
        DeadlineState::Passed
    } else if m.handled_at.is_some() {
        DeadlineState::Handled
    } else {
        DeadlineState::Missed
    }
}

/// A milestone with how far it is from now, as the engagement screens list it. Its JSON is the
/// milestone's own fields (flattened) plus `days_left`, `overdue`, `state` and `met_by`,
/// computed here: the UI only puts them into words and never counts days itself.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DatedMilestone {
    #[serde(flatten)]
    #[ts(flatten)]
    pub milestone: Milestone,
    /// Whole days from now until it is due (0: due within the next 24 hours; negative: passed).
    pub days_left: i64,
    /// The city's deadline passed, not met and not yet marked handled (`state` is `missed`).
    pub overdue: bool,
    pub state: DeadlineState,
    /// The submission that met it (`state` is `met`).
    pub met_by: Option<MetBy>,
}

impl DatedMilestone {
    /// `m` as seen at `now`, met by no submission.
    pub fn at(m: Milestone, now: chrono::DateTime<chrono::Utc>) -> Self {
        Self::judged(m, now, None)
    }

    /// `m` as seen at `now`, met by `met_by` if given.
    pub fn judged(m: Milestone, now: chrono::DateTime<chrono::Utc>, met_by: Option<MetBy>) -> Self {
        let (days_left, _) = days_left(&m, now);
        let state = deadline_state(&m, now, met_by.is_some());
        DatedMilestone {
            milestone: m,
            days_left,
            overdue: state == DeadlineState::Missed,
            state,
            met_by: met_by.filter(|_| state == DeadlineState::Met),
        }
    }
}

/// Whole days from `now` until a milestone is due (0: within the next 24 hours; negative:
/// passed), and whether it is overdue (passed, and the city had something to do by then — a
/// State's step never is).
pub fn days_left(m: &Milestone, now: chrono::DateTime<chrono::Utc>) -> (i64, bool) {
    let secs = (m.due_instant() - now).num_seconds();
    (
        secs.div_euclid(86_400),
        secs < 0 && m.kind.needs_action() && !m.by_state,
    )
}

impl Store {
    /// The token of this database's calendar feed: the calendar export makes each event's UID
    /// from it, so that a calendar program that imports the file twice updates its events
    /// instead of doubling them (see `app::export::ics`).
    pub(crate) fn calendar_token(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("SELECT token FROM calendar_feed WHERE id = 1", [], |r| {
                r.get("token")
            })?)
    }

    /// When a milestone last changed (the calendar export's `LAST-MODIFIED`); the epoch when
    /// the stored text is not a date, which only makes a calendar program refresh the event.
    pub(crate) fn milestone_updated_at(&self, id: i64) -> Result<DateTime<Utc>> {
        let text: String = self.conn.query_row(
            "SELECT updated_at FROM milestone WHERE id = ?1",
            [id],
            |r| r.get("updated_at"),
        )?;
        Ok(DateTime::parse_from_rfc3339(&text)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_milestone_starts_in_the_users_zone_except_a_upr_window_in_geneva_time() {
        let d = MilestoneDefaults::for_user("America/New_York");
        assert_eq!(d.time_zone, "America/New_York");
        assert_eq!(d.reminder_days, "30, 7, 1");
        assert_eq!(d.time_zone_by_kind.len(), MilestoneKind::ALL.len());
        // The UN gives treaty-body and Special Procedures dates without a zone: the user's.
        assert_eq!(
            d.time_zone_by_kind[&MilestoneKind::WindowCloses],
            "America/New_York"
        );
        // Only the UPR's submission window is in Geneva time.
        assert_eq!(
            d.upr_time_zone_by_kind[&MilestoneKind::WindowCloses],
            GENEVA
        );
        assert_eq!(d.upr_time_zone_by_kind[&MilestoneKind::WindowOpens], GENEVA);
        assert_eq!(
            d.upr_time_zone_by_kind[&MilestoneKind::Session],
            "America/New_York"
        );
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["time_zone_by_kind"]["internal"], "America/New_York");
        assert_eq!(json["upr_time_zone_by_kind"]["window_closes"], GENEVA);
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn t(s: &str) -> NaiveTime {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap()
    }

    #[test]
    fn upr_window_closes_at_2359_geneva_in_summer_and_winter() {
        let tz: Tz = GENEVA.parse().unwrap();
        assert_eq!(
            rfc3339(&due_at(d("2024-04-08"), Some(t("23:59")), tz)),
            "2024-04-08T23:59:00+02:00"
        );
        assert_eq!(
            rfc3339(&due_at(d("2024-02-27"), Some(t("23:59")), tz)),
            "2024-02-27T23:59:00+01:00"
        );
    }

    #[test]
    fn without_a_time_a_milestone_is_due_at_the_end_of_its_day() {
        let tz: Tz = "America/New_York".parse().unwrap();
        assert_eq!(
            rfc3339(&due_at(d("2026-12-01"), None, tz)),
            "2026-12-01T23:59:59-05:00"
        );
    }

    #[test]
    fn a_time_skipped_by_daylight_saving_moves_forward() {
        let tz: Tz = GENEVA.parse().unwrap();
        // 31 March 2024, 02:00 → 03:00 in Geneva.
        assert_eq!(
            rfc3339(&due_at(d("2024-03-31"), Some(t("02:30")), tz)),
            "2024-03-31T03:00:00+02:00"
        );
    }

    #[test]
    fn a_repeated_time_takes_the_earlier_instant() {
        let tz: Tz = GENEVA.parse().unwrap();
        // 27 October 2024, 03:00 → 02:00: 02:30 happens twice.
        assert_eq!(
            rfc3339(&due_at(d("2024-10-27"), Some(t("02:30")), tz)),
            "2024-10-27T02:30:00+02:00"
        );
    }

    #[test]
    fn input_is_checked_field_by_field() {
        let ok = MilestoneInput {
            kind: Some(MilestoneKind::Internal),
            title: "Inputs from departments".into(),
            date: "2027-01-15".into(),
            time_zone: GENEVA.into(),
            ..Default::default()
        };
        assert!(ok.check().is_ok());
        let e = MilestoneInput {
            time_zone: "Mars/Olympus".into(),
            ..ok.clone()
        }
        .check()
        .unwrap_err();
        assert_eq!(e.field(), Some("time_zone"));
        let e = MilestoneInput {
            date: "15/01/2027".into(),
            ..ok.clone()
        }
        .check()
        .unwrap_err();
        assert_eq!(e.field(), Some("date"));
        let e = MilestoneInput {
            time: Some("25:00".into()),
            ..ok.clone()
        }
        .check()
        .unwrap_err();
        assert_eq!(e.field(), Some("time"));
        let e = MilestoneInput {
            end_date: Some("2027-01-01".into()),
            ..ok.clone()
        }
        .check()
        .unwrap_err();
        assert_eq!(e.field(), Some("end_date"));
        let e = MilestoneInput { kind: None, ..ok }.check().unwrap_err();
        assert_eq!(e.field(), Some("kind"));
    }
}

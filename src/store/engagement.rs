//! Engagements: one review or call the city takes part in ("UPR of Slovenia, 4th cycle, WG 48";
//! "CESCR review of Spain, LOIPR"; "Call for input of the SR on adequate housing").

use crate::rules::{validate_override, EffectiveRule, RuleOverride};
use crate::store::{binned_rows, now_text, optional, BinnedRow, Store, TextColumn, BINNED, LIVE};
use crate::validate;
use crate::{Error, Result};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where an engagement stands, in the order it usually moves.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
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
pub enum Stage {
    Upcoming,
    Drafting,
    Submitted,
    UnderReview,
    OutcomeAdopted,
    FollowUp,
}

crate::enums::words!(Stage);

impl Stage {
    /// Where the stage stands in the usual order (upcoming first).
    fn rank(self) -> usize {
        Stage::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

/// Moves an engagement forward to `stage` when it stands at an earlier one, and never backwards:
/// the stage follows its submissions (a new one means drafting, a sent one means submitted)
/// without undoing what the officer set by hand (under review, outcome adopted…). Runs inside
/// the caller's transaction. Returns the stage it moved from, or `None` when it did not move.
pub(crate) fn advance_stage(
    tx: &rusqlite::Connection,
    engagement_id: i64,
    stage: Stage,
) -> Result<Option<Stage>> {
    let current: Option<String> = optional(tx.query_row(
        "SELECT stage FROM engagement WHERE id = ?1",
        [engagement_id],
        |r| r.get("stage"),
    ))?;
    let Some(current) = current.as_deref().and_then(Stage::parse) else {
        return Ok(None);
    };
    if current.rank() >= stage.rank() {
        return Ok(None);
    }
    tx.execute(
        "UPDATE engagement SET stage = ?2, updated_at = ?3 WHERE id = ?1",
        rusqlite::params![engagement_id, stage.as_str(), now_text()],
    )?;
    Ok(Some(current))
}

/// An engagement as stored.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Engagement {
    pub id: i64,
    /// Mechanism code: `UPR`, a treaty-body acronym, or `SP`.
    pub mechanism: String,
    pub title: String,
    /// The State under review (or visited), as the city writes it.
    pub state_under_review: String,
    /// Session, cycle or call, e.g. "4th cycle, WG session 48".
    pub session: String,
    /// For Special Procedures: the mandate (code from the reference data or free text).
    pub mandate: String,
    pub stage: Stage,
    pub notes: String,
    pub rule_override: RuleOverride,
    pub created_at: String,
    pub updated_at: String,
}

/// The fields a user fills in to create or edit an engagement.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EngagementInput {
    pub mechanism: String,
    pub title: String,
    #[serde(default)]
    pub state_under_review: String,
    #[serde(default)]
    pub session: String,
    #[serde(default)]
    pub mandate: String,
    #[serde(default)]
    pub stage: Option<Stage>,
    #[serde(default)]
    pub notes: String,
}

struct Checked {
    mechanism: String,
    title: String,
    state_under_review: String,
    session: String,
    mandate: String,
    stage: Stage,
    notes: String,
}

impl Store {
    fn check_engagement(&self, input: &EngagementInput) -> Result<Checked> {
        let title = validate::title("title", &input.title)?;
        let mechanism = self.mechanism(input.mechanism.trim())?.code;
        for (field, value) in [
            ("state_under_review", &input.state_under_review),
            ("session", &input.session),
            ("mandate", &input.mandate),
        ] {
            validate::text(field, value.trim(), validate::SHORT_MAX)?;
        }
        validate::text("notes", &input.notes, validate::NOTES_MAX)?;
        Ok(Checked {
            mechanism,
            title,
            state_under_review: input.state_under_review.trim().to_string(),
            session: input.session.trim().to_string(),
            mandate: input.mandate.trim().to_string(),
            stage: input.stage.unwrap_or(Stage::Upcoming),
            notes: input.notes.clone(),
        })
    }

    /// Creates an engagement.
    pub fn create_engagement(&mut self, input: &EngagementInput) -> Result<Engagement> {
        let c = self.check_engagement(input)?;
        let now = now_text();
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO engagement (mechanism, title, state_under_review, session, mandate, stage, notes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                rusqlite::params![c.mechanism, c.title, c.state_under_review, c.session, c.mandate, c.stage.as_str(), c.notes, now],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.engagement(id)
    }

    /// Changes an engagement's fields (all of them, as the edit form sends them).
    pub fn update_engagement(&mut self, id: i64, input: &EngagementInput) -> Result<Engagement> {
        let old = self.engagement(id)?;
        let c = self.check_engagement(input)?;
        let stage = input.stage.unwrap_or(old.stage);
        self.write(|tx| {
            tx.execute(
                "UPDATE engagement SET mechanism = ?2, title = ?3, state_under_review = ?4, session = ?5, mandate = ?6,
                   stage = ?7, notes = ?8, updated_at = ?9 WHERE id = ?1",
                rusqlite::params![id, c.mechanism, c.title, c.state_under_review, c.session, c.mandate, stage.as_str(), c.notes, now_text()],
            )?;
            Ok(())
        })?;
        self.engagement(id)
    }

    /// Moves an engagement to another stage.
    pub fn set_engagement_stage(&mut self, id: i64, stage: Stage) -> Result<Engagement> {
        self.engagement(id)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE engagement SET stage = ?2, updated_at = ?3 WHERE id = ?1",
                rusqlite::params![id, stage.as_str(), now_text()],
            )?;
            Ok(())
        })?;
        self.engagement(id)
    }

    /// Replaces the engagement's overrides of the mechanism's default rule.
    pub fn set_rule_override(&mut self, id: i64, ov: &RuleOverride) -> Result<EffectiveRule> {
        validate_override(ov)?;
        self.engagement(id)?;
        let json = serde_json::to_string(ov).map_err(|e| Error::Internal(e.to_string()))?;
        self.write(|tx| {
            tx.execute(
                "UPDATE engagement SET rule_override_json = ?2, updated_at = ?3 WHERE id = ?1",
                rusqlite::params![id, json, now_text()],
            )?;
            Ok(())
        })?;
        self.effective_rule(id)
    }

    /// The rule in force for an engagement today.
    pub fn effective_rule(&self, id: i64) -> Result<EffectiveRule> {
        let e = self.engagement(id)?;
        let m = self.mechanism(&e.mechanism)?;
        // The shipped notes in the interface's (or the CLI's) language.
        Ok(EffectiveRule::new(
            &m.rule_in(self.language()),
            &e.rule_override,
            chrono::Local::now().date_naive(),
        ))
    }

    /// One engagement (not in the bin).
    pub fn engagement(&self, id: i64) -> Result<Engagement> {
        optional(self.conn.query_row(
            &format!("SELECT {COLUMNS} FROM engagement WHERE id = ?1 AND {LIVE}"),
            [id],
            row_to_engagement,
        ))?
        .ok_or(Error::NotFound {
            what: "Engagement",
            id,
        })
    }

    /// All engagements not in the bin, newest first.
    pub fn engagements(&self) -> Result<Vec<Engagement>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM engagement WHERE {LIVE} ORDER BY id DESC"
        ))?;
        let rows = stmt.query_map([], row_to_engagement)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Moves an engagement (with its submissions and milestones) to the bin.
    pub fn delete_engagement(&mut self, id: i64) -> Result<()> {
        self.engagement(id)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE engagement SET deleted_at = ?2 WHERE id = ?1",
                rusqlite::params![id, now_text()],
            )?;
            Ok(())
        })
    }
}

/// The columns [`row_to_engagement`] reads.
const COLUMNS: &str = "id, mechanism, title, state_under_review, session, mandate, stage, notes, \
     rule_override_json, created_at, updated_at";

fn row_to_engagement(r: &rusqlite::Row) -> rusqlite::Result<Engagement> {
    let stage: String = r.get("stage")?;
    let ov: String = r.get("rule_override_json")?;
    Ok(Engagement {
        id: r.get("id")?,
        mechanism: r.get("mechanism")?,
        title: r.get("title")?,
        state_under_review: r.get("state_under_review")?,
        session: r.get("session")?,
        mandate: r.get("mandate")?,
        stage: Stage::parse(&stage).unwrap_or(Stage::Upcoming),
        notes: r.get("notes")?,
        rule_override: serde_json::from_str(&ov).unwrap_or_default(),
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

/// The engagements' notes, where people's names get typed (personal data finds and erases
/// them there).
pub(crate) const NOTES: TextColumn = TextColumn {
    select: "SELECT id, notes AS text, title FROM engagement WHERE notes <> ''",
    label: "personal_place.engagement_notes",
    label_args: &["title"],
    update: "UPDATE engagement SET notes = ?2, updated_at = ?3 WHERE id = ?1",
};

/// How many engagements the database behind `conn` holds, those in the bin left out (a
/// backup's or a workspace file's summary) or counted too (whether anything was recorded).
pub(crate) fn count(conn: &Connection, with_binned: bool) -> rusqlite::Result<i64> {
    let sql = if with_binned {
        "SELECT count(*) AS n FROM engagement".to_string()
    } else {
        format!("SELECT count(*) AS n FROM engagement WHERE {LIVE}")
    };
    crate::store::count(conn, &sql, [])
}

/// The engagements not in the bin, as a sub-select that other tables' reads end with
/// (`… AND engagement_id IN <this>`): what belongs to a binned engagement is out of sight
/// with it.
pub(crate) fn live_ids() -> String {
    format!("(SELECT id FROM engagement WHERE {LIVE})")
}

/// The engagements in the bin, for the bin's list.
pub(crate) fn in_bin(conn: &Connection) -> Result<Vec<BinnedRow>> {
    binned_rows(
        conn,
        &format!(
            "SELECT id, title, mechanism AS context, deleted_at FROM engagement WHERE {BINNED}"
        ),
    )
}

/// Takes an engagement out of the bin; false when it is not in the bin.
pub(crate) fn unbin(tx: &Connection, id: i64) -> Result<bool> {
    let sql = format!("UPDATE engagement SET deleted_at = NULL WHERE id = ?1 AND {BINNED}");
    Ok(tx.execute(&sql, [id])? > 0)
}

/// Deletes for good the engagements in the bin (their submissions and milestones go with
/// them: the schema cascades).
pub(crate) fn empty_bin(tx: &Connection) -> Result<()> {
    tx.execute(&format!("DELETE FROM engagement WHERE {BINNED}"), [])?;
    Ok(())
}

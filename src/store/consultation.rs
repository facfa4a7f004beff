//! Consultations: who the city consulted for an engagement, which is how a submission shows
//! its inclusive process (the templates' "Methodology and consultations" section).
//!
//! A consultation names people, so its participants are personal data: they are kept for the
//! retention period and then anonymised, or erased on request (both done by the personal data
//! service).
//! An anonymised participant stays in the list as "Participant n" with their organisation, so
//! the consultation keeps its date, topic, organisations and counts.

use crate::model::language::Said;
use crate::store::{now_text, optional, Store, TextColumn};
use crate::validate;
use crate::{Error, Result};
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How the city consulted.
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
pub enum ConsultationFormat {
    Meeting,
    Workshop,
    Survey,
    WrittenInput,
    Interview,
    PublicHearing,
    Other,
}

crate::enums::words!(ConsultationFormat);

/// A person who took part, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Participant {
    pub id: i64,
    /// 1, 2, 3… within the consultation.
    pub position: i64,
    /// The person's name, or "Participant n" once anonymised.
    pub name: String,
    pub organisation: String,
    /// The stakeholder the organisation is, when it is one of the city's stakeholders.
    pub stakeholder_id: Option<i64>,
    pub role: String,
    pub email: String,
    pub phone: String,
    /// Whether the person agreed to be named in the submission.
    pub consent_to_name: bool,
    /// Free notes about this person (what they said, follow-up).
    pub notes: String,
    /// When the personal data was removed (retention or erasure); None while it is kept.
    pub anonymised_at: Option<String>,
}

/// A participant as the form sends it. `id` names an existing participant when editing, so
/// that one already anonymised stays anonymised whatever the form sends back.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ParticipantInput {
    #[serde(default)]
    pub id: Option<i64>,
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub stakeholder_id: Option<i64>,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub consent_to_name: bool,
    #[serde(default)]
    pub notes: String,
}

/// A consultation as stored, with its participants in order.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Consultation {
    pub id: i64,
    pub engagement_id: i64,
    /// The submission it informed, when one is named.
    pub submission_id: Option<i64>,
    /// `YYYY-MM-DD`.
    pub held_on: String,
    pub topic: String,
    pub format: ConsultationFormat,
    pub notes: String,
    pub participants: Vec<Participant>,
    /// The date until which participants' personal data is kept (`held_on` plus the
    /// retention period), for the list to say so.
    pub personal_data_until: String,
}

/// The fields of the consultation form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConsultationInput {
    #[serde(default)]
    pub submission_id: Option<i64>,
    pub held_on: String,
    pub topic: String,
    pub format: Option<ConsultationFormat>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub participants: Vec<ParticipantInput>,
}

/// The most participants one consultation records by name (a survey with hundreds of
/// respondents is recorded as a count in its notes, not as people).
pub const PARTICIPANTS_MAX: usize = 200;

struct CheckedParticipant {
    /// (id, anonymised_at) of a participant already anonymised, who stays so.
    keep_anonymised: Option<(i64, String)>,
    name: String,
    organisation: String,
    stakeholder_id: Option<i64>,
    role: String,
    email: String,
    phone: String,
    consent_to_name: bool,
    notes: String,
}

/// The day until which personal data of a consultation held on `held_on` is kept; empty when
/// the date cannot be read (never the case for rows written by the core).
pub fn kept_until(held_on: &str, months: u32) -> String {
    NaiveDate::parse_from_str(held_on, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.checked_add_months(Months::new(months)))
        .map(|d| d.to_string())
        .unwrap_or_default()
}

/// The name an anonymised participant is shown with.
pub fn pseudonym(position: i64) -> String {
    format!("Participant {position}")
}

/// The retention period when none was chosen: two years after the consultation.
pub const DEFAULT_RETENTION_MONTHS: u32 = 24;

impl Store {
    /// How many months after a consultation its participants' personal data is kept.
    pub fn retention_months(&self) -> Result<u32> {
        let m: Option<i64> = optional(self.conn.query_row(
            "SELECT retention_months FROM personal_data_policy WHERE id = 1",
            [],
            |r| r.get("retention_months"),
        ))?;
        Ok(m.and_then(|m| u32::try_from(m).ok())
            .unwrap_or(DEFAULT_RETENTION_MONTHS))
    }

    fn check_consultation(
        &self,
        engagement_id: i64,
        existing: Option<i64>,
        input: &ConsultationInput,
    ) -> Result<Vec<CheckedParticipant>> {
        if input.held_on.trim().is_empty() {
            return Err(Error::invalid_said(
                "held_on",
                "error.consultation_date",
                vec![],
            ));
        }
        validate::date("held_on", &input.held_on)?;
        validate::required("topic", &input.topic, "required.topic", validate::TITLE_MAX).map_err(
            |_| {
                if input.topic.trim().is_empty() {
                    Error::invalid_said("topic", "error.consultation_topic_empty", vec![])
                } else {
                    Error::invalid_said(
                        "topic",
                        "error.consultation_topic_long",
                        vec![("max", validate::TITLE_MAX.into())],
                    )
                }
            },
        )?;
        if input.format.is_none() {
            return Err(Error::invalid_said(
                "format",
                "error.consultation_format",
                vec![],
            ));
        }
        validate::text("notes", &input.notes, validate::NOTES_MAX)?;
        if let Some(sub) = input.submission_id {
            let of = self.submission_engagement(sub)?;
            if of != Some(engagement_id) {
                return Err(Error::invalid_said(
                    "submission_id",
                    "error.consultation_submission",
                    vec![],
                ));
            }
        }
        if input.participants.len() > PARTICIPANTS_MAX {
            return Err(Error::invalid_said(
                "participants",
                "error.participants_max",
                vec![("max", PARTICIPANTS_MAX.into())],
            ));
        }
        let anonymised: Vec<(i64, String)> = match existing {
            Some(cid) => {
                let mut stmt = self.conn.prepare(
                    "SELECT id, anonymised_at FROM consultation_participant WHERE consultation_id = ?1 AND anonymised_at IS NOT NULL",
                )?;
                let rows =
                    stmt.query_map([cid], |r| Ok((r.get("id")?, r.get("anonymised_at")?)))?;
                rows.collect::<rusqlite::Result<_>>()?
            }
            None => Vec::new(),
        };
        let stakeholders = self.stakeholders()?;
        let mut out = Vec::new();
        for (i, p) in input.participants.iter().enumerate() {
            let n = i + 1;
            let keep =
                p.id.and_then(|id| anonymised.iter().find(|(a, _)| *a == id).cloned());
            let name = if keep.is_some() {
                String::new()
            } else {
                let name = p.name.trim();
                if name.is_empty() {
                    return Err(Error::invalid_said(
                        "participants",
                        "error.participant_no_name",
                        vec![("n", n.into())],
                    ));
                }
                validate::text("participants", name, validate::SHORT_MAX)?;
                name.to_string()
            };
            for v in [&p.organisation, &p.role, &p.phone] {
                validate::text("participants", v.trim(), validate::SHORT_MAX)?;
            }
            validate::text("participants", &p.notes, validate::NOTES_MAX)?;
            let email = validate::email("participants", &p.email).map_err(|_| {
                Error::invalid_said(
                    "participants",
                    "error.participant_email",
                    vec![("value", p.email.trim().into()), ("n", n.into())],
                )
            })?;
            let organisation = p.organisation.trim();
            // Linked when chosen (or typed exactly as a stakeholder's name or acronym), free
            // text otherwise.
            let stakeholder_id = match p.stakeholder_id {
                Some(id) => Some(self.stakeholder(id)?.id),
                None if organisation.is_empty() => None,
                None => stakeholders
                    .iter()
                    .find(|s| {
                        s.name.eq_ignore_ascii_case(organisation)
                            || (!s.acronym.is_empty()
                                && s.acronym.eq_ignore_ascii_case(organisation))
                    })
                    .map(|s| s.id),
            };
            let organisation = match (organisation.is_empty(), stakeholder_id) {
                (true, Some(id)) => self.stakeholder(id)?.name,
                _ => organisation.to_string(),
            };
            let anon = keep.is_some();
            out.push(CheckedParticipant {
                keep_anonymised: keep,
                name,
                organisation,
                stakeholder_id,
                role: if anon {
                    String::new()
                } else {
                    p.role.trim().to_string()
                },
                email: if anon { String::new() } else { email },
                phone: if anon {
                    String::new()
                } else {
                    p.phone.trim().to_string()
                },
                consent_to_name: !anon && p.consent_to_name,
                notes: if anon { String::new() } else { p.notes.clone() },
            });
        }
        Ok(out)
    }

    /// Records a consultation with its participants.
    pub fn create_consultation(
        &mut self,
        engagement_id: i64,
        input: &ConsultationInput,
    ) -> Result<Consultation> {
        self.engagement(engagement_id)?;
        let people = self.check_consultation(engagement_id, None, input)?;
        let now = now_text();
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO consultation (engagement_id, submission_id, held_on, topic, format, notes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                rusqlite::params![
                    engagement_id,
                    input.submission_id,
                    input.held_on.trim(),
                    input.topic.trim(),
                    input.format.map(|f| f.as_str()).unwrap_or("other"),
                    input.notes,
                    now
                ],
            )?;
            let id = tx.last_insert_rowid();
            insert_participants(tx, id, &people)?;
            Ok(id)
        })?;
        self.consultation(id)
    }

    /// Changes a consultation (all fields and the participant list, as the form sends them).
    pub fn update_consultation(
        &mut self,
        id: i64,
        input: &ConsultationInput,
    ) -> Result<Consultation> {
        let old = self.consultation(id)?;
        let people = self.check_consultation(old.engagement_id, Some(id), input)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE consultation SET submission_id = ?2, held_on = ?3, topic = ?4, format = ?5, notes = ?6, updated_at = ?7
                 WHERE id = ?1",
                rusqlite::params![
                    id,
                    input.submission_id,
                    input.held_on.trim(),
                    input.topic.trim(),
                    input.format.map(|f| f.as_str()).unwrap_or("other"),
                    input.notes,
                    now_text()
                ],
            )?;
            tx.execute(
                "DELETE FROM consultation_participant WHERE consultation_id = ?1",
                [id],
            )?;
            insert_participants(tx, id, &people)?;
            Ok(())
        })?;
        self.consultation(id)
    }

    /// Deletes a consultation and its participants for good (the UI asks first). Consultations
    /// do not go to the bin: a binned record would keep personal data out of sight of the
    /// retention and erasure that exist to remove it.
    pub fn delete_consultation(&mut self, id: i64) -> Result<()> {
        self.consultation(id)?;
        self.write(|tx| {
            tx.execute("DELETE FROM consultation WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// One consultation with its participants.
    pub fn consultation(&self, id: i64) -> Result<Consultation> {
        let months = self.retention_months()?;
        let c = optional(self.conn.query_row(
            &format!("{SELECT_CONSULTATION} WHERE id = ?1"),
            [id],
            |r| row_to_consultation(r, months),
        ))?
        .ok_or(Error::NotFound {
            what: "Consultation",
            id,
        })?;
        self.with_participants(c)
    }

    /// The consultations of one engagement (or of every engagement not in the bin), newest
    /// first.
    pub fn consultations(&self, engagement_id: Option<i64>) -> Result<Vec<Consultation>> {
        let months = self.retention_months()?;
        let mut stmt = self.conn.prepare(&format!(
            "{SELECT_CONSULTATION} WHERE (?1 IS NULL OR engagement_id = ?1)
               AND engagement_id IN {}
             ORDER BY held_on DESC, id DESC",
            crate::engagement::live_ids()
        ))?;
        let rows = stmt.query_map([engagement_id], |r| row_to_consultation(r, months))?;
        let list: Vec<Consultation> = rows.collect::<rusqlite::Result<_>>()?;
        list.into_iter()
            .map(|c| self.with_participants(c))
            .collect()
    }

    fn with_participants(&self, mut c: Consultation) -> Result<Consultation> {
        let mut stmt = self.conn.prepare(
            "SELECT id, position, name, organisation, stakeholder_id, role, email, phone, consent_to_name, notes, anonymised_at
             FROM consultation_participant WHERE consultation_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([c.id], |r| {
            Ok(Participant {
                id: r.get("id")?,
                position: r.get("position")?,
                name: r.get("name")?,
                organisation: r.get("organisation")?,
                stakeholder_id: r.get("stakeholder_id")?,
                role: r.get("role")?,
                email: r.get("email")?,
                phone: r.get("phone")?,
                consent_to_name: r.get("consent_to_name")?,
                notes: r.get("notes")?,
                anonymised_at: r.get("anonymised_at")?,
            })
        })?;
        c.participants = rows.collect::<rusqlite::Result<_>>()?;
        Ok(c)
    }
}

const SELECT_CONSULTATION: &str =
    "SELECT id, engagement_id, submission_id, held_on, topic, format, notes FROM consultation";

fn row_to_consultation(r: &rusqlite::Row, months: u32) -> rusqlite::Result<Consultation> {
    let format: String = r.get("format")?;
    let held_on: String = r.get("held_on")?;
    Ok(Consultation {
        id: r.get("id")?,
        engagement_id: r.get("engagement_id")?,
        submission_id: r.get("submission_id")?,
        personal_data_until: kept_until(&held_on, months),
        held_on,
        topic: r.get("topic")?,
        format: ConsultationFormat::parse(&format).unwrap_or(ConsultationFormat::Other),
        notes: r.get("notes")?,
        participants: Vec::new(),
    })
}

fn insert_participants(
    tx: &rusqlite::Transaction,
    consultation_id: i64,
    people: &[CheckedParticipant],
) -> Result<()> {
    let mut stmt = tx.prepare(
        "INSERT INTO consultation_participant (consultation_id, position, name, organisation, stakeholder_id, role, email, phone, consent_to_name, notes, anonymised_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for (i, p) in people.iter().enumerate() {
        let position = i as i64 + 1;
        // An anonymised participant takes the pseudonym of their (possibly new) place.
        let (name, anonymised_at) = match &p.keep_anonymised {
            Some((_, at)) => (pseudonym(position), Some(at.clone())),
            None => (p.name.clone(), None),
        };
        stmt.execute(rusqlite::params![
            consultation_id,
            position,
            name,
            p.organisation,
            p.stakeholder_id,
            p.role,
            p.email,
            p.phone,
            p.consent_to_name,
            p.notes,
            anonymised_at
        ])?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// What the personal-data service reads and writes here (retention, finding and erasing a
// person): the statements on consultations and their participants, run for it.

/// A participant whose personal data is still kept, as the personal-data service reads them.
pub(crate) struct ParticipantRow {
    pub(crate) id: i64,
    pub(crate) consultation_id: i64,
    pub(crate) position: i64,
    pub(crate) name: String,
    pub(crate) email: String,
    /// Where they are, in words: "Consultation “Housing” of 2026-03-02, participant 2".
    pub(crate) label: Said,
}

/// Which participants [`Store::participant_rows`] reads; always only those whose personal
/// data is still kept (not anonymised).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Participants<'a> {
    /// Every one.
    Kept,
    /// Those of consultations held on or before this day (`YYYY-MM-DD`): past retention.
    HeldBy(&'a str),
    /// Those whose name or e-mail, in lower case, is `LIKE` this pattern (`\` escapes).
    Like(&'a str),
}

impl Participants<'_> {
    fn condition(&self) -> &'static str {
        match self {
            Participants::Kept => "p.anonymised_at IS NULL",
            Participants::HeldBy(_) => "p.anonymised_at IS NULL AND c.held_on <= ?1",
            Participants::Like(_) => {
                "p.anonymised_at IS NULL AND (lower(p.name) LIKE ?1 ESCAPE '\\' OR lower(p.email) LIKE ?1 ESCAPE '\\')"
            }
        }
    }

    fn params(&self) -> Vec<&str> {
        match self {
            Participants::Kept => Vec::new(),
            Participants::HeldBy(v) | Participants::Like(v) => vec![v],
        }
    }
}

/// A participant's name and e-mail, and whether they were anonymised already.
pub(crate) struct ParticipantContact {
    pub(crate) name: String,
    pub(crate) email: String,
    pub(crate) anonymised: bool,
}

/// The consultations' notes, where people's names get typed (personal data finds and erases
/// them there).
pub(crate) const NOTES: TextColumn = TextColumn {
    select: "SELECT id, notes AS text, topic, held_on FROM consultation WHERE notes <> ''",
    label: "personal_place.consultation_notes",
    label_args: &["topic", "held_on"],
    update: "UPDATE consultation SET notes = ?2, updated_at = ?3 WHERE id = ?1",
};

impl Store {
    /// How many participants `which` names (the retention screen: those past it).
    pub(crate) fn count_participants(&self, which: Participants) -> Result<usize> {
        let sql = format!(
            "SELECT count(*) AS n FROM consultation_participant p JOIN consultation c ON c.id = p.consultation_id
             WHERE {}",
            which.condition()
        );
        let n = crate::store::count(&self.conn, &sql, rusqlite::params_from_iter(which.params()))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// The participants `which` names, by consultation date, consultation and place.
    pub(crate) fn participant_rows(&self, which: Participants) -> Result<Vec<ParticipantRow>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT p.id AS id, p.consultation_id AS consultation_id, p.position AS position,
                    p.name AS name, p.email AS email, c.topic AS topic, c.held_on AS held_on
             FROM consultation_participant p JOIN consultation c ON c.id = p.consultation_id
             WHERE {} ORDER BY c.held_on, c.id, p.position",
            which.condition()
        ))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(which.params()), |r| {
            Ok(ParticipantRow {
                id: r.get("id")?,
                consultation_id: r.get("consultation_id")?,
                position: r.get("position")?,
                name: r.get("name")?,
                email: r.get("email")?,
                label: Said::new(
                    "personal_place.participant",
                    vec![
                        ("topic", r.get::<_, String>("topic")?.into()),
                        ("held_on", r.get::<_, String>("held_on")?.into()),
                        ("position", r.get::<_, i64>("position")?.into()),
                    ],
                ),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One participant's name and e-mail; None when there is no such participant.
    pub(crate) fn participant_contact(&self, id: i64) -> Result<Option<ParticipantContact>> {
        optional(self.conn.query_row(
            "SELECT name, email, anonymised_at FROM consultation_participant WHERE id = ?1",
            [id],
            |r| {
                Ok(ParticipantContact {
                    name: r.get("name")?,
                    email: r.get("email")?,
                    anonymised: r.get::<_, Option<String>>("anonymised_at")?.is_some(),
                })
            },
        ))
    }

    /// The names of the participants (still kept) with this e-mail address, in any case.
    pub(crate) fn names_with_email(&self, email: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT name FROM consultation_participant WHERE anonymised_at IS NULL AND lower(email) = lower(?1)",
        )?;
        let names = stmt
            .query_map([email], |r| r.get("name"))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(names)
    }

    /// The notes of one consultation.
    pub(crate) fn consultation_notes(&self, id: i64) -> Result<String> {
        Ok(self
            .conn
            .query_row("SELECT notes FROM consultation WHERE id = ?1", [id], |r| {
                r.get("notes")
            })?)
    }

    /// Stores the retention period (months).
    pub(crate) fn write_retention_months(&mut self, months: i64) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO personal_data_policy (id, retention_months, updated_at) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET retention_months = ?1, updated_at = ?2",
                rusqlite::params![months, now_text()],
            )?;
            Ok(())
        })
    }
}

/// Anonymises a participant inside the caller's transaction: "Participant n" (their place),
/// with role, e-mail, phone and notes cleared, and when it was done.
pub(crate) fn anonymise_participant(
    tx: &rusqlite::Connection,
    id: i64,
    position: i64,
    now: &str,
) -> Result<()> {
    tx.execute(
        "UPDATE consultation_participant SET name = ?2, role = '', email = '', phone = '', notes = '',
           consent_to_name = 0, anonymised_at = ?3 WHERE id = ?1",
        rusqlite::params![id, pseudonym(position), now],
    )?;
    Ok(())
}

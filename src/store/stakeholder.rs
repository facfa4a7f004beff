//! Stakeholders: other cities, the national human rights institution (NHRI), the national
//! mechanism for implementation, reporting and follow-up (NMIRF), ministries, NGOs —
//! co-submitters and consulted parties. The city is one actor among these national ones: the
//! NMIRF coordinates the State's reports and follow-up (OHCHR's practical guide of 2016,
//! A/HRC/50/64), and an NHRI's accreditation decides how the UPR uses its submission.

use crate::store::{now_text, optional, Store, TextColumn};
use crate::validate;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
pub enum StakeholderKind {
    City,
    Nhri,
    /// A national mechanism for implementation, reporting and follow-up: the government body
    /// that coordinates the State's reports to the UN and the follow-up of recommendations.
    Nmirf,
    Ngo,
    Ministry,
    Academic,
    RegionalOrganization,
    Other,
}

crate::enums::words!(StakeholderKind);

/// A national human rights institution's accreditation by GANHRI against the Paris Principles.
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
pub enum Accreditation {
    /// Fully compliant: the UPR's summary of stakeholders' information gives it its own section
    /// (HRC res. 16/21).
    AStatus,
    /// Partially compliant.
    BStatus,
    NotAccredited,
}

crate::enums::words!(Accreditation);

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Stakeholder {
    pub id: i64,
    pub name: String,
    pub acronym: String,
    pub kind: StakeholderKind,
    pub country: String,
    pub contact: String,
    pub notes: String,
    /// For an NHRI, its accreditation when the officer gave it.
    pub accreditation: Option<Accreditation>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StakeholderInput {
    pub name: String,
    #[serde(default)]
    pub acronym: String,
    pub kind: Option<StakeholderKind>,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub notes: String,
    /// Only for an NHRI (ignored for other kinds).
    #[serde(default)]
    pub accreditation: Option<Accreditation>,
}

/// The columns every read of a stakeholder selects (rows are read by these names).
const COLUMNS: &str = "id, name, acronym, kind, country, contact, notes, accreditation";

impl Store {
    pub fn create_stakeholder(&mut self, input: &StakeholderInput) -> Result<Stakeholder> {
        let name = validate::required("name", &input.name, "required.name", validate::SHORT_MAX)?;
        let kind = input
            .kind
            .ok_or_else(|| Error::invalid_said("kind", "error.stakeholder_kind", vec![]))?;
        for (f, v) in [
            ("acronym", &input.acronym),
            ("country", &input.country),
            ("contact", &input.contact),
        ] {
            validate::text(f, v.trim(), validate::SHORT_MAX)?;
        }
        validate::text("notes", &input.notes, validate::NOTES_MAX)?;
        let accreditation = match (kind, input.accreditation) {
            (StakeholderKind::Nhri, Some(a)) => a.as_str(),
            _ => "",
        };
        let now = now_text();
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO stakeholder (name, acronym, kind, country, contact, notes, accreditation, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                rusqlite::params![name, input.acronym.trim(), kind.as_str(), input.country.trim(), input.contact.trim(), input.notes, accreditation, now],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.stakeholder(id)
    }

    pub fn stakeholder(&self, id: i64) -> Result<Stakeholder> {
        optional(self.conn.query_row(
            &format!("SELECT {COLUMNS} FROM stakeholder WHERE id = ?1"),
            [id],
            row_to_stakeholder,
        ))?
        .ok_or(Error::NotFound {
            what: "Stakeholder",
            id,
        })
    }

    pub fn stakeholders(&self) -> Result<Vec<Stakeholder>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM stakeholder ORDER BY name COLLATE NOCASE"
        ))?;
        let rows = stmt.query_map([], row_to_stakeholder)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn row_to_stakeholder(r: &rusqlite::Row) -> rusqlite::Result<Stakeholder> {
    let kind: String = r.get("kind")?;
    let accreditation: String = r.get("accreditation")?;
    Ok(Stakeholder {
        id: r.get("id")?,
        name: r.get("name")?,
        acronym: r.get("acronym")?,
        // A kind written by a later version reads as "other" rather than failing the list.
        kind: StakeholderKind::parse(&kind).unwrap_or(StakeholderKind::Other),
        country: r.get("country")?,
        contact: r.get("contact")?,
        notes: r.get("notes")?,
        accreditation: Accreditation::parse(&accreditation),
    })
}

/// The stakeholders' contacts, where people's names and e-mail addresses get typed (personal
/// data finds and erases them there).
pub(crate) const CONTACTS: TextColumn = TextColumn {
    select: "SELECT id, contact AS text, name FROM stakeholder WHERE contact <> ''",
    label: "personal_place.stakeholder_contact",
    label_args: &["name"],
    update: "UPDATE stakeholder SET contact = ?2, updated_at = ?3 WHERE id = ?1",
};

/// The stakeholders' notes, where people's names get typed (as [`CONTACTS`]).
pub(crate) const NOTES: TextColumn = TextColumn {
    select: "SELECT id, notes AS text, name FROM stakeholder WHERE notes <> ''",
    label: "personal_place.stakeholder_notes",
    label_args: &["name"],
    update: "UPDATE stakeholder SET notes = ?2, updated_at = ?3 WHERE id = ?1",
};

//! Stakeholders: other cities, the NHRI, ministries, NGOs — co-submitters and consulted parties.

use crate::store::{now_text, optional, Store};
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
    Ngo,
    Ministry,
    Academic,
    RegionalOrganization,
    Other,
}

crate::enums::words!(StakeholderKind);

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
}

impl Store {
    pub fn create_stakeholder(&mut self, input: &StakeholderInput) -> Result<Stakeholder> {
        let name = validate::required("name", &input.name, "The name", validate::SHORT_MAX)?;
        let kind = input
            .kind
            .ok_or_else(|| Error::invalid("kind", "Choose what kind of stakeholder this is."))?;
        for (f, v) in [
            ("acronym", &input.acronym),
            ("country", &input.country),
            ("contact", &input.contact),
        ] {
            validate::text(f, v.trim(), validate::SHORT_MAX)?;
        }
        validate::text("notes", &input.notes, validate::NOTES_MAX)?;
        let now = now_text();
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO stakeholder (name, acronym, kind, country, contact, notes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                rusqlite::params![name, input.acronym.trim(), kind.as_str(), input.country.trim(), input.contact.trim(), input.notes, now],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.stakeholder(id)
    }

    pub fn stakeholder(&self, id: i64) -> Result<Stakeholder> {
        optional(self.conn.query_row(
            "SELECT id, name, acronym, kind, country, contact, notes FROM stakeholder WHERE id = ?1",
            [id],
            row_to_stakeholder,
        ))?
        .ok_or(Error::NotFound { what: "Stakeholder", id })
    }

    pub fn stakeholders(&self) -> Result<Vec<Stakeholder>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, acronym, kind, country, contact, notes FROM stakeholder ORDER BY name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], row_to_stakeholder)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn row_to_stakeholder(r: &rusqlite::Row) -> rusqlite::Result<Stakeholder> {
    let kind: String = r.get(3)?;
    Ok(Stakeholder {
        id: r.get(0)?,
        name: r.get(1)?,
        acronym: r.get(2)?,
        kind: StakeholderKind::parse(&kind).unwrap_or(StakeholderKind::Other),
        country: r.get(4)?,
        contact: r.get(5)?,
        notes: r.get(6)?,
    })
}

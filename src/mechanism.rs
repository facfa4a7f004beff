//! The UN mechanisms a city submits to, as reference data.
//!
//! The data lives in `assets/reference/mechanisms.json` (a data file, not code), is compiled
//! into the binary so the app works offline from any folder, and is written into the database
//! at every start so that engagements can refer to it by code and newer releases can correct it.

use crate::rules::Rule;
use crate::store::Store;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const REFERENCE_JSON: &str = include_str!("../assets/reference/mechanisms.json");

/// Which family a mechanism belongs to; templates and timelines differ by kind.
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
pub enum MechanismKind {
    Upr,
    TreatyBody,
    SpecialProcedures,
}

crate::enums::words!(MechanismKind);

/// A mechanism: the UPR, a treaty body, or the Special Procedures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Mechanism {
    /// `UPR`, a treaty-body acronym such as `CESCR`, or `SP`.
    pub code: String,
    pub kind: MechanismKind,
    pub acronym: String,
    pub name: String,
    pub body: String,
    pub treaty: Option<String>,
    /// Prefix of the mechanism's document symbols, e.g. `E/C.12/`.
    pub symbol_prefix: String,
    /// The one colour used for this mechanism everywhere in the UI (lists, calendar, badges).
    pub colour: String,
    /// The default submission rule (editable per engagement).
    pub rule: Rule,
}

/// A Special Procedures mandate that concerns cities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Mandate {
    pub code: String,
    pub name: String,
    /// Whether its relevance to cities is `confirmed` by a source or `unconfirmed`.
    pub status: String,
    pub why: String,
}

#[derive(Debug, Deserialize)]
struct ReferenceFile {
    version: u32,
    mechanisms: Vec<Mechanism>,
    mandates: Vec<Mandate>,
}

/// The shipped reference data, parsed once per process: every opening of a database compares
/// it with what the database holds.
fn reference() -> Result<&'static ReferenceFile> {
    static FILE: std::sync::OnceLock<std::result::Result<ReferenceFile, String>> =
        std::sync::OnceLock::new();
    FILE.get_or_init(|| {
        let file: ReferenceFile = serde_json::from_str(REFERENCE_JSON).map_err(|e| {
            format!("The built-in reference data is damaged ({e}); please report this.")
        })?;
        if file.version != 1 {
            return Err("The built-in reference data has an unknown version.".into());
        }
        Ok(file)
    })
    .as_ref()
    .map_err(|e| Error::Internal(e.clone()))
}

/// The Special Procedures mandates of the reference data.
pub fn mandates() -> Result<Vec<Mandate>> {
    Ok(reference()?.mandates.clone())
}

/// Whether the database already holds the shipped reference data (nothing to write).
pub(crate) fn reference_data_current(store: &Store) -> bool {
    match reference() {
        Ok(file) => store
            .mechanisms()
            .map(|m| m == file.mechanisms)
            .unwrap_or(false),
        Err(_) => false,
    }
}

/// Writes the reference mechanisms into the database (insert or update; never deletes, since
/// engagements refer to them).
pub(crate) fn sync_reference_data(store: &mut Store) -> Result<()> {
    let file = reference()?;
    // Nothing to write when the database already holds this reference data: opening a
    // database to read it (the CLI while the app runs) then writes nothing at all.
    if reference_data_current(store) {
        return Ok(());
    }
    store.write(|tx| {
        let mut stmt = tx.prepare(
            "INSERT INTO mechanism (code, kind, acronym, name, body, treaty, symbol_prefix, colour, rule_json)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT(code) DO UPDATE SET kind = excluded.kind, acronym = excluded.acronym,
               name = excluded.name, body = excluded.body, treaty = excluded.treaty,
               symbol_prefix = excluded.symbol_prefix, colour = excluded.colour,
               rule_json = excluded.rule_json",
        )?;
        for m in &file.mechanisms {
            let rule = serde_json::to_string(&m.rule)
                .map_err(|e| Error::Internal(format!("Reference rule of {}: {e}", m.code)))?;
            stmt.execute(rusqlite::params![
                m.code,
                m.kind.as_str(),
                m.acronym,
                m.name,
                m.body,
                m.treaty,
                m.symbol_prefix,
                m.colour,
                rule
            ])?;
        }
        Ok(())
    })
}

impl Store {
    /// All mechanisms: the UPR first, then treaty bodies in reference order, then SP.
    pub fn mechanisms(&self) -> Result<Vec<Mechanism>> {
        let mut stmt = self.conn.prepare(
            "SELECT code, kind, acronym, name, body, treaty, symbol_prefix, colour, rule_json
             FROM mechanism ORDER BY CASE kind WHEN 'upr' THEN 0 WHEN 'treaty_body' THEN 1 ELSE 2 END, rowid",
        )?;
        let rows = stmt.query_map([], row_to_mechanism)?;
        let mut out = Vec::new();
        for r in rows {
            out.push(r??);
        }
        Ok(out)
    }

    /// One mechanism by code, or a validation error naming the field `mechanism`.
    pub fn mechanism(&self, code: &str) -> Result<Mechanism> {
        self.mechanisms()?
            .into_iter()
            .find(|m| m.code == code)
            .ok_or_else(|| Error::invalid("mechanism", format!("Unknown mechanism \"{code}\". Choose the UPR, a treaty body or the Special Procedures.")))
    }
}

fn row_to_mechanism(r: &rusqlite::Row) -> rusqlite::Result<Result<Mechanism>> {
    let kind: String = r.get(1)?;
    let rule_json: String = r.get(8)?;
    let code: String = r.get(0)?;
    let parsed = (|| {
        let kind = MechanismKind::parse(&kind)
            .ok_or_else(|| Error::Damaged(format!("Unknown mechanism kind {kind}")))?;
        let rule: Rule = serde_json::from_str(&rule_json)
            .map_err(|e| Error::Damaged(format!("The stored rule of {code} is damaged: {e}")))?;
        Ok((kind, rule))
    })();
    Ok(match parsed {
        Ok((kind, rule)) => Ok(Mechanism {
            code,
            kind,
            acronym: r.get(2)?,
            name: r.get(3)?,
            body: r.get(4)?,
            treaty: r.get(5)?,
            symbol_prefix: r.get(6)?,
            colour: r.get(7)?,
            rule,
        }),
        Err(e) => Err(e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_data_parses_and_has_the_upr_ten_treaty_bodies_and_sp() {
        let f = reference().unwrap();
        let codes: Vec<_> = f.mechanisms.iter().map(|m| m.code.as_str()).collect();
        assert_eq!(codes[0], "UPR");
        assert!(codes.contains(&"SP"));
        let tbs = f
            .mechanisms
            .iter()
            .filter(|m| m.kind == MechanismKind::TreatyBody)
            .count();
        assert_eq!(tbs, 10);
        assert!(!f.mandates.is_empty());
    }
}

//! The UN mechanisms a city submits to, as reference data.
//!
//! The data lives in `assets/reference/mechanisms.json` (a data file, not code), is compiled
//! into the binary so the app works offline from any folder, and is written into the database
//! at every start (by the store's `mechanism` table) so that engagements can refer to it by
//! code and newer releases can correct it.

use crate::rules::Rule;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const REFERENCE_JSON: &str = include_str!("../../assets/reference/mechanisms.json");

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

/// The shipped mechanisms, in reference order (the store writes them into every database).
pub fn reference_mechanisms() -> Result<&'static [Mechanism]> {
    Ok(&reference()?.mechanisms)
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

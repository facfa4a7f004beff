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

impl Mechanism {
    /// The default rule with the notes CityRights ships worded in `language`: a note that is
    /// the shipped English one, word for word, is shown as the catalogue words it
    /// (`rule.UPR.note`, `rule.UPR.formats_note`); a note that differs (written by someone
    /// else, or shipped by another version) stays as written. The source stays as it is: it is
    /// a citation.
    pub fn rule_in(&self, language: &str) -> Rule {
        use crate::model::language::shipped;
        let mut rule = self.rule.clone();
        let Some(reference) = reference_mechanisms()
            .ok()
            .and_then(|all| all.iter().find(|m| m.code == self.code))
        else {
            return rule;
        };
        if !rule.note.is_empty() && rule.note == reference.rule.note {
            rule.note = shipped(language, &rule_note_key(&self.code, "note"), &rule.note);
        }
        if let Some(note) = &rule.formats_note {
            if reference.rule.formats_note.as_ref() == Some(note) {
                let key = rule_note_key(&self.code, "formats_note");
                rule.formats_note = Some(shipped(language, &key, note));
            }
        }
        rule
    }
}

/// The catalogue key of a shipped rule's note (`field`: `note` or `formats_note`).
pub fn rule_note_key(code: &str, field: &str) -> String {
    format!("rule.{code}.{field}")
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
    fn the_english_catalogue_has_the_shipped_rule_notes_word_for_word() {
        use crate::model::language::{text, LANGUAGES};
        for m in reference_mechanisms().unwrap() {
            for (field, english) in [
                ("note", Some(m.rule.note.as_str()).filter(|n| !n.is_empty())),
                ("formats_note", m.rule.formats_note.as_deref()),
            ] {
                let key = rule_note_key(&m.code, field);
                let Some(english) = english else {
                    assert_eq!(text("en", &key, &[]), key, "{key} is left over");
                    continue;
                };
                assert_eq!(text("en", &key, &[]), english, "{key}: en.ftl differs");
                for lang in LANGUAGES.iter().filter(|l| **l != "en") {
                    let worded = text(lang, &key, &[]);
                    assert!(worded != key && worded != english, "{lang} lacks {key}");
                }
            }
        }
    }

    #[test]
    fn shipped_rule_notes_follow_the_language_and_an_edited_note_stays_as_written() {
        let upr = reference_mechanisms().unwrap()[0].clone();
        assert_eq!(upr.code, "UPR");
        assert_eq!(upr.rule_in("en"), upr.rule);
        let french = upr.rule_in("fr");
        assert!(
            french.note.contains("lignes directrices de 2011"),
            "{}",
            french.note
        );
        assert!(
            french
                .formats_note
                .as_deref()
                .is_some_and(|n| n.contains("Word")),
            "{:?}",
            french.formats_note
        );
        assert_ne!(french.formats_note, upr.rule.formats_note);
        // What a citation says stays as written.
        assert_eq!(french.source, upr.rule.source);
        assert_eq!(french.stated_by, upr.rule.stated_by);
        let arabic = upr.rule_in("ar");
        assert!(arabic.note.contains("2011"), "{}", arabic.note);
        assert_ne!(arabic.note, upr.rule.note);

        let mut edited = upr.clone();
        edited.rule.note = "Our own note: ask the Geneva office.".into();
        edited.rule.formats_note = Some("PDF accepted since 2025 (call for input).".into());
        let kept = edited.rule_in("fr");
        assert_eq!(kept.note, "Our own note: ask the Geneva office.");
        assert_eq!(
            kept.formats_note.as_deref(),
            Some("PDF accepted since 2025 (call for input).")
        );
    }

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

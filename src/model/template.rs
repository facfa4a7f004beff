//! Submission templates: the sections a submission starts with, and the guidance shown to the
//! writer (never exported). They are data files in `assets/templates/` (their structure comes
//! from our notes in `shared/reference/submission-templates.md`; what the officer reads cites the
//! UN's own documents), compiled into the binary so the app works offline.
//!
//! The JSON gives each template's structure (key, mechanisms, front matter, the sections and the
//! Library entries behind them); its words (name, description, each section's title and
//! guidance) are in the Fluent catalogue only, `template-<key>-name`, `-description`,
//! `-s<N>-title` and `-s<N>-guidance` (N from 1), so that an officer reads them in their
//! language: one source for each string, which the catalogue test keeps in all six languages.

use crate::mechanism::MechanismKind;
use crate::model::language;
use crate::rules::FrontMatter;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const FILES: [&str; 8] = [
    include_str!("../../assets/templates/upr_stakeholder.json"),
    include_str!("../../assets/templates/upr_midterm.json"),
    include_str!("../../assets/templates/tb_list_of_issues.json"),
    include_str!("../../assets/templates/tb_session_report.json"),
    include_str!("../../assets/templates/tb_follow_up_info.json"),
    include_str!("../../assets/templates/sp_call_for_input.json"),
    include_str!("../../assets/templates/state_report_input.json"),
    include_str!("../../assets/templates/local_human_rights_report.json"),
];

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Template {
    pub key: String,
    /// From the catalogue, in the language the template was read in (see `templates_in`).
    #[serde(default, skip_deserializing)]
    pub name: String,
    #[serde(default, skip_deserializing)]
    pub description: String,
    /// The kinds of mechanism this template is for.
    pub mechanism_kinds: Vec<MechanismKind>,
    /// Mechanisms of those kinds it is not for (the SPT reviews no State reports; the CRC and
    /// the CRPD have no written follow-up procedure), by code.
    #[serde(default)]
    pub not_for_mechanisms: Vec<String>,
    /// Whether the mechanism's word limit applies to what this template makes. False for what
    /// does not go to the UN under its stakeholder rule (a mid-term report, an input to the
    /// State's report, the city's own report): the limit is then the one the officer sets, if any.
    #[serde(default = "yes")]
    pub uses_mechanism_word_limit: bool,
    /// The codes of the shipped mechanisms it [`fits`](Template::fits), computed when the
    /// templates are read, so that the form offers exactly what the core accepts.
    #[serde(default, skip_deserializing)]
    pub for_mechanisms: Vec<String>,
    pub front_matter: FrontMatter,
    /// Whether the front matter states if the submission may be published (treaty bodies ask).
    pub publication_in_front_matter: bool,
    pub sections: Vec<TemplateSection>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TemplateSection {
    /// From the catalogue, in the language the template was read in.
    #[serde(default, skip_deserializing)]
    pub title: String,
    /// Advice for the writer; shown beside the editor, never exported. From the catalogue.
    #[serde(default, skip_deserializing)]
    pub guidance: String,
    /// The Library entries that back this advice (their ids, see [`crate::library`]): the
    /// editor links to them beside the guidance, so the writer can cite the UN's own words.
    #[serde(default)]
    pub library: Vec<String>,
}

impl Template {
    /// The Library entries behind the guidance of a submission's section made from this
    /// template. The section keeps a copy of its template section's guidance, so that copy
    /// finds it even after the section was renamed; a section whose template text has changed
    /// since is found by its title. None for a section the writer added.
    pub fn section_library(&self, title: &str, guidance: &str) -> &[String] {
        let by_guidance = || {
            self.sections
                .iter()
                .find(|s| !guidance.trim().is_empty() && s.guidance == guidance)
        };
        let by_title = || self.sections.iter().find(|s| s.title == title.trim());
        by_guidance()
            .or_else(by_title)
            .map_or(&[], |s| s.library.as_slice())
    }
}

impl Template {
    /// Whether this template is for the mechanism with `code` and `kind`.
    pub fn fits(&self, code: &str, kind: MechanismKind) -> bool {
        self.mechanism_kinds.contains(&kind)
            && !self
                .not_for_mechanisms
                .iter()
                .any(|c| c.eq_ignore_ascii_case(code))
    }
}

/// The templates for one mechanism, in the stable order: what the submission form offers.
/// Their words in English (see [`templates_in`]).
pub fn templates_for(code: &str, kind: MechanismKind) -> Result<Vec<Template>> {
    Ok(templates()?
        .into_iter()
        .filter(|t| t.fits(code, kind))
        .collect())
}

/// All templates, in a stable order, their words in English.
pub fn templates() -> Result<Vec<Template>> {
    templates_in(language::FALLBACK)
}

/// All templates, in a stable order, their words in `lang` (a UN language code): the picker
/// reads them in the interface's language, a new submission in its own.
pub fn templates_in(lang: &str) -> Result<Vec<Template>> {
    Ok(structures()?
        .into_iter()
        .map(|t| with_words(t, lang))
        .collect())
}

/// The templates as the JSON gives them: structure, no words yet. Built-in data, read once
/// per process: an export asks for its submission's template four times (the rule, the count,
/// the checks, the detail), and reading the eight files and the mechanisms each time was 3% of
/// the whole export.
fn structures() -> Result<Vec<Template>> {
    static READ: std::sync::OnceLock<std::result::Result<Vec<Template>, String>> =
        std::sync::OnceLock::new();
    READ.get_or_init(|| read_structures().map_err(|e| e.to_string()))
        .clone()
        .map_err(Error::Internal)
}

/// One template's structure by key, without its words: for what only needs its flags (the
/// word limit, the front matter, the publication question).
pub fn structure(key: &str) -> Result<Template> {
    structures()?
        .into_iter()
        .find(|t| t.key == key)
        .ok_or_else(|| {
            Error::invalid_said(
                "template",
                "error.unknown_template",
                vec![("key", key.into())],
            )
        })
}

fn read_structures() -> Result<Vec<Template>> {
    let mechanisms = crate::mechanism::reference_mechanisms()?;
    FILES
        .iter()
        .map(|f| {
            let mut t: Template = serde_json::from_str(f).map_err(|e| {
                Error::Internal(format!(
                    "A built-in template is damaged ({e}); please report this."
                ))
            })?;
            t.for_mechanisms = mechanisms
                .iter()
                .filter(|m| t.fits(&m.code, m.kind))
                .map(|m| m.code.clone())
                .collect();
            Ok(t)
        })
        .collect()
}

/// `t` with its name, description and sections' words from the catalogue in `lang`.
fn with_words(mut t: Template, lang: &str) -> Template {
    let words = |part: &str| language::text(lang, &format!("template.{}.{part}", t.key), &[]);
    t.name = words("name");
    t.description = words("description");
    let sections = std::mem::take(&mut t.sections);
    t.sections = sections
        .into_iter()
        .enumerate()
        .map(|(i, s)| TemplateSection {
            title: words(&format!("s{}.title", i + 1)),
            guidance: words(&format!("s{}.guidance", i + 1)),
            ..s
        })
        .collect();
    t
}

/// One template by key, its words in English.
pub fn template(key: &str) -> Result<Template> {
    template_in(key, language::FALLBACK)
}

/// One template by key, its words in `lang`.
pub fn template_in(key: &str, lang: &str) -> Result<Template> {
    structures()?
        .into_iter()
        .find(|t| t.key == key)
        .map(|t| with_words(t, lang))
        .ok_or_else(|| {
            Error::invalid_said(
                "template",
                "error.unknown_template",
                vec![("key", key.into())],
            )
        })
}

/// The template `key` as a submission in `lang` may have copied it: read in `lang`, then in
/// English, where a submission made before the templates were translated keeps its English
/// guidance. Read once per submission, then asked with [`section_library`] for each section.
pub fn readings(key: &str, lang: &str) -> Vec<Template> {
    let mut found: Vec<Template> = Vec::new();
    for l in [lang, language::FALLBACK] {
        if let Ok(t) = template_in(key, l) {
            if !found.iter().any(|f| f.sections == t.sections) {
                found.push(t);
            }
        }
    }
    found
}

/// The Library entries behind a submission's section (see [`Template::section_library`]),
/// looked for in each of the template's [`readings`] in turn.
pub fn section_library<'t>(readings: &'t [Template], title: &str, guidance: &str) -> &'t [String] {
    readings
        .iter()
        .map(|t| t.section_library(title, guidance))
        .find(|found| !found.is_empty())
        .unwrap_or(&[])
}

/// The template a submission for the mechanism `code` of `kind` starts from when none is
/// chosen. The SPT reviews no State reports, so it starts from the city's own report.
pub fn default_for(code: &str, kind: MechanismKind) -> &'static str {
    match kind {
        MechanismKind::Upr => "upr_stakeholder",
        MechanismKind::TreatyBody if code.eq_ignore_ascii_case("SPT") => {
            "local_human_rights_report"
        }
        MechanismKind::TreatyBody => "tb_session_report",
        MechanismKind::SpecialProcedures => "sp_call_for_input",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses_and_has_sections_with_guidance() {
        let all = templates().unwrap();
        assert_eq!(all.len(), 8);
        for t in &all {
            assert!(!t.sections.is_empty(), "{}", t.key);
            assert!(t
                .sections
                .iter()
                .all(|s| !s.guidance.is_empty() && !s.title.is_empty()));
        }
    }

    #[test]
    fn every_template_has_its_words_in_every_language_and_none_left_over() {
        let mut expected = std::collections::BTreeSet::new();
        for lang in language::LANGUAGES {
            for t in templates_in(lang).unwrap() {
                let words = [&t.name, &t.description]
                    .into_iter()
                    .chain(t.sections.iter().flat_map(|s| [&s.title, &s.guidance]));
                for w in words {
                    // A missing message comes back as its key.
                    assert!(!w.starts_with("template."), "{lang}: {w}");
                }
                for (i, _) in t.sections.iter().enumerate() {
                    for part in ["title", "guidance"] {
                        expected.insert(format!("template-{}-s{}-{part}", t.key, i + 1));
                    }
                }
                for part in ["name", "description"] {
                    expected.insert(format!("template-{}-{part}", t.key));
                }
            }
        }
        // A section removed from a JSON file takes its words out of the catalogue too.
        let in_catalogue: std::collections::BTreeSet<String> = language::source("en")
            .lines()
            .filter(|l| l.starts_with("template-"))
            .filter_map(|l| l.split(" =").next())
            .map(str::to_string)
            .collect();
        assert_eq!(in_catalogue, expected);
    }

    #[test]
    fn a_template_read_in_french_has_french_words_and_the_same_structure() {
        let en = template("upr_stakeholder").unwrap();
        let fr = template_in("upr_stakeholder", "fr").unwrap();
        assert_eq!(fr.sections.len(), en.sections.len());
        assert_eq!(fr.sections[0].title, "Résumé et mots clés");
        assert_ne!(fr.name, en.name);
        assert_eq!(fr.sections[1].library, en.sections[1].library);
        // Its Library links are found from the French guidance, and from the English one a
        // French submission made before the translation keeps.
        let readings = readings("upr_stakeholder", "fr");
        assert_eq!(readings.len(), 2);
        let found = section_library(&readings, "x", &fr.sections[1].guidance);
        assert_eq!(found, en.sections[1].library);
        let found = section_library(&readings, "x", &en.sections[1].guidance);
        assert_eq!(found, en.sections[1].library);
        assert_eq!(super::readings("upr_stakeholder", "en").len(), 1);
    }

    #[test]
    fn every_library_link_of_a_template_names_an_entry_of_the_library() {
        let mut links = 0;
        for t in templates().unwrap() {
            for s in &t.sections {
                for id in &s.library {
                    links += 1;
                    assert!(
                        crate::library::entry(id).is_ok(),
                        "template {}, section \"{}\": no Library entry \"{id}\"",
                        t.key,
                        s.title
                    );
                }
            }
        }
        assert!(links > 0, "no template links to the Library");
    }

    #[test]
    fn a_section_finds_its_library_links_by_its_guidance_or_its_title() {
        let t = template("upr_stakeholder").unwrap();
        let first = &t.sections[1];
        assert!(!first.library.is_empty(), "{}", first.title);
        // Renamed by the writer: found by the guidance it keeps.
        assert_eq!(
            t.section_library("Our city", &first.guidance),
            first.library
        );
        // The template's text changed since: found by the title.
        assert_eq!(
            t.section_library(&first.title, "older advice"),
            first.library
        );
        // A section the writer added has none.
        assert!(t.section_library("Annex", "").is_empty());
    }

    #[test]
    fn the_upr_template_follows_the_reference_structure() {
        let t = template("upr_stakeholder").unwrap();
        let titles: Vec<_> = t.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Summary and key words",
                "The city and its competences",
                "Methodology and consultations",
                "Follow-up to the previous review",
                "New developments",
                "Recommendations to the State"
            ]
        );
        assert_eq!(t.front_matter, FrontMatter::HeaderBlock);
    }

    #[test]
    fn the_list_of_issues_template_asks_for_questions_not_recommendations() {
        let t = template("tb_list_of_issues").unwrap();
        assert!(t.sections.iter().any(|s| s.title.contains("questions")));
        assert!(!t.sections.iter().any(|s| s.title.contains("ecommendation")));
        assert!(t.publication_in_front_matter);
    }

    #[test]
    fn the_spt_gets_no_state_report_templates_and_follow_up_only_where_there_is_a_procedure() {
        let keys = |code, kind| -> Vec<String> {
            templates_for(code, kind)
                .unwrap()
                .into_iter()
                .map(|t| t.key)
                .collect()
        };
        let spt = keys("SPT", MechanismKind::TreatyBody);
        assert!(!spt
            .iter()
            .any(|k| k.starts_with("tb_") || k == "state_report_input"));
        assert!(spt.contains(&"local_human_rights_report".to_string()));
        assert!(keys("CCPR", MechanismKind::TreatyBody).contains(&"tb_follow_up_info".to_string()));
        assert!(keys("CESCR", MechanismKind::TreatyBody).contains(&"tb_follow_up_info".to_string()));
        for code in ["CRC", "CRPD"] {
            assert!(
                !keys(code, MechanismKind::TreatyBody).contains(&"tb_follow_up_info".to_string())
            );
        }
        assert!(keys("UPR", MechanismKind::Upr).contains(&"state_report_input".to_string()));
    }

    #[test]
    fn the_mid_term_and_non_un_templates_do_not_take_the_stakeholder_word_limit() {
        for key in [
            "upr_midterm",
            "state_report_input",
            "tb_follow_up_info",
            "local_human_rights_report",
        ] {
            assert!(!template(key).unwrap().uses_mechanism_word_limit, "{key}");
        }
        for key in [
            "upr_stakeholder",
            "tb_session_report",
            "tb_list_of_issues",
            "sp_call_for_input",
        ] {
            assert!(template(key).unwrap().uses_mechanism_word_limit, "{key}");
        }
    }

    #[test]
    fn each_mechanism_kind_has_a_default_template_of_its_kind() {
        for m in crate::mechanism::reference_mechanisms().unwrap() {
            let t = template(default_for(&m.code, m.kind)).unwrap();
            assert!(t.fits(&m.code, m.kind), "{}", m.code);
            assert!(t.for_mechanisms.contains(&m.code), "{}", m.code);
        }
    }
}

//! Submission templates: the sections a submission starts with, and the guidance shown to the
//! writer (never exported). They are data files in `assets/templates/`, built from
//! `shared/reference/submission-templates.md`, compiled into the binary so the app works offline.

use crate::mechanism::MechanismKind;
use crate::rules::FrontMatter;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const FILES: [&str; 5] = [
    include_str!("../../assets/templates/upr_stakeholder.json"),
    include_str!("../../assets/templates/upr_midterm.json"),
    include_str!("../../assets/templates/tb_list_of_issues.json"),
    include_str!("../../assets/templates/tb_session_report.json"),
    include_str!("../../assets/templates/sp_call_for_input.json"),
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Template {
    pub key: String,
    pub name: String,
    pub description: String,
    /// The kinds of mechanism this template is for.
    pub mechanism_kinds: Vec<MechanismKind>,
    pub front_matter: FrontMatter,
    /// Whether the front matter states if the submission may be published (treaty bodies ask).
    pub publication_in_front_matter: bool,
    pub sections: Vec<TemplateSection>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TemplateSection {
    pub title: String,
    /// Advice for the writer; shown beside the editor, never exported.
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

/// All templates, in a stable order.
pub fn templates() -> Result<Vec<Template>> {
    FILES
        .iter()
        .map(|f| {
            serde_json::from_str(f).map_err(|e| {
                Error::Internal(format!(
                    "A built-in template is damaged ({e}); please report this."
                ))
            })
        })
        .collect()
}

/// One template by key.
pub fn template(key: &str) -> Result<Template> {
    templates()?
        .into_iter()
        .find(|t| t.key == key)
        .ok_or_else(|| Error::invalid("template", format!("Unknown template \"{key}\".")))
}

/// The template a submission for a mechanism of `kind` starts from when none is chosen.
pub fn default_for(kind: MechanismKind) -> &'static str {
    match kind {
        MechanismKind::Upr => "upr_stakeholder",
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
        assert_eq!(all.len(), 5);
        for t in &all {
            assert!(!t.sections.is_empty(), "{}", t.key);
            assert!(t
                .sections
                .iter()
                .all(|s| !s.guidance.is_empty() && !s.title.is_empty()));
        }
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
    fn each_mechanism_kind_has_a_default_template_of_its_kind() {
        for k in [
            MechanismKind::Upr,
            MechanismKind::TreatyBody,
            MechanismKind::SpecialProcedures,
        ] {
            assert!(template(default_for(k))
                .unwrap()
                .mechanism_kinds
                .contains(&k));
        }
    }
}

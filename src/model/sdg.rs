//! The Sustainable Development Goals as reference data: the 17 goals, 169 targets and the
//! global indicators in the six UN languages (`assets/reference/sdgs.json`, made by
//! `scripts/sdg_reference.py` from `open-sdg/sdg-translations`; its source, commit and the
//! date it was read are in the file). A recommendation's SDGs come from OHCHR's thematic list
//! as labels ("1 - NO POVERTY", "16.2 - Protect children…"): [`goal_of`] reads the goal from
//! such a label, and the targets a city links are checked with [`target`].

use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

const SDGS_JSON: &str = include_str!("../../assets/reference/sdgs.json");

/// How many goals there are (the data is checked against it).
pub const GOALS: u8 = 17;
/// Longest target or indicator code a user may type ("17.19", "11.a", "1.1.1").
pub const CODE_MAX: usize = 12;

/// A text in the six UN languages, by language code (`ar`, `zh`, `en`, `fr`, `ru`, `es`).
pub type Texts = BTreeMap<String, String>;

/// One goal: its number, short name and title.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Goal {
    pub goal: u8,
    #[ts(type = "Record<string, string>")]
    pub short: Texts,
    #[ts(type = "Record<string, string>")]
    pub title: Texts,
}

/// One target ("11.1") or global indicator ("11.1.1") with its title.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SdgCode {
    pub code: String,
    #[ts(type = "Record<string, string>")]
    pub title: Texts,
}

/// The whole reference list with where it came from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Sdgs {
    pub source: String,
    pub commit: String,
    pub read_on: String,
    pub languages: Vec<String>,
    pub goals: Vec<Goal>,
    pub targets: Vec<SdgCode>,
    pub indicators: Vec<SdgCode>,
}

fn parse(json: &str) -> std::result::Result<Sdgs, String> {
    let data: Sdgs = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let goals: Vec<u8> = data.goals.iter().map(|g| g.goal).collect();
    if goals != (1..=GOALS).collect::<Vec<_>>() {
        return Err(format!("the goals are not 1 to {GOALS}"));
    }
    for t in data.targets.iter().chain(&data.indicators) {
        let goal = t.code.split('.').next().and_then(|g| g.parse::<u8>().ok());
        if !matches!(goal, Some(1..=GOALS)) {
            return Err(format!("the code \"{}\" names no goal", t.code));
        }
    }
    Ok(data)
}

/// The reference data, parsed and checked once per process.
pub fn sdgs() -> Result<&'static Sdgs> {
    static SDGS: std::sync::OnceLock<std::result::Result<Sdgs, String>> =
        std::sync::OnceLock::new();
    SDGS.get_or_init(|| parse(SDGS_JSON)).as_ref().map_err(|e| {
        Error::Internal(format!(
            "The built-in list of SDGs is damaged ({e}); please report this."
        ))
    })
}

/// The goal a label names: its leading number ("1 - NO POVERTY" → 1, "16.2 - Protect…" → 16,
/// "Goal 11" → 11); `None` when it names none of the 17.
pub fn goal_of(label: &str) -> Option<u8> {
    let t = label.trim();
    let t = t
        .strip_prefix("SDG")
        .or_else(|| t.strip_prefix("Goal"))
        .or_else(|| t.strip_prefix("goal"))
        .unwrap_or(t)
        .trim_start();
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    digits
        .parse::<u8>()
        .ok()
        .filter(|g| (1..=GOALS).contains(g))
}

/// The goals a recommendation's SDG labels name, each once, in order.
pub fn goals_of(labels: &[String]) -> Vec<u8> {
    let mut goals: Vec<u8> = labels.iter().filter_map(|l| goal_of(l)).collect();
    goals.sort_unstable();
    goals.dedup();
    goals
}

fn find<'a>(
    list: &'a [SdgCode],
    field: &str,
    what: &'static str,
    code: &str,
) -> Result<&'a SdgCode> {
    let c = code.trim().trim_end_matches('.').to_ascii_lowercase();
    let example = if what == "target" { "11.1" } else { "11.1.1" };
    list.iter()
        .find(|t| c.len() <= CODE_MAX && t.code == c)
        .ok_or_else(|| {
            Error::invalid_said(
                field,
                "error.no_sdg_code",
                vec![
                    ("what", what.into()),
                    ("code", code.trim().into()),
                    ("example", example.into()),
                ],
            )
        })
}

/// A target the city links ("11.1", "11.a"), checked against the list; its code as listed.
pub fn target(field: &str, code: &str) -> Result<String> {
    Ok(find(&sdgs()?.targets, field, "target", code)?.code.clone())
}

/// A global indicator ("11.1.1"), checked against the list; its code as listed.
pub fn indicator(field: &str, code: &str) -> Result<String> {
    Ok(find(&sdgs()?.indicators, field, "indicator", code)?
        .code
        .clone())
}

/// Targets, checked, each once, in the order given.
pub fn targets(field: &str, codes: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for c in codes {
        let t = target(field, c)?;
        if !out.contains(&t) {
            out.push(t);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_has_17_goals_169_targets_in_six_languages() {
        let d = sdgs().unwrap();
        assert_eq!(d.goals.len(), 17);
        assert_eq!(d.targets.len(), 169);
        assert!(d.indicators.len() >= 231);
        assert!(d.source.contains("open-sdg/sdg-translations"));
        for t in &d.targets {
            for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
                assert!(
                    t.title.get(lang).is_some_and(|s| !s.is_empty()),
                    "{} {lang}",
                    t.code
                );
            }
        }
        assert_eq!(
            d.goals[10].short["en"],
            "Sustainable cities and communities"
        );
    }

    #[test]
    fn goals_from_thematic_list_labels() {
        assert_eq!(goal_of("1 - NO POVERTY"), Some(1));
        assert_eq!(goal_of("16.2 - Protect children"), Some(16));
        assert_eq!(goal_of("SDG 11"), Some(11));
        assert_eq!(goal_of("18 - nothing"), None);
        assert_eq!(goal_of("Poverty"), None);
        let labels = [
            "10 - REDUCED INEQUALITIES".to_string(),
            "1 - NO POVERTY".into(),
            "10.2".into(),
        ];
        assert_eq!(goals_of(&labels), vec![1, 10]);
    }

    #[test]
    fn targets_are_checked() {
        assert_eq!(target("t", " 11.1 ").unwrap(), "11.1");
        assert_eq!(target("t", "11.A").unwrap(), "11.a");
        assert!(target("t", "11.99")
            .unwrap_err()
            .to_string()
            .contains("no SDG target \"11.99\""));
        assert!(target("t", "").is_err());
        assert_eq!(indicator("i", "11.1.1").unwrap(), "11.1.1");
        assert_eq!(
            targets("t", &["11.1".into(), "11.1".into(), "1.2".into()]).unwrap(),
            vec!["11.1", "1.2"]
        );
    }
}

//! Submission rules: word limits, whether footnotes count, formats, languages, front matter.
//!
//! The UN changes its guidelines and much of what we know is second-hand, so a rule is never
//! hard-coded truth: each carries its source, how well it is confirmed and the date it was last
//! confirmed; engagements can override any part; a rule not confirmed in the last
//! [`STALE_AFTER_DAYS`] days is flagged so the officer checks it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A rule last confirmed longer ago than this is shown as "check the source".
pub const STALE_AFTER_DAYS: i64 = 365;

/// How well a rule is established.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RuleStatus {
    /// Stated by an OHCHR or UN source.
    Confirmed,
    /// Stated only by a third party (an NGO, a network, the media).
    ThirdParty,
    /// Not verified: limits are left unset.
    Unconfirmed,
    /// Set by the city for this engagement.
    SetByCity,
}

/// How a submission opens: a few header lines (UPR) or a cover page (treaty-body reports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FrontMatter {
    HeaderBlock,
    CoverPage,
}

/// A mechanism's default submission rule, as shipped in the reference data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Rule {
    pub word_limit_individual: Option<u32>,
    pub word_limit_joint: Option<u32>,
    /// Whether footnotes count toward the limit. Where no source says, they are counted.
    pub footnotes_count: bool,
    /// Whether a source states the footnote rule (false: counting them is our safe default).
    pub footnotes_rule_known: bool,
    /// Accepted file formats (`docx`, `pdf`); empty when not known.
    pub formats: Vec<String>,
    /// Accepted languages (ISO 639-1); empty when not known.
    pub languages: Vec<String>,
    pub front_matter: FrontMatter,
    pub status: RuleStatus,
    /// Who states the rule, as the officer would cite it ("OHCHR", "IWRAW Asia Pacific"): the
    /// status label says "Stated by OHCHR" or "Reported by IWRAW Asia Pacific" rather than a
    /// bare "confirmed", which read as "confirmed by the UN" even when the page is undated.
    #[serde(default)]
    pub stated_by: Option<String>,
    pub source: String,
    /// The date of the source that states the rule — `YYYY-MM-DD`, or only `YYYY-MM` / `YYYY`
    /// when the source gives no more — or null when the source is undated.
    pub last_confirmed: Option<String>,
    /// `YYYY-MM-DD` on which the source was last read. An undated OHCHR page read recently is
    /// current; it is what "page read on 3 Dec 2026" shows.
    #[serde(default)]
    pub read_on: Option<String>,
    /// Where the accepted formats come from when that differs from `source` (e.g. the UPR's
    /// Word-only rule is from a 2008 guide), so that the app never states an old rule as today's.
    #[serde(default)]
    pub formats_note: Option<String>,
    pub note: String,
}

impl Rule {
    /// The rule for what a template makes: without the mechanism's word limit when the template
    /// does not take it (a UPR mid-term report is not a stakeholder submission, and no source
    /// sets a limit for it), so that only a limit the officer sets applies.
    pub fn under_template(&self, uses_mechanism_word_limit: bool) -> Rule {
        let mut rule = self.clone();
        if !uses_mechanism_word_limit {
            rule.word_limit_individual = None;
            rule.word_limit_joint = None;
        }
        rule
    }
}

/// What a city changes in a rule for one engagement (e.g. the limit stated in a call for input).
/// Every field is optional: absent (or null) keeps the default.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RuleOverride {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub word_limit_individual: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub word_limit_joint: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub footnotes_count: Option<bool>,
    /// Where the city's figures come from (e.g. "Call for input of 3 March 2026, para. 4").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub source: Option<String>,
    /// `YYYY-MM-DD` of the city's source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub last_confirmed: Option<String>,
}

impl RuleOverride {
    pub fn is_empty(&self) -> bool {
        *self == RuleOverride::default()
    }
}

/// The rule in force for an engagement: the default with the city's overrides applied.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct EffectiveRule {
    #[serde(flatten)]
    pub rule: Rule,
    /// True when the engagement overrides part of the default.
    pub overridden: bool,
    /// True when the rule was last confirmed more than a year ago, or the date is unknown.
    pub stale: bool,
}

impl EffectiveRule {
    /// Applies `ov` to `default`, judging staleness against `today`.
    pub fn new(default: &Rule, ov: &RuleOverride, today: chrono::NaiveDate) -> Self {
        let mut rule = default.clone();
        if let Some(v) = ov.word_limit_individual {
            rule.word_limit_individual = Some(v);
        }
        if let Some(v) = ov.word_limit_joint {
            rule.word_limit_joint = Some(v);
        }
        if let Some(v) = ov.footnotes_count {
            rule.footnotes_count = v;
            rule.footnotes_rule_known = true;
        }
        let overridden = !ov.is_empty();
        if overridden {
            rule.status = RuleStatus::SetByCity;
            if let Some(s) = &ov.source {
                rule.source = s.clone();
            }
            rule.last_confirmed = ov.last_confirmed.clone().or(rule.last_confirmed);
        }
        // An undated source counts from the day it was last read; a city's override from its
        // own date only (the city's figures are not re-read by us).
        let dated = rule
            .last_confirmed
            .as_deref()
            .and_then(period_end)
            .or_else(|| {
                if overridden {
                    None
                } else {
                    rule.read_on.as_deref().and_then(period_end)
                }
            });
        let stale = match dated {
            Some(d) => (today - d).num_days() > STALE_AFTER_DAYS,
            None => true,
        };
        EffectiveRule {
            rule,
            overridden,
            stale,
        }
    }

    /// The word limit for an individual or a joint submission. A rule with only an individual
    /// limit applies it to joint submissions too.
    pub fn word_limit(&self, joint: bool) -> Option<u32> {
        if joint {
            self.rule
                .word_limit_joint
                .or(self.rule.word_limit_individual)
        } else {
            self.rule.word_limit_individual
        }
    }
}

/// The last day of a date as a source gives it: `2023-10-09`, `2023-10` (31 October) or `2023`
/// (31 December). None when it is none of these.
pub fn period_end(text: &str) -> Option<chrono::NaiveDate> {
    use chrono::NaiveDate;
    let parts: Vec<&str> = text.trim().split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => NaiveDate::from_ymd_opt(y.parse().ok()?, num(m)?, num(d)?),
        [y, m] if y.len() == 4 => {
            let year: i32 = y.parse().ok()?;
            let month = num(m)?;
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)
            };
            next?.pred_opt()
        }
        [y] if y.len() == 4 => NaiveDate::from_ymd_opt(y.parse().ok()?, 12, 31),
        _ => None,
    }
}

/// Checks a city's override before it is stored.
pub fn validate_override(ov: &RuleOverride) -> crate::Result<()> {
    for (field, v) in [
        ("word_limit_individual", ov.word_limit_individual),
        ("word_limit_joint", ov.word_limit_joint),
    ] {
        if let Some(n) = v {
            if n == 0 || n > 100_000 {
                return Err(crate::Error::invalid_said(
                    field,
                    "error.word_limit_range",
                    vec![],
                ));
            }
        }
    }
    if let Some(d) = &ov.last_confirmed {
        crate::validate::date("last_confirmed", d)?;
    }
    if let Some(s) = &ov.source {
        crate::validate::text("source", s, 2000)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn upr() -> Rule {
        Rule {
            word_limit_individual: Some(2815),
            word_limit_joint: Some(5630),
            footnotes_count: true,
            footnotes_rule_known: false,
            formats: vec!["docx".into()],
            languages: vec![],
            front_matter: FrontMatter::HeaderBlock,
            status: RuleStatus::ThirdParty,
            stated_by: Some("UPR Info".into()),
            source: "UPR Info 2011".into(),
            last_confirmed: Some("2011-11-01".into()),
            read_on: None,
            formats_note: None,
            note: String::new(),
        }
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn joint_submissions_take_the_joint_limit() {
        let r = EffectiveRule::new(&upr(), &RuleOverride::default(), day("2026-11-27"));
        assert_eq!(r.word_limit(false), Some(2815));
        assert_eq!(r.word_limit(true), Some(5630));
    }

    #[test]
    fn a_rule_without_joint_limit_applies_the_individual_one() {
        let mut rule = upr();
        rule.word_limit_joint = None;
        let r = EffectiveRule::new(&rule, &RuleOverride::default(), day("2026-11-27"));
        assert_eq!(r.word_limit(true), Some(2815));
    }

    #[test]
    fn old_or_undated_rules_are_stale() {
        let r = EffectiveRule::new(&upr(), &RuleOverride::default(), day("2026-11-27"));
        assert!(r.stale);
        let mut fresh = upr();
        fresh.last_confirmed = Some("2026-06-01".into());
        assert!(!EffectiveRule::new(&fresh, &RuleOverride::default(), day("2026-11-27")).stale);
        fresh.last_confirmed = None;
        assert!(EffectiveRule::new(&fresh, &RuleOverride::default(), day("2026-11-27")).stale);
    }

    #[test]
    fn an_undated_page_read_recently_is_current_and_partial_dates_are_read_to_their_end() {
        let mut ccpr = upr();
        ccpr.last_confirmed = None;
        ccpr.read_on = Some("2026-12-03".into());
        assert!(!EffectiveRule::new(&ccpr, &RuleOverride::default(), day("2026-12-06")).stale);
        ccpr.read_on = Some("2024-12-03".into());
        assert!(EffectiveRule::new(&ccpr, &RuleOverride::default(), day("2026-12-06")).stale);
        assert_eq!(period_end("2023"), Some(day("2023-12-31")));
        assert_eq!(period_end("2024-02"), Some(day("2024-02-29")));
        assert_eq!(period_end("2023-12"), Some(day("2023-12-31")));
        assert_eq!(period_end("2023-10-09"), Some(day("2023-10-09")));
        assert_eq!(period_end("23-10"), None);
        assert_eq!(period_end("2023-13"), None);
    }

    #[test]
    fn overrides_apply_and_are_marked_as_the_citys() {
        let ov = RuleOverride {
            word_limit_individual: Some(2500),
            word_limit_joint: None,
            footnotes_count: Some(false),
            source: Some("Call for input, para. 3".into()),
            last_confirmed: Some("2026-11-01".into()),
        };
        let r = EffectiveRule::new(&upr(), &ov, day("2026-11-27"));
        assert_eq!(r.word_limit(false), Some(2500));
        assert_eq!(r.rule.word_limit_joint, Some(5630));
        assert!(!r.rule.footnotes_count);
        assert!(r.overridden && !r.stale);
        assert_eq!(r.rule.status, RuleStatus::SetByCity);
        assert_eq!(r.rule.source, "Call for input, para. 3");
    }

    #[test]
    fn a_template_without_the_mechanisms_limit_takes_only_the_citys() {
        let today = day("2026-12-06");
        let plain = EffectiveRule::new(
            &upr().under_template(false),
            &RuleOverride::default(),
            today,
        );
        assert_eq!(plain.word_limit(false), None);
        assert_eq!(plain.word_limit(true), None);
        let ov = RuleOverride {
            word_limit_individual: Some(4000),
            ..Default::default()
        };
        let set = EffectiveRule::new(&upr().under_template(false), &ov, today);
        assert_eq!(set.word_limit(false), Some(4000));
        let kept = EffectiveRule::new(&upr().under_template(true), &RuleOverride::default(), today);
        assert_eq!(kept.word_limit(false), Some(2815));
    }

    #[test]
    fn absent_and_null_override_fields_keep_the_default() {
        let ov: RuleOverride = serde_json::from_str(r#"{"word_limit_joint": null}"#).unwrap();
        assert!(ov.is_empty());
    }

    #[test]
    fn overrides_are_validated() {
        let bad = RuleOverride {
            word_limit_individual: Some(0),
            ..Default::default()
        };
        assert!(validate_override(&bad).is_err());
        let bad_date = RuleOverride {
            last_confirmed: Some("2026-13-01".into()),
            ..Default::default()
        };
        assert!(validate_override(&bad_date).is_err());
    }
}

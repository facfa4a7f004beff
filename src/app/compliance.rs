//! The compliance panel: what in a submission breaks, or may break, the mechanism's rules.
//!
//! Every check is advice in plain words with what to do; none blocks the officer (the rules
//! themselves are defaults that may be out of date).

use crate::engagement::Engagement;
use crate::mechanism::Mechanism;
use crate::milestone::MilestoneKind;
use crate::model::language::{self, text, Arg, Said};
use crate::rules::EffectiveRule;
use crate::store::Store;
use crate::submission::{Section, Submission, SubmissionStats};
use crate::Result;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ComplianceIssue {
    pub severity: Severity,
    /// Stable code for tests and the UI (e.g. `over_limit`).
    pub code: String,
    pub message: String,
    /// The section concerned, if any.
    pub section_id: Option<i64>,
}

fn issue(
    severity: Severity,
    code: &str,
    message: String,
    section_id: Option<i64>,
) -> ComplianceIssue {
    ComplianceIssue {
        severity,
        code: code.into(),
        message,
        section_id,
    }
}

pub use crate::wordcount::thousands;

/// A language's name in `lang` ("Russian", "russe", "الروسية"), from the catalogue's
/// `lang.CODE`; the code itself for a language the catalogue does not name.
fn language_name(code: &str) -> Said {
    match code {
        "en" => Said::new("lang.en", vec![]),
        "fr" => Said::new("lang.fr", vec![]),
        "es" => Said::new("lang.es", vec![]),
        "ru" => Said::new("lang.ru", vec![]),
        "ar" => Said::new("lang.ar", vec![]),
        "zh" => Said::new("lang.zh", vec![]),
        other => Said::new("core.verbatim", vec![("text", Arg::from(other))]),
    }
}

/// The accepted formats as a reader says them: "Word (.docx)", "Word (.docx) or PDF".
fn formats_named(lang: &str, formats: &[String]) -> String {
    let names: Vec<String> = formats
        .iter()
        .map(|f| match f.as_str() {
            "docx" => "Word (.docx)".to_string(),
            "pdf" => "PDF".to_string(),
            other => other.to_string(),
        })
        .collect();
    names
        .into_iter()
        .reduce(|a, b| {
            text(
                lang,
                "compliance.either",
                &[("a", a.into()), ("b", b.into())],
            )
        })
        .unwrap_or_default()
}

/// A `YYYY-MM-DD` date as the app writes dates for people in `lang` ("Mon 5 Oct 2026",
/// "lun. 5 oct. 2026"); the text as given when it is not one.
fn written_date(lang: &str, ymd: &str) -> String {
    language::date(lang, "core.short_date_pattern", ymd)
}

/// What the checks of a submission look at, read by the caller.
pub struct Checked<'a> {
    pub submission: &'a Submission,
    pub engagement: &'a Engagement,
    pub mechanism: &'a Mechanism,
    pub rule: &'a EffectiveRule,
    /// The count of what is sent: title, front matter and headings included.
    pub stats: &'a SubmissionStats,
}

impl Store {
    /// The checks of a submission, most serious first, worded in the store's language.
    pub fn compliance(&self, submission_id: i64) -> Result<Vec<ComplianceIssue>> {
        // The count of what is sent: title, front matter and headings included.
        let stats = self.submission_count(submission_id)?.stats;
        self.compliance_counted(submission_id, &stats)
    }

    /// The checks of a submission whose words the caller has just counted (an autosave counts
    /// them for the screen: counting them again here doubled its work).
    pub fn compliance_counted(
        &self,
        submission_id: i64,
        stats: &SubmissionStats,
    ) -> Result<Vec<ComplianceIssue>> {
        let s = self.submission(submission_id)?;
        let e = self.engagement(s.engagement_id)?;
        let mechanism = self.mechanism(&e.mechanism)?;
        let rule = self.submission_rule(submission_id)?;
        let sections = self.sections(submission_id)?;
        self.compliance_of(
            Checked {
                submission: &s,
                engagement: &e,
                mechanism: &mechanism,
                rule: &rule,
                stats,
            },
            sections.iter(),
        )
    }

    /// The checks of a submission whose parts the caller has read already (the submission's
    /// detail reads them all for itself: reading and counting them again here was a tenth of
    /// an export's time).
    pub fn compliance_of<'a>(
        &self,
        checked: Checked<'_>,
        sections: impl IntoIterator<Item = &'a Section>,
    ) -> Result<Vec<ComplianceIssue>> {
        let Checked {
            submission: s,
            engagement: e,
            mechanism,
            rule,
            stats,
        } = checked;
        let lang = self.language();
        let say = |key: &str, args: &[(&str, Arg)]| text(lang, key, args);
        let mut out = Vec::new();

        match stats.limit {
            Some(limit) if stats.words > limit as usize => out.push(issue(
                Severity::Error,
                "over_limit",
                say(
                    if stats.joint {
                        "compliance.over_limit_joint"
                    } else {
                        "compliance.over_limit"
                    },
                    &[
                        ("words", Arg::Grouped(stats.words)),
                        ("limit", Arg::Grouped(limit as usize)),
                        ("excess", Arg::Grouped(stats.words - limit as usize)),
                    ],
                ),
                None,
            )),
            Some(_) => {}
            None => out.push(issue(
                Severity::Info,
                "no_limit",
                say("compliance.no_limit", &[]),
                None,
            )),
        }

        for sec in sections {
            if sec.content.stats().words(true) == 0 {
                out.push(issue(
                    Severity::Warning,
                    "empty_section",
                    say(
                        "compliance.empty_section",
                        &[("title", sec.title.as_str().into())],
                    ),
                    Some(sec.id),
                ));
            }
        }

        match self.city_profile()? {
            None => out.push(issue(
                Severity::Error,
                "no_city_profile",
                say("compliance.no_city_profile", &[]),
                None,
            )),
            Some(c) => {
                if c.contact_name.trim().is_empty() && c.contact_email.trim().is_empty() {
                    out.push(issue(
                        Severity::Warning,
                        "no_contact",
                        say("compliance.no_contact", &[]),
                        None,
                    ));
                }
            }
        }
        if e.state_under_review.trim().is_empty()
            && mechanism.kind != crate::mechanism::MechanismKind::SpecialProcedures
        {
            out.push(issue(
                Severity::Warning,
                "no_state",
                say("compliance.no_state", &[]),
                None,
            ));
        }
        let publication_asked = crate::template::structure(&s.template)
            .map(|t| t.publication_in_front_matter)
            .unwrap_or(false);
        if publication_asked && s.may_publish.is_none() {
            out.push(issue(
                Severity::Warning,
                "publication_undecided",
                say("compliance.publication_undecided", &[]),
                None,
            ));
        }

        if !rule.rule.languages.is_empty() && !rule.rule.languages.iter().any(|l| l == &s.language)
        {
            // A rule no source states may warn, never stand in the way of sending.
            let severity = if rule.rule.status == crate::rules::RuleStatus::Unconfirmed {
                Severity::Warning
            } else {
                Severity::Error
            };
            let accepted: Vec<Said> = rule
                .rule
                .languages
                .iter()
                .map(|l| language_name(l))
                .collect();
            let args = [
                ("language", Arg::from(language_name(&s.language))),
                ("accepted", Arg::from(accepted)),
            ];
            out.push(issue(
                severity,
                "language_not_accepted",
                if severity == Severity::Error {
                    say("compliance.language_not_accepted", &args)
                } else {
                    say("compliance.language_not_usual", &args)
                },
                None,
            ));
        }
        if !rule.rule.formats.is_empty() {
            let formats = formats_named(lang, &rule.rule.formats);
            // The rule on formats may be old (the UPR's is from 2008): say whose and when.
            // (The shipped note in the reader's language; one the city wrote as written.)
            let text = match &rule.rule.formats_note {
                Some(n) => say(
                    "compliance.formats_noted",
                    &[("note", n.as_str().into()), ("formats", formats.into())],
                ),
                None => say("compliance.formats", &[("formats", formats.into())]),
            };
            out.push(issue(Severity::Info, "formats", text, None));
        }

        if !s.status.in_progress() {
            // Sent or approved: deadlines no longer concern the draft.
        } else {
            let now = chrono::Utc::now();
            let closes: Vec<_> = self
                .milestones(e.id)?
                .into_iter()
                .filter(|m| m.kind == MilestoneKind::WindowCloses)
                .collect();
            if let Some(next) = closes.iter().find(|m| m.due_instant() >= now) {
                let days = (next.due_instant() - now).num_days();
                if days < 7 {
                    let time = match &next.time {
                        Some(t) => t.clone(),
                        None => say("compliance.end_of_day", &[]),
                    };
                    out.push(issue(
                        Severity::Warning,
                        "deadline_soon",
                        say(
                            "compliance.deadline_soon",
                            &[
                                ("title", next.title.as_str().into()),
                                ("days", days.into()),
                                ("date", written_date(lang, &next.date).into()),
                                ("time", time.into()),
                                ("zone", next.time_zone.as_str().into()),
                            ],
                        ),
                        None,
                    ));
                }
            } else if let Some(last) = closes.last() {
                out.push(issue(
                    Severity::Error,
                    "deadline_passed",
                    say(
                        "compliance.deadline_passed",
                        &[
                            ("title", last.title.as_str().into()),
                            ("date", written_date(lang, &last.date).into()),
                            ("zone", last.time_zone.as_str().into()),
                        ],
                    ),
                    None,
                ));
            }
        }

        if rule.stale {
            out.push(issue(
                Severity::Warning,
                "rule_stale",
                match &rule.rule.last_confirmed {
                    // A day is written as the language writes days; "2023-10" or "2023" as given.
                    Some(d) => say(
                        "compliance.rule_stale",
                        &[("date", language::date(lang, "meta.date_pattern", d).into())],
                    ),
                    None => say("compliance.rule_stale_undated", &[]),
                },
                None,
            ));
        }

        out.sort_by_key(|i| match i.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
        });
        Ok(out)
    }

    /// The MUST FIX checks of a submission (severity error): what the app lists, asking "Export
    /// anyway?", before it writes a Word or PDF file, and what the CLI prints as `warning:`
    /// lines before it writes one. Empty when nothing must be fixed.
    pub fn must_fix(&self, submission_id: i64) -> Result<Vec<ComplianceIssue>> {
        Ok(self
            .compliance(submission_id)?
            .into_iter()
            .filter(|i| i.severity == Severity::Error)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_separated() {
        assert_eq!(super::thousands(2815), "2,815");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn deadlines_in_messages_are_written_as_the_app_writes_dates() {
        assert_eq!(super::written_date("en", "2026-10-05"), "Mon 5 Oct 2026");
        assert_eq!(super::written_date("en", "not a date"), "not a date");
        assert_eq!(
            super::written_date("zh", "2026-10-05"),
            "2026年10月5日 星期一"
        );
    }
}

//! The compliance panel: what in a submission breaks, or may break, the mechanism's rules.
//!
//! Every check is advice in plain words with what to do; none blocks the officer (the rules
//! themselves are defaults that may be out of date).

use crate::milestone::MilestoneKind;
use crate::store::Store;
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

const LANGUAGE_NAMES: [(&str, &str); 6] = [
    ("en", "English"),
    ("fr", "French"),
    ("es", "Spanish"),
    ("ru", "Russian"),
    ("ar", "Arabic"),
    ("zh", "Chinese"),
];

fn language_name(code: &str) -> &str {
    LANGUAGE_NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| *n)
        .unwrap_or(code)
}

/// A `YYYY-MM-DD` date as the app writes dates for people ("Mon 5 Oct 2026"); the text as given
/// when it is not one.
fn written_date(ymd: &str) -> String {
    ymd.parse::<chrono::NaiveDate>()
        .map(|d| d.format("%a %-d %b %Y").to_string())
        .unwrap_or_else(|_| ymd.to_string())
}

impl Store {
    /// The checks of a submission, most serious first.
    pub fn compliance(&self, submission_id: i64) -> Result<Vec<ComplianceIssue>> {
        let s = self.submission(submission_id)?;
        let e = self.engagement(s.engagement_id)?;
        let rule = self.submission_rule(submission_id)?;
        // The count of what is sent: title, front matter and headings included.
        let stats = self.submission_count(submission_id)?.stats;
        let mut out = Vec::new();

        match stats.limit {
            Some(limit) if stats.words > limit as usize => out.push(issue(
                Severity::Error,
                "over_limit",
                format!(
                    "The submission has {} words, counting its title, front matter and headings as Word does; the limit is {}{}. Remove {} words.",
                    thousands(stats.words),
                    thousands(limit as usize),
                    if stats.joint { " for a joint submission" } else { "" },
                    thousands(stats.words - limit as usize)
                ),
                None,
            )),
            Some(_) => {}
            None => out.push(issue(
                Severity::Info,
                "no_limit",
                "No word limit is known for this mechanism. Check the call or the session's information note and set it in the engagement's rules.".into(),
                None,
            )),
        }

        for sec in self.sections(submission_id)? {
            if sec.content.stats().words(true) == 0 {
                out.push(issue(
                    Severity::Warning,
                    "empty_section",
                    format!("The section \"{}\" is empty.", sec.title),
                    Some(sec.id),
                ));
            }
        }

        match self.city_profile()? {
            None => out.push(issue(
                Severity::Error,
                "no_city_profile",
                "The city profile is not set up: the front matter cannot name the city. Fill it in under Settings.".into(),
                None,
            )),
            Some(c) => {
                if c.contact_name.trim().is_empty() && c.contact_email.trim().is_empty() {
                    out.push(issue(
                        Severity::Warning,
                        "no_contact",
                        "The front matter has no contact person or e-mail. Add them under Settings.".into(),
                        None,
                    ));
                }
            }
        }
        if e.state_under_review.trim().is_empty()
            && self.mechanism(&e.mechanism)?.kind
                != crate::mechanism::MechanismKind::SpecialProcedures
        {
            out.push(issue(
                Severity::Warning,
                "no_state",
                "The engagement does not name the State under review.".into(),
                None,
            ));
        }
        let publication_asked = crate::template::template(&s.template)
            .map(|t| t.publication_in_front_matter)
            .unwrap_or(false);
        if publication_asked && s.may_publish.is_none() {
            out.push(issue(
                Severity::Warning,
                "publication_undecided",
                "Say whether the submission may be published: this mechanism asks.".into(),
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
            let accepted: Vec<&str> = rule
                .rule
                .languages
                .iter()
                .map(|l| language_name(l))
                .collect();
            out.push(issue(
                severity,
                "language_not_accepted",
                if severity == Severity::Error {
                    format!(
                        "{} is not among the languages this mechanism accepts ({}).",
                        language_name(&s.language),
                        accepted.join(", ")
                    )
                } else {
                    format!(
                        "{} is not among the languages usually accepted ({}); no rule of the mechanism says so, so check the call or the information note.",
                        language_name(&s.language),
                        accepted.join(", ")
                    )
                },
                None,
            ));
        }
        if !rule.rule.formats.is_empty() {
            let names: Vec<&str> = rule
                .rule
                .formats
                .iter()
                .map(|f| match f.as_str() {
                    "docx" => "Word (.docx)",
                    "pdf" => "PDF",
                    other => other,
                })
                .collect();
            // The rule on formats may be old (the UPR's is from 2008): say whose and when.
            let text = match &rule.rule.formats_note {
                Some(n) => format!("{n} Export {}.", names.join(" or ")),
                None => format!("This mechanism asks for {} files.", names.join(" or ")),
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
                    out.push(issue(
                        Severity::Warning,
                        "deadline_soon",
                        format!(
                            "The deadline \"{}\" is in {} ({} {}, {}).",
                            next.title,
                            match days {
                                0 => "less than a day".to_string(),
                                1 => "1 day".to_string(),
                                d => format!("{d} days"),
                            },
                            written_date(&next.date),
                            next.time.clone().unwrap_or_else(|| "end of day".into()),
                            next.time_zone
                        ),
                        None,
                    ));
                }
            } else if let Some(last) = closes.last() {
                out.push(issue(
                    Severity::Error,
                    "deadline_passed",
                    format!(
                        "The deadline \"{}\" passed on {} ({}).",
                        last.title,
                        written_date(&last.date),
                        last.time_zone
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
                    Some(d) => format!("The source of the word limit and rules dates from {d}, more than 12 months ago. Check it before relying on them."),
                    None => "The source of the word limit and rules is undated and was not read in the last 12 months. Check it before relying on them.".into(),
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
        assert_eq!(super::written_date("2026-10-05"), "Mon 5 Oct 2026");
        assert_eq!(super::written_date("not a date"), "not a date");
    }
}

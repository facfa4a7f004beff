//! The front matter of a submission: the UPR's header block or a treaty body's cover page.
//!
//! Built here once, for the three places that need it: the submission screen shows
//! [`FrontMatterView`]; the Word and PDF exporters write [`SentFrontMatter`] (the title and
//! the "Label: value" lines under it, word count and date included); and the word count counts
//! the words of that same [`SentFrontMatter`], so that what is counted is what is sent (the
//! `count` module, above this one). Below `drafting`, `compliance` and the exports, so that each can use it.

use crate::engagement::Engagement;
use crate::mechanism::Mechanism;
use crate::rules::FrontMatter;
use crate::stakeholder::Stakeholder;
use crate::store::Store;
use crate::submission::Submission;
use crate::template::Template;
use crate::wordcount::{count_words, thousands};
use crate::Result;
use serde::Serialize;
use ts_rs::TS;

/// A line of the front matter (the UPR's header block or a treaty body's cover page).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FrontMatterLine {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FrontMatterView {
    pub kind: FrontMatter,
    pub lines: Vec<FrontMatterLine>,
}

/// The front matter as the Word and PDF files write it above the first section: the title,
/// then the "Label: value" lines — those of the [`FrontMatterView`] (less the cover page's
/// title, which is the title), the word count against the limit, and on a cover page the date.
#[derive(Debug, Clone, PartialEq)]
pub struct SentFrontMatter {
    pub kind: FrontMatter,
    pub title: String,
    pub lines: Vec<FrontMatterLine>,
}

impl SentFrontMatter {
    /// Whether it is a cover page (a page of its own) rather than a header block.
    pub fn cover(&self) -> bool {
        self.kind == FrontMatter::CoverPage
    }

    /// The words of the "Label: value" lines, as Word counts them in the sent file.
    pub fn line_words(&self) -> usize {
        self.lines
            .iter()
            .map(|l| count_words(&l.label) + count_words(&l.value))
            .sum()
    }
}

/// The front matter as sent, for a submission of `words` words (its full count) against
/// `limit`. The word count line always has the same number of words whatever `words` is (a
/// number is one word), so the count can be made before the number is known.
pub fn sent(
    view: &FrontMatterView,
    submission: &Submission,
    words: usize,
    limit: Option<u32>,
) -> SentFrontMatter {
    let cover = view.kind == FrontMatter::CoverPage;
    let title = view
        .lines
        .iter()
        .find(|l| cover && l.label == TITLE)
        .map(|l| l.value.clone())
        .unwrap_or_else(|| submission.title.clone());
    let mut lines: Vec<FrontMatterLine> = view
        .lines
        .iter()
        .filter(|l| !(cover && l.label == TITLE))
        .cloned()
        .collect();
    lines.push(FrontMatterLine {
        label: "Word count".into(),
        value: word_count(words, limit),
    });
    if cover {
        let day = submission.updated_at.get(..10).unwrap_or("");
        lines.push(FrontMatterLine {
            label: "Date".into(),
            value: long_date(day),
        });
    }
    SentFrontMatter {
        kind: view.kind,
        title,
        lines,
    }
}

/// The label of the cover page's title line.
const TITLE: &str = "Title";

/// "2,410 words (limit 2,815)", or "2,410 words" when no limit is known.
fn word_count(words: usize, limit: Option<u32>) -> String {
    let noun = if words == 1 { "word" } else { "words" };
    match limit {
        Some(limit) => format!(
            "{} {noun} (limit {})",
            thousands(words),
            thousands(limit as usize)
        ),
        None => format!("{} {noun}", thousands(words)),
    }
}

/// A `YYYY-MM-DD` day as it reads on a page ("27 November 2026"); as given if it is not one.
pub fn long_date(day: &str) -> String {
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map(|d| d.format("%-d %B %Y").to_string())
        .unwrap_or_else(|_| day.to_string())
}

impl Store {
    /// The co-submitters of a submission, in the order they are named.
    pub fn co_submitter_stakeholders(&self, s: &Submission) -> Result<Vec<Stakeholder>> {
        s.co_submitters
            .iter()
            .map(|i| self.stakeholder(*i))
            .collect()
    }

    /// The lines of the front matter, as the template places them.
    pub fn front_matter(
        &self,
        s: &Submission,
        e: &Engagement,
        m: &Mechanism,
        template: Option<&Template>,
        co: &[Stakeholder],
    ) -> Result<FrontMatterView> {
        let city = self.city_profile()?;
        let kind = template
            .map(|t| t.front_matter)
            .unwrap_or(m.rule.front_matter);
        let mut lines = Vec::new();
        let mut line = |label: &str, value: String| {
            if !value.trim().is_empty() {
                lines.push(FrontMatterLine {
                    label: label.to_string(),
                    value,
                });
            }
        };
        let city_name = city.as_ref().map(|c| c.name.clone()).unwrap_or_default();
        if kind == FrontMatter::CoverPage {
            line(TITLE, s.title.clone());
        }
        if co.is_empty() {
            line("Submitted by", city_name);
        } else {
            let mut names = vec![city_name];
            names.extend(co.iter().map(|c| c.name.clone()));
            line(
                "Joint submission by",
                names
                    .into_iter()
                    .filter(|n| !n.is_empty())
                    .collect::<Vec<_>>()
                    .join("; "),
            );
        }
        line("Mechanism", format!("{} ({})", m.name, m.acronym));
        if kind == FrontMatter::CoverPage {
            // A treaty body's cover names the review it is written for (its engagement).
            line("Engagement", e.title.clone());
        }
        line("State under review", e.state_under_review.clone());
        line("Session", e.session.clone());
        if let Some(c) = &city {
            let contact = match (c.contact_name.trim(), c.contact_email.trim()) {
                ("", "") => String::new(),
                (n, "") => n.to_string(),
                ("", m) => m.to_string(),
                (n, m) => format!("{n}, {m}"),
            };
            line("Contact", contact);
        }
        if template
            .map(|t| t.publication_in_front_matter)
            .unwrap_or(false)
        {
            line(
                "Publication",
                match s.may_publish {
                    Some(true) => "This submission may be published.".into(),
                    Some(false) => {
                        "This submission is confidential and may not be published.".into()
                    }
                    None => String::new(),
                },
            );
        }
        Ok(FrontMatterView { kind, lines })
    }
}

#[cfg(test)]
mod tests {
    use super::{long_date, word_count};
    use crate::wordcount::count_words;

    #[test]
    fn the_word_count_line_has_as_many_words_whatever_the_number() {
        // The count counts this line with 0 in it before the real number is known.
        for limit in [Some(2_815), None] {
            let words = count_words(&word_count(0, limit));
            for n in [1, 999, 2_815, 1_234_567] {
                assert_eq!(count_words(&word_count(n, limit)), words, "{n}, {limit:?}");
            }
        }
        assert_eq!(word_count(2_610, Some(2_815)), "2,610 words (limit 2,815)");
        assert_eq!(word_count(1, None), "1 word");
    }

    #[test]
    fn dates_read_as_on_a_page() {
        assert_eq!(long_date("2026-12-06"), "6 December 2026");
        assert_eq!(long_date("soon"), "soon");
    }
}

//! The front matter of a submission: the UPR's header block or a treaty body's cover page.
//!
//! Built here once, for the three places that need it: the submission screen shows
//! [`FrontMatterView`]; the Word and PDF exporters write [`SentFrontMatter`] (the title and
//! the "Label: value" lines under it, word count and date included); and the word count counts
//! the words of that same [`SentFrontMatter`], so that what is counted is what is sent (the
//! `count` module, above this one). Below `drafting`, `compliance` and the exports, so that each can use it.

use crate::engagement::Engagement;
use crate::mechanism::Mechanism;
use crate::model::language::{self, Arg};
use crate::rules::FrontMatter;
use crate::stakeholder::Stakeholder;
use crate::store::Store;
use crate::submission::Submission;
use crate::template::Template;
use crate::wordcount::count_words;
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
    let lang = submission.language.as_str();
    let cover = view.kind == FrontMatter::CoverPage;
    let title_label = label(lang, "title");
    let title = view
        .lines
        .iter()
        .find(|l| cover && l.label == title_label)
        .map(|l| l.value.clone())
        .unwrap_or_else(|| submission.title.clone());
    let mut lines: Vec<FrontMatterLine> = view
        .lines
        .iter()
        .filter(|l| !(cover && l.label == title_label))
        .cloned()
        .collect();
    lines.push(FrontMatterLine {
        label: label(lang, "word_count"),
        value: word_count_in(lang, words, limit),
    });
    if cover {
        let day = submission.updated_at.get(..10).unwrap_or("");
        lines.push(FrontMatterLine {
            label: label(lang, "date"),
            value: long_date_in(lang, day),
        });
    }
    SentFrontMatter {
        kind: view.kind,
        title,
        lines,
    }
}

/// The mechanism's name as the UN writes it in `lang` (the catalogue's `mechanism.CODE`), or
/// the shipped English name for a mechanism the catalogue does not name.
pub fn mechanism_name(lang: &str, m: &Mechanism) -> String {
    language::shipped(lang, &format!("mechanism.{}", m.code), &m.name)
}

/// A mechanism's acronym as the UN writes it in `lang` ("EPU" for the UPR in French and
/// Spanish, "УПО" in Russian); the reference's acronym where the catalogue has none (the treaty
/// bodies keep theirs in every language, as OHCHR's pages do).
pub fn mechanism_acronym(lang: &str, m: &Mechanism) -> String {
    language::shipped(lang, &format!("mechanism_acronym.{}", m.code), &m.acronym)
}

/// The mechanism's name with its acronym in brackets, as `lang` writes them ("Universal
/// Periodic Review (UPR)", Chinese with full-width brackets): the front matter, the PDF's
/// subject and the calendar file say it so.
pub fn mechanism_named(lang: &str, m: &Mechanism) -> String {
    language::text(
        lang,
        "core.name_and_acronym",
        &[
            ("name", mechanism_name(lang, m).into()),
            ("acronym", mechanism_acronym(lang, m).into()),
        ],
    )
}

/// A front matter label with its colon as `lang` writes it, ready for its value: "Mechanism: ",
/// French "Mécanisme : " (a no-break space before the colon, as French typography has it),
/// Chinese "机制：" (the full-width colon, no space after). The word count is unchanged: a
/// lone colon is no word, for Word as for [`crate::wordcount`].
pub fn label_colon(lang: &str, label: &str) -> String {
    language::text(lang, "front_matter.label", &[("label", label.into())])
}

/// A front matter label in the submission's language ("Submitted by", "Présentée par").
fn label(lang: &str, name: &str) -> String {
    language::text(lang, &format!("front_matter.{name}"), &[])
}

/// "2,410 words (limit 2,815)", or "2,410 words" when no limit is known, in `lang`.
fn word_count_in(lang: &str, words: usize, limit: Option<u32>) -> String {
    let mut args = vec![
        ("words", Arg::from(language::number(lang, words))),
        ("count", Arg::from(words)),
    ];
    let key = match limit {
        Some(limit) => {
            args.push(("limit", Arg::from(language::number(lang, limit as usize))));
            "front_matter.words_limit"
        }
        None => "front_matter.words",
    };
    language::text(lang, key, &args).trim().to_string()
}

/// A `YYYY-MM-DD` day as it reads on an English page ("27 November 2026"); as given if it is
/// not one.
pub fn long_date(day: &str) -> String {
    long_date_in("en", day)
}

/// A `YYYY-MM-DD` day as it reads on a page in `lang` ("27 novembre 2026", "2026年11月27日"),
/// with the language's month names (chrono's CLDR-based locales); as given if it is not a day.
pub fn long_date_in(lang: &str, day: &str) -> String {
    language::date(lang, "meta.date_pattern", day)
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
        let lang = s.language.as_str();
        let mut lines = Vec::new();
        let mut line = |name: &str, value: String| {
            if !value.trim().is_empty() {
                lines.push(FrontMatterLine {
                    label: label(lang, name),
                    value,
                });
            }
        };
        let city_name = city.as_ref().map(|c| c.name.clone()).unwrap_or_default();
        if kind == FrontMatter::CoverPage {
            line("title", s.title.clone());
        }
        if co.is_empty() {
            line("submitted_by", city_name);
        } else {
            let mut names = vec![city_name];
            names.extend(co.iter().map(|c| c.name.clone()));
            line(
                "joint_by",
                names
                    .into_iter()
                    .filter(|n| !n.is_empty())
                    .collect::<Vec<_>>()
                    // Names may hold commas ("City of X, Office of Y"): the language's semicolon.
                    .join(&language::text(lang, "core.clause_separator", &[])),
            );
        }
        line("mechanism", mechanism_named(lang, m));
        if kind == FrontMatter::CoverPage {
            // A treaty body's cover names the review it is written for (its engagement).
            line("engagement", e.title.clone());
        }
        line("state", e.state_under_review.clone());
        line("session", e.session.clone());
        if let Some(c) = &city {
            let contact = match (c.contact_name.trim(), c.contact_email.trim()) {
                ("", "") => String::new(),
                (n, "") => n.to_string(),
                ("", m) => m.to_string(),
                // The language's own comma between them ("،" in Arabic, "，" in Chinese: a name
                // and its address are not a series of like items, which "、" would part).
                (n, m) => format!("{n}{}{m}", language::text(lang, "core.clause_comma", &[])),
            };
            line("contact", contact);
        }
        if template
            .map(|t| t.publication_in_front_matter)
            .unwrap_or(false)
        {
            line(
                "publication",
                match s.may_publish {
                    Some(true) => label(lang, "may_publish"),
                    Some(false) => label(lang, "confidential"),
                    None => String::new(),
                },
            );
        }
        Ok(FrontMatterView { kind, lines })
    }
}

#[cfg(test)]
mod tests {
    use super::{long_date, long_date_in, word_count_in};
    use crate::model::language::LANGUAGES;
    use crate::wordcount::count_words;

    #[test]
    fn the_word_count_line_has_as_many_words_whatever_the_number() {
        // The count counts this line with 0 in it before the real number is known: in every
        // language, every plural form of the line has as many words.
        for lang in LANGUAGES {
            for limit in [Some(2_815), None] {
                let words = count_words(&word_count_in(lang, 0, limit));
                for n in [1, 2, 5, 22, 999, 2_815, 1_234_567] {
                    let line = word_count_in(lang, n, limit);
                    assert_eq!(count_words(&line), words, "{lang} {n}, {limit:?}: {line}");
                }
            }
        }
        assert_eq!(
            word_count_in("en", 2_610, Some(2_815)),
            "2,610 words (limit 2,815)"
        );
        assert_eq!(word_count_in("en", 1, None), "1 word");
        assert_eq!(
            word_count_in("fr", 2_610, Some(2_815)),
            "2610 mots (limite 2815)"
        );
    }

    #[test]
    fn dates_read_as_on_a_page_in_each_language() {
        assert_eq!(long_date("2026-12-06"), "6 December 2026");
        assert_eq!(long_date("soon"), "soon");
        assert_eq!(long_date_in("fr", "2026-12-06"), "6 décembre 2026");
        assert_eq!(long_date_in("es", "2026-12-06"), "6 de diciembre de 2026");
        assert_eq!(long_date_in("zh", "2026-12-06"), "2026年12月6日");
        assert!(long_date_in("ru", "2026-12-06").starts_with("6 декабря 2026"));
        assert!(!long_date_in("ar", "2026-12-06").contains("December"));
    }
}

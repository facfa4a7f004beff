//! The word count of a submission as it is sent: what the editor, the compliance checks, the
//! lists, the exports and the CLI show against the limit.
//!
//! The store counts the sections' text (`Store::submission_stats`); what is sent also holds the
//! title, the front matter (header block or cover page) and the section headings, and Word counts
//! them all. No source says whether OHCHR counts them, so the safe reading counts everything
//! sent ([`crate::wordcount::counted_parts`] says which parts a rule leaves out), and the
//! breakdown ([`WordBreakdown`]) shows where the words are. The front matter is counted from the
//! very lines the exporters write ([`crate::front_matter::sent`]), so the count and the file
//! cannot drift apart.

use crate::document::{Content, ContentStats};
use crate::store::Store;
use crate::submission::{SubmissionStats, SubmissionSummary};
use crate::wordcount::{count_words, counted_parts, section_words, WordBreakdown};
use crate::Result;
use serde::Serialize;
use ts_rs::TS;

/// A submission's counts against its rule: the store's counts, with `words` the full count of
/// what is sent; the breakdown by part; and each section's words, in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubmissionCount {
    /// `words` is the breakdown's total; `body_words` and `footnote_words` are the sections'
    /// text and footnotes, as before.
    #[serde(flatten)]
    pub stats: SubmissionStats,
    pub breakdown: WordBreakdown,
    /// Each section's id and words under the rule (its title, text and counted footnotes), in
    /// order.
    #[serde(skip)]
    pub section_words: Vec<(i64, usize)>,
}

impl SubmissionCount {
    /// The words of one section (0 for a section that is not one of this submission's).
    pub fn words_of(&self, section_id: i64) -> usize {
        self.section_words
            .iter()
            .find(|(id, _)| *id == section_id)
            .map_or(0, |(_, w)| *w)
    }
}

/// The live count while the officer types: the submission's counts with one section's unsaved
/// title and text, and that section's own words.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LiveCount {
    pub stats: SubmissionStats,
    pub breakdown: WordBreakdown,
    /// The words of the section being edited (its title, text and counted footnotes).
    pub section_words: usize,
}

/// A section's text and title not saved yet, counted in place of the stored ones.
#[derive(Debug, Clone, Copy)]
pub struct Unsaved<'a> {
    pub section_id: i64,
    pub title: &'a str,
    pub content: &'a Content,
}

impl Store {
    /// The submission's counts as sent.
    pub fn submission_count(&self, id: i64) -> Result<SubmissionCount> {
        self.submission_count_with(id, None)
    }

    /// The counts as they would be with `unsaved` in place of one section's stored title and
    /// text.
    pub fn submission_count_with(
        &self,
        id: i64,
        unsaved: Option<Unsaved<'_>>,
    ) -> Result<SubmissionCount> {
        let s = self.submission(id)?;
        let e = self.engagement(s.engagement_id)?;
        let m = self.mechanism(&e.mechanism)?;
        // The rule in force for this submission (its template may drop the mechanism's limit).
        let rule = self.submission_rule(id)?;
        let template = crate::template::structure(&s.template).ok();
        let co = self.co_submitter_stakeholders(&s)?;
        let view = self.front_matter(&s, &e, &m, template.as_ref(), &co)?;
        let joint = !co.is_empty();
        let limit = rule.word_limit(joint);
        let counted = counted_parts(&rule);

        let sections = self.sections(id)?;
        let mut text = ContentStats::default();
        let mut headings = 0;
        let mut per_section = Vec::with_capacity(sections.len());
        for sec in &sections {
            let (title, st) = match unsaved {
                Some(u) if u.section_id == sec.id => (u.title, u.content.stats()),
                _ => (sec.title.as_str(), sec.content.stats()),
            };
            headings += count_words(title);
            let words = section_words(title, st.body_words, st.footnote_words, &counted);
            per_section.push((sec.id, words));
            text += st;
        }
        // The number in the word count line is one word whatever it is, so 0 stands in for it.
        let sent = crate::front_matter::sent(&view, &s, 0, limit);
        let breakdown = WordBreakdown::new(
            [
                count_words(&sent.title),
                sent.line_words(),
                headings,
                text.body_words,
                text.footnote_words,
            ],
            &counted,
        );
        Ok(SubmissionCount {
            stats: SubmissionStats {
                words: breakdown.total,
                limit,
                paragraphs: text.paragraphs,
                footnotes: text.footnotes,
                sections: sections.len(),
                body_words: text.body_words,
                footnote_words: text.footnote_words,
                footnotes_count: rule.rule.footnotes_count,
                joint,
            },
            breakdown,
            section_words: per_section,
        })
    }

    /// The live count: the submission with one section's unsaved title and text.
    pub fn live_count(
        &self,
        id: i64,
        section_id: i64,
        title: &str,
        content: &Content,
    ) -> Result<LiveCount> {
        let c = self.submission_count_with(
            id,
            Some(Unsaved {
                section_id,
                title,
                content,
            }),
        )?;
        Ok(LiveCount {
            section_words: c.words_of(section_id),
            stats: c.stats,
            breakdown: c.breakdown,
        })
    }

    /// The submissions (of one engagement, or all), most recently changed first, each with its
    /// full count as `words`.
    pub fn submission_list(&self, engagement_id: Option<i64>) -> Result<Vec<SubmissionSummary>> {
        let mut list = self.submission_summaries(engagement_id)?;
        for s in &mut list {
            s.words = self.submission_count(s.id)?.stats.words;
        }
        Ok(list)
    }
}

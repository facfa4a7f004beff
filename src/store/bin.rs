//! The bin: deleted engagements, submissions, sections, milestones and recommendations wait
//! here until restored or until the bin is emptied (the UI and the CLI ask for confirmation
//! first). Nothing typed is destroyed silently. A row in the bin keeps everything that hangs
//! on it — a recommendation its tags and evidence notes, a milestone its reminders — so that
//! restoring it brings it back whole.

use crate::store::{engagement, milestone, recommendation, submission, Store};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BinKind {
    Engagement,
    Submission,
    Section,
    Milestone,
    Recommendation,
}

impl BinKind {
    /// Every kind, as the CLI names them.
    pub const ALL: [BinKind; 5] = [
        BinKind::Engagement,
        BinKind::Submission,
        BinKind::Section,
        BinKind::Milestone,
        BinKind::Recommendation,
    ];

    /// The word for the kind (`bin list`, `bin restore KIND ID`).
    pub fn as_str(self) -> &'static str {
        table(self)
    }

    /// The kind a word names, e.g. "recommendation".
    pub fn parse(word: &str) -> Option<BinKind> {
        BinKind::ALL.into_iter().find(|k| k.as_str() == word)
    }
}

/// How much of a recommendation's text the bin shows beside its reference.
pub const CONTEXT_CHARS: usize = 90;

/// Something in the bin.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BinItem {
    pub kind: BinKind,
    pub id: i64,
    pub title: String,
    /// Where it was, e.g. the engagement of a submission or of a milestone; for a
    /// recommendation (whose title is its reference), the start of its text.
    pub context: String,
    pub deleted_at: String,
}

impl Store {
    /// What is in the bin, most recently deleted first. Items inside a deleted parent are not
    /// listed on their own: restoring the parent brings them back. (Each table's module says
    /// what of it is in the bin, by the rule of `crate::store::LIVE`.)
    pub fn bin(&self) -> Result<Vec<BinItem>> {
        let lists = [
            (BinKind::Engagement, engagement::in_bin(&self.conn)?),
            (BinKind::Submission, submission::in_bin(&self.conn, false)?),
            (BinKind::Section, submission::in_bin(&self.conn, true)?),
            (BinKind::Milestone, milestone::in_bin(&self.conn)?),
            (BinKind::Recommendation, recommendation::in_bin(&self.conn)?),
        ];
        let mut items: Vec<BinItem> = lists
            .into_iter()
            .flat_map(|(kind, rows)| {
                rows.into_iter().map(move |r| BinItem {
                    kind,
                    id: r.id,
                    title: r.title,
                    // A recommendation's context is its text: the start of it tells it from
                    // others with the same symbol.
                    context: if kind == BinKind::Recommendation {
                        excerpt(&r.context)
                    } else {
                        r.context
                    },
                    deleted_at: r.deleted_at,
                })
            })
            .collect();
        items.sort_by(|a, b| b.deleted_at.cmp(&a.deleted_at).then(b.id.cmp(&a.id)));
        Ok(items)
    }

    /// Takes an item out of the bin.
    pub fn restore(&mut self, kind: BinKind, id: i64) -> Result<()> {
        let restored = self.write(|tx| match kind {
            BinKind::Engagement => engagement::unbin(tx, id),
            BinKind::Submission => submission::unbin(tx, false, id),
            BinKind::Section => submission::unbin(tx, true, id),
            BinKind::Milestone => milestone::unbin(tx, id),
            BinKind::Recommendation => recommendation::unbin(tx, id),
        })?;
        if !restored {
            return Err(Error::NotFound {
                what: "Item in the bin",
                id,
            });
        }
        Ok(())
    }

    /// Deletes for good everything in the bin (and what was inside deleted parents).
    /// Returns how many items were listed in the bin.
    pub fn empty_bin(&mut self) -> Result<usize> {
        let n = self.bin()?.len();
        self.write(|tx| {
            recommendation::empty_bin(tx)?;
            milestone::empty_bin(tx)?;
            submission::empty_bin(tx)?;
            engagement::empty_bin(tx)
        })?;
        Ok(n)
    }
}

fn table(kind: BinKind) -> &'static str {
    match kind {
        BinKind::Engagement => "engagement",
        BinKind::Submission => "submission",
        BinKind::Section => "section",
        BinKind::Milestone => "milestone",
        BinKind::Recommendation => "recommendation",
    }
}

/// The start of a recommendation's text, to tell it from others with the same symbol.
fn excerpt(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= CONTEXT_CHARS {
        return one_line;
    }
    let cut: String = one_line.chars().take(CONTEXT_CHARS).collect();
    format!("{}…", cut.trim_end())
}

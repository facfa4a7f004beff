//! The bin: deleted engagements, submissions, sections, milestones and recommendations wait
//! here until restored or until the bin is emptied (the UI and the CLI ask for confirmation
//! first). Nothing typed is destroyed silently. A row in the bin keeps everything that hangs
//! on it — a recommendation its tags and evidence notes, a milestone its reminders — so that
//! restoring it brings it back whole.

use crate::store::Store;
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
    /// listed on their own: restoring the parent brings them back.
    pub fn bin(&self) -> Result<Vec<BinItem>> {
        let mut items = Vec::new();
        let mut q = |sql: &str, kind: BinKind| -> Result<()> {
            let mut stmt = self.conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| {
                Ok(BinItem {
                    kind,
                    id: r.get(0)?,
                    title: r.get(1)?,
                    context: r.get(2)?,
                    deleted_at: r.get(3)?,
                })
            })?;
            for r in rows {
                items.push(r?);
            }
            Ok(())
        };
        q(
            "SELECT id, title, mechanism, deleted_at FROM engagement WHERE deleted_at IS NOT NULL",
            BinKind::Engagement,
        )?;
        q(
            "SELECT s.id, s.title, e.title, s.deleted_at FROM submission s JOIN engagement e ON e.id = s.engagement_id
             WHERE s.deleted_at IS NOT NULL AND e.deleted_at IS NULL",
            BinKind::Submission,
        )?;
        q(
            "SELECT c.id, c.title, s.title, c.deleted_at FROM section c JOIN submission s ON s.id = c.submission_id
             JOIN engagement e ON e.id = s.engagement_id
             WHERE c.deleted_at IS NOT NULL AND s.deleted_at IS NULL AND e.deleted_at IS NULL",
            BinKind::Section,
        )?;
        q(
            "SELECT m.id, m.title, e.title, m.deleted_at FROM milestone m JOIN engagement e ON e.id = m.engagement_id
             WHERE m.deleted_at IS NOT NULL AND e.deleted_at IS NULL",
            BinKind::Milestone,
        )?;
        let mut stmt = self.conn.prepare(
            "SELECT id, symbol, paragraph, text, deleted_at FROM recommendation WHERE deleted_at IS NOT NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            let symbol: String = r.get("symbol")?;
            let paragraph: String = r.get("paragraph")?;
            let text: String = r.get("text")?;
            Ok(BinItem {
                kind: BinKind::Recommendation,
                id: r.get("id")?,
                title: crate::document::citation_text(&symbol, Some(&paragraph)),
                context: excerpt(&text),
                deleted_at: r.get("deleted_at")?,
            })
        })?;
        for r in rows {
            items.push(r?);
        }
        items.sort_by(|a, b| b.deleted_at.cmp(&a.deleted_at).then(b.id.cmp(&a.id)));
        Ok(items)
    }

    /// Takes an item out of the bin.
    pub fn restore(&mut self, kind: BinKind, id: i64) -> Result<()> {
        let table = table(kind);
        let n = self.write(|tx| {
            Ok(tx.execute(
                &format!(
                    "UPDATE {table} SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL"
                ),
                [id],
            )?)
        })?;
        if n == 0 {
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
            // The search indexes hold a binned recommendation's text (it is hidden by its
            // row's deleted_at); its tags and evidence go with the row (ON DELETE CASCADE).
            for index in ["recommendation_search", "recommendation_search_trigram"] {
                tx.execute(
                    &format!("DELETE FROM {index} WHERE rowid IN (SELECT id FROM recommendation WHERE deleted_at IS NOT NULL)"),
                    [],
                )?;
            }
            tx.execute("DELETE FROM recommendation WHERE deleted_at IS NOT NULL", [])?;
            // A milestone's reminders already given go with it (ON DELETE CASCADE).
            tx.execute("DELETE FROM milestone WHERE deleted_at IS NOT NULL", [])?;
            tx.execute("DELETE FROM section WHERE deleted_at IS NOT NULL", [])?;
            tx.execute("DELETE FROM submission WHERE deleted_at IS NOT NULL", [])?;
            tx.execute("DELETE FROM engagement WHERE deleted_at IS NOT NULL", [])?;
            Ok(())
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

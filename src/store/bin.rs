//! The bin: deleted engagements, submissions and sections wait here until restored or until
//! the bin is emptied (the UI and the CLI ask for confirmation first). Nothing typed is
//! destroyed silently.

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
}

/// Something in the bin.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BinItem {
    pub kind: BinKind,
    pub id: i64,
    pub title: String,
    /// Where it was, e.g. the engagement of a submission.
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
    }
}

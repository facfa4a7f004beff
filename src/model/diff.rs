//! Differences between two texts, word by word: what the revisions panel and the review of a
//! department's contribution show (deleted words struck through, inserted ones marked).

use crate::document::Content;
use serde::Serialize;
use ts_rs::TS;

/// A word-level difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DiffOpKind {
    Equal,
    Insert,
    Delete,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DiffOp {
    pub op: DiffOpKind,
    pub text: String,
}

/// The text of a section for comparison: its blocks, then its footnotes.
pub fn plain(content: &Content) -> String {
    let parts = content.text_parts();
    let mut s = parts.body.join("\n\n");
    for (i, f) in parts.footnotes.iter().enumerate() {
        s.push_str(&format!("\n\n[{}] {f}", i + 1));
    }
    s
}

/// The word-level difference from `old` to `new` (the `similar` crate's diff over words),
/// runs of the same kind merged so that the UI gets phrases, not single words.
pub fn words(old: &str, new: &str) -> Vec<DiffOp> {
    let diff = similar::TextDiff::from_words(old, new);
    let mut ops: Vec<DiffOp> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            similar::ChangeTag::Equal => DiffOpKind::Equal,
            similar::ChangeTag::Insert => DiffOpKind::Insert,
            similar::ChangeTag::Delete => DiffOpKind::Delete,
        };
        // Merge runs of the same kind so the UI gets phrases, not single words.
        match ops.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => ops.push(DiffOp {
                op,
                text: change.value().to_string(),
            }),
        }
    }
    ops
}

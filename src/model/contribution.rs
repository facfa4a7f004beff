//! The words of a department's contribution (issue #17) that both the package format and the
//! store use: what one change touches, and how a return lists it.

use serde::{Deserialize, Serialize};

/// What one change touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Section,
    Recommendation,
}

/// One change of a return, listed in `return.json`; its changeset is the entry `changeset`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReturnedChange {
    pub kind: ChangeKind,
    /// The section's or the recommendation's id (the officer's).
    pub target_id: i64,
    /// `text` for a section; `competence`, `department`, `local_status` or `evidence` for a
    /// recommendation.
    pub field: String,
    pub author: String,
    /// When the contributor last changed it (RFC 3339).
    pub changed_at: String,
    /// The entry holding the changeset, `changes/<n>.changeset`.
    pub changeset: String,
}

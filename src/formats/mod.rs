//! The formats tier: files from outside read into the model (`import`: UN documents, CSV,
//! Markdown and Word drafts) and the Office Open XML they share (`ooxml`); Excel sheets as
//! plain rows, written and read back (`xlsx`). Pure functions of
//! bytes: no database, nothing of the store or the app; `tests/layers.rs` keeps it that way.
//! The exports, which still read the store, are not here yet.
//!
//! The crate root re-exports both modules (`cityrights::import`, `cityrights::ooxml`), so their
//! paths are unchanged.

pub mod contribution;
pub mod import;
pub mod ooxml;
pub mod package;
pub mod xlsx;

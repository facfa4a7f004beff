//! The model tier: the content tree and the rules about it, with no SQL, no files and no
//! formats. Everything here depends only on other `model` modules and on [`crate::error`];
//! `tests/layers.rs` keeps it that way.
//!
//! - [`document`]: the content tree (and [`document::limits`], its size gate);
//! - [`wordcount`]: the one word count;
//! - [`validate`]: field checks (text lengths, dates, times);
//! - [`rules`]: a mechanism's rules (word limits, front matter) and their overrides;
//! - [`country`]: the country reference list;
//! - [`enums`]: the stored and JSON words of the word-like enums.
//!
//! The crate root re-exports each module (`cityrights::document`, …), so its paths are
//! unchanged for the CLI, the shell and the tests.

pub mod country;
pub mod document;
pub mod enums;
pub mod rules;
pub mod validate;
pub mod wordcount;

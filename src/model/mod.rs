//! The model tier: the content tree and the rules about it, with no SQL, no files and no
//! formats. Everything here depends only on other `model` modules and on the error type;
//! `tests/layers.rs` keeps it that way.
//!
//! - [`document`]: the content tree (and [`document::limits`], its size gate);
//! - [`wordcount`]: the one word count;
//! - [`validate`]: field checks (text lengths, dates, times);
//! - [`time_zone`]: a time zone as officers write it ("Geneva time") resolved to its IANA name;
//! - [`rules`]: a mechanism's rules (word limits, front matter) and their overrides;
//! - [`country`]: the country reference list;
//! - [`mechanism`]: the UN mechanisms and mandates, as shipped reference data;
//! - [`template`]: the submission templates;
//! - [`library`]: what the UN has said about local government, the documents an officer cites;
//! - [`sdg`]: the SDGs' goals, targets and global indicators in the six UN languages;
//! - [`plan`]: the implementation plan's actions, indicators and their progress;
//! - [`enums`]: the stored and JSON words of the word-like enums;
//! - [`language`]: the six UN languages and the one catalogue of words (`assets/i18n`);
//! - [`safe_text`]: text from a file made safe to store and show;
//! - [`recommendation`]: a recommendation's words and a record as an importer read it (the
//!   table is the store's).
//!
//! The crate root re-exports the modules that were there before (`cityrights::document`, …),
//! and the root `recommendation` module the recommendation's words, so every path the CLI,
//! the shell and the tests use is unchanged.

pub mod contribution;
pub mod country;
pub mod diff;
pub mod document;
pub mod enums;
pub mod language;
pub mod library;
pub mod mechanism;
pub mod plan;
pub mod recommendation;
pub mod report;
pub mod rules;
pub mod safe_text;
pub mod sdg;
pub mod template;
pub mod time_zone;
pub mod validate;
pub mod wordcount;

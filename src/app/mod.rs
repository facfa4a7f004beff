//! The app tier: what the CLI and the desktop shell call. Services that combine several table
//! families or the store with the formats: the screens (`overview`, `drafting`, `calendar`),
//! the front matter and the word count of a submission as sent (`front_matter`, `count`),
//! compliance, backups, the workspace file, personal data, the session and its writer lock
//! (`access`, `session`), reminders, timelines, the demo, the settings file and the exports
//! (which read the store, then write a file). It may use every tier below; nothing below names
//! it (`tests/layers.rs`).
//!
//! The crate root re-exports each module (`cityrights::drafting`, …), so their paths are
//! unchanged.

pub mod access;
pub mod backup;
pub mod calendar;
pub mod compliance;
pub mod contribution;
pub mod count;
pub mod demo;
pub mod drafting;
pub mod export;
pub mod front_matter;
pub mod launch;
pub mod overview;
pub mod personal_data;
pub mod plan;
pub mod progress;
pub mod reminder;
pub mod report;
pub mod session;
pub mod settings;
pub mod timeline;
pub mod workspace;

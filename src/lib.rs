//! CityRights core: everything a user can do in the app is a function here first; the desktop
//! shell (`src-tauri`) and the CLI (`src/main.rs`) are thin adapters over it. This crate never
//! depends on Tauri, GTK or WebKit.
//!
//! Modules are named after the domain: a newcomer finds the room from the word the users say.

pub mod app;
pub mod error;
mod files;
pub mod formats;
pub mod model;
pub mod store;

pub use app::{
    access, backup, calendar, compliance, count, demo, drafting, export, front_matter, overview,
    personal_data, progress, reminder, report, session, settings, timeline, workspace,
};
pub use formats::{import, ooxml};
pub use model::{
    country, document, enums, library, mechanism, rules, template, validate, wordcount,
};
pub use store::{
    bin, city, consultation, engagement, milestone, recommendation, revision, safety, search,
    stakeholder, submission,
};

pub use error::{Error, ErrorPayload, Result};
pub use store::Store;

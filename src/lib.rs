//! CityRights core: everything a user can do in the app is a function here first; the desktop
//! shell (`src-tauri`) and the CLI (`src/main.rs`) are thin adapters over it. This crate never
//! depends on Tauri, GTK or WebKit.
//!
//! Modules are named after the domain: a newcomer finds the room from the word the users say.

pub mod access;
pub mod backup;
pub mod calendar;
pub mod compliance;
pub mod demo;
pub mod drafting;
pub mod error;
pub mod export;
mod files;
pub mod formats;
pub mod model;
pub mod overview;
pub mod personal_data;
pub mod reminder;
pub mod session;
pub mod settings;
pub mod store;
pub mod timeline;
pub mod workspace;

pub use formats::{import, ooxml};
pub use model::{country, document, enums, mechanism, rules, template, validate, wordcount};
pub use store::{
    bin, city, consultation, engagement, milestone, recommendation, revision, safety, search,
    stakeholder, submission,
};

pub use error::{Error, ErrorPayload, Result};
pub use store::Store;

//! CityRights core: everything a user can do in the app is a function here first; the desktop
//! shell (`src-tauri`) and the CLI (`src/main.rs`) are thin adapters over it. This crate never
//! depends on Tauri, GTK or WebKit.

pub mod document;
pub mod error;
pub mod import;
pub mod wordcount;

pub use error::{Error, ErrorPayload, Result};

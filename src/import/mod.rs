//! Importers: files from outside turned into the core's types. Everything here treats its input
//! as untrusted and either returns a whole result or an [`crate::Error::Import`] with nothing kept.
pub mod markdown;

//! Which importer reads which kind of file of recommendations: the one dispatch the app's
//! import dialog and the CLI's `recommendations import-*` commands both go through.
//!
//! Reading makes an [`ImportBatch`] and touches no database; the caller writes it with
//! [`crate::Store::import_recommendations`] (so the app holds no lock while a large file is
//! read).

use super::csv::CsvMapping;
use super::Watch;
use crate::recommendation::{self as rec, ImportBatch};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

/// The kinds of file the app imports recommendations from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ImportKind {
    Uhri,
    Report,
    ThematicList,
    Csv,
}

/// Where the recommendations come from.
pub enum ImportInput<'a> {
    /// A file the user chose (read through the capped reader; the UHRI export is streamed).
    File(&'a Path),
    /// Bytes already read (pasted text, the CLI's standard input), with the name to record.
    Bytes { bytes: Vec<u8>, name: String },
}

/// What each kind needs besides the file.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// ISO 3166-1 alpha-3 code of the State (UHRI).
    pub country: Option<String>,
    /// The document's symbol (a report; optional for a thematic list, where a blank one counts
    /// as none).
    pub symbol: Option<String>,
    /// Which column holds what (CSV); the default mapping when none.
    pub mapping: Option<CsvMapping>,
}

/// Reads `input` with the importer of `kind`.
pub fn read(
    kind: ImportKind,
    input: ImportInput<'_>,
    options: &ImportOptions,
    watch: &mut Watch,
) -> Result<ImportBatch> {
    let symbol = options.symbol.as_deref();
    match kind {
        ImportKind::Uhri => match input {
            // Streamed: the export is hundreds of megabytes.
            ImportInput::File(path) => {
                rec::uhri_batch(path, options.country.as_deref().unwrap_or(""), watch)
            }
            ImportInput::Bytes { .. } => {
                Err(Error::invalid("file", "Choose the UHRI export first."))
            }
        },
        ImportKind::Report => {
            let (bytes, name) = whole(input)?;
            rec::report_batch(&bytes, symbol.unwrap_or(""), &name)
        }
        ImportKind::ThematicList => {
            let (bytes, name) = whole(input)?;
            rec::thematic_list_batch(&bytes, symbol.filter(|s| !s.trim().is_empty()), &name)
        }
        ImportKind::Csv => {
            let (bytes, name) = whole(input)?;
            let mapping = options.mapping.clone().unwrap_or_default();
            rec::csv_batch(&bytes, &mapping, &name)
        }
    }
}

/// The bytes of `input` and the name the batch records.
fn whole(input: ImportInput<'_>) -> Result<(Vec<u8>, String)> {
    Ok(match input {
        ImportInput::File(path) => (rec::read_file(path)?, rec::file_name_of(path)),
        ImportInput::Bytes { bytes, name } => (bytes, name),
    })
}

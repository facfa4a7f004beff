//! Which importer reads which kind of file of recommendations: the one dispatch the app's
//! import dialog and the CLI's `recommendations import-*` commands both go through.
//!
//! Reading makes an [`ImportBatch`] and touches no database; the caller writes it with
//! `Store::import_recommendations` (so the app holds no lock while a large file is
//! read).

use super::csv::CsvMapping;
use super::Watch;
use crate::model::recommendation::{normalize_symbol, ImportBatch, Source};
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
                uhri_batch(path, options.country.as_deref().unwrap_or(""), watch)
            }
            ImportInput::Bytes { .. } => Err(Error::invalid_said(
                "file",
                "error.choose_uhri_first",
                vec![],
            )),
        },
        ImportKind::Report => {
            let (bytes, name) = whole(input)?;
            report_batch(&bytes, symbol.unwrap_or(""), &name)
        }
        ImportKind::ThematicList => {
            let (bytes, name) = whole(input)?;
            thematic_list_batch(&bytes, symbol.filter(|s| !s.trim().is_empty()), &name)
        }
        ImportKind::Csv => {
            let (bytes, name) = whole(input)?;
            let mapping = options.mapping.clone().unwrap_or_default();
            csv_batch(&bytes, &mapping, &name)
        }
    }
}

/// The bytes of `input` and the name the batch records.
fn whole(input: ImportInput<'_>) -> Result<(Vec<u8>, String)> {
    Ok(match input {
        ImportInput::File(path) => (read_file(path)?, file_name_of(path)),
        ImportInput::Bytes { bytes, name } => (bytes, name),
    })
}

/// Reads a whole (small) file given by the user, with a plain message when it cannot be read.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
    crate::import::read_capped(path, crate::import::MAX_LIST_FILE_BYTES)
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads the UHRI bulk export at `path` as a stream, keeping the records of the State whose
/// ISO 3166-1 alpha-3 code is `country`. Does not touch the database: the caller writes the
/// batch with `Store::import_recommendations` (so the app holds no lock while it reads).
pub fn uhri_batch(
    path: &std::path::Path,
    country: &str,
    watch: &mut crate::import::Watch,
) -> Result<ImportBatch> {
    let country = crate::country::countries().by_code(country)?;
    let file = std::fs::File::open(path).map_err(|source| Error::Io {
        action: "Could not read",
        path: path.to_path_buf(),
        source,
    })?;
    let total = file.metadata().map(|m| m.len()).unwrap_or(0);
    let read = crate::import::uhri::read(file, total, country, watch)?;
    Ok(ImportBatch {
        source: Source::Uhri,
        file_name: file_name(path),
        country: country.iso3.clone(),
        symbol: String::new(),
        items: read.recommendations,
        other_countries: read.other_countries,
        unusable: read.unusable,
        records: read.records,
    })
}

/// A batch of the recommendations of a Working Group report's text.
pub fn report_batch(bytes: &[u8], symbol: &str, file_name: &str) -> Result<ImportBatch> {
    let items = crate::import::report::parse_bytes(bytes, symbol)?;
    Ok(ImportBatch {
        source: Source::Report,
        file_name: file_name.to_string(),
        country: String::new(),
        symbol: normalize_symbol(symbol),
        records: items.len(),
        items,
        other_countries: 0,
        unusable: 0,
    })
}

/// A batch of the rows of an OHCHR thematic list (.docx).
pub fn thematic_list_batch(
    bytes: &[u8],
    symbol: Option<&str>,
    file_name: &str,
) -> Result<ImportBatch> {
    let items = crate::import::thematic_list::parse_bytes(bytes, symbol)?;
    let symbol = items.first().map(|i| i.symbol.clone()).unwrap_or_default();
    Ok(ImportBatch {
        source: Source::ThematicList,
        file_name: file_name.to_string(),
        country: String::new(),
        symbol,
        records: items.len(),
        items,
        other_countries: 0,
        unusable: 0,
    })
}

/// A batch of the rows of a CSV file, read with the mapping the user confirmed.
pub fn csv_batch(
    bytes: &[u8],
    mapping: &crate::import::csv::CsvMapping,
    file_name: &str,
) -> Result<ImportBatch> {
    let items = crate::import::csv::parse(bytes, mapping)?;
    Ok(ImportBatch {
        source: Source::Csv,
        file_name: file_name.to_string(),
        country: String::new(),
        symbol: String::new(),
        records: items.len(),
        items,
        other_countries: 0,
        unusable: 0,
    })
}

/// Reads a file given by path into a batch of the kind named by `source` (the CLI's way).
pub fn file_name_of(path: &std::path::Path) -> String {
    file_name(path)
}

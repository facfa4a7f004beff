//! The follow-up matrix as CSV: recommendation × competence × department × status × evidence,
//! the basis of a mid-term report, for a spreadsheet.
//!
//! Every cell is text that came from outside or was typed by a person, so a cell that a
//! spreadsheet would run as a formula — one that starts with `=`, `+`, `-` or `@` (and tab or
//! carriage return, which some spreadsheets skip before such a sign) — is written with a
//! leading apostrophe, which spreadsheets show as text ("CSV injection", OWASP). The file starts
//! with a UTF-8 byte order mark so that Excel reads accents correctly.

use super::matrix::{cell, PlanCells, CSV_COLUMNS};
use crate::recommendation::{FollowUpRow, RecommendationFilter};
use crate::store::Store;
use crate::{Error, Result};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// A cell made safe for spreadsheets (see the module documentation).
pub fn escape_cell(value: &str) -> String {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    }
}

/// The matrix as CSV bytes (with a byte order mark), its headers and CityRights' own words in
/// `lang`.
pub fn follow_up_matrix(rows: &[FollowUpRow], lang: &str) -> Result<Vec<u8>> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = ::csv::WriterBuilder::new().from_writer(&mut out);
        let fail =
            |e: ::csv::Error| Error::Internal(format!("The CSV file could not be written: {e}"));
        w.write_record(CSV_COLUMNS.map(|c| c.header_in(lang)))
            .map_err(fail)?;
        let no_plan = PlanCells::default();
        for row in rows {
            let cells = CSV_COLUMNS.map(|c| escape_cell(&cell(c, row, &no_plan, lang)));
            w.write_record(cells).map_err(fail)?;
        }
        w.flush()
            .map_err(|e| Error::Internal(format!("The CSV file could not be written: {e}")))?;
    }
    Ok(out)
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct MatrixExported {
    pub path: String,
    pub rows: usize,
}

impl Store {
    /// Writes the follow-up matrix of the recommendations matching `filter` to `path`, in the
    /// interface's language.
    pub fn export_follow_up_csv(
        &self,
        path: &Path,
        filter: &RecommendationFilter,
    ) -> Result<MatrixExported> {
        self.export_follow_up_csv_in(path, filter, &self.interface_language())
    }

    /// [`Store::export_follow_up_csv`] in `lang` (one of `model::language::LANGUAGES`).
    pub fn export_follow_up_csv_in(
        &self,
        path: &Path,
        filter: &RecommendationFilter,
        lang: &str,
    ) -> Result<MatrixExported> {
        let rows = self.follow_up_rows(filter)?;
        let bytes = follow_up_matrix(&rows, lang)?;
        super::write_file(path, &bytes)?;
        Ok(MatrixExported {
            path: path.display().to_string(),
            rows: rows.len(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_escaped() {
        assert_eq!(
            escape_cell("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(escape_cell("+1"), "'+1");
        assert_eq!(escape_cell("-2+3"), "'-2+3");
        assert_eq!(escape_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(escape_cell("\t=1"), "'\t=1");
        assert_eq!(escape_cell("Ratify the Protocol"), "Ratify the Protocol");
        assert_eq!(escape_cell(""), "");
    }
}

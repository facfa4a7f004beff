//! The implementation matrix in Excel, out and back: the exchange with the national level.
//!
//! Ministries and national mechanisms (the national recommendations tracking database, the
//! national mechanism for reporting and follow-up) work in spreadsheets. `export-xlsx` writes
//! one row per recommendation with what the UN published and what the city recorded (its SDGs,
//! actions, indicators, status and evidence); `import-xlsx` reads such a workbook back and takes
//! three columns from it — local status, department and evidence — showing what would change
//! before anything is written, and then writing all of it in one transaction or nothing.
//!
//! A row is matched to its recommendation by the ID column this export writes, checked against
//! the row's symbol and paragraph (a workbook from another city's database has other ids); then
//! by the UHRI annotation id; then by symbol and paragraph when they name exactly one
//! recommendation. A row matched by nothing is `unknown` and is only reported. Evidence is
//! only ever added: a note of the cell ("YYYY-MM-DD: what was done", one per line, as the export
//! writes them) that the recommendation does not have yet becomes a new note; a note without a
//! date in front is dated the day of the import; notes removed from the cell stay in
//! CityRights. An empty status cell leaves the status as it is; a department cell is taken as
//! it is (emptied, the department is cleared).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use super::matrix::{cell, evidence_text, local_status_from, Column, PlanCells, EVIDENCE_DATE_END};
use crate::formats::xlsx::{self, Sheet};
use crate::model::language::{text, Arg, Said};
use crate::model::recommendation::normalize_symbol;
use crate::model::{report, safe_text, sdg};
use crate::recommendation::{
    FollowUpRow, FollowUpUpdate, LocalStatus, NewEvidence, RecommendationFilter,
};
use crate::store::plan::{Action, Indicator};
use crate::{Error, Result, Store};

/// The sheet's name in the workbook written, in `lang` (at most 31 characters, none of
/// `[]:*?/\\`, as Excel asks: the catalogue's six names are checked by a test).
pub fn sheet_name(lang: &str) -> String {
    crate::model::language::text(lang, "matrix.sheet", &[])
}

/// The columns of the workbook, in order.
pub const XLSX_COLUMNS: [Column; 17] = [
    Column::Id,
    Column::Symbol,
    Column::Paragraph,
    Column::AnnotationId,
    Column::Recommendation,
    Column::RecommendingStates,
    Column::Response,
    Column::Themes,
    Column::Groups,
    Column::SdgGoals,
    Column::SdgTargets,
    Column::Competence,
    Column::Department,
    Column::Actions,
    Column::Indicators,
    Column::LocalStatus,
    Column::Evidence,
];

/// Columns frozen at the left with the header row: ID, symbol and paragraph stay in sight.
const FROZEN_COLUMNS: u16 = 3;

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct WorkbookExported {
    pub path: String,
    pub rows: usize,
}

/// One change a workbook brings, or brought.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct MatrixChange {
    /// The row of the sheet (1 is the header).
    pub row: u32,
    pub id: i64,
    /// "A/HRC/59/15, para. 140.7".
    pub reference: String,
    /// `local_status`, `department` or `evidence` (a note added).
    pub field: String,
    /// What CityRights has (empty for evidence).
    pub from: String,
    /// What the workbook gives (for evidence, the note with its date).
    pub to: String,
}

/// A row that names no recommendation of this database.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct UnknownRow {
    pub row: u32,
    pub id: String,
    pub symbol: String,
    pub paragraph: String,
}

/// What reading a workbook back found (`--dry-run`), or did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct MatrixImport {
    /// True when nothing was written (a preview).
    pub dry_run: bool,
    /// Recommendations the workbook changes (or changed).
    pub changed: usize,
    /// Recommendations of the workbook whose status, department and evidence are as stored.
    pub unchanged: usize,
    /// Rows that name no recommendation of this database.
    pub unknown: usize,
    /// Every change, row by row.
    pub changes: Vec<MatrixChange>,
    pub unknown_rows: Vec<UnknownRow>,
}

impl Store {
    /// Writes the implementation matrix of the recommendations matching `filter` to `path`,
    /// in the interface's language.
    pub fn export_matrix_xlsx(
        &self,
        path: &Path,
        filter: &RecommendationFilter,
    ) -> Result<WorkbookExported> {
        self.export_matrix_xlsx_in(path, filter, &self.interface_language())
    }

    /// [`Store::export_matrix_xlsx`] in `lang`: headers, sheet name and CityRights' own words
    /// (response, competence, local status). It reads back in any language.
    pub fn export_matrix_xlsx_in(
        &self,
        path: &Path,
        filter: &RecommendationFilter,
        lang: &str,
    ) -> Result<WorkbookExported> {
        let rows = self.follow_up_rows(filter)?;
        let plan = plan_cells(self, &rows, lang)?;
        let cells: Vec<Vec<String>> = rows
            .iter()
            .zip(&plan)
            .map(|(row, p)| {
                XLSX_COLUMNS
                    .iter()
                    .map(|c| cell(*c, row, p, lang))
                    .collect()
            })
            .collect();
        let headers: Vec<String> = XLSX_COLUMNS.iter().map(|c| c.header_in(lang)).collect();
        let columns: Vec<xlsx::Column> = XLSX_COLUMNS
            .iter()
            .zip(&headers)
            .map(|(c, header)| xlsx::Column {
                header,
                width: c.width(),
            })
            .collect();
        let bytes = xlsx::write(&sheet_name(lang), &columns, FROZEN_COLUMNS, &cells)?;
        super::write_file(path, &bytes)?;
        Ok(WorkbookExported {
            path: path.display().to_string(),
            rows: rows.len(),
        })
    }

    /// Reads the implementation matrix in the .xlsx file at `path` back (at most
    /// [`xlsx::MAX_FILE_BYTES`], counted while reading); see [`Store::import_matrix_xlsx_bytes`].
    pub fn import_matrix_xlsx(
        &mut self,
        path: &Path,
        dry_run: bool,
        today: chrono::NaiveDate,
    ) -> Result<MatrixImport> {
        let bytes = crate::files::read_capped(path, xlsx::MAX_FILE_BYTES)?;
        self.import_matrix_xlsx_bytes(&bytes, dry_run, today)
    }

    /// Reads an implementation matrix back (`bytes` of an .xlsx file) and, unless `dry_run`,
    /// writes what it changes in one transaction. A workbook without the matrix's columns, a
    /// status that is not one of ours, a date that is not a date, or two rows for one
    /// recommendation refuse the whole workbook, with the row, and nothing is written.
    pub fn import_matrix_xlsx_bytes(
        &mut self,
        bytes: &[u8],
        dry_run: bool,
        today: chrono::NaiveDate,
    ) -> Result<MatrixImport> {
        let sheet = xlsx::read(bytes)?;
        let at = Positions::of(&sheet)?;
        let rows = self.follow_up_rows(&RecommendationFilter::default())?;
        let index = Index::of(&rows);
        let mut seen: HashMap<i64, u32> = HashMap::new();
        let mut result = MatrixImport {
            dry_run,
            changed: 0,
            unchanged: 0,
            unknown: 0,
            changes: Vec::new(),
            unknown_rows: Vec::new(),
        };
        let mut updates = Vec::new();
        for sheet_row in &sheet.rows {
            let get = |c: Option<usize>| {
                c.and_then(|i| sheet_row.cells.get(i))
                    .map_or("", |s| s.as_str())
            };
            let (id, symbol, paragraph) = (get(at.id), get(at.symbol), get(at.paragraph));
            let Some(found) = index.find(id, get(at.annotation_id), symbol, paragraph) else {
                result.unknown += 1;
                result.unknown_rows.push(UnknownRow {
                    row: sheet_row.number,
                    id: id.trim().to_string(),
                    symbol: symbol.trim().to_string(),
                    paragraph: paragraph.trim().to_string(),
                });
                continue;
            };
            let current = &rows[found];
            let r = &current.recommendation;
            if let Some(earlier) = seen.insert(r.id, sheet_row.number) {
                return Err(Error::import(
                    "error.xlsx_rows_twice",
                    vec![
                        ("first", earlier.into()),
                        ("second", sheet_row.number.into()),
                        ("reference", r.reference.clone().into()),
                    ],
                ));
            }
            let in_row = |e: Error| row_error(sheet_row.number, &r.reference, e);
            let mut update = FollowUpUpdate {
                id: r.id,
                ..Default::default()
            };
            let mut change = |field: &str, from: String, to: String| {
                result.changes.push(MatrixChange {
                    row: sheet_row.number,
                    id: r.id,
                    reference: r.reference.clone(),
                    field: field.to_string(),
                    from,
                    to,
                });
            };
            let status = get(at.local_status).trim();
            if !status.is_empty() {
                // In any of the six languages (a colleague's workbook), else as the CLI reads
                // a status (its word or English label), whose message names the choices.
                let status = match local_status_from(status) {
                    Some(s) => s,
                    None => LocalStatus::from_user("local_status", status).map_err(in_row)?,
                };
                if status != r.local_status {
                    change(
                        "local_status",
                        r.local_status.label().into(),
                        status.label().into(),
                    );
                    update.local_status = Some(status);
                }
            }
            let department = safe_text::one_line(get(at.department));
            if department.to_lowercase() != r.department.to_lowercase() {
                change("department", r.department.clone(), department.clone());
                update.department = Some(department);
            }
            for note in new_evidence(get(at.evidence), &current.evidence, today) {
                change(
                    "evidence",
                    String::new(),
                    evidence_text(&[(note.noted_on.clone(), note.note.clone())]),
                );
                update.new_evidence.push(note);
            }
            update.check().map_err(in_row)?;
            let is_change = update.local_status.is_some()
                || update.department.is_some()
                || !update.new_evidence.is_empty();
            if is_change {
                result.changed += 1;
                updates.push(update);
            } else {
                result.unchanged += 1;
            }
        }
        if !dry_run && !updates.is_empty() {
            self.update_follow_ups(&updates)?;
        }
        Ok(result)
    }
}

/// An error of one row, told with the row and the recommendation.
fn row_error(row: u32, reference: &str, e: Error) -> Error {
    let what: Arg = match e {
        Error::Said { said, .. } => said.into(),
        Error::Invalid { message, .. } => Said::as_given(message).into(),
        other => Said::as_given(other.to_string()).into(),
    };
    Error::import(
        "error.xlsx_row",
        vec![
            ("row", row.into()),
            ("reference", reference.into()),
            ("what", what),
        ],
    )
}

/// The evidence notes of a cell that the recommendation does not have yet (see the module
/// documentation), each cleaned as a note is stored.
fn new_evidence(
    text: &str,
    stored: &[(String, String)],
    today: chrono::NaiveDate,
) -> Vec<NewEvidence> {
    let stored_pairs = stored;
    let stored_notes: HashSet<&str> = stored.iter().map(|(_, n)| n.as_str()).collect();
    let stored: HashSet<(&str, &str)> = stored
        .iter()
        .map(|(d, n)| (d.as_str(), n.as_str()))
        .collect();
    let mut notes: Vec<(Option<String>, String)> = Vec::new();
    for line in text.lines() {
        match dated(line) {
            Some((date, rest)) => notes.push((Some(date.to_string()), rest.to_string())),
            None => match notes.last_mut() {
                Some((_, note)) => {
                    note.push('\n');
                    note.push_str(line);
                }
                None => notes.push((None, line.to_string())),
            },
        }
    }
    let mut out: Vec<NewEvidence> = Vec::new();
    for (date, note) in notes {
        let note = safe_text::clean(&note);
        if note.is_empty() {
            continue;
        }
        // A cell longer than Excel holds was cut with "…" on export: its last note is the
        // start of a note stored, not a new one.
        let cut = note.strip_suffix('…').filter(|n| !n.is_empty());
        let known = match &date {
            Some(d) => {
                stored.contains(&(d.as_str(), note.as_str()))
                    || cut.is_some_and(|c| {
                        stored_pairs
                            .iter()
                            .any(|(sd, sn)| sd == d && sn.starts_with(c))
                    })
            }
            None => stored_notes.contains(note.as_str()),
        };
        let noted_on = date.unwrap_or_else(|| today.format("%Y-%m-%d").to_string());
        if !known && !out.iter().any(|e| e.noted_on == noted_on && e.note == note) {
            out.push(NewEvidence { noted_on, note });
        }
    }
    out
}

/// A line that starts a dated note ("2026-12-01: …"): its date and the rest.
fn dated(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start();
    let date = line.get(..10)?;
    let shape = date.bytes().enumerate().all(|(i, b)| {
        if i == 4 || i == 7 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }
    });
    let rest = line[10..].strip_prefix(EVIDENCE_DATE_END.trim_end())?;
    shape.then_some((date, rest.trim_start()))
}

/// Where the columns the import reads are in the sheet.
struct Positions {
    id: Option<usize>,
    annotation_id: Option<usize>,
    symbol: Option<usize>,
    paragraph: Option<usize>,
    local_status: Option<usize>,
    department: Option<usize>,
    evidence: Option<usize>,
}

impl Positions {
    /// The columns by their headers (without regard to case), or a message naming those
    /// missing.
    fn of(sheet: &Sheet) -> Result<Positions> {
        let find = |c: Column| sheet.headers.iter().position(|h| c.matches(h));
        let at = Positions {
            id: find(Column::Id),
            annotation_id: find(Column::AnnotationId),
            symbol: find(Column::Symbol),
            paragraph: find(Column::Paragraph),
            local_status: find(Column::LocalStatus),
            department: find(Column::Department),
            evidence: find(Column::Evidence),
        };
        let mut missing: Vec<String> = Vec::new();
        if at.id.is_none() && (at.symbol.is_none() || at.paragraph.is_none()) {
            missing.push(format!(
                "{} (or {} and {})",
                Column::Id.header(),
                Column::Symbol.header(),
                Column::Paragraph.header()
            ));
        }
        for (position, column) in [
            (at.local_status, Column::LocalStatus),
            (at.department, Column::Department),
            (at.evidence, Column::Evidence),
        ] {
            if position.is_none() {
                missing.push(column.header().to_string());
            }
        }
        if missing.is_empty() {
            return Ok(at);
        }
        let has: Vec<&str> = sheet
            .headers
            .iter()
            .filter(|h| !h.is_empty())
            .map(String::as_str)
            .collect();
        let has: Arg = if has.is_empty() {
            Said::new("error.xlsx_no_columns", vec![]).into()
        } else {
            has.join(", ").into()
        };
        Err(Error::import(
            "error.xlsx_not_a_matrix",
            vec![
                ("sheet", sheet.name.clone().into()),
                ("missing", missing.join(", ").into()),
                ("columns", has),
            ],
        ))
    }
}

/// The recommendations by what a row may name them with.
struct Index {
    by_id: HashMap<i64, usize>,
    by_annotation: HashMap<String, usize>,
    by_reference: HashMap<(String, String), Vec<usize>>,
}

fn key(symbol: &str, paragraph: &str) -> (String, String) {
    (
        normalize_symbol(symbol).to_lowercase(),
        paragraph.trim().to_lowercase(),
    )
}

impl Index {
    fn of(rows: &[FollowUpRow]) -> Index {
        let mut index = Index {
            by_id: HashMap::new(),
            by_annotation: HashMap::new(),
            by_reference: HashMap::new(),
        };
        for (i, row) in rows.iter().enumerate() {
            let r = &row.recommendation;
            index.by_id.insert(r.id, i);
            if let Some(a) = r.annotation_id.as_deref().filter(|a| !a.is_empty()) {
                index.by_annotation.insert(a.to_string(), i);
            }
            index
                .by_reference
                .entry(key(&r.symbol, &r.paragraph))
                .or_default()
                .push(i);
        }
        index
    }

    /// The row of `rows` a sheet's row names (see the module documentation).
    fn find(&self, id: &str, annotation: &str, symbol: &str, paragraph: &str) -> Option<usize> {
        let (symbol, paragraph) = (symbol.trim(), paragraph.trim());
        let by_reference = (!symbol.is_empty())
            .then(|| self.by_reference.get(&key(symbol, paragraph)))
            .flatten()
            .filter(|found| found.len() == 1)
            .map(|found| found[0]);
        if let Some(i) = id
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|id| self.by_id.get(&id))
        {
            // The id names this recommendation only when the row's reference agrees (or the
            // row gives none).
            let agrees = symbol.is_empty()
                || self
                    .by_reference
                    .get(&key(symbol, paragraph))
                    .is_some_and(|found| found.contains(i));
            if agrees {
                return Some(*i);
            }
        }
        if let Some(i) = self.by_annotation.get(annotation.trim()) {
            return Some(*i);
        }
        by_reference
    }
}

/// The plan's cells of each row: SDG goals and linked targets, actions and indicators, their
/// words in `lang`.
fn plan_cells(store: &Store, rows: &[FollowUpRow], lang: &str) -> Result<Vec<PlanCells>> {
    let mut targets = store.recommendation_sdg_targets()?;
    let actions = store.actions(None)?;
    let indicators = store.indicators(None)?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let id = row.recommendation.id;
        let mine: Vec<&Action> = actions
            .iter()
            .filter(|a| a.recommendations.contains(&id))
            .collect();
        let action_ids: HashSet<i64> = mine.iter().map(|a| a.id).collect();
        out.push(PlanCells {
            sdg_goals: sdg::goals_of(&row.recommendation.sdgs),
            sdg_targets: targets.remove(&id).unwrap_or_default(),
            actions: mine.iter().map(|a| action_line(a, lang)).collect(),
            indicators: indicators
                .iter()
                .filter(|i| {
                    i.recommendation == Some(id)
                        || i.action.is_some_and(|a| action_ids.contains(&a))
                })
                .map(|i| indicator_line(i, lang))
                .collect(),
        });
    }
    Ok(out)
}

/// "Open two shelters (in progress, due 2027-06-30, Housing department)", in `lang` (the
/// action's status and "due" as a generated report words them).
fn action_line(a: &Action, lang: &str) -> String {
    let mut about = vec![report::action_status(lang, a.status)];
    if let Some(due) = &a.due {
        about.push(report::sentence(
            lang,
            "due",
            &[("date", Arg::from(due.as_str()))],
        ));
    }
    if !a.department.is_empty() {
        about.push(a.department.clone());
    }
    format!("{} ({})", a.title, about.join(", "))
}

/// "Homes built: 120 homes on 2027-03-01 (baseline 0 on 2025-01-01, target 500 by 2030-12-31)",
/// in `lang` (`matrix.indicator_line`).
fn indicator_line(i: &Indicator, lang: &str) -> String {
    let unit = |v: f64| {
        // f64's Display writes 120, not 120.0.
        if i.unit.is_empty() {
            v.to_string()
        } else {
            format!("{v} {}", i.unit)
        }
    };
    let latest = i.latest.as_ref().map_or_else(
        || report::label(lang, "not_measured"),
        |m| {
            text(
                lang,
                "matrix.measured",
                &[
                    ("value", Arg::from(unit(m.value))),
                    ("date", Arg::from(m.date.as_str())),
                ],
            )
        },
    );
    text(
        lang,
        "matrix.indicator_line",
        &[
            ("name", Arg::from(i.name.as_str())),
            ("latest", Arg::from(latest)),
            ("baseline", Arg::from(unit(i.baseline.value))),
            ("baseline_date", Arg::from(i.baseline.date.as_str())),
            ("target", Arg::from(unit(i.target.value))),
            ("target_date", Arg::from(i.target.date.as_str())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    }

    #[test]
    fn only_notes_not_yet_stored_are_new_evidence() {
        let stored = vec![("2026-01-10".to_string(), "Council decision 14".to_string())];
        let cell = "2026-01-10: Council decision 14\n2026-03-02: Budget line opened\nsecond line";
        let new = new_evidence(cell, &stored, day());
        assert_eq!(new.len(), 1);
        assert_eq!(new[0].noted_on, "2026-03-02");
        assert_eq!(new[0].note, "Budget line opened\nsecond line");
        // The same cell again brings nothing; a note without a date is dated today, once.
        assert!(new_evidence(&evidence_text(&stored), &stored, day()).is_empty());
        let undated = new_evidence("Shelter opened", &stored, day());
        assert_eq!(undated[0].noted_on, "2026-12-06");
        assert!(new_evidence("Council decision 14", &stored, day()).is_empty());
    }

    #[test]
    fn a_note_cut_short_by_excel_s_cell_limit_is_not_new() {
        let long = "x".repeat(40_000);
        let stored = vec![("2026-01-10".to_string(), long.clone())];
        let cell = crate::formats::xlsx::fit_cell(&evidence_text(&stored));
        assert!(cell.ends_with('…'));
        assert!(new_evidence(&cell, &stored, day()).is_empty());
        // A note of another day that happens to start the same way is new.
        let other = format!("2026-02-01: {}…", &long[..10]);
        assert_eq!(new_evidence(&other, &stored, day()).len(), 1);
    }

    #[test]
    fn the_sheet_s_name_is_one_excel_accepts_in_every_language() {
        for lang in crate::model::language::LANGUAGES {
            let name = sheet_name(lang);
            assert!(
                !name.is_empty() && name.chars().count() <= 31,
                "{lang}: {name}"
            );
            assert!(
                !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
                "{lang}: {name}"
            );
        }
    }

    #[test]
    fn a_dated_line_is_a_date_a_colon_and_the_note() {
        assert_eq!(dated("2026-01-10: x"), Some(("2026-01-10", "x")));
        assert_eq!(dated("2026-1-10: x"), None);
        assert_eq!(dated("In 2026-01-10 we"), None);
        assert_eq!(dated("2026-01-10 x"), None);
    }
}

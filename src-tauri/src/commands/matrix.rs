//! The implementation matrix in Excel, from the recommendations screen (issue #15, part 7):
//! "Export to Excel…" and "Import from Excel…". Thin adapters over
//! `Store::export_matrix_xlsx` and `Store::import_matrix_xlsx`; what matches, what changes and
//! what is refused are the core's.
//!
//! An import is two steps, as in the CLI's `import-xlsx --dry-run`: the native dialog, then the
//! core's dry run, whose changes the page lists; only "Apply these changes" writes. The page
//! never sees the path: Rust keeps the chosen file and the preview it gave ([`MatrixWorkbook`]).
//! Before writing, the file is read again and its dry run must be the one the officer saw —
//! a workbook saved again in between is refused, never applied unseen.

use super::{with_store, words, AppState, CmdResult};
use crate::typed::command;
use cityrights::export::xlsx::{MatrixImport, WorkbookExported};
use cityrights::recommendation::{LocalStatus, RecommendationFilter};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

/// The workbook chosen for import and the preview the page was shown of it.
#[derive(Default)]
pub struct MatrixWorkbook(Mutex<Option<(PathBuf, MatrixImport)>>);

/// The preview of a chosen workbook: its file name and what importing it would change.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct MatrixPreview {
    pub name: String,
    pub import: MatrixImport,
    /// The statuses of `import.changes`, in the same order, as values the page translates
    /// (the core's change gives them as English labels); null for a change of another field.
    pub statuses: Vec<Option<StatusChange>>,
}

/// A change of local status, from and to.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StatusChange {
    pub from: LocalStatus,
    pub to: LocalStatus,
}

fn statuses_of(import: &MatrixImport) -> Vec<Option<StatusChange>> {
    import
        .changes
        .iter()
        .map(|c| {
            let status = |label: &str| LocalStatus::from_user("local_status", label).ok();
            match (c.field.as_str(), status(&c.from), status(&c.to)) {
                ("local_status", Some(from), Some(to)) => Some(StatusChange { from, to }),
                _ => None,
            }
        })
        .collect()
}

/// "Export to Excel…": a save dialog, then the implementation matrix of the recommendations the
/// table shows (its filter). `None` when cancelled.
#[command]
pub async fn export_matrix_xlsx(
    app: AppHandle,
    state: State<'_, AppState>,
    filter: RecommendationFilter,
) -> CmdResult<Option<WorkbookExported>> {
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, "dialog.export_matrix"))
        .add_filter(words(&state, "dialog.excel_file"), &["xlsx"])
        .set_file_name("implementation-matrix.xlsx")
        .blocking_save_file();
    let Some(mut path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    if path.extension().is_none() {
        path.set_extension("xlsx");
    }
    with_store(&state, |s| s.export_matrix_xlsx(&path, &filter).map(Some))
}

/// "Import from Excel…": the native dialog, then the core's dry run — nothing is written.
/// `None` when cancelled. A workbook the core refuses (columns missing, a status that is not
/// one of ours) gives its message, and nothing is kept.
#[command]
pub async fn preview_matrix_xlsx(
    app: AppHandle,
    state: State<'_, AppState>,
    workbook: State<'_, MatrixWorkbook>,
) -> CmdResult<Option<MatrixPreview>> {
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, "dialog.import_matrix"))
        .add_filter(words(&state, "dialog.excel_file"), &["xlsx"])
        .blocking_pick_file();
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    *workbook.0.lock().map_err(|_| super::poisoned())? = None;
    let import = with_store(&state, |s| {
        s.import_matrix_xlsx(&path, true, super::chrono_today())
    })?;
    let name = cityrights::import::recommendations::file_name_of(&path);
    *workbook.0.lock().map_err(|_| super::poisoned())? = Some((path, import.clone()));
    Ok(Some(MatrixPreview {
        name,
        statuses: statuses_of(&import),
        import,
    }))
}

/// "Apply these changes": writes what the preview showed, in one transaction. Refused when
/// the workbook (or the recommendations) changed since the preview: the officer looks again.
#[command]
pub async fn apply_matrix_xlsx(
    state: State<'_, AppState>,
    workbook: State<'_, MatrixWorkbook>,
) -> CmdResult<MatrixImport> {
    let Some((path, seen)) = workbook.0.lock().map_err(|_| super::poisoned())?.take() else {
        return Err(super::localized(
            &state,
            cityrights::Error::invalid_said("file", "error.choose_workbook_first", vec![]),
        ));
    };
    with_store(&state, |s| {
        let today = super::chrono_today();
        let now = s.import_matrix_xlsx(&path, true, today)?;
        if now.changes != seen.changes || now.unknown_rows != seen.unknown_rows {
            return Err(cityrights::Error::said(
                "refused",
                "error.workbook_changed",
                vec![],
            ));
        }
        s.import_matrix_xlsx(&path, false, today)
    })
}

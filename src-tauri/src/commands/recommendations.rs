//! The recommendations' commands: the table, the detail panel, the city's fields, bulk changes,
//! search (also for the editor's citation picker), imports with progress and cancel, and the
//! follow-up matrix export.
//!
//! Files: the page never sees a path it could change. Rust opens the native dialog and keeps
//! the chosen file under a token ([`PickedFiles`]); the page refers to it by that token.
//!
//! Imports run on a blocking thread so the window stays responsive: the core reads the file
//! (the UHRI export is 360 MB) while this module emits `recommendations-import-progress`
//! events and the core checks the cancel flag that `cancel_recommendations_import` sets. The
//! database is only locked for the final write, which is one transaction.

use super::{localized, with_store, words, AppState, CmdResult};
use crate::typed::command;
use cityrights::export::csv::MatrixExported;
use cityrights::export::pdf::MatrixPdfExported;
use cityrights::import::csv::{CsvMapping, CsvPreview};
use cityrights::import::recommendations::{self, ImportInput, ImportKind, ImportOptions};
use cityrights::import::{ImportProgress, Watch};
use cityrights::recommendation::{
    BulkChange, BulkMode, BulkPreview, CityFields, DepartmentRenamed, DepartmentUse, EvidenceNote,
    Facets, FollowUp, ImportBatch, ImportSummary, Recommendation, RecommendationDetail,
    RecommendationFilter, RecommendationInput, RecommendationMatch, RecommendationPage,
    RecommendationsOverview,
};
use cityrights::store::department::Department;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tauri::{AppHandle, Emitter, Manager, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

/// The event that carries an import's progress to the page.
pub const PROGRESS_EVENT: &str = "recommendations-import-progress";

/// Files picked through the native dialog, by token; and the cancel flag of the running import.
#[derive(Default)]
pub struct RecommendationImports {
    files: Mutex<HashMap<u64, PathBuf>>,
    next: AtomicU64,
    cancel: Arc<AtomicBool>,
}

/// A file the user picked: the token the page uses for it, and its name to show.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PickedFile {
    pub token: u64,
    pub name: String,
}

/// What to import: a picked file (by token) or pasted text (a report), with what each kind
/// needs (the State for UHRI, the symbol for a report, the mapping for CSV).
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct ImportRequest {
    pub kind: ImportKind,
    #[serde(default)]
    pub token: Option<u64>,
    /// Pasted text of a Working Group report.
    #[serde(default)]
    pub text: Option<String>,
    /// ISO 3166-1 alpha-3 code (UHRI).
    #[serde(default)]
    pub country: Option<String>,
    /// The report's symbol (report; optional for a thematic list).
    #[serde(default)]
    pub symbol: Option<String>,
    #[serde(default)]
    pub mapping: Option<CsvMapping>,
}

/// The file picked with `token`, or "Choose the file to import first." in `language`.
fn picked_path(
    imports: &RecommendationImports,
    token: Option<u64>,
    language: &str,
) -> CmdResult<PathBuf> {
    let files = imports.files.lock().map_err(|_| super::poisoned())?;
    token
        .and_then(|t| files.get(&t).cloned())
        .ok_or_else(|| crate::ipc::CommandError::in_language(choose_file_first(), language))
}

/// "Choose the file to import first." (in English until the caller words it).
fn choose_file_first() -> cityrights::Error {
    cityrights::Error::invalid_said("file", "error.choose_file_first", vec![])
}

/// "Choose file…": the native dialog, filtered for the kind of import. `None` when cancelled.
#[command]
pub async fn pick_recommendations_file(
    app: AppHandle,
    imports: State<'_, RecommendationImports>,
    state: State<'_, AppState>,
    kind: ImportKind,
) -> CmdResult<Option<PickedFile>> {
    let (title, filter_name, extensions): (&str, &str, &[&str]) = match kind {
        ImportKind::Uhri => ("dialog.choose_uhri", "JSON", &["json"]),
        ImportKind::Report => ("dialog.choose_report", "dialog.text_file", &["txt"]),
        ImportKind::ThematicList => ("dialog.choose_thematic_list", "dialog.word_file", &["docx"]),
        ImportKind::Csv => ("dialog.choose_csv", "CSV", &["csv", "txt"]),
    };
    // "JSON" and "CSV" are the same in every language.
    let filter_name = if filter_name.starts_with("dialog.") {
        words(&state, filter_name)
    } else {
        filter_name.to_string()
    };
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, title))
        .add_filter(filter_name, extensions)
        .blocking_pick_file();
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    let token = imports.next.fetch_add(1, Ordering::Relaxed) + 1;
    let name = cityrights::import::recommendations::file_name_of(&path);
    imports
        .files
        .lock()
        .map_err(|_| super::poisoned())?
        .insert(token, path);
    Ok(Some(PickedFile { token, name }))
}

/// The columns and first rows of a picked CSV file, with a suggested mapping.
#[command]
pub fn preview_recommendations_csv(
    state: State<AppState>,
    imports: State<RecommendationImports>,
    token: u64,
) -> CmdResult<CsvPreview> {
    let path = picked_path(&imports, Some(token), super::interface_language(&state))?;
    // A refused file (not UTF-8, no header…) in the interface's language.
    cityrights::import::recommendations::read_file(&path)
        .and_then(|text| cityrights::import::csv::preview(&text))
        .map_err(|e| localized(&state, e))
}

/// Runs an import on a blocking thread, with progress events and the cancel flag.
#[command]
pub async fn import_recommendations(
    app: AppHandle,
    imports: State<'_, RecommendationImports>,
    request: ImportRequest,
) -> CmdResult<ImportSummary> {
    // A refused file, or a cancelled import, in the interface's language.
    let language = super::interface_language(&app.state::<AppState>());
    let path = match (&request.text, request.kind) {
        (Some(_), ImportKind::Report) => None,
        _ => Some(picked_path(&imports, request.token, language)?),
    };
    let cancel = imports.cancel.clone();
    cancel.store(false, Ordering::SeqCst);
    let handle = app.clone();
    let job = tauri::async_runtime::spawn_blocking(move || -> CmdResult<ImportSummary> {
        let emitter = handle.clone();
        let mut last_percent = u64::MAX;
        let mut watch = Watch::new(
            move |p: ImportProgress| {
                // One event per percent is plenty for a progress bar.
                let percent = (p.done * 100).checked_div(p.total).unwrap_or(0);
                if percent != last_percent {
                    last_percent = percent;
                    let _ = emitter.emit(PROGRESS_EVENT, p);
                }
            },
            move || cancel.load(Ordering::SeqCst),
        );
        let said = |e: cityrights::Error| crate::ipc::CommandError::in_language(e, language);
        let batch = read_batch(&request, path.as_deref(), &mut watch).map_err(said)?;
        // A cancel pressed as the reading ended still keeps nothing.
        watch.check().map_err(said)?;
        let state = handle.state::<AppState>();
        with_store(&state, |s| s.import_recommendations(batch))
    });
    job.await.map_err(|e| {
        crate::ipc::CommandError::from(cityrights::Error::Internal(format!(
            "The import stopped unexpectedly: {e}"
        )))
    })?
}

/// The request's file or pasted text, read by the core's importer of its kind.
fn read_batch(
    request: &ImportRequest,
    path: Option<&std::path::Path>,
    watch: &mut Watch,
) -> cityrights::Result<ImportBatch> {
    let input = match (path, &request.text) {
        (Some(p), _) => ImportInput::File(p),
        (None, Some(t)) => ImportInput::Bytes {
            bytes: t.clone().into_bytes(),
            name: "pasted text".into(),
        },
        (None, None) => return Err(choose_file_first()),
    };
    let options = ImportOptions {
        country: request.country.clone(),
        symbol: request.symbol.clone(),
        mapping: request.mapping.clone(),
    };
    recommendations::read(request.kind, input, &options, watch)
}

/// "Cancel" during an import: the import stops at its next check and keeps nothing.
#[command]
pub fn cancel_recommendations_import(imports: State<RecommendationImports>) {
    imports.cancel.store(true, Ordering::SeqCst);
}

#[command]
pub async fn list_recommendations(
    state: State<'_, AppState>,
    mut filter: RecommendationFilter,
    limit: usize,
    offset: usize,
) -> CmdResult<RecommendationPage> {
    // The search box's query is checked before the database is taken (see
    // `search_recommendations`).
    filter.query =
        cityrights::search::check_query(&filter.query).map_err(|e| localized(&state, e))?;
    with_store(&state, |s| s.list_recommendations(&filter, limit, offset))
}

#[command]
pub fn recommendation_facets(state: State<AppState>) -> CmdResult<Facets> {
    with_store(&state, |s| s.recommendation_facets())
}

#[command]
pub fn recommendations_overview(state: State<AppState>) -> CmdResult<RecommendationsOverview> {
    with_store(&state, |s| s.recommendations_overview())
}

#[command]
pub fn get_recommendation(state: State<AppState>, id: i64) -> CmdResult<RecommendationDetail> {
    with_store(&state, |s| s.recommendation_detail(id))
}

#[command]
pub fn set_recommendation_fields(
    state: State<AppState>,
    id: i64,
    fields: CityFields,
) -> CmdResult<Recommendation> {
    with_store(&state, |s| s.set_city_fields(id, &fields))
}

#[command]
pub fn set_recommendation_tags(
    state: State<AppState>,
    id: i64,
    tags: Vec<String>,
) -> CmdResult<Recommendation> {
    with_store(&state, |s| s.set_tags(id, &tags))
}

/// The detail dialog's one Save: the city's fields, tags, a new evidence note and the notes
/// to remove, in one transaction.
#[command]
pub fn save_recommendation_follow_up(
    state: State<AppState>,
    id: i64,
    follow_up: FollowUp,
) -> CmdResult<RecommendationDetail> {
    with_store(&state, |s| s.save_follow_up(id, &follow_up))
}

/// What a bulk change would replace, asked before it is made.
#[command]
pub fn preview_bulk_change(
    state: State<AppState>,
    ids: Vec<i64>,
    change: BulkChange,
) -> CmdResult<BulkPreview> {
    with_store(&state, |s| s.bulk_preview(&ids, &change))
}

#[command]
pub fn bulk_change_recommendations(
    state: State<AppState>,
    ids: Vec<i64>,
    change: BulkChange,
    mode: BulkMode,
) -> CmdResult<usize> {
    with_store(&state, |s| s.bulk_change_with(&ids, &change, mode))
}

/// The city's list of departments with how many recommendations name each.
#[command]
pub fn list_departments(state: State<AppState>) -> CmdResult<Vec<DepartmentUse>> {
    with_store(&state, |s| s.department_list())
}

#[command]
pub fn add_department(state: State<AppState>, name: String) -> CmdResult<Department> {
    with_store(&state, |s| s.add_department(&name))
}

#[command]
pub fn rename_department(
    state: State<AppState>,
    id: i64,
    name: String,
) -> CmdResult<DepartmentRenamed> {
    with_store(&state, |s| s.rename_department(id, &name))
}

#[command]
pub fn remove_department(state: State<AppState>, id: i64) -> CmdResult<()> {
    with_store(&state, |s| s.remove_department(id))
}

#[command]
pub fn add_recommendation_evidence(
    state: State<AppState>,
    id: i64,
    noted_on: String,
    note: String,
) -> CmdResult<EvidenceNote> {
    with_store(&state, |s| s.add_evidence(id, &noted_on, &note))
}

#[command]
pub fn delete_recommendation_evidence(state: State<AppState>, id: i64) -> CmdResult<()> {
    with_store(&state, |s| s.delete_evidence(id))
}

#[command]
pub fn create_recommendation(
    state: State<AppState>,
    input: RecommendationInput,
) -> CmdResult<Recommendation> {
    with_store(&state, |s| s.create_recommendation(&input))
}

#[command]
pub fn delete_recommendation(state: State<AppState>, id: i64) -> CmdResult<()> {
    with_store(&state, |s| s.delete_recommendation(id))
}

/// Full-text search, best first: the search box and the editor's citation picker. Async, so a
/// search never runs on the window's thread; the query is checked against the limits
/// ([`cityrights::search::check_query`]) before the database is taken, so a pasted page is
/// refused without holding it.
#[command]
pub async fn search_recommendations(
    state: State<'_, AppState>,
    query: String,
    limit: usize,
) -> CmdResult<Vec<RecommendationMatch>> {
    let query = cityrights::search::check_query(&query).map_err(|e| localized(&state, e))?;
    with_store(&state, |s| s.search_recommendations(&query, limit))
}

/// "Export follow-up matrix (CSV)…": a save dialog, then the matrix of the recommendations
/// the table shows. `None` when cancelled.
#[command]
pub async fn export_recommendations_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    filter: RecommendationFilter,
) -> CmdResult<Option<MatrixExported>> {
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, "dialog.export_follow_up_matrix"))
        .add_filter(words(&state, "dialog.csv_file"), &["csv"])
        .set_file_name("follow-up-matrix.csv")
        .blocking_save_file();
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    with_store(&state, |s| s.export_follow_up_csv(&path, &filter).map(Some))
}

/// "Export follow-up matrix (PDF)…": a save dialog, then the same rows as a landscape table, the
/// basis of a mid-term report. `None` when cancelled.
#[command]
pub async fn export_recommendations_pdf(
    app: AppHandle,
    state: State<'_, AppState>,
    filter: RecommendationFilter,
) -> CmdResult<Option<MatrixPdfExported>> {
    let picked = app
        .dialog()
        .file()
        .set_title(words(&state, "dialog.export_follow_up_matrix"))
        .add_filter(words(&state, "dialog.pdf_file"), &["pdf"])
        .set_file_name("follow-up-matrix.pdf")
        .blocking_save_file();
    let Some(mut path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    if path.extension().is_none() {
        path.set_extension("pdf");
    }
    with_store(&state, |s| s.export_follow_up_pdf(&path, &filter).map(Some))
}

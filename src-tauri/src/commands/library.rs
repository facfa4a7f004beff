//! The Library screen: what the UN has said about local government (the core's
//! [`cityrights::library`]), and opening an entry's document in the system browser.
//!
//! The page sends only an entry's id, never an address: the address comes from the built-in
//! Library, so the page cannot open an address of its own, and it needs no opener permission.
//! The browser is started from Rust with `tauri-plugin-opener`, as exported files are.

use super::{localized, AppState, CmdResult};
use crate::typed::command;
use cityrights::library::LibraryEntry;
use cityrights::Error;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

/// Every entry of the Library, grouped by kind, oldest first, worded in the interface's
/// language (symbols, addresses and sources as the UN wrote them). Needs no database.
#[command]
pub fn list_library(state: State<AppState>) -> CmdResult<Vec<LibraryEntry>> {
    Ok(cityrights::library::entries_in(super::interface_language(
        &state,
    ))?)
}

/// Opens the document of the Library entry `id` in the system's web browser.
#[command]
pub fn open_library_entry(app: AppHandle, state: State<AppState>, id: String) -> CmdResult<()> {
    // Refusals in the interface's language, naming the entry as the Library screen does.
    let entry = cityrights::library::entry_in(&id, super::interface_language(&state))
        .map_err(|e| localized(&state, e))?;
    let Some(url) = &entry.url else {
        return Err(localized(
            &state,
            Error::said(
                "refused",
                "error.library_no_address",
                vec![("title", entry.title.as_str().into())],
            ),
        ));
    };
    app.opener().open_url(url, None::<&str>).map_err(|e| {
        localized(
            &state,
            Error::said(
                "refused",
                "error.library_no_browser",
                vec![
                    (
                        "url",
                        cityrights::model::language::Arg::Path(url.to_string()),
                    ),
                    ("reason", e.to_string().into()),
                ],
            ),
        )
    })
}

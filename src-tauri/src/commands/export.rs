//! "Export Word…", "Export PDF…" and "Preview PDF" on the submission screen.
//!
//! Rust asks where to save (native dialog), writes the file through the core (whole or not at
//! all), then offers to open it in the user's program with a native question. The page never
//! handles a path: it only learns where the file went, to say so. Both exports go through one
//! function, [`save_and_offer`], so that Word and PDF ask, write and offer in the same words.
//!
//! The preview gets the bytes of the very PDF that "Export PDF…" writes (the same core
//! function, [`cityrights::Store::export_pdf`]), so what the officer sees is what is sent.

use super::{with_store, AppState, CmdResult};
use super::{words, words_with};
use crate::typed::command;
use cityrights::export::docx::DocxExported;
use cityrights::export::pdf::PdfExported;
use cityrights::model::language::Arg;
use cityrights::Store;
use std::path::Path;
use tauri::ipc::Response;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};
use tauri_plugin_opener::OpenerExt;

/// What differs between the kinds of export: the words of the dialogs (catalogue keys, in the
/// interface's language) and the file type.
struct Kind {
    /// The save dialog's title, e.g. "Export Word".
    title: &'static str,
    /// The file type in the dialog's filter, e.g. "Word document".
    what: &'static str,
    /// The title of the dialog that says it is saved, e.g. "Word document saved".
    saved: &'static str,
    /// The file name extension, without the dot.
    extension: &'static str,
}

const WORD: Kind = Kind {
    title: "dialog.export_word",
    what: "dialog.word_file",
    saved: "dialog.word_saved",
    extension: "docx",
};

const PDF: Kind = Kind {
    title: "dialog.export_pdf",
    what: "dialog.pdf_file",
    saved: "dialog.pdf_saved",
    extension: "pdf",
};

/// A file name from a submission's title: what file systems accept everywhere (letters, digits,
/// spaces, dashes), at most 80 characters.
fn file_name(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == ' ' || c == '-' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let name: String = cleaned
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(80)
        .collect();
    if name.is_empty() {
        "submission".into()
    } else {
        name
    }
}

/// Asks where to save a submission as `kind` (suggesting a name from its title), writes it there
/// with `write` and offers to open it. `None` when the officer cancels the dialog. `path_of`
/// gives the path the core wrote, for the message.
fn save_and_offer<T>(
    app: &AppHandle,
    state: &State<'_, AppState>,
    submission_id: i64,
    kind: &Kind,
    write: impl FnOnce(&mut Store, &Path) -> cityrights::Result<T>,
    path_of: impl Fn(&T) -> &str,
) -> CmdResult<Option<T>> {
    let title = with_store(state, |s| s.submission(submission_id).map(|x| x.title))?;
    let picked = app
        .dialog()
        .file()
        .set_title(words(state, kind.title))
        .add_filter(words(state, kind.what), &[kind.extension])
        .set_file_name(format!("{}.{}", file_name(&title), kind.extension))
        .blocking_save_file();
    let Some(mut path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    if path.extension().is_none() {
        path.set_extension(kind.extension);
    }
    let done = with_store(state, |s| write(s, &path))?;
    let saved = path_of(&done).to_string();
    let heading = words(state, kind.saved);
    let open = app
        .dialog()
        .message(words_with(
            state,
            "dialog.saved_as",
            &[("path", Arg::from(saved.as_str()))],
        ))
        .title(&heading)
        .kind(MessageDialogKind::Info)
        .buttons(MessageDialogButtons::OkCancelCustom(
            words(state, "dialog.open_it"),
            words(state, "dialog.close"),
        ))
        .blocking_show();
    if open {
        if let Err(e) = app.opener().open_path(saved.clone(), None::<&str>) {
            app.dialog()
                .message(words_with(
                    state,
                    "dialog.saved_not_opened",
                    &[
                        ("path", Arg::from(saved.as_str())),
                        ("reason", Arg::from(e.to_string())),
                    ],
                ))
                .title(&heading)
                .kind(MessageDialogKind::Warning)
                .blocking_show();
        }
    }
    Ok(Some(done))
}

/// Exports a submission as a Word document. `None` when the officer cancels the dialog. Async so
/// that the dialogs never block the main thread.
#[command]
pub async fn export_docx(
    app: AppHandle,
    state: State<'_, AppState>,
    submission_id: i64,
) -> CmdResult<Option<DocxExported>> {
    save_and_offer(
        &app,
        &state,
        submission_id,
        &WORD,
        |s, path| s.export_docx_file(submission_id, path),
        |done| &done.path,
    )
}

/// Exports a submission as a PDF. `None` when the officer cancels the dialog. Async so that the
/// dialogs, and the layout of a long document (up to a second), never block the main thread.
#[command]
pub async fn export_pdf(
    app: AppHandle,
    state: State<'_, AppState>,
    submission_id: i64,
) -> CmdResult<Option<PdfExported>> {
    save_and_offer(
        &app,
        &state,
        submission_id,
        &PDF,
        |s, path| s.export_pdf_file(submission_id, path),
        |done| &done.path,
    )
}

/// The PDF of a submission, for the preview: its bytes as they would be written. Sent as raw
/// bytes (an `ArrayBuffer` on the page), not as JSON numbers, which would be several times the
/// size and slow for a long report.
#[command]
pub async fn preview_pdf(state: State<'_, AppState>, submission_id: i64) -> CmdResult<Response> {
    let rendered = with_store(&state, |s| s.export_pdf(submission_id))?;
    Ok(Response::new(rendered.bytes))
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_are_safe_everywhere() {
        assert_eq!(
            super::file_name("UPR: Exampleland / 4th cycle?"),
            "UPR Exampleland 4th cycle"
        );
        assert_eq!(super::file_name("../.."), "submission");
        assert_eq!(super::file_name(&"x".repeat(200)).len(), 80);
    }
}

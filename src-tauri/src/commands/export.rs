//! "Export Word" on the submission screen.
//!
//! Rust asks where to save (native dialog), writes the file through the core (whole or not at
//! all), then offers to open it in the user's word processor with a native question. The page
//! never handles a path: it only learns where the file went, to say so.

use super::{with_store, AppState, CmdResult};
use cityrights::export::docx::DocxExported;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};
use tauri_plugin_opener::OpenerExt;

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

/// Exports a submission as a Word document. `None` when the officer cancels the dialog. Async so
/// that the dialogs never block the main thread.
#[tauri::command]
pub async fn export_docx(
    app: AppHandle,
    state: State<'_, AppState>,
    submission_id: i64,
) -> CmdResult<Option<DocxExported>> {
    let title = with_store(&state, |s| s.submission(submission_id).map(|x| x.title))?;
    let picked = app
        .dialog()
        .file()
        .set_title("Export Word")
        .add_filter("Word document", &["docx"])
        .set_file_name(format!("{}.docx", file_name(&title)))
        .blocking_save_file();
    let Some(mut path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    if path.extension().is_none() {
        path.set_extension("docx");
    }
    let done = with_store(&state, |s| s.export_docx_file(submission_id, &path))?;
    let open = app
        .dialog()
        .message(format!("The Word document was saved as {}.", done.path))
        .title("Word document saved")
        .kind(MessageDialogKind::Info)
        .buttons(MessageDialogButtons::OkCancelCustom(
            "Open it".into(),
            "Close".into(),
        ))
        .blocking_show();
    if open {
        if let Err(e) = app.opener().open_path(done.path.clone(), None::<&str>) {
            app.dialog()
                .message(format!(
                    "The file is saved as {}, but no program could open it ({e}).",
                    done.path
                ))
                .title("Word document saved")
                .kind(MessageDialogKind::Warning)
                .blocking_show();
        }
    }
    Ok(Some(done))
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

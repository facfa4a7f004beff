//! Drafts brought in from files — Markdown or Word, chosen by the file's extension — as a new
//! submission or as one section of an existing one.
//!
//! The CLI (`cityrights submission import`) and the app ("Import draft…", "Import a
//! department's document…") both come through here, so a file is read the same way whichever
//! door it comes in by. An import either creates everything or nothing; what it accepted,
//! dropped or changed on the way comes back as [`ImportNotice`]s, which the CLI prints on
//! stderr and the app shows. This module reads a file into a content tree; the drafting
//! module writes it into a submission.

use crate::document::{Block, Content, Inline};
use crate::import::markdown::ImportedSubmission;
use crate::{Error, Result};
use std::path::Path;

pub use super::ImportNotice;

/// A file read into sections, with its notices.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadDraft {
    pub submission: ImportedSubmission,
    pub notices: Vec<ImportNotice>,
}

/// The formats a draft can be imported from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftFormat {
    Markdown,
    Docx,
}

impl DraftFormat {
    /// The format of a file, by its extension.
    pub fn of(path: &Path) -> Result<DraftFormat> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "md" | "markdown" | "txt" => Ok(DraftFormat::Markdown),
            "docx" => Ok(DraftFormat::Docx),
            "doc" | "odt" | "rtf" | "pages" => Err(Error::said(
                "import",
                "error.draft_other_format",
                vec![("ext", ext.as_str().into())],
            )),
            _ => Err(Error::said(
                "import",
                "error.draft_unknown_format",
                vec![(
                    "name",
                    path.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                        .into(),
                )],
            )),
        }
    }

    fn max_bytes(self) -> usize {
        match self {
            DraftFormat::Markdown => crate::import::markdown::MAX_FILE_BYTES,
            DraftFormat::Docx => crate::import::docx::MAX_FILE_BYTES,
        }
    }
}

/// Reads bytes of the given format.
pub fn parse_draft(format: DraftFormat, bytes: &[u8]) -> Result<ReadDraft> {
    match format {
        DraftFormat::Markdown => Ok(ReadDraft {
            submission: crate::import::markdown::parse_bytes(bytes)?,
            notices: Vec::new(),
        }),
        DraftFormat::Docx => {
            let (submission, notices) = crate::import::docx::parse_bytes(bytes)?;
            Ok(ReadDraft {
                submission,
                notices,
            })
        }
    }
}

/// Reads a draft file, choosing the format by extension. A file larger than its format allows
/// is refused before it is read into memory.
pub fn read_draft(path: &Path) -> Result<ReadDraft> {
    let format = DraftFormat::of(path)?;
    let bytes = crate::import::read_capped(path, format.max_bytes() as u64)?;
    parse_draft(format, &bytes)
}

/// The title a document's single section gets when none is given.
const IMPORTED_SECTION: &str = "Imported section";

/// One content tree from several sections: each section's title becomes a heading, and its own
/// headings move one level down, so that nothing of the file's structure is lost.
pub(crate) fn merge(imported: ImportedSubmission) -> Content {
    let mut sections = imported.sections;
    if sections.len() == 1 {
        return sections.remove(0).content;
    }
    let mut blocks = Vec::new();
    for s in sections {
        blocks.push(Block::Heading {
            level: 1,
            content: vec![Inline::text(s.title)],
        });
        for b in s.content.blocks {
            blocks.push(match b {
                Block::Heading { level, content } => Block::Heading {
                    level: level.saturating_add(1).min(6),
                    content,
                },
                other => other,
            });
        }
    }
    Content { blocks }
}

/// The title of a document imported as one section: the one given, else the document's title,
/// else its only section's title, else the file's name, else "Imported section".
pub(crate) fn section_title(
    given: Option<&str>,
    imported: &ImportedSubmission,
    file_name: Option<&str>,
) -> String {
    let only = match imported.sections.as_slice() {
        [only] => Some(only.title.as_str()),
        _ => None,
    };
    let title = [given, imported.title.as_deref(), only, file_name]
        .into_iter()
        .flatten()
        .find(|t| !t.trim().is_empty())
        .unwrap_or(IMPORTED_SECTION);
    title
        .trim()
        .chars()
        .take(crate::validate::TITLE_MAX)
        .collect()
}

//! Importers: files from outside turned into the core's types. Everything here treats its input
//! as untrusted and either returns a whole result or an [`crate::Error::Import`] with nothing kept.
pub mod csv;
pub mod docx;
pub mod draft;
pub mod markdown;
mod passages;
pub mod recommendations;
pub mod report;
pub mod thematic_list;
pub mod uhri;

pub use crate::files::read_capped;
use crate::model::language::{Arg, Said};
use serde::Serialize;
use ts_rs::TS;

/// The largest file of recommendations read whole (a report, a thematic list, a CSV): OHCHR's
/// largest reports are a few megabytes. The UHRI export, which is larger, is streamed instead.
pub const MAX_LIST_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// How far a long import has got, for a progress bar: `done` of `total` units (bytes of the
/// file being read). `total` is 0 when the size is not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportProgress {
    pub done: u64,
    pub total: u64,
}

/// What a long import reports to its caller and asks of it: progress as it reads, and whether
/// the user has pressed "Cancel". The core stays free of threads and events: the desktop shell
/// passes closures that emit events and read a flag, tests pass plain ones.
pub struct Watch<'a> {
    progress: Box<dyn FnMut(ImportProgress) + 'a>,
    cancelled: Box<dyn Fn() -> bool + 'a>,
}

impl<'a> Watch<'a> {
    pub fn new(
        progress: impl FnMut(ImportProgress) + 'a,
        cancelled: impl Fn() -> bool + 'a,
    ) -> Self {
        Watch {
            progress: Box::new(progress),
            cancelled: Box::new(cancelled),
        }
    }

    /// A watch that reports nowhere and is never cancelled (the CLI, tests).
    pub fn none() -> Watch<'static> {
        Watch::new(|_| {}, || false)
    }

    pub(crate) fn progress(&mut self, done: u64, total: u64) {
        (self.progress)(ImportProgress { done, total });
    }

    /// Fails with [`crate::Error::cancelled`] when the user has cancelled.
    pub fn check(&self) -> crate::Result<()> {
        if (self.cancelled)() {
            return Err(crate::Error::cancelled());
        }
        Ok(())
    }
}

/// Something the import did that the officer should know: a tracked change accepted, comments
/// left out, images that could not come across…
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ImportNotice {
    /// Stable code for tests and the UI (e.g. `tracked_changes`, `comments`, `drawings`).
    pub code: String,
    /// What happened, in plain words: English as the parser makes it, in the reader's language
    /// once [`ImportNotice::in_language`] has been applied (the app and the CLI do).
    pub message: String,
    /// The catalogue's message (`import_notice.<code>`) and its variables, kept to write the
    /// notice again in another language.
    #[serde(skip)]
    #[ts(skip)]
    said: Said,
}

impl ImportNotice {
    /// The notice written in `language`.
    pub fn in_language(self, language: &str) -> ImportNotice {
        ImportNotice {
            message: self.said.in_language(language),
            ..self
        }
    }
}

/// A notice worded by the catalogue's `import_notice.<code>` (the parser has no reader: the
/// message is English until [`ImportNotice::in_language`]).
pub(crate) fn said_notice(code: &'static str, args: Vec<(&'static str, Arg)>) -> ImportNotice {
    let key = match code {
        "tracked_changes" => "import_notice.tracked_changes",
        "comments" => "import_notice.comments",
        "front_matter" => "import_notice.front_matter",
        "drawings" => "import_notice.drawings",
        "equations" => "import_notice.equations",
        "embedded" => "import_notice.embedded",
        "page_breaks" => "import_notice.page_breaks",
        "hidden_text" => "import_notice.hidden_text",
        "table_of_contents" => "import_notice.table_of_contents",
        "endnotes" => "import_notice.endnotes",
        "merged_cells" => "import_notice.merged_cells",
        "nested_tables" => "import_notice.nested_tables",
        "symbols" => "import_notice.symbols",
        "formatting" => "import_notice.formatting",
        "internal_links" => "import_notice.internal_links",
        "links_not_allowed" => "import_notice.links_not_allowed",
        "headers_footers" => "import_notice.headers_footers",
        "heading_footnote" => "import_notice.heading_footnote",
        _ => "import_notice.long_heading",
    };
    let said = Said::new(key, args);
    ImportNotice {
        code: code.to_string(),
        message: said.in_language(crate::model::language::FALLBACK),
        said,
    }
}

//! CommonMark (with footnotes) to a submission's sections (being written).
use crate::document::Content;
use crate::Result;

/// A submission read from a file: an optional title and its sections.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedSubmission {
    pub title: Option<String>,
    pub sections: Vec<ImportedSection>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportedSection {
    pub title: String,
    pub content: Content,
}

/// Parses raw bytes (rejecting non-UTF-8) as CommonMark with footnotes.
pub fn parse_bytes(_bytes: &[u8]) -> Result<ImportedSubmission> {
    Err(crate::Error::Import { message: "not yet".into() })
}

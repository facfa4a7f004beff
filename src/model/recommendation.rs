//! What a recommendation is, without its table: the State's response, the city's competence
//! and local status, where a record came from, and a record as an importer read it. The
//! importers make these; the store writes them.

use crate::model::language::{Arg, Said};
use crate::model::safe_text;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The State's response to a recommendation. UPR recommendations are "supported" or "noted";
/// some States answer "partially supported" (UPR Info counts these); until the State answers,
/// or for treaty-body recommendations (which are not answered this way), it is pending.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    TS,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[ts(export)]
pub enum Response {
    Supported,
    PartiallySupported,
    Noted,
    Pending,
}

crate::enums::words!(Response);

impl Response {
    /// How people write it: "Supported", "Partially supported", "Noted", "Pending".
    pub fn label(self) -> &'static str {
        match self {
            Response::Supported => "Supported",
            Response::PartiallySupported => "Partially supported",
            Response::Noted => "Noted",
            Response::Pending => "Pending",
        }
    }

    /// Reads a response as sources write it ("Supported", "Noted", "Partially supported",
    /// "Accepted", "Supported/Noted"…). Unknown words give `None`; the caller keeps them
    /// verbatim, because the exact values in the UN's files are not all confirmed.
    pub fn from_words(s: &str) -> Option<Self> {
        let w = s.trim().to_lowercase();
        if w.is_empty() {
            return None;
        }
        if w.contains("partial") || (w.contains("support") && w.contains("note")) {
            return Some(Response::PartiallySupported);
        }
        if w.contains("support") || w.contains("accept") || w == "agreed" {
            return Some(Response::Supported);
        }
        if w.contains("noted") || w == "note" || w.contains("reject") {
            return Some(Response::Noted);
        }
        if w.contains("pending") || w.contains("no response") || w.contains("not yet") {
            return Some(Response::Pending);
        }
        None
    }
}

/// Whether the city can act on a recommendation on its own, with others, or not at all.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    TS,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[ts(export)]
pub enum Competence {
    Exclusive,
    Shared,
    None,
    Unknown,
}

crate::enums::words!(Competence);

impl Competence {
    /// The competence a person typed or a spreadsheet holds (`shared`, `Shared`), or a
    /// message naming the ones there are.
    pub fn from_user(field: &str, value: &str) -> crate::Result<Competence> {
        from_user(
            Competence::ALL,
            Competence::as_str,
            "competence",
            field,
            value,
        )
    }

    pub fn label(self) -> &'static str {
        match self {
            Competence::Exclusive => "Exclusive",
            Competence::Shared => "Shared",
            Competence::None => "None",
            Competence::Unknown => "Unknown",
        }
    }
}

/// The value of `all` whose word or label `value` is, compared without regard to case, spaces
/// or hyphens; or a message naming every value, as word and label.
fn from_user<T: Copy>(
    all: &[T],
    word: fn(T) -> &'static str,
    what: &'static str,
    field: &str,
    value: &str,
) -> crate::Result<T> {
    let typed = value.trim().to_lowercase().replace(['-', ' '], "_");
    all.iter()
        .copied()
        .find(|v| word(*v) == typed)
        .ok_or_else(|| {
            // Each value as the officer types it, with its label in the reader's language
            // (`recommendations.local_status.not_started`…): "not_started (Not started)".
            let allowed: Vec<Said> = all
                .iter()
                .map(|v| {
                    Said::new(
                        "core.code_label",
                        vec![
                            ("code", word(*v).into()),
                            (
                                "label",
                                Arg::Message(format!("recommendations.{what}.{}", word(*v))),
                            ),
                        ],
                    )
                })
                .collect();
            crate::Error::invalid_said(
                field,
                "error.not_a_value_of",
                vec![
                    ("value", value.trim().into()),
                    ("what", what.into()),
                    ("codes", allowed.into()),
                ],
            )
        })
}

/// What the city has done about a recommendation.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    TS,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[ts(export)]
pub enum LocalStatus {
    NotStarted,
    InProgress,
    Implemented,
    NotApplicable,
}

crate::enums::words!(LocalStatus);

impl LocalStatus {
    /// The status a person typed or a spreadsheet holds (`in_progress`, `In progress`,
    /// `in-progress`), or a message naming the ones there are.
    pub fn from_user(field: &str, value: &str) -> crate::Result<LocalStatus> {
        from_user(
            LocalStatus::ALL,
            LocalStatus::as_str,
            "local_status",
            field,
            value,
        )
    }

    pub fn label(self) -> &'static str {
        match self {
            LocalStatus::NotStarted => "Not started",
            LocalStatus::InProgress => "In progress",
            LocalStatus::Implemented => "Implemented",
            LocalStatus::NotApplicable => "Not applicable",
        }
    }
}

/// Where a recommendation came from.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    TS,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[ts(export)]
pub enum Source {
    Uhri,
    Report,
    ThematicList,
    Csv,
    Manual,
}

crate::enums::words!(Source);

/// The longest text of one recommendation, in bytes. The longest real UPR recommendations
/// and treaty-body paragraphs are a few thousand characters; every importer refuses more, so
/// that a small hostile file cannot store a recommendation of hundreds of megabytes.
pub const TEXT_MAX_BYTES: usize = 64 * 1024;

/// A recommendation as an importer read it: the UN's fields only. Empty fields (and a `None`
/// response) mean "the source says nothing", so they never blank what another source gave.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportedRecommendation {
    pub annotation_id: Option<String>,
    pub symbol: String,
    pub paragraph: String,
    pub text: String,
    pub mechanism: String,
    pub kind: String,
    pub country: String,
    pub cycle: String,
    pub session: String,
    pub recommending_states: Vec<String>,
    pub response: Option<Response>,
    pub response_text: String,
    pub response_source: String,
    pub themes: Vec<String>,
    pub groups: Vec<String>,
    pub sdgs: Vec<String>,
    pub published_on: String,
}

/// One import's worth of recommendations, ready to be written.
#[derive(Debug, Clone)]
pub struct ImportBatch {
    pub source: Source,
    pub file_name: String,
    pub country: String,
    pub symbol: String,
    pub items: Vec<ImportedRecommendation>,
    /// Records read but not imported (other countries), counted in the summary.
    pub other_countries: usize,
    /// Records read that cannot be a recommendation.
    pub unusable: usize,
    pub records: usize,
}

/// A symbol as the UN writes it: trimmed, single spaces, no spaces around slashes.
pub fn normalize_symbol(s: &str) -> String {
    safe_text::one_line(s).replace(" /", "/").replace("/ ", "/")
}

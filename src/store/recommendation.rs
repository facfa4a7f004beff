//! Recommendations to the State — from UPR outcomes, treaty-body concluding observations and
//! Special Procedures — brought down to the city: which fall within its competences, who
//! answers for them, what has been done, and which of its submissions cite them.
//!
//! A recommendation has two kinds of fields. What the UN published (symbol, paragraph, text,
//! recommending States, the State's response, themes, SDGs) comes from imports, which may
//! refresh it: a UHRI record is the same recommendation again when its `AnnotationId` is, any
//! other when its (symbol, paragraph) is. The city's own fields (competence, department, local
//! status, tags, dated evidence) are written only by the city: no import touches them, so
//! importing the same file twice, or a newer one, never loses the city's work.
//!
//! Every import runs in one transaction and is recorded; the recommendations that the newest
//! import added are "new since the last import".

use crate::document::{Block, Content, Inline};
use crate::model::safe_text;
use crate::store::{
    now_text, optional, BinnedRow, ByName, Columns, Store, TextColumn, BINNED, LIVE,
};
use crate::submission::{for_each_section, Sections};
use crate::validate;
use crate::{Error, Result};
use rusqlite::types::Value;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use ts_rs::TS;

pub use crate::model::recommendation::{
    normalize_symbol, Competence, ImportBatch, ImportedRecommendation, LocalStatus, Response,
    Source, TEXT_MAX_BYTES,
};

mod departments;
mod follow_up;
pub(crate) mod shared;
pub use departments::{DepartmentRenamed, DepartmentUse};
pub use follow_up::{BulkMode, BulkPreview, FollowUp, FollowUpUpdate, NewEvidence};

/// A piece of text, marked when it matched the search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct TextPiece {
    pub text: String,
    pub hit: bool,
}

/// A recommendation as the table, the detail panel and `recommendations list --json` show it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Recommendation {
    pub id: i64,
    /// The document it is in, e.g. "A/HRC/59/15" or "CRC/C/PER/CO/6-7".
    pub symbol: String,
    /// Its number in the document, e.g. "140.7"; empty when the source gives none.
    pub paragraph: String,
    /// How it is cited, e.g. "A/HRC/59/15, para. 140.7" ([`crate::document::citation_text`]):
    /// sent ready-made so the UI never writes the rule again.
    pub reference: String,
    pub text: String,
    pub recommending_states: Vec<String>,
    pub response: Response,
    /// The response as the source wrote it (kept when it is not one of ours).
    pub response_text: String,
    /// Where the response was given, e.g. "A/HRC/59/15/Add.1 - Para.3".
    pub response_source: String,
    /// `UPR`, a treaty body's acronym, `SP`, or what the source called the body.
    pub mechanism: String,
    /// UHRI's annotation type ("Recommendations", "Concerns/Observations"); often empty.
    pub kind: String,
    /// ISO 3166-1 alpha-3 code of the State it is addressed to, when known.
    pub country: String,
    pub cycle: String,
    pub session: String,
    pub themes: Vec<String>,
    /// Groups of persons ("Children", "Roma, Gypsies, Sinti & Travellers").
    pub groups: Vec<String>,
    /// SDGs or SDG targets, as the source writes them ("16.2 - Protect children…").
    pub sdgs: Vec<String>,
    /// Date of the document (YYYY-MM-DD) when known.
    pub published_on: String,
    pub source: Source,
    pub annotation_id: Option<String>,
    pub competence: Competence,
    pub department: String,
    pub local_status: LocalStatus,
    pub tags: Vec<String>,
    /// Added by the most recent import.
    pub is_new: bool,
    /// The text with the search's hits marked; empty when the list was not searched.
    pub text_pieces: Vec<TextPiece>,
}

/// A dated note of what the city has done.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct EvidenceNote {
    pub id: i64,
    pub recommendation_id: i64,
    /// YYYY-MM-DD
    pub noted_on: String,
    pub note: String,
    pub created_at: String,
}

/// A section of a submission that cites a recommendation.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Citing {
    pub submission_id: i64,
    pub submission_title: String,
    pub section_id: i64,
    pub section_title: String,
}

/// Everything the detail panel shows.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RecommendationDetail {
    pub recommendation: Recommendation,
    pub evidence: Vec<EvidenceNote>,
    pub cited_in: Vec<Citing>,
}

/// The table's filters; every one optional. `query` is a full-text search.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RecommendationFilter {
    #[serde(default)]
    pub symbol: Option<String>,
    #[serde(default)]
    pub mechanism: Option<String>,
    #[serde(default)]
    pub cycle: Option<String>,
    #[serde(default)]
    pub theme: Option<String>,
    /// An SDG (goal number 1–17): matches the goal and its targets.
    #[serde(default)]
    pub sdg: Option<u32>,
    #[serde(default)]
    pub response: Option<Response>,
    #[serde(default)]
    pub competence: Option<Competence>,
    #[serde(default)]
    pub department: Option<String>,
    #[serde(default)]
    pub local_status: Option<LocalStatus>,
    #[serde(default)]
    pub tag: Option<String>,
    /// Only those added by the most recent import.
    #[serde(default)]
    pub new_only: bool,
    #[serde(default)]
    pub query: String,
}

/// One page of the table.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RecommendationPage {
    pub items: Vec<Recommendation>,
    /// How many match the filters in all.
    pub total: usize,
}

/// A value of a filter and how many recommendations have it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FacetValue {
    pub value: String,
    pub count: usize,
}

/// The values the filters offer, from what is in the database.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Facets {
    pub total: usize,
    pub symbols: Vec<FacetValue>,
    pub mechanisms: Vec<FacetValue>,
    pub cycles: Vec<FacetValue>,
    pub themes: Vec<FacetValue>,
    /// SDG goal numbers ("1" … "17").
    pub sdgs: Vec<FacetValue>,
    pub departments: Vec<FacetValue>,
    pub tags: Vec<FacetValue>,
}

/// A search match, best first (`recommendations search --json`, the citation picker).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RecommendationMatch {
    pub id: i64,
    pub symbol: String,
    pub paragraph: String,
    /// How it is cited, e.g. "A/HRC/59/15, para. 140.7" ([`crate::document::citation_text`]):
    /// sent ready-made so the UI never writes the rule again.
    pub reference: String,
    pub text: String,
    pub recommending_states: Vec<String>,
    pub response: Response,
    /// The text with the hits marked.
    pub pieces: Vec<TextPiece>,
}

/// An import run as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ImportRecord {
    pub id: i64,
    pub kind: Source,
    pub file_name: String,
    pub country: String,
    pub symbol: String,
    pub imported: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub skipped: usize,
    pub imported_at: String,
}

/// What an import did (`--json` of every import command).
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ImportSummary {
    pub import_id: i64,
    /// New recommendations.
    pub imported: usize,
    /// Recommendations already there whose UN fields the file changed.
    pub updated: usize,
    /// Recommendations already there, identical in the file.
    pub unchanged: usize,
    /// Records of the file not imported: for UHRI those of other countries and those that
    /// cannot be a recommendation (no text or no symbol).
    pub skipped: usize,
    /// Every record the file held.
    pub records: usize,
    /// UHRI: records addressed to other countries (part of `skipped`).
    pub other_countries: usize,
    /// Records without text or symbol (part of `skipped`).
    pub unusable: usize,
}

/// The status-by-theme chart of the dashboard: one bar per theme.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ThemeStatus {
    pub theme: String,
    pub not_started: usize,
    pub in_progress: usize,
    pub implemented: usize,
    pub not_applicable: usize,
    pub total: usize,
}

/// What the dashboard shows about recommendations.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RecommendationsOverview {
    pub total: usize,
    pub last_import: Option<ImportRecord>,
    /// Recommendations the last import added (still there).
    pub new_since_last_import: usize,
    /// The themes with the most recommendations (at most [`THEMES_IN_CHART`]), most first.
    pub by_theme: Vec<ThemeStatus>,
    /// Recommendations whose competence is exclusive or shared.
    pub within_competence: usize,
}

/// Bars in the dashboard chart; the rest would not be readable.
pub const THEMES_IN_CHART: usize = 10;

/// The city's own fields, set from the detail panel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CityFields {
    pub competence: Competence,
    pub department: String,
    pub local_status: LocalStatus,
}

/// A change applied to many recommendations at once (bulk tagging and assigning).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "action", rename_all = "snake_case")]
#[ts(export)]
pub enum BulkChange {
    AddTag { tag: String },
    RemoveTag { tag: String },
    SetCompetence { competence: Competence },
    SetDepartment { department: String },
    SetLocalStatus { local_status: LocalStatus },
}

/// A recommendation typed in by hand.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RecommendationInput {
    pub symbol: String,
    #[serde(default)]
    pub paragraph: String,
    pub text: String,
    #[serde(default)]
    pub recommending_states: Vec<String>,
    #[serde(default)]
    pub response: Option<Response>,
    #[serde(default)]
    pub mechanism: String,
    #[serde(default)]
    pub cycle: String,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub sdgs: Vec<String>,
}

/// Longest department name, tag or State name.
const SHORT_MAX: usize = validate::SHORT_MAX;
/// The ids of the recommendations in the bin, as a sub-select (the search indexes keep their
/// text; the bin's rule is `store::LIVE`'s).
fn binned_ids() -> String {
    format!("SELECT id FROM recommendation WHERE {BINNED}")
}
/// Longest recommendation text (the longest UN paragraphs are a few thousand characters).
pub const TEXT_MAX: usize = 50_000;
/// Most ids one bulk change may name (the table selects at most a few hundred).
pub const BULK_MAX: usize = 100_000;

/// The UN fields as stored, for comparing what an import brings with what is there.
#[derive(Debug, Clone, PartialEq)]
struct UnFields {
    annotation_id: Option<String>,
    symbol: String,
    paragraph: String,
    text: String,
    mechanism: String,
    kind: String,
    country: String,
    cycle: String,
    session: String,
    recommending_states: Vec<String>,
    response: Response,
    response_text: String,
    response_source: String,
    themes: Vec<String>,
    groups: Vec<String>,
    sdgs: Vec<String>,
    published_on: String,
}

impl UnFields {
    /// The stored fields with what the import brings laid over them: a field the source gives
    /// replaces the stored one, a field it leaves empty keeps it.
    fn merged(&self, new: &ImportedRecommendation) -> UnFields {
        fn pick(old: &str, new: &str) -> String {
            if new.is_empty() { old } else { new }.to_string()
        }
        fn pick_list(old: &[String], new: &[String]) -> Vec<String> {
            if new.is_empty() { old } else { new }.to_vec()
        }
        UnFields {
            annotation_id: new
                .annotation_id
                .clone()
                .or_else(|| self.annotation_id.clone()),
            symbol: self.symbol.clone(),
            paragraph: pick(&self.paragraph, &new.paragraph),
            text: pick(&self.text, &new.text),
            mechanism: pick(&self.mechanism, &new.mechanism),
            kind: pick(&self.kind, &new.kind),
            country: pick(&self.country, &new.country),
            cycle: pick(&self.cycle, &new.cycle),
            session: pick(&self.session, &new.session),
            recommending_states: pick_list(&self.recommending_states, &new.recommending_states),
            response: new.response.unwrap_or(self.response),
            response_text: pick(&self.response_text, &new.response_text),
            response_source: pick(&self.response_source, &new.response_source),
            themes: pick_list(&self.themes, &new.themes),
            groups: pick_list(&self.groups, &new.groups),
            sdgs: pick_list(&self.sdgs, &new.sdgs),
            published_on: pick(&self.published_on, &new.published_on),
        }
    }

    fn from_new(new: &ImportedRecommendation) -> UnFields {
        UnFields {
            annotation_id: new.annotation_id.clone(),
            symbol: new.symbol.clone(),
            paragraph: new.paragraph.clone(),
            text: new.text.clone(),
            mechanism: new.mechanism.clone(),
            kind: new.kind.clone(),
            country: new.country.clone(),
            cycle: new.cycle.clone(),
            session: new.session.clone(),
            recommending_states: new.recommending_states.clone(),
            response: new.response.unwrap_or(Response::Pending),
            response_text: new.response_text.clone(),
            response_source: new.response_source.clone(),
            themes: new.themes.clone(),
            groups: new.groups.clone(),
            sdgs: new.sdgs.clone(),
            published_on: new.published_on.clone(),
        }
    }
}

/// How many UN fields a recommendation has.
const UN_FIELD_COUNT: usize = 17;

impl UnFields {
    /// Each UN field with its column, in one list: the INSERT and the UPDATE are made from it,
    /// so that a field cannot be written by one and forgotten by the other; rows are read back
    /// by the same names ([`row_to_un`]).
    fn columns(&self) -> [(&'static str, Value); UN_FIELD_COUNT] {
        let text = |s: &str| Value::Text(s.to_string());
        let list = |v: &[String]| Value::Text(json_list(v));
        [
            (
                "annotation_id",
                self.annotation_id.clone().map_or(Value::Null, Value::Text),
            ),
            ("symbol", text(&self.symbol)),
            ("paragraph", text(&self.paragraph)),
            ("text", text(&self.text)),
            ("mechanism", text(&self.mechanism)),
            ("kind", text(&self.kind)),
            ("country", text(&self.country)),
            ("cycle", text(&self.cycle)),
            ("session", text(&self.session)),
            ("recommending_states", list(&self.recommending_states)),
            ("response", text(self.response.as_str())),
            ("response_text", text(&self.response_text)),
            ("response_source", text(&self.response_source)),
            ("themes", list(&self.themes)),
            ("groups", list(&self.groups)),
            ("sdgs", list(&self.sdgs)),
            ("published_on", text(&self.published_on)),
        ]
    }
}

fn json_list(v: &[String]) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

fn parse_list(s: &str) -> Vec<String> {
    serde_json::from_str(s).unwrap_or_default()
}

/// Reads the UN fields of a row that holds them (its columns named as in
/// [`UnFields::columns`]).
fn row_to_un(r: &rusqlite::Row) -> rusqlite::Result<UnFields> {
    Ok(UnFields {
        annotation_id: r.get("annotation_id")?,
        symbol: r.get("symbol")?,
        paragraph: r.get("paragraph")?,
        text: r.get("text")?,
        mechanism: r.get("mechanism")?,
        kind: r.get("kind")?,
        country: r.get("country")?,
        cycle: r.get("cycle")?,
        session: r.get("session")?,
        recommending_states: parse_list(&r.get::<_, String>("recommending_states")?),
        response: Response::parse(&r.get::<_, String>("response")?).unwrap_or(Response::Pending),
        response_text: r.get("response_text")?,
        response_source: r.get("response_source")?,
        themes: parse_list(&r.get::<_, String>("themes")?),
        groups: parse_list(&r.get::<_, String>("groups")?),
        sdgs: parse_list(&r.get::<_, String>("sdgs")?),
        published_on: r.get("published_on")?,
    })
}

/// The rows [`row_to_un`] reads: every column, read by name, so no list of them is kept here.
const SELECT_UN: &str = "SELECT * FROM recommendation";

/// What the search index holds for a recommendation besides its text: how people refer to
/// it (symbol, paragraph, "A/HRC/59/15 140.7") and who recommended it.
fn reference_text(f: &UnFields) -> String {
    let mut s = format!(
        "{} {} {}",
        f.symbol,
        f.paragraph,
        f.recommending_states.join(" ")
    );
    if !f.mechanism.is_empty() {
        s.push(' ');
        s.push_str(&f.mechanism);
    }
    s
}

fn index(tx: &rusqlite::Connection, id: i64, f: &UnFields) -> Result<()> {
    tx.execute("DELETE FROM recommendation_search WHERE rowid = ?1", [id])?;
    tx.execute(
        "INSERT INTO recommendation_search (rowid, text, reference) VALUES (?1, ?2, ?3)",
        rusqlite::params![id, f.text, reference_text(f)],
    )?;
    tx.execute(
        "DELETE FROM recommendation_search_trigram WHERE rowid = ?1",
        [id],
    )?;
    tx.execute(
        "INSERT INTO recommendation_search_trigram (rowid, text) VALUES (?1, ?2)",
        rusqlite::params![id, f.text],
    )?;
    Ok(())
}

/// Builds both search indexes afresh from the recommendations' rows (a workspace import: an
/// index is never taken from a file, it is made from the rows it describes).
pub(crate) fn reindex_all(tx: &rusqlite::Connection) -> Result<()> {
    tx.execute("DELETE FROM recommendation_search", [])?;
    tx.execute("DELETE FROM recommendation_search_trigram", [])?;
    let mut stmt = tx.prepare(SELECT_UN)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get("id")?;
        index(tx, id, &row_to_un(r)?)?;
    }
    Ok(())
}

fn write_un(
    tx: &rusqlite::Connection,
    id: i64,
    f: &UnFields,
    import_id: Option<i64>,
) -> Result<()> {
    // The symbol is how a record is found again: an import never changes it (see `merged`).
    Columns::new(
        f.columns()
            .into_iter()
            .filter(|(name, _)| *name != "symbol"),
    )
    .and("changed_by", import_id.map_or(Value::Null, Value::Integer))
    .and("updated_at", Value::Text(now_text()))
    .update(tx, "recommendation", id)?;
    index(tx, id, f)
}

fn insert_un(
    tx: &rusqlite::Connection,
    f: &UnFields,
    source: Source,
    import_id: Option<i64>,
) -> Result<i64> {
    let now = now_text();
    let import = import_id.map_or(Value::Null, Value::Integer);
    let id = Columns::new(f.columns())
        .and("source", Value::Text(source.as_str().into()))
        .and("added_by", import.clone())
        .and("changed_by", import)
        .and("created_at", Value::Text(now.clone()))
        .and("updated_at", Value::Text(now))
        .insert(tx, "recommendation")?;
    index(tx, id, f)?;
    Ok(id)
}

/// Finds the stored recommendation an imported one is: by `AnnotationId` first; else by
/// (symbol, paragraph) — for a UHRI record only among those that came without an id (a
/// report's, a CSV's), because UHRI may split one paragraph into several annotations; with no
/// paragraph, by (symbol, text). One in the bin is found too: the import updates it where it
/// is, and never adds it again beside it.
fn find_existing(
    tx: &rusqlite::Connection,
    r: &ImportedRecommendation,
) -> Result<Option<(i64, UnFields)>> {
    let select = SELECT_UN;
    let row = |row: &rusqlite::Row| -> rusqlite::Result<(i64, UnFields)> {
        Ok((row.get("id")?, row_to_un(row)?))
    };
    if let Some(aid) = &r.annotation_id {
        let found =
            optional(tx.query_row(&format!("{select} WHERE annotation_id = ?1"), [aid], row))?;
        if found.is_some() {
            return Ok(found);
        }
        if r.paragraph.is_empty() {
            return Ok(None);
        }
        return optional(tx.query_row(
            &format!("{select} WHERE symbol = ?1 AND paragraph = ?2 AND annotation_id IS NULL ORDER BY id LIMIT 1"),
            [&r.symbol, &r.paragraph],
            row,
        ));
    }
    if r.paragraph.is_empty() {
        return optional(tx.query_row(
            &format!(
                "{select} WHERE symbol = ?1 AND paragraph = '' AND text = ?2 ORDER BY id LIMIT 1"
            ),
            [&r.symbol, &r.text],
            row,
        ));
    }
    optional(tx.query_row(
        &format!("{select} WHERE symbol = ?1 AND paragraph = ?2 ORDER BY id LIMIT 1"),
        [&r.symbol, &r.paragraph],
        row,
    ))
}

impl Store {
    /// Writes one import in one transaction: new recommendations are added, known ones get
    /// the UN fields the file gives (the city's fields are never touched), and the run is
    /// recorded. A failure writes nothing.
    pub fn import_recommendations(&mut self, batch: ImportBatch) -> Result<ImportSummary> {
        if let Some(long) = batch.items.iter().find(|i| {
            i.text.len() + i.response_text.len() + i.response_source.len() > TEXT_MAX_BYTES
        }) {
            return Err(Error::import(
                "error.recommendation_too_long",
                vec![
                    ("symbol", long.symbol.clone().into()),
                    ("paragraph", long.paragraph.clone().into()),
                    (
                        "size",
                        ((long.text.len() + long.response_text.len()) >> 10).into(),
                    ),
                    ("max", (TEXT_MAX_BYTES >> 10).into()),
                ],
            ));
        }
        self.write(|tx| {
            tx.execute(
                "INSERT INTO recommendation_import (kind, file_name, country, symbol, imported, updated, unchanged, skipped, imported_at)
                 VALUES (?1, ?2, ?3, ?4, 0, 0, 0, 0, ?5)",
                rusqlite::params![batch.source.as_str(), batch.file_name, batch.country, batch.symbol, now_text()],
            )?;
            let import_id = tx.last_insert_rowid();
            let mut summary = ImportSummary {
                import_id,
                records: batch.records,
                other_countries: batch.other_countries,
                unusable: batch.unusable,
                skipped: batch.other_countries + batch.unusable,
                ..Default::default()
            };
            // A recommendation listed twice in one file (a thematic list repeats some under
            // several themes) is counted once.
            let mut seen: HashSet<i64> = HashSet::new();
            for item in &batch.items {
                match find_existing(tx, item)? {
                    Some((id, old)) => {
                        let merged = old.merged(item);
                        let first_time = seen.insert(id);
                        if merged != old {
                            write_un(tx, id, &merged, Some(import_id))?;
                            if first_time {
                                summary.updated += 1;
                            }
                        } else if first_time {
                            summary.unchanged += 1;
                        }
                    }
                    None => {
                        let id = insert_un(tx, &UnFields::from_new(item), batch.source, Some(import_id))?;
                        seen.insert(id);
                        summary.imported += 1;
                    }
                }
            }
            tx.execute(
                "UPDATE recommendation_import SET imported = ?2, updated = ?3, unchanged = ?4, skipped = ?5 WHERE id = ?1",
                rusqlite::params![
                    import_id,
                    summary.imported as i64,
                    summary.updated as i64,
                    summary.unchanged as i64,
                    summary.skipped as i64
                ],
            )?;
            Ok(summary)
        })
    }

    /// Adds a recommendation typed in by hand.
    pub fn create_recommendation(&mut self, input: &RecommendationInput) -> Result<Recommendation> {
        let symbol = normalize_symbol(&validate::required(
            "symbol",
            &input.symbol,
            "required.symbol",
            SHORT_MAX,
        )?);
        let paragraph = safe_text::one_line(&input.paragraph);
        validate::text("paragraph", &paragraph, 40)?;
        let text = safe_text::clean(&input.text);
        if text.is_empty() {
            return Err(Error::invalid_said(
                "text",
                "error.recommendation_text_empty",
                vec![],
            ));
        }
        validate::text("text", &text, TEXT_MAX)?;
        let clean_list = |field: &str, v: &[String]| -> Result<Vec<String>> {
            let mut out = Vec::new();
            for s in v {
                let s = safe_text::one_line(s);
                validate::text(field, &s, SHORT_MAX)?;
                if !s.is_empty() && !out.contains(&s) {
                    out.push(s);
                }
            }
            Ok(out)
        };
        let item = ImportedRecommendation {
            symbol: symbol.clone(),
            paragraph: paragraph.clone(),
            text,
            mechanism: safe_text::one_line(&input.mechanism),
            cycle: safe_text::one_line(&input.cycle),
            recommending_states: clean_list("recommending_states", &input.recommending_states)?,
            response: input.response,
            themes: clean_list("themes", &input.themes)?,
            sdgs: clean_list("sdgs", &input.sdgs)?,
            ..Default::default()
        };
        let id = self.write(|tx| {
            if !paragraph.is_empty() {
                let exists: Option<Option<String>> = optional(tx.query_row(
                    "SELECT deleted_at FROM recommendation WHERE symbol = ?1 AND paragraph = ?2",
                    [&symbol, &paragraph],
                    |r| r.get("deleted_at"),
                ))?;
                match exists {
                    Some(Some(_)) => {
                        return Err(Error::invalid_said(
                            "paragraph",
                            "error.recommendation_in_bin",
                            vec![
                                ("symbol", symbol.clone().into()),
                                ("paragraph", paragraph.clone().into()),
                            ],
                        ))
                    }
                    Some(None) => {
                        return Err(Error::invalid_said(
                            "paragraph",
                            "error.recommendation_exists",
                            vec![
                                ("symbol", symbol.clone().into()),
                                ("paragraph", paragraph.clone().into()),
                            ],
                        ))
                    }
                    None => {}
                }
            }
            insert_un(tx, &UnFields::from_new(&item), Source::Manual, None)
        })?;
        self.recommendation(id)
    }

    /// Moves a recommendation to the bin (the UI asks first), with the city's follow-up: its
    /// fields, tags and evidence notes stay with it, and `restore` brings it back whole. While
    /// it is in the bin, the table, search, counts, the dashboard and the exports leave it out,
    /// and an import that meets it again updates the UN's fields without taking it out.
    pub fn delete_recommendation(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                &format!("UPDATE recommendation SET deleted_at = ?2 WHERE id = ?1 AND {LIVE}"),
                rusqlite::params![id, now_text()],
            )?;
            if n == 0 {
                return Err(Error::NotFound {
                    what: "Recommendation",
                    id,
                });
            }
            Ok(())
        })
    }

    /// One recommendation.
    pub fn recommendation(&self, id: i64) -> Result<Recommendation> {
        let last = self.last_import_id()?;
        let sql = format!("SELECT {ROW_COLS} FROM recommendation r WHERE r.id = ?1 AND r.{LIVE}");
        let mut r = optional(self.conn.query_row(&sql, [id], |row| {
            row_to_recommendation(row, &ByName::of(row.as_ref()), last)
        }))?
        .ok_or(Error::NotFound {
            what: "Recommendation",
            id,
        })?;
        r.tags = self.tags_of(id)?;
        Ok(r)
    }

    fn tags_of(&self, id: i64) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT tag FROM recommendation_tag WHERE recommendation_id = ?1 ORDER BY tag",
        )?;
        let rows = stmt.query_map([id], |r| r.get::<_, String>("tag"))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn last_import_id(&self) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row("SELECT max(id) AS id FROM recommendation_import", [], |r| {
                r.get("id")
            })?)
    }

    /// The detail panel: the recommendation, its evidence (newest first) and the sections of
    /// submissions that cite it.
    pub fn recommendation_detail(&self, id: i64) -> Result<RecommendationDetail> {
        let recommendation = self.recommendation(id)?;
        let mut stmt = self.conn.prepare(
            "SELECT id, recommendation_id, noted_on, note, created_at FROM recommendation_evidence
             WHERE recommendation_id = ?1 ORDER BY noted_on DESC, id DESC",
        )?;
        let evidence = stmt
            .query_map([id], evidence_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let cited_in = self
            .citations()?
            .remove(&cite_key(&recommendation.symbol, &recommendation.paragraph))
            .unwrap_or_default();
        Ok(RecommendationDetail {
            recommendation,
            evidence,
            cited_in,
        })
    }

    /// Every evidence note, by recommendation, newest first: one read for a whole report
    /// (`app::report`), instead of one detail (with its citations) per recommendation.
    pub fn evidence_by_recommendation(&self) -> Result<HashMap<i64, Vec<EvidenceNote>>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, recommendation_id, noted_on, note, created_at FROM recommendation_evidence
             ORDER BY noted_on DESC, id DESC",
        )?;
        let mut out: HashMap<i64, Vec<EvidenceNote>> = HashMap::new();
        for e in stmt.query_map([], evidence_row)? {
            let e = e?;
            out.entry(e.recommendation_id).or_default().push(e);
        }
        Ok(out)
    }

    /// Every citation in the drafts (sections not in the bin), by (symbol, paragraph): found by
    /// reading each section's content for [`Inline::Citation`]s, so a citation typed in the
    /// editor links the recommendation without any bookkeeping that could go stale.
    pub fn citations(&self) -> Result<HashMap<(String, String), Vec<Citing>>> {
        let mut out: HashMap<(String, String), Vec<Citing>> = HashMap::new();
        for_each_section(&self.conn, Sections::Live, |s| {
            // A section whose content cannot be read cites nothing we can see; the drafting
            // screens report such a section themselves.
            let Ok(content) = Content::from_stored(&s.content_json) else {
                return Ok(());
            };
            let mut keys = HashSet::new();
            collect_citations(&content.blocks, &mut keys);
            for key in keys {
                out.entry(key).or_default().push(Citing {
                    submission_id: s.submission_id,
                    submission_title: s.submission_title.clone(),
                    section_id: s.id,
                    section_title: s.title.clone(),
                });
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// The city's own fields of one recommendation.
    pub fn set_city_fields(&mut self, id: i64, fields: &CityFields) -> Result<Recommendation> {
        let department = crate::store::department::clean_name("department", &fields.department)?;
        self.write(|tx| {
            // From the city's list; a new name joins it (see `department`).
            let department = crate::store::department::in_list(tx, "department", &department)?;
            let n = tx.execute(
                &format!("UPDATE recommendation SET competence = ?2, department = ?3, local_status = ?4, updated_at = ?5 WHERE id = ?1 AND {LIVE}"),
                rusqlite::params![id, fields.competence.as_str(), department, fields.local_status.as_str(), now_text()],
            )?;
            if n == 0 {
                return Err(Error::NotFound { what: "Recommendation", id });
            }
            Ok(())
        })?;
        self.recommendation(id)
    }

    /// Replaces the tags of one recommendation.
    pub fn set_tags(&mut self, id: i64, tags: &[String]) -> Result<Recommendation> {
        let tags = clean_tags(tags)?;
        self.write(|tx| {
            follow_up::require_live(tx, id)?;
            follow_up::write_tags(tx, id, &tags)
        })?;
        self.recommendation(id)
    }

    /// Applies one change to many recommendations (all of it or none). Returns how many
    /// recommendations it names that exist.
    pub fn bulk_change(&mut self, ids: &[i64], change: &BulkChange) -> Result<usize> {
        follow_up::check_bulk_ids(ids)?;
        let change = match change {
            BulkChange::AddTag { tag } | BulkChange::RemoveTag { tag } => {
                let t = clean_tags(std::slice::from_ref(tag))?;
                let Some(tag) = t.into_iter().next() else {
                    return Err(Error::invalid_said("tag", "error.tag_empty", vec![]));
                };
                if matches!(change, BulkChange::AddTag { .. }) {
                    BulkChange::AddTag { tag }
                } else {
                    BulkChange::RemoveTag { tag }
                }
            }
            BulkChange::SetDepartment { department } => BulkChange::SetDepartment {
                department: crate::store::department::clean_name("department", department)?,
            },
            other => other.clone(),
        };
        self.write(|tx| {
            let now = now_text();
            // A department from the city's list; a new name joins it.
            let department = match &change {
                BulkChange::SetDepartment { department } => {
                    crate::store::department::in_list(tx, "department", department)?
                }
                _ => String::new(),
            };
            let mut n = 0;
            for &id in ids {
                let exists: Option<i64> = optional(
                    tx.query_row(&format!("SELECT id FROM recommendation WHERE id = ?1 AND {LIVE}"), [id], |r| r.get("id")),
                )?;
                if exists.is_none() {
                    continue;
                }
                n += 1;
                match &change {
                    BulkChange::AddTag { tag } => {
                        tx.execute(
                            "INSERT OR IGNORE INTO recommendation_tag (recommendation_id, tag) VALUES (?1, ?2)",
                            rusqlite::params![id, tag],
                        )?;
                    }
                    BulkChange::RemoveTag { tag } => {
                        tx.execute(
                            "DELETE FROM recommendation_tag WHERE recommendation_id = ?1 AND tag = ?2",
                            rusqlite::params![id, tag],
                        )?;
                    }
                    BulkChange::SetCompetence { competence } => {
                        tx.execute(
                            "UPDATE recommendation SET competence = ?2, updated_at = ?3 WHERE id = ?1",
                            rusqlite::params![id, competence.as_str(), now],
                        )?;
                    }
                    BulkChange::SetDepartment { .. } => {
                        tx.execute(
                            "UPDATE recommendation SET department = ?2, updated_at = ?3 WHERE id = ?1",
                            rusqlite::params![id, department, now],
                        )?;
                    }
                    BulkChange::SetLocalStatus { local_status } => {
                        tx.execute(
                            "UPDATE recommendation SET local_status = ?2, updated_at = ?3 WHERE id = ?1",
                            rusqlite::params![id, local_status.as_str(), now],
                        )?;
                    }
                }
            }
            Ok(n)
        })
    }

    /// Adds a dated evidence note.
    pub fn add_evidence(
        &mut self,
        recommendation_id: i64,
        noted_on: &str,
        note: &str,
    ) -> Result<EvidenceNote> {
        let evidence = follow_up::check_evidence(noted_on, note)?;
        self.write(|tx| {
            follow_up::require_live(tx, recommendation_id)?;
            follow_up::insert_evidence(tx, recommendation_id, evidence)
        })
    }

    /// Removes an evidence note.
    pub fn delete_evidence(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                &format!("DELETE FROM recommendation_evidence WHERE id = ?1 AND recommendation_id IN (SELECT id FROM recommendation WHERE {LIVE})"),
                [id],
            )?;
            if n == 0 {
                return Err(Error::NotFound {
                    what: "Evidence note",
                    id,
                });
            }
            Ok(())
        })
    }

    /// The table: recommendations matching `filter`, `limit` from `offset`, with the total.
    /// With a query, best matches first and the hits marked; otherwise in document order
    /// (symbol, then paragraph numerically).
    pub fn list_recommendations(
        &self,
        filter: &RecommendationFilter,
        limit: usize,
        offset: usize,
    ) -> Result<RecommendationPage> {
        let last = self.last_import_id()?;
        let (mut where_sql, mut params) = filter_sql(filter, last);
        let query = crate::search::check_query(&filter.query)?;
        let query = query.as_str();
        let fts = if query.is_empty() {
            None
        } else {
            self.fts_for_list(query)?
        };
        let (from, order, select_hl) = match &fts {
            Some((table, q)) => {
                params.push(rusqlite::types::Value::Text(q.clone()));
                where_sql.push(format!("{table} MATCH ?{}", params.len()));
                (
                    format!("{table} JOIN recommendation r ON r.id = {table}.rowid"),
                    format!("{table}.rank"),
                    format!(", highlight({table}, 0, '{OPEN}', '{CLOSE}') AS hl"),
                )
            }
            None if !query.is_empty() => {
                // Nothing can match a query made only of punctuation.
                return Ok(RecommendationPage { items: Vec::new(), total: 0 });
            }
            None => (
                "recommendation r".to_string(),
                "r.symbol, CAST(r.paragraph AS INTEGER), CAST(substr(r.paragraph, instr(r.paragraph, '.') + 1) AS INTEGER), r.paragraph, r.id".to_string(),
                String::new(),
            ),
        };
        let where_clause = if where_sql.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", where_sql.join(" AND "))
        };
        let total: i64 = crate::store::count(
            &self.conn,
            &format!("SELECT count(*) AS n FROM {from} {where_clause}"),
            rusqlite::params_from_iter(params.iter()),
        )
        .map_err(crate::search::fts_error)?;
        let sql = format!(
            "SELECT {ROW_COLS}{select_hl} FROM {from} {where_clause} ORDER BY {order} LIMIT {} OFFSET {}",
            // SQLite reads a negative limit as "no limit".
            i64::try_from(limit).unwrap_or(-1),
            offset
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut columns: Option<ByName> = None;
        let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |row| {
            let c = columns.get_or_insert_with(|| ByName::of(row.as_ref()));
            let mut rec = row_to_recommendation(row, c, last)?;
            if fts.is_some() {
                let hl: String = c.get(row, "hl")?;
                rec.text_pieces = pieces(&hl);
            }
            Ok(rec)
        })?;
        let mut items = rows
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(crate::search::fts_error)?;
        for r in &mut items {
            r.tags = self.tags_of(r.id)?;
        }
        Ok(RecommendationPage {
            items,
            total: total as usize,
        })
    }

    /// Which index answers a query for the table: words when any record has them, else
    /// trigrams (parts of words, text without spaces).
    fn fts_for_list(&self, query: &str) -> Result<Option<(&'static str, String)>> {
        if let Some(q) = word_query(query) {
            let any: Option<i64> = self
                .conn
                .query_row(
                    "SELECT rowid FROM recommendation_search WHERE recommendation_search MATCH ?1 LIMIT 1",
                    [&q],
                    |r| r.get("rowid"),
                )
                .optional()
                .map_err(crate::search::fts_error)?;
            if any.is_some() {
                return Ok(Some(("recommendation_search", q)));
            }
        }
        if query.chars().count() >= 3 {
            return Ok(Some((
                "recommendation_search_trigram",
                trigram_query(query),
            )));
        }
        Ok(None)
    }

    /// Full-text search, best first: by words (diacritics folded, the last word as a prefix),
    /// then by trigrams for what the word search did not find.
    pub fn search_recommendations(
        &self,
        query: &str,
        limit: usize,
    ) -> Result<Vec<RecommendationMatch>> {
        let query = crate::search::check_query(query)?;
        let query = query.as_str();
        let limit = limit.clamp(1, 500);
        if query.is_empty() {
            return Ok(Vec::new());
        }
        let mut out: Vec<RecommendationMatch> = Vec::new();
        if let Some(q) = word_query(query) {
            self.collect_matches("recommendation_search", &q, limit, &mut out)?;
        }
        if out.len() < limit && query.chars().count() >= 3 {
            self.collect_matches(
                "recommendation_search_trigram",
                &trigram_query(query),
                limit,
                &mut out,
            )?;
        }
        out.truncate(limit);
        Ok(out)
    }

    fn collect_matches(
        &self,
        table: &str,
        q: &str,
        limit: usize,
        out: &mut Vec<RecommendationMatch>,
    ) -> Result<()> {
        // The inner query lets FTS5 sort by rank itself and stop after `limit` rows, so the
        // highlight is made only for the rows shown, even when the query matches everything.
        let sql = format!(
            "SELECT r.id, r.symbol, r.paragraph, r.text, r.recommending_states, r.response, m.hl
             FROM (SELECT rowid AS id, rank, highlight({table}, 0, ?2, ?3) AS hl FROM {table}
                   WHERE {table} MATCH ?1 AND rowid NOT IN ({binned}) ORDER BY rank LIMIT ?4) m
             JOIN recommendation r ON r.id = m.id ORDER BY m.rank",
            binned = binned_ids()
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(crate::search::fts_error)?;
        let rows = stmt
            .query_map(
                rusqlite::params![
                    q,
                    OPEN.to_string(),
                    CLOSE.to_string(),
                    (limit + out.len()) as i64
                ],
                |r| {
                    let symbol: String = r.get("symbol")?;
                    let paragraph: String = r.get("paragraph")?;
                    Ok(RecommendationMatch {
                        id: r.get("id")?,
                        reference: crate::document::citation_text(&symbol, Some(&paragraph)),
                        symbol,
                        paragraph,
                        text: r.get("text")?,
                        recommending_states: parse_list(
                            &r.get::<_, String>("recommending_states")?,
                        ),
                        response: Response::parse(&r.get::<_, String>("response")?)
                            .unwrap_or(Response::Pending),
                        pieces: pieces(&r.get::<_, String>("hl")?),
                    })
                },
            )
            .map_err(crate::search::fts_error)?;
        for row in rows {
            let m = row.map_err(crate::search::fts_error)?;
            if !out.iter().any(|o| o.id == m.id) {
                out.push(m);
            }
        }
        Ok(())
    }

    /// The values the filters offer.
    pub fn recommendation_facets(&self) -> Result<Facets> {
        let total = count(&self.conn)?;
        // Each facet query names its columns `value` and `n`.
        let facet = |sql: &str| -> Result<Vec<FacetValue>> {
            let mut stmt = self.conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| {
                Ok(FacetValue {
                    value: r.get("value")?,
                    count: r.get::<_, i64>("n")? as usize,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        };
        Ok(Facets {
            total: total as usize,
            symbols: facet(&format!("SELECT symbol AS value, count(*) AS n FROM recommendation WHERE {LIVE} GROUP BY symbol ORDER BY symbol"))?,
            mechanisms: facet(&format!("SELECT mechanism AS value, count(*) AS n FROM recommendation WHERE mechanism <> '' AND {LIVE} GROUP BY mechanism ORDER BY mechanism"))?,
            cycles: facet(&format!("SELECT cycle AS value, count(*) AS n FROM recommendation WHERE cycle <> '' AND {LIVE} GROUP BY cycle ORDER BY cycle"))?,
            themes: facet(&format!(
                "SELECT j.value AS value, count(*) AS n FROM recommendation r, json_each(r.themes) j WHERE r.{LIVE} GROUP BY j.value ORDER BY j.value",
            ))?,
            sdgs: facet(&format!(
                "SELECT CAST(CAST(j.value AS INTEGER) AS TEXT) AS value, count(DISTINCT r.id) AS n FROM recommendation r, json_each(r.sdgs) j
                 WHERE CAST(j.value AS INTEGER) BETWEEN 1 AND 17 AND r.{LIVE} GROUP BY 1 ORDER BY CAST(value AS INTEGER)",
            ))?,
            departments: facet(&format!(
                "SELECT department AS value, count(*) AS n FROM recommendation WHERE department <> '' AND {LIVE} GROUP BY department ORDER BY department",
            ))?,
            tags: facet(&format!(
                "SELECT t.tag AS value, count(*) AS n FROM recommendation_tag t JOIN recommendation r ON r.id = t.recommendation_id
                 WHERE r.{LIVE} GROUP BY t.tag ORDER BY t.tag"
            ))?,
        })
    }

    /// The recorded imports, newest first.
    pub fn recommendation_imports(&self) -> Result<Vec<ImportRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, kind, file_name, country, symbol, imported, updated, unchanged, skipped, imported_at
             FROM recommendation_import ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([], row_to_import)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// What the dashboard shows: totals, the last import and what it brought, status by theme.
    pub fn recommendations_overview(&self) -> Result<RecommendationsOverview> {
        let total = count(&self.conn)?;
        let within = crate::store::count(
            &self.conn,
            &format!("SELECT count(*) AS n FROM recommendation WHERE competence IN ('exclusive', 'shared') AND {LIVE}"),
            [],
        )?;
        let last_import = optional(self.conn.query_row(
            "SELECT id, kind, file_name, country, symbol, imported, updated, unchanged, skipped, imported_at
             FROM recommendation_import ORDER BY id DESC LIMIT 1",
            [],
            row_to_import,
        ))?;
        let new_since_last_import: i64 = match &last_import {
            Some(i) => crate::store::count(
                &self.conn,
                &format!("SELECT count(*) AS n FROM recommendation WHERE added_by = ?1 AND {LIVE}"),
                [i.id],
            )?,
            None => 0,
        };
        let mut stmt = self.conn.prepare(&format!(
            "SELECT coalesce(j.value, '') AS theme, r.local_status AS local_status, count(*) AS n
             FROM recommendation r LEFT JOIN json_each(r.themes) j WHERE r.{LIVE} GROUP BY 1, 2"
        ))?;
        let mut themes: HashMap<String, ThemeStatus> = HashMap::new();
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>("theme")?,
                r.get::<_, String>("local_status")?,
                r.get::<_, i64>("n")? as usize,
            ))
        })?;
        for row in rows {
            let (theme, status, n) = row?;
            let t = themes.entry(theme.clone()).or_insert_with(|| ThemeStatus {
                theme,
                not_started: 0,
                in_progress: 0,
                implemented: 0,
                not_applicable: 0,
                total: 0,
            });
            match LocalStatus::parse(&status).unwrap_or(LocalStatus::NotStarted) {
                LocalStatus::NotStarted => t.not_started += n,
                LocalStatus::InProgress => t.in_progress += n,
                LocalStatus::Implemented => t.implemented += n,
                LocalStatus::NotApplicable => t.not_applicable += n,
            }
            t.total += n;
        }
        let mut by_theme: Vec<ThemeStatus> = themes.into_values().collect();
        by_theme.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.theme.cmp(&b.theme)));
        by_theme.truncate(THEMES_IN_CHART);
        Ok(RecommendationsOverview {
            total: total as usize,
            last_import,
            new_since_last_import: new_since_last_import as usize,
            by_theme,
            within_competence: within as usize,
        })
    }

    /// Every recommendation matching `filter`, with its evidence notes and the submissions
    /// citing it: the rows of the follow-up matrix export.
    pub fn follow_up_rows(&self, filter: &RecommendationFilter) -> Result<Vec<FollowUpRow>> {
        let page = self.list_recommendations(filter, usize::MAX, 0)?;
        let citations = self.citations()?;
        let mut stmt = self.conn.prepare(
            "SELECT noted_on, note FROM recommendation_evidence WHERE recommendation_id = ?1 ORDER BY noted_on, id",
        )?;
        let mut out = Vec::with_capacity(page.items.len());
        for r in page.items {
            let evidence = stmt
                .query_map([r.id], |row| {
                    Ok((
                        row.get::<_, String>("noted_on")?,
                        row.get::<_, String>("note")?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let mut cited: Vec<String> = citations
                .get(&cite_key(&r.symbol, &r.paragraph))
                .map(|v| v.iter().map(|c| c.submission_title.clone()).collect())
                .unwrap_or_default();
            cited.dedup();
            out.push(FollowUpRow {
                recommendation: r,
                evidence,
                cited_in: cited,
            });
        }
        Ok(out)
    }
}

/// How many recommendations the database behind `conn` holds out of the bin (the dashboard,
/// a workspace file's summary).
pub(crate) fn count(conn: &rusqlite::Connection) -> rusqlite::Result<i64> {
    crate::store::count(
        conn,
        &format!("SELECT count(*) AS n FROM recommendation WHERE {LIVE}"),
        [],
    )
}

/// The recommendations not in the bin, as a sub-select that other tables' reads end with
/// (`… AND recommendation_id IN <this>`): what hangs on a binned recommendation is out of sight
/// with it.
pub(crate) fn live_ids() -> String {
    format!("(SELECT id FROM recommendation WHERE {LIVE})")
}

/// Whether recommendation `id` is there and not in the bin.
pub(crate) fn is_live(conn: &rusqlite::Connection, id: i64) -> Result<bool> {
    let found: Option<i64> = optional(conn.query_row(
        &format!("SELECT id FROM recommendation WHERE id = ?1 AND {LIVE}"),
        [id],
        |r| r.get("id"),
    ))?;
    Ok(found.is_some())
}

/// The recommendations in the bin, for the bin's list: each titled with its reference, with
/// its text as where it is.
pub(crate) fn in_bin(conn: &rusqlite::Connection) -> Result<Vec<BinnedRow>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id, symbol, paragraph, text, deleted_at FROM recommendation WHERE {BINNED}"
    ))?;
    let rows = stmt.query_map([], |r| {
        let symbol: String = r.get("symbol")?;
        let paragraph: String = r.get("paragraph")?;
        Ok(BinnedRow {
            id: r.get("id")?,
            title: crate::document::citation_text(&symbol, Some(&paragraph)),
            context: r.get("text")?,
            deleted_at: r.get("deleted_at")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Takes a recommendation out of the bin (with its follow-up, which stayed with it); false
/// when it is not in the bin.
pub(crate) fn unbin(tx: &rusqlite::Connection, id: i64) -> Result<bool> {
    let sql = format!("UPDATE recommendation SET deleted_at = NULL WHERE id = ?1 AND {BINNED}");
    Ok(tx.execute(&sql, [id])? > 0)
}

/// Deletes for good the recommendations in the bin. The search indexes hold a binned
/// recommendation's text (its row's `deleted_at` hides it) and go first; its tags and
/// evidence go with the row (the schema cascades).
pub(crate) fn empty_bin(tx: &rusqlite::Connection) -> Result<()> {
    for index in ["recommendation_search", "recommendation_search_trigram"] {
        tx.execute(
            &format!("DELETE FROM {index} WHERE rowid IN ({})", binned_ids()),
            [],
        )?;
    }
    tx.execute(&format!("DELETE FROM recommendation WHERE {BINNED}"), [])?;
    Ok(())
}

/// The evidence notes, where people's names get typed (personal data finds and erases them
/// there). Evidence has no `updated_at`: `?3`, the time bound for every text column, is only
/// compared.
pub(crate) const EVIDENCE_NOTES: TextColumn = TextColumn {
    select: "SELECT v.id AS id, v.note AS text, r.symbol AS symbol,
                    CAST(r.paragraph AS TEXT) AS paragraph, v.noted_on AS noted_on
             FROM recommendation_evidence v JOIN recommendation r ON r.id = v.recommendation_id
             WHERE v.note <> ''",
    label: "personal_place.evidence",
    label_args: &["symbol", "paragraph", "noted_on"],
    update: "UPDATE recommendation_evidence SET note = ?2 WHERE id = ?1 AND ?3 IS NOT NULL",
};

/// The departments that answer for recommendations, where a person's name may stand on its
/// own (personal data clears it there).
pub(crate) const DEPARTMENTS: TextColumn = TextColumn {
    select: "SELECT id, department AS text, symbol, CAST(paragraph AS TEXT) AS paragraph
             FROM recommendation WHERE department <> ''",
    label: "personal_place.department",
    label_args: &["symbol", "paragraph"],
    update: "UPDATE recommendation SET department = ?2, updated_at = ?3 WHERE id = ?1",
};

/// A row of the follow-up matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpRow {
    pub recommendation: Recommendation,
    /// (date, note), oldest first.
    pub evidence: Vec<(String, String)>,
    /// Titles of the submissions that cite it.
    pub cited_in: Vec<String>,
}

fn row_to_import(r: &rusqlite::Row) -> rusqlite::Result<ImportRecord> {
    Ok(ImportRecord {
        id: r.get("id")?,
        kind: Source::parse(&r.get::<_, String>("kind")?).unwrap_or(Source::Manual),
        file_name: r.get("file_name")?,
        country: r.get("country")?,
        symbol: r.get("symbol")?,
        imported: r.get::<_, i64>("imported")? as usize,
        updated: r.get::<_, i64>("updated")? as usize,
        unchanged: r.get::<_, i64>("unchanged")? as usize,
        skipped: r.get::<_, i64>("skipped")? as usize,
        imported_at: r.get("imported_at")?,
    })
}

/// The columns [`row_to_recommendation`] reads (by name).
const ROW_COLS: &str = "r.id, r.symbol, r.paragraph, r.text, r.recommending_states, r.response, r.response_text, \
     r.response_source, r.mechanism, r.kind, r.country, r.cycle, r.session, r.themes, r.groups, r.sdgs, \
     r.published_on, r.source, r.annotation_id, r.competence, r.department, r.local_status, r.added_by";

/// Reads a row of [`ROW_COLS`], its columns found by `c` (once per statement: see [`ByName`]).
fn row_to_recommendation(
    r: &rusqlite::Row,
    c: &ByName,
    last_import: Option<i64>,
) -> rusqlite::Result<Recommendation> {
    let added_by: Option<i64> = c.get(r, "added_by")?;
    let symbol: String = c.get(r, "symbol")?;
    let paragraph: String = c.get(r, "paragraph")?;
    Ok(Recommendation {
        id: c.get(r, "id")?,
        reference: crate::document::citation_text(&symbol, Some(&paragraph)),
        symbol,
        paragraph,
        text: c.get(r, "text")?,
        recommending_states: parse_list(&c.get::<String>(r, "recommending_states")?),
        response: Response::parse(&c.get::<String>(r, "response")?).unwrap_or(Response::Pending),
        response_text: c.get(r, "response_text")?,
        response_source: c.get(r, "response_source")?,
        mechanism: c.get(r, "mechanism")?,
        kind: c.get(r, "kind")?,
        country: c.get(r, "country")?,
        cycle: c.get(r, "cycle")?,
        session: c.get(r, "session")?,
        themes: parse_list(&c.get::<String>(r, "themes")?),
        groups: parse_list(&c.get::<String>(r, "groups")?),
        sdgs: parse_list(&c.get::<String>(r, "sdgs")?),
        published_on: c.get(r, "published_on")?,
        source: Source::parse(&c.get::<String>(r, "source")?).unwrap_or(Source::Manual),
        annotation_id: c.get(r, "annotation_id")?,
        competence: Competence::parse(&c.get::<String>(r, "competence")?)
            .unwrap_or(Competence::Unknown),
        department: c.get(r, "department")?,
        local_status: LocalStatus::parse(&c.get::<String>(r, "local_status")?)
            .unwrap_or(LocalStatus::NotStarted),
        tags: Vec::new(),
        is_new: added_by.is_some() && added_by == last_import,
        text_pieces: Vec::new(),
    })
}

/// The WHERE conditions of a filter (without the query) and their parameters.
fn filter_sql(
    f: &RecommendationFilter,
    last_import: Option<i64>,
) -> (Vec<String>, Vec<rusqlite::types::Value>) {
    use rusqlite::types::Value;
    // Never what is in the bin.
    let mut conds = vec![format!("r.{LIVE}")];
    let mut params: Vec<Value> = Vec::new();
    let mut add = |cond: &str, v: Value, conds: &mut Vec<String>| {
        params.push(v);
        conds.push(cond.replace("?", &format!("?{}", params.len())));
    };
    let text = |s: &Option<String>| {
        s.as_ref()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    if let Some(s) = text(&f.symbol) {
        add(
            "r.symbol = ?",
            Value::Text(normalize_symbol(&s)),
            &mut conds,
        );
    }
    if let Some(s) = text(&f.mechanism) {
        add("r.mechanism = ?", Value::Text(s), &mut conds);
    }
    if let Some(s) = text(&f.cycle) {
        add("r.cycle = ?", Value::Text(s), &mut conds);
    }
    if let Some(s) = text(&f.theme) {
        add(
            "EXISTS (SELECT 1 FROM json_each(r.themes) WHERE value = ?)",
            Value::Text(s),
            &mut conds,
        );
    }
    if let Some(g) = f.sdg {
        add(
            "EXISTS (SELECT 1 FROM json_each(r.sdgs) WHERE CAST(value AS INTEGER) = ?)",
            Value::Integer(g as i64),
            &mut conds,
        );
    }
    if let Some(r) = f.response {
        add("r.response = ?", Value::Text(r.as_str().into()), &mut conds);
    }
    if let Some(c) = f.competence {
        add(
            "r.competence = ?",
            Value::Text(c.as_str().into()),
            &mut conds,
        );
    }
    if let Some(s) = text(&f.department) {
        add("r.department = ?", Value::Text(s), &mut conds);
    }
    if let Some(s) = f.local_status {
        add(
            "r.local_status = ?",
            Value::Text(s.as_str().into()),
            &mut conds,
        );
    }
    if let Some(s) = text(&f.tag) {
        add(
            "EXISTS (SELECT 1 FROM recommendation_tag t WHERE t.recommendation_id = r.id AND t.tag = ?)",
            Value::Text(s),
            &mut conds,
        );
    }
    if f.new_only {
        add(
            "r.added_by = ?",
            last_import.map(Value::Integer).unwrap_or(Value::Null),
            &mut conds,
        );
    }
    (conds, params)
}

/// Tags as stored: one line each, no duplicates, not empty, not too long.
fn clean_tags(tags: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for t in tags {
        let t = safe_text::one_line(t);
        validate::text("tag", &t, 80)?;
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    }
    Ok(out)
}

fn evidence_row(r: &rusqlite::Row) -> rusqlite::Result<EvidenceNote> {
    Ok(EvidenceNote {
        id: r.get("id")?,
        recommendation_id: r.get("recommendation_id")?,
        noted_on: r.get("noted_on")?,
        note: r.get("note")?,
        created_at: r.get("created_at")?,
    })
}

fn cite_key(symbol: &str, paragraph: &str) -> (String, String) {
    (
        normalize_symbol(symbol).to_lowercase(),
        paragraph.trim().to_string(),
    )
}

fn collect_citations(blocks: &[Block], out: &mut HashSet<(String, String)>) {
    for b in blocks {
        match b {
            Block::Heading { content, .. } | Block::Paragraph { content, .. } => {
                inline_citations(content, out)
            }
            Block::BulletList { items } | Block::OrderedList { items } => {
                for i in items {
                    collect_citations(&i.blocks, out);
                }
            }
            Block::Quote { blocks } => collect_citations(blocks, out),
            Block::Table { rows } => {
                for row in rows {
                    for cell in &row.cells {
                        inline_citations(&cell.content, out);
                    }
                }
            }
            Block::Chart { .. } => {}
        }
    }
}

fn inline_citations(inlines: &[Inline], out: &mut HashSet<(String, String)>) {
    for i in inlines {
        match i {
            Inline::Citation { symbol, paragraph } => {
                out.insert(cite_key(symbol, paragraph.as_deref().unwrap_or("")));
            }
            Inline::Footnote { content } => inline_citations(content, out),
            _ => {}
        }
    }
}

/// Markers FTS5's `highlight()` puts around a match; private-use characters never typed.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// Splits highlighted text into pieces, hits marked.
fn pieces(s: &str) -> Vec<TextPiece> {
    let mut out: Vec<TextPiece> = Vec::new();
    let mut hit = false;
    let mut cur = String::new();
    for c in s.chars() {
        if c == OPEN || c == CLOSE {
            if !cur.is_empty() {
                out.push(TextPiece {
                    text: std::mem::take(&mut cur),
                    hit,
                });
            }
            hit = c == OPEN;
            continue;
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(TextPiece { text: cur, hit });
    }
    out
}

/// A query for the word index: each word quoted (so operators typed by the user are taken
/// literally) and asked for once ([`crate::search::query_words`]), all required, the last one
/// as a prefix (the word being typed).
fn word_query(q: &str) -> Option<String> {
    // A one-letter prefix matches nearly every word of every record and is of no help while
    // typing; from two letters on the prefix index answers it at once.
    crate::search::word_match(q, |last| last.chars().count() > 1)
}

fn trigram_query(q: &str) -> String {
    crate::search::trigram_query(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_are_read_as_sources_write_them() {
        assert_eq!(Response::from_words("Supported"), Some(Response::Supported));
        assert_eq!(Response::from_words(" noted "), Some(Response::Noted));
        assert_eq!(
            Response::from_words("Partially supported"),
            Some(Response::PartiallySupported)
        );
        assert_eq!(
            Response::from_words("Supported/Noted"),
            Some(Response::PartiallySupported)
        );
        assert_eq!(Response::from_words("Accepted"), Some(Response::Supported));
        assert_eq!(Response::from_words("Under consideration"), None);
    }

    #[test]
    fn highlight_markers_become_pieces() {
        let s = format!("Ensure {OPEN}housing{CLOSE} for {OPEN}Roma{CLOSE}");
        assert_eq!(
            pieces(&s),
            vec![
                TextPiece {
                    text: "Ensure ".into(),
                    hit: false
                },
                TextPiece {
                    text: "housing".into(),
                    hit: true
                },
                TextPiece {
                    text: " for ".into(),
                    hit: false
                },
                TextPiece {
                    text: "Roma".into(),
                    hit: true
                },
            ]
        );
    }

    #[test]
    fn user_text_is_quoted_in_queries() {
        // Every operator but a standalone OR in capitals is a word (the officer's "or" search).
        assert_eq!(
            word_query("roma AND NOT housing").unwrap(),
            "\"roma\" \"AND\" \"NOT\" \"housing\"*"
        );
        assert_eq!(
            word_query("roma OR housing").unwrap(),
            "(\"roma\") OR (\"housing\"*)"
        );
        assert_eq!(word_query("--"), None);
        assert_eq!(trigram_query("a\"b"), "\"a\"\"b\"");
    }

    #[test]
    fn symbols_are_normalised() {
        assert_eq!(normalize_symbol(" A/HRC /59/ 15 "), "A/HRC/59/15");
    }
}

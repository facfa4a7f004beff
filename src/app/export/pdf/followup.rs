//! The follow-up matrix as a PDF table: recommendation × competence × department × status ×
//! evidence, the basis of a mid-term report. The rows are the CSV export's
//! ([`Store::follow_up_rows`]); the table is set by the same engine as the submissions, on
//! landscape pages, with the header row repeated on every page. Its own words (title, labels,
//! headers, response, competence, status, page numbers) in the language of the export: the
//! interface's, unless the CLI's `--language` says otherwise.

use super::flow;
use super::{content_id, layout::Geometry, pdf_date, write, Rendered};
use crate::app::export::matrix::Column;
use crate::city::PaperSize;
use crate::front_matter::long_date_in;
use crate::model::language::{number, text, Arg};
use crate::recommendation::{FollowUpRow, RecommendationFilter};
use crate::store::Store;
use crate::Result;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::Path;
use ts_rs::TS;

/// What was written (for the "exported" message).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct MatrixPdfExported {
    pub path: String,
    pub pages: usize,
    pub rows: usize,
}

/// The columns, and the share of the width each gets.
const COLUMNS: [(Column, f32); 5] = [
    (Column::Recommendation, 46.0),
    (Column::Competence, 10.0),
    (Column::Department, 13.0),
    (Column::LocalStatus, 10.0),
    (Column::Evidence, 21.0),
];

impl Store {
    /// The follow-up matrix of the recommendations matching `filter`, as a PDF dated `today`
    /// (`YYYY-MM-DD`), in the interface's language.
    pub fn follow_up_pdf(&self, filter: &RecommendationFilter, today: &str) -> Result<Rendered> {
        self.follow_up_pdf_in(filter, today, &self.interface_language())
    }

    /// [`Store::follow_up_pdf`] in `lang`.
    pub fn follow_up_pdf_in(
        &self,
        filter: &RecommendationFilter,
        today: &str,
        lang: &str,
    ) -> Result<Rendered> {
        self.follow_up_pdf_rows(filter, today, lang)
            .map(|(rendered, _)| rendered)
    }

    /// The matrix and how many recommendations it holds.
    fn follow_up_pdf_rows(
        &self,
        filter: &RecommendationFilter,
        today: &str,
        lang: &str,
    ) -> Result<(Rendered, usize)> {
        let rows = self.follow_up_rows(filter)?;
        let city = self.city_profile()?;
        let paper = city.as_ref().map(|c| c.paper_size).unwrap_or(PaperSize::A4);
        let city_name = city.as_ref().map(|c| c.name.clone()).unwrap_or_default();
        let state = city
            .as_ref()
            .map(|c| c.state_under_review.clone())
            .filter(|s| !s.trim().is_empty())
            .or_else(|| rows.first().map(|r| r.recommendation.country.clone()))
            .unwrap_or_default();
        let rendered = render(
            lang,
            &rows,
            paper,
            &city_name,
            &state,
            filter.symbol.as_deref(),
            today,
        )?;
        Ok((rendered, rows.len()))
    }

    /// Writes the matrix to `path`, whole or not at all, in the interface's language.
    pub fn export_follow_up_pdf(
        &self,
        path: &Path,
        filter: &RecommendationFilter,
    ) -> Result<MatrixPdfExported> {
        self.export_follow_up_pdf_in(path, filter, &self.interface_language())
    }

    /// [`Store::export_follow_up_pdf`] in `lang`.
    pub fn export_follow_up_pdf_in(
        &self,
        path: &Path,
        filter: &RecommendationFilter,
        lang: &str,
    ) -> Result<MatrixPdfExported> {
        let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
        let (rendered, rows) = self.follow_up_pdf_rows(filter, &today, lang)?;
        super::super::write_file(path, &rendered.bytes)?;
        Ok(MatrixPdfExported {
            path: path.display().to_string(),
            pages: rendered.pages,
            rows,
        })
    }
}

fn render(
    lang: &str,
    rows: &[FollowUpRow],
    paper: PaperSize,
    city: &str,
    state: &str,
    symbol: Option<&str>,
    today: &str,
) -> Result<Rendered> {
    let geo = Geometry::new(paper).landscape();
    let title = if state.is_empty() {
        text(lang, "matrix.title", &[])
    } else {
        text(lang, "matrix.title_to", &[("state", Arg::from(state))])
    };
    let label = |name: &str| text(lang, &format!("matrix.{name}"), &[]);
    let mut lines = Vec::new();
    if !city.is_empty() {
        lines.push((label("city"), city.to_string()));
    }
    if let Some(s) = symbol.filter(|s| !s.trim().is_empty()) {
        lines.push((label("document"), s.to_string()));
    }
    lines.push((label("recommendations"), number(lang, rows.len())));
    lines.push((label("date"), long_date_in(lang, today)));
    let cells: Vec<Vec<String>> = rows.iter().map(|r| row_cells(r, lang)).collect();
    let headers: Vec<String> = COLUMNS.iter().map(|c| c.0.header_in(lang)).collect();
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let weights: Vec<f32> = COLUMNS.iter().map(|c| c.1).collect();
    let doc = flow::matrix(lang, &geo, &title, &lines, &headers, &cells, &weights)?;
    let mut hash = Sha256::new();
    for row in &cells {
        for c in row {
            hash.update(c.as_bytes());
            hash.update([0]);
        }
    }
    hash.update(title.as_bytes());
    hash.update(today.as_bytes());
    hash.update(lang.as_bytes());
    let date = pdf_date(&format!("{today}T00:00:00Z"));
    let meta = super::finish::Meta {
        title: title.clone(),
        author: city.to_string(),
        subject: label("subject"),
        keywords: symbol.unwrap_or_default().to_string(),
        language: crate::app::export::docx::language_tag(lang).into(),
        created: date.clone(),
        modified: date,
        id: content_id(hash),
    };
    write(&doc, geo, None, &meta)
}

/// The cells of one row: the recommendation with its number, recommending States and response;
/// then the city's own fields; evidence notes one per line, dated. CityRights' words in `lang`.
fn row_cells(row: &FollowUpRow, lang: &str) -> Vec<String> {
    let r = &row.recommendation;
    let mut recommendation = String::new();
    let number = match (r.symbol.is_empty(), r.paragraph.is_empty()) {
        (false, false) => text(
            lang,
            "matrix.reference",
            &[
                ("symbol", Arg::from(r.symbol.as_str())),
                ("paragraph", Arg::from(r.paragraph.as_str())),
            ],
        ),
        (false, true) => r.symbol.clone(),
        (true, _) => r.paragraph.clone(),
    };
    if !number.is_empty() {
        recommendation.push_str(&number);
        recommendation.push('\n');
    }
    recommendation.push_str(r.text.trim());
    if !r.recommending_states.is_empty() {
        recommendation.push_str(&format!(" ({})", r.recommending_states.join(", ")));
    }
    let word = |c: Column| crate::app::export::matrix::cell(c, row, &Default::default(), lang);
    recommendation.push('\n');
    recommendation.push_str(&text(
        lang,
        "matrix.response_is",
        &[("response", Arg::from(word(Column::Response)))],
    ));
    if !row.cited_in.is_empty() {
        recommendation.push('\n');
        recommendation.push_str(&text(
            lang,
            "matrix.cited_in_is",
            &[("submissions", Arg::from(row.cited_in.join("; ")))],
        ));
    }
    let evidence = row
        .evidence
        .iter()
        .map(|(date, note)| format!("{date}: {note}"))
        .collect::<Vec<_>>()
        .join("\n");
    vec![
        recommendation,
        word(Column::Competence),
        r.department.clone(),
        word(Column::LocalStatus),
        evidence,
    ]
}

//! The follow-up matrix as a PDF table: recommendation × competence × department × status ×
//! evidence, the basis of a mid-term report. The rows are the CSV export's
//! ([`Store::follow_up_rows`]); the table is set by the same engine as the submissions, on
//! landscape pages, with the header row repeated on every page.

use super::flow::{self, long_date};
use super::{content_id, layout::Geometry, pdf_date, write, Rendered};
use crate::city::PaperSize;
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
const COLUMNS: [(&str, f32); 5] = [
    ("Recommendation", 46.0),
    ("Competence", 10.0),
    ("Department", 13.0),
    ("Local status", 10.0),
    ("Evidence", 21.0),
];

impl Store {
    /// The follow-up matrix of the recommendations matching `filter`, as a PDF dated `today`
    /// (`YYYY-MM-DD`).
    pub fn follow_up_pdf(&self, filter: &RecommendationFilter, today: &str) -> Result<Rendered> {
        self.follow_up_pdf_rows(filter, today)
            .map(|(rendered, _)| rendered)
    }

    /// The matrix and how many recommendations it holds.
    fn follow_up_pdf_rows(
        &self,
        filter: &RecommendationFilter,
        today: &str,
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
            &rows,
            paper,
            &city_name,
            &state,
            filter.symbol.as_deref(),
            today,
        )?;
        Ok((rendered, rows.len()))
    }

    /// Writes the matrix to `path`, whole or not at all.
    pub fn export_follow_up_pdf(
        &self,
        path: &Path,
        filter: &RecommendationFilter,
    ) -> Result<MatrixPdfExported> {
        let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
        let (rendered, rows) = self.follow_up_pdf_rows(filter, &today)?;
        super::super::write_file(path, &rendered.bytes)?;
        Ok(MatrixPdfExported {
            path: path.display().to_string(),
            pages: rendered.pages,
            rows,
        })
    }
}

fn render(
    rows: &[FollowUpRow],
    paper: PaperSize,
    city: &str,
    state: &str,
    symbol: Option<&str>,
    today: &str,
) -> Result<Rendered> {
    let geo = Geometry::new(paper).landscape();
    let title = if state.is_empty() {
        "Follow-up of the recommendations".to_string()
    } else {
        format!("Follow-up of the recommendations to {state}")
    };
    let mut lines = Vec::new();
    if !city.is_empty() {
        lines.push(("City".to_string(), city.to_string()));
    }
    if let Some(s) = symbol.filter(|s| !s.trim().is_empty()) {
        lines.push(("Document".to_string(), s.to_string()));
    }
    lines.push(("Recommendations".to_string(), rows.len().to_string()));
    lines.push(("Date".to_string(), long_date(today)));
    let cells: Vec<Vec<String>> = rows.iter().map(row_cells).collect();
    let headers: Vec<&str> = COLUMNS.iter().map(|c| c.0).collect();
    let weights: Vec<f32> = COLUMNS.iter().map(|c| c.1).collect();
    let doc = flow::matrix(&geo, &title, &lines, &headers, &cells, &weights)?;
    let mut hash = Sha256::new();
    for row in &cells {
        for c in row {
            hash.update(c.as_bytes());
            hash.update([0]);
        }
    }
    hash.update(title.as_bytes());
    hash.update(today.as_bytes());
    let date = pdf_date(&format!("{today}T00:00:00Z"));
    let meta = super::finish::Meta {
        title: title.clone(),
        author: city.to_string(),
        subject: "Follow-up matrix of recommendations".into(),
        keywords: symbol.unwrap_or_default().to_string(),
        language: "en-GB".into(),
        created: date.clone(),
        modified: date,
        id: content_id(hash),
    };
    write(&doc, geo, None, &meta)
}

/// The cells of one row: the recommendation with its number, recommending States and response;
/// then the city's own fields; evidence notes one per line, dated.
fn row_cells(row: &FollowUpRow) -> Vec<String> {
    let r = &row.recommendation;
    let mut recommendation = String::new();
    let number = [r.symbol.as_str(), r.paragraph.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", para. ");
    if !number.is_empty() {
        recommendation.push_str(&number);
        recommendation.push('\n');
    }
    recommendation.push_str(r.text.trim());
    if !r.recommending_states.is_empty() {
        recommendation.push_str(&format!(" ({})", r.recommending_states.join(", ")));
    }
    recommendation.push_str(&format!("\nResponse: {}", r.response.label()));
    if !row.cited_in.is_empty() {
        recommendation.push_str(&format!("\nCited in: {}", row.cited_in.join("; ")));
    }
    let evidence = row
        .evidence
        .iter()
        .map(|(date, note)| format!("{date}: {note}"))
        .collect::<Vec<_>>()
        .join("\n");
    vec![
        recommendation,
        r.competence.label().to_string(),
        r.department.clone(),
        r.local_status.label().to_string(),
        evidence,
    ]
}

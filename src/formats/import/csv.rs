//! Recommendations from a CSV file (a spreadsheet a ministry shared, an export of another
//! tracking tool), with a column-mapping step: the file's columns differ from one source to
//! the next, so the user says which column holds the text, the symbol, the paragraph… The
//! preview suggests a mapping from the header names; the import then reads every row with the
//! mapping the user confirmed.
//!
//! Read with the `csv` crate: quoted fields with commas and line breaks inside, `,` `;` or tab
//! as the separator (whichever the header line uses most), a byte order mark at the start.
//! Every cell is reduced to safe text. What is refused, nothing kept, with the line: text that
//! is not UTF-8, a row with an empty text or symbol, and a response column holding something
//! that is not a response (usually the sign that a wrong column was chosen).

use crate::import::report::{split_states, utf8};
use crate::model::language::{Arg, Said};
use crate::model::recommendation::{normalize_symbol, ImportedRecommendation, Response};
use crate::model::safe_text;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which column (0-based) holds each field; `None` when the file has no such column.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CsvMapping {
    #[serde(default)]
    pub symbol: Option<usize>,
    #[serde(default)]
    pub paragraph: Option<usize>,
    #[serde(default)]
    pub text: Option<usize>,
    #[serde(default)]
    pub recommending_states: Option<usize>,
    #[serde(default)]
    pub response: Option<usize>,
    #[serde(default)]
    pub themes: Option<usize>,
    #[serde(default)]
    pub sdgs: Option<usize>,
    #[serde(default)]
    pub mechanism: Option<usize>,
    #[serde(default)]
    pub cycle: Option<usize>,
    /// The symbol of every row when the file has no symbol column (a file about one report).
    #[serde(default)]
    pub default_symbol: String,
}

/// What the mapping step shows: the columns, the first rows, and a suggested mapping.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CsvPreview {
    pub headers: Vec<String>,
    /// The first rows (at most [`PREVIEW_ROWS`]), as text.
    pub rows: Vec<Vec<String>>,
    /// How many data rows the file has.
    pub row_count: usize,
    pub suggested: CsvMapping,
}

/// Rows shown in the preview.
pub const PREVIEW_ROWS: usize = 5;

/// The separator the header line uses most: `,`, `;` (spreadsheets in many European locales)
/// or a tab.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| first.matches(c).count();
    [(b',', count(',')), (b';', count(';')), (b'\t', count('\t'))]
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(d, _)| d)
        .unwrap_or(b',')
}

fn reader(text: &str) -> ::csv::Reader<&[u8]> {
    ::csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes())
}

fn csv_error(e: ::csv::Error) -> Error {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    Error::import(
        "error.csv_unreadable",
        vec![
            ("line", line.into()),
            ("what", Said::as_given(e.to_string()).into()),
        ],
    )
}

/// The header, the first rows and a suggested mapping.
pub fn preview(bytes: &[u8]) -> Result<CsvPreview> {
    let text = utf8(bytes, "csv")?;
    let mut rdr = reader(text);
    let headers: Vec<String> = rdr
        .headers()
        .map_err(csv_error)?
        .iter()
        .map(safe_text::one_line)
        .collect();
    if headers.iter().all(|h| h.is_empty()) {
        return Err(Error::import("error.csv_no_header", vec![]));
    }
    let mut rows = Vec::new();
    let mut row_count = 0;
    for record in rdr.records() {
        let record = record.map_err(csv_error)?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        row_count += 1;
        if rows.len() < PREVIEW_ROWS {
            rows.push(record.iter().map(safe_text::one_line).collect());
        }
    }
    Ok(CsvPreview {
        suggested: suggest(&headers),
        headers,
        rows,
        row_count,
    })
}

/// A mapping guessed from the header names ("Symbol", "Paragraph", "Recommendation",
/// "Recommending State(s)", "Position"/"Response", "Themes", "SDGs", "Mechanism"/"Body",
/// "Cycle"); each column is used once.
pub fn suggest(headers: &[String]) -> CsvMapping {
    let mut m = CsvMapping::default();
    let mut used = vec![false; headers.len()];
    let mut take = |tests: &[&dyn Fn(&str) -> bool]| -> Option<usize> {
        for test in tests {
            if let Some(i) = headers
                .iter()
                .enumerate()
                .position(|(i, h)| !used[i] && test(&h.to_lowercase()))
            {
                used[i] = true;
                return Some(i);
            }
        }
        None
    };
    m.recommending_states = take(&[&|h| h.contains("recommending"), &|h| {
        h == "state" || h == "states"
    }]);
    m.symbol = take(&[&|h| h.contains("symbol"), &|h| {
        h == "document" || h.contains("document symbol")
    }]);
    m.paragraph = take(&[&|h| {
        h.contains("paragraph")
            || h == "para"
            || h == "para."
            || h == "number"
            || h == "no."
            || h == "id"
    }]);
    m.response = take(&[&|h| h.contains("response") || h.contains("position")]);
    m.text = take(&[&|h| h.contains("recommendation") || h == "text" || h.contains("text")]);
    m.themes = take(&[&|h| h.contains("theme") || h.contains("issue")]);
    m.sdgs = take(&[&|h| h.contains("sdg")]);
    m.mechanism = take(&[&|h| h.contains("mechanism") || h == "body"]);
    m.cycle = take(&[&|h| h.contains("cycle")]);
    m
}

/// Reads every row with `mapping`.
pub fn parse(bytes: &[u8], mapping: &CsvMapping) -> Result<Vec<ImportedRecommendation>> {
    let text = utf8(bytes, "csv")?;
    let mut rdr = reader(text);
    let headers: Vec<String> = rdr
        .headers()
        .map_err(csv_error)?
        .iter()
        .map(safe_text::one_line)
        .collect();
    let Some(text_col) = mapping.text else {
        return Err(Error::invalid_said("text", "error.csv_choose_text", vec![]));
    };
    let default_symbol = normalize_symbol(&mapping.default_symbol);
    if mapping.symbol.is_none() && default_symbol.is_empty() {
        return Err(Error::invalid_said(
            "symbol",
            "error.csv_choose_symbol",
            vec![],
        ));
    }
    for (field, col) in [
        ("symbol", mapping.symbol),
        ("paragraph", mapping.paragraph),
        ("text", mapping.text),
        ("recommending_states", mapping.recommending_states),
        ("response", mapping.response),
        ("themes", mapping.themes),
        ("sdgs", mapping.sdgs),
        ("mechanism", mapping.mechanism),
        ("cycle", mapping.cycle),
    ] {
        if let Some(c) = col {
            if c >= headers.len() {
                return Err(Error::invalid_said(
                    field,
                    "error.csv_no_such_column",
                    vec![("n", headers.len().into()), ("column", (c + 1).into())],
                ));
            }
        }
    }
    let name = |c: usize| -> Arg {
        match headers.get(c) {
            Some(h) => h.clone().into(),
            None => Said::new("error.csv_column", vec![("column", (c + 1).into())]).into(),
        }
    };
    let mut out = Vec::new();
    for record in rdr.records() {
        let record = record.map_err(csv_error)?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let cell = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("");
        let text = safe_text::clean(cell(Some(text_col)));
        if text.is_empty() {
            return Err(Error::import(
                "error.csv_text_empty",
                vec![("line", line.into()), ("column", name(text_col))],
            ));
        }
        let symbol = match mapping.symbol {
            Some(c) => normalize_symbol(cell(Some(c))),
            None => String::new(),
        };
        let symbol = if symbol.is_empty() {
            default_symbol.clone()
        } else {
            symbol
        };
        if symbol.is_empty() {
            return Err(Error::import(
                "error.csv_symbol_empty",
                vec![
                    ("line", line.into()),
                    (
                        "column",
                        mapping.symbol.map(name).unwrap_or_else(|| "".into()),
                    ),
                ],
            ));
        }
        let response_words = safe_text::one_line(cell(mapping.response));
        let response = if response_words.is_empty() {
            None
        } else {
            match Response::from_words(&response_words) {
                Some(r) => Some(r),
                None => {
                    return Err(Error::import(
                        "error.csv_not_a_response",
                        vec![
                            ("line", line.into()),
                            (
                                "column",
                                mapping.response.map(name).unwrap_or_else(|| "".into()),
                            ),
                            ("value", response_words.into()),
                        ],
                    ))
                }
            }
        };
        let (text, states) = match mapping.recommending_states {
            Some(c) => (text, list(cell(Some(c)))),
            None => {
                let (t, s) = split_states(&text);
                if t.is_empty() {
                    (text, Vec::new())
                } else {
                    (t, s)
                }
            }
        };
        out.push(ImportedRecommendation {
            symbol,
            paragraph: safe_text::one_line(cell(mapping.paragraph)),
            text,
            recommending_states: states,
            response,
            response_text: response_words,
            themes: list(cell(mapping.themes)),
            sdgs: list(cell(mapping.sdgs)),
            mechanism: safe_text::one_line(cell(mapping.mechanism)),
            cycle: safe_text::one_line(cell(mapping.cycle)),
            ..Default::default()
        });
    }
    if out.is_empty() {
        return Err(Error::import("error.csv_no_rows", vec![]));
    }
    Ok(out)
}

/// A cell holding several values: separated by `;`, `|` or line breaks.
fn list(cell: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in cell.split([';', '|', '\n']) {
        let p = safe_text::one_line(part.trim_start_matches(['-', '•']));
        if !p.is_empty() && !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mapping_is_guessed_from_the_headers() {
        let h: Vec<String> = [
            "Document symbol",
            "Para.",
            "Recommendation",
            "Recommending State(s)",
            "Position",
            "Themes",
            "SDGs",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let m = suggest(&h);
        assert_eq!(
            (
                m.symbol,
                m.paragraph,
                m.text,
                m.recommending_states,
                m.response,
                m.themes,
                m.sdgs
            ),
            (
                Some(0),
                Some(1),
                Some(2),
                Some(3),
                Some(4),
                Some(5),
                Some(6)
            )
        );
    }

    #[test]
    fn semicolons_are_found_as_the_separator() {
        assert_eq!(delimiter("a;b;c\n1;2;3"), b';');
        assert_eq!(delimiter("a,b\n"), b',');
        assert_eq!(delimiter("a\tb\tc"), b'\t');
    }
}

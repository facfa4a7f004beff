//! OHCHR's "thematic list of recommendations" (a Word .docx matrix), which gives each UPR
//! recommendation the State's position and the themes, groups of persons and SDGs OHCHR
//! assigned to it.
//!
//! The document is one table (`shared/reference/un-mechanisms.md` §1.2, from the 3rd- and
//! 4th-cycle lists of Slovenia): a header row — "Recommendation and recommending State",
//! "Position of the State under review", "Human rights themes and groups of persons", "Relevant
//! SDGs" (3rd cycle: "Recommendation", "Position", "Full list of themes", "Assessment/comments
//! on level of implementation") — then rows grouped under "Theme: …" rows spanning the table.
//! A recommendation's row holds "140.7 Ratify … (Maldives) (Portugal);", a line "Source of
//! Position: A/HRC/59/15/Add.1 - Para.3", the position ("Supported", "Noted"), the themes as
//! "- …" lines with "Groups of Persons:" (or "Affected persons:", "SDGs:") introducing the
//! other lists.
//!
//! The list names no report symbol of its own: it is taken from the source of position
//! ("A/HRC/59/15/Add.1 - Para.3" → "A/HRC/59/15"), unless the caller gives one. With it, each
//! row updates the recommendation that a report import brought (same symbol and paragraph).
//!
//! The .docx is read with `zip` and `quick-xml` (only `word/document.xml`, at most
//! [`MAX_XML_BYTES`] of it); its text is reduced to safe text. What is refused, nothing kept:
//! a file that is not a .docx, XML that is broken (with its position), a list without a table
//! of recommendations, and a recommendation whose report symbol cannot be known (with its row).

use crate::import::report::split_states;
use crate::model::language::Said;
use crate::model::recommendation::{normalize_symbol, ImportedRecommendation, Response};
use crate::model::safe_text;
use crate::{Error, Result};
use quick_xml::events::Event;
use std::io::Read;

/// The most XML read from the document part: a thematic list is a few megabytes (Slovenia's
/// 4th cycle: under 2 MB); the limit keeps a compressed "zip bomb" from filling memory.
pub const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;

/// The most text of one table cell, counted while it is read: a cell holds one recommendation
/// with its source and position lines, or a list of themes, a few kilobytes at most. A 200 KB
/// file must not grow one cell into a recommendation of hundreds of megabytes.
pub const MAX_CELL_BYTES: usize = 4 * crate::model::recommendation::TEXT_MAX_BYTES;

/// A table row as text: one string per cell, paragraphs separated by line breaks.
pub type Row = Vec<String>;

/// Reads the rows of every table of a .docx file (nested tables' text belongs to their cell).
pub fn docx_rows(bytes: &[u8]) -> Result<Vec<Row>> {
    let not_docx = || Error::import("error.thematic_not_docx", vec![]);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| not_docx())?;
    let mut part = archive
        .by_name("word/document.xml")
        .map_err(|_| not_docx())?;
    let mut xml = Vec::new();
    (&mut part)
        .take(MAX_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|e| {
            Error::import(
                "error.thematic_damaged",
                vec![("what", crate::error::io_reason(&e).into())],
            )
        })?;
    if xml.len() as u64 > MAX_XML_BYTES {
        return Err(Error::import(
            "error.thematic_too_large",
            vec![("max", (MAX_XML_BYTES >> 20).into())],
        ));
    }
    rows_of_xml(&xml)
}

/// The table rows of WordprocessingML (`word/document.xml`).
fn rows_of_xml(xml: &[u8]) -> Result<Vec<Row>> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut rows: Vec<Row> = Vec::new();
    let mut row: Option<Row> = None;
    let mut cell: Option<String> = None;
    let mut table_depth = 0usize;
    let mut in_text = false;
    let mut buf = Vec::new();
    let broken = |reader: &quick_xml::Reader<&[u8]>, e: &dyn std::fmt::Display| {
        Error::import(
            "error.thematic_broken_xml",
            vec![
                ("offset", reader.error_position().into()),
                ("what", Said::as_given(e.to_string()).into()),
            ],
        )
    };
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| broken(&reader, &e))?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"tbl" => table_depth += 1,
                b"tr" if table_depth == 1 => row = Some(Vec::new()),
                b"tc" if table_depth == 1 => cell = Some(String::new()),
                b"t" => in_text = true,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" => push(&mut cell, " ")?,
                b"br" | b"cr" => push(&mut cell, "\n")?,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"tbl" => table_depth = table_depth.saturating_sub(1),
                b"tr" if table_depth == 1 => {
                    if let Some(r) = row.take() {
                        rows.push(r);
                    }
                }
                b"tc" if table_depth == 1 => {
                    if let (Some(r), Some(c)) = (row.as_mut(), cell.take()) {
                        r.push(safe_text::clean(&c));
                    }
                }
                b"p" => push(&mut cell, "\n")?,
                b"t" => in_text = false,
                _ => {}
            },
            Event::Text(t) if in_text => {
                let s = t.decode().map_err(|e| broken(&reader, &e))?;
                push(&mut cell, &s)?;
            }
            Event::GeneralRef(r) if in_text => {
                let name = r.decode().map_err(|e| broken(&reader, &e))?;
                push(&mut cell, &safe_text::decode_entities(&format!("&{name};")))?;
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(rows)
}

fn push(cell: &mut Option<String>, s: &str) -> Result<()> {
    if let Some(c) = cell.as_mut() {
        if c.len() + s.len() > MAX_CELL_BYTES {
            return Err(Error::import(
                "error.thematic_cell_too_large",
                vec![("max", (MAX_CELL_BYTES >> 10).into())],
            ));
        }
        c.push_str(s);
    }
    Ok(())
}

/// Which column holds what; found from the header row, else the usual order.
#[derive(Debug, Clone, Copy)]
struct Columns {
    recommendation: usize,
    position: Option<usize>,
    themes: Option<usize>,
    sdgs: Option<usize>,
}

impl Columns {
    fn from_header(row: &Row) -> Option<Columns> {
        let find = |word: &str| row.iter().position(|c| c.to_lowercase().contains(word));
        let recommendation = find("recommendation")?;
        let position = find("position");
        position?;
        Some(Columns {
            recommendation,
            position,
            themes: find("theme"),
            sdgs: find("sdg"),
        })
    }
}

/// Reads a thematic list. `symbol` (the report's symbol) is used when given, else each row's
/// is taken from its source of position.
pub fn parse_bytes(bytes: &[u8], symbol: Option<&str>) -> Result<Vec<ImportedRecommendation>> {
    parse_rows(&docx_rows(bytes)?, symbol)
}

/// Reads the recommendations out of the rows of a thematic list.
pub fn parse_rows(rows: &[Row], symbol: Option<&str>) -> Result<Vec<ImportedRecommendation>> {
    let given_symbol = symbol.map(normalize_symbol).filter(|s| !s.is_empty());
    let mut cols = Columns {
        recommendation: 0,
        position: Some(1),
        themes: Some(2),
        sdgs: Some(3),
    };
    let mut current_theme = String::new();
    let mut out = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let row_no = index + 1;
        if let Some(c) = Columns::from_header(row) {
            if !row.iter().any(|c| numbered(c).is_some()) {
                cols = c;
                continue;
            }
        }
        let filled: Vec<&String> = row.iter().filter(|c| !c.is_empty()).collect();
        if filled.len() == 1 {
            if let Some(theme) = filled[0].strip_prefix("Theme:") {
                current_theme = safe_text::one_line(theme);
                continue;
            }
        }
        let Some(rec_cell) = row.get(cols.recommendation) else {
            continue;
        };
        let rec_lines: Vec<&str> = rec_cell.lines().filter(|l| !is_source_line(l)).collect();
        let rec_text = safe_text::one_line(&rec_lines.join(" "));
        let Some((paragraph, rest)) = numbered(&rec_text) else {
            continue;
        };
        let source = row
            .iter()
            .flat_map(|c| c.lines())
            .find_map(source_of_position)
            .unwrap_or_default();
        let symbol = match (&given_symbol, symbol_of_source(&source)) {
            (Some(s), _) => s.clone(),
            (None, Some(s)) => s,
            (None, None) => {
                return Err(Error::import(
                    "error.thematic_no_source",
                    vec![("row", row_no.into()), ("number", paragraph.clone().into())],
                ))
            }
        };
        let position = cols
            .position
            .and_then(|i| row.get(i))
            .map(|c| {
                c.lines()
                    .filter(|l| !is_source_line(l))
                    .map(safe_text::one_line)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default();
        let (mut themes, mut groups, mut sdgs) = (Vec::new(), Vec::new(), Vec::new());
        if let Some(c) = cols.themes.and_then(|i| row.get(i)) {
            read_lists(c, &mut themes, &mut groups, &mut sdgs);
        }
        if let Some(c) = cols.sdgs.and_then(|i| row.get(i)) {
            let mut ignored_themes = Vec::new();
            let mut ignored_groups = Vec::new();
            // The SDG column holds only SDGs; anything in it is one.
            read_lists(
                &format!("SDGs:\n{c}"),
                &mut ignored_themes,
                &mut ignored_groups,
                &mut sdgs,
            );
        }
        if themes.is_empty() && !current_theme.is_empty() {
            themes.push(current_theme.clone());
        }
        let (text, states) = split_states(rest);
        out.push(ImportedRecommendation {
            symbol,
            paragraph,
            text,
            recommending_states: states,
            mechanism: "UPR".into(),
            response: Response::from_words(&position),
            response_text: position,
            response_source: source,
            themes,
            groups,
            sdgs,
            ..Default::default()
        });
    }
    if out.is_empty() {
        return Err(Error::import("error.thematic_none_found", vec![]));
    }
    Ok(out)
}

/// "140.7 Ratify…" → ("140.7", "Ratify…").
fn numbered(text: &str) -> Option<(String, &str)> {
    let t = text.trim_start();
    let a = t.bytes().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=3).contains(&a) || t.as_bytes().get(a) != Some(&b'.') {
        return None;
    }
    let b = t[a + 1..]
        .bytes()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if !(1..=3).contains(&b) {
        return None;
    }
    let mut end = a + 1 + b;
    if t.as_bytes().get(end) == Some(&b'.') {
        end += 1;
    }
    if !t[end..].starts_with(char::is_whitespace) {
        return None;
    }
    Some((t[..a + 1 + b].to_string(), t[end..].trim_start()))
}

fn is_source_line(line: &str) -> bool {
    line.trim_start()
        .to_lowercase()
        .starts_with("source of position")
}

fn source_of_position(line: &str) -> Option<String> {
    if !is_source_line(line) {
        return None;
    }
    line.split_once(':')
        .map(|(_, v)| safe_text::one_line(v))
        .filter(|v| !v.is_empty())
}

/// The report's symbol from a source of position: "A/HRC/59/15/Add.1 - Para.3" and
/// "A/HRC/43/15 - Para 121" both name A/HRC/…/15 (the addendum belongs to the report).
pub fn symbol_of_source(source: &str) -> Option<String> {
    let first = source.split(" - ").next()?.split_whitespace().next()?;
    let mut symbol = normalize_symbol(first);
    if let Some(at) = symbol.to_lowercase().find("/add.") {
        symbol.truncate(at);
    }
    (symbol.contains('/')).then_some(symbol)
}

/// Reads "- item" lines into themes, then groups after "Groups of Persons:" / "Affected
/// persons:", and SDGs after "SDGs:".
fn read_lists(
    cell: &str,
    themes: &mut Vec<String>,
    groups: &mut Vec<String>,
    sdgs: &mut Vec<String>,
) {
    #[derive(PartialEq)]
    enum In {
        Themes,
        Groups,
        Sdgs,
    }
    let mut into = In::Themes;
    for line in cell.lines() {
        let l = safe_text::one_line(line);
        let lower = l.to_lowercase();
        if lower.starts_with("groups of persons") || lower.starts_with("affected persons") {
            into = In::Groups;
            continue;
        }
        if lower.starts_with("sdgs") || lower.starts_with("relevant sdgs") {
            into = In::Sdgs;
            continue;
        }
        let item = l.trim_start_matches(['-', '•', '–']).trim().to_string();
        if item.is_empty() {
            continue;
        }
        let list = match into {
            In::Themes => &mut *themes,
            In::Groups => &mut *groups,
            In::Sdgs => &mut *sdgs,
        };
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_symbol_comes_from_the_source_of_position() {
        assert_eq!(
            symbol_of_source("A/HRC/59/15/Add.1 - Para.3").as_deref(),
            Some("A/HRC/59/15")
        );
        assert_eq!(
            symbol_of_source("A/HRC/43/15 - Para 121").as_deref(),
            Some("A/HRC/43/15")
        );
        assert_eq!(symbol_of_source("see the report"), None);
    }

    #[test]
    fn theme_cells_give_themes_groups_and_sdgs() {
        let (mut t, mut g, mut s) = (Vec::new(), Vec::new(), Vec::new());
        read_lists(
            "- Equality & non-discrimination\n- Racial discrimination\nGroups of Persons:\n- Public officials\nSDGs:\n- 10 - REDUCED INEQUALITIES",
            &mut t,
            &mut g,
            &mut s,
        );
        assert_eq!(
            t,
            vec!["Equality & non-discrimination", "Racial discrimination"]
        );
        assert_eq!(g, vec!["Public officials"]);
        assert_eq!(s, vec!["10 - REDUCED INEQUALITIES"]);
    }
}

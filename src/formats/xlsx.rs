//! Excel workbooks (.xlsx) as plain rows of text: one sheet written with a header row, filters,
//! frozen panes and wrapped text, and the first sheet of a workbook read back as rows.
//!
//! The implementation matrix goes to ministries and national mechanisms, who work in Excel, and
//! comes back edited (`app::export::xlsx` maps it to and from the database). Writing is
//! `rust_xlsxwriter`'s (every value is written as a string cell, never as a formula, so a cell
//! starting with `=` stays text); reading is `calamine`'s, over cells one by one.
//!
//! A workbook that comes back is untrusted. An .xlsx is a zip of XML parts, so before calamine
//! sees it, the zip is walked with the `zip` crate the Word import uses: more than
//! [`MAX_ENTRIES`] entries, a part larger than [`MAX_PART_BYTES`] once decompressed (its real
//! size counted while it is decompressed, whatever the zip declares, so a zip bomb stops at the
//! limit) or parts adding up to more than [`MAX_TOTAL_BYTES`] refuse the file. calamine reserves
//! room for as many shared strings as the file announces, so an announced count above
//! [`MAX_SHARED_STRINGS`] is refused too (a 2 KB file could otherwise ask for terabytes).
//! While the sheet is read, a cell beyond row [`MAX_ROWS`] or column [`MAX_COLUMNS`], or longer
//! than [`MAX_CELL_CHARS`], stops the reading with the cell's name. Nothing is kept of a file
//! refused.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use calamine::{DataRef, Reader, Xlsx};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook};

use crate::model::language::Said;
use crate::{Error, Result};

/// The largest file read: a matrix of a few thousand recommendations is a few megabytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Most entries in the zip: Excel writes a dozen or two, a few more per sheet or picture.
pub const MAX_ENTRIES: usize = 1_000;
/// Most bytes of one part once decompressed (the shared strings of ten thousand
/// recommendations with their evidence are some tens of megabytes).
pub const MAX_PART_BYTES: u64 = 96 * 1024 * 1024;
/// Most bytes of all parts once decompressed.
pub const MAX_TOTAL_BYTES: u64 = 192 * 1024 * 1024;
/// Most shared strings a workbook may announce (one per distinct cell text).
pub const MAX_SHARED_STRINGS: u64 = 2_000_000;
/// Most rows read (the header included): far above the recommendations addressed to a State.
pub const MAX_ROWS: u32 = 100_000;
/// Most columns read.
pub const MAX_COLUMNS: u32 = 200;
/// Longest cell, in characters: Excel's own limit (32,767 UTF-16 units).
pub const MAX_CELL_CHARS: usize = 32_767;

/// The height of one line of text in points (Calibri 11, the default font of the sheet).
const LINE_POINTS: f64 = 15.0;
/// The most lines a row is made tall for: a longer cell scrolls within its row in the
/// spreadsheet rather than making one row taller than the window.
const MAX_ROW_LINES: usize = 15;

/// How many lines `text` takes in a column `width` characters wide, wrapped (an estimate:
/// Excel and LibreOffice keep the row heights a file gives, and do not measure wrapped text
/// when they open it, so without heights every row would show one line).
fn lines_of(text: &str, width: f64) -> usize {
    let per_line = (width - 1.0).max(1.0);
    text.split('\n')
        .map(|l| ((l.chars().count() as f64) / per_line).ceil().max(1.0) as usize)
        .sum()
}

/// The height of a row of `cells` under `columns`, in points.
fn row_points<'a>(cells: impl Iterator<Item = &'a str>, columns: &[Column]) -> f64 {
    let lines = cells
        .zip(columns)
        .map(|(c, col)| lines_of(c, col.width))
        .max()
        .unwrap_or(1)
        .clamp(1, MAX_ROW_LINES);
    lines as f64 * LINE_POINTS
}

/// A column of a sheet to write: its header and its width in Excel's units (characters).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column<'a> {
    pub header: &'a str,
    pub width: f64,
}

/// The first sheet of a workbook, as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: String,
    /// The cells of the first row that is not empty, trimmed.
    pub headers: Vec<String>,
    /// The rows under the header that are not empty, in order.
    pub rows: Vec<SheetRow>,
}

/// A row under the header.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetRow {
    /// The row's number as the spreadsheet shows it (1 is the first row).
    pub number: u32,
    /// One cell per header (empty when the row has nothing there).
    pub cells: Vec<String>,
}

/// `text` cut to what Excel holds in a cell, with "…" at the end when it was cut.
pub fn fit_cell(text: &str) -> String {
    if text.encode_utf16().count() <= MAX_CELL_CHARS {
        return text.to_string();
    }
    let mut out = String::new();
    let mut units = 0;
    for c in text.chars() {
        units += c.len_utf16();
        if units > MAX_CELL_CHARS - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// One sheet named `sheet_name`: the header row (bold, on a grey band), the rows as text cells
/// (wrapped, aligned to the top), a filter on every column, the header row and the first
/// `frozen_columns` columns frozen, each column `width` wide.
pub fn write(
    sheet_name: &str,
    columns: &[Column],
    frozen_columns: u16,
    rows: &[Vec<String>],
) -> Result<Vec<u8>> {
    let fail = |e: rust_xlsxwriter::XlsxError| {
        Error::Internal(format!("The Excel file could not be written: {e}"))
    };
    let last_col = u16::try_from(columns.len().saturating_sub(1))
        .map_err(|_| Error::Internal("Too many columns for an Excel sheet.".into()))?;
    let last_row = u32::try_from(rows.len())
        .ok()
        .filter(|n| *n < 1_048_576)
        .ok_or_else(|| Error::invalid_said("rows", "error.xlsx_too_many_rows", vec![]))?;
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(0xD9E2F3)
        .set_border_bottom(FormatBorder::Thin);
    let body = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name).map_err(fail)?;
    sheet
        .set_row_height(0, row_points(columns.iter().map(|c| c.header), columns))
        .map_err(fail)?;
    for (c, column) in (0u16..).zip(columns) {
        sheet.set_column_width(c, column.width).map_err(fail)?;
        sheet
            .write_string_with_format(0, c, column.header, &header)
            .map_err(fail)?;
    }
    for (r, row) in (1u32..).zip(rows) {
        sheet
            .set_row_height(r, row_points(row.iter().map(String::as_str), columns))
            .map_err(fail)?;
        for (c, cell) in (0u16..).zip(row.iter().take(columns.len())) {
            if cell.is_empty() {
                // A blank cell keeps the wrap and alignment for what is typed into it later.
                sheet.write_blank(r, c, &body).map_err(fail)?;
            } else {
                sheet
                    .write_string_with_format(r, c, fit_cell(cell), &body)
                    .map_err(fail)?;
            }
        }
    }
    sheet.autofilter(0, 0, last_row, last_col).map_err(fail)?;
    sheet.set_freeze_panes(1, frozen_columns).map_err(fail)?;
    book.save_to_buffer().map_err(fail)
}

/// The first sheet of an .xlsx file, read within the limits (see the module documentation).
pub fn read(bytes: &[u8]) -> Result<Sheet> {
    check_package(bytes)?;
    let damaged = |e: calamine::XlsxError| match e {
        calamine::XlsxError::Password => Error::import("error.xlsx_password", vec![]),
        e => Error::import(
            "error.xlsx_damaged",
            vec![("what", Said::as_given(e.to_string()).into())],
        ),
    };
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(damaged)?;
    let Some(name) = book.sheet_names().into_iter().next() else {
        return Err(Error::import("error.xlsx_no_sheet", vec![]));
    };
    let mut cells = book.worksheet_cells_reader(&name).map_err(damaged)?;
    let mut grid: BTreeMap<u32, BTreeMap<u32, String>> = BTreeMap::new();
    while let Some(cell) = cells.next_cell().map_err(damaged)? {
        let (row, col) = cell.get_position();
        let at = || cell_name(row, col);
        if row >= MAX_ROWS {
            return Err(Error::import(
                "error.xlsx_beyond_row",
                vec![
                    ("sheet", name.clone().into()),
                    ("cell", at().into()),
                    ("max", MAX_ROWS.into()),
                ],
            ));
        }
        if col >= MAX_COLUMNS {
            return Err(Error::import(
                "error.xlsx_beyond_column",
                vec![
                    ("sheet", name.clone().into()),
                    ("cell", at().into()),
                    ("max", MAX_COLUMNS.into()),
                ],
            ));
        }
        let text = text_of(cell.get_value());
        if text.chars().count() > MAX_CELL_CHARS {
            return Err(Error::import(
                "error.xlsx_cell_too_long",
                vec![("cell", at().into()), ("max", MAX_CELL_CHARS.into())],
            ));
        }
        if !text.trim().is_empty() {
            grid.entry(row).or_default().insert(col, text);
        }
    }
    let mut rows = grid.into_iter();
    let Some((_, header_cells)) = rows.next() else {
        return Err(Error::import(
            "error.xlsx_empty_sheet",
            vec![("sheet", name.clone().into())],
        ));
    };
    let width = header_cells
        .keys()
        .next_back()
        .map_or(0, |c| *c as usize + 1);
    let mut headers = vec![String::new(); width];
    for (c, h) in header_cells {
        headers[c as usize] = h.trim().to_string();
    }
    let rows = rows
        .map(|(r, cells)| {
            let mut out = vec![String::new(); width];
            for (c, v) in cells {
                if let Some(slot) = out.get_mut(c as usize) {
                    *slot = v;
                }
            }
            SheetRow {
                number: r + 1,
                cells: out,
            }
        })
        .collect();
    Ok(Sheet {
        name,
        headers,
        rows,
    })
}

/// "B12" for row 11, column 1 (both from 0).
pub fn cell_name(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut c = col + 1;
    while c > 0 {
        let rem = (c - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", letters.into_iter().collect::<String>(), row + 1)
}

/// A cell's value as text: numbers as a spreadsheet shows them (12, not 12.0), dates as
/// YYYY-MM-DD, errors as their code (#N/A).
fn text_of(value: &DataRef) -> String {
    match value {
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number_text(*f),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        DataRef::DateTime(d) => date_text(d.as_f64()),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    }
}

fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// An Excel date serial (days since 1899-12-30, the 1900 system) as YYYY-MM-DD, or the number
/// when it has a time of day or is out of range.
fn date_text(serial: f64) -> String {
    let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30);
    match base {
        Some(base) if serial.fract() == 0.0 && (0.0..=2_958_465.0).contains(&serial) => base
            .checked_add_days(chrono::Days::new(serial as u64))
            .map_or_else(|| number_text(serial), |d| d.format("%Y-%m-%d").to_string()),
        _ => number_text(serial),
    }
}

/// The zip walked within the limits before any of it is parsed (see the module
/// documentation).
fn check_package(bytes: &[u8]) -> Result<()> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::import(
            "error.xlsx_too_large",
            vec![("max", (MAX_FILE_BYTES >> 20).into())],
        ));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(Error::import("error.xlsx_old_or_protected", vec![]));
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|_| Error::import("error.xlsx_not_zip", vec![]))?;
    if zip.len() > MAX_ENTRIES {
        return Err(Error::import(
            "error.xlsx_too_many_parts",
            vec![("n", zip.len().into()), ("max", MAX_ENTRIES.into())],
        ));
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| {
            Error::import(
                "error.xlsx_bad_entry",
                vec![
                    ("n", (i + 1).into()),
                    ("what", Said::as_given(e.to_string()).into()),
                ],
            )
        })?;
        let name = entry.name().to_string();
        let too_large = || {
            Error::import(
                "error.xlsx_part_too_large",
                vec![
                    ("name", name.clone().into()),
                    ("max", (MAX_PART_BYTES >> 20).into()),
                ],
            )
        };
        if entry.size() > MAX_PART_BYTES {
            return Err(too_large());
        }
        let is_shared_strings = name
            .replace('\\', "/")
            .to_ascii_lowercase()
            .ends_with("sharedstrings.xml");
        let mut head = Vec::new();
        let mut limited = (&mut entry).take(MAX_PART_BYTES + 1);
        let read = if is_shared_strings {
            // The start of the part, where the count is announced, is kept to be looked at.
            (&mut limited)
                .take(4096)
                .read_to_end(&mut head)
                .and_then(|n| {
                    std::io::copy(&mut limited, &mut std::io::sink()).map(|m| n as u64 + m)
                })
        } else {
            std::io::copy(&mut limited, &mut std::io::sink())
        }
        .map_err(|e| {
            Error::import(
                "error.xlsx_bad_part",
                vec![
                    ("name", name.clone().into()),
                    ("what", crate::error::io_reason(&e).into()),
                ],
            )
        })?;
        if read > MAX_PART_BYTES {
            return Err(too_large());
        }
        total += read;
        if total > MAX_TOTAL_BYTES {
            return Err(Error::import(
                "error.xlsx_parts_too_large",
                vec![("max", (MAX_TOTAL_BYTES >> 20).into())],
            ));
        }
        if is_shared_strings {
            match announced_strings(&head) {
                Some(n) if n <= MAX_SHARED_STRINGS => {}
                Some(n) => {
                    return Err(Error::import(
                        "error.xlsx_too_many_strings",
                        vec![("n", n.into()), ("max", MAX_SHARED_STRINGS.into())],
                    ))
                }
                None => {
                    return Err(Error::import(
                        "error.xlsx_bad_strings",
                        vec![("name", name.clone().into())],
                    ))
                }
            }
        }
    }
    Ok(())
}

/// The larger of `count` and `uniqueCount` on the `sst` element that opens a shared strings
/// part (`u64::MAX` for a number too large to read, 0 when neither is given); `None` when the
/// part does not open with it within its first bytes, as Excel and every other writer do.
fn announced_strings(head: &[u8]) -> Option<u64> {
    let mut reader = quick_xml::Reader::from_reader(head);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e))
                if e.local_name().as_ref() == b"sst" =>
            {
                let mut most = 0u64;
                for attr in e.attributes().flatten() {
                    if matches!(attr.key.local_name().as_ref(), b"count" | b"uniqueCount") {
                        let n = std::str::from_utf8(&attr.value)
                            .ok()
                            .and_then(|v| v.trim().parse::<u64>().ok())
                            .unwrap_or(u64::MAX);
                        most = most.max(n);
                    }
                }
                return Some(most);
            }
            Ok(quick_xml::events::Event::Start(_) | quick_xml::events::Event::Eof) | Err(_) => {
                return None
            }
            Ok(_) => buf.clear(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns() -> Vec<Column<'static>> {
        vec![
            Column {
                header: "Symbol",
                width: 14.0,
            },
            Column {
                header: "Text",
                width: 60.0,
            },
        ]
    }

    #[test]
    fn rows_written_are_read_back_as_they_were() {
        let rows = vec![
            vec!["A/HRC/59/15".to_string(), "=1+1 stays text".to_string()],
            vec![String::new(), "line one\nline two, «Ünïcode»".to_string()],
        ];
        let bytes = write("Matrix", &columns(), 1, &rows).unwrap();
        let sheet = read(&bytes).unwrap();
        assert_eq!(sheet.name, "Matrix");
        assert_eq!(sheet.headers, ["Symbol", "Text"]);
        assert_eq!(sheet.rows.len(), 2);
        assert_eq!(sheet.rows[0].number, 2);
        assert_eq!(sheet.rows[0].cells, rows[0]);
        assert_eq!(sheet.rows[1].cells, rows[1]);
    }

    #[test]
    fn a_cell_longer_than_excel_allows_is_cut_with_a_mark() {
        let long = "é".repeat(MAX_CELL_CHARS + 10);
        let fitted = fit_cell(&long);
        assert_eq!(fitted.chars().count(), MAX_CELL_CHARS);
        assert!(fitted.ends_with('…'));
        assert_eq!(fit_cell("short"), "short");
        let bytes = write("M", &columns(), 0, &[vec!["x".into(), long]]).unwrap();
        assert_eq!(read(&bytes).unwrap().rows[0].cells[1], fitted);
    }

    #[test]
    fn rows_are_made_tall_enough_for_their_wrapped_text() {
        assert_eq!(lines_of("short", 10.0), 1);
        assert_eq!(lines_of("", 10.0), 1);
        assert_eq!(lines_of(&"x".repeat(20), 11.0), 2);
        assert_eq!(lines_of("a\nb\nc", 40.0), 3);
        let cols = columns();
        assert_eq!(row_points(["x", "y"].into_iter(), &cols), LINE_POINTS);
        let long = "word ".repeat(100);
        assert_eq!(
            row_points(["x", long.as_str()].into_iter(), &cols),
            9.0 * LINE_POINTS
        );
        let huge = "word ".repeat(10_000);
        assert_eq!(
            row_points(["x", huge.as_str()].into_iter(), &cols),
            MAX_ROW_LINES as f64 * LINE_POINTS
        );
    }

    #[test]
    fn cell_names_are_as_the_spreadsheet_shows_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(11, 1), "B12");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(99, 701), "ZZ100");
        assert_eq!(cell_name(0, 702), "AAA1");
    }

    #[test]
    fn numbers_and_dates_read_as_a_person_sees_them() {
        assert_eq!(number_text(12.0), "12");
        assert_eq!(number_text(0.5), "0.5");
        assert_eq!(date_text(46362.0), "2026-12-06");
        assert_eq!(date_text(46362.5), "46362.5");
    }

    #[test]
    fn an_announced_count_of_shared_strings_is_read() {
        let head = br#"<?xml version="1.0"?><sst xmlns="x" count="12" uniqueCount="10"><si>"#;
        assert_eq!(announced_strings(head), Some(12));
        let huge = br#"<sst xmlns="x" uniqueCount = '99999999999999999999999'>"#;
        assert_eq!(announced_strings(huge), Some(u64::MAX));
        assert_eq!(announced_strings(b"<sst/>"), Some(0));
        let padded = format!("<!--{}--><sst count=\"1\">", " ".repeat(5000));
        assert_eq!(announced_strings(&padded.as_bytes()[..4096]), None);
        assert_eq!(announced_strings(b"<other><sst>"), None);
    }
}

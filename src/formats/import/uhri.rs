//! The Universal Human Rights Index (UHRI) bulk export: one JSON array of about 260,000
//! records and 360 MB, of which a city wants the few thousand addressed to its State.
//!
//! The file is read as a stream, one record at a time, never whole: a scanner finds where each
//! top-level record ends (tracking strings, escapes and nesting, across read buffers), and
//! each record is parsed from its own bytes. A first, cheap parse reads only `Countries` (and
//! checks that the whole record is valid JSON); only records of the chosen State are parsed
//! in full. Memory stays at one read buffer plus the kept records.
//!
//! Record shape (third-party sources, `shared/reference/un-mechanisms.md` §5.1): `AnnotationId`
//! (UUID), `AnnotationType` and `Body` with a leading "- ", `Countries` (UN English short
//! names, hence [`crate::country`]), `Symbol`, `Text` (HTML, may start with the paragraph
//! number glued to it: "4.The Committee…"), `Themes`, `AffectedPersons`, `Sdgs`,
//! `PublicationDate`, and for UPR records `UprCycle`, `UprSession`, `UprPositions`,
//! `UprRecommendingCountry`. The value strings of the UPR fields are not confirmed, so every
//! field is read tolerantly: missing, null, a string, a number or a list are all accepted, and
//! a response we do not recognise is kept verbatim.
//!
//! What is refused (an [`Error::Import`], nothing kept), with line, column and record number:
//! a file that is not a JSON array of records, broken JSON anywhere (also in records of other
//! countries: a damaged file is not half-imported), a file that ends in the middle, a record
//! larger than [`MAX_RECORD_BYTES`], and `Countries` that is not a list of names.

use crate::country::{fold, Country};
use crate::import::report::split_states;
use crate::import::Watch;
use crate::model::language::{Arg, Said};
use crate::model::recommendation::{normalize_symbol, ImportedRecommendation, Response};
use crate::model::safe_text;
use crate::{Error, Result};
use serde::de::{self, Deserializer, IgnoredAny, SeqAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::io::Read;

/// Bytes read at a time.
const CHUNK: usize = 1 << 20;

/// The largest record accepted. Real records are a few kilobytes; a "record" of this size means
/// the file is not the UHRI export (or is damaged), and the limit bounds memory.
pub const MAX_RECORD_BYTES: usize = 16 << 20;

/// What reading the export gave: the chosen State's records, and counts of the rest.
#[derive(Debug, Clone, Default)]
pub struct UhriRead {
    pub recommendations: Vec<ImportedRecommendation>,
    /// Every record in the file.
    pub records: usize,
    /// Records addressed only to other States.
    pub other_countries: usize,
    /// Records of the chosen State without text or symbol.
    pub unusable: usize,
}

/// Where the scanner is in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before the opening `[`.
    Start,
    /// After `[`: a record or `]`.
    First,
    /// After `,`: a record.
    Next,
    /// Inside a record.
    InRecord,
    /// After a record: `,` or `]`.
    After,
    /// After the closing `]`: only white space.
    Done,
}

/// A position in the file, as a person finds it in an editor.
#[derive(Debug, Clone, Copy, Default)]
struct Pos {
    offset: u64,
    line: u64,
    /// Byte offset of the start of the line.
    line_start: u64,
}

impl Pos {
    fn column(&self) -> u64 {
        self.offset - self.line_start + 1
    }
}

/// Reads the export from `reader` (of `total` bytes, for progress), keeping the records of
/// `country`. Checks for cancellation and reports progress once per megabyte read.
pub fn read<R: Read>(
    mut reader: R,
    total: u64,
    country: &Country,
    watch: &mut Watch,
) -> Result<UhriRead> {
    let names = country.folded_names();
    let mut out = UhriRead::default();
    let mut buf: Vec<u8> = Vec::with_capacity(CHUNK * 2);
    // Absolute offset of buf[0].
    let mut base: u64 = 0;
    // Scan index into buf.
    let mut i: usize = 0;
    let mut pos = Pos {
        line: 1,
        ..Pos::default()
    };
    let mut state = State::Start;
    let mut depth: u32 = 0;
    let mut in_string = false;
    let mut escape = false;
    let mut record_start: usize = 0;
    let mut record_pos = Pos::default();
    let mut eof = false;
    let mut checked_shape = false;

    loop {
        if i >= buf.len() {
            if eof {
                break;
            }
            // Keep only what the current record still needs, then read more.
            let keep_from = if state == State::InRecord {
                record_start
            } else {
                i
            };
            buf.drain(..keep_from);
            base += keep_from as u64;
            i -= keep_from;
            record_start -= keep_from.min(record_start);
            if buf.len() > MAX_RECORD_BYTES {
                return Err(Error::import(
                    "error.uhri_record_too_large",
                    vec![
                        ("record", (out.records + 1).into()),
                        ("line", record_pos.line.into()),
                        ("max", (MAX_RECORD_BYTES >> 20).into()),
                    ],
                ));
            }
            watch.check()?;
            watch.progress(base + i as u64, total);
            let old = buf.len();
            buf.resize(old + CHUNK, 0);
            let n = read_some(&mut reader, &mut buf[old..])?;
            buf.truncate(old + n);
            if n == 0 {
                eof = true;
            }
            continue;
        }
        let b = buf[i];
        let here = base + i as u64;
        match state {
            State::InRecord => {
                if in_string && !escape && b != b'"' && b != b'\\' {
                    // Most of the file is text inside strings: jump to the next quote or
                    // backslash at once. (A raw line break inside a string is invalid JSON,
                    // which the parse of the record reports, so none is skipped uncounted.)
                    match memchr::memchr2(b'"', b'\\', &buf[i..]) {
                        Some(k) => i += k,
                        None => i = buf.len(),
                    }
                    continue;
                }
                if in_string {
                    if escape {
                        escape = false;
                    } else if b == b'\\' {
                        escape = true;
                    } else if b == b'"' {
                        in_string = false;
                    }
                } else {
                    match b {
                        b'"' => in_string = true,
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                let bytes = &buf[record_start..=i];
                                out.records += 1;
                                if !checked_shape {
                                    check_shape(bytes, out.records, record_pos)?;
                                    checked_shape = true;
                                }
                                take_record(
                                    bytes,
                                    out.records,
                                    record_pos,
                                    &names,
                                    country,
                                    &mut out,
                                )?;
                                state = State::After;
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ if is_space(b) => {}
            State::Start => {
                if here == 0 && buf[i..].starts_with(b"\xEF\xBB\xBF") {
                    i += 3;
                    pos.offset = base + i as u64;
                    continue;
                }
                if b == b'[' {
                    state = State::First;
                } else {
                    return Err(syntax(
                        pos_at(pos, here),
                        Said::new("error.uhri_no_list", vec![]),
                    ));
                }
            }
            State::First | State::Next => {
                if b == b'{' {
                    state = State::InRecord;
                    depth = 1;
                    in_string = false;
                    escape = false;
                    record_start = i;
                    record_pos = pos_at(pos, here);
                } else if b == b']' && state == State::First {
                    state = State::Done;
                } else {
                    let what = if state == State::Next && b == b']' {
                        Said::new("error.uhri_record_missing", vec![])
                    } else {
                        Said::new("error.uhri_expected_record", vec![("found", shown(b))])
                    };
                    return Err(syntax(pos_at(pos, here), what));
                }
            }
            State::After => match b {
                b',' => state = State::Next,
                b']' => state = State::Done,
                _ => {
                    return Err(syntax(
                        pos_at(pos, here),
                        Said::new(
                            "error.uhri_expected_comma",
                            vec![("record", out.records.into()), ("found", shown(b))],
                        ),
                    ))
                }
            },
            State::Done => {
                return Err(syntax(
                    pos_at(pos, here),
                    Said::new("error.uhri_after_end", vec![("found", shown(b))]),
                ));
            }
        }
        if b == b'\n' {
            pos.line += 1;
            pos.line_start = here + 1;
        }
        i += 1;
    }
    let end = pos_at(pos, base + buf.len() as u64);
    match state {
        State::Done => {}
        State::Start => return Err(Error::import("error.uhri_empty", vec![])),
        State::InRecord => {
            return Err(Error::import(
                "error.uhri_ends_in_record",
                vec![
                    ("record", (out.records + 1).into()),
                    ("line", record_pos.line.into()),
                    ("column", record_pos.column().into()),
                ],
            ))
        }
        _ => {
            return Err(Error::import(
                "error.uhri_ends_in_list",
                vec![("line", end.line.into()), ("record", out.records.into())],
            ))
        }
    }
    watch.progress(end.offset, total);
    Ok(out)
}

fn read_some<R: Read>(reader: &mut R, buf: &mut [u8]) -> Result<usize> {
    loop {
        match reader.read(buf) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(Error::import(
                    "error.uhri_cannot_read",
                    vec![("reason", crate::error::io_reason(&e).into())],
                ))
            }
        }
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn pos_at(line_pos: Pos, offset: u64) -> Pos {
    Pos { offset, ..line_pos }
}

/// A byte met where another was expected: the character itself, or its code.
fn shown(b: u8) -> Arg {
    if b.is_ascii_graphic() {
        Said::as_given(format!("'{}'", b as char)).into()
    } else {
        Said::new(
            "error.uhri_byte",
            vec![("code", format!("0x{b:02X}").into())],
        )
        .into()
    }
}

fn syntax(at: Pos, what: Said) -> Error {
    Error::import(
        "error.uhri_syntax",
        vec![
            ("line", at.line.into()),
            ("column", at.column().into()),
            ("what", what.into()),
        ],
    )
}

/// An error of serde_json inside a record, placed in the whole file.
fn record_error(e: &serde_json::Error, record: usize, start: Pos) -> Error {
    let line = start.line + e.line().saturating_sub(1) as u64;
    let column = if e.line() <= 1 {
        start.column() + e.column().saturating_sub(1) as u64
    } else {
        e.column() as u64
    };
    let msg = e.to_string();
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
    Error::import(
        "error.uhri_damaged",
        vec![
            ("line", line.into()),
            ("column", column.into()),
            ("record", record.into()),
            ("what", Said::as_given(msg).into()),
        ],
    )
}

/// The first record must look like UHRI's: a file of other JSON records is not half-read as
/// if it were the export.
fn check_shape(bytes: &[u8], record: usize, start: Pos) -> Result<()> {
    #[derive(Deserialize)]
    struct Shape {
        #[serde(rename = "AnnotationId", default)]
        annotation_id: Option<IgnoredAny>,
        #[serde(rename = "Countries", default)]
        countries: Option<IgnoredAny>,
        #[serde(rename = "Text", default)]
        text: Option<IgnoredAny>,
    }
    let shape: Shape =
        serde_json::from_slice(bytes).map_err(|e| record_error(&e, record, start))?;
    if shape.annotation_id.is_none() && shape.countries.is_none() && shape.text.is_none() {
        return Err(Error::import(
            "error.uhri_not_uhri",
            vec![("line", start.line.into())],
        ));
    }
    Ok(())
}

/// `Countries` only; every other field is skipped but still checked to be valid JSON.
#[derive(Deserialize)]
struct Peek<'a> {
    #[serde(rename = "Countries", default, borrow)]
    countries: Names<'a>,
}

/// A list of names that may also be a single string or null.
#[derive(Default)]
struct Names<'a>(Vec<Cow<'a, str>>);

impl<'de: 'a, 'a> Deserialize<'de> for Names<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Names<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of country names")
            }
            fn visit_unit<E: de::Error>(self) -> std::result::Result<Self::Value, E> {
                Ok(Names(Vec::new()))
            }
            fn visit_none<E: de::Error>(self) -> std::result::Result<Self::Value, E> {
                Ok(Names(Vec::new()))
            }
            fn visit_borrowed_str<E: de::Error>(
                self,
                v: &'de str,
            ) -> std::result::Result<Self::Value, E> {
                Ok(Names(vec![Cow::Borrowed(v)]))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Self::Value, E> {
                Ok(Names(vec![Cow::Owned(v.to_string())]))
            }
            fn visit_seq<A: SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<Self::Value, A::Error> {
                let mut v = Vec::new();
                while let Some(s) = seq.next_element::<Cow<'de, str>>()? {
                    v.push(s);
                }
                Ok(Names(v))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// A record in full. Every field is optional and of any JSON type: see the module docs.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Record {
    #[serde(rename = "AnnotationId")]
    annotation_id: serde_json::Value,
    #[serde(rename = "AnnotationType")]
    annotation_type: serde_json::Value,
    #[serde(rename = "Body")]
    body: serde_json::Value,
    #[serde(rename = "PublicationDate")]
    publication_date: serde_json::Value,
    #[serde(rename = "Sdgs")]
    sdgs: serde_json::Value,
    #[serde(rename = "Symbol")]
    symbol: serde_json::Value,
    #[serde(rename = "Text")]
    text: serde_json::Value,
    #[serde(rename = "Themes")]
    themes: serde_json::Value,
    #[serde(rename = "AffectedPersons")]
    affected_persons: serde_json::Value,
    #[serde(rename = "UprCycle")]
    upr_cycle: serde_json::Value,
    #[serde(rename = "UprPositions")]
    upr_positions: serde_json::Value,
    #[serde(rename = "UprRecommendingCountry")]
    upr_recommending_country: serde_json::Value,
    #[serde(rename = "UprSession")]
    upr_session: serde_json::Value,
}

/// A value as one line of text: strings as they are, numbers and booleans written out, lists
/// joined with ", ", null and objects as nothing.
fn text_of(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => safe_text::one_line(&safe_text::from_html(s)),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Bool(b) => b.to_string(),
        serde_json::Value::Array(a) => a
            .iter()
            .map(text_of)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}

/// A value as a list of one-line texts (a single value is a list of one).
fn list_of(v: &serde_json::Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    };
    match v {
        serde_json::Value::Array(a) => a.iter().map(text_of).for_each(&mut push),
        other => push(text_of(other)),
    }
    out
}

/// UHRI writes bodies and annotation types with a leading "- ".
fn strip_dash(s: &str) -> String {
    s.trim().trim_start_matches('-').trim().to_string()
}

/// The mechanism code for a UHRI `Body`: a known code as it is ("CRC"), the UPR and the
/// Special Procedures by their names, anything else kept as written.
pub fn mechanism_of(body: &str, has_upr_fields: bool) -> String {
    const CODES: [&str; 12] = [
        "UPR", "CCPR", "CESCR", "CERD", "CEDAW", "CAT", "SPT", "CRC", "CMW", "CRPD", "CED", "SP",
    ];
    let b = strip_dash(body);
    let upper = b.to_uppercase();
    if let Some(code) = CODES.iter().find(|c| **c == upper) {
        return (*code).to_string();
    }
    let lower = b.to_lowercase();
    if lower.contains("universal periodic review") || (b.is_empty() && has_upr_fields) {
        return "UPR".into();
    }
    if lower.contains("special procedure")
        || lower.contains("special rapporteur")
        || lower.contains("independent expert")
        || lower.starts_with("working group on")
    {
        return "SP".into();
    }
    b
}

/// Splits the paragraph number glued to the start of a text: "4.The Committee" → ("4", "The
/// Committee"), "140.7 Ratify" → ("140.7", "Ratify"). A number without a full stop after it
/// and without one inside ("2030 Agenda") is text, not a paragraph number.
pub fn split_paragraph(text: &str) -> (String, String) {
    let t = text.trim_start();
    let bytes = t.as_bytes();
    let mut end = 0;
    let mut dots = 0;
    let mut last_was_digit = false;
    while end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_digit() {
            last_was_digit = true;
        } else if b == b'.' && last_was_digit && dots < 3 {
            dots += 1;
            last_was_digit = false;
        } else {
            break;
        }
        end += 1;
    }
    let number = t[..end].trim_end_matches('.');
    let first_part = number.split('.').next().unwrap_or("");
    let rest = &t[end..];
    let ok = !number.is_empty()
        && first_part.len() <= 4
        && dots > 0
        && (rest.is_empty() || !rest.starts_with(|c: char| c.is_ascii_digit()))
        && (t[..end].ends_with('.') || rest.starts_with(char::is_whitespace));
    if !ok {
        return (String::new(), text.trim().to_string());
    }
    (number.to_string(), rest.trim_start().to_string())
}

/// Looks at one record: counts it, and keeps it when it is addressed to the chosen State.
fn take_record(
    bytes: &[u8],
    record: usize,
    start: Pos,
    names: &[String],
    country: &Country,
    out: &mut UhriRead,
) -> Result<()> {
    let peek: Peek = serde_json::from_slice(bytes).map_err(|e| record_error(&e, record, start))?;
    if !peek.countries.0.iter().any(|c| names.contains(&fold(c))) {
        out.other_countries += 1;
        return Ok(());
    }
    let r: Record = serde_json::from_slice(bytes).map_err(|e| record_error(&e, record, start))?;
    let symbol = normalize_symbol(&text_of(&r.symbol));
    let full_text = match &r.text {
        serde_json::Value::String(s) => safe_text::from_html(s),
        other => text_of(other),
    };
    let (paragraph, text) = split_paragraph(&full_text);
    if symbol.is_empty() || text.is_empty() {
        out.unusable += 1;
        return Ok(());
    }
    let positions = list_of(&r.upr_positions);
    let states = list_of(&r.upr_recommending_country);
    let has_upr = !positions.is_empty() || !states.is_empty() || !r.upr_cycle.is_null();
    let mechanism = mechanism_of(&text_of(&r.body), has_upr);
    // A UPR recommendation's text may still end with its States in parentheses; they are
    // split off as in a report, and used when the record does not list them.
    let (text, states) = if mechanism == "UPR" {
        let (t, found) = split_states(&text);
        let t = if t.is_empty() { text } else { t };
        (t, if states.is_empty() { found } else { states })
    } else {
        (text, states)
    };
    let response_text = positions.join(", ");
    let response = positions.iter().find_map(|p| Response::from_words(p));
    let annotation_id = text_of(&r.annotation_id);
    let published = text_of(&r.publication_date);
    out.recommendations.push(ImportedRecommendation {
        annotation_id: (!annotation_id.is_empty()).then_some(annotation_id),
        symbol,
        paragraph,
        text,
        mechanism,
        kind: strip_dash(&text_of(&r.annotation_type)),
        country: country.iso3.clone(),
        cycle: text_of(&r.upr_cycle),
        session: text_of(&r.upr_session),
        recommending_states: states,
        response,
        response_text,
        response_source: String::new(),
        themes: list_of(&r.themes),
        groups: list_of(&r.affected_persons),
        sdgs: list_of(&r.sdgs),
        published_on: published
            .get(..10)
            .filter(|d| is_date(d))
            .unwrap_or("")
            .to_string(),
    });
    Ok(())
}

fn is_date(s: &str) -> bool {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_numbers_glued_to_the_text_are_split_off() {
        assert_eq!(
            split_paragraph("4.The Committee reminds"),
            ("4".into(), "The Committee reminds".into())
        );
        assert_eq!(
            split_paragraph("140.7 Ratify the Protocol"),
            ("140.7".into(), "Ratify the Protocol".into())
        );
        assert_eq!(
            split_paragraph("12. The State party"),
            ("12".into(), "The State party".into())
        );
        assert_eq!(
            split_paragraph("2030 Agenda"),
            ("".into(), "2030 Agenda".into())
        );
        assert_eq!(
            split_paragraph("The Committee"),
            ("".into(), "The Committee".into())
        );
        assert_eq!(
            split_paragraph("3.5 per cent"),
            ("3.5".into(), "per cent".into())
        );
    }

    #[test]
    fn bodies_become_mechanism_codes() {
        assert_eq!(mechanism_of("- CRC", false), "CRC");
        assert_eq!(mechanism_of("- UPR", true), "UPR");
        assert_eq!(mechanism_of("Universal Periodic Review", false), "UPR");
        assert_eq!(mechanism_of("", true), "UPR");
        assert_eq!(
            mechanism_of("- Special Rapporteur on adequate housing", false),
            "SP"
        );
        assert_eq!(mechanism_of("- Something new", false), "Something new");
    }
}

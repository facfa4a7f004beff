//! The recommendations of a UPR Working Group report, from its text as it comes out of the UN's
//! PDF (copied from a PDF reader or saved with `pdftotext`).
//!
//! In the report, section II "Conclusions and/or recommendations" lists one recommendation per
//! number — "140.7 Ratify the Optional Protocol … (Maldives) (Portugal);" — each ending with the
//! recommending States in parentheses. The text that reaches us is messier than that:
//!
//! - lines are wrapped anywhere, even inside a State's name ("(United / Kingdom of Great
//!   Britain and Northern Ireland)");
//! - page footers and headers sit between the lines of a recommendation when it runs across a
//!   page: the page number, the UN job number ("GE.25-02819"), the document symbol;
//! - State names hold parentheses of their own ("(Venezuela (Bolivarian Republic of))");
//! - a number may be followed by a tab or several spaces, or land in the middle of a line when
//!   the copy joined two lines;
//! - older reports split the recommendations over two paragraphs (121.x supported in the
//!   report, 122.x answered in the addendum).
//!
//! How it is read: header and footer lines are dropped (see [`is_page_furniture`]); every line
//! that starts with "N.k" is a candidate; candidates form chains N.1, N.2, N.3… in order, so a
//! wrapped line that happens to start with a number ("16.2 per cent") is not taken for a
//! recommendation; a recommendation's text runs to the next one of its chain, or — for the last
//! — to the next numbered paragraph ("141. All conclusions…") or the annex. The trailing
//! parenthesised groups that read as State names are the recommending States.
//!
//! What is refused (an [`Error::Import`], nothing kept): text that is not UTF-8 or holds a NUL
//! byte, no recommendation found, and a gap in a chain (140.6 missing between 140.5 and 140.7:
//! part of the text was lost in the copy), each with its line.

use crate::country::countries;
use crate::model::recommendation::{normalize_symbol, ImportedRecommendation};
use crate::model::safe_text;
use crate::{Error, Result};

/// The largest text accepted. A Working Group report is about 100 KB of text.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// Reads a report's text from a file's bytes (UTF-8, with or without a byte order mark).
pub fn parse_bytes(bytes: &[u8], symbol: &str) -> Result<Vec<ImportedRecommendation>> {
    parse_str(utf8(bytes, "report")?, symbol)
}

/// The bytes as UTF-8 text, or an error that says where they stop being UTF-8. `what` is
/// `csv` or `report` (the catalogue names the file by it).
pub(crate) fn utf8<'a>(bytes: &'a [u8], what: &str) -> Result<&'a str> {
    if bytes.len() > MAX_BYTES {
        return Err(Error::import(
            "error.text_file_too_large",
            vec![
                ("what", what.into()),
                ("size", (bytes.len() / (1024 * 1024)).into()),
                ("max", (MAX_BYTES / (1024 * 1024)).into()),
            ],
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
        Error::import(
            "error.text_file_not_utf8",
            vec![
                ("what", what.into()),
                ("offset", at.into()),
                ("line", line.into()),
            ],
        )
    })
}

/// A line kept for reading, with its number in the original text.
struct Line {
    number: usize,
    text: String,
}

/// A line that starts a recommendation: "140.7 Ratify…".
#[derive(Debug, Clone, Copy)]
struct Marker {
    /// Index into the kept lines.
    at: usize,
    paragraph: u32,
    item: u32,
}

/// Reads the recommendations out of a report's text. `symbol` is the report's symbol, e.g.
/// "A/HRC/59/15".
pub fn parse_str(src: &str, symbol: &str) -> Result<Vec<ImportedRecommendation>> {
    let symbol = normalize_symbol(symbol);
    if symbol.is_empty() {
        return Err(Error::invalid_said(
            "symbol",
            "error.report_no_symbol",
            vec![],
        ));
    }
    if let Some(at) = src.bytes().position(|b| b == 0) {
        let line = src.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
        return Err(Error::import(
            "error.report_nul",
            vec![("line", line.into())],
        ));
    }
    let lines = kept_lines(src, &symbol);
    let markers: Vec<Marker> = lines
        .iter()
        .enumerate()
        .filter_map(|(at, l)| {
            let (paragraph, item, _) = split_marker(&l.text)?;
            Some(Marker {
                at,
                paragraph,
                item,
            })
        })
        .collect();
    let chains = chains(&markers);
    if chains.is_empty() {
        return Err(Error::import("error.report_none_found", vec![]));
    }
    check_gaps(&chains, &markers, &lines)?;

    let chain_starts: Vec<usize> = chains.iter().flat_map(|c| c.iter().map(|m| m.at)).collect();
    let mut out = Vec::new();
    for chain in &chains {
        for (i, m) in chain.iter().enumerate() {
            let end = match chain.get(i + 1) {
                Some(next) => next.at,
                None => end_of_last(&lines, m.at, &chain_starts),
            };
            let mut text = String::new();
            for (j, line) in lines[m.at..end].iter().enumerate() {
                let piece = if j == 0 {
                    split_marker(&line.text)
                        .map(|(_, _, rest)| rest)
                        .unwrap_or("")
                } else {
                    line.text.as_str()
                };
                join_wrapped(&mut text, piece);
            }
            let (text, states) = split_states(&safe_text::one_line(&text));
            if text.is_empty() {
                return Err(Error::import(
                    "error.report_no_text",
                    vec![
                        ("number", format!("{}.{}", m.paragraph, m.item).into()),
                        ("line", lines[m.at].number.into()),
                    ],
                ));
            }
            out.push(ImportedRecommendation {
                symbol: symbol.clone(),
                paragraph: format!("{}.{}", m.paragraph, m.item),
                text,
                recommending_states: states,
                mechanism: "UPR".into(),
                ..Default::default()
            });
        }
    }
    Ok(out)
}

/// The lines worth reading: page furniture dropped, blank lines dropped, a line that carries
/// a second recommendation number after a `;` split in two.
fn kept_lines(src: &str, symbol: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let compact_symbol: String = symbol.chars().filter(|c| !c.is_whitespace()).collect();
    for (i, raw) in src.split('\n').enumerate() {
        let text = safe_text::one_line(&raw.replace(['\r', '\u{0c}'], " "));
        if text.is_empty() || is_page_furniture(&text, &compact_symbol) {
            continue;
        }
        for part in split_inline_markers(&text) {
            out.push(Line {
                number: i + 1,
                text: part,
            });
        }
    }
    out
}

/// Whether a line is a page's header or footer rather than text: a page number ("11",
/// "Page 11", "11/25"), the UN job number ("GE.25-02819", with the page number or "(E)"
/// beside it), or a document symbol standing alone (the report's own, or any "A/HRC/…"-like
/// symbol with its page number).
pub fn is_page_furniture(line: &str, compact_symbol: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let is_page_number = |w: &str| w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit());
    let is_job_number = |w: &str| {
        let w = w.trim_end_matches("(E)").trim_end_matches('*');
        w.strip_prefix("GE.").is_some_and(|rest| {
            let mut parts = rest.splitn(2, '-');
            matches!((parts.next(), parts.next()), (Some(y), Some(n))
                if y.len() == 2 && y.chars().all(|c| c.is_ascii_digit())
                    && (4..=6).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()))
        })
    };
    let is_symbol = |w: &str| {
        let w = w.trim_end_matches('*');
        (!compact_symbol.is_empty() && w.eq_ignore_ascii_case(compact_symbol))
            || (w.matches('/').count() >= 2
                && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-')))
    };
    if words.is_empty() {
        return true;
    }
    if words.len() == 1 && is_page_number(words[0]) {
        return true;
    }
    if words.len() == 2 && words[0].eq_ignore_ascii_case("page") && is_page_number(words[1]) {
        return true;
    }
    if words.len() == 1
        && words[0]
            .split_once('/')
            .is_some_and(|(a, b)| is_page_number(a) && is_page_number(b))
    {
        return true;
    }
    // Job numbers and symbols, each possibly with a page number and "(E)" beside them.
    words.iter().any(|w| is_job_number(w) || is_symbol(w))
        && words
            .iter()
            .all(|w| is_job_number(w) || is_symbol(w) || is_page_number(w) || *w == "(E)")
}

/// "140.7 Ratify…" → (140, 7, "Ratify…"). The number must stand alone (followed by space or
/// the end of the line, a full stop allowed: "140.7.").
fn split_marker(line: &str) -> Option<(u32, u32, &str)> {
    let bytes = line.as_bytes();
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let a = digits(0);
    if !(1..=3).contains(&a) || bytes.get(a) != Some(&b'.') {
        return None;
    }
    let b = digits(a + 1);
    if !(1..=3).contains(&b) {
        return None;
    }
    let mut end = a + 1 + b;
    if bytes.get(end) == Some(&b'.') {
        end += 1;
    }
    match bytes.get(end) {
        None => {}
        Some(c) if c.is_ascii_whitespace() => {}
        _ => return None,
    }
    let paragraph = line[..a].parse().ok()?;
    let item = line[a + 1..a + 1 + b].parse().ok()?;
    Some((paragraph, item, line[end..].trim_start()))
}

/// Splits a line where a recommendation number follows a `;` in its middle ("…(Portugal);
/// 140.8 Ratify…", or without the space), as happens when a copy joins two lines.
fn split_inline_markers(line: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = line;
    'outer: loop {
        let mut search_from = 0;
        while let Some(pos) = rest[search_from..].find(';') {
            let cut = search_from + pos + 1;
            let after = rest[cut..].trim_start();
            if split_marker(after).is_some() {
                parts.push(rest[..cut].trim_end_matches(';').to_string() + ";");
                rest = after;
                continue 'outer;
            }
            search_from = cut;
        }
        parts.push(rest.to_string());
        return parts;
    }
}

/// Groups markers into chains N.1, N.2, … in the order of the text. A marker that continues
/// no chain and does not start one ("16.2" at the start of a wrapped line) is ignored; a chain
/// of one that another chain replaces was a stray number too.
fn chains(markers: &[Marker]) -> Vec<Vec<Marker>> {
    let mut done: Vec<Vec<Marker>> = Vec::new();
    let mut active: Vec<Marker> = Vec::new();
    for &m in markers {
        if let Some(last) = active.last() {
            if m.paragraph == last.paragraph && m.item == last.item + 1 {
                active.push(m);
                continue;
            }
        }
        if m.item == 1 {
            if active.len() > 1 {
                done.push(std::mem::take(&mut active));
            }
            active = vec![m];
        }
    }
    if active.len() > 1 || (!active.is_empty() && done.is_empty()) {
        done.push(active);
    }
    done
}

/// A chain that stops while a later line carries a higher number of the same paragraph lost
/// something in the copy: say which number is missing and where.
fn check_gaps(chains: &[Vec<Marker>], markers: &[Marker], lines: &[Line]) -> Result<()> {
    for chain in chains {
        let Some(last) = chain.last() else { continue };
        let later = markers
            .iter()
            .find(|m| m.at > last.at && m.paragraph == last.paragraph && m.item > last.item + 1);
        if let Some(next) = later {
            // Only a gap if nothing of the chain comes after (a stray "140.9" inside a
            // sentence is not a chain of its own).
            let p = last.paragraph;
            return Err(Error::import(
                "error.report_gap",
                vec![
                    ("missing", format!("{p}.{}", last.item + 1).into()),
                    ("before", format!("{p}.{}", last.item).into()),
                    ("line", lines[last.at].number.into()),
                    ("next", format!("{p}.{}", next.item).into()),
                    ("next_line", lines[next.at].number.into()),
                ],
            ));
        }
    }
    Ok(())
}

/// Where the last recommendation of a chain ends: at the next chain's first line, at a new
/// numbered paragraph ("141. All conclusions…"), or at the annex.
fn end_of_last(lines: &[Line], from: usize, chain_starts: &[usize]) -> usize {
    for (i, line) in lines.iter().enumerate().skip(from + 1) {
        if chain_starts.contains(&i) {
            return i;
        }
        let t = line.text.as_str();
        let digits = t.bytes().take_while(|b| b.is_ascii_digit()).count();
        let numbered_paragraph = (1..=3).contains(&digits)
            && t[digits..].starts_with(". ")
            && t[digits + 2..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase());
        let lower = t.to_lowercase();
        if numbered_paragraph
            || lower == "annex"
            || lower.starts_with("annex ")
            || lower == "annexe"
        {
            return i;
        }
    }
    lines.len()
}

/// Appends a wrapped line: with a space, except after a hyphen that ends a line before a
/// lower-case letter ("hate-\nmotivated" → "hate-motivated": the hyphen is kept, because UN
/// documents do not hyphenate words at line ends, so a hyphen there is part of the word).
fn join_wrapped(text: &mut String, piece: &str) {
    if piece.is_empty() {
        return;
    }
    if !text.is_empty() {
        let glue = text.ends_with('-') && piece.chars().next().is_some_and(|c| c.is_lowercase());
        if !glue {
            text.push(' ');
        }
    }
    text.push_str(piece);
}

/// Words that never end a State's name: a parenthesis holding them is part of the text
/// ("(Council of Europe Convention …)"), not a recommending State.
const NOT_STATE_WORDS: [&str; 14] = [
    "convention",
    "covenant",
    "protocol",
    "act",
    "law",
    "committee",
    "council",
    "organization",
    "agenda",
    "plan",
    "strategy",
    "programme",
    "sdg",
    "no.",
];

/// Whether a parenthesised group at the end of a recommendation names a State: a name the
/// table knows, or one that reads like a name (capitalised words joined by "of", "the",
/// "and"…, no digits, not an acronym, not an instrument).
pub fn is_state_name(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.chars().count() > 80 {
        return false;
    }
    if countries().by_name(s).is_some() {
        return true;
    }
    if s.chars()
        .any(|c| c.is_ascii_digit() || matches!(c, ';' | ':' | ',' | '"' | '“'))
        || !s.chars().any(|c| c.is_lowercase())
    {
        return false;
    }
    let inner = s.replace(['(', ')'], " ");
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    let connectors = ["of", "the", "and", "de", "la", "des", "du", "d'", "el"];
    words.iter().all(|w| {
        let lower = w.to_lowercase();
        !NOT_STATE_WORDS.contains(&lower.as_str())
            && (connectors.contains(&lower.as_str())
                || w.chars().next().is_some_and(|c| c.is_uppercase()))
    }) && words[0].chars().next().is_some_and(|c| c.is_uppercase())
}

/// Splits the recommending States off a recommendation: "Ratify X (Maldives) (Portugal);" →
/// ("Ratify X", ["Maldives", "Portugal"]). Works clause by clause, so a recommendation that
/// merges two ("… (Ukraine); Increase … (Slovakia);") gives both States. State names may hold
/// parentheses ("(Venezuela (Bolivarian Republic of))").
pub fn split_states(text: &str) -> (String, Vec<String>) {
    let clauses = top_level_clauses(text);
    let mut states: Vec<String> = Vec::new();
    let mut kept: Vec<String> = Vec::new();
    for clause in clauses {
        let (rest, found) = trailing_states(clause);
        for s in found {
            if !states.contains(&s) {
                states.push(s);
            }
        }
        let rest = rest.trim().trim_end_matches([',', ';']).trim_end();
        if !rest.is_empty() {
            kept.push(rest.to_string());
        }
    }
    let mut text = kept.join("; ");
    // A recommendation ends with ";" (or "." for the last); neither belongs to its text, but a
    // full stop is kept when the text has sentences of its own.
    if text.ends_with('.') && !text[..text.len() - 1].contains(". ") {
        text.pop();
    }
    (text, states)
}

/// Splits at semicolons outside parentheses.
fn top_level_clauses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ';' if depth <= 0 => {
                out.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&text[start..]);
    out
}

/// The parenthesised State names at the end of a clause, in order, and what comes before them.
fn trailing_states(clause: &str) -> (&str, Vec<String>) {
    let mut rest = clause
        .trim_end()
        .trim_end_matches(['.', ';', ','])
        .trim_end();
    let mut found = Vec::new();
    while rest.ends_with(')') {
        let Some(open) = matching_open(rest) else {
            break;
        };
        let inner = &rest[open + 1..rest.len() - 1];
        if !is_state_name(inner) {
            break;
        }
        found.push(safe_text::one_line(inner));
        rest = rest[..open].trim_end();
    }
    found.reverse();
    (rest, found)
}

/// The index of the `(` that the final `)` of `s` closes.
fn matching_open(s: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in s.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_split_off_with_nested_parentheses() {
        assert_eq!(
            split_states("Ratify the Optional Protocol (Maldives) (Portugal);"),
            (
                "Ratify the Optional Protocol".into(),
                vec!["Maldives".into(), "Portugal".into()]
            )
        );
        assert_eq!(
            split_states("Protect human rights defenders (Venezuela (Bolivarian Republic of));"),
            (
                "Protect human rights defenders".into(),
                vec!["Venezuela (Bolivarian Republic of)".into()]
            )
        );
        assert_eq!(
            split_states("Ratify ILO Convention (No. 189) (Philippines)."),
            (
                "Ratify ILO Convention (No. 189)".into(),
                vec!["Philippines".into()]
            )
        );
        assert_eq!(
            split_states("Complete ratification (Ukraine); Increase efforts towards ratification (Slovakia);"),
            (
                "Complete ratification; Increase efforts towards ratification".into(),
                vec!["Ukraine".into(), "Slovakia".into()]
            )
        );
        assert_eq!(
            split_states("Implement the Istanbul Convention (Council of Europe Convention on Violence against Women) (Iceland)"),
            (
                "Implement the Istanbul Convention (Council of Europe Convention on Violence against Women)".into(),
                vec!["Iceland".into()]
            )
        );
    }

    #[test]
    fn markers_must_stand_alone() {
        assert_eq!(
            split_marker("140.7 Ratify").map(|m| (m.0, m.1)),
            Some((140, 7))
        );
        assert_eq!(split_marker("140.7.\tRatify").map(|m| m.2), Some("Ratify"));
        assert!(split_marker("140.7% of").is_none());
        assert!(split_marker("2024–2028 (Djibouti);").is_none());
        assert!(split_marker("141. All conclusions").is_none());
    }

    #[test]
    fn page_furniture_is_recognised() {
        let sym = "A/HRC/59/15";
        for l in [
            "11",
            "GE.25-02819 11",
            "10 GE.25-02819",
            "A/HRC/59/15",
            "A/HRC/59/15 12",
            "GE.25-02819(E)",
            "Page 3",
            "3/25",
            "GE.25-02819 (E)",
        ] {
            assert!(is_page_furniture(l, sym), "{l}");
        }
        for l in [
            "(Iraq);",
            "140.7 Ratify",
            "Rights Council:",
            "2030 Agenda",
            "A/HRC/59/15;",
        ] {
            assert!(!is_page_furniture(l, sym), "{l}");
        }
    }
}

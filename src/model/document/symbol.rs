//! UN document symbols — `A/HRC/59/15`, `E/C.12/AUT/CO/4`, `CRC/C/PER/CO/6-7` — found in any
//! text, so that no export breaks one across lines.
//!
//! A symbol is how the UN names a document, and an officer's reader types it into the UN's
//! search as it stands: "A/" at the end of one line and "HRC/59/15" at the start of the next is
//! a symbol nobody can find. The line breaking rules of Unicode (UAX #14) and of Word allow a
//! break after a "/" and a "-", and a hyphenator sees letters to split in "HRC", so each
//! exporter asks [`find`] where the symbols are and keeps them whole.
//!
//! The pattern, after the UN's own rules for document symbols: a series (the organ or treaty
//! body: `A`, `E`, `S`, `CCPR`, `CRC`…), then components separated by "/" (a body, a session,
//! a country code, a number: `HRC`, `C.12`, `WG.6`, `AUT`, `59`, `6-7`, `Add.1`), with a digit
//! somewhere. It is deliberately strict, because a false symbol is harmless (a few characters
//! kept on one line) but the pattern must not swallow ordinary text: "and/or", "24/7", a date
//! "12/05/2026", "TCP/IP", a web address.

use std::borrow::Cow;
use std::ops::Range;

/// The series a UN document symbol starts with: the General Assembly (A), the Economic and
/// Social Council (E: CESCR's `E/C.12/…`), the Security Council (S), the Secretariat (ST), the
/// Trusteeship Council (T), the treaty bodies that publish under their own series, the
/// compilations of the human rights instruments (HRI) and the Subcommittee on Prevention of
/// Torture (SPT). The Human Rights Council and the UPR publish under A (`A/HRC/…`).
pub const SERIES: &[&str] = &[
    "A", "E", "S", "ST", "T", "CAT", "CCPR", "CED", "CEDAW", "CERD", "CMW", "CRC", "CRPD", "HRI",
    "SPT",
];

/// Symbols of the shapes an officer cites, for the tests of every exporter: a Council report,
/// CESCR's concluding observations (a "." in a component), CRC's on a combined report (a
/// "-"), a UPR working group's document ("WG.6" and a country code) and the Human Rights
/// Committee's.
pub const EXAMPLES: [&str; 5] = [
    "A/HRC/59/15",
    "E/C.12/AUT/CO/4",
    "CRC/C/PER/CO/6-7",
    "A/HRC/WG.6/48/SVN/3",
    "CCPR/C/GBR/CO/8",
];

/// The word joiner (U+2060): no line break on either side, and nothing drawn. Word files get
/// one after every "/" of a symbol (see [`unbreakable`]).
pub const WORD_JOINER: char = '\u{2060}';

/// The non-breaking hyphen (U+2011): looks like "-", never ends a line. Word files write it as
/// `w:noBreakHyphen`.
pub const NON_BREAKING_HYPHEN: char = '\u{2011}';

/// Characters that, just before a series, show the letters are part of something else: a word
/// or number ("DATA/…"), a path or web address ("undocs.org/A/HRC/…"), an e-mail address.
fn joined_before(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            '/' | '\\'
                | '_'
                | '-'
                | '@'
                | '#'
                | '='
                | '&'
                | '?'
                | '%'
                | '+'
                | '~'
                | NON_BREAKING_HYPHEN
        )
}

/// A hyphen inside a component ("6-7"), typed or as Word's non-breaking hyphen.
fn is_hyphen(c: char) -> bool {
    c == '-' || c == NON_BREAKING_HYPHEN
}

/// The end of a component starting at `at` (`HRC`, `C.12`, `WG.6`, `6-7`, `Add.1`), or None.
/// A component starts with a capital letter or a digit ("or" in "and/or" is none), goes on with
/// letters and digits, and may hold "." or "-" between two of them.
fn component(text: &str, at: usize) -> Option<usize> {
    let mut chars = text[at..].char_indices().peekable();
    match chars.next() {
        Some((_, c)) if c.is_ascii_uppercase() || c.is_ascii_digit() => {}
        _ => return None,
    }
    let mut end = at + 1;
    while let Some(&(i, c)) = chars.peek() {
        if c.is_ascii_alphanumeric() {
            end = at + i + 1;
            chars.next();
        } else if c == '.' || is_hyphen(c) {
            // Only between two letters or digits: "A/HRC/59/15." ends before its full stop.
            let next = text[at + i + c.len_utf8()..].chars().next();
            if !next.is_some_and(|n| n.is_ascii_alphanumeric()) {
                break;
            }
            chars.next();
        } else {
            break;
        }
    }
    Some(end)
}

/// The symbol that starts at `at`, as its end, or None.
fn symbol_at(text: &str, at: usize) -> Option<usize> {
    let series_len = text[at..]
        .bytes()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    if !SERIES.contains(&&text[at..at + series_len]) {
        return None;
    }
    let mut end = at + series_len;
    let mut components = 0;
    while text[end..].starts_with('/') {
        match component(text, end + 1) {
            Some(e) => {
                end = e;
                components += 1;
            }
            // "A/HRC/59/" or "A/HRC/page": a path, not a symbol.
            None => return None,
        }
    }
    let has_digit = text[at..end].bytes().any(|b| b.is_ascii_digit());
    let followed = text[end..].chars().next();
    if components == 0 || !has_digit || matches!(followed, Some('\\' | '_' | '@')) {
        return None;
    }
    Some(end)
}

/// Where the UN document symbols are in `text`, as byte ranges in order. A symbol stands alone
/// or after a space, a bracket, punctuation or a letter of another script ("见A/HRC/59/15号");
/// never inside a web address, a path, an e-mail address or a longer word.
pub fn find(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut previous: Option<char> = None;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i >= skip_to && c.is_ascii_uppercase() && !previous.is_some_and(joined_before) {
            if let Some(end) = symbol_at(text, i) {
                found.push(i..end);
                skip_to = end;
            }
        }
        previous = Some(c);
    }
    found
}

/// `text` with its symbols made unbreakable for a word processor: a word joiner after every
/// "/" and a non-breaking hyphen for every "-" inside a symbol. [`breakable`] undoes it.
pub fn unbreakable(text: &str) -> Cow<'_, str> {
    let symbols = find(text);
    if symbols.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8 * symbols.len());
    let mut from = 0;
    for r in symbols {
        out.push_str(&text[from..r.start]);
        for c in text[r.clone()].chars() {
            match c {
                '/' => {
                    out.push('/');
                    out.push(WORD_JOINER);
                }
                '-' => out.push(NON_BREAKING_HYPHEN),
                c => out.push(c),
            }
        }
        from = r.end;
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

/// The text as it was before [`unbreakable`]: word joiners after a "/" taken out, and the
/// non-breaking hyphens inside symbols made "-" again (a Word file read back gives the same
/// text as was written; a non-breaking hyphen elsewhere is the writer's own and stays).
pub fn breakable(text: &str) -> Cow<'_, str> {
    if !text.contains(WORD_JOINER) && !text.contains(NON_BREAKING_HYPHEN) {
        return Cow::Borrowed(text);
    }
    let joined = text.replace(&format!("/{WORD_JOINER}"), "/");
    let mut out = String::with_capacity(joined.len());
    let mut from = 0;
    for r in find(&joined) {
        out.push_str(&joined[from..r.start]);
        out.extend(joined[r.clone()].chars().map(
            |c| {
                if c == NON_BREAKING_HYPHEN {
                    '-'
                } else {
                    c
                }
            },
        ));
        from = r.end;
    }
    out.push_str(&joined[from..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The symbols found in `text`, as text.
    fn symbols(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn the_symbols_officers_cite_are_found_whole() {
        for s in EXAMPLES.into_iter().chain([
            "CERD/C/GBR/CO/24-26",
            "CEDAW/C/SVN/CO/7",
            "A/HRC/59/15/Add.1",
            "A/RES/70/1",
            "S/PV.8000",
            "ST/SGB/2003/13",
            "HRI/GEN/1/Rev.9",
            "E/CN.4/1998/53/Add.2",
            "CRPD/C/GC/4",
        ]) {
            assert_eq!(symbols(s), vec![s], "{s}");
        }
    }

    #[test]
    fn symbols_are_found_in_running_text_without_their_punctuation() {
        assert_eq!(
            symbols("as recommended (A/HRC/59/15, para. 140.212) and in E/C.12/AUT/CO/4."),
            vec!["A/HRC/59/15", "E/C.12/AUT/CO/4"]
        );
        assert_eq!(symbols("see CRC/C/PER/CO/6-7; "), vec!["CRC/C/PER/CO/6-7"]);
        assert_eq!(symbols("«A/HRC/59/15»"), vec!["A/HRC/59/15"]);
        // Stuck to a sentence by an earlier version of the editor: still a symbol.
        assert_eq!(
            symbols("water supply in 2025.A/HRC/59/15, para. 140.212"),
            vec!["A/HRC/59/15"]
        );
        // Next to letters of another script, as Chinese and Arabic write them.
        assert_eq!(symbols("见A/HRC/59/15号文件"), vec!["A/HRC/59/15"]);
        assert_eq!(symbols("انظر A/HRC/59/15"), vec!["A/HRC/59/15"]);
        // Word's non-breaking hyphen inside a symbol.
        assert_eq!(
            symbols("CRC/C/PER/CO/6\u{2011}7"),
            vec!["CRC/C/PER/CO/6\u{2011}7"]
        );
        // Byte ranges into the text.
        assert_eq!(find("in 2025 (A/HRC/59/15)."), vec![9..20]);
    }

    #[test]
    fn ordinary_text_is_not_a_symbol() {
        for text in [
            "and/or",
            "24/7",
            "12/05/2026",
            "2025/26",
            "TCP/IP",
            "A/B testing",
            "S/M/L",
            "N/A",
            "km/h",
            "c/o",
            "1/2",
            "HRC/59/15",
            "A/",
            "A/ HRC",
            "A4",
            "A/HRC/59/",
            "A/HRC/page",
            "DATA/2025/1",
            "https://undocs.org/A/HRC/59/15",
            "https://www.ohchr.org/en/hr-bodies/upr/CCPR/C/GBR/CO/8",
            "www.ohchr.org/EN/HRBodies/CCPR/Pages/CCPRIndex.aspx",
            "C:\\A/HRC/59/15",
            "file_A/HRC/59/15",
            "A/HRC/59/15_draft.docx",
            "A/HRC/59/15@example.org",
            "",
        ] {
            assert_eq!(symbols(text), Vec::<&str>::new(), "{text:?}");
        }
    }

    #[test]
    fn unbreakable_and_breakable_undo_each_other() {
        let text = "In 2025 (A/HRC/59/15, para. 140.212) and CRC/C/PER/CO/6-7; and/or 24/7, a well-known case.";
        let word = unbreakable(text);
        assert_eq!(
            word,
            "In 2025 (A/\u{2060}HRC/\u{2060}59/\u{2060}15, para. 140.212) and CRC/\u{2060}C/\u{2060}PER/\u{2060}CO/\u{2060}6\u{2011}7; and/or 24/7, a well-known case."
        );
        assert_eq!(breakable(&word), text);
        // Text without a symbol is not copied, and a non-breaking hyphen of the writer's own
        // (outside a symbol) stays.
        assert!(matches!(unbreakable("and/or"), Cow::Borrowed(_)));
        assert_eq!(breakable("Jean\u{2011}Pierre"), "Jean\u{2011}Pierre");
    }
}

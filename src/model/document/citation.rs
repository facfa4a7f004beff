//! How a citation goes into a sentence: "… in 2025 (A/HRC/59/15, para. 140.212)." or, in the
//! footnote style, "… in 2025.¹" with the note "A/HRC/59/15, para. 140.212.".
//!
//! The editor inserts a citation where the cursor is, and the cursor is usually right after
//! the full stop of the sentence the citation supports. Inserted there as it is, the citation
//! sticks to the sentence ("in 2025.A/HRC/59/15") and stands outside it. [`place`] says what
//! to insert instead — the brackets with a space before them, the sentence's punctuation moved
//! after them — so the rule is written once, here, and the editor only applies it. The
//! citation itself stays one [`Inline::Citation`] (its text is [`super::citation_text`]); the
//! brackets, spaces and punctuation around it are ordinary text the officer can edit.

use super::{citation_text, Inline};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How citations are written, chosen in Settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CitationStyle {
    /// In brackets before the sentence's final punctuation, as UN reports cite in their text:
    /// "… in 2025 (A/HRC/59/15, para. 140.212)."
    #[default]
    Parenthetical,
    /// In a footnote called after the punctuation, as UN documents place their notes:
    /// "… in 2025.¹" with the note "A/HRC/59/15, para. 140.212."
    Footnote,
}

impl CitationStyle {
    /// Every style, in the order Settings offers them.
    pub const ALL: [CitationStyle; 2] = [CitationStyle::Parenthetical, CitationStyle::Footnote];
}

/// A citation to insert, and the text around the editor's cursor.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CitationRequest {
    /// The paragraph's text before the cursor (its end is what counts). A footnote call or
    /// another citation stands as U+FFFC, a line break as "\n".
    pub before: String,
    /// The paragraph's text after the cursor (its start is what counts).
    pub after: String,
    pub symbol: String,
    pub paragraph: Option<String>,
}

/// What the editor does: replace `replace_before` characters before the cursor and
/// `replace_after` after it with `insert`. Characters are counted in UTF-16 code units, as the
/// editor counts positions; only spaces and punctuation are ever replaced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CitationPlacement {
    pub replace_before: u32,
    pub replace_after: u32,
    pub insert: Vec<Inline>,
}

/// Spaces inside a line: the ones moved or kept around a citation (never a line break).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}')
}

/// Punctuation that closes a sentence or a clause, in the six UN languages: a citation goes
/// before it, a footnote call after it.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '…'
            | '。'
            | '，'
            | '；'
            | '：'
            | '！'
            | '？'
            | '،'
            | '؛'
            | '؟'
    )
}

/// Characters after which an opening bracket needs no space: the start of a line, a space, an
/// opening bracket or quote, and ideographs (Chinese sets no spaces between words).
fn needs_no_space_after(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '(' | '[' | '{' | '“' | '‘' | '«' | '„' | '¿' | '¡')
        || matches!(c as u32, 0x3000..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Whether the text after the cursor starts with something a closing bracket must be spaced
/// from: a word, a number, an opening bracket.
fn needs_space_before(after: &str) -> bool {
    after.chars().next().is_some_and(|c| {
        !c.is_whitespace()
            && !is_closing(c)
            && !matches!(c, ')' | ']' | '}' | '”' | '’' | '»' | '"' | '\'')
            && !matches!(c as u32, 0x3000..=0x9FFF | 0xFF00..=0xFFEF)
    })
}

/// `s` split before its longest suffix of characters that pass `f`.
fn split_suffix(s: &str, f: fn(char) -> bool) -> (&str, &str) {
    let at = s
        .char_indices()
        .rev()
        .take_while(|(_, c)| f(*c))
        .last()
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    s.split_at(at)
}

/// `s` split after its longest prefix of characters that pass `f`.
fn split_prefix(s: &str, f: fn(char) -> bool) -> (&str, &str) {
    let at = s.find(|c: char| !f(c)).unwrap_or(s.len());
    s.split_at(at)
}

fn utf16_len(s: &str) -> u32 {
    s.encode_utf16().count().min(u32::MAX as usize) as u32
}

/// Inline content of plain text runs and other inlines, leaving out empty runs.
fn inlines(parts: Vec<Result<String, Inline>>) -> Vec<Inline> {
    parts
        .into_iter()
        .filter_map(|p| match p {
            Ok(t) if t.is_empty() => None,
            Ok(t) => Some(Inline::text(t)),
            Err(i) => Some(i),
        })
        .collect()
}

/// Where and how a citation goes in the sentence at the cursor (see the module's comment).
pub fn place(style: CitationStyle, request: &CitationRequest) -> CitationPlacement {
    let citation = Inline::Citation {
        symbol: request.symbol.trim().to_string(),
        paragraph: request
            .paragraph
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string),
    };
    let before = request.before.as_str();
    let after = request.after.as_str();
    let (rest, trailing) = split_suffix(before, is_space);
    let (head, punct) = split_suffix(rest, is_closing);
    match style {
        CitationStyle::Parenthetical => {
            // "in 2025. |" → "in 2025 (…). |"; a French space before ";" stays before it.
            let (head, gap) = if punct.is_empty() {
                (before, "")
            } else {
                split_suffix(head, is_space)
            };
            let replaced = if punct.is_empty() {
                ""
            } else {
                &before[head.len()..]
            };
            let open = match head.chars().next_back() {
                Some(c) if !needs_no_space_after(c) => " (",
                _ => "(",
            };
            let space_after = if !punct.is_empty() && !trailing.is_empty() {
                trailing
            } else if needs_space_before(after) {
                " "
            } else {
                ""
            };
            CitationPlacement {
                replace_before: utf16_len(replaced),
                replace_after: 0,
                insert: inlines(vec![
                    Ok(open.to_string()),
                    Err(citation),
                    Ok(format!("){gap}{punct}{space_after}")),
                ]),
            }
        }
        CitationStyle::Footnote => {
            let note = Inline::Footnote {
                content: vec![citation, Inline::text(".")],
            };
            let (after_punct, _) = split_prefix(after, is_closing);
            if punct.is_empty() && !after_punct.is_empty() {
                // "in 2025 |." → "in 2025.¹": the call goes after the punctuation.
                CitationPlacement {
                    replace_before: utf16_len(trailing),
                    replace_after: utf16_len(after_punct),
                    insert: inlines(vec![Ok(after_punct.to_string()), Err(note)]),
                }
            } else {
                // The call sits on the word or punctuation before the cursor, spaces after it.
                CitationPlacement {
                    replace_before: utf16_len(trailing),
                    replace_after: 0,
                    insert: inlines(vec![Err(note), Ok(trailing.to_string())]),
                }
            }
        }
    }
}

/// What a style looks like, shown in Settings: a sentence of the demo city with a citation
/// placed by [`place`], and the footnote's text when the style makes one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CitationExample {
    pub style: CitationStyle,
    /// The sentence, a footnote call shown as "¹".
    pub text: String,
    /// The footnote, "¹ A/HRC/59/15, para. 140.212.", when the style makes one.
    pub footnote: Option<String>,
}

/// The sentence Settings shows each style on.
const EXAMPLE_SENTENCE: &str = "The city connected 1,200 homes to the water supply in 2025.";

/// `style` applied to the example sentence, the cursor after its full stop.
pub fn example(style: CitationStyle) -> CitationExample {
    let request = CitationRequest {
        before: EXAMPLE_SENTENCE.into(),
        after: String::new(),
        symbol: "A/HRC/59/15".into(),
        paragraph: Some("140.212".into()),
    };
    let (text, notes) = applied(&request, &place(style, &request));
    CitationExample {
        style,
        text,
        footnote: notes.first().map(|n| format!("¹ {n}")),
    }
}

/// The paragraph's text once `placement` is applied at the cursor of `request`, footnote calls
/// shown as "¹", with the footnotes' texts.
pub fn applied(request: &CitationRequest, placement: &CitationPlacement) -> (String, Vec<String>) {
    let mut text = drop_utf16(&request.before, placement.replace_before, true).to_string();
    let mut notes = Vec::new();
    for inline in &placement.insert {
        match inline {
            Inline::Footnote { content } => {
                text.push('¹');
                notes.push(plain(content));
            }
            other => text.push_str(&plain(std::slice::from_ref(other))),
        }
    }
    text.push_str(drop_utf16(&request.after, placement.replace_after, false));
    (text, notes)
}

/// Inline content as it reads, footnote calls left out.
fn plain(content: &[Inline]) -> String {
    content
        .iter()
        .map(|i| match i {
            Inline::Text { text, .. } => text.clone(),
            Inline::Citation { symbol, paragraph } => citation_text(symbol, paragraph.as_deref()),
            Inline::HardBreak => "\n".into(),
            Inline::Footnote { .. } => String::new(),
        })
        .collect()
}

/// `s` without `n` UTF-16 code units at its end (`from_end`) or its start.
fn drop_utf16(s: &str, n: u32, from_end: bool) -> &str {
    let mut left = n as usize;
    if from_end {
        let mut at = s.len();
        for (i, c) in s.char_indices().rev() {
            if left == 0 {
                break;
            }
            left = left.saturating_sub(c.len_utf16());
            at = i;
        }
        &s[..at]
    } else {
        let mut at = 0;
        for (i, c) in s.char_indices() {
            if left == 0 {
                break;
            }
            left = left.saturating_sub(c.len_utf16());
            at = i + c.len_utf8();
        }
        &s[at..]
    }
}

impl CitationPlacement {
    /// The citation's own text, as it reads in the paragraph ([`citation_text`]).
    pub fn citation_text(&self) -> Option<String> {
        fn find(inlines: &[Inline]) -> Option<String> {
            inlines.iter().find_map(|i| match i {
                Inline::Citation { symbol, paragraph } => {
                    Some(citation_text(symbol, paragraph.as_deref()))
                }
                Inline::Footnote { content } => find(content),
                _ => None,
            })
        }
        find(&self.insert)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraph after inserting the citation of A/HRC/59/15, para. 140.212 with the
    /// cursor between `before` and `after`; footnotes as "¹", their texts after " | ".
    fn write(style: CitationStyle, before: &str, after: &str) -> String {
        let request = CitationRequest {
            before: before.into(),
            after: after.into(),
            symbol: " A/HRC/59/15 ".into(),
            paragraph: Some("140.212".into()),
        };
        let (text, notes) = applied(&request, &place(style, &request));
        if notes.is_empty() {
            text
        } else {
            format!("{text} | {}", notes.join(" | "))
        }
    }

    fn bracket(before: &str, after: &str) -> String {
        write(CitationStyle::Parenthetical, before, after)
    }

    fn note(before: &str, after: &str) -> String {
        write(CitationStyle::Footnote, before, after)
    }

    #[test]
    fn after_a_full_stop_the_citation_goes_before_it_in_brackets() {
        assert_eq!(
            bracket("water supply in 2025.", ""),
            "water supply in 2025 (A/HRC/59/15, para. 140.212)."
        );
        // The next sentence already begun: its space stays after the full stop.
        assert_eq!(
            bracket("in 2025. ", "The city"),
            "in 2025 (A/HRC/59/15, para. 140.212). The city"
        );
        assert_eq!(
            bracket("in 2025.", " The city"),
            "in 2025 (A/HRC/59/15, para. 140.212). The city"
        );
        // Other closing punctuation, and several marks together.
        assert_eq!(
            bracket("was it met?!", ""),
            "was it met (A/HRC/59/15, para. 140.212)?!"
        );
        assert_eq!(
            bracket("in 2025, ", "and"),
            "in 2025 (A/HRC/59/15, para. 140.212), and"
        );
        // French spaces before ";" stay where the writer put them.
        assert_eq!(
            bracket("en 2025\u{A0};", ""),
            "en 2025 (A/HRC/59/15, para. 140.212)\u{A0};"
        );
        assert_eq!(
            bracket("في عام 2025.", ""),
            "في عام 2025 (A/HRC/59/15, para. 140.212)."
        );
    }

    #[test]
    fn inside_a_sentence_the_brackets_are_spaced_from_the_words() {
        assert_eq!(
            bracket("as recommended", " by the Council."),
            "as recommended (A/HRC/59/15, para. 140.212) by the Council."
        );
        assert_eq!(
            bracket("as recommended ", "by the Council."),
            "as recommended (A/HRC/59/15, para. 140.212) by the Council."
        );
        assert_eq!(
            bracket("as recommended", "by"),
            "as recommended (A/HRC/59/15, para. 140.212) by"
        );
        assert_eq!(
            bracket("in 2025", "."),
            "in 2025 (A/HRC/59/15, para. 140.212)."
        );
        // At the start of a paragraph or a line, after an opening bracket, next to Chinese.
        assert_eq!(bracket("", ""), "(A/HRC/59/15, para. 140.212)");
        assert_eq!(bracket("\n", ""), "\n(A/HRC/59/15, para. 140.212)");
        assert_eq!(
            bracket("2025年。", ""),
            "2025年(A/HRC/59/15, para. 140.212)。"
        );
        // After a footnote call (U+FFFC) the punctuation before it is not moved.
        assert_eq!(
            bracket("in 2025.\u{FFFC}", ""),
            "in 2025.\u{FFFC} (A/HRC/59/15, para. 140.212)"
        );
    }

    #[test]
    fn a_footnote_is_called_after_the_punctuation() {
        assert_eq!(
            note("in 2025.", ""),
            "in 2025.¹ | A/HRC/59/15, para. 140.212."
        );
        assert_eq!(
            note("in 2025. ", "The city"),
            "in 2025.¹ The city | A/HRC/59/15, para. 140.212."
        );
        assert_eq!(
            note("in 2025", ". The city"),
            "in 2025.¹ The city | A/HRC/59/15, para. 140.212."
        );
        assert_eq!(
            note("in 2025 ", "."),
            "in 2025.¹ | A/HRC/59/15, para. 140.212."
        );
        assert_eq!(
            note("as recommended ", "by"),
            "as recommended¹ by | A/HRC/59/15, para. 140.212."
        );
    }

    #[test]
    fn the_replaced_characters_are_counted_as_the_editor_counts() {
        // An emoji (two UTF-16 units) before the sentence does not shift anything: only the
        // punctuation and spaces at the end are replaced.
        let request = CitationRequest {
            before: "🏠 in 2025.\u{A0} ".into(),
            after: String::new(),
            symbol: "A/HRC/59/15".into(),
            paragraph: None,
        };
        let p = place(CitationStyle::Parenthetical, &request);
        assert_eq!(p.replace_before, 3);
        assert_eq!(
            p.insert,
            vec![
                Inline::text(" ("),
                Inline::Citation {
                    symbol: "A/HRC/59/15".into(),
                    paragraph: None
                },
                Inline::text(").\u{A0} "),
            ]
        );
        assert_eq!(p.citation_text().as_deref(), Some("A/HRC/59/15"));
    }

    #[test]
    fn settings_show_each_style_on_the_same_sentence() {
        assert_eq!(
            example(CitationStyle::Parenthetical),
            CitationExample {
                style: CitationStyle::Parenthetical,
                text: "The city connected 1,200 homes to the water supply in 2025 (A/HRC/59/15, para. 140.212).".into(),
                footnote: None,
            }
        );
        assert_eq!(
            example(CitationStyle::Footnote),
            CitationExample {
                style: CitationStyle::Footnote,
                text: "The city connected 1,200 homes to the water supply in 2025.¹".into(),
                footnote: Some("¹ A/HRC/59/15, para. 140.212.".into()),
            }
        );
    }

    #[test]
    fn the_style_has_one_word_each() {
        let words: Vec<String> = CitationStyle::ALL
            .iter()
            .map(|s| serde_json::to_string(s).unwrap())
            .collect();
        assert_eq!(words, ["\"parenthetical\"", "\"footnote\""]);
        assert_eq!(CitationStyle::default(), CitationStyle::Parenthetical);
    }
}

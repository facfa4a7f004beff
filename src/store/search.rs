//! Search across all drafts with SQLite FTS5, and the rules every search box shares.
//!
//! Two indexes over the same text: one of words (diacritics folded, so "Etat" finds "État")
//! and one of trigrams, so that Chinese and Japanese — written without spaces — and parts of
//! words are found too. The core keeps both in step with every save (rowid = section id);
//! sections in the bin are filtered out when searching, so restoring one needs no re-indexing.
//!
//! What a query may be ([`check_query`]): at most [`MAX_QUERY_CHARS`] characters and
//! [`MAX_QUERY_WORDS`] words, refused in plain words beyond, before the database is touched.
//! Each word is quoted (operators typed by the officer are taken literally) and a word typed
//! twice is asked for once: FTS5's ranking and highlighting cost grows with the number of
//! phrases times the number of matches, so repeated words made a long query's cost grow with
//! the square of its length. A query FTS5 still cannot read is answered in plain words; any
//! other database error (a damaged index) is reported as an error, never as "nothing found".

use crate::document::Content;
use crate::model::language::Arg;
use crate::store::{live, Store};
use crate::{Error, Result};
use serde::Serialize;
use std::collections::HashSet;
use ts_rs::TS;

/// The longest query searched, in characters. A search is a few words, or a sentence pasted
/// from a draft; 2,000 characters is a long paragraph. Longer text is refused before anything
/// is read, so a pasted page never holds the database (and the app) for seconds.
pub const MAX_QUERY_CHARS: usize = 2_000;

/// The most words in one query. Every word is required, so a match must hold them all: beyond
/// a couple of hundred words nothing more is found, only more work is done.
pub const MAX_QUERY_WORDS: usize = 200;

/// Checks a query typed or pasted into a search box: trimmed, with control characters (which no
/// text is searched for and which would cut the query short inside SQLite) turned into spaces,
/// and within [`MAX_QUERY_CHARS`] and [`MAX_QUERY_WORDS`]. Cheap and touches no database: the
/// app calls it before taking the database. An empty result means "search for nothing".
pub fn check_query(query: &str) -> Result<String> {
    let chars = query.chars().count();
    // `what` is `characters` or `words` (the catalogue's message words the count by it).
    let too_long = |what: &'static str, n: usize| {
        Error::invalid_said(
            "query",
            "error.search_too_long",
            vec![
                ("what", what.into()),
                ("n", Arg::Grouped(n)),
                ("max_words", MAX_QUERY_WORDS.into()),
                ("max_chars", Arg::Grouped(MAX_QUERY_CHARS)),
            ],
        )
    };
    if chars > MAX_QUERY_CHARS {
        return Err(too_long("characters", chars));
    }
    let cleaned: String = query
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let words = cleaned.split_whitespace().count();
    if words > MAX_QUERY_WORDS {
        return Err(too_long("words", words));
    }
    Ok(cleaned.trim().to_string())
}

/// The words of a (checked) query, punctuation trimmed from their ends, each once (compared
/// case-blind, as the index compares them) in the order first typed — except the last word
/// typed, which stays last: it is the word being typed, searched as a prefix. Linear in the
/// query's length.
pub(crate) fn query_words(q: &str) -> Vec<String> {
    let all: Vec<&str> = q
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let Some((last, rest)) = all.split_last() else {
        return Vec::new();
    };
    let last_key = last.to_lowercase();
    let mut seen: HashSet<String> = HashSet::new();
    seen.insert(last_key);
    let mut words: Vec<String> = Vec::new();
    for w in rest {
        if seen.insert(w.to_lowercase()) {
            words.push((*w).to_string());
        }
    }
    words.push((*last).to_string());
    words
}

/// The word that separates alternatives in a query ("Roma OR housing"), written in capitals as
/// search engines write it, so that "or" in a sentence stays a word.
pub(crate) const OR: &str = "OR";

/// A (checked) query for an FTS5 word index: every word required (each quoted, so operators
/// and punctuation are taken literally, and each once), except that a standalone [`OR`]
/// separates alternatives — "Roma OR housing" finds either. `prefix` says whether the last word
/// typed (the one being typed) is searched as a prefix. None when there is no word.
pub(crate) fn word_match(q: &str, prefix: impl Fn(&str) -> bool) -> Option<String> {
    let mut groups: Vec<Vec<String>> = Vec::new();
    let mut current = String::new();
    for token in q.split_whitespace() {
        if token == OR {
            groups.push(query_words(&current));
            current.clear();
        } else {
            current.push_str(token);
            current.push(' ');
        }
    }
    groups.push(query_words(&current));
    let groups: Vec<Vec<String>> = groups.into_iter().filter(|g| !g.is_empty()).collect();
    let last_word = groups.last()?.last()?.clone();
    let star = if prefix(&last_word) { "*" } else { "" };
    let count = groups.len();
    let parts: Vec<String> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let mut words: Vec<String> = g.iter().map(|w| quoted(w)).collect();
            if i + 1 == count {
                if let Some(w) = words.last_mut() {
                    w.push_str(star);
                }
            }
            words.join(" ")
        })
        .collect();
    Some(if count == 1 {
        parts.concat()
    } else {
        parts
            .iter()
            .map(|p| format!("({p})"))
            .collect::<Vec<_>>()
            .join(" OR ")
    })
}

/// A word as an FTS5 string: quoted, so operators and punctuation are taken literally.
pub(crate) fn quoted(word: &str) -> String {
    format!("\"{}\"", word.replace('"', "\"\""))
}

/// The whole (checked) query as one FTS5 phrase for a trigram index.
pub(crate) fn trigram_query(q: &str) -> String {
    quoted(q)
}

/// A failed full-text query as the officer should see it: a query FTS5 could not read (which
/// quoting should prevent) in plain words; anything else — a damaged index, a disk error — as
/// the error it is.
pub(crate) fn fts_error(e: rusqlite::Error) -> Error {
    let text = e.to_string();
    if text.starts_with("fts5:") && text.contains("syntax error") {
        return Error::invalid_said("query", "error.search_not_understood", vec![]);
    }
    if matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt)
    ) || text.contains("malformed")
    {
        return Error::said("damaged", "error.search_index_damaged", vec![]);
    }
    Error::Database(e)
}

/// Markers FTS5's `snippet()` puts around a match; private-use characters never typed.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// Most hits returned for one query.
pub const MAX_HITS: usize = 50;

/// A place where the query was found.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SearchHit {
    pub submission_id: i64,
    pub submission_title: String,
    pub section_id: i64,
    pub section_title: String,
    /// Text before the match (a few words), the match, and the text after it.
    pub before: String,
    pub matched: String,
    pub after: String,
}

fn body_text(content: &Content) -> String {
    let parts = content.text_parts();
    let mut s = parts.body.join("\n");
    for f in parts.footnotes {
        s.push('\n');
        s.push_str(&f);
    }
    s
}

/// Puts a section into both indexes (replacing what was there).
pub(crate) fn index_section(
    tx: &rusqlite::Connection,
    id: i64,
    title: &str,
    content: &Content,
) -> Result<()> {
    let body = body_text(content);
    for table in ["section_search", "section_search_trigram"] {
        tx.execute(&format!("DELETE FROM {table} WHERE rowid = ?1"), [id])?;
        tx.execute(
            &format!("INSERT INTO {table} (rowid, title, body) VALUES (?1, ?2, ?3)"),
            rusqlite::params![id, title, body],
        )?;
    }
    Ok(())
}

/// A query for the word index: each word quoted (so punctuation and operators typed by the
/// user are taken literally) and asked for once, the last one as a prefix, all required.
fn word_query(q: &str) -> Option<String> {
    word_match(q, |_| true)
}

fn split_snippet(s: &str) -> (String, String, String) {
    match (s.find(OPEN), s.find(CLOSE)) {
        (Some(a), Some(b)) if a < b => {
            let before = &s[..a];
            let matched = &s[a + OPEN.len_utf8()..b];
            let after = s[b + CLOSE.len_utf8()..].replace([OPEN, CLOSE], "");
            (
                before.replace([OPEN, CLOSE], ""),
                matched.to_string(),
                after,
            )
        }
        _ => (s.replace([OPEN, CLOSE], ""), String::new(), String::new()),
    }
}

impl Store {
    /// Finds `query` in every draft not in the bin: by words first, then by trigrams (for text
    /// without spaces and parts of words) for sections the word search did not find.
    /// The query is checked first ([`check_query`]): one over the limits is refused.
    pub fn search_drafts(&self, query: &str) -> Result<Vec<SearchHit>> {
        let query = check_query(query)?;
        let query = query.as_str();
        if query.is_empty() {
            return Ok(Vec::new());
        }
        let mut hits: Vec<SearchHit> = Vec::new();
        if let Some(q) = word_query(query) {
            self.collect_hits("section_search", &q, &mut hits)?;
        }
        if query.chars().count() >= 3 && hits.len() < MAX_HITS {
            self.collect_hits("section_search_trigram", &trigram_query(query), &mut hits)?;
        }
        hits.truncate(MAX_HITS);
        Ok(hits)
    }

    fn collect_hits(&self, table: &str, fts_query: &str, hits: &mut Vec<SearchHit>) -> Result<()> {
        let sql = format!(
            "SELECT c.id AS section_id, c.title AS section_title, s.id AS submission_id,
                    s.title AS submission_title, snippet({table}, 1, ?2, ?3, '…', 16) AS body,
                    snippet({table}, 0, ?2, ?3, '', 16) AS title
             FROM {table} f
             JOIN section c ON c.id = f.rowid
             JOIN submission s ON s.id = c.submission_id
             JOIN engagement e ON e.id = s.engagement_id
             WHERE {table} MATCH ?1 AND {} AND {} AND {}
             ORDER BY rank LIMIT ?4",
            live("c"),
            live("s"),
            live("e")
        );
        let mut stmt = self.conn.prepare(&sql).map_err(fts_error)?;
        let rows = stmt
            .query_map(
                rusqlite::params![
                    fts_query,
                    OPEN.to_string(),
                    CLOSE.to_string(),
                    MAX_HITS as i64
                ],
                |r| {
                    Ok((
                        r.get::<_, i64>("section_id")?,
                        r.get::<_, String>("section_title")?,
                        r.get::<_, i64>("submission_id")?,
                        r.get::<_, String>("submission_title")?,
                        r.get::<_, String>("body")?,
                        r.get::<_, String>("title")?,
                    ))
                },
            )
            .map_err(fts_error)?;
        for row in rows {
            let (section_id, section_title, submission_id, submission_title, body, title) =
                row.map_err(fts_error)?;
            if hits.iter().any(|h| h.section_id == section_id) {
                continue;
            }
            let (before, matched, after) = if body.contains(OPEN) {
                split_snippet(&body)
            } else {
                split_snippet(&title)
            };
            hits.push(SearchHit {
                submission_id,
                submission_title,
                section_id,
                section_title,
                before,
                matched,
                after,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn or_in_capitals_separates_alternatives_and_every_other_word_is_required() {
        assert_eq!(
            word_match("Roma OR housing", |_| true).as_deref(),
            Some("(\"Roma\") OR (\"housing\"*)")
        );
        assert_eq!(
            word_match("water Roma OR housing evictions", |_| false).as_deref(),
            Some("(\"water\" \"Roma\") OR (\"housing\" \"evictions\")")
        );
        // "or" in small letters is a word; a lone or trailing OR adds no empty alternative.
        assert_eq!(
            word_match("water or sanitation", |_| false).as_deref(),
            Some("\"water\" \"or\" \"sanitation\"")
        );
        assert_eq!(
            word_match("housing OR", |_| false).as_deref(),
            Some("\"housing\"")
        );
        assert_eq!(word_match("OR", |_| false), None);
    }

    #[test]
    fn user_text_is_quoted_so_operators_are_literal() {
        assert_eq!(
            word_query("housing AND NOT water").unwrap(),
            "\"housing\" \"AND\" \"NOT\" \"water\"*"
        );
        assert_eq!(word_query("\"évictions\""), Some("\"évictions\"*".into()));
        assert_eq!(word_query(" -- "), None);
    }

    #[test]
    fn a_word_typed_twice_is_asked_for_once_and_the_last_stays_last() {
        assert_eq!(
            query_words("Housing water housing, HOUSING water"),
            vec!["Housing".to_string(), "water".to_string()]
        );
        let long = "water ".repeat(150) + "housing";
        assert_eq!(word_query(&long).unwrap(), "\"water\" \"housing\"*");
    }

    #[test]
    fn queries_over_the_limits_are_refused_in_plain_words() {
        let words = "word ".repeat(MAX_QUERY_WORDS + 1);
        let err = check_query(&words).unwrap_err();
        assert!(err.to_string().contains("at most 200 words"), "{err}");
        assert!(err.to_string().contains("201 words"), "{err}");
        let chars = "x".repeat(MAX_QUERY_CHARS + 1);
        let err = check_query(&chars).unwrap_err();
        assert!(err.to_string().contains("2,001 characters"), "{err}");
        assert_eq!(check_query(" a\u{0}b ").unwrap(), "a b");
    }

    #[test]
    fn snippets_split_around_the_marked_match() {
        let s = format!("the city {OPEN}housing{CLOSE} policy");
        assert_eq!(
            split_snippet(&s),
            ("the city ".into(), "housing".into(), " policy".into())
        );
    }
}

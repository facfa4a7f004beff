//! Search across all drafts with SQLite FTS5.
//!
//! Two indexes over the same text: one of words (diacritics folded, so "Etat" finds "État")
//! and one of trigrams, so that Chinese and Japanese — written without spaces — and parts of
//! words are found too. The core keeps both in step with every save (rowid = section id);
//! sections in the bin are filtered out when searching, so restoring one needs no re-indexing.

use crate::document::Content;
use crate::store::Store;
use crate::Result;
use serde::Serialize;
use ts_rs::TS;

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
/// user are taken literally), the last one as a prefix, all required.
fn word_query(q: &str) -> Option<String> {
    let words: Vec<String> = q
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(format!("{}*", words.join(" ")))
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
    pub fn search_drafts(&self, query: &str) -> Result<Vec<SearchHit>> {
        let query = query.trim();
        if query.is_empty() {
            return Ok(Vec::new());
        }
        let mut hits: Vec<SearchHit> = Vec::new();
        if let Some(q) = word_query(query) {
            self.collect_hits("section_search", &q, &mut hits)?;
        }
        if query.chars().count() >= 3 && hits.len() < MAX_HITS {
            let q = format!("\"{}\"", query.replace('"', "\"\""));
            self.collect_hits("section_search_trigram", &q, &mut hits)?;
        }
        hits.truncate(MAX_HITS);
        Ok(hits)
    }

    fn collect_hits(&self, table: &str, fts_query: &str, hits: &mut Vec<SearchHit>) -> Result<()> {
        let sql = format!(
            "SELECT c.id, c.title, s.id, s.title, snippet({table}, 1, ?2, ?3, '…', 16), snippet({table}, 0, ?2, ?3, '', 16)
             FROM {table} f
             JOIN section c ON c.id = f.rowid
             JOIN submission s ON s.id = c.submission_id
             JOIN engagement e ON e.id = s.engagement_id
             WHERE {table} MATCH ?1 AND c.deleted_at IS NULL AND s.deleted_at IS NULL AND e.deleted_at IS NULL
             ORDER BY rank LIMIT ?4"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(
            rusqlite::params![
                fts_query,
                OPEN.to_string(),
                CLOSE.to_string(),
                MAX_HITS as i64
            ],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            },
        );
        // A query FTS5 cannot parse is no match, not an error the officer must understand.
        let rows = match rows {
            Ok(rows) => rows,
            Err(_) => return Ok(()),
        };
        for row in rows {
            let Ok((section_id, section_title, submission_id, submission_title, body, title)) = row
            else {
                continue;
            };
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
    fn user_text_is_quoted_so_operators_are_literal() {
        assert_eq!(
            word_query("housing AND NOT water").unwrap(),
            "\"housing\" \"AND\" \"NOT\" \"water\"*"
        );
        assert_eq!(word_query("\"évictions\""), Some("\"évictions\"*".into()));
        assert_eq!(word_query(" -- "), None);
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

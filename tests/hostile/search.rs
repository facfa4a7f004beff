//! Search boxes fed a pasted page, and search indexes that are damaged: a query over the limits
//! is refused in plain words before the database is read; a long query's cost stays linear (a
//! word typed many times is asked for once); a damaged index is an error, never "nothing found".

use cityrights::recommendation::{RecommendationFilter, RecommendationInput};
use cityrights::search::{check_query, MAX_QUERY_CHARS, MAX_QUERY_WORDS};
use cityrights::Store;
use std::path::Path;

const WORDS: [&str; 12] = [
    "ensure", "adequate", "housing", "and", "access", "to", "water", "for", "all", "persons", "in",
    "cities",
];

/// A database with `n` recommendations that share most of their words.
fn with_recommendations(dir: &Path, n: usize) -> Store {
    let mut s = Store::open(&dir.join("c.sqlite3")).unwrap();
    for i in 0..n {
        s.create_recommendation(&RecommendationInput {
            symbol: "A/HRC/59/15".into(),
            paragraph: format!("140.{i}"),
            text: format!(
                "Ensure adequate housing and access to water for all persons in cities, case {i}"
            ),
            ..Default::default()
        })
        .unwrap();
    }
    s
}

/// `n` words from the recommendations' own vocabulary: every one of them matches.
fn long_query(n: usize) -> String {
    (0..n)
        .map(|i| WORDS[i % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes garbage over the pages of a full-text index's data (its shadow table), through a
/// second connection, as a disk error or a hostile file would.
fn damage_index(db: &Path, fts_table: &str) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let n = conn
        .execute(
            // Every byte 0xFF, the same on every run: random bytes now and then still read as
            // a valid (empty) page, and the test then saw "nothing found" once in a while.
            &format!(
                "UPDATE {fts_table}_data SET block = unhex(replace(hex(zeroblob(length(block))), '00', 'FF')) WHERE id > 10"
            ),
            [],
        )
        .unwrap();
    assert!(n > 0, "the index of {fts_table} has data pages to damage");
}

#[test]
fn a_pasted_page_of_two_thousand_words_is_refused_in_plain_words_before_the_database_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let s = with_recommendations(dir.path(), 300);
    let q = long_query(2_000);
    assert!(q.chars().count() > MAX_QUERY_CHARS);

    // The index is damaged first: the refusal comes without reading it, so it is the cap's
    // message, not the damaged index's.
    damage_index(&dir.path().join("c.sqlite3"), "recommendation_search");
    for err in [
        s.search_recommendations(&q, 50).unwrap_err(),
        s.list_recommendations(
            &RecommendationFilter {
                query: q.clone(),
                ..Default::default()
            },
            50,
            0,
        )
        .unwrap_err(),
        s.search_drafts(&q).unwrap_err(),
        check_query(&q).unwrap_err(),
    ] {
        let msg = err.to_string();
        assert_eq!(err.kind(), "invalid", "{msg}");
        assert!(msg.contains("This search is too long"), "{msg}");
        assert!(
            msg.contains(&format!(
                "at most {MAX_QUERY_WORDS} words and 2,000 characters"
            )),
            "{msg}"
        );
        assert!(!msg.contains("database"), "{msg}");
    }

    // Words over the cap, in fewer characters than the cap, are refused too.
    let many_short = vec!["a"; MAX_QUERY_WORDS + 1].join(" ");
    assert!(many_short.chars().count() <= MAX_QUERY_CHARS);
    let msg = s
        .search_recommendations(&many_short, 50)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("201 words"), "{msg}");
}

#[test]
fn the_longest_query_allowed_made_of_matching_words_is_answered() {
    let dir = tempfile::tempdir().unwrap();
    let s = with_recommendations(dir.path(), 300);
    // 200 words, every one matching every recommendation: the worst case for ranking and
    // highlighting, bounded because each word is asked for once.
    let q = long_query(MAX_QUERY_WORDS);
    assert!(check_query(&q).is_ok());
    let found = s.search_recommendations(&q, 50).unwrap();
    assert_eq!(found.len(), 50);
    assert!(found[0].pieces.iter().any(|p| p.hit));
    let page = s
        .list_recommendations(
            &RecommendationFilter {
                query: q.clone(),
                ..Default::default()
            },
            20,
            0,
        )
        .unwrap();
    assert_eq!(page.total, 300);
    assert_eq!(page.items.len(), 20);
}

#[test]
fn operators_and_quotes_typed_by_the_officer_are_plain_text_not_errors() {
    let dir = tempfile::tempdir().unwrap();
    let s = with_recommendations(dir.path(), 5);
    for q in [
        "\"housing",
        "housing AND (water",
        "NEAR(housing water",
        "housing\"\"water",
        "^water* -housing +",
        "housing\u{0}water",
        "col:water",
    ] {
        s.search_recommendations(q, 10)
            .unwrap_or_else(|e| panic!("{q:?}: {e}"));
        s.search_drafts(q).unwrap_or_else(|e| panic!("{q:?}: {e}"));
        s.list_recommendations(
            &RecommendationFilter {
                query: q.into(),
                ..Default::default()
            },
            10,
            0,
        )
        .unwrap_or_else(|e| panic!("{q:?}: {e}"));
    }
}

#[test]
fn a_damaged_recommendation_index_is_an_error_not_nothing_found() {
    let dir = tempfile::tempdir().unwrap();
    let s = with_recommendations(dir.path(), 300);
    assert!(!s.search_recommendations("housing", 10).unwrap().is_empty());
    damage_index(&dir.path().join("c.sqlite3"), "recommendation_search");
    let err = s
        .search_recommendations("housing", 10)
        .expect_err("a damaged index must not answer \"nothing found\"");
    let msg = err.to_string();
    assert!(
        msg.contains("search index of this database is damaged"),
        "{msg}"
    );
    let err = s
        .list_recommendations(
            &RecommendationFilter {
                query: "housing".into(),
                ..Default::default()
            },
            10,
            0,
        )
        .expect_err("a damaged index must not answer \"nothing found\"");
    assert!(err.to_string().contains("damaged"), "{err}");
}

#[test]
fn a_damaged_draft_index_is_an_error_not_nothing_found() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let mut s = Store::open(&db).unwrap();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    assert!(!s.search_drafts("housing").unwrap().is_empty());
    damage_index(&db, "section_search");
    let err = s
        .search_drafts("housing")
        .expect_err("a damaged index must not answer \"nothing found\"");
    assert!(err.to_string().contains("damaged"), "{err}");
}

//! One owner per table, rows by name (issue #13), checked by every `cargo test`. This test
//! reads `src/` as text and fails on
//!
//! - a statement on a table outside the module that owns the table ([`OWNERS`]): a
//!   `FROM <table>` (a read, a sub-select, a `DELETE FROM`), an `INSERT … INTO <table>` or an
//!   `UPDATE <table>`. A read may `JOIN` another family's table (to leave out what is in the
//!   bin, or to show a title): the statement lives with the table it reads `FROM`, and writes
//!   only ever go to the owner's own tables;
//! - a table the migrations create that has no owner here;
//! - a row read by position (`row.get(0)`, `r.get::<_, String>(3)`): columns are read by name
//!   (`row.get("title")`, with `AS name` for an expression), so that a column added to a
//!   SELECT cannot shift the others.
//!
//! What it cannot see: statements whose table name is put in at run time (`FROM {table}`).
//! Those are the generic ones — the whole-database copy of a workspace import and the checks
//! of a backup file (every table of a file at once, in `app::workspace` and `app::backup`),
//! the search indexes' statements over their two tables, and `store::Columns`, which runs
//! the INSERT and UPDATE a table's module makes — each reached from its owner or explained
//! where it is. Keywords are read in upper case, as every statement here is written.

#[path = "support/sources.rs"]
mod sources;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Each table family's owner: the module of `src/store/` that holds every statement on its
/// tables (README, "Map of the code").
const OWNERS: &[(&str, &[&str])] = &[
    ("store/city.rs", &["city_profile"]),
    ("store/mechanism.rs", &["mechanism"]),
    ("store/engagement.rs", &["engagement"]),
    (
        "store/milestone.rs",
        &["milestone", "reminder_given", "calendar_feed"],
    ),
    ("store/stakeholder.rs", &["stakeholder"]),
    (
        "store/submission.rs",
        &["submission", "co_submitter", "section"],
    ),
    (
        "store/revision.rs",
        &[
            "submission_revision",
            "submission_sent",
            "submission_sent_earlier",
        ],
    ),
    (
        "store/contribution.rs",
        &[
            "contribution_request",
            "contribution",
            "contribution_change",
            "contribution_origin",
            "contribution_baseline",
        ],
    ),
    (
        "store/search.rs",
        &["section_search", "section_search_trigram"],
    ),
    (
        "store/recommendation.rs",
        &[
            "recommendation",
            "recommendation_import",
            "recommendation_tag",
            "recommendation_evidence",
            "recommendation_search",
            "recommendation_search_trigram",
        ],
    ),
    ("store/department.rs", &["department"]),
    (
        "store/plan.rs",
        &[
            "action",
            "action_recommendation",
            "action_partner",
            "action_sdg_target",
            "recommendation_sdg_target",
            "indicator",
            "indicator_id_high",
            "measurement",
            "plan_reminder_given",
        ],
    ),
    (
        "store/consultation.rs",
        &[
            "consultation",
            "consultation_participant",
            "personal_data_policy",
        ],
    ),
    ("store/identity.rs", &["database_identity"]),
];

/// Statements that stand outside their owner for now, each with why. Keep it short: an entry
/// goes when its statements move, and the test fails when an entry is no longer needed.
const WAITING: &[(&str, &str, &str)] = &[];

/// Files that still read rows by position, each with why (the same rule: the entry goes when
/// the file is mended, and the test fails when it is no longer needed).
const BY_POSITION_WAITING: &[(&str, &str)] = &[];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `src/`, by its path from `src/` (`store/city.rs`), with its text.
fn sources() -> BTreeMap<String, String> {
    let src = root().join("src");
    sources::rs_files(&src)
        .into_iter()
        .map(|f| {
            let name = f
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (name, std::fs::read_to_string(&f).unwrap())
        })
        .collect()
}

/// The words of `text` (runs of letters, digits and `_`), each with its line.
fn words(text: &str) -> Vec<(&str, usize)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut start = None;
        for (i, c) in line.char_indices() {
            let word = c.is_ascii_alphanumeric() || c == '_';
            match (word, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push((&line[s..i], n + 1));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((&line[s..], n + 1));
        }
    }
    out
}

/// The tables the migrations leave (created and not dropped), and the one the store creates
/// at opening (`database_identity`).
fn tables() -> BTreeSet<String> {
    let dir = root().join("assets").join("migrations");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    let mut texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    texts.push(std::fs::read_to_string(root().join("src/store/identity.rs")).unwrap());
    let mut out = BTreeSet::new();
    for text in &texts {
        let w: Vec<&str> = words(text).into_iter().map(|(w, _)| w).collect();
        for i in 0..w.len() {
            let after_table = |k: usize| {
                let mut k = k;
                if w.get(k) == Some(&"IF") {
                    k += 3; // IF NOT EXISTS
                }
                w.get(k).map(|t| t.to_string())
            };
            if w[i] == "CREATE" && w.get(i + 1) == Some(&"TABLE") {
                out.extend(after_table(i + 2));
            } else if w[i] == "CREATE" && w.get(i + 2) == Some(&"TABLE") {
                out.extend(after_table(i + 3)); // CREATE VIRTUAL TABLE
            } else if w[i] == "DROP" && w.get(i + 1) == Some(&"TABLE") {
                if let Some(t) = after_table(i + 2) {
                    out.remove(&t);
                }
            }
        }
    }
    out
}

fn owner_of(table: &str) -> Option<&'static str> {
    OWNERS
        .iter()
        .find(|(_, ts)| ts.contains(&table))
        .map(|(f, _)| *f)
}

/// Whether `file` is the module `owner` (`store/recommendation.rs`) or one of its own
/// submodules (`store/recommendation/follow_up.rs`).
fn owns(owner: &str, file: &str) -> bool {
    file == owner
        || owner
            .strip_suffix(".rs")
            .is_some_and(|folder| file.starts_with(&format!("{folder}/")))
}

/// Every statement on one of `tables` in `text`: (table, line).
fn statements<'a>(text: &'a str, tables: &BTreeSet<String>) -> Vec<(&'a str, usize)> {
    let w = words(text);
    let mut out = Vec::new();
    for pair in w.windows(2) {
        let (keyword, _) = pair[0];
        let (table, line) = pair[1];
        if matches!(keyword, "FROM" | "INTO" | "UPDATE") && tables.contains(table) {
            out.push((table, line));
        }
    }
    out
}

#[test]
fn every_table_has_one_owner() {
    let tables = tables();
    assert!(
        tables.len() >= 15 && tables.contains("engagement") && !tables.contains("section_revision"),
        "the migrations were not read as expected: {tables:?}"
    );
    let without: Vec<&String> = tables.iter().filter(|t| owner_of(t).is_none()).collect();
    assert!(
        without.is_empty(),
        "tables without an owner (add each to OWNERS, and its module to README's map): {without:?}"
    );
    for (file, ts) in OWNERS {
        assert!(
            root().join("src").join(file).is_file(),
            "{file} is not there"
        );
        for t in *ts {
            assert!(
                tables.contains(*t),
                "{t} ({file}) is no table of the migrations"
            );
        }
    }
}

#[test]
fn statements_live_with_the_table_they_read_or_write() {
    let tables = tables();
    let mut wrong = Vec::new();
    let mut seen = 0;
    let mut waiting_used: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (file, text) in &sources() {
        for (table, line) in statements(text, &tables) {
            seen += 1;
            let owner = owner_of(table).unwrap_or("(none)");
            if owns(owner, file) {
                continue;
            }
            if let Some((f, t, _)) = WAITING.iter().find(|(f, t, _)| f == file && *t == table) {
                waiting_used.insert((f, t));
                continue;
            }
            wrong.push(format!(
                "src/{file}:{line}: a statement on {table}, whose statements belong in src/{owner}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "SQL outside its table's module (move it there behind a named function, and call \
         that):\n{}",
        wrong.join("\n")
    );
    // The reader must see something: the store's statements are there to find.
    assert!(
        seen > 100,
        "only {seen} statements found: the reader is broken"
    );
    let stale: Vec<String> = WAITING
        .iter()
        .filter(|(f, t, _)| !waiting_used.contains(&(*f, *t)))
        .map(|(f, t, why)| format!("{f} on {t} ({why})"))
        .collect();
    assert!(
        stale.is_empty(),
        "these statements have moved to their owner: take them off WAITING:\n{}",
        stale.join("\n")
    );
}

/// Where `text` reads a row's column by its position: `.get(0)`, `.get::<_, T>(3)`,
/// `.get_ref(1)`… with a number for the column. (A slice's `.get(0)` is `.first()` to clippy,
/// so in this code a `.get(<number>)` is a row.)
fn reads_by_position(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for method in [
            ".get(",
            ".get::<",
            ".get_ref(",
            ".get_unwrap(",
            ".get_ref_unwrap(",
        ] {
            for (i, _) in line.match_indices(method) {
                let mut rest = &line[i + method.len()..];
                if method.ends_with('<') {
                    // Skip the type arguments to the call's parenthesis.
                    let Some(open) = rest.find(">(") else {
                        continue;
                    };
                    rest = &rest[open + 2..];
                }
                if rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
                    out.push(n + 1);
                }
            }
        }
    }
    out
}

#[test]
fn rows_are_read_by_column_name() {
    let mut wrong = Vec::new();
    let mut waiting_used = BTreeSet::new();
    for (file, text) in &sources() {
        // Only files that read rows: those that use rusqlite's queries.
        if !["query_row", "query_map", "rows.next()", "rusqlite::Row"]
            .iter()
            .any(|k| text.contains(k))
        {
            continue;
        }
        let lines = reads_by_position(text);
        if lines.is_empty() {
            continue;
        }
        if BY_POSITION_WAITING.iter().any(|(f, _)| f == file) {
            waiting_used.insert(file.clone());
            continue;
        }
        for line in lines {
            wrong.push(format!("src/{file}:{line}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "rows read by column position (read them by name: `row.get(\"title\")`, with \
         `AS name` for an expression):\n{}",
        wrong.join("\n")
    );
    let stale: Vec<&str> = BY_POSITION_WAITING
        .iter()
        .filter(|(f, _)| !waiting_used.contains(*f))
        .map(|(f, _)| *f)
        .collect();
    assert!(
        stale.is_empty(),
        "these files now read rows by name: take them off BY_POSITION_WAITING: {stale:?}"
    );
}

#[test]
fn the_readers_see_what_they_should() {
    let tables: BTreeSet<String> = ["section", "submission"].map(String::from).into();
    let text = "SELECT c.id FROM section c JOIN submission s\n\
                UPDATE submission SET x = 1; INSERT OR IGNORE INTO section (a)\n\
                DELETE FROM section; -- a section from somewhere; FROM sections";
    assert_eq!(
        statements(text, &tables),
        [
            ("section", 1),
            ("submission", 2),
            ("section", 2),
            ("section", 3)
        ]
    );
    let code = "r.get(0)?; row.get::<_, String>(12)?; r.get(\"id\")?; v.get(i); r.get_ref( 1)";
    assert_eq!(reads_by_position(code), [1, 1, 1]);
}

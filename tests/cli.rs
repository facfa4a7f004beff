//! The `cityrights` command line, called exactly as later checks call it (a contract).

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

#[path = "support/tools.rs"]
mod tools;

fn cli(db: &Path) -> Command {
    let mut c = Command::cargo_bin("cityrights").unwrap();
    c.arg("--db").arg(db).env_remove("CITYRIGHTS_DB");
    c
}

fn json(db: &Path, args: &[&str]) -> Value {
    let out = cli(db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn demo_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    cli(&db).arg("demo").assert().success();
    (dir, db)
}

#[test]
fn demo_fills_an_empty_database_and_refuses_a_non_empty_one() {
    let (_dir, db) = demo_db();
    let out = cli(&db).arg("demo").output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds data"));
}

#[test]
fn engagements_list_json_has_id_title_mechanism_and_stage() {
    let (_dir, db) = demo_db();
    let list = json(&db, &["engagements", "list", "--json"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 3);
    let mechanisms: Vec<&str> = list
        .iter()
        .map(|e| e["mechanism"].as_str().unwrap())
        .collect();
    for m in ["UPR", "CESCR", "SP"] {
        assert!(mechanisms.contains(&m), "{mechanisms:?}");
    }
    for e in list {
        assert!(e["id"].is_i64() && e["title"].is_string() && e["stage"].is_string());
    }
}

#[test]
fn deadlines_are_soonest_first_with_the_offset_of_their_own_zone() {
    let (_dir, db) = demo_db();
    let list = json(&db, &["deadlines", "--within", "30", "--json"]);
    let list = list.as_array().unwrap();
    assert!(!list.is_empty());
    let mut last = None;
    for d in list {
        for f in ["engagement_id", "kind", "title", "due", "time_zone"] {
            assert!(!d[f].is_null(), "missing {f} in {d}");
        }
        let due = chrono::DateTime::parse_from_rfc3339(d["due"].as_str().unwrap()).unwrap();
        let tz: chrono_tz::Tz = d["time_zone"].as_str().unwrap().parse().unwrap();
        // The offset printed is the one of the milestone's own zone at that instant.
        assert_eq!(
            due.offset().local_minus_utc(),
            chrono::Offset::fix(&due.with_timezone(&tz).offset().clone()).local_minus_utc()
        );
        assert!(due > chrono::Utc::now() && due < chrono::Utc::now() + chrono::Duration::days(30));
        if let Some(prev) = last {
            assert!(prev <= due, "not sorted");
        }
        last = Some(due);
    }
    let closes = list
        .iter()
        .find(|d| d["kind"] == "window_closes" && d["time_zone"] == "Europe/Zurich")
        .unwrap();
    assert!(closes["due"].as_str().unwrap().contains("T23:59:00"));
    // A window of 0 days holds nothing due later.
    assert_eq!(
        json(&db, &["deadlines", "--within", "0", "--json"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

const MD: &str = "# Input of the city\n\nIntro paragraph.\n\n## Housing\n\nThe city built 1,250 homes.[^1]\n\n1. First point.\n2. Second point.\n\n## Water\n\nNo cuts in winter.\n\n[^1]: Housing report 2025.\n";

#[test]
fn a_markdown_submission_is_imported_and_counted() {
    let (dir, db) = demo_db();
    let file = dir.path().join("input.md");
    std::fs::write(&file, MD).unwrap();
    let engagement = json(&db, &["engagements", "list", "--json"])[0]["id"]
        .as_i64()
        .unwrap();
    let created = json(
        &db,
        &[
            "submission",
            "import",
            "--engagement",
            &engagement.to_string(),
            file.to_str().unwrap(),
            "--json",
        ],
    );
    let id = created["id"].as_i64().unwrap();
    let subs = json(&db, &["submissions", "list", "--json"]);
    let s = subs
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap();
    assert_eq!(s["engagement_id"], engagement);
    assert_eq!(s["title"], "Input of the city");
    assert_eq!(s["status"], "drafting");
    let st = json(
        &db,
        &[
            "submission",
            "stats",
            "--submission",
            &id.to_string(),
            "--json",
        ],
    );
    assert_eq!(st["sections"], 3, "{st}");
    assert_eq!(st["paragraphs"], 5, "{st}");
    assert_eq!(st["footnotes"], 1);
    assert!(st["words"].as_u64().unwrap() > 15);
    assert!(st.get("limit").is_some());
}

#[test]
fn the_title_option_wins_over_the_files_heading() {
    let (dir, db) = demo_db();
    let file = dir.path().join("input.md");
    std::fs::write(&file, MD).unwrap();
    let created = json(
        &db,
        &[
            "submission",
            "import",
            "--engagement",
            "1",
            "--title",
            "My title",
            file.to_str().unwrap(),
            "--json",
        ],
    );
    let subs = json(&db, &["submissions", "list", "--json"]);
    let s = subs
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == created["id"])
        .unwrap();
    assert_eq!(s["title"], "My title");
}

#[test]
fn stats_limit_is_null_when_the_rule_has_none() {
    let (dir, db) = demo_db();
    let file = dir.path().join("input.md");
    std::fs::write(&file, MD).unwrap();
    // Engagement 2 is the CESCR review: no confirmed word limit.
    let created = json(
        &db,
        &[
            "submission",
            "import",
            "--engagement",
            "2",
            file.to_str().unwrap(),
            "--json",
        ],
    );
    let st = json(
        &db,
        &[
            "submission",
            "stats",
            "--submission",
            &created["id"].to_string(),
            "--json",
        ],
    );
    assert!(st["limit"].is_null(), "{st}");
}

#[test]
fn a_bad_import_says_why_and_creates_nothing() {
    let (dir, db) = demo_db();
    let before = json(&db, &["submissions", "list", "--json"])
        .as_array()
        .unwrap()
        .len();
    let latin1 = dir.path().join("latin1.md");
    std::fs::write(
        &latin1,
        b"## Logement\n\nLa ville a construit des logements \xe0 prix abordable.\n",
    )
    .unwrap();
    let out = cli(&db)
        .args(["submission", "import", "--engagement", "1"])
        .arg(&latin1)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("UTF-8"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let undefined = dir.path().join("undefined.md");
    std::fs::write(&undefined, "## A\n\nText.[^9]\n").unwrap();
    let out = cli(&db)
        .args(["submission", "import", "--engagement", "1"])
        .arg(&undefined)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let missing = cli(&db)
        .args([
            "submission",
            "import",
            "--engagement",
            "1",
            "/nonexistent/file.md",
        ])
        .output()
        .unwrap();
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("Could not read"));
    let unknown = cli(&db)
        .args(["submission", "import", "--engagement", "999"])
        .arg(dir.path().join("x.md"))
        .output()
        .unwrap();
    assert!(!unknown.status.success());
    assert_eq!(
        json(&db, &["submissions", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        before
    );
}

#[test]
fn errors_go_to_stderr_with_a_non_zero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("not-a-db.sqlite3");
    std::fs::write(&db, "plain text, not a database").unwrap();
    let out = cli(&db)
        .args(["engagements", "list", "--json"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a SQLite database"));
    assert_eq!(
        std::fs::read_to_string(&db).unwrap(),
        "plain text, not a database"
    );
}

#[test]
fn help_documents_every_command() {
    let out = Command::cargo_bin("cityrights")
        .unwrap()
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for c in [
        "demo",
        "engagements",
        "deadlines",
        "submissions",
        "submission",
        "bin",
    ] {
        assert!(help.contains(c), "{c} missing from --help");
    }
}

#[test]
fn the_environment_variable_chooses_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("env.sqlite3");
    Command::cargo_bin("cityrights")
        .unwrap()
        .env("CITYRIGHTS_DB", &db)
        .arg("demo")
        .assert()
        .success();
    assert!(db.exists());
}

#[test]
fn the_bin_needs_confirmation_to_be_emptied() {
    let (_dir, db) = demo_db();
    // Nothing in the bin yet, but emptying still needs --yes.
    let out = cli(&db).args(["bin", "empty"]).output().unwrap();
    assert!(!out.status.success());
    cli(&db).args(["bin", "empty", "--yes"]).assert().success();
}

/// Commands that only read skip the whole-file check at opening (`Store::open_to_read`), so a
/// damaged file must still be refused by them — by SQLite's own errors on the pages they read —
/// and left byte for byte as it was.
#[test]
fn reading_commands_refuse_a_damaged_file_and_leave_it_untouched() {
    let (_dir, db) = demo_db();
    // The demo's text and its search index, overwritten with garbage after the header pages.
    let mut bytes = std::fs::read(&db).unwrap();
    let len = bytes.len();
    for b in &mut bytes[4096 * 2..len.min(4096 * 40)] {
        *b = 0xFF;
    }
    std::fs::write(&db, &bytes).unwrap();
    for args in [
        vec!["submissions", "list", "--json"],
        vec!["engagements", "list", "--json"],
        vec!["export", "pdf", "--submission", "1", "-o", "/dev/null"],
        vec!["recommendations", "search", "housing", "--json"],
    ] {
        let out = cli(&db).args(&args).output().unwrap();
        assert!(!out.status.success(), "{args:?} read a damaged file");
        let msg = String::from_utf8_lossy(&out.stderr);
        assert!(msg.contains("damaged"), "{args:?}: {msg}");
        assert_eq!(
            std::fs::read(&db).unwrap(),
            bytes,
            "{args:?} changed the file"
        );
    }
}

#[test]
fn library_list_json_gives_every_document_with_why_it_matters_and_whether_it_is_verified() {
    // Built-in reference data: no database is opened (nor created) to list it.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none-yet.sqlite3");
    let list = json(&db, &["library", "list", "--json"]);
    assert!(!db.exists(), "listing the Library created a database");
    let list = list.as_array().unwrap();
    assert!(list.len() >= 16, "{}", list.len());
    for e in list {
        for field in ["id", "title", "kind", "summary", "source", "read_on"] {
            assert!(e[field].is_string(), "{field} in {e}");
        }
        for field in ["symbol", "date", "url"] {
            assert!(e[field].is_string() || e[field].is_null(), "{field} in {e}");
        }
        assert!(e["verified"].is_boolean(), "{e}");
        if let Some(url) = e["url"].as_str() {
            assert!(
                url.starts_with("https://") || url.starts_with("http://"),
                "{url}"
            );
        }
    }
    let by_symbol = |s: &str| {
        list.iter()
            .find(|e| e["symbol"] == s)
            .unwrap_or_else(|| panic!("{s} missing"))
    };
    let report = by_symbol("A/HRC/30/49");
    assert_eq!(report["id"], "a-hrc-30-49");
    assert_eq!(report["kind"], "report");
    assert_eq!(report["date"], "2015-08-07");
    assert_eq!(report["url"], "https://undocs.org/A/HRC/30/49");
    assert_eq!(report["verified"], true);
    assert_eq!(by_symbol("A/HRC/RES/24/2")["kind"], "resolution");
    // Resolution 57/12's date of adoption was not checked: it says so.
    let unverified = by_symbol("A/HRC/RES/57/12");
    assert_eq!(unverified["verified"], false);
    assert!(unverified["caveat"]
        .as_str()
        .unwrap()
        .contains("not checked"));
    // The guides have no UN symbol.
    assert!(list
        .iter()
        .any(|e| e["kind"] == "guide" && e["symbol"].is_null()));
}

#[test]
fn library_list_reads_as_text_with_unverified_entries_marked() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli(&dir.path().join("x.sqlite3"))
        .args(["library", "list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(
        "A/HRC/30/49 — Role of local government in the promotion and protection of human rights"
    ));
    assert!(text.contains("https://undocs.org/A/HRC/30/49"));
    assert!(text.contains("Not verified: The exact date of adoption was not checked"));
}

/// `timeline propose` and `rules` need no database: they read the shipped reference data.
fn no_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("never-created.sqlite3");
    (dir, db)
}

fn milestone<'a>(p: &'a Value, kind: &str) -> &'a Value {
    p["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} in {p}"))
}

#[test]
fn timeline_propose_gives_the_outcome_at_hrc59_and_the_mid_term_report_two_years_after_it() {
    let (_dir, db) = no_db();
    let p = json(
        &db,
        &[
            "timeline",
            "propose",
            "--mechanism",
            "UPR",
            "--session-start",
            "2025-01-20",
            "--json",
        ],
    );
    assert!(!db.exists(), "the command must not create a database");
    for m in p["milestones"].as_array().unwrap() {
        for field in ["kind", "title", "due", "time_zone", "basis"] {
            assert!(m[field].is_string(), "{field} in {m}");
        }
        assert!(
            m["estimate"].is_boolean() && m["passed"].is_boolean(),
            "{m}"
        );
        let kind = m["kind"].as_str().unwrap();
        assert!(
            [
                "window_opens",
                "window_closes",
                "pre_session",
                "session",
                "outcome_adoption",
                "follow_up_due",
                "internal"
            ]
            .contains(&kind),
            "{kind}"
        );
        chrono::DateTime::parse_from_rfc3339(m["due"].as_str().unwrap()).unwrap();
    }
    let adoption = milestone(&p, "outcome_adoption");
    assert!(adoption["title"].as_str().unwrap().contains("HRC59"));
    assert!(adoption["due"].as_str().unwrap().starts_with("2025-06-16"));
    let mid = milestone(&p, "follow_up_due");
    assert!(
        mid["due"].as_str().unwrap().starts_with("2027-06-16"),
        "{mid}"
    );
    assert_eq!(mid["estimate"], true);
    // A review in January 2025 is long past on every day this test runs.
    let close = milestone(&p, "window_closes");
    assert_eq!(close["passed"], true);
    assert_eq!(close["time_zone"], "Europe/Zurich");
    assert_eq!(milestone(&p, "session")["estimate"], false);
}

#[test]
fn timeline_propose_gives_cescr_a_follow_up_milestone_and_refuses_bad_input_plainly() {
    let (_dir, db) = no_db();
    let p = json(
        &db,
        &[
            "timeline",
            "propose",
            "--mechanism",
            "CESCR",
            "--session-start",
            "2031-03-03",
            "--session-end",
            "2031-03-21",
            "--json",
        ],
    );
    let follow: Vec<&Value> = p["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "follow_up_due")
        .collect();
    assert!(!follow.is_empty(), "{p}");
    assert!(follow.iter().any(|m| m["by_state"] == true));
    assert!(follow.iter().all(|m| m["passed"] == false));
    for (args, says) in [
        (
            vec!["--mechanism", "XYZ", "--session-start", "2031-03-03"],
            "There is no mechanism",
        ),
        (
            vec!["--mechanism", "UPR", "--session-start", "2031-02-30"],
            "",
        ),
    ] {
        let out = cli(&db)
            .args(["timeline", "propose", "--json"])
            .args(&args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says) && !err.trim().is_empty(), "{err}");
    }
}

#[test]
fn rules_json_gives_the_rule_in_force_and_no_limit_for_the_mid_term_report() {
    let (_dir, db) = no_db();
    let upr = json(&db, &["rules", "--mechanism", "UPR", "--json"]);
    assert_eq!(upr["word_limit"], 2815);
    assert_eq!(upr["status"], "third_party");
    assert!(upr["source"].as_str().unwrap().contains("UPR Info"));
    assert_eq!(upr["last_confirmed"], "2011-11-01");
    let counts: Vec<&str> = upr["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(
        counts,
        ["title", "front_matter", "headings", "text", "footnotes"]
    );
    assert_eq!(upr["formats"], serde_json::json!(["docx"]));
    assert!(upr["languages"].is_array());
    let joint = json(&db, &["rules", "--mechanism", "UPR", "--joint", "--json"]);
    assert_eq!(joint["word_limit"], 5630);
    let mid = json(
        &db,
        &[
            "rules",
            "--mechanism",
            "UPR",
            "--template",
            "upr_midterm",
            "--json",
        ],
    );
    assert!(mid["word_limit"].is_null(), "{mid}");
    let ccpr = json(&db, &["rules", "--mechanism", "CCPR", "--json"]);
    assert_eq!(ccpr["status"], "confirmed");
    assert!(ccpr["last_confirmed"].is_null());
    assert_eq!(ccpr["word_limit"], 10000);
    let out = cli(&db)
        .args([
            "rules",
            "--mechanism",
            "SPT",
            "--template",
            "tb_session_report",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not for SPT"));
    assert!(!db.exists());
}

/// A database with an engagement (UPR) and, when `with_city`, the city profile; returns the
/// engagement's id. Made through the library: the CLI creates no engagement.
fn upr_db(db: &Path, with_city: bool) -> i64 {
    use cityrights::city::{CityProfile, PaperSize};
    let mut s = cityrights::Store::open(db).unwrap();
    if with_city {
        s.save_city_profile(&CityProfile {
            name: "Ljubljana".into(),
            country: "SVN".into(),
            state_under_review: "Slovenia".into(),
            contact_name: "Ana Novak".into(),
            contact_email: "ana.novak@example.org".into(),
            default_language: "en".into(),
            paper_size: PaperSize::A4,
            logo_path: None,
            is_demo: false,
        })
        .unwrap();
    }
    s.create_engagement(&cityrights::engagement::EngagementInput {
        mechanism: "UPR".into(),
        title: "UPR of Slovenia".into(),
        state_under_review: "Slovenia".into(),
        ..Default::default()
    })
    .unwrap()
    .id
}

/// `submission mark-submitted` for a submission, a file and a channel (more may follow).
fn mark_args<'a>(submission: &'a str, file: &'a Path, channel: &'a str) -> Vec<&'a str> {
    let file = file.to_str().unwrap();
    let args = ["submission", "mark-submitted", "--submission", submission];
    [&args[..], &["--file", file, "--channel", channel]].concat()
}

/// Imports a short Markdown draft as a new submission of `engagement`; returns its id.
fn import_draft(db: &Path, dir: &Path, engagement: i64) -> i64 {
    let file = dir.join("draft.md");
    std::fs::write(&file, "## Housing\n\nThe city built 1,250 social homes.\n").unwrap();
    json(
        db,
        &[
            "submission",
            "import",
            "--engagement",
            &engagement.to_string(),
            file.to_str().unwrap(),
            "--json",
        ],
    )["id"]
        .as_i64()
        .unwrap()
}

#[test]
fn mark_submitted_locks_the_text_and_reopen_starts_a_new_version_keeping_the_record() {
    use sha2::Digest;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let engagement = upr_db(&db, true);
    let id = import_draft(&db, dir.path(), engagement);
    let sid = id.to_string();
    let sent = dir.path().join("sent.docx");
    std::fs::write(&sent, b"the exact bytes that went to Geneva").unwrap();
    let department = dir.path().join("schools.md");
    std::fs::write(&department, "## Schools\n\nEvery child goes to school.\n").unwrap();

    let mut first = mark_args(&sid, &sent, "UPR online submission system");
    first.extend(["--date", "2026-12-01", "--json"]);
    let marked = json(&db, &first);
    let sha = format!(
        "{:x}",
        sha2::Sha256::digest(b"the exact bytes that went to Geneva")
    );
    assert_eq!(marked["sha256"], sha.as_str(), "{marked}");
    let revision = marked["revision_id"].as_i64().expect("revision_id");
    assert_eq!(marked["id"], id);
    assert_eq!(marked["status"], "submitted");
    assert_eq!(marked["sent_on"], "2026-12-01");
    assert_eq!(marked["channel"], "UPR online submission system");
    assert_eq!(marked["file_name"], "sent.docx");
    assert_eq!(marked["engagement_stage"], "submitted", "{marked}");
    assert_eq!(marked["stage_moved_from"], "drafting", "{marked}");
    let list = json(&db, &["submissions", "list", "--json"]);
    assert_eq!(list[0]["status"], "submitted");

    // While submitted, what would change its text is refused, naming the way out; nothing is
    // added.
    let reopen = format!("cityrights submission reopen --submission {id} --json");
    let sections = || {
        json(
            &db,
            &["submission", "stats", "--submission", &sid, "--json"],
        )["sections"]
            .clone()
    };
    let before = sections();
    let import_into = [
        "submission",
        "import",
        "--into-submission",
        &sid,
        department.to_str().unwrap(),
        "--json",
    ];
    let mark_by_email = mark_args(&sid, &sent, "e-mail");
    for args in [&import_into[..], &mark_by_email[..]] {
        let out = cli(&db).args(args).output().unwrap();
        assert!(!out.status.success(), "{args:?} was not refused");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&reopen), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    assert_eq!(sections(), before, "nothing was imported");

    // Reopen: what it did, and the record kept as it was.
    let done = json(
        &db,
        &["submission", "reopen", "--submission", &sid, "--json"],
    );
    assert_eq!(done["id"], id);
    assert_eq!(done["status"], "drafting", "{done}");
    assert!(done["reopened_at"].is_string(), "{done}");
    assert_eq!(
        done["kept"]["sha256"],
        Value::Null,
        "the record keeps its own names"
    );
    assert_eq!(done["kept"]["file_sha256"], sha.as_str(), "{done}");
    assert_eq!(done["kept"]["revision_id"], revision);
    assert_eq!(done["kept"]["sent_on"], "2026-12-01");
    assert_eq!(done["kept"]["file_name"], "sent.docx");
    let message = done["message"].as_str().unwrap();
    assert!(
        message.contains("Started a new version") && message.contains("kept"),
        "{message}"
    );

    // Editable again: the department's document comes in; the engagement stays submitted.
    let added = json(&db, &import_into);
    assert!(added["section_id"].is_i64(), "{added}");
    assert_ne!(sections(), before);
    let engagements = json(&db, &["engagements", "list", "--json"]);
    assert_eq!(engagements[0]["stage"], "submitted");

    // Reopening one that is not submitted is refused in plain words.
    let out = cli(&db)
        .args(["submission", "reopen", "--submission", &sid])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("can be edited already"));

    // Without --date, the date is today's; the text output says what was done.
    let out = cli(&db).args(&mark_by_email).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let today = chrono::Local::now().date_naive().to_string();
    assert!(text.contains(&format!("as submitted on {today}")), "{text}");
    assert!(text.contains(&sha), "{text}");
}

#[test]
fn mark_submitted_refuses_an_empty_submission_saying_why() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let engagement = upr_db(&db, true);
    let id = {
        let mut s = cityrights::Store::open(&db).unwrap();
        let input = cityrights::submission::SubmissionInput {
            title: "Not written yet".into(),
            ..Default::default()
        };
        s.create_submission(engagement, &input).unwrap().id
    };
    let sent = dir.path().join("sent.pdf");
    std::fs::write(&sent, b"%PDF-1.7").unwrap();
    let id = id.to_string();
    let mut args = mark_args(&id, &sent, "e-mail");
    args.push("--json");
    let out = cli(&db).args(&args).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("has no text (0 words)"), "{err}");
    let list = json(&db, &["submissions", "list", "--json"]);
    assert_eq!(list[0]["status"], "drafting");
}

#[test]
fn export_prints_each_must_fix_as_a_warning_and_still_writes_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    // No city profile: a MUST FIX (the front matter cannot name the city).
    let engagement = upr_db(&db, false);
    let id = import_draft(&db, dir.path(), engagement).to_string();
    let docx = dir.path().join("out.docx");
    let pdf = dir.path().join("out.pdf");
    for (args, file) in [
        (
            vec![
                "export",
                "docx",
                "--submission",
                &id,
                "-o",
                docx.to_str().unwrap(),
            ],
            &docx,
        ),
        (
            vec![
                "export",
                "pdf",
                "--submission",
                &id,
                "-o",
                pdf.to_str().unwrap(),
                "--json",
            ],
            &pdf,
        ),
    ] {
        let out = cli(&db).args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: exit {:?}", out.status);
        let err = String::from_utf8_lossy(&out.stderr);
        let warnings: Vec<&str> = err.lines().filter(|l| l.starts_with("warning: ")).collect();
        assert!(
            warnings
                .iter()
                .any(|l| l.contains("The city profile is not set up")),
            "{args:?}: {err}"
        );
        assert!(
            file.metadata().unwrap().len() > 0,
            "{args:?} wrote the file"
        );
    }
    // The JSON on stdout is unchanged by the warnings.
    let out = cli(&db)
        .args([
            "export",
            "pdf",
            "--submission",
            &id,
            "-o",
            pdf.to_str().unwrap(),
            "--json",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["pages"].as_u64().unwrap() >= 1);

    // With nothing to fix, no warning.
    let dir2 = tempfile::tempdir().unwrap();
    let db2 = dir2.path().join("c.sqlite3");
    let engagement = upr_db(&db2, true);
    let id = import_draft(&db2, dir2.path(), engagement).to_string();
    let out = cli(&db2)
        .args([
            "export",
            "docx",
            "--submission",
            &id,
            "-o",
            docx.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("warning:"), "{err}");
}

/// Issue #20, part 5: `recommendations delete ID --json` moves a recommendation to the bin,
/// `bin list --json` shows it (and a binned milestone) with its `kind`, and `bin restore KIND
/// ID` brings each back with every field.
#[test]
fn recommendations_and_milestones_go_to_the_bin_and_come_back_whole() {
    use cityrights::recommendation::{Competence, FollowUp, LocalStatus, NewEvidence};
    let (dir, db) = demo_db();
    let report = dir.path().join("report.txt");
    std::fs::write(
        &report,
        "140. The following recommendations will be examined:\n\
         140.1 Ratify the Optional Protocol (Portugal);\n\
         140.2 Adopt a national housing strategy for Roma (Brazil);\n\
         141. All conclusions reflect the position of the submitting State(s).\n",
    )
    .unwrap();
    cli(&db)
        .args(["recommendations", "import-report"])
        .arg(&report)
        .args(["--symbol", "A/HRC/59/15"])
        .assert()
        .success();
    let list = json(&db, &["recommendations", "list", "--json"]);
    let id = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["paragraph"] == "140.2")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let milestone = {
        let mut s = cityrights::Store::open(&db).unwrap();
        s.save_follow_up(
            id,
            &FollowUp {
                competence: Competence::Shared,
                department: "Housing department".into(),
                local_status: LocalStatus::InProgress,
                tags: vec!["housing".into()],
                new_evidence: Some(NewEvidence {
                    noted_on: "2026-03-01".into(),
                    note: "Council decision 2026/14 funds 200 homes".into(),
                }),
                removed_evidence: vec![],
            },
        )
        .unwrap();
        let e = s.engagements().unwrap()[0].id;
        let m = s.milestones(e).unwrap()[0].clone();
        s.delete_milestone(m.id).unwrap();
        m
    };
    let before = list_one(&db, id);
    assert_eq!(before["department"], "Housing department");

    let binned = json(
        &db,
        &["recommendations", "delete", &id.to_string(), "--json"],
    );
    assert_eq!(binned["kind"], "recommendation");
    assert_eq!(binned["id"], id);
    assert_eq!(binned["title"], "A/HRC/59/15, para. 140.2");
    let list = json(&db, &["recommendations", "list", "--json"]);
    assert!(list.as_array().unwrap().iter().all(|r| r["id"] != id));
    let bin = json(&db, &["bin", "list", "--json"]);
    let kinds: Vec<(&str, i64)> = bin
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["kind"].as_str().unwrap(), i["id"].as_i64().unwrap()))
        .collect();
    assert!(kinds.contains(&("recommendation", id)), "{bin}");
    assert!(kinds.contains(&("milestone", milestone.id)), "{bin}");
    let csv = dir.path().join("m.csv");
    cli(&db)
        .args(["recommendations", "export-csv", "-o"])
        .arg(&csv)
        .assert()
        .success();
    assert!(!std::fs::read_to_string(&csv)
        .unwrap()
        .contains("Council decision"));

    // Deleting it again, or restoring what is not there, says so with a non-zero exit.
    let out = cli(&db)
        .args(["recommendations", "delete", &id.to_string(), "--json"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let out = cli(&db)
        .args(["bin", "restore", "recommendations", &id.to_string()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("recommendation"));

    cli(&db)
        .args(["bin", "restore", "recommendation", &id.to_string()])
        .assert()
        .success();
    assert_eq!(list_one(&db, id), before, "every field is back");
    cli(&db)
        .args(["recommendations", "export-csv", "-o"])
        .arg(&csv)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&csv)
            .unwrap()
            .contains("2026-03-01: Council decision 2026/14 funds 200 homes"),
        "the evidence is back"
    );
    cli(&db)
        .args(["bin", "restore", "milestone", &milestone.id.to_string()])
        .assert()
        .success();
    let s = cityrights::Store::open_to_read(&db).unwrap();
    assert_eq!(s.milestone(milestone.id).unwrap(), milestone);
    assert_eq!(
        json(&db, &["bin", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

/// One recommendation as `recommendations list --json` gives it.
fn list_one(db: &Path, id: i64) -> Value {
    json(db, &["recommendations", "list", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap()
        .clone()
}

/// `submission import --language fr`: the new submission is French, and its PDF and Word files
/// carry French front matter only (issue #16: no "Submitted by", "Word count", "Mechanism").
#[test]
fn an_imported_submission_takes_the_language_given_and_exports_in_it() {
    let Some(pdftotext) = tools::required_tool("pdftotext", "poppler-utils") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let engagement = upr_db(&db, true).to_string();
    let file = dir.path().join("projet.md");
    std::fs::write(
        &file,
        "## Logement\n\nLa ville a construit 1 250 logements sociaux.\n",
    )
    .unwrap();
    let import = |extra: &[&str]| {
        let mut args = vec!["submission", "import", "--engagement", &engagement];
        args.extend_from_slice(extra);
        args.extend([file.to_str().unwrap(), "--json"]);
        cli(&db).args(&args).output().unwrap()
    };
    // A language that is not one of the six is refused by name, and nothing is created.
    let bad = import(&["--language", "de"]);
    assert!(!bad.status.success());
    let message = String::from_utf8_lossy(&bad.stderr);
    assert!(
        message.contains("de") && message.contains("fr"),
        "{message}"
    );
    let out = import(&["--language", "fr"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let id = serde_json::from_slice::<Value>(&out.stdout).unwrap()["id"]
        .as_i64()
        .unwrap();
    let store = cityrights::Store::open(&db).unwrap();
    assert_eq!(store.submission(id).unwrap().language, "fr");
    drop(store);

    let pdf = dir.path().join("out.pdf");
    let id = id.to_string();
    let status = cli(&db)
        .args([
            "export",
            "pdf",
            "--submission",
            &id,
            "-o",
            pdf.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let text = std::process::Command::new(pdftotext)
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    for french in [
        "Présentée par",
        "Nombre de mots",
        "Mécanisme",
        "Examen périodique universel",
        // French typography: a space before the label's colon (a no-break one in the file,
        // which pdftotext gives back as a space); the UPR is the EPU.
        "Mécanisme : Examen périodique universel (EPU)",
    ] {
        let plain = text.replace('\u{a0}', " ");
        assert!(plain.contains(french), "{french} missing from:\n{text}");
    }
    for english in [
        "Submitted by",
        "Word count",
        "Mechanism",
        "Universal Periodic Review",
    ] {
        assert!(!text.contains(english), "{english} left in:\n{text}");
    }

    // The Word file, likewise (its text read from word/document.xml).
    let docx = dir.path().join("out.docx");
    let status = cli(&db)
        .args([
            "export",
            "docx",
            "--submission",
            &id,
            "-o",
            docx.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&docx).unwrap()).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    assert!(xml.contains("Présentée par") && xml.contains("Nombre de mots"));
    for english in ["Submitted by", "Word count", "Mechanism"] {
        assert!(!xml.contains(english), "{english} left in the Word file");
    }
}

//! Hostile drafts and lists: small files that would grow enormous, or nest so deeply that the
//! stored text could never be read back. Each is built here, fed to the real importer (through
//! the CLI where memory matters, so the peak of a separate process can be measured), and must be
//! refused in plain words with nothing committed — or, where it is within the limits, read
//! back, listed and exported.

use assert_cmd::Command;
use cityrights::document::limits::{self, MAX_DEPTH};
use cityrights::document::{Block, Content, Inline, ListItem};
use cityrights::Store;
use std::io::Write;
use std::path::{Path, PathBuf};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const T: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/// The most memory any CLI child of this test binary may have used at its peak. Before the
/// gate, the 2 KB Word file below took 2 GB; a refused import takes a few tens of megabytes.
const PEAK_BYTES_MAX: u64 = 512 * 1024 * 1024;

fn cli() -> Command {
    Command::cargo_bin("cityrights").unwrap()
}

/// The largest peak resident memory of any child process this test binary has waited for.
fn children_peak_bytes() -> u64 {
    // SAFETY: getrusage only writes into the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    assert_eq!(rc, 0);
    usage.ru_maxrss as u64 * 1024
}

/// A database with the demo city, its engagements and submissions.
fn demo(dir: &Path) -> PathBuf {
    let db = dir.join("c.sqlite3");
    let mut s = Store::open(&db).unwrap();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    db
}

fn zip_of(parts: &[(&str, String)]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    for (name, text) in parts {
        z.start_file(*name, o).unwrap();
        z.write_all(text.as_bytes()).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// A Word file with `body` in w:body and `notes` (w:footnote elements) in its footnotes part.
fn docx(body: &str, notes: &str) -> Vec<u8> {
    zip_of(&[
        ("[Content_Types].xml", "<Types/>".into()),
        (
            "_rels/.rels",
            format!(
                r#"<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{T}officeDocument" Target="word/document.xml"/></Relationships>"#
            ),
        ),
        (
            "word/_rels/document.xml.rels",
            format!(
                r#"<Relationships xmlns="{RELS}"><Relationship Id="rIdN" Type="{T}numbering" Target="numbering.xml"/><Relationship Id="rIdF" Type="{T}footnotes" Target="footnotes.xml"/></Relationships>"#
            ),
        ),
        (
            "word/document.xml",
            format!(r#"<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#),
        ),
        (
            "word/numbering.xml",
            format!(
                r#"<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
            ),
        ),
        (
            "word/footnotes.xml",
            format!(r#"<w:footnotes xmlns:w="{W}">{notes}</w:footnotes>"#),
        ),
    ])
}

/// Runs the CLI on `db` with `args` and expects success.
fn cli_ok(db: &Path, args: &[&str]) -> std::process::Output {
    let out = cli()
        .args(["--db", db.to_str().unwrap()])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn submissions(db: &Path) -> usize {
    let out = cli_ok(db, &["submissions", "list", "--json"]);
    serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .len()
}

/// Imports `file` through the CLI; returns (success, stderr).
fn import(db: &Path, file: &Path, target: &[&str]) -> (bool, String) {
    let mut args = vec!["--db", db.to_str().unwrap(), "submission", "import"];
    args.extend_from_slice(target);
    args.push(file.to_str().unwrap());
    let out = cli().args(&args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Everything a user does with a submission still works: it lists, opens, counts and exports.
fn readable_and_exportable(db: &Path, submission: i64) {
    let s = Store::open(db).unwrap();
    s.submission_detail(submission).unwrap();
    s.submission_stats(submission).unwrap();
    assert!(s.export_docx(submission).unwrap().starts_with(b"PK"));
    assert!(s.export_pdf(submission).unwrap().bytes.starts_with(b"%PDF"));
    s.dashboard(chrono::Utc::now()).unwrap();
}

#[test]
fn a_2_kb_word_file_calling_a_long_footnote_2000_times_is_refused_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let before_count = submissions(&db);
    let note = format!(
        r#"<w:footnote w:id="1"><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:footnote>"#,
        "lorem ipsum ".repeat(100 * 1024 / 12)
    );
    let calls = r#"<w:r><w:footnoteReference w:id="1"/></w:r>"#.repeat(2_000);
    let body = format!("<w:p><w:r><w:t>Text</w:t></w:r>{calls}</w:p>");
    let bytes = docx(&body, &note);
    assert!(bytes.len() < 4 * 1024, "the file is {} bytes", bytes.len());
    let file = dir.path().join("bomb.docx");
    std::fs::write(&file, &bytes).unwrap();
    let size_before = std::fs::metadata(&db).unwrap().len();

    let (ok, err) = import(&db, &file, &["--engagement", "1"]);
    assert!(!ok);
    assert!(err.contains("calls its footnotes so often"), "{err}");
    assert!(err.contains("Nothing was imported"), "{err}");
    assert!(
        children_peak_bytes() < PEAK_BYTES_MAX,
        "peak {} bytes",
        children_peak_bytes()
    );
    assert_eq!(submissions(&db), before_count);
    let grown = std::fs::metadata(&db)
        .unwrap()
        .len()
        .saturating_sub(size_before);
    assert!(grown < 1024 * 1024, "the database grew by {grown} bytes");
}

#[test]
fn markdown_nested_past_the_limit_is_refused_and_the_real_submission_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let before_count = submissions(&db);
    // 31 nested lists in 1.3 KB: accepted and stored before the gate, unreadable ever after.
    let md: String = std::iter::once("## Deep\n\n".to_string())
        .chain((0..31).map(|i| format!("{}- x\n", "  ".repeat(i))))
        .collect();
    assert!(md.len() < 1400);
    let file = dir.path().join("deep.md");
    std::fs::write(&file, &md).unwrap();

    let (ok, err) = import(&db, &file, &["--engagement", "1"]);
    assert!(!ok);
    assert!(err.contains("more than 16 levels deep"), "{err}");
    // Added to the officer's real submission as a section: refused, and the submission is
    // exactly as it was (no empty section left behind, not even in the bin).
    let s = Store::open(&db).unwrap();
    let real = s.submission_summaries(None).unwrap()[0].id;
    let sections_before = s.sections(real).unwrap().len();
    drop(s);
    let (ok, err) = import(&db, &file, &["--into-submission", &real.to_string()]);
    assert!(!ok, "{err}");
    assert!(err.contains("levels deep"), "{err}");
    assert_eq!(submissions(&db), before_count);
    let s = Store::open(&db).unwrap();
    assert_eq!(s.sections(real).unwrap().len(), sections_before);
    assert!(s.bin().unwrap().is_empty());
    drop(s);
    readable_and_exportable(&db, real);
}

#[test]
fn the_deepest_nesting_allowed_is_stored_read_back_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    // Top-level list plus nested ones: MAX_DEPTH levels of blocks in all.
    let md: String = std::iter::once("## Deep\n\n".to_string())
        .chain((0..MAX_DEPTH - 1).map(|i| format!("{}- level {}\n", "  ".repeat(i), i + 1)))
        .collect();
    let file = dir.path().join("deep.md");
    std::fs::write(&file, &md).unwrap();
    let (ok, err) = import(&db, &file, &["--engagement", "1"]);
    assert!(ok, "{err}");
    let s = Store::open(&db).unwrap();
    let id = s
        .submission_summaries(None)
        .unwrap()
        .iter()
        .map(|x| x.id)
        .max()
        .unwrap();
    drop(s);
    readable_and_exportable(&db, id);
}

#[test]
fn a_word_file_with_endless_list_levels_is_read_at_words_nine_levels() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let body: String = (0..300)
        .map(|l| {
            format!(r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>level {l}</w:t></w:r></w:p>"#)
        })
        .collect();
    let bytes = docx(&body, "");
    assert!(bytes.len() < 4 * 1024);
    let file = dir.path().join("levels.docx");
    std::fs::write(&file, &bytes).unwrap();
    let (ok, err) = import(&db, &file, &["--engagement", "1"]);
    assert!(ok, "{err}");
    let s = Store::open(&db).unwrap();
    let id = s
        .submission_summaries(None)
        .unwrap()
        .iter()
        .map(|x| x.id)
        .max()
        .unwrap();
    let sections = s.sections(id).unwrap();
    let depth = list_depth(&sections[0].content.blocks);
    assert_eq!(depth, 9, "Word's levels 0 to 8");
    let text: Vec<String> = sections[0].content.text_parts().body;
    assert!(text.iter().any(|t| t == "level 299"), "no text is lost");
    drop(s);
    readable_and_exportable(&db, id);
}

fn list_depth(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| match b {
            Block::BulletList { items } | Block::OrderedList { items } => {
                1 + items
                    .iter()
                    .map(|i| list_depth(&i.blocks))
                    .max()
                    .unwrap_or(0)
            }
            _ => 0,
        })
        .max()
        .unwrap_or(0)
}

#[test]
fn markdown_tables_that_would_pad_into_millions_of_cells_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let before_count = submissions(&db);
    // A header of 100,000 columns (400 KB), then short rows each padded to the header's width.
    let mut wide = String::from("## T\n\n|");
    wide.push_str(&"a|".repeat(100_000));
    wide.push_str("\n|");
    wide.push_str(&"-|".repeat(100_000));
    wide.push('\n');
    for _ in 0..10 {
        wide.push_str("|x|\n");
    }
    let file = dir.path().join("wide.md");
    std::fs::write(&file, &wide).unwrap();
    let (ok, err) = import(&db, &file, &["--engagement", "1"]);
    assert!(!ok);
    assert!(err.contains("100000 columns; at most 100"), "{err}");
    // 2.2 MB of a two-column table: 1.1 million cells.
    let mut long = String::from("## T\n\n|a|b|\n|-|-|\n");
    while long.len() < 2_200_000 {
        long.push_str("|x|\n");
    }
    std::fs::write(&file, &long).unwrap();
    let (ok, err) = import(&db, &file, &["--engagement", "1"]);
    assert!(!ok);
    assert!(err.contains("at most 50000 are allowed"), "{err}");
    assert!(children_peak_bytes() < PEAK_BYTES_MAX);
    assert_eq!(submissions(&db), before_count);
}

#[test]
fn a_thematic_list_whose_cell_would_grow_to_megabytes_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    // 20 MB of text in one cell, compressed to a few tens of kilobytes.
    let cell = "a".repeat(20 * 1024 * 1024);
    let xml = format!(
        r#"<w:document xmlns:w="{W}"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Recommendation and recommending State</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>140.7 {cell}</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#
    );
    let bytes = zip_of(&[("word/document.xml", xml)]);
    assert!(bytes.len() < 200 * 1024, "{} bytes", bytes.len());
    let file = dir.path().join("list.docx");
    std::fs::write(&file, &bytes).unwrap();
    let out = cli()
        .args([
            "--db",
            db.to_str().unwrap(),
            "recommendations",
            "import-thematic-list",
        ])
        .args(["--symbol", "A/HRC/59/15"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("more than 256 KB of text"), "{err}");
    let s = Store::open(&db).unwrap();
    let page = s
        .list_recommendations(&Default::default(), 1_000, 0)
        .unwrap();
    assert!(page
        .items
        .iter()
        .all(|r| r.text.len() <= cityrights::recommendation::TEXT_MAX_BYTES));
}

#[test]
fn the_editor_cannot_save_a_tree_past_the_gate_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let mut s = Store::open(&db).unwrap();
    let sub = s.submission_summaries(None).unwrap()[0].id;
    let section = s.sections(sub).unwrap()[0].clone();
    let mut b = Block::para("deep");
    for _ in 0..MAX_DEPTH {
        b = Block::BulletList {
            items: vec![ListItem { blocks: vec![b] }],
        };
    }
    let deep = Content { blocks: vec![b] };
    let e = s
        .save_section(section.id, &section.title, &deep, section.version)
        .unwrap_err();
    assert_eq!(e.kind(), "invalid");
    assert!(e.to_string().contains("levels deep"), "{e}");
    let again = s.section(section.id).unwrap();
    assert_eq!(again.content, section.content);
    assert_eq!(again.version, section.version);
    // A javascript: link that reached the tree some other way is refused the same way.
    let link = Content {
        blocks: vec![Block::Paragraph {
            numbered: true,
            content: vec![Inline::Text {
                text: "click".into(),
                marks: vec![cityrights::document::Mark::Link {
                    href: "javascript:alert(1)".into(),
                }],
            }],
        }],
    };
    assert!(limits::check(&link).is_err());
    assert!(s
        .save_section(section.id, &section.title, &link, section.version)
        .is_err());
}

#[test]
fn the_cli_never_panics_on_a_closed_pipe_or_a_huge_day_count() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    cli_ok(&db, &["deadlines", "--within", "4294967295"]);
    // Enough engagements that the list does not fit in a pipe's buffer, and a reader that
    // has gone before the first byte: the rest cannot be written.
    let mut s = Store::open(&db).unwrap();
    for i in 0..400 {
        s.create_engagement(&cityrights::engagement::EngagementInput {
            mechanism: "UPR".into(),
            title: format!("{i} {}", "long title ".repeat(15)),
            ..Default::default()
        })
        .unwrap();
    }
    drop(s);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("cityrights"))
        .args([
            "--db",
            db.to_str().unwrap(),
            "engagements",
            "list",
            "--json",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.status.success(), "{err}");
}

#[test]
fn the_window_allows_no_plugins_forms_or_base_url() {
    let conf = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/tauri.conf.json"),
    )
    .unwrap();
    for rule in ["base-uri 'none'", "form-action 'none'", "object-src 'none'"] {
        assert!(conf.contains(rule), "the CSP lacks {rule}");
    }
}

#[test]
fn a_device_or_pipe_named_like_a_draft_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    // /dev/zero never ends: read whole, it would exhaust memory.
    let zero = dir.path().join("endless.md");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let (ok, err) = import(&db, &zero, &["--engagement", "1"]);
    assert!(!ok);
    assert!(err.contains("is not a file that can be imported"), "{err}");
    let csv = dir.path().join("endless.csv");
    std::os::unix::fs::symlink("/dev/zero", &csv).unwrap();
    let out = cli()
        .args([
            "--db",
            db.to_str().unwrap(),
            "recommendations",
            "import-csv",
        ])
        .arg(&csv)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a file that can be imported"));
    assert!(children_peak_bytes() < PEAK_BYTES_MAX);
}

#[test]
fn text_stored_too_deep_by_an_earlier_version_still_lists_opens_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let s = Store::open(&db).unwrap();
    let real = s.submission_summaries(None).unwrap()[0].id;
    let section = s.sections(real).unwrap()[0].id;
    drop(s);
    // What the Markdown import stored before the gate from 31 nested lists: more than 128
    // JSON levels once a link is inside, which serde_json alone refuses to read.
    let mut json = r#"{"type":"paragraph","numbered":true,"content":[{"type":"text","text":"deep","marks":[{"type":"link","href":"https://example.org"}]}]}"#.to_string();
    for _ in 0..31 {
        json = format!(r#"{{"type":"bullet_list","items":[{{"blocks":[{json}]}}]}}"#);
    }
    let json = format!(r#"{{"blocks":[{json}]}}"#);
    assert!(serde_json::from_str::<Content>(&json).is_err());
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "UPDATE section SET content_json = ?1 WHERE id = ?2",
        rusqlite::params![json, section],
    )
    .unwrap();
    drop(conn);
    assert!(submissions(&db) > 0);
    readable_and_exportable(&db, real);
}

//! Citations as the UN writes them, in the files the city sends: a UN document symbol
//! (`A/HRC/59/15`, `CRC/C/PER/CO/6-7`) is never split across lines by Word or LibreOffice,
//! and the Word file reads back — in CityRights, in pandoc, in LibreOffice — as the same text.
//! (The PDF's own line breaking is checked in `tests/pdf.rs` and `src/app/export/pdf/text.rs`;
//! where a citation goes in a sentence, in `src/model/document/citation.rs`.)

#[path = "support/citation_sweep.rs"]
mod sweep;
#[path = "support/tools.rs"]
mod tools;
use tools::{libreoffice_pdf, required_tool, run_pandoc};

use cityrights::document::symbol::{EXAMPLES, NON_BREAKING_HYPHEN, WORD_JOINER};
use cityrights::document::{Block, Content, Inline, Mark};
use cityrights::engagement::EngagementInput;
use cityrights::submission::{NewSection, SubmissionInput};
use cityrights::Store;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A store in a temporary folder with one UPR submission of `blocks`, and its id.
fn submission_of(blocks: Vec<Block>) -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    let engagement = s
        .create_engagement(&EngagementInput {
            mechanism: "UPR".into(),
            title: "UPR of Slovenia".into(),
            state_under_review: "Slovenia".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    let id = s
        .create_submission_with(
            engagement,
            &SubmissionInput {
                title: "Submission of Exampleville".into(),
                language: "en".into(),
                ..Default::default()
            },
            vec![NewSection {
                title: "Water and sanitation".into(),
                content: Content { blocks },
                guidance: String::new(),
            }],
        )
        .unwrap()
        .id;
    (dir, s, id)
}

fn citation(symbol: &str, paragraph: Option<&str>) -> Inline {
    Inline::Citation {
        symbol: symbol.into(),
        paragraph: paragraph.map(str::to_string),
    }
}

fn para(content: Vec<Inline>) -> Block {
    Block::Paragraph {
        numbered: true,
        content,
    }
}

/// Citations and symbols in every place the export writes text: a citation, a symbol typed
/// in the text, in bold, in a footnote, in a table; and slashes, hyphens and a web address
/// that are no symbol.
fn cited() -> Vec<Block> {
    vec![
        para(vec![
            Inline::text("The city connected 1,200 homes to the water supply in 2025 ("),
            citation("A/HRC/59/15", Some("140.212")),
            Inline::text("). The Committee asked for it in E/C.12/AUT/CO/4, para. 12, and in "),
            Inline::Text {
                text: "CRC/C/PER/CO/6-7".into(),
                marks: vec![Mark::Bold],
            },
            Inline::text("."),
            Inline::Footnote {
                content: vec![citation("A/HRC/WG.6/48/SVN/3", None), Inline::text(".")],
            },
        ]),
        para(vec![
            Inline::text(
                "Open 24/7 and/or on 12/05/2026, a well-known Jean\u{2011}Pierre case, see ",
            ),
            Inline::Text {
                text: "the report".into(),
                marks: vec![Mark::Link {
                    href: "https://undocs.org/CCPR/C/GBR/CO/8".into(),
                }],
            },
            Inline::text(" ("),
            citation("CCPR/C/GBR/CO/8", None),
            Inline::text(")."),
        ]),
        Block::Table {
            rows: vec![cityrights::document::TableRow {
                cells: vec![cityrights::document::TableCell {
                    header: false,
                    content: vec![Inline::text("CERD/C/GBR/CO/24-26")],
                }],
            }],
        },
    ]
}

/// A part of a .docx file, as text.
fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
    text
}

fn export_docx(s: &Store, id: i64, dir: &Path) -> PathBuf {
    let path = dir.join("submission.docx");
    s.export_docx_file(id, &path).unwrap();
    path
}

#[test]
fn word_gets_unbreakable_symbols_and_gives_the_same_text_back() {
    let (d, mut s, id) = submission_of(cited());
    let path = export_docx(&s, id, d.path());
    let document = part(&path, "word/document.xml");
    let notes = part(&path, "word/footnotes.xml");
    let joined = |symbol: &str| symbol.replace('/', &format!("/{WORD_JOINER}"));
    // A word joiner after every "/" of a symbol, in the text, a citation, a bold run, a
    // footnote's citation and a table; Word's non-breaking hyphen for the hyphen of a symbol.
    for symbol in ["A/HRC/59/15", "E/C.12/AUT/CO/4", "CCPR/C/GBR/CO/8"] {
        assert!(document.contains(&joined(symbol)), "{symbol} in {document}");
    }
    assert!(notes.contains(&joined("A/HRC/WG.6/48/SVN/3")), "{notes}");
    for (before, after) in [("CO/\u{2060}6", "7"), ("CO/\u{2060}24", "26")] {
        let at = document.find(before).unwrap_or_else(|| panic!("{before}"));
        let rest = &document[at..];
        let hyphen = rest.find("<w:noBreakHyphen/>").unwrap();
        assert!(
            rest[hyphen..].find(after).unwrap() < 60 && !rest[..hyphen].contains(after),
            "the hyphen of a symbol is not a non-breaking one: {}",
            &rest[..200.min(rest.len())]
        );
    }
    // What is not a symbol keeps its slashes and hyphens as they are; the writer's own
    // non-breaking hyphen is Word's too; the web address is untouched.
    for plain in [
        "Open 24/7 and/or on 12/05/2026, a well-known Jean",
        "https://undocs.org/CCPR/C/GBR/CO/8",
    ] {
        assert!(
            document.contains(plain) || part(&path, "word/_rels/document.xml.rels").contains(plain),
            "{plain}"
        );
    }
    assert!(!document.contains(NON_BREAKING_HYPHEN));
    // Read back by CityRights: the same content tree, joiners and Word's hyphens gone.
    let engagement = s.submission(id).unwrap().engagement_id;
    let back = s.import_draft_file(engagement, None, None, &path).unwrap();
    let sections = s.sections(back.detail.submission.id).unwrap();
    assert_eq!(sections[0].content, Content { blocks: cited() });
}

#[test]
fn pandoc_reads_the_symbols_as_written() {
    let Some(pandoc) = required_tool("pandoc", "pandoc") else {
        return;
    };
    let (d, s, id) = submission_of(cited());
    let text = run_pandoc(
        &pandoc,
        &export_docx(&s, id, d.path()),
        &["-t", "plain", "--wrap=none"],
    );
    // pandoc keeps what Word sees: the word joiners (invisible) and Word's non-breaking hyphen
    // as U+2011 (a hyphen that does not break). Those aside, it is the text as written.
    let read = text
        .replace(WORD_JOINER, "")
        .replace(NON_BREAKING_HYPHEN, "-");
    for written in [
        "in 2025 (A/HRC/59/15, para. 140.212). The Committee asked for it in E/C.12/AUT/CO/4, para. 12, and in CRC/C/PER/CO/6-7.",
        "Open 24/7 and/or on 12/05/2026, a well-known Jean-Pierre case, see the report (CCPR/C/GBR/CO/8).",
        "CERD/C/GBR/CO/24-26",
        "[1] A/HRC/WG.6/48/SVN/3.",
    ] {
        assert!(read.contains(written), "{written:?} in {text:?}");
    }
    // The joiners are only ever right after the slash of a symbol.
    assert_eq!(
        text.matches(WORD_JOINER).count(),
        text.matches(&format!("/{WORD_JOINER}")).count()
    );
    assert!(text.contains("24/7 and/or on 12/05/2026"));
}

#[test]
fn libreoffice_never_breaks_a_symbol_across_lines() {
    let Some(soffice) = required_tool("soffice", "libreoffice-writer") else {
        return;
    };
    let Some(pdftotext) = required_tool("pdftotext", "poppler-utils") else {
        return;
    };
    // As in the PDF test, each symbol comes to every place of a justified line in Word's layout.
    let (blocks, per_symbol) = sweep::sweep();
    let (d, s, id) = submission_of(blocks);
    let pdf = libreoffice_pdf(&soffice, &export_docx(&s, id, d.path()), d.path());
    let out = Command::new(pdftotext).arg(&pdf).arg("-").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // LibreOffice draws no word joiner and writes Word's non-breaking hyphen as "-": the
    // symbols read back whole, once per place. (Without the export's non-breaking hyphens,
    // LibreOffice ends lines with "CRC/C/PER/CO/6-".)
    for symbol in EXAMPLES {
        assert_eq!(
            text.matches(symbol).count(),
            per_symbol,
            "{symbol} is not whole on a line of LibreOffice's PDF every time:\n{text}"
        );
    }
}

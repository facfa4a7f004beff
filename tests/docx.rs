//! Word in and out: the .docx export read back by the import (same content tree), by pandoc
//! and by LibreOffice (independent readers), and the import of files that LibreOffice and
//! pandoc made from known content.

#[path = "support/tools.rs"]
mod tools;
use tools::{libreoffice_pdf, required_tool, run_pandoc, tool};

use cityrights::city::{CityProfile, PaperSize};
use cityrights::document::{Block, Content, Inline, ListItem, Mark, TableCell, TableRow};
use cityrights::engagement::EngagementInput;
use cityrights::submission::{NewSection, SubmissionInput};
use cityrights::Store;
use std::path::{Path, PathBuf};
use std::process::Command;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    (dir, s)
}

fn city(s: &mut Store, paper: PaperSize, language: &str) {
    s.save_city_profile(&CityProfile {
        name: "Exampleville".into(),
        country: "SVN".into(),
        state_under_review: "Slovenia".into(),
        contact_name: "Ana Novak".into(),
        contact_email: "ana.novak@example.org".into(),
        default_language: language.into(),
        paper_size: paper,
        logo_path: None,
        is_demo: false,
    })
    .unwrap();
}

fn engagement(s: &mut Store, mechanism: &str) -> i64 {
    s.create_engagement(&EngagementInput {
        mechanism: mechanism.into(),
        title: format!("{mechanism} review of Slovenia"),
        state_under_review: "Slovenia".into(),
        session: "48th session, January 2025".into(),
        ..Default::default()
    })
    .unwrap()
    .id
}

fn t(s: &str) -> Inline {
    Inline::text(s)
}

fn marked(s: &str, marks: Vec<Mark>) -> Inline {
    Inline::Text {
        text: s.into(),
        marks,
    }
}

fn note(content: Vec<Inline>) -> Inline {
    Inline::Footnote { content }
}

fn para(content: Vec<Inline>) -> Block {
    Block::Paragraph {
        numbered: true,
        content,
    }
}

fn plain(content: Vec<Inline>) -> Block {
    Block::Paragraph {
        numbered: false,
        content,
    }
}

fn item(blocks: Vec<Block>) -> ListItem {
    ListItem { blocks }
}

fn cell(header: bool, s: &str) -> TableCell {
    TableCell {
        header,
        content: vec![t(s)],
    }
}

/// A submission that uses every construct of the content tree.
fn rich_sections() -> Vec<NewSection> {
    let link = Mark::Link {
        href: "https://www.ohchr.org/en/hr-bodies/upr".into(),
    };
    vec![
        NewSection {
            title: "Summary".into(),
            guidance: String::new(),
            content: Content {
                blocks: vec![
                    para(vec![
                        t("Exampleville built "),
                        marked("1,250", vec![Mark::Bold]),
                        t(" social homes since the last review, "),
                        marked("as recommended", vec![Mark::Italic]),
                        t(" in "),
                        Inline::Citation {
                            symbol: "A/HRC/59/15".into(),
                            paragraph: Some("140.7".into()),
                        },
                        t("."),
                        note(vec![t("Municipal housing report 2024, p. 12.")]),
                    ]),
                    para(vec![
                        t("See the "),
                        marked("UPR page", vec![link.clone()]),
                        t(" and write to "),
                        marked(
                            "the office",
                            vec![
                                Mark::Bold,
                                Mark::Link {
                                    href: "mailto:office@example.org".into(),
                                },
                            ],
                        ),
                        t("."),
                        note(vec![
                            t("Available at "),
                            marked("ohchr.org", vec![link.clone()]),
                            t(", consulted "),
                            marked("1 March 2025", vec![Mark::Italic]),
                            t("."),
                        ]),
                    ]),
                    plain(vec![t("Key words: housing; water; non-discrimination.")]),
                ],
            },
        },
        NewSection {
            title: "Follow-up to the previous review".into(),
            guidance: String::new(),
            content: Content {
                blocks: vec![
                    Block::Heading {
                        level: 1,
                        content: vec![t("Right to adequate housing")],
                    },
                    para(vec![
                        t("The city adopted three measures:"),
                        note(vec![t("Council decision 45/2023.")]),
                    ]),
                    Block::OrderedList {
                        items: vec![
                            item(vec![plain(vec![t("a rent cap for social housing;")])]),
                            item(vec![
                                plain(vec![t("a fund for repairs;")]),
                                Block::BulletList {
                                    items: vec![
                                        item(vec![plain(vec![t("roofs")])]),
                                        item(vec![plain(vec![t("heating")])]),
                                    ],
                                },
                            ]),
                            item(vec![
                                plain(vec![t("an eviction protocol.")]),
                                plain(vec![t("It applies from 2024.")]),
                            ]),
                        ],
                    },
                    Block::Heading {
                        level: 2,
                        content: vec![t("Data")],
                    },
                    Block::Table {
                        rows: vec![
                            TableRow {
                                cells: vec![cell(true, "Year"), cell(true, "Homes built")],
                            },
                            TableRow {
                                cells: vec![cell(false, "2023"), cell(false, "600")],
                            },
                            TableRow {
                                cells: vec![
                                    cell(false, "2024"),
                                    TableCell {
                                        header: false,
                                        content: vec![
                                            t("650"),
                                            Inline::HardBreak,
                                            marked("provisional", vec![Mark::Italic]),
                                        ],
                                    },
                                ],
                            },
                        ],
                    },
                    Block::Quote {
                        blocks: vec![plain(vec![t(
                            "\u{201c}Housing is a human right, not a commodity.\u{201d}",
                        )])],
                    },
                    para(vec![
                        t("Evictions fell by a third."),
                        note(vec![t("Court statistics 2024.")]),
                    ]),
                ],
            },
        },
        NewSection {
            title: "Recommendations".into(),
            guidance: String::new(),
            content: Content {
                blocks: vec![
                    Block::BulletList {
                        items: vec![
                            item(vec![plain(vec![t("Fund municipal housing.")])]),
                            item(vec![plain(vec![t(
                                "Involve cities in the national report.",
                            )])]),
                        ],
                    },
                    para(vec![t(
                        "The State should fund municipal housing programmes.",
                    )]),
                    para(vec![t(
                        "The State should involve cities in preparing its national report.",
                    )]),
                ],
            },
        },
    ]
}

/// A store with a city and a UPR submission made of [`rich_sections`]; returns its id.
fn rich_submission(s: &mut Store, paper: PaperSize, language: &str) -> i64 {
    city(s, paper, language);
    let e = engagement(s, "UPR");
    s.create_submission_with(
        e,
        &SubmissionInput {
            title: "Stakeholder submission of Exampleville".into(),
            language: language.into(),
            ..Default::default()
        },
        rich_sections(),
    )
    .unwrap()
    .id
}

fn export(s: &Store, id: i64, dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    s.export_docx_file(id, &path).unwrap();
    path
}

/// The content of every section of a submission, with titles.
fn sections_of(s: &Store, id: i64) -> Vec<(String, Content)> {
    s.sections(id)
        .unwrap()
        .into_iter()
        .map(|x| (x.title, x.content))
        .collect()
}

#[test]
fn round_trip_gives_the_same_content_tree() {
    let (d, mut s) = store();
    let id = rich_submission(&mut s, PaperSize::A4, "en");
    let path = export(&s, id, d.path(), "out.docx");
    let engagement = s.submission(id).unwrap().engagement_id;
    let back = s.import_draft_file(engagement, None, None, &path).unwrap();
    assert_eq!(
        back.detail.submission.title,
        "Stakeholder submission of Exampleville"
    );
    let expected: Vec<(String, Content)> = rich_sections()
        .into_iter()
        .map(|x| (x.title, x.content))
        .collect();
    let got = sections_of(&s, back.detail.submission.id);
    for (e, g) in expected.iter().zip(&got) {
        assert_eq!(e, g, "section {:?} differs after the round trip", e.0);
    }
    assert_eq!(got.len(), expected.len());
    // The front matter is the app's own; importing it again would duplicate it, so it is left
    // out, and the import says so. Nothing else is reported for a file of our own.
    let codes: Vec<&str> = back.notices.iter().map(|n| n.code.as_str()).collect();
    assert_eq!(codes, vec!["front_matter"], "{:?}", back.notices);
    assert!(back.notices[0]
        .message
        .contains("Submitted by: Exampleville"));
    // Numbering and counts are the same.
    let (a, b) = (
        s.submission_stats(id).unwrap(),
        s.submission_stats(back.detail.submission.id).unwrap(),
    );
    assert_eq!(
        (a.words, a.paragraphs, a.footnotes),
        (b.words, b.paragraphs, b.footnotes)
    );
}

#[test]
fn round_trip_of_arabic_and_chinese_and_letter_paper() {
    for (language, text, paper) in [
        ("ar", "\u{0628}\u{0646}\u{062a} \u{0627}\u{0644}\u{0645}\u{062f}\u{064a}\u{0646}\u{0629} 1250 \u{0645}\u{0633}\u{0643}\u{0646}\u{0627}.", PaperSize::Letter),
        ("zh", "\u{8be5}\u{5e02}\u{5efa}\u{9020}\u{4e86}1250\u{5957}\u{4f4f}\u{623f}\u{3002}", PaperSize::A4),
    ] {
        let (d, mut s) = store();
        city(&mut s, paper, language);
        let e = engagement(&mut s, "UPR");
        let content = Content {
            blocks: vec![para(vec![
                marked(text, vec![Mark::Bold]),
                note(vec![t(text)]),
            ])],
        };
        let id = s
            .create_submission_with(
                e,
                &SubmissionInput {
                    title: "T".into(),
                    language: language.into(),
                    ..Default::default()
                },
                vec![NewSection {
                    title: text.chars().take(10).collect(),
                    content: content.clone(),
                    guidance: String::new(),
                }],
            )
            .unwrap()
            .id;
        let path = export(&s, id, d.path(), "out.docx");
        let doc = part(&path, "word/document.xml");
        let styles = part(&path, "word/styles.xml");
        let core = part(&path, "docProps/core.xml");
        if language == "ar" {
            // Right-to-left paragraphs, runs and section; Arabic bold is complex-script bold.
            assert!(styles.contains("<w:bidi/>"), "{styles}");
            assert!(doc.contains("<w:b/><w:bCs/><w:rtl/>"), "{doc}");
            assert!(doc.contains("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"));
            assert!(core.contains("<dc:language>ar-SA</dc:language>"));
        } else {
            assert!(!styles.contains("<w:bidi/>") && !doc.contains("<w:rtl/>"));
            assert!(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
            assert!(core.contains("<dc:language>zh-CN</dc:language>"));
        }
        // The East Asian font slot and the three proofing languages are always set.
        assert!(styles.contains("w:eastAsia=\"SimSun\""));
        assert!(styles.contains("w:eastAsia=\"zh-CN\"") && styles.contains("w:bidi=\"ar-SA\""));
        let back = s.import_draft_file(e, None, None, &path).unwrap();
        assert_eq!(sections_of(&s, back.detail.submission.id)[0].1, content);
    }
}

/// The text of a part of a .docx file.
fn part(path: &Path, name: &str) -> String {
    let f = std::fs::File::open(path).unwrap();
    let mut z = zip::ZipArchive::new(f).unwrap();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut z.by_name(name).unwrap(), &mut s).unwrap();
    s
}

#[test]
fn the_file_has_word_structures() {
    let (d, mut s) = store();
    let id = rich_submission(&mut s, PaperSize::A4, "en");
    let path = export(&s, id, d.path(), "out.docx");
    let doc = part(&path, "word/document.xml");
    let styles = part(&path, "word/styles.xml");
    let numbering = part(&path, "word/numbering.xml");
    let notes = part(&path, "word/footnotes.xml");
    let settings = part(&path, "word/settings.xml");
    let core = part(&path, "docProps/core.xml");
    let footer = part(&path, "word/footer1.xml");
    for name in [
        "Title",
        "heading 1",
        "heading 2",
        "heading 3",
        "Numbered Paragraph",
        "footnote text",
        "footnote reference",
        "List Bullet",
        "List Number",
        "Quote",
        "Hyperlink",
    ] {
        assert!(
            styles.contains(&format!("<w:name w:val=\"{name}\"/>")),
            "style {name}"
        );
    }
    // The numbered body style carries Word's numbering: one instance for every numbered
    // paragraph, so Word counts 1, 2, 3… across sections.
    assert_eq!(doc.matches("<w:numId w:val=\"10\"/>").count(), 6);
    assert!(numbering.contains("<w:num w:numId=\"10\"><w:abstractNumId w:val=\"10\"/></w:num>"));
    assert!(numbering.contains("<w:lvlText w:val=\"%1.\"/>"));
    // Real footnotes with their number mark, and Word's separators.
    assert_eq!(doc.matches("<w:footnoteReference ").count(), 4);
    assert_eq!(notes.matches("<w:footnoteRef/>").count(), 4);
    assert!(notes.contains("w:type=\"separator\"") && settings.contains("<w:footnotePr>"));
    // Links are real hyperlinks, in the body and in footnotes.
    assert_eq!(doc.matches("<w:hyperlink r:id=").count(), 2);
    assert_eq!(notes.matches("<w:hyperlink r:id=").count(), 1);
    let rels = part(&path, "word/_rels/footnotes.xml.rels");
    assert!(
        rels.contains("Target=\"https://www.ohchr.org/en/hr-bodies/upr\" TargetMode=\"External\"")
    );
    // Page number in the footer, document properties.
    assert!(footer.contains("PAGE"));
    assert!(core.contains("<dc:title>Stakeholder submission of Exampleville</dc:title>"));
    assert!(core.contains("<dc:creator>Exampleville</dc:creator>"));
    assert!(core.contains("<dc:language>en-GB</dc:language>"));
    // Properties in schema order (pStyle first, rPr last in a paragraph's properties).
    assert!(doc.contains("<w:pPr><w:pStyle w:val=\"NumberedParagraph\"/><w:numPr>"));
    assert!(!doc.contains("<w:pPr><w:rPr"));
}

#[test]
fn a_cover_page_for_a_treaty_body_and_letter_paper() {
    let (d, mut s) = store();
    city(&mut s, PaperSize::Letter, "en");
    let e = engagement(&mut s, "CEDAW");
    let id = s
        .create_submission_with(
            e,
            &SubmissionInput {
                title: "Alternative report of Exampleville".into(),
                may_publish: Some(true),
                ..Default::default()
            },
            vec![NewSection {
                title: "Introduction".into(),
                content: Content {
                    blocks: vec![para(vec![t("The city reports.")])],
                },
                guidance: String::new(),
            }],
        )
        .unwrap()
        .id;
    let detail = s.submission_detail(id).unwrap();
    let path = export(&s, id, d.path(), "cover.docx");
    let doc = part(&path, "word/document.xml");
    // Every line of the core's front matter is in the file, the cover has no page number, and
    // the first section starts on a new page.
    for line in &detail.front_matter.lines {
        assert!(
            doc.contains(&line.value.replace('&', "&amp;")),
            "{}",
            line.label
        );
    }
    assert!(doc.contains("<w:titlePg/>") && doc.contains("w:type=\"first\""));
    assert!(doc.contains("<w:pageBreakBefore/>"));
    assert!(doc.contains("w:w=\"12240\" w:h=\"15840\""));
}

#[test]
fn cli_exports_and_refuses_an_unwritable_place_without_leaving_a_file() {
    let (d, mut s) = store();
    let id = rich_submission(&mut s, PaperSize::A4, "en");
    drop(s);
    let db = d.path().join("c.sqlite3");
    let out = d.path().join("sub.docx");
    let ok = assert_cmd::Command::cargo_bin("cityrights")
        .unwrap()
        .args(["--db"])
        .arg(&db)
        .args(["export", "docx", "--submission", &id.to_string(), "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(std::fs::read(&out).unwrap().starts_with(b"PK"));

    // A folder that does not exist.
    let missing = d.path().join("no-such-folder").join("sub.docx");
    let err = assert_cmd::Command::cargo_bin("cityrights")
        .unwrap()
        .arg("--db")
        .arg(&db)
        .args(["export", "docx", "--submission", &id.to_string(), "-o"])
        .arg(&missing)
        .output()
        .unwrap();
    assert!(!err.status.success());
    let msg = String::from_utf8_lossy(&err.stderr);
    assert!(
        msg.contains("Could not write") && msg.contains("no-such-folder"),
        "{msg}"
    );
    assert!(!missing.exists());

    // A read-only folder (root ignores permissions, so only when they apply).
    let ro = d.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    let mut perm = std::fs::metadata(&ro).unwrap().permissions();
    perm.set_readonly(true);
    std::fs::set_permissions(&ro, perm).unwrap();
    if std::fs::write(ro.join("probe"), b"x").is_err() {
        let target = ro.join("sub.docx");
        let err = assert_cmd::Command::cargo_bin("cityrights")
            .unwrap()
            .arg("--db")
            .arg(&db)
            .args(["export", "docx", "--submission", &id.to_string(), "-o"])
            .arg(&target)
            .output()
            .unwrap();
        assert!(!err.status.success());
        assert!(
            std::fs::read_dir(&ro).unwrap().next().is_none(),
            "nothing left behind"
        );
    }
    let mut perm = std::fs::metadata(&ro).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perm.set_readonly(false);
    std::fs::set_permissions(&ro, perm).unwrap();

    // An unknown submission.
    let err = assert_cmd::Command::cargo_bin("cityrights")
        .unwrap()
        .arg("--db")
        .arg(&db)
        .args(["export", "docx", "--submission", "999", "-o"])
        .arg(d.path().join("x.docx"))
        .output()
        .unwrap();
    assert!(!err.status.success());
    assert!(String::from_utf8_lossy(&err.stderr).contains("does not exist"));
}

/// The text pandoc reads from a .docx file, as plain text with footnotes at the end.
fn pandoc_text(pandoc: &Path, path: &Path) -> String {
    run_pandoc(pandoc, path, &["-t", "markdown-smart", "--wrap=none"])
}

#[test]
fn pandoc_reads_the_same_text_headings_and_footnotes() {
    let Some(pandoc) = required_tool("pandoc", "pandoc") else {
        return;
    };
    let (d, mut s) = store();
    let id = rich_submission(&mut s, PaperSize::A4, "en");
    let path = export(&s, id, d.path(), "out.docx");
    // The word joiners that keep "A/HRC/59/15" on one line in Word are invisible; pandoc keeps
    // them (tests/citations.rs checks where they are).
    let md = pandoc_text(&pandoc, &path).replace('\u{2060}', "");
    // Headings at their levels: section titles are Heading 1.
    for h in [
        "# Summary",
        "# Follow-up to the previous review",
        "## Right to adequate housing",
        "### Data",
        "# Recommendations",
    ] {
        assert!(md.lines().any(|l| l == h), "heading {h:?} in\n{md}");
    }
    // Every footnote, in order, with its text.
    for (n, text) in [
        (1, "Municipal housing report 2024, p. 12."),
        (2, "Available at [ohchr.org](https://www.ohchr.org/en/hr-bodies/upr), consulted *1 March 2025*."),
        (3, "Council decision 45/2023."),
        (4, "Court statistics 2024."),
    ] {
        assert!(md.contains(&format!("[^{n}]: {text}")), "footnote {n} in\n{md}");
    }
    // The text, with its marks and links, and the numbered paragraphs as Word's numbering.
    for text in [
        "Exampleville built **1,250** social homes since the last review, *as recommended* in A/HRC/59/15, para. 140.7.[^1]",
        "See the [UPR page](https://www.ohchr.org/en/hr-bodies/upr) and write to [**the office**](mailto:office@example.org).[^2]",
        "Key words: housing; water; non-discrimination.",
        "> \u{201c}Housing is a human right, not a commodity.\u{201d}",
        "6.  The State should involve cities in preparing its national report.",
    ] {
        assert!(md.contains(text), "{text:?} in\n{md}");
    }
    // The table.
    assert!(md.contains("Homes built") && md.contains("provisional"));
}

/// The words of a .docx file as Word counts them, read independently of the app: pandoc's
/// plain text (with the title, `-s`), split into runs of non-space characters, a run counting
/// when it holds a letter or a digit (so a lone dash, a bullet or a table's rule is no word).
/// Left out, because Word does not count them as words of the text: the automatic numbers of
/// numbered paragraphs and list items that pandoc writes at the start of a line ("12.", "a."),
/// and the footnote marks it writes as "[3]".
fn pandoc_words(pandoc: &Path, path: &Path) -> (usize, String) {
    let text = run_pandoc(pandoc, path, &["-s", "-t", "plain", "--wrap=none"]);
    let is_marker = |t: &str| {
        let number = t.strip_suffix(['.', ')']).unwrap_or("");
        let note = t
            .strip_prefix('[')
            .and_then(|t| t.strip_suffix(']'))
            .unwrap_or("");
        (!number.is_empty()
            && (number.chars().all(|c| c.is_ascii_digit())
                || number.chars().all(|c| "ivxlc".contains(c))
                || (number.len() == 1 && number.chars().all(|c| c.is_ascii_lowercase()))))
            || (!note.is_empty() && note.chars().all(|c| c.is_ascii_digit()))
    };
    let mut words = 0;
    for line in text.lines() {
        let mut tokens = line.split_whitespace().peekable();
        if tokens.peek().is_some_and(|t| is_marker(t)) {
            tokens.next();
        }
        for token in tokens {
            // A footnote mark glued to a word ("utility[1].") is part of no word.
            let mut kept = String::new();
            let mut rest = token;
            while let Some(open) = rest.find('[') {
                kept.push_str(&rest[..open]);
                let after = &rest[open + 1..];
                match after.find(']') {
                    Some(close) if after[..close].chars().all(|c| c.is_ascii_digit()) => {
                        rest = &after[close + 1..];
                    }
                    _ => {
                        kept.push('[');
                        rest = after;
                    }
                }
            }
            kept.push_str(rest);
            words += usize::from(kept.chars().any(char::is_alphanumeric));
        }
    }
    (words, text)
}

/// Checks that the count the app shows for a submission and the words of its exported .docx
/// agree within 1%, and returns both.
fn count_agrees_with_the_docx(pandoc: &Path, s: &Store, id: i64, dir: &Path) -> (usize, usize) {
    let shown = s.submission_detail(id).unwrap().stats.words;
    let path = export(s, id, dir, &format!("count-{id}.docx"));
    let (in_file, text) = pandoc_words(pandoc, &path);
    let gap = shown.abs_diff(in_file);
    assert!(
        gap * 100 <= in_file,
        "the app counts {shown} words, the .docx holds {in_file}:\n{text}"
    );
    (shown, in_file)
}

/// A long submission with everything a count can trip on: headings, more than ten numbered
/// paragraphs, nested bullet and ordered lists, a table with a header row and a line break in a
/// cell, a quote, citations, footnotes citing UN documents, and the tokens that splitting gets
/// wrong ("A/HRC/59/15", "2,815", "E/C.12/ESP/CO/6", "follow-up", "l'État", "25%", a spaced
/// dash, a joined one).
fn generated_sections() -> Vec<NewSection> {
    let vocabulary = [
        "the",
        "city",
        "A/HRC/59/15",
        "housing",
        "2,815",
        "follow-up",
        "—",
        "l'État",
        "evictions",
        "25%",
        "E/C.12/ESP/CO/6",
        "water",
        "2019–2023",
        "(para.",
        "140.7)",
        "rights-based",
        "–",
        "co-submitter",
        "1,250",
        "schools",
    ];
    let mut seed = 7usize;
    let mut sentence = |n: usize| {
        let words: Vec<&str> = (0..n)
            .map(|_| {
                seed = (seed * 31 + 11) % 1_009;
                vocabulary[seed % vocabulary.len()]
            })
            .collect();
        format!("Housing {}.", words.join(" "))
    };
    let mut sections = Vec::new();
    for k in 0..4 {
        let mut blocks = vec![Block::Heading {
            level: 1,
            content: vec![t(&format!("Right to adequate housing, part {}", k + 1))],
        }];
        for p in 0..5 {
            blocks.push(para(vec![
                t(&sentence(40 + p)),
                note(vec![
                    t("See "),
                    Inline::Citation {
                        symbol: "A/HRC/59/15".into(),
                        paragraph: Some(format!("140.{p}")),
                    },
                    t(&format!(" and {}", sentence(6))),
                ]),
                t(" "),
                Inline::Citation {
                    symbol: "E/C.12/ESP/CO/6".into(),
                    paragraph: None,
                },
                t(&format!(" {}", sentence(12))),
            ]));
        }
        blocks.push(Block::Heading {
            level: 2,
            content: vec![t("Measures — and results")],
        });
        blocks.push(Block::BulletList {
            items: vec![
                item(vec![plain(vec![t(&sentence(9))])]),
                item(vec![
                    plain(vec![t(&sentence(7))]),
                    Block::OrderedList {
                        items: vec![
                            item(vec![plain(vec![t(&sentence(5))])]),
                            item(vec![plain(vec![t(&sentence(6))])]),
                        ],
                    },
                ]),
            ],
        });
        blocks.push(Block::OrderedList {
            items: vec![
                item(vec![plain(vec![t(&sentence(8))])]),
                item(vec![plain(vec![t(&sentence(9))])]),
            ],
        });
        blocks.push(Block::Table {
            rows: vec![
                TableRow {
                    cells: vec![
                        cell(true, "Year"),
                        cell(true, "Homes built (social housing)"),
                    ],
                },
                TableRow {
                    cells: vec![cell(false, "2019–2023"), cell(false, "2,815")],
                },
                TableRow {
                    cells: vec![
                        cell(false, "2024"),
                        TableCell {
                            header: false,
                            content: vec![
                                t("1,250"),
                                Inline::HardBreak,
                                marked("provisional figure", vec![Mark::Italic]),
                            ],
                        },
                    ],
                },
            ],
        });
        blocks.push(Block::Quote {
            blocks: vec![plain(vec![t(&sentence(15))])],
        });
        blocks.push(plain(vec![t(&sentence(20))]));
        sections.push(NewSection {
            title: format!("Follow-up to recommendation 140.{k} of A/HRC/59/15"),
            content: Content { blocks },
            guidance: String::new(),
        });
    }
    sections
}

#[test]
fn the_count_the_app_shows_agrees_with_the_words_of_the_docx() {
    let Some(pandoc) = required_tool("pandoc", "pandoc") else {
        return;
    };
    let (d, mut s) = store();

    // The demo submission (a joint UPR submission with a header block).
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    let demo = s.submission_summaries(None).unwrap()[0].id;
    let (shown, in_file) = count_agrees_with_the_docx(&pandoc, &s, demo, d.path());
    // Title, header lines and headings are counted: the text alone is some 70 words fewer.
    let stats = s.submission_stats(demo).unwrap();
    assert!(
        shown >= stats.body_words + stats.footnote_words + 60,
        "{shown} against {stats:?}"
    );
    eprintln!("demo: the app counts {shown}, the .docx holds {in_file}");

    // A generated UPR submission (header block) and a treaty body's report (cover page, with
    // the publication line and the date).
    for (mechanism, title) in [
        (
            "UPR",
            "Stakeholder submission of Exampleville on housing and water",
        ),
        (
            "CEDAW",
            "Alternative report of Exampleville — housing, 2019–2023",
        ),
    ] {
        let e = engagement(&mut s, mechanism);
        let id = s
            .create_submission_with(
                e,
                &SubmissionInput {
                    title: title.into(),
                    may_publish: Some(true),
                    ..Default::default()
                },
                generated_sections(),
            )
            .unwrap()
            .id;
        let (shown, in_file) = count_agrees_with_the_docx(&pandoc, &s, id, d.path());
        eprintln!("{mechanism}: the app counts {shown}, the .docx holds {in_file}");
        assert!(shown > 1_500, "{shown}");
        // The breakdown adds up to the count, and every part is there.
        let b = s.submission_detail(id).unwrap().breakdown;
        assert_eq!(
            b.title + b.front_matter + b.headings + b.text + b.footnotes,
            shown
        );
        assert!(b.title > 5 && b.front_matter > 20 && b.headings > 20 && b.footnotes > 100);
    }
}

#[test]
fn libreoffice_converts_it_and_the_pdf_shows_numbers_and_footnotes() {
    let Some(soffice) = required_tool("soffice", "libreoffice-writer") else {
        return;
    };
    let Some(pdftotext) = required_tool("pdftotext", "poppler-utils") else {
        return;
    };
    let (d, mut s) = store();
    let id = rich_submission(&mut s, PaperSize::A4, "en");
    let path = export(&s, id, d.path(), "submission.docx");
    let pdf = libreoffice_pdf(&soffice, &path, d.path());
    let out = Command::new(pdftotext)
        .arg("-layout")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // The paragraph numbers 1 to N in order, each starting its line at the margin (list items
    // are indented, footnote numbers have no full stop).
    let stats = s.submission_stats(id).unwrap();
    let numbers: Vec<usize> = text
        .lines()
        .map(|l| l.trim_start_matches('\u{c}'))
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .filter_map(|l| {
            let (n, rest) = l.split_once('.')?;
            rest.starts_with(char::is_whitespace)
                .then(|| n.parse().ok())
                .flatten()
        })
        .collect();
    assert_eq!(
        numbers,
        (1..=stats.paragraphs).collect::<Vec<_>>(),
        "paragraph numbers in\n{text}"
    );
    for p in [
        "Exampleville built",
        "The city adopted three measures",
        "Evictions fell by a third",
        "The State should involve cities",
    ] {
        assert!(text.contains(p), "{p}");
    }
    // Every footnote's text at the foot of a page.
    for n in [
        "Municipal housing report 2024, p. 12.",
        "Available at ohchr.org, consulted 1 March 2025.",
        "Council decision 45/2023.",
        "Court statistics 2024.",
    ] {
        assert!(text.contains(n), "footnote {n:?} in\n{text}");
    }
    // The picture in the README comes from this conversion (see docs/).
    if let (Ok(dir), Some(pdftoppm)) = (std::env::var("CITYRIGHTS_DOCX_PNG"), tool("pdftoppm")) {
        let status = Command::new(pdftoppm)
            .args(["-r", "80", "-png", "-f", "1", "-l", "1"])
            .arg(&pdf)
            .arg(Path::new(&dir).join("docx-page"))
            .status()
            .unwrap();
        assert!(status.success());
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/docx")
        .join(name)
}

fn numbered(content: Vec<Inline>) -> Block {
    para(content)
}

fn bold(s: &str) -> Inline {
    marked(s, vec![Mark::Bold])
}

fn italic(s: &str) -> Inline {
    marked(s, vec![Mark::Italic])
}

fn link(s: &str, href: &str) -> Inline {
    marked(s, vec![Mark::Link { href: href.into() }])
}

/// A table of plain cells, the first row a header.
fn table(rows: &[[&str; 2]]) -> Block {
    Block::Table {
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, r)| TableRow {
                cells: r.iter().map(|c| cell(i == 0, c)).collect(),
            })
            .collect(),
    }
}

fn codes(notices: &[cityrights::import::draft::ImportNotice]) -> Vec<&str> {
    notices.iter().map(|n| n.code.as_str()).collect()
}

#[test]
fn a_pandoc_file_imports_with_lists_footnotes_table_and_changes_accepted() {
    let read = cityrights::import::draft::read_draft(&fixture("pandoc.docx")).unwrap();
    let sub = read.submission;
    assert_eq!(
        sub.title.as_deref(),
        Some("Contribution of the Housing Department")
    );
    let titles: Vec<&str> = sub.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, vec!["Housing", "Water"]);
    let housing = Content {
        blocks: vec![
            plain(vec![
                t("The department manages "),
                bold("11,800"),
                t(" social homes and "),
                italic("42"),
                t(" emergency units."),
                note(vec![t("Housing Department, Annual Report 2024, table 3.")]),
            ]),
            // Word's numbered paragraphs are the submission's numbered paragraphs; with them in
            // the file, the other paragraphs are not numbered.
            numbered(vec![t("Rents were frozen in 2024.")]),
            // The deletion is left out, the insertion kept.
            numbered(vec![t("Repairs were completed in every district.")]),
            // The comment is left out, the text it was on kept.
            numbered(vec![t("A tenants\u{2019} council meets monthly.")]),
            Block::BulletList {
                items: vec![item(vec![
                    plain(vec![t("Priority groups:")]),
                    Block::BulletList {
                        items: vec![
                            item(vec![plain(vec![t("families with children")])]),
                            item(vec![plain(vec![t("older persons")])]),
                        ],
                    },
                ])],
            },
            plain(vec![
                t("See the "),
                link("annual report", "https://example.org/housing-2024"),
                t(" for details."),
            ]),
            Block::Heading {
                level: 1,
                content: vec![t("Data")],
            },
            table(&[["Year", "Evictions"], ["2023", "312"], ["2024", "141"]]),
        ],
    };
    assert_eq!(sub.sections[0].content, housing);
    let water = Content {
        blocks: vec![
            Block::Quote {
                blocks: vec![plain(vec![t("Water is a human right.")])],
            },
            plain(vec![
                t("The utility stopped winter disconnections."),
                note(vec![t("Council decision 12/2024.")]),
            ]),
        ],
    };
    assert_eq!(sub.sections[1].content, water);
    assert_eq!(codes(&read.notices), vec!["tracked_changes", "comments"]);
    assert!(read.notices[0]
        .message
        .starts_with("2 tracked changes were accepted"));
    assert_eq!(read.notices[1].message, "1 comment was left out.");
}

#[test]
fn a_libreoffice_file_imports_with_lists_footnotes_table_and_changes_accepted() {
    let read = cityrights::import::draft::read_draft(&fixture("libreoffice.docx")).unwrap();
    let sub = read.submission;
    assert_eq!(
        sub.title.as_deref(),
        Some("Contribution of the Education Department")
    );
    let titles: Vec<&str> = sub.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, vec!["Primary schools", "Participation"]);
    let schools = Content {
        blocks: vec![
            plain(vec![
                t("The department runs "),
                bold("42"),
                t(" primary schools attended by "),
                italic("18,500"),
                t(" children."),
                note(vec![t("School census, October 2024.")]),
            ]),
            numbered(vec![t("Every school has a trained counsellor.")]),
            numbered(vec![t("Meals are free for all pupils.")]),
            numbered(vec![
                t("Roma children are enrolled at the same rate as others."),
                note(vec![t("Ombudsperson report 2024, p. 7.")]),
            ]),
            Block::OrderedList {
                items: vec![
                    item(vec![plain(vec![t("in primary schools;")])]),
                    item(vec![plain(vec![t("in pre-schools.")])]),
                ],
            },
            Block::Heading {
                level: 1,
                content: vec![t("Figures")],
            },
            table(&[["Year", "Pupils"], ["2023", "18,100"], ["2024", "18,500"]]),
        ],
    };
    assert_eq!(sub.sections[0].content, schools);
    let participation = Content {
        blocks: vec![
            Block::BulletList {
                items: vec![
                    item(vec![plain(vec![t("Pupils' councils in every school")])]),
                    item(vec![plain(vec![t("A yearly city forum")])]),
                ],
            },
            Block::Quote {
                blocks: vec![plain(vec![t("Children have the right to be heard.")])],
            },
            plain(vec![
                t("See the "),
                link("education strategy", "https://example.org/education"),
                t(" of the city."),
            ]),
        ],
    };
    assert_eq!(sub.sections[1].content, participation);
    assert_eq!(codes(&read.notices), vec!["tracked_changes", "comments"]);
}

fn cli(db: &Path, args: &[&str]) -> std::process::Output {
    assert_cmd::Command::cargo_bin("cityrights")
        .unwrap()
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn cli_imports_word_files_by_extension_and_prints_the_notices() {
    let (d, mut s) = store();
    city(&mut s, PaperSize::A4, "en");
    let e = engagement(&mut s, "UPR");
    let target = s
        .create_submission_with(
            e,
            &SubmissionInput {
                title: "Our submission".into(),
                ..Default::default()
            },
            vec![NewSection {
                title: "Summary".into(),
                content: Content {
                    blocks: vec![para(vec![t("One.")])],
                },
                guidance: String::new(),
            }],
        )
        .unwrap()
        .id;
    drop(s);
    let db = d.path().join("c.sqlite3");
    let pandoc = fixture("pandoc.docx");
    let pandoc = pandoc.to_str().unwrap();

    // A new submission from a Word file; what was accepted or left out is said on stderr.
    let out = cli(
        &db,
        &[
            "submission",
            "import",
            "--engagement",
            &e.to_string(),
            pandoc,
            "--json",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("note: 2 tracked changes were accepted"),
        "{stderr}"
    );
    assert!(stderr.contains("note: 1 comment was left out."), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let new_id = json["id"].as_i64().unwrap();
    assert_eq!(json["notices"].as_array().unwrap().len(), 2);

    // A department's document as one section of an existing submission.
    let lo = fixture("libreoffice.docx");
    let out = cli(
        &db,
        &[
            "submission",
            "import",
            "--into-submission",
            &target.to_string(),
            lo.to_str().unwrap(),
            "--json",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["id"].as_i64(), Some(target));
    let s = Store::open(&db).unwrap();
    let sections = s.sections(target).unwrap();
    assert_eq!(sections.len(), 2);
    assert_eq!(json["section_id"].as_i64(), Some(sections[1].id));
    // The section is named after the document; its two parts are headings inside it, with the
    // document's own headings one level lower.
    assert_eq!(
        sections[1].title,
        "Contribution of the Education Department"
    );
    let headings: Vec<(u8, String)> = sections[1]
        .content
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, content } => match content.as_slice() {
                [Inline::Text { text, .. }] => Some((*level, text.clone())),
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        vec![
            (1, "Primary schools".to_string()),
            (2, "Figures".to_string()),
            (1, "Participation".to_string())
        ]
    );
    // Numbering goes on across the submission: paragraph 1 is the existing one.
    assert_eq!(s.submission_stats(target).unwrap().paragraphs, 4);
    assert_eq!(
        s.submission(new_id).unwrap().title,
        "Contribution of the Housing Department"
    );
    let before = s.submission_summaries(None).unwrap().len();
    drop(s);

    // Refusals: both targets, neither, an old .doc, a damaged .docx — and nothing is created.
    let both = cli(
        &db,
        &[
            "submission",
            "import",
            "--engagement",
            "1",
            "--into-submission",
            "1",
            pandoc,
        ],
    );
    assert!(!both.status.success());
    let neither = cli(&db, &["submission", "import", pandoc]);
    assert!(!neither.status.success());
    let doc = d.path().join("old.doc");
    std::fs::write(&doc, b"\xD0\xCF\x11\xE0").unwrap();
    let out = cli(
        &db,
        &[
            "submission",
            "import",
            "--engagement",
            &e.to_string(),
            doc.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("save it as \"Word Document (.docx)\""));
    let broken = d.path().join("broken.docx");
    std::fs::write(&broken, b"PK\x03\x04 not really").unwrap();
    let out = cli(
        &db,
        &[
            "submission",
            "import",
            "--engagement",
            &e.to_string(),
            broken.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("damaged"));
    let s = Store::open(&db).unwrap();
    assert_eq!(s.submission_summaries(None).unwrap().len(), before);
    assert_eq!(s.sections(target).unwrap().len(), 2);
}

/// A small PNG logo (a blue square) in `dir`.
fn logo_file(dir: &Path) -> PathBuf {
    let path = dir.join("logo.png");
    let file = std::fs::File::create(&path).unwrap();
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), 40, 20);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer
        .write_image_data(&[0x1f, 0x3a, 0x68].repeat(40 * 20))
        .unwrap();
    writer.finish().unwrap();
    path
}

/// One element of an XML part: its name as written, its attributes, and the names of the
/// elements it sits in.
struct Found {
    name: String,
    attrs: Vec<(String, String)>,
    inside: Vec<String>,
}

impl Found {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Every element of an XML part in document order, read by quick-xml (not by the export's own
/// reader, so that the test does not take the export's word for it).
fn elements_of(xml: &str) -> Vec<Found> {
    use quick_xml::events::{BytesStart, Event};
    let decoder = quick_xml::Reader::from_str(xml).decoder();
    let found = |e: &BytesStart, inside: &[String]| Found {
        name: String::from_utf8(e.name().as_ref().to_vec()).unwrap(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.unwrap();
                let key = String::from_utf8(a.key.as_ref().to_vec()).unwrap();
                let value = a
                    .decoded_and_normalized_value(quick_xml::XmlVersion::Implicit1_0, decoder)
                    .unwrap();
                (key, value.into_owned())
            })
            .collect(),
        inside: inside.to_vec(),
    };
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut open: Vec<String> = Vec::new();
    let mut out = Vec::new();
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => {
                let f = found(&e, &open);
                open.push(f.name.clone());
                out.push(f);
            }
            Event::Empty(e) => out.push(found(&e, &open)),
            Event::End(_) => {
                open.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// Accessible Word: the table's header row is marked as one (repeated on each page, read as
/// the column headers), every image has alternative text, and the document says its language
/// in the styles (Word's proofing, screen readers' voice) and in its properties.
#[test]
fn the_word_file_is_accessible_header_rows_alt_text_and_language() {
    for (language, latin, core_language) in [
        ("en", "en-GB", "en-GB"),
        ("fr", "fr-FR", "fr-FR"),
        ("es", "es-ES", "es-ES"),
        ("ru", "ru-RU", "ru-RU"),
        ("ar", "en-GB", "ar-SA"),
        ("zh", "en-GB", "zh-CN"),
    ] {
        let (d, mut s) = store();
        let id = rich_submission(&mut s, PaperSize::A4, language);
        s.set_city_logo(&logo_file(d.path())).unwrap();
        let path = export(&s, id, d.path(), "out.docx");

        // The table: its first row (two header cells) is a header row, the others are not.
        let doc = elements_of(&part(&path, "word/document.xml"));
        let rows: Vec<usize> = (0..doc.len()).filter(|&i| doc[i].name == "w:tr").collect();
        assert_eq!(rows.len(), 3, "{language}: the table's three rows");
        let marked = |row: usize| {
            let depth = doc[row].inside.len();
            doc[row + 1..]
                .iter()
                .take_while(|e| e.inside.len() > depth)
                .any(|e| {
                    e.name == "w:tblHeader" && e.inside.last().map(String::as_str) == Some("w:trPr")
                })
        };
        assert!(
            marked(rows[0]),
            "{language}: the header row is marked w:tblHeader"
        );
        assert!(
            !marked(rows[1]) && !marked(rows[2]),
            "{language}: body rows are not header rows"
        );

        // Every image (here the city's logo) says what it shows, with an id of its own.
        let pictures: Vec<&Found> = doc.iter().filter(|e| e.name == "wp:docPr").collect();
        assert_eq!(pictures.len(), 1, "{language}: the logo is in the file");
        for p in &pictures {
            // In the document's language, naming the city.
            let descr = p.attr("descr").unwrap_or_default();
            assert!(descr.contains("Exampleville"), "{language}: {descr}");
            assert_eq!(
                descr == "Logo of Exampleville",
                language == "en",
                "{language}: {descr}"
            );
        }
        assert_eq!(
            doc.iter().filter(|e| e.name == "w:drawing").count(),
            pictures.len(),
            "{language}: every drawing has its docPr"
        );
        // …and the picture itself is in the file, where its relationship says.
        let rels = elements_of(&part(&path, "word/_rels/document.xml.rels"));
        for blip in doc.iter().filter(|e| e.name == "a:blip") {
            let id = blip.attr("r:embed").unwrap();
            let rel = rels.iter().find(|r| r.attr("Id") == Some(id)).unwrap();
            let target = format!("word/{}", rel.attr("Target").unwrap());
            let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut zip.by_name(&target).unwrap(), &mut bytes).unwrap();
            assert!(
                bytes.starts_with(b"\x89PNG"),
                "{language}: {target} is the PNG logo"
            );
        }

        // The language: the document defaults of styles.xml, and dc:language.
        let styles = elements_of(&part(&path, "word/styles.xml"));
        let lang = styles
            .iter()
            .find(|e| e.name == "w:lang" && e.inside.iter().any(|n| n == "w:rPrDefault"))
            .unwrap_or_else(|| panic!("{language}: w:lang in the document defaults"));
        assert_eq!(lang.attr("w:val"), Some(latin), "{language}");
        assert_eq!(lang.attr("w:bidi"), Some("ar-SA"), "{language}");
        assert_eq!(lang.attr("w:eastAsia"), Some("zh-CN"), "{language}");
        let core = part(&path, "docProps/core.xml");
        assert!(
            core.contains(&format!("<dc:language>{core_language}</dc:language>")),
            "{language}: dc:language {core_language} in {core}"
        );
    }
}

/// A Word file whose logo is no longer a readable PNG is refused with the city profile's field named, and
/// nothing is written.
#[test]
fn a_logo_that_is_not_a_png_is_refused_and_nothing_is_written() {
    let (d, mut s) = store();
    let id = rich_submission(&mut s, PaperSize::A4, "en");
    // A logo that was a PNG when it was chosen, damaged since.
    let kept = s
        .set_city_logo(&logo_file(d.path()))
        .unwrap()
        .logo_path
        .unwrap();
    std::fs::write(&kept, b"\x89PNG\r\n\x1a\n but nothing after").unwrap();
    let out = d.path().join("out.docx");
    let err = s.export_docx_file(id, &out).unwrap_err().to_string();
    assert!(err.contains("cannot be used in the Word file"), "{err}");
    assert!(!out.exists());
}

/// A passage marked with its language (a German quotation in an English submission, one word
/// of it bold, one a link) says it on each of its runs with `w:lang`, in its place in `w:rPr`
/// (after `w:b`, as the schema orders it), so that Word checks its spelling as German and a
/// screen reader reads it with a German voice; the English runs around it carry none (they
/// take the document's language from the defaults).
#[test]
fn a_passage_marked_with_a_language_says_it_on_its_runs() {
    let (d, mut s) = store();
    city(&mut s, PaperSize::A4, "en");
    let e = engagement(&mut s, "UPR");
    let de = || Mark::Language { lang: "de".into() };
    let id = s
        .create_submission_with(
            e,
            &SubmissionInput {
                title: "Stakeholder submission of Exampleville".into(),
                language: "en".into(),
                ..Default::default()
            },
            vec![NewSection {
                title: "Housing".into(),
                content: Content {
                    blocks: vec![para(vec![
                        t("The Basic Law opens with "),
                        marked("Die Würde des Menschen ist ", vec![de()]),
                        marked("unantastbar", vec![Mark::Bold, de()]),
                        marked(
                            " (Grundgesetz)",
                            vec![
                                de(),
                                Mark::Link {
                                    href: "https://www.gesetze-im-internet.de/gg/".into(),
                                },
                            ],
                        ),
                        t(", as the city recalls."),
                    ])],
                },
                guidance: String::new(),
            }],
        )
        .unwrap()
        .id;
    let path = export(&s, id, d.path(), "lang.docx");
    let xml = part(&path, "word/document.xml");
    let doc = elements_of(&xml);
    let langs: Vec<&Found> = doc
        .iter()
        .filter(|e| e.name == "w:lang" && e.inside.ends_with(&["w:r".into(), "w:rPr".into()]))
        .collect();
    assert_eq!(langs.len(), 3, "the three German runs, and no other: {xml}");
    for l in &langs {
        for attr in ["w:val", "w:eastAsia", "w:bidi"] {
            assert_eq!(l.attr(attr), Some("de"), "{attr}");
        }
    }
    assert!(
        langs[2].inside.iter().any(|n| n == "w:hyperlink"),
        "the link's run is German too"
    );
    assert!(
        !xml.contains("cityrights-lang") && !xml.contains("w:rFonts"),
        "no placeholder is left: {xml}"
    );
    // Schema order in the bold run's properties: w:b before w:lang.
    let bold = xml
        .split("<w:r>")
        .find(|r| r.contains("unantastbar"))
        .expect("the bold run");
    let (b, lang) = (bold.find("<w:b/>"), bold.find("<w:lang "));
    assert!(
        matches!((b, lang), (Some(b), Some(l)) if b < l),
        "w:b then w:lang: {bold}"
    );
    // Imported again, the German passage is German again and the English around it is not
    // marked (the file's main language); the marks may come back in another order.
    let back = s.import_draft_file(e, None, None, &path).unwrap();
    let content = &sections_of(&s, back.detail.submission.id)[0].1;
    let Block::Paragraph { content, .. } = &content.blocks[0] else {
        panic!("a paragraph: {content:?}")
    };
    let runs: Vec<(&str, Vec<&Mark>)> = content
        .iter()
        .filter_map(|i| match i {
            Inline::Text { text, marks } => {
                let mut marks: Vec<&Mark> = marks.iter().collect();
                marks.sort_by_key(|m| format!("{m:?}"));
                Some((text.as_str(), marks))
            }
            _ => None,
        })
        .collect();
    let link = Mark::Link {
        href: "https://www.gesetze-im-internet.de/gg/".into(),
    };
    let (de, bold) = (de(), Mark::Bold);
    assert_eq!(
        runs,
        vec![
            ("The Basic Law opens with ", vec![]),
            ("Die Würde des Menschen ist ", vec![&de]),
            ("unantastbar", vec![&bold, &de]),
            (" (Grundgesetz)", vec![&de, &link]),
            (", as the city recalls.", vec![]),
        ]
    );
}

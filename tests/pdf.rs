//! The PDF export, checked from outside: the file is read back with independent tools (qpdf,
//! poppler's pdffonts, pdfinfo and pdftotext, lopdf) and the layout's report of every placed
//! box is checked against the typographic rules (margins, widows and orphans, headings kept
//! with their text, footnotes on the page of their call).
//!
//! Every sample is also written to `target/pdf-samples/` to be looked at (`pdftoppm`).

#[path = "support/pdf_sample.rs"]
mod sample;
#[path = "support/citation_sweep.rs"]
mod sweep;
#[path = "support/pdf_tags.rs"]
mod tags;
#[path = "support/tools.rs"]
mod tools;
use tools::required_tool as tool;

use cityrights::city::{CityProfile, PaperSize};
use cityrights::document::symbol::EXAMPLES;
use cityrights::document::{Block, Content, Inline, Mark};
use cityrights::engagement::EngagementInput;
use cityrights::export::pdf::{self, BoxKind, LayoutReport};
use cityrights::submission::{NewSection, SubmissionInput};
use cityrights::Store;
use std::path::{Path, PathBuf};
use std::process::Command;

const LANGUAGES: [&str; 6] = ["en", "fr", "es", "ru", "ar", "zh"];

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    (dir, s)
}

fn city(s: &mut Store, paper: PaperSize, language: &str, logo: Option<String>) {
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
    if let Some(logo) = logo {
        s.set_city_logo(std::path::Path::new(&logo)).unwrap();
    }
}

fn submission(s: &mut Store, mechanism: &str, language: &str, sections: Vec<NewSection>) -> i64 {
    let e = s
        .create_engagement(&EngagementInput {
            mechanism: mechanism.into(),
            title: format!("{mechanism} review of Slovenia"),
            state_under_review: "Slovenia".into(),
            session: "48th session, January 2025".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    s.create_submission_with(
        e,
        &SubmissionInput {
            title: "Submission of Exampleville".into(),
            language: language.into(),
            ..Default::default()
        },
        sections,
    )
    .unwrap()
    .id
}

fn samples_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pdf-samples");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(tool: &Path, args: &[&str]) -> String {
    let out = Command::new(tool).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{} {args:?} failed: {}",
        tool.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Words of a text with spaces and hyphens taken out: what must come back in order.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{ad}')
        .collect()
}

/// A page number's words and numbers, whatever their order on the line (an artifact's text,
/// and pdftotext's reading of an Arabic line, are in the order of the glyphs on the page): its
/// letters without spaces and digits, sorted, and its numbers sorted.
fn page_number_parts(line: &str) -> (String, Vec<u64>) {
    let mut words: Vec<char> = line
        .chars()
        .filter(|c| {
            !c.is_whitespace() && !c.is_ascii_digit() && !('\u{200e}'..='\u{202e}').contains(c)
        })
        .collect();
    words.sort_unstable();
    let words: String = words.into_iter().collect();
    let mut numbers: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|d| d.parse().ok())
        .collect();
    numbers.sort_unstable();
    (words, numbers)
}

/// Whether a line is a page number ("Page 3 of 8", "第 3 页，共 8 页"…) in any language.
fn is_page_number(line: &str) -> bool {
    let (words, numbers) = page_number_parts(line);
    numbers.len() == 2
        && cityrights::model::language::LANGUAGES
            .iter()
            .any(|l| page_number_parts(&pdf::page_of(l, 0, 0)).0 == words)
}

/// pdftotext of the body, page numbers ("Page 3 of 8") taken out.
fn text_of(pdftotext: &Path, pdf: &Path) -> String {
    let raw = run(pdftotext, &[pdf.to_str().unwrap(), "-"]);
    raw.lines()
        .filter(|l| !is_page_number(l.trim()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `want` appears in `text`; on failure, says where the two part.
fn assert_contains_in_order(text: &str, want: &str, what: &str) {
    if text.contains(want) {
        return;
    }
    // The longest prefix of `want` found, to show where it goes wrong.
    let chars: Vec<char> = want.chars().collect();
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let prefix: String = chars[..mid].iter().collect();
        if text.contains(&prefix) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let ok: String = chars[lo.saturating_sub(40)..lo].iter().collect();
    let next: String = chars[lo..(lo + 40).min(chars.len())].iter().collect();
    let at = text
        .find(&chars[..lo].iter().collect::<String>())
        .map(|i| i + chars[..lo].iter().collect::<String>().len())
        .unwrap_or(0);
    let got: String = text[at..].chars().take(40).collect();
    panic!("{what}: the words part after …{ok}\n expected: {next}\n found:    {got}");
}

/// The rules every layout must keep; returns the report for more checks.
fn check_layout(r: &LayoutReport, what: &str) {
    let eps = 0.05;
    for b in &r.boxes {
        if matches!(b.kind, BoxKind::PageNumber) {
            assert!(
                b.top > r.page_height - r.margin_bottom,
                "{what}: page number inside the body"
            );
            continue;
        }
        assert!(
            b.x >= r.margin_x - eps,
            "{what}: {:?} past the left margin: {b:?}",
            b.kind
        );
        assert!(
            b.x + b.width <= r.page_width - r.margin_x + eps,
            "{what}: {:?} past the right margin by {}: {:?} {b:?}",
            b.kind,
            b.x + b.width - (r.page_width - r.margin_x),
            b.text
        );
        assert!(
            b.top >= r.margin_top - eps,
            "{what}: {:?} above the top margin",
            b.kind
        );
        assert!(
            b.top + b.height <= r.page_height - r.margin_bottom + eps,
            "{what}: {:?} below the bottom margin: {:?}",
            b.kind,
            b.text
        );
    }
    let body = |k: BoxKind| matches!(k, BoxKind::Paragraph | BoxKind::ListItem | BoxKind::Quote);
    // No orphans or widows: a paragraph split over pages has at least two lines on each.
    let mut blocks: std::collections::BTreeMap<usize, Vec<(usize, usize, usize)>> =
        Default::default();
    for b in r.boxes.iter().filter(|b| body(b.kind)) {
        blocks
            .entry(b.block)
            .or_default()
            .push((b.page, b.line, b.lines));
    }
    for (block, lines) in &blocks {
        let pages: std::collections::BTreeSet<usize> = lines.iter().map(|l| l.0).collect();
        if pages.len() > 1 {
            for p in pages {
                let on = lines.iter().filter(|l| l.0 == p).count();
                assert!(
                    on >= 2,
                    "{what}: block {block} has {on} line alone on page {p}"
                );
            }
        }
    }
    // A heading is never the last thing in the body of a page.
    for p in 0..r.pages {
        let last = r
            .boxes
            .iter()
            .filter(|b| {
                b.page == p
                    && !matches!(
                        b.kind,
                        BoxKind::PageNumber
                            | BoxKind::Footnote
                            | BoxKind::FootnoteSeparator
                            | BoxKind::Label
                    )
            })
            .max_by(|a, b| a.top.total_cmp(&b.top));
        if let Some(last) = last {
            if p + 1 < r.pages {
                assert!(
                    last.kind != BoxKind::Heading,
                    "{what}: heading {:?} alone at the foot of page {p}",
                    last.text
                );
            }
        }
    }
    // Every footnote starts on the page of its call, below the body.
    for b in r.boxes.iter().filter(|b| !b.calls.is_empty()) {
        for n in &b.calls {
            let first = r
                .boxes
                .iter()
                .find(|f| f.kind == BoxKind::Footnote && f.block == *n && f.line == 0)
                .unwrap_or_else(|| panic!("{what}: footnote {n} not placed"));
            assert_eq!(
                first.page, b.page,
                "{what}: footnote {n} not on the page of its call"
            );
            assert!(first.top > b.top, "{what}: footnote {n} above its call");
        }
    }
    // Footnotes are numbered in the order of their calls.
    let calls: Vec<usize> = r.boxes.iter().flat_map(|b| b.calls.clone()).collect();
    let mut sorted = calls.clone();
    sorted.sort();
    assert_eq!(calls, sorted, "{what}: footnote calls out of order");
}

#[test]
fn every_un_language_exports_a_clean_searchable_pdf() {
    let (Some(qpdf), Some(pdffonts), Some(pdfinfo), Some(pdftotext)) = (
        tool("qpdf", "qpdf"),
        tool("pdffonts", "poppler-utils"),
        tool("pdfinfo", "poppler-utils"),
        tool("pdftotext", "poppler-utils"),
    ) else {
        return;
    };
    for language in LANGUAGES {
        let (_d, mut s) = store();
        city(&mut s, PaperSize::A4, language, None);
        let sections = sample::submission(language, 2000, 14, 7, true);
        let id = submission(
            &mut s,
            "UPR",
            language,
            sample::submission(language, 2000, 14, 7, true),
        );
        let rendered = s.export_pdf(id).unwrap();
        let path = samples_dir().join(format!("sample-{language}.pdf"));
        std::fs::write(&path, &rendered.bytes).unwrap();
        let p = path.to_str().unwrap();
        check_layout(&rendered.report, language);

        let check = run(&qpdf, &["--check", p]);
        assert!(
            check.contains("No syntax or stream encoding errors"),
            "{language}: {check}"
        );

        // Fonts: embedded, subset (ABCDEF+Name), Unicode-mapped; the script's font is there.
        let fonts = run(&pdffonts, &[p]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty());
        for row in &rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let n = cols.len();
            assert_eq!(
                &cols[n - 5..n - 2],
                &["yes", "yes", "yes"],
                "{language}: {row}"
            );
            let name = cols[0];
            assert!(
                name.len() > 7
                    && name.as_bytes()[6] == b'+'
                    && name[..6].chars().all(|c| c.is_ascii_uppercase()),
                "{language}: {name}"
            );
        }
        let want = match language {
            "ar" => "NotoNaskhArabic",
            "zh" => "NotoSerifSC",
            _ => "NotoSerif-Regular",
        };
        assert!(fonts.contains(want), "{language}: {fonts}");

        let info = run(&pdfinfo, &[p]);
        assert!(
            info.contains("Title:           Submission of Exampleville"),
            "{info}"
        );
        assert!(info.contains("Author:          Exampleville"), "{info}");
        // The subject names the mechanism in the submission's language, as its front matter
        // does (the UPR's acronym is EPU in French and Spanish, УПО in Russian; Chinese writes
        // full-width brackets).
        let subject = match language {
            "en" => "Universal Periodic Review (UPR)".to_string(),
            "fr" => "Examen périodique universel (EPU)".to_string(),
            "zh" => format!(
                "{}（UPR）",
                cityrights::model::language::text("zh", "mechanism.UPR", &[])
            ),
            "ru" => format!(
                "{} (УПО)",
                cityrights::model::language::text("ru", "mechanism.UPR", &[])
            ),
            other => format!(
                "{} ({})",
                cityrights::model::language::text(other, "mechanism.UPR", &[]),
                cityrights::model::language::text(other, "mechanism_acronym.UPR", &[])
            ),
        };
        assert!(
            info.contains(&format!("Subject:         {subject}")),
            "{language}: {info}"
        );
        assert!(
            info.contains(&format!("Pages:           {}", rendered.pages)),
            "{info}"
        );
        assert!(info.contains("A4"), "{info}");
        assert!(!info.contains("PDF/X"), "{info}");
        assert!(info.contains("Tagged:          yes"), "{language}: {info}");

        // Tagged PDF: the structure tree reads the text in order, with its kinds of element.
        let tagged = tags::read(&rendered.bytes, language);
        tags::assert_reading_order(&tagged, &rendered.report, language);
        for role in [
            "Document",
            "H1",
            "H2",
            "H3",
            "P",
            "L",
            "LI",
            "Lbl",
            "LBody",
            "Table",
            "TR",
            "TH",
            "TD",
            "Reference",
            "Note",
            "Link",
        ] {
            assert!(
                tagged.count(role) > 0,
                "{language}: no {role} in {:?}",
                tagged.roles()
            );
        }
        assert_eq!(tagged.count("Note"), 14, "{language}");
        assert_eq!(tagged.count("LI"), 3, "{language}");
        // The text of artifacts: page numbers, and the table's header row when it is repeated
        // at the top of a page; nothing else.
        // Page numbers in the submission's language ("Page 3 sur 8"), compared by their words
        // and numbers (an Arabic line's glyphs are in visual order).
        let mut numbers: Vec<(String, Vec<u64>)> = (1..=rendered.pages)
            .map(|n| page_number_parts(&pdf::page_of(language, n, rendered.pages)))
            .collect();
        let mut artifacts: Vec<(String, Vec<u64>)> = tagged
            .artifacts
            .iter()
            .map(String::as_str)
            .filter(|a| !a.is_empty() && !["2022", "312"].contains(a))
            .map(page_number_parts)
            .collect();
        numbers.sort();
        artifacts.sort();
        assert_eq!(artifacts, numbers, "{language}");
        if language != "en" {
            assert_ne!(
                numbers[0].0,
                page_number_parts(&pdf::page_of("en", 1, 1)).0,
                "{language}: English page numbers"
            );
        }

        // Every sentence of the body comes back, in order (footnotes and numbers aside).
        let mut text = squash(&text_of(&pdftotext, &path));
        assert!(
            !text.contains('\u{fffd}'),
            "{language}: replacement characters in the text"
        );
        // Footnotes sit at the foot of the page, between the lines of the body: each comes
        // back whole (with its number), and is then taken out to check the body's order.
        let mut number = 0;
        for section in &sections {
            for block in &section.content.blocks {
                let Block::Paragraph { content, .. } = block else {
                    continue;
                };
                for inline in content {
                    if let (Inline::Footnote { content }, false) = (inline, language == "ar") {
                        number += 1;
                        let Some(Inline::Text { text: t, .. }) = content.first() else {
                            continue;
                        };
                        let note = squash(&format!("{number}{t}"));
                        let at = text.find(&note).unwrap_or_else(|| {
                            panic!("{language}: footnote {number} not found whole")
                        });
                        text.replace_range(at..at + note.len(), "");
                    }
                }
            }
        }
        let mut at = 0;
        for section in &sections {
            for block in &section.content.blocks {
                if let Block::Paragraph {
                    numbered: true,
                    content,
                } = block
                {
                    for inline in content {
                        if let Inline::Text { text: t, .. } = inline {
                            if language == "ar" {
                                // Arabic is checked word by word below: the extraction of
                                // right-to-left lines is not in one order across viewers.
                                continue;
                            }
                            let want = squash(t);
                            let found = text[at..]
                                .find(&want)
                                .unwrap_or_else(|| panic!("{language}: not found in order: {t}"));
                            at += found + want.len();
                        }
                    }
                }
            }
        }
        if language == "ar" {
            let raw = run(&pdftotext, &[p, "-"]);
            for word in ["المدينة", "الإخلاء", "المستأجرين", "A/HRC/59/15"]
            {
                assert!(raw.contains(word), "ar: {word} missing from {raw:.300}");
            }
        }
    }
}

#[test]
fn the_same_submission_gives_the_same_bytes() {
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "en", None);
    let id = submission(
        &mut s,
        "UPR",
        "en",
        sample::submission("en", 800, 5, 3, true),
    );
    let a = s.export_pdf(id).unwrap().bytes;
    let b = s.export_pdf(id).unwrap().bytes;
    assert_eq!(a, b);
}

#[test]
fn generated_documents_keep_every_word_in_order() {
    let Some(pdftotext) = tool("pdftotext", "poppler-utils") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // A property over generated documents: random lengths, words and widths of paragraphs.
    let vocabulary = [
        "housing",
        "the",
        "city",
        "evictions",
        "water",
        "A/HRC/59/15",
        "participation",
        "1,250",
        "non-discrimination",
        "municipal",
        "a",
        "of",
        "recommendation",
        "140.7",
        "schools",
        "l'État",
        "consultation",
        "internationally",
        "responsibilities",
        "to",
    ];
    for seed in 0..12u64 {
        let mut rng = sample::Lcg(seed + 100);
        let mut words_in_order: Vec<String> = vec!["Text".into()];
        let mut number = 0;
        let mut blocks = Vec::new();
        for _ in 0..(3 + rng.next(25)) {
            let n = 1 + rng.next(120);
            let words: Vec<&str> = (0..n)
                .map(|_| vocabulary[rng.next(vocabulary.len())])
                .collect();
            let numbered = rng.next(4) > 0;
            if numbered {
                number += 1;
                words_in_order.push(format!("{number}."));
            }
            words_in_order.extend(words.iter().map(|w| w.to_string()));
            blocks.push(Block::Paragraph {
                numbered,
                content: vec![Inline::text(words.join(" "))],
            });
        }
        let (_d, mut s) = store();
        city(&mut s, PaperSize::Letter, "en", None);
        let id = submission(
            &mut s,
            "UPR",
            "en",
            vec![NewSection {
                title: "Text".into(),
                content: Content { blocks },
                guidance: String::new(),
            }],
        );
        let rendered = s.export_pdf(id).unwrap();
        check_layout(&rendered.report, &format!("seed {seed}"));
        let path = dir.path().join(format!("g{seed}.pdf"));
        std::fs::write(&path, &rendered.bytes).unwrap();
        let text = squash(&text_of(&pdftotext, &path));
        let want = squash(&words_in_order.concat());
        assert_contains_in_order(&text, &want, &format!("seed {seed}"));
    }
}

#[test]
fn arabic_lines_keep_document_symbols_and_numbers_in_reading_order() {
    let Some(pdftotext) = tool("pdftotext", "poppler-utils") else {
        return;
    };
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "ar", None);
    let line = "انظر الوثيقة A/HRC/59/15 والفقرة 140.7 من التقرير.";
    let id = submission(
        &mut s,
        "UPR",
        "ar",
        vec![NewSection {
            title: "موجز".into(),
            content: Content {
                blocks: vec![Block::para(line)],
            },
            guidance: String::new(),
        }],
    );
    let rendered = s.export_pdf(id).unwrap();
    let path = samples_dir().join("mixed-direction-ar.pdf");
    std::fs::write(&path, &rendered.bytes).unwrap();
    let text = run(&pdftotext, &[path.to_str().unwrap(), "-"]);
    // The fixed expected extraction. On a page whose text is mostly Arabic (the front matter
    // is written in the submission's language) poppler writes the line in reading order inside
    // RLE … PDF marks (U+202B, U+202C), each left-to-right run inside LRE … PDF (U+202A): the
    // symbol and the number come back whole, each between the words it stands between.
    let line = text
        .lines()
        .find(|l| l.contains("A/HRC/59/15"))
        .unwrap_or_else(|| panic!("the line is missing: {text}"));
    assert_eq!(
        line,
        "\u{202b}انظر الوثيقة \u{202a} A/HRC/59/15\u{202c}والفقرة \u{202a} 140.7\u{202c}من التقرير\u{202a}.\u{202c}\u{202c}"
    );
    // On the page, the first Arabic word is at the right: the line runs right to left.
    let first = rendered
        .report
        .boxes
        .iter()
        .find(|b| b.kind == BoxKind::Paragraph)
        .unwrap();
    let right = rendered.report.page_width - rendered.report.margin_x;
    // (A numbered paragraph: its text starts one hanging indent in from the right margin.)
    assert!(
        (first.x + first.width - (right - 28.35)).abs() < 0.5,
        "the Arabic line is not set from the right: {first:?}"
    );
    let label = rendered
        .report
        .boxes
        .iter()
        .find(|b| b.kind == BoxKind::Label)
        .unwrap();
    assert!(
        label.x > first.x,
        "the paragraph number is not at the right of the Arabic text"
    );
}

#[test]
fn a_long_footnote_continues_on_the_next_page() {
    let long: String = sample::sentences("en")
        .iter()
        .cycle()
        .take(60)
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    let mut blocks: Vec<Block> = (0..30)
        .map(|_| Block::para(sample::sentences("en")[0]))
        .collect();
    blocks.push(Block::Paragraph {
        numbered: true,
        content: vec![
            Inline::text("The last recommendation."),
            Inline::Footnote {
                content: vec![Inline::text(long)],
            },
        ],
    });
    blocks.extend((0..10).map(|_| Block::para(sample::sentences("en")[1])));
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "en", None);
    let id = submission(
        &mut s,
        "UPR",
        "en",
        vec![NewSection {
            title: "Notes".into(),
            content: Content { blocks },
            guidance: String::new(),
        }],
    );
    let rendered = s.export_pdf(id).unwrap();
    std::fs::write(samples_dir().join("long-footnote.pdf"), &rendered.bytes).unwrap();
    check_layout(&rendered.report, "long footnote");
    let pages: std::collections::BTreeSet<usize> = rendered
        .report
        .boxes
        .iter()
        .filter(|b| b.kind == BoxKind::Footnote && b.block == 1)
        .map(|b| b.page)
        .collect();
    assert!(pages.len() >= 2, "the footnote did not continue: {pages:?}");
    let lines: Vec<usize> = rendered
        .report
        .boxes
        .iter()
        .filter(|b| b.kind == BoxKind::Footnote && b.block == 1)
        .map(|b| b.line)
        .collect();
    assert_eq!(
        lines,
        (0..lines.len()).collect::<Vec<_>>(),
        "footnote lines lost or repeated"
    );
}

#[test]
fn outline_links_language_and_metadata() {
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "fr", None);
    let id = submission(
        &mut s,
        "UPR",
        "fr",
        sample::submission("fr", 1500, 6, 11, true),
    );
    let rendered = s.export_pdf(id).unwrap();
    let doc = lopdf::Document::load_mem(&rendered.bytes).unwrap();
    let catalog = doc.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"fr-FR");
    assert_eq!(
        catalog.get(b"PageMode").unwrap().as_name().unwrap(),
        b"UseOutlines"
    );
    // The outline: section titles at the top level, headings inside them, in document order.
    let outlines = doc
        .get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap())
        .unwrap();
    let mut titles = Vec::new();
    let mut item = outlines
        .get(b"First")
        .ok()
        .and_then(|o| o.as_reference().ok());
    while let Some(id) = item {
        let d = doc.get_dictionary(id).unwrap();
        let title = lopdf::decode_text_string(d.get(b"Title").unwrap()).unwrap();
        let kids = d.get(b"First").is_ok();
        titles.push((title, kids));
        let dest = d.get(b"Dest").unwrap().as_array().unwrap();
        assert_eq!(
            dest[1].as_name().unwrap(),
            b"XYZ",
            "an outline entry does not land on its heading"
        );
        item = d.get(b"Next").ok().and_then(|o| o.as_reference().ok());
    }
    let want: Vec<String> = rendered
        .report
        .outline
        .iter()
        .filter(|e| e.level == 1)
        .map(|e| e.title.clone())
        .collect();
    assert_eq!(titles.iter().map(|t| t.0.clone()).collect::<Vec<_>>(), want);
    assert!(
        titles.iter().any(|t| t.1),
        "no heading nested under a section"
    );
    // The link: an annotation with the address, no border, printable.
    let mut found = false;
    for (_, page) in doc.get_pages() {
        let p = doc.get_dictionary(page).unwrap();
        if let Ok(annots) = p.get(b"Annots") {
            for a in annots.as_array().unwrap() {
                let a = doc.get_dictionary(a.as_reference().unwrap()).unwrap();
                let action = a.get(b"A").unwrap().as_dict().unwrap();
                assert_eq!(
                    action.get(b"URI").unwrap().as_str().unwrap(),
                    b"https://www.ohchr.org/en/hr-bodies/upr"
                );
                let border: Vec<i64> = a
                    .get(b"Border")
                    .unwrap()
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_i64().unwrap())
                    .collect();
                assert_eq!(border, vec![0, 0, 0]);
                assert_eq!(a.get(b"F").unwrap().as_i64().unwrap(), 4);
                found = true;
            }
        }
    }
    assert!(found, "the link was not made clickable");
}

#[test]
fn a_character_no_font_has_stops_the_export_with_its_name_and_section() {
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "en", None);
    let id = submission(
        &mut s,
        "UPR",
        "en",
        vec![NewSection {
            title: "Methodology".into(),
            content: Content {
                blocks: vec![Block::para(
                    "Residents rated the service \u{1F9A9} out of five.",
                )],
            },
            guidance: String::new(),
        }],
    );
    let err = s
        .export_pdf(id)
        .err()
        .expect("the export should stop")
        .to_string();
    assert!(err.contains("U+1F9A9"), "{err}");
    assert!(err.contains("Methodology"), "{err}");
    let out = samples_dir().join("never-written.pdf");
    let _ = std::fs::remove_file(&out);
    assert!(s.export_pdf_file(id, &out).is_err());
    assert!(!out.exists(), "a file was written despite the error");
}

#[test]
fn a_treaty_body_cover_page_with_the_logo_and_letter_paper() {
    let Some(pdfinfo) = tool("pdfinfo", "poppler-utils") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // A 200 × 100 PNG logo: blue with a white stripe.
    let logo = dir.path().join("logo.png");
    {
        let file = std::fs::File::create(&logo).unwrap();
        let mut enc = png::Encoder::new(file, 200, 100);
        enc.set_color(png::ColorType::Rgb);
        let mut w = enc.write_header().unwrap();
        let mut data = Vec::new();
        for y in 0..100 {
            for _ in 0..200 {
                data.extend_from_slice(if (45..55).contains(&y) {
                    &[255, 255, 255]
                } else {
                    &[20, 60, 160]
                });
            }
        }
        w.write_image_data(&data).unwrap();
    }
    let (_d, mut s) = store();
    city(
        &mut s,
        PaperSize::Letter,
        "en",
        Some(logo.display().to_string()),
    );
    let id = submission(
        &mut s,
        "CEDAW",
        "en",
        sample::submission("en", 1200, 4, 5, false),
    );
    let rendered = s.export_pdf(id).unwrap();
    let path = samples_dir().join("cover-letter.pdf");
    std::fs::write(&path, &rendered.bytes).unwrap();
    check_layout(&rendered.report, "cover");
    let r = &rendered.report;
    // The cover page: logo, title, the front matter; no page number; the text starts on page 2.
    assert!(r
        .boxes
        .iter()
        .any(|b| b.kind == BoxKind::Logo && b.page == 0));
    assert!(r
        .boxes
        .iter()
        .any(|b| b.kind == BoxKind::Title && b.page == 0));
    assert!(!r
        .boxes
        .iter()
        .any(|b| b.kind == BoxKind::PageNumber && b.page == 0));
    assert!(!r
        .boxes
        .iter()
        .any(|b| b.kind == BoxKind::Paragraph && b.page == 0));
    let front: Vec<&str> = r
        .boxes
        .iter()
        .filter(|b| b.kind == BoxKind::FrontMatter)
        .map(|b| b.text.as_str())
        .collect();
    assert!(
        front.iter().any(|t| t.starts_with("Word count: ")),
        "{front:?}"
    );
    assert!(
        front
            .iter()
            .any(|t| t.starts_with("State under review: Slovenia")),
        "{front:?}"
    );
    for want in ["Engagement: CEDAW review of Slovenia", "Date: "] {
        assert!(
            front.iter().any(|t| t.starts_with(want)),
            "{want}: {front:?}"
        );
    }
    let info = run(&pdfinfo, &[path.to_str().unwrap()]);
    assert!(info.contains("612 x 792 pts (letter)"), "{info}");
    assert!(info.contains("Tagged:          yes"), "{info}");
    // The logo is a figure with its alternative text, read before the title.
    let tagged = tags::read(&rendered.bytes, "cover");
    tags::assert_reading_order(&tagged, &rendered.report, "cover");
    let roles = tagged.roles();
    assert_eq!(&roles[..3], &["Document", "Figure", "H1"], "{roles:?}");
    let figure = &tagged.elements[1];
    assert_eq!(
        lopdf::decode_text_string(figure.dict.get(b"Alt").unwrap()).unwrap(),
        "Exampleville"
    );
    // The logo is embedded at full size, losslessly.
    let doc = lopdf::Document::load_mem(&rendered.bytes).unwrap();
    let image = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .find(|s| s.dict.get(b"Subtype").ok().and_then(|v| v.as_name().ok()) == Some(b"Image"))
        .expect("no image in the PDF");
    assert_eq!(image.dict.get(b"Width").unwrap().as_i64().unwrap(), 200);
    assert_eq!(
        image.dict.get(b"Filter").unwrap().as_name().unwrap(),
        b"FlateDecode"
    );
}

#[test]
fn a_header_block_heads_page_one_of_a_upr_submission() {
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "en", None);
    let mut sections = sample::submission("en", 600, 2, 1, false);
    sections[0].content.blocks.insert(
        0,
        Block::Paragraph {
            numbered: true,
            content: vec![
                Inline::Text {
                    text: "Bold".into(),
                    marks: vec![Mark::Bold],
                },
                Inline::text(" and "),
                Inline::Text {
                    text: "italic".into(),
                    marks: vec![Mark::Italic],
                },
            ],
        },
    );
    let id = submission(&mut s, "UPR", "en", sections);
    let r = s.export_pdf(id).unwrap().report;
    let first: Vec<&cityrights::export::pdf::PlacedBox> =
        r.boxes.iter().filter(|b| b.page == 0).collect();
    assert_eq!(first[0].kind, BoxKind::Title);
    let front: Vec<&str> = first
        .iter()
        .filter(|b| b.kind == BoxKind::FrontMatter)
        .map(|b| b.text.as_str())
        .collect();
    assert!(
        front
            .iter()
            .any(|t| t.starts_with("Submitted by: Exampleville")),
        "{front:?}"
    );
    assert!(
        front.iter().any(|t| t.starts_with("Word count: ")),
        "{front:?}"
    );
    // Paragraph numbers 1, 2, 3… hang in the margin of the text.
    let labels: Vec<&str> = r
        .boxes
        .iter()
        .filter(|b| b.kind == BoxKind::Label)
        .map(|b| b.text.as_str())
        .take(3)
        .collect();
    assert_eq!(labels, ["1.", "2.", "3."]);
    let label = r.boxes.iter().find(|b| b.kind == BoxKind::Label).unwrap();
    let para = r
        .boxes
        .iter()
        .find(|b| b.kind == BoxKind::Paragraph && b.line == 0 && b.lines > 1)
        .unwrap();
    assert!(para.x > label.x + label.width, "no hanging indent");
    let second = r
        .boxes
        .iter()
        .find(|b| b.kind == BoxKind::Paragraph && b.block == para.block && b.line == 1)
        .unwrap();
    assert_eq!(
        second.x, para.x,
        "the second line does not align with the first"
    );
}

#[test]
fn the_cli_exports_and_refuses_an_unwritable_place() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    {
        let mut s = Store::open(&db).unwrap();
        city(&mut s, PaperSize::A4, "en", None);
        submission(
            &mut s,
            "UPR",
            "en",
            sample::submission("en", 300, 1, 2, false),
        );
    }
    // The CLI on this database: its output.
    let cli = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_cityrights"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .unwrap()
    };
    let out = dir.path().join("s.pdf");
    let ok = cli(&[
        "export",
        "pdf",
        "--submission",
        "1",
        "-o",
        out.to_str().unwrap(),
        "--json",
    ]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(json["pages"].as_u64().unwrap() as usize, 1);
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-1.7"));
    let bad = dir.path().join("no/such/folder/s.pdf");
    let fail = cli(&[
        "export",
        "pdf",
        "--submission",
        "1",
        "-o",
        bad.to_str().unwrap(),
    ]);
    assert!(!fail.status.success());
    let msg = String::from_utf8_lossy(&fail.stderr);
    assert!(msg.contains("Could not write"), "{msg}");
    assert!(!bad.exists());
    // The follow-up matrix from the CLI, even with no recommendations yet.
    let matrix = dir.path().join("m.pdf");
    let ok = cli(&[
        "recommendations",
        "export-pdf",
        "-o",
        matrix.to_str().unwrap(),
    ]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("Wrote 0 recommendations on 1 page to "));
    assert!(std::fs::read(&matrix).unwrap().starts_with(b"%PDF-1.7"));
}

#[test]
fn the_follow_up_matrix_is_a_landscape_table_with_its_header_on_every_page() {
    use cityrights::recommendation::{
        CityFields, Competence, LocalStatus, RecommendationFilter, RecommendationInput,
    };
    let (Some(qpdf), Some(pdftotext)) = (tool("qpdf", "qpdf"), tool("pdftotext", "poppler-utils"))
    else {
        return;
    };
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "en", None);
    let bank = sample::sentences("en");
    for n in 1..=40 {
        let r = s
            .create_recommendation(&RecommendationInput {
                symbol: "A/HRC/59/15".into(),
                paragraph: format!("140.{n}"),
                text: format!("{} {}", bank[n % bank.len()], bank[(n + 3) % bank.len()]),
                recommending_states: vec![
                    "Portugal".into(),
                    "Bolivia (Plurinational State of)".into(),
                ],
                ..Default::default()
            })
            .unwrap();
        s.set_city_fields(
            r.id,
            &CityFields {
                competence: Competence::Shared,
                department: "Housing Department".into(),
                local_status: LocalStatus::InProgress,
            },
        )
        .unwrap();
        s.add_evidence(
            r.id,
            "2026-03-01",
            &format!("=SUM(A1) Shelter places rose to {n}00."),
        )
        .unwrap();
    }
    let rendered = s
        .follow_up_pdf(&RecommendationFilter::default(), "2026-11-27")
        .unwrap();
    let r = &rendered.report;
    assert!(r.page_width > r.page_height, "not landscape");
    assert!(rendered.pages > 1, "40 recommendations fit on one page?");
    check_layout(r, "matrix");
    for page in 0..rendered.pages {
        assert!(
            r.boxes.iter().any(|b| b.page == page
                && b.kind == BoxKind::TableCell
                && b.text == "Recommendation"),
            "no header row on page {page}"
        );
    }
    let path = samples_dir().join("follow-up-matrix.pdf");
    std::fs::write(&path, &rendered.bytes).unwrap();
    let p = path.to_str().unwrap();
    // Tagged: one header row of TH with a column scope, 40 rows of TD; the header row repeated
    // on every later page is an artifact, not read again.
    let tagged = tags::read(&rendered.bytes, "matrix");
    tags::assert_reading_order(&tagged, r, "matrix");
    assert_eq!(tagged.count("TR"), 41);
    let th: Vec<&tags::Element> = tagged.elements.iter().filter(|e| e.role == "TH").collect();
    assert_eq!(
        th.len(),
        r.boxes
            .iter()
            .filter(|b| b.page == 0 && b.text == "Recommendation")
            .count()
            * th.len()
    );
    for e in &th {
        let a = e.dict.get(b"A").unwrap().as_dict().unwrap();
        assert_eq!(a.get(b"Scope").unwrap().as_name().unwrap(), b"Column");
    }
    assert!(
        tagged
            .artifacts
            .iter()
            .filter(|a| a.contains("Recommendation"))
            .count()
            >= rendered.pages - 1,
        "the repeated header rows are not artifacts"
    );
    assert!(run(&qpdf, &["--check", p]).contains("No syntax or stream encoding errors"));
    // (Cells wrap their lines: compared without spaces and line ends.)
    let text = squash(&run(&pdftotext, &[p, "-"]));
    for needle in [
        "A/HRC/59/15, para. 140.40",
        "Housing Department",
        "In progress",
        "2026-03-01: =SUM(A1) Shelter places rose to 4000.",
    ] {
        assert!(text.contains(&squash(needle)), "{needle} missing");
    }
    // The same rows give the same bytes.
    assert_eq!(
        s.follow_up_pdf(&RecommendationFilter::default(), "2026-11-27")
            .unwrap()
            .bytes,
        rendered.bytes
    );
}

#[test]
fn an_empty_submission_and_an_empty_paragraph_still_export() {
    // No city profile yet (the officer skipped it): the export still works, on A4.
    let (_d0, mut fresh) = store();
    let id = submission(
        &mut fresh,
        "UPR",
        "en",
        sample::submission("en", 200, 1, 4, false),
    );
    let r = fresh.export_pdf(id).unwrap();
    assert_eq!(r.report.page_width, 595.28);
    check_layout(&r.report, "no city");

    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "en", None);
    let empty = submission(&mut s, "UPR", "en", Vec::new());
    let r = s.export_pdf(empty).unwrap();
    assert_eq!(r.pages, 1);
    assert!(r.report.boxes.iter().any(|b| b.kind == BoxKind::Title));
    let blank = submission(
        &mut s,
        "UPR",
        "en",
        vec![NewSection {
            title: "Notes".into(),
            content: Content {
                blocks: vec![
                    Block::para(""),
                    Block::Paragraph {
                        numbered: true,
                        content: vec![
                            Inline::text("After an empty paragraph."),
                            Inline::Footnote { content: vec![] },
                        ],
                    },
                ],
            },
            guidance: String::new(),
        }],
    );
    let r = s.export_pdf(blank).unwrap();
    check_layout(&r.report, "blank");
    let labels: Vec<&str> = r
        .report
        .boxes
        .iter()
        .filter(|b| b.kind == BoxKind::Label)
        .map(|b| b.text.as_str())
        .collect();
    // The empty paragraph keeps its number, as in the app and in Word.
    assert_eq!(labels, ["1.", "2."], "{labels:?}");
    // An empty footnote still has its place (and number) at the foot of the page.
    assert!(r
        .report
        .boxes
        .iter()
        .any(|b| b.kind == BoxKind::Footnote && b.block == 1));
}

#[test]
fn citations_at_every_place_of_a_justified_line_keep_their_symbols_whole() {
    let Some(pdftotext) = tool("pdftotext", "poppler-utils") else {
        return;
    };
    // Each symbol comes to every place of a justified line, its end included, cited and typed
    // in the text; and, as an earlier editor left them, stuck to the sentence ("2025.A/HRC…").
    let (mut blocks, mut per_symbol) = sweep::sweep();
    for symbol in EXAMPLES {
        for sentence in [
            "Water reached every home in 2025.",
            "Evictions fell in 2024 and 2025.",
        ] {
            blocks.push(Block::Paragraph {
                numbered: false,
                content: vec![
                    Inline::text(sentence),
                    Inline::Citation {
                        symbol: symbol.into(),
                        paragraph: Some("140.212".into()),
                    },
                    Inline::text(" and so on, with the residents' associations of the city."),
                ],
            });
        }
    }
    per_symbol += 2;
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "en", None);
    let id = submission(
        &mut s,
        "UPR",
        "en",
        vec![NewSection {
            title: "Water and sanitation".into(),
            content: Content { blocks },
            guidance: String::new(),
        }],
    );
    let rendered = s.export_pdf(id).unwrap();
    check_layout(&rendered.report, "citations");
    let path = samples_dir().join("en-citations.pdf");
    std::fs::write(&path, &rendered.bytes).unwrap();
    // pdftotext keeps the lines of the page: a symbol broken across two lines, or hyphenated,
    // is not found whole.
    let text = run(&pdftotext, &[path.to_str().unwrap(), "-"]);
    let lines: Vec<&str> = rendered
        .report
        .boxes
        .iter()
        .filter(|b| b.kind == BoxKind::Paragraph)
        .map(|b| b.text.as_str())
        .collect();
    for symbol in EXAMPLES {
        assert_eq!(
            text.matches(symbol).count(),
            per_symbol,
            "{symbol} is not whole on a line of the PDF every time"
        );
        assert_eq!(
            lines
                .iter()
                .map(|l| l.matches(symbol).count())
                .sum::<usize>(),
            per_symbol,
            "{symbol} is broken in the layout"
        );
    }
    // Lines do end just before a citation and just after a symbol: the test covers what it
    // says.
    let ends = |tail: &dyn Fn(&str) -> bool| lines.iter().any(|l| tail(l.trim_end()));
    assert!(
        ends(&|t| t.ends_with("in 2025")),
        "no line ends before a citation"
    );
    assert!(
        ends(&|t| EXAMPLES.iter().any(|s| t.ends_with(&format!("{s},")))),
        "no line ends after a symbol"
    );
}

#[test]
fn the_structure_tree_nests_lists_quotes_and_notes_as_written() {
    use cityrights::document::ListItem;
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "en", None);
    let item = |text: &str, more: Vec<Block>| ListItem {
        blocks: [
            vec![Block::Paragraph {
                numbered: false,
                content: vec![Inline::text(text)],
            }],
            more,
        ]
        .concat(),
    };
    let id = submission(
        &mut s,
        "UPR",
        "en",
        vec![NewSection {
            title: "Housing".into(),
            content: Content {
                blocks: vec![
                    Block::Heading {
                        level: 2,
                        content: vec![Inline::text("Evictions")],
                    },
                    Block::para("The city reports on evictions."),
                    Block::OrderedList {
                        items: vec![
                            item(
                                "First measure",
                                vec![Block::BulletList {
                                    items: vec![item("Nested point", vec![])],
                                }],
                            ),
                            ListItem {
                                blocks: vec![Block::Paragraph {
                                    numbered: false,
                                    content: vec![
                                        Inline::text("Second measure"),
                                        Inline::Footnote {
                                            content: vec![Inline::text("A note in a list.")],
                                        },
                                    ],
                                }],
                            },
                        ],
                    },
                    Block::Quote {
                        blocks: vec![Block::para("A quoted sentence.")],
                    },
                ],
            },
            guidance: String::new(),
        }],
    );
    let rendered = s.export_pdf(id).unwrap();
    let path = samples_dir().join("tagged-nesting.pdf");
    std::fs::write(&path, &rendered.bytes).unwrap();
    // Poppler, an independent reader, sees the same tree.
    if let Some(pdfinfo) = tool("pdfinfo", "poppler-utils") {
        let tree = run(&pdfinfo, &["-struct-text", path.to_str().unwrap()]);
        let want = r#"    LI (block)
      Lbl (block)
        "2."
      LBody (block)
        P (block)
          "Second measure"
          Reference (inline)
            "1"
          Note <note-1> (inline)
            "1A note in a list."
  BlockQuote
    P (block)
      "A quoted sentence.""#;
        assert!(tree.contains(want), "{tree}");
    }
    let t = tags::read(&rendered.bytes, "nesting");
    tags::assert_reading_order(&t, &rendered.report, "nesting");
    // Section title H2, the heading of level 2 under it H4 (H1 is the document's title).
    let heading = |text: &str| {
        t.elements
            .iter()
            .find(|e| e.text.trim() == text)
            .map(|e| e.role.clone())
    };
    assert_eq!(heading("Submission of Exampleville").as_deref(), Some("H1"));
    assert_eq!(heading("Housing").as_deref(), Some("H2"));
    assert_eq!(heading("Evictions").as_deref(), Some("H4"));
    // The ordered list: two items, each a label then a body; the nested list inside the first
    // item's body; the note read right after its call in the second item.
    let list = t.roles().iter().position(|r| *r == "L").unwrap();
    let items = t.children(list);
    assert_eq!(items.len(), 2);
    for (n, li) in items.iter().enumerate() {
        assert_eq!(t.elements[*li].role, "LI");
        let kids: Vec<&str> = t
            .children(*li)
            .iter()
            .map(|k| t.elements[*k].role.as_str())
            .collect();
        assert_eq!(kids, ["Lbl", "LBody"]);
        assert_eq!(
            t.elements[t.children(*li)[0]].text.trim(),
            format!("{}.", n + 1)
        );
    }
    let body = t.children(items[0])[1];
    let inner: Vec<&str> = t
        .children(body)
        .iter()
        .map(|k| t.elements[*k].role.as_str())
        .collect();
    assert_eq!(inner, ["P", "L"]);
    let second = &t.elements[t.children(items[1])[1]];
    assert!(second.text.contains("Second measure1"), "{}", second.text);
    assert!(second.text.contains("A note in a list."), "{}", second.text);
    let quote = t.roles().iter().position(|r| *r == "BlockQuote").unwrap();
    assert_eq!(t.elements[quote].text.trim(), "A quoted sentence.");
    assert_eq!(t.elements[t.children(quote)[0]].role, "P");
}

/// A paragraph in another language than the document's (a quotation in Arabic in an English
/// submission, a Russian passage in a French one) carries its own `/Lang`, so that a screen
/// reader switches voice; the document's own paragraphs inherit the catalog's.
#[test]
fn a_paragraph_in_another_language_has_its_own_lang() {
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "en", None);
    let para = |t: &str| Block::para(t);
    let id = submission(
        &mut s,
        "UPR",
        "en",
        vec![NewSection {
            title: "Housing".into(),
            content: Content {
                blocks: vec![
                    para("The city quotes the residents' association in its own words."),
                    para("نطالب بسكن لائق ومياه نظيفة لجميع الأسر في الحي."),
                    para("Жители требуют доступа к чистой воде."),
                    para("The city answers in English again."),
                ],
            },
            guidance: String::new(),
        }],
    );
    let rendered = s.export_pdf(id).unwrap();
    let t = tags::read(&rendered.bytes, "languages");
    let lang_of = |start: &str| {
        let e = t
            .elements
            .iter()
            .find(|e| e.role == "P" && e.text.trim_start().contains(start))
            .unwrap_or_else(|| panic!("no paragraph with {start}"));
        e.dict
            .get(b"Lang")
            .ok()
            .and_then(|l| l.as_str().ok())
            .map(|l| String::from_utf8_lossy(l).into_owned())
    };
    assert_eq!(lang_of("نطالب").as_deref(), Some("ar"));
    assert_eq!(lang_of("Жители").as_deref(), Some("ru"));
    assert_eq!(lang_of("The city answers"), None);
    assert_eq!(lang_of("The city quotes"), None);
}

/// The `/Lang` entries of the marked-content sequences of every page, in drawing order, each
/// with the text the sequence shows (its `/ActualText` when it has one).
fn marked_langs(pdf: &[u8]) -> Vec<(String, String)> {
    let doc = lopdf::Document::load_mem(pdf).expect("the PDF reads back");
    let mut out = Vec::new();
    for page in doc.get_pages().values() {
        let content = doc
            .get_and_decode_page_content(*page)
            .expect("page content");
        for op in &content.operations {
            if op.operator != "BDC" {
                continue;
            }
            let Some(lopdf::Object::Dictionary(d)) = op.operands.get(1) else {
                continue;
            };
            let Ok(lang) = d.get(b"Lang").and_then(|l| l.as_str()) else {
                continue;
            };
            let said = d
                .get(b"ActualText")
                .and_then(|t| t.as_str())
                .map(|t| match t.strip_prefix(&[0xFE, 0xFF]) {
                    Some(utf16) => String::from_utf16_lossy(
                        &utf16
                            .chunks(2)
                            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                            .collect::<Vec<_>>(),
                    ),
                    None => String::from_utf8_lossy(t).into_owned(),
                })
                .unwrap_or_default();
            out.push((String::from_utf8_lossy(lang).into_owned(), said));
        }
    }
    out
}

/// A few words in another script inside a paragraph (an Arabic slogan quoted in an English
/// sentence, a Russian title in a French one) say their language on their marked content, so
/// that a screen reader switches voice for them and back; the paragraph around them, and a
/// word or two that its letters cannot place, are left as they are.
#[test]
fn a_run_in_another_script_inside_a_paragraph_has_its_own_lang() {
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "en", None);
    let id = submission(
        &mut s,
        "UPR",
        "en",
        vec![NewSection {
            title: "Housing".into(),
            content: Content {
                blocks: vec![
                    Block::para(
                        "The residents marched under the banner «السكن اللائق حق للجميع» \
                         and met the mayor.",
                    ),
                    Block::para("The report «Доступ к чистой воде» was read aloud."),
                    Block::para("Only English here, with the word «حق» alone."),
                ],
            },
            guidance: String::new(),
        }],
    );
    let rendered = s.export_pdf(id).unwrap();
    let langs = marked_langs(&rendered.bytes);
    assert!(
        langs.iter().any(|(l, t)| l == "ar" && t.contains("السكن")),
        "the Arabic run is marked ar: {langs:?}"
    );
    // (A left-to-right run has no /ActualText: its text is read from its glyphs.)
    assert!(
        langs.iter().any(|(l, _)| l == "ru"),
        "the Russian run is marked ru: {langs:?}"
    );
    // Nothing else: not the English around them, not the lone «حق» (two letters do not say a
    // language).
    assert_eq!(langs.len(), 2, "{langs:?}");
}

/// A passage the officer marked with its language (a German quotation in an English
/// submission) is a `Span` of its own in the structure tree, with `/Lang (de)` and its text,
/// even when it runs over a line break and holds a bold word; the rest stays English (no
/// `/Lang` of its own), so that a screen reader reads the quotation with a German voice and
/// switches back.
#[test]
fn a_passage_marked_with_a_language_is_a_span_with_its_lang() {
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "en", None);
    let german = |t: &str, bold: bool| {
        let mut marks = vec![Mark::Language { lang: "de".into() }];
        if bold {
            marks.insert(0, Mark::Bold);
        }
        Inline::Text {
            text: t.into(),
            marks,
        }
    };
    let id = english_housing(
        &mut s,
        vec![Block::Paragraph {
            numbered: true,
            content: vec![
                Inline::text("The Basic Law opens with the words "),
                german("Die Würde des Menschen ist ", false),
                german("unantastbar", true),
                german(
                    ", sie zu achten und zu schützen ist Verpflichtung aller \
                     staatlichen Gewalt",
                    false,
                ),
                Inline::text(", which the city quotes in its housing policy."),
            ],
        }],
    );
    let rendered = s.export_pdf(id).unwrap();
    let t = tags::read(&rendered.bytes, "passage language");
    let lang = |e: &tags::Element| {
        e.dict
            .get(b"Lang")
            .ok()
            .and_then(|l| l.as_str().ok())
            .map(|l| String::from_utf8_lossy(l).into_owned())
    };
    let spans: Vec<_> = t.elements.iter().filter(|e| e.role == "Span").collect();
    assert_eq!(spans.len(), 1, "one Span for the whole passage");
    assert_eq!(lang(spans[0]).as_deref(), Some("de"));
    // (The space where the passage's line breaks is not drawn, so the reader of the tree does
    // not see it: the words are compared without spaces.)
    let bare = |t: &str| t.split_whitespace().collect::<String>();
    assert_eq!(
        bare(&spans[0].text),
        bare(
            "Die Würde des Menschen ist unantastbar, sie zu achten und zu schützen ist \
             Verpflichtung aller staatlichen Gewalt"
        )
    );
    let para = t
        .elements
        .iter()
        .find(|e| e.role == "P" && e.text.contains("The Basic Law"))
        .expect("the paragraph");
    assert_eq!(lang(para), None, "the paragraph stays English");
    assert!(
        bare(&para.text).contains("whichthecityquotes"),
        "{}",
        para.text
    );
    assert!(
        marked_langs(&rendered.bytes).is_empty(),
        "no run says another language of its own"
    );
}

/// An English UPR submission of one section, "Housing", holding `blocks`.
fn english_housing(s: &mut Store, blocks: Vec<Block>) -> i64 {
    submission(
        s,
        "UPR",
        "en",
        vec![NewSection {
            title: "Housing".into(),
            content: Content { blocks },
            guidance: String::new(),
        }],
    )
}

/// A table's header row never stands alone at the foot of a page: wherever the text before it
/// ends, the header and the first row of the body are on one page.
#[test]
fn a_table_header_row_never_stands_alone_at_the_foot_of_a_page() {
    use cityrights::document::{TableCell, TableRow};
    let (_d, mut s) = store();
    city(&mut s, PaperSize::A4, "en", None);
    let cell = |t: &str, header: bool| TableCell {
        header,
        content: vec![Inline::text(t)],
    };
    let table = Block::Table {
        rows: vec![
            TableRow {
                cells: vec![cell("Year", true), cell("Homes built", true)],
            },
            TableRow {
                cells: vec![cell("2020", false), cell("1,250", false)],
            },
            TableRow {
                cells: vec![cell("2021", false), cell("1,410", false)],
            },
        ],
    };
    let three_lines = "The city builds social housing in every district and reports each year on \
                       how many homes were built, for whom, at what rent, and how long the people \
                       on its waiting list waited for one; the figures are in the table.";
    let mut checked = 0;
    // Filler paragraphs of three lines and of one, so that the table starts at every height
    // of a page, in steps smaller than a table row.
    for long in 0..14 {
        for short in 0..4 {
            let mut blocks: Vec<Block> = (0..long).map(|_| Block::para(three_lines)).collect();
            blocks.extend((0..short).map(|_| Block::para("The figures.")));
            blocks.push(table.clone());
            let id = english_housing(&mut s, blocks);
            let r = s.export_pdf(id).unwrap().report;
            let page_of = |text: &str| {
                r.boxes
                    .iter()
                    .find(|b| b.kind == BoxKind::TableCell && b.text == text)
                    .map(|b| b.page)
            };
            assert_eq!(
                page_of("Year"),
                page_of("2020"),
                "{long} long and {short} short paragraphs: the header row is alone"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 56);
}

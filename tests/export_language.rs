//! Exports speak the language of the document (issue #16, item 5), read back from the files
//! as an officer's programs read them: the PDF's and Word file's page numbers in the
//! submission's language; the follow-up matrix (CSV, Excel, PDF) and the calendar file in the
//! interface's language or the one `--language` asks for; and an Excel matrix written in
//! French still imports back.

#[path = "support/tools.rs"]
mod tools;

#[path = "support/cli.rs"]
mod support_cli;

use cityrights::formats::xlsx;
use std::io::Read;
use std::path::{Path, PathBuf};
use support_cli::{cli, import_csv, json};

const CSV: &str = "Paragraph,Recommendation,Recommending States\n\
140.1,Adopt a national housing strategy,Algeria\n\
140.2,Build the capacity of local police,Chile\n";

/// A demo database (three engagements, their milestones) with two recommendations of
/// A/HRC/59/15, the first in progress in the Housing department with an evidence note.
fn db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    cli(&db).arg("demo").assert().success();
    import_csv(&db, CSV, "A/HRC/59/15", &[]);
    let ids = json(&db, &["recommendations", "list", "--json"]);
    let first = ids.as_array().unwrap()[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    json(
        &db,
        &[
            "recommendations",
            "update",
            &first,
            "--local-status",
            "in_progress",
            "--department",
            "Housing department",
            "--evidence",
            "Council decision 2026/14",
            "--json",
        ],
    );
    (dir, db)
}

/// A submission of engagement 1 (the demo's UPR) in `lang`, long enough for three pages or
/// more; its id.
fn long_submission(db: &Path, dir: &Path, lang: &str) -> String {
    let sentence = match lang {
        "ar" => "تعمل المدينة مع السكان على توفير السكن اللائق لكل أسرة في كل حي من أحيائها. ",
        "zh" => "本市与居民一道，努力为每个街区的每个家庭提供适足住房。",
        _ => "The city works with its residents so that every family in every district has adequate housing. ",
    };
    let mut md = String::from("## Housing\n\n");
    for _ in 0..40 {
        md.push_str(&sentence.repeat(6));
        md.push_str("\n\n");
    }
    let file = dir.join(format!("draft-{lang}.md"));
    std::fs::write(&file, md).unwrap();
    let made = json(
        db,
        &[
            "submission",
            "import",
            "--engagement",
            "1",
            "--language",
            lang,
            file.to_str().unwrap(),
            "--json",
        ],
    );
    made["id"].as_i64().unwrap().to_string()
}

fn pdftotext(pdftotext: &Path, pdf: &Path) -> String {
    let out = std::process::Command::new(pdftotext)
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A part of a zip file (a .docx, an .xlsx) as text.
fn part(file: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// Whether pdftotext's `text` has the page number "page of pages" in `lang`. pdftotext gives an
/// Arabic line in the order of its glyphs on the page, moving the numbers about, so there the
/// line holding "الصفحة" must hold "من" and both numbers.
fn has_page_number(text: &str, lang: &str, page: usize, pages: usize) -> bool {
    if lang != "ar" {
        return text.contains(&page_of(lang, page, pages));
    }
    text.lines().any(|l| {
        let digits: Vec<&str> = l
            .split(|c: char| !c.is_ascii_digit())
            .filter(|d| !d.is_empty())
            .collect();
        l.contains("الصفحة")
            && l.contains("من")
            && digits.contains(&page.to_string().as_str())
            && digits.contains(&pages.to_string().as_str())
    })
}

/// The words of page 2 of `pages` in `lang`, as the catalogue writes them.
fn page_two(lang: &str, pages: usize) -> String {
    page_of(lang, 2, pages)
}

fn page_of(lang: &str, page: usize, pages: usize) -> String {
    match lang {
        "fr" => format!("Page {page} sur {pages}"),
        "ar" => format!("الصفحة {page} من {pages}"),
        "zh" => format!("第 {page} 页，共 {pages} 页"),
        _ => format!("Page {page} of {pages}"),
    }
}

#[test]
fn pdf_and_word_page_numbers_are_in_the_submission_s_language() {
    let Some(pdftotext_bin) = tools::required_tool("pdftotext", "poppler-utils") else {
        return;
    };
    let (dir, db) = db();
    for lang in ["en", "fr", "ar", "zh"] {
        let id = long_submission(&db, dir.path(), lang);
        let pdf = dir.path().join(format!("s-{lang}.pdf"));
        let done = json(
            &db,
            &[
                "export",
                "pdf",
                "--submission",
                &id,
                "-o",
                pdf.to_str().unwrap(),
                "--json",
            ],
        );
        let pages = done["pages"].as_u64().unwrap() as usize;
        assert!(pages >= 3, "{lang}: {pages} pages");
        // Bidi marks pdftotext adds around runs are not words.
        let text: String = pdftotext(&pdftotext_bin, &pdf)
            .chars()
            .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'))
            .collect();
        assert!(
            has_page_number(&text, lang, 2, pages),
            "{lang}: no “{}” in\n{text}",
            page_two(lang, pages)
        );
        if lang != "en" {
            assert!(!text.contains(" of {pages}"), "{lang}: English page number");
        }

        let docx = dir.path().join(format!("s-{lang}.docx"));
        cli(&db)
            .args(["export", "docx", "--submission", &id, "-o"])
            .arg(&docx)
            .assert()
            .success();
        let footer = part(&docx, "word/footer1.xml");
        let words = page_two(lang, pages);
        // The words around the numbers, each in a run, and Word's fields in their places.
        let (before, rest) = words.split_once('2').unwrap();
        let between = rest.split_once(&pages.to_string()).unwrap().0;
        for piece in [before, between] {
            let piece = piece.trim();
            if !piece.is_empty() {
                assert!(footer.contains(piece), "{lang}: no “{piece}” in {footer}");
            }
        }
        let page = footer.find(">PAGE<").expect("a PAGE field");
        let total = footer.find(">NUMPAGES<").expect("a NUMPAGES field");
        assert!(page < total, "{lang}: the page before the total");
        if lang == "ar" {
            assert!(
                footer.contains("<w:rtl"),
                "the Arabic words run right to left"
            );
        }
    }
}

/// The PDF's page numbers are artifacts of type Pagination: a screen reader skips them.
#[test]
fn page_numbers_are_pagination_artifacts() {
    let Some(qpdf) = tools::required_tool("qpdf", "qpdf") else {
        return;
    };
    let (dir, db) = db();
    let id = long_submission(&db, dir.path(), "fr");
    let pdf = dir.path().join("s.pdf");
    cli(&db)
        .args(["export", "pdf", "--submission", &id, "-o"])
        .arg(&pdf)
        .assert()
        .success();
    let out = std::process::Command::new(qpdf)
        .args(["--qdf", "--object-streams=disable"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let count = text
        .lines()
        .filter(|l| l.starts_with("/Artifact") && l.contains("/Pagination") && l.ends_with("BDC"))
        .count();
    assert!(count >= 3, "{count} pagination artifacts");
}

#[test]
fn the_csv_matrix_speaks_the_language_asked_or_the_interface_s() {
    let (dir, db) = db();
    let csv = dir.path().join("m.csv");
    let headers = |lang: Option<&str>, env_lang: &str| {
        let mut c = cli(&db);
        c.env("LANG", env_lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .args(["recommendations", "export-csv", "-o"])
            .arg(&csv);
        if let Some(l) = lang {
            c.args(["--language", l]);
        }
        c.assert().success();
        std::fs::read_to_string(&csv).unwrap()
    };
    let fr = headers(Some("fr"), "C.UTF-8");
    assert!(
        fr.starts_with("\u{feff}Cote,Paragraphe,Recommandation,"),
        "{fr}"
    );
    assert!(
        fr.contains("Statut local") && fr.contains("En cours"),
        "{fr}"
    );
    assert!(!fr.contains("Local status") && !fr.contains("In progress"));
    // No --language: the interface's, here the system's (LANG).
    let zh = headers(None, "zh_CN.UTF-8");
    assert!(zh.contains("本地状态") && zh.contains("进行中"), "{zh}");
    let en = headers(None, "C.UTF-8");
    assert!(
        en.contains("Local status") && en.contains("In progress"),
        "{en}"
    );
    // A code that is not one of the six is refused.
    cli(&db)
        .args(["recommendations", "export-csv", "--language", "de", "-o"])
        .arg(&csv)
        .assert()
        .failure();
}

/// `recommendations import-xlsx FILE --json`: what it did.
fn import_xlsx(db: &Path, file: &Path) -> serde_json::Value {
    json(
        db,
        &[
            "recommendations",
            "import-xlsx",
            file.to_str().unwrap(),
            "--json",
        ],
    )
}

#[test]
fn an_excel_matrix_written_in_french_imports_back() {
    let (dir, db) = db();
    json(
        &db,
        &[
            "actions",
            "add",
            "--title",
            "Ouvrir deux foyers",
            "--recommendation",
            "1",
            "--due",
            "2027-06-30",
            "--json",
        ],
    );
    let book = dir.path().join("m.xlsx");
    cli(&db)
        .args(["recommendations", "export-xlsx", "--language", "fr", "-o"])
        .arg(&book)
        .assert()
        .success();
    let sheet = xlsx::read(&std::fs::read(&book).unwrap()).unwrap();
    assert_eq!(sheet.name, "Matrice de mise en œuvre");
    for french in [
        "Cote",
        "Paragraphe",
        "Statut local",
        "Service",
        "Cibles des ODD",
    ] {
        assert!(
            sheet.headers.iter().any(|h| h == french),
            "{:?}",
            sheet.headers
        );
    }
    assert!(!sheet.headers.iter().any(|h| h == "Local status"));
    let actions = sheet.headers.iter().position(|h| h == "Actions").unwrap();
    assert!(
        sheet
            .rows
            .iter()
            .any(|r| r.cells[actions] == "Ouvrir deux foyers (prévue, échéance le 2027-06-30)"),
        "{:?}",
        sheet.rows
    );

    // As it came, it changes nothing.
    let same = import_xlsx(&db, &book);
    assert_eq!(same["changed"], 0, "{same}");
    assert_eq!(same["unknown"], 0, "{same}");
    assert_eq!(same["unchanged"], 2, "{same}");

    // Edited by a French colleague: the second recommendation implemented (in French), by
    // the Social services, with a new note.
    let col = |name: &str| sheet.headers.iter().position(|h| h == name).unwrap();
    let mut rows: Vec<Vec<String>> = sheet.rows.iter().map(|r| r.cells.clone()).collect();
    let second = rows
        .iter()
        .position(|r| r[col("Paragraphe")] == "140.2")
        .unwrap();
    rows[second][col("Statut local")] = "Mise en œuvre".into();
    rows[second][col("Service")] = "Services sociaux".into();
    rows[second][col("Éléments attestant la mise en œuvre")] = "2026-12-01: Foyer ouvert".into();
    let columns: Vec<xlsx::Column> = sheet
        .headers
        .iter()
        .map(|h| xlsx::Column {
            header: h,
            width: 20.0,
        })
        .collect();
    let edited = dir.path().join("edited.xlsx");
    std::fs::write(
        &edited,
        xlsx::write(&sheet.name, &columns, 0, &rows).unwrap(),
    )
    .unwrap();
    let done = import_xlsx(&db, &edited);
    assert_eq!(done["changed"], 1, "{done}");
    let fields: Vec<&str> = done["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["local_status", "department", "evidence"], "{done}");
    assert_eq!(done["changes"][0]["to"], "Implemented");
}

#[test]
fn the_pdf_matrix_speaks_the_language_asked() {
    let Some(pdftotext_bin) = tools::required_tool("pdftotext", "poppler-utils") else {
        return;
    };
    let (dir, db) = db();
    for (lang, words) in [
        (
            "fr",
            ["Suivi des recommandations", "Statut local", "En cours"],
        ),
        ("zh", ["建议的后续落实", "本地状态", "进行中"]),
        ("ar", ["متابعة التوصيات", "الحالة المحلية", "قيد التنفيذ"]),
    ] {
        let pdf = dir.path().join(format!("m-{lang}.pdf"));
        cli(&db)
            .args(["recommendations", "export-pdf", "--language", lang, "-o"])
            .arg(&pdf)
            .assert()
            .success();
        let text: String = pdftotext(&pdftotext_bin, &pdf)
            .chars()
            .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'))
            .collect();
        for w in words {
            assert!(text.contains(w), "{lang}: no “{w}” in\n{text}");
        }
        assert!(has_page_number(&text, lang, 1, 1), "{lang}: {text}");
        for english in [
            "Local status",
            "Recommendation",
            "Evidence",
            "In progress",
            " of 1",
        ] {
            assert!(!text.contains(english), "{lang}: “{english}” in\n{text}");
        }
    }
}

/// The .ics text with its folded lines joined again (RFC 5545, 3.1) and its escapes read.
fn unfolded(ics: &str) -> String {
    ics.replace("\r\n ", "")
        .replace("\\n", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
}

#[test]
fn the_calendar_file_speaks_the_language_asked_or_the_interface_s() {
    let (dir, db) = db();
    let ics = dir.path().join("c.ics");
    let export = |args: &[&str], env_lang: &str| {
        cli(&db)
            .env("LANG", env_lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .args(["calendar", "export", "-o"])
            .arg(&ics)
            .args(args)
            .assert()
            .success();
        unfolded(&std::fs::read_to_string(&ics).unwrap())
    };
    let fr = export(&["--language", "fr"], "C.UTF-8");
    for french in [
        "Participation : ",
        "Mécanisme : Examen périodique universel (EPU)",
        "Échéance : ",
        "Échéance dans 7 jours : ",
    ] {
        assert!(fr.contains(french), "no “{french}” in\n{fr}");
    }
    for english in ["Engagement: ", "Mechanism: ", "Due in ", "end of day"] {
        assert!(!fr.contains(english), "“{english}” in\n{fr}");
    }
    let zh = export(&["--language", "zh"], "C.UTF-8");
    assert!(
        zh.contains("参与事项：") && zh.contains("7 天后截止："),
        "{zh}"
    );
    let ar = export(&["--language", "ar"], "C.UTF-8");
    assert!(
        ar.contains("المشاركة: ") && ar.contains("الموعد بعد 7 أيام: "),
        "{ar}"
    );
    for other in [&zh, &ar] {
        assert!(!other.contains("Engagement: ") && !other.contains("Due in "));
    }
    let es = export(&[], "es_ES.UTF-8");
    assert!(
        es.contains("Mecanismo: ") && es.contains("Vence dentro de 7 días: "),
        "{es}"
    );
    let en = export(&[], "C.UTF-8");
    assert!(
        en.contains("Mechanism: ") && en.contains("Due in 7 days: "),
        "{en}"
    );
}

/// `report generate --language fr`: a French submission whose headings and sentences are
/// French, and whose PDF (chart included) has no English sentence of the generator left; with
/// no `--language`, the interface's language (here LANG's Arabic).
#[test]
fn a_generated_report_is_written_in_the_language_asked_or_the_interface_s() {
    let (dir, db) = db();
    let generate = |args: &[&str], env_lang: &str| {
        let out = cli(&db)
            .env("LANG", env_lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .args([
                "report",
                "generate",
                "--kind",
                "upr-midterm",
                "--engagement",
                "1",
                "--symbol",
                "A/HRC/59/15",
                "--json",
            ])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let fr = generate(&["--language", "fr"], "C.UTF-8");
    assert_eq!(
        fr["title"],
        "Rapport à mi-parcours sur la mise en œuvre des recommandations de l’EPU (A/HRC/59/15)"
    );
    let titles: Vec<&str> = fr["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles[0], "Résumé");
    assert!(titles.contains(&"Méthode et partenaires"), "{titles:?}");
    let id = fr["submission_id"].as_i64().unwrap();
    let store = cityrights::Store::open(&db).unwrap();
    assert_eq!(store.submission(id).unwrap().language, "fr");
    // The chart's text alternative, read by a screen reader, in French too.
    let detail = store.submission_detail(id).unwrap();
    assert!(
        detail.charts[0].alt.starts_with(
            "Sur 2 recommandations du document A/HRC/59/15 : 1 pas commencée, 1 en cours"
        ),
        "{}",
        detail.charts[0].alt
    );
    drop(store);

    if let Some(pdftotext_bin) = tools::required_tool("pdftotext", "poppler-utils") {
        let pdf = dir.path().join("report-fr.pdf");
        cli(&db)
            .args(["export", "pdf", "--submission", &id.to_string(), "-o"])
            .arg(&pdf)
            .assert()
            .success();
        let text = pdftotext(&pdftotext_bin, &pdf).replace('\n', " ");
        for french in [
            "Le présent rapport de",
            "Réponse de l’État :",
            "Statut dans la ville :",
            "En cours",
            "Recommandations selon leur statut dans la ville, par thème",
            "Sans thème",
            "Page 1 sur",
        ] {
            assert!(text.contains(french), "no “{french}” in\n{text}");
        }
        for english in [
            "This report by",
            "Response of the State",
            "Status in the city",
            "In progress",
            "per theme",
            "No theme",
        ] {
            assert!(!text.contains(english), "“{english}” in\n{text}");
        }
    }

    let ar = generate(&[], "ar_EG.UTF-8");
    assert!(
        ar["title"]
            .as_str()
            .unwrap()
            .starts_with("تقرير منتصف المدة"),
        "{ar}"
    );
    let en = generate(&[], "C.UTF-8");
    assert!(
        en["title"].as_str().unwrap().starts_with("Mid-term report"),
        "{en}"
    );
    // A code that is not one of the six is refused, and nothing is made.
    cli(&db)
        .args([
            "report",
            "generate",
            "--kind",
            "local",
            "--engagement",
            "1",
            "--language",
            "de",
        ])
        .assert()
        .failure();
}

/// The follow-up matrix in Arabic runs right to left, each column keeping its own width (its
/// columns are not all as wide, unlike a submission's tables): no line runs over another
/// cell's line, and the wide recommendation column's lines stay clear of the narrow competence
/// column next to it.
#[test]
fn the_arabic_matrix_keeps_every_line_in_its_own_cell() {
    use cityrights::export::pdf::BoxKind;
    let (_dir, db) = db();
    let store = cityrights::Store::open(&db).unwrap();
    for lang in ["fr", "ar"] {
        let rendered = store
            .follow_up_pdf_in(&Default::default(), "2026-12-06", lang)
            .unwrap();
        let cells: Vec<_> = rendered
            .report
            .boxes
            .iter()
            .filter(|b| b.kind == BoxKind::TableCell)
            .collect();
        assert!(cells.len() > 10, "{lang}");
        for a in &cells {
            for b in &cells {
                let same_band = a.page == b.page
                    && a.top < b.top + b.height - 0.5
                    && b.top < a.top + a.height - 0.5;
                if std::ptr::eq(*a, *b) || !same_band {
                    continue;
                }
                let apart = a.x + a.width <= b.x + 0.01 || b.x + b.width <= a.x + 0.01;
                assert!(apart, "{lang}: “{}” runs over “{}”", a.text, b.text);
            }
        }
        // The recommendation (the first column) and its competence (the second, "Unknown"):
        // in French the competence's column starts right of every line of the recommendation;
        // in Arabic it ends left of them.
        let unknown = if lang == "ar" {
            "غير معروف"
        } else {
            "Inconnue"
        };
        let competence: Vec<_> = cells.iter().filter(|b| b.text == unknown).collect();
        let recommendation: Vec<_> = cells
            .iter()
            .filter(|b| {
                ["140.", "Adopt", "Build"]
                    .iter()
                    .any(|w| b.text.contains(w))
            })
            .collect();
        assert!(
            !competence.is_empty() && recommendation.len() >= 4,
            "{lang}"
        );
        for r in &recommendation {
            for c in &competence {
                let apart = if lang == "ar" {
                    r.x >= c.x + c.width
                } else {
                    r.x + r.width <= c.x
                };
                assert!(
                    apart,
                    "{lang}: “{}” reaches into the competence column",
                    r.text
                );
            }
        }
    }
}

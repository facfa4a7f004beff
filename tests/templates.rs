//! Every template works from start to send: a submission made from it has its sections, takes
//! text, and exports to Word and PDF with each section's title and text — the three templates
//! added for a city's national and local work included (input to the State's report,
//! information for a treaty body's follow-up, the city's own human rights report).

#[path = "support/tools.rs"]
mod tools;

use cityrights::city::{CityProfile, PaperSize};
use cityrights::document::{Block, Content};
use cityrights::engagement::EngagementInput;
use cityrights::submission::SubmissionInput;
use cityrights::Store;
use std::io::Read;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    s.save_city_profile(&CityProfile {
        name: "Exampleville".into(),
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
    (dir, s)
}

/// The text of a .docx: every `w:t` run of the main document, joined with spaces.
fn docx_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut out = String::new();
    for piece in xml.split("<w:t").skip(1) {
        if let Some(start) = piece.find('>') {
            if let Some(end) = piece[start + 1..].find("</w:t>") {
                out.push_str(&piece[start + 1..start + 1 + end]);
                out.push(' ');
            }
        }
    }
    out.replace("&apos;", "'").replace("&amp;", "&")
}

#[test]
fn every_template_exports_its_sections_to_word_and_pdf() {
    let pdftotext = tools::required_tool("pdftotext", "poppler-utils");
    let templates = cityrights::template::templates().unwrap();
    assert_eq!(templates.len(), 8);
    for t in &templates {
        let (dir, mut s) = store();
        let mechanism = t
            .for_mechanisms
            .first()
            .unwrap_or_else(|| panic!("{}", t.key));
        let e = s
            .create_engagement(&EngagementInput {
                mechanism: mechanism.clone(),
                title: format!("{mechanism} engagement"),
                state_under_review: "Slovenia".into(),
                ..Default::default()
            })
            .unwrap();
        let sub = s
            .create_submission(
                e.id,
                &SubmissionInput {
                    title: format!("From {}", t.key),
                    template: t.key.clone(),
                    ..Default::default()
                },
            )
            .unwrap();
        let sections = s.sections(sub.id).unwrap();
        let titles: Vec<&str> = sections.iter().map(|x| x.title.as_str()).collect();
        let expected: Vec<&str> = t.sections.iter().map(|x| x.title.as_str()).collect();
        assert_eq!(titles, expected, "{}", t.key);
        for (i, sec) in sections.iter().enumerate() {
            let content = Content {
                blocks: vec![Block::para(
                    format!("Marker{i} text of {}.", t.key).as_str(),
                )],
            };
            s.save_section(sec.id, &sec.title, &content, sec.version)
                .unwrap();
        }

        let word = docx_text(&s.export_docx(sub.id).unwrap());
        for (i, title) in expected.iter().enumerate() {
            assert!(word.contains(title), "{}: Word lacks \"{title}\"", t.key);
            assert!(
                word.contains(&format!("Marker{i}")),
                "{}: Word lacks Marker{i}",
                t.key
            );
        }

        let pdf = s.export_pdf(sub.id).unwrap();
        assert!(pdf.bytes.starts_with(b"%PDF"), "{}", t.key);
        if let Some(tool) = &pdftotext {
            let path = dir.path().join("out.pdf");
            std::fs::write(&path, &pdf.bytes).unwrap();
            let out = std::process::Command::new(tool)
                .args([path.to_str().unwrap(), "-"])
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&out.stdout)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            for i in 0..expected.len() {
                assert!(
                    text.contains(&format!("Marker{i}")),
                    "{}: PDF lacks Marker{i}",
                    t.key
                );
            }
        }
    }
}

#[test]
fn the_templates_for_national_and_local_work_are_offered_where_they_fit() {
    use cityrights::mechanism::MechanismKind;
    let keys = |code: &str, kind| -> Vec<String> {
        cityrights::template::templates_for(code, kind)
            .unwrap()
            .into_iter()
            .map(|t| t.key)
            .collect()
    };
    let upr = keys("UPR", MechanismKind::Upr);
    assert!(upr.contains(&"state_report_input".into()));
    assert!(upr.contains(&"local_human_rights_report".into()));
    let ccpr = keys("CCPR", MechanismKind::TreatyBody);
    for k in [
        "tb_follow_up_info",
        "state_report_input",
        "local_human_rights_report",
    ] {
        assert!(ccpr.contains(&k.to_string()), "{k}");
    }
    assert!(!keys("CRPD", MechanismKind::TreatyBody).contains(&"tb_follow_up_info".into()));
    let sp = keys("SP", MechanismKind::SpecialProcedures);
    assert!(sp.contains(&"local_human_rights_report".into()));
    assert!(!sp.contains(&"state_report_input".into()));
}

/// A municipal officer who does not read English writes in their language: a submission made
/// from a template takes its section titles and guidance in the submission's language, whatever
/// the interface's; one made in English keeps the English words other screens rely on.
#[test]
fn a_submission_takes_its_templates_words_in_its_own_language() {
    let (_dir, mut s) = store();
    let e = s
        .create_engagement(&EngagementInput {
            mechanism: "UPR".into(),
            title: "UPR engagement".into(),
            state_under_review: "Slovenia".into(),
            ..Default::default()
        })
        .unwrap();
    let english = cityrights::template::template("upr_stakeholder").unwrap();
    let made_in = |s: &mut Store, language: &str| {
        let sub = s
            .create_submission(
                e.id,
                &SubmissionInput {
                    title: format!("In {language}"),
                    template: "upr_stakeholder".into(),
                    language: language.into(),
                    ..Default::default()
                },
            )
            .unwrap();
        let sections = s.sections(sub.id).unwrap();
        (sub, sections)
    };
    for (language, first_title, guidance_word) in [
        ("fr", "Résumé et mots clés", "paragraphe"),
        ("ar", "موجز وكلمات رئيسية", "فقرة"),
    ] {
        let (sub, sections) = made_in(&mut s, language);
        assert_eq!(sections.len(), english.sections.len(), "{language}");
        assert_eq!(sections[0].title, first_title);
        assert!(sections[0].guidance.contains(guidance_word), "{language}");
        for (made, en) in sections.iter().zip(&english.sections) {
            assert_ne!(made.title, en.title, "{language}");
            assert_ne!(made.guidance, en.guidance, "{language}");
        }
        // The Library links beside the guidance follow it into the language.
        let detail = s.submission_detail(sub.id).unwrap();
        assert_eq!(
            detail.sections[1]
                .library
                .iter()
                .map(|l| l.id.as_str())
                .collect::<Vec<_>>(),
            english.sections[1]
                .library
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            "{language}"
        );
    }
    // An English submission, in a French interface: the English words, word for word.
    s.set_language("fr");
    let (_, sections) = made_in(&mut s, "en");
    // (The English titles themselves are pinned by `template`'s unit test.)
    assert_eq!(sections[0].title, "Summary and key words");
    for (made, en) in sections.iter().zip(&english.sections) {
        assert_eq!((&made.title, &made.guidance), (&en.title, &en.guidance));
    }
    assert!(sections[0]
        .guidance
        .starts_with("In one short paragraph, give the city's main concerns"));
}

/// The template picker shows the names and descriptions in the interface's language.
#[test]
fn the_template_list_reads_in_the_interfaces_language() {
    let spanish = cityrights::template::templates_in("es").unwrap();
    let english = cityrights::template::templates().unwrap();
    assert_eq!(spanish.len(), english.len());
    let upr = spanish.iter().find(|t| t.key == "upr_stakeholder").unwrap();
    assert_eq!(upr.name, "Contribución de las partes interesadas al EPU");
    assert!(upr.description.contains("Examen Periódico Universal"));
    for (es, en) in spanish.iter().zip(&english) {
        assert_eq!(es.key, en.key);
        assert_ne!(es.name, en.name, "{}", es.key);
        assert_ne!(es.description, en.description, "{}", es.key);
        assert_eq!(es.for_mechanisms, en.for_mechanisms, "{}", es.key);
    }
    assert_eq!(english[0].name, "UPR stakeholder submission");
}

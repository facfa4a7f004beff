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

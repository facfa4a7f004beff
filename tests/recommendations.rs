//! Recommendations: the importers on fixtures written here (UHRI records, report text with
//! page breaks, a thematic list .docx, CSV), re-import idempotence, the city's fields, search,
//! citations, the follow-up CSV, and the CLI contract of issue 6.

#[path = "support/cli.rs"]
mod support_cli;

use cityrights::document::{Block, Content, Inline};
use cityrights::engagement::EngagementInput;
use cityrights::import::csv::CsvMapping;
use cityrights::import::recommendations as batch;
use cityrights::import::Watch;
use cityrights::recommendation::{
    self as rec, BulkChange, CityFields, Competence, LocalStatus, RecommendationFilter,
    RecommendationInput, Response,
};
use cityrights::submission::{NewSection, SubmissionInput};
use cityrights::{Error, Store};
use std::io::Write;
use std::path::{Path, PathBuf};
use support_cli::{cli, json};

// ---------- fixtures ----------

/// Four UHRI records: a Slovenian UPR one, a Slovenian treaty-body one with HTML (and a script)
/// in `Text`, one for Peru, one with most fields missing; then one for Türkiye under its old
/// name, one for Slovenia with no text.
fn uhri_json() -> String {
    r#"[
{"AffectedPersons": ["Roma"], "AnnotationId": "a1", "AnnotationType": "- Recommendations", "Body": "- UPR",
 "Countries": ["Slovenia"], "DocumentId": "d1", "PublicationDate": "2025-03-24T00:00:00", "PublicationDateOnUhri": "x",
 "Regions": ["Eastern European Group"], "Sdgs": ["6.1 - Achieve universal and equitable access to safe drinking water"],
 "Symbol": "A/HRC/59/15", "Text": "140.216 Continue efforts to eliminate all forms of segregation of Roma peoples, including through the provision of equal access to water (Australia);",
 "Themes": ["Right to water and sanitation", "Members of minorities"], "UprCycle": "4th", "UprPositions": ["Supported"],
 "UprRecommendingCountry": ["Australia"], "UprRecommendingRegions": ["WEOG"], "UprSession": ["48"]},
{"AffectedPersons": ["Children"], "AnnotationId": "a2", "AnnotationType": "- Concerns/Observations", "Body": "- CRC",
 "Countries": ["Slovenia"], "DocumentId": "d2", "PublicationDate": "2025-02-12T00:00:00",
 "Sdgs": [], "Symbol": "CRC/C/SVN/CO/5-6",
 "Text": "<p>4.The Committee <b>urges</b> the State party to ensure housing &amp; water for Roma children<script>alert('x')</script>.</p>",
 "Themes": ["Right to adequate housing"], "UprCycle": null, "UprPositions": [], "UprRecommendingCountry": [], "UprRecommendingRegions": [], "UprSession": []},
{"AnnotationId": "a3", "Body": "- CRC", "Countries": ["Peru"], "Symbol": "CRC/C/PER/CO/6-7",
 "Text": "4.The Committee reminds the State party of the indivisibility of rights (para. 45). ", "Themes": ["Violence against women"]},
{"AnnotationId": "a4", "Countries": ["Slovenia"], "Symbol": "E/C.12/SVN/CO/3", "Text": "21. The Committee recommends a national housing strategy."},
{"AnnotationId": "a5", "Countries": ["Turkey"], "Symbol": "CRC/C/TUR/CO/4-5", "Text": "10. Ensure birth registration."},
{"AnnotationId": "a6", "Countries": ["Slovenia", "Croatia"], "Symbol": "A/HRC/1/1", "Text": null}
]"#
    .to_string()
}

/// The section of a Working Group report as `pdftotext` gives it: indented, numbers followed by
/// several spaces, a page break (footer, job number, symbol) in the middle of 140.3, a State's
/// name wrapped over two lines, nested parentheses, and the paragraph that ends the section.
const REPORT: &str = "              139. The Government pledged to carefully review recommendations.


       II. Conclusions and/or recommendations
              140. The following recommendations will be examined by Exampleland, which will
              provide responses in due time, but no later than the fifty-ninth session of the Human
              Rights Council:
                     140.1    Ratify the International Convention on the Protection of the Rights of
                     All Migrant Workers and Members of Their Families (Algeria) (Cabo Verde)
                     (Bolivarian Republic of Venezuela);
                     140.2      Adopt a national housing strategy that guarantees access to adequate
                     housing for Roma, including water and sanitation (Venezuela (Bolivarian
                     Republic of));
                     140.3     Take steps to build the capacity of law enforcement and criminal
                     justice officials to address hate crimes, including more comprehensive hate crime


GE.25-02819                                                                                                                11
A/HRC/59/15


              recording and collection of data on the bias motivations of hate crimes (United
              Kingdom of Great Britain and Northern Ireland);
              140.4   Ratify ILO Convention No. 189 (No. 189) (Philippines) (Côte d’Ivoire);
              140.5 Strengthen measures to reduce statelessness and ensure the protection
              of stateless persons (Iraq).
              141. All conclusions and/or recommendations contained in the present report reflect
              the position of the submitting State(s) and/or the State under review.


Annex
              Composition of the delegation
";

/// A .docx made the way Word makes one: a table with the header row, a "Theme:" row spanning
/// the table, and recommendation rows.
fn thematic_docx(rows: &[[&str; 4]], header: [&str; 4]) -> Vec<u8> {
    fn cell(text: &str, span: Option<usize>) -> String {
        let paras: String = text
            .split('\n')
            .map(|p| {
                format!(
                    "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                    p.replace('&', "&amp;").replace('<', "&lt;")
                )
            })
            .collect();
        let props = span
            .map(|n| format!("<w:tcPr><w:gridSpan w:val=\"{n}\"/></w:tcPr>"))
            .unwrap_or_default();
        format!("<w:tc>{props}{paras}</w:tc>")
    }
    let mut body = String::from("<w:tbl><w:tblPr/>");
    body.push_str(&format!(
        "<w:tr>{}</w:tr>",
        header.iter().map(|h| cell(h, None)).collect::<String>()
    ));
    for r in rows {
        if r[1].is_empty() && r[2].is_empty() && r[3].is_empty() {
            body.push_str(&format!("<w:tr>{}</w:tr>", cell(r[0], Some(4))));
        } else {
            body.push_str(&format!(
                "<w:tr>{}</w:tr>",
                r.iter().map(|c| cell(c, None)).collect::<String>()
            ));
        }
    }
    body.push_str("</w:tbl>");
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\
         <w:p><w:r><w:t>UPR 48 – Exampleland – Thematic list of recommendations</w:t></w:r></w:p>{body}<w:sectPr/></w:body></w:document>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", opts).unwrap();
    zip.write_all(b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>").unwrap();
    zip.start_file("word/document.xml", opts).unwrap();
    zip.write_all(document.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

const HEADER_4TH: [&str; 4] = [
    "Recommendation and recommending State",
    "Position of the State under review",
    "Human rights themes and groups of persons",
    "Relevant SDGs",
];

fn thematic_rows() -> Vec<[&'static str; 4]> {
    vec![
        ["Theme: Ratification of & accession to international instruments", "", "", ""],
        [
            "140.1 Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Algeria) (Cabo Verde) (Bolivarian Republic of Venezuela);\nSource of Position: A/HRC/59/15/Add.1 - Para.4",
            "Noted",
            "- Ratification of & accession to international instruments\n- Migrants\nGroups of Persons:\n- Migrants",
            "- 10 - REDUCED INEQUALITIES",
        ],
        ["Theme: Right to adequate housing", "", "", ""],
        [
            "140.2 Adopt a national housing strategy that guarantees access to adequate housing for Roma, including water and sanitation (Venezuela (Bolivarian Republic of));\nSource of Position: A/HRC/59/15/Add.1 - Para.3",
            "Supported",
            "- Right to adequate housing\n- Right to water and sanitation\nGroups of Persons:\n- Roma, Gypsies, Sinti & Travellers",
            "- 6 - CLEAN WATER AND SANITATION\n- 11 - SUSTAINABLE CITIES AND COMMUNITIES",
        ],
        [
            "140.6 Promote participation of persons with disabilities in local decision-making (Spain);\nSource of Position: A/HRC/59/15/Add.1 - Para.3",
            "Supported",
            "- Persons with disabilities: participation\nGroups of Persons:\n- Persons with disabilities",
            "- 11 - SUSTAINABLE CITIES AND COMMUNITIES",
        ],
    ]
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("r.sqlite3")).unwrap();
    (dir, s)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn import_uhri(s: &mut Store, path: &Path, iso3: &str) -> Result<rec::ImportSummary, Error> {
    let batch = batch::uhri_batch(path, iso3, &mut Watch::none())?;
    s.import_recommendations(batch)
}

fn all(s: &Store) -> Vec<rec::Recommendation> {
    s.list_recommendations(&RecommendationFilter::default(), usize::MAX, 0)
        .unwrap()
        .items
}

fn by_para<'a>(
    list: &'a [rec::Recommendation],
    symbol: &str,
    para: &str,
) -> &'a rec::Recommendation {
    list.iter()
        .find(|r| r.symbol == symbol && r.paragraph == para)
        .unwrap_or_else(|| {
            panic!(
                "{symbol} {para} not found in {:?}",
                list.iter()
                    .map(|r| (&r.symbol, &r.paragraph))
                    .collect::<Vec<_>>()
            )
        })
}

fn import_message(e: Error) -> String {
    match e {
        e if e.kind() == "import" => e.to_string(),
        other => panic!("expected an import error, got {other:?}"),
    }
}

// ---------- UHRI ----------

#[test]
fn uhri_keeps_one_state_reduces_html_and_reads_missing_fields() {
    let (dir, mut s) = store();
    let f = write(dir.path(), "uhri.json", uhri_json().as_bytes());
    let sum = import_uhri(&mut s, &f, "SVN").unwrap();
    assert_eq!((sum.imported, sum.updated, sum.records), (3, 0, 6));
    assert_eq!(sum.other_countries, 2, "Peru and Türkiye");
    assert_eq!(sum.unusable, 1, "the record without text");
    assert_eq!(sum.skipped, 3);

    let list = all(&s);
    let upr = by_para(&list, "A/HRC/59/15", "140.216");
    assert_eq!(upr.mechanism, "UPR");
    assert_eq!(upr.response, Response::Supported);
    assert_eq!(upr.recommending_states, vec!["Australia"]);
    assert!(
        upr.text.starts_with("Continue efforts") && upr.text.ends_with("access to water"),
        "{}",
        upr.text
    );
    assert_eq!(upr.cycle, "4th");
    assert_eq!(upr.published_on, "2025-03-24");
    assert_eq!(upr.groups, vec!["Roma"]);
    assert_eq!(upr.country, "SVN");

    let crc = by_para(&list, "CRC/C/SVN/CO/5-6", "4");
    assert_eq!(
        crc.text,
        "The Committee urges the State party to ensure housing & water for Roma children."
    );
    assert_eq!(crc.mechanism, "CRC");
    assert_eq!(crc.kind, "Concerns/Observations");
    assert_eq!(crc.response, Response::Pending);

    let bare = by_para(&list, "E/C.12/SVN/CO/3", "21");
    assert_eq!(
        bare.text,
        "The Committee recommends a national housing strategy."
    );
    assert!(bare.themes.is_empty() && bare.recommending_states.is_empty());

    // The old name "Turkey" finds Türkiye's record.
    let (dir2, mut s2) = store();
    let f2 = write(dir2.path(), "uhri.json", uhri_json().as_bytes());
    assert_eq!(import_uhri(&mut s2, &f2, "tur").unwrap().imported, 1);
}

#[test]
fn uhri_reimport_updates_by_annotation_id_and_keeps_the_city_fields() {
    let (dir, mut s) = store();
    let f = write(dir.path(), "uhri.json", uhri_json().as_bytes());
    import_uhri(&mut s, &f, "SVN").unwrap();
    let id = by_para(&all(&s), "CRC/C/SVN/CO/5-6", "4").id;
    s.set_city_fields(
        id,
        &CityFields {
            competence: Competence::Shared,
            department: "Housing".into(),
            local_status: LocalStatus::InProgress,
        },
    )
    .unwrap();
    s.set_tags(id, &["housing".into(), "Roma".into()]).unwrap();
    s.add_evidence(id, "2026-03-01", "Council decision 2026/14 funds 200 homes")
        .unwrap();

    // The same file again: nothing new, nothing changed, nothing duplicated.
    let again = import_uhri(&mut s, &f, "SVN").unwrap();
    assert_eq!((again.imported, again.updated, again.unchanged), (0, 0, 3));
    assert_eq!(all(&s).len(), 3);

    // A newer export with one text corrected and one new record.
    let newer = uhri_json()
        .replace("ensure housing &amp; water", "ensure adequate housing &amp; water")
        .replace(
            "{\"AnnotationId\": \"a3\"",
            "{\"AnnotationId\": \"a7\", \"Countries\": [\"Slovenia\"], \"Symbol\": \"CAT/C/SVN/CO/4\", \"Text\": \"12. Prevent ill-treatment in police custody.\"},\n{\"AnnotationId\": \"a3\"",
        );
    let f3 = write(dir.path(), "newer.json", newer.as_bytes());
    let third = import_uhri(&mut s, &f3, "SVN").unwrap();
    assert_eq!((third.imported, third.updated, third.unchanged), (1, 1, 2));
    let list = all(&s);
    assert_eq!(list.len(), 4);
    let crc = by_para(&list, "CRC/C/SVN/CO/5-6", "4");
    assert!(crc.text.contains("adequate housing"));
    assert_eq!(crc.competence, Competence::Shared);
    assert_eq!(crc.department, "Housing");
    assert_eq!(crc.local_status, LocalStatus::InProgress);
    assert_eq!(crc.tags, vec!["Roma", "housing"]);
    assert_eq!(s.recommendation_detail(id).unwrap().evidence.len(), 1);

    // New since the last import: only the one it added.
    let overview = s.recommendations_overview().unwrap();
    assert_eq!(overview.new_since_last_import, 1);
    assert_eq!(overview.last_import.as_ref().map(|i| i.imported), Some(1));
    let new_only = s
        .list_recommendations(
            &RecommendationFilter {
                new_only: true,
                ..Default::default()
            },
            100,
            0,
        )
        .unwrap();
    assert_eq!(new_only.items.len(), 1);
    assert!(new_only.items[0].is_new);
    assert_eq!(new_only.items[0].symbol, "CAT/C/SVN/CO/4");
}

#[test]
fn broken_uhri_json_in_the_middle_stops_with_the_position_and_keeps_nothing() {
    let (dir, mut s) = store();
    // Record 3 (for Peru, not even the chosen State) lacks a colon.
    let broken = uhri_json().replace(
        "\"Body\": \"- CRC\", \"Countries\": [\"Peru\"]",
        "\"Body\" \"- CRC\", \"Countries\": [\"Peru\"]",
    );
    let f = write(dir.path(), "broken.json", broken.as_bytes());
    let msg = import_message(import_uhri(&mut s, &f, "SVN").unwrap_err());
    assert!(
        msg.contains("line 13, column 31")
            && msg.contains("record 3")
            && msg.contains("Nothing was imported"),
        "{msg}"
    );
    assert!(all(&s).is_empty());
    assert!(s.recommendation_imports().unwrap().is_empty());

    // Cut off while downloading.
    let json = uhri_json();
    let f = write(dir.path(), "cut.json", &json.as_bytes()[..json.len() / 2]);
    let msg = import_message(import_uhri(&mut s, &f, "SVN").unwrap_err());
    assert!(msg.contains("ends in the middle of record"), "{msg}");

    // Not a list.
    let f = write(dir.path(), "obj.json", b"{\"records\": []}");
    assert!(import_message(import_uhri(&mut s, &f, "SVN").unwrap_err())
        .contains("does not start with '['"));

    // A list, but not of UHRI records.
    let f = write(dir.path(), "other.json", b"[{\"name\": \"x\"}]");
    assert!(import_message(import_uhri(&mut s, &f, "SVN").unwrap_err())
        .contains("does not look like the UHRI export"));

    // Countries of the wrong kind.
    let f = write(
        dir.path(),
        "c.json",
        b"[{\"AnnotationId\": \"x\", \"Countries\": {\"a\": 1}}]",
    );
    assert!(import_message(import_uhri(&mut s, &f, "SVN").unwrap_err()).contains("line 1"));

    // A trailing comma.
    let f = write(
        dir.path(),
        "t.json",
        b"[{\"AnnotationId\": \"x\", \"Countries\": []},\n]",
    );
    assert!(
        import_message(import_uhri(&mut s, &f, "SVN").unwrap_err()).contains("line 2, column 1")
    );

    // An unknown country code keeps what was typed.
    let f = write(dir.path(), "ok.json", uhri_json().as_bytes());
    let e = import_uhri(&mut s, &f, "Slovenia").unwrap_err();
    assert!(e.to_string().contains("\"Slovenia\""));
    assert!(all(&s).is_empty());
}

#[test]
fn an_empty_uhri_list_imports_nothing_and_a_cancel_keeps_nothing() {
    let (dir, mut s) = store();
    let f = write(dir.path(), "empty.json", b"\xEF\xBB\xBF [ ]\n");
    assert_eq!(import_uhri(&mut s, &f, "SVN").unwrap().imported, 0);

    let f = write(dir.path(), "uhri.json", uhri_json().as_bytes());
    let mut seen = Vec::new();
    let mut watch = Watch::new(|p| seen.push(p), || true);
    let e = batch::uhri_batch(&f, "SVN", &mut watch).unwrap_err();
    assert_eq!(e.kind(), "cancelled", "{e:?}");
    drop(watch);
    assert_eq!(all(&s).len(), 0);

    let mut progress = Vec::new();
    let mut watch = Watch::new(|p| progress.push(p), || false);
    batch::uhri_batch(&f, "SVN", &mut watch).unwrap();
    drop(watch);
    let last = progress.last().unwrap();
    assert_eq!(last.done, last.total);
}

// ---------- Working Group report ----------

#[test]
fn report_text_with_page_breaks_and_nested_parentheses() {
    let (_dir, mut s) = store();
    let sum = s
        .import_recommendations(
            batch::report_batch(REPORT.as_bytes(), "A/HRC/59/15", "report.txt").unwrap(),
        )
        .unwrap();
    assert_eq!((sum.imported, sum.updated), (5, 0));
    let list = all(&s);
    let paras: Vec<&str> = list.iter().map(|r| r.paragraph.as_str()).collect();
    assert_eq!(paras, ["140.1", "140.2", "140.3", "140.4", "140.5"]);

    let r1 = by_para(&list, "A/HRC/59/15", "140.1");
    assert_eq!(
        r1.recommending_states,
        ["Algeria", "Cabo Verde", "Bolivarian Republic of Venezuela"]
    );
    assert_eq!(
        r1.text,
        "Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"
    );
    let r2 = by_para(&list, "A/HRC/59/15", "140.2");
    assert_eq!(
        r2.recommending_states,
        ["Venezuela (Bolivarian Republic of)"]
    );
    let r3 = by_para(&list, "A/HRC/59/15", "140.3");
    assert_eq!(
        r3.recommending_states,
        ["United Kingdom of Great Britain and Northern Ireland"]
    );
    assert!(
        r3.text.ends_with(
            "hate crime recording and collection of data on the bias motivations of hate crimes"
        ),
        "{}",
        r3.text
    );
    assert!(!r3.text.contains("GE.25") && !r3.text.contains("A/HRC/59/15"));
    let r4 = by_para(&list, "A/HRC/59/15", "140.4");
    assert_eq!(r4.recommending_states, ["Philippines", "Côte d’Ivoire"]);
    assert_eq!(r4.text, "Ratify ILO Convention No. 189 (No. 189)");
    let r5 = by_para(&list, "A/HRC/59/15", "140.5");
    assert_eq!(r5.recommending_states, ["Iraq"]);
    assert!(!r5.text.contains("141") && !r5.text.contains("Annex"));
    assert!(list
        .iter()
        .all(|r| r.mechanism == "UPR" && r.response == Response::Pending));

    // The same text again changes nothing.
    let again = s
        .import_recommendations(
            batch::report_batch(REPORT.as_bytes(), "A/HRC/59/15", "report.txt").unwrap(),
        )
        .unwrap();
    assert_eq!((again.imported, again.updated, again.unchanged), (0, 0, 5));
}

#[test]
fn a_missing_number_in_the_report_is_refused_with_its_lines() {
    let text = REPORT.replace("140.3     Take steps", "Take steps");
    let e = batch::report_batch(text.as_bytes(), "A/HRC/59/15", "r.txt").unwrap_err();
    let msg = import_message(e);
    assert!(
        msg.contains("140.3 is missing")
            && msg.contains("140.2 (line 11)")
            && msg.contains("140.4"),
        "{msg}"
    );

    let e = batch::report_batch(b"Nothing to see here.", "A/HRC/59/15", "r.txt").unwrap_err();
    assert!(import_message(e).contains("No recommendations were found"));

    let e = batch::report_batch(b"140.1 Ratify \xff (Chile);", "A/HRC/59/15", "r.txt").unwrap_err();
    assert!(import_message(e).contains("offset 13 (line 1)"));
}

#[test]
fn older_reports_split_over_two_paragraphs_and_lines_joined_by_a_copy() {
    let text = "121.1 Ratify the Convention (France) (Lithuania);121.2 Complete the process (Ukraine); Increase efforts (Slovakia);\n\
                122.1 Complete the ratification of the Optional Protocol (Senegal);\n122.2 Consider acceding (Rwanda).\n";
    let items = cityrights::import::report::parse_str(text, "A/HRC/43/15").unwrap();
    let got: Vec<(String, Vec<String>)> = items
        .iter()
        .map(|i| (i.paragraph.clone(), i.recommending_states.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("121.1".into(), vec!["France".into(), "Lithuania".into()]),
            ("121.2".into(), vec!["Ukraine".into(), "Slovakia".into()]),
            ("122.1".into(), vec!["Senegal".into()]),
            ("122.2".into(), vec!["Rwanda".into()]),
        ]
    );
}

// ---------- thematic list ----------

#[test]
fn the_thematic_list_gives_responses_to_the_report_s_recommendations() {
    let (_dir, mut s) = store();
    s.import_recommendations(
        batch::report_batch(REPORT.as_bytes(), "A/HRC/59/15", "report.txt").unwrap(),
    )
    .unwrap();
    let id = by_para(&all(&s), "A/HRC/59/15", "140.2").id;
    s.set_city_fields(
        id,
        &CityFields {
            competence: Competence::Exclusive,
            department: "Housing".into(),
            local_status: LocalStatus::InProgress,
        },
    )
    .unwrap();

    let docx = thematic_docx(&thematic_rows(), HEADER_4TH);
    let sum = s
        .import_recommendations(batch::thematic_list_batch(&docx, None, "list.docx").unwrap())
        .unwrap();
    assert_eq!(
        (sum.imported, sum.updated),
        (1, 2),
        "140.6 is new; 140.1 and 140.2 get responses"
    );

    let list = all(&s);
    let r1 = by_para(&list, "A/HRC/59/15", "140.1");
    assert_eq!(r1.response, Response::Noted);
    assert_eq!(r1.response_source, "A/HRC/59/15/Add.1 - Para.4");
    assert_eq!(
        r1.themes,
        [
            "Ratification of & accession to international instruments",
            "Migrants"
        ]
    );
    assert_eq!(r1.sdgs, ["10 - REDUCED INEQUALITIES"]);
    let r2 = by_para(&list, "A/HRC/59/15", "140.2");
    assert_eq!(r2.response, Response::Supported);
    assert_eq!(r2.groups, ["Roma, Gypsies, Sinti & Travellers"]);
    assert_eq!(r2.sdgs.len(), 2);
    assert_eq!(
        (r2.competence, r2.department.as_str()),
        (Competence::Exclusive, "Housing"),
        "the city's fields are kept"
    );
    assert_eq!(
        r2.recommending_states,
        ["Venezuela (Bolivarian Republic of)"]
    );
    let r6 = by_para(&list, "A/HRC/59/15", "140.6");
    assert_eq!(r6.recommending_states, ["Spain"]);
    // Untouched by the list: the report's own.
    assert_eq!(
        by_para(&list, "A/HRC/59/15", "140.3").response,
        Response::Pending
    );

    // SDG filter by goal number, theme filter.
    let sdg11 = s
        .list_recommendations(
            &RecommendationFilter {
                sdg: Some(11),
                ..Default::default()
            },
            100,
            0,
        )
        .unwrap();
    assert_eq!(sdg11.total, 2);
    let housing = s
        .list_recommendations(
            &RecommendationFilter {
                theme: Some("Right to adequate housing".into()),
                ..Default::default()
            },
            100,
            0,
        )
        .unwrap();
    assert_eq!(
        housing
            .items
            .iter()
            .map(|r| r.paragraph.as_str())
            .collect::<Vec<_>>(),
        ["140.2"]
    );
    let facets = s.recommendation_facets().unwrap();
    assert!(
        facets.sdgs.iter().any(|f| f.value == "11" && f.count == 2),
        "{:?}",
        facets.sdgs
    );
}

#[test]
fn an_older_thematic_list_and_broken_documents() {
    let rows = vec![[
        "121.1 Ratify the Convention (France) (Lithuania);\nSource of Position: A/HRC/43/15 - Para 121",
        "Supported",
        "- Acceptance of international norms\nSDGs:\n- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS\nAffected persons:\n- Disappeared persons",
        "",
    ]];
    let docx = thematic_docx(
        &rows,
        [
            "Recommendation",
            "Position",
            "Full list of themes",
            "Assessment/comments on level of implementation",
        ],
    );
    let items = cityrights::import::thematic_list::parse_bytes(&docx, None).unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].symbol, "A/HRC/43/15");
    assert_eq!(
        items[0].sdgs,
        ["16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"]
    );
    assert_eq!(items[0].groups, ["Disappeared persons"]);

    let e =
        cityrights::import::thematic_list::parse_bytes(b"PK\x03\x04 not really", None).unwrap_err();
    assert!(import_message(e).contains("not a Word document"));

    let no_source = vec![["140.9 Do something (Chile);", "Supported", "- Theme", ""]];
    let e = cityrights::import::thematic_list::parse_bytes(
        &thematic_docx(&no_source, HEADER_4TH),
        None,
    )
    .unwrap_err();
    assert!(import_message(e).contains("Row 2"));
    let ok = cityrights::import::thematic_list::parse_bytes(
        &thematic_docx(&no_source, HEADER_4TH),
        Some("A/HRC/59/15"),
    )
    .unwrap();
    assert_eq!(ok[0].symbol, "A/HRC/59/15");
}

// ---------- CSV ----------

#[test]
fn csv_with_a_column_mapping() {
    let (_dir, mut s) = store();
    let csv = "Document;Para.;Recommendation;Recommending State(s);Position;Themes\n\
               A/HRC/59/15;140.2;\"Adopt a housing strategy; include water\";Spain;Supported;Right to adequate housing|Roma\n\
               A/HRC/59/15;140.7;=HYPERLINK(\"http://evil\");Portugal;Noted;\n";
    let preview = cityrights::import::csv::preview(csv.as_bytes()).unwrap();
    assert_eq!(preview.headers.len(), 6);
    assert_eq!(preview.row_count, 2);
    let m = preview.suggested.clone();
    assert_eq!(
        (
            m.symbol,
            m.paragraph,
            m.text,
            m.recommending_states,
            m.response,
            m.themes
        ),
        (Some(0), Some(1), Some(2), Some(3), Some(4), Some(5))
    );
    let sum = s
        .import_recommendations(batch::csv_batch(csv.as_bytes(), &m, "a.csv").unwrap())
        .unwrap();
    assert_eq!(sum.imported, 2);
    let list = all(&s);
    let r = by_para(&list, "A/HRC/59/15", "140.2");
    assert_eq!(r.text, "Adopt a housing strategy; include water");
    assert_eq!(r.themes, ["Right to adequate housing", "Roma"]);
    assert_eq!(r.response, Response::Supported);

    // A wrong column for the response: the line and the value, nothing kept.
    let wrong = CsvMapping {
        response: Some(3),
        recommending_states: None,
        ..m.clone()
    };
    let e = batch::csv_batch(csv.as_bytes(), &wrong, "a.csv").unwrap_err();
    let msg = import_message(e);
    assert!(
        msg.contains("Line 2") && msg.contains("\"Spain\" is not a response"),
        "{msg}"
    );

    // No text column chosen.
    let e = batch::csv_batch(
        csv.as_bytes(),
        &CsvMapping {
            text: None,
            ..m.clone()
        },
        "a.csv",
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("text"));

    // Re-import by (symbol, paragraph) does not duplicate.
    let again = s
        .import_recommendations(batch::csv_batch(csv.as_bytes(), &m, "a.csv").unwrap())
        .unwrap();
    assert_eq!((again.imported, again.unchanged), (0, 2));

    // A file not in UTF-8.
    let e = cityrights::import::csv::preview(b"Symbol,Text\nA/1,caf\xe9\n").unwrap_err();
    assert!(import_message(e).contains("line 2"));
}

// ---------- the city's work ----------

#[test]
fn manual_entry_bulk_tags_and_the_follow_up_csv() {
    let (dir, mut s) = store();
    let r = s
        .create_recommendation(&RecommendationInput {
            symbol: "E/C.12/SVN/CO/3".into(),
            paragraph: "21".into(),
            text: "=cmd|' /C calc'!A0 Adopt a housing strategy".into(),
            response: None,
            ..Default::default()
        })
        .unwrap();
    let dup = s
        .create_recommendation(&RecommendationInput {
            symbol: "E/C.12/SVN/CO/3".into(),
            paragraph: "21".into(),
            text: "x".into(),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(dup.field(), Some("paragraph"));
    let empty = s
        .create_recommendation(&RecommendationInput {
            symbol: "X/1".into(),
            text: " ".into(),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(empty.field(), Some("text"));

    s.import_recommendations(
        batch::report_batch(REPORT.as_bytes(), "A/HRC/59/15", "report.txt").unwrap(),
    )
    .unwrap();
    let ids: Vec<i64> = all(&s).iter().take(3).map(|r| r.id).collect();
    assert_eq!(
        s.bulk_change(
            &ids,
            &BulkChange::AddTag {
                tag: " housing ".into()
            }
        )
        .unwrap(),
        3
    );
    assert_eq!(
        s.bulk_change(
            &ids[..1],
            &BulkChange::SetDepartment {
                department: "Social services".into()
            }
        )
        .unwrap(),
        1
    );
    assert!(s
        .bulk_change(&[], &BulkChange::AddTag { tag: "x".into() })
        .is_err());
    assert_eq!(
        s.bulk_change(&ids, &BulkChange::AddTag { tag: "  ".into() })
            .unwrap_err()
            .field(),
        Some("tag")
    );
    let tagged = s
        .list_recommendations(
            &RecommendationFilter {
                tag: Some("housing".into()),
                ..Default::default()
            },
            100,
            0,
        )
        .unwrap();
    assert_eq!(tagged.total, 3);
    s.bulk_change(
        &ids[..1],
        &BulkChange::RemoveTag {
            tag: "housing".into(),
        },
    )
    .unwrap();
    assert_eq!(s.recommendation_facets().unwrap().tags[0].count, 2);

    s.add_evidence(r.id, "2026-02-01", "@SUM(1+1) report to council")
        .unwrap();
    assert_eq!(
        s.add_evidence(r.id, "2026-02-30", "x").unwrap_err().field(),
        Some("noted_on")
    );
    let out = dir.path().join("matrix.csv");
    let done = s
        .export_follow_up_csv(&out, &RecommendationFilter::default())
        .unwrap();
    assert_eq!(done.rows, 6);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut rdr = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    let row = rows.iter().find(|r| &r[0] == "E/C.12/SVN/CO/3").unwrap();
    assert!(row[2].starts_with("'=cmd"), "{:?}", &row[2]);
    assert!(
        row[10].starts_with("2026-02-01: @SUM"),
        "evidence cells start with the date: {:?}",
        &row[10]
    );
    assert_eq!(&row[7], "Unknown");
    assert_eq!(&row[9], "Not started");
}

#[test]
fn a_draft_that_cites_a_recommendation_is_linked_to_it() {
    let (_dir, mut s) = store();
    s.import_recommendations(
        batch::report_batch(REPORT.as_bytes(), "A/HRC/59/15", "report.txt").unwrap(),
    )
    .unwrap();
    let e = s
        .create_engagement(&EngagementInput {
            mechanism: "UPR".into(),
            title: "UPR of Exampleland".into(),
            ..Default::default()
        })
        .unwrap();
    let content = Content {
        blocks: vec![Block::Paragraph {
            numbered: true,
            content: vec![
                Inline::text("As recommended "),
                Inline::Footnote {
                    content: vec![Inline::Citation {
                        symbol: "A/HRC/59/15".into(),
                        paragraph: Some("140.2".into()),
                    }],
                },
            ],
        }],
    };
    let sub = s
        .create_submission_with(
            e.id,
            &SubmissionInput {
                title: "Housing input".into(),
                ..Default::default()
            },
            vec![NewSection {
                title: "Housing".into(),
                content,
                guidance: String::new(),
            }],
        )
        .unwrap();
    let id = by_para(&all(&s), "A/HRC/59/15", "140.2").id;
    let detail = s.recommendation_detail(id).unwrap();
    assert_eq!(detail.cited_in.len(), 1);
    assert_eq!(detail.cited_in[0].submission_id, sub.id);
    assert_eq!(detail.cited_in[0].section_title, "Housing");
    let other = by_para(&all(&s), "A/HRC/59/15", "140.1").id;
    assert!(s.recommendation_detail(other).unwrap().cited_in.is_empty());
}

#[test]
fn search_ranks_marks_hits_and_finds_parts_of_words() {
    let (_dir, mut s) = store();
    s.import_recommendations(
        batch::report_batch(REPORT.as_bytes(), "A/HRC/59/15", "report.txt").unwrap(),
    )
    .unwrap();
    let hits = s.search_recommendations("housing roma", 10).unwrap();
    assert_eq!(hits[0].paragraph, "140.2");
    assert!(hits[0]
        .pieces
        .iter()
        .any(|p| p.hit && p.text.eq_ignore_ascii_case("housing")));
    assert_eq!(
        hits[0]
            .pieces
            .iter()
            .map(|p| p.text.as_str())
            .collect::<String>(),
        hits[0].text
    );
    // The last word is a prefix (typed so far); diacritics folded; recommending States found.
    assert_eq!(
        s.search_recommendations("statel", 10).unwrap()[0].paragraph,
        "140.5"
    );
    assert_eq!(
        s.search_recommendations("cote d ivoire", 10).unwrap()[0].paragraph,
        "140.4"
    );
    assert_eq!(
        s.search_recommendations("140.3", 10).unwrap()[0].paragraph,
        "140.3"
    );
    // Part of a word: trigrams.
    assert_eq!(
        s.search_recommendations("tateless", 10).unwrap()[0].paragraph,
        "140.5"
    );
    // "OR" in capitals finds either side ("Roma OR stateless": 140.2 and 140.5), in the search
    // and in the table; both words without it find only what holds both.
    let either: Vec<String> = s
        .search_recommendations("statelessness OR Roma", 10)
        .unwrap()
        .into_iter()
        .map(|h| h.paragraph)
        .collect();
    assert!(
        either.contains(&"140.2".to_string()) && either.contains(&"140.5".to_string()),
        "{either:?}"
    );
    let table = s
        .list_recommendations(
            &RecommendationFilter {
                query: "statelessness OR Roma".into(),
                ..Default::default()
            },
            50,
            0,
        )
        .unwrap();
    assert_eq!(table.total, either.len(), "{either:?}");
    assert!(s
        .search_recommendations("statelessness Roma", 10)
        .unwrap()
        .iter()
        .all(|h| h.paragraph != "140.5" || h.text.contains("Roma")));
    // Operators typed by the user are words, not syntax; nothing found is no error.
    assert!(s.search_recommendations("\"housing OR NOT (", 10).is_ok());
    assert!(s.search_recommendations("   ", 10).unwrap().is_empty());
    // The table's search marks hits too and combines with filters.
    let page = s
        .list_recommendations(
            &RecommendationFilter {
                query: "ratify".into(),
                ..Default::default()
            },
            10,
            0,
        )
        .unwrap();
    assert_eq!(page.total, 2);
    assert!(page.items[0].text_pieces.iter().any(|p| p.hit));
}

// ---------- CLI contract ----------

#[test]
fn cli_contract_of_the_recommendations_commands() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let uhri = write(dir.path(), "uhri.json", uhri_json().as_bytes());
    let report = write(dir.path(), "report.txt", REPORT.as_bytes());
    let docx = write(
        dir.path(),
        "list.docx",
        &thematic_docx(&thematic_rows(), HEADER_4TH),
    );
    let u = uhri.to_str().unwrap();

    let v = json(
        &db,
        &[
            "recommendations",
            "import-uhri",
            u,
            "--country",
            "SVN",
            "--json",
        ],
    );
    assert_eq!(
        (
            v["imported"].as_u64(),
            v["updated"].as_u64(),
            v["skipped"].as_u64()
        ),
        (Some(3), Some(0), Some(3))
    );
    let v = json(
        &db,
        &[
            "recommendations",
            "import-uhri",
            u,
            "--country",
            "SVN",
            "--json",
        ],
    );
    assert_eq!(
        (v["imported"].as_u64(), v["updated"].as_u64()),
        (Some(0), Some(0))
    );

    let v = json(
        &db,
        &[
            "recommendations",
            "import-report",
            report.to_str().unwrap(),
            "--symbol",
            "A/HRC/59/15",
            "--json",
        ],
    );
    assert_eq!(
        (v["imported"].as_u64(), v["updated"].as_u64()),
        (Some(5), Some(0))
    );
    let v = json(
        &db,
        &[
            "recommendations",
            "import-thematic-list",
            docx.to_str().unwrap(),
            "--json",
        ],
    );
    assert_eq!(
        (v["imported"].as_u64(), v["updated"].as_u64()),
        (Some(1), Some(2))
    );

    let list = json(
        &db,
        &[
            "recommendations",
            "list",
            "--symbol",
            "A/HRC/59/15",
            "--json",
        ],
    );
    let list = list.as_array().unwrap();
    assert_eq!(
        list.len(),
        7,
        "five from the report, one from the thematic list, 140.216 from UHRI"
    );
    // Every recommendation the thematic list gives SDGs for lists them as goal numbers, read
    // here from the list's own cells ("- 6 - CLEAN WATER AND SANITATION", one per line).
    for row in thematic_rows().iter().filter(|r| !r[3].is_empty()) {
        let paragraph = row[0].split_whitespace().next().unwrap();
        let goals: Vec<u64> = row[3]
            .lines()
            .map(|l| {
                let l = l.trim_start_matches(['-', ' ']);
                l[..l.find(' ').unwrap()].parse().unwrap()
            })
            .collect();
        let listed = list.iter().find(|r| r["paragraph"] == paragraph).unwrap();
        assert_eq!(listed["sdg_goals"], serde_json::json!(goals), "{paragraph}");
    }
    assert_eq!(
        list.iter().find(|r| r["paragraph"] == "140.2").unwrap()["sdg_goals"],
        serde_json::json!([6, 11])
    );
    let r = list.iter().find(|r| r["paragraph"] == "140.2").unwrap();
    assert!(r["id"].is_i64());
    assert_eq!(r["symbol"], "A/HRC/59/15");
    assert!(r["text"]
        .as_str()
        .unwrap()
        .starts_with("Adopt a national housing strategy"));
    assert_eq!(
        r["recommending_states"],
        serde_json::json!(["Venezuela (Bolivarian Republic of)"])
    );
    assert_eq!(r["response"], "supported");

    let hits = json(
        &db,
        &[
            "recommendations",
            "search",
            "housing",
            "--limit",
            "2",
            "--json",
        ],
    );
    let hits = hits.as_array().unwrap();
    assert_eq!(hits.len(), 2);
    for h in hits {
        assert!(
            h["id"].is_i64()
                && h["symbol"].is_string()
                && h["paragraph"].is_string()
                && h["text"].is_string()
        );
    }

    // Errors: plain words on stderr, non-zero exit, nothing kept.
    let before = json(&db, &["recommendations", "list", "--json"])
        .as_array()
        .unwrap()
        .len();
    let bad = write(
        dir.path(),
        "bad.json",
        b"[{\"AnnotationId\": \"z\", \"Countries\": [\"Slovenia\"]},\n{\"AnnotationId\": ",
    );
    let out = cli(&db)
        .args([
            "recommendations",
            "import-uhri",
            bad.to_str().unwrap(),
            "--country",
            "SVN",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("ends in the middle of record 2"));
    assert_eq!(
        json(&db, &["recommendations", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        before
    );

    let out = dir.path().join("m.csv");
    cli(&db)
        .args(["recommendations", "export-csv", "-o", out.to_str().unwrap()])
        .assert()
        .success();
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .contains("Local status"));
}

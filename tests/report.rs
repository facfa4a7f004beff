//! Reports generated from the evidence and the progress counts behind their charts (issue
//! #15, parts 5 and 6): `cityrights progress` and `cityrights report generate` as later checks
//! call them, the report's text as the PDF and Word files carry it, and the status chart in
//! both files (vector bars in the PDF, a PNG picture with alt text in Word).

use assert_cmd::Command;
use cityrights::city::{CityProfile, PaperSize};
use cityrights::consultation::{ConsultationFormat, ConsultationInput, ParticipantInput};
use cityrights::document::ChartKind;
use cityrights::engagement::EngagementInput;
use cityrights::model::plan::{ActionInput, ActionStatus, IndicatorInput, MeasurementInput};
use cityrights::recommendation::{
    CityFields, Competence, LocalStatus, RecommendationInput, Response,
};
use cityrights::Store;
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};

#[path = "support/pdf_tags.rs"]
#[allow(dead_code)]
mod tags;
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

/// The arguments of `report generate --kind KIND --engagement ID [--symbol S]`.
fn generate<'a>(kind: &'a str, engagement: &'a str, symbol: Option<&'a str>) -> Vec<&'a str> {
    let mut args = vec![
        "report",
        "generate",
        "--kind",
        kind,
        "--engagement",
        engagement,
    ];
    if let Some(s) = symbol {
        args.extend(["--symbol", s]);
    }
    args
}

/// `report generate … --json`.
fn generated(db: &Path, kind: &str, engagement: &str, symbol: Option<&str>) -> Value {
    let mut args = generate(kind, engagement, symbol);
    args.push("--json");
    json(db, &args)
}

/// The titles of a generated report's sections.
fn titles_of(made: &Value) -> Vec<&str> {
    made["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect()
}

fn refused(db: &Path, args: &[&str]) -> String {
    let out = cli(db).args(args).output().unwrap();
    assert!(!out.status.success(), "{args:?} should fail");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// One recommendation of the seed: paragraph, text, themes, SDG label, response, and the
/// city's status and department.
struct Seed {
    paragraph: &'static str,
    text: &'static str,
    states: &'static [&'static str],
    themes: &'static [&'static str],
    sdg: &'static str,
    response: Response,
    status: LocalStatus,
    department: &'static str,
}

const SEEDS: [Seed; 8] = [
    Seed {
        paragraph: "140.7",
        text: "Ensure access to adequate and affordable housing for all, including Roma communities",
        states: &["Finland", "Spain"],
        themes: &["Right to adequate housing"],
        sdg: "11 - SUSTAINABLE CITIES AND COMMUNITIES",
        response: Response::Supported,
        status: LocalStatus::InProgress,
        department: "Housing",
    },
    Seed {
        paragraph: "140.12",
        text: "Provide safe drinking water and sanitation to informal settlements",
        states: &["Germany"],
        themes: &["Right to water and sanitation"],
        sdg: "6 - CLEAN WATER AND SANITATION",
        response: Response::Supported,
        status: LocalStatus::Implemented,
        department: "Water utility",
    },
    Seed {
        paragraph: "140.20",
        text: "Combat hate speech and discrimination against Roma at local level",
        states: &["Canada"],
        themes: &["Racial discrimination", "Right to adequate housing"],
        sdg: "16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",
        response: Response::Supported,
        // Covered through its action only.
        status: LocalStatus::NotStarted,
        department: "",
    },
    Seed {
        paragraph: "140.33",
        text: "Guarantee inclusive education for children with disabilities",
        states: &["Italy"],
        themes: &["Right to education"],
        sdg: "4 - QUALITY EDUCATION",
        response: Response::Supported,
        status: LocalStatus::NotApplicable,
        department: "Education",
    },
    Seed {
        paragraph: "140.41",
        text: "Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights",
        states: &["Portugal"],
        themes: &["International instruments"],
        sdg: "",
        response: Response::Noted,
        status: LocalStatus::NotStarted,
        department: "",
    },
    Seed {
        paragraph: "140.52",
        text: "Strengthen the independence of the national human rights institution",
        states: &["France"],
        themes: &["National human rights institution"],
        sdg: "16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",
        response: Response::Supported,
        status: LocalStatus::NotStarted,
        department: "",
    },
    Seed {
        paragraph: "140.60",
        text: "Prevent forced evictions and provide adequate alternative accommodation",
        states: &["Brazil"],
        themes: &["Right to adequate housing"],
        sdg: "11 - SUSTAINABLE CITIES AND COMMUNITIES",
        response: Response::PartiallySupported,
        status: LocalStatus::InProgress,
        department: "Housing",
    },
    Seed {
        paragraph: "140.71",
        text: "Adopt a national action plan on business and human rights",
        states: &["Norway"],
        themes: &["Business and human rights"],
        sdg: "8 - DECENT WORK AND ECONOMIC GROWTH",
        response: Response::Supported,
        status: LocalStatus::NotStarted,
        department: "Economy",
    },
];

/// Paragraphs the report must cite (an action, or a status other than not started), and the
/// ones it must not.
const COVERED: [&str; 5] = ["140.7", "140.12", "140.20", "140.33", "140.60"];
const NOT_COVERED: [&str; 3] = ["140.41", "140.52", "140.71"];

struct Seeded {
    _dir: tempfile::TempDir,
    db: PathBuf,
    engagement: i64,
}

/// A city with its profile, a UPR engagement with one consultation, the eight
/// recommendations of A/HRC/59/15 above, three actions (two with indicators and
/// measurements) and evidence.
fn seeded() -> Seeded {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let mut s = Store::open(&db).unwrap();
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
    let engagement = s
        .create_engagement(&EngagementInput {
            mechanism: "UPR".into(),
            title: "UPR of Slovenia, 4th cycle".into(),
            state_under_review: "Slovenia".into(),
            session: "WG session 48".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    s.create_consultation(
        engagement,
        &ConsultationInput {
            held_on: "2026-09-15".into(),
            topic: "Housing and Roma inclusion".into(),
            format: Some(ConsultationFormat::Workshop),
            participants: vec![ParticipantInput {
                name: "Marta Kovač".into(),
                organisation: "Roma Association".into(),
                ..Default::default()
            }],
            ..Default::default()
        },
    )
    .unwrap();
    let mut ids = Vec::new();
    for seed in &SEEDS {
        let r = s
            .create_recommendation(&RecommendationInput {
                symbol: "A/HRC/59/15".into(),
                paragraph: seed.paragraph.into(),
                text: seed.text.into(),
                recommending_states: seed.states.iter().map(|s| s.to_string()).collect(),
                response: Some(seed.response),
                mechanism: "UPR".into(),
                cycle: "4".into(),
                themes: seed.themes.iter().map(|s| s.to_string()).collect(),
                sdgs: if seed.sdg.is_empty() {
                    vec![]
                } else {
                    vec![seed.sdg.to_string()]
                },
            })
            .unwrap();
        s.set_city_fields(
            r.id,
            &CityFields {
                competence: Competence::Shared,
                department: seed.department.into(),
                local_status: seed.status,
            },
        )
        .unwrap();
        ids.push(r.id);
    }
    let action = |s: &mut Store, title: &str, dept: &str, status, due: &str, recs: Vec<i64>| {
        s.create_action(&ActionInput {
            title: title.into(),
            department: dept.into(),
            start: "2025-03-01".into(),
            due: due.into(),
            status,
            recommendations: recs,
            ..Default::default()
        })
        .unwrap()
        .id
    };
    let homes = action(
        &mut s,
        "Build 400 social rental homes",
        "Housing",
        ActionStatus::InProgress,
        "2027-12-31",
        vec![ids[0], ids[6]],
    );
    let water = action(
        &mut s,
        "Connect Njivice settlement to the water network",
        "Water utility",
        ActionStatus::Done,
        "2026-06-30",
        vec![ids[1]],
    );
    action(
        &mut s,
        "Train municipal staff on hate speech",
        "Human rights office",
        ActionStatus::Planned,
        "2027-03-31",
        vec![ids[2]],
    );
    let indicator = |s: &mut Store, action: i64, name: &str, unit: &str, b: &str, t: &str| {
        s.create_indicator(&IndicatorInput {
            action: Some(action),
            name: name.into(),
            unit: unit.into(),
            baseline: b.into(),
            baseline_date: "2024-12-31".into(),
            target: t.into(),
            target_date: "2027-12-31".into(),
            ..Default::default()
        })
        .unwrap()
        .id
    };
    let i1 = indicator(
        &mut s,
        homes,
        "Social rental homes completed",
        "homes",
        "0",
        "400",
    );
    let i2 = indicator(
        &mut s,
        water,
        "Households connected to drinking water",
        "households",
        "12",
        "86",
    );
    for (ind, value, date) in [
        (i1, "60", "2025-12-31"),
        (i1, "172", "2026-10-31"),
        (i2, "86", "2026-07-15"),
    ] {
        s.add_measurement(&MeasurementInput {
            indicator: ind,
            value: value.into(),
            date: date.into(),
            source: "Municipal housing and utility registers".into(),
        })
        .unwrap();
    }
    s.add_evidence(
        ids[1],
        "2026-07-20",
        "Council decision 2026/114 on the Njivice connection; 74 households connected.",
    )
    .unwrap();
    drop(s);
    Seeded {
        _dir: dir,
        db,
        engagement,
    }
}

fn group<'a>(list: &'a Value, name: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"] == name)
        .unwrap_or_else(|| panic!("no group {name} in {list}"))
}

#[test]
fn progress_counts_recommendations_by_status_per_theme_department_and_sdg() {
    let seed = seeded();
    let p = json(&seed.db, &["progress", "--symbol", "A/HRC/59/15", "--json"]);
    for key in ["by_theme", "by_department", "by_sdg"] {
        for g in p[key].as_array().unwrap() {
            for field in [
                "name",
                "recommendations",
                "not_started",
                "in_progress",
                "implemented",
                "not_applicable",
            ] {
                assert!(!g[field].is_null(), "{key} lacks {field}: {g}");
            }
        }
    }
    // Housing theme: 140.7 and 140.60 in progress, 140.20 (second theme) not started.
    let housing = group(&p["by_theme"], "Right to adequate housing");
    assert_eq!(housing["recommendations"], 3);
    assert_eq!(housing["in_progress"], 2);
    assert_eq!(housing["not_started"], 1);
    assert_eq!(housing["implemented"], 0);
    assert_eq!(
        housing["actions"], 2,
        "the homes action counted once, and the training"
    );
    let water = group(&p["by_theme"], "Right to water and sanitation");
    assert_eq!(
        (
            water["recommendations"].as_i64(),
            water["implemented"].as_i64()
        ),
        (Some(1), Some(1))
    );
    // Departments: Housing has two in progress; three have no department, listed last.
    let housing = group(&p["by_department"], "Housing");
    assert_eq!(
        (
            housing["recommendations"].as_i64(),
            housing["in_progress"].as_i64()
        ),
        (Some(2), Some(2))
    );
    let none = group(&p["by_department"], "No department");
    assert_eq!(none["recommendations"], 3);
    assert_eq!(
        p["by_department"].as_array().unwrap().last().unwrap()["name"],
        "No department"
    );
    let education = group(&p["by_department"], "Education");
    assert_eq!(education["not_applicable"], 1);
    // SDG goals by number, with their names; goal 16 has two recommendations not started.
    let names: Vec<&str> = p["by_sdg"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert!(names[0].starts_with("4 - "), "{names:?}");
    assert!(
        names.iter().position(|n| n.starts_with("6 - "))
            < names.iter().position(|n| n.starts_with("11 - "))
    );
    let g16 = p["by_sdg"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"].as_str().unwrap().starts_with("16 - "))
        .unwrap();
    assert_eq!(
        (g16["recommendations"].as_i64(), g16["not_started"].as_i64()),
        (Some(2), Some(2))
    );
    assert_eq!(group(&p["by_sdg"], "No SDG")["recommendations"], 1);
    // The total counts each recommendation once.
    assert_eq!(p["total"]["recommendations"], 8);
    assert_eq!(p["total"]["not_started"], 4);

    let msg = refused(&seed.db, &["progress", "--symbol", "A/HRC/99/1", "--json"]);
    assert!(msg.contains("No recommendation of \"A/HRC/99/1\""), "{msg}");
}

fn pdftotext(tool: &Path, pdf: &Path) -> String {
    let out = std::process::Command::new(tool)
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn docx_parts(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).unwrap();
            (f.name().to_string(), bytes)
        })
        .collect()
}

/// The colours of a PNG page (RGB), as `pdftoppm` rendered it.
fn page_colours(png_path: &Path) -> Vec<[u8; 3]> {
    let decoder = png::Decoder::new(std::fs::File::open(png_path).unwrap());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    buf[..info.buffer_size()]
        .chunks(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect()
}

fn has_colour(pixels: &[[u8; 3]], rgb: (f32, f32, f32)) -> bool {
    let want = [
        (rgb.0 * 255.0) as i32,
        (rgb.1 * 255.0) as i32,
        (rgb.2 * 255.0) as i32,
    ];
    pixels
        .iter()
        .filter(|p| (0..3).all(|i| (p[i] as i32 - want[i]).abs() <= 3))
        .count()
        > 20
}

#[test]
fn the_midterm_report_cites_what_the_city_did_and_carries_its_chart_in_pdf_and_word() {
    let seed = seeded();
    let e = seed.engagement.to_string();
    let made = generated(&seed.db, "upr-midterm", &e, Some("A/HRC/59/15"));
    let id = made["submission_id"].as_i64().unwrap();
    assert!(made["sections"].as_array().unwrap().len() >= 5, "{made}");
    assert_eq!(
        made["recommendations_covered"].as_array().unwrap().len(),
        COVERED.len()
    );

    // A normal draft: listed, counted, exported like any other.
    let list = json(&seed.db, &["submissions", "list", "--json"]);
    let listed = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap();
    assert_eq!(listed["status"], "drafting");
    assert!(listed["words"].as_u64().unwrap() > 300);

    let dir = tempfile::tempdir().unwrap();
    let pdf = std::env::var("REPORT_SAMPLE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| dir.path().to_path_buf());
    let docx = pdf.join("midterm-report.docx");
    let pdf = pdf.join("midterm-report.pdf");
    let sid = id.to_string();
    cli(&seed.db)
        .args(["export", "pdf", "--submission", &sid, "-o"])
        .arg(&pdf)
        .assert()
        .success();
    cli(&seed.db)
        .args(["export", "docx", "--submission", &sid, "-o"])
        .arg(&docx)
        .assert()
        .success();

    // Word: the chart as a PNG picture with its relationship, content type and alt text.
    let parts = docx_parts(&docx);
    let media: Vec<&(String, Vec<u8>)> = parts
        .iter()
        .filter(|(n, _)| n.starts_with("word/media/"))
        .collect();
    // The status chart, the actions chart, and one chart per measured indicator (two).
    assert_eq!(media.len(), 4, "four chart pictures");
    assert!(media[0].1.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(media[0].0.ends_with(".png"));
    let part = |name: &str| {
        String::from_utf8(parts.iter().find(|(n, _)| n == name).unwrap().1.clone()).unwrap()
    };
    let target = media[0].0.trim_start_matches("word/");
    assert!(
        part("word/_rels/document.xml.rels").contains(target),
        "no relationship to {target}"
    );
    assert!(part("[Content_Types].xml").contains("image/png"));
    let document = part("word/document.xml");
    assert!(document.contains("descr=\"Of 8 recommendations of A/HRC/59/15: 4 not started, 2 in progress, 1 implemented, 1 not applicable."), "no alt text");
    let pic = png::Decoder::new(std::io::Cursor::new(&media[0].1))
        .read_info()
        .unwrap();
    let mut buf = vec![0; pic.output_buffer_size()];
    let mut reader = pic;
    let info = reader.next_frame(&mut buf).unwrap();
    let px: Vec<[u8; 3]> = buf[..info.buffer_size()]
        .chunks(4)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    assert!(
        has_colour(&px, (0.93, 0.62, 0.11)) && has_colour(&px, (0.13, 0.47, 0.27)),
        "the picture shows the bars"
    );

    // poppler reads the PDF back (CI installs it; without it the file checks are skipped).
    let (Some(pdftotext_tool), Some(pdftoppm)) = (
        tools::required_tool("pdftotext", "poppler-utils"),
        tools::required_tool("pdftoppm", "poppler-utils"),
    ) else {
        return;
    };
    let text = pdftotext(&pdftotext_tool, &pdf);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for p in COVERED {
        assert!(
            flat.contains(&format!("A/HRC/59/15, para. {p}")),
            "{p} not cited:\n{text}"
        );
    }
    for p in NOT_COVERED {
        assert!(
            !flat.contains(&format!("para. {p}:")),
            "{p} cited but the city did nothing on it"
        );
        assert!(!flat.contains(&format!("para. {p} ")), "{p} cited");
    }
    for expected in [
        "Build 400 social rental homes — in progress, due 31 December 2027",
        "Connect Njivice settlement to the water network — done, due 30 June 2026",
        "Train municipal staff on hate speech — planned",
        "Social rental homes completed: latest 172 homes (31 October 2026);",
        "400 homes by 31 December 2027",
        "43% of the way to the target",
        "Households connected to drinking water: latest 86 households",
        "Council decision 2026/114",
        "Response of the State: Partially supported",
        "Status in the city: In progress",
        "Exampleville",
        "Housing and Roma inclusion",
    ] {
        assert!(flat.contains(expected), "missing “{expected}” in:\n{text}");
    }
    // The chart's numbers as text under it (its text alternative).
    assert!(
        flat.contains("Recommendations by status in the city, per theme (A/HRC/59/15)"),
        "{text}"
    );
    // The housing row: 1 not started, 2 in progress, 0, 0, 3 in all (the theme's column is
    // as wide as its longest name, so the name stands whole before the numbers).
    assert!(
        flat.contains("Right to adequate housing 1 2 0 0 3"),
        "{text}"
    );
    // The header row, in reading order whatever wraps in its cells.
    let bare = |t: &str| t.split_whitespace().collect::<String>();
    let tagged = bare(&tags::read(&std::fs::read(&pdf).unwrap(), "midterm").reading);
    assert!(
        tagged.contains(&bare(
            "Theme Not started In progress Implemented Not applicable Total"
        )),
        "{tagged}"
    );

    // The chart's bars, drawn in the status colours on the page that carries it.
    let pages = tempfile::tempdir().unwrap();
    let ok = std::process::Command::new(&pdftoppm)
        .args(["-png", "-r", "60"])
        .arg(&pdf)
        .arg(pages.path().join("p"))
        .status()
        .unwrap();
    assert!(ok.success());
    let mut found = false;
    for entry in std::fs::read_dir(pages.path()).unwrap() {
        let px = page_colours(&entry.unwrap().path());
        if has_colour(&px, (0.93, 0.62, 0.11)) && has_colour(&px, (0.13, 0.47, 0.27)) {
            found = true;
        }
    }
    assert!(
        found,
        "no page shows the in-progress (amber) and implemented (green) bars"
    );
}

#[test]
fn the_chart_follows_the_data_of_the_day_it_is_exported() {
    let seed = seeded();
    let e = seed.engagement.to_string();
    let made = generated(&seed.db, "upr-midterm", &e, None);
    let id = made["submission_id"].as_i64().unwrap();
    let mut s = Store::open(&seed.db).unwrap();
    let before = s.submission_detail(id).unwrap();
    // The status chart, the actions chart and one chart per measured indicator (two).
    assert_eq!(before.charts.len(), 4);
    assert_eq!(before.charts[0].chart, ChartKind::StatusByTheme);
    assert_eq!(
        before.charts[0].symbol.as_deref(),
        Some("A/HRC/59/15"),
        "the only document"
    );
    let housing = |d: &cityrights::drafting::SubmissionDetail| {
        // Theme, Not started, In progress, Implemented, Not applicable, Total.
        d.charts[0]
            .table
            .iter()
            .find(|row| row[0] == "Right to adequate housing")
            .unwrap()[3]
            .parse::<usize>()
            .unwrap()
    };
    assert_eq!(housing(&before), 0);
    let r = s
        .list_recommendations(&Default::default(), 100, 0)
        .unwrap()
        .items
        .into_iter()
        .find(|r| r.paragraph == "140.7")
        .unwrap();
    s.set_city_fields(
        r.id,
        &CityFields {
            competence: Competence::Shared,
            department: "Housing".into(),
            local_status: LocalStatus::Implemented,
        },
    )
    .unwrap();
    assert_eq!(housing(&s.submission_detail(id).unwrap()), 1);
    let pdf = s.export_pdf(id).unwrap();
    let chart = pdf
        .report
        .boxes
        .iter()
        .find(|b| b.kind == cityrights::export::pdf::BoxKind::Chart)
        .expect("the PDF places the chart");
    assert!(chart.text.contains("2 implemented"), "{}", chart.text);
}

#[test]
fn follow_up_and_local_reports_use_their_templates() {
    let seed = seeded();
    let e = seed.engagement.to_string();
    let local = generated(&seed.db, "local", &e, None);
    let titles = titles_of(&local);
    assert_eq!(
        titles,
        [
            "Foreword",
            "The city's commitments",
            "Progress by theme",
            "UN recommendations and their follow-up",
            "Participation",
            "Indicators",
            "Next steps"
        ]
    );
    assert_eq!(
        local["recommendations_covered"].as_array().unwrap().len(),
        COVERED.len()
    );
    // Its charts: the status chart (progress by theme), the indicator charts (under
    // "Indicators"), and the actions chart (under "Next steps"), in that order.
    let store = Store::open(&seed.db).unwrap();
    let local_id = local["submission_id"].as_i64().unwrap();
    let sections = store.sections(local_id).unwrap();
    let kinds_in = |title: &str| -> Vec<ChartKind> {
        let section = sections.iter().find(|s| s.title == title).unwrap();
        section
            .content
            .blocks
            .iter()
            .filter_map(|b| match b {
                cityrights::document::Block::Chart { chart, .. } => Some(*chart),
                _ => None,
            })
            .collect()
    };
    assert_eq!(kinds_in("Progress by theme"), [ChartKind::StatusByTheme]);
    assert_eq!(
        kinds_in("Indicators"),
        [ChartKind::IndicatorOverTime, ChartKind::IndicatorOverTime]
    );
    assert_eq!(kinds_in("Next steps"), [ChartKind::ActionsByDepartment]);
    drop(store);
    if let Ok(dir) = std::env::var("REPORT_SAMPLE_DIR") {
        // Pages to look at (README's "Reports generated from the evidence").
        let sid = local["submission_id"].as_i64().unwrap().to_string();
        let pdf = Path::new(&dir).join("local-report.pdf");
        cli(&seed.db)
            .args(["export", "pdf", "--submission", &sid, "-o"])
            .arg(&pdf)
            .assert()
            .success();
    }

    // A treaty body's follow-up information needs a treaty-body engagement.
    let msg = refused(
        &seed.db,
        &[generate("tb-follow-up", &e, None), vec!["--json"]].concat(),
    );
    assert!(msg.contains("not for this mechanism"), "{msg}");
    let cescr = json(
        &seed.db,
        &[
            "engagements",
            "add",
            "--mechanism",
            "CESCR",
            "--title",
            "CESCR review of Slovenia",
            "--state",
            "Slovenia",
            "--json",
        ],
    );
    let c = cescr["id"].as_i64().unwrap().to_string();
    let tb = generated(&seed.db, "tb-follow-up", &c, Some("A/HRC/59/15"));
    let titles = titles_of(&tb);
    assert_eq!(
        titles,
        [
            "Summary",
            "Recommendations singled out for follow-up",
            "What the city has done",
            "Sources"
        ]
    );
}

#[test]
fn bad_requests_are_refused_and_make_nothing() {
    let seed = seeded();
    let e = seed.engagement.to_string();
    let before = json(&seed.db, &["submissions", "list", "--json"])
        .as_array()
        .unwrap()
        .len();
    let msg = refused(&seed.db, &generate("annual", &e, None));
    assert!(
        msg.contains(
            "\"annual\" is not a kind of report. Use one of: upr-midterm, tb-follow-up, local."
        ),
        "{msg}"
    );
    let msg = refused(&seed.db, &generate("upr-midterm", &e, Some("A/HRC/1/1")));
    assert!(msg.contains("No recommendation of \"A/HRC/1/1\""), "{msg}");
    let msg = refused(&seed.db, &generate("upr-midterm", "999", None));
    assert!(!msg.is_empty());
    assert_eq!(
        json(&seed.db, &["submissions", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        before
    );
}

#[test]
fn the_word_file_of_a_report_is_the_same_when_exported_twice() {
    let seed = seeded();
    let e = seed.engagement.to_string();
    let made = generated(&seed.db, "upr-midterm", &e, Some("A/HRC/59/15"));
    let id = made["submission_id"].as_i64().unwrap();
    let s = Store::open(&seed.db).unwrap();
    let first = s.export_docx(id).unwrap();
    assert_eq!(
        s.export_docx(id).unwrap(),
        first,
        "picture ids are numbered per file"
    );
    assert_eq!(
        s.export_pdf(id).unwrap().bytes,
        s.export_pdf(id).unwrap().bytes
    );
}

/// A mid-term report on A/HRC/59/15 generated in the language `code`.
fn midterm_in(db: &Path, engagement: &str, code: &str) -> Value {
    json(
        db,
        &[
            "report",
            "generate",
            "--kind",
            "upr-midterm",
            "--engagement",
            engagement,
            "--symbol",
            "A/HRC/59/15",
            "--language",
            code,
            "--json",
        ],
    )
}

/// A mid-term report on A/HRC/59/15 generated now, as the submission screen reads it.
fn midterm_detail(seed: &Seeded) -> (Store, cityrights::drafting::SubmissionDetail) {
    let e = seed.engagement.to_string();
    let made = generated(&seed.db, "upr-midterm", &e, Some("A/HRC/59/15"));
    let s = Store::open(&seed.db).unwrap();
    let detail = s
        .submission_detail(made["submission_id"].as_i64().unwrap())
        .unwrap();
    (s, detail)
}

/// The Word file of a submission: its parts, and its document.xml as text.
fn docx_of(s: &Store, id: i64) -> (Vec<(String, Vec<u8>)>, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.docx");
    std::fs::write(&path, s.export_docx(id).unwrap()).unwrap();
    let parts = docx_parts(&path);
    let document = parts
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .map(|(_, b)| String::from_utf8(b.clone()).unwrap())
        .unwrap();
    (parts, document)
}

/// The Figures of a tagged PDF with their alternative text, in reading order.
fn figure_alts(bytes: &[u8]) -> Vec<String> {
    let tagged = tags::read(bytes, "report");
    tagged
        .elements
        .iter()
        .filter(|e| e.role == "Figure")
        .map(|e| lopdf::decode_text_string(e.dict.get(b"Alt").unwrap()).unwrap())
        .collect()
}

const ACTIONS_ALT: &str = "Of 3 actions on the recommendations of A/HRC/59/15: 1 planned, 1 in progress, 1 done, 0 delayed, 0 dropped.";
const HOMES_ALT: &str = "Social rental homes completed: baseline 0 homes (31 December 2024), target 400 homes by 31 December 2027; 2 measurements, the latest 172 homes (31 October 2026).";

#[test]
fn the_report_draws_the_actions_by_department_and_each_measured_indicator_over_time() {
    let seed = seeded();
    let e = seed.engagement.to_string();
    let made = generated(&seed.db, "upr-midterm", &e, Some("A/HRC/59/15"));
    let id = made["submission_id"].as_i64().unwrap();
    let s = Store::open(&seed.db).unwrap();
    let detail = s.submission_detail(id).unwrap();
    let kinds: Vec<(ChartKind, Option<i64>)> = detail
        .charts
        .iter()
        .map(|c| (c.chart, c.indicator))
        .collect();
    let indicators: Vec<i64> = s.indicators(None).unwrap().iter().map(|i| i.id).collect();
    assert_eq!(
        kinds,
        [
            (ChartKind::StatusByTheme, None),
            (ChartKind::ActionsByDepartment, None),
            (ChartKind::IndicatorOverTime, Some(indicators[0])),
            (ChartKind::IndicatorOverTime, Some(indicators[1])),
        ]
    );
    // The actions chart counts what the plan screen counts (one function).
    let plan = cityrights::app::plan::plan_charts(&s).unwrap();
    let actions = &detail.charts[1];
    assert_eq!(actions.alt, ACTIONS_ALT);
    for d in &plan.by_department {
        let row = actions.table.iter().find(|r| r[0] == d.department).unwrap();
        let counts: Vec<String> = d.counts.iter().map(u32::to_string).collect();
        assert_eq!(row[1..6], counts[..], "{}", d.department);
    }
    let homes = &detail.charts[2];
    assert_eq!(homes.alt, HOMES_ALT);
    assert_eq!(
        homes.table,
        [
            vec!["Date", "Value", "Source"],
            vec!["31 December 2024", "0 homes", "Baseline"],
            vec![
                "31 December 2025",
                "60 homes",
                "Municipal housing and utility registers"
            ],
            vec![
                "31 October 2026",
                "172 homes",
                "Municipal housing and utility registers"
            ],
            vec!["31 December 2027", "400 homes", "Target"],
        ]
    );

    // The PDF: each chart a Figure with its numbers as alternative text, in reading order,
    // and its caption and table as text, the caption before the table.
    let pdf = s.export_pdf(id).unwrap();
    let alts = figure_alts(&pdf.bytes);
    assert_eq!(alts.len(), 4, "{alts:?}");
    assert_eq!(alts[1], ACTIONS_ALT);
    assert_eq!(alts[2], HOMES_ALT);
    // The tagged text is read without the spaces between lines and cells.
    let bare = |t: &str| t.split_whitespace().collect::<String>();
    let flat = bare(&tags::read(&pdf.bytes, "report").reading);
    let order = [
        "Actions of the implementation plan by status, per lead department (A/HRC/59/15)",
        "Lead department Planned In progress Done Delayed Dropped Total",
        "Housing 0 1 0 0 0 1",
        "Social rental homes completed: values against the target over time",
        "Date Value Source 31 December 2024 0 homes Baseline 31 December 2025 60 homes Municipal housing and utility registers",
        "31 December 2027 400 homes Target",
        "Households connected to drinking water: values against the target over time",
    ];
    let mut at = 0;
    for want in order.map(bare) {
        let found = flat[at..]
            .find(&want)
            .unwrap_or_else(|| panic!("no “{want}” after {at} in:\n{flat}"));
        at += found + want.len();
    }
    // The line chart's strokes: a dashed target line in the PDF's content.
    let doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    let dashed = doc.get_pages().values().any(|&p| {
        let content = doc.get_and_decode_page_content(p).unwrap();
        content.operations.iter().any(|op| {
            op.operator == "d"
                && op
                    .operands
                    .first()
                    .and_then(|a| a.as_array().ok())
                    .is_some_and(|a| !a.is_empty())
        })
    });
    assert!(dashed, "no dashed (target) line in the PDF");

    // Word: a picture per chart, each with its numbers as alternative text.
    let (_, document) = docx_of(&s, id);
    for alt in [ACTIONS_ALT, HOMES_ALT] {
        assert!(
            document.contains(&format!("descr=\"{alt}\"")),
            "no picture described “{alt}”"
        );
    }
    assert!(document.contains("Lead department"));

    // The same report in Arabic, to look at (`REPORT_SAMPLE_DIR=DIR`): mirrored charts.
    if let Ok(out) = std::env::var("REPORT_SAMPLE_DIR") {
        let out = PathBuf::from(out);
        std::fs::write(out.join("midterm-report-charts.pdf"), &pdf.bytes).unwrap();
        let made = midterm_in(&seed.db, &e, "ar");
        let ar = made["submission_id"].as_i64().unwrap();
        std::fs::write(
            out.join("midterm-report-ar.pdf"),
            s.export_pdf(ar).unwrap().bytes,
        )
        .unwrap();
        std::fs::write(
            out.join("midterm-report-ar.docx"),
            s.export_docx(ar).unwrap(),
        )
        .unwrap();
    }
}

#[test]
fn an_indicator_deleted_or_never_measured_is_said_in_words() {
    let seed = seeded();
    let e = seed.engagement.to_string();
    let made = generated(&seed.db, "upr-midterm", &e, Some("A/HRC/59/15"));
    let id = made["submission_id"].as_i64().unwrap();
    let mut s = Store::open(&seed.db).unwrap();
    let water = s.indicators(None).unwrap()[1].id;
    // A new indicator, never measured, charted by hand in the last section.
    let fresh = s
        .create_indicator(&IndicatorInput {
            recommendation: Some(
                s.list_recommendations(&Default::default(), 100, 0)
                    .unwrap()
                    .items[0]
                    .id,
            ),
            name: "Shelter beds".into(),
            unit: "beds".into(),
            baseline: "20".into(),
            baseline_date: "2025-01-01".into(),
            target: "60".into(),
            target_date: "2027-06-30".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    let last = s.sections(id).unwrap().pop().unwrap();
    let mut content = last.content.clone();
    content.blocks.push(cityrights::document::Block::Chart {
        chart: ChartKind::IndicatorOverTime,
        symbol: None,
        indicator: Some(fresh),
        caption: String::new(),
    });
    s.save_section(last.id, &last.title, &content, last.version)
        .unwrap();
    s.delete_indicator(water).unwrap();

    let detail = s.submission_detail(id).unwrap();
    let gone = detail
        .charts
        .iter()
        .find(|c| c.indicator == Some(water))
        .unwrap();
    assert!(gone.table.is_empty());
    let gone_sentence = "The indicator this chart showed has been deleted from the implementation plan, so there is nothing to draw.";
    assert_eq!(gone.alt, gone_sentence);
    let beds = detail
        .charts
        .iter()
        .find(|c| c.indicator == Some(fresh))
        .unwrap();
    assert_eq!(
        beds.table[1..],
        [
            vec!["1 January 2025", "20 beds", "Baseline"],
            vec!["30 June 2027", "60 beds", "Target"],
        ]
    );
    assert!(
        beds.alt.ends_with("no measurement has been recorded yet."),
        "{}",
        beds.alt
    );

    // The PDF: the sentence in place of the deleted one's figure (no empty frame), the
    // never-measured one drawn (its baseline and target).
    let pdf = s.export_pdf(id).unwrap();
    let alts = figure_alts(&pdf.bytes);
    assert!(!alts.iter().any(|a| a == gone_sentence), "{alts:?}");
    assert!(
        alts.iter()
            .any(|a| a.starts_with("Shelter beds: baseline 20 beds")),
        "{alts:?}"
    );
    let bare = |t: &str| t.split_whitespace().collect::<String>();
    let flat = bare(&tags::read(&pdf.bytes, "report").reading);
    assert!(flat.contains(&bare(gone_sentence)), "{flat}");
    assert!(
        flat.contains(&bare("Shelter beds: values against the target over time")),
        "{flat}"
    );
    // Word: the same sentence, and no picture for it.
    let (parts, document) = docx_of(&s, id);
    let media = parts
        .iter()
        .filter(|(n, _)| n.starts_with("word/media/"))
        .count();
    assert_eq!(media, 4, "status, actions, homes, shelter beds");
    assert!(document.contains(gone_sentence));
}

#[test]
fn a_chart_block_saved_before_indicators_were_charted_still_loads() {
    let old = r#"{"blocks":[{"type":"chart","chart":"status_by_theme","symbol":"A/HRC/59/15","caption":""}]}"#;
    let content: cityrights::document::Content = serde_json::from_str(old).unwrap();
    assert_eq!(
        content.blocks[0],
        cityrights::document::Block::Chart {
            chart: ChartKind::StatusByTheme,
            symbol: Some("A/HRC/59/15".into()),
            indicator: None,
            caption: String::new(),
        }
    );
    // And is written back as it was: no new field on the old kinds.
    assert_eq!(serde_json::to_string(&content).unwrap(), old);
}

/// A report in French: the new charts' captions, legends, table headers and text alternatives
/// in French, and none of their English words left in the PDF.
#[test]
fn the_charts_of_a_french_report_are_in_french() {
    let seed = seeded();
    let e = seed.engagement.to_string();
    let made = midterm_in(&seed.db, &e, "fr");
    let id = made["submission_id"].as_i64().unwrap();
    let s = Store::open(&seed.db).unwrap();
    let detail = s.submission_detail(id).unwrap();
    assert!(
        detail.charts[1]
            .alt
            .starts_with("Sur 3 actions relatives aux recommandations du document A/HRC/59/15 : "),
        "{}",
        detail.charts[1].alt
    );
    let pdf = s.export_pdf(id).unwrap();
    let bare = |t: &str| t.split_whitespace().collect::<String>();
    let flat = bare(&tags::read(&pdf.bytes, "report-fr").reading);
    for french in [
        "Actions du plan de mise en œuvre selon leur statut, par service chef de file (A/HRC/59/15)",
        "Service chef de file",
        "Social rental homes completed : valeurs au regard de la cible dans le temps",
        "Date Valeur Source 31 décembre 2024 0 homes Valeur de référence",
        "400 homes Cible",
    ] {
        assert!(flat.contains(&bare(french)), "no “{french}” in\n{flat}");
    }
    for english in ["Lead department", "values against the target", "Baseline"] {
        assert!(!flat.contains(&bare(english)), "“{english}” in\n{flat}");
    }
    // The figures' own labels (legend, value axis) are page text too, outside the tags.
    if let Some(tool) = tools::required_tool("pdftotext", "poppler-utils") {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fr.pdf");
        std::fs::write(&path, &pdf.bytes).unwrap();
        let text = pdftotext(&tool, &path);
        for french in ["Valeurs mesurées", "Valeur (homes)", "Prévue", "Terminée"] {
            assert!(text.contains(french), "no “{french}” in\n{text}");
        }
        for english in ["Measured", "Value (homes)", "Planned"] {
            assert!(!text.contains(english), "“{english}” in\n{text}");
        }
        // The seven-column header of the actions table keeps its words whole: its columns
        // are as wide as what they hold (equal shares split "Abandonnée" into "Abandonné" and a
        // lone "e" on the next line).
        assert!(
            text.contains("Abandonnée") && !text.lines().any(|l| l.trim() == "e"),
            "a header word split in\n{text}"
        );
    }
    let alts = figure_alts(&pdf.bytes);
    assert!(
        alts.iter()
            .any(|a| a.starts_with("Social rental homes completed : valeur de référence 0 homes")),
        "{alts:?}"
    );
}

/// Every text of a submission's sections, from their stored JSON.
fn section_texts(s: &Store, id: i64) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(t)) = o.get("text") {
                    out.push(t.clone());
                }
                o.values().for_each(|x| walk(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for section in s.sections(id).unwrap() {
        walk(&serde_json::to_value(&section.content).unwrap(), &mut out);
    }
    out
}

/// A Chinese report's sentences put together by the app end and part as Chinese writes them:
/// the full-width colon, semicolon, brackets and full stop, not the English ones.
#[test]
fn a_chinese_reports_sentences_use_chinese_punctuation() {
    let seed = seeded();
    let made = midterm_in(&seed.db, &seed.engagement.to_string(), "zh");
    let s = Store::open(&seed.db).unwrap();
    let texts = section_texts(&s, made["submission_id"].as_i64().unwrap());
    let homes = texts
        .iter()
        .find(|t| t.starts_with("Social rental homes completed"))
        .unwrap_or_else(|| panic!("no indicator sentence in {texts:?}"));
    assert!(
        homes.starts_with("Social rental homes completed：") && homes.contains('；'),
        "{homes}"
    );
    assert!(homes.ends_with('。') || homes.ends_with('）'), "{homes}");
    assert!(!homes.contains("; ") && !homes.contains(": "), "{homes}");
    let action = texts
        .iter()
        .find(|t| t.starts_with(" — ") && t.contains("2027年12月31日"))
        .unwrap_or_else(|| panic!("no action sentence with a Chinese date in {texts:?}"));
    assert!(action.ends_with('。') && action.contains('，'), "{action}");
    assert!(homes.contains("（2026年10月31日）"), "{homes}");
    // A recommendation's line: the full-width colon, the language's quotation marks and
    // brackets, the States parted by "、", and the status lines ending in "。".
    let all = texts.concat();
    assert!(all.contains("：“Ensure access to adequate"), "{all}");
    assert!(all.contains("Finland、Spain）"), "{all}");
    assert!(!all.contains("\u{201d} (") && !all.contains(". "), "{all}");
}

/// A report writes its dates and numbers as its language does, as its title page does: a
/// French report's action is due "31 décembre 2027", not "2027-12-31", and a value reads
/// "86,5", in its sentences and its table.
#[test]
fn a_french_reports_dates_read_as_french() {
    let seed = seeded();
    // A value with decimals: a French reader reads "86,5", not "86.5".
    let mut s = Store::open(&seed.db).unwrap();
    let water = s
        .indicators(None)
        .unwrap()
        .into_iter()
        .find(|i| i.name.starts_with("Households connected"))
        .unwrap();
    s.add_measurement(&MeasurementInput {
        indicator: water.id,
        value: "86.5".into(),
        date: "2026-11-30".into(),
        source: "Register".into(),
    })
    .unwrap();
    drop(s);
    let made = midterm_in(&seed.db, &seed.engagement.to_string(), "fr");
    let s = Store::open(&seed.db).unwrap();
    let texts = section_texts(&s, made["submission_id"].as_i64().unwrap());
    let all = texts.join("\n");
    assert!(all.contains("31 décembre 2027"), "{all}");
    assert!(all.contains("(31 octobre 2026)"), "{all}");
    assert!(
        !all.contains("2027-12-31") && !all.contains("2026-10-31"),
        "{all}"
    );
    assert!(all.contains("86,5 households (30 novembre 2026)"), "{all}");
    // Its quotation marks too: « … » with no-break spaces inside.
    let joined = texts.concat();
    assert!(
        joined.contains("\u{a0}: «\u{a0}Ensure access to adequate"),
        "{joined}"
    );
}

/// A plan with more measured indicators than a report charts: the first twelve (in the order
/// the report cites them) get a chart, and a sentence says how many more there are.
#[test]
fn a_report_charts_twelve_indicators_at_most_and_says_how_many_more() {
    let seed = seeded();
    let mut s = Store::open(&seed.db).unwrap();
    let homes = s.actions(None).unwrap()[0].id;
    for n in 0..12 {
        let i = s
            .create_indicator(&IndicatorInput {
                action: Some(homes),
                name: format!("Extra indicator {n}"),
                unit: "homes".into(),
                baseline: "0".into(),
                baseline_date: "2024-12-31".into(),
                target: "10".into(),
                target_date: "2027-12-31".into(),
                ..Default::default()
            })
            .unwrap();
        s.add_measurement(&MeasurementInput {
            indicator: i.id,
            value: "3".into(),
            date: "2026-01-31".into(),
            source: "Register".into(),
        })
        .unwrap();
    }
    drop(s);
    let (_, detail) = midterm_detail(&seed);
    let charted = detail
        .charts
        .iter()
        .filter(|c| c.chart == ChartKind::IndicatorOverTime)
        .count();
    assert_eq!(charted, cityrights::app::report::INDICATOR_CHARTS_MAX);
    let text = serde_json::to_string(
        &detail
            .sections
            .iter()
            .map(|v| &v.section.content)
            .collect::<Vec<_>>(),
    )
    .unwrap();
    assert!(
        text.contains(
            "2 more indicators have measurements; their values are given with the recommendations they measure."
        ),
        "{text}"
    );
}

/// The actions chart of a report on one document counts only the actions on that document's
/// recommendations; the Plan screen's chart (the same function, no document) counts them all.
#[test]
fn the_actions_chart_of_a_report_counts_the_actions_on_its_document() {
    let seed = seeded();
    let mut s = Store::open(&seed.db).unwrap();
    let other = s
        .create_recommendation(&RecommendationInput {
            symbol: "CESCR/C/SVN/CO/3".into(),
            paragraph: "12".into(),
            text: "Improve public transport for persons with disabilities".into(),
            mechanism: "CESCR".into(),
            ..Default::default()
        })
        .unwrap();
    s.create_action(&ActionInput {
        title: "Low-floor buses".into(),
        department: "Transport".into(),
        status: ActionStatus::Delayed,
        recommendations: vec![other.id],
        ..Default::default()
    })
    .unwrap();
    drop(s);
    let (s, detail) = midterm_detail(&seed);
    let actions = detail
        .charts
        .iter()
        .find(|c| c.chart == ChartKind::ActionsByDepartment)
        .unwrap();
    assert_eq!(actions.alt, ACTIONS_ALT);
    assert!(!actions.table.iter().any(|r| r[0] == "Transport"));
    let plan = cityrights::app::plan::plan_charts(&s).unwrap();
    assert!(plan
        .by_department
        .iter()
        .any(|d| d.department == "Transport"));
}

//! The implementation matrix in Excel (issue #15, part 7) and `recommendations update`, through
//! the command line exactly as later checks call them: a round trip through the workbook
//! changes only the cells edited, LibreOffice opens it and reads it back, a workbook that is not
//! the matrix or holds a bad value changes nothing, and hostile workbooks are refused while
//! they are read.

#[path = "support/tools.rs"]
mod tools;

#[path = "support/cli.rs"]
mod support_cli;

use cityrights::formats::xlsx;
use cityrights::Store;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use support_cli::{cli, json, refused};

const CSV: &str = "Paragraph,Recommendation,Recommending States,SDGs\n\
140.1,Adopt a national housing strategy,Algeria,\"1 - NO POVERTY; 11 - SUSTAINABLE CITIES AND COMMUNITIES\"\n\
140.2,Build the capacity of local police,Chile,16 - PEACE JUSTICE AND STRONG INSTITUTIONS\n\
140.3,=HYPERLINK(\"http://x\") Ratify ILO Convention No. 189,,\n";

/// A database with three recommendations of A/HRC/59/15 (ids 1 to 3), the first with a
/// status, a department, an evidence note, an action and an indicator.
fn matrix_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let csv = dir.path().join("r.csv");
    std::fs::write(&csv, CSV).unwrap();
    cli(&db)
        .args(["recommendations", "import-csv"])
        .arg(&csv)
        .args(["--symbol", "A/HRC/59/15", "--map", "sdgs=SDGs"])
        .assert()
        .success();
    json(
        &db,
        &[
            "recommendations",
            "update",
            "1",
            "--local-status",
            "in_progress",
            "--department",
            "Housing department",
            "--evidence",
            "Council decision 2026/14 funds 200 homes",
            "--json",
        ],
    );
    json(
        &db,
        &[
            "actions",
            "add",
            "--title",
            "Open two shelters",
            "--recommendation",
            "1",
            "--due",
            "2027-06-30",
            "--json",
        ],
    );
    json(
        &db,
        &[
            "indicators",
            "add",
            "--action",
            "1",
            "--name",
            "Homes built",
            "--unit",
            "homes",
            "--baseline",
            "0",
            "--baseline-date",
            "2025-01-01",
            "--target",
            "500",
            "--target-date",
            "2030-12-31",
            "--json",
        ],
    );
    (dir, db)
}

fn export(db: &Path, file: &Path) {
    cli(db)
        .args(["recommendations", "export-xlsx", "-o"])
        .arg(file)
        .assert()
        .success();
}

fn import(db: &Path, file: &Path, dry_run: bool) -> Value {
    let file = file.to_str().unwrap();
    let mut args = vec!["recommendations", "import-xlsx", file, "--json"];
    if dry_run {
        args.push("--dry-run");
    }
    json(db, &args)
}

/// Runs an import that must be refused; returns its message.
fn import_refused(db: &Path, file: &Path) -> String {
    refused(
        db,
        &[
            "recommendations",
            "import-xlsx",
            file.to_str().unwrap(),
            "--json",
        ],
    )
}

/// Everything the city recorded, as the CLI lists it, and every evidence note.
fn state(db: &Path) -> (Value, Vec<(i64, String, String)>) {
    let list = json(db, &["recommendations", "list", "--json"]);
    let store = Store::open(db).unwrap();
    let mut notes = Vec::new();
    for r in list.as_array().unwrap() {
        let id = r["id"].as_i64().unwrap();
        for e in store.recommendation_detail(id).unwrap().evidence {
            notes.push((id, e.noted_on, e.note));
        }
    }
    (list, notes)
}

/// The workbook with `edit` applied to its sheet, written again (through the same plain-rows
/// writer, which keeps every other cell as it was read).
fn edited(file: &Path, out: &Path, edit: impl FnOnce(&mut xlsx::Sheet)) {
    let mut sheet = xlsx::read(&std::fs::read(file).unwrap()).unwrap();
    edit(&mut sheet);
    let columns: Vec<xlsx::Column> = sheet
        .headers
        .iter()
        .map(|h| xlsx::Column {
            header: h,
            width: 20.0,
        })
        .collect();
    let rows: Vec<Vec<String>> = sheet.rows.iter().map(|r| r.cells.clone()).collect();
    std::fs::write(out, xlsx::write(&sheet.name, &columns, 0, &rows).unwrap()).unwrap();
}

fn column(sheet: &xlsx::Sheet, header: &str) -> usize {
    sheet.headers.iter().position(|h| h == header).unwrap()
}

/// The row of paragraph `p`.
fn row_of(sheet: &xlsx::Sheet, p: &str) -> usize {
    let at = column(sheet, "Paragraph");
    sheet.rows.iter().position(|r| r.cells[at] == p).unwrap()
}

#[test]
fn the_matrix_has_every_column_and_what_the_city_recorded() {
    let (dir, db) = matrix_db();
    let file = dir.path().join("matrix.xlsx");
    export(&db, &file);
    let sheet = xlsx::read(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(sheet.name, "Implementation matrix");
    assert_eq!(
        sheet.headers,
        [
            "ID",
            "Symbol",
            "Paragraph",
            "UHRI annotation id",
            "Recommendation",
            "Recommending States",
            "Response",
            "Themes",
            "Groups of persons",
            "SDG goals",
            "SDG targets",
            "Competence",
            "Department",
            "Actions",
            "Indicators",
            "Local status",
            "Evidence"
        ]
    );
    assert_eq!(sheet.rows.len(), 3);
    let first = &sheet.rows[row_of(&sheet, "140.1")].cells;
    let cell = |h: &str| first[column(&sheet, h)].as_str();
    assert_eq!(cell("ID"), "1");
    assert_eq!(cell("Symbol"), "A/HRC/59/15");
    assert_eq!(cell("Recommending States"), "Algeria");
    assert_eq!(
        cell("SDG goals"),
        "1 No poverty; 11 Sustainable cities and communities"
    );
    assert_eq!(cell("Department"), "Housing department");
    assert_eq!(cell("Local status"), "In progress");
    assert!(cell("Evidence").ends_with(": Council decision 2026/14 funds 200 homes"));
    assert_eq!(
        cell("Actions"),
        "Open two shelters (planned, due 2027-06-30)"
    );
    assert_eq!(
        cell("Indicators"),
        "Homes built: not measured yet (baseline 0 homes on 2025-01-01, target 500 homes by 2030-12-31)"
    );
    // A formula from outside stays text: the cell is a string, written as it came.
    let third = &sheet.rows[row_of(&sheet, "140.3")].cells;
    assert!(third[column(&sheet, "Recommendation")].starts_with("=HYPERLINK"));
    // The header row, the filter, the frozen panes and the wrapped text are in the sheet.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&file).unwrap()).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut xml,
    )
    .unwrap();
    assert!(xml.contains("<autoFilter ref=\"A1:Q4\""), "{xml}");
    assert!(xml.contains("state=\"frozen\""), "{xml}");
    assert!(xml.contains("<col "), "column widths: {xml}");
    let mut styles = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/styles.xml").unwrap(), &mut styles).unwrap();
    assert!(styles.contains("wrapText=\"1\""), "{styles}");
    // --symbol keeps to one document.
    let none = dir.path().join("none.xlsx");
    cli(&db)
        .args([
            "recommendations",
            "export-xlsx",
            "--symbol",
            "A/HRC/44/6",
            "-o",
        ])
        .arg(&none)
        .assert()
        .success();
    assert!(xlsx::read(&std::fs::read(&none).unwrap())
        .unwrap()
        .rows
        .is_empty());
}

#[test]
fn a_round_trip_changes_only_the_edited_cell() {
    let (dir, db) = matrix_db();
    let file = dir.path().join("matrix.xlsx");
    export(&db, &file);
    let before = state(&db);

    // As exported: nothing to change.
    let same = import(&db, &file, false);
    assert_eq!(
        (&same["changed"], &same["unchanged"], &same["unknown"]),
        (&Value::from(0), &Value::from(3), &Value::from(0))
    );
    assert_eq!(state(&db), before);

    // One cell edited: the status of 140.2.
    let one = dir.path().join("one.xlsx");
    edited(&file, &one, |s| {
        let (r, c) = (row_of(s, "140.2"), column(s, "Local status"));
        s.rows[r].cells[c] = "Implemented".into();
    });
    let preview = import(&db, &one, true);
    assert_eq!(preview["dry_run"], true);
    assert_eq!(preview["changed"], 1);
    assert_eq!(preview["unchanged"], 2);
    assert_eq!(preview["unknown"], 0);
    assert_eq!(
        preview["changes"],
        serde_json::json!([{
            "row": 3, "id": 2, "reference": "A/HRC/59/15, para. 140.2", "field": "local_status",
            "from": "Not started", "to": "Implemented"
        }])
    );
    assert_eq!(state(&db), before, "a dry run writes nothing");

    let done = import(&db, &one, false);
    assert_eq!(done["dry_run"], false);
    assert_eq!(done["changed"], 1);
    let (mut list, notes) = state(&db);
    assert_eq!(list[1]["local_status"], "implemented");
    list[1]["local_status"] = "not_started".into();
    assert_eq!((list, notes), before, "only the edited cell changed");
    // The same file again changes nothing more.
    assert_eq!(import(&db, &one, false)["changed"], 0);
}

#[test]
fn evidence_and_departments_come_back_and_unknown_rows_are_reported() {
    let (dir, db) = matrix_db();
    let file = dir.path().join("matrix.xlsx");
    export(&db, &file);
    let edited_file = dir.path().join("edited.xlsx");
    edited(&file, &edited_file, |s| {
        let (ev, dept) = (column(s, "Evidence"), column(s, "Department"));
        let r1 = row_of(s, "140.1");
        s.rows[r1].cells[ev].push_str("\n2026-11-30: Shelter on Main Street opened");
        // The ministry wrote the department in lower case: it is the same one.
        s.rows[r1].cells[dept] = "housing department".into();
        let r3 = row_of(s, "140.3");
        s.rows[r3].cells[dept] = "Social services".into();
        // A row of another document, and one whose ID belongs to another recommendation and
        // whose symbol and paragraph name nothing here.
        let mut other = s.rows[r3].clone();
        other.cells[column(s, "ID")] = "99".into();
        other.cells[column(s, "Paragraph")] = "7.1".into();
        other.number += 1;
        s.rows.push(other);
        let mut foreign = s.rows[r3].clone();
        foreign.cells[column(s, "Symbol")] = "CRC/C/PER/CO/6-7".into();
        foreign.cells[column(s, "ID")] = "1".into();
        s.rows.push(foreign);
    });
    let preview = import(&db, &edited_file, true);
    assert_eq!(preview["changed"], 2, "{preview:#}");
    assert_eq!(preview["unchanged"], 1);
    assert_eq!(preview["unknown"], 2);
    assert_eq!(preview["unknown_rows"][1]["symbol"], "CRC/C/PER/CO/6-7");
    let fields: Vec<(&str, &str)> = preview["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["field"].as_str().unwrap(), c["to"].as_str().unwrap()))
        .collect();
    assert_eq!(
        fields,
        [
            ("evidence", "2026-11-30: Shelter on Main Street opened"),
            ("department", "Social services")
        ]
    );
    import(&db, &edited_file, false);
    let store = Store::open(&db).unwrap();
    let first = store.recommendation_detail(1).unwrap();
    let mut notes: Vec<(&str, &str)> = first
        .evidence
        .iter()
        .map(|e| (e.noted_on.as_str(), e.note.as_str()))
        .collect();
    notes.sort();
    assert_eq!(notes[0], ("2026-11-30", "Shelter on Main Street opened"));
    assert_eq!(notes[1].1, "Council decision 2026/14 funds 200 homes");
    assert_eq!(first.evidence.len(), 2, "the note added, none duplicated");
    assert_eq!(first.recommendation.department, "Housing department");
    assert_eq!(
        store.recommendation(3).unwrap().department,
        "Social services"
    );
}

#[test]
fn a_workbook_that_is_not_the_matrix_is_refused_naming_the_missing_columns() {
    let (dir, db) = matrix_db();
    let file = dir.path().join("other.xlsx");
    let columns = [
        xlsx::Column {
            header: "Symbol",
            width: 10.0,
        },
        xlsx::Column {
            header: "Status",
            width: 10.0,
        },
    ];
    let rows = vec![vec!["A/HRC/59/15".to_string(), "Implemented".to_string()]];
    std::fs::write(&file, xlsx::write("Sheet1", &columns, 0, &rows).unwrap()).unwrap();
    let before = state(&db);
    let message = import_refused(&db, &file);
    assert!(
        message.contains("ID (or Symbol and Paragraph), Local status, Department, Evidence"),
        "{message}"
    );
    assert!(
        message.contains("Its columns are: Symbol, Status"),
        "{message}"
    );
    assert_eq!(state(&db), before);
}

#[test]
fn a_bad_status_in_one_row_changes_nothing_and_says_which_row() {
    let (dir, db) = matrix_db();
    let file = dir.path().join("matrix.xlsx");
    export(&db, &file);
    let bad = dir.path().join("bad.xlsx");
    edited(&file, &bad, |s| {
        let (ev, st) = (column(s, "Evidence"), column(s, "Local status"));
        let (r1, r3) = (row_of(s, "140.1"), row_of(s, "140.3"));
        s.rows[r1].cells[ev] = "2026-12-01: A good note".into();
        s.rows[r3].cells[st] = "Done".into();
    });
    let before = state(&db);
    let message = import_refused(&db, &bad);
    assert!(
        message.contains("Row 4 (A/HRC/59/15, para. 140.3)"),
        "{message}"
    );
    assert!(
        message.contains("\"Done\" is not a local status. Use one of: not_started (Not started)"),
        "{message}"
    );
    assert_eq!(
        state(&db),
        before,
        "the good row of the same file was not written"
    );
    // Two rows for one recommendation are refused too.
    let twice = dir.path().join("twice.xlsx");
    edited(&file, &twice, |s| {
        let copy = s.rows[0].clone();
        s.rows.push(copy);
    });
    let message = import_refused(&db, &twice);
    assert!(
        message.contains("Rows 2 and 5 are both A/HRC/59/15, para. 140.1"),
        "{message}"
    );
}

#[test]
fn libreoffice_opens_the_workbook_and_its_copy_reads_back_unchanged() {
    let Some(soffice) = tools::required_tool("soffice", "libreoffice-calc") else {
        return;
    };
    let (dir, db) = matrix_db();
    let file = dir.path().join("matrix.xlsx");
    export(&db, &file);
    let profile = dir.path().join("lo-profile");
    let convert = |to: &str, out: &Path| {
        let run = std::process::Command::new(&soffice)
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args(["--headless", "--convert-to", to, "--outdir"])
            .arg(out)
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "LibreOffice failed: {}",
            String::from_utf8_lossy(&run.stderr)
        );
    };
    let csv_dir = dir.path().join("csv");
    convert("csv", &csv_dir);
    let csv = std::fs::read_to_string(csv_dir.join("matrix.csv")).unwrap_or_else(|e| {
        panic!("LibreOffice wrote no CSV ({e}): is libreoffice-calc installed?")
    });
    assert!(
        csv.starts_with("ID,Symbol,Paragraph,UHRI annotation id,Recommendation"),
        "{csv}"
    );
    assert!(csv.contains("1,A/HRC/59/15,140.1,"), "{csv}");
    assert!(
        csv.contains("Council decision 2026/14 funds 200 homes"),
        "{csv}"
    );
    // Its formula-looking text is shown as text, not run.
    assert!(
        csv.contains("\"=HYPERLINK(\"\"http://x\"\") Ratify"),
        "{csv}"
    );
    // Saved again by LibreOffice (another writer: its own shared strings and styles), the
    // workbook reads back with nothing to change.
    let copy_dir = dir.path().join("copy");
    convert("xlsx", &copy_dir);
    let again = import(&db, &copy_dir.join("matrix.xlsx"), true);
    assert_eq!(
        (&again["changed"], &again["unchanged"], &again["unknown"]),
        (&Value::from(0), &Value::from(3), &Value::from(0)),
        "{again:#}"
    );
}

/// A zip of `parts` (name, bytes), deflated.
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in parts {
            z.start_file(*name, options).unwrap();
            z.write_all(bytes).unwrap();
        }
        z.finish().unwrap();
    }
    out.into_inner()
}

/// The parts of a real workbook, with `name` replaced by `bytes`.
fn with_part(workbook: &[u8], name: &str, bytes: &[u8]) -> Vec<u8> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(workbook)).unwrap();
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..z.len() {
        let mut e = z.by_index(i).unwrap();
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut e, &mut b).unwrap();
        let replaced = if e.name() == name { bytes.to_vec() } else { b };
        parts.push((e.name().to_string(), replaced));
    }
    let refs: Vec<(&str, &[u8])> = parts
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    zip_of(&refs)
}

#[test]
fn hostile_workbooks_are_refused_while_they_are_read() {
    let columns = [xlsx::Column {
        header: "Symbol",
        width: 10.0,
    }];
    let good = xlsx::write("M", &columns, 0, &[vec!["A/HRC/59/15".into()]]).unwrap();
    let refuse = |bytes: &[u8], expected: &str| {
        let e = xlsx::read(bytes).unwrap_err().to_string();
        assert!(e.contains(expected), "{expected:?} not in {e:?}");
    };
    // A 2 KB sheet that unpacks to more than the limit: stopped at the limit.
    let bomb_size = xlsx::MAX_PART_BYTES as usize + 1024;
    let bomb = with_part(&good, "xl/worksheets/sheet1.xml", &vec![b' '; bomb_size]);
    assert!(
        bomb.len() < 1024 * 1024,
        "the bomb is small: {}",
        bomb.len()
    );
    refuse(&bomb, "larger than 96 MB once unpacked");
    // Shared strings announcing a count calamine would reserve memory for.
    let sst = br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="4000000000000"><si><t>A/HRC/59/15</t></si></sst>"#;
    refuse(
        &with_part(&good, "xl/sharedStrings.xml", sst),
        "announces 4000000000000 different texts",
    );
    // Too many parts.
    let names: Vec<String> = (0..=xlsx::MAX_ENTRIES)
        .map(|i| format!("x/{i}.xml"))
        .collect();
    let many: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    refuse(
        &zip_of(&many),
        "more than any Excel workbook (1000 at most)",
    );
    // A cell far below the table, and one far to the right.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Symbol").unwrap();
    sheet.write_string(xlsx::MAX_ROWS + 5, 0, "x").unwrap();
    refuse(
        &book.save_to_buffer().unwrap(),
        "a cell at A100006, beyond row 100000",
    );
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().write_string(0, 300, "x").unwrap();
    refuse(&book.save_to_buffer().unwrap(), "beyond column 200");
    // Not a workbook at all, an old .xls, and a damaged zip.
    refuse(b"Symbol,Paragraph\n", "not an Excel workbook");
    refuse(
        &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
        "older Excel file (.xls)",
    );
    refuse(&good[..good.len() / 2], "not an Excel workbook");
}

#[test]
fn update_sets_the_follow_up_and_adds_evidence_without_overwriting() {
    let (_dir, db) = matrix_db();
    let r = json(
        &db,
        &[
            "recommendations",
            "update",
            "2",
            "--local-status",
            "In progress",
            "--competence",
            "shared",
            "--department",
            "Police",
            "--json",
        ],
    );
    assert_eq!(r["id"], 2);
    assert_eq!(r["local_status"], "in_progress");
    assert_eq!(r["competence"], "shared");
    assert_eq!(r["department"], "Police");
    assert_eq!(r["sdg_goals"], serde_json::json!([16]));
    assert_eq!(r["evidence"], serde_json::json!([]));
    let one = json(
        &db,
        &[
            "recommendations",
            "update",
            "2",
            "--evidence",
            "Training held",
            "--json",
        ],
    );
    let two = json(
        &db,
        &[
            "recommendations",
            "update",
            "2",
            "--evidence",
            "Second training",
            "--json",
        ],
    );
    assert_eq!(one["evidence"].as_array().unwrap().len(), 1);
    let notes: Vec<&str> = two["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["note"].as_str().unwrap())
        .collect();
    assert!(
        notes.contains(&"Training held") && notes.contains(&"Second training"),
        "{notes:?}"
    );
    // What was not given stays.
    assert_eq!(two["local_status"], "in_progress");
    assert_eq!(two["department"], "Police");
    // Bad values get the allowed ones, and change nothing.
    let before = json(&db, &["recommendations", "list", "--json"]);
    let m = refused(
        &db,
        &[
            "recommendations",
            "update",
            "2",
            "--local-status",
            "done",
            "--json",
        ],
    );
    assert!(
        m.contains("\"done\" is not a local status. Use one of: not_started (Not started), in_progress (In progress), implemented (Implemented), not_applicable (Not applicable)."),
        "{m}"
    );
    let m = refused(
        &db,
        &[
            "recommendations",
            "update",
            "2",
            "--competence",
            "city",
            "--department",
            "X",
        ],
    );
    assert!(m.contains("\"city\" is not a competence. Use one of: exclusive (Exclusive), shared (Shared), none (None), unknown (Unknown)."), "{m}");
    let m = refused(
        &db,
        &["recommendations", "update", "2", "--evidence", "   "],
    );
    assert!(m.contains("Write what was done"), "{m}");
    let m = refused(
        &db,
        &[
            "recommendations",
            "update",
            "99",
            "--local-status",
            "implemented",
        ],
    );
    assert!(m.contains("99"), "{m}");
    assert_eq!(json(&db, &["recommendations", "list", "--json"]), before);
}

#[test]
fn a_sheet_without_ids_is_matched_by_symbol_and_paragraph() {
    let (dir, db) = matrix_db();
    // A ministry's own sheet: other columns, another order, headers in another case, no ID.
    let file = dir.path().join("ministry.xlsx");
    let columns: Vec<xlsx::Column> = [
        "Local Status",
        "PARAGRAPH",
        "Symbol",
        "Department",
        "Evidence",
        "Comment",
    ]
    .iter()
    .map(|h| xlsx::Column {
        header: h,
        width: 12.0,
    })
    .collect();
    let rows: Vec<Vec<String>> = [
        [
            "Not applicable",
            "140.3",
            "A/HRC/59/15",
            "",
            "2026-10-01: Not for the city",
            "ok",
        ],
        ["", "140.2", "A/HRC/59/15 ", "", "", ""],
    ]
    .iter()
    .map(|r| r.iter().map(|c| c.to_string()).collect())
    .collect();
    std::fs::write(&file, xlsx::write("Feuil1", &columns, 0, &rows).unwrap()).unwrap();
    let done = import(&db, &file, false);
    assert_eq!(
        (done["changed"].as_u64(), done["unchanged"].as_u64()),
        (Some(1), Some(1)),
        "{done:#}"
    );
    let store = Store::open(&db).unwrap();
    let third = store.recommendation_detail(3).unwrap();
    assert_eq!(third.recommendation.local_status.as_str(), "not_applicable");
    assert_eq!(third.evidence.len(), 1);
    assert_eq!(third.evidence[0].noted_on, "2026-10-01");
}

//! What the app asks the core before "Send back…" opens a file dialog: how many changes a
//! return would hold now (`contribution::changes_to_send`). None right after the package is
//! opened; one per section edited; and asking writes nothing (the count stays until sent).

use cityrights::app::contribution::{self, RequestInput};
use cityrights::Store;
use std::path::Path;

fn officer_request(dir: &Path) -> std::path::PathBuf {
    let mut office = Store::open(&dir.join("office.sqlite3")).unwrap();
    cityrights::demo::load(
        &mut office,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
    )
    .unwrap();
    let file = dir.join("request.cityrights-contribution");
    contribution::request(
        &mut office,
        &RequestInput {
            submission_id: 1,
            sections: vec![1, 3],
            contributor: "Housing Department".into(),
            due_on: "2027-03-12".into(),
            ..Default::default()
        },
        &file,
    )
    .unwrap();
    file
}

#[test]
fn changes_to_send_counts_the_edited_sections_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let request = officer_request(dir.path());
    let db = dir.path().join("dept.sqlite3");
    let opened = contribution::open(&db, &request, false).unwrap();
    let mut dept = Store::open(&db).unwrap();
    assert_eq!(contribution::changes_to_send(&mut dept).unwrap(), 0);

    let md = dir.path().join("housing.md");
    std::fs::write(&md, "Rents were frozen in 2026.\n").unwrap();
    dept.replace_section_file(opened.sections[1], &md).unwrap();
    assert_eq!(contribution::changes_to_send(&mut dept).unwrap(), 1);
    // Asking twice gives the same answer: nothing was recorded or sent by asking.
    assert_eq!(contribution::changes_to_send(&mut dept).unwrap(), 1);
    assert_eq!(
        dept.contribution_origin().unwrap().unwrap().returned_at,
        None
    );

    let out = dir.path().join("return.cityrights-contribution");
    let sent = contribution::send_back(&mut dept, None, &out).unwrap();
    assert_eq!(sent.sections_changed, 1);
}

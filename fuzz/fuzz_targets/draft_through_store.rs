//! A draft all the way through the store (issue #12): any bytes, read as Markdown or Word
//! (by the first byte), are either refused in plain words or become a submission that is
//! saved, read back, counted, listed and exported to Word and PDF — the promise that whatever
//! passes the content gate can always be read, shown and exported. One database file is
//! reused, and each submission is emptied out of it again, so it stays small.
#![no_main]

use cityrights::engagement::EngagementInput;
use cityrights::import::draft::DraftFormat;
use cityrights::Store;
use std::sync::Mutex;

static STORE: Mutex<Option<(tempfile::TempDir, Store, i64)>> = Mutex::new(None);

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let mut guard = STORE.lock().unwrap_or_else(|p| p.into_inner());
    let (_, store, engagement) = guard.get_or_insert_with(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut store = Store::open(&dir.path().join("fuzz.sqlite3")).expect("a new database");
        let e = store
            .create_engagement(&EngagementInput {
                mechanism: "UPR".into(),
                title: "Fuzz".into(),
                ..Default::default()
            })
            .expect("an engagement");
        (dir, store, e.id)
    });
    let format = if first % 2 == 0 {
        DraftFormat::Markdown
    } else {
        DraftFormat::Docx
    };
    let Ok(read) = cityrights::import::draft::parse_draft(format, bytes) else {
        return;
    };
    let Ok(sub) = store.import_submission(*engagement, None, read.submission) else {
        return;
    };
    // Whatever was committed must read back, count and export.
    let detail = store
        .submission_detail(sub.id)
        .expect("a stored submission reads back");
    for s in &detail.sections {
        store
            .section(s.section.id)
            .expect("a stored section reads back");
    }
    store.submission_stats(sub.id).expect("its words count");
    store.submission_summaries(None).expect("the list opens");
    store.export_docx(sub.id).expect("it exports to Word");
    match store.export_pdf(sub.id) {
        Ok(_) => {}
        // A character no font has is a plain refusal that names it; anything else is a bug.
        Err(e) if e.to_string().contains("font") => {}
        Err(e) => panic!("PDF export failed: {e}"),
    }
    store.delete_submission(sub.id).expect("delete");
    store.empty_bin().expect("empty the bin");
});

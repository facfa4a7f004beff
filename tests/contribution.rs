//! Contributions from departments (issue #17): a round trip between two databases through the
//! package files, as an officer and a department would make it — request, open, edit, return,
//! import, accept — with the officer's own edits made meanwhile kept and a section both sides
//! changed shown as a conflict; and every hostile or mistaken package refused with nothing
//! changed (a byte changed, a file cut short, a return imported twice, one from a newer
//! version, one for another workspace, a change that was not asked for).

#[path = "support/cli.rs"]
mod support;

use cityrights::app::contribution::{self, ChangeChoice, RequestInput};
use cityrights::document::{Block, Content};
use cityrights::recommendation::{Competence, FollowUp, LocalStatus, NewEvidence};
use cityrights::revision::RevisionKind;
use cityrights::Store;
use std::path::{Path, PathBuf};
use support::{cli, json, refused};

const REPORT: &str = include_str!("fixtures/report-a-hrc-59-15.txt");

struct Officer {
    _dir: tempfile::TempDir,
    dir: PathBuf,
    db: PathBuf,
    submission: i64,
    sections: Vec<i64>,
    recommendation: i64,
}

/// The demo city with the Working Group's recommendations: the officer's workspace.
fn officer() -> Officer {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    let db = path.join("officer.sqlite3");
    let mut store = Store::open(&db).unwrap();
    cityrights::demo::load(&mut store, chrono::Local::now().date_naive()).unwrap();
    let batch = cityrights::import::recommendations::report_batch(
        REPORT.as_bytes(),
        "A/HRC/59/15",
        "report.txt",
    )
    .unwrap();
    store.import_recommendations(batch).unwrap();
    let submission = store.submission_list(None).unwrap()[0].id;
    let sections = store
        .sections(submission)
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    let recommendation = store
        .list_recommendations(&Default::default(), 1000, 0)
        .unwrap()
        .items
        .into_iter()
        .map(|r| r.id)
        .min()
        .unwrap();
    Officer {
        _dir: dir,
        dir: path,
        db,
        submission,
        sections,
        recommendation,
    }
}

fn para(text: &str) -> Content {
    Content {
        blocks: vec![Block::para(text)],
    }
}

fn save_text(store: &mut Store, id: i64, text: &str) {
    let s = store.section(id).unwrap();
    store
        .save_section(id, &s.title, &para(text), s.version)
        .unwrap();
}

fn text_of(store: &Store, id: i64) -> String {
    serde_json::to_string(&store.section(id).unwrap().content).unwrap()
}

/// Officer asks for sections 2 and 3 and one recommendation; the department opens the package
/// in a new database. Returns (request file, the department's database).
fn ask_and_open(o: &Officer) -> (PathBuf, PathBuf) {
    let file = o.dir.join("request.cityrights-contribution");
    let mut store = Store::open(&o.db).unwrap();
    let sent = contribution::request(
        &mut store,
        &RequestInput {
            submission_id: o.submission,
            sections: vec![o.sections[1], o.sections[2]],
            recommendations: vec![o.recommendation],
            contributor: "Housing Department".into(),
            email: "housing@example.org".into(),
            due_on: "2027-03-12".into(),
            message: "Please update the housing figures.".into(),
        },
        &file,
    )
    .unwrap();
    assert_eq!(sent.sections, vec![o.sections[1], o.sections[2]]);
    assert!(
        sent.milestone_id.is_some(),
        "the due date is on the calendar"
    );
    drop(store);
    let dept = o.dir.join("department.sqlite3");
    let opened = contribution::open(&dept, &file, false).unwrap();
    assert_eq!(opened.sections, vec![o.sections[1], o.sections[2]]);
    assert_eq!(opened.origin.contributor, "Housing Department");
    assert_eq!(opened.origin.due_on.as_deref(), Some("2027-03-12"));
    (file, dept)
}

#[test]
fn round_trip_brings_the_departments_words_in_as_a_revision_and_keeps_the_officers() {
    let o = officer();
    let (_, dept) = ask_and_open(&o);
    let (s1, s2, s3) = (o.sections[0], o.sections[1], o.sections[2]);

    // The department works on its copy: two sections and the recommendation's follow-up.
    {
        let mut d = Store::open(&dept).unwrap();
        assert_eq!(
            d.sections(d.contribution_origin().unwrap().unwrap().submission_id)
                .unwrap()
                .len(),
            2,
            "only what was sent"
        );
        save_text(
            &mut d,
            s2,
            "The Housing Department manages 12,000 public homes.",
        );
        save_text(&mut d, s3, "Department's view of the follow-up.");
        d.save_follow_up(
            o.recommendation,
            &FollowUp {
                competence: Competence::Shared,
                department: "Housing".into(),
                local_status: LocalStatus::InProgress,
                tags: vec![],
                new_evidence: Some(NewEvidence {
                    noted_on: "2026-11-30".into(),
                    note: "Council decision 2026/14 funds 200 homes".into(),
                }),
                removed_evidence: vec![],
            },
        )
        .unwrap();
    }
    let ret = o.dir.join("return.cityrights-contribution");
    let returned = {
        let mut d = Store::open(&dept).unwrap();
        contribution::send_back(&mut d, Some("Ana Ruiz"), &ret).unwrap()
    };
    assert_eq!(returned.sections_changed, 2);
    assert_eq!(returned.recommendations_changed, 1);

    // Meanwhile the officer edited section 1 (not asked) and section 3 (asked: a conflict).
    let mut store = Store::open(&o.db).unwrap();
    save_text(&mut store, s1, "The officer's own summary.");
    save_text(
        &mut store,
        s3,
        "The officer rewrote the follow-up meanwhile.",
    );
    let before_s2 = text_of(&store, s2);

    let imported = contribution::import(&mut store, &ret).unwrap();
    assert_eq!(imported.sections_changed, 2);
    assert_eq!(imported.recommendations_changed, 1);
    assert_eq!(imported.conflicts, 1, "section 3 changed on both sides");
    // Importing changed nothing by itself.
    assert_eq!(text_of(&store, s2), before_s2);
    let review = contribution::review(&store, imported.contribution_id).unwrap();
    let s3_change = review
        .changes
        .iter()
        .find(|c| c.kind == "section" && c.target_id == s3)
        .unwrap();
    assert!(s3_change.conflict);
    assert!(s3_change.current.contains("rewrote"));
    assert!(s3_change.theirs.contains("Department's view"));
    assert!(s3_change
        .current_to_theirs
        .iter()
        .any(|op| op.op == cityrights::revision::DiffOpKind::Insert
            && op.text.contains("Department")));
    let fields: Vec<&str> = review
        .changes
        .iter()
        .filter(|c| c.kind == "recommendation")
        .map(|c| c.field.as_str())
        .collect();
    for f in ["competence", "department", "local_status", "evidence"] {
        assert!(fields.contains(&f), "{f} in {fields:?}");
    }

    // Accept everything: the conflict is left waiting, never resolved by itself.
    let done = contribution::accept(
        &mut store,
        imported.contribution_id,
        &ChangeChoice {
            all: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(done.conflicts.len(), 1);
    assert_eq!(done.state, "partly accepted");
    assert!(text_of(&store, s2).contains("12,000 public homes"));
    assert!(
        text_of(&store, s3).contains("rewrote"),
        "the officer's text stays"
    );
    assert!(text_of(&store, s1).contains("own summary"), "untouched");
    let rec = store.recommendation_detail(o.recommendation).unwrap();
    assert_eq!(rec.recommendation.local_status, LocalStatus::InProgress);
    assert_eq!(rec.recommendation.department, "Housing");
    assert!(rec
        .evidence
        .iter()
        .any(|e| e.note.contains("Council decision 2026/14")));
    // The accepted text is a revision naming its author.
    let revisions = store.revisions(o.submission).unwrap();
    let by_dept = revisions
        .iter()
        .find(|r| r.kind == RevisionKind::Contribution)
        .unwrap();
    assert_eq!(by_dept.author, "Ana Ruiz");

    // The officer chooses the department's text for the conflict: taken, theirs kept in the
    // revision before.
    let done = contribution::accept(
        &mut store,
        imported.contribution_id,
        &ChangeChoice {
            sections: vec![s3],
            overwrite: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(done.accepted, 1);
    assert_eq!(done.state, "accepted");
    assert!(text_of(&store, s3).contains("Department's view"));
    let officer_text_kept = store.revisions(o.submission).unwrap().iter().any(|r| {
        store.revision(r.id).unwrap().sections.iter().any(|s| {
            s.section_id == s3
                && serde_json::to_string(&s.content)
                    .unwrap()
                    .contains("rewrote")
        })
    });
    assert!(officer_text_kept, "the officer's text is in a revision");
}

#[test]
fn a_rejected_change_writes_nothing() {
    let o = officer();
    let (_, dept) = ask_and_open(&o);
    {
        let mut d = Store::open(&dept).unwrap();
        save_text(&mut d, o.sections[1], "Rejected words.");
    }
    let ret = o.dir.join("r.cityrights-contribution");
    contribution::send_back(&mut Store::open(&dept).unwrap(), None, &ret).unwrap();
    let mut store = Store::open(&o.db).unwrap();
    let before = text_of(&store, o.sections[1]);
    let id = contribution::import(&mut store, &ret)
        .unwrap()
        .contribution_id;
    let done = contribution::reject(
        &mut store,
        id,
        &ChangeChoice {
            all: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!((done.rejected, done.state.as_str()), (1, "rejected"));
    assert_eq!(text_of(&store, o.sections[1]), before);
    // The author defaults to the contributor the request named.
    assert_eq!(
        contribution::list(&store).unwrap()[0].from,
        "Housing Department"
    );
}

#[test]
fn a_package_holds_only_what_was_chosen() {
    let o = officer();
    {
        let mut store = Store::open(&o.db).unwrap();
        let engagement = store.submission(o.submission).unwrap().engagement_id;
        store
            .create_consultation(
                engagement,
                &cityrights::consultation::ConsultationInput {
                    submission_id: Some(o.submission),
                    held_on: "2026-10-01".into(),
                    topic: "Housing for Roma families".into(),
                    format: Some(cityrights::consultation::ConsultationFormat::Meeting),
                    notes: String::new(),
                    participants: vec![cityrights::consultation::ParticipantInput {
                        name: "Mirela Constantin".into(),
                        organisation: "Romani Women's Network".into(),
                        ..Default::default()
                    }],
                },
            )
            .unwrap();
    }
    let (file, _) = ask_and_open(&o);
    let bytes = std::fs::read(&file).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut names: Vec<String> = zip.file_names().map(str::to_string).collect();
    names.sort();
    assert_eq!(names, ["manifest.json", "request.json"]);
    let mut request = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("request.json").unwrap(), &mut request).unwrap();
    let store = Store::open(&o.db).unwrap();
    // The sections not asked for, the consultations' people and the other recommendations
    // are not in it.
    let first = store.section(o.sections[0]).unwrap();
    let not_sent = &cityrights::model::diff::plain(&first.content);
    let sample: String = not_sent.chars().take(40).collect();
    assert!(
        !sample.is_empty() && !request.contains(&sample),
        "section 1 left out"
    );
    let consultations = store.consultations(None).unwrap();
    assert!(
        !consultations.is_empty(),
        "the demo has consultations to leave out"
    );
    for c in consultations {
        for p in c.participants {
            assert!(!request.contains(&p.name), "a consulted person's name");
        }
    }
    let others = store
        .list_recommendations(&Default::default(), 1000, 0)
        .unwrap()
        .items;
    for r in others.iter().filter(|r| r.id != o.recommendation) {
        assert!(
            !request.contains(&r.text),
            "recommendation {} left out",
            r.id
        );
    }
    let manifest: serde_json::Value = serde_json::from_slice(&{
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut zip.by_name("manifest.json").unwrap(), &mut b).unwrap();
        b
    })
    .unwrap();
    assert_eq!(manifest["format"], "cityrights-contribution");
    assert_eq!(manifest["kind"], "request");
    assert_eq!(manifest["files"][0]["sha256"].as_str().unwrap().len(), 64);
}

/// A return package for the officer's workspace, with one section changed.
fn one_return(o: &Officer) -> PathBuf {
    let (_, dept) = ask_and_open(o);
    save_text(
        &mut Store::open(&dept).unwrap(),
        o.sections[1],
        "Words from the department.",
    );
    let ret = o.dir.join("one.cityrights-contribution");
    contribution::send_back(&mut Store::open(&dept).unwrap(), None, &ret).unwrap();
    ret
}

/// What the officer's workspace holds that an import could change.
fn snapshot(db: &Path) -> (usize, String) {
    let store = Store::open(db).unwrap();
    let queue = contribution::list(&store).unwrap().len();
    let sections: Vec<String> = store
        .sections(store.submission_list(None).unwrap()[0].id)
        .unwrap()
        .iter()
        .map(|s| serde_json::to_string(&s.content).unwrap())
        .collect();
    (queue, sections.join("|"))
}

#[test]
fn a_changed_byte_a_cut_file_and_a_second_import_change_nothing_and_say_why() {
    let o = officer();
    let ret = one_return(&o);
    let good = std::fs::read(&ret).unwrap();
    let before = snapshot(&o.db);
    let store = Store::open(&o.db).unwrap();
    // Every single byte changed: refused, or — a byte no reader uses, such as a time in a
    // zip's local header — the very same return, whole. Such a one is put back out of the
    // queue (by a fresh copy of the database) so that the next byte meets the same state.
    let bad = o.dir.join("bad.cityrights-contribution");
    let pristine = o.dir.join("pristine.sqlite3");
    drop(store);
    std::fs::copy(&o.db, &pristine).unwrap();
    let mut store = Store::open(&o.db).unwrap();
    let mut refusals = 0;
    for i in 0..good.len() {
        let mut b = good.clone();
        b[i] ^= 0x55;
        std::fs::write(&bad, &b).unwrap();
        match contribution::import(&mut store, &bad) {
            Err(e) => {
                refusals += 1;
                let m = e.to_string();
                assert!(m.contains("Nothing was changed"), "byte {i}: {m}");
            }
            Ok(done) => {
                let review = contribution::review(&store, done.contribution_id).unwrap();
                assert_eq!(review.changes.len(), 1, "byte {i}");
                assert_eq!(
                    review.changes[0].theirs, "Words from the department.",
                    "byte {i}"
                );
                drop(store);
                std::fs::copy(&pristine, &o.db).unwrap();
                store = Store::open(&o.db).unwrap();
            }
        }
    }
    // (Measured: 1067 of 1256 bytes refused; the others are zip header fields no reader uses.)
    assert!(
        refusals > good.len() * 3 / 4,
        "{refusals} of {} refused",
        good.len()
    );
    assert_eq!(snapshot(&o.db), before, "no changed byte changed anything");
    // Cut short anywhere.
    for n in [0, 1, 22, good.len() / 3, good.len() / 2, good.len() - 1] {
        std::fs::write(&bad, &good[..n]).unwrap();
        let m = contribution::import(&mut store, &bad)
            .unwrap_err()
            .to_string();
        assert!(
            m.contains("damaged") && m.contains("Nothing was changed"),
            "{n}: {m}"
        );
    }
    assert_eq!(snapshot(&o.db), before);
    // Imported twice: the second time is refused.
    contribution::import(&mut store, &ret).unwrap();
    let after_first = snapshot(&o.db);
    let m = contribution::import(&mut store, &ret)
        .unwrap_err()
        .to_string();
    assert!(
        m.contains("already imported") && m.contains("Nothing was changed"),
        "{m}"
    );
    assert_eq!(snapshot(&o.db), after_first);
}

#[test]
fn another_workspace_a_newer_version_and_the_wrong_kind_are_refused() {
    let o = officer();
    let ret = one_return(&o);
    // Another workspace (another city's database) does not take it.
    let other = officer();
    let m = contribution::import(&mut Store::open(&other.db).unwrap(), &ret)
        .unwrap_err()
        .to_string();
    assert!(m.contains("another CityRights workspace"), "{m}");
    assert_eq!(snapshot(&other.db).0, 0);

    // A package from a newer CityRights: its manifest says format 2.
    let bytes = std::fs::read(&ret).unwrap();
    let newer = rewrite_manifest(&bytes, |m| m["format_version"] = 2.into());
    let file = o.dir.join("newer.cityrights-contribution");
    std::fs::write(&file, newer).unwrap();
    let m = contribution::import(&mut Store::open(&o.db).unwrap(), &file)
        .unwrap_err()
        .to_string();
    assert!(
        m.contains("newer version of CityRights") && m.contains("Nothing was changed"),
        "{m}"
    );

    // A return opened as a request, a request imported as a return.
    let m = contribution::open(&o.dir.join("x.sqlite3"), &ret, false)
        .unwrap_err()
        .to_string();
    assert!(m.contains("return package"), "{m}");
    let request = o.dir.join("request.cityrights-contribution");
    let m = contribution::import(&mut Store::open(&o.db).unwrap(), &request)
        .unwrap_err()
        .to_string();
    assert!(m.contains("is a request"), "{m}");

    // Opening a request over a database that holds work is refused (the app backs it up and
    // replaces it only after asking).
    let m = contribution::open(&o.db, &request, false)
        .unwrap_err()
        .to_string();
    assert!(m.contains("already holds work"), "{m}");
    assert!(snapshot(&o.db).1.len() > 10);
}

/// The package with its manifest changed by `f` (the manifest is not hashed: what it lists is).
fn rewrite_manifest(bytes: &[u8], f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut f = Some(f);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut e = zip.by_index(i).unwrap();
        let name = e.name().to_string();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut e, &mut data).unwrap();
        if name == "manifest.json" {
            let mut m: serde_json::Value = serde_json::from_slice(&data).unwrap();
            if let Some(f) = f.take() {
                f(&mut m);
            }
            data = serde_json::to_vec(&m).unwrap();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut out, &data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn a_change_that_was_not_asked_for_is_refused_whole() {
    let o = officer();
    let ret = one_return(&o);
    // The department's changeset rewritten to aim at section 1, which was not sent: the
    // manifest and its checksums made to match, as a hostile sender would.
    let bytes = std::fs::read(&ret).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let mut list: serde_json::Value = {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut zip.by_name("return.json").unwrap(), &mut b).unwrap();
        serde_json::from_slice(&b).unwrap()
    };
    list["changes"][0]["target_id"] = o.sections[0].into();
    let forged = repack(&bytes, "return.json", serde_json::to_vec(&list).unwrap());
    let file = o.dir.join("forged.cityrights-contribution");
    std::fs::write(&file, forged).unwrap();
    let before = snapshot(&o.db);
    let m = contribution::import(&mut Store::open(&o.db).unwrap(), &file)
        .unwrap_err()
        .to_string();
    assert!(
        m.contains("does not accept") && m.contains("Nothing was changed"),
        "{m}"
    );
    assert_eq!(snapshot(&o.db), before);
}

/// The package with one entry replaced and the manifest's size and checksum for it updated.
fn repack(bytes: &[u8], entry: &str, data: Vec<u8>) -> Vec<u8> {
    use sha2::Digest;
    let sha: String = sha2::Sha256::digest(&data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let len = data.len();
    let replaced = {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for i in 0..zip.len() {
            let mut e = zip.by_index(i).unwrap();
            let name = e.name().to_string();
            let mut d = Vec::new();
            std::io::Read::read_to_end(&mut e, &mut d).unwrap();
            if name == entry {
                d = data.clone();
            }
            out.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            std::io::Write::write_all(&mut out, &d).unwrap();
        }
        out.finish().unwrap().into_inner()
    };
    rewrite_manifest(&replaced, |m| {
        for f in m["files"].as_array_mut().unwrap() {
            if f["name"] == entry {
                f["sha256"] = sha.clone().into();
                f["bytes"] = len.into();
            }
        }
    })
}

#[test]
fn the_command_line_contracts() {
    let o = officer();
    let (s2, s3) = (o.sections[1].to_string(), o.sections[2].to_string());
    let sub = o.submission.to_string();
    let rec = o.recommendation.to_string();
    let request = o.dir.join("cli-request.cityrights-contribution");
    let req = json(
        &o.db,
        &[
            "contribution",
            "request",
            "--submission",
            &sub,
            "--section",
            &s2,
            "--section",
            &s3,
            "--recommendation",
            &rec,
            "--to",
            "Housing Department",
            "--due",
            "2027-03-12",
            "-o",
            request.to_str().unwrap(),
            "--json",
        ],
    );
    assert!(req["request_id"].as_i64().is_some());
    assert_eq!(
        req["sections"],
        serde_json::json!([o.sections[1], o.sections[2]])
    );
    assert_eq!(
        req["recommendations"],
        serde_json::json!([o.recommendation])
    );

    let show = json(
        &o.db,
        &["submission", "show", "--submission", &sub, "--json"],
    );
    assert_eq!(show["id"], o.submission);
    assert!(show["title"].is_string() && show["language"] == "en");
    for s in show["sections"].as_array().unwrap() {
        assert!(
            s["id"].is_i64()
                && s["title"].is_string()
                && s["words"].is_u64()
                && s["owner"].is_string()
        );
    }

    let dept = o.dir.join("cli-dept.sqlite3");
    let opened = json(
        &dept,
        &["contribution", "open", request.to_str().unwrap(), "--json"],
    );
    assert_eq!(
        opened["sections"],
        serde_json::json!([o.sections[1], o.sections[2]])
    );
    assert_eq!(
        opened["recommendations"],
        serde_json::json!([o.recommendation])
    );
    let m = refused(&o.db, &["contribution", "open", request.to_str().unwrap()]);
    assert!(m.contains("already holds work"), "{m}");

    let md = o.dir.join("s2.md");
    std::fs::write(&md, "The Housing Department manages **12,000** homes.\n").unwrap();
    let replaced = json(
        &dept,
        &[
            "section",
            "replace",
            "--section",
            &s2,
            md.to_str().unwrap(),
            "--json",
        ],
    );
    assert_eq!(replaced["id"], o.sections[1]);
    cli(&dept)
        .args([
            "recommendations",
            "update",
            &rec,
            "--local-status",
            "in_progress",
        ])
        .assert()
        .success();
    let ret = o.dir.join("cli-return.cityrights-contribution");
    let back = json(
        &dept,
        &[
            "contribution",
            "return",
            "-o",
            ret.to_str().unwrap(),
            "--author",
            "Ana Ruiz",
            "--json",
        ],
    );
    assert_eq!(back["sections_changed"], 1);
    assert_eq!(back["recommendations_changed"], 1);

    let imported = json(
        &o.db,
        &["contribution", "import", ret.to_str().unwrap(), "--json"],
    );
    let id = imported["contribution_id"].as_i64().unwrap();
    assert_eq!(imported["sections_changed"], 1);
    assert_eq!(imported["recommendations_changed"], 1);
    assert_eq!(imported["conflicts"], 0);
    let m = refused(&o.db, &["contribution", "import", ret.to_str().unwrap()]);
    assert!(m.contains("already imported"), "{m}");

    let list = json(&o.db, &["contribution", "list", "--json"]);
    let line = &list[0];
    assert_eq!(line["id"], id);
    assert_eq!(line["request_id"], req["request_id"]);
    assert_eq!(line["from"], "Ana Ruiz");
    assert!(line["received"].is_string());
    assert_eq!(line["state"], "pending");

    let done = json(
        &o.db,
        &[
            "contribution",
            "accept",
            &id.to_string(),
            "--section",
            &s2,
            "--json",
        ],
    );
    assert_eq!(done["accepted"], 1);
    assert_eq!(
        json(&o.db, &["contribution", "list", "--json"])[0]["state"],
        "partly accepted"
    );
    json(
        &o.db,
        &["contribution", "reject", &id.to_string(), "--all", "--json"],
    );
    assert_eq!(
        json(&o.db, &["contribution", "list", "--json"])[0]["state"],
        "partly accepted"
    );

    let revisions = json(
        &o.db,
        &["revisions", "list", "--submission", &sub, "--json"],
    );
    let r = revisions
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "contribution")
        .unwrap();
    assert_eq!(r["author"], "Ana Ruiz");
    for k in ["id", "name", "created"] {
        assert!(!r[k].is_null(), "{k}");
    }
    let after = json(
        &o.db,
        &["submission", "show", "--submission", &sub, "--json"],
    );
    assert_eq!(after["sections"][1]["words"], 6);
}

#[test]
fn a_changeset_that_deletes_or_writes_elsewhere_is_refused_whole() {
    let o = officer();
    let ret = one_return(&o);
    let bytes = std::fs::read(&ret).unwrap();
    let copy = o.dir.join("hostile.sqlite3");
    std::fs::copy(&o.db, &copy).unwrap();
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let record = |sql: &str, table: &str| -> Vec<u8> {
        let mut session = rusqlite::session::Session::new(&conn).unwrap();
        session.attach(Some(table)).unwrap();
        conn.execute_batch(sql).unwrap();
        let mut out = Vec::new();
        session.changeset_strm(&mut out).unwrap();
        out
    };
    let deletes = record(
        &format!("DELETE FROM section WHERE id = {}", o.sections[1]),
        "section",
    );
    let elsewhere = record("UPDATE submission SET title = 'Hijacked'", "submission");
    let before = snapshot(&o.db);
    for (what, changeset) in [("a deletion", deletes), ("another table", elsewhere)] {
        let forged = repack(&bytes, "changes/1.changeset", changeset);
        let file = o.dir.join("forged.cityrights-contribution");
        std::fs::write(&file, forged).unwrap();
        let m = contribution::import(&mut Store::open(&o.db).unwrap(), &file)
            .unwrap_err()
            .to_string();
        assert!(
            m.contains("does not accept") && m.contains("Nothing was changed"),
            "{what}: {m}"
        );
        assert_eq!(snapshot(&o.db), before, "{what}");
    }
}

/// A section the officer moved to the bin after the request: its change is reported as gone
/// and never written into the binned section, even with --all; nothing else is held back.
#[test]
fn a_change_to_a_section_moved_to_the_bin_is_gone_and_writes_nothing() {
    let o = officer();
    let (_, dept) = ask_and_open(&o);
    {
        let mut d = Store::open(&dept).unwrap();
        save_text(
            &mut d,
            o.sections[1],
            "Words for a section the officer will bin.",
        );
        save_text(&mut d, o.sections[2], "Words for a section that stays.");
    }
    let ret = o.dir.join("binned.cityrights-contribution");
    contribution::send_back(&mut Store::open(&dept).unwrap(), None, &ret).unwrap();
    let mut store = Store::open(&o.db).unwrap();
    let id = contribution::import(&mut store, &ret)
        .unwrap()
        .contribution_id;
    let binned_before = serde_json::to_string(
        &store
            .sections(o.submission)
            .unwrap()
            .iter()
            .find(|s| s.id == o.sections[1])
            .unwrap()
            .content,
    )
    .unwrap();
    store.delete_section(o.sections[1]).unwrap();
    let done = contribution::accept(
        &mut store,
        id,
        &ChangeChoice {
            all: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(done.gone.len(), 1, "{done:?}");
    assert!(text_of(&store, o.sections[2]).contains("a section that stays"));
    // Back from the bin, the section has the officer's text, not the department's.
    store
        .restore(cityrights::bin::BinKind::Section, o.sections[1])
        .unwrap();
    assert_eq!(text_of(&store, o.sections[1]), binned_before);
}

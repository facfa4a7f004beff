//! What was sent stays sent (issue #20): a submission marked as submitted is read-only in the
//! core until the officer starts a new version, which keeps the record of what was sent;
//! "Submitted" is reached only by marking it (date, channel, file), never for an empty
//! submission; the engagement's stage follows its submissions, never backwards; and the MUST
//! FIX checks an export asks about.

use cityrights::compliance::Severity;
use cityrights::document::{Block, Content};
use cityrights::engagement::{EngagementInput, Stage};
use cityrights::import::markdown::{ImportedSection, ImportedSubmission};
use cityrights::revision::RevisionKind;
use cityrights::submission::{NewSection, SubmissionInput, SubmissionStatus};
use cityrights::Store;
use std::path::PathBuf;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    (dir, s)
}

fn engagement(s: &mut Store) -> i64 {
    s.create_engagement(&EngagementInput {
        mechanism: "UPR".into(),
        title: "UPR of Slovenia".into(),
        state_under_review: "Slovenia".into(),
        ..Default::default()
    })
    .unwrap()
    .id
}

fn paras(texts: &[&str]) -> Content {
    Content {
        blocks: texts.iter().map(|t| Block::para(*t)).collect(),
    }
}

/// A submission with two sections of text.
fn submission(s: &mut Store, engagement: i64) -> i64 {
    s.create_submission_with(
        engagement,
        &SubmissionInput {
            title: "Submission of Ljubljana".into(),
            ..Default::default()
        },
        vec![
            NewSection {
                title: "Housing".into(),
                content: paras(&["As sent to Geneva."]),
                guidance: String::new(),
            },
            NewSection {
                title: "Water".into(),
                content: paras(&["No cuts since 2022."]),
                guidance: String::new(),
            },
        ],
    )
    .unwrap()
    .id
}

fn sent_file(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let file = dir.path().join(name);
    std::fs::write(&file, bytes).unwrap();
    file
}

/// Asserts a refusal of a change to a sent submission: kind `refused`, and the message names the
/// command that starts a new version.
fn assert_read_only<T: std::fmt::Debug>(r: cityrights::Result<T>, id: i64, what: &str) {
    match r {
        Err(e) if e.kind() == "refused" => {
            let m = e.to_string();
            assert!(
                m.contains(&format!(
                    "cityrights submission reopen --submission {id} --json"
                )),
                "{what}: {m}"
            );
            assert!(m.contains("was marked as submitted"), "{what}: {m}");
        }
        other => panic!("{what} was not refused as read-only: {other:?}"),
    }
}

#[test]
fn a_sent_submission_is_read_only_in_the_core_until_a_new_version_is_started() {
    let (dir, mut s) = store();
    let e = engagement(&mut s);
    let id = submission(&mut s, e);
    let named = s.name_revision(id, "Before sending").unwrap();
    let file = sent_file(&dir, "sent.docx", b"the exact bytes that went to Geneva");
    let d = s
        .mark_submitted(id, "2026-12-01", "UPR online submission system", &file)
        .unwrap();
    assert!(d.read_only);
    assert_eq!(
        d.status_choices,
        vec![SubmissionStatus::Submitted, SubmissionStatus::Acknowledged]
    );
    let sections = s.sections(id).unwrap();
    let (first, second) = (sections[0].clone(), sections[1].clone());

    // The editor, the section titles, adding, removing and reordering sections, imports into
    // it, restoring a revision and the details: each refused by the core.
    assert_read_only(
        s.save_section(first.id, "Housing", &paras(&["Changed."]), first.version),
        id,
        "saving the text",
    );
    assert_read_only(
        s.save_section(first.id, "Housing policy", &first.content, first.version),
        id,
        "renaming a section",
    );
    assert_read_only(s.add_section(id, "Schools"), id, "adding a section");
    assert_read_only(s.delete_section(second.id), id, "removing a section");
    assert_read_only(s.move_section(second.id, 0), id, "moving a section");
    let imported = ImportedSubmission {
        title: None,
        sections: vec![ImportedSection {
            title: "From the water utility".into(),
            content: paras(&["New text."]),
        }],
    };
    assert_read_only(
        s.import_into_submission(id, None, imported),
        id,
        "importing into it",
    );
    let department = sent_file(&dir, "department.md", b"## Schools\n\nEvery child.\n");
    assert_read_only(
        s.import_section_file(id, None, &department),
        id,
        "importing a file into it",
    );
    assert_read_only(
        s.import_section_file(id, None, &dir.path().join("missing.md")),
        id,
        "importing a file that is not even there (refused before it is read)",
    );
    assert_read_only(s.restore_revision(named.id), id, "restoring a revision");
    assert_read_only(
        s.update_submission(
            id,
            &SubmissionInput {
                title: "Another title".into(),
                ..Default::default()
            },
        ),
        id,
        "changing its title",
    );
    assert_read_only(
        s.set_submission_status(id, SubmissionStatus::Drafting),
        id,
        "setting it back to drafting from the Status list",
    );

    // Nothing changed: the text, the sections and their order are as sent.
    let after = s.sections(id).unwrap();
    assert_eq!(after, sections);
    assert_eq!(s.submission(id).unwrap().title, "Submission of Ljubljana");
    // Acknowledged is a status of a sent submission, and back.
    s.set_submission_status(id, SubmissionStatus::Acknowledged)
        .unwrap();
    s.set_submission_status(id, SubmissionStatus::Submitted)
        .unwrap();

    // Start a new version: editable again, the record kept whole, and it says so.
    let sent = s.sent_record(id).unwrap().unwrap();
    let reopened = s.reopen_submission(id).unwrap();
    assert_eq!(reopened.status, SubmissionStatus::Drafting);
    let kept = reopened.kept.clone().unwrap();
    assert_eq!(kept.sent_on, "2026-12-01");
    assert_eq!(kept.channel, "UPR online submission system");
    assert_eq!(kept.file_name, "sent.docx");
    assert_eq!(kept.file_sha256, sent.file_sha256);
    assert_eq!(kept.revision_id, sent.revision_id);
    assert_eq!(
        kept.reopened_at.as_deref(),
        Some(reopened.reopened_at.as_str())
    );
    for part in [
        "Started a new version",
        "2026-12-01",
        "sent.docx",
        &sent.file_sha256,
        "is kept",
    ] {
        assert!(reopened.message.contains(part), "{}", reopened.message);
    }
    assert_eq!(
        s.sent_file(id).unwrap(),
        b"the exact bytes that went to Geneva"
    );

    let d = s.submission_detail(id).unwrap();
    assert!(!d.read_only);
    assert!(!d.status_choices.contains(&SubmissionStatus::Submitted));
    assert_eq!(d.sent.clone().unwrap().file_sha256, sent.file_sha256);
    assert!(!d.edited_since_sent);
    s.save_section(first.id, "Housing", &paras(&["Corrected."]), first.version)
        .unwrap();
    s.add_section(id, "Schools").unwrap();
    let d = s.submission_detail(id).unwrap();
    assert!(d.edited_since_sent);
    let locked = s.revision(sent.revision_id).unwrap();
    assert_eq!(locked.summary.kind, RevisionKind::Sent);
    assert_eq!(locked.sections[0].content, paras(&["As sent to Geneva."]));

    // Starting a new version of one that is not sent is refused, in plain words.
    let err = s.reopen_submission(id).unwrap_err();
    assert_eq!(err.kind(), "refused", "{err:?}");
    assert!(err.to_string().contains("can be edited already"), "{err}");
}

#[test]
fn sending_the_new_version_keeps_the_earlier_record_whole() {
    let (dir, mut s) = store();
    let e = engagement(&mut s);
    let id = submission(&mut s, e);
    let first = sent_file(&dir, "first.docx", b"first file");
    s.mark_submitted(id, "2026-12-01", "UPR online submission system", &first)
        .unwrap();
    s.record_outcome(id, "JS3", "paras. 12, 40").unwrap();
    let before = s.sent_record(id).unwrap().unwrap();

    // Marking again while sent is refused: start a new version first.
    let err = s
        .mark_submitted(id, "2026-12-02", "e-mail", &first)
        .unwrap_err();
    assert_eq!(err.kind(), "refused", "{err:?}");
    assert!(
        err.to_string().contains(&format!(
            "cityrights submission reopen --submission {id} --json"
        )),
        "{err}"
    );

    s.reopen_submission(id).unwrap();
    let sec = s.sections(id).unwrap().remove(0);
    s.save_section(
        sec.id,
        &sec.title,
        &paras(&["A corrected text."]),
        sec.version,
    )
    .unwrap();
    let second = sent_file(&dir, "second.docx", b"second file");
    let d = s
        .mark_submitted(id, "2026-12-05", "e-mail to the secretariat", &second)
        .unwrap();
    assert!(d.read_only);
    let now = d.sent.unwrap();
    assert_eq!(now.file_name, "second.docx");
    assert_eq!(now.reopened_at, None);
    assert_eq!(s.sent_file(id).unwrap(), b"second file");
    assert_eq!(d.earlier_sends.len(), 1);
    let earlier = &d.earlier_sends[0];
    assert_eq!(earlier.file_name, "first.docx");
    assert_eq!(earlier.file_sha256, before.file_sha256);
    assert_eq!(earlier.revision_id, before.revision_id);
    assert_eq!(earlier.ohchr_acronym, "JS3");
    assert!(earlier.reopened_at.is_some());
    assert_ne!(now.revision_id, earlier.revision_id);
    assert_eq!(
        s.revision(earlier.revision_id).unwrap().sections[0].content,
        paras(&["As sent to Geneva."])
    );
    assert_eq!(
        s.revision(now.revision_id).unwrap().sections[0].content,
        paras(&["A corrected text."])
    );
}

#[test]
fn submitted_is_reached_only_by_marking_it_and_never_for_an_empty_submission() {
    let (dir, mut s) = store();
    let e = engagement(&mut s);
    // From the template: every section empty, 0 words.
    let empty = s
        .create_submission(
            e,
            &SubmissionInput {
                title: "Empty draft".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let d = s.submission_detail(empty.id).unwrap();
    assert_eq!(
        d.status_choices,
        vec![
            SubmissionStatus::Planned,
            SubmissionStatus::Drafting,
            SubmissionStatus::InternalReview,
            SubmissionStatus::Approved
        ]
    );
    for status in [SubmissionStatus::Submitted, SubmissionStatus::Acknowledged] {
        let err = s.set_submission_status(empty.id, status).unwrap_err();
        assert!(
            err.kind() == "invalid" && err.field() == Some("status"),
            "{err:?}"
        );
        assert!(err.to_string().contains("Mark as submitted"), "{err}");
        assert!(
            err.to_string()
                .contains("cityrights submission mark-submitted"),
            "{err}"
        );
    }
    assert_eq!(
        s.submission(empty.id).unwrap().status,
        SubmissionStatus::Drafting
    );
    s.set_submission_status(empty.id, SubmissionStatus::InternalReview)
        .unwrap();

    let file = sent_file(&dir, "sent.pdf", b"%PDF-1.7 something");
    let err = s
        .mark_submitted(empty.id, "2026-12-01", "e-mail", &file)
        .unwrap_err();
    assert_eq!(err.kind(), "refused", "{err:?}");
    for part in ["has no text (0 words)", "--into-submission"] {
        assert!(err.to_string().contains(part), "{err}");
    }
    assert_eq!(
        s.check_sendable(empty.id).unwrap_err().to_string(),
        err.to_string()
    );
    assert!(s.sent_record(empty.id).unwrap().is_none());
    assert_eq!(
        s.submission(empty.id).unwrap().status,
        SubmissionStatus::InternalReview
    );
    assert!(
        s.revisions(empty.id).unwrap().is_empty(),
        "no locked revision was taken"
    );
}

#[test]
fn the_engagement_stage_follows_its_submissions_and_never_moves_back() {
    let (dir, mut s) = store();
    let e = engagement(&mut s);
    assert_eq!(s.engagement(e).unwrap().stage, Stage::Upcoming);
    let id = submission(&mut s, e);
    assert_eq!(
        s.engagement(e).unwrap().stage,
        Stage::Drafting,
        "a new submission: drafting"
    );
    let file = sent_file(&dir, "sent.docx", b"bytes");
    let done = s
        .mark_submitted_summary(id, "2026-12-01", "UPR online submission system", &file)
        .unwrap();
    assert_eq!(done.engagement_stage, Stage::Submitted);
    assert_eq!(done.stage_moved_from, Some(Stage::Drafting));
    assert!(
        done.message.contains("moved from drafting to submitted"),
        "{}",
        done.message
    );
    assert_eq!(s.engagement(e).unwrap().stage, Stage::Submitted);

    // Starting a new version does not move it back.
    s.reopen_submission(id).unwrap();
    assert_eq!(s.engagement(e).unwrap().stage, Stage::Submitted);

    // A later stage set by hand stays: neither a new submission nor a sent one moves it back.
    s.set_engagement_stage(e, Stage::UnderReview).unwrap();
    let other = submission(&mut s, e);
    assert_eq!(s.engagement(e).unwrap().stage, Stage::UnderReview);
    let done = s
        .mark_submitted_summary(other, "2026-12-02", "e-mail", &file)
        .unwrap();
    assert_eq!(done.engagement_stage, Stage::UnderReview);
    assert_eq!(done.stage_moved_from, None);
    assert_eq!(s.engagement(e).unwrap().stage, Stage::UnderReview);

    // An upcoming engagement whose first submission is sent moves straight to submitted.
    let e2 = engagement(&mut s);
    let third = submission(&mut s, e2);
    s.set_engagement_stage(e2, Stage::Upcoming).unwrap();
    s.mark_submitted(third, "2026-12-03", "e-mail", &file)
        .unwrap();
    assert_eq!(s.engagement(e2).unwrap().stage, Stage::Submitted);
}

#[test]
fn must_fix_lists_the_errors_only() {
    let (_dir, mut s) = store();
    let e = engagement(&mut s);
    let id = submission(&mut s, e);
    // No city profile: an error; an empty section would only be a warning.
    s.add_section(id, "Empty").unwrap();
    let all = s.compliance(id).unwrap();
    assert!(all.iter().any(|i| i.severity == Severity::Warning));
    let must = s.must_fix(id).unwrap();
    assert!(!must.is_empty());
    assert!(
        must.iter().all(|i| i.severity == Severity::Error),
        "{must:?}"
    );
    assert!(must.iter().any(|i| i.code == "no_city_profile"), "{must:?}");
    assert_eq!(
        must.len(),
        all.iter().filter(|i| i.severity == Severity::Error).count()
    );
}

//! Consultations and the personal data in them: retention, erasure of a person, refusals.

use assert_cmd::Command;
use chrono::NaiveDate;
use cityrights::consultation::{ConsultationFormat, ConsultationInput, ParticipantInput};
use cityrights::document::{Block, Content, Inline, Mark, TableCell, TableRow};
use cityrights::engagement::EngagementInput;
use cityrights::personal_data::{PersonTarget, PlaceKind};
use cityrights::stakeholder::{StakeholderInput, StakeholderKind};
use cityrights::submission::{NewSection, SubmissionInput};
use cityrights::Store;
use serde_json::Value;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn person(name: &str, org: &str, email: &str) -> ParticipantInput {
    ParticipantInput {
        name: name.into(),
        organisation: org.into(),
        role: "Coordinator".into(),
        email: email.into(),
        phone: "+386 1 234 5678".into(),
        consent_to_name: true,
        notes: format!("{name} asked for the draft."),
        ..Default::default()
    }
}

fn consultation(held_on: &str, topic: &str, people: Vec<ParticipantInput>) -> ConsultationInput {
    ConsultationInput {
        held_on: held_on.into(),
        topic: topic.into(),
        format: Some(ConsultationFormat::Meeting),
        notes: String::new(),
        participants: people,
        ..Default::default()
    }
}

fn setup() -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    let e = store
        .create_engagement(&EngagementInput {
            mechanism: "UPR".into(),
            title: "UPR of Slovenia, 4th cycle".into(),
            ..Default::default()
        })
        .unwrap();
    (dir, store, e.id)
}

#[test]
fn purge_anonymises_participants_past_retention_and_keeps_the_consultation() {
    let (_dir, mut store, eng) = setup();
    let tenants = store
        .create_stakeholder(&StakeholderInput {
            name: "Tenants' Association".into(),
            kind: Some(StakeholderKind::Ngo),
            ..Default::default()
        })
        .unwrap();
    let mut old = consultation(
        "2023-03-01",
        "Evictions round table",
        vec![
            person("Ana Novak", "tenants' association", "ana@ngo.example"),
            person("Marko Kranjc", "Housing department", ""),
        ],
    );
    old.notes =
        "Ana Novak and Marko Kranjc agreed on a follow-up; write to ana@ngo.example.".into();
    let old = store.create_consultation(eng, &old).unwrap();
    // Typed as the stakeholder's name (any case): linked.
    assert_eq!(old.participants[0].stakeholder_id, Some(tenants.id));
    assert_eq!(old.participants[1].stakeholder_id, None);
    let recent = store
        .create_consultation(
            eng,
            &consultation(
                "2025-06-01",
                "Water survey",
                vec![person("Eva Zupan", "", "eva@x.example")],
            ),
        )
        .unwrap();

    // Default: 24 months. On 2025-03-02 the 2023-03-01 consultation is past retention.
    let policy = store.retention_policy(day("2025-03-02")).unwrap();
    assert_eq!(
        (policy.retention_months, policy.expired_participants),
        (24, 2)
    );
    let report = store
        .purge_expired_personal_data(day("2025-03-02"))
        .unwrap();
    assert_eq!((report.participants, report.consultations), (2, 1));
    assert_eq!(report.cutoff, "2023-03-02");

    let after = store.consultation(old.id).unwrap();
    assert_eq!(after.topic, "Evictions round table");
    assert_eq!(after.held_on, "2023-03-01");
    assert_eq!(after.participants.len(), 2, "the count stays");
    let p1 = &after.participants[0];
    assert_eq!(p1.name, "Participant 1");
    assert_eq!(
        p1.organisation, "tenants' association",
        "the organisation stays"
    );
    assert_eq!(p1.stakeholder_id, Some(tenants.id));
    assert_eq!(
        (
            p1.email.as_str(),
            p1.phone.as_str(),
            p1.role.as_str(),
            p1.notes.as_str()
        ),
        ("", "", "", "")
    );
    assert!(!p1.consent_to_name);
    assert!(p1.anonymised_at.is_some());
    assert_eq!(after.participants[1].name, "Participant 2");
    assert_eq!(
        after.notes,
        "Participant 1 and Participant 2 agreed on a follow-up; write to [e-mail removed]."
    );
    assert_eq!(
        store.consultation(recent.id).unwrap(),
        recent,
        "a recent one is untouched"
    );

    // Nothing left to do: a second run (as at the next start-up) changes nothing.
    let again = store
        .purge_expired_personal_data(day("2025-03-02"))
        .unwrap();
    assert_eq!((again.participants, again.consultations), (0, 0));

    // A shorter retention takes in the recent one, but only when the removal runs.
    let policy = store.set_retention_months(6, day("2026-01-01")).unwrap();
    assert_eq!(
        (policy.retention_months, policy.expired_participants),
        (6, 1)
    );
    assert_eq!(
        store.consultation(recent.id).unwrap().participants[0].name,
        "Eva Zupan"
    );
    store
        .purge_expired_personal_data(day("2026-01-01"))
        .unwrap();
    assert_eq!(
        store.consultation(recent.id).unwrap().participants[0].name,
        "Participant 1"
    );

    for bad in [0, -3, 601] {
        let e = store
            .set_retention_months(bad, day("2026-01-01"))
            .unwrap_err();
        assert_eq!(e.field(), Some("retention_months"));
        assert!(e.to_string().contains("from 1 to 600"), "{e}");
    }
    assert_eq!(store.retention_months().unwrap(), 6);
}

#[test]
fn an_anonymised_participant_stays_anonymised_when_the_consultation_is_edited() {
    let (_dir, mut store, eng) = setup();
    let c = store
        .create_consultation(
            eng,
            &consultation(
                "2020-01-10",
                "Old",
                vec![person("Ana Novak", "NGO", "ana@ngo.example")],
            ),
        )
        .unwrap();
    store
        .purge_expired_personal_data(day("2025-01-01"))
        .unwrap();
    let c = store.consultation(c.id).unwrap();
    // The form sends the row back as shown, plus a new person in front.
    let mut input = consultation(
        "2020-01-10",
        "Old, edited",
        vec![person("Eva Zupan", "", "")],
    );
    input.participants.push(ParticipantInput {
        id: Some(c.participants[0].id),
        name: "Ana Novak".into(),
        email: "ana@ngo.example".into(),
        organisation: "NGO".into(),
        ..Default::default()
    });
    let edited = store.update_consultation(c.id, &input).unwrap();
    assert_eq!(edited.participants[1].name, "Participant 2");
    assert_eq!(edited.participants[1].email, "");
    assert_eq!(
        edited.participants[1].anonymised_at,
        c.participants[0].anonymised_at
    );
    assert_eq!(edited.participants[0].name, "Eva Zupan");
}

#[test]
fn erasing_a_person_removes_every_occurrence_and_nothing_else() {
    let (_dir, mut store, eng) = setup();
    store
        .save_city_profile(&cityrights::city::CityProfile {
            name: "Ljubljana".into(),
            country: "SVN".into(),
            state_under_review: "Slovenia".into(),
            contact_name: "Ana Novak".into(),
            contact_email: "ana@ngo.example".into(),
            default_language: "en".into(),
            paper_size: cityrights::city::PaperSize::A4,
            logo_path: None,
            is_demo: false,
        })
        .unwrap();
    let ngo = store
        .create_stakeholder(&StakeholderInput {
            name: "Legal Aid Network".into(),
            kind: Some(StakeholderKind::Ngo),
            contact: "Ana Novak <ana@ngo.example>, office@ngo.example".into(),
            notes: "Banana bread at every meeting; Marko Kranjc chairs.".into(),
            ..Default::default()
        })
        .unwrap();
    let mut first = consultation(
        "2026-02-01",
        "Housing",
        vec![
            person("Ana Novak", "Legal Aid Network", "ana@ngo.example"),
            person("Marko Kranjc", "Housing department", "marko@city.example"),
        ],
    );
    first.notes = "ana novak will send figures; Marko Kranjc agrees.".into();
    let first = store.create_consultation(eng, &first).unwrap();
    // The same person in another consultation, typed without her e-mail.
    let second = store
        .create_consultation(
            eng,
            &consultation(
                "2026-03-01",
                "Water",
                vec![person("Eva Zupan", "", ""), person("Ana  Novak", "", "")],
            ),
        )
        .unwrap();

    let found = store.find_person("novak").unwrap();
    assert_eq!(found.len(), 1, "one person, found once: {found:#?}");
    let ana = &found[0];
    assert_eq!(ana.name, "Ana Novak");
    let places: Vec<PlaceKind> = ana.occurrences.iter().map(|o| o.place).collect();
    for p in [
        PlaceKind::Participant,
        PlaceKind::ConsultationNotes,
        PlaceKind::StakeholderContact,
        PlaceKind::CityContact,
    ] {
        assert!(places.contains(&p), "{p:?} in {places:?}");
    }
    assert_eq!(
        places
            .iter()
            .filter(|p| **p == PlaceKind::Participant)
            .count(),
        2,
        "both consultations"
    );
    assert!(
        !places.contains(&PlaceKind::StakeholderNotes),
        "Banana is not Ana"
    );

    let done = store.erase_person(&ana.target, false).unwrap();
    assert_eq!((done.participants, done.consultations), (2, 2));

    let first_after = store.consultation(first.id).unwrap();
    assert_eq!(first_after.participants[0].name, "Participant 1");
    assert_eq!(first_after.participants[0].email, "");
    assert_eq!(
        first_after.participants[0].organisation,
        "Legal Aid Network"
    );
    assert_eq!(
        first_after.participants[1], first.participants[1],
        "Marko intact"
    );
    assert_eq!(
        first_after.notes,
        "Participant 1 will send figures; Marko Kranjc agrees."
    );
    let second_after = store.consultation(second.id).unwrap();
    assert_eq!(second_after.participants[1].name, "Participant 2");
    assert_eq!(
        second_after.participants[0], second.participants[0],
        "Eva intact"
    );

    let ngo_after = store.stakeholder(ngo.id).unwrap();
    assert_eq!(
        ngo_after.contact,
        "[name removed] <[e-mail removed]>, office@ngo.example"
    );
    assert_eq!(ngo_after.notes, ngo.notes);
    let city = store.city_profile().unwrap().unwrap();
    assert_eq!(
        (city.contact_name.as_str(), city.contact_email.as_str()),
        ("", "")
    );
    assert_eq!(city.name, "Ljubljana");

    assert!(store.find_person("novak").unwrap().is_empty());
    assert!(store.find_person("ana@").unwrap().is_empty());
    assert_eq!(store.find_person("kranjc").unwrap().len(), 1);
    let again = store.erase_person(&ana.target, false).unwrap_err();
    assert!(
        again.to_string().contains("already been removed"),
        "{again}"
    );
}

#[test]
fn erasing_by_email_reaches_every_name_recorded_with_it() {
    let (_dir, mut store, eng) = setup();
    store
        .create_consultation(
            eng,
            &consultation(
                "2026-02-01",
                "Housing",
                vec![person("Ana Novak", "", "Ana@NGO.example")],
            ),
        )
        .unwrap();
    let c = store
        .create_consultation(
            eng,
            &consultation("2026-03-01", "Water", vec![person("Ana Novak", "", "")]),
        )
        .unwrap();
    let done = store
        .erase_person(
            &PersonTarget::Email {
                email: "ana@ngo.example".into(),
            },
            false,
        )
        .unwrap();
    assert_eq!(done.participants, 2);
    assert_eq!(
        store.consultation(c.id).unwrap().participants[0].name,
        "Participant 1"
    );
    let none = store
        .erase_person(
            &PersonTarget::Email {
                email: "nobody@x.example".into(),
            },
            false,
        )
        .unwrap_err();
    assert!(none
        .to_string()
        .contains("No personal data with the e-mail address nobody@x.example"));
    let bad = store
        .erase_person(
            &PersonTarget::Email {
                email: "not an address".into(),
            },
            false,
        )
        .unwrap_err();
    assert!(
        bad.to_string().contains("is not an e-mail address"),
        "{bad}"
    );
}

#[test]
fn invalid_consultations_are_refused_in_plain_words_and_nothing_is_written() {
    let (_dir, mut store, eng) = setup();
    let ok = || consultation("2026-02-01", "Housing", vec![person("Ana Novak", "", "")]);
    let cases: Vec<(ConsultationInput, &str, &str)> = vec![
        (
            ConsultationInput {
                held_on: "2026-02-30".into(),
                ..ok()
            },
            "held_on",
            "\"2026-02-30\" is not a valid date",
        ),
        (
            ConsultationInput {
                held_on: " ".into(),
                ..ok()
            },
            "held_on",
            "Give the date of the consultation",
        ),
        (
            ConsultationInput {
                topic: "   ".into(),
                ..ok()
            },
            "topic",
            "The topic cannot be empty",
        ),
        (
            ConsultationInput {
                format: None,
                ..ok()
            },
            "format",
            "Choose how the consultation was held",
        ),
        (
            ConsultationInput {
                participants: vec![person("Ana", "", ""), person(" ", "", "")],
                ..ok()
            },
            "participants",
            "Participant 2 has no name",
        ),
        (
            ConsultationInput {
                participants: vec![person("Ana", "", "ana at ngo")],
                ..ok()
            },
            "participants",
            "\"ana at ngo\" (participant 1) is not an e-mail address",
        ),
    ];
    for (input, field, message) in cases {
        let e = store.create_consultation(eng, &input).unwrap_err();
        assert_eq!(e.field(), Some(field), "{e}");
        assert!(e.to_string().contains(message), "{e}");
    }
    assert!(store.consultations(Some(eng)).unwrap().is_empty());
}

/// A submission whose text names Ana Novak in a paragraph, a footnote, a table cell and a
/// mailto link, with a named revision and a sent version that name her too (the sent file
/// holds her name), and a participant Ana Novak to erase. Returns the submission's id.
fn drafts_naming_ana(store: &mut Store, eng: i64, dir: &std::path::Path) -> i64 {
    store
        .create_consultation(
            eng,
            &consultation(
                "2026-02-01",
                "Housing",
                vec![person("Ana Novak", "", "ana@ngo.example")],
            ),
        )
        .unwrap();
    let sub = store
        .create_submission_with(
            eng,
            &SubmissionInput {
                title: "UPR submission".into(),
                ..Default::default()
            },
            vec![NewSection {
                title: "Methodology".into(),
                content: Content {
                    blocks: vec![Block::para("Ana Novak drafted the first outline.")],
                },
                guidance: String::new(),
            }],
        )
        .unwrap();
    store.name_revision(sub.id, "Sent to legal review").unwrap();
    let file = dir.join("sent.docx");
    std::fs::write(&file, b"Ana Novak drafted the first outline.").unwrap();
    store
        .mark_submitted(sub.id, "2026-04-01", "UPR online submission system", &file)
        .unwrap();
    // A new version after sending (a sent submission is read-only until then).
    store.reopen_submission(sub.id).unwrap();
    let section = store.sections(sub.id).unwrap().remove(0);
    let content = Content {
        blocks: vec![
            Block::Paragraph {
                numbered: true,
                content: vec![
                    Inline::text(
                        "We met ana novak of the tenants; Banana Republic was not consulted.",
                    ),
                    Inline::Footnote {
                        content: vec![Inline::text("Interview with Ana Novak, 2 February 2026.")],
                    },
                ],
            },
            Block::Table {
                rows: vec![TableRow {
                    cells: vec![
                        TableCell {
                            header: false,
                            content: vec![Inline::text("Ana Novak")],
                        },
                        TableCell {
                            header: false,
                            content: vec![Inline::Text {
                                text: "write to her".into(),
                                marks: vec![Mark::Link {
                                    href: "mailto:ana@ngo.example".into(),
                                }],
                            }],
                        },
                    ],
                }],
            },
        ],
    };
    store
        .save_section(section.id, "Methodology", &content, section.version)
        .unwrap();
    sub.id
}

fn all_text(c: &Content) -> String {
    let parts = c.text_parts();
    format!("{}\n{}", parts.body.join("\n"), parts.footnotes.join("\n"))
}

#[test]
fn erasing_in_text_replaces_the_name_in_drafts_and_their_history_but_not_what_was_sent() {
    let (dir, mut store, eng) = setup();
    let sub = drafts_naming_ana(&mut store, eng, dir.path());
    let sent_before = store.sent_record(sub).unwrap().unwrap();
    let sent_bytes = store.sent_file(sub).unwrap();
    let section = store.sections(sub).unwrap().remove(0);
    assert_eq!(store.search_drafts("Novak").unwrap().len(), 1);

    let ana = store.find_person("Ana Novak").unwrap().remove(0);
    let places: Vec<PlaceKind> = ana.occurrences.iter().map(|o| o.place).collect();
    assert!(places.contains(&PlaceKind::DraftText), "{places:?}");
    assert!(places.contains(&PlaceKind::DraftHistory), "{places:?}");

    let done = store.erase_person(&ana.target, true).unwrap();
    assert_eq!(done.participants, 1);
    assert_eq!(done.sections_changed, 1);
    assert!(done.revisions_changed >= 2, "{done:?}");
    assert!(done.left_in_drafts.is_empty(), "{done:?}");

    let after = store.sections(sub).unwrap().remove(0);
    let text = all_text(&after.content);
    assert!(!text.to_lowercase().contains("novak"), "{text}");
    assert!(
        text.contains("We met [name removed] of the tenants"),
        "{text}"
    );
    assert!(
        text.contains("Interview with [name removed], 2 February"),
        "{text}"
    );
    assert!(
        text.contains("Banana Republic"),
        "Banana is not Ana: {text}"
    );
    let Block::Table { rows } = &after.content.blocks[1] else {
        panic!("the table stays a table: {:?}", after.content);
    };
    assert_eq!(
        rows[0].cells[0].content,
        vec![Inline::text("[name removed]")]
    );
    assert_eq!(
        rows[0].cells[1].content,
        vec![Inline::text("write to her")],
        "the mailto link to her goes, its text stays"
    );
    // A new version, as a save makes: an editor that started from the old one meets a conflict.
    assert_eq!(after.version, section.version + 1);
    let stale = store
        .save_section(section.id, "Methodology", &section.content, section.version)
        .unwrap_err();
    assert!(stale.to_string().contains("changed elsewhere"), "{stale}");

    for r in store.revisions(sub).unwrap() {
        let rev = store.revision(r.id).unwrap();
        for s in &rev.sections {
            let t = all_text(&s.content);
            assert!(!t.contains("Novak"), "revision {:?}: {t}", r.kind);
        }
    }
    let named = store
        .revisions(sub)
        .unwrap()
        .into_iter()
        .find(|r| r.name == "Sent to legal review")
        .unwrap();
    assert_eq!(
        all_text(&store.revision(named.id).unwrap().sections[0].content).trim(),
        "[name removed] drafted the first outline."
    );

    // What was sent is the record of what was sent: not changed.
    assert_eq!(store.sent_record(sub).unwrap().unwrap(), sent_before);
    assert_eq!(store.sent_file(sub).unwrap(), sent_bytes);

    assert!(store.search_drafts("Novak").unwrap().is_empty());
    assert_eq!(store.search_drafts("Banana").unwrap().len(), 1);
    assert_eq!(store.search_drafts("name removed").unwrap().len(), 1);
}

#[test]
fn erasing_without_the_text_option_changes_no_text() {
    let (dir, mut store, eng) = setup();
    let sub = drafts_naming_ana(&mut store, eng, dir.path());
    let sections = store.sections(sub).unwrap();
    let revisions: Vec<_> = store
        .revisions(sub)
        .unwrap()
        .into_iter()
        .map(|r| store.revision(r.id).unwrap())
        .collect();

    let ana = store.find_person("Ana Novak").unwrap().remove(0);
    let done = store.erase_person(&ana.target, false).unwrap();
    assert_eq!((done.sections_changed, done.revisions_changed), (0, 0));
    assert_eq!(
        done.left_in_drafts
            .iter()
            .map(|o| o.place)
            .collect::<Vec<_>>(),
        [PlaceKind::DraftText, PlaceKind::DraftHistory]
    );
    assert_eq!(store.sections(sub).unwrap(), sections);
    let after: Vec<_> = store
        .revisions(sub)
        .unwrap()
        .into_iter()
        .map(|r| store.revision(r.id).unwrap())
        .collect();
    assert_eq!(after, revisions);
    assert_eq!(store.search_drafts("Novak").unwrap().len(), 1);
}

fn cli(db: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("cityrights").unwrap();
    c.arg("--db").arg(db).env_remove("CITYRIGHTS_DB");
    c
}

fn json(db: &std::path::Path, args: &[&str]) -> Value {
    let out = cli(db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_cli_lists_finds_erases_and_purges_and_respects_the_writer_lock() {
    let (dir, mut store, eng) = setup();
    store
        .create_consultation(
            eng,
            &consultation(
                "2026-02-01",
                "Housing",
                vec![
                    person("Ana Novak", "", "ana@ngo.example"),
                    person("Marko Kranjc", "", ""),
                ],
            ),
        )
        .unwrap();
    store
        .create_consultation(
            eng,
            &consultation("2001-01-01", "Old", vec![person("Eva Zupan", "", "")]),
        )
        .unwrap();
    drop(store);
    let db = dir.path().join("c.sqlite3");

    let list = json(
        &db,
        &[
            "consultations",
            "list",
            "--engagement",
            &eng.to_string(),
            "--json",
        ],
    );
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["topic"], "Housing");
    assert_eq!(list[0]["format"], "meeting");
    assert_eq!(list[0]["participants"][0]["name"], "Ana Novak");
    let missing = cli(&db)
        .args(["consultations", "list", "--engagement", "999"])
        .output()
        .unwrap();
    assert!(!missing.status.success());

    let found = json(&db, &["personal-data", "find", "ana@ngo", "--json"]);
    assert_eq!(found[0]["target"]["by"], "participant");
    assert_eq!(found[0]["email"], "ana@ngo.example");

    // While the app holds the database, erasing is refused and finding still works.
    let session = cityrights::session::Session::open(&db);
    let refused = cli(&db)
        .args(["personal-data", "erase", "--email", "ana@ngo.example"])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("CityRights is open on"));
    json(&db, &["personal-data", "find", "ana", "--json"]);
    drop(session);

    let erased = json(
        &db,
        &[
            "personal-data",
            "erase",
            "--email",
            "ana@ngo.example",
            "--json",
        ],
    );
    assert_eq!(erased["participants"], 1);
    let purged = json(&db, &["personal-data", "purge-expired", "--json"]);
    assert_eq!(
        (
            purged["participants"].as_i64(),
            purged["retention_months"].as_i64()
        ),
        (Some(1), Some(24))
    );
    let list = json(&db, &["consultations", "list", "--json"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| {
            c["participants"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["name"].as_str().unwrap())
        })
        .collect();
    assert_eq!(names, ["Participant 1", "Marko Kranjc", "Participant 1"]);
    let neither = cli(&db).args(["personal-data", "erase"]).output().unwrap();
    assert!(!neither.status.success());
}

#[test]
fn the_cli_erases_in_text_when_asked_and_says_how_much_changed() {
    let (dir, mut store, eng) = setup();
    let sub = drafts_naming_ana(&mut store, eng, dir.path());
    let id = match store.find_person("Ana Novak").unwrap().remove(0).target {
        PersonTarget::Participant { id } => id,
        other => panic!("a participant: {other:?}"),
    };
    drop(store);
    let db = dir.path().join("c.sqlite3");
    let done = json(
        &db,
        &[
            "personal-data",
            "erase",
            "--person",
            &id.to_string(),
            "--in-text",
            "--json",
        ],
    );
    assert_eq!(done["participants"], 1);
    assert_eq!(done["sections_changed"], 1);
    assert!(done["revisions_changed"].as_i64().unwrap() >= 2, "{done}");
    assert_eq!(done["left_in_drafts"].as_array().map(Vec::len), Some(0));
    let store = Store::open(&db).unwrap();
    assert!(store.search_drafts("Novak").unwrap().is_empty());
    assert!(store.sent_record(sub).unwrap().is_some());
}

//! Follow-up that never loses work (issue #20, part 6): the detail dialog's one Save writes
//! everything or nothing; a bulk change says how many existing values it would replace, and
//! can keep them; departments come from the city's list, which a new name joins, which
//! Settings renames (merging spellings) and prunes, and which the departments typed before it
//! existed started.

use cityrights::import::recommendations as batch;
use cityrights::recommendation::{
    BulkChange, BulkMode, BulkPreview, Competence, FollowUp, LocalStatus, NewEvidence,
    RecommendationFilter,
};
use cityrights::store::APPLICATION_ID;
use cityrights::{Error, Store};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    (dir, s)
}

/// A report of `n` recommendations, 140.1 to 140.n; their ids in order.
fn report(s: &mut Store, n: usize) -> Vec<i64> {
    let mut text = String::from("140. The following recommendations will be examined:\n");
    for i in 1..=n {
        text.push_str(&format!(
            "140.{i} Recommendation number {i} on housing (Brazil);\n"
        ));
    }
    text.push_str("141. All conclusions reflect the position of the submitting State(s).\n");
    s.import_recommendations(
        batch::report_batch(text.as_bytes(), "A/HRC/59/15", "report.txt").unwrap(),
    )
    .unwrap();
    let mut items = s
        .list_recommendations(&RecommendationFilter::default(), 1000, 0)
        .unwrap()
        .items;
    items.sort_by_key(|r| r.id);
    items.into_iter().map(|r| r.id).collect()
}

fn follow_up(department: &str) -> FollowUp {
    FollowUp {
        competence: Competence::Unknown,
        department: department.into(),
        local_status: LocalStatus::NotStarted,
        tags: vec![],
        new_evidence: None,
        removed_evidence: vec![],
    }
}

/// (selected, replaced, unchanged) of a bulk change.
fn preview(s: &Store, ids: &[i64], change: &BulkChange) -> (usize, usize, usize) {
    let BulkPreview {
        selected,
        replaced,
        unchanged,
    } = s.bulk_preview(ids, change).unwrap();
    (selected, replaced, unchanged)
}

/// The city's list of departments, by name.
fn names(s: &Store) -> Vec<String> {
    s.departments()
        .unwrap()
        .into_iter()
        .map(|d| d.name)
        .collect()
}

fn department(s: &Store, id: i64) -> String {
    s.recommendation(id).unwrap().department
}

#[test]
fn a_bulk_department_says_how_many_it_would_replace_and_can_keep_them() {
    let (_d, mut s) = store();
    let ids = report(&mut s, 13);
    // Three set by hand to another department, one already to the new one (in another case).
    for &id in &ids[..3] {
        s.save_follow_up(id, &follow_up("Social services")).unwrap();
    }
    s.save_follow_up(ids[3], &follow_up("Housing department"))
        .unwrap();
    // One selected row went to the bin meanwhile: it is not counted.
    s.delete_recommendation(ids[12]).unwrap();
    let change = BulkChange::SetDepartment {
        department: "housing department".into(),
    };
    assert_eq!(preview(&s, &ids, &change), (12, 3, 1));

    // Keep theirs: the nine without a department of their own get it.
    assert_eq!(
        s.bulk_change_with(&ids, &change, BulkMode::KeepExisting)
            .unwrap(),
        9
    );
    for &id in &ids[..3] {
        assert_eq!(department(&s, id), "Social services");
    }
    for &id in &ids[3..12] {
        assert_eq!(
            department(&s, id),
            "Housing department",
            "the list's spelling"
        );
    }
    assert_eq!(preview(&s, &ids, &change), (12, 3, 9));

    // Replace: every one.
    assert_eq!(
        s.bulk_change_with(&ids, &change, BulkMode::Replace)
            .unwrap(),
        12
    );
    assert_eq!(department(&s, ids[0]), "Housing department");
    s.restore(cityrights::bin::BinKind::Recommendation, ids[12])
        .unwrap();
    assert_eq!(department(&s, ids[12]), "", "the binned one was untouched");
    s.delete_recommendation(ids[12]).unwrap();
    assert_eq!(preview(&s, &ids, &change), (12, 0, 12));
}

#[test]
fn competence_and_status_count_as_set_when_not_at_their_starting_value() {
    let (_d, mut s) = store();
    let ids = report(&mut s, 4);
    let mut f = follow_up("");
    f.competence = Competence::None;
    f.local_status = LocalStatus::Implemented;
    s.save_follow_up(ids[0], &f).unwrap();
    f.competence = Competence::Exclusive;
    f.local_status = LocalStatus::InProgress;
    s.save_follow_up(ids[1], &f).unwrap();

    let competence = BulkChange::SetCompetence {
        competence: Competence::Exclusive,
    };
    assert_eq!(preview(&s, &ids, &competence), (4, 1, 1));
    let status = BulkChange::SetLocalStatus {
        local_status: LocalStatus::InProgress,
    };
    assert_eq!(s.bulk_preview(&ids, &status).unwrap().replaced, 1);
    assert_eq!(
        s.bulk_change_with(&ids, &status, BulkMode::KeepExisting)
            .unwrap(),
        3
    );
    assert_eq!(
        s.recommendation(ids[0]).unwrap().local_status,
        LocalStatus::Implemented
    );
    // Tags replace nothing; an empty selection is refused in plain words.
    let tag = BulkChange::AddTag {
        tag: "housing".into(),
    };
    assert_eq!(preview(&s, &ids, &tag), (4, 0, 0));
    let e = s.bulk_preview(&[], &tag).unwrap_err();
    assert_eq!(e.field(), Some("ids"));
}

#[test]
fn one_save_writes_the_whole_follow_up_or_nothing() {
    let (_d, mut s) = store();
    let ids = report(&mut s, 2);
    let id = ids[0];
    let first = s
        .save_follow_up(
            id,
            &FollowUp {
                competence: Competence::Shared,
                department: "Housing department".into(),
                local_status: LocalStatus::InProgress,
                tags: vec!["roma".into(), "housing".into(), "roma".into()],
                new_evidence: Some(NewEvidence {
                    noted_on: "2026-03-01".into(),
                    note: "Council decision 2026/14".into(),
                }),
                removed_evidence: vec![],
            },
        )
        .unwrap();
    assert_eq!(first.recommendation.tags, ["housing", "roma"]);
    assert_eq!(first.recommendation.competence, Competence::Shared);
    assert_eq!(first.evidence.len(), 1);
    let note = first.evidence[0].id;
    let elsewhere = s.add_evidence(ids[1], "2026-01-01", "Other").unwrap();

    // A date that does not exist: refused under its field, and nothing else is written.
    let bad = FollowUp {
        competence: Competence::None,
        department: "Water utility".into(),
        local_status: LocalStatus::Implemented,
        tags: vec![],
        new_evidence: Some(NewEvidence {
            noted_on: "2026-02-30".into(),
            note: "Pipes replaced".into(),
        }),
        removed_evidence: vec![note],
    };
    let e = s.save_follow_up(id, &bad).unwrap_err();
    assert_eq!(e.field(), Some("noted_on"));
    assert_eq!(s.recommendation_detail(id).unwrap(), first);
    assert!(s
        .departments()
        .unwrap()
        .iter()
        .all(|d| d.name != "Water utility"));

    // Fixed: all of it at once; a note of another recommendation is not removed from here.
    let fixed = FollowUp {
        new_evidence: Some(NewEvidence {
            noted_on: "2026-02-28".into(),
            note: "Pipes replaced".into(),
        }),
        removed_evidence: vec![note, elsewhere.id],
        ..bad
    };
    let saved = s.save_follow_up(id, &fixed).unwrap();
    assert_eq!(saved.recommendation.department, "Water utility");
    assert_eq!(saved.recommendation.local_status, LocalStatus::Implemented);
    assert!(saved.recommendation.tags.is_empty());
    assert_eq!(
        saved
            .evidence
            .iter()
            .map(|e| e.note.as_str())
            .collect::<Vec<_>>(),
        ["Pipes replaced"]
    );
    assert_eq!(s.recommendation_detail(ids[1]).unwrap().evidence.len(), 1);
    assert!(matches!(
        s.save_follow_up(9999, &fixed),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn the_city_list_of_departments_is_renamed_merged_and_pruned_with_the_recommendations() {
    let (_d, mut s) = store();
    let ids = report(&mut s, 4);
    s.save_follow_up(ids[0], &follow_up("Housing dept."))
        .unwrap();
    s.save_follow_up(ids[1], &follow_up("Housing department"))
        .unwrap();
    s.save_follow_up(ids[2], &follow_up("Housing department"))
        .unwrap();
    let parks = s.add_department("Parks").unwrap();
    assert_eq!(s.add_department("  parks ").unwrap(), parks, "not twice");
    assert_eq!(s.add_department("").unwrap_err().field(), Some("name"));
    let list = s.department_list().unwrap();
    let counts: Vec<(&str, usize)> = list
        .iter()
        .map(|d| (d.name.as_str(), d.recommendations))
        .collect();
    assert_eq!(
        counts,
        [
            ("Housing department", 2),
            ("Housing dept.", 1),
            ("Parks", 0)
        ]
    );

    // Renaming onto another department's name merges the spellings.
    let dept = list.iter().find(|d| d.name == "Housing dept.").unwrap().id;
    let renamed = s.rename_department(dept, "HOUSING DEPARTMENT").unwrap();
    assert!(renamed.merged);
    assert_eq!(renamed.new, "Housing department");
    assert_eq!(renamed.recommendations, 1);
    assert_eq!(department(&s, ids[0]), "Housing department");
    let facets = s.recommendation_facets().unwrap();
    assert_eq!(facets.departments.len(), 1);
    assert_eq!(facets.departments[0].count, 3);

    // A plain rename follows the recommendations too, those in the bin included.
    s.delete_recommendation(ids[2]).unwrap();
    let housing = s.department_list().unwrap()[0].id;
    let renamed = s
        .rename_department(housing, "Housing and urban planning")
        .unwrap();
    assert!(!renamed.merged);
    assert_eq!(renamed.recommendations, 2);
    s.restore(cityrights::bin::BinKind::Recommendation, ids[2])
        .unwrap();
    assert_eq!(department(&s, ids[2]), "Housing and urban planning");

    // Removing: refused while recommendations name it; an unused one goes.
    let e = s.remove_department(housing).unwrap_err();
    assert_eq!(e.kind(), "refused");
    assert!(e.to_string().contains("3 recommendations name"), "{e}");
    s.remove_department(parks.id).unwrap();
    assert_eq!(names(&s), ["Housing and urban planning"]);
    assert!(matches!(
        s.remove_department(parks.id),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn departments_typed_before_the_list_existed_start_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    {
        // A database of schema 6, before the list and the bin for recommendations.
        let conn = rusqlite::Connection::open(&db).unwrap();
        for sql in [
            include_str!("../assets/migrations/001_initial.sql"),
            include_str!("../assets/migrations/002_drafting.sql"),
            include_str!("../assets/migrations/003_calendar.sql"),
            include_str!("../assets/migrations/004_recommendations.sql"),
            include_str!("../assets/migrations/005_consultations.sql"),
            include_str!("../assets/migrations/006_national_actors.sql"),
        ] {
            conn.execute_batch(sql).unwrap();
        }
        for (i, department) in ["Housing", " housing", "Water utility", ""]
            .iter()
            .enumerate()
        {
            conn.execute(
                "INSERT INTO recommendation (symbol, paragraph, text, source, department, created_at, updated_at)
                 VALUES ('A/HRC/59/15', ?1, 'Text', 'manual', ?2, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                rusqlite::params![format!("140.{i}"), department],
            )
            .unwrap();
        }
        conn.execute_batch(&format!(
            "PRAGMA user_version = 6; PRAGMA application_id = {APPLICATION_ID};"
        ))
        .unwrap();
    }
    let s = Store::open(&db).unwrap();
    assert_eq!(names(&s), ["Housing", "Water utility"]);
    assert_eq!(
        s.list_recommendations(&RecommendationFilter::default(), 10, 0)
            .unwrap()
            .total,
        4,
        "nothing is in the bin after the upgrade"
    );
    assert!(s.bin().unwrap().is_empty());
}

#[test]
fn a_person_typed_as_a_department_is_found_and_erased_from_the_list_too() {
    use cityrights::consultation::{ConsultationFormat, ConsultationInput, ParticipantInput};
    use cityrights::engagement::EngagementInput;
    use cityrights::personal_data::{PersonTarget, PlaceKind};
    let (_d, mut s) = store();
    let ids = report(&mut s, 1);
    s.save_follow_up(ids[0], &follow_up("Ana Novak")).unwrap();
    s.add_department("Parks").unwrap();
    let e = s
        .create_engagement(&EngagementInput {
            mechanism: "UPR".into(),
            title: "UPR of Exampleland".into(),
            ..Default::default()
        })
        .unwrap();
    s.create_consultation(
        e.id,
        &ConsultationInput {
            held_on: "2026-02-01".into(),
            topic: "Housing".into(),
            format: Some(ConsultationFormat::Meeting),
            participants: vec![ParticipantInput {
                name: "Ana Novak".into(),
                email: "ana@ngo.example".into(),
                ..Default::default()
            }],
            ..Default::default()
        },
    )
    .unwrap();
    let found = s.find_person("Ana Novak").unwrap();
    assert!(found[0]
        .occurrences
        .iter()
        .any(|o| o.place == PlaceKind::DepartmentList && o.value == "Ana Novak"));
    s.erase_person(
        &PersonTarget::Email {
            email: "ana@ngo.example".into(),
        },
        false,
    )
    .unwrap();
    assert_eq!(names(&s), ["Parks"]);
    assert_eq!(department(&s, ids[0]), "");
}

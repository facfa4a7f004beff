//! One way to delete (issue #20, part 5): recommendations, with the city's follow-up, and
//! milestones, with their reminders, go to the Bin and come back whole; while they are there,
//! nothing lists, counts, searches, exports, reminds of or shows them; emptying the bin deletes
//! them for good.

use chrono::{DateTime, Duration, Utc};
use cityrights::bin::BinKind;
use cityrights::document::{Block, Content, Inline};
use cityrights::engagement::EngagementInput;
use cityrights::import::recommendations as batch;
use cityrights::milestone::{MilestoneInput, MilestoneKind};
use cityrights::recommendation::{
    CityFields, Competence, FollowUp, LocalStatus, NewEvidence, RecommendationFilter,
    RecommendationInput,
};
use cityrights::submission::{NewSection, SubmissionInput};
use cityrights::{Error, Store};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    (dir, s)
}

const REPORT: &str = "140. The following recommendations will be examined:
140.1 Ratify the Optional Protocol to the Covenant (Portugal);
140.2 Adopt a national housing strategy that guarantees adequate housing for Roma (Brazil);
140.3 Strengthen measures to reduce statelessness (Iraq).
141. All conclusions reflect the position of the submitting State(s).";

/// Three recommendations of A/HRC/59/15; 140.2 followed up by the city (competence,
/// department, status, tags, two evidence notes) and cited in a draft.
fn followed_up(s: &mut Store) -> i64 {
    s.import_recommendations(
        batch::report_batch(REPORT.as_bytes(), "A/HRC/59/15", "report.txt").unwrap(),
    )
    .unwrap();
    let id = para(s, "140.2");
    s.save_follow_up(
        id,
        &FollowUp {
            competence: Competence::Shared,
            department: "Housing department".into(),
            local_status: LocalStatus::InProgress,
            tags: vec!["housing".into(), "roma".into()],
            new_evidence: Some(NewEvidence {
                noted_on: "2026-03-01".into(),
                note: "Council decision 2026/14 funds 200 homes".into(),
            }),
            removed_evidence: vec![],
        },
    )
    .unwrap();
    s.add_evidence(id, "2026-05-02", "First 40 homes let to Roma families")
        .unwrap();
    let e = engagement(s);
    s.create_submission_with(
        e.id,
        &SubmissionInput {
            title: "Housing input".into(),
            ..Default::default()
        },
        vec![NewSection {
            title: "Housing".into(),
            content: Content {
                blocks: vec![Block::Paragraph {
                    numbered: true,
                    content: vec![
                        Inline::text("As recommended "),
                        Inline::Citation {
                            symbol: "A/HRC/59/15".into(),
                            paragraph: Some("140.2".into()),
                        },
                    ],
                }],
            },
            guidance: String::new(),
        }],
    )
    .unwrap();
    id
}

/// A UPR engagement to hang milestones and drafts on.
fn engagement(s: &mut Store) -> cityrights::engagement::Engagement {
    s.create_engagement(&EngagementInput {
        mechanism: "UPR".into(),
        title: "UPR of Exampleland".into(),
        ..Default::default()
    })
    .unwrap()
}

fn para(s: &Store, paragraph: &str) -> i64 {
    s.list_recommendations(&RecommendationFilter::default(), 100, 0)
        .unwrap()
        .items
        .into_iter()
        .find(|r| r.paragraph == paragraph)
        .unwrap()
        .id
}

fn listed(s: &Store, filter: &RecommendationFilter) -> Vec<String> {
    s.list_recommendations(filter, 100, 0)
        .unwrap()
        .items
        .into_iter()
        .map(|r| r.paragraph)
        .collect()
}

#[test]
fn a_recommendation_with_its_follow_up_goes_to_the_bin_and_comes_back_whole() {
    let (_d, mut s) = store();
    let id = followed_up(&mut s);
    let before = s.recommendation_detail(id).unwrap();
    assert_eq!(before.evidence.len(), 2);
    assert_eq!(before.cited_in.len(), 1);
    assert_eq!(before.recommendation.tags, ["housing", "roma"]);

    s.delete_recommendation(id).unwrap();
    let bin = s.bin().unwrap();
    assert_eq!(bin.len(), 1);
    assert_eq!(bin[0].kind, BinKind::Recommendation);
    assert_eq!(bin[0].id, id);
    assert_eq!(bin[0].title, "A/HRC/59/15, para. 140.2");
    assert!(bin[0]
        .context
        .starts_with("Adopt a national housing strategy"));
    assert!(matches!(
        s.recommendation_detail(id),
        Err(Error::NotFound { .. })
    ));
    // Deleting it twice, or changing it while it is in the bin, says it is not there.
    assert!(matches!(
        s.delete_recommendation(id),
        Err(Error::NotFound { .. })
    ));
    assert!(s.set_tags(id, &["x".into()]).is_err());
    assert!(s.add_evidence(id, "2026-06-01", "x").is_err());

    s.restore(BinKind::Recommendation, id).unwrap();
    assert_eq!(s.recommendation_detail(id).unwrap(), before);
    assert!(s.bin().unwrap().is_empty());
}

#[test]
fn a_binned_recommendation_is_left_out_of_lists_counts_search_and_the_matrix() {
    let (_d, mut s) = store();
    let id = followed_up(&mut s);
    s.delete_recommendation(id).unwrap();

    assert_eq!(
        listed(&s, &RecommendationFilter::default()),
        ["140.1", "140.3"]
    );
    let by_department = RecommendationFilter {
        department: Some("Housing department".into()),
        ..Default::default()
    };
    assert!(listed(&s, &by_department).is_empty());
    let searched = RecommendationFilter {
        query: "housing".into(),
        ..Default::default()
    };
    assert!(listed(&s, &searched).is_empty(), "the table's search");
    assert!(
        s.search_recommendations("housing roma", 10)
            .unwrap()
            .is_empty(),
        "the search and the citation picker"
    );
    assert!(s.search_recommendations("tatelessn", 10).unwrap().len() == 1);

    let facets = s.recommendation_facets().unwrap();
    assert_eq!(facets.total, 2);
    assert!(facets.departments.is_empty());
    assert!(facets.tags.is_empty());
    assert_eq!(facets.symbols[0].count, 2);
    let overview = s.recommendations_overview().unwrap();
    assert_eq!(overview.total, 2);
    assert_eq!(overview.within_competence, 0);
    assert_eq!(overview.new_since_last_import, 2);
    assert_eq!(overview.by_theme.iter().map(|t| t.total).sum::<usize>(), 2);

    // The follow-up matrix, as CSV and as PDF.
    let rows = s.follow_up_rows(&RecommendationFilter::default()).unwrap();
    assert_eq!(rows.len(), 2);
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("m.csv");
    assert_eq!(
        s.export_follow_up_csv(&csv, &RecommendationFilter::default())
            .unwrap()
            .rows,
        2
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(!text.contains("140.2") && !text.contains("Housing department"));
    let pdf = dir.path().join("m.pdf");
    assert_eq!(
        s.export_follow_up_pdf(&pdf, &RecommendationFilter::default())
            .unwrap()
            .rows,
        2
    );

    // The workspace file counts what is there, not what is in the bin.
    let ws = s
        .export_workspace(&dir.path().join("w.cityrights"))
        .unwrap();
    assert_eq!(ws.recommendations, 2);
}

#[test]
fn importing_again_never_brings_a_binned_recommendation_back_or_adds_it_twice() {
    let (_d, mut s) = store();
    let id = followed_up(&mut s);
    s.delete_recommendation(id).unwrap();
    let again = s
        .import_recommendations(
            batch::report_batch(REPORT.as_bytes(), "A/HRC/59/15", "report.txt").unwrap(),
        )
        .unwrap();
    assert_eq!(again.imported, 0);
    assert_eq!(
        listed(&s, &RecommendationFilter::default()),
        ["140.1", "140.3"]
    );
    assert_eq!(s.bin().unwrap().len(), 1);
    // Typing it in by hand points to the bin.
    let e = s
        .create_recommendation(&RecommendationInput {
            symbol: "A/HRC/59/15".into(),
            paragraph: "140.2".into(),
            text: "Adopt a housing strategy.".into(),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(e.field(), Some("paragraph"));
    assert!(e.to_string().contains("is in the Bin"), "{e}");
}

#[test]
fn emptying_the_bin_deletes_a_recommendation_with_its_follow_up_for_good() {
    let (_d, mut s) = store();
    let id = followed_up(&mut s);
    let other = para(&s, "140.1");
    s.add_evidence(other, "2026-01-01", "Kept").unwrap();
    s.delete_recommendation(id).unwrap();
    assert_eq!(s.empty_bin().unwrap(), 1);
    assert!(s.bin().unwrap().is_empty());
    assert!(s.restore(BinKind::Recommendation, id).is_err());
    // An import brings the UN's text back as new: the city's follow-up is gone for good.
    let again = s
        .import_recommendations(
            batch::report_batch(REPORT.as_bytes(), "A/HRC/59/15", "report.txt").unwrap(),
        )
        .unwrap();
    assert_eq!(again.imported, 1);
    let back = s.recommendation_detail(para(&s, "140.2")).unwrap();
    assert!(back.evidence.is_empty());
    assert!(back.recommendation.tags.is_empty());
    assert_eq!(back.recommendation.department, "");
    // The others keep theirs.
    assert_eq!(s.recommendation_detail(other).unwrap().evidence.len(), 1);
}

fn milestone(title: &str, date: &str, reminders: &str) -> MilestoneInput {
    MilestoneInput {
        kind: Some(MilestoneKind::WindowCloses),
        title: title.into(),
        date: date.into(),
        time: Some("23:59".into()),
        time_zone: "Europe/Zurich".into(),
        is_estimate: true,
        basis: "UPR47".into(),
        notes: "Ask the housing department first".into(),
        reminder_days: Some(reminders.into()),
        ..Default::default()
    }
}

#[test]
fn a_milestone_with_its_reminders_goes_to_the_bin_and_comes_back_whole() {
    let (_d, mut s) = store();
    let e = engagement(&mut s);
    let now: DateTime<Utc> = "2027-03-01T09:00:00Z".parse().unwrap();
    let kept = s
        .add_milestone(e.id, &milestone("Session", "2027-09-20", "7"))
        .unwrap();
    let m = s
        .add_milestone(e.id, &milestone("Window closes", "2027-03-20", "30, 14, 2"))
        .unwrap();
    // The 30-day reminder has been given (so it is not given again after the restore).
    let given = s.take_due_reminders(now).unwrap();
    assert_eq!(given.len(), 1);
    assert_eq!(given[0].deadline.milestone_id, m.id);

    s.delete_milestone(m.id).unwrap();
    let bin = s.bin().unwrap();
    assert_eq!(bin.len(), 1);
    assert_eq!(bin[0].kind, BinKind::Milestone);
    assert_eq!(
        (bin[0].title.as_str(), bin[0].context.as_str()),
        ("Window closes", "UPR of Exampleland")
    );

    // Hidden everywhere: the engagement, the calendar, deadlines, reminders, iCalendar.
    let ids = |v: Vec<i64>| v.into_iter().filter(|&i| i == m.id).count();
    assert_eq!(
        ids(s.milestones(e.id).unwrap().iter().map(|x| x.id).collect()),
        0
    );
    assert!(s.milestone(m.id).is_err());
    assert_eq!(
        ids(s
            .calendar_view(now, "Europe/Zurich")
            .unwrap()
            .events
            .iter()
            .map(|x| x.milestone.id)
            .collect()),
        0
    );
    assert_eq!(
        ids(s
            .deadlines_within(now, 400)
            .unwrap()
            .iter()
            .map(|d| d.milestone_id)
            .collect()),
        0
    );
    assert!(s
        .take_due_reminders(now + Duration::days(15))
        .unwrap()
        .is_empty());
    let ics = s.export_ics(None).unwrap();
    assert_eq!(ics.events, 1);
    assert!(!ics.text.contains("Window closes"));
    // It cannot be edited there.
    assert!(s
        .update_milestone(m.id, &milestone("Edited", "2027-03-21", "1"))
        .is_err());

    s.restore(BinKind::Milestone, m.id).unwrap();
    let back = s.milestone(m.id).unwrap();
    assert_eq!(back, m);
    assert_eq!(back.reminder_days, [30, 14, 2]);
    assert_eq!(s.milestones(e.id).unwrap().len(), 2);
    // The 30-day reminder was given before: only the 14-day one comes now.
    let after = s.take_due_reminders(now + Duration::days(7)).unwrap();
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].days_before, 14);
    assert_eq!(s.milestone(kept.id).unwrap(), kept);
}

#[test]
fn emptying_the_bin_deletes_a_milestone_for_good_and_a_binned_engagement_hides_its_own() {
    let (_d, mut s) = store();
    let e = engagement(&mut s);
    let m = s
        .add_milestone(e.id, &milestone("Window closes", "2027-03-20", "7"))
        .unwrap();
    let n = s
        .add_milestone(e.id, &milestone("Session", "2027-09-20", "7"))
        .unwrap();
    s.delete_milestone(m.id).unwrap();
    // A milestone inside a binned engagement is not listed on its own.
    s.delete_engagement(e.id).unwrap();
    let bin = s.bin().unwrap();
    assert_eq!(bin.len(), 1);
    assert_eq!(bin[0].kind, BinKind::Engagement);
    s.restore(BinKind::Engagement, e.id).unwrap();
    // The engagement comes back with the milestone it had; the binned one stays in the bin.
    assert_eq!(s.milestones(e.id).unwrap(), vec![n.clone()]);
    assert_eq!(s.bin().unwrap()[0].kind, BinKind::Milestone);
    assert_eq!(s.empty_bin().unwrap(), 1);
    assert!(s.restore(BinKind::Milestone, m.id).is_err());
    assert_eq!(s.milestones(e.id).unwrap(), vec![n]);
}

#[test]
fn the_bin_kinds_have_one_word_each() {
    for k in BinKind::ALL {
        assert_eq!(BinKind::parse(k.as_str()), Some(k));
        assert_eq!(
            serde_json::to_value(k).unwrap(),
            serde_json::Value::String(k.as_str().into())
        );
    }
    assert_eq!(BinKind::parse("recommendations"), None);
}

#[test]
fn city_fields_saved_the_old_way_still_land_in_the_list_of_departments() {
    let (_d, mut s) = store();
    let id = followed_up(&mut s);
    let other = para(&s, "140.1");
    s.set_city_fields(
        other,
        &CityFields {
            competence: Competence::Exclusive,
            department: "  housing DEPARTMENT ".into(),
            local_status: LocalStatus::NotStarted,
        },
    )
    .unwrap();
    // The list's spelling wins: one department, not two.
    assert_eq!(
        s.recommendation(other).unwrap().department,
        "Housing department"
    );
    assert_eq!(
        s.recommendation(id).unwrap().department,
        "Housing department"
    );
    assert_eq!(
        s.departments()
            .unwrap()
            .iter()
            .map(|d| d.name.as_str())
            .collect::<Vec<_>>(),
        ["Housing department"]
    );
}

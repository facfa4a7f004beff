//! Engagements, milestones, rules and the bin, through the core API.

use cityrights::bin::BinKind;
use cityrights::engagement::{EngagementInput, Stage};
use cityrights::milestone::{MilestoneInput, MilestoneKind};
use cityrights::Store;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("c.sqlite3")).unwrap();
    (dir, s)
}

fn input(title: &str) -> cityrights::submission::SubmissionInput {
    cityrights::submission::SubmissionInput {
        title: title.into(),
        ..Default::default()
    }
}

fn section(title: &str, text: &str) -> cityrights::submission::NewSection {
    cityrights::submission::NewSection {
        title: title.into(),
        content: cityrights::document::Content {
            blocks: vec![cityrights::document::Block::para(text)],
        },
        guidance: String::new(),
    }
}

fn upr(title: &str) -> EngagementInput {
    EngagementInput {
        mechanism: "UPR".into(),
        title: title.into(),
        ..Default::default()
    }
}

fn ms(kind: MilestoneKind, date: &str, time: Option<&str>) -> MilestoneInput {
    MilestoneInput {
        kind: Some(kind),
        title: "Milestone".into(),
        date: date.into(),
        time: time.map(str::to_string),
        time_zone: "Europe/Zurich".into(),
        ..Default::default()
    }
}

#[test]
fn an_empty_title_is_refused_with_the_field_named() {
    let (_d, mut s) = store();
    let e = s.create_engagement(&upr("   ")).unwrap_err();
    assert_eq!(e.field(), Some("title"));
    assert!(s.engagements().unwrap().is_empty());
}

#[test]
fn an_unknown_mechanism_is_refused() {
    let (_d, mut s) = store();
    let e = s
        .create_engagement(&EngagementInput {
            mechanism: "XYZ".into(),
            ..upr("T")
        })
        .unwrap_err();
    assert_eq!(e.field(), Some("mechanism"));
}

#[test]
fn an_over_long_text_is_refused() {
    let (_d, mut s) = store();
    let e = s
        .create_engagement(&EngagementInput {
            notes: "x".repeat(20_001),
            ..upr("T")
        })
        .unwrap_err();
    assert_eq!(e.field(), Some("notes"));
}

#[test]
fn a_window_cannot_close_before_it_opens_in_either_order_of_entry() {
    let (_d, mut s) = store();
    let e = s.create_engagement(&upr("UPR of Slovenia")).unwrap();
    s.add_milestone(e.id, &ms(MilestoneKind::WindowOpens, "2027-02-27", None))
        .unwrap();
    let err = s
        .add_milestone(
            e.id,
            &ms(MilestoneKind::WindowCloses, "2027-02-01", Some("23:59")),
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("date"));
    assert!(err.to_string().contains("cannot close"));
    let closes = s
        .add_milestone(
            e.id,
            &ms(MilestoneKind::WindowCloses, "2027-04-08", Some("23:59")),
        )
        .unwrap();
    assert_eq!(closes.due, "2027-04-08T23:59:00+02:00");
    // Moving the opening after the close is refused too.
    let opens = s
        .milestones(e.id)
        .unwrap()
        .into_iter()
        .find(|m| m.kind == MilestoneKind::WindowOpens)
        .unwrap();
    assert!(s
        .update_milestone(
            opens.id,
            &ms(MilestoneKind::WindowOpens, "2027-05-01", None)
        )
        .is_err());
    assert!(s
        .update_milestone(
            opens.id,
            &ms(MilestoneKind::WindowOpens, "2027-03-01", None)
        )
        .is_ok());
}

#[test]
fn milestones_are_listed_by_the_instant_they_fall_due_across_zones() {
    let (_d, mut s) = store();
    let e = s.create_engagement(&upr("T")).unwrap();
    // 09:00 in New York (15:00 Geneva) is after 12:00 in Geneva on the same day.
    let mut ny = ms(MilestoneKind::Internal, "2027-01-15", Some("09:00"));
    ny.time_zone = "America/New_York".into();
    let ny = s.add_milestone(e.id, &ny).unwrap();
    let gva = s
        .add_milestone(
            e.id,
            &ms(MilestoneKind::Internal, "2027-01-15", Some("12:00")),
        )
        .unwrap();
    let order: Vec<i64> = s.milestones(e.id).unwrap().iter().map(|m| m.id).collect();
    assert_eq!(order, vec![gva.id, ny.id]);
}

#[test]
fn deleting_an_engagement_moves_it_to_the_bin_and_restoring_brings_everything_back() {
    let (_d, mut s) = store();
    let e = s.create_engagement(&upr("UPR of Slovenia")).unwrap();
    s.add_milestone(e.id, &ms(MilestoneKind::Session, "2027-01-20", None))
        .unwrap();
    let sub = s
        .create_submission_with(
            e.id,
            &input("Our submission"),
            vec![section("Housing", "Text.")],
        )
        .unwrap();
    s.delete_engagement(e.id).unwrap();
    assert!(s.engagements().unwrap().is_empty());
    assert!(
        s.submission(sub.id).is_err(),
        "a submission of a deleted engagement is hidden"
    );
    let bin = s.bin().unwrap();
    assert_eq!(
        bin.len(),
        1,
        "only the engagement is listed, not what is inside it"
    );
    assert_eq!(bin[0].kind, BinKind::Engagement);
    s.restore(BinKind::Engagement, e.id).unwrap();
    assert_eq!(s.milestones(e.id).unwrap().len(), 1);
    assert_eq!(s.sections(sub.id).unwrap()[0].title, "Housing");
    assert!(s.bin().unwrap().is_empty());
}

#[test]
fn sections_and_submissions_go_to_the_bin_and_emptying_it_deletes_for_good() {
    let (_d, mut s) = store();
    let e = s.create_engagement(&upr("T")).unwrap();
    let sub = s
        .create_submission_with(
            e.id,
            &input("S"),
            vec![section("A", "Text."), section("B", "Text.")],
        )
        .unwrap();
    let sec = s.sections(sub.id).unwrap()[1].id;
    s.delete_section(sec).unwrap();
    assert_eq!(s.sections(sub.id).unwrap().len(), 1);
    assert_eq!(s.bin().unwrap()[0].kind, BinKind::Section);
    assert_eq!(s.empty_bin().unwrap(), 1);
    assert!(s.restore(BinKind::Section, sec).is_err());
    assert!(s.bin().unwrap().is_empty());
}

#[test]
fn saving_a_section_keeps_the_previous_text_as_a_revision() {
    use cityrights::document::{Block, Content};
    let (_d, mut s) = store();
    let e = s.create_engagement(&upr("T")).unwrap();
    let sub = s
        .create_submission_with(e.id, &input("S"), vec![section("A", "First draft.")])
        .unwrap();
    let sec = s.sections(sub.id).unwrap()[0].clone();
    let second = Content {
        blocks: vec![Block::para("Second draft.")],
    };
    s.save_section(sec.id, "A", &second, sec.version).unwrap();
    let revisions = s.revisions(sub.id).unwrap();
    assert_eq!(
        revisions.len(),
        1,
        "the first save keeps the state before it"
    );
    let old = s.revision(revisions[0].id).unwrap();
    assert_eq!(
        old.sections[0].content,
        Content {
            blocks: vec![Block::para("First draft.")]
        }
    );
}

#[test]
fn joint_submissions_take_the_joint_limit_and_rules_can_be_overridden() {
    use cityrights::stakeholder::{StakeholderInput, StakeholderKind};
    let (_d, mut s) = store();
    let e = s.create_engagement(&upr("T")).unwrap();
    let sub = s.create_submission(e.id, &input("S")).unwrap();
    assert_eq!(s.submission_stats(sub.id).unwrap().limit, Some(2815));
    let ngo = s
        .create_stakeholder(&StakeholderInput {
            name: "Tenants".into(),
            kind: Some(StakeholderKind::Ngo),
            ..Default::default()
        })
        .unwrap();
    s.set_co_submitters(sub.id, &[ngo.id]).unwrap();
    assert_eq!(s.submission_stats(sub.id).unwrap().limit, Some(5630));
    let rule = s
        .set_rule_override(
            e.id,
            &cityrights::rules::RuleOverride {
                word_limit_joint: Some(6000),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(rule.overridden);
    assert_eq!(s.submission_stats(sub.id).unwrap().limit, Some(6000));
}

#[test]
fn stage_changes_are_stored() {
    let (_d, mut s) = store();
    let e = s.create_engagement(&upr("T")).unwrap();
    assert_eq!(e.stage, Stage::Upcoming);
    s.set_engagement_stage(e.id, Stage::Submitted).unwrap();
    assert_eq!(s.engagement(e.id).unwrap().stage, Stage::Submitted);
}

#[test]
fn the_upr_rule_shows_its_source_status_and_is_flagged_as_old() {
    let (_d, mut s) = store();
    let e = s.create_engagement(&upr("T")).unwrap();
    let r = s.effective_rule(e.id).unwrap();
    assert_eq!(r.rule.word_limit_individual, Some(2815));
    assert_eq!(r.rule.word_limit_joint, Some(5630));
    assert_eq!(r.rule.status, cityrights::rules::RuleStatus::ThirdParty);
    assert!(r.rule.source.contains("2011"));
    assert!(r.stale);
    let cescr = s
        .create_engagement(&EngagementInput {
            mechanism: "CESCR".into(),
            ..upr("C")
        })
        .unwrap();
    assert_eq!(
        s.effective_rule(cescr.id)
            .unwrap()
            .rule
            .word_limit_individual,
        None,
        "unknown limits stay unset"
    );
}

#[test]
fn the_dashboard_flags_overdue_and_lists_the_next_90_days() {
    let (_d, mut s) = store();
    cityrights::demo::load(&mut s, chrono::Local::now().date_naive()).unwrap();
    let d = s.dashboard(chrono::Utc::now()).unwrap();
    assert!(d.overdue.iter().all(|x| x.overdue && x.days_left < 0));
    assert!(!d.overdue.is_empty());
    // A window that opened 20 days ago has passed; it is not overdue.
    assert!(d
        .overdue
        .iter()
        .all(|x| x.kind != MilestoneKind::WindowOpens));
    assert!(d.upcoming.len() >= 5);
    assert!(d.upcoming.iter().all(|x| !x.overdue && x.days_left <= 90));
    assert_eq!(d.drafts.len(), 1);
}

#[test]
fn a_states_report_is_kept_as_the_states_and_never_the_citys_overdue_action() {
    let (_d, mut s) = store();
    let e = s
        .create_engagement(&EngagementInput {
            mechanism: "CCPR".into(),
            title: "CCPR review".into(),
            ..Default::default()
        })
        .unwrap();
    let state = s
        .add_milestone(
            e.id,
            &MilestoneInput {
                by_state: true,
                ..ms(MilestoneKind::FollowUpDue, "2025-03-20", None)
            },
        )
        .unwrap();
    let city = s
        .add_milestone(e.id, &ms(MilestoneKind::FollowUpDue, "2025-03-20", None))
        .unwrap();
    assert!(state.by_state && !city.by_state);
    let now = "2026-12-06T10:00:00Z".parse().unwrap();
    assert!(!cityrights::milestone::days_left(&state, now).1);
    assert!(cityrights::milestone::days_left(&city, now).1);
    // Editing or moving it keeps whose step it is.
    let moved = s.move_milestone(state.id, 3).unwrap();
    assert!(moved.by_state);
}

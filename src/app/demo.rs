//! Demo data: an obviously fictional city, "Exampleville (demo)", in the fictional State
//! "Exampleland" (country code XEX, from the ISO range reserved for user-assigned codes), so a
//! newcomer can explore every screen before entering anything of their own.
//!
//! Dates are placed relative to today: some past, several in the next 90 days.
//!
//! Every word of it is a catalogue message (`demo-*` in `assets/i18n/*.ftl`), so that an
//! officer who does not read English explores a city written in their language: its
//! submission and the city profile take the demo's language too, so the export speaks it. The
//! English messages are the demo's original English word for word (`load` is `load_in` English).

use crate::city::{CityProfile, PaperSize};
use crate::document::{Block, Content, Inline, ListItem, Mark};
use crate::engagement::{EngagementInput, Stage};
use crate::milestone::{MilestoneInput, MilestoneKind, GENEVA};
use crate::model::language;
use crate::stakeholder::{Accreditation, StakeholderInput, StakeholderKind};
use crate::store::Store;
use crate::submission::{NewSection, SubmissionInput};
use crate::{Error, Result};
use chrono::{Duration, NaiveDate};

fn text(s: &str) -> Inline {
    Inline::text(s)
}
fn note(s: &str) -> Inline {
    Inline::Footnote {
        content: vec![text(s)],
    }
}
fn para(content: Vec<Inline>) -> Block {
    Block::Paragraph {
        numbered: true,
        content,
    }
}

fn milestone(
    kind: MilestoneKind,
    title: &str,
    date: NaiveDate,
    time: Option<&str>,
    tz: &str,
    estimate: &str,
) -> MilestoneInput {
    MilestoneInput {
        kind: Some(kind),
        title: title.into(),
        date: date.to_string(),
        end_date: None,
        time: time.map(str::to_string),
        time_zone: tz.into(),
        is_estimate: !estimate.is_empty(),
        basis: estimate.into(),
        notes: String::new(),
        reminder_days: None,
        by_state: false,
    }
}

/// Fills an empty database with the demo city, in English. Refuses a database that holds anything.
pub fn load(store: &mut Store, today: NaiveDate) -> Result<()> {
    load_in(store, today, language::FALLBACK)
}

/// Fills an empty database with the demo city written in `lang` (a UN language code; English
/// for any other): its names, milestones, notes and submission, whose language is `lang`.
/// Refuses a database that holds anything.
pub fn load_in(store: &mut Store, today: NaiveDate, lang: &str) -> Result<()> {
    if !store.is_empty()? {
        return Err(Error::said("refused", "error.demo_not_empty", vec![]));
    }
    let lang = language::supported(lang).unwrap_or(language::FALLBACK);
    let w = |key: &str| language::text(lang, key, &[]);
    let day = |n: i64| today + Duration::days(n);
    let city_tz = "Europe/Vienna";

    store.save_city_profile(&CityProfile {
        name: w("demo.city"),
        country: "XEX".into(),
        state_under_review: w("demo.state"),
        contact_name: w("demo.city_contact"),
        contact_email: "human.rights@exampleville.example".into(),
        default_language: lang.into(),
        paper_size: PaperSize::A4,
        logo_path: None,
        is_demo: true,
    })?;

    store.create_stakeholder(&StakeholderInput {
        name: w("demo.ehrc_name"),
        acronym: w("demo.ehrc_acronym"),
        kind: Some(StakeholderKind::Nhri),
        country: "XEX".into(),
        contact: "info@ehrc.example".into(),
        notes: w("demo.ehrc_notes"),
        accreditation: Some(Accreditation::AStatus),
    })?;
    let tenants = store.create_stakeholder(&StakeholderInput {
        name: w("demo.rta_name"),
        acronym: w("demo.rta_acronym"),
        kind: Some(StakeholderKind::Ngo),
        country: "XEX".into(),
        contact: "contact@rta.example".into(),
        notes: w("demo.rta_notes"),
        accreditation: None,
    })?;
    store.create_stakeholder(&StakeholderInput {
        name: w("demo.northtown_name"),
        acronym: "".into(),
        kind: Some(StakeholderKind::City),
        country: "XEX".into(),
        contact: "mayor@northtown.example".into(),
        notes: w("demo.northtown_notes"),
        accreditation: None,
    })?;
    store.create_stakeholder(&StakeholderInput {
        name: w("demo.nchrr_name"),
        acronym: w("demo.nchrr_acronym"),
        kind: Some(StakeholderKind::Nmirf),
        country: "XEX".into(),
        contact: "reporting@nchrr.example".into(),
        notes: w("demo.nchrr_notes"),
        accreditation: None,
    })?;

    // 1. The UPR: window open now, closing in three weeks at 23:59 Geneva time.
    let upr = store.create_engagement(&EngagementInput {
        mechanism: "UPR".into(),
        title: w("demo.upr_title"),
        state_under_review: w("demo.state"),
        session: w("demo.upr_session"),
        mandate: String::new(),
        stage: Some(Stage::Drafting),
        notes: w("demo.upr_notes"),
    })?;
    let est = w("demo.estimate");
    for m in [
        milestone(
            MilestoneKind::WindowOpens,
            &w("demo.upr_window_opens"),
            day(-30),
            Some("00:00"),
            GENEVA,
            "",
        ),
        milestone(
            MilestoneKind::Internal,
            &w("demo.upr_housing_data"),
            day(-3),
            None,
            city_tz,
            "",
        ),
        milestone(
            MilestoneKind::Internal,
            &w("demo.upr_departments"),
            day(6),
            Some("12:00"),
            city_tz,
            "",
        ),
        milestone(
            MilestoneKind::Internal,
            &w("demo.upr_mayor"),
            day(14),
            None,
            city_tz,
            "",
        ),
        milestone(
            MilestoneKind::WindowCloses,
            &w("demo.upr_window_closes"),
            day(21),
            Some("23:59"),
            GENEVA,
            "",
        ),
        milestone(
            MilestoneKind::Session,
            &w("demo.upr_review"),
            day(230),
            None,
            city_tz,
            &est,
        ),
        milestone(
            MilestoneKind::OutcomeAdoption,
            &w("demo.upr_adoption"),
            day(370),
            None,
            city_tz,
            &est,
        ),
    ] {
        store.add_milestone(upr.id, &m)?;
    }

    // 2. A treaty body: CESCR, input to the list of issues prior to reporting.
    let cescr = store.create_engagement(&EngagementInput {
        mechanism: "CESCR".into(),
        title: w("demo.cescr_title"),
        state_under_review: w("demo.state"),
        session: w("demo.cescr_session"),
        mandate: String::new(),
        stage: Some(Stage::Upcoming),
        notes: w("demo.cescr_notes"),
    })?;
    for m in [
        MilestoneInput {
            by_state: true,
            ..milestone(
                MilestoneKind::FollowUpDue,
                &w("demo.cescr_follow_up"),
                day(-200),
                None,
                city_tz,
                "",
            )
        },
        milestone(
            MilestoneKind::WindowCloses,
            &w("demo.cescr_deadline"),
            day(45),
            None,
            city_tz,
            "",
        ),
        milestone(
            MilestoneKind::PreSession,
            &w("demo.cescr_pre_session"),
            day(75),
            None,
            city_tz,
            "",
        ),
        milestone(
            MilestoneKind::Internal,
            &w("demo.cescr_consultation"),
            day(20),
            Some("17:30"),
            city_tz,
            "",
        ),
    ] {
        store.add_milestone(cescr.id, &m)?;
    }

    // 3. Special Procedures: a call for input of the SR on adequate housing.
    let sp = store.create_engagement(&EngagementInput {
        mechanism: "SP".into(),
        title: w("demo.sp_title"),
        state_under_review: String::new(),
        session: w("demo.sp_session"),
        mandate: "SR-HOUSING".into(),
        stage: Some(Stage::Drafting),
        notes: w("demo.sp_notes"),
    })?;
    for m in [
        milestone(
            MilestoneKind::WindowOpens,
            &w("demo.sp_published"),
            day(-20),
            None,
            city_tz,
            "",
        ),
        milestone(
            MilestoneKind::WindowCloses,
            &w("demo.sp_deadline"),
            day(33),
            Some("18:00"),
            city_tz,
            "",
        ),
    ] {
        store.add_milestone(sp.id, &m)?;
    }
    store.set_rule_override(
        sp.id,
        &crate::rules::RuleOverride {
            word_limit_individual: Some(2500),
            word_limit_joint: Some(2500),
            footnotes_count: None,
            source: Some(w("demo.sp_rule_source")),
            last_confirmed: Some((today - Duration::days(20)).to_string()),
        },
    )?;

    // A draft submission with real paragraphs and footnotes, in the sections of the UPR
    // stakeholder template that it fills (1, 2, 4 and 6), their titles and guidance in `lang`.
    let t = |key: &str| text(&w(key));
    let n = |key: &str| note(&w(key));
    let contents = [
        Content {
            blocks: vec![
                para(vec![t("demo.s1_p1")]),
                Block::Paragraph {
                    numbered: false,
                    content: vec![
                        Inline::Text {
                            text: w("demo.s1_key_words_label"),
                            marks: vec![Mark::Bold],
                        },
                        t("demo.s1_key_words"),
                    ],
                },
            ],
        },
        Content {
            blocks: vec![
                para(vec![
                    t("demo.s2_p1"),
                    n("demo.s2_note1"),
                    t("demo.full_stop"),
                ]),
                para(vec![t("demo.s2_p2")]),
            ],
        },
        Content {
            blocks: vec![
                Block::Heading {
                    level: 1,
                    content: vec![t("demo.s3_h1")],
                },
                para(vec![
                    t("demo.s3_p1_before"),
                    Inline::Text {
                        text: w("demo.s3_p1_quote"),
                        marks: vec![Mark::Italic],
                    },
                    t("demo.s3_p1_between"),
                    Inline::Citation {
                        symbol: "A/HRC/00/00".into(),
                        paragraph: Some("140.7".into()),
                    },
                    t("demo.s3_p1_after"),
                    n("demo.s3_note1"),
                    t("demo.full_stop"),
                ]),
                para(vec![
                    t("demo.s3_p2"),
                    n("demo.s3_note2"),
                    t("demo.s3_p2_after"),
                ]),
                Block::Heading {
                    level: 1,
                    content: vec![t("demo.s3_h2")],
                },
                para(vec![t("demo.s3_p3")]),
                Block::BulletList {
                    items: ["demo.s3_item1", "demo.s3_item2"]
                        .into_iter()
                        .map(|key| ListItem {
                            blocks: vec![Block::Paragraph {
                                numbered: false,
                                content: vec![t(key)],
                            }],
                        })
                        .collect(),
                },
            ],
        },
        Content {
            blocks: vec![para(vec![t("demo.s4_p1")]), para(vec![t("demo.s4_p2")])],
        },
    ];
    let template = crate::template::template_in("upr_stakeholder", lang)?.sections;
    let sections = [0, 1, 3, 5]
        .into_iter()
        .zip(contents)
        .map(|(i, content)| {
            let (title, guidance) = template
                .get(i)
                .map(|s| (s.title.clone(), s.guidance.clone()))
                .unwrap_or_default();
            NewSection {
                title,
                guidance,
                content,
            }
        })
        .collect();
    let input = SubmissionInput {
        title: w("demo.submission_title"),
        template: "upr_stakeholder".into(),
        language: lang.into(),
        co_submitters: vec![tenants.id],
        may_publish: None,
    };
    store.create_submission_with(upr.id, &input, sections)?;
    Ok(())
}

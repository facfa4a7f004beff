//! Demo data: an obviously fictional city, "Exampleville (demo)", in the fictional State
//! "Exampleland" (country code XEX, from the ISO range reserved for user-assigned codes), so a
//! newcomer can explore every screen before entering anything of their own.
//!
//! Dates are placed relative to today: some past, several in the next 90 days.

use crate::city::{CityProfile, PaperSize};
use crate::document::{Block, Content, Inline, ListItem, Mark};
use crate::engagement::{EngagementInput, Stage};
use crate::milestone::{MilestoneInput, MilestoneKind, GENEVA};
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

/// Fills an empty database with the demo city. Refuses a database that holds anything.
pub fn load(store: &mut Store, today: NaiveDate) -> Result<()> {
    if !store.is_empty()? {
        return Err(Error::said("refused", "error.demo_not_empty", vec![]));
    }
    let day = |n: i64| today + Duration::days(n);
    let city_tz = "Europe/Vienna";

    store.save_city_profile(&CityProfile {
        name: "Exampleville (demo)".into(),
        country: "XEX".into(),
        state_under_review: "Exampleland".into(),
        contact_name: "Human Rights Office, City of Exampleville".into(),
        contact_email: "human.rights@exampleville.example".into(),
        default_language: "en".into(),
        paper_size: PaperSize::A4,
        logo_path: None,
        is_demo: true,
    })?;

    store.create_stakeholder(&StakeholderInput {
        name: "Exampleland Human Rights Commission (demo)".into(),
        acronym: "EHRC".into(),
        kind: Some(StakeholderKind::Nhri),
        country: "XEX".into(),
        contact: "info@ehrc.example".into(),
        notes: "National human rights institution (fictional).".into(),
        accreditation: Some(Accreditation::AStatus),
    })?;
    let tenants = store.create_stakeholder(&StakeholderInput {
        name: "Riverside Tenants' Association (demo)".into(),
        acronym: "RTA".into(),
        kind: Some(StakeholderKind::Ngo),
        country: "XEX".into(),
        contact: "contact@rta.example".into(),
        notes: "Consulted on evictions and social housing.".into(),
        accreditation: None,
    })?;
    store.create_stakeholder(&StakeholderInput {
        name: "Northtown (demo)".into(),
        acronym: "".into(),
        kind: Some(StakeholderKind::City),
        country: "XEX".into(),
        contact: "mayor@northtown.example".into(),
        notes: "Neighbouring city; possible joint submission.".into(),
        accreditation: None,
    })?;
    store.create_stakeholder(&StakeholderInput {
        name: "National Committee for Human Rights Reporting of Exampleland (demo)".into(),
        acronym: "NCHRR".into(),
        kind: Some(StakeholderKind::Nmirf),
        country: "XEX".into(),
        contact: "reporting@nchrr.example".into(),
        notes: "Coordinates the national report and the follow-up of recommendations; the city sends its input to the national report here.".into(),
        accreditation: None,
    })?;

    // 1. The UPR: window open now, closing in three weeks at 23:59 Geneva time.
    let upr = store.create_engagement(&EngagementInput {
        mechanism: "UPR".into(),
        title: "UPR of Exampleland (demo cycle)".into(),
        state_under_review: "Exampleland".into(),
        session: "Working Group session (demo)".into(),
        mandate: String::new(),
        stage: Some(Stage::Drafting),
        notes:
            "Stakeholder submission of the city, jointly with the Riverside Tenants' Association."
                .into(),
    })?;
    let est = "Estimate from typical UPR timelines (demo): OHCHR announces the real dates of each session.";
    for m in [
        milestone(
            MilestoneKind::WindowOpens,
            "Submission window opens",
            day(-30),
            Some("00:00"),
            GENEVA,
            "",
        ),
        milestone(
            MilestoneKind::Internal,
            "Housing data from the Housing Department",
            day(-3),
            None,
            city_tz,
            "",
        ),
        milestone(
            MilestoneKind::Internal,
            "Departments send their sections",
            day(6),
            Some("12:00"),
            city_tz,
            "",
        ),
        milestone(
            MilestoneKind::Internal,
            "Mayor's office approves the text",
            day(14),
            None,
            city_tz,
            "",
        ),
        milestone(
            MilestoneKind::WindowCloses,
            "Submission window closes",
            day(21),
            Some("23:59"),
            GENEVA,
            "",
        ),
        milestone(
            MilestoneKind::Session,
            "Working Group review of Exampleland",
            day(230),
            None,
            city_tz,
            est,
        ),
        milestone(
            MilestoneKind::OutcomeAdoption,
            "Adoption of the outcome by the Human Rights Council",
            day(370),
            None,
            city_tz,
            est,
        ),
    ] {
        store.add_milestone(upr.id, &m)?;
    }

    // 2. A treaty body: CESCR, input to the list of issues prior to reporting.
    let cescr = store.create_engagement(&EngagementInput {
        mechanism: "CESCR".into(),
        title: "CESCR review of Exampleland: list of issues prior to reporting".into(),
        state_under_review: "Exampleland".into(),
        session: "Pre-sessional working group (demo)".into(),
        mandate: String::new(),
        stage: Some(Stage::Upcoming),
        notes: "Input on housing, water and social services.".into(),
    })?;
    for m in [
        MilestoneInput {
            by_state: true,
            ..milestone(
                MilestoneKind::FollowUpDue,
                "Follow-up report of the State to previous concluding observations",
                day(-200),
                None,
                city_tz,
                "",
            )
        },
        milestone(
            MilestoneKind::WindowCloses,
            "Deadline for written input",
            day(45),
            None,
            city_tz,
            "",
        ),
        milestone(
            MilestoneKind::PreSession,
            "Pre-sessional working group",
            day(75),
            None,
            city_tz,
            "",
        ),
        milestone(
            MilestoneKind::Internal,
            "Consultation with tenants' and water users' groups",
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
        title: "Call for input: local governments and the right to adequate housing".into(),
        state_under_review: String::new(),
        session: "Thematic report (demo)".into(),
        mandate: "SR-HOUSING".into(),
        stage: Some(Stage::Drafting),
        notes: "Answer questions 1, 3 and 5 of the call; 2,500 words at most (set in the call)."
            .into(),
    })?;
    for m in [
        milestone(
            MilestoneKind::WindowOpens,
            "Call for input published",
            day(-20),
            None,
            city_tz,
            "",
        ),
        milestone(
            MilestoneKind::WindowCloses,
            "Deadline for input",
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
            source: Some("The call for input (demo), paragraph 6".into()),
            last_confirmed: Some((today - Duration::days(20)).to_string()),
        },
    )?;

    // A draft submission with real paragraphs and footnotes.
    let sections = vec![
        (
            "Summary and key words".to_string(),
            Content {
                blocks: vec![
                    para(vec![text("The City of Exampleville submits this report on the implementation, at local level, of the recommendations Exampleland received in its previous review. The city is responsible for social housing, primary schools, local policing and the water utility, and it reports on what it has done in each of these areas since the last review.")]),
                    Block::Paragraph {
                        numbered: false,
                        content: vec![
                            Inline::Text { text: "Key words: ".into(), marks: vec![Mark::Bold] },
                            text("right to adequate housing; evictions; water and sanitation; non-discrimination; participation."),
                        ],
                    },
                ],
            },
        ),
        (
            "The city and its competences".to_string(),
            Content {
                blocks: vec![
                    para(vec![
                        text("Exampleville is a city of 240,000 residents (all names and figures in this demo are fictional). Under the Local Government Act it owns 11,800 social housing units and runs 42 primary schools, the municipal police and the water utility"),
                        note("Local Government Act of Exampleland (fictional), sections 12 to 19."),
                        text("."),
                    ]),
                    para(vec![text("Matters outside its competence, such as asylum procedures and national social benefits, are mentioned only where they affect residents' access to municipal services.")]),
                ],
            },
        ),
        (
            "Follow-up to the previous review".to_string(),
            Content {
                blocks: vec![
                    Block::Heading { level: 1, content: vec![text("Right to adequate housing")] },
                    para(vec![
                        text("Exampleland supported the recommendation to "),
                        Inline::Text { text: "ensure access to affordable housing for low-income families".into(), marks: vec![Mark::Italic] },
                        text(" "),
                        Inline::Citation { symbol: "A/HRC/00/00".into(), paragraph: Some("140.7".into()) },
                        text(". Since then the city has built 1,250 social housing units and reduced its waiting list by 18 per cent"),
                        note("Exampleville Housing Department, Annual Report 2025 (fictional), table 3."),
                        text("."),
                    ]),
                    para(vec![
                        text("Evictions from municipal housing fell from 312 in 2022 to 141 in 2025 after the city created a prevention service with the Riverside Tenants' Association"),
                        note("Data collected jointly with the Riverside Tenants' Association (demo)."),
                        text(". The service contacts every tenant two months behind with rent."),
                    ]),
                    Block::Heading { level: 1, content: vec![text("Water and sanitation")] },
                    para(vec![text("The water utility no longer disconnects households for unpaid bills during winter months. Remaining gaps are:")]),
                    Block::BulletList {
                        items: vec![
                            ListItem { blocks: vec![Block::Paragraph { numbered: false, content: vec![text("informal settlements at the city's edge without a network connection;")] }] },
                            ListItem { blocks: vec![Block::Paragraph { numbered: false, content: vec![text("tariffs that do not yet take household income into account.")] }] },
                        ],
                    },
                ],
            },
        ),
        (
            "Recommendations to the State".to_string(),
            Content {
                blocks: vec![
                    para(vec![text("Give cities the legal power and the funding to prevent evictions from private rented housing, as previously recommended.")]),
                    para(vec![text("Involve local governments in the national consultation for the next national report.")]),
                ],
            },
        ),
    ];
    let guidance = crate::template::template("upr_stakeholder")?.sections;
    let sections = sections
        .into_iter()
        .map(|(title, content)| NewSection {
            guidance: guidance
                .iter()
                .find(|g| g.title == title)
                .map(|g| g.guidance.clone())
                .unwrap_or_default(),
            title,
            content,
        })
        .collect();
    let input = SubmissionInput {
        title: "Submission of the City of Exampleville to the UPR of Exampleland".into(),
        template: "upr_stakeholder".into(),
        language: "en".into(),
        co_submitters: vec![tenants.id],
        may_publish: None,
    };
    store.create_submission_with(upr.id, &input, sections)?;
    Ok(())
}

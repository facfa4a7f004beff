//! Proposed timelines: when an engagement is created with a session date, the milestones that
//! usually come with it, for the user to confirm or edit.
//!
//! Every proposal is an **estimate** (`is_estimate`) with its **basis**: the typical interval it
//! comes from, the source and how well that source is confirmed (from
//! `shared/reference/un-mechanisms.md`). None of them is an official date: OHCHR publishes the
//! real ones per session, and the basis says where to check. Where no typical timeline is known
//! (most treaty bodies, the Special Procedures) the proposal says so rather than guess.
//!
//! The Human Rights Council's session calendar, which decides when a UPR outcome is adopted, is
//! a data file (`assets/reference/hrc-sessions.json`) with its own status, not code.

use crate::mechanism::MechanismKind;
use crate::milestone::{MilestoneInput, MilestoneKind, GENEVA};
use crate::store::Store;
use crate::validate;
use crate::{Error, Result};
use chrono::{Datelike, Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const HRC_SESSIONS_JSON: &str = include_str!("../../assets/reference/hrc-sessions.json");

/// What the user gives to get a proposal: the mechanism and the session's dates as typed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TimelineRequest {
    /// Mechanism code (`UPR`, `CRC`, …).
    pub mechanism: String,
    /// First day of the session (for the UPR, of the Working Group session), `YYYY-MM-DD`.
    pub session_date: String,
    /// Last day of the session, if known.
    #[serde(default)]
    pub session_end_date: Option<String>,
}

/// The proposed milestones, ready for the user to edit and add.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProposedTimeline {
    pub mechanism: String,
    /// Each one an estimate with its basis (except the session itself, as the user gave it).
    pub milestones: Vec<MilestoneInput>,
    /// Whether a typical submission deadline is known for this mechanism.
    pub deadline_known: bool,
    /// What the proposal rests on, or why nothing typical is known, in plain words.
    pub note: String,
}

#[derive(Debug, Deserialize)]
struct HrcFile {
    version: u32,
    adoption_rule: AdoptionRule,
    pattern: Pattern,
    sessions: Vec<KnownSession>,
}

#[derive(Debug, Deserialize)]
struct AdoptionRule {
    min_months_after_working_group: u32,
    source: String,
}

#[derive(Debug, Deserialize)]
struct Pattern {
    status: String,
    source: String,
    starts: Vec<PatternStart>,
}

#[derive(Debug, Deserialize)]
struct PatternStart {
    month: u32,
    day: u32,
    label: String,
}

#[derive(Debug, Deserialize)]
struct KnownSession {
    number: u32,
    start: NaiveDate,
    status: String,
    source: String,
}

fn hrc_file() -> Result<HrcFile> {
    let file: HrcFile = serde_json::from_str(HRC_SESSIONS_JSON).map_err(|e| {
        Error::Internal(format!(
            "The built-in Human Rights Council session calendar is damaged ({e}); please report this."
        ))
    })?;
    if file.version != 1 {
        return Err(Error::Internal(
            "The built-in Human Rights Council session calendar has an unknown version.".into(),
        ));
    }
    Ok(file)
}

/// A regular session of the Council: a known one, or one of the usual pattern.
#[derive(Debug, Clone, PartialEq)]
struct HrcSession {
    start: NaiveDate,
    /// "HRC59" when known.
    name: Option<String>,
    /// How this start date is known, for the basis.
    how: String,
}

/// The first regular Council session starting on or after `earliest`: a known session where the
/// data file has one in that slot (the same year, within about a month and a half of the usual
/// start), else the usual pattern.
fn first_hrc_session_from(file: &HrcFile, earliest: NaiveDate) -> Option<HrcSession> {
    let mut candidates: Vec<HrcSession> = Vec::new();
    for year in earliest.year()..=earliest.year() + 1 {
        for p in &file.pattern.starts {
            let Some(usual) = NaiveDate::from_ymd_opt(year, p.month, p.day) else {
                continue;
            };
            let known = file
                .sessions
                .iter()
                .find(|s| (s.start - usual).num_days().abs() <= 45);
            candidates.push(match known {
                Some(k) => HrcSession {
                    start: k.start,
                    name: Some(format!("HRC{}", k.number)),
                    how: format!(
                        "HRC{} starts on {} ({}: {})",
                        k.number,
                        k.start.format("%-d %B %Y"),
                        k.status,
                        k.source
                    ),
                },
                None => HrcSession {
                    start: usual,
                    name: None,
                    how: format!(
                        "the Council's {} usually starts around {} (status: {}; {})",
                        p.label,
                        usual.format("%-d %B"),
                        file.pattern.status,
                        file.pattern.source
                    ),
                },
            });
        }
    }
    candidates
        .into_iter()
        .filter(|s| s.start >= earliest)
        .min_by_key(|s| s.start)
}

fn estimate(
    kind: MilestoneKind,
    title: String,
    date: NaiveDate,
    time: Option<&str>,
    basis: String,
) -> MilestoneInput {
    MilestoneInput {
        kind: Some(kind),
        title,
        date: date.to_string(),
        end_date: None,
        time: time.map(str::to_string),
        time_zone: GENEVA.to_string(),
        is_estimate: true,
        basis,
        notes: String::new(),
        reminder_days: None,
    }
}

/// The session itself, as the user gave it: not an estimate.
fn session(title: &str, start: NaiveDate, end: Option<NaiveDate>) -> MilestoneInput {
    MilestoneInput {
        kind: Some(MilestoneKind::Session),
        title: title.to_string(),
        date: start.to_string(),
        end_date: end.map(|d| d.to_string()),
        time: None,
        time_zone: GENEVA.to_string(),
        is_estimate: false,
        basis: String::new(),
        notes: String::new(),
        reminder_days: None,
    }
}

fn months_before(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_sub_months(Months::new(n)).unwrap_or(d)
}

fn months_after(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n)).unwrap_or(d)
}

/// The UPR: window, Working Group session, adoption at the Council, mid-term report.
fn upr(start: NaiveDate, end: Option<NaiveDate>) -> Result<ProposedTimeline> {
    let hrc = hrc_file()?;
    let closes = months_before(start, 7);
    let opens = closes - Duration::weeks(6);
    let mut milestones = vec![
        estimate(
            MilestoneKind::WindowOpens,
            "Submission window opens (estimate)".into(),
            opens,
            None,
            "Estimate: about six weeks before the window closes — UPR47's window ran 27 February–8 April 2024 (OHCHR registration system, confirmed) and UPR41's 21 February–31 March 2022 (UPR Info, third party). OHCHR announces each session's window: replace this with it.".into(),
        ),
        estimate(
            MilestoneKind::WindowCloses,
            "Submission window closes (estimate)".into(),
            closes,
            Some("23:59"),
            "Estimate: about seven months before the Working Group session — UPR47 closed on 8 April 2024 at 23:59 Geneva time for a session on 4–15 November 2024 (OHCHR, confirmed); UPR41 closed on 31 March 2022 for November 2022 (UPR Info, third party); UPR Info advises six to eight months. OHCHR announces the real date on its UPR submissions registration system: replace this estimate with it.".into(),
        ),
        session("Working Group session (review)", start, end),
    ];
    let after = end.unwrap_or(start);
    let rule = &hrc.adoption_rule;
    let earliest = months_after(after, rule.min_months_after_working_group);
    if let Some(s) = first_hrc_session_from(&hrc, earliest) {
        let title = match &s.name {
            Some(n) => format!("Adoption of the outcome at {n} (estimate)"),
            None => "Adoption of the outcome at the Human Rights Council (estimate)".into(),
        };
        milestones.push(estimate(
            MilestoneKind::OutcomeAdoption,
            title,
            s.start,
            None,
            format!(
                "Estimate: the first regular session of the Human Rights Council that starts at least {} months after the Working Group session ({}); {}. The outcome is adopted on one day of that session, not necessarily the first.",
                rule.min_months_after_working_group, rule.source, s.how
            ),
        ));
    }
    milestones.push(estimate(
        MilestoneKind::FollowUpDue,
        "Mid-term report (estimate)".into(),
        months_after(start, 24),
        None,
        "Estimate: States usually present their voluntary mid-term report about two years after the review (HRC res. 16/21 encourages it; the practice is reported by UPR Info, third party). Stakeholders, the city included, may send their own follow-up information.".into(),
    ));
    Ok(ProposedTimeline {
        mechanism: "UPR".into(),
        milestones,
        deadline_known: true,
        note: "Typical UPR timeline from the sessions of 2022–2025. Every date below except the session you gave is an estimate: check it against OHCHR's announcements.".into(),
    })
}

/// The pre-sessional working group that examines a State whose dialogue starts on `session`:
/// the last one (February, June or October) starting at least three months before.
fn crc_working_group(session: NaiveDate) -> NaiveDate {
    let latest = months_before(session, 3);
    (latest.year() - 1..=latest.year())
        .flat_map(|y| [2, 6, 10].map(|m| NaiveDate::from_ymd_opt(y, m, 1)))
        .flatten()
        .filter(|d| *d <= latest)
        .max()
        .unwrap_or(latest)
}

/// The CRC under the simplified reporting procedure: the fixed deadlines before the
/// pre-sessional working groups.
fn crc(start: NaiveDate, end: Option<NaiveDate>) -> ProposedTimeline {
    let group = crc_working_group(start);
    // 1 December (of the year before) for February, 1 April for June, 1 August for October.
    let deadline = months_before(group, 2);
    let month = group.format("%B %Y");
    ProposedTimeline {
        mechanism: "CRC".into(),
        milestones: vec![
            estimate(
                MilestoneKind::WindowCloses,
                format!("Deadline for reports before the {month} pre-sessional working group"),
                deadline,
                None,
                format!("The CRC's fixed deadline under the simplified reporting procedure: 1 December for the February pre-sessional working group, 1 April for June, 1 August for October (OHCHR, CRC information for civil society, confirmed). Which working group examines this State is estimated: the one about three months before the session (same source), here {month}. Check the CRC's session page."),
            ),
            estimate(
                MilestoneKind::PreSession,
                format!("Pre-sessional working group ({month}, estimate)"),
                group,
                None,
                format!("Estimate: the CRC's pre-sessional working groups meet in February, June and October, about three months before the dialogue (OHCHR, confirmed); only the month ({month}) is estimated, not the days."),
            ),
            session("Session (dialogue with the State)", start, end),
        ],
        deadline_known: true,
        note: "The CRC's simplified reporting procedure has fixed deadlines (1 December, 1 April, 1 August); under the standard procedure they differ. No additional submissions are received between the pre-sessional working group and the session.".into(),
    }
}

/// Treaty bodies with a written follow-up procedure: the State reports back within one year
/// (two for CEDAW and CMW) on the follow-up recommendations (OHCHR, confirmed).
fn follow_up_years(code: &str) -> Option<u32> {
    match code {
        "CCPR" | "CAT" | "CERD" | "CED" => Some(1),
        "CEDAW" | "CMW" => Some(2),
        _ => None,
    }
}

/// Another treaty body: the session, and the follow-up report where there is a procedure.
/// Their submission deadlines are set per session, so none is proposed — except CEDAW's, whose
/// usual interval is known from a third party.
fn treaty_body(code: &str, start: NaiveDate, end: Option<NaiveDate>) -> ProposedTimeline {
    let mut milestones = Vec::new();
    let mut deadline_known = false;
    if code == "CEDAW" {
        deadline_known = true;
        milestones.push(estimate(
            MilestoneKind::WindowCloses,
            "Deadline for shadow reports (estimate)".into(),
            start - Duration::weeks(4),
            None,
            "Estimate: four weeks before the session, as for CEDAW's 80th session in 2021 (IWRAW Asia Pacific, third party; three weeks in 2019). Not confirmed as today's rule: check the information note of the session.".into(),
        ));
    }
    milestones.push(session("Session (dialogue with the State)", start, end));
    if let Some(years) = follow_up_years(code) {
        let after = end.unwrap_or(start);
        milestones.push(estimate(
            MilestoneKind::FollowUpDue,
            "State's follow-up report (estimate)".into(),
            months_after(after, 12 * years),
            None,
            format!("Estimate: under the committee's follow-up procedure the State reports back within {} on the recommendations singled out at the end of the concluding observations (OHCHR, confirmed); the follow-up rapporteur also uses information from NHRIs and NGOs.", if years == 1 { "one year".to_string() } else { format!("{years} years") }),
        ));
    }
    let note = if deadline_known {
        "Only CEDAW's usual deadline is known, from a third party (2021). Everything except the session you gave is an estimate.".to_string()
    } else {
        format!("No typical submission deadline is known for {code}: it is set for each session in the committee's information note. Add it from there. Only the session you gave{} is proposed.", if follow_up_years(code).is_some() { " and the follow-up report" } else { "" })
    };
    ProposedTimeline {
        mechanism: code.into(),
        milestones,
        deadline_known,
        note,
    }
}

/// The typical timeline of an engagement with `mechanism` whose session starts on `start`.
pub fn propose(
    code: &str,
    kind: MechanismKind,
    start: NaiveDate,
    end: Option<NaiveDate>,
) -> Result<ProposedTimeline> {
    Ok(match kind {
        MechanismKind::Upr => upr(start, end)?,
        MechanismKind::TreatyBody if code == "CRC" => crc(start, end),
        MechanismKind::TreatyBody => treaty_body(code, start, end),
        MechanismKind::SpecialProcedures => ProposedTimeline {
            mechanism: code.into(),
            milestones: Vec::new(),
            deadline_known: false,
            note: "No typical timeline is known for the Special Procedures: each call for input, visit or report states its own deadline. Add it from the call.".into(),
        },
    })
}

impl Store {
    /// The proposed timeline for a request as typed (dates checked with plain messages).
    pub fn propose_timeline(&self, request: &TimelineRequest) -> Result<ProposedTimeline> {
        let mechanism = self.mechanism(request.mechanism.trim())?;
        let start = validate::date("session_date", &request.session_date)?;
        let end = validate::last_day(
            "session_end_date",
            request.session_end_date.as_deref(),
            start,
        )?;
        propose(&mechanism.code, mechanism.kind, start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn find(p: &ProposedTimeline, kind: MilestoneKind) -> &MilestoneInput {
        p.milestones
            .iter()
            .find(|m| m.kind == Some(kind))
            .unwrap_or_else(|| panic!("no {kind:?} in {p:#?}"))
    }

    #[test]
    fn upr_window_closes_about_seven_months_before_at_2359_geneva() {
        // UPR47: session 4 November 2024; the window really closed on 8 April 2024.
        let p = propose(
            "UPR",
            MechanismKind::Upr,
            d("2024-11-04"),
            Some(d("2024-11-15")),
        )
        .unwrap();
        let close = find(&p, MilestoneKind::WindowCloses);
        assert_eq!(close.date, "2024-04-04");
        assert_eq!(close.time.as_deref(), Some("23:59"));
        assert_eq!(close.time_zone, GENEVA);
        assert!(close.is_estimate && close.basis.contains("seven months"));
        let open = find(&p, MilestoneKind::WindowOpens);
        assert_eq!(open.date, "2024-02-22");
        let session = find(&p, MilestoneKind::Session);
        assert!(!session.is_estimate);
        assert_eq!(session.end_date.as_deref(), Some("2024-11-15"));
    }

    #[test]
    fn a_january_review_is_adopted_in_june_at_a_known_session() {
        // WG48, 20–31 January 2025, was adopted at HRC59 (16 June 2025).
        let p = propose(
            "UPR",
            MechanismKind::Upr,
            d("2025-01-20"),
            Some(d("2025-01-31")),
        )
        .unwrap();
        let adoption = find(&p, MilestoneKind::OutcomeAdoption);
        assert_eq!(adoption.date, "2025-06-16");
        assert!(adoption.title.contains("HRC59"));
        assert!(adoption.is_estimate);
        assert!(adoption.basis.contains("confirmed"), "{}", adoption.basis);
    }

    #[test]
    fn adoption_follows_the_usual_session_pattern_and_says_it_is_not_confirmed() {
        // November review: three months later is February → the February–April session.
        let p = propose(
            "UPR",
            MechanismKind::Upr,
            d("2027-11-01"),
            Some(d("2027-11-12")),
        )
        .unwrap();
        let adoption = find(&p, MilestoneKind::OutcomeAdoption);
        assert_eq!(adoption.date, "2028-02-24");
        assert!(adoption.basis.contains("unconfirmed"), "{}", adoption.basis);
        // A review in early May: three months later is August → September.
        let p = propose("UPR", MechanismKind::Upr, d("2027-05-03"), None).unwrap();
        assert_eq!(find(&p, MilestoneKind::OutcomeAdoption).date, "2027-09-08");
        // Late March: three months later is late June, after the June start → September.
        let p = propose("UPR", MechanismKind::Upr, d("2027-03-20"), None).unwrap();
        assert_eq!(find(&p, MilestoneKind::OutcomeAdoption).date, "2027-09-08");
    }

    #[test]
    fn the_mid_term_report_is_about_two_years_after_the_review() {
        let p = propose("UPR", MechanismKind::Upr, d("2027-01-18"), None).unwrap();
        let m = find(&p, MilestoneKind::FollowUpDue);
        assert_eq!(m.date, "2029-01-18");
        assert!(m.is_estimate && m.basis.contains("two years"));
    }

    #[test]
    fn crc_uses_the_fixed_deadlines_before_the_working_groups() {
        for (session, group, deadline) in [
            ("2027-01-11", "2026-10-01", "2026-08-01"),
            ("2027-05-17", "2027-02-01", "2026-12-01"),
            ("2027-09-06", "2027-06-01", "2027-04-01"),
        ] {
            let p = propose("CRC", MechanismKind::TreatyBody, d(session), None).unwrap();
            assert_eq!(find(&p, MilestoneKind::PreSession).date, group, "{session}");
            let close = find(&p, MilestoneKind::WindowCloses);
            assert_eq!(close.date, deadline, "{session}");
            assert!(close.is_estimate && close.basis.contains("1 December"));
            assert!(p.deadline_known);
        }
    }

    #[test]
    fn where_no_typical_timeline_is_known_the_proposal_says_so() {
        let p = propose(
            "SP",
            MechanismKind::SpecialProcedures,
            d("2027-03-01"),
            None,
        )
        .unwrap();
        assert!(p.milestones.is_empty() && !p.deadline_known);
        assert!(p.note.contains("No typical timeline is known"));
        let p = propose("CESCR", MechanismKind::TreatyBody, d("2027-03-01"), None).unwrap();
        assert!(!p.deadline_known && p.note.contains("No typical submission deadline"));
        assert_eq!(p.milestones.len(), 1, "only the session");
        let p = propose(
            "CCPR",
            MechanismKind::TreatyBody,
            d("2027-03-01"),
            Some(d("2027-03-20")),
        )
        .unwrap();
        assert_eq!(find(&p, MilestoneKind::FollowUpDue).date, "2028-03-20");
    }

    #[test]
    fn every_proposal_other_than_the_given_session_is_an_estimate_with_a_basis() {
        for (code, kind) in [
            ("UPR", MechanismKind::Upr),
            ("CRC", MechanismKind::TreatyBody),
            ("CEDAW", MechanismKind::TreatyBody),
            ("CAT", MechanismKind::TreatyBody),
        ] {
            let p = propose(code, kind, d("2027-06-07"), None).unwrap();
            for m in &p.milestones {
                if m.kind == Some(MilestoneKind::Session) {
                    continue;
                }
                assert!(m.is_estimate && !m.basis.is_empty(), "{code}: {m:?}");
                assert!(m.check().is_ok(), "{code}: {m:?}");
            }
        }
    }
}

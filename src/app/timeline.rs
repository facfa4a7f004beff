//! Proposed timelines: when an engagement is created with a session date, the milestones that
//! usually come with it, for the user to confirm or edit.
//!
//! Every proposal is an **estimate** (`is_estimate`) with its **basis**: the typical interval it
//! comes from, the source and how well that source is established (our research notes are in
//! `shared/reference/un-mechanisms.md` and `review-2026-12.md`; the basis shown to the officer
//! cites the UN page or document itself). None of them is an official date: OHCHR publishes the
//! real ones per session, and the basis says where to check. Where no typical timeline is known
//! (most treaty bodies, the Special Procedures) the proposal says so rather than guess.
//!
//! Time zones: only the UPR's submission windows are published in Geneva time ("23.59 hours
//! Geneva time"); the treaty bodies publish dates without a zone, so those milestones take the
//! officer's own zone and the basis says that the UN gave none.
//!
//! A proposed date can already be past (a session five months away whose window closed weeks
//! ago): each proposal says so (`passed`, with what it means) instead of offering it silently.
//!
//! The Human Rights Council's session calendar, which decides when a UPR outcome is adopted, is
//! a data file (`assets/reference/hrc-sessions.json`) with its own status, not code.

use crate::mechanism::MechanismKind;
use crate::milestone::{due_at, MilestoneInput, MilestoneKind, GENEVA};
use crate::store::Store;
use crate::validate;
use crate::{Error, Result};
use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, NaiveTime, Utc};
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
    pub milestones: Vec<ProposedMilestone>,
    /// Whether a typical submission deadline is known for this mechanism.
    pub deadline_known: bool,
    /// What the proposal rests on, or why nothing typical is known, in plain words.
    pub note: String,
}

/// One proposed milestone: what the form is filled with, and what the officer must know first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProposedMilestone {
    /// The milestone as it would be added (the officer may edit it first).
    pub input: MilestoneInput,
    /// When it falls due as proposed: RFC 3339 in the milestone's own zone.
    pub due: String,
    /// True when that moment is already past: for a window, the city may be too late.
    pub passed: bool,
    /// What a passed date means, in plain words (None when it is not past).
    pub passed_note: Option<String>,
    /// The State's step, not the city's (a State's follow-up report): shown under "State
    /// reports", never the city's overdue action.
    pub by_state: bool,
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
    end: Option<NaiveDate>,
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
    /// Its last day, when the session is known.
    end: Option<NaiveDate>,
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
                    end: k.end,
                    name: Some(format!("HRC{}", k.number)),
                    how: format!(
                        "the Council's {}th session starts on {} ({})",
                        k.number,
                        k.start.format("%-d %B %Y"),
                        k.source
                    ),
                },
                None => HrcSession {
                    start: usual,
                    end: None,
                    name: None,
                    how: format!(
                        "the Council's {} usually starts around {}; the exact days are an estimate until the Council publishes them ({})",
                        p.label,
                        usual.format("%-d %B"),
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

/// What a basis adds where the UN publishes a date without a time zone.
const NO_ZONE_GIVEN: &str =
    "The UN gives this date without a time zone: it is set in your own time zone.";

/// A proposal under construction (the State's step is `input.by_state`).
struct Draft {
    input: MilestoneInput,
}

/// An estimated milestone, in `zone` (Geneva only where the UN says so).
fn estimate(
    kind: MilestoneKind,
    title: String,
    date: NaiveDate,
    time: Option<&str>,
    zone: &str,
    basis: String,
) -> Draft {
    Draft {
        input: MilestoneInput {
            kind: Some(kind),
            title,
            date: date.to_string(),
            end_date: None,
            time: time.map(str::to_string),
            time_zone: zone.to_string(),
            is_estimate: true,
            basis,
            notes: String::new(),
            reminder_days: None,
            by_state: false,
        },
    }
}

/// The session itself, as the user gave it: not an estimate, in the officer's zone (sessions are
/// published as days).
fn session(title: &str, start: NaiveDate, end: Option<NaiveDate>, zone: &str) -> Draft {
    Draft {
        input: MilestoneInput {
            kind: Some(MilestoneKind::Session),
            title: title.to_string(),
            date: start.to_string(),
            end_date: end.map(|d| d.to_string()),
            time: None,
            time_zone: zone.to_string(),
            is_estimate: false,
            basis: String::new(),
            notes: String::new(),
            reminder_days: None,
            by_state: false,
        },
    }
}

/// The proposal as shown: its due moment, and whether (and what it means that) it has passed.
fn finish(d: Draft, now: DateTime<Utc>) -> ProposedMilestone {
    let m = &d.input;
    let date = m.date.parse::<NaiveDate>().ok();
    let time = m
        .time
        .as_deref()
        .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok());
    let tz = m
        .time_zone
        .parse::<chrono_tz::Tz>()
        .unwrap_or(chrono_tz::UTC);
    let due = date.map(|day| due_at(day, time, tz));
    let passed = due.is_some_and(|d| d.with_timezone(&Utc) < now);
    let shown = date
        .map(|day| day.format("%-d %b %Y").to_string())
        .unwrap_or_default();
    let passed_note = passed.then(|| match m.kind {
        Some(MilestoneKind::WindowCloses) => format!(
            "By this estimate the submission window closed on {shown}. Check the UN's page for this session: it may be too late to send a submission for this cycle."
        ),
        Some(MilestoneKind::WindowOpens) => format!(
            "By this estimate the submission window opened on {shown}."
        ),
        _ => format!("This date ({shown}) has already passed."),
    });
    ProposedMilestone {
        due: due.map(|d| d.to_rfc3339()).unwrap_or_default(),
        passed,
        passed_note,
        by_state: d.input.by_state,
        input: d.input,
    }
}

fn months_before(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_sub_months(Months::new(n)).unwrap_or(d)
}

fn months_after(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n)).unwrap_or(d)
}

/// The UPR: window, Working Group session, adoption at the Council, mid-term report.
fn upr(start: NaiveDate, end: Option<NaiveDate>, zone: &str) -> Result<Proposal> {
    let hrc = hrc_file()?;
    let closes = months_before(start, 7);
    let opens = closes - Duration::weeks(6);
    let mut milestones = vec![
        estimate(
            MilestoneKind::WindowOpens,
            "Submission window opens".into(),
            opens,
            None,
            GENEVA,
            "Estimate: about six weeks before the window closes — UPR47's window ran 27 February–8 April 2024 (OHCHR's UPR submissions registration system) and UPR41's 21 February–31 March 2022 (reported by UPR Info). OHCHR announces each session's window: replace this with it.".into(),
        ),
        estimate(
            MilestoneKind::WindowCloses,
            "Submission window closes".into(),
            closes,
            Some("23:59"),
            GENEVA,
            "Estimate: about seven months before the Working Group session — UPR47's window closed on 8 April 2024 at 23:59 Geneva time for a session on 4–15 November 2024 (OHCHR's UPR submissions registration system); UPR41's on 31 March 2022 for November 2022 (reported by UPR Info, which advises six to eight months). OHCHR announces the real date and time (23:59 Geneva time) on that system: replace this estimate with it.".into(),
        ),
        session("Working Group session (review)", start, end, zone),
    ];
    let after = end.unwrap_or(start);
    let rule = &hrc.adoption_rule;
    let earliest = months_after(after, rule.min_months_after_working_group);
    // The mid-term report is counted from the adoption of the outcome at the Council; when no
    // session can be found (never with the pattern), from the earliest possible adoption.
    let mut adopted = earliest;
    if let Some(s) = first_hrc_session_from(&hrc, earliest) {
        adopted = s.start;
        let title = match &s.name {
            Some(n) => format!("Adoption of the outcome at {n}"),
            None => "Adoption of the outcome at the Human Rights Council".into(),
        };
        let mut draft = estimate(
            MilestoneKind::OutcomeAdoption,
            title,
            s.start,
            None,
            zone,
            format!(
                "Estimate: the first regular session of the Human Rights Council that starts at least {} months after the Working Group session ({}); {}. The outcome is adopted on one day of that session, not necessarily the first. {NO_ZONE_GIVEN}",
                rule.min_months_after_working_group, rule.source, s.how
            ),
        );
        draft.input.end_date = s.end.map(|d| d.to_string());
        milestones.push(draft);
    }
    milestones.push(estimate(
        MilestoneKind::FollowUpDue,
        "Mid-term report".into(),
        months_after(adopted, 24),
        None,
        zone,
        format!(
            "Estimate: about two years after the adoption of the outcome ({}). The High Commissioner encourages every State to submit a voluntary mid-term report \"about two years after the adoption of the UPR outcome\" (letter to Slovenia after its fourth-cycle review, 1 October 2025); a city may report on its own follow-up at the same time. No word limit, channel or format is set for a city's mid-term report. {NO_ZONE_GIVEN}",
            adopted.format("%-d %B %Y")
        ),
    ));
    Ok(Proposal {
        milestones,
        deadline_known: true,
        note: "Typical UPR timeline. The submission window closes at 23:59 Geneva time; every date below except the session you gave is an estimate: check it against OHCHR's announcements.".into(),
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
fn crc(start: NaiveDate, end: Option<NaiveDate>, zone: &str) -> Proposal {
    let group = crc_working_group(start);
    // 1 December (of the year before) for February, 1 April for June, 1 August for October.
    let deadline = months_before(group, 2);
    let month = group.format("%B %Y");
    Proposal {
        milestones: vec![
            estimate(
                MilestoneKind::WindowCloses,
                format!("Deadline for reports before the {month} pre-sessional working group"),
                deadline,
                None,
                zone,
                format!("The CRC's fixed deadline under the simplified reporting procedure: 1 December for the February pre-sessional working group, 1 April for June, 1 August for October (OHCHR, Committee on the Rights of the Child, information for civil society). Which working group examines this State is estimated: the one about three months before the session (same page), here {month}. Check the CRC's session page. {NO_ZONE_GIVEN}"),
            ),
            estimate(
                MilestoneKind::PreSession,
                format!("Pre-sessional working group ({month}, estimate)"),
                group,
                None,
                zone,
                format!("Estimate: the CRC's pre-sessional working groups meet in February, June and October, about three months before the dialogue (OHCHR, same page); only the month ({month}) is estimated, not the days. {NO_ZONE_GIVEN}"),
            ),
            session("Session (dialogue with the State)", start, end, zone),
        ],
        deadline_known: true,
        note: "The CRC's simplified reporting procedure has fixed deadlines (1 December, 1 April, 1 August); under the standard procedure they differ. No additional submissions are received between the pre-sessional working group and the session.".into(),
    }
}

/// The follow-up procedure of a treaty body, as OHCHR's page "Follow-up to concluding
/// observations" describes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FollowUp {
    /// The State reports back within this many years on the recommendations singled out.
    Years(u32),
    /// The committee has a follow-up procedure but each set of concluding observations sets
    /// the interval in its last paragraph (CESCR): the officer enters it.
    SetInConcludingObservations,
}

/// Which treaty bodies follow up in writing. CRPD discontinued its procedure in September
/// 2016; the CRC and the SPT have none.
fn follow_up(code: &str) -> Option<FollowUp> {
    match code {
        "CCPR" | "CAT" | "CERD" | "CED" => Some(FollowUp::Years(1)),
        "CEDAW" | "CMW" => Some(FollowUp::Years(2)),
        "CESCR" => Some(FollowUp::SetInConcludingObservations),
        _ => None,
    }
}

/// The follow-up milestones: the State's report (the State's, never the city's overdue action)
/// and the city's optional information to the follow-up rapporteur, as its own milestone.
fn follow_up_milestones(code: &str, after: NaiveDate, zone: &str) -> Vec<Draft> {
    let Some(f) = follow_up(code) else {
        return Vec::new();
    };
    let (due, how) = match f {
        FollowUp::Years(years) => (
            months_after(after, 12 * years),
            format!(
                "under the committee's follow-up procedure the State reports back within {} on the recommendations singled out at the end of the concluding observations (OHCHR, \"Follow-up to concluding observations\")",
                if years == 1 { "one year".to_string() } else { format!("{years} years") }
            ),
        ),
        FollowUp::SetInConcludingObservations => (
            months_after(after, 24),
            "the Committee on Economic, Social and Cultural Rights assesses follow-up reports on the recommendations singled out in its concluding observations, whose last paragraph sets the interval: this date is a placeholder of two years — enter the interval given there".to_string(),
        ),
    };
    let mut state = estimate(
        MilestoneKind::FollowUpDue,
        "State's follow-up report".into(),
        due,
        None,
        zone,
        format!("Estimate: {how}. This is the State's report, not the city's. {NO_ZONE_GIVEN}"),
    );
    state.input.by_state = true;
    let city = estimate(
        MilestoneKind::FollowUpDue,
        "City's information to the follow-up rapporteur (optional, estimate)".into(),
        due,
        None,
        zone,
        format!("Optional: the committee's follow-up rapporteur considers all available sources of information, national human rights institutions and NGOs among them (OHCHR, \"Follow-up to concluding observations\"). A city may send what it has done on the recommendations singled out, around the time the State reports. {NO_ZONE_GIVEN}"),
    );
    vec![state, city]
}

/// Another treaty body: the session, and the follow-up report where there is a procedure.
/// Their submission deadlines are set per session, so none is proposed — except CEDAW's, whose
/// usual interval is known from a third party.
fn treaty_body(code: &str, start: NaiveDate, end: Option<NaiveDate>, zone: &str) -> Proposal {
    if code == "SPT" {
        return Proposal {
            milestones: Vec::new(),
            deadline_known: false,
            note: "The Subcommittee on Prevention of Torture reviews no State reports and holds no dialogue with the State: it visits places where people are deprived of their liberty and advises the State and its national preventive mechanism. Add the dates you know (a visit, a meeting with the national preventive mechanism) as milestones of your own.".into(),
        };
    }
    let mut milestones = Vec::new();
    let mut deadline_known = false;
    if code == "CEDAW" {
        deadline_known = true;
        milestones.push(estimate(
            MilestoneKind::WindowCloses,
            "Deadline for shadow reports".into(),
            start - Duration::weeks(4),
            None,
            zone,
            format!("Estimate: four weeks before the session, as reported by IWRAW Asia Pacific for CEDAW's 80th (2021), 81st (2022) and 86th (2023) sessions (three weeks for the 73rd, 2019). Check the information note of the session. {NO_ZONE_GIVEN}"),
        ));
    }
    milestones.push(session(
        "Session (dialogue with the State)",
        start,
        end,
        zone,
    ));
    milestones.extend(follow_up_milestones(code, end.unwrap_or(start), zone));
    let note = if deadline_known {
        "Only CEDAW's usual deadline is known, as reported by a third party. Everything except the session you gave is an estimate; the UN gives these dates without a time zone, so they are in yours.".to_string()
    } else {
        format!("No typical submission deadline is known for {code}: it is set for each session in the committee's information note. Add it from there. Only the session you gave{} is proposed.", if follow_up(code).is_some() { " and the follow-up milestones" } else { "" })
    };
    Proposal {
        milestones,
        deadline_known,
        note,
    }
}

/// A proposal before its milestones are dated against the clock.
struct Proposal {
    milestones: Vec<Draft>,
    deadline_known: bool,
    note: String,
}

/// The typical timeline of an engagement with `mechanism` whose session starts on `start`, in
/// the officer's `zone` wherever the UN gives no zone, judged against `now` (what has passed).
pub fn propose(
    code: &str,
    kind: MechanismKind,
    start: NaiveDate,
    end: Option<NaiveDate>,
    zone: &str,
    now: DateTime<Utc>,
) -> Result<ProposedTimeline> {
    let p = match kind {
        MechanismKind::Upr => upr(start, end, zone)?,
        MechanismKind::TreatyBody if code == "CRC" => crc(start, end, zone),
        MechanismKind::TreatyBody => treaty_body(code, start, end, zone),
        MechanismKind::SpecialProcedures => Proposal {
            milestones: Vec::new(),
            deadline_known: false,
            note: "No typical timeline is known for the Special Procedures: each call for input, visit or report states its own deadline. Add it from the call.".into(),
        },
    };
    Ok(ProposedTimeline {
        mechanism: code.into(),
        milestones: p.milestones.into_iter().map(|d| finish(d, now)).collect(),
        deadline_known: p.deadline_known,
        note: p.note,
    })
}

/// The shipped mechanism with `code` (as typed: case and spaces do not matter), or a plain
/// message naming the codes there are.
pub fn reference_mechanism(code: &str) -> Result<&'static crate::mechanism::Mechanism> {
    let all = crate::mechanism::reference_mechanisms()?;
    all.iter()
        .find(|m| m.code.eq_ignore_ascii_case(code.trim()))
        .ok_or_else(|| {
            let codes: Vec<&str> = all.iter().map(|m| m.code.as_str()).collect();
            Error::invalid(
                "mechanism",
                format!(
                    "There is no mechanism \"{}\". Use one of: {}.",
                    code.trim(),
                    codes.join(", ")
                ),
            )
        })
}

/// The proposed timeline for a request as typed (dates checked with plain messages), with the
/// dates the UN gives without a zone in `zone`, judged against `now`. The app and the CLI
/// (`cityrights timeline propose`) both come here, so they propose the same.
pub fn propose_request(
    request: &TimelineRequest,
    zone: &str,
    now: DateTime<Utc>,
) -> Result<ProposedTimeline> {
    let mechanism = reference_mechanism(&request.mechanism)?;
    let start = validate::date("session_date", &request.session_date)?;
    let end = validate::last_day(
        "session_end_date",
        request.session_end_date.as_deref(),
        start,
    )?;
    propose(&mechanism.code, mechanism.kind, start, end, zone, now)
}

impl Store {
    /// The proposed timeline for a request as typed, in the user's time zone, as of now.
    pub fn propose_timeline(&self, request: &TimelineRequest) -> Result<ProposedTimeline> {
        propose_request(request, &crate::calendar::user_time_zone(), Utc::now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZONE: &str = "Europe/Paris";

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A clock long before every date used below, so nothing has passed.
    fn early() -> DateTime<Utc> {
        "2020-01-01T00:00:00Z".parse().unwrap()
    }

    fn at(code: &str, kind: MechanismKind, start: &str, end: Option<&str>) -> ProposedTimeline {
        propose(code, kind, d(start), end.map(d), ZONE, early()).unwrap()
    }

    fn find(p: &ProposedTimeline, kind: MilestoneKind) -> &MilestoneInput {
        p.milestones
            .iter()
            .map(|m| &m.input)
            .find(|m| m.kind == Some(kind))
            .unwrap_or_else(|| panic!("no {kind:?} in {p:#?}"))
    }

    #[test]
    fn upr_window_closes_about_seven_months_before_at_2359_geneva() {
        // UPR47: session 4 November 2024; the window really closed on 8 April 2024.
        let p = at("UPR", MechanismKind::Upr, "2024-11-04", Some("2024-11-15"));
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
    fn only_upr_windows_are_in_geneva_time_other_dates_in_the_officers_zone() {
        let p = at("UPR", MechanismKind::Upr, "2027-01-18", None);
        for m in p.milestones.iter().map(|m| &m.input) {
            let windows = matches!(
                m.kind,
                Some(MilestoneKind::WindowOpens | MilestoneKind::WindowCloses)
            );
            assert_eq!(m.time_zone, if windows { GENEVA } else { ZONE }, "{m:?}");
        }
        for code in ["CCPR", "CEDAW", "CRC", "CESCR"] {
            let p = at(code, MechanismKind::TreatyBody, "2027-06-07", None);
            for m in p.milestones.iter().map(|m| &m.input) {
                assert_eq!(m.time_zone, ZONE, "{code}: {m:?}");
                if m.is_estimate {
                    assert!(m.basis.contains(NO_ZONE_GIVEN), "{code}: {}", m.basis);
                }
            }
        }
    }

    #[test]
    fn a_january_review_is_adopted_at_hrc59_and_the_mid_term_report_follows_the_adoption() {
        // WG48, 20–31 January 2025, was adopted at HRC59 (16 June–9 July 2025).
        let p = at("UPR", MechanismKind::Upr, "2025-01-20", Some("2025-01-31"));
        let adoption = find(&p, MilestoneKind::OutcomeAdoption);
        assert_eq!(adoption.date, "2025-06-16");
        assert_eq!(adoption.end_date.as_deref(), Some("2025-07-09"));
        assert!(adoption.title.contains("HRC59"));
        assert!(adoption.is_estimate);
        assert!(adoption.basis.contains("UN Geneva"), "{}", adoption.basis);
        let mid = find(&p, MilestoneKind::FollowUpDue);
        assert_eq!(mid.date, "2027-06-16", "two years after the adoption");
        assert!(mid.basis.contains("adoption of the UPR outcome"));
    }

    #[test]
    fn known_sessions_58_to_61_replace_the_pattern() {
        for (review, session, title) in [
            ("2024-11-04", "2025-02-24", "HRC58"),
            ("2025-05-05", "2025-09-08", "HRC60"),
            ("2025-11-03", "2026-02-23", "HRC61"),
        ] {
            let p = at("UPR", MechanismKind::Upr, review, None);
            let adoption = find(&p, MilestoneKind::OutcomeAdoption);
            assert_eq!(adoption.date, session, "{review}");
            assert!(adoption.title.contains(title), "{}", adoption.title);
        }
    }

    #[test]
    fn adoption_follows_the_usual_session_pattern_and_says_it_is_an_estimate() {
        // November review: three months later is February → the February–April session.
        let p = at("UPR", MechanismKind::Upr, "2027-11-01", Some("2027-11-12"));
        let adoption = find(&p, MilestoneKind::OutcomeAdoption);
        assert_eq!(adoption.date, "2028-02-24");
        assert!(adoption.end_date.is_none());
        assert!(adoption
            .basis
            .contains("estimate until the Council publishes them"));
        // A review in early May: three months later is August → September.
        let p = at("UPR", MechanismKind::Upr, "2027-05-03", None);
        assert_eq!(find(&p, MilestoneKind::OutcomeAdoption).date, "2027-09-08");
        assert_eq!(find(&p, MilestoneKind::FollowUpDue).date, "2029-09-08");
        // Late March: three months later is late June, after the June start → September.
        let p = at("UPR", MechanismKind::Upr, "2027-03-20", None);
        assert_eq!(find(&p, MilestoneKind::OutcomeAdoption).date, "2027-09-08");
    }

    #[test]
    fn crc_uses_the_fixed_deadlines_before_the_working_groups() {
        for (session, group, deadline) in [
            ("2027-01-11", "2026-10-01", "2026-08-01"),
            ("2027-05-17", "2027-02-01", "2026-12-01"),
            ("2027-09-06", "2027-06-01", "2027-04-01"),
        ] {
            let p = at("CRC", MechanismKind::TreatyBody, session, None);
            assert_eq!(find(&p, MilestoneKind::PreSession).date, group, "{session}");
            let close = find(&p, MilestoneKind::WindowCloses);
            assert_eq!(close.date, deadline, "{session}");
            assert!(close.is_estimate && close.basis.contains("1 December"));
            assert!(p.deadline_known);
        }
    }

    #[test]
    fn the_states_follow_up_report_is_the_states_and_the_citys_input_is_its_own() {
        let p = at(
            "CCPR",
            MechanismKind::TreatyBody,
            "2027-03-01",
            Some("2027-03-20"),
        );
        let follow: Vec<_> = p
            .milestones
            .iter()
            .filter(|m| m.input.kind == Some(MilestoneKind::FollowUpDue))
            .collect();
        assert_eq!(follow.len(), 2);
        assert!(follow[0].by_state && follow[0].input.date == "2028-03-20");
        assert!(follow[0].input.title.contains("State"));
        assert!(!follow[1].by_state && follow[1].input.title.contains("optional"));
        // CESCR follows up too (interval from the concluding observations); CRPD and CRC do not.
        let p = at("CESCR", MechanismKind::TreatyBody, "2027-03-01", None);
        let state = p.milestones.iter().find(|m| m.by_state).unwrap();
        assert!(state
            .input
            .basis
            .contains("last paragraph sets the interval"));
        for code in ["CRPD", "CRC"] {
            let p = at(code, MechanismKind::TreatyBody, "2027-03-01", None);
            assert!(
                !p.milestones
                    .iter()
                    .any(|m| m.input.kind == Some(MilestoneKind::FollowUpDue)),
                "{code}"
            );
        }
    }

    #[test]
    fn the_spt_gets_no_dialogue_and_the_proposal_says_what_it_does_instead() {
        let p = at("SPT", MechanismKind::TreatyBody, "2027-03-01", None);
        assert!(p.milestones.is_empty() && !p.deadline_known);
        assert!(p.note.contains("visits places"), "{}", p.note);
    }

    #[test]
    fn a_window_that_has_already_closed_is_shown_as_passed_with_what_it_means() {
        // A session five months away: the estimated window closed weeks ago.
        let now: DateTime<Utc> = "2026-12-06T10:00:00Z".parse().unwrap();
        let p = propose("UPR", MechanismKind::Upr, d("2027-05-03"), None, ZONE, now).unwrap();
        let close = p
            .milestones
            .iter()
            .find(|m| m.input.kind == Some(MilestoneKind::WindowCloses))
            .unwrap();
        assert!(close.passed);
        assert_eq!(close.input.date, "2026-10-03");
        let note = close.passed_note.as_deref().unwrap();
        assert!(
            note.contains("closed on 3 Oct 2026") && note.contains("too late"),
            "{note}"
        );
        assert!(
            close.due.starts_with("2026-10-03T23:59:00+02:00"),
            "{}",
            close.due
        );
        let session = p
            .milestones
            .iter()
            .find(|m| m.input.kind == Some(MilestoneKind::Session))
            .unwrap();
        assert!(!session.passed && session.passed_note.is_none());
    }

    #[test]
    fn where_no_typical_timeline_is_known_the_proposal_says_so() {
        let p = at("SP", MechanismKind::SpecialProcedures, "2027-03-01", None);
        assert!(p.milestones.is_empty() && !p.deadline_known);
        assert!(p.note.contains("No typical timeline is known"));
        let p = at("CAT", MechanismKind::TreatyBody, "2027-03-01", None);
        assert!(!p.deadline_known && p.note.contains("No typical submission deadline"));
        let p = at("CRPD", MechanismKind::TreatyBody, "2027-03-01", None);
        assert_eq!(p.milestones.len(), 1, "only the session");
        let p = at(
            "CCPR",
            MechanismKind::TreatyBody,
            "2027-03-01",
            Some("2027-03-20"),
        );
        assert_eq!(find(&p, MilestoneKind::FollowUpDue).date, "2028-03-20");
    }

    #[test]
    fn every_proposal_other_than_the_given_session_is_an_estimate_with_a_basis() {
        for (code, kind) in [
            ("UPR", MechanismKind::Upr),
            ("CRC", MechanismKind::TreatyBody),
            ("CEDAW", MechanismKind::TreatyBody),
            ("CAT", MechanismKind::TreatyBody),
            ("CESCR", MechanismKind::TreatyBody),
        ] {
            let p = at(code, kind, "2027-06-07", None);
            for m in p.milestones.iter().map(|m| &m.input) {
                if m.kind == Some(MilestoneKind::Session) {
                    continue;
                }
                assert!(m.is_estimate && !m.basis.is_empty(), "{code}: {m:?}");
                assert!(m.check().is_ok(), "{code}: {m:?}");
            }
        }
    }
}

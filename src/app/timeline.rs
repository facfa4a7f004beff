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
use crate::model::language::{self, Arg};
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
    /// The session's number (59 for HRC59) when known.
    number: Option<u32>,
    /// How this start date is known, for the basis.
    how: String,
}

/// A message of the catalogue in `lang` (the proposal is worded in its reader's language).
fn say(lang: &str, key: &str, args: &[(&str, Arg)]) -> String {
    language::text(lang, key, args)
}

/// A day in `lang` by one of the catalogue's date patterns.
fn day(lang: &str, pattern: &str, d: NaiveDate) -> String {
    language::date(lang, pattern, &d.to_string())
}

/// The first regular Council session starting on or after `earliest`: a known session where the
/// data file has one in that slot (the same year, within about a month and a half of the usual
/// start), else the usual pattern. The sources quoted are the data file's, in English.
fn first_hrc_session_from(lang: &str, file: &HrcFile, earliest: NaiveDate) -> Option<HrcSession> {
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
                    number: Some(k.number),
                    how: say(
                        lang,
                        "timeline.hrc_known",
                        &[
                            ("number", k.number.into()),
                            ("date", day(lang, "meta.date_pattern", k.start).into()),
                            ("source", k.source.as_str().into()),
                        ],
                    ),
                },
                None => {
                    // The pattern's label is data; the catalogue names the three usual slots.
                    let key = format!("timeline.hrc_session_{}", p.month);
                    let label = match say(lang, &key, &[]) {
                        found if found != key => found,
                        _ => p.label.clone(),
                    };
                    HrcSession {
                        start: usual,
                        end: None,
                        number: None,
                        how: say(
                            lang,
                            "timeline.hrc_usual",
                            &[
                                ("session", label.into()),
                                ("date", day(lang, "core.day_month_pattern", usual).into()),
                                ("source", file.pattern.source.as_str().into()),
                            ],
                        ),
                    }
                }
            });
        }
    }
    candidates
        .into_iter()
        .filter(|s| s.start >= earliest)
        .min_by_key(|s| s.start)
}

/// What a basis adds where the UN publishes a date without a time zone.
fn no_zone(lang: &str) -> String {
    say(lang, "timeline.no_zone", &[])
}

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
fn session(title: String, start: NaiveDate, end: Option<NaiveDate>, zone: &str) -> Draft {
    Draft {
        input: MilestoneInput {
            kind: Some(MilestoneKind::Session),
            title,
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
fn finish(lang: &str, d: Draft, now: DateTime<Utc>) -> ProposedMilestone {
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
        .map(|d| day(lang, "core.medium_date_pattern", d))
        .unwrap_or_default();
    let key = match m.kind {
        Some(MilestoneKind::WindowCloses) => "timeline.passed_window_closed",
        Some(MilestoneKind::WindowOpens) => "timeline.passed_window_opened",
        _ => "timeline.date_passed",
    };
    let passed_note = passed.then(|| say(lang, key, &[("date", shown.into())]));
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
fn upr(lang: &str, start: NaiveDate, end: Option<NaiveDate>, zone: &str) -> Result<Proposal> {
    let hrc = hrc_file()?;
    let closes = months_before(start, 7);
    let opens = closes - Duration::weeks(6);
    let mut milestones = vec![
        estimate(
            MilestoneKind::WindowOpens,
            say(lang, "timeline.upr_opens", &[]),
            opens,
            None,
            GENEVA,
            say(lang, "timeline.upr_opens_basis", &[]),
        ),
        estimate(
            MilestoneKind::WindowCloses,
            say(lang, "timeline.upr_closes", &[]),
            closes,
            Some("23:59"),
            GENEVA,
            say(lang, "timeline.upr_closes_basis", &[]),
        ),
        session(say(lang, "timeline.upr_session", &[]), start, end, zone),
    ];
    let after = end.unwrap_or(start);
    let rule = &hrc.adoption_rule;
    let earliest = months_after(after, rule.min_months_after_working_group);
    // The mid-term report is counted from the adoption of the outcome at the Council; when no
    // session can be found (never with the pattern), from the earliest possible adoption.
    let mut adopted = earliest;
    if let Some(s) = first_hrc_session_from(lang, &hrc, earliest) {
        adopted = s.start;
        let title = match s.number {
            Some(n) => say(lang, "timeline.upr_adoption_at", &[("number", n.into())]),
            None => say(lang, "timeline.upr_adoption", &[]),
        };
        let mut draft = estimate(
            MilestoneKind::OutcomeAdoption,
            title,
            s.start,
            None,
            zone,
            say(
                lang,
                "timeline.upr_adoption_basis",
                &[
                    ("months", rule.min_months_after_working_group.into()),
                    ("source", rule.source.as_str().into()),
                    ("how", s.how.into()),
                    ("no_zone", no_zone(lang).into()),
                ],
            ),
        );
        draft.input.end_date = s.end.map(|d| d.to_string());
        milestones.push(draft);
    }
    milestones.push(estimate(
        MilestoneKind::FollowUpDue,
        say(lang, "timeline.upr_midterm", &[]),
        months_after(adopted, 24),
        None,
        zone,
        say(
            lang,
            "timeline.upr_midterm_basis",
            &[
                ("date", day(lang, "meta.date_pattern", adopted).into()),
                ("no_zone", no_zone(lang).into()),
            ],
        ),
    ));
    Ok(Proposal {
        milestones,
        deadline_known: true,
        note: say(lang, "timeline.upr_note", &[]),
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
fn crc(lang: &str, start: NaiveDate, end: Option<NaiveDate>, zone: &str) -> Proposal {
    let group = crc_working_group(start);
    // 1 December (of the year before) for February, 1 April for June, 1 August for October.
    let deadline = months_before(group, 2);
    let month = day(lang, "core.month_year_pattern", group);
    let args = [
        ("month", Arg::from(month.as_str())),
        ("no_zone", Arg::from(no_zone(lang))),
    ];
    Proposal {
        milestones: vec![
            estimate(
                MilestoneKind::WindowCloses,
                say(lang, "timeline.crc_deadline", &args),
                deadline,
                None,
                zone,
                say(lang, "timeline.crc_deadline_basis", &args),
            ),
            estimate(
                MilestoneKind::PreSession,
                say(lang, "timeline.crc_group", &args),
                group,
                None,
                zone,
                say(lang, "timeline.crc_group_basis", &args),
            ),
            session(say(lang, "timeline.dialogue", &[]), start, end, zone),
        ],
        deadline_known: true,
        note: say(lang, "timeline.crc_note", &[]),
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
fn follow_up_milestones(lang: &str, code: &str, after: NaiveDate, zone: &str) -> Vec<Draft> {
    let Some(f) = follow_up(code) else {
        return Vec::new();
    };
    let (due, how) = match f {
        FollowUp::Years(years) => (
            months_after(after, 12 * years),
            say(lang, "timeline.follow_up_years", &[("years", years.into())]),
        ),
        FollowUp::SetInConcludingObservations => (
            months_after(after, 24),
            say(lang, "timeline.follow_up_cescr", &[]),
        ),
    };
    let mut state = estimate(
        MilestoneKind::FollowUpDue,
        say(lang, "timeline.state_follow_up", &[]),
        due,
        None,
        zone,
        say(
            lang,
            "timeline.state_follow_up_basis",
            &[("how", how.into()), ("no_zone", no_zone(lang).into())],
        ),
    );
    state.input.by_state = true;
    let city = estimate(
        MilestoneKind::FollowUpDue,
        say(lang, "timeline.city_follow_up", &[]),
        due,
        None,
        zone,
        say(
            lang,
            "timeline.city_follow_up_basis",
            &[("no_zone", no_zone(lang).into())],
        ),
    );
    vec![state, city]
}

/// Another treaty body: the session, and the follow-up report where there is a procedure.
/// Their submission deadlines are set per session, so none is proposed — except CEDAW's, whose
/// usual interval is known from a third party.
fn treaty_body(
    lang: &str,
    code: &str,
    start: NaiveDate,
    end: Option<NaiveDate>,
    zone: &str,
) -> Proposal {
    if code == "SPT" {
        return Proposal {
            milestones: Vec::new(),
            deadline_known: false,
            note: say(lang, "timeline.spt_note", &[]),
        };
    }
    let mut milestones = Vec::new();
    let mut deadline_known = false;
    if code == "CEDAW" {
        deadline_known = true;
        milestones.push(estimate(
            MilestoneKind::WindowCloses,
            say(lang, "timeline.cedaw_deadline", &[]),
            start - Duration::weeks(4),
            None,
            zone,
            say(
                lang,
                "timeline.cedaw_deadline_basis",
                &[("no_zone", no_zone(lang).into())],
            ),
        ));
    }
    milestones.push(session(
        say(lang, "timeline.dialogue", &[]),
        start,
        end,
        zone,
    ));
    milestones.extend(follow_up_milestones(lang, code, end.unwrap_or(start), zone));
    let note = if deadline_known {
        say(lang, "timeline.cedaw_note", &[])
    } else if follow_up(code).is_some() {
        say(
            lang,
            "timeline.no_deadline_follow_up_note",
            &[("code", code.into())],
        )
    } else {
        say(lang, "timeline.no_deadline_note", &[("code", code.into())])
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
/// the officer's `zone` wherever the UN gives no zone, judged against `now` (what has passed),
/// worded in English.
pub fn propose(
    code: &str,
    kind: MechanismKind,
    start: NaiveDate,
    end: Option<NaiveDate>,
    zone: &str,
    now: DateTime<Utc>,
) -> Result<ProposedTimeline> {
    propose_in(language::FALLBACK, code, kind, start, end, zone, now)
}

/// [`propose`], its titles, bases and notes worded in `lang` (what is added keeps them in that
/// language).
pub fn propose_in(
    lang: &str,
    code: &str,
    kind: MechanismKind,
    start: NaiveDate,
    end: Option<NaiveDate>,
    zone: &str,
    now: DateTime<Utc>,
) -> Result<ProposedTimeline> {
    let p = match kind {
        MechanismKind::Upr => upr(lang, start, end, zone)?,
        MechanismKind::TreatyBody if code == "CRC" => crc(lang, start, end, zone),
        MechanismKind::TreatyBody => treaty_body(lang, code, start, end, zone),
        MechanismKind::SpecialProcedures => Proposal {
            milestones: Vec::new(),
            deadline_known: false,
            note: say(lang, "timeline.sp_note", &[]),
        },
    };
    Ok(ProposedTimeline {
        mechanism: code.into(),
        milestones: p
            .milestones
            .into_iter()
            .map(|d| finish(lang, d, now))
            .collect(),
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
            Error::invalid_said(
                "mechanism",
                "error.no_such_mechanism",
                vec![
                    ("code", code.trim().into()),
                    ("codes", codes.join(", ").into()),
                ],
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
    propose_request_in(language::FALLBACK, request, zone, now)
}

/// [`propose_request`] worded in `lang`.
pub fn propose_request_in(
    lang: &str,
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
    propose_in(lang, &mechanism.code, mechanism.kind, start, end, zone, now)
}

impl Store {
    /// The proposed timeline for a request as typed, in the user's time zone, as of now, worded
    /// in the store's language.
    pub fn propose_timeline(&self, request: &TimelineRequest) -> Result<ProposedTimeline> {
        propose_request_in(
            self.language(),
            request,
            &crate::calendar::user_time_zone(),
            Utc::now(),
        )
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
                    assert!(m.basis.contains(&no_zone("en")), "{code}: {}", m.basis);
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

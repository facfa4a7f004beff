//! Personal data: how long the names of consulted people are kept, removing them when that
//! time has passed, and erasing one person everywhere on request.
//!
//! Why it is built this way:
//! - the consultation is the city's record of an inclusive process and must survive: only the
//!   person goes. An anonymised participant becomes "Participant n" (their place in the
//!   consultation) with their role, e-mail, phone and the notes about them cleared; the date,
//!   topic, organisation and the number of participants stay;
//! - erasure runs in one transaction over every place a person's name or e-mail can be typed
//!   (consultation participants and notes, stakeholder contacts and notes, the city's contact,
//!   engagement and milestone notes, evidence notes, section owners, recommendation
//!   departments): all of it is erased, or nothing;
//! - the text of drafts is listed, and rewritten only when the officer asks for it ("in
//!   text"): a draft is the officer's document. Then every whole-word mention of the name or
//!   e-mail in section titles and content (text runs, footnotes, table cells: the content tree
//!   is walked, never the raw JSON) and in every revision snapshot becomes "[name removed]" /
//!   "[e-mail removed]" in the same transaction; each changed section gets a new version (an
//!   open editor then meets a conflict instead of saving the old text over it) and is
//!   re-indexed for search. The file recorded as sent to the UN (its bytes and SHA-256) is
//!   never changed: it is the record of what was sent;
//! - backups and workspace files made before hold the old data; they roll off with the backup
//!   retention. The UI and the README say so.

use crate::consultation::{anonymise_participant, pseudonym, ParticipantRow, Participants};
pub use crate::consultation::{kept_until, DEFAULT_RETENTION_MONTHS};
use crate::document::{Block, Content, Inline, Mark};
use crate::model::language;
use crate::revision::{for_each_revision, RevisionSection, Revisions};
use crate::store::{now_text, Store, TextColumn};
use crate::submission::{for_each_section, Sections};
use crate::validate;
use crate::{Error, Result};
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The longest retention period that can be chosen (50 years).
pub const RETENTION_MONTHS_MAX: u32 = 600;

const NAME_REMOVED: &str = "[name removed]";
const EMAIL_REMOVED: &str = "[e-mail removed]";

/// The retention setting, for the Settings screen.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RetentionPolicy {
    /// How many months after a consultation's date its participants' personal data is kept.
    pub retention_months: u32,
    /// Consultations held on or before this date (`YYYY-MM-DD`) are past retention today.
    pub cutoff: String,
    /// Participants whose personal data is past retention and not yet removed.
    pub expired_participants: usize,
}

/// What "Remove expired personal data" did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PurgeReport {
    pub retention_months: u32,
    /// Consultations held on or before this date were past retention.
    pub cutoff: String,
    /// Participants anonymised now.
    pub participants: usize,
    /// Consultations they belonged to.
    pub consultations: usize,
}

/// Whom to erase: a participant found by [`Store::find_person`] (with every other occurrence
/// of their name or e-mail), or everyone recorded with an e-mail address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "by", rename_all = "snake_case")]
#[ts(export)]
pub enum PersonTarget {
    Participant { id: i64 },
    Email { email: String },
}

/// The kinds of places where a person's data can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PlaceKind {
    Participant,
    ConsultationNotes,
    StakeholderContact,
    StakeholderNotes,
    CityContact,
    EngagementNotes,
    MilestoneNotes,
    EvidenceNote,
    SectionOwner,
    RecommendationDepartment,
    /// A name on the city's list of departments (Settings): taken off the list.
    DepartmentList,
    /// The text of a draft: changed only when erasing "in text" too (else the officer edits it).
    DraftText,
    /// Earlier versions of a submission (its revisions): changed only when erasing "in text".
    DraftHistory,
}

/// One place where the person appears.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Occurrence {
    pub place: PlaceKind,
    /// The id of the record (participant, consultation, stakeholder, section…).
    pub record_id: i64,
    /// Where it is, in words: "Consultation “Housing round table” of 2026-03-02, participant 2".
    pub label: String,
    /// The text as stored now (shortened for long notes).
    pub value: String,
    /// False for the text of drafts and their history, changed only when erasing "in text"
    /// (otherwise the officer edits the text by hand).
    pub erased_automatically: bool,
}

/// A person found by name or e-mail, with every place they appear.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PersonMatch {
    /// What to pass to erase them.
    pub target: PersonTarget,
    pub name: String,
    pub email: String,
    pub occurrences: Vec<Occurrence>,
}

/// What erasing a person did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct EraseReport {
    /// Participants anonymised ("Participant n").
    pub participants: usize,
    /// Consultations they were in (each kept, anonymised).
    pub consultations: usize,
    /// Other fields changed (contacts, notes, owners, departments).
    pub other_fields: usize,
    /// Mentions in drafts, left for the officer to edit (none when erased "in text", unless a
    /// section's content could not be read).
    pub left_in_drafts: Vec<Occurrence>,
    /// Sections whose title or text was changed (erasing "in text" only).
    pub sections_changed: usize,
    /// Revision snapshots (earlier versions) changed (erasing "in text" only).
    pub revisions_changed: usize,
}

fn cutoff(today: NaiveDate, months: u32) -> String {
    today
        .checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
        .to_string()
}

/// The person to look for: exact names (compared without case) and e-mail addresses.
struct Identity {
    names: Vec<String>,
    emails: Vec<String>,
}

impl Identity {
    fn matches_name(&self, name: &str) -> bool {
        let n = fold(name);
        !n.is_empty() && self.names.iter().any(|x| fold(x) == n)
    }
    fn matches_email(&self, email: &str) -> bool {
        let e = fold(email);
        !e.is_empty() && self.emails.iter().any(|x| fold(x) == e)
    }
    /// `text` with every mention of a name replaced by `name_as` and of an e-mail by
    /// "[e-mail removed]"; None when nothing was mentioned.
    fn scrub(&self, text: &str, name_as: &str) -> Option<String> {
        let mut out = text.to_string();
        for e in &self.emails {
            out = replace_word(&out, e, EMAIL_REMOVED);
        }
        for n in &self.names {
            out = replace_word(&out, n, name_as);
        }
        (out != text).then_some(out)
    }
    fn mentioned_in(&self, text: &str) -> bool {
        self.scrub(text, NAME_REMOVED).is_some()
    }
}

impl Identity {
    /// Takes the person out of a content tree; true when something changed. Text runs,
    /// footnotes, headings, list items, quotes and table cells are walked; a link whose target
    /// names the person loses the link (its text is scrubbed like any other).
    fn scrub_content(&self, content: &mut Content) -> bool {
        let mut changed = false;
        for b in &mut content.blocks {
            changed |= self.scrub_block(b);
        }
        changed
    }

    fn scrub_block(&self, block: &mut Block) -> bool {
        let mut changed = false;
        match block {
            Block::Heading { content, .. } | Block::Paragraph { content, .. } => {
                changed |= self.scrub_inlines(content);
            }
            Block::BulletList { items } | Block::OrderedList { items } => {
                for item in items {
                    for b in &mut item.blocks {
                        changed |= self.scrub_block(b);
                    }
                }
            }
            Block::Quote { blocks } => {
                for b in blocks {
                    changed |= self.scrub_block(b);
                }
            }
            Block::Table { rows } => {
                for row in rows {
                    for cell in &mut row.cells {
                        changed |= self.scrub_inlines(&mut cell.content);
                    }
                }
            }
            Block::Chart { caption, .. } => {
                let mut text = vec![Inline::text(caption.clone())];
                if self.scrub_inlines(&mut text) {
                    let scrubbed = Content {
                        blocks: vec![Block::Paragraph {
                            numbered: false,
                            content: text,
                        }],
                    };
                    *caption = scrubbed.text_parts().body.concat();
                    changed = true;
                }
            }
        }
        changed
    }

    fn scrub_inlines(&self, inlines: &mut [Inline]) -> bool {
        let mut changed = false;
        for i in inlines {
            match i {
                Inline::Text { text, marks } => {
                    if let Some(new) = self.scrub(text, NAME_REMOVED) {
                        *text = new;
                        changed = true;
                    }
                    let before = marks.len();
                    marks.retain(|m| match m {
                        Mark::Link { href } => !self.mentioned_in(href),
                        _ => true,
                    });
                    changed |= marks.len() != before;
                }
                Inline::Footnote { content } => changed |= self.scrub_inlines(content),
                Inline::Citation { .. } | Inline::HardBreak => {}
            }
        }
        changed
    }

    /// Takes the person out of revision sections (titles and content); true when changed.
    fn scrub_sections(&self, sections: &mut [RevisionSection]) -> bool {
        let mut changed = false;
        for s in sections {
            if let Some(t) = self.scrub(&s.title, NAME_REMOVED) {
                s.title = t;
                changed = true;
            }
            changed |= self.scrub_content(&mut s.content);
        }
        changed
    }
}

/// Lower case with runs of white space made one space, for comparing names as people type them.
fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Replaces every whole-word, case-insensitive occurrence of `needle` in `text` ("Ana" in
/// "Ana Novak" but not in "Banana").
fn replace_word(text: &str, needle: &str, with: &str) -> String {
    let needle: Vec<char> = needle.trim().chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return text.to_string();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < chars.len() {
        let boundary_before = i == 0 || !chars[i - 1].1.is_alphanumeric();
        if boundary_before {
            if let Some(end) = match_at(&chars, i, &needle) {
                let boundary_after = end == chars.len() || !chars[end].1.is_alphanumeric();
                if boundary_after {
                    out.push_str(&text[copied..chars[i].0]);
                    out.push_str(with);
                    copied = chars.get(end).map(|c| c.0).unwrap_or(text.len());
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// The index after the match of `needle` (lower case) at `start`, if it matches there.
fn match_at(chars: &[(usize, char)], start: usize, needle: &[char]) -> Option<usize> {
    let mut k = 0;
    let mut i = start;
    while k < needle.len() {
        let (_, c) = chars.get(i)?;
        for lc in c.to_lowercase() {
            if needle.get(k) != Some(&lc) {
                return None;
            }
            k += 1;
        }
        i += 1;
    }
    Some(i)
}

/// Short text for a listing: the first 160 characters.
fn excerpt(s: &str) -> String {
    let s = s.trim();
    if s.chars().count() <= 160 {
        return s.to_string();
    }
    let cut: String = s.chars().take(159).collect();
    format!("{cut}…")
}

/// The e-mail addresses in a free text (a stakeholder's "contact" field).
fn emails_in(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || ",;<>()[]\"'".contains(c))
        .map(|t| t.trim_end_matches('.'))
        .filter(|t| t.contains('@') && validate::email("email", t).is_ok())
        .map(str::to_string)
        .collect()
}

/// True when a contact field holds nothing but removal marks and punctuation.
fn only_marks(s: &str) -> bool {
    !s.replace(NAME_REMOVED, "")
        .replace(EMAIL_REMOVED, "")
        .chars()
        .any(char::is_alphanumeric)
}

/// A free-text column that may hold a person's name or contact: its statements are its
/// table's ([`TextColumn`]).
struct FreeText {
    place: PlaceKind,
    column: &'static TextColumn,
    /// A contact field that is cleared when only removal marks would remain.
    contact: bool,
}

const FREE_TEXT: &[FreeText] = &[
    FreeText {
        place: PlaceKind::StakeholderContact,
        column: &crate::store::stakeholder::CONTACTS,
        contact: true,
    },
    FreeText {
        place: PlaceKind::StakeholderNotes,
        column: &crate::store::stakeholder::NOTES,
        contact: false,
    },
    FreeText {
        place: PlaceKind::EngagementNotes,
        column: &crate::engagement::NOTES,
        contact: false,
    },
    FreeText {
        place: PlaceKind::MilestoneNotes,
        column: &crate::milestone::NOTES,
        contact: false,
    },
    FreeText {
        place: PlaceKind::EvidenceNote,
        column: &crate::recommendation::EVIDENCE_NOTES,
        contact: false,
    },
];

/// A column that holds a name on its own (an owner, a department): cleared when it is the name.
struct NameField {
    place: PlaceKind,
    column: &'static TextColumn,
}

const NAME_FIELDS: &[NameField] = &[
    NameField {
        place: PlaceKind::SectionOwner,
        column: &crate::submission::OWNERS,
    },
    NameField {
        place: PlaceKind::RecommendationDepartment,
        column: &crate::recommendation::DEPARTMENTS,
    },
    NameField {
        place: PlaceKind::DepartmentList,
        column: &crate::store::department::NAMES,
    },
];

/// What is to change, found once and used both to list and to erase, so that the confirmation
/// lists exactly what is erased.
struct Found {
    participants: Vec<ParticipantRow>,
    /// (consultation id, notes, label)
    consultation_notes: Vec<(i64, String, String)>,
    /// (FREE_TEXT index, id, text, label)
    free_text: Vec<(usize, i64, String, String)>,
    /// (NAME_FIELDS index, id, value, label)
    name_fields: Vec<(usize, i64, String, String)>,
    city_name: Option<String>,
    city_email: Option<String>,
    drafts: Vec<Occurrence>,
    /// The language the places are named in (the reader's).
    lang: &'static str,
}

impl Found {
    fn occurrences(&self) -> Vec<Occurrence> {
        let mut out = Vec::new();
        for p in &self.participants {
            out.push(Occurrence {
                place: PlaceKind::Participant,
                record_id: p.id,
                label: p.label.in_language(self.lang),
                value: if p.email.is_empty() {
                    p.name.clone()
                } else {
                    format!("{} <{}>", p.name, p.email)
                },
                erased_automatically: true,
            });
        }
        for (id, notes, label) in &self.consultation_notes {
            out.push(Occurrence {
                place: PlaceKind::ConsultationNotes,
                record_id: *id,
                label: label.clone(),
                value: excerpt(notes),
                erased_automatically: true,
            });
        }
        for (i, id, text, label) in &self.free_text {
            out.push(Occurrence {
                place: FREE_TEXT[*i].place,
                record_id: *id,
                label: label.clone(),
                value: excerpt(text),
                erased_automatically: true,
            });
        }
        for (i, id, value, label) in &self.name_fields {
            out.push(Occurrence {
                place: NAME_FIELDS[*i].place,
                record_id: *id,
                label: label.clone(),
                value: value.clone(),
                erased_automatically: true,
            });
        }
        if let Some(n) = &self.city_name {
            out.push(Occurrence {
                place: PlaceKind::CityContact,
                record_id: 1,
                label: language::text(self.lang, "personal_place.city_contact_person", &[]),
                value: n.clone(),
                erased_automatically: true,
            });
        }
        if let Some(e) = &self.city_email {
            out.push(Occurrence {
                place: PlaceKind::CityContact,
                record_id: 1,
                label: language::text(self.lang, "personal_place.city_contact_email", &[]),
                value: e.clone(),
                erased_automatically: true,
            });
        }
        out.extend(self.drafts.iter().cloned());
        out
    }

    fn is_empty(&self) -> bool {
        self.occurrences().is_empty()
    }
}

impl Store {
    /// The retention setting with what is past it today.
    pub fn retention_policy(&self, today: NaiveDate) -> Result<RetentionPolicy> {
        let months = self.retention_months()?;
        let cutoff = cutoff(today, months);
        let expired = self.count_participants(Participants::HeldBy(&cutoff))?;
        Ok(RetentionPolicy {
            retention_months: months,
            cutoff,
            expired_participants: expired,
        })
    }

    /// Changes the retention period (1 to 600 months). It takes effect at the next removal
    /// (the button, or the next start of the app); nothing is removed by saving it.
    pub fn set_retention_months(
        &mut self,
        months: i64,
        today: NaiveDate,
    ) -> Result<RetentionPolicy> {
        if !(1..=RETENTION_MONTHS_MAX as i64).contains(&months) {
            return Err(Error::invalid_said(
                "retention_months",
                "error.retention_months",
                vec![("max", RETENTION_MONTHS_MAX.into())],
            ));
        }
        self.write_retention_months(months)?;
        self.retention_policy(today)
    }

    /// Anonymises every participant of a consultation held on or before `today` minus the
    /// retention period: "Participant n", with role, e-mail, phone and notes cleared, and
    /// their name and e-mail taken out of the consultation's notes. One transaction.
    pub fn purge_expired_personal_data(&mut self, today: NaiveDate) -> Result<PurgeReport> {
        let months = self.retention_months()?;
        let cutoff = cutoff(today, months);
        let rows = self.participant_rows(Participants::HeldBy(&cutoff))?;
        let notes = self.consultation_notes_of(&rows)?;
        let now = now_text();
        let consultations = self.write(|tx| anonymise(tx, &rows, &notes, &now))?;
        Ok(PurgeReport {
            retention_months: months,
            cutoff,
            participants: rows.len(),
            consultations,
        })
    }

    /// People whose name or e-mail contains `query` (without case), each with every place
    /// they appear. A person is first of all a consultation participant; e-mail addresses in
    /// stakeholder contacts and the city's contact that match are offered too.
    pub fn find_person(&self, query: &str) -> Result<Vec<PersonMatch>> {
        let q = fold(query);
        if q.chars().count() < 2 {
            return Err(Error::invalid_said(
                "query",
                "error.person_query_short",
                vec![],
            ));
        }
        let like = format!(
            "%{}%",
            q.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let candidates = self.participant_rows(Participants::Like(&like))?;
        let mut targets: Vec<(PersonTarget, String, String)> = candidates
            .iter()
            .map(|p| {
                (
                    PersonTarget::Participant { id: p.id },
                    p.name.clone(),
                    p.email.clone(),
                )
            })
            .collect();
        // E-mail addresses typed outside consultations (stakeholder contacts, the city's contact).
        let mut texts: Vec<String> = crate::store::stakeholder::CONTACTS
            .rows(&self.conn)?
            .into_iter()
            .map(|r| r.text)
            .collect();
        texts.extend(self.city_profile()?.map(|c| c.contact_email));
        for t in texts {
            for e in emails_in(&t) {
                if fold(&e).contains(&q) {
                    targets.push((PersonTarget::Email { email: e.clone() }, String::new(), e));
                }
            }
        }
        let mut out: Vec<PersonMatch> = Vec::new();
        let mut seen: Vec<(PlaceKind, i64, String)> = Vec::new();
        for (target, name, email) in targets {
            let occurrences = self.find(&target)?.occurrences();
            let keys: Vec<(PlaceKind, i64, String)> = occurrences
                .iter()
                .map(|o| (o.place, o.record_id, o.label.clone()))
                .collect();
            if occurrences.is_empty() || keys.iter().all(|k| seen.contains(k)) {
                continue;
            }
            seen.extend(keys);
            out.push(PersonMatch {
                target,
                name,
                email,
                occurrences,
            });
        }
        Ok(out)
    }

    /// Erases the person everywhere, in one transaction: as a participant they become
    /// "Participant n" in each consultation (which stays); their name and e-mail are taken out
    /// of consultation notes, stakeholder contacts and notes, the city's contact, engagement,
    /// milestone and evidence notes, section owners and recommendation departments. Mentions
    /// in drafts are returned, not changed, unless `in_text`: then every whole-word mention in
    /// section titles and content and in every revision snapshot becomes "[name removed]" /
    /// "[e-mail removed]" in the same transaction (see the module's notes). The record of
    /// what was sent (file and SHA-256) never changes.
    pub fn erase_person(&mut self, target: &PersonTarget, in_text: bool) -> Result<EraseReport> {
        let found = self.find(target)?;
        if found.is_empty() {
            return Err(match target {
                PersonTarget::Participant { .. } => {
                    Error::said("refused", "error.person_already_removed", vec![])
                }
                PersonTarget::Email { email } => Error::said(
                    "refused",
                    "error.no_data_for_email",
                    vec![("email", email.clone().into())],
                ),
            });
        }
        let identity = self.identity(target)?;
        let now = now_text();
        let mut other_fields = 0;
        let mut text_changes = (0, 0);
        let consultations = self.write(|tx| {
            if in_text {
                text_changes = scrub_drafts(tx, &identity, &now)?;
            }
            let consultations = anonymise_with(
                tx,
                &found.participants,
                &found.consultation_notes,
                &now,
                Some(&identity),
            )?;
            for (i, id, text, _) in &found.free_text {
                let f = &FREE_TEXT[*i];
                let mut new = identity
                    .scrub(text, NAME_REMOVED)
                    .unwrap_or_else(|| text.clone());
                if f.contact && only_marks(&new) {
                    new.clear();
                }
                f.column.set(tx, *id, &new, &now)?;
                other_fields += 1;
            }
            for (i, id, _, _) in &found.name_fields {
                NAME_FIELDS[*i].column.set(tx, *id, "", &now)?;
                other_fields += 1;
            }
            if found.city_name.is_some() {
                crate::city::clear_contact(tx, true, &now)?;
                other_fields += 1;
            }
            if found.city_email.is_some() {
                crate::city::clear_contact(tx, false, &now)?;
                other_fields += 1;
            }
            Ok(consultations)
        })?;
        Ok(EraseReport {
            participants: found.participants.len(),
            consultations,
            other_fields,
            left_in_drafts: if in_text {
                // Only content that could not be read as a tree is left.
                let unreadable: Vec<i64> = draft_sections(&self.conn, self.language())?
                    .into_iter()
                    .filter(|s| s.content.is_none())
                    .map(|s| s.id)
                    .collect();
                found
                    .drafts
                    .into_iter()
                    .filter(|o| {
                        o.place == PlaceKind::DraftText && unreadable.contains(&o.record_id)
                    })
                    .collect()
            } else {
                found.drafts
            },
            sections_changed: text_changes.0,
            revisions_changed: text_changes.1,
        })
    }

    /// The names and e-mail addresses that identify the person.
    fn identity(&self, target: &PersonTarget) -> Result<Identity> {
        match target {
            PersonTarget::Participant { id } => {
                let row = self.participant_contact(*id)?;
                let contact = row.ok_or(Error::NotFound {
                    what: "Participant",
                    id: *id,
                })?;
                let (name, email) = (contact.name, contact.email);
                if contact.anonymised {
                    return Ok(Identity {
                        names: Vec::new(),
                        emails: Vec::new(),
                    });
                }
                Ok(Identity {
                    names: vec![name],
                    emails: if email.is_empty() {
                        vec![]
                    } else {
                        vec![email]
                    },
                })
            }
            PersonTarget::Email { email } => {
                let email = validate::email("email", email)?;
                if email.is_empty() {
                    return Err(Error::invalid_said("email", "error.email_to_erase", vec![]));
                }
                let names = self.names_with_email(&email)?;
                Ok(Identity {
                    names,
                    emails: vec![email],
                })
            }
        }
    }

    fn find(&self, target: &PersonTarget) -> Result<Found> {
        let who = self.identity(target)?;
        // Where the person appears, in the reader's language.
        let lang = self.language();
        let all = self.participant_rows(Participants::Kept)?;
        let participants: Vec<ParticipantRow> = all
            .into_iter()
            .filter(|p| who.matches_name(&p.name) || who.matches_email(&p.email))
            .collect();
        let consultation_notes: Vec<(i64, String, String)> = crate::consultation::NOTES
            .rows(&self.conn)?
            .into_iter()
            .filter(|r| who.mentioned_in(&r.text))
            .map(|r| (r.id, r.text, r.label.in_language(lang)))
            .collect();
        let mut free_text = Vec::new();
        for (i, f) in FREE_TEXT.iter().enumerate() {
            for r in f.column.rows(&self.conn)? {
                if who.mentioned_in(&r.text) {
                    free_text.push((i, r.id, r.text, r.label.in_language(lang)));
                }
            }
        }
        let mut name_fields = Vec::new();
        for (i, f) in NAME_FIELDS.iter().enumerate() {
            for r in f.column.rows(&self.conn)? {
                if who.matches_name(&r.text) {
                    name_fields.push((i, r.id, r.text, r.label.in_language(lang)));
                }
            }
        }
        let (city_name, city_email) = match self.city_profile()? {
            Some(c) => (
                who.matches_name(&c.contact_name).then_some(c.contact_name),
                who.matches_email(&c.contact_email)
                    .then_some(c.contact_email),
            ),
            None => (None, None),
        };
        let mut drafts = Vec::new();
        for s in draft_sections(&self.conn, lang)? {
            if s.mentions(&who) {
                drafts.push(Occurrence {
                    place: PlaceKind::DraftText,
                    record_id: s.id,
                    label: s.label,
                    value: language::text(lang, "personal_place.in_text", &[]),
                    erased_automatically: false,
                });
            }
        }
        for (submission_id, title, n) in history_mentions(&self.conn, &who)? {
            drafts.push(Occurrence {
                place: PlaceKind::DraftHistory,
                record_id: submission_id,
                label: language::text(
                    lang,
                    "personal_place.history",
                    &[("title", title.as_str().into())],
                ),
                value: language::text(lang, "personal_place.in_history", &[("n", n.into())]),
                erased_automatically: false,
            });
        }
        Ok(Found {
            participants,
            consultation_notes,
            free_text,
            name_fields,
            city_name,
            city_email,
            drafts,
            lang,
        })
    }

    /// The notes of the consultations the rows belong to.
    fn consultation_notes_of(&self, rows: &[ParticipantRow]) -> Result<Vec<(i64, String, String)>> {
        let mut ids: Vec<i64> = rows.iter().map(|r| r.consultation_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut out = Vec::new();
        for id in ids {
            out.push((id, self.consultation_notes(id)?, String::new()));
        }
        Ok(out)
    }
}

/// A section as the erasure reads it, in the Bin or not.
struct DraftSection {
    id: i64,
    submission_id: i64,
    title: String,
    /// None when the stored content cannot be read as a content tree.
    content: Option<Content>,
    json: String,
    label: String,
}

impl DraftSection {
    fn mentions(&self, who: &Identity) -> bool {
        if who.mentioned_in(&self.title) {
            return true;
        }
        match &self.content {
            Some(c) => who.scrub_content(&mut c.clone()),
            // Unreadable content is listed for the officer when the raw text mentions them.
            None => who.mentioned_in(&self.json),
        }
    }
}

fn draft_sections(conn: &rusqlite::Connection, lang: &str) -> Result<Vec<DraftSection>> {
    let mut out = Vec::new();
    for_each_section(conn, Sections::All, |s| {
        let key = if s.in_bin {
            "personal_place.section_text_in_bin"
        } else {
            "personal_place.section_text"
        };
        out.push(DraftSection {
            id: s.id,
            submission_id: s.submission_id,
            label: language::text(
                lang,
                key,
                &[
                    ("submission", s.submission_title.as_str().into()),
                    ("section", s.title.as_str().into()),
                ],
            ),
            content: Content::from_stored(&s.content_json).ok(),
            title: s.title,
            json: s.content_json,
        });
        Ok(())
    })?;
    Ok(out)
}

/// A revision that mentions the person: (revision id, submission id, submission title, its
/// sections with the person taken out).
type ScrubbedRevision = (i64, i64, String, Vec<RevisionSection>);

/// The revisions that mention the person, each with the person taken out. Snapshots that
/// cannot be read are skipped (never written by the core).
fn scrubbed_revisions(
    conn: &rusqlite::Connection,
    who: &Identity,
) -> Result<Vec<ScrubbedRevision>> {
    let mut out = Vec::new();
    for_each_revision(conn, Revisions::BySubmission, |r| {
        let Ok(mut sections) =
            crate::document::read_stored::<Vec<RevisionSection>>(&r.snapshot_json)
        else {
            return Ok(());
        };
        if who.scrub_sections(&mut sections) {
            out.push((r.id, r.submission_id, r.submission_title, sections));
        }
        Ok(())
    })?;
    Ok(out)
}

/// Per submission (id, title), how many of its revisions mention the person.
fn history_mentions(
    conn: &rusqlite::Connection,
    who: &Identity,
) -> Result<Vec<(i64, String, usize)>> {
    let mut out: Vec<(i64, String, usize)> = Vec::new();
    for (_, id, title, _) in scrubbed_revisions(conn, who)? {
        match out.last_mut() {
            Some(last) if last.0 == id => last.2 += 1,
            _ => out.push((id, title, 1)),
        }
    }
    Ok(out)
}

/// Erasing "in text": takes the person out of every section's title and content and out of
/// every revision snapshot. A changed section gets a new version, as a save does, and is
/// re-indexed for search. Returns (sections changed, revisions changed).
fn scrub_drafts(tx: &rusqlite::Transaction, who: &Identity, now: &str) -> Result<(usize, usize)> {
    let mut sections = 0;
    let mut submissions: Vec<i64> = Vec::new();
    // Only the text is read here: the places' names are not shown.
    for s in draft_sections(tx, language::FALLBACK)? {
        let Some(mut content) = s.content else {
            continue;
        };
        let title = who.scrub(&s.title, NAME_REMOVED);
        let text_changed = who.scrub_content(&mut content);
        if title.is_none() && !text_changed {
            continue;
        }
        let title = title.unwrap_or(s.title);
        crate::submission::write_text(tx, s.id, &title, &content, now, None)?;
        sections += 1;
        submissions.push(s.submission_id);
    }
    submissions.sort_unstable();
    submissions.dedup();
    for id in submissions {
        crate::submission::touch(tx, id, now)?;
    }
    let changed = scrubbed_revisions(tx, who)?;
    for (id, _, _, list) in &changed {
        crate::revision::rewrite(tx, *id, list)?;
    }
    Ok((sections, changed.len()))
}

/// Anonymises the participants for retention: each one's own name and e-mail leave the notes.
fn anonymise(
    tx: &rusqlite::Transaction,
    rows: &[ParticipantRow],
    notes: &[(i64, String, String)],
    now: &str,
) -> Result<usize> {
    anonymise_with(tx, rows, notes, now, None)
}

/// Turns each row into "Participant n" and takes the names out of the notes: in a
/// consultation's notes a participant's name becomes their pseudonym; a name of the erased
/// person (`erased`) with no row in that consultation becomes "[name removed]". Returns how
/// many consultations were touched.
fn anonymise_with(
    tx: &rusqlite::Transaction,
    rows: &[ParticipantRow],
    notes: &[(i64, String, String)],
    now: &str,
    erased: Option<&Identity>,
) -> Result<usize> {
    let mut touched: Vec<i64> = Vec::new();
    for p in rows {
        anonymise_participant(tx, p.id, p.position, now)?;
        touched.push(p.consultation_id);
    }
    for (cid, text, _) in notes {
        let mut new = text.clone();
        for p in rows.iter().filter(|p| p.consultation_id == *cid) {
            let one = Identity {
                names: vec![p.name.clone()],
                emails: if p.email.is_empty() {
                    vec![]
                } else {
                    vec![p.email.clone()]
                },
            };
            if let Some(s) = one.scrub(&new, &pseudonym(p.position)) {
                new = s;
            }
        }
        if let Some(who) = erased {
            if let Some(s) = who.scrub(&new, NAME_REMOVED) {
                new = s;
            }
        }
        if new != *text {
            crate::consultation::NOTES.set(tx, *cid, &new, now)?;
            touched.push(*cid);
        }
    }
    touched.sort_unstable();
    touched.dedup();
    Ok(touched.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only_and_without_case() {
        assert_eq!(
            replace_word("Ana met ana; Banana.", "Ana", "X"),
            "X met X; Banana."
        );
        assert_eq!(
            replace_word("Write to ana@ngo.example.", "ana@ngo.example", "[e]"),
            "Write to [e]."
        );
        assert_eq!(replace_word("Čop said", "čop", "P1"), "P1 said");
        assert_eq!(replace_word("nothing", "", "P1"), "nothing");
    }

    #[test]
    fn emails_in_a_contact_field() {
        assert_eq!(
            emails_in("Ana Novak <ana@ngo.example>, office@ngo.example; +386 1"),
            vec!["ana@ngo.example", "office@ngo.example"]
        );
    }

    #[test]
    fn kept_until_adds_the_months() {
        assert_eq!(kept_until("2024-02-29", 24), "2026-02-28");
        assert_eq!(kept_until("bad", 24), "");
    }
}

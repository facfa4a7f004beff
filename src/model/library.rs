//! The Library: what the UN has said about local government and human rights — the Human
//! Rights Council's resolutions, the reports of its Advisory Committee, of the High
//! Commissioner and of Special Rapporteurs, and the guides on national reporting bodies and
//! Voluntary Local Reviews — each with a sentence or two on why it matters to a city.
//!
//! An officer who writes "the UN recognises the role of local government" must be able to name
//! the document, so every entry carries its symbol (when it has one), its date, its address and
//! where and when it was checked; an entry whose symbol, title or date could not be checked
//! says so in plain words ([`LibraryEntry::caveat`]) and is never shown as verified.
//!
//! The data lives in `assets/reference/library.json` (a data file, not code), compiled into the
//! binary so the Library works offline. Template guidance points at entries by id
//! (`template::TemplateSection::library`), so the editor can link to them.

use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const LIBRARY_JSON: &str = include_str!("../../assets/reference/library.json");

/// The version of `library.json` this code reads.
const FORMAT_VERSION: u32 = 1;

/// An id is short enough to sit in a link and in a template file.
pub const ID_MAX_CHARS: usize = 60;

/// "One or two sentences, for a city officer": longer would no longer fit the screen's cards.
pub const SUMMARY_MAX_CHARS: usize = 600;

/// What kind of document an entry is; the Library screen groups by it, in this order.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    TS,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[ts(export)]
pub enum LibraryKind {
    /// A resolution of the Human Rights Council.
    Resolution,
    /// A report to the Council: of its Advisory Committee, the High Commissioner, a Special
    /// Rapporteur.
    Report,
    /// A guide or handbook (OHCHR, UN-Habitat).
    Guide,
}

crate::enums::words!(LibraryKind);

/// One document of the Library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct LibraryEntry {
    /// Stable: the slug of the symbol (`a-hrc-30-49` for A/HRC/30/49), or a short slug for a
    /// document without one (`vlr-guidelines-2020`). Templates and links refer to it.
    pub id: String,
    /// The UN document symbol, e.g. `A/HRC/30/49`; none for a publication without one.
    pub symbol: Option<String>,
    pub title: String,
    /// Who wrote or adopted it (the Human Rights Council, its Advisory Committee, …).
    pub author: String,
    /// `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known; none when unknown.
    pub date: Option<String>,
    pub kind: LibraryKind,
    /// Why it matters to a city, in one or two sentences.
    pub summary: String,
    /// Where the document can be read (http or https); none when no address is known.
    pub url: Option<String>,
    /// False when the symbol, the title or the date could not be checked.
    pub verified: bool,
    /// What was not checked, in plain words: present exactly when `verified` is false.
    pub caveat: Option<String>,
    /// Where the entry was checked: the UN document or page itself.
    pub source: String,
    /// The day the source was read, `YYYY-MM-DD`.
    pub read_on: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LibraryFile {
    version: u32,
    entries: Vec<LibraryEntry>,
}

/// Every entry, grouped by kind (in [`LibraryKind`]'s order), oldest first within a kind,
/// undated ones last. Parsed and checked once per process.
pub fn entries() -> Result<&'static [LibraryEntry]> {
    static LIBRARY: std::sync::OnceLock<std::result::Result<Vec<LibraryEntry>, String>> =
        std::sync::OnceLock::new();
    LIBRARY
        .get_or_init(|| parse(LIBRARY_JSON))
        .as_deref()
        .map_err(|e| {
            Error::Internal(format!(
                "The built-in Library is damaged ({e}); please report this."
            ))
        })
}

/// One entry by id.
pub fn entry(id: &str) -> Result<&'static LibraryEntry> {
    entries()?.iter().find(|e| e.id == id).ok_or_else(|| {
        Error::invalid_said(
            "entry",
            "error.no_library_entry",
            vec![("id", id.trim().into())],
        )
    })
}

/// The entries with these ids, in the order given, worded in `language`. An id the Library
/// does not hold is left out rather than failing the screen that asked: the templates' test
/// checks that every id they name exists, so this only matters for data from a newer version.
pub fn entries_for(ids: &[String], language: &str) -> Result<Vec<LibraryEntry>> {
    let all = entries()?;
    Ok(ids
        .iter()
        .filter_map(|id| all.iter().find(|e| &e.id == id))
        .map(|e| e.in_language(language))
        .collect())
}

/// Every entry as [`entries`] orders them, worded in `language` (a code of
/// [`crate::model::language::LANGUAGES`]; English for any other).
pub fn entries_in(language: &str) -> Result<Vec<LibraryEntry>> {
    Ok(entries()?.iter().map(|e| e.in_language(language)).collect())
}

/// One entry by id, worded in `language`.
pub fn entry_in(id: &str, language: &str) -> Result<LibraryEntry> {
    Ok(entry(id)?.in_language(language))
}

/// The catalogue key of one of an entry's texts (`field`: `title`, `summary`, `caveat`):
/// `library.a_hrc_30_49.title`, whose Fluent id is `library-a_hrc_30_49-title` (the id's
/// dashes become underscores, so that the id stays one part of the key).
pub fn text_key(id: &str, field: &str) -> String {
    format!("library.{}.{field}", id.replace('-', "_"))
}

/// The catalogue key of an author: one message per UN body or office, however many entries
/// it wrote (`library.author.human_rights_council`), so that each is named alike everywhere.
pub fn author_key(author: &str) -> String {
    format!("library.author.{}", slug(author).replace('-', "_"))
}

impl LibraryEntry {
    /// This entry worded in `language`: its title, author, summary and caveat from the
    /// catalogue (whose English is `library.json`'s, word for word). What an officer cites stays
    /// as the UN wrote it: the symbol, the address, the date and the source checked.
    pub fn in_language(&self, language: &str) -> LibraryEntry {
        use crate::model::language::shipped;
        let word =
            |field: &str, english: &str| shipped(language, &text_key(&self.id, field), english);
        LibraryEntry {
            title: word("title", &self.title),
            author: shipped(language, &author_key(&self.author), &self.author),
            summary: word("summary", &self.summary),
            caveat: self.caveat.as_deref().map(|c| word("caveat", c)),
            ..self.clone()
        }
    }
}

/// The id a document with this symbol gets: lower case, every run of other characters one
/// dash (`A/HRC/RES/24/2` → `a-hrc-res-24-2`).
pub fn slug(symbol: &str) -> String {
    let mut out = String::with_capacity(symbol.len());
    for c in symbol.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

fn parse(json: &str) -> std::result::Result<Vec<LibraryEntry>, String> {
    let file: LibraryFile = serde_json::from_str(json).map_err(|e| e.to_string())?;
    if file.version != FORMAT_VERSION {
        return Err(format!("unknown version {}", file.version));
    }
    let mut entries = file.entries;
    check(&entries)?;
    entries.sort_by(|a, b| {
        (a.kind, a.date.is_none(), &a.date, &a.id).cmp(&(b.kind, b.date.is_none(), &b.date, &b.id))
    });
    Ok(entries)
}

/// Checks that every entry is well formed; the first fault, naming the entry, otherwise.
fn check(entries: &[LibraryEntry]) -> std::result::Result<(), String> {
    let mut seen = std::collections::HashSet::new();
    for e in entries {
        let fault = |what: &str| format!("entry \"{}\": {what}", e.id);
        if !seen.insert(e.id.as_str()) {
            return Err(fault("the id is used twice"));
        }
        let slug_like = !e.id.is_empty()
            && e.id.chars().count() <= ID_MAX_CHARS
            && e.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && slug(&e.id) == e.id;
        if !slug_like {
            return Err(fault(&format!(
                "an id is lower-case letters, digits and single dashes, at most {ID_MAX_CHARS} characters"
            )));
        }
        if let Some(symbol) = &e.symbol {
            if slug(symbol) != e.id {
                return Err(fault(&format!(
                    "the id of a document with a symbol is its slug, \"{}\"",
                    slug(symbol)
                )));
            }
        }
        for (name, text) in [
            ("title", &e.title),
            ("author", &e.author),
            ("summary", &e.summary),
            ("source", &e.source),
        ] {
            if text.trim().is_empty() {
                return Err(fault(&format!("the {name} is empty")));
            }
        }
        if e.summary.chars().count() > SUMMARY_MAX_CHARS {
            return Err(fault(&format!(
                "the summary is longer than {SUMMARY_MAX_CHARS} characters"
            )));
        }
        if let Some(date) = &e.date {
            if !is_partial_date(date) {
                return Err(fault(&format!(
                    "the date \"{date}\" is not YYYY-MM-DD, YYYY-MM or YYYY"
                )));
            }
        }
        if crate::validate::date("read_on", &e.read_on).is_err() {
            return Err(fault(&format!(
                "the day read \"{}\" is not YYYY-MM-DD",
                e.read_on
            )));
        }
        if let Some(url) = &e.url {
            let web = ["https://", "http://"]
                .iter()
                .any(|p| url.starts_with(p) && url.len() > p.len());
            if !web || url.chars().any(char::is_whitespace) {
                return Err(fault(&format!(
                    "the address \"{url}\" is not a web address"
                )));
            }
        }
        let says_why = e.caveat.as_deref().is_some_and(|c| !c.trim().is_empty());
        if e.verified && e.caveat.is_some() {
            return Err(fault("a verified entry has no caveat"));
        }
        if !e.verified && !says_why {
            return Err(fault(
                "an entry that is not verified says what was not checked",
            ));
        }
    }
    Ok(())
}

/// `YYYY-MM-DD` (a real day), `YYYY-MM` or `YYYY`, in the years [`crate::validate::YEARS`].
fn is_partial_date(text: &str) -> bool {
    let full = match text.len() {
        4 => format!("{text}-01-01"),
        7 => format!("{text}-01"),
        10 => text.to_string(),
        _ => return false,
    };
    crate::validate::date("date", &full).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A change that makes an entry faulty.
    type Spoil = fn(&mut LibraryEntry);

    fn sample() -> LibraryEntry {
        LibraryEntry {
            id: "a-hrc-30-49".into(),
            symbol: Some("A/HRC/30/49".into()),
            title: "Role of local government".into(),
            author: "Human Rights Council Advisory Committee".into(),
            date: Some("2015-08-07".into()),
            kind: LibraryKind::Report,
            summary: "Why it matters.".into(),
            url: Some("https://undocs.org/A/HRC/30/49".into()),
            verified: true,
            caveat: None,
            source: "A/HRC/30/49".into(),
            read_on: "2026-12-06".into(),
        }
    }

    #[test]
    fn the_shipped_library_is_well_formed_and_ordered_by_kind_then_date() {
        let all = entries().unwrap();
        assert!(all.len() >= 16, "{}", all.len());
        check(all).unwrap();
        let keys: Vec<_> = all
            .iter()
            .map(|e| (e.kind, e.date.is_none(), &e.date))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        for kind in LibraryKind::ALL {
            assert!(all.iter().any(|e| e.kind == *kind), "{kind:?}");
        }
    }

    #[test]
    fn the_library_holds_the_councils_resolutions_and_the_reports_on_local_government() {
        let all = entries().unwrap();
        for n in ["24/2", "27/4", "33/8", "39/7", "45/7", "51/12", "57/12"] {
            let symbol = format!("A/HRC/RES/{n}");
            let e = all
                .iter()
                .find(|e| e.symbol.as_deref() == Some(symbol.as_str()))
                .unwrap_or_else(|| panic!("{symbol} missing"));
            assert_eq!(e.kind, LibraryKind::Resolution);
            assert_eq!(
                e.url.as_deref(),
                Some(format!("https://undocs.org/{symbol}").as_str())
            );
        }
        let report = entry("a-hrc-30-49").unwrap();
        assert_eq!(report.date.as_deref(), Some("2015-08-07"));
        assert!(report.verified);
        for id in [
            "a-hrc-38-22",
            "a-hrc-51-10",
            "a-hrc-28-62",
            "a-hrc-50-64",
            "nmirf-practical-guide-2016",
            "vlr-guidelines-2020",
            "vlr-guidelines-2021",
        ] {
            entry(id).unwrap();
        }
    }

    #[test]
    fn what_could_not_be_checked_is_never_marked_verified() {
        // Resolution 57/12's date of adoption and the symbol of the 2019 report under
        // resolution 39/7 could not be checked.
        for id in ["a-hrc-res-57-12", "a-hrc-42-22"] {
            let e = entry(id).unwrap();
            assert!(!e.verified, "{id}");
            assert!(
                e.caveat
                    .as_deref()
                    .is_some_and(|c| c.contains("not checked")),
                "{id}"
            );
        }
    }

    #[test]
    fn faults_are_found_and_named() {
        let cases: Vec<(Spoil, &str)> = vec![
            (|e| e.date = Some("2015-02-30".into()), "date"),
            (|e| e.date = Some("15 Aug 2015".into()), "date"),
            (|e| e.date = Some("2015-13".into()), "date"),
            (|e| e.read_on = "yesterday".into(), "day read"),
            (
                |e| e.url = Some("javascript:alert(1)".into()),
                "web address",
            ),
            (|e| e.url = Some("file:///etc/passwd".into()), "web address"),
            (|e| e.url = Some("https://".into()), "web address"),
            (|e| e.id = "A-HRC-30-49".into(), "lower-case"),
            (|e| e.id = "a-hrc-30-50".into(), "slug"),
            (|e| e.verified = false, "not checked"),
            (|e| e.caveat = Some("Not checked.".into()), "no caveat"),
            (|e| e.summary = "x".repeat(SUMMARY_MAX_CHARS + 1), "longer"),
            (|e| e.title = " ".into(), "title is empty"),
        ];
        for (spoil, expected) in cases {
            let mut e = sample();
            spoil(&mut e);
            let fault = check(&[e]).unwrap_err();
            assert!(fault.contains(expected), "{fault} (expected {expected})");
        }
        let fault = check(&[sample(), sample()]).unwrap_err();
        assert!(fault.contains("used twice"), "{fault}");
        check(&[sample()]).unwrap();
        let partial = LibraryEntry {
            date: Some("2016-05".into()),
            ..sample()
        };
        check(&[partial]).unwrap();
    }

    #[test]
    fn a_damaged_or_newer_file_is_refused() {
        assert!(parse("{").is_err());
        assert!(parse(r#"{"version": 2, "entries": []}"#)
            .unwrap_err()
            .contains("version"));
        assert!(parse(r#"{"version": 1, "entries": [{"id": "x", "extra": 1}]}"#).is_err());
    }

    #[test]
    fn the_english_catalogue_is_the_library_word_for_word_and_every_language_has_each_text() {
        use crate::model::language::{text, LANGUAGES};
        for e in entries().unwrap() {
            let mut texts = vec![
                (text_key(&e.id, "title"), e.title.as_str(), true),
                (text_key(&e.id, "summary"), e.summary.as_str(), true),
                (author_key(&e.author), e.author.as_str(), false),
            ];
            match &e.caveat {
                Some(c) => texts.push((text_key(&e.id, "caveat"), c.as_str(), true)),
                // A caveat message of an entry without caveat would never be shown: the
                // entry lost its caveat and the catalogue was not told.
                None => {
                    let key = text_key(&e.id, "caveat");
                    assert_eq!(text("en", &key, &[]), key, "{key} is left over");
                }
            }
            for (key, english, translated) in texts {
                assert_eq!(text("en", &key, &[]), english, "{key}: en.ftl differs");
                for lang in LANGUAGES {
                    let worded = text(lang, &key, &[]);
                    assert_ne!(worded, key, "{lang} lacks {key}");
                    if translated && lang != "en" {
                        assert_ne!(worded, english, "{lang}: {key} is still English");
                    }
                }
            }
        }
    }

    #[test]
    fn entries_are_worded_in_the_readers_language_and_citations_stay_as_the_un_wrote_them() {
        let english = entries_in("en").unwrap();
        assert_eq!(english, entries().unwrap());
        let french = entries_in("fr").unwrap();
        let arabic = entries_in("ar").unwrap();
        assert_eq!(french.len(), english.len());
        let first = &french[0];
        assert_eq!(first.id, "a-hrc-res-24-2");
        assert_eq!(
            first.title,
            "Gouvernement local et droits de l’homme (résolution 24/2 du Conseil des droits de l’homme)"
        );
        assert!(
            first.summary.contains("gouvernement local"),
            "{}",
            first.summary
        );
        assert_eq!(first.author, "Conseil des droits de l’homme");
        assert!(
            arabic[0].title.contains("الحكم المحلي"),
            "{}",
            arabic[0].title
        );
        assert_eq!(arabic[0].author, "مجلس حقوق الإنسان");
        let unchecked = entry_in("a-hrc-res-57-12", "fr").unwrap();
        assert!(
            unchecked
                .caveat
                .as_deref()
                .is_some_and(|c| c.contains("n’a pas été vérifiée")),
            "{:?}",
            unchecked.caveat
        );
        for (fr, en) in french.iter().zip(&english) {
            assert_eq!(
                (
                    &fr.id,
                    &fr.symbol,
                    &fr.url,
                    &fr.source,
                    &fr.read_on,
                    &fr.date,
                    fr.kind
                ),
                (
                    &en.id,
                    &en.symbol,
                    &en.url,
                    &en.source,
                    &en.read_on,
                    &en.date,
                    en.kind
                )
            );
            assert_eq!(fr.verified, en.verified);
            assert_eq!(fr.caveat.is_some(), en.caveat.is_some());
            assert_ne!(fr.summary, en.summary);
        }
        let linked = entries_for(&["a-hrc-30-49".into()], "ar").unwrap();
        assert_eq!(linked[0], entry_in("a-hrc-30-49", "ar").unwrap());
        assert_ne!(linked[0].title, entry("a-hrc-30-49").unwrap().title);
    }

    #[test]
    fn slugs_follow_the_symbol() {
        assert_eq!(slug("A/HRC/RES/24/2"), "a-hrc-res-24-2");
        assert_eq!(slug("A/HRC/30/49"), "a-hrc-30-49");
        assert_eq!(slug("E/C.12/AUT/CO/4"), "e-c-12-aut-co-4");
        assert_eq!(slug("--a--b--"), "a-b");
    }

    #[test]
    fn an_unknown_entry_is_refused_in_plain_words() {
        let e = entry("no-such-thing").unwrap_err();
        assert_eq!(e.to_string(), "The Library has no entry \"no-such-thing\".");
        assert!(
            entries_for(&["no-such-thing".into(), "a-hrc-30-49".into()], "en")
                .unwrap()
                .iter()
                .map(|e| e.id.as_str())
                .eq(["a-hrc-30-49"])
        );
    }
}

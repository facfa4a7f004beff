//! The six UN languages CityRights speaks, and its one catalogue of words.
//!
//! Everything a user reads in the interface or in an export's own labels comes from the Fluent
//! files in `assets/i18n/<code>.ftl` — one per language, the same messages with the same
//! variables (`tests/catalogue.rs` fails otherwise). The page reads them with `@fluent/bundle`,
//! the core with `fluent-bundle`: one source, two readers, and plurals, numbers and the choice
//! of words by the language's own CLDR rules rather than by string concatenation.
//!
//! The catalogue is compiled into the binary (it is small: about 80 KB per language), so that
//! an officer offline, on a machine where the program's folder is read-only, still has it.
//!
//! Message ids: the page's keys are written `section.name` (`nav.dashboard`); Fluent ids cannot
//! hold a dot, so the catalogue writes them `section-name` ([`message_id`] maps one to the
//! other, and so does the page's `t()`).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The interface and export languages, by ISO 639-1 code, in the order the UN lists them in
/// its own language menus (Arabic, Chinese, English, French, Russian, Spanish) — except that
/// English, the reference catalogue and the fallback, comes first.
pub const LANGUAGES: [&str; 6] = ["en", "ar", "zh", "fr", "ru", "es"];

/// The language every message exists in, used when another language lacks one.
pub const FALLBACK: &str = "en";

/// Each language's name in itself, as the language menu shows it (an officer who does not
/// read English must find their own language in a list written in English).
pub fn native_name(code: &str) -> &'static str {
    match code {
        "ar" => "العربية",
        "zh" => "中文",
        "fr" => "Français",
        "ru" => "Русский",
        "es" => "Español",
        _ => "English",
    }
}

/// True for the languages written right to left (the interface mirrors; paragraphs run from
/// the right).
pub fn is_rtl(code: &str) -> bool {
    code == "ar"
}

/// The catalogue's language for a code, a locale tag or a POSIX locale value: `fr`, `fr-CA`,
/// `fr_FR.UTF-8`, `zh_CN.GB18030`, `ar_EG.UTF-8@latn`. None for anything else (`C`, `POSIX`,
/// `de_DE`, empty), so that the next source of a language is asked.
pub fn supported(value: &str) -> Option<&'static str> {
    let primary: String = value
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    LANGUAGES.iter().copied().find(|l| *l == primary)
}

/// The operating system's language, if it is one of the six: on Linux (and any Unix) the
/// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty, as POSIX orders them;
/// where none is set (a program started from the Windows or macOS desktop), the system's own
/// setting through `sys-locale`.
pub fn from_system() -> Option<&'static str> {
    from_environment(|name| std::env::var(name).ok())
        .or_else(|| sys_locale::get_locale().and_then(|l| supported(&l)))
}

/// [`from_system`]'s reading of the environment, apart so that it can be tested: the first
/// variable that is set and not empty decides, even when its language is not one of the six
/// (`LANG=de_DE.UTF-8` means German, not "ask the next variable"), and then the answer is None.
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<&'static str> {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = var(name).filter(|v| !v.trim().is_empty()) {
            return supported(&value);
        }
    }
    None
}

/// The Fluent id of a page key: `nav.dashboard` → `nav-dashboard`, `zone.Europe/Zurich` →
/// `zone-Europe_Zurich`.
pub fn message_id(key: &str) -> String {
    key.replace('.', "-").replace('/', "_")
}

/// The catalogue's source text of a language (English for a code it does not know).
pub fn source(code: &str) -> &'static str {
    match code {
        "ar" => include_str!("../../assets/i18n/ar.ftl"),
        "zh" => include_str!("../../assets/i18n/zh.ftl"),
        "fr" => include_str!("../../assets/i18n/fr.ftl"),
        "ru" => include_str!("../../assets/i18n/ru.ftl"),
        "es" => include_str!("../../assets/i18n/es.ftl"),
        _ => include_str!("../../assets/i18n/en.ftl"),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// One language's catalogue, read as it is asked: where each message starts in the source
/// (its ids, found in one pass with `memchr`), and a bundle holding the messages parsed so
/// far. Each message is parsed on its first use: a whole `cityrights export pdf` process takes
/// a few tens of milliseconds and asks for a few dozen messages, and parsing all 2,700 of a
/// catalogue was 5% of its instructions (callgrind, Dec 2026); indexing them line by line
/// with std's hash, or sorting them, still cost 3%. Each language on its own too: an export in
/// English reads the English catalogue only.
struct Catalogue {
    source: &'static str,
    /// Each message's id → the byte where its `id =` line starts.
    starts: rustc_hash::FxHashMap<&'static str, usize>,
    bundle: std::sync::Mutex<Bundle>,
    /// The language's thousands separator (`meta-thousands`), read once without the bundle's
    /// lock, for [`write_grouped`], which runs while that lock is held, and for [`number`].
    thousands: String,
}

impl Catalogue {
    fn new(code: &'static str) -> Self {
        let source = source(code);
        let bytes = source.as_bytes();
        // A message starts in the first column with its id and ` =` (every message of the six
        // catalogues is written so — `tests/catalogue.rs` and the test below check it — and
        // terms, which start with `-`, are not used). Indented and comment lines do not start
        // with a letter.
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', bytes).map(|at| at + 1))
            .filter(|&at| bytes.get(at).is_some_and(u8::is_ascii_alphabetic))
            .filter_map(|at| {
                let len = memchr::memchr(b' ', &bytes[at..])?;
                if !bytes[at + len..].starts_with(b" =") {
                    return None;
                }
                Some((source.get(at..at + len)?, at))
            })
            .collect();
        let lang = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // No bidi isolation marks in the core's text: it goes into PDF, Word and calendar
        // files, where invisible characters would be counted and copied.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(write_grouped));
        let mut catalogue = Catalogue {
            source,
            starts,
            bundle: std::sync::Mutex::new(bundle),
            thousands: String::new(),
        };
        catalogue.thousands = catalogue
            .alone("meta-thousands")
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
        catalogue
    }

    /// The message `id`, without variables, formatted in a bundle of its own (not the shared
    /// one, whose lock may be held by whoever asks).
    fn alone(&self, id: &str) -> Option<String> {
        let resource = FluentResource::try_new(self.entry(id)?.to_string()).ok()?;
        let mut bundle = Bundle::new_concurrent(Vec::new());
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).ok()?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    }

    /// The entry of message `id` in the source: its `id =` line and the indented lines that
    /// continue it (a select expression, a long text).
    fn entry(&self, id: &str) -> Option<&'static str> {
        let start = *self.starts.get(id)?;
        let source = self.source;
        let mut end = start;
        let mut at = start;
        for (n, line) in source[start..].split_inclusive('\n').enumerate() {
            let next = at + line.len();
            if n == 0 || line.starts_with([' ', '\t']) {
                end = next;
            } else if !line.trim().is_empty() {
                break; // the next message or a comment
            }
            at = next;
        }
        Some(&source[start..end])
    }

    /// The message `id` with `args`, parsing it first if it was not yet; None when the
    /// catalogue lacks it or its text does not parse (`tests/catalogue.rs` fails on that).
    fn format(&self, id: &str, args: &FluentArgs) -> Option<String> {
        // A panic elsewhere while the lock was held cannot leave a bundle half-changed: adding
        // a resource is one push. So a poisoned lock's bundle is still good.
        let mut bundle = self.bundle.lock().unwrap_or_else(|e| e.into_inner());
        if !bundle.has_message(id) {
            let entry = self.entry(id)?;
            let resource = FluentResource::try_new(entry.to_string())
                .unwrap_or_else(|(partial, _errors)| partial);
            bundle.add_resource_overriding(resource);
        }
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, Some(args), &mut errors)
                .into_owned(),
        )
    }
}

/// The catalogue of one language, made on its first use and then shared by every thread.
fn catalogue(code: &str) -> Option<&'static Catalogue> {
    static CATALOGUES: [OnceLock<Catalogue>; LANGUAGES.len()] = [const { OnceLock::new() }; 6];
    let index = LANGUAGES.iter().position(|l| *l == code)?;
    Some(CATALOGUES[index].get_or_init(|| Catalogue::new(LANGUAGES[index])))
}

/// A bundle's digit grouping, for [`write_grouped`]. fluent-bundle hands its number formatter
/// the bundle's memoizer, which knows the bundle's language, and keeps this once made.
struct Thousands(String);

impl intl_memoizer::Memoizable for Thousands {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        catalogue(lang.language.as_str())
            .map(|c| Thousands(c.thousands.clone()))
            .ok_or(())
    }
}

/// How a grouped count ([`Arg::Grouped`]) is told from a plain number inside a bundle: a
/// setting that changes nothing fluent-bundle writes or how a plural is chosen (at least one
/// integer digit, which every count has). Not `use_grouping`, which would say it better:
/// fluent-bundle turns it on for every number, and a number key of a message (`[0] less than a
/// day`) matches only a number whose settings are all the defaults, as a plain [`Arg::Number`]'s
/// are. So a grouped count never matches a number key; the messages that take one have none.
const GROUPED_MARK: Option<usize> = Some(1);

/// How the core's bundles write a grouped count ("2,816" in English, "2816" in French):
/// fluent-bundle alone writes digits only. The count stays a number, so the message can still
/// choose its plural ("Remove 1 word"). Anything else (`None`) is written as fluent-bundle
/// writes it.
fn write_grouped(
    value: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    use fluent_bundle::memoizer::MemoizerKind;
    match value {
        FluentValue::Number(n)
            if n.options.minimum_integer_digits == GROUPED_MARK
                && n.value.fract() == 0.0
                && (0.0..=usize::MAX as f64).contains(&n.value) =>
        {
            intls
                .with_try_get_threadsafe::<Thousands, _, _>((), |t| grouped(n.value as usize, &t.0))
                .ok()
        }
        _ => None,
    }
}

/// One variable of a message: text, or a number (which selects the plural form), or a list of
/// other messages (each written in the same language, joined by the language's own list
/// separator: ", " in English, "، " in Arabic, "、" in Chinese).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
    List(Vec<Said>),
    /// A count or a limit written with the language's digit grouping, as [`number`] writes it
    /// ("2,000" in English, "2000" in French), and still a number to the message, which can
    /// choose its plural by it ([`write_grouped`]); but never a number key (`[0]`, see
    /// [`GROUPED_MARK`]). `Number` is written as digits alone.
    Grouped(usize),
    /// Another message of the catalogue, by a key known only at run time (a template's name,
    /// `template.upr_stakeholder.name`; a value's label), written in the same language.
    Message(String),
    /// A file or folder path, between the bidi isolation marks FSI…PDI in a right-to-left
    /// language (a Latin path inside Arabic words would otherwise be reordered around its
    /// slashes), as it is elsewhere.
    Path(String),
}

/// A message of the catalogue not yet written in any language: its key and its variables.
///
/// What the core says before it knows who reads it — an import notice made while a file is
/// parsed (the parser has no reader), an error made deep in a store — carries one of these,
/// and the boundary (the app's command, the CLI) writes it in its reader's language with
/// [`Said::in_language`].
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Said {
    pub fn new(key: &'static str, args: Vec<(&'static str, Arg)>) -> Said {
        Said { key, args }
    }

    /// The message written in `language` (see [`text`]).
    pub fn in_language(&self, language: &str) -> String {
        text(language, self.key, &self.args)
    }

    /// Words the core did not write (SQLite's, the operating system's), carried as they are
    /// where a message of the catalogue is expected.
    pub fn as_given(words: impl Into<String>) -> Said {
        Said::new("core.as_given", vec![("words", Arg::Text(words.into()))])
    }
}

/// The English words (an error's `to_string()`).
impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_language(FALLBACK))
    }
}

impl From<Said> for Arg {
    fn from(s: Said) -> Self {
        Arg::List(vec![s])
    }
}
impl From<Vec<Said>> for Arg {
    fn from(items: Vec<Said>) -> Self {
        Arg::List(items)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

/// The message `key` (a page key, `export.page_of`) in `language`, its variables filled; the
/// English message when the language lacks it; the key itself when no language has it (a
/// developer's mistake the catalogue test catches, never a blank where words should be).
pub fn text(language: &str, key: &str, args: &[(&str, Arg)]) -> String {
    let id = message_id(key);
    // The variables first (a list or another message is itself a message, read through this
    // function), then the message: the catalogue's lock is never held while another is asked.
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::List(items) => {
                let separator = text(language, "core.list_separator", &[]);
                let joined = items
                    .iter()
                    .map(|item| item.in_language(language))
                    .collect::<Vec<_>>()
                    .join(&separator);
                fluent_args.set(*name, FluentValue::from(joined))
            }
            Arg::Grouped(n) => fluent_args.set(
                *name,
                FluentValue::Number(FluentNumber::new(
                    *n as f64,
                    FluentNumberOptions {
                        minimum_integer_digits: GROUPED_MARK,
                        ..Default::default()
                    },
                )),
            ),
            Arg::Message(key) => {
                fluent_args.set(*name, FluentValue::from(text(language, key, &[])))
            }
            Arg::Path(path) if is_rtl(language) => {
                fluent_args.set(*name, FluentValue::from(format!("\u{2068}{path}\u{2069}")))
            }
            Arg::Path(path) => fluent_args.set(*name, FluentValue::from(path.as_str())),
        }
    }
    let fallback = (language != FALLBACK).then_some(FALLBACK);
    std::iter::once(language)
        .chain(fallback)
        .filter_map(catalogue)
        .find_map(|c| c.format(&id, &fluent_args))
        .unwrap_or_else(|| key.to_string())
}

/// A count as `language` writes it in a sentence: "2,410" in English; French, Spanish and
/// Russian write the few thousands a word count reaches without a separator ("2410"), as the
/// exports do (`meta.thousands`, read once per catalogue: the same separator the messages'
/// grouped counts get, [`write_grouped`]).
pub fn number(language: &str, n: usize) -> String {
    let separator = catalogue(language)
        .or_else(|| catalogue(FALLBACK))
        .map(|c| c.thousands.as_str())
        .unwrap_or_default();
    grouped(n, separator)
}

/// `n` with `separator` every three digits ("12,345" with a comma). Here rather than beside
/// the word count, which uses it, so that the catalogue depends on nothing of the domain.
pub fn grouped(n: usize, separator: &str) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// chrono's locale for a language's month and weekday names (CLDR data).
pub fn chrono_locale(language: &str) -> chrono::Locale {
    match language {
        "fr" => chrono::Locale::fr_FR,
        "es" => chrono::Locale::es_ES,
        "ru" => chrono::Locale::ru_RU,
        "ar" => chrono::Locale::ar_EG,
        "zh" => chrono::Locale::zh_CN,
        _ => chrono::Locale::en_GB,
    }
}

/// A day in `language` by one of the catalogue's date patterns (`core.short_date_pattern`:
/// "Mon 5 Oct 2026", "lun. 5 oct. 2026", "2026年10月5日 周一"; `meta.date_pattern`:
/// "5 October 2026"…); the text as given when it is not a `YYYY-MM-DD` day.
pub fn date(language: &str, pattern_key: &str, ymd: &str) -> String {
    let pattern = text(language, pattern_key, &[]);
    chrono::NaiveDate::parse_from_str(ymd.trim(), "%Y-%m-%d")
        .map(|d| {
            d.format_localized(&pattern, chrono_locale(language))
                .to_string()
        })
        .unwrap_or_else(|_| ymd.to_string())
}

/// The language of the CLI's messages: the environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`, as
/// for the app), else the system's, else English. `LANG=C` means English.
pub fn of_this_process() -> &'static str {
    from_system().unwrap_or(FALLBACK)
}

/// Shipped reference text (a Library entry's title, a rule's note) worded in `language` by the
/// catalogue message `key`: the shipped English when the catalogue has no such message, so that
/// the reader never sees a bare key where a sentence was. The English messages are the shipped
/// texts word for word (the Library's and the rules' tests check it).
pub fn shipped(language: &str, key: &str, english: &str) -> String {
    let worded = text(language, key, &[]);
    if worded == key {
        english.to_string()
    } else {
        worded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message, found in the source and parsed on its own, reads exactly as when the
    /// whole catalogue is parsed at once (as the page and `tests/catalogue.rs` read it).
    #[test]
    fn every_message_read_alone_reads_as_in_the_whole_catalogue() {
        for code in LANGUAGES {
            let whole = FluentResource::try_new(source(code).to_string())
                .unwrap_or_else(|(partial, _)| partial);
            let mut full = FluentBundle::new_concurrent(vec![code.parse().unwrap()]);
            full.set_use_isolating(false);
            full.add_resource_overriding(whole);
            let alone = Catalogue::new(code);
            let ids: Vec<&str> = source(code)
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
                .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
                .collect();
            assert!(ids.len() > 2000, "{code}: {} messages", ids.len());
            assert_eq!(
                alone.starts.len(),
                ids.len(),
                "{code}: every message is indexed"
            );
            let args = FluentArgs::new();
            for id in ids {
                let pattern = full.get_message(id).and_then(|m| m.value());
                let expected = pattern.map(|p| {
                    full.format_pattern(p, Some(&args), &mut Vec::new())
                        .into_owned()
                });
                assert_eq!(alone.format(id, &args), expected, "{code}: {id}");
            }
            assert_eq!(alone.format("no-such-message", &args), None);
        }
    }

    #[test]
    fn reads_posix_locales_and_tags() {
        assert_eq!(supported("fr_FR.UTF-8"), Some("fr"));
        assert_eq!(supported("ar_EG.UTF-8"), Some("ar"));
        assert_eq!(supported("zh-Hans-CN"), Some("zh"));
        assert_eq!(supported("ES"), Some("es"));
        assert_eq!(supported("C.UTF-8"), None);
        assert_eq!(supported("de_DE.UTF-8"), None);
        assert_eq!(supported(""), None);
    }

    #[test]
    fn the_first_variable_set_decides() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            from_environment(env(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "ru_RU.UTF-8")])),
            Some("ru")
        );
        assert_eq!(
            from_environment(env(&[("LANG", "es_ES.UTF-8"), ("LC_MESSAGES", "")])),
            Some("es")
        );
        // German is what this officer chose: not one of ours, so English, not LANG's French.
        assert_eq!(
            from_environment(env(&[("LC_MESSAGES", "de_DE"), ("LANG", "fr_FR")])),
            None
        );
        assert_eq!(from_environment(env(&[])), None);
    }

    #[test]
    fn plurals_follow_the_language() {
        let n = |n: usize| [("n", Arg::from(n))];
        assert_eq!(text("en", "nav.missed", &n(1)), "1 missed deadline");
        assert_eq!(text("en", "nav.missed", &n(3)), "3 missed deadlines");
        assert_ne!(
            text("ru", "nav.missed", &n(2)),
            text("ru", "nav.missed", &n(5))
        );
        let written = |lang: &str, n: usize| {
            text(
                lang,
                "cli.calendar_written",
                &[("n", Arg::from(n)), ("path", "a.ics".into())],
            )
        };
        assert_eq!(written("en", 1), "Wrote 1 milestone to a.ics.");
        assert_eq!(written("en", 12), "Wrote 12 milestones to a.ics.");
        assert_eq!(written("fr", 1), "1 jalon écrit dans a.ics.");
        assert_eq!(written("es", 2), "Se escribieron 2 hitos en a.ics.");
        let imported = |lang: &str| {
            let counts = [
                ("imported", 1),
                ("updated", 3),
                ("unchanged", 0),
                ("skipped", 2),
            ];
            let args: Vec<(&str, Arg)> = counts
                .iter()
                .map(|(k, n)| (*k, Arg::from(*n as usize)))
                .collect();
            text(lang, "cli.recommendations_imported", &args)
        };
        assert_eq!(
            imported("fr"),
            "1 importée, 3 mises à jour, 0 inchangée, 2 ignorées."
        );
        assert_eq!(
            imported("es"),
            "1 importada, 3 actualizadas, 0 sin cambios, 2 omitidas."
        );
        assert_eq!(text("en", "no.such.key", &[]), "no.such.key");
    }

    #[test]
    fn a_grouped_count_is_grouped_as_the_language_groups_and_still_chooses_its_plural() {
        let over = |lang: &str, words: usize, limit: usize| {
            text(
                lang,
                "compliance.over_limit",
                &[
                    ("words", Arg::Grouped(words)),
                    ("limit", Arg::Grouped(limit)),
                    ("excess", Arg::Grouped(words - limit)),
                ],
            )
        };
        let en = over("en", 2816, 2815);
        assert!(
            en.starts_with("The submission has 2,816 words")
                && en.contains("the limit is 2,815.")
                && en.ends_with("Remove 1 word."),
            "{en}"
        );
        assert!(over("en", 5000, 2815).ends_with("Remove 2,185 words."));
        let fr = over("fr", 2816, 2815);
        assert!(
            fr.contains("compte 2816 mots") && fr.ends_with("Supprimez 1 mot."),
            "{fr}"
        );
        assert!(over("es", 2817, 2815).ends_with("Suprima 2 palabras."));
        // Arabic groups with a comma, in Latin digits, as the exports write numbers.
        assert!(over("ar", 10700, 10700 - 1200).contains("1,200"));
        // A plain number still matches a message's number key ("[0] less than a day"), which
        // takes a number with all the default settings.
        let soon = |days: i64| {
            text(
                "en",
                "compliance.deadline_soon",
                &[
                    ("title", "Submission".into()),
                    ("days", Arg::from(days)),
                    ("date", "7 December 2026".into()),
                    ("time", "23:59".into()),
                    ("zone", "Geneva".into()),
                ],
            )
        };
        assert!(soon(0).contains("is in less than a day"), "{}", soon(0));
        assert!(soon(1).contains("is in 1 day ("), "{}", soon(1));
        // A plain number stays digits alone: page 1200, never "1,200".
        assert_eq!(
            text(
                "en",
                "export.page_of",
                &[
                    ("page", Arg::from(1200usize)),
                    ("pages", Arg::from(1201usize))
                ]
            ),
            "Page 1200 of 1201"
        );
    }
}

/// The scripts of the six UN languages' letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Han,
}

/// The script of a letter of the six UN languages; none for spaces, digits, punctuation and
/// letters of other scripts. One table for [`written_in`] and for the PDF, which starts a
/// marked run where the script changes.
pub fn script(c: char) -> Option<Script> {
    if c.is_ascii() {
        return c.is_ascii_alphabetic().then_some(Script::Latin);
    }
    if !c.is_alphabetic() {
        return None;
    }
    match c as u32 {
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Some(Script::Arabic)
        }
        0x0400..=0x052F => Some(Script::Cyrillic),
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Some(Script::Han),
        0x00C0..=0x024F => Some(Script::Latin),
        _ => None,
    }
}

/// The UN language a paragraph is written in, when its letters say so and it is not `document`
/// (the document's own language): mostly Arabic letters → `ar`, Cyrillic → `ru`, Chinese
/// characters → `zh`. Latin letters in an Arabic, Russian or Chinese document give `None`:
/// English, French and Spanish share them, and a wrong language is worse than none (a screen
/// reader then reads with the document's voice, which switches by script on its own). The
/// tagged PDF marks such a paragraph with its own `/Lang`.
pub fn written_in(text: &str, document: &str) -> Option<&'static str> {
    let (mut arabic, mut cyrillic, mut han, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        match script(c) {
            Some(Script::Arabic) => arabic += 1,
            Some(Script::Cyrillic) => cyrillic += 1,
            Some(Script::Han) => han += 1,
            Some(Script::Latin) => latin += 1,
            None => {}
        }
    }
    // Chinese writes a word in one or two characters where others need five letters or more.
    let weighted = [
        ("ar", arabic),
        ("ru", cyrillic),
        ("zh", han * 3),
        ("latin", latin),
    ];
    let (code, n) = weighted.iter().copied().max_by_key(|(_, n)| *n)?;
    let total: usize = weighted.iter().map(|(_, n)| n).sum();
    // Mostly one script, and enough of it to say so.
    if n < 4 || n * 3 < total * 2 || code == document || code == "latin" {
        return None;
    }
    Some(code)
}

#[cfg(test)]
mod written_in_tests {
    use super::written_in;

    #[test]
    fn marks_a_paragraph_in_another_script_only() {
        assert_eq!(
            written_in("تعمل المدينة على توفير السكن اللائق", "en"),
            Some("ar")
        );
        assert_eq!(
            written_in("Город обеспечивает доступ к воде", "fr"),
            Some("ru")
        );
        assert_eq!(written_in("城市保障适足住房", "es"), Some("zh"));
        assert_eq!(written_in("The city builds homes", "en"), None);
        assert_eq!(written_in("تعمل المدينة على توفير السكن", "ar"), None);
        // Latin letters in an Arabic document: which of three languages cannot be told.
        assert_eq!(written_in("The city builds homes", "ar"), None);
        // A few foreign words in a paragraph do not make it another language's.
        assert_eq!(
            written_in(
                "The Committee (اللجنة) asked the city about housing and water",
                "en"
            ),
            None
        );
        assert_eq!(written_in("A/HRC/59/15, 140.7", "ru"), None);
    }
}

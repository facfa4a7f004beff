//! Word counting: the one rule behind every word count the application shows.
//!
//! The UN mechanisms impose word limits (for example 2,815 words for a UPR stakeholder
//! submission) and OHCHR staff check those limits by opening the file in Microsoft Word. A count
//! that disagrees with Word's is worse than no count: a submission we call "2,810 words" that
//! Word calls "2,830" can be set aside. So the rule here imitates Microsoft Word's word count as
//! closely as is reasonable, and where it must guess, it guesses on the side of counting *more*
//! (a city that trims three words too many loses nothing; one that is three words over does).
//! Everything that shows a count (the editor's live counter, the rule checks, the PDF cover page,
//! the CLI) calls [`count_words`]; nothing re-implements it.
//!
//! # What a word is
//!
//! 1. **Tokens are separated by whitespace**, and by whitespace only: any character Unicode
//!    calls `White_Space` ([`char::is_whitespace`]). That is the ordinary space, tab, line and
//!    paragraph breaks, and also the no-break space U+00A0, the narrow no-break space U+202F,
//!    the em/en/thin spaces U+2000–U+200A, the ideographic space U+3000, and so on.
//! 2. **A token is one word if it contains at least one letter or digit**
//!    ([`char::is_alphanumeric`], which covers every script: Latin, Cyrillic, Greek, Arabic,
//!    Devanagari, Hangul...). Everything else inside the token (hyphens, dashes, apostrophes,
//!    slashes, dots, commas, quotes, brackets, `%`, `@`, `:`) travels with it. Hence "follow-up",
//!    "l'État", "qu’il", "1,250", "3.5", "25%", "(Maldives)", "A/HRC/59/15",
//!    "E/C.12/ESP/CO/6", "<https://www.ohchr.org/en/hr-bodies/upr>" and "upr@example.org" are
//!    one word each, as in Word.
//! 3. **A token with no letter or digit is not a word**: a lone "–", "—", "-", "•", "§", "…",
//!    "(", "&" or an emoji on its own. Writers of French and of UN English put spaces around
//!    dashes ("housing — and water") and before "!", "?", ":" and "%" in French typography; a
//!    reader does not count those marks as words, and Word is generally reported not to count a
//!    spaced dash either. (Word may count some lone symbols such as "&" as a word; we do not,
//!    because such tokens are rare in submissions and a dash-per-paragraph miscount is not.)
//! 4. **Chinese and Japanese are counted one word per character**, as Word does for East Asian
//!    text: every CJK ideograph (all extensions, compatibility ideographs, and Kangxi radicals,
//!    which copying from PDFs often produces in place of ideographs) and every hiragana or
//!    katakana character (including the prolonged sound mark "ー" and half-width katakana) is a
//!    word by itself. East Asian punctuation ("，", "。", "、", "「", "」", "・"...) and
//!    the combining voiced-sound marks (U+3099, U+309A, which belong to the kana before them)
//!    are not words; they separate like spaces do.
//! 5. **A token mixing CJK and other letters** is split at the CJK characters: each maximal run
//!    of non-CJK characters counts as one word if it holds a letter or digit, and each CJK
//!    character counts one. So "UPR审议" is 3 words (UPR, 审, 议) and "2024年" is 2.
//! 6. **Korean is counted like Latin text**: Hangul is written with spaces between words
//!    (eojeol), so a Hangul token is one word, as Word's default for Korean text does.
//!
//! # Choices worth knowing
//!
//! - **No-break spaces separate words.** "10 700" written with a no-break or narrow no-break
//!   space as the French thousands separator is **two** words, like "10 700" with a plain space.
//!   Word draws the no-break space as a space and, as far as we can tell, counts across it as it
//!   does across a space; we could not confirm this against every Word version, so we took the
//!   reading that can only over-count (rule of thumb above). It also keeps the rule simple to
//!   state: "what looks like a space is a space".
//! - **Joined dashes do not separate.** "rights—based" (em dash, no spaces) or "2019–2023" is one
//!   token, hence one word; only whitespace splits.
//! - **Invisible format characters do not separate.** The zero-width space U+200B, the word
//!   joiner U+2060, the soft hyphen U+00AD and the byte-order mark are not `White_Space`; text
//!   pasted from web pages often carries them inside words, and splitting there would over-count
//!   words the reader sees as one.
//! - **Combining marks and emoji** never panic and never start a word: a decomposed "é"
//!   (e + U+0301) is one word, a lone combining mark or a lone emoji is none, "great 👍" is one.
//! - **Scripts written without spaces other than Chinese and Japanese** (Thai, Lao, Khmer,
//!   Myanmar) count one word per space-separated run. Word needs dictionaries to do better, and
//!   none of those is a UN working language.
//!
//! # Why not Unicode word segmentation (UAX #29)
//!
//! UAX #29 (the `unicode-segmentation` crate) finds *linguistic* word boundaries: it splits
//! "A/HRC/59/15" into four words and "l'État" differently from "qu’il", and treats numbers with
//! separators by its own rules. Word does not do that; its count is whitespace-based with the
//! East Asian exception above. Matching Word is the requirement, so this module uses only `std`
//! and the rule above, in a single pass over the characters, with no allocation and no regex,
//! because it runs on every keystroke over submissions of several thousand words.
//!
//! # What is counted
//!
//! A submission's count is the count of the document as it is sent, not only of its sections'
//! text: no source says whether OHCHR counts a submission's title, its header block or cover
//! page, or its headings, and Word counts all of them when the file is opened. So by default
//! every [`CountPart`] counts — the title, the front-matter lines, the section headings, the
//! text and the footnotes — and [`WordBreakdown`] keeps each part's words apart so the officer
//! sees where the words are. A rule may leave a part out: today the only such knob is whether
//! footnotes count ([`counted_parts`]).

use crate::rules::EffectiveRule;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Counts the words of `text` by the rule described in the [module documentation](self):
/// whitespace-separated tokens holding at least one letter or digit, except that each Chinese or
/// Japanese character counts as one word.
///
/// Summing the counts of separate strings (paragraphs, footnotes) gives the same result as
/// counting them joined with whitespace.
///
/// ```
/// use cityrights::wordcount::count_words;
/// assert_eq!(count_words("see A/HRC/59/15, para. 140.7."), 4);
/// assert_eq!(count_words("the follow-up — in 2025"), 4);
/// assert_eq!(count_words("UPR审议"), 3);
/// ```
pub fn count_words(text: &str) -> usize {
    let mut words = 0;
    // Whether the current run of non-separator, non-CJK characters holds a letter or digit.
    let mut run_has_alnum = false;
    for c in text.chars() {
        if c.is_whitespace() {
            words += usize::from(run_has_alnum);
            run_has_alnum = false;
            continue;
        }
        match east_asian_class(c) {
            EastAsian::No => run_has_alnum |= c.is_alphanumeric(),
            EastAsian::Counted => {
                words += usize::from(run_has_alnum) + 1;
                run_has_alnum = false;
            }
            EastAsian::Separator => {
                words += usize::from(run_has_alnum);
                run_has_alnum = false;
            }
        }
    }
    words + usize::from(run_has_alnum)
}

/// A part of a submission as it is sent, for the word count and its breakdown. In the order
/// the parts come in the document.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
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
pub enum CountPart {
    /// The submission's title (the Title paragraph, or the title on the cover page).
    Title,
    /// The "Label: value" lines of the header block or the cover page, word count line and
    /// date included.
    FrontMatter,
    /// The section titles (Heading 1 in Word). Headings inside a section count with its text.
    Headings,
    /// The sections' text: paragraphs, headings within them, lists, quotes, table cells.
    Text,
    /// The footnotes' text.
    Footnotes,
}

crate::enums::words!(CountPart);

/// The parts a rule counts against its limit: every part, except the footnotes when the rule
/// says they do not count. Everything else is counted because no source says it is not, and a
/// count that is too high costs the city a few words while one that is too low can get a
/// submission set aside.
pub fn counted_parts(rule: &EffectiveRule) -> Vec<CountPart> {
    CountPart::ALL
        .iter()
        .copied()
        .filter(|p| *p != CountPart::Footnotes || rule.rule.footnotes_count)
        .collect()
}

/// The words of each part of a submission as sent, which of them count, and their total.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct WordBreakdown {
    pub title: usize,
    pub front_matter: usize,
    pub headings: usize,
    pub text: usize,
    pub footnotes: usize,
    /// The parts the total includes, in document order (see [`counted_parts`]).
    pub counted: Vec<CountPart>,
    /// The parts the rule leaves out, in document order: their words are shown, not counted.
    pub excluded: Vec<CountPart>,
    /// The words that count against the limit: the sum of the counted parts.
    pub total: usize,
}

impl WordBreakdown {
    /// A breakdown of the words of each part (`words` in [`CountPart`] order: title, front
    /// matter, headings, text, footnotes), totalling the `counted` parts.
    pub fn new(words: [usize; 5], counted: &[CountPart]) -> Self {
        let [title, front_matter, headings, text, footnotes] = words;
        let mut b = WordBreakdown {
            title,
            front_matter,
            headings,
            text,
            footnotes,
            counted: counted.to_vec(),
            excluded: CountPart::ALL
                .iter()
                .copied()
                .filter(|p| !counted.contains(p))
                .collect(),
            total: 0,
        };
        b.total = counted.iter().map(|p| b.words(*p)).sum();
        b
    }

    /// The words of one part, counted or not.
    pub fn words(&self, part: CountPart) -> usize {
        match part {
            CountPart::Title => self.title,
            CountPart::FrontMatter => self.front_matter,
            CountPart::Headings => self.headings,
            CountPart::Text => self.text,
            CountPart::Footnotes => self.footnotes,
        }
    }
}

/// The words one section adds to the count: its title (a heading in the sent document), its
/// text and its footnotes (`text` and `footnotes` words, as the content tree's stats give them),
/// each when `counted` includes its part. The sections' counts plus the title and the front
/// matter make the submission's total.
pub fn section_words(title: &str, text: usize, footnotes: usize, counted: &[CountPart]) -> usize {
    counted
        .iter()
        .map(|p| match p {
            CountPart::Headings => count_words(title),
            CountPart::Text => text,
            CountPart::Footnotes => footnotes,
            CountPart::Title | CountPart::FrontMatter => 0,
        })
        .sum()
}

/// 12,345 with a comma every three digits, as the counts are shown (one word, by the rule above,
/// whatever the number).
pub fn thousands(n: usize) -> String {
    crate::model::language::grouped(n, ",")
}

/// How a character takes part in the one-word-per-character rule for Chinese and Japanese.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EastAsian {
    /// Not East Asian in this sense (Latin, Cyrillic, Hangul, digits, ASCII punctuation...):
    /// grouped into whitespace-separated runs.
    No,
    /// An ideograph or kana: one word by itself.
    Counted,
    /// East Asian punctuation or a voiced-sound mark: not a word, but it ends a run, as the
    /// full-width comma in "UPR，审议" ends "UPR".
    Separator,
}

/// Classifies `c` for the East Asian rule. The ranges are listed by hand (std has no Unicode
/// script property) and cover the blocks a Chinese or Japanese text uses.
fn east_asian_class(c: char) -> EastAsian {
    // Everything below the CJK Radicals Supplement, which is nearly all text we see, is not
    // East Asian: one comparison on the hot path.
    if c < '\u{2E80}' {
        return EastAsian::No;
    }
    match c {
        // CJK Radicals Supplement, Kangxi Radicals.
        '\u{2E80}'..='\u{2FDF}'
        // Ideographic iteration mark 々, closing mark 〆, ideographic zero 〇.
        | '\u{3005}'..='\u{3007}'
        // Hangzhou numerals.
        | '\u{3021}'..='\u{3029}'
        // Vertical kana repeat marks, masu mark, vertical ideographic iteration mark.
        | '\u{3031}'..='\u{3035}'
        | '\u{303B}'..='\u{303C}'
        // Hiragana letters; iteration marks ゝ ゞ and the digraph ゟ.
        | '\u{3041}'..='\u{3096}'
        | '\u{309D}'..='\u{309F}'
        // Katakana letters; prolonged sound mark ー, iteration marks, digraph ヿ
        // (the middle dot ・ U+30FB is punctuation and is left out).
        | '\u{30A1}'..='\u{30FA}'
        | '\u{30FC}'..='\u{30FF}'
        // Bopomofo, Bopomofo Extended (Chinese phonetic annotation).
        | '\u{3105}'..='\u{312F}'
        | '\u{31A0}'..='\u{31BF}'
        // Katakana Phonetic Extensions.
        | '\u{31F0}'..='\u{31FF}'
        // CJK Unified Ideographs Extension A, CJK Unified Ideographs.
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        // CJK Compatibility Ideographs.
        | '\u{F900}'..='\u{FAFF}'
        // Half-width katakana and prolonged sound mark (without the half-width voiced marks).
        | '\u{FF66}'..='\u{FF9D}'
        // Planes 2 and 3: CJK Unified Ideographs Extensions B to H and compatibility supplement.
        | '\u{20000}'..='\u{3FFFD}' => EastAsian::Counted,
        // CJK Symbols and Punctuation (the ideographic space U+3000 is already whitespace):
        // 、 。 「 」 『 』 【 】 〜 and the like.
        '\u{3001}'..='\u{303F}'
        // Combining and spacing voiced-sound marks ゙ ゚, which belong to the kana before them.
        | '\u{3099}'..='\u{309C}'
        // Katakana-hiragana double hyphen ゠ and katakana middle dot ・.
        | '\u{30A0}'
        | '\u{30FB}'
        // CJK Compatibility Forms (vertical punctuation), Small Form Variants.
        | '\u{FE30}'..='\u{FE6F}'
        // Full-width punctuation and symbols, leaving full-width digits (U+FF10–FF19) and
        // Latin letters (U+FF21–FF3A, U+FF41–FF5A) to be counted like their ASCII forms.
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}'
        // Half-width voiced-sound marks ﾞ ﾟ.
        | '\u{FF9E}'..='\u{FF9F}' => EastAsian::Separator,
        _ => EastAsian::No,
    }
}

#[cfg(test)]
mod tests {
    use super::{count_words, counted_parts, section_words, CountPart, WordBreakdown};
    use crate::rules::{EffectiveRule, RuleOverride};

    /// The UPR's rule in force, with the footnotes rule set as given.
    fn rule(footnotes_count: bool) -> EffectiveRule {
        let upr = crate::mechanism::reference_mechanisms()
            .unwrap()
            .iter()
            .find(|m| m.code == "UPR")
            .unwrap();
        let ov = RuleOverride {
            footnotes_count: Some(footnotes_count),
            ..Default::default()
        };
        EffectiveRule::new(&upr.rule, &ov, chrono::NaiveDate::MIN)
    }

    #[test]
    fn every_part_counts_unless_the_rule_leaves_footnotes_out() {
        assert_eq!(counted_parts(&rule(true)), CountPart::ALL.to_vec());
        assert_eq!(
            counted_parts(&rule(false)),
            [
                CountPart::Title,
                CountPart::FrontMatter,
                CountPart::Headings,
                CountPart::Text
            ]
        );
    }

    #[test]
    fn each_part_has_one_word_in_json_and_as_text() {
        // As for every word-like enum (see `crate::enums`): the JSON word, the stored word and
        // `parse` agree, and they are the breakdown's field names.
        let b = serde_json::to_value(WordBreakdown::default()).unwrap();
        for &p in CountPart::ALL {
            assert_eq!(serde_json::to_value(p).unwrap(), p.as_str());
            assert_eq!(CountPart::parse(p.as_str()), Some(p));
            assert!(
                b.get(p.as_str()).is_some(),
                "{p:?} is a field of the breakdown"
            );
        }
    }

    #[test]
    fn the_total_adds_the_counted_parts_only() {
        let words = [12, 38, 50, 2_420, 140];
        let all = WordBreakdown::new(words, CountPart::ALL);
        assert_eq!(all.total, 2_660);
        assert_eq!(all.words(CountPart::Footnotes), 140);
        let without = WordBreakdown::new(words, &counted_parts(&rule(false)));
        assert_eq!(without.total, 2_520);
        // The excluded part is still reported, so the officer sees what was left out.
        assert_eq!(without.footnotes, 140);
        assert!(!without.counted.contains(&CountPart::Footnotes));
        assert_eq!(without.excluded, [CountPart::Footnotes]);
        assert!(all.excluded.is_empty());
    }

    #[test]
    fn a_section_counts_its_title_text_and_counted_footnotes() {
        let title = "Follow-up to the review";
        assert_eq!(section_words(title, 100, 7, CountPart::ALL), 4 + 100 + 7);
        assert_eq!(
            section_words(title, 100, 7, &counted_parts(&rule(false))),
            4 + 100
        );
    }

    #[test]
    fn empty_text_has_no_words() {
        assert_eq!(count_words(""), 0);
    }

    #[test]
    fn whitespace_only_has_no_words() {
        assert_eq!(count_words(" \t\n\r\n  "), 0);
        assert_eq!(count_words("\u{00A0}\u{202F}\u{2003}\u{3000}\u{2029}"), 0);
    }

    #[test]
    fn plain_english_sentence() {
        assert_eq!(
            count_words("The city supports the recommendations on adequate housing."),
            8
        );
    }

    #[test]
    fn repeated_spaces_tabs_and_newlines_separate_once() {
        assert_eq!(
            count_words("  housing\t\twater\n\nsanitation\r\neducation  "),
            4
        );
    }

    #[test]
    fn no_break_space_separates_words() {
        // "Article 11" typed with a no-break space so that it does not wrap.
        assert_eq!(count_words("Article\u{00A0}11 of the Covenant"), 5);
    }

    #[test]
    fn french_thousands_with_narrow_no_break_space_counts_as_two() {
        // Documented choice: a no-break space is a space, as in "10 700" with a plain space.
        assert_eq!(count_words("10 700"), 2);
        assert_eq!(count_words("10\u{00A0}700"), 2);
        assert_eq!(count_words("10\u{202F}700 personnes"), 3);
    }

    #[test]
    fn em_space_and_ideographic_space_separate_words() {
        assert_eq!(count_words("one\u{2003}two\u{2009}three\u{3000}four"), 4);
    }

    #[test]
    fn lone_punctuation_tokens_are_not_words() {
        for token in [
            "–", "—", "-", "•", "§", "…", "(", "&", "\"", "«", "»", "!", "?", "%",
        ] {
            assert_eq!(count_words(token), 0, "{token:?} alone");
        }
        assert_eq!(count_words("§ 12"), 1);
    }

    #[test]
    fn spaced_em_dash_in_sentence_is_not_a_word() {
        assert_eq!(
            count_words("Housing is a right — not a commodity — in our city."),
            10
        );
        assert_eq!(count_words("2019 – 2023"), 2);
    }

    #[test]
    fn unspaced_dashes_join_words() {
        // Only whitespace splits: "rights—based" is one token.
        assert_eq!(count_words("a rights—based approach"), 3);
        assert_eq!(count_words("from 2019–2023"), 2);
    }

    #[test]
    fn hyphenated_words_are_one_word() {
        assert_eq!(count_words("follow-up"), 1);
        assert_eq!(count_words("well-being of the co-submitter"), 4);
        assert_eq!(count_words("a 32-year-old mother-in-law"), 3);
    }

    #[test]
    fn numbers_with_separators_are_one_word() {
        assert_eq!(count_words("1,250"), 1);
        assert_eq!(count_words("3.5"), 1);
        assert_eq!(
            count_words("1,250 households received 3.5 million euros"),
            6
        );
    }

    #[test]
    fn percentages() {
        assert_eq!(count_words("25%"), 1);
        assert_eq!(count_words("unemployment fell by 25% in 2024"), 6);
        // French typography: "25 %" with a no-break space; the lone "%" is not a word.
        assert_eq!(count_words("25\u{00A0}%"), 1);
    }

    #[test]
    fn un_document_symbols_are_one_word() {
        assert_eq!(count_words("A/HRC/59/15"), 1);
        assert_eq!(count_words("E/C.12/ESP/CO/6"), 1);
        assert_eq!(count_words("CRC/C/GC/26"), 1);
    }

    #[test]
    fn footnote_citing_a_recommendation() {
        assert_eq!(count_words("see A/HRC/59/15, para. 140.7."), 4);
    }

    #[test]
    fn french_elisions_are_one_word() {
        assert_eq!(count_words("l'État"), 1);
        assert_eq!(count_words("d'une"), 1);
        assert_eq!(count_words("qu\u{2019}il"), 1);
        assert_eq!(
            count_words("La ville demande à l\u{2019}État qu\u{2019}il adopte une loi d'urgence."),
            10
        );
    }

    #[test]
    fn english_contractions_are_one_word() {
        assert_eq!(count_words("the city's plan doesn't end"), 5);
    }

    #[test]
    fn urls_and_email_addresses_are_one_word() {
        assert_eq!(
            count_words("https://www.ohchr.org/en/hr-bodies/upr/upr-main"),
            1
        );
        assert_eq!(
            count_words("Write to human.rights@city.example.org today."),
            4
        );
        assert_eq!(count_words("(see https://uhri.ohchr.org/en/)"), 2);
    }

    #[test]
    fn leading_and_trailing_punctuation_stays_with_the_word() {
        assert_eq!(count_words("(Maldives)"), 1);
        assert_eq!(count_words("\u{201C}leave no one behind\u{201D}"), 4);
        assert_eq!(
            count_words("the State (Maldives), «\u{00A0}la ville\u{00A0}»."),
            5
        );
    }

    #[test]
    fn spanish_inverted_marks() {
        assert_eq!(
            count_words("¿Cuántas familias esperan vivienda? ¡Más de 1.200!"),
            7
        );
        assert_eq!(count_words("¿ ¡"), 0);
    }

    #[test]
    fn russian_sentence() {
        assert_eq!(
            count_words("Город поддерживает рекомендации об обеспечении права на жильё."),
            8
        );
    }

    #[test]
    fn arabic_sentence() {
        // "The city supports the recommendations on the right to adequate housing."
        assert_eq!(
            count_words("تدعم المدينة التوصيات المتعلقة بالحق في السكن اللائق."),
            8
        );
    }

    #[test]
    fn greek_sentence() {
        assert_eq!(count_words("Ο δήμος στηρίζει τα ανθρώπινα δικαιώματα."), 6);
    }

    #[test]
    fn devanagari_with_vowel_signs() {
        // Vowel signs and the virama are combining marks inside the word.
        assert_eq!(count_words("मानव अधिकार परिषद की सिफ़ारिशें"), 5);
    }

    #[test]
    fn chinese_sentence_counts_characters_not_punctuation() {
        // 11 ideographs; "，" and "。" are not counted.
        assert_eq!(count_words("城市支持住房权，反对歧视。"), 11);
        assert_eq!(count_words("人权理事会"), 5);
    }

    #[test]
    fn chinese_quotes_and_brackets_are_not_words() {
        assert_eq!(count_words("「」【】（）、。"), 0);
        assert_eq!(count_words("联合国（UN）"), 4);
    }

    #[test]
    fn japanese_mixing_kanji_and_kana() {
        // 市 は 住 宅 の 権 利 を 尊 重 し ま す = 13 characters; "。" not counted.
        assert_eq!(count_words("市は住宅の権利を尊重します。"), 13);
        // Katakana with the prolonged sound mark: フ ォ ロ ー ア ッ プ = 7.
        assert_eq!(count_words("フォローアップ"), 7);
        // The middle dot ・ is punctuation: ア ン ド ・ ロ ー ル.
        assert_eq!(count_words("アンド・ロール"), 6);
    }

    #[test]
    fn decomposed_voiced_kana_is_one_character() {
        // が written as か + combining voiced sound mark, as some input methods produce.
        assert_eq!(count_words("か\u{3099}"), 1);
        // Half-width katakana ｶﾞ (ka + half-width voiced mark).
        assert_eq!(count_words("ｶﾞ"), 1);
    }

    #[test]
    fn latin_run_inside_cjk_counts_once() {
        assert_eq!(count_words("UPR审议"), 3);
        assert_eq!(count_words("2024年"), 2);
        assert_eq!(count_words("第4轮UPR审议"), 6);
        assert_eq!(count_words("见A/HRC/59/15号文件"), 5);
    }

    #[test]
    fn rare_ideographs_and_kangxi_radicals_count_one_each() {
        assert_eq!(count_words("\u{20000}\u{2A6D6}"), 2);
        // ⼈ (Kangxi radical "person") as produced by copying from some PDFs.
        assert_eq!(count_words("\u{2F08}权"), 2);
        assert_eq!(count_words("々〇"), 2);
    }

    #[test]
    fn korean_hangul_counts_by_spaces() {
        assert_eq!(count_words("시는 적절한 주거권을 지지합니다."), 4);
        assert_eq!(count_words("UPR에서"), 1);
    }

    #[test]
    fn full_width_latin_letters_and_digits_count_like_ascii() {
        assert_eq!(count_words("ＵＰＲ ２０２４"), 2);
    }

    #[test]
    fn combining_marks_do_not_split_or_count_alone() {
        // "État" with E + combining acute accent.
        assert_eq!(count_words("E\u{0301}tat de droit"), 3);
        assert_eq!(count_words("\u{0301}"), 0);
        assert_eq!(count_words("\u{0301} word"), 1);
    }

    #[test]
    fn emoji_are_handled_and_not_words_alone() {
        assert_eq!(count_words("👍"), 0);
        assert_eq!(count_words("great 👍"), 1);
        assert_eq!(count_words("👨\u{200D}👩\u{200D}👧 families"), 1);
        assert_eq!(count_words("🇫🇷 France"), 1);
        // Keycap "1️⃣" holds a digit.
        assert_eq!(count_words("1\u{FE0F}\u{20E3}"), 1);
    }

    #[test]
    fn invisible_format_characters_do_not_split() {
        assert_eq!(count_words("A/HRC/\u{200B}59/15"), 1);
        assert_eq!(count_words("co\u{00AD}operation"), 1);
        assert_eq!(count_words("\u{FEFF}Introduction"), 1);
        assert_eq!(count_words("\u{200B}"), 0);
    }

    #[test]
    fn bulleted_list_markers_are_not_words() {
        assert_eq!(
            count_words("• Housing\n• Water and sanitation\n– Education"),
            5
        );
    }

    #[test]
    fn thai_without_spaces_counts_per_run() {
        // Documented limitation: scripts without spaces other than Chinese and Japanese.
        assert_eq!(count_words("สิทธิมนุษยชน เมือง"), 2);
    }

    #[test]
    fn summing_parts_equals_counting_the_joined_text() {
        let parts = ["UPR审议", "see A/HRC/59/15, para. 140.7.", "— ", "l’État"];
        let sum: usize = parts.iter().map(|p| count_words(p)).sum();
        assert_eq!(sum, count_words(&parts.join("\n")));
    }

    #[test]
    fn agrees_with_whitespace_rule_outside_east_asian_text() {
        let texts = [
            "The city of Geneva — a co-submitter — welcomes A/HRC/59/15 (para. 140.7).",
            "« Le droit au logement » : 10 700 ménages ; 25 % d’entre eux !",
            "¿Qué? ¡Sí! 1,250 / 3.5 & more… • end",
        ];
        for text in texts {
            let expected = text
                .split_whitespace()
                .filter(|t| t.chars().any(char::is_alphanumeric))
                .count();
            assert_eq!(count_words(text), expected, "{text:?}");
        }
    }

    #[test]
    fn ten_thousand_words_counted_exactly() {
        let sentence = "The city of Valencia (Spain) supports recommendation 140.7 \
                        — see A/HRC/59/15 — on the well-being of l\u{2019}enfance; \
                        25%\u{00A0}of all 1,250 households\u{2026}\n";
        // Words in one sentence: The city of Valencia (Spain) supports recommendation 140.7
        // see A/HRC/59/15 on the well-being of l’enfance; 25% of all 1,250 households… = 20.
        assert_eq!(count_words(sentence), 20);
        let text = sentence.repeat(500);
        assert_eq!(count_words(&text), 10_000);
    }

    #[test]
    fn ten_thousand_chinese_characters_counted_exactly() {
        let text = "人权，".repeat(5_000);
        assert_eq!(count_words(&text), 10_000);
    }
}

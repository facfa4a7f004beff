//! The content of a section: a small, explicit tree.
//!
//! Everything that reads a submission — word count, export, search, the editor — reads this one
//! tree, so its JSON form is stable: blocks and inlines are objects tagged by `type` in
//! snake_case, and new optional fields get `#[serde(default)]` so older saved content still
//! loads. The editor's JSON (ProseMirror) maps one to one onto these types.
//!
//! Paragraph numbering is not stored: a paragraph is `numbered` or not, and its number is its
//! position among the numbered paragraphs of the whole submission (the UN cites submissions as
//! "JS2, para. 43"), computed when the submission is shown or exported.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub mod citation;
pub mod limits;
pub mod symbol;

/// A section's content.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Content {
    pub blocks: Vec<Block>,
}

/// A block of content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum Block {
    /// A heading inside a section (level 1 is the highest; the section title sits above it).
    Heading {
        level: u8,
        content: Vec<Inline>,
    },
    /// A paragraph; numbered paragraphs get the next number of the submission.
    Paragraph {
        #[serde(default = "yes")]
        numbered: bool,
        content: Vec<Inline>,
    },
    BulletList {
        items: Vec<ListItem>,
    },
    OrderedList {
        items: Vec<ListItem>,
    },
    Quote {
        blocks: Vec<Block>,
    },
    Table {
        rows: Vec<TableRow>,
    },
    /// A chart of the city's data: it names what it shows and is drawn from the current data
    /// each time the submission is shown or exported (a stored picture would go stale as the
    /// city records progress). Its numbers are also given as text, for screen readers and as
    /// the picture's alternative text in Word.
    Chart {
        chart: ChartKind,
        /// The UN document whose recommendations it counts ("A/HRC/59/15"); null: all.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        symbol: Option<String>,
        /// The indicator an [`ChartKind::IndicatorOverTime`] chart draws (its id); absent in
        /// the other kinds and in content saved before indicators were charted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        indicator: Option<i64>,
        /// The figure's caption, as the writer may edit it.
        #[serde(default)]
        caption: String,
    },
}

/// What a [`Block::Chart`] shows.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
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
pub enum ChartKind {
    /// Recommendations by the city's local status, one bar per theme.
    StatusByTheme,
    /// Recommendations by local status, one bar per lead department.
    StatusByDepartment,
    /// Recommendations by local status, one bar per SDG goal.
    StatusBySdg,
    /// The plan's actions by their status, one bar per lead department (those addressing a
    /// recommendation of the chart's document, when it names one).
    ActionsByDepartment,
    /// One indicator's values against its target over time (the block names the indicator).
    IndicatorOverTime,
}

crate::enums::words!(ChartKind);

fn yes() -> bool {
    true
}

/// One item of a bullet or numbered list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ListItem {
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TableRow {
    pub cells: Vec<TableCell>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TableCell {
    #[serde(default)]
    pub header: bool,
    pub content: Vec<Inline>,
}

/// Inline content of a paragraph, heading, cell or footnote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum Inline {
    Text {
        text: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        marks: Vec<Mark>,
    },
    /// A footnote called at this point; its number follows its order in the submission.
    Footnote {
        content: Vec<Inline>,
    },
    /// A citation of a UN document or recommendation, rendered "A/HRC/59/15, para. 140.7".
    Citation {
        symbol: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        paragraph: Option<String>,
    },
    HardBreak,
}

/// A mark on a run of text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum Mark {
    Bold,
    Italic,
    /// A link; only http, https and mailto targets are accepted (see [`is_allowed_link`]).
    Link {
        href: String,
    },
    /// A passage in another language than the text around it (a German quotation in an English
    /// submission), so that the PDF, Word and screen readers pronounce it as that language. The
    /// tag is a BCP 47 language tag in its normalised case (see [`language_tag`]); the content
    /// gate refuses any other.
    Language {
        lang: String,
    },
}

/// The longest language tag a passage may carry. BCP 47 advises that 35 characters hold every
/// tag of language, extended language, script, region and a variant (RFC 5646 §4.4.1); real tags
/// (`de`, `pt-BR`, `zh-Hans-CN`) are far shorter.
pub const MAX_LANGUAGE_TAG_BYTES: usize = 35;

/// `raw` as a BCP 47 language tag in its normalised case (`DE-de` → `de-DE`, `ZH-hans` →
/// `zh-Hans`), or `None` when it is not one: a primary subtag of two or three letters, then
/// subtags of one to eight letters or digits in the shape BCP 47 gives script, region and
/// variants (parsed by `unic-langid`, which the catalogue already uses; extensions and private
/// use are refused, since no PDF reader or Word uses them for pronunciation), at most
/// [`MAX_LANGUAGE_TAG_BYTES`] long. The one rule the editor, the importers and the content gate
/// share, so that no tag that a PDF or Word would misread is ever stored.
pub fn language_tag(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > MAX_LANGUAGE_TAG_BYTES {
        return None;
    }
    let primary = raw.split('-').next().unwrap_or("");
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    if !raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return None;
    }
    let id: unic_langid::LanguageIdentifier = raw.parse().ok()?;
    let tag = id.to_string();
    (tag.len() <= MAX_LANGUAGE_TAG_BYTES).then_some(tag)
}

/// Whether a link target may be stored and exported: http, https and mailto only, so nothing
/// pasted or imported can smuggle `javascript:` or `file:` links into the app or a PDF.
pub fn is_allowed_link(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:")
}

impl Inline {
    /// Plain text run without marks.
    pub fn text(s: impl Into<String>) -> Self {
        Inline::Text {
            text: s.into(),
            marks: Vec::new(),
        }
    }
}

impl Block {
    /// A numbered paragraph of plain text.
    pub fn para(s: impl Into<String>) -> Self {
        Block::Paragraph {
            numbered: true,
            content: vec![Inline::text(s)],
        }
    }
}

/// The deepest JSON [`read_stored`] reads. serde_json stops at 128 levels by default, and text
/// stored before the content gate existed could nest a little deeper (up to about 135 levels:
/// 31 nested lists); such a section must stay readable so that it can be opened, exported and
/// mended. 256 covers all of it with room, and is shallow enough that reading it stays far
/// inside the stack of any thread that reads (tested on a 1 MB stack).
pub const STORED_JSON_DEPTH_MAX: usize = 256;

/// Reads stored JSON (a section's text, a revision's snapshot). Text within serde_json's own
/// limit of 128 levels — all new text: the content gate ([`limits`]) keeps it far shallower —
/// is read as usual. Only when that limit is hit is the depth counted, in one pass that uses no
/// stack, and JSON within [`STORED_JSON_DEPTH_MAX`] read again with the limit lifted (the count
/// is not made up front: it cost a fifth of the editor's live count).
pub fn read_stored<T: serde::de::DeserializeOwned>(json: &str) -> serde_json::Result<T> {
    match serde_json::from_str(json) {
        Err(e) if e.to_string().starts_with("recursion limit exceeded") => {}
        done => return done,
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for b in json.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > STORED_JSON_DEPTH_MAX {
                    return Err(serde::de::Error::custom(format!(
                        "the stored text nests more than {STORED_JSON_DEPTH_MAX} levels deep"
                    )));
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let mut de = serde_json::Deserializer::from_str(json);
    de.disable_recursion_limit();
    let value = T::deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

impl Content {
    /// A section's text as stored: read with [`read_stored`], then brought within the content
    /// gate's depth ([`limits::fit_depth`]) so that text stored by an earlier version can
    /// always be shown and exported.
    pub fn from_stored(json: &str) -> serde_json::Result<Content> {
        let mut c: Content = read_stored(json)?;
        limits::fit_depth(&mut c);
        Ok(c)
    }
}

/// How a citation reads in text: "A/HRC/59/15, para. 140.7" or just the symbol.
pub fn citation_text(symbol: &str, paragraph: Option<&str>) -> String {
    match paragraph {
        Some(p) if !p.trim().is_empty() => format!("{symbol}, para. {}", p.trim()),
        _ => symbol.to_string(),
    }
}

/// What a walk over the tree collects: body text and footnote texts, kept apart because
/// whether footnotes count toward a word limit depends on the mechanism's rule.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct TextParts {
    /// One string per block-level unit (paragraph, heading, list item paragraph, cell).
    pub body: Vec<String>,
    /// One string per footnote, in order of call.
    pub footnotes: Vec<String>,
}

/// Counts of a content tree, as shown in the app and by `submission stats`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ContentStats {
    pub body_words: usize,
    pub footnote_words: usize,
    pub paragraphs: usize,
    pub footnotes: usize,
}

impl ContentStats {
    /// The words that count against a limit under a rule that does or does not count footnotes.
    pub fn words(&self, footnotes_count: bool) -> usize {
        self.body_words
            + if footnotes_count {
                self.footnote_words
            } else {
                0
            }
    }
}

impl std::ops::AddAssign for ContentStats {
    fn add_assign(&mut self, o: Self) {
        self.body_words += o.body_words;
        self.footnote_words += o.footnote_words;
        self.paragraphs += o.paragraphs;
        self.footnotes += o.footnotes;
    }
}

impl Content {
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The text of the tree, body and footnotes apart. Inline runs of one block are joined
    /// without separators so that "**bo**ld" stays one word; blocks stay separate strings.
    pub fn text_parts(&self) -> TextParts {
        let mut parts = TextParts::default();
        for b in &self.blocks {
            collect_block(b, &mut parts);
        }
        parts
    }

    /// Word, paragraph and footnote counts, with words counted by [`crate::wordcount`].
    pub fn stats(&self) -> ContentStats {
        let parts = self.text_parts();
        ContentStats {
            body_words: parts
                .body
                .iter()
                .map(|t| crate::wordcount::count_words(t))
                .sum(),
            footnote_words: parts
                .footnotes
                .iter()
                .map(|t| crate::wordcount::count_words(t))
                .sum(),
            paragraphs: self.numbered_paragraphs(),
            footnotes: parts.footnotes.len(),
        }
    }

    /// Number of numbered paragraphs, top level and inside lists and quotes. Items of ordered
    /// lists at the top level count as numbered paragraphs, as in the Markdown import.
    pub fn numbered_paragraphs(&self) -> usize {
        self.blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph { numbered: true, .. } => 1,
                _ => 0,
            })
            .sum()
    }
}

fn collect_block(b: &Block, parts: &mut TextParts) {
    match b {
        Block::Heading { content, .. } | Block::Paragraph { content, .. } => {
            let mut s = String::new();
            collect_inlines(content, &mut s, parts);
            parts.body.push(s);
        }
        Block::BulletList { items } | Block::OrderedList { items } => {
            for item in items {
                for b in &item.blocks {
                    collect_block(b, parts);
                }
            }
        }
        Block::Quote { blocks } => {
            for b in blocks {
                collect_block(b, parts);
            }
        }
        Block::Table { rows } => {
            for row in rows {
                for cell in &row.cells {
                    let mut s = String::new();
                    collect_inlines(&cell.content, &mut s, parts);
                    parts.body.push(s);
                }
            }
        }
        // The caption is text the reader reads; the chart's numbers are drawn, not written.
        Block::Chart { caption, .. } => parts.body.push(caption.clone()),
    }
}

fn collect_inlines(inlines: &[Inline], out: &mut String, parts: &mut TextParts) {
    for i in inlines {
        match i {
            Inline::Text { text, .. } => out.push_str(text),
            Inline::HardBreak => out.push('\n'),
            Inline::Citation { symbol, paragraph } => {
                out.push_str(&citation_text(symbol, paragraph.as_deref()))
            }
            Inline::Footnote { content } => {
                // A footnote's own footnotes are not allowed by the editor; if a file has
                // them, their text still counts as footnote text.
                let mut s = String::new();
                collect_inlines(content, &mut s, parts);
                parts.footnotes.push(s);
            }
        }
    }
}

/// A submission read from a file: an optional title and its sections.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedSubmission {
    pub title: Option<String>,
    pub sections: Vec<ImportedSection>,
}

/// One section read from a file: the text of its `##` heading and what follows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedSection {
    pub title: String,
    pub content: Content,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_are_bcp47_in_their_normalised_case() {
        for (raw, tag) in [
            ("de", "de"),
            ("DE", "de"),
            (" fr-ca ", "fr-CA"),
            ("pt-BR", "pt-BR"),
            ("zh-hans-cn", "zh-Hans-CN"),
            ("ca-ES-valencia", "ca-ES-valencia"),
            ("gsw", "gsw"),
            ("es-419", "es-419"),
        ] {
            assert_eq!(language_tag(raw).as_deref(), Some(tag), "{raw}");
        }
        let long = format!("en-{}", ["abcdefgh"; 4].join("-"));
        for bad in [
            "",
            "d",
            "deutsch",
            "de_DE",
            "de-",
            "de--DE",
            "1e",
            "de DE",
            "en-u-ca-buddhist",
            "x-klingon",
            "de-DE-DE",
            "fr-ABCDEFGHI",
            "ру",
            long.as_str(),
        ] {
            assert_eq!(language_tag(bad), None, "{bad:?} is not a language tag");
        }
    }

    #[test]
    fn a_language_mark_is_stored_with_its_tag() {
        let run = Inline::Text {
            text: "Grundgesetz".into(),
            marks: vec![Mark::Language { lang: "de".into() }],
        };
        let json = serde_json::to_string(&run).unwrap();
        assert_eq!(
            json,
            r#"{"type":"text","text":"Grundgesetz","marks":[{"type":"language","lang":"de"}]}"#
        );
        assert_eq!(serde_json::from_str::<Inline>(&json).unwrap(), run);
    }

    fn sample() -> Content {
        Content {
            blocks: vec![
                Block::Heading {
                    level: 1,
                    content: vec![Inline::text("Housing")],
                },
                Block::Paragraph {
                    numbered: true,
                    content: vec![
                        Inline::text("The city "),
                        Inline::Text {
                            text: "bu".into(),
                            marks: vec![Mark::Bold],
                        },
                        Inline::Text {
                            text: "ilt".into(),
                            marks: vec![
                                Mark::Italic,
                                Mark::Link {
                                    href: "https://example.org".into(),
                                },
                            ],
                        },
                        Inline::text(" 1,250 homes"),
                        Inline::Footnote {
                            content: vec![Inline::text("Municipal housing report 2024.")],
                        },
                        Inline::text(" as recommended in "),
                        Inline::Citation {
                            symbol: "A/HRC/59/15".into(),
                            paragraph: Some("140.7".into()),
                        },
                        Inline::HardBreak,
                        Inline::text("."),
                    ],
                },
                Block::Paragraph {
                    numbered: false,
                    content: vec![Inline::text("Unnumbered note.")],
                },
                Block::BulletList {
                    items: vec![ListItem {
                        blocks: vec![Block::para("first item")],
                    }],
                },
                Block::OrderedList {
                    items: vec![ListItem {
                        blocks: vec![Block::para("step one")],
                    }],
                },
                Block::Quote {
                    blocks: vec![Block::para("A quoted sentence.")],
                },
                Block::Table {
                    rows: vec![TableRow {
                        cells: vec![
                            TableCell {
                                header: true,
                                content: vec![Inline::text("Year")],
                            },
                            TableCell {
                                header: false,
                                content: vec![Inline::text("2024")],
                            },
                        ],
                    }],
                },
            ],
        }
    }

    #[test]
    fn json_round_trip_is_lossless() {
        let c = sample();
        let json = serde_json::to_string(&c).unwrap();
        let back: Content = serde_json::from_str(&json).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn json_form_is_stable() {
        // This is the stored form: changing it breaks every saved database.
        let c = Content {
            blocks: vec![Block::Paragraph {
                numbered: true,
                content: vec![
                    Inline::Text {
                        text: "Hi".into(),
                        marks: vec![Mark::Bold],
                    },
                    Inline::Footnote {
                        content: vec![Inline::text("n")],
                    },
                    Inline::Citation {
                        symbol: "A/HRC/59/15".into(),
                        paragraph: None,
                    },
                ],
            }],
        };
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            r#"{"blocks":[{"type":"paragraph","numbered":true,"content":[{"type":"text","text":"Hi","marks":[{"type":"bold"}]},{"type":"footnote","content":[{"type":"text","text":"n"}]},{"type":"citation","symbol":"A/HRC/59/15"}]}]}"#
        );
    }

    #[test]
    fn older_json_without_optional_fields_loads() {
        let c: Content = serde_json::from_str(
            r#"{"blocks":[{"type":"paragraph","content":[{"type":"text","text":"x"}]},
                {"type":"table","rows":[{"cells":[{"content":[]}]}]}]}"#,
        )
        .unwrap();
        assert_eq!(c.numbered_paragraphs(), 1);
    }

    #[test]
    fn unknown_block_type_is_an_error_not_silently_dropped() {
        let r: Result<Content, _> = serde_json::from_str(r#"{"blocks":[{"type":"video"}]}"#);
        assert!(r.is_err());
    }

    #[test]
    fn text_parts_keep_footnotes_apart_and_join_marked_runs() {
        let p = sample().text_parts();
        assert_eq!(p.footnotes, vec!["Municipal housing report 2024."]);
        assert_eq!(
            p.body[1],
            "The city built 1,250 homes as recommended in A/HRC/59/15, para. 140.7\n."
        );
    }

    #[test]
    fn stats_count_numbered_paragraphs_and_footnotes() {
        let s = sample().stats();
        assert_eq!(s.paragraphs, 1);
        assert_eq!(s.footnotes, 1);
        assert_eq!(s.footnote_words, 4);
        assert!(s.words(true) == s.body_words + 4 && s.words(false) == s.body_words);
    }

    #[test]
    fn links_are_limited_to_web_and_mail() {
        assert!(is_allowed_link("https://www.ohchr.org"));
        assert!(is_allowed_link("mailto:office@example.org"));
        assert!(!is_allowed_link("javascript:alert(1)"));
        assert!(!is_allowed_link("file:///etc/passwd"));
    }

    /// A tree `levels` lists deep, as JSON (built as text: the tree itself would be refused by
    /// serde_json's own limit when serialised through serde_json::Value).
    fn nested_json(levels: usize) -> String {
        let mut json =
            r#"{"type":"paragraph","numbered":true,"content":[{"type":"text","text":"x"}]}"#
                .to_string();
        for _ in 0..levels {
            json = format!(r#"{{"type":"bullet_list","items":[{{"blocks":[{json}]}}]}}"#);
        }
        format!(r#"{{"blocks":[{json}]}}"#)
    }

    #[test]
    fn text_stored_before_the_gate_still_reads_on_a_small_stack() {
        // 31 nested lists: what the Markdown import let through before the gate (about 127
        // JSON levels, past serde_json's default limit once marks or footnotes are inside).
        let old = nested_json(40);
        assert!(serde_json::from_str::<Content>(&old).is_err());
        let read = std::thread::Builder::new()
            .stack_size(1024 * 1024)
            .spawn(move || read_stored::<Content>(&old).map(|c| c.stats().body_words))
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(read.unwrap(), 1);
        // Far deeper JSON is refused by the scan before any parsing.
        let e = read_stored::<Content>(&nested_json(100)).unwrap_err();
        assert!(e.to_string().contains("more than 256 levels"), "{e}");
        // Brackets inside strings do not count.
        let c: Content = read_stored(&format!(
            r#"{{"blocks":[{{"type":"paragraph","content":[{{"type":"text","text":"{}\"]"}}]}}]}}"#,
            "[".repeat(1000)
        ))
        .unwrap();
        assert_eq!(c.numbered_paragraphs(), 1);
    }

    #[test]
    fn citation_reads_like_the_un_writes_it() {
        assert_eq!(
            citation_text("A/HRC/59/15", Some("140.7")),
            "A/HRC/59/15, para. 140.7"
        );
        assert_eq!(citation_text("CRC/C/PER/CO/6-7", None), "CRC/C/PER/CO/6-7");
    }
}

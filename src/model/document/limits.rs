//! The one gate every content tree passes before it is written: the editor's save, every
//! importer, a restored revision and a workspace file all go through [`check`], so whatever is
//! in the database can always be read back, shown, counted and exported.
//!
//! Why a gate at all: the tree is stored as JSON, and every reader (serde_json, the word count,
//! the PDF and Word writers, search) walks it recursively. serde_json refuses to read JSON
//! nested more than 128 levels deep, so a tree that was accepted too deep could be written but
//! never read again — and a small file can also grow into an enormous tree (a footnote called
//! thousands of times, a table header with a hundred thousand columns padded into every row).
//!
//! The limits are named constants, generous for real work (about ten times the longest real
//! report a city sends or publishes) and the same for every way in. Importers do not wait for
//! the finished tree: they carry a [`Budget`] and stop as soon as it runs out, so memory stays
//! bounded while a hostile file is being read.

use super::{Block, Content, Inline, Mark};
use crate::model::language::{Arg, Said};
use crate::{Error, Result};

/// How deeply blocks may nest: a list inside a list item or a quote inside a quote each add a
/// level (a footnote holds only text, so it adds none). Word offers nine list levels; sixteen leaves
/// room for quotes and footnotes around them, and keeps the stored JSON (four JSON levels per
/// list level, plus the revision history's wrapping) far below serde_json's limit of 128.
pub const MAX_DEPTH: usize = 16;

/// The most nodes in one section: blocks, list items, table rows and cells, inline runs and
/// footnotes together. A 150,000-word report has some tens of thousands; a file at the
/// importers' size limits (ten megabytes of short paragraphs) stays below this.
pub const MAX_NODES: usize = 1_000_000;

/// The most footnotes in one section. Long reports have a few hundred.
pub const MAX_FOOTNOTES: usize = 10_000;

/// The most columns of a table. Statistical tables in reports have up to a dozen or two.
pub const MAX_TABLE_COLUMNS: usize = 100;

/// The most cells of one table (rows × columns, short rows included).
pub const MAX_TABLE_CELLS: usize = 50_000;

/// The most bytes of text in one section, and in all the sections one import creates: running
/// text, footnotes, link targets and citations together. The longest reports a city publishes
/// are about a megabyte of text; sixteen leaves ten times that and more.
pub const MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;

/// The longest link target or citation symbol. Real addresses and UN symbols are far shorter.
pub const MAX_ATTRIBUTE_BYTES: usize = 4 * 1024;

/// Heading levels a tree may hold (1 is the highest).
pub const HEADING_LEVELS: std::ops::RangeInclusive<u8> = 1..=6;

/// Which limit a tree or a file went past, in words an officer understands. Importers turn it
/// into an import error, the editor's save into a validation error.
#[derive(Debug, Clone, PartialEq)]
pub struct LimitExceeded(pub Said);

impl LimitExceeded {
    fn new(key: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        LimitExceeded(Said::new(key, args))
    }

    /// As the error of an import: nothing of the file was kept.
    pub fn into_import(self) -> Error {
        Error::import("error.limit_import", vec![("what", self.0.into())])
    }
}

/// The English words (the catalogue's; an importer's own sentence around them is its).
impl std::fmt::Display for LimitExceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl From<LimitExceeded> for Error {
    /// As the error of a save: the text stays in the editor, nothing was written.
    fn from(e: LimitExceeded) -> Error {
        Error::invalid_said("content", "error.limit_save", vec![("what", e.0.into())])
    }
}

/// What a tree (or a file being read) has used so far. An importer keeps one for the whole
/// file and calls [`Budget::section`] at each new section; [`check`] uses one per section.
#[derive(Debug, Default, Clone)]
pub struct Budget {
    nodes: usize,
    footnotes: usize,
    section_text: usize,
    total_text: usize,
}

impl Budget {
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts counting a new section (the total text of the import goes on).
    pub fn section(&mut self) {
        self.nodes = 0;
        self.footnotes = 0;
        self.section_text = 0;
    }

    /// One more node (block, item, row, cell, inline run).
    pub fn node(&mut self) -> Result<(), LimitExceeded> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(LimitExceeded::new(
                "error.limit_nodes",
                vec![("max", MAX_NODES.into())],
            ));
        }
        Ok(())
    }

    /// One more footnote.
    pub fn footnote(&mut self) -> Result<(), LimitExceeded> {
        self.footnotes += 1;
        if self.footnotes > MAX_FOOTNOTES {
            return Err(LimitExceeded::new(
                "error.limit_footnotes",
                vec![("max", MAX_FOOTNOTES.into())],
            ));
        }
        self.node()
    }

    /// `bytes` more bytes of text.
    pub fn text(&mut self, bytes: usize) -> Result<(), LimitExceeded> {
        self.section_text = self.section_text.saturating_add(bytes);
        self.total_text = self.total_text.saturating_add(bytes);
        if self.section_text > MAX_TEXT_BYTES || self.total_text > MAX_TEXT_BYTES {
            return Err(LimitExceeded::new(
                "error.limit_text",
                vec![("max", (MAX_TEXT_BYTES >> 20).into())],
            ));
        }
        Ok(())
    }

    /// The text used so far by the whole import.
    pub fn total_text(&self) -> usize {
        self.total_text
    }
}

/// Whether nesting `depth` levels deep (1 = a top-level block) is allowed.
pub fn depth(depth: usize) -> Result<(), LimitExceeded> {
    if depth > MAX_DEPTH {
        return Err(LimitExceeded::new(
            "error.limit_depth",
            vec![("max", MAX_DEPTH.into())],
        ));
    }
    Ok(())
}

/// Whether a table of `columns` columns and `cells` cells is allowed.
pub fn table(columns: usize, cells: usize) -> Result<(), LimitExceeded> {
    if columns > MAX_TABLE_COLUMNS {
        return Err(LimitExceeded::new(
            "error.limit_columns",
            vec![("n", columns.into()), ("max", MAX_TABLE_COLUMNS.into())],
        ));
    }
    if cells > MAX_TABLE_CELLS {
        return Err(LimitExceeded::new(
            "error.limit_cells",
            vec![("n", cells.into()), ("max", MAX_TABLE_CELLS.into())],
        ));
    }
    Ok(())
}

/// `what` is `chart`, `link` or `citation` (the catalogue's message chooses its words by it).
fn attribute(what: &'static str, value: &str) -> Result<(), LimitExceeded> {
    if value.len() > MAX_ATTRIBUTE_BYTES {
        return Err(LimitExceeded::new(
            "error.limit_attribute",
            vec![
                ("what", what.into()),
                ("n", value.chars().count().into()),
                ("max", MAX_ATTRIBUTE_BYTES.into()),
            ],
        ));
    }
    Ok(())
}

/// Whether a passage's language tag is a BCP 47 tag as [`super::language_tag`] writes it. A tag
/// in another case (`DE`) is refused too, with the tag to write instead: the editor and the
/// importers store only normalised tags, so one that is not came from elsewhere, and the PDF's
/// `/Lang` and Word's `w:lang` are written exactly as stored.
pub fn language(lang: &str) -> Result<(), LimitExceeded> {
    let shown: String = lang
        .chars()
        .take(super::MAX_LANGUAGE_TAG_BYTES + 1)
        .collect();
    match super::language_tag(lang) {
        Some(tag) if tag == lang => Ok(()),
        Some(tag) => Err(LimitExceeded::new(
            "error.limit_language_case",
            vec![("tag", shown.into()), ("normal", tag.into())],
        )),
        None => Err(LimitExceeded::new(
            "error.limit_language",
            vec![
                ("tag", shown.into()),
                ("max", super::MAX_LANGUAGE_TAG_BYTES.into()),
            ],
        )),
    }
}

/// `raw` as the language tag a passage is marked with ([`super::language_tag`]), or why not in
/// plain words: what the editor's Language dialog asks before it marks the selection, so that
/// the rule the officer meets while typing is the gate's own.
pub fn passage_language(raw: &str) -> crate::Result<String> {
    super::language_tag(raw).ok_or_else(|| {
        let shown: String = raw
            .trim()
            .chars()
            .take(super::MAX_LANGUAGE_TAG_BYTES + 1)
            .collect();
        Error::invalid_said(
            "lang",
            "error.limit_language",
            vec![
                ("tag", shown.into()),
                ("max", super::MAX_LANGUAGE_TAG_BYTES.into()),
            ],
        )
    })
}

/// The gate: whether a section's tree stays within every limit above. Walks the tree once;
/// iterative over siblings and recursive only as deep as [`MAX_DEPTH`] allows, so it cannot
/// exhaust the stack itself.
pub fn check(content: &Content) -> Result<(), LimitExceeded> {
    check_with(content, &mut Budget::new())
}

/// [`check`] against an import's running budget (so the total of all sections is limited too).
pub fn check_with(content: &Content, budget: &mut Budget) -> Result<(), LimitExceeded> {
    budget.section();
    blocks(&content.blocks, 1, budget)
}

fn blocks(list: &[Block], level: usize, budget: &mut Budget) -> Result<(), LimitExceeded> {
    if list.is_empty() {
        return Ok(());
    }
    depth(level)?;
    for b in list {
        budget.node()?;
        match b {
            Block::Heading { level: h, content } => {
                if !HEADING_LEVELS.contains(h) {
                    return Err(LimitExceeded::new(
                        "error.limit_heading",
                        vec![("level", u32::from(*h).into())],
                    ));
                }
                inlines(content, budget)?;
            }
            Block::Paragraph { content, .. } => inlines(content, budget)?,
            Block::BulletList { items } | Block::OrderedList { items } => {
                for item in items {
                    budget.node()?;
                    blocks(&item.blocks, level + 1, budget)?;
                }
            }
            Block::Quote { blocks: inner } => blocks(inner, level + 1, budget)?,
            Block::Table { rows } => {
                let columns = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
                let cells = rows.iter().map(|r| r.cells.len()).sum();
                table(columns, cells)?;
                for row in rows {
                    budget.node()?;
                    for cell in &row.cells {
                        budget.node()?;
                        inlines(&cell.content, budget)?;
                    }
                }
            }
            Block::Chart {
                symbol, caption, ..
            } => {
                attribute("chart", symbol.as_deref().unwrap_or(""))?;
                budget.text(caption.len())?;
            }
        }
    }
    Ok(())
}

fn inlines(list: &[Inline], budget: &mut Budget) -> Result<(), LimitExceeded> {
    for i in list {
        match i {
            Inline::Text { text, marks } => {
                budget.node()?;
                budget.text(text.len())?;
                for m in marks {
                    match m {
                        Mark::Link { href } => {
                            attribute("link", href)?;
                            if !super::is_allowed_link(href) {
                                return Err(LimitExceeded::new("error.limit_link", vec![]));
                            }
                            budget.text(href.len())?;
                        }
                        Mark::Language { lang } => language(lang)?,
                        Mark::Bold | Mark::Italic => {}
                    }
                }
            }
            Inline::Footnote { content } => {
                budget.footnote()?;
                if content.iter().any(|i| matches!(i, Inline::Footnote { .. })) {
                    return Err(LimitExceeded::new("error.limit_nested_footnote", vec![]));
                }
                inlines(content, budget)?;
            }
            Inline::Citation { symbol, paragraph } => {
                budget.node()?;
                attribute("citation", symbol)?;
                let p = paragraph.as_deref().unwrap_or("");
                attribute("citation", p)?;
                budget.text(symbol.len() + p.len())?;
            }
            Inline::HardBreak => budget.node()?,
        }
    }
    Ok(())
}

/// Brings a tree read from storage within [`MAX_DEPTH`], losing no text: lists and quotes
/// nested deeper are opened out into the level above, and a footnote inside a footnote becomes
/// its text. Only text stored before the gate existed can need it (31 nested lists could be
/// imported then); new text never does. Without it such a section could be read but not
/// exported or shown: every exporter walks the tree recursively, with more stack per level
/// than reading takes.
pub fn fit_depth(content: &mut Content) {
    fit_blocks(&mut content.blocks, 1);
}

fn fit_blocks(list: &mut Vec<Block>, level: usize) {
    if level >= MAX_DEPTH {
        let mut flat = Vec::with_capacity(list.len());
        open_out(std::mem::take(list), &mut flat);
        *list = flat;
    }
    for b in list.iter_mut() {
        match b {
            Block::Heading { content, .. } | Block::Paragraph { content, .. } => {
                fit_inlines(content)
            }
            Block::BulletList { items } | Block::OrderedList { items } => {
                for item in items {
                    fit_blocks(&mut item.blocks, level + 1);
                }
            }
            Block::Quote { blocks } => fit_blocks(blocks, level + 1),
            Block::Table { rows } => {
                for row in rows {
                    for cell in &mut row.cells {
                        fit_inlines(&mut cell.content);
                    }
                }
            }
            Block::Chart { .. } => {}
        }
    }
}

/// Blocks with every list and quote in them replaced by what they hold, in order.
fn open_out(list: Vec<Block>, out: &mut Vec<Block>) {
    // An explicit stack, not recursion: the tree being opened out is the one too deep.
    let mut stack: Vec<std::vec::IntoIter<Block>> = vec![list.into_iter()];
    while let Some(top) = stack.last_mut() {
        match top.next() {
            None => {
                stack.pop();
            }
            Some(Block::BulletList { items } | Block::OrderedList { items }) => {
                let inner: Vec<Block> = items.into_iter().flat_map(|i| i.blocks).collect();
                stack.push(inner.into_iter());
            }
            Some(Block::Quote { blocks }) => stack.push(blocks.into_iter()),
            Some(other) => out.push(other),
        }
    }
}

fn fit_inlines(list: &mut [Inline]) {
    for i in list.iter_mut() {
        if let Inline::Footnote { content } = i {
            if !content.iter().any(|c| matches!(c, Inline::Footnote { .. })) {
                continue;
            }
            // A footnote's own footnotes become their text (the editor never makes them).
            let mut flat = Vec::with_capacity(content.len());
            let mut stack: Vec<std::vec::IntoIter<Inline>> =
                vec![std::mem::take(content).into_iter()];
            while let Some(top) = stack.last_mut() {
                match top.next() {
                    None => {
                        stack.pop();
                    }
                    Some(Inline::Footnote { content }) => stack.push(content.into_iter()),
                    Some(other) => flat.push(other),
                }
            }
            *content = flat;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::ListItem;

    fn nested_lists(levels: usize) -> Content {
        let mut b = Block::para("deep");
        for _ in 1..levels {
            b = Block::BulletList {
                items: vec![ListItem { blocks: vec![b] }],
            };
        }
        Content { blocks: vec![b] }
    }

    #[test]
    fn the_deepest_tree_allowed_reads_back_as_json_even_in_a_revision() {
        // A paragraph at the deepest level, with a footnote and a link inside: the stored JSON
        // (and the revision snapshot, which wraps it twice more) must still be readable.
        let mut b = Block::Paragraph {
            numbered: true,
            content: vec![Inline::Text {
                text: "x".into(),
                marks: vec![Mark::Link {
                    href: "https://example.org".into(),
                }],
            }],
        };
        for _ in 1..MAX_DEPTH - 1 {
            b = Block::BulletList {
                items: vec![ListItem { blocks: vec![b] }],
            };
        }
        let c = Content { blocks: vec![b] };
        check(&c).unwrap();
        let wrapped = serde_json::json!([{ "section_id": 1, "content": c }]);
        let json = serde_json::to_string(&wrapped).unwrap();
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back, wrapped);
    }

    #[test]
    fn too_deep_is_refused_in_plain_words() {
        assert!(check(&nested_lists(MAX_DEPTH)).is_ok());
        let e = check(&nested_lists(MAX_DEPTH + 1)).unwrap_err();
        assert!(e.to_string().contains("more than 16 levels deep"), "{e}");
        let saved: Error = e.into();
        assert_eq!(saved.kind(), "invalid");
        assert!(saved.to_string().contains("Nothing was saved"));
    }

    fn marked(lang: &str) -> Content {
        Content {
            blocks: vec![Block::Paragraph {
                numbered: true,
                content: vec![Inline::Text {
                    text: "Menschenwürde".into(),
                    marks: vec![Mark::Language { lang: lang.into() }],
                }],
            }],
        }
    }

    #[test]
    fn a_passage_language_must_be_a_normalised_language_tag() {
        assert!(check(&marked("de")).is_ok());
        assert!(check(&marked("zh-Hans-CN")).is_ok());
        let e = check(&marked("deutsch")).unwrap_err();
        assert!(
            e.to_string()
                .contains("“deutsch”, which is not a language tag"),
            "{e}"
        );
        let saved: Error = e.into();
        assert!(saved.to_string().contains("Nothing was saved"), "{saved}");
        let e = check(&marked("de-de")).unwrap_err();
        assert!(e.to_string().contains("write it as “de-DE”"), "{e}");
        assert_eq!(passage_language(" DE-de ").unwrap(), "de-DE");
        let e = passage_language("Deutsch").unwrap_err();
        assert_eq!(e.kind(), "invalid");
        assert!(e.to_string().contains("“Deutsch”, which is not"), "{e}");
        let e = check(&marked(&"x".repeat(10_000))).unwrap_err();
        assert!(e.to_string().contains("at most 35 characters"), "{e}");
        assert!(e.to_string().chars().count() < 300, "the tag is cut: {e}");
    }

    #[test]
    fn text_is_counted_across_sections_of_one_import() {
        let mut b = Budget::new();
        b.text(MAX_TEXT_BYTES / 2).unwrap();
        b.section();
        b.text(MAX_TEXT_BYTES / 2).unwrap();
        b.section();
        let e = b.text(1).unwrap_err();
        assert!(e.into_import().to_string().contains("Nothing was imported"));
    }

    #[test]
    fn wide_tables_bad_headings_and_long_links_are_refused() {
        assert!(table(MAX_TABLE_COLUMNS + 1, 10).is_err());
        assert!(table(3, MAX_TABLE_CELLS + 1).is_err());
        let heading = Content {
            blocks: vec![Block::Heading {
                level: 200,
                content: vec![],
            }],
        };
        assert!(check(&heading).is_err());
        let link = Content {
            blocks: vec![Block::Paragraph {
                numbered: true,
                content: vec![Inline::Text {
                    text: "x".into(),
                    marks: vec![Mark::Link {
                        href: format!("https://{}", "a".repeat(MAX_ATTRIBUTE_BYTES)),
                    }],
                }],
            }],
        };
        assert!(check(&link).is_err());
    }

    #[test]
    fn a_tree_stored_too_deep_is_opened_out_without_losing_text() {
        let mut c = nested_lists(200);
        c.blocks.push(Block::Paragraph {
            numbered: true,
            content: vec![Inline::Footnote {
                content: vec![
                    Inline::text("a "),
                    Inline::Footnote {
                        content: vec![Inline::text("b")],
                    },
                ],
            }],
        });
        let before = c.text_parts();
        fit_depth(&mut c);
        check(&c).unwrap();
        let after = c.text_parts();
        assert_eq!(after.body, before.body);
        assert_eq!(after.footnotes.concat(), "a b");
        let mut ok = nested_lists(MAX_DEPTH);
        let same = ok.clone();
        fit_depth(&mut ok);
        assert_eq!(ok, same, "a tree within the limit is left as it is");
    }

    #[test]
    fn footnotes_and_nodes_are_counted() {
        let many = Content {
            blocks: vec![Block::Paragraph {
                numbered: true,
                content: (0..=MAX_FOOTNOTES)
                    .map(|_| Inline::Footnote { content: vec![] })
                    .collect(),
            }],
        };
        assert!(check(&many).unwrap_err().to_string().contains("footnotes"));
    }
}

//! CommonMark (with footnotes and tables) to a submission's sections.
//!
//! Staff often draft outside the app (in a text editor, or exported from a wiki) and bring the
//! text in with `cityrights submission import`. This module turns such a file into the core's
//! content tree ([`crate::document`]) so that word counts, numbering and export work on it at
//! once. The mapping follows how UN submissions are written:
//!
//! - **Sections.** Each level-2 heading (`## `) starts a section titled with the heading's text.
//!   A single level-1 heading (`# `) that is the first block of the file is the submission's
//!   title. Any other level-1 heading (there are several, or it comes after some text) starts a
//!   section like a level-2 heading, so that a file that uses `#` for its sections loses nothing.
//!   Text before the first section heading goes into a first section titled "Introduction",
//!   which exists only if it has content; a `##` heading followed by nothing still gives an
//!   (empty) section, because a template's sections are often imported before they are written.
//!   A heading with no text gives a section titled "Untitled section".
//! - **Numbered paragraphs.** UN submissions are cited by paragraph number ("JS2, para. 43"), so
//!   every plain paragraph of a section is numbered, and so is each item of a top-level ordered
//!   list: the author's "1. 2. 3." are the paragraph numbers they meant. An item of such a list
//!   gives exactly one numbered paragraph, so the numbers stay as the author wrote them: the
//!   item's paragraphs up to its first other block (a nested list, quote, table...) are joined
//!   into that paragraph with a line break ([`Inline::HardBreak`]) between them; the nested
//!   blocks follow it, and paragraphs of the item that come after a nested block become
//!   unnumbered paragraphs (continuations of the item, not new points).
//! - **Other blocks.** Level-3 to level-6 headings become [`Block::Heading`] with level `n - 2`.
//!   Bullet lists become [`Block::BulletList`]; ordered lists nested inside bullet lists, quotes
//!   or ordered items become [`Block::OrderedList`]; inside lists and quotes paragraphs are not
//!   numbered. Tables keep their header row (`header: true`). Code blocks and HTML blocks keep
//!   their text, line by line, as an unnumbered paragraph of plain text: raw HTML is never kept
//!   as markup, so nothing in an imported file can run or load anything. Thematic breaks are
//!   dropped: the export draws its own layout.
//! - **Inline.** Emphasis is italic, strong is bold (both nested: both marks, in the order bold,
//!   italic, link). Links keep their target only if [`is_allowed_link`] accepts it (http, https,
//!   mailto; e-mail autolinks get `mailto:`); otherwise their text stays without the link. Inline
//!   code and inline HTML are plain text, images are their alt text, soft line breaks are spaces
//!   and hard line breaks stay line breaks.
//! - **Footnotes.** A call `[^label]` becomes an [`Inline::Footnote`] at that point, holding the
//!   text of the definition `[^label]: ...` (which may be anywhere in the file; labels match
//!   without regard to case, as in CommonMark). A definition of several paragraphs (or with a
//!   list, a table or code) becomes one run of text, its parts joined with a space, because a
//!   footnote in the tree is inline text. A footnote called twice appears with its full text at
//!   both places (the tree has no shared footnotes; each call is numbered in order). A
//!   definition that is never called is dropped without complaint: it is usually a leftover of
//!   an edit and has nowhere to go. If a label is defined twice, the first definition wins, as
//!   for CommonMark link references. A call inside a footnote's own text is kept as the literal
//!   text `[^label]`, because the editor does not allow footnotes within footnotes.
//!
//! What makes a file unimportable (an [`Error::Import`], and nothing is created): it is larger
//! than [`MAX_FILE_BYTES`], not UTF-8 (the message gives the byte offset), contains a NUL byte,
//! has no text, calls a footnote it never defines (the message names the label and the line),
//! calls a footnote in a section or submission title (titles are plain text, and silently
//! dropping a footnote would lose what the author wrote), nests blocks or emphasis more than
//! [`MAX_NESTING`] levels deep, or calls its footnotes so often that their copies would exceed
//! [`MAX_FOOTNOTE_COPIES_BYTES`], or has a table wider or larger than the content gate allows
//! (counted as the parser gives the cells, before short rows are padded). What it builds then
//! passes the content gate ([`crate::document::limits`]) like every other way in. CommonMark itself accepts any text, so there is no other
//! "syntax error". A byte order mark at the start is skipped, and Windows (CRLF) and old Mac
//! (CR) line endings are read like Unix ones.

use std::cell::Cell;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag};

use crate::document::limits;
use crate::document::{
    citation_text, is_allowed_link, Block, Content, Inline, ListItem, Mark, TableCell, TableRow,
};
use crate::{Error, Result};

pub use crate::document::{ImportedSection, ImportedSubmission};

/// The largest file accepted. A UPR submission is a few thousand words (tens of kilobytes); a
/// file a hundred times larger than any submission is almost surely the wrong file, and the
/// limit keeps a mistaken pick from freezing the app.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// The deepest nesting of blocks (quotes, lists) and inline spans (emphasis, links) accepted.
/// Real documents stay below ten; the limit keeps the recursive conversion (and the content
/// tree, which every reader walks recursively) far from exhausting the stack.
pub const MAX_NESTING: usize = 64;

/// The most footnote text that calls may copy in all. Each call holds a full copy of its
/// footnote's text (the tree has no shared footnotes), so a long footnote called many times
/// would multiply the file's size; real submissions stay far below this, while a file built to
/// exhaust memory (a megabyte of footnote called a million times) is refused.
pub const MAX_FOOTNOTE_COPIES_BYTES: usize = limits::MAX_TEXT_BYTES;

/// The title of the section that receives the text before the first section heading.
const INTRODUCTION: &str = "Introduction";

/// The title of a section whose heading has no text.
const UNTITLED: &str = "Untitled section";

/// Parses raw bytes (rejecting non-UTF-8) as CommonMark with footnotes.
///
/// The bytes are checked before anything else so that the error can give the byte offset in
/// the file as the user's editor counts it (a leading byte order mark included).
pub fn parse_bytes(bytes: &[u8]) -> Result<ImportedSubmission> {
    check_size(bytes.len())?;
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::import("error.md_utf16", vec![]));
    }
    let src = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        Error::import(
            "error.md_not_utf8",
            vec![("offset", at.into()), ("line", line_at(bytes, at).into())],
        )
    })?;
    parse_str(src)
}

/// Parses text as CommonMark with footnotes and tables (see the module documentation for how
/// each construct maps onto the content tree).
pub fn parse_str(src: &str) -> Result<ImportedSubmission> {
    check_size(src.len())?;
    if let Some(at) = src.bytes().position(|b| b == 0) {
        return Err(Error::import(
            "error.md_nul",
            vec![
                ("offset", at.into()),
                ("line", line_at(src.as_bytes(), at).into()),
            ],
        ));
    }
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    if src.trim().is_empty() {
        return Err(Error::import("error.md_empty", vec![]));
    }
    // Normalised so that code blocks, HTML blocks and line counts see one kind of line end; the
    // number of lines does not change, so line numbers in errors are those of the file.
    let text = if src.contains('\r') {
        src.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        src.to_string()
    };

    let root = build_tree(&text)?;
    let converter = Converter::new(&text, &root)?;
    let (title, sections) = converter.sections(&root)?;
    if title.is_none() && sections.is_empty() {
        return Err(Error::import("error.md_nothing", vec![]));
    }
    Ok(ImportedSubmission { title, sections })
}

fn check_size(len: usize) -> Result<()> {
    if len > MAX_FILE_BYTES {
        return Err(Error::import(
            "error.md_too_large",
            vec![
                (
                    "size",
                    format!("{:.1}", len as f64 / (1024.0 * 1024.0)).into(),
                ),
                ("max", (MAX_FILE_BYTES / (1024 * 1024)).into()),
            ],
        ));
    }
    Ok(())
}

/// The 1-based line of a byte offset, counting LF, CRLF and a lone CR each as one line end (as
/// CommonMark and text editors do).
fn line_at(bytes: &[u8], offset: usize) -> usize {
    let before = &bytes[..offset.min(bytes.len())];
    let mut line = 1;
    for (i, &b) in before.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && before.get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
    }
    line
}

/// The message for a call of a footnote that has no definition.
fn undefined_footnote(label: &str, line: usize) -> Error {
    Error::import(
        "error.md_undefined_footnote",
        vec![("label", label.into()), ("line", line.into())],
    )
}

/// How labels are compared: case-insensitively and with runs of whitespace as one space, as
/// pulldown-cmark does (upper- then lower-casing approximates Unicode case folding, so that
/// "ß" and "SS" match as they do in the parser).
fn label_key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
        .to_lowercase()
}

/// The parser's events as a tree. Working on a tree (rather than on the event stream with a
/// state machine) lets each construct be converted by looking at its whole content, e.g. an
/// ordered list item's paragraphs before its nested list.
enum Node<'a> {
    Element {
        tag: Tag<'a>,
        start: usize,
        children: Vec<Node<'a>>,
    },
    Leaf {
        event: Event<'a>,
        range: Range<usize>,
    },
}

fn build_tree(text: &str) -> Result<Vec<Node<'_>>> {
    let options = Options::ENABLE_FOOTNOTES | Options::ENABLE_TABLES;
    let mut root: Vec<Node> = Vec::new();
    let mut stack: Vec<(Tag, usize, Vec<Node>)> = Vec::new();

    fn attach<'a>(
        node: Node<'a>,
        stack: &mut [(Tag<'a>, usize, Vec<Node<'a>>)],
        root: &mut Vec<Node<'a>>,
    ) {
        match stack.last_mut() {
            Some((_, _, children)) => children.push(node),
            None => root.push(node),
        }
    }

    // Cells of the table being read, counted as the parser gives them (before anything is
    // built from them: a short header row with thousands of columns is padded into every row).
    let mut table_cells = 0usize;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                let checked = match &tag {
                    Tag::Table(alignments) => {
                        table_cells = 0;
                        limits::table(alignments.len(), 0)
                    }
                    Tag::TableCell => {
                        table_cells += 1;
                        limits::table(0, table_cells)
                    }
                    _ => Ok(()),
                };
                if let Err(e) = checked {
                    return Err(Error::import(
                        "error.md_table_limit",
                        vec![
                            ("what", e.0.into()),
                            ("line", line_at(text.as_bytes(), range.start).into()),
                        ],
                    ));
                }
                if stack.len() >= MAX_NESTING {
                    return Err(Error::import(
                        "error.md_nesting",
                        vec![
                            ("max", MAX_NESTING.into()),
                            ("line", line_at(text.as_bytes(), range.start).into()),
                        ],
                    ));
                }
                stack.push((tag, range.start, Vec::new()));
            }
            Event::End(_) => {
                if let Some((tag, start, children)) = stack.pop() {
                    attach(
                        Node::Element {
                            tag,
                            start,
                            children,
                        },
                        &mut stack,
                        &mut root,
                    );
                }
            }
            event => attach(Node::Leaf { event, range }, &mut stack, &mut root),
        }
    }
    // The parser always closes what it opens; should it not, keep what was read.
    while let Some((tag, start, children)) = stack.pop() {
        attach(
            Node::Element {
                tag,
                start,
                children,
            },
            &mut stack,
            &mut root,
        );
    }
    Ok(root)
}

/// Whether a node is inline content (text and spans) rather than a block. Tight list items hold
/// inline content directly, without a paragraph around it.
fn is_inline(node: &Node) -> bool {
    match node {
        Node::Leaf { event, .. } => matches!(
            event,
            Event::Text(_)
                | Event::Code(_)
                | Event::InlineHtml(_)
                | Event::InlineMath(_)
                | Event::FootnoteReference(_)
                | Event::SoftBreak
                | Event::HardBreak
                | Event::TaskListMarker(_)
        ),
        Node::Element { tag, .. } => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
    }
}

/// The end of the run of inline nodes that starts at `from`.
fn inline_run_end(nodes: &[Node], from: usize) -> usize {
    nodes[from..]
        .iter()
        .position(|n| !is_inline(n))
        .map_or(nodes.len(), |n| from + n)
}

/// The level-1 or level-2 heading at this node, if it is one (such headings start sections).
fn section_heading<'n, 'a>(node: &'n Node<'a>) -> Option<(HeadingLevel, usize, &'n [Node<'a>])> {
    match node {
        Node::Element {
            tag: Tag::Heading { level, .. },
            start,
            children,
        } if matches!(level, HeadingLevel::H1 | HeadingLevel::H2) => {
            Some((*level, *start, children))
        }
        _ => None,
    }
}

/// Whether a top-level node carries nothing that could be the first block of the text (so a
/// title may still come after it).
fn is_ignorable(node: &Node) -> bool {
    matches!(
        node,
        Node::Element {
            tag: Tag::FootnoteDefinition(_),
            ..
        } | Node::Leaf {
            event: Event::Rule,
            ..
        }
    )
}

/// Where blocks are converted: directly in a section (paragraphs numbered, ordered lists become
/// numbered paragraphs) or inside a list or quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    Section,
    Nested,
}

/// Where inline content is converted: a footnote call in the body becomes a footnote, one
/// inside a footnote's own text stays literal text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Body,
    Footnote,
}

/// The marks in force on a run of text.
#[derive(Debug, Clone, Default)]
struct Marks {
    bold: bool,
    italic: bool,
    link: Option<String>,
}

impl Marks {
    fn to_vec(&self) -> Vec<Mark> {
        let mut marks = Vec::new();
        if self.bold {
            marks.push(Mark::Bold);
        }
        if self.italic {
            marks.push(Mark::Italic);
        }
        if let Some(href) = &self.link {
            marks.push(Mark::Link { href: href.clone() });
        }
        marks
    }
}

/// Appends an inline, merging it into the previous text run when both carry the same marks, so
/// that the tree does not depend on how the parser happened to split the text. (The Word import
/// uses it too.)
pub(crate) fn push_inline(out: &mut Vec<Inline>, inline: Inline) {
    if let Inline::Text { text, marks } = &inline {
        if text.is_empty() {
            return;
        }
        if let Some(Inline::Text {
            text: prev,
            marks: prev_marks,
        }) = out.last_mut()
        {
            if prev_marks == marks {
                prev.push_str(text);
                return;
            }
        }
    }
    out.push(inline);
}

fn push_text(out: &mut Vec<Inline>, text: &str, marks: &Marks) {
    push_inline(
        out,
        Inline::Text {
            text: text.to_string(),
            marks: marks.to_vec(),
        },
    );
}

/// The bytes of text in inlines, footnotes included.
fn text_size(inlines: &[Inline]) -> usize {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text { text, .. } => text.len(),
            Inline::Footnote { content } => text_size(content),
            Inline::Citation { symbol, paragraph } => {
                symbol.len() + paragraph.as_ref().map_or(0, String::len)
            }
            Inline::HardBreak => 1,
        })
        .sum()
}

/// The text of a code or HTML block, without its last line end.
fn literal_text(children: &[Node]) -> String {
    let mut text = String::new();
    for child in children {
        if let Node::Leaf {
            event: Event::Text(t) | Event::Html(t),
            ..
        } = child
        {
            text.push_str(t);
        }
    }
    text.trim_end_matches('\n')
        .trim_start_matches('\n')
        .to_string()
}

/// Turns the tree into blocks, holding the footnote definitions read beforehand.
struct Converter<'t> {
    text: &'t str,
    /// The keys of every defined label, to tell an undefined call that the parser left as text.
    defined: HashSet<String>,
    /// Each label's footnote text, by [`label_key`], with its size in bytes of text.
    footnotes: HashMap<String, (Vec<Inline>, usize)>,
    /// Bytes of footnote text copied so far into calls (see [`MAX_FOOTNOTE_COPIES_BYTES`]).
    copied: Cell<usize>,
}

impl<'t> Converter<'t> {
    /// Reads every footnote definition (at any depth) before the body, because a call may come
    /// before its definition.
    fn new(text: &'t str, root: &[Node]) -> Result<Self> {
        fn collect<'n, 'a>(nodes: &'n [Node<'a>], out: &mut Vec<(&'n str, &'n [Node<'a>])>) {
            for node in nodes {
                if let Node::Element { tag, children, .. } = node {
                    if let Tag::FootnoteDefinition(label) = tag {
                        out.push((label, children));
                    }
                    collect(children, out);
                }
            }
        }
        let mut definitions = Vec::new();
        collect(root, &mut definitions);

        let mut converter = Converter {
            text,
            defined: definitions
                .iter()
                .map(|(label, _)| label_key(label))
                .collect(),
            footnotes: HashMap::new(),
            copied: Cell::new(0),
        };
        let mut footnotes = HashMap::new();
        for (label, children) in definitions {
            if let Entry::Vacant(entry) = footnotes.entry(label_key(label)) {
                let content = converter.footnote_text(children)?;
                let size = text_size(&content);
                entry.insert((content, size));
            }
        }
        converter.footnotes = footnotes;
        Ok(converter)
    }

    /// Splits the top level into the title and the sections.
    fn sections(&self, root: &[Node]) -> Result<(Option<String>, Vec<ImportedSection>)> {
        let h1_count = root
            .iter()
            .filter(|n| matches!(section_heading(n), Some((HeadingLevel::H1, ..))))
            .count();
        let title_ix = root.iter().position(|n| !is_ignorable(n)).filter(|&ix| {
            h1_count == 1 && matches!(section_heading(&root[ix]), Some((HeadingLevel::H1, ..)))
        });

        let mut title = None;
        let mut sections = Vec::new();
        let mut current = ImportedSection {
            title: INTRODUCTION.to_string(),
            content: Content::default(),
        };
        let mut current_is_intro = true;
        for (ix, node) in root.iter().enumerate() {
            match section_heading(node) {
                Some((_, start, children)) if Some(ix) == title_ix => {
                    let text = self.plain_title(children, start)?;
                    title = (!text.is_empty()).then_some(text);
                }
                Some((_, start, children)) => {
                    let text = self.plain_title(children, start)?;
                    let next = ImportedSection {
                        title: if text.is_empty() {
                            UNTITLED.to_string()
                        } else {
                            text
                        },
                        content: Content::default(),
                    };
                    let done = std::mem::replace(&mut current, next);
                    if !current_is_intro || !done.content.is_empty() {
                        sections.push(done);
                    }
                    current_is_intro = false;
                }
                None => self.block(node, Context::Section, &mut current.content.blocks)?,
            }
        }
        if !current_is_intro || !current.content.is_empty() {
            sections.push(current);
        }
        Ok((title, sections))
    }

    /// The plain text of a title heading. Marks are dropped (titles are plain strings); a
    /// footnote call is refused rather than lost.
    fn plain_title(&self, children: &[Node], start: usize) -> Result<String> {
        let mut text = String::new();
        for inline in self.inlines(children, Place::Body)? {
            match inline {
                Inline::Text { text: t, .. } => text.push_str(&t),
                Inline::HardBreak => text.push(' '),
                Inline::Citation { symbol, paragraph } => {
                    text.push_str(&citation_text(&symbol, paragraph.as_deref()))
                }
                Inline::Footnote { .. } => {
                    return Err(Error::import(
                        "error.md_footnote_in_heading",
                        vec![("line", line_at(self.text.as_bytes(), start).into())],
                    ))
                }
            }
        }
        Ok(text.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// Converts a sequence of nodes, turning each run of inline nodes (the text of a tight list
    /// item) into a paragraph.
    fn blocks(&self, nodes: &[Node], context: Context, out: &mut Vec<Block>) -> Result<()> {
        let mut i = 0;
        while i < nodes.len() {
            if is_inline(&nodes[i]) {
                let end = inline_run_end(nodes, i);
                self.paragraph(&nodes[i..end], context == Context::Section, out)?;
                i = end;
            } else {
                self.block(&nodes[i], context, out)?;
                i += 1;
            }
        }
        Ok(())
    }

    fn paragraph(&self, inline_nodes: &[Node], numbered: bool, out: &mut Vec<Block>) -> Result<()> {
        let content = self.inlines(inline_nodes, Place::Body)?;
        if !content.is_empty() {
            out.push(Block::Paragraph { numbered, content });
        }
        Ok(())
    }

    fn block(&self, node: &Node, context: Context, out: &mut Vec<Block>) -> Result<()> {
        let (tag, children) = match node {
            Node::Element { tag, children, .. } => (tag, children),
            // Thematic breaks (and any stray leaf) carry no text to keep.
            Node::Leaf { .. } if is_inline(node) => {
                return self.paragraph(std::slice::from_ref(node), context == Context::Section, out)
            }
            Node::Leaf { .. } => return Ok(()),
        };
        match tag {
            Tag::Paragraph => self.paragraph(children, context == Context::Section, out)?,
            Tag::Heading { level, .. } => {
                let content = self.inlines(children, Place::Body)?;
                if !content.is_empty() {
                    // `###` is the first level inside a section (whose title is the `##`).
                    let level = (*level as u8).saturating_sub(2).max(1);
                    out.push(Block::Heading { level, content });
                }
            }
            Tag::BlockQuote(_) => {
                let mut blocks = Vec::new();
                self.blocks(children, Context::Nested, &mut blocks)?;
                if !blocks.is_empty() {
                    out.push(Block::Quote { blocks });
                }
            }
            Tag::CodeBlock(_) | Tag::HtmlBlock => {
                let text = literal_text(children);
                if !text.trim().is_empty() {
                    let mut content = Vec::new();
                    for (i, line) in text.split('\n').enumerate() {
                        if i > 0 {
                            content.push(Inline::HardBreak);
                        }
                        push_inline(&mut content, Inline::text(line));
                    }
                    out.push(Block::Paragraph {
                        numbered: false,
                        content,
                    });
                }
            }
            Tag::List(Some(_)) if context == Context::Section => {
                for item in children {
                    if let Node::Element {
                        tag: Tag::Item,
                        children,
                        ..
                    } = item
                    {
                        self.numbered_item(children, out)?;
                    }
                }
            }
            Tag::List(first_number) => {
                let mut items = Vec::new();
                for item in children {
                    if let Node::Element {
                        tag: Tag::Item,
                        children,
                        ..
                    } = item
                    {
                        let mut blocks = Vec::new();
                        self.blocks(children, Context::Nested, &mut blocks)?;
                        if !blocks.is_empty() {
                            items.push(ListItem { blocks });
                        }
                    }
                }
                if !items.is_empty() {
                    out.push(match first_number {
                        Some(_) => Block::OrderedList { items },
                        None => Block::BulletList { items },
                    });
                }
            }
            Tag::Table(_) => {
                let mut rows = Vec::new();
                for row in children {
                    if let Node::Element {
                        tag: tag @ (Tag::TableHead | Tag::TableRow),
                        children,
                        ..
                    } = row
                    {
                        let header = matches!(tag, Tag::TableHead);
                        let mut cells = Vec::new();
                        for cell in children {
                            if let Node::Element {
                                tag: Tag::TableCell,
                                children,
                                ..
                            } = cell
                            {
                                cells.push(TableCell {
                                    header,
                                    content: self.inlines(children, Place::Body)?,
                                });
                            }
                        }
                        rows.push(TableRow { cells });
                    }
                }
                out.push(Block::Table { rows });
            }
            // Read beforehand by `Converter::new`; in the body they leave nothing.
            Tag::FootnoteDefinition(_) => {}
            // Anything else (not produced with the options used): keep its content.
            _ => self.blocks(children, context, out)?,
        }
        Ok(())
    }

    /// One item of a top-level ordered list: one numbered paragraph, then its nested blocks
    /// (see the module documentation for why).
    fn numbered_item(&self, nodes: &[Node], out: &mut Vec<Block>) -> Result<()> {
        let mut lead: Vec<Inline> = Vec::new();
        let mut lead_done = false;
        let mut i = 0;
        while i < nodes.len() {
            let (content, next) = if is_inline(&nodes[i]) {
                let end = inline_run_end(nodes, i);
                (Some(self.inlines(&nodes[i..end], Place::Body)?), end)
            } else if let Node::Element {
                tag: Tag::Paragraph,
                children,
                ..
            } = &nodes[i]
            {
                (Some(self.inlines(children, Place::Body)?), i + 1)
            } else {
                (None, i + 1)
            };
            match content {
                Some(content) if content.is_empty() => {}
                Some(content) if !lead_done => {
                    if !lead.is_empty() {
                        lead.push(Inline::HardBreak);
                    }
                    for inline in content {
                        push_inline(&mut lead, inline);
                    }
                }
                Some(content) => out.push(Block::Paragraph {
                    numbered: false,
                    content,
                }),
                None if is_ignorable(&nodes[i]) => {}
                None => {
                    if !lead_done {
                        lead_done = true;
                        if !lead.is_empty() {
                            out.push(Block::Paragraph {
                                numbered: true,
                                content: std::mem::take(&mut lead),
                            });
                        }
                    }
                    self.block(&nodes[i], Context::Nested, out)?;
                }
            }
            i = next;
        }
        if !lead_done && !lead.is_empty() {
            out.push(Block::Paragraph {
                numbered: true,
                content: lead,
            });
        }
        Ok(())
    }

    /// The text of a footnote definition as one run of inlines: its paragraphs (and any list
    /// items, cells or code lines) joined with a space.
    fn footnote_text(&self, nodes: &[Node]) -> Result<Vec<Inline>> {
        fn join(out: &mut Vec<Inline>, part: Vec<Inline>) {
            if part.is_empty() {
                return;
            }
            if !out.is_empty() {
                push_inline(out, Inline::text(" "));
            }
            for inline in part {
                push_inline(out, inline);
            }
        }
        fn walk(converter: &Converter, nodes: &[Node], out: &mut Vec<Inline>) -> Result<()> {
            let mut i = 0;
            while i < nodes.len() {
                if is_inline(&nodes[i]) {
                    let end = inline_run_end(nodes, i);
                    join(out, converter.inlines(&nodes[i..end], Place::Footnote)?);
                    i = end;
                    continue;
                }
                match &nodes[i] {
                    Node::Element {
                        tag: Tag::CodeBlock(_) | Tag::HtmlBlock,
                        children,
                        ..
                    } => {
                        let text = literal_text(children);
                        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
                        join(
                            out,
                            if words.is_empty() {
                                Vec::new()
                            } else {
                                vec![Inline::text(words)]
                            },
                        );
                    }
                    // A definition nested in another is read on its own.
                    Node::Element {
                        tag: Tag::FootnoteDefinition(_),
                        ..
                    } => {}
                    Node::Element { children, .. } => walk(converter, children, out)?,
                    Node::Leaf { .. } => {}
                }
                i += 1;
            }
            Ok(())
        }
        let mut out = Vec::new();
        walk(self, nodes, &mut out)?;
        Ok(out)
    }

    fn inlines(&self, nodes: &[Node], place: Place) -> Result<Vec<Inline>> {
        let mut out = Vec::new();
        self.push_inlines(nodes, &Marks::default(), place, &mut out)?;
        Ok(out)
    }

    fn push_inlines(
        &self,
        nodes: &[Node],
        marks: &Marks,
        place: Place,
        out: &mut Vec<Inline>,
    ) -> Result<()> {
        for node in nodes {
            match node {
                Node::Leaf { event, range } => match event {
                    Event::Text(text) => {
                        self.check_undefined_calls(range)?;
                        push_text(out, text, marks);
                    }
                    // Code and raw HTML are kept as the characters the author typed.
                    Event::Code(text)
                    | Event::InlineHtml(text)
                    | Event::Html(text)
                    | Event::InlineMath(text)
                    | Event::DisplayMath(text) => push_text(out, text, marks),
                    Event::SoftBreak => push_text(out, " ", marks),
                    Event::HardBreak => out.push(Inline::HardBreak),
                    Event::FootnoteReference(label) => match place {
                        Place::Body => {
                            let (content, size) =
                                self.footnotes.get(&label_key(label)).ok_or_else(|| {
                                    undefined_footnote(
                                        label,
                                        line_at(self.text.as_bytes(), range.start),
                                    )
                                })?;
                            let copied = self.copied.get().saturating_add(*size);
                            if copied > MAX_FOOTNOTE_COPIES_BYTES {
                                return Err(Error::import(
                                    "error.md_footnote_copies",
                                    vec![
                                        ("max", (MAX_FOOTNOTE_COPIES_BYTES / (1024 * 1024)).into()),
                                        ("line", line_at(self.text.as_bytes(), range.start).into()),
                                    ],
                                ));
                            }
                            self.copied.set(copied);
                            out.push(Inline::Footnote {
                                content: content.clone(),
                            });
                        }
                        Place::Footnote => push_text(out, &format!("[^{label}]"), marks),
                    },
                    Event::TaskListMarker(done) => {
                        push_text(out, if *done { "[x] " } else { "[ ] " }, marks)
                    }
                    Event::Start(_) | Event::End(_) | Event::Rule => {}
                },
                Node::Element { tag, children, .. } => {
                    let mut inner = marks.clone();
                    match tag {
                        Tag::Emphasis => inner.italic = true,
                        Tag::Strong => inner.bold = true,
                        Tag::Link {
                            link_type,
                            dest_url,
                            ..
                        } => {
                            let href = match link_type {
                                LinkType::Email => format!("mailto:{dest_url}"),
                                _ => dest_url.trim().to_string(),
                            };
                            // A refused target leaves the text as it is, unlinked.
                            if is_allowed_link(&href) {
                                inner.link = Some(href);
                            }
                        }
                        // Images contribute their alt text; other spans their text.
                        _ => {}
                    }
                    self.push_inlines(children, &inner, place, out)?;
                }
            }
        }
        Ok(())
    }

    /// Finds calls of undefined footnotes. With GitHub-style footnotes, pulldown-cmark leaves
    /// `[^label]` without a definition as ordinary text; importing it as such would hide a
    /// missing citation, so each unescaped `[` of a text run is checked against the source.
    fn check_undefined_calls(&self, range: &Range<usize>) -> Result<()> {
        let Some(slice) = self.text.get(range.clone()) else {
            return Ok(());
        };
        for (i, _) in slice.match_indices('[') {
            let at = range.start + i;
            if let Some(label) = footnote_call_at(self.text, at) {
                if !self.defined.contains(&label_key(label)) {
                    return Err(undefined_footnote(label, line_at(self.text.as_bytes(), at)));
                }
            }
        }
        Ok(())
    }
}

/// The label of a footnote call `[^label]` starting at byte `at`, if there is one that is not
/// escaped with a backslash. Labels end on the line they start on and are at most 999
/// characters long, as in pulldown-cmark.
fn footnote_call_at(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?.strip_prefix("[^")?;
    let (end, close) = rest
        .char_indices()
        .take(1000)
        .find(|&(_, c)| matches!(c, ']' | '[' | '\n'))?;
    let label = &rest[..end];
    if close != ']' || label.trim().is_empty() {
        return None;
    }
    let backslashes = text[..at].bytes().rev().take_while(|&b| b == b'\\').count();
    (backslashes % 2 == 0).then_some(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> ImportedSubmission {
        match parse_str(src) {
            Ok(s) => s,
            Err(e) => panic!("import failed: {e}"),
        }
    }

    fn error(src: &[u8]) -> String {
        match parse_bytes(src) {
            Ok(s) => panic!("expected an error, got {s:?}"),
            Err(e) => {
                assert_eq!(e.kind(), "import");
                e.to_string()
            }
        }
    }

    /// The blocks of the only section of `src`.
    fn blocks(src: &str) -> Vec<Block> {
        let s = parse(src);
        assert_eq!(s.sections.len(), 1, "{s:?}");
        s.sections[0].content.blocks.clone()
    }

    fn t(s: &str) -> Inline {
        Inline::text(s)
    }

    fn marked(s: &str, marks: Vec<Mark>) -> Inline {
        Inline::Text {
            text: s.into(),
            marks,
        }
    }

    fn link(href: &str) -> Mark {
        Mark::Link { href: href.into() }
    }

    fn para(numbered: bool, content: Vec<Inline>) -> Block {
        Block::Paragraph { numbered, content }
    }

    fn unnumbered(s: &str) -> Block {
        para(false, vec![t(s)])
    }

    fn item(blocks: Vec<Block>) -> ListItem {
        ListItem { blocks }
    }

    fn cell(header: bool, content: Vec<Inline>) -> TableCell {
        TableCell { header, content }
    }

    fn footnote(s: &str) -> Inline {
        Inline::Footnote {
            content: vec![t(s)],
        }
    }

    const UPR: &str = r#"# Joint submission of the City of Ljubljana to the UPR of Slovenia

This submission was prepared by the city's human rights office.

## Housing

The city built **1,250** social homes since the last review.[^1]

1. The city *welcomes* recommendation 140.7.
2. It asks the State to fund ***municipal*** housing; see [the report](https://www.ohchr.org/en/hr-bodies/upr).

- Roma settlements: water connected in 2023;
- Shelters: [click](javascript:alert(1)) for capacity.

> Everyone has the right to an adequate standard of living.[^2]

### Data

| Year | Homes |
|------|------:|
| 2022 | 600 |
| 2023 | **650** |

## Education

Pupils <img src=x onerror=alert(1)> in 40 schools.
Second line of the same paragraph.

## Recommendations

1. Adopt a national housing strategy.[^1]

[^1]: Municipal housing report 2024, p. 3.
[^2]: Universal Declaration of Human Rights, art. 25.
"#;

    #[test]
    fn realistic_upr_submission_gives_the_exact_tree() {
        let s = parse(UPR);
        assert_eq!(
            s.title.as_deref(),
            Some("Joint submission of the City of Ljubljana to the UPR of Slovenia")
        );
        let titles: Vec<_> = s.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Introduction", "Housing", "Education", "Recommendations"]
        );

        assert_eq!(
            s.sections[0].content.blocks,
            vec![Block::para(
                "This submission was prepared by the city's human rights office."
            )]
        );

        let report = footnote("Municipal housing report 2024, p. 3.");
        let udhr = footnote("Universal Declaration of Human Rights, art. 25.");
        assert_eq!(
            s.sections[1].content.blocks,
            vec![
                para(
                    true,
                    vec![
                        t("The city built "),
                        marked("1,250", vec![Mark::Bold]),
                        t(" social homes since the last review."),
                        report.clone(),
                    ]
                ),
                para(
                    true,
                    vec![
                        t("The city "),
                        marked("welcomes", vec![Mark::Italic]),
                        t(" recommendation 140.7.")
                    ]
                ),
                para(
                    true,
                    vec![
                        t("It asks the State to fund "),
                        marked("municipal", vec![Mark::Bold, Mark::Italic]),
                        t(" housing; see "),
                        marked(
                            "the report",
                            vec![link("https://www.ohchr.org/en/hr-bodies/upr")]
                        ),
                        t("."),
                    ]
                ),
                Block::BulletList {
                    items: vec![
                        item(vec![unnumbered(
                            "Roma settlements: water connected in 2023;"
                        )]),
                        item(vec![unnumbered("Shelters: click for capacity.")]),
                    ]
                },
                Block::Quote {
                    blocks: vec![para(
                        false,
                        vec![
                            t("Everyone has the right to an adequate standard of living."),
                            udhr
                        ]
                    )]
                },
                Block::Heading {
                    level: 1,
                    content: vec![t("Data")]
                },
                Block::Table {
                    rows: vec![
                        TableRow {
                            cells: vec![cell(true, vec![t("Year")]), cell(true, vec![t("Homes")])]
                        },
                        TableRow {
                            cells: vec![cell(false, vec![t("2022")]), cell(false, vec![t("600")])]
                        },
                        TableRow {
                            cells: vec![
                                cell(false, vec![t("2023")]),
                                cell(false, vec![marked("650", vec![Mark::Bold])])
                            ]
                        },
                    ]
                },
            ]
        );
        assert_eq!(
            s.sections[2].content.blocks,
            vec![Block::para(
                "Pupils <img src=x onerror=alert(1)> in 40 schools. Second line of the same paragraph."
            )]
        );
        assert_eq!(
            s.sections[3].content.blocks,
            vec![para(
                true,
                vec![t("Adopt a national housing strategy."), report]
            )]
        );

        let stats: Vec<_> = s.sections.iter().map(|s| s.content.stats()).collect();
        assert_eq!(stats.iter().map(|s| s.paragraphs).sum::<usize>(), 6);
        assert_eq!(stats.iter().map(|s| s.footnotes).sum::<usize>(), 3);
    }

    #[test]
    fn imported_tree_survives_the_stored_json_form() {
        let s = parse(UPR);
        for section in &s.sections {
            let json = serde_json::to_string(&section.content).unwrap();
            assert!(!json.contains("javascript"), "{json}");
            let back: Content = serde_json::from_str(&json).unwrap();
            assert_eq!(back, section.content);
        }
    }

    #[test]
    fn bytes_and_text_give_the_same_result() {
        assert_eq!(parse_bytes(UPR.as_bytes()).unwrap(), parse(UPR));
    }

    #[test]
    fn title_is_only_a_single_level_one_heading_at_the_top() {
        let s = parse("## Housing\n\nText.\n");
        assert_eq!(s.title, None);
        assert_eq!(s.sections[0].title, "Housing");

        // Setext style, after a footnote definition and a thematic break: still the top.
        let s = parse("[^1]: Unused.\n\n---\n\nThe Title\n=========\n\n## A\n\nx\n");
        assert_eq!(s.title.as_deref(), Some("The Title"));

        // Several `#` headings: all are sections, none is lost as a title.
        let s = parse("# One\n\nx\n\n# Two\n\ny\n");
        assert_eq!(s.title, None);
        let titles: Vec<_> = s.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["One", "Two"]);

        // A single `#` heading after some text starts a section.
        let s = parse("Intro text.\n\n# Later\n\ny\n");
        assert_eq!(s.title, None);
        let titles: Vec<_> = s.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Introduction", "Later"]);
    }

    #[test]
    fn title_and_section_titles_are_plain_text() {
        let s =
            parse("# The *City* of `X`\n\n## **Water** and [sanitation](https://example.org)\n");
        assert_eq!(s.title.as_deref(), Some("The City of X"));
        assert_eq!(s.sections[0].title, "Water and sanitation");
    }

    #[test]
    fn title_alone_gives_no_sections() {
        let s = parse("# Only a title\n");
        assert_eq!(s.title.as_deref(), Some("Only a title"));
        assert!(s.sections.is_empty());
    }

    #[test]
    fn introduction_only_when_it_has_content_and_empty_sections_are_kept() {
        let s = parse("# T\n\n## A\n\n## B\n\nText.\n");
        assert_eq!(
            s.sections,
            vec![
                ImportedSection {
                    title: "A".into(),
                    content: Content::default()
                },
                ImportedSection {
                    title: "B".into(),
                    content: Content {
                        blocks: vec![Block::para("Text.")]
                    }
                },
            ]
        );
        // A thematic break alone does not make an introduction.
        let s = parse("---\n\n## A\n\nx\n");
        assert_eq!(s.sections.len(), 1);
        assert_eq!(s.sections[0].title, "A");
    }

    #[test]
    fn heading_without_text_gives_an_untitled_section() {
        let s = parse("##\n\nText.\n");
        assert_eq!(s.sections[0].title, "Untitled section");
    }

    #[test]
    fn lower_headings_shift_by_two_levels() {
        assert_eq!(
            blocks("## S\n\n### Three\n\n#### Four\n\n###### Six\n"),
            vec![
                Block::Heading {
                    level: 1,
                    content: vec![t("Three")]
                },
                Block::Heading {
                    level: 2,
                    content: vec![t("Four")]
                },
                Block::Heading {
                    level: 4,
                    content: vec![t("Six")]
                },
            ]
        );
    }

    #[test]
    fn ordered_list_items_become_one_numbered_paragraph_each() {
        let src = "## S\n\n\
                   3. First point\n   continues.\n\n   Its second paragraph.\n\
                   4. Second point.\n   - a detail\n\n   After the detail.\n";
        assert_eq!(
            blocks(src),
            vec![
                para(
                    true,
                    vec![
                        t("First point continues."),
                        Inline::HardBreak,
                        t("Its second paragraph.")
                    ]
                ),
                Block::para("Second point."),
                Block::BulletList {
                    items: vec![item(vec![unnumbered("a detail")])]
                },
                unnumbered("After the detail."),
            ]
        );
    }

    #[test]
    fn ordered_item_with_nested_ordered_list_keeps_it_as_a_list() {
        assert_eq!(
            blocks("## S\n\n1. Point:\n   1. first\n   2. second\n"),
            vec![
                Block::para("Point:"),
                Block::OrderedList {
                    items: vec![
                        item(vec![unnumbered("first")]),
                        item(vec![unnumbered("second")])
                    ]
                },
            ]
        );
    }

    #[test]
    fn ordered_lists_inside_bullets_and_quotes_stay_lists() {
        assert_eq!(
            blocks("## S\n\n- a\n  1. x\n  2. y\n\n> 1. q\n"),
            vec![
                Block::BulletList {
                    items: vec![item(vec![
                        unnumbered("a"),
                        Block::OrderedList {
                            items: vec![item(vec![unnumbered("x")]), item(vec![unnumbered("y")])]
                        },
                    ])]
                },
                Block::Quote {
                    blocks: vec![Block::OrderedList {
                        items: vec![item(vec![unnumbered("q")])]
                    }]
                },
            ]
        );
    }

    #[test]
    fn loose_and_tight_bullet_lists_give_the_same_tree() {
        let tight = blocks("## S\n\n- one\n- two\n");
        let loose = blocks("## S\n\n- one\n\n- two\n");
        assert_eq!(tight, loose);
        assert_eq!(
            tight,
            vec![Block::BulletList {
                items: vec![item(vec![unnumbered("one")]), item(vec![unnumbered("two")])]
            }]
        );
    }

    #[test]
    fn empty_list_items_are_dropped() {
        assert_eq!(
            blocks("## S\n\n- \n- kept\n"),
            vec![Block::BulletList {
                items: vec![item(vec![unnumbered("kept")])]
            }]
        );
    }

    #[test]
    fn nested_quotes_and_headings_inside_them() {
        assert_eq!(
            blocks("## S\n\n> ## Not a section\n>\n> > inner\n"),
            vec![Block::Quote {
                blocks: vec![
                    Block::Heading {
                        level: 1,
                        content: vec![t("Not a section")]
                    },
                    Block::Quote {
                        blocks: vec![unnumbered("inner")]
                    },
                ]
            }]
        );
    }

    #[test]
    fn code_and_html_blocks_are_plain_unnumbered_text() {
        let src = "## S\n\n```rust\nfn main() {\n    run();\n}\n```\n\n    indented\n\n\
                   <script>alert(1)</script>\n\n<div>\n<b>bold?</b>\n</div>\n";
        assert_eq!(
            blocks(src),
            vec![
                para(
                    false,
                    vec![
                        t("fn main() {"),
                        Inline::HardBreak,
                        t("    run();"),
                        Inline::HardBreak,
                        t("}")
                    ]
                ),
                unnumbered("indented"),
                unnumbered("<script>alert(1)</script>"),
                para(
                    false,
                    vec![
                        t("<div>"),
                        Inline::HardBreak,
                        t("<b>bold?</b>"),
                        Inline::HardBreak,
                        t("</div>")
                    ]
                ),
            ]
        );
    }

    #[test]
    fn inline_html_and_code_are_literal_text() {
        assert_eq!(
            blocks("## S\n\nA <img src=x onerror=alert(1)> and `<b>code</b>` and <a href=\"javascript:x\">y</a>.\n"),
            vec![Block::para(
                "A <img src=x onerror=alert(1)> and <b>code</b> and <a href=\"javascript:x\">y</a>."
            )]
        );
    }

    #[test]
    fn inline_code_keeps_surrounding_marks() {
        assert_eq!(
            blocks("## S\n\n**see `A/HRC/59/15`**\n"),
            vec![para(
                true,
                vec![marked("see A/HRC/59/15", vec![Mark::Bold])]
            )]
        );
    }

    #[test]
    fn thematic_breaks_are_ignored() {
        assert_eq!(
            blocks("## S\n\nOne.\n\n---\n\n***\n\nTwo.\n"),
            vec![Block::para("One."), Block::para("Two.")]
        );
    }

    #[test]
    fn only_web_and_mail_links_are_kept() {
        let src = "## S\n\n[a](http://example.org) [b](HTTPS://x.org) [c](mailto:office@city.org) \
                   <https://auto.org> <office@city.org> [d](javascript:alert(1)) [e](file:///etc/passwd) \
                   [f](report.pdf) [g][ref]\n\n[ref]: https://ref.org\n";
        assert_eq!(
            blocks(src),
            vec![para(
                true,
                vec![
                    marked("a", vec![link("http://example.org")]),
                    t(" "),
                    marked("b", vec![link("HTTPS://x.org")]),
                    t(" "),
                    marked("c", vec![link("mailto:office@city.org")]),
                    t(" "),
                    marked("https://auto.org", vec![link("https://auto.org")]),
                    t(" "),
                    marked("office@city.org", vec![link("mailto:office@city.org")]),
                    t(" d e f "),
                    marked("g", vec![link("https://ref.org")]),
                ]
            )]
        );
    }

    #[test]
    fn emphasis_nests_into_combined_marks() {
        assert_eq!(
            blocks("## S\n\n*a **b** c* __d__ _e *f*_\n"),
            vec![para(
                true,
                vec![
                    marked("a ", vec![Mark::Italic]),
                    marked("b", vec![Mark::Bold, Mark::Italic]),
                    marked(" c", vec![Mark::Italic]),
                    t(" "),
                    marked("d", vec![Mark::Bold]),
                    t(" "),
                    marked("e f", vec![Mark::Italic]),
                ]
            )]
        );
    }

    #[test]
    fn bold_link_carries_both_marks() {
        assert_eq!(
            blocks("## S\n\n**[x](https://a.org)**\n"),
            vec![para(
                true,
                vec![marked("x", vec![Mark::Bold, link("https://a.org")])]
            )]
        );
    }

    #[test]
    fn images_become_their_alt_text() {
        assert_eq!(
            blocks("## S\n\nMap: ![the *old* town](map.png).\n\n![](empty.png)\n"),
            vec![para(
                true,
                vec![
                    t("Map: the "),
                    marked("old", vec![Mark::Italic]),
                    t(" town.")
                ]
            )]
        );
    }

    #[test]
    fn soft_breaks_are_spaces_and_hard_breaks_stay() {
        assert_eq!(
            blocks("## S\n\none\ntwo  \nthree\\\nfour\n"),
            vec![para(
                true,
                vec![
                    t("one two"),
                    Inline::HardBreak,
                    t("three"),
                    Inline::HardBreak,
                    t("four")
                ]
            )]
        );
    }

    #[test]
    fn footnote_called_twice_appears_at_both_places() {
        assert_eq!(
            blocks("## S\n\nA.[^n] B.[^n]\n\n[^n]: Note.\n"),
            vec![para(
                true,
                vec![t("A."), footnote("Note."), t(" B."), footnote("Note.")]
            )]
        );
    }

    #[test]
    fn unreferenced_definition_is_dropped_without_error() {
        assert_eq!(
            blocks("## S\n\nText.\n\n[^unused]: Never called.\n"),
            vec![Block::para("Text.")]
        );
    }

    #[test]
    fn footnote_definition_before_the_call_and_in_the_middle() {
        let s = parse("[^a]: First.\n\n## S\n\nX[^a] and Y[^b].\n\n[^b]: Second.\n\nZ.\n");
        assert_eq!(
            s.sections[0].content.blocks,
            vec![
                para(
                    true,
                    vec![
                        t("X"),
                        footnote("First."),
                        t(" and Y"),
                        footnote("Second."),
                        t(".")
                    ]
                ),
                Block::para("Z."),
            ]
        );
    }

    #[test]
    fn multi_paragraph_footnote_joins_its_parts_with_a_space() {
        let src = "## S\n\nText.[^long]\n\n[^long]: First *part*\n    on two lines.\n\n    Second part.\n\n    - a list\n    - item\n";
        assert_eq!(
            blocks(src),
            vec![para(
                true,
                vec![
                    t("Text."),
                    Inline::Footnote {
                        content: vec![
                            t("First "),
                            marked("part", vec![Mark::Italic]),
                            t(" on two lines. Second part. a list item"),
                        ]
                    },
                ]
            )]
        );
    }

    #[test]
    fn footnote_with_link_keeps_its_link() {
        assert_eq!(
            blocks("## S\n\nA.[^1]\n\n[^1]: See [A/HRC/59/15](https://docs.un.org/A/HRC/59/15), para. 140.7.\n"),
            vec![para(
                true,
                vec![
                    t("A."),
                    Inline::Footnote {
                        content: vec![
                            t("See "),
                            marked("A/HRC/59/15", vec![link("https://docs.un.org/A/HRC/59/15")]),
                            t(", para. 140.7."),
                        ]
                    },
                ]
            )]
        );
    }

    #[test]
    fn footnote_labels_match_without_regard_to_case() {
        assert_eq!(
            blocks("## S\n\nA.[^Note]\n\n[^NOTE]: Same.\n"),
            vec![para(true, vec![t("A."), footnote("Same.")])]
        );
    }

    #[test]
    fn first_of_two_definitions_wins() {
        assert_eq!(
            blocks("## S\n\nA.[^1]\n\n[^1]: First.\n\n[^1]: Second.\n"),
            vec![para(true, vec![t("A."), footnote("First.")])]
        );
    }

    #[test]
    fn footnote_called_inside_a_footnote_stays_literal() {
        assert_eq!(
            blocks("## S\n\nA.[^1]\n\n[^1]: See also [^2].\n\n[^2]: Other.\n"),
            vec![para(true, vec![t("A."), footnote("See also [^2].")])]
        );
    }

    #[test]
    fn footnotes_in_lists_tables_and_headings() {
        assert_eq!(
            blocks("## S\n\n### Data[^1]\n\n- item[^1]\n\n| h[^1] |\n|---|\n| c |\n\n[^1]: N.\n"),
            vec![
                Block::Heading {
                    level: 1,
                    content: vec![t("Data"), footnote("N.")]
                },
                Block::BulletList {
                    items: vec![item(vec![para(false, vec![t("item"), footnote("N.")])])]
                },
                Block::Table {
                    rows: vec![
                        TableRow {
                            cells: vec![cell(true, vec![t("h"), footnote("N.")])]
                        },
                        TableRow {
                            cells: vec![cell(false, vec![t("c")])]
                        },
                    ]
                },
            ]
        );
    }

    #[test]
    fn undefined_footnote_names_label_and_line() {
        let src = "# T\n\n## S\n\nFine.[^1]\nLine six [^3] here.\n\n[^1]: Defined.\n";
        assert_eq!(
            error(src.as_bytes()),
            "Footnote [^3] is used on line 6 but never defined."
        );
    }

    #[test]
    fn undefined_footnote_is_found_everywhere_text_is() {
        assert_eq!(
            error(b"## S\n\n| a |\n|---|\n| b [^x] |\n"),
            "Footnote [^x] is used on line 5 but never defined."
        );
        assert_eq!(
            error(b"## S[^t]\n"),
            "Footnote [^t] is used on line 1 but never defined."
        );
        assert_eq!(
            error(b"## S\n\nA.[^1]\n\n[^1]: Cites [^ghost].\n"),
            "Footnote [^ghost] is used on line 5 but never defined."
        );
        assert_eq!(
            error(b"## S\n\n**bold [^b]**\n"),
            "Footnote [^b] is used on line 3 but never defined."
        );
        assert_eq!(
            error(b"## S\n\n- a\n- see [^long label]\n"),
            "Footnote [^long label] is used on line 4 but never defined."
        );
    }

    #[test]
    fn escaped_or_code_footnote_syntax_is_just_text() {
        assert_eq!(
            blocks("## S\n\nWrite \\[^1] or `[^1]` or \\\\\\[^2].\n\n```\n[^3]\n```\n"),
            vec![
                Block::para("Write [^1] or [^1] or \\[^2]."),
                unnumbered("[^3]")
            ]
        );
        // An even number of backslashes does not escape the bracket.
        assert_eq!(
            error(b"## S\n\nA \\\\[^9].\n"),
            "Footnote [^9] is used on line 3 but never defined."
        );
    }

    #[test]
    fn brackets_that_are_not_footnote_calls_are_fine() {
        assert_eq!(
            blocks("## S\n\n[^] and [^ ] and [x] and a^2 [^open\n"),
            vec![Block::para("[^] and [^ ] and [x] and a^2 [^open")]
        );
    }

    #[test]
    fn footnote_in_a_title_is_refused_not_lost() {
        let e = error(b"# Title\n\n## Housing[^1]\n\nx\n\n[^1]: N.\n");
        assert!(e.contains("heading on line 3 calls a footnote"), "{e}");
        let e = error(b"# Joint submission[^1]\n\n## A\n\nx\n\n[^1]: Members.\n");
        assert!(e.contains("heading on line 1 calls a footnote"), "{e}");
    }

    #[test]
    fn footnote_called_too_often_is_refused_not_an_exhausted_memory() {
        let note = "word ".repeat(200_000); // 1 MB of footnote text
        let src = format!("## S\n\n{}\n\n[^n]: {note}\n", "[^n]".repeat(17));
        let e = error(src.as_bytes());
        assert!(
            e.starts_with("The file calls its footnotes so often"),
            "{e}"
        );
        // Sixteen calls of it (16 MB, the content gate's text limit) are still read.
        let src = format!("## S\n\n{}\n\n[^n]: {note}\n", "[^n]".repeat(16));
        assert_eq!(parse(&src).sections[0].content.stats().footnotes, 16);
    }

    #[test]
    fn empty_input_is_refused() {
        for src in [
            &b""[..],
            b"   \n\n\t\n",
            b"\xEF\xBB\xBF",
            b"\xEF\xBB\xBF \r\n",
        ] {
            assert_eq!(error(src), "The file is empty: there is nothing to import.");
        }
    }

    #[test]
    fn input_with_nothing_importable_is_refused() {
        for src in ["---\n", "[^1]: Only a definition.\n", "![](a.png)\n"] {
            let e = error(src.as_bytes());
            assert!(
                e.starts_with("The file has no text to import"),
                "{src}: {e}"
            );
        }
    }

    #[test]
    fn non_utf8_input_gives_the_byte_offset() {
        // "Café" in Windows-1252, on line 3.
        let e = error(b"## S\n\nCaf\xE9 du monde\n");
        assert!(
            e.starts_with("The file is not UTF-8 text: the byte at offset 9 (line 3)"),
            "{e}"
        );
        assert!(e.contains("Save it as UTF-8"), "{e}");
        // The offset counts a byte order mark, as the file has it.
        let e = error(b"\xEF\xBB\xBF## S\n\n\xFF\n");
        assert!(e.contains("offset 9 (line 3)"), "{e}");
        // A truncated multi-byte sequence at the very end.
        let e = error("## S\n\né".as_bytes().split_last().unwrap().1);
        assert!(e.contains("offset 6 (line 3)"), "{e}");
    }

    #[test]
    fn utf16_input_is_named() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("## S".encode_utf16().flat_map(|u| u.to_le_bytes()));
        let e = error(&bytes);
        assert!(
            e.starts_with("The file is not UTF-8 text") && e.contains("UTF-16"),
            "{e}"
        );
    }

    #[test]
    fn nul_bytes_are_refused() {
        let e = error(b"## S\n\nte\0xt\n");
        assert!(e.contains("NUL byte (at byte offset 8, line 3)"), "{e}");
        // UTF-16 without a byte order mark is valid UTF-8 full of NULs.
        let bytes: Vec<u8> = "## S"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert!(error(&bytes).contains("UTF-16"));
    }

    #[test]
    fn files_over_the_limit_are_refused() {
        let big = "a".repeat(MAX_FILE_BYTES + 1);
        let e = error(big.as_bytes());
        assert!(
            e.starts_with("The file is too large to import: 10.0 MB, where the limit is 10 MB"),
            "{e}"
        );
        assert!(parse_str(&big).is_err());
    }

    #[test]
    fn a_file_at_the_limit_is_accepted() {
        let mut src = String::from("## S\n\n");
        let line = "Paragraph text of a fairly long submission.\n\n";
        while src.len() + line.len() <= MAX_FILE_BYTES {
            src.push_str(line);
        }
        let s = parse(&src);
        assert!(s.sections[0].content.blocks.len() > 100_000);
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let quotes = format!("## S\n\n{} deep\n", ">".repeat(10_000));
        let e = error(quotes.as_bytes());
        assert!(e.contains("more than 64 levels deep (on line 3)"), "{e}");
        let lists: String = (0..100)
            .map(|i| format!("{}- x\n", "  ".repeat(i)))
            .collect();
        assert!(error(lists.as_bytes()).contains("levels deep"));
        // Ten levels are fine.
        let ok = format!("## S\n\n{} deep\n", ">".repeat(10));
        assert_eq!(parse(&ok).sections.len(), 1);
    }

    #[test]
    fn windows_and_old_mac_line_endings_read_like_unix_ones() {
        let unix = parse(UPR);
        assert_eq!(parse(&UPR.replace('\n', "\r\n")), unix);
        assert_eq!(parse(&UPR.replace('\n', "\r")), unix);
        assert_eq!(
            blocks("## S\r\n\r\n```\r\na\r\nb\r\n```\r\n"),
            vec![para(false, vec![t("a"), Inline::HardBreak, t("b")])]
        );
        assert_eq!(
            error(b"## S\r\n\r\nx\r\n\r\ny [^u]\r\n"),
            "Footnote [^u] is used on line 5 but never defined."
        );
        assert!(error(b"## S\r\n\r\n\xC0\r\n").contains("(line 3)"));
    }

    #[test]
    fn byte_order_mark_is_skipped() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(UPR.as_bytes());
        assert_eq!(parse_bytes(&bytes).unwrap(), parse(UPR));
        assert_eq!(parse(&format!("\u{feff}{UPR}")), parse(UPR));
    }

    #[test]
    fn french_arabic_and_chinese_text_is_kept_exactly() {
        let src = "# Contribution de la Ville de Genève\n\n\
                   ## Logement\n\nLa ville a construit des « logements sociaux » — 1 250 en 2024.[^fr]\n\n\
                   ## السكن\n\nيحق لكل شخص التمتع بمستوى معيشي لائق.[^ar]\n\n\
                   ## 住房\n\n城市在**2024年**建造了1250套社会住房。\n\n\
                   [^fr]: Rapport municipal, p. 12.\n\
                   [^ar]: الإعلان العالمي لحقوق الإنسان، المادة 25.\n";
        let s = parse(src);
        assert_eq!(
            s.title.as_deref(),
            Some("Contribution de la Ville de Genève")
        );
        let titles: Vec<_> = s.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Logement", "السكن", "住房"]);
        assert_eq!(
            s.sections[0].content.blocks,
            vec![para(
                true,
                vec![
                    t("La ville a construit des « logements sociaux » — 1 250 en 2024."),
                    footnote("Rapport municipal, p. 12."),
                ]
            )]
        );
        assert_eq!(
            s.sections[1].content.blocks,
            vec![para(
                true,
                vec![
                    t("يحق لكل شخص التمتع بمستوى معيشي لائق."),
                    footnote("الإعلان العالمي لحقوق الإنسان، المادة 25."),
                ]
            )]
        );
        assert_eq!(
            s.sections[2].content.blocks,
            vec![para(
                true,
                vec![
                    t("城市在"),
                    marked("2024年", vec![Mark::Bold]),
                    t("建造了1250套社会住房。")
                ]
            )]
        );
    }

    #[test]
    fn unicode_footnote_labels_and_line_numbers() {
        assert_eq!(
            blocks("## S\n\nTexte.[^note-é]\n\n[^note-é]: Définie.\n"),
            vec![para(true, vec![t("Texte."), footnote("Définie.")])]
        );
        assert_eq!(
            error("## 住房\n\n文本[^注]\n".as_bytes()),
            "Footnote [^注] is used on line 3 but never defined."
        );
    }

    #[test]
    fn tables_pad_short_rows_and_keep_marks() {
        assert_eq!(
            blocks("## S\n\n| A | *B* |\n|---|---|\n| 1 |\n"),
            vec![Block::Table {
                rows: vec![
                    TableRow {
                        cells: vec![
                            cell(true, vec![t("A")]),
                            cell(true, vec![marked("B", vec![Mark::Italic])])
                        ]
                    },
                    TableRow {
                        cells: vec![cell(false, vec![t("1")]), cell(false, vec![])]
                    },
                ]
            }]
        );
    }

    #[test]
    fn strikethrough_and_task_syntax_stay_literal() {
        assert_eq!(
            blocks("## S\n\n~~old~~ text\n\n- [ ] todo\n"),
            vec![
                Block::para("~~old~~ text"),
                Block::BulletList {
                    items: vec![item(vec![unnumbered("[ ] todo")])]
                },
            ]
        );
    }

    #[test]
    fn line_at_counts_every_kind_of_line_end() {
        assert_eq!(line_at(b"a\nb\r\nc\rd", 0), 1);
        assert_eq!(line_at(b"a\nb\r\nc\rd", 2), 2);
        assert_eq!(line_at(b"a\nb\r\nc\rd", 5), 3);
        assert_eq!(line_at(b"a\nb\r\nc\rd", 7), 4);
        assert_eq!(line_at(b"a", 99), 1);
    }
}

//! Tagged PDF (PDF/UA-1, ISO 14289-1): the structure tree a screen reader follows, written
//! beside the pages our engine draws.
//!
//! Why: an untagged PDF reaches a screen reader as one stream of glyphs with no headings,
//! lists, tables or notes; public bodies must publish accessible documents (EN 301 549,
//! Section 508), and a human-rights office sends its submissions as PDF.
//!
//! How, in three steps, with the smallest hooks in the rest of the engine:
//!
//! 1. [`Marks::new`] reads the set document ([`Document`]: its flows and the nesting the flow
//!    builder recorded, [`Nest`]) into a skeleton of structure elements in reading order:
//!    `Document`; the title (`H1`) and the front matter (`P`); section titles and headings
//!    (`H2`…`H6`); paragraphs (`P`); lists (`L`, `LI`, `Lbl`, `LBody`); quotes
//!    (`BlockQuote`); tables (`Table`, `TR`, `TH` with `/Scope`, `TD`); the logo (`Figure`
//!    with `/Alt`). Every line the layout places carries a [`Tag`] naming what it belongs to.
//! 2. While `paint` writes a page, each run of glyphs goes inside its own marked-content
//!    sequence (`/P <</MCID n>> BDC … EMC`), split where the run changes role: a list label
//!    (`Lbl`), a footnote call (`Reference`, followed in the tree by its `Note`), a link
//!    (`Link`, with its annotation as an `OBJR`). Page numbers, rules and table header rows
//!    repeated on a new page are artifacts (`/Artifact … BDC … EMC`).
//! 3. [`write()`] turns the skeleton and the recorded runs into the structure tree: within one
//!    line, runs are ordered by their place in the text (logical order, so an Arabic line with
//!    a Latin symbol reads in order), then the `ParentTree`, `/StructParents` on pages,
//!    `/StructParent` on link annotations, `/Tabs /S`, `/MarkInfo`, and XMP metadata with
//!    `pdfuaid:part 1` and the title.
//!
//! For another kind of figure (a chart): give its flow a `Figure` in the skeleton (see
//! [`Skeleton::figure`]) and wrap its drawing in [`Marks::begin_figure`] /
//! [`Marks::end_figure`]; figures are matched to the skeleton in the order they are drawn.

use super::finish::text;
use super::flow::{Document, Flow, Kind};
use super::text::{Glyph, HYPHEN_TEXT};
use super::{HashMap, HashSet};
use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use printpdf::{DictItem, Op};
use std::collections::BTreeMap;

/// What a placed line belongs to: a block (by its number in the layout's count, from 1), a
/// table cell, a footnote, or nothing a reader needs (rules, a chart's drawing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    Artifact,
    /// A page number ("Page 3 of 8"): an artifact of type Pagination (ISO 32000-1, 14.8.2.2),
    /// so that assistive technology knows it for what it is and skips it in the reading.
    Pagination,
    Block {
        block: usize,
        line: usize,
    },
    Cell {
        block: usize,
        row: usize,
        col: usize,
        line: usize,
    },
    Note {
        note: usize,
        line: usize,
    },
}

/// Structure the flow builder opens around blocks, recorded with the index of the flow it
/// comes before (`Document::nesting`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nest {
    List,
    Item,
    Quote,
    /// The level of the heading that comes next (1 for a heading at the top of a section).
    Heading(u8),
    Close,
}

/// The role of a run of glyphs inside its line's element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Text,
    /// A list item's bullet or number.
    Label,
    /// A paragraph's number, read as the start of its paragraph.
    Number,
    /// A footnote call, by footnote index.
    Call(usize),
    /// A link, by link index and the first glyph of its run on the line.
    Link {
        link: usize,
        run: usize,
    },
    /// A passage marked with another language (`Mark::Language`), by passage index
    /// (`flow::Document::passages`): a `Span` with its `/Lang`, one for the whole passage.
    Passage(usize),
}

/// What a skeleton element holds before the runs are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Owner {
    Block(usize),
    Cell(usize, usize, usize),
    /// The `Lbl` of the list item whose first block this is.
    Label(usize),
    /// The n-th figure drawn.
    Figure(usize),
}

#[derive(Debug, Clone, Copy)]
enum Kid {
    Node(usize),
    Owner(Owner),
}

struct Node {
    role: String,
    kids: Vec<Kid>,
    /// `TH`: `/Scope` (`Column` or `Row`).
    scope: Option<&'static str>,
    /// `LBody` opened by the first block of an item: closed with the item.
    implicit: bool,
    /// `/Lang` of a paragraph written in another language than the document's.
    lang: Option<&'static str>,
}

/// The structure of the document before its content is drawn.
pub struct Skeleton {
    nodes: Vec<Node>,
    /// The open elements, innermost last.
    stack: Vec<usize>,
    figures: usize,
}

impl Skeleton {
    fn node(&mut self, role: &str, scope: Option<&'static str>, implicit: bool) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node {
            role: role.to_string(),
            kids: Vec::new(),
            scope,
            implicit,
            lang: None,
        });
        if let Some(&top) = self.stack.last() {
            self.nodes[top].kids.push(Kid::Node(id));
        }
        id
    }

    fn top(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    /// Inside a list item, the first block opens the item's body (after its label).
    fn item_body(&mut self, label: Option<usize>) {
        let top = self.top();
        if self.nodes[top].role == "LI" && self.nodes[top].kids.is_empty() {
            if let Some(block) = label {
                let lbl = self.node("Lbl", None, false);
                self.nodes[lbl].kids.push(Kid::Owner(Owner::Label(block)));
            }
            let body = self.node("LBody", None, true);
            self.stack.push(body);
        }
    }

    /// A figure in reading order here: the next one drawn with [`Marks::begin_figure`].
    pub fn figure(&mut self) {
        self.item_body(None);
        let n = self.figures;
        self.figures += 1;
        let f = self.node("Figure", None, false);
        self.nodes[f].kids.push(Kid::Owner(Owner::Figure(n)));
    }

    fn build(doc: &Document) -> (Skeleton, HashMap<usize, BlockInfo>) {
        let mut s = Skeleton {
            nodes: Vec::new(),
            stack: Vec::new(),
            figures: 0,
        };
        let root = s.node("Document", None, false);
        s.stack.push(root);
        // Per block: the role of its marked content and the length of a list label.
        let mut blocks = HashMap::default();
        let mut nest = doc.nesting.iter().peekable();
        let mut heading = None;
        let mut block = 0;
        for (i, flow) in doc.flows.iter().enumerate() {
            while let Some((_, n)) = nest.next_if(|(at, _)| *at <= i) {
                s.nest(*n, &mut heading);
            }
            match flow {
                Flow::Block(b) => {
                    block += 1;
                    let role = match b.kind {
                        Kind::Title => "H1".to_string(),
                        Kind::Heading => {
                            let level = b
                                .outline
                                .as_ref()
                                .map(|(l, _)| *l)
                                .or(heading.take())
                                .unwrap_or(1);
                            format!("H{}", (level + 1).clamp(2, 6))
                        }
                        Kind::FrontMatter | Kind::Paragraph | Kind::ListItem | Kind::Quote => {
                            "P".to_string()
                        }
                    };
                    let first = s.nodes[s.top()].role == "LI" && s.nodes[s.top()].kids.is_empty();
                    let label = (first && b.label.is_some()).then_some(block);
                    s.item_body(label);
                    let n = s.node(&role, None, false);
                    s.nodes[n].kids.push(Kid::Owner(Owner::Block(block)));
                    let lang = b
                        .lines
                        .first()
                        .and_then(|l| crate::model::language::written_in(&l.text, &doc.language));
                    s.nodes[n].lang = lang;
                    let label = b.label.as_ref().map(|(l, _)| Label {
                        len: l.text.len() as u32,
                        list: label.is_some(),
                    });
                    blocks.insert(block, BlockInfo { role, label, lang });
                }
                Flow::Table(t) => {
                    block += 1;
                    s.item_body(None);
                    let table = s.node("Table", None, false);
                    s.stack.push(table);
                    for (r, row) in t.rows.iter().enumerate() {
                        let tr = s.node("TR", None, false);
                        s.stack.push(tr);
                        for c in 0..row.cells.len() {
                            let (role, scope) = if row.header {
                                ("TH", Some("Column"))
                            } else {
                                ("TD", None)
                            };
                            let cell = s.node(role, scope, false);
                            s.nodes[cell]
                                .kids
                                .push(Kid::Owner(Owner::Cell(block, r, c)));
                        }
                        s.stack.pop();
                    }
                    s.stack.pop();
                }
                Flow::Logo(..) | Flow::Chart(..) => s.figure(),
                Flow::PageBreak | Flow::Space(_) => {}
            }
        }
        (s, blocks)
    }

    fn nest(&mut self, n: Nest, heading: &mut Option<u8>) {
        match n {
            Nest::List => {
                self.item_body(None);
                let l = self.node("L", None, false);
                self.stack.push(l);
            }
            Nest::Item => {
                let li = self.node("LI", None, false);
                self.stack.push(li);
            }
            Nest::Quote => {
                self.item_body(None);
                let q = self.node("BlockQuote", None, false);
                self.stack.push(q);
            }
            Nest::Heading(level) => *heading = Some(level),
            Nest::Close => {
                while let Some(top) = self.stack.pop() {
                    if !self.nodes[top].implicit || self.stack.len() <= 1 {
                        break;
                    }
                }
                if self.stack.is_empty() {
                    self.stack.push(0);
                }
            }
        }
    }
}

/// What the painter needs to know of a block: the role of its marked content and its label.
struct BlockInfo {
    role: String,
    label: Option<Label>,
    /// The block's own `/Lang` when it differs from the document's (see `Node::lang`).
    lang: Option<&'static str>,
}

/// A label drawn at the start of a block's first line: its length in the line's text, and
/// whether it is a list item's (an `Lbl`) or a paragraph's number.
#[derive(Clone, Copy)]
struct Label {
    len: u32,
    list: bool,
}

/// One marked-content sequence drawn: whose, where, and where in the text.
struct Piece {
    tag: Tag,
    part: Part,
    page: usize,
    /// Index of the line on its page.
    line: usize,
    /// Start of its text in the line's paragraph (logical order within a line).
    order: u32,
    mcid: i64,
}

/// Marked content as the pages are drawn, and the skeleton it will hang from.
pub struct Marks {
    skeleton: Skeleton,
    /// The document's language (`en`, `ar`…), against which a run of text in another script
    /// gets its own `/Lang`.
    language: String,
    /// The language tag of each marked passage (`flow::Document::passages`).
    passages: Vec<String>,
    blocks: HashMap<usize, BlockInfo>,
    pieces: Vec<Piece>,
    /// Marked-content ids used on each page.
    per_page: Vec<i64>,
    /// Figures drawn: page, MCID, alternative text, bounding box (PDF coordinates).
    figures: Vec<(usize, i64, String, [f32; 4])>,
    /// The page each cell line was first drawn on: a header row repeated on a new page is an
    /// artifact.
    cells: HashMap<Tag, usize>,
}

impl Marks {
    pub fn new(doc: &Document) -> Marks {
        let (skeleton, blocks) = Skeleton::build(doc);
        Marks {
            skeleton,
            language: doc.language.clone(),
            passages: doc.passages.clone(),
            blocks,
            pieces: Vec::new(),
            per_page: Vec::new(),
            figures: Vec::new(),
            cells: HashMap::default(),
        }
    }

    /// Starts the content of the next page.
    pub fn next_page(&mut self) {
        self.per_page.push(0);
    }

    fn page(&self) -> usize {
        self.per_page.len().saturating_sub(1)
    }

    fn mcid(&mut self) -> i64 {
        if self.per_page.is_empty() {
            self.per_page.push(0);
        }
        let page = self.page();
        let n = self.per_page[page];
        self.per_page[page] += 1;
        n
    }

    /// The role of glyph `i` of a line tagged `tag`: runs are split where it changes.
    pub fn part(&self, tag: Tag, glyphs: &[Glyph], i: usize) -> Part {
        let g = &glyphs[i];
        if let Some(f) = g.footnote {
            return Part::Call(f);
        }
        if let Some(link) = g.link {
            let mut run = i;
            while run > 0 && glyphs[run - 1].link == Some(link) {
                run -= 1;
            }
            return Part::Link { link, run };
        }
        if let Tag::Block { block, line: 0 } = tag {
            if let Some(Label { len, list }) = self.blocks.get(&block).and_then(|b| b.label) {
                if g.text != HYPHEN_TEXT && g.text.start < len {
                    return if list { Part::Label } else { Part::Number };
                }
            }
        }
        match g.passage {
            Some(p) => Part::Passage(p),
            None => Part::Text,
        }
    }

    /// Opens the marked content of a run of `glyphs` (line `line` of the page) whose role is
    /// `part` ([`Marks::part`] of its first glyph), pushing its `BDC`; close it with
    /// [`Marks::end`].
    pub fn begin(
        &mut self,
        ops: &mut Vec<Op>,
        (tag, part): (Tag, Part),
        line: usize,
        glyphs: &[Glyph],
        text: &str,
    ) {
        let page = self.page();
        let repeated =
            matches!(tag, Tag::Cell { .. }) && *self.cells.entry(tag).or_insert(page) != page;
        if tag == Tag::Pagination {
            return self.pagination(ops);
        }
        if tag == Tag::Artifact || repeated {
            return self.artifact(ops);
        }
        // Where the run starts in the text: the second glyph of a cluster (an Arabic mark drawn
        // in a run of its own) stands for no text and does not count.
        let starts = |empty: bool| {
            glyphs
                .iter()
                .filter(|g| g.text != HYPHEN_TEXT && (empty || g.text.start < g.text.end))
                .map(|g| g.text.start)
                .min()
        };
        let order = starts(false).or(starts(true)).unwrap_or(u32::MAX);
        let role = match part {
            Part::Label => "Lbl".to_string(),
            Part::Call(_) => "Reference".to_string(),
            Part::Link { .. } => "Link".to_string(),
            Part::Passage(_) => "Span".to_string(),
            Part::Text | Part::Number => match tag {
                Tag::Block { block, .. } => self
                    .blocks
                    .get(&block)
                    .map(|b| b.role.clone())
                    .unwrap_or_else(|| "P".into()),
                Tag::Cell { .. } => "P".into(),
                Tag::Note { .. } => "Note".into(),
                Tag::Artifact | Tag::Pagination => "Artifact".into(),
            },
        };
        let mcid = self.mcid();
        self.pieces.push(Piece {
            tag,
            part,
            page: self.page(),
            line,
            order,
            mcid,
        });
        let mut properties = mcid_dict(mcid);
        // A paragraph's number is set apart from its text by space, not by a character: read
        // as "12. The city…", not "12.The city…".
        let actual = match part {
            Part::Number => Some(format!("{} ", plain(glyphs, text))),
            _ => logical(glyphs, text),
        };
        // A run in another script than its paragraph's (an Arabic quotation inside an English
        // sentence) says its language on its marked content (ISO 32000-1, 14.9.2.2), so that a
        // screen reader switches voice for it and back; the paragraph keeps its own.
        let around = match tag {
            Tag::Block { block, .. } => self.blocks.get(&block).and_then(|b| b.lang),
            _ => None,
        }
        .unwrap_or(self.language.as_str());
        // A link inside a marked passage says the passage's language itself (a `Link` is not
        // inside the passage's `Span`); the passage's own runs inherit it from their `Span`.
        let marked = glyphs.first().and_then(|g| g.passage);
        let run_lang = match (part, marked) {
            (Part::Passage(_), _) => None,
            (Part::Link { .. }, Some(p)) => self.passages.get(p).map(String::as_str),
            (Part::Text | Part::Link { .. }, _) => {
                // The run's stretch of the paragraph's text (a run is one script, so one
                // stretch); plain ASCII says no other language and costs nothing more.
                let own = |g: &&Glyph| g.text != HYPHEN_TEXT && g.text.start < g.text.end;
                let start = glyphs.iter().filter(own).map(|g| g.text.start).min();
                let end = glyphs.iter().filter(own).map(|g| g.text.end).max();
                match (start, end) {
                    (Some(a), Some(b)) => text
                        .get(a as usize..b as usize)
                        .filter(|t| !t.is_ascii())
                        .and_then(|t| crate::model::language::written_in(t, around)),
                    _ => None,
                }
            }
            _ => None,
        }
        .map(str::to_string);
        if let DictItem::Dict { map } = &mut properties {
            if let Some(actual) = actual {
                map.insert("ActualText".into(), text_item(&actual));
            }
            if let Some(lang) = run_lang {
                // A language tag is ASCII: written as a plain literal string, as the catalog's.
                map.insert(
                    "Lang".into(),
                    DictItem::String {
                        data: lang.as_bytes().to_vec(),
                        literal: true,
                    },
                );
            }
        }
        ops.push(Op::BeginMarkedContentWithProperties {
            tag: role,
            properties,
        });
    }

    /// Opens an artifact (page numbers, rules, repeated header rows): content a reader skips.
    pub fn artifact(&mut self, ops: &mut Vec<Op>) {
        ops.push(Op::BeginMarkedContent {
            tag: "Artifact".into(),
        });
    }

    /// Opens a page number: `/Artifact <</Type /Pagination>> BDC`.
    fn pagination(&mut self, ops: &mut Vec<Op>) {
        ops.push(Op::BeginMarkedContentWithProperties {
            tag: "Artifact".into(),
            properties: DictItem::Dict {
                map: BTreeMap::from([("Type".to_string(), DictItem::Name(b"Pagination".to_vec()))]),
            },
        });
    }

    /// Closes what [`Marks::begin`], [`Marks::artifact`] or [`Marks::begin_figure`] opened.
    pub fn end(&mut self, ops: &mut Vec<Op>) {
        ops.push(Op::EndMarkedContent);
    }

    /// Opens a figure (the logo, a chart) with its alternative text and its box in PDF
    /// coordinates (`[x0, y0, x1, y1]`, from the bottom left): what it draws until
    /// [`Marks::end_figure`] is read as that text. The skeleton must have a place for it
    /// ([`Skeleton::figure`], in the order figures are drawn).
    pub fn begin_figure(&mut self, ops: &mut Vec<Op>, alt: &str, bbox: [f32; 4]) {
        let mcid = self.mcid();
        self.figures
            .push((self.page(), mcid, alt.to_string(), bbox));
        ops.push(Op::BeginMarkedContentWithProperties {
            tag: "Figure".into(),
            properties: mcid_dict(mcid),
        });
    }

    pub fn end_figure(&mut self, ops: &mut Vec<Op>) {
        self.end(ops);
    }
}

/// The text of a run in reading order, where the glyphs alone would not give it: a run drawn
/// right to left (glyphs are drawn in visual order, which a reader of the structure would get
/// backwards), or one with a glyph that stands for no text of its own (a cluster of several
/// glyphs, as an Arabic letter and its mark: the font's ToUnicode map has one text per glyph,
/// so such a glyph would read as the text it has elsewhere). None for a plain run: no
/// `/ActualText` needed.
fn logical(glyphs: &[Glyph], text: &str) -> Option<String> {
    let in_order = glyphs
        .iter()
        .all(|g| g.text == HYPHEN_TEXT || g.text.start < g.text.end);
    let ranges: Vec<(u32, u32)> = glyphs
        .iter()
        .filter(|g| g.text != HYPHEN_TEXT && g.text.start < g.text.end)
        .map(|g| (g.text.start, g.text.end))
        .collect();
    if in_order && ranges.windows(2).all(|w| w[0].0 <= w[1].0) {
        return None;
    }
    Some(plain(glyphs, text))
}

/// The text the glyphs of a run stand for, in text order.
fn plain(glyphs: &[Glyph], text: &str) -> String {
    let mut ranges: Vec<(u32, u32)> = glyphs
        .iter()
        .filter(|g| g.text != HYPHEN_TEXT && g.text.start < g.text.end)
        .map(|g| (g.text.start, g.text.end))
        .collect();
    ranges.sort_unstable();
    ranges.dedup();
    let mut out = String::new();
    for (a, b) in ranges {
        out.push_str(text.get(a as usize..b as usize).unwrap_or(""));
    }
    out
}

/// A PDF text string in a property list: UTF-16BE with a byte-order mark.
fn text_item(s: &str) -> DictItem {
    let mut data = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        data.extend_from_slice(&unit.to_be_bytes());
    }
    DictItem::String {
        data,
        literal: false,
    }
}

fn mcid_dict(mcid: i64) -> DictItem {
    DictItem::Dict {
        map: BTreeMap::from([("MCID".to_string(), DictItem::Int(mcid))]),
    }
}

/// A link annotation written by `finish`: its page, line on the page, first glyph of its run
/// (see [`Part::Link`]) and object.
pub struct Annotation {
    pub page: usize,
    pub line: usize,
    pub glyph: usize,
    pub id: ObjectId,
}

/// What the document says about itself, for the catalog and the XMP metadata.
pub struct About<'a> {
    pub title: &'a str,
    pub language: &'a str,
    pub author: &'a str,
    pub producer: &'a str,
}

/// An element of the finished tree.
struct Elem {
    role: String,
    parent: usize,
    kids: Vec<K>,
    scope: Option<&'static str>,
    alt: Option<String>,
    bbox: Option<[f32; 4]>,
    id: Option<String>,
    lang: Option<String>,
}

enum K {
    Elem(usize),
    Mcid(usize, i64),
    Objr(usize, ObjectId),
}

struct Tree {
    elems: Vec<Elem>,
}

impl Tree {
    fn add(&mut self, role: &str, parent: usize) -> usize {
        let id = self.elems.len();
        self.elems.push(Elem {
            role: role.to_string(),
            parent,
            kids: Vec::new(),
            scope: None,
            alt: None,
            bbox: None,
            id: None,
            lang: None,
        });
        if id != parent {
            self.elems[parent].kids.push(K::Elem(id));
        }
        id
    }

    /// Whether an element holds any content (empty blocks leave none).
    fn has_content(&self, e: usize) -> bool {
        self.elems[e].kids.iter().any(|k| match k {
            K::Elem(c) => self.has_content(*c),
            _ => true,
        })
    }
}

/// Writes the structure tree of what `marks` recorded into `doc` (see the module docs).
pub fn write(
    doc: &mut lopdf::Document,
    pages: &[ObjectId],
    marks: Marks,
    annotations: &[Annotation],
    about: &About,
) -> lopdf::Result<()> {
    let Marks {
        skeleton,
        pieces,
        per_page,
        figures,
        passages,
        ..
    } = marks;
    // The runs of each owner, in reading order: line by line, then by place in the text.
    let mut by_owner: HashMap<Owner, Vec<&Piece>> = HashMap::default();
    let mut notes: HashMap<usize, Vec<&Piece>> = HashMap::default();
    for p in &pieces {
        match p.tag {
            Tag::Block { block, .. } if p.part == Part::Label => {
                by_owner.entry(Owner::Label(block)).or_default().push(p)
            }
            Tag::Block { block, .. } => by_owner.entry(Owner::Block(block)).or_default().push(p),
            Tag::Cell {
                block, row, col, ..
            } => by_owner
                .entry(Owner::Cell(block, row, col))
                .or_default()
                .push(p),
            Tag::Note { note, .. } => notes.entry(note).or_default().push(p),
            Tag::Artifact | Tag::Pagination => {}
        }
    }
    let key = |p: &&Piece| (p.page, p.line, p.order);
    for v in by_owner.values_mut().chain(notes.values_mut()) {
        v.sort_by_key(key);
    }
    let annots: HashMap<(usize, usize, usize), ObjectId> = annotations
        .iter()
        .map(|a| ((a.page, a.line, a.glyph), a.id))
        .collect();

    let mut tree = Tree { elems: Vec::new() };
    let mut placed_notes = HashSet::default();
    tree.add("Document", 0);
    // Skeleton node → element, depth first.
    let mut todo = vec![(0usize, 0usize)];
    while let Some((node, parent)) = todo.pop() {
        let elem = if node == 0 {
            0
        } else {
            let n = &skeleton.nodes[node];
            let e = tree.add(&n.role, parent);
            tree.elems[e].scope = n.scope;
            tree.elems[e].lang = n.lang.map(str::to_string);
            e
        };
        // Skeleton nodes hold either owners or nodes, never both; child nodes are visited
        // depth first, in order, and add themselves to this element when visited.
        let mut child_nodes = Vec::new();
        for kid in &skeleton.nodes[node].kids {
            match kid {
                Kid::Node(c) => child_nodes.push(*c),
                Kid::Owner(Owner::Figure(n)) => {
                    if let Some((page, mcid, alt, bbox)) = figures.get(*n) {
                        tree.elems[elem].kids.push(K::Mcid(*page, *mcid));
                        tree.elems[elem].alt = Some(alt.clone());
                        tree.elems[elem].bbox = Some(*bbox);
                    }
                }
                Kid::Owner(owner) => {
                    let runs = by_owner.get(owner).map(Vec::as_slice).unwrap_or(&[]);
                    content(
                        &mut tree,
                        elem,
                        (runs, &passages),
                        &notes,
                        &annots,
                        pages,
                        &mut placed_notes,
                    );
                }
            }
        }
        for c in child_nodes.into_iter().rev() {
            todo.push((c, elem));
        }
    }
    // Notes whose call was not drawn (none expected): at the end, not lost.
    let mut rest: Vec<usize> = notes
        .keys()
        .filter(|n| !placed_notes.contains(*n))
        .copied()
        .collect();
    rest.sort();
    for n in rest {
        note(
            &mut tree,
            0,
            (n, &passages),
            &notes,
            &annots,
            pages,
            &mut placed_notes,
        );
    }

    // Objects.
    let root_id = doc.new_object_id();
    let ids: Vec<ObjectId> = tree.elems.iter().map(|_| doc.new_object_id()).collect();
    let mut parent_of_mcid: Vec<Vec<Object>> = per_page
        .iter()
        .map(|n| vec![Object::Null; *n as usize])
        .collect();
    let mut parent_of_annot: Vec<(ObjectId, ObjectId)> = Vec::new();
    for (i, e) in tree.elems.iter().enumerate() {
        if !tree.has_content(i) {
            continue;
        }
        let pg = e.kids.iter().find_map(|k| match k {
            K::Mcid(p, _) | K::Objr(p, _) => Some(*p),
            K::Elem(_) => None,
        });
        let mut kids = Vec::new();
        for k in &e.kids {
            match k {
                K::Elem(c) if tree.has_content(*c) => kids.push(Object::Reference(ids[*c])),
                K::Elem(_) => {}
                K::Mcid(p, m) => {
                    if let Some(slot) = parent_of_mcid
                        .get_mut(*p)
                        .and_then(|v| v.get_mut(*m as usize))
                    {
                        *slot = Object::Reference(ids[i]);
                    }
                    if Some(*p) == pg {
                        kids.push(Object::Integer(*m));
                    } else if let Some(page) = pages.get(*p) {
                        let mut mcr = Dictionary::new();
                        mcr.set("Type", Object::Name(b"MCR".to_vec()));
                        mcr.set("Pg", Object::Reference(*page));
                        mcr.set("MCID", Object::Integer(*m));
                        kids.push(Object::Dictionary(mcr));
                    }
                }
                K::Objr(p, annot) => {
                    let mut objr = Dictionary::new();
                    objr.set("Type", Object::Name(b"OBJR".to_vec()));
                    if let Some(page) = pages.get(*p) {
                        objr.set("Pg", Object::Reference(*page));
                    }
                    objr.set("Obj", Object::Reference(*annot));
                    kids.push(Object::Dictionary(objr));
                    parent_of_annot.push((*annot, ids[i]));
                }
            }
        }
        let mut d = Dictionary::new();
        d.set("Type", Object::Name(b"StructElem".to_vec()));
        d.set("S", Object::Name(e.role.as_bytes().to_vec()));
        d.set(
            "P",
            Object::Reference(if i == 0 { root_id } else { ids[e.parent] }),
        );
        if let Some(page) = pg.and_then(|p| pages.get(p)) {
            d.set("Pg", Object::Reference(*page));
        }
        // One kid stands alone (checkers such as the pdfua package read a heading's single
        // MCID only so).
        d.set(
            "K",
            match kids.len() {
                1 => kids.remove(0),
                _ => Object::Array(kids),
            },
        );
        if let Some(alt) = &e.alt {
            d.set("Alt", text(alt));
        }
        if let Some(lang) = &e.lang {
            d.set(
                "Lang",
                Object::String(lang.as_bytes().to_vec(), StringFormat::Literal),
            );
        }
        if let Some(id) = &e.id {
            d.set(
                "ID",
                Object::String(id.as_bytes().to_vec(), StringFormat::Literal),
            );
        }
        let mut attrs = Vec::new();
        if let Some(scope) = e.scope {
            let mut a = Dictionary::new();
            a.set("O", Object::Name(b"Table".to_vec()));
            a.set("Scope", Object::Name(scope.as_bytes().to_vec()));
            attrs.push(Object::Dictionary(a));
        }
        if let Some(b) = e.bbox {
            let mut a = Dictionary::new();
            a.set("O", Object::Name(b"Layout".to_vec()));
            a.set(
                "BBox",
                Object::Array(b.iter().map(|v| Object::Real(*v)).collect()),
            );
            a.set("Placement", Object::Name(b"Block".to_vec()));
            attrs.push(Object::Dictionary(a));
        }
        match attrs.len() {
            0 => {}
            1 => d.set("A", attrs.remove(0)),
            _ => d.set("A", Object::Array(attrs)),
        }
        doc.objects.insert(ids[i], Object::Dictionary(d));
    }

    // The parent tree: page n's MCIDs under key n, then one key per link annotation.
    let mut nums = Vec::new();
    for (n, parents) in parent_of_mcid.into_iter().enumerate() {
        if parents.is_empty() {
            continue;
        }
        nums.push(Object::Integer(n as i64));
        nums.push(Object::Array(parents));
        if let Some(page) = pages.get(n) {
            doc.get_dictionary_mut(*page)?
                .set("StructParents", Object::Integer(n as i64));
        }
    }
    let mut next_key = pages.len() as i64;
    for (annot, elem) in &parent_of_annot {
        nums.push(Object::Integer(next_key));
        nums.push(Object::Reference(*elem));
        doc.get_dictionary_mut(*annot)?
            .set("StructParent", Object::Integer(next_key));
        next_key += 1;
    }
    // Tab order follows the structure (PDF/UA asks it of pages with annotations; printpdf
    // gives every page an /Annots, empty or not).
    for page in pages {
        doc.get_dictionary_mut(*page)?
            .set("Tabs", Object::Name(b"S".to_vec()));
    }
    let mut parent_tree = Dictionary::new();
    parent_tree.set("Nums", Object::Array(nums));
    let parent_tree_id = doc.add_object(Object::Dictionary(parent_tree));
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    root.set("K", Object::Array(vec![Object::Reference(ids[0])]));
    root.set("ParentTree", Object::Reference(parent_tree_id));
    root.set("ParentTreeNextKey", Object::Integer(next_key));
    doc.objects.insert(root_id, Object::Dictionary(root));

    let mut xmp = Stream::new(
        Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp_packet(about).into_bytes(),
    );
    // Left uncompressed, as readers of metadata expect to find it.
    xmp.allows_compression = false;
    let xmp_id = doc.add_object(Object::Stream(xmp));

    let catalog = doc.catalog_mut()?;
    let mut mark_info = Dictionary::new();
    mark_info.set("Marked", Object::Boolean(true));
    catalog.set("MarkInfo", Object::Dictionary(mark_info));
    catalog.set("StructTreeRoot", Object::Reference(root_id));
    catalog.set("Metadata", Object::Reference(xmp_id));
    Ok(())
}

/// The content of one element from its runs: text, list labels, links (with their
/// annotation) and footnote calls, each call followed by its note.
fn content(
    tree: &mut Tree,
    elem: usize,
    (runs, passages): (&[&Piece], &[String]),
    notes: &HashMap<usize, Vec<&Piece>>,
    annots: &HashMap<(usize, usize, usize), ObjectId>,
    pages: &[ObjectId],
    placed_notes: &mut HashSet<usize>,
) {
    let mut link: Option<((usize, usize, usize), usize)> = None;
    // The open passage and its `Span`: its runs on the following lines and pages join it.
    let mut span: Option<(usize, usize)> = None;
    for p in runs {
        if !matches!(p.part, Part::Passage(_)) {
            span = None;
        }
        match p.part {
            Part::Text | Part::Label | Part::Number => {
                tree.elems[elem].kids.push(K::Mcid(p.page, p.mcid));
                link = None;
            }
            Part::Passage(n) => {
                link = None;
                match span {
                    Some((open, s)) if open == n => {
                        tree.elems[s].kids.push(K::Mcid(p.page, p.mcid))
                    }
                    _ => {
                        let s = tree.add("Span", elem);
                        tree.elems[s].lang = passages.get(n).cloned();
                        tree.elems[s].kids.push(K::Mcid(p.page, p.mcid));
                        span = Some((n, s));
                    }
                }
            }
            Part::Call(n) => {
                let r = tree.add("Reference", elem);
                tree.elems[r].kids.push(K::Mcid(p.page, p.mcid));
                if !placed_notes.contains(&n) {
                    note(
                        tree,
                        elem,
                        (n, passages),
                        notes,
                        annots,
                        pages,
                        placed_notes,
                    );
                }
                link = None;
            }
            Part::Link { run, .. } => {
                let key = (p.page, p.line, run);
                match link {
                    Some((k, l)) if k == key => tree.elems[l].kids.push(K::Mcid(p.page, p.mcid)),
                    _ => {
                        let l = tree.add("Link", elem);
                        tree.elems[l].kids.push(K::Mcid(p.page, p.mcid));
                        if let Some(annot) = annots.get(&key) {
                            tree.elems[l].kids.push(K::Objr(p.page, *annot));
                        }
                        link = Some((key, l));
                    }
                }
            }
        }
    }
}

fn note(
    tree: &mut Tree,
    parent: usize,
    (n, passages): (usize, &[String]),
    notes: &HashMap<usize, Vec<&Piece>>,
    annots: &HashMap<(usize, usize, usize), ObjectId>,
    pages: &[ObjectId],
    placed_notes: &mut HashSet<usize>,
) {
    placed_notes.insert(n);
    let e = tree.add("Note", parent);
    tree.elems[e].id = Some(format!("note-{}", n + 1));
    let runs = notes.get(&n).map(Vec::as_slice).unwrap_or(&[]);
    content(
        tree,
        e,
        (runs, passages),
        notes,
        annots,
        pages,
        placed_notes,
    );
}

/// XMP metadata: the title (PDF/UA asks for it in XMP) and the PDF/UA identification.
fn xmp_packet(about: &About) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n\
<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>\n\
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>\n\
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n\
<pdf:Producer>{producer}</pdf:Producer>\n\
<pdfuaid:part>1</pdfuaid:part>\n\
</rdf:Description>\n\
</rdf:RDF>\n\
</x:xmpmeta>\n\
<?xpacket end=\"w\"?>",
        title = esc(about.title),
        author = esc(about.author),
        lang = esc(about.language),
        producer = esc(about.producer),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::export::pdf::fonts::FontKey;

    fn glyph(text: std::ops::Range<u32>, x: f32) -> Glyph {
        Glyph {
            font: FontKey::Naskh,
            gid: 1,
            x,
            dy: 0.0,
            size: 11.0,
            next_x: x + 5.0,
            text,
            link: None,
            footnote: None,
            passage: None,
        }
    }

    #[test]
    fn a_run_drawn_right_to_left_reads_in_text_order() {
        // "abc" drawn c, b, a (visual order of a right-to-left run).
        let glyphs = [glyph(2..3, 0.0), glyph(1..2, 5.0), glyph(0..1, 10.0)];
        assert_eq!(logical(&glyphs, "abc").as_deref(), Some("abc"));
    }

    #[test]
    fn a_plain_run_needs_no_replacement_text_and_a_cluster_does() {
        let plain = [glyph(0..1, 0.0), glyph(1..2, 5.0), glyph(2..3, 10.0)];
        assert_eq!(logical(&plain, "abc"), None);
        // A letter and its mark: one glyph stands for both, the other for nothing.
        let cluster = [glyph(0..2, 0.0), glyph(0..0, 0.0)];
        assert_eq!(logical(&cluster, "ab").as_deref(), Some("ab"));
        // The hyphen added at a line end is not text of the paragraph.
        let hyphenated = [glyph(0..1, 0.0), glyph(HYPHEN_TEXT, 5.0)];
        assert_eq!(logical(&hyphenated, "a"), None);
    }
}

//! From a submission to a flow of set blocks: the front matter, section titles, numbered
//! paragraphs, lists, quotes, tables and footnotes, each already broken into lines.
//!
//! Paragraph and footnote numbers are counted here in document order, the order the app and the
//! Word export number them in (the UN cites "JS2, para. 43"). Typography — sizes, indents,
//! spaces — is in [`Typography`], one place for the whole export.

use super::fonts::Style;
use super::layout::Geometry;
use super::tags::Nest;
use super::text::{self, Language, Line, Setting, Span, HARD_BREAK};
use crate::document::{citation_text, is_allowed_link, Block as Content, Inline, ListItem, Mark};
use crate::drafting::SubmissionDetail;
use crate::rules::FrontMatter;
use crate::{Error, Result};

/// Sizes and spaces, in points.
pub struct Typography;

impl Typography {
    pub const BODY: f32 = 11.0;
    pub const BODY_LEADING: f32 = 14.6;
    pub const FOOTNOTE: f32 = 9.0;
    pub const FOOTNOTE_LEADING: f32 = 11.4;
    pub const TITLE: f32 = 16.0;
    pub const SECTION: f32 = 12.5;
    pub const HEADING: f32 = 11.0;
    pub const TABLE: f32 = 9.5;
    pub const TABLE_LEADING: f32 = 12.2;
    /// Hanging indent of numbered paragraphs (1 cm): the number sits in the margin of the text.
    pub const NUMBER_INDENT: f32 = 28.35;
    pub const LIST_INDENT: f32 = 18.0;
    pub const QUOTE_INDENT: f32 = 28.35;
    pub const FOOTNOTE_INDENT: f32 = 14.0;
    pub const PARAGRAPH_SPACE: f32 = 6.0;
    pub const CELL_PADDING: f32 = 4.0;
}

const BOLD: Style = Style {
    bold: true,
    italic: false,
};

/// How the lines of a block sit in their measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Justified (the last line at the start side).
    Justify,
    Start,
    Center,
}

/// What a block is, for the layout's rules and its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Title,
    FrontMatter,
    Heading,
    Paragraph,
    ListItem,
    Quote,
}

/// A block of set lines.
pub struct Block {
    pub kind: Kind,
    pub lines: Vec<Line>,
    pub line_height: f32,
    /// Indent on the start side (left in LTR) of the first line and of the others, and on the
    /// end side.
    pub first_start: f32,
    pub start: f32,
    pub end: f32,
    pub align: Align,
    /// A label in the start margin of the first line: a paragraph number, a bullet, a list
    /// number; with its offset from the start edge of the block's measure.
    pub label: Option<(Line, f32)>,
    pub space_before: f32,
    pub space_after: f32,
    /// Headings: never alone at the foot of a page.
    pub keep_with_next: bool,
    /// Headings: their level and text in the PDF outline.
    pub outline: Option<(u8, String)>,
}

pub struct Cell {
    pub lines: Vec<Line>,
}

pub struct Row {
    pub cells: Vec<Cell>,
    pub header: bool,
}

pub struct Table {
    pub rows: Vec<Row>,
    pub columns: usize,
    /// Width of each column, in points.
    pub widths: Vec<f32>,
    pub start: f32,
}

impl Table {
    /// Left edge (from the table's left) and width of column `c`; columns run right to left
    /// in an Arabic document, each keeping its own width (the columns after it in the text
    /// stand to its left).
    pub fn column(&self, c: usize, rtl: bool) -> (f32, f32) {
        let c = c.min(self.columns.saturating_sub(1));
        let x: f32 = if rtl {
            self.widths.iter().skip(c + 1).sum()
        } else {
            self.widths.iter().take(c).sum()
        };
        (x, self.widths.get(c).copied().unwrap_or(0.0))
    }

    pub fn width(&self) -> f32 {
        self.widths.iter().sum()
    }
}

/// The measure a table cell is set on to find how wide it is on one line (points; far wider
/// than any page).
const UNBOUNDED_MEASURE: f32 = 100_000.0;

/// Column widths from what the columns hold (CSS 2.1's automatic table layout, 17.5.2.2):
/// `least` is each column's widest word and `most` its longest line, padding included. When
/// everything fits on one line, each column gets its line and the room left in proportion to
/// it; when not even the widest words fit, the widths follow them (some words will break);
/// in between, each column gets its widest word and the room left in proportion to how much
/// more it would take to stand on one line.
pub fn column_widths(least: &[f32], most: &[f32], available: f32) -> Vec<f32> {
    let min_total: f32 = least.iter().sum();
    let max_total: f32 = most.iter().sum();
    if least.is_empty() || available <= 0.0 {
        return vec![0.0; least.len()];
    }
    if max_total <= available {
        let spare = available - max_total;
        let total = max_total.max(f32::EPSILON);
        return most.iter().map(|m| m + spare * m / total).collect();
    }
    if min_total >= available {
        let total = min_total.max(f32::EPSILON);
        return least.iter().map(|l| available * l / total).collect();
    }
    let share = (available - min_total) / (max_total - min_total).max(f32::EPSILON);
    least
        .iter()
        .zip(most)
        .map(|(l, m)| l + (m - l).max(0.0) * share)
        .collect()
}

pub enum Flow {
    Block(Block),
    Table(Table),
    /// The cover page ends here.
    PageBreak,
    /// Vertical space (on the cover page).
    Space(f32),
    /// The city's logo, centred: width and height in points.
    Logo(f32, f32),
    /// A chart of the city's data (see `chart`), kept on one page.
    Chart(super::chart::Figure),
}

pub struct Footnote {
    pub label: Line,
    pub lines: Vec<Line>,
}

/// The submission, set.
pub struct Document {
    pub flows: Vec<Flow>,
    pub footnotes: Vec<Footnote>,
    pub links: Vec<String>,
    /// The language tag of each passage marked with a language (`Mark::Language`), by the
    /// index its glyphs carry (`Glyph::passage`).
    pub passages: Vec<String>,
    pub rtl: bool,
    /// The language of the document's own words (its page numbers), by code (`fr`).
    pub language: String,
    pub cover: bool,
    /// Lists, items and quotes around the flows, for the tagged PDF: each with the index of
    /// the flow it comes before (see `tags`).
    pub nesting: Vec<(usize, Nest)>,
}

/// Sets a submission's text.
pub fn build(
    detail: &SubmissionDetail,
    geometry: &Geometry,
    logo: Option<(usize, usize)>,
) -> Result<Document> {
    let language = Language::from_code(&detail.submission.language);
    let rtl = detail.submission.language == "ar";
    let cover = detail.front_matter.kind == FrontMatter::CoverPage;
    let mut b = Builder::new(language, rtl, geometry.body_width());
    b.charts = detail.charts.clone();
    b.front_matter(detail, cover, logo)?;
    for view in &detail.sections {
        b.section = view.section.title.clone();
        let title = view.section.title.trim();
        if !title.is_empty() {
            let spans = vec![Span {
                text: title.to_string(),
                style: BOLD,
                ..Default::default()
            }];
            let lines = b.set(&spans, Typography::SECTION, false, 0.0, 0.0)?;
            b.flows.push(Flow::Block(Block {
                kind: Kind::Heading,
                lines,
                line_height: Typography::SECTION * 1.3,
                first_start: 0.0,
                start: 0.0,
                end: 0.0,
                align: Align::Start,
                label: None,
                space_before: 14.0,
                space_after: 6.0,
                keep_with_next: true,
                outline: Some((1, title.to_string())),
            }));
        }
        for block in &view.section.content.blocks {
            b.block(block, Place::Section)?;
        }
    }
    Ok(Document {
        flows: b.flows,
        footnotes: b.footnotes,
        links: b.links,
        passages: b.passages,
        rtl,
        language: detail.submission.language.clone(),
        cover,
        nesting: b.nesting,
    })
}

/// A document that is one table (the follow-up matrix): a title, a few "Label: value" lines,
/// and the table, its header row repeated at the top of every page. `weights` share the width
/// out between the columns. `lang` is the language of its own words (headers, page numbers).
pub fn matrix(
    lang: &str,
    geometry: &Geometry,
    title: &str,
    lines: &[(String, String)],
    headers: &[&str],
    rows: &[Vec<String>],
    weights: &[f32],
) -> Result<Document> {
    let rtl = crate::model::language::is_rtl(lang);
    let mut b = Builder::new(Language::from_code(lang), rtl, geometry.body_width());
    b.title(title, Align::Start, 8.0)?;
    b.label_lines(lang, lines, Align::Start, 1.0)?;
    b.flows.push(Flow::Space(8.0));
    let total: f32 = weights.iter().sum::<f32>().max(f32::EPSILON);
    let widths: Vec<f32> = weights.iter().map(|w| w / total * b.width).collect();
    let mut out = Vec::with_capacity(rows.len() + 1);
    let cell = |b: &Builder, text: &str, width: f32, header: bool| -> Result<Cell> {
        let spans = [Span {
            // A new line inside a cell (an evidence note per line) stays a new line.
            text: text.replace('\n', &HARD_BREAK.to_string()),
            style: Style {
                bold: header,
                italic: false,
            },
            ..Default::default()
        }];
        let measure = width - 2.0 * Typography::CELL_PADDING;
        Ok(Cell {
            lines: b.set_in(&spans, Typography::TABLE, false, measure, measure)?,
        })
    };
    out.push(Row {
        cells: headers
            .iter()
            .zip(&widths)
            .map(|(h, w)| cell(&b, h, *w, true))
            .collect::<Result<_>>()?,
        header: true,
    });
    for row in rows {
        out.push(Row {
            cells: row
                .iter()
                .zip(&widths)
                .map(|(t, w)| cell(&b, t, *w, false))
                .collect::<Result<_>>()?,
            header: false,
        });
    }
    b.flows.push(Flow::Table(Table {
        rows: out,
        columns: widths.len(),
        widths,
        start: 0.0,
    }));
    Ok(Document {
        flows: b.flows,
        footnotes: Vec::new(),
        links: Vec::new(),
        passages: Vec::new(),
        rtl,
        language: lang.to_string(),
        cover: false,
        nesting: b.nesting,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Place {
    Section,
    List(usize),
    Quote,
}

struct Builder {
    language: Language,
    rtl: bool,
    width: f32,
    footnotes: Vec<Footnote>,
    links: Vec<String>,
    /// See [`Document::passages`].
    passages: Vec<String>,
    flows: Vec<Flow>,
    next_paragraph: usize,
    /// The section being set, for messages.
    section: String,
    nesting: Vec<(usize, Nest)>,
    /// The numbers of the submission's charts.
    charts: Vec<crate::progress::ChartData>,
}

impl Builder {
    /// Sets spans at `size` in the measure less the indents; a character no font has becomes
    /// a plain message naming it and the section.
    fn set(
        &self,
        spans: &[Span],
        size: f32,
        justify: bool,
        first_indent: f32,
        indent: f32,
    ) -> Result<Vec<Line>> {
        self.set_in(
            spans,
            size,
            justify,
            self.width - first_indent,
            self.width - indent,
        )
    }

    fn set_in(
        &self,
        spans: &[Span],
        size: f32,
        justify: bool,
        first_width: f32,
        width: f32,
    ) -> Result<Vec<Line>> {
        let setting = Setting {
            size,
            language: self.language,
            rtl: self.rtl,
            justify,
            hyphenate: justify,
            first_width: first_width.max(20.0),
            width: width.max(20.0),
        };
        text::set(spans, &setting).map_err(|missing| {
            let chars: Vec<String> = missing
                .0
                .iter()
                .map(|c| format!("“{c}” (U+{:04X})", *c as u32))
                .collect();
            let place = if self.section.is_empty() {
                "the front matter".to_string()
            } else {
                format!("the section “{}”", self.section)
            };
            Error::Invalid {
                field: "content".into(),
                message: format!(
                    "The PDF cannot show {} in {place}: none of the fonts CityRights ships has \
                     {}. Replace or remove {} and export again; nothing was written.",
                    chars.join(", "),
                    if chars.len() == 1 { "it" } else { "them" },
                    if chars.len() == 1 { "it" } else { "them" },
                ),
            }
        })
    }

    /// A one-line label (a number or a bullet), never broken.
    fn label(&self, text: &str, size: f32, bold: bool) -> Result<Line> {
        let spans = vec![Span {
            text: text.to_string(),
            style: Style {
                bold,
                italic: false,
            },
            ..Default::default()
        }];
        let mut lines = self.set_in(&spans, size, false, 1000.0, 1000.0)?;
        lines.truncate(1);
        lines
            .pop()
            .ok_or_else(|| Error::Internal("An empty label was set.".into()))
    }

    fn new(language: Language, rtl: bool, width: f32) -> Builder {
        Builder {
            language,
            rtl,
            width,
            footnotes: Vec::new(),
            links: Vec::new(),
            passages: Vec::new(),
            flows: Vec::new(),
            next_paragraph: 1,
            section: String::new(),
            nesting: Vec::new(),
            charts: Vec::new(),
        }
    }

    /// The document's title, bold.
    fn title(&mut self, text: &str, align: Align, space_after: f32) -> Result<()> {
        let spans = [Span {
            text: text.to_string(),
            style: BOLD,
            ..Default::default()
        }];
        let lines = self.set(&spans, Typography::TITLE, false, 0.0, 0.0)?;
        self.flows.push(Flow::Block(Block {
            kind: Kind::Title,
            lines,
            line_height: Typography::TITLE * 1.3,
            first_start: 0.0,
            start: 0.0,
            end: 0.0,
            align,
            label: None,
            space_before: 0.0,
            space_after,
            keep_with_next: true,
            outline: None,
        }));
        Ok(())
    }

    /// "Label: value" lines under the title, the label bold and its colon as `lang` writes it.
    fn label_lines(
        &mut self,
        lang: &str,
        lines: &[(String, String)],
        align: Align,
        space_after: f32,
    ) -> Result<()> {
        for (label, value) in lines {
            let spans = [
                Span {
                    text: crate::front_matter::label_colon(lang, label),
                    style: BOLD,
                    ..Default::default()
                },
                Span {
                    text: value.clone(),
                    ..Default::default()
                },
            ];
            let lines = self.set(&spans, Typography::BODY, false, 0.0, 0.0)?;
            self.flows.push(Flow::Block(Block {
                kind: Kind::FrontMatter,
                lines,
                line_height: Typography::BODY_LEADING,
                first_start: 0.0,
                start: 0.0,
                end: 0.0,
                align,
                label: None,
                space_before: 0.0,
                space_after,
                keep_with_next: false,
                outline: None,
            }));
        }
        Ok(())
    }

    /// The title and the lines of the front matter, as the core built them for both files
    /// (and for the word count): [`SubmissionDetail::sent_front_matter`].
    fn front_matter(
        &mut self,
        detail: &SubmissionDetail,
        cover: bool,
        logo: Option<(usize, usize)>,
    ) -> Result<()> {
        let sent = detail.sent_front_matter();
        if cover {
            self.flows
                .push(Flow::Space(if logo.is_some() { 40.0 } else { 150.0 }));
            if let Some((w, h)) = logo {
                // 80 points high, keeping its proportions; a wide logo is narrowed to the
                // text's width.
                let ratio = w.max(1) as f32 / h.max(1) as f32;
                let (mut lw, mut lh) = (80.0 * ratio, 80.0);
                if lw > self.width {
                    lw = self.width;
                    lh = lw / ratio;
                }
                self.flows.push(Flow::Logo(lw, lh));
                self.flows.push(Flow::Space(36.0));
            }
        }
        let align = if cover { Align::Center } else { Align::Start };
        self.title(&sent.title, align, if cover { 28.0 } else { 10.0 })?;
        let lines: Vec<(String, String)> =
            sent.lines.into_iter().map(|l| (l.label, l.value)).collect();
        self.label_lines(
            &detail.submission.language,
            &lines,
            align,
            if cover { 6.0 } else { 1.0 },
        )?;
        if cover {
            self.flows.push(Flow::PageBreak);
        } else {
            self.flows.push(Flow::Space(8.0));
        }
        Ok(())
    }

    fn block(&mut self, block: &Content, place: Place) -> Result<()> {
        let (start, end) = match place {
            Place::Section => (0.0, 0.0),
            // Lists sit under the text of the numbered paragraphs.
            Place::List(depth) => (
                Typography::NUMBER_INDENT + (depth as f32 + 1.0) * Typography::LIST_INDENT,
                0.0,
            ),
            Place::Quote => (Typography::QUOTE_INDENT, Typography::QUOTE_INDENT),
        };
        match block {
            Content::Heading { level, content } => {
                let spans = self.spans(content, BOLD)?;
                let plain: String = spans
                    .iter()
                    .filter(|s| s.footnote.is_none())
                    .map(|s| s.text.as_str())
                    .collect();
                let w = self.width - start - end;
                let lines = self.set_in(&spans, Typography::HEADING, false, w, w)?;
                self.nest(Nest::Heading((*level).clamp(1, 5) + 1));
                let in_section = place == Place::Section;
                self.flows.push(Flow::Block(Block {
                    kind: Kind::Heading,
                    lines,
                    line_height: Typography::HEADING * 1.35,
                    first_start: start,
                    start,
                    end,
                    align: Align::Start,
                    label: None,
                    space_before: 10.0,
                    space_after: 4.0,
                    keep_with_next: true,
                    outline: in_section
                        .then(|| ((*level).clamp(1, 5) + 1, plain.trim().to_string())),
                }));
            }
            Content::Paragraph { numbered, content } => {
                let spans = self.spans(content, Style::default())?;
                let number = (*numbered && place == Place::Section).then(|| {
                    let n = self.next_paragraph;
                    self.next_paragraph += 1;
                    n
                });
                let (first, rest) = if number.is_some() {
                    (Typography::NUMBER_INDENT, Typography::NUMBER_INDENT)
                } else {
                    (start, start)
                };
                let lines = self.set_in(
                    &spans,
                    Typography::BODY,
                    true,
                    self.width - first - end,
                    self.width - rest - end,
                )?;
                let label = match number {
                    Some(n) => Some((self.label(&format!("{n}."), Typography::BODY, false)?, 0.0)),
                    None => None,
                };
                // An empty numbered paragraph keeps its number on the page, as the app and the
                // Word export count it.
                let mut lines = lines;
                if lines.is_empty() && label.is_some() {
                    lines.push(Line::empty());
                }
                self.flows.push(Flow::Block(Block {
                    kind: match place {
                        Place::Quote => Kind::Quote,
                        Place::List(_) => Kind::ListItem,
                        Place::Section => Kind::Paragraph,
                    },
                    lines,
                    line_height: Typography::BODY_LEADING,
                    first_start: first,
                    start: rest,
                    end,
                    align: Align::Justify,
                    label,
                    space_before: 0.0,
                    space_after: Typography::PARAGRAPH_SPACE,
                    keep_with_next: false,
                    outline: None,
                }));
            }
            Content::BulletList { items } => self.list(items, false, place)?,
            Content::OrderedList { items } => self.list(items, true, place)?,
            Content::Quote { blocks } => {
                self.nest(Nest::Quote);
                for b in blocks {
                    let inner = match place {
                        Place::List(_) => place,
                        _ => Place::Quote,
                    };
                    self.block(b, inner)?;
                }
                self.nest(Nest::Close);
            }
            Content::Table { rows } => self.table(rows, start)?,
            Content::Chart {
                chart,
                symbol,
                indicator,
                caption,
            } => {
                // The chart, its caption, and its numbers as a table (its text alternative);
                // with nothing to draw, its caption and the sentence that says why.
                let Some(data) =
                    crate::progress::find(&self.charts, *chart, symbol.as_deref(), *indicator)
                else {
                    return Ok(());
                };
                let data = data.clone();
                let words = super::chart::Words {
                    language: self.language,
                    rtl: self.rtl,
                };
                match super::chart::figure(&data, self.width - start - end, words)? {
                    Some(figure) => self.flows.push(Flow::Chart(figure)),
                    None => self.block(&super::super::chart::missing_block(&data), place)?,
                }
                if let Some(c) = super::super::chart::caption_block(&data, caption) {
                    self.block(&c, place)?;
                }
                if data.table.len() > 1 {
                    // Widths from what the columns hold, as any table of the text.
                    self.table(&super::super::chart::table_rows(&data), start)?;
                }
            }
        }
        Ok(())
    }

    fn list(&mut self, items: &[ListItem], ordered: bool, place: Place) -> Result<()> {
        let depth = match place {
            Place::List(d) => d + 1,
            _ => 0,
        };
        let inner = Place::List(depth);
        self.nest(Nest::List);
        for (i, item) in items.iter().enumerate() {
            let first_flow = self.flows.len();
            self.nest(Nest::Item);
            for b in &item.blocks {
                self.block(b, inner)?;
            }
            self.nest(Nest::Close);
            let label_text = if ordered {
                format!("{}.", i + 1)
            } else if depth % 2 == 0 {
                "•".to_string()
            } else {
                "–".to_string()
            };
            let label = self.label(&label_text, Typography::BODY, false)?;
            // The label goes on the item's first block, in the indent before its text.
            if let Some(Flow::Block(b)) = self.flows.get_mut(first_flow) {
                let offset = (b.first_start - Typography::LIST_INDENT).max(0.0);
                b.label = Some((label, offset));
                b.space_after = 3.0;
            }
        }
        if let Some(Flow::Block(b)) = self.flows.last_mut() {
            b.space_after = Typography::PARAGRAPH_SPACE;
        }
        self.nest(Nest::Close);
        Ok(())
    }

    /// Structure for the tagged PDF, before the next flow.
    fn nest(&mut self, n: Nest) {
        self.nesting.push((self.flows.len(), n));
    }

    /// A table, its columns as wide as what they hold, as a browser lays out a table whose widths
    /// nobody set (CSS 2.1, 17.5.2.2): no column narrower than its widest word when they all
    /// fit, and the room left shared by how much more each would take to stand on one line
    /// ([`column_widths`]). Equal shares broke "Abandonnée" into "Abandonné" and "e" under a
    /// seven-column header while a date column kept room to spare.
    fn table(&mut self, rows: &[crate::document::TableRow], start: f32) -> Result<()> {
        let columns = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
        if columns == 0 {
            return Ok(());
        }
        let available = self.width - start;
        // Every cell's spans, then its lines on an unbounded measure: its natural width, and its
        // widest word.
        let mut spans = Vec::with_capacity(rows.len());
        for row in rows {
            let mut cells = Vec::with_capacity(row.cells.len());
            for cell in &row.cells {
                let style = Style {
                    bold: cell.header,
                    italic: false,
                };
                cells.push(self.spans(&cell.content, style)?);
            }
            spans.push(cells);
        }
        let padding = 2.0 * Typography::CELL_PADDING;
        let mut natural: Vec<Vec<Option<Vec<Line>>>> = Vec::with_capacity(rows.len());
        let mut least = vec![padding; columns];
        let mut most = vec![padding; columns];
        for row in &spans {
            let mut set = Vec::with_capacity(row.len());
            for (c, cell) in row.iter().enumerate() {
                let lines = self.set_in(
                    cell,
                    Typography::TABLE,
                    false,
                    UNBOUNDED_MEASURE,
                    UNBOUNDED_MEASURE,
                )?;
                let one_line = lines.iter().map(|l| l.width).fold(0.0, f32::max);
                let word = lines
                    .iter()
                    .map(text::widest_unbreakable)
                    .fold(0.0, f32::max);
                least[c] = least[c].max(word + padding);
                most[c] = most[c].max(one_line + padding);
                set.push(Some(lines));
            }
            natural.push(set);
        }
        let widths = column_widths(&least, &most, available);
        let mut out = Vec::with_capacity(rows.len());
        for (r, (row, row_spans)) in rows.iter().zip(&spans).enumerate() {
            let mut cells = Vec::with_capacity(row.cells.len());
            for (c, (cell_spans, width)) in row_spans.iter().zip(&widths).enumerate() {
                let measure = width - padding;
                // A cell that stands on one line within its column is already set.
                let kept = natural
                    .get_mut(r)
                    .and_then(|set| set.get_mut(c))
                    .and_then(Option::take)
                    .filter(|lines| lines.iter().all(|l| l.width <= measure));
                let lines = match kept {
                    Some(lines) => lines,
                    None => self.set_in(cell_spans, Typography::TABLE, false, measure, measure)?,
                };
                cells.push(Cell { lines });
            }
            let header = !row.cells.is_empty() && row.cells.iter().all(|c| c.header);
            out.push(Row { cells, header });
        }
        self.flows.push(Flow::Table(Table {
            rows: out,
            columns,
            widths,
            start,
        }));
        Ok(())
    }

    /// The spans of inline content; footnotes are numbered and set on the way.
    fn spans(&mut self, content: &[Inline], base: Style) -> Result<Vec<Span>> {
        let mut spans = Vec::with_capacity(content.len());
        for inline in content {
            match inline {
                Inline::Text { text, marks } => {
                    let mut style = base;
                    let mut link = None;
                    let mut passage = None;
                    for m in marks {
                        match m {
                            Mark::Bold => style.bold = true,
                            Mark::Italic => style.italic = true,
                            Mark::Link { href } if is_allowed_link(href) => {
                                link = Some(self.link(href));
                            }
                            Mark::Link { .. } => {}
                            Mark::Language { lang } => {
                                // Runs side by side in one language (a bold word inside a
                                // German quotation) are one passage: one `Span` to a reader.
                                let previous = spans.last().and_then(|s: &Span| s.passage);
                                passage = match previous {
                                    Some(p) if self.passages.get(p) == Some(lang) => Some(p),
                                    _ => {
                                        self.passages.push(lang.clone());
                                        Some(self.passages.len() - 1)
                                    }
                                };
                            }
                        }
                    }
                    spans.push(Span {
                        text: text.clone(),
                        style,
                        link,
                        passage,
                        ..Default::default()
                    });
                }
                Inline::Citation { symbol, paragraph } => spans.push(Span {
                    text: citation_text(symbol, paragraph.as_deref()),
                    style: base,
                    ..Default::default()
                }),
                Inline::HardBreak => spans.push(Span {
                    text: HARD_BREAK.to_string(),
                    style: base,
                    ..Default::default()
                }),
                Inline::Footnote { content } => {
                    let index = self.footnotes.len();
                    let number = index + 1;
                    // Reserve the number before setting the text (a footnote's own footnotes
                    // are not a thing the editor makes, but would be numbered after it).
                    self.footnotes.push(Footnote {
                        label: self.label(&number.to_string(), Typography::FOOTNOTE, false)?,
                        lines: Vec::new(),
                    });
                    let inner = self.spans(content, Style::default())?;
                    let lines = self.set(
                        &inner,
                        Typography::FOOTNOTE,
                        true,
                        Typography::FOOTNOTE_INDENT,
                        Typography::FOOTNOTE_INDENT,
                    )?;
                    if let Some(f) = self.footnotes.get_mut(index) {
                        // An empty footnote still shows its number at the foot of the page.
                        f.lines = if lines.is_empty() {
                            vec![Line::empty()]
                        } else {
                            lines
                        };
                    }
                    spans.push(Span {
                        text: number.to_string(),
                        style: base,
                        superscript: true,
                        footnote: Some(index),
                        link: None,
                        passage: None,
                    });
                }
            }
        }
        Ok(spans)
    }

    fn link(&mut self, href: &str) -> usize {
        if let Some(i) = self.links.iter().position(|l| l == href) {
            return i;
        }
        self.links.push(href.to_string());
        self.links.len() - 1
    }
}

#[cfg(test)]
mod tests {
    use super::{column_widths, Table};

    fn close(a: &[f32], b: &[f32]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 0.01)
    }

    /// A table's columns get room by what they hold: all on one line when it fits (the room
    /// left shared by length), never narrower than a word when the words fit, and in
    /// proportion to the words when even they do not.
    #[test]
    fn columns_are_as_wide_as_what_they_hold() {
        // Everything fits: the long column gets most, in proportion.
        let w = column_widths(&[20.0, 30.0], &[40.0, 160.0], 400.0);
        assert!(close(&w, &[80.0, 320.0]), "{w:?}");
        // The lines do not fit: each column keeps its widest word, the rest goes to the column
        // that would take more to stand on one line.
        let w = column_widths(&[60.0, 30.0, 30.0], &[70.0, 400.0, 30.0], 300.0);
        assert!(w[0] >= 60.0 && w[2] >= 30.0 && w[1] > 150.0, "{w:?}");
        assert!((w.iter().sum::<f32>() - 300.0).abs() < 0.01, "{w:?}");
        // Not even the words fit: in proportion to them.
        let w = column_widths(&[200.0, 100.0], &[300.0, 100.0], 150.0);
        assert!(close(&w, &[100.0, 50.0]), "{w:?}");
        assert!(column_widths(&[], &[], 100.0).is_empty());
    }

    #[test]
    fn right_to_left_columns_keep_their_own_widths() {
        let table = Table {
            rows: Vec::new(),
            columns: 3,
            widths: vec![50.0, 10.0, 40.0],
            start: 0.0,
        };
        assert_eq!(table.column(0, false), (0.0, 50.0));
        assert_eq!(table.column(2, false), (60.0, 40.0));
        // Right to left: the first column at the right edge, as wide as in the text.
        assert_eq!(table.column(0, true), (50.0, 50.0));
        assert_eq!(table.column(1, true), (40.0, 10.0));
        assert_eq!(table.column(2, true), (0.0, 40.0));
    }
}

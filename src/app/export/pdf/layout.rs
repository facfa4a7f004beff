//! Pages: the set blocks placed on A4 or Letter pages, with footnotes at the foot of the page
//! where they are called, and the typographic rules a reader notices when they are broken:
//!
//! - no orphan (a paragraph's first line alone at the foot of a page) and no widow (its last
//!   line alone at the top of the next);
//! - a heading never alone at the foot of a page: it goes with the first lines after it;
//! - a footnote on the page of its call, under a separator; one too long for the room left
//!   continues at the foot of the next page;
//! - nothing past the margins.
//!
//! Everything placed is also written into a [`LayoutReport`], so that tests assert these rules
//! on the boxes instead of trusting them.

use super::flow::{Align, Block, Document, Flow, Footnote, Kind, Table, Typography};
use super::tags::Tag;
use super::text::Line;
use crate::city::PaperSize;
use serde::Serialize;

/// The page and its margins, in points.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub margin_x: f32,
    pub margin_top: f32,
    pub margin_bottom: f32,
}

impl Geometry {
    /// A4 with 2.5 cm margins, or Letter with one-inch margins (as the Word export).
    pub fn new(paper: PaperSize) -> Geometry {
        match paper {
            PaperSize::A4 => Geometry {
                width: 595.28,
                height: 841.89,
                margin_x: 70.87,
                margin_top: 70.87,
                margin_bottom: 70.87,
            },
            PaperSize::Letter => Geometry {
                width: 612.0,
                height: 792.0,
                margin_x: 72.0,
                margin_top: 72.0,
                margin_bottom: 72.0,
            },
        }
    }

    /// The same paper turned on its side (wide tables).
    pub fn landscape(self) -> Geometry {
        Geometry {
            width: self.height,
            height: self.width,
            ..self
        }
    }

    pub fn body_width(&self) -> f32 {
        self.width - 2.0 * self.margin_x
    }

    fn body_bottom(&self) -> f32 {
        self.height - self.margin_bottom
    }
}

/// A line placed on a page: `x` is its left end, `baseline` is measured from the top of the
/// page.
pub struct Placed {
    pub x: f32,
    pub baseline: f32,
    pub line: Line,
    /// What the line belongs to, for the tagged PDF.
    pub tag: Tag,
}

/// A rule (footnote separator, table border), from the top of the page.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub x1: f32,
    pub y1: f32,
    pub x2: f32,
    pub y2: f32,
    pub width: f32,
}

/// An entry of the PDF outline: a heading, where it is.
#[derive(Debug, Clone, Serialize)]
pub struct OutlineEntry {
    pub level: u8,
    pub title: String,
    pub page: usize,
    /// Top of the heading, from the top of the page.
    pub top: f32,
}

pub struct Page {
    pub lines: Vec<Placed>,
    pub rules: Vec<Rule>,
    /// The logo: x, top, width, height.
    pub logo: Option<(f32, f32, f32, f32)>,
    /// Charts: their bars, drawn by `chart::draw`.
    pub charts: Vec<super::chart::PlacedChart>,
    /// Pages that carry no number (the cover page).
    pub numbered: bool,
}

impl Page {
    fn new() -> Page {
        Page {
            lines: Vec::new(),
            rules: Vec::new(),
            logo: None,
            charts: Vec::new(),
            numbered: true,
        }
    }
}

/// What a placed box is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BoxKind {
    Title,
    FrontMatter,
    Heading,
    Paragraph,
    ListItem,
    Quote,
    Label,
    TableCell,
    Footnote,
    FootnoteSeparator,
    PageNumber,
    Logo,
    Chart,
}

/// A box the layout placed, in points from the top-left corner of its page.
#[derive(Debug, Clone, Serialize)]
pub struct PlacedBox {
    pub page: usize,
    pub kind: BoxKind,
    /// The block (paragraph, heading…) or footnote the box belongs to, by order of appearance.
    pub block: usize,
    /// Index of the line in its block, and the block's number of lines.
    pub line: usize,
    pub lines: usize,
    pub x: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
    /// Footnotes called on this line (by number, from 1).
    pub calls: Vec<usize>,
    pub text: String,
}

/// Every box placed, page by page: what tests check the typographic rules on.
#[derive(Debug, Clone, Serialize, Default)]
pub struct LayoutReport {
    pub page_width: f32,
    pub page_height: f32,
    pub margin_x: f32,
    pub margin_top: f32,
    pub margin_bottom: f32,
    pub pages: usize,
    pub boxes: Vec<PlacedBox>,
    pub outline: Vec<OutlineEntry>,
}

/// The part of the footnote area given to one footnote's lines on a page.
struct FootPiece {
    footnote: usize,
    from: usize,
}

struct Pager<'a> {
    geo: Geometry,
    doc: &'a Document,
    pages: Vec<Page>,
    page: Page,
    /// Top of the free space, from the top of the page.
    y: f32,
    /// Footnote lines placed on this page, in order.
    foot: Vec<(usize, usize)>,
    foot_height: f32,
    /// Footnote lines that did not fit, for the next page.
    carry: Vec<FootPiece>,
    report: LayoutReport,
    block_index: usize,
    /// Whether anything has been placed on the body of this page.
    body_used: bool,
}

const SEPARATOR_SPACE: f32 = 10.0;

/// Places the document on pages.
pub fn paginate(doc: &Document, geo: Geometry) -> (Vec<Page>, LayoutReport) {
    let mut p = Pager {
        geo,
        doc,
        pages: Vec::new(),
        page: Page::new(),
        y: geo.margin_top,
        foot: Vec::new(),
        foot_height: 0.0,
        carry: Vec::new(),
        report: LayoutReport {
            page_width: geo.width,
            page_height: geo.height,
            margin_x: geo.margin_x,
            margin_top: geo.margin_top,
            margin_bottom: geo.margin_bottom,
            ..Default::default()
        },
        block_index: 0,
        body_used: false,
    };
    if doc.cover {
        p.page.numbered = false;
    }
    for (i, flow) in doc.flows.iter().enumerate() {
        match flow {
            Flow::Block(b) => {
                let next = doc.flows[i + 1..].iter().find_map(|f| match f {
                    Flow::Block(n) => Some(first_lines_height(n)),
                    Flow::Table(t) => t.rows.first().map(|r| row_height(r.cells.iter())),
                    _ => None,
                });
                p.block(b, next.unwrap_or(0.0));
            }
            Flow::Table(t) => p.table(t),
            Flow::PageBreak => p.new_page(),
            Flow::Space(h) => {
                if p.y + h < geo.body_bottom() {
                    p.y += h;
                }
            }
            Flow::Logo(w, h) => {
                let (w, h) = (*w, *h);
                let x = (geo.width - w) / 2.0;
                p.page.logo = Some((x, p.y, w, h));
                p.report.boxes.push(PlacedBox {
                    page: p.pages.len(),
                    kind: BoxKind::Logo,
                    block: 0,
                    line: 0,
                    lines: 1,
                    x,
                    top: p.y,
                    width: w,
                    height: h,
                    calls: Vec::new(),
                    text: String::new(),
                });
                p.y += h;
            }
            Flow::Chart(f) => {
                // A chart is never split: to the next page when it does not fit.
                if p.body_used {
                    p.y += 6.0;
                    if p.y + f.height > p.bottom() {
                        p.new_page();
                    }
                }
                let (lines, chart) = super::chart::place(f, geo.margin_x, p.y);
                p.report.boxes.push(PlacedBox {
                    page: p.pages.len(),
                    kind: BoxKind::Chart,
                    block: 0,
                    line: 0,
                    lines: 1,
                    x: geo.margin_x,
                    top: p.y,
                    width: f.width,
                    height: f.height,
                    calls: Vec::new(),
                    text: chart.alt.clone(),
                });
                p.page.lines.extend(lines);
                p.page.charts.push(chart);
                p.y += f.height + 4.0;
                p.body_used = true;
            }
        }
    }
    // Footnote lines still waiting go on pages of their own.
    while !p.carry.is_empty() {
        p.new_page();
    }
    p.finish_page();
    let total = p.pages.len();
    p.report.pages = total;
    (p.pages, p.report)
}

/// The height a heading needs below it: the first two lines of the next block.
fn first_lines_height(b: &Block) -> f32 {
    b.space_before + b.line_height * b.lines.len().min(2) as f32
}

fn row_height<'c>(cells: impl Iterator<Item = &'c super::flow::Cell>) -> f32 {
    cells
        .map(|c| c.lines.len().max(1) as f32 * Typography::TABLE_LEADING)
        .fold(0.0, f32::max)
        + 2.0 * Typography::CELL_PADDING
}

fn footnote_height(f: &Footnote, from: usize) -> f32 {
    f.lines
        .len()
        .saturating_sub(from)
        .max(if from == 0 { 1 } else { 0 }) as f32
        * Typography::FOOTNOTE_LEADING
}

/// Whether a body line can go on the page, given the footnotes it calls.
#[derive(Debug, PartialEq)]
enum Fit {
    All,
    /// The line fits with this many lines of its last footnote; the rest continues overleaf.
    Split(usize),
    No,
}

impl Pager<'_> {
    fn bottom(&self) -> f32 {
        self.geo.body_bottom() - self.foot_area()
    }

    fn foot_area(&self) -> f32 {
        if self.foot.is_empty() {
            0.0
        } else {
            SEPARATOR_SPACE + self.foot_height
        }
    }

    /// Whether a line of height `h` calling `calls` fits below `y` with a footnote area of
    /// `foot` (height, whether non-empty).
    fn fit(&self, y: f32, foot: (f32, bool), h: f32, calls: &[usize]) -> Fit {
        let bottom = self.geo.body_bottom();
        let sep = if foot.1 || calls.is_empty() {
            0.0
        } else {
            SEPARATOR_SPACE
        };
        let base = foot.0 + if foot.1 { SEPARATOR_SPACE } else { 0.0 } + sep;
        let all: f32 = calls
            .iter()
            .map(|c| footnote_height(&self.doc.footnotes[*c], 0))
            .sum();
        if y + h + base + all <= bottom + 0.01 {
            return Fit::All;
        }
        if let Some((last, before)) = calls.split_last() {
            let before: f32 = before
                .iter()
                .map(|c| footnote_height(&self.doc.footnotes[*c], 0))
                .sum();
            let room = bottom - (y + h + base + before);
            let n = (room / Typography::FOOTNOTE_LEADING + 0.001)
                .floor()
                .max(0.0) as usize;
            let total = self.doc.footnotes[*last].lines.len();
            // At least two lines of the footnote under its call (one if it is that short).
            if n >= 2.min(total) && n < total {
                return Fit::Split(n);
            }
        }
        Fit::No
    }

    /// How many of `lines` fit on this page, one after the other.
    fn fit_count(&self, lines: &[Line], h: f32) -> usize {
        let mut y = self.y;
        let mut foot = (self.foot_height, !self.foot.is_empty());
        for (i, line) in lines.iter().enumerate() {
            match self.fit(y, foot, h, &line.footnotes) {
                Fit::All => {
                    y += h;
                    let added: f32 = line
                        .footnotes
                        .iter()
                        .map(|c| footnote_height(&self.doc.footnotes[*c], 0))
                        .sum();
                    foot = (foot.0 + added, foot.1 || !line.footnotes.is_empty());
                }
                Fit::Split(_) => return i + 1,
                Fit::No => return i,
            }
        }
        lines.len()
    }

    fn new_page(&mut self) {
        self.finish_page();
        self.y = self.geo.margin_top;
        self.body_used = false;
        // Footnotes continued from the page before come first at the foot of this one, in as
        // much room as leaves the body a few lines.
        let carry = std::mem::take(&mut self.carry);
        let room =
            self.geo.body_bottom() - self.y - SEPARATOR_SPACE - 3.0 * Typography::BODY_LEADING;
        let mut left = room;
        for piece in carry {
            let f = &self.doc.footnotes[piece.footnote];
            let mut from = piece.from;
            while from < f.lines.len() && left >= Typography::FOOTNOTE_LEADING {
                self.foot.push((piece.footnote, from));
                self.foot_height += Typography::FOOTNOTE_LEADING;
                left -= Typography::FOOTNOTE_LEADING;
                from += 1;
            }
            if from < f.lines.len() {
                self.carry.push(FootPiece {
                    footnote: piece.footnote,
                    from,
                });
            }
        }
    }

    /// Draws this page's footnotes and keeps the page.
    fn finish_page(&mut self) {
        let page_no = self.pages.len();
        if !self.foot.is_empty() {
            let geo = self.geo;
            let top = geo.body_bottom() - self.foot_height;
            let sep_y = top - SEPARATOR_SPACE / 2.0;
            let (x1, x2) = if self.doc.rtl {
                (
                    geo.width - geo.margin_x - geo.body_width() / 3.0,
                    geo.width - geo.margin_x,
                )
            } else {
                (geo.margin_x, geo.margin_x + geo.body_width() / 3.0)
            };
            self.page.rules.push(Rule {
                x1,
                y1: sep_y,
                x2,
                y2: sep_y,
                width: 0.5,
            });
            self.report.boxes.push(PlacedBox {
                page: page_no,
                kind: BoxKind::FootnoteSeparator,
                block: 0,
                line: 0,
                lines: 1,
                x: x1,
                top: sep_y,
                width: x2 - x1,
                height: 0.5,
                calls: Vec::new(),
                text: String::new(),
            });
            let mut y = top;
            for (n, from) in std::mem::take(&mut self.foot) {
                let f = &self.doc.footnotes[n];
                let indent = Typography::FOOTNOTE_INDENT;
                if let Some(line) = f.lines.get(from) {
                    let baseline = y + Typography::FOOTNOTE_LEADING * 0.78;
                    let avail = geo.body_width() - indent;
                    let x = if self.doc.rtl {
                        geo.margin_x + avail - line.width
                    } else {
                        geo.margin_x + indent
                    };
                    self.report.boxes.push(PlacedBox {
                        page: page_no,
                        kind: BoxKind::Footnote,
                        block: n + 1,
                        line: from,
                        lines: f.lines.len(),
                        x,
                        top: y,
                        width: line.width,
                        height: Typography::FOOTNOTE_LEADING,
                        calls: Vec::new(),
                        text: line.logical_text().to_string(),
                    });
                    let line = if from == 0 {
                        let lx = if self.doc.rtl {
                            geo.width - geo.margin_x - f.label.width
                        } else {
                            geo.margin_x
                        };
                        line.with_label(&f.label, lx - x)
                    } else {
                        line.clone()
                    };
                    self.page.lines.push(Placed {
                        x,
                        baseline,
                        line,
                        tag: Tag::Note {
                            note: n,
                            line: from,
                        },
                    });
                }
                y += Typography::FOOTNOTE_LEADING;
            }
            self.foot_height = 0.0;
        } else if from_empty(&self.page) && !self.pages.is_empty() && !self.body_used {
            // An empty page (nothing after a cover page break): not kept.
            return;
        }
        let page = std::mem::replace(&mut self.page, Page::new());
        self.pages.push(page);
    }

    fn place_line(&mut self, block: &Block, index: usize, kind: BoxKind) {
        let line = &block.lines[index];
        let geo = self.geo;
        let start = if index == 0 {
            block.first_start
        } else {
            block.start
        };
        let avail = geo.body_width() - start - block.end;
        let left = geo.margin_x + if self.doc.rtl { block.end } else { start };
        let slack = (avail - line.width).max(0.0);
        let x = match block.align {
            Align::Center => left + slack / 2.0,
            Align::Justify | Align::Start => {
                if self.doc.rtl {
                    left + slack
                } else {
                    left
                }
            }
        };
        let baseline = self.y + block.line_height * 0.76;
        self.report.boxes.push(PlacedBox {
            page: self.pages.len(),
            kind,
            block: self.block_index,
            line: index,
            lines: block.lines.len(),
            x,
            top: self.y,
            width: line.width,
            height: block.line_height,
            calls: line.footnotes.iter().map(|c| c + 1).collect(),
            text: line.logical_text().to_string(),
        });
        let mut drawn = line.clone();
        if index == 0 {
            if let Some((label, offset)) = &block.label {
                let lx = if self.doc.rtl {
                    geo.width - geo.margin_x - offset - label.width
                } else {
                    geo.margin_x + offset
                };
                self.report.boxes.push(PlacedBox {
                    page: self.pages.len(),
                    kind: BoxKind::Label,
                    block: self.block_index,
                    line: 0,
                    lines: 1,
                    x: lx,
                    top: self.y,
                    width: label.width,
                    height: block.line_height,
                    calls: Vec::new(),
                    text: label.logical_text().to_string(),
                });
                drawn = line.with_label(label, lx - x);
            }
        }
        self.page.lines.push(Placed {
            x,
            baseline,
            line: drawn,
            tag: Tag::Block {
                block: self.block_index,
                line: index,
            },
        });
        // The footnotes it calls.
        let calls = line.footnotes.clone();
        let fit = self.fit(
            self.y,
            (self.foot_height, !self.foot.is_empty()),
            block.line_height,
            &calls,
        );
        for (k, c) in calls.iter().enumerate() {
            let f = &self.doc.footnotes[*c];
            let n = match fit {
                Fit::Split(n) if k + 1 == calls.len() => n,
                _ => f.lines.len().max(1),
            };
            for from in 0..n.min(f.lines.len()) {
                self.foot.push((*c, from));
                self.foot_height += Typography::FOOTNOTE_LEADING;
            }
            if n < f.lines.len() {
                self.carry.push(FootPiece {
                    footnote: *c,
                    from: n,
                });
            }
        }
        self.y += block.line_height;
        self.body_used = true;
    }

    fn block(&mut self, block: &Block, next: f32) {
        let kind = match block.kind {
            Kind::Title => BoxKind::Title,
            Kind::FrontMatter => BoxKind::FrontMatter,
            Kind::Heading => BoxKind::Heading,
            Kind::Paragraph => BoxKind::Paragraph,
            Kind::ListItem => BoxKind::ListItem,
            Kind::Quote => BoxKind::Quote,
        };
        self.block_index += 1;
        if block.lines.is_empty() {
            if self.body_used {
                self.y += block.line_height.min(self.bottom() - self.y).max(0.0);
            }
            return;
        }
        if self.body_used {
            self.y += block.space_before;
        }
        let h = block.line_height;
        if block.keep_with_next && self.body_used {
            let need = h * block.lines.len() as f32 + block.space_after + next;
            if self.y + need > self.bottom() {
                self.new_page();
            }
        }
        if let Some((level, title)) = &block.outline {
            // Recorded after any page break above, so that it lands on the heading.
            self.report.outline.push(OutlineEntry {
                level: *level,
                title: title.clone(),
                page: self.pages.len(),
                top: self.y,
            });
        }
        let n = block.lines.len();
        let mut i = 0;
        while i < n {
            let k = self.fit_count(&block.lines[i..], h);
            let rest = n - i;
            if k >= rest {
                for j in i..n {
                    self.place_line(block, j, kind);
                }
                break;
            }
            let mut take = k;
            // Widow: never leave one line for the next page.
            if rest - take < 2 && rest >= 2 {
                take = rest.saturating_sub(2);
            }
            // Orphan: never leave the first line alone at the foot of the page.
            if i == 0 && take < 2 && n >= 2 {
                take = 0;
            }
            if take == 0 {
                if self.body_used {
                    self.new_page();
                    continue;
                }
                // Even an empty page cannot hold two lines: place what fits.
                take = k.max(1);
            }
            for j in i..i + take {
                self.place_line(block, j, kind);
            }
            i += take;
            self.new_page();
        }
        self.y += block.space_after;
    }

    fn table(&mut self, table: &Table) {
        let geo = self.geo;
        let left = geo.margin_x + table.start;
        let pad = Typography::CELL_PADDING;
        let lead = Typography::TABLE_LEADING;
        let header: Vec<usize> = table
            .rows
            .iter()
            .enumerate()
            .take_while(|(_, r)| r.header)
            .map(|(i, _)| i)
            .collect();
        self.y += 4.0;
        // The header rows never stand alone at the foot of a page: when they and the first row
        // of the body (or its first two lines, as a long row may continue overleaf) do not fit
        // below the text, the table starts on the next page.
        if !header.is_empty() && self.body_used {
            let first_body = table.rows.get(header.len()).map_or(0.0, |r| {
                row_height(r.cells.iter()).min(2.0 * lead + 2.0 * pad)
            });
            let need: f32 = header
                .iter()
                .filter_map(|&i| table.rows.get(i))
                .map(|r| row_height(r.cells.iter()))
                .sum::<f32>()
                + first_body;
            if self.y + need > self.bottom() {
                self.new_page();
            }
        }
        self.block_index += 1;
        let table_block = self.block_index;
        let mut row_index = 0;
        let mut from = vec![0usize; table.columns];
        let mut rows_on_page = 0;
        while row_index < table.rows.len() {
            let row = &table.rows[row_index];
            // What is left of each cell (a row taller than a page continues overleaf).
            let left_lines: Vec<usize> = row
                .cells
                .iter()
                .enumerate()
                .map(|(c, cell)| cell.lines.len().saturating_sub(from[c]))
                .collect();
            let h = left_lines.iter().copied().max().unwrap_or(0).max(1) as f32 * lead + 2.0 * pad;
            let calls: Vec<usize> = row
                .cells
                .iter()
                .enumerate()
                .flat_map(|(c, cell)| {
                    cell.lines
                        .iter()
                        .skip(from[c])
                        .flat_map(|l| l.footnotes.clone())
                })
                .collect();
            let fits =
                self.fit(self.y, (self.foot_height, !self.foot.is_empty()), h, &calls) == Fit::All;
            let room_lines = ((self.bottom() - self.y - 2.0 * pad) / lead)
                .floor()
                .max(0.0) as usize;
            let (take, whole) = if fits {
                (usize::MAX, true)
            } else if rows_on_page > 0 || self.body_used && room_lines < 2 {
                self.new_page();
                rows_on_page = 0;
                // Repeat the header rows at the top of the new page.
                if row_index > header.len() {
                    for &hr in &header {
                        self.table_row(
                            table,
                            hr,
                            &vec![0; table.columns],
                            usize::MAX,
                            left,
                            table_block,
                        );
                    }
                }
                continue;
            } else {
                (room_lines.max(1), false)
            };
            self.table_row(table, row_index, &from, take, left, table_block);
            rows_on_page += 1;
            if whole {
                row_index += 1;
                from = vec![0; table.columns];
            } else {
                for (c, f) in from.iter_mut().enumerate() {
                    *f += take.min(left_lines.get(c).copied().unwrap_or(0));
                }
                if row
                    .cells
                    .iter()
                    .enumerate()
                    .all(|(c, cell)| from[c] >= cell.lines.len())
                {
                    row_index += 1;
                    from = vec![0; table.columns];
                }
                self.new_page();
                rows_on_page = 0;
            }
        }
        self.y += Typography::PARAGRAPH_SPACE + 4.0;
    }

    /// Draws one row (or the part of it from `from`, at most `take` lines per cell).
    #[allow(clippy::too_many_arguments)]
    fn table_row(
        &mut self,
        table: &Table,
        row_index: usize,
        from: &[usize],
        take: usize,
        left: f32,
        table_block: usize,
    ) {
        let pad = Typography::CELL_PADDING;
        let lead = Typography::TABLE_LEADING;
        let row = &table.rows[row_index];
        let lines_here = row
            .cells
            .iter()
            .enumerate()
            .map(|(c, cell)| cell.lines.len().saturating_sub(from[c]).min(take))
            .max()
            .unwrap_or(0)
            .max(1);
        let h = lines_here as f32 * lead + 2.0 * pad;
        let top = self.y;
        let page = self.pages.len();
        for (c, cell) in row.cells.iter().enumerate() {
            let (offset, column) = table.column(c, self.doc.rtl);
            let col_x = left + offset;
            let mut y = top + pad;
            for (i, line) in cell.lines.iter().enumerate().skip(from[c]).take(take) {
                let x = if self.doc.rtl {
                    col_x + column - pad - line.width
                } else {
                    col_x + pad
                };
                self.report.boxes.push(PlacedBox {
                    page,
                    kind: BoxKind::TableCell,
                    block: table_block,
                    line: i,
                    lines: cell.lines.len(),
                    x,
                    top: y,
                    width: line.width,
                    height: lead,
                    calls: line.footnotes.iter().map(|c| c + 1).collect(),
                    text: line.logical_text().to_string(),
                });
                self.page.lines.push(Placed {
                    x,
                    baseline: y + lead * 0.76,
                    line: line.clone(),
                    tag: Tag::Cell {
                        block: table_block,
                        row: row_index,
                        col: c,
                        line: i,
                    },
                });
                for f in &line.footnotes {
                    let n = self.doc.footnotes[*f].lines.len().max(1);
                    for k in 0..n.min(self.doc.footnotes[*f].lines.len()) {
                        self.foot.push((*f, k));
                        self.foot_height += Typography::FOOTNOTE_LEADING;
                    }
                }
                y += lead;
            }
        }
        // Borders: the row's box and the lines between its cells.
        let right = left + table.width();
        let w = if row.header { 0.8 } else { 0.4 };
        for (y1, y2, x1, x2) in [(top, top, left, right), (top + h, top + h, left, right)] {
            self.page.rules.push(Rule {
                x1,
                y1,
                x2,
                y2,
                width: w,
            });
        }
        // Each cell's left edge where the cell is (columns run right to left in Arabic), and
        // the table's right edge.
        let edges = (0..table.columns)
            .map(|c| left + table.column(c, self.doc.rtl).0)
            .chain([right]);
        for x in edges {
            self.page.rules.push(Rule {
                x1: x,
                y1: top,
                x2: x,
                y2: top + h,
                width: 0.4,
            });
        }
        self.y = top + h;
        self.body_used = true;
    }
}

fn from_empty(page: &Page) -> bool {
    page.lines.is_empty() && page.rules.is_empty() && page.logo.is_none()
}

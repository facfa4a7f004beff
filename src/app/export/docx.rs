//! Word (.docx) export of a submission.
//!
//! The UPR's technical guide asked stakeholders for Word files, and CEDAW and CRC ask for Word
//! too, so this file is often the one that is sent: it must open cleanly in Microsoft Word and
//! LibreOffice and say the same as the PDF — the same front matter (built by the core,
//! [`crate::drafting::FrontMatterView`]), the same paragraph numbers, real footnotes.
//!
//! The document is built with `docx-rs` and then finished by [`finish`], which does what the
//! crate cannot express (see that module). Real Word structures are used throughout, so that
//! the officer can go on editing in Word:
//!
//! - **Named styles**: Title, Heading 1 (section titles) to Heading 6 (headings inside a section
//!   are one level below the section title), "Numbered Paragraph" (the body style, numbered
//!   through Word's numbering definitions), "Unnumbered Paragraph", Quote, List Bullet, List
//!   Number, List Continue, Table Heading, Table Contents, footnote text and footnote reference,
//!   Hyperlink, and "Citation" for UN document references.
//! - **Continuous paragraph numbering**: every numbered paragraph of every section uses one
//!   numbering instance, so Word numbers them 1, 2, 3… across the whole submission, as OHCHR
//!   cites them ("JS2, para. 43") and as the app shows them.
//! - **Footnotes** are Word footnotes, numbered by Word in order of call, which is the order the
//!   app numbers them in.
//! - **Lists** use their own numbering instances (each ordered list starts at 1), **tables**
//!   have a header style, **links** are hyperlinks (http, https and mailto only, as everywhere).
//! - **Page**: A4 or Letter from the city profile, page numbers in the footer (not on a treaty
//!   body's cover page), Times New Roman 12 (footnotes 10), as the HRC's written statements ask
//!   and as the UPR's 2008 guide began to say ("…in Times…").
//! - **Languages**: the document language is set (for Word's proofing), right-to-left
//!   paragraphs, runs and tables for Arabic, and the East Asian font slot (SimSun) for Chinese,
//!   so that all six UN languages open right in Word.
//! - **Document properties**: title, author (the city), language, subject, dates.

mod finish;

use crate::city::{CityProfile, PaperSize};
use crate::document::{citation_text, is_allowed_link, Block, Inline, ListItem, Mark, TableRow};
use crate::drafting::SubmissionDetail;
use crate::model::language::Said;
use crate::ooxml::style;
use crate::rules::FrontMatter;
use crate::store::Store;
use crate::{Error, Result};
use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, Footnote, Hyperlink, HyperlinkType,
    IndentLevel, Level, LevelJc, LevelOverride, LevelText, LineSpacing, NumPages, NumberFormat,
    Numbering, NumberingId, PageMargin, PageNum, Paragraph, Pic, Run, RunFonts, SpecialIndentType,
    Start, Style, StyleType, Table, TableCell, VertAlignType, WidthType,
};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// Numbering definitions (ids above docx-rs's own default definition, which is id 1).
const PARAGRAPHS_ABSTRACT: usize = 10;
const BULLETS_ABSTRACT: usize = 11;
const ORDERED_ABSTRACT: usize = 12;
/// The one numbering instance of all numbered paragraphs: one instance, so Word counts on
/// across sections.
const PARAGRAPHS_NUM: usize = 10;
/// List instances are numbered from here, one per list.
const FIRST_LIST_NUM: usize = 100;
/// Word has nine list levels (0–8).
const MAX_LIST_LEVEL: usize = 8;

/// Twentieths of a point (twips) per centimetre, rounded.
const TWIPS_PER_CM: i32 = 567;

/// What was written (for the "exported" message).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DocxExported {
    pub path: String,
    pub paragraphs: usize,
    pub footnotes: usize,
    pub sections: usize,
}

impl Store {
    /// The submission as the bytes of a .docx file.
    pub fn export_docx(&self, submission_id: i64) -> Result<Vec<u8>> {
        let detail = self.submission_detail(submission_id)?;
        let city = self.city_profile()?;
        build(&detail, city.as_ref())
    }

    /// Writes the submission to `path` as a .docx file. The file is written beside the target
    /// and renamed into place, so a failure never leaves half a file (see
    /// [`super::write_file`]).
    pub fn export_docx_file(&self, submission_id: i64, path: &Path) -> Result<DocxExported> {
        self.export_docx_file_of(&self.submission_detail(submission_id)?, path)
    }

    /// [`Store::export_docx_file`] for a submission whose detail the caller has read already.
    pub fn export_docx_file_of(
        &self,
        detail: &SubmissionDetail,
        path: &Path,
    ) -> Result<DocxExported> {
        let city = self.city_profile()?;
        let bytes = build(detail, city.as_ref())?;
        super::write_file(path, &bytes)?;
        Ok(DocxExported {
            path: path.display().to_string(),
            paragraphs: detail.stats.paragraphs,
            footnotes: detail.stats.footnotes,
            sections: detail.sections.len(),
        })
    }
}

/// The BCP 47 tag Word expects for a UN language (ISO 639-1 in the app). English is British,
/// as the UN's editorial manual spells.
pub(crate) fn language_tag(code: &str) -> &'static str {
    match code {
        "fr" => "fr-FR",
        "es" => "es-ES",
        "ru" => "ru-RU",
        "ar" => "ar-SA",
        "zh" => "zh-CN",
        _ => "en-GB",
    }
}

/// Builds the .docx file of a submission.
pub fn build(detail: &SubmissionDetail, city: Option<&CityProfile>) -> Result<Vec<u8>> {
    let paper = city.map(|c| c.paper_size).unwrap_or(PaperSize::A4);
    let rtl = detail.submission.language == "ar";
    let cover = detail.front_matter.kind == FrontMatter::CoverPage;
    let mut b = Builder::new(paper);
    // As wide as the text column less the 1 cm indent of the paragraph that holds a chart (Word
    // does not shrink an inline picture to its paragraph).
    b.charts = charts(detail, b.text_width() - TWIPS_PER_CM as usize)?;

    if let Some(city) = city {
        b.logo(city, &detail.submission.language)?;
    }
    b.front_matter(detail);
    for (i, view) in detail.sections.iter().enumerate() {
        let mut heading = Paragraph::new().style(&style::heading(1)).add_run(text_run(
            &view.section.title,
            false,
            false,
        ));
        if i == 0 && cover {
            heading = heading.page_break_before(true);
        }
        b.children.push(Child::Paragraph(Box::new(heading)));
        for block in &view.section.content.blocks {
            b.block(block, Place::Section);
        }
    }

    let (w, h) = b.page_size();
    let margin = b.margin();
    let mut docx = Docx::new()
        .page_size(w, h)
        .page_margin(PageMargin {
            top: margin,
            left: margin,
            bottom: margin,
            right: margin,
            header: 720,
            footer: 567,
            gutter: 0,
        })
        .default_fonts(
            RunFonts::new()
                .ascii("Times New Roman")
                .hi_ansi("Times New Roman")
                .cs("Times New Roman")
                .east_asia("SimSun"),
        )
        .default_size(24)
        .footer(Footer::new().add_paragraph(page_footer(&detail.submission.language)));
    if cover {
        // The cover page carries no page number: a first-page footer that is empty.
        docx = docx
            .first_footer(Footer::new().add_paragraph(Paragraph::new().style(style::FOOTER)))
            .title_pg();
    }
    for s in styles() {
        docx = docx.add_style(s);
    }
    for a in abstract_numberings() {
        docx = docx.add_abstract_numbering(a);
    }
    docx = docx.add_numbering(Numbering::new(PARAGRAPHS_NUM, PARAGRAPHS_ABSTRACT));
    for n in b.lists.drain(..) {
        docx = docx.add_numbering(n);
    }
    // Word merges two tables that touch, and wants a paragraph after a final table.
    let mut children = Vec::with_capacity(b.children.len() + 1);
    let mut after_table = false;
    for child in b.children.drain(..) {
        let is_table = matches!(child, Child::Table(_));
        if is_table && after_table {
            children.push(Child::Paragraph(Box::new(
                Paragraph::new().style(style::UNNUMBERED),
            )));
        }
        after_table = is_table;
        children.push(child);
    }
    if after_table {
        children.push(Child::Paragraph(Box::new(
            Paragraph::new().style(style::UNNUMBERED),
        )));
    }
    for child in children {
        docx = match child {
            Child::Paragraph(p) => docx.add_paragraph(*p),
            Child::Table(t) => docx.add_table(*t),
        };
    }

    let meta = finish::Meta {
        title: detail.submission.title.clone(),
        author: city.map(|c| c.name.clone()).unwrap_or_default(),
        subject: detail.engagement.title.clone(),
        language: language_tag(&detail.submission.language).to_string(),
        created: detail.submission.created_at.clone(),
        modified: detail.submission.updated_at.clone(),
        rtl,
        links: b.links,
        image_descriptions: b.image_descriptions,
    };
    finish::finish(docx.build(), &meta).map_err(|e| {
        Error::Internal(format!(
            "The Word file could not be made ({e}). This is a fault in CityRights; nothing was \
             written."
        ))
    })
}

/// The city's logo as PNG bytes with its size in pixels, read the way the PDF reads it (a
/// regular file, capped: [`crate::city::read_logo`]); anything but a PNG is refused.
fn read_logo_png(path: &Path) -> Result<(Vec<u8>, u32, u32)> {
    let invalid = |why: Said| {
        Error::invalid_said(
            "logo_path",
            "error.logo_word",
            vec![
                ("path", path.display().to_string().into()),
                ("why", why.into()),
            ],
        )
    };
    let bytes = crate::city::read_logo(path).map_err(invalid)?;
    let (width, height) = {
        let reader = png::Decoder::new(std::io::Cursor::new(&bytes))
            .read_info()
            .map_err(|e| invalid(crate::city::not_png(&e)))?;
        (reader.info().width, reader.info().height)
    };
    if width == 0 || height == 0 || width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS {
        return Err(invalid(crate::city::logo_too_many_pixels(
            width as usize,
            height as usize,
            MAX_LOGO_PIXELS as usize,
        )));
    }
    Ok((bytes, width, height))
}

/// The largest logo side accepted, in pixels (as in the PDF export).
const MAX_LOGO_PIXELS: u32 = 8000;

/// A block of the document body.
enum Child {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

/// Where a block sits: directly in a section (paragraphs numbered as stored), in a list item at
/// a depth, or in a quote.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Place {
    Section,
    ListItem(usize),
    Quote,
}

struct Builder {
    paper: PaperSize,
    children: Vec<Child>,
    /// Numbering instances of the lists, in order.
    lists: Vec<Numbering>,
    /// Footnotes are numbered 1, 2, 3… in order of call (Word reserves -1 and 0).
    next_footnote: usize,
    /// The target of each link, by its index: links are written as placeholders that
    /// [`finish`] turns into relationships (see there for why).
    links: Vec<String>,
    /// The submission's charts with their pictures (see [`charts`]).
    charts: Vec<Chart>,
    /// The alternative text of each image, by its relationship id: [`finish`] writes it into
    /// the image and refuses an image without one. Add images through [`Builder::picture`].
    image_descriptions: Vec<(String, String)>,
}

/// A chart's numbers and its picture: PNG bytes, size in pixels and in points (none when
/// there is nothing to draw).
struct Chart {
    data: crate::progress::ChartData,
    png: Option<super::pdf::ChartPng>,
}

/// The pictures of the submission's charts, as wide as the text column, their words in the
/// submission's language (mirrored in Arabic, as in the PDF).
fn charts(detail: &SubmissionDetail, text_width_twips: usize) -> Result<Vec<Chart>> {
    detail
        .charts
        .iter()
        .map(|data| {
            Ok(Chart {
                png: super::pdf::chart_png(
                    data,
                    text_width_twips as f32 / 20.0,
                    &detail.submission.language,
                )?,
                data: data.clone(),
            })
        })
        .collect()
}

/// English Metric Units per point, the unit of a picture's size in Word.
const EMU_PER_POINT: f32 = 12_700.0;

impl Builder {
    fn new(paper: PaperSize) -> Builder {
        Builder {
            paper,
            children: Vec::new(),
            lists: Vec::new(),
            next_footnote: 1,
            links: Vec::new(),
            charts: Vec::new(),
            image_descriptions: Vec::new(),
        }
    }

    /// A run holding `pic`, with `description` as its alternative text (what a screen reader
    /// reads in its place): the one way images go into the document.
    fn picture(&mut self, pic: Pic, description: &str) -> Run {
        self.image_descriptions
            .push((pic.id.clone(), description.to_string()));
        Run::new().add_image(pic)
    }

    /// The city's logo, centred above the title (as on the PDF's first page), described as
    /// "Logo of {city}".
    fn logo(&mut self, city: &CityProfile, language: &str) -> Result<()> {
        let Some(path) = city.logo_path.as_deref() else {
            return Ok(());
        };
        let (png, width, height) = read_logo_png(Path::new(path))?;
        // At most 3 cm high and 8 cm wide, in proportion (EMU: 360 000 per cm).
        let scale = (3.0 * 360_000.0 / f64::from(height)).min(8.0 * 360_000.0 / f64::from(width));
        let pic = Pic::new_with_dimensions(png, width, height)
            .id("rIdCityRightsLogo")
            .size(
                (f64::from(width) * scale) as u32,
                (f64::from(height) * scale) as u32,
            );
        // Described in the document's language ("Logo of Ljubljana", "Logo de Ljubljana").
        let description = crate::model::language::text(
            language,
            "export.logo_alt",
            &[("city", city.name.as_str().into())],
        );
        let run = self.picture(pic, &description);
        self.children.push(Child::Paragraph(Box::new(
            Paragraph::new()
                .style(style::FRONT_MATTER)
                .align(AlignmentType::Center)
                .add_run(run),
        )));
        Ok(())
    }

    /// Page width and height in twips.
    fn page_size(&self) -> (u32, u32) {
        match self.paper {
            PaperSize::A4 => (11906, 16838),
            PaperSize::Letter => (12240, 15840),
        }
    }

    /// Page margins: 2.5 cm on A4, one inch on Letter.
    fn margin(&self) -> i32 {
        match self.paper {
            PaperSize::A4 => 1418,
            PaperSize::Letter => 1440,
        }
    }

    /// The width of the text column, for table grids.
    fn text_width(&self) -> usize {
        let (w, _) = self.page_size();
        (w as i32 - 2 * self.margin()).max(1000) as usize
    }

    /// The title and the lines of the front matter, as the core built them for both files
    /// (and for the word count): [`SubmissionDetail::sent_front_matter`].
    fn front_matter(&mut self, detail: &SubmissionDetail) {
        let sent = detail.sent_front_matter();
        let cover = sent.cover();
        let mut p =
            Paragraph::new()
                .style(style::TITLE)
                .add_run(text_run(&sent.title, false, false));
        if cover {
            // Room above the title, so that the cover page does not start at the top edge.
            p = p.line_spacing(LineSpacing::new().before(2880).after(480));
        }
        self.children.push(Child::Paragraph(Box::new(p)));
        for line in &sent.lines {
            let mut p = Paragraph::new()
                .style(style::FRONT_MATTER)
                .add_run(text_run(
                    &crate::front_matter::label_colon(&detail.submission.language, &line.label),
                    true,
                    false,
                ))
                .add_run(text_run(&line.value, false, false));
            if cover {
                p = p.align(AlignmentType::Center);
            }
            self.children.push(Child::Paragraph(Box::new(p)));
        }
    }

    fn block(&mut self, block: &Block, place: Place) {
        match block {
            Block::Heading { level, content } => {
                let p = match place {
                    Place::Section => Paragraph::new().style(&style::heading(*level as usize + 1)),
                    Place::Quote => Paragraph::new().style(style::QUOTE),
                    Place::ListItem(depth) => Paragraph::new().style(&list_continue(depth)),
                };
                let p = self.inlines(content, p, false);
                self.children.push(Child::Paragraph(Box::new(p)));
            }
            Block::Paragraph { numbered, content } => {
                let p = match place {
                    Place::Section if *numbered => Paragraph::new()
                        .style(style::NUMBERED)
                        .numbering(NumberingId::new(PARAGRAPHS_NUM), IndentLevel::new(0)),
                    Place::Section => Paragraph::new().style(style::UNNUMBERED),
                    Place::Quote => Paragraph::new().style(style::QUOTE),
                    Place::ListItem(depth) => Paragraph::new().style(&list_continue(depth)),
                };
                let p = self.inlines(content, p, false);
                self.children.push(Child::Paragraph(Box::new(p)));
            }
            Block::BulletList { items } => self.list(items, false, place),
            Block::OrderedList { items } => self.list(items, true, place),
            Block::Quote { blocks } => {
                // Lists and tables inside a quote keep their own form; the quote's paragraphs
                // (and those of quotes inside it) are Quote paragraphs.
                for b in blocks {
                    let inner = match place {
                        Place::ListItem(_) => place,
                        _ => Place::Quote,
                    };
                    self.block(b, inner);
                }
            }
            Block::Table { rows } => self.table(rows, None),
            Block::Chart {
                chart,
                symbol,
                indicator,
                caption,
            } => {
                // The picture, its caption, and its numbers as a table (its text alternative);
                // with nothing to draw, the sentence that says why and the caption.
                let symbol = symbol.as_deref().map(str::trim).filter(|s| !s.is_empty());
                let Some(c) = self.charts.iter().find(|c| {
                    c.data.chart == *chart
                        && c.data.symbol.as_deref() == symbol
                        && c.data.indicator == *indicator
                }) else {
                    return;
                };
                let png = c.png.clone();
                let data = c.data.clone();
                match png {
                    Some((bytes, w, h, pw, ph)) => {
                        // Numbered in document order (docx-rs counts per process): the same
                        // submission gives the same file in a long-running app too.
                        let pic = docx_rs::Pic::new_with_dimensions(bytes, w, h)
                            .id(format!("rIdImage{}", self.image_descriptions.len() + 1))
                            .size((pw * EMU_PER_POINT) as u32, (ph * EMU_PER_POINT) as u32);
                        let run = self.picture(pic, &data.alt);
                        // Space above, so that a figure that follows another's table stands
                        // apart from it (as in the PDF).
                        let p = Paragraph::new()
                            .style(style::UNNUMBERED)
                            .keep_next(true)
                            .line_spacing(LineSpacing::new().before(240))
                            .add_run(run);
                        self.children.push(Child::Paragraph(Box::new(p)));
                    }
                    None => self.block(&super::chart::missing_block(&data), place),
                }
                if let Some(c) = super::chart::caption_block(&data, caption) {
                    self.block(&c, place);
                }
                if data.table.len() > 1 {
                    self.table(
                        &super::chart::table_rows(&data),
                        Some(&super::chart::column_weights(&data)),
                    );
                }
            }
        }
    }

    /// A list: one numbering instance of its own (so that an ordered list starts at 1 and two
    /// lists that follow each other stay two lists), its level the depth of nesting.
    fn list(&mut self, items: &[ListItem], ordered: bool, place: Place) {
        let depth = match place {
            Place::ListItem(d) => (d + 1).min(MAX_LIST_LEVEL),
            _ => 0,
        };
        let num_id = FIRST_LIST_NUM + self.lists.len();
        let abstract_id = if ordered {
            ORDERED_ABSTRACT
        } else {
            BULLETS_ABSTRACT
        };
        self.lists.push(
            Numbering::new(num_id, abstract_id).add_override(LevelOverride::new(depth).start(1)),
        );
        let item_style = if ordered {
            style::LIST_NUMBER
        } else {
            style::LIST_BULLET
        };
        for item in items {
            let marker = Paragraph::new()
                .style(item_style)
                .numbering(NumberingId::new(num_id), IndentLevel::new(depth));
            let mut rest = item.blocks.as_slice();
            let p = match item.blocks.first() {
                Some(Block::Paragraph { content, .. }) => {
                    rest = &item.blocks[1..];
                    self.inlines(content, marker, false)
                }
                _ => marker,
            };
            self.children.push(Child::Paragraph(Box::new(p)));
            for b in rest {
                self.block(b, Place::ListItem(depth));
            }
        }
    }

    /// A table; its columns share the width equally, or by `weights` when given.
    fn table(&mut self, rows: &[TableRow], weights: Option<&[f32]>) {
        let columns = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
        if columns == 0 {
            return;
        }
        // The table lines up with the text of the numbered paragraphs, not with their numbers.
        let width = (self.text_width() - TWIPS_PER_CM as usize) / columns;
        let widths: Vec<usize> = match weights {
            Some(w) if w.len() == columns => {
                let total: f32 = w.iter().sum::<f32>().max(f32::EPSILON);
                w.iter()
                    .map(|x| (x / total * (width * columns) as f32) as usize)
                    .collect()
            }
            _ => vec![width; columns],
        };
        let mut out = Vec::new();
        for row in rows.iter().filter(|r| !r.cells.is_empty()) {
            let mut cells = Vec::new();
            for (cell, &width) in row.cells.iter().zip(&widths) {
                let p = Paragraph::new().style(if cell.header {
                    style::TABLE_HEADING
                } else {
                    style::TABLE_CONTENTS
                });
                let p = self.inlines(&cell.content, p, false);
                cells.push(
                    TableCell::new()
                        .add_paragraph(p)
                        .width(width, WidthType::Dxa),
                );
            }
            out.push(docx_rs::TableRow::new(cells).cant_split());
        }
        let table = Table::new(out)
            .set_grid(widths)
            .width(width * columns, WidthType::Dxa)
            .indent(TWIPS_PER_CM);
        self.children.push(Child::Table(Box::new(table)));
    }

    /// Adds inline content to `p`. Runs that carry the same link are grouped into one
    /// hyperlink. Inside a footnote (`in_note`), a footnote call cannot be a Word footnote
    /// (Word has no footnotes in footnotes; the editor does not make them) and its text is
    /// kept in brackets.
    fn inlines(&mut self, content: &[Inline], mut p: Paragraph, in_note: bool) -> Paragraph {
        let mut i = 0;
        while i < content.len() {
            match &content[i] {
                Inline::Text { text, marks } => {
                    let (bold, italic) =
                        (marks.contains(&Mark::Bold), marks.contains(&Mark::Italic));
                    match link_of(marks) {
                        Some(href) => {
                            let mut link = Hyperlink::new(
                                finish::link_placeholder(self.links.len()),
                                HyperlinkType::Anchor,
                            );
                            self.links.push(href.to_string());
                            while let Some(Inline::Text { text, marks }) = content.get(i) {
                                if link_of(marks) != Some(href) {
                                    break;
                                }
                                let (bold, italic) =
                                    (marks.contains(&Mark::Bold), marks.contains(&Mark::Italic));
                                let run = text_run(text, bold, italic).style(style::HYPERLINK);
                                link = link.add_run(in_language(run, marks));
                                i += 1;
                            }
                            p = p.add_hyperlink(link);
                            continue;
                        }
                        None => p = p.add_run(in_language(text_run(text, bold, italic), marks)),
                    }
                }
                Inline::Footnote { content } if !in_note => {
                    let note =
                        self.inlines(content, Paragraph::new().style(style::FOOTNOTE_TEXT), true);
                    let id = self.next_footnote;
                    self.next_footnote += 1;
                    p = p.add_run(Run::new().add_footnote_reference(Footnote {
                        id,
                        content: vec![note],
                    }));
                }
                Inline::Footnote { content } => {
                    p = p.add_run(text_run(" [", false, false));
                    p = self.inlines(content, p, true);
                    p = p.add_run(text_run("]", false, false));
                }
                Inline::Citation { symbol, paragraph } => {
                    p = p.add_run(
                        text_run(&citation_text(symbol, paragraph.as_deref()), false, false)
                            .style(style::CITATION),
                    );
                }
                Inline::HardBreak => {
                    p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
                }
            }
            i += 1;
        }
        p
    }
}

/// The allowed link target among a run's marks.
fn link_of(marks: &[Mark]) -> Option<&str> {
    marks.iter().find_map(|m| match m {
        Mark::Link { href } if is_allowed_link(href) => Some(href.as_str()),
        _ => None,
    })
}

/// A run in the language its marks give it (`Mark::Language`): docx-rs has no `w:lang`, so
/// the tag travels as a placeholder that `finish` turns into one (see
/// [`finish::language_placeholder`]). A tag the content gate would refuse is left out.
fn in_language(run: Run, marks: &[Mark]) -> Run {
    let tag = marks.iter().find_map(|m| match m {
        Mark::Language { lang } if crate::document::language_tag(lang).as_ref() == Some(lang) => {
            Some(lang)
        }
        _ => None,
    });
    match tag {
        Some(tag) => run.fonts(RunFonts::new().hint(finish::language_placeholder(tag))),
        None => run,
    }
}

/// The style of the later paragraphs of a list item at `depth` (0-based).
fn list_continue(depth: usize) -> String {
    match depth {
        0 => style::LIST_CONTINUE.to_string(),
        d => format!("{}{}", style::LIST_CONTINUE, (d + 1).min(5)),
    }
}

/// A run of text: line ends become line breaks and tabs tabs (Word shows neither inside a
/// text element), and characters that XML forbids (control characters pasted from other
/// programs) are left out, since Word refuses a file that holds them.
/// The footer's "Page 3 of 8" in the submission's language: the catalogue's `export.page_of`
/// with Word's PAGE and NUMPAGES fields where its numbers go, so that Word and LibreOffice
/// count the pages as they lay them out. The message is formatted with a private-use
/// character standing for each number and cut there, so that each language keeps its own
/// word order ("第 3 页，共 8 页").
fn page_footer(lang: &str) -> Paragraph {
    const PAGE: char = '\u{E000}';
    const PAGES: char = '\u{E001}';
    let words = crate::model::language::text(
        lang,
        "export.page_of",
        &[
            ("page", PAGE.to_string().into()),
            ("pages", PAGES.to_string().into()),
        ],
    );
    let mut p = Paragraph::new().style(style::FOOTER);
    let mut piece = String::new();
    for c in words.chars() {
        if c != PAGE && c != PAGES {
            piece.push(c);
            continue;
        }
        if !piece.is_empty() {
            p = p.add_run(Run::new().add_text(std::mem::take(&mut piece)));
        }
        p = if c == PAGE {
            p.add_page_num(PageNum::new())
        } else {
            p.add_num_pages(NumPages::new())
        };
    }
    if !piece.is_empty() {
        p = p.add_run(Run::new().add_text(piece));
    }
    p
}

fn text_run(text: &str, bold: bool, italic: bool) -> Run {
    let mut run = Run::new();
    if bold {
        run = run.bold();
    }
    if italic {
        run = run.italic();
    }
    let text = text.replace("\r\n", "\n");
    let mut first = true;
    for line in text.split('\n') {
        if !first {
            run = run.add_break(BreakType::TextWrapping);
        }
        first = false;
        let mut first_part = true;
        for part in line.split('\t') {
            if !first_part {
                run = run.add_tab();
            }
            first_part = false;
            let clean: String = part
                .chars()
                .filter(|c| crate::ooxml::is_xml_char(*c) && *c != '\r')
                .collect();
            if !clean.is_empty() {
                run = run.add_text(clean);
            }
        }
    }
    run
}

/// A paragraph style based on Normal.
fn para_style(id: &str, name: &str) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .q_format(true)
}

fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new().before(before).after(after)
}

/// The styles of the document. Names are Word's built-in names where one exists ("heading 1",
/// "List Bullet", "footnote text"…), so that Word treats them as its own (navigation pane,
/// table of contents, footnote layout).
fn styles() -> Vec<Style> {
    let mut out = Vec::new();
    let mut title = para_style(style::TITLE, "Title")
        .size(32)
        .bold()
        .align(AlignmentType::Center)
        .next(style::FRONT_MATTER);
    title.paragraph_property = title.paragraph_property.line_spacing(spacing(0, 240));
    out.push(title);
    let mut front = para_style(style::FRONT_MATTER, "Front Matter").next(style::FRONT_MATTER);
    front.paragraph_property = front.paragraph_property.line_spacing(spacing(0, 60));
    out.push(front);
    for level in 1..=6usize {
        let size = match level {
            1 => 28,
            2 => 26,
            _ => 24,
        };
        let mut h = para_style(&style::heading(level), &format!("heading {level}"))
            .size(size)
            .bold()
            .outline_lvl(level - 1)
            .next(style::NUMBERED);
        if level >= 3 {
            h = h.italic();
        }
        h.paragraph_property = h
            .paragraph_property
            .keep_next(true)
            .keep_lines(true)
            .line_spacing(spacing(if level == 1 { 360 } else { 240 }, 120));
        out.push(h);
    }
    let mut numbered = para_style(style::NUMBERED, "Numbered Paragraph")
        .align(AlignmentType::Both)
        .next(style::NUMBERED);
    numbered.paragraph_property = numbered
        .paragraph_property
        .numbering(NumberingId::new(PARAGRAPHS_NUM), IndentLevel::new(0))
        .indent(
            Some(TWIPS_PER_CM),
            Some(SpecialIndentType::Hanging(TWIPS_PER_CM)),
            None,
            None,
        )
        .widow_control(true)
        .line_spacing(spacing(0, 120));
    out.push(numbered);
    let mut unnumbered = para_style(style::UNNUMBERED, "Unnumbered Paragraph")
        .align(AlignmentType::Both)
        .next(style::NUMBERED);
    unnumbered.paragraph_property = unnumbered
        .paragraph_property
        .indent(Some(TWIPS_PER_CM), None, None, None)
        .widow_control(true)
        .line_spacing(spacing(0, 120));
    out.push(unnumbered);
    let mut quote = para_style(style::QUOTE, "Quote").align(AlignmentType::Both);
    quote.paragraph_property = quote
        .paragraph_property
        .indent(Some(2 * TWIPS_PER_CM), None, Some(TWIPS_PER_CM), None)
        .line_spacing(spacing(120, 120));
    out.push(quote);
    for (id, name) in [
        (style::LIST_BULLET, "List Bullet"),
        (style::LIST_NUMBER, "List Number"),
    ] {
        let mut s = para_style(id, name);
        s.paragraph_property = s.paragraph_property.line_spacing(spacing(0, 60));
        out.push(s);
    }
    for depth in 0..5usize {
        let (id, name) = match depth {
            0 => (
                style::LIST_CONTINUE.to_string(),
                "List Continue".to_string(),
            ),
            d => (
                format!("{}{}", style::LIST_CONTINUE, d + 1),
                format!("List Continue {}", d + 1),
            ),
        };
        let mut s = para_style(&id, &name);
        s.paragraph_property = s
            .paragraph_property
            .indent(Some(list_indent(depth)), None, None, None)
            .line_spacing(spacing(0, 60));
        out.push(s);
    }
    let mut th = para_style(style::TABLE_HEADING, "Table Heading").bold();
    th.paragraph_property = th.paragraph_property.line_spacing(spacing(40, 40));
    out.push(th);
    let mut tc = para_style(style::TABLE_CONTENTS, "Table Contents");
    tc.paragraph_property = tc.paragraph_property.line_spacing(spacing(40, 40));
    out.push(tc);
    let mut ft = para_style(style::FOOTNOTE_TEXT, "footnote text").size(20);
    ft.q_format = false;
    ft.paragraph_property = ft
        .paragraph_property
        .line_spacing(spacing(0, 0))
        .align(AlignmentType::Both);
    out.push(ft);
    out.push(para_style(style::FOOTER, "footer").align(AlignmentType::Center));
    let mut fr =
        Style::new(style::FOOTNOTE_REFERENCE, StyleType::Character).name("footnote reference");
    fr.run_property = fr.run_property.vert_align(VertAlignType::SuperScript);
    out.push(fr);
    out.push(
        Style::new(style::HYPERLINK, StyleType::Character)
            .name("Hyperlink")
            .color("0563C1")
            .underline("single"),
    );
    out.push(Style::new(style::CITATION, StyleType::Character).name("Citation"));
    out
}

/// Left indent of list text at `depth`: lists sit inside the body text (which starts after
/// the paragraph numbers), each level a little further in.
fn list_indent(depth: usize) -> i32 {
    TWIPS_PER_CM + 360 * (depth as i32 + 1)
}

fn abstract_numberings() -> Vec<AbstractNumbering> {
    let paragraphs = AbstractNumbering::new(PARAGRAPHS_ABSTRACT).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new("decimal"),
            LevelText::new("%1."),
            LevelJc::new("left"),
        )
        .paragraph_style(style::NUMBERED)
        .indent(
            Some(TWIPS_PER_CM),
            Some(SpecialIndentType::Hanging(TWIPS_PER_CM)),
            None,
            None,
        ),
    );
    let mut bullets = AbstractNumbering::new(BULLETS_ABSTRACT);
    let mut ordered = AbstractNumbering::new(ORDERED_ABSTRACT);
    for level in 0..=MAX_LIST_LEVEL {
        let indent = list_indent(level);
        let bullet = ["\u{2022}", "\u{25E6}", "\u{25AA}"][level % 3];
        bullets = bullets.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new("bullet"),
                LevelText::new(bullet),
                LevelJc::new("left"),
            )
            .indent(
                Some(indent),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            ),
        );
        let format = ["decimal", "lowerLetter", "lowerRoman"][level % 3];
        ordered = ordered.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new(format),
                LevelText::new(format!("%{}.", level + 1)),
                LevelJc::new("left"),
            )
            .indent(
                Some(indent),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            ),
        );
    }
    vec![paragraphs, bullets, ordered]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Content, TableCell};
    use crate::ooxml::{parse, Limits};
    use crate::submission::{NewSection, SubmissionInput};

    /// A treaty-body submission in Arabic (cover page, right-to-left) holding every construct.
    fn export_everything() -> Vec<u8> {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("c.sqlite3")).unwrap();
        s.save_city_profile(&CityProfile {
            name: "Exampleville & Co".into(),
            country: "SVN".into(),
            state_under_review: "Slovenia".into(),
            contact_name: String::new(),
            contact_email: String::new(),
            default_language: "ar".into(),
            paper_size: PaperSize::A4,
            logo_path: None,
            is_demo: false,
        })
        .unwrap();
        let e = s
            .create_engagement(&crate::engagement::EngagementInput {
                mechanism: "CEDAW".into(),
                title: "CEDAW".into(),
                state_under_review: "Slovenia".into(),
                ..Default::default()
            })
            .unwrap()
            .id;
        let link = |t: &str| Inline::Text {
            text: t.into(),
            marks: vec![
                Mark::Bold,
                Mark::Italic,
                Mark::Link {
                    href: "https://example.org/?a=1&b=<2>".into(),
                },
            ],
        };
        let p = |content: Vec<Inline>| Block::Paragraph {
            numbered: true,
            content,
        };
        let item = |b: Block| ListItem { blocks: vec![b] };
        let blocks = vec![
            Block::Heading {
                level: 1,
                content: vec![Inline::text("\u{0645}\u{062f}\u{064a}\u{0646}\u{0629}")],
            },
            p(vec![
                link("a\tb\nc\u{1}d"),
                // A footnote holds only text: the content gate refuses one inside another.
                Inline::Footnote {
                    content: vec![link("in note"), Inline::text(" nested")],
                },
                Inline::Citation {
                    symbol: "CEDAW/C/SVN/CO/7".into(),
                    paragraph: None,
                },
                Inline::HardBreak,
            ]),
            Block::Quote {
                blocks: vec![
                    p(vec![Inline::text("q")]),
                    Block::Heading {
                        level: 2,
                        content: vec![Inline::text("h")],
                    },
                ],
            },
            Block::OrderedList {
                items: vec![ListItem {
                    blocks: vec![
                        Block::Table { rows: vec![] },
                        Block::BulletList {
                            items: vec![item(p(vec![Inline::text("deep")]))],
                        },
                        Block::Quote {
                            blocks: vec![p(vec![Inline::text("quoted in item")])],
                        },
                    ],
                }],
            },
            Block::Table {
                rows: vec![TableRow {
                    cells: vec![TableCell {
                        header: true,
                        content: vec![Inline::text("x")],
                    }],
                }],
            },
            Block::Table {
                rows: vec![TableRow { cells: vec![] }],
            },
        ];
        let id = s
            .create_submission_with(
                e,
                &SubmissionInput {
                    title: "T".into(),
                    language: "ar".into(),
                    ..Default::default()
                },
                vec![NewSection {
                    title: "S".into(),
                    content: Content { blocks },
                    guidance: String::new(),
                }],
            )
            .unwrap()
            .id;
        s.export_docx(id).unwrap()
    }

    fn parts(bytes: &[u8]) -> Vec<(String, String)> {
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut out = Vec::new();
        for i in 0..z.len() {
            let mut f = z.by_index(i).unwrap();
            let mut s = String::new();
            std::io::Read::read_to_string(&mut f, &mut s).unwrap();
            out.push((f.name().to_string(), s));
        }
        out
    }

    #[test]
    fn every_part_is_well_formed_and_in_schema_order() {
        let bytes = export_everything();
        let parts = parts(&bytes);
        assert_eq!(parts[0].0, "[Content_Types].xml");
        assert!(!parts.iter().any(|(n, _)| n.contains("comments")));
        assert!(!parts[0].1.contains("comments"));
        for (name, text) in &parts {
            let root = parse(text, Limits::TRUSTED)
                .unwrap_or_else(|e| panic!("{name} is not well-formed: {e}"));
            let mut out = Vec::new();
            finish::unordered(&root, &mut out);
            assert!(
                out.is_empty(),
                "{name}: children not in the order tables: {out:?}"
            );
            assert!(!text.contains('\u{1}'), "{name} holds a control character");
            assert!(!text.contains("paraId"), "{name} keeps paragraph ids");
        }
        let get = |n: &str| {
            parts
                .iter()
                .find(|(name, _)| name == n)
                .map(|(_, t)| t.as_str())
                .unwrap()
        };
        let doc = get("word/document.xml");
        // Escaped link targets, in the part that holds the link.
        assert!(get("word/_rels/document.xml.rels")
            .contains("Target=\"https://example.org/?a=1&amp;b=&lt;2&gt;\""));
        assert!(get("word/_rels/footnotes.xml.rels").contains("TargetMode=\"External\""));
        // A tab, a line break and no control character.
        assert!(doc.contains("<w:t xml:space=\"preserve\">a</w:t><w:tab/>"));
        // Right to left: section, tables, runs of Arabic.
        assert!(doc.contains("<w:bidi/>") && doc.contains("<w:bidiVisual/>"));
        assert!(doc.contains("<w:rtl/>"));
        // The cover page: no page number on it.
        assert!(doc.contains("<w:titlePg/>"));
        // A footnote's text and link land in the footnotes part.
        assert!(get("word/footnotes.xml").contains("nested"));
        let core = get("docProps/core.xml");
        assert!(core.contains("<dc:creator>Exampleville &amp; Co</dc:creator>"));
    }

    #[test]
    fn reorder_puts_properties_in_schema_order() {
        let mut e = parse(
            r#"<w:p xmlns:w="x"><w:r><w:t>a</w:t><w:rPr><w:sz/><w:b/><w:rStyle/></w:rPr></w:r><w:pPr><w:rPr/><w:jc/><w:pStyle/></w:pPr></w:p>"#,
            Limits::TRUSTED,
        )
        .unwrap();
        // The prefix is bound to an unknown namespace here, so nothing moves…
        finish::reorder(&mut e);
        assert_eq!(e.elements().next().map(|c| c.local()), Some("r"));
        // …while in WordprocessingML everything does.
        let mut e = parse(
            r#"<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:r><w:t>a</w:t><w:rPr><w:sz/><w:b/><w:rStyle/></w:rPr></w:r><w:pPr><w:rPr/><w:jc/><w:pStyle/></w:pPr></w:p>"#,
            Limits::TRUSTED,
        )
        .unwrap();
        finish::reorder(&mut e);
        let xml = crate::ooxml::to_xml(&e);
        assert!(xml.contains(
            "<w:pPr><w:pStyle/><w:jc/><w:rPr/></w:pPr><w:r><w:rPr><w:rStyle/><w:b/><w:sz/></w:rPr><w:t>a</w:t></w:r>"
        ), "{xml}");
    }
}

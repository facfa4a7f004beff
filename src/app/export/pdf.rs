//! PDF export of a submission: a file an officer can send as it is, in any of the six UN
//! languages, laid out by our own engine.
//!
//! Why our own layout: the PDF writers that lay out text for you either cannot do what a UN
//! submission needs (printpdf's HTML path duplicates list numbers, breaks Arabic, has no
//! footnotes or outline) or are a whole typesetting system to embed. The pipeline here is small
//! and every step is a well-kept crate:
//!
//! | step | module | crate |
//! |---|---|---|
//! | the submission as blocks, numbers, footnotes | [`flow`] | — |
//! | a font per script, coverage check | [`fonts`] | fonts in `assets/fonts` (OFL) |
//! | shaping, bidi, line breaking, hyphenation | [`text`] | rustybuzz, unicode-bidi, unicode-linebreak, paragraph-breaker (Knuth–Plass), hypher |
//! | pages, footnotes, widows and orphans | [`layout`] | — |
//! | content streams, font subsets | [`paint`] | printpdf (writer only, `default-features = false`), subsetter |
//! | outline, links, language, metadata, names | [`finish`] | lopdf |
//! | tagged PDF (PDF/UA-1): structure tree, marked content | [`tags`] | lopdf, printpdf's marked-content operators |
//!
//! The layout reports every box it placed ([`LayoutReport`]); the tests check the typographic
//! rules on it, and check the file itself with poppler and qpdf.
//!
//! The output depends only on the submission (its dates included), so exporting the same
//! submission twice gives the same bytes.

mod chart;
mod content;
mod finish;
mod flow;
mod followup;
mod fonts;
mod layout;
mod paint;
mod tags;
mod text;

pub(crate) use chart::{chart_png, ChartPng};
pub use followup::MatrixPdfExported;
pub use layout::{BoxKind, LayoutReport, OutlineEntry, PlacedBox};

use crate::city::{CityProfile, PaperSize};
use crate::drafting::SubmissionDetail;
use crate::model::language::Said;
use crate::store::Store;
use crate::{Error, Result};
use layout::{Geometry, Placed};
use printpdf::{
    PdfDocument, PdfParseErrorSeverity, PdfSaveOptions, RawImage, RawImageData, RawImageFormat,
};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::Path;
use ts_rs::TS;

/// The engine's hash tables: the layout's caches of shaped words, plans and syllables (keyed by
/// a document's own words) and the tag tree's tables. foldhash, hashbrown's own default: seeded
/// per process, so a hostile file cannot choose words that all collide, and several times
/// cheaper than the standard library's SipHash for short keys (SipHash was about 2% of a
/// UPR-length export's instructions, callgrind, 7 Dec 2026).
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;

/// A submission as a PDF, with the layout that made it.
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: usize,
    pub report: LayoutReport,
}

/// What was written (for the "exported" message).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PdfExported {
    pub path: String,
    pub pages: usize,
    pub bytes: usize,
    pub paragraphs: usize,
    pub footnotes: usize,
}

impl Store {
    /// The submission as a PDF.
    pub fn export_pdf(&self, submission_id: i64) -> Result<Rendered> {
        let detail = self.submission_detail(submission_id)?;
        let city = self.city_profile()?;
        render(&detail, city.as_ref())
    }

    /// Writes the submission to `path` as a PDF, whole or not at all (see
    /// [`super::write_file`]).
    pub fn export_pdf_file(&self, submission_id: i64, path: &Path) -> Result<PdfExported> {
        self.export_pdf_file_of(&self.submission_detail(submission_id)?, path)
    }

    /// [`Store::export_pdf_file`] for a submission whose detail the caller has read already
    /// (the CLI reads it to print the checks that must be fixed before it writes the file).
    pub fn export_pdf_file_of(
        &self,
        detail: &SubmissionDetail,
        path: &Path,
    ) -> Result<PdfExported> {
        let city = self.city_profile()?;
        let rendered = render(detail, city.as_ref())?;
        super::write_file(path, &rendered.bytes)?;
        Ok(PdfExported {
            path: path.display().to_string(),
            pages: rendered.pages,
            bytes: rendered.bytes.len(),
            paragraphs: detail.stats.paragraphs,
            footnotes: detail.stats.footnotes,
        })
    }
}

/// Lays out and writes the PDF of a submission.
pub fn render(detail: &SubmissionDetail, city: Option<&CityProfile>) -> Result<Rendered> {
    render_with(detail, city, Streams::Ours)
}

/// Who writes the pages' content streams: we do ([`content`]); printpdf's own writer is kept
/// for the test that compares the two byte for byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Streams {
    Ours,
    #[cfg(test)]
    Printpdf,
}

fn render_with(
    detail: &SubmissionDetail,
    city: Option<&CityProfile>,
    streams: Streams,
) -> Result<Rendered> {
    let paper = city.map(|c| c.paper_size).unwrap_or(PaperSize::A4);
    let geo = Geometry::new(paper);
    let logo = match city.and_then(|c| c.logo_path.as_deref()) {
        Some(p)
            if !p.trim().is_empty()
                && detail.front_matter.kind == crate::rules::FrontMatter::CoverPage =>
        {
            Some(load_logo(Path::new(p))?)
        }
        _ => None,
    };
    let doc = flow::build(detail, &geo, logo.as_ref().map(|l| (l.width, l.height)))?;
    let city_name = city.map(|c| c.name.clone()).unwrap_or_default();
    let modified = detail
        .sections
        .iter()
        .map(|s| s.section.updated_at.as_str())
        .chain([detail.submission.updated_at.as_str()])
        .max()
        .unwrap_or("");
    let mut hash = Sha256::new();
    hash.update(serde_json::to_vec(detail).unwrap_or_default());
    hash.update(city_name.as_bytes());
    hash.update([paper as u8]);
    let meta = finish::Meta {
        title: detail.submission.title.clone(),
        author: city_name,
        // In the submission's language, as its front matter names the mechanism.
        subject: crate::front_matter::mechanism_named(
            &detail.submission.language,
            &detail.mechanism,
        ),
        keywords: detail.engagement.title.clone(),
        language: super::docx::language_tag(&detail.submission.language).to_string(),
        created: pdf_date(&detail.submission.created_at),
        modified: pdf_date(modified),
        id: content_id(hash),
    };
    write_with(&doc, geo, logo.as_ref(), &meta, streams)
}

/// The file ID from a hash of what the document was made from: same content, same bytes.
pub(crate) fn content_id(hash: Sha256) -> [u8; 16] {
    let digest = hash.finalize();
    let mut id = [0u8; 16];
    id.copy_from_slice(&digest[..16]);
    id
}

/// Pages, page numbers, links, printpdf, then lopdf's finish: everything after the text is set,
/// for every kind of document the app writes (a submission, the follow-up matrix).
pub(crate) fn write(
    doc: &flow::Document,
    geo: Geometry,
    logo: Option<&paint::Logo>,
    meta: &finish::Meta,
) -> Result<Rendered> {
    write_with(doc, geo, logo, meta, Streams::Ours)
}

fn write_with(
    doc: &flow::Document,
    geo: Geometry,
    logo: Option<&paint::Logo>,
    meta: &finish::Meta,
    writer: Streams,
) -> Result<Rendered> {
    let (mut pages, mut report) = layout::paginate(doc, geo);
    number_pages(&mut pages, &mut report, &geo, doc)?;

    // Links: one area per run of glyphs of one link on a line.
    let mut links = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        for (line, placed) in page.lines.iter().enumerate() {
            link_areas(placed, (n, line), geo.height, &doc.links, &mut links);
        }
    }

    let mut pdf = PdfDocument::new(&meta.title);
    let fonts = paint::embed_fonts(&mut pdf, &pages)?;
    let logo_id = logo.map(|l| (paint::add_logo(&mut pdf, l), l));
    let mut marks = tags::Marks::new(doc);
    let mut images = content::ImageSizes::new();
    if let Some((id, l)) = &logo_id {
        images.insert(id.clone(), (l.width, l.height));
    }
    // Each page's content stream written here (see `content`); printpdf writes the rest of the
    // document from stand-in pages: the first shows every glyph once (for the fonts' widths
    // and `ToUnicode` maps), the others are empty. Their streams are then replaced by these.
    let mut inventory = content::Inventory::default();
    let mut streams = Vec::with_capacity(pages.len());
    #[cfg(test)]
    let mut printpdf_ops = Vec::new();
    for p in &pages {
        let ops = paint::page_ops(
            p,
            &fonts,
            geo.height,
            logo_id.as_ref(),
            &meta.logo_alt(),
            &mut marks,
        );
        match writer {
            Streams::Ours => {
                inventory.add(&ops);
                streams.push(content::encode(&ops, &images)?);
            }
            #[cfg(test)]
            Streams::Printpdf => printpdf_ops.push(ops),
        }
    }
    let pdf_pages = match writer {
        Streams::Ours => {
            let mut stand_in = Some(inventory.ops());
            pages
                .iter()
                .map(|_| {
                    paint::new_page(geo.width, geo.height, stand_in.take().unwrap_or_default())
                })
                .collect()
        }
        #[cfg(test)]
        Streams::Printpdf => printpdf_ops
            .into_iter()
            .map(|ops| paint::new_page(geo.width, geo.height, ops))
            .collect(),
    };
    pdf.with_pages(pdf_pages);
    let options = PdfSaveOptions {
        optimize: true,
        // Fonts are subset already (see `paint`).
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&options, &mut warnings);
    if let Some(w) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(paint::fault(format!("printpdf reported “{}”", w.msg)));
    }
    if writer == Streams::Ours {
        content::replace(&mut lo, streams)?;
    }
    let pages_count = pages.len();
    let bytes = finish::finish(lo, meta, &fonts, &report.outline, &links, geo.height, marks)?;
    Ok(Rendered {
        bytes,
        pages: pages_count,
        report,
    })
}

/// An RFC 3339 time as a PDF date (`D:YYYYMMDDHHmmSSZ`).
pub(crate) fn pdf_date(rfc3339: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(rfc3339) {
        Ok(t) => t
            .with_timezone(&chrono::Utc)
            .format("D:%Y%m%d%H%M%SZ")
            .to_string(),
        Err(_) => {
            let digits: String = rfc3339
                .chars()
                .filter(|c| c.is_ascii_digit())
                .take(14)
                .collect();
            format!("D:{digits}")
        }
    }
}

/// "Page 3 of 8" ("Page 3 sur 8", "第 3 页，共 8 页"…) in the document's language, centred in
/// the bottom margin of every page but the cover (which counts: the page after it is page 2,
/// as in the Word file). Known only now, after the layout: the total is the number of pages.
/// Centred, it needs no mirroring in Arabic; the line itself runs right to left there.
fn number_pages(
    pages: &mut [layout::Page],
    report: &mut LayoutReport,
    geo: &Geometry,
    doc: &flow::Document,
) -> Result<()> {
    let total = pages.len();
    let lang = doc.language.as_str();
    for (n, page) in pages.iter_mut().enumerate() {
        if !page.numbered {
            continue;
        }
        let spans = [text::Span {
            text: page_of(lang, n + 1, total),
            ..Default::default()
        }];
        let setting = text::Setting {
            size: 9.0,
            language: text::Language::from_code(lang),
            rtl: doc.rtl,
            justify: false,
            hyphenate: false,
            first_width: geo.body_width(),
            width: geo.body_width(),
        };
        let line = text::set(&spans, &setting)
            .map_err(|_| paint::fault("the page numbers could not be set".into()))?
            .into_iter()
            .next();
        if let Some(line) = line {
            let x = (geo.width - line.width) / 2.0;
            let baseline = geo.height - geo.margin_bottom / 2.0;
            report.boxes.push(PlacedBox {
                page: n,
                kind: BoxKind::PageNumber,
                block: 0,
                line: 0,
                lines: 1,
                x,
                top: baseline - 9.0,
                width: line.width,
                height: 11.0,
                calls: Vec::new(),
                text: line.logical_text().to_string(),
            });
            page.lines.push(Placed {
                x,
                baseline,
                line,
                tag: tags::Tag::Pagination,
            });
        }
    }
    Ok(())
}

/// "Page 3 of 8" in `lang` (the catalogue's `export.page_of`), its numbers written as the
/// language writes counts ([`crate::model::language::number`]).
pub fn page_of(lang: &str, page: usize, pages: usize) -> String {
    use crate::model::language::{number as number_in, text, Arg};
    text(
        lang,
        "export.page_of",
        &[
            ("page", Arg::from(number_in(lang, page))),
            ("pages", Arg::from(number_in(lang, pages))),
        ],
    )
}

fn link_areas(
    placed: &Placed,
    (page, line): (usize, usize),
    height: f32,
    hrefs: &[String],
    out: &mut Vec<finish::LinkArea>,
) {
    let glyphs = &placed.line.glyphs;
    let mut i = 0;
    while i < glyphs.len() {
        let Some(link) = glyphs[i].link else {
            i += 1;
            continue;
        };
        let mut j = i;
        while j + 1 < glyphs.len() && glyphs[j + 1].link == Some(link) {
            j += 1;
        }
        let size = glyphs[i].size;
        let x0 = placed.x + glyphs[i].x.min(glyphs[j].x);
        let x1 = placed.x + glyphs[i].next_x.max(glyphs[j].next_x);
        let y = height - placed.baseline;
        if let Some(href) = hrefs.get(link) {
            out.push(finish::LinkArea {
                page,
                line,
                glyph: i,
                rect: [x0, y - size * 0.25, x1, y + size * 0.85],
                href: href.clone(),
            });
        }
        i = j + 1;
    }
}

/// The city's logo from its file, decoded so that printpdf embeds its pixels losslessly
/// (Flate): a logo stays sharp. PNG only; anything else is refused with a message.
fn load_logo(path: &Path) -> Result<paint::Logo> {
    let invalid = |why: Said| {
        Error::invalid_said(
            "logo_path",
            "error.logo_pdf",
            vec![
                ("path", path.display().to_string().into()),
                ("why", why.into()),
            ],
        )
    };
    // A regular file only, capped (not /dev/zero, not a pipe): see `city::read_logo`.
    let bytes = crate::city::read_logo(path).map_err(invalid)?;
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder
        .read_info()
        .map_err(|e| invalid(crate::city::not_png(&e)))?;
    let (w, h) = {
        let info = reader.info();
        (info.width as usize, info.height as usize)
    };
    if w == 0 || h == 0 || w > 8000 || h > 8000 {
        return Err(invalid(crate::city::logo_too_many_pixels(w, h, 8000)));
    }
    let mut buf = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut buf).map_err(|e| {
        invalid(Said::new(
            "error.logo_pixels",
            vec![("what", Said::as_given(e.to_string()).into())],
        ))
    })?;
    buf.truncate(frame.buffer_size());
    let format = match frame.color_type {
        png::ColorType::Rgb => RawImageFormat::RGB8,
        png::ColorType::Rgba => RawImageFormat::RGBA8,
        png::ColorType::Grayscale => RawImageFormat::R8,
        png::ColorType::GrayscaleAlpha => RawImageFormat::RG8,
        png::ColorType::Indexed => return Err(invalid(Said::new("error.logo_colours", vec![]))),
    };
    Ok(paint::Logo {
        image: RawImage {
            pixels: RawImageData::U8(buf),
            width: w,
            height: h,
            data_format: format,
            tag: Vec::new(),
        },
        width: w,
        height: h,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 40 × 20 PNG: what the cover page draws as the city's logo.
    fn logo_png(path: &Path) {
        let file = std::fs::File::create(path).expect("logo file");
        let mut encoder = png::Encoder::new(file, 40, 20);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().expect("png header");
        let pixels: Vec<u8> = (0..40 * 20 * 3).map(|i| (i % 251) as u8).collect();
        writer.write_image_data(&pixels).expect("png data");
    }

    /// Our page streams ([`content`]) are the very bytes printpdf's writer gave: the demo
    /// city's submissions in the six UN languages (Arabic right to left, Chinese, footnotes,
    /// lists, links, citations, the structure tree's marks), and a cover page with the logo.
    /// A difference here is a page that no longer reads or looks as it did.
    #[test]
    fn our_page_streams_are_printpdfs_bytes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let logo = dir.path().join("logo.png");
        logo_png(&logo);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).expect("date");
        for lang in ["en", "fr", "es", "ar", "ru", "zh"] {
            let mut store = Store::open(&dir.path().join(format!("{lang}.sqlite3"))).expect("db");
            crate::demo::load_in(&mut store, today, lang).expect("demo");
            let mut city = store.city_profile().expect("city").expect("a demo city");
            let list = store.submission_list(None).expect("submissions");
            assert!(!list.is_empty(), "the demo has submissions");
            for s in list {
                let mut detail = store.submission_detail(s.id).expect("detail");
                let ours = render_with(&detail, Some(&city), Streams::Ours).expect("ours");
                let theirs =
                    render_with(&detail, Some(&city), Streams::Printpdf).expect("printpdf");
                assert!(ours.pages > 0);
                assert!(
                    ours.bytes == theirs.bytes,
                    "{lang}: submission {} differs",
                    s.id
                );
                // The same on a cover page with the logo (an image drawn through `cm` and `Do`).
                detail.front_matter.kind = crate::rules::FrontMatter::CoverPage;
                city.logo_path = Some(logo.display().to_string());
                let ours = render_with(&detail, Some(&city), Streams::Ours).expect("ours");
                let theirs =
                    render_with(&detail, Some(&city), Streams::Printpdf).expect("printpdf");
                assert!(
                    ours.bytes == theirs.bytes,
                    "{lang}: cover of {} differs",
                    s.id
                );
                city.logo_path = None;
            }
        }
    }
}

//! Page content streams written by us, byte for byte as printpdf 0.12 and lopdf 0.44 wrote them,
//! without their cost.
//!
//! Why: printpdf turns every drawing operation into lopdf objects, and lopdf writes each glyph
//! of a `TJ` array as a two-byte hexadecimal string through `write!`, one byte at a time, and
//! every number through `core::fmt`. For a UPR-length submission that was a fifth of the
//! instructions of the whole `cityrights export pdf` process (README, Benchmarks), and the PDF
//! export must stay at least ten times faster than typst (issue #19). Here the same operators
//! are written straight into the stream's bytes: hexadecimal through a table, numbers through
//! `itoa` and `ryu` (the same shortest digits `core::fmt` prints), the rare operators (rules,
//! chart paths, the logo, marked-content properties) through lopdf's own encoder, so that the
//! output is the same bytes as before (`tests/pdf.rs` compares with printpdf's writer).
//!
//! printpdf still writes everything else — fonts with their widths and `ToUnicode` maps, the
//! logo's image, resources, pages — from a stand-in page that uses every glyph once
//! ([`Inventory`]); `pdf::write` then puts these streams in the pages' places.
//!
//! Only the operators `paint`, `chart` and `tags` emit are written; any other is a fault in
//! CityRights (reported, nothing written), never a silently wrong page.

use super::paint::fault;
use crate::Result;
use lopdf::content::{Content, Operation as LoOp};
use lopdf::Object;
use printpdf::{
    Codepoint, Color, CurTransMat, FontId, LinePoint, Op, PaintMode, PdfFontHandle, Px, TextItem,
    XObjectId,
};
use std::collections::BTreeMap;

/// What a page needs to know of the document's images: their size in pixels (an image is
/// drawn on the unit square, scaled to its size at the transform's resolution).
pub type ImageSizes = BTreeMap<XObjectId, (usize, usize)>;

/// One page's operations as its content stream.
pub fn encode(ops: &[Op], images: &ImageSizes) -> Result<Vec<u8>> {
    let mut w = Writer {
        out: Vec::with_capacity(ops.len() * 24),
        first: true,
        in_text: false,
    };
    for op in ops {
        w.op(op, images)?;
    }
    Ok(w.out)
}

/// Every glyph the pages show, once per font, with the text it stands for (the last one drawn,
/// as printpdf records it): what printpdf reads to write each font's widths and `ToUnicode`
/// map. Drawn on a stand-in first page whose content is then replaced.
#[derive(Default)]
pub struct Inventory {
    /// By font, the text of each glyph id (the subset's ids: small and dense).
    glyphs: BTreeMap<FontId, Vec<Option<String>>>,
}

impl Inventory {
    /// Records the glyphs of one page's operations.
    pub fn add(&mut self, ops: &[Op]) {
        let mut font: Option<&FontId> = None;
        for op in ops {
            match op {
                Op::SetFont {
                    font: PdfFontHandle::External(id),
                    ..
                } => font = Some(id),
                Op::SetFont { .. } => font = None,
                Op::ShowText { items } => {
                    let Some(id) = font else { continue };
                    let texts = self.glyphs.entry(id.clone()).or_default();
                    for item in items {
                        let TextItem::GlyphIds(glyphs) = item else {
                            continue;
                        };
                        for g in glyphs {
                            let text = g.cid.as_deref().unwrap_or("\u{FFFD}");
                            let at = usize::from(g.gid);
                            if texts.len() <= at {
                                texts.resize(at + 1, None);
                            }
                            match &mut texts[at] {
                                Some(t) if t == text => {}
                                slot => *slot = Some(text.to_string()),
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// The stand-in page's operations: each font once, with every glyph it shows.
    pub fn ops(self) -> Vec<Op> {
        let mut ops = vec![Op::StartTextSection];
        for (id, texts) in self.glyphs {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(id),
                size: printpdf::Pt(1.0),
            });
            let glyphs = texts
                .into_iter()
                .enumerate()
                .filter_map(|(gid, text)| {
                    Some(Codepoint {
                        gid: u16::try_from(gid).ok()?,
                        offset: 0.0,
                        cid: Some(text?),
                    })
                })
                .collect();
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(glyphs)],
            });
        }
        ops.push(Op::EndTextSection);
        ops
    }
}

/// Puts each page's own content stream in the place of the stand-in's (printpdf writes one
/// stream per page, `/Contents` a reference to it).
pub fn replace(doc: &mut lopdf::Document, streams: Vec<Vec<u8>>) -> Result<()> {
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().values().copied().collect();
    if pages.len() != streams.len() {
        return Err(fault(format!(
            "{} pages written for {} laid out",
            pages.len(),
            streams.len()
        )));
    }
    for (page, bytes) in pages.into_iter().zip(streams) {
        let contents = doc
            .get_dictionary(page)
            .and_then(|d| d.get(b"Contents"))
            .and_then(Object::as_reference)
            .map_err(|e| fault(format!("a page has no content stream ({e})")))?;
        doc.get_object_mut(contents)
            .and_then(Object::as_stream_mut)
            .map_err(|e| fault(format!("a page's content is not a stream ({e})")))?
            .set_content(bytes);
    }
    Ok(())
}

struct Writer {
    out: Vec<u8>,
    /// Operators are separated by a line break, as lopdf's `Content::encode` writes them.
    first: bool,
    in_text: bool,
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

impl Writer {
    /// Starts an operator: the line break before every one but the first.
    fn start(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.out.push(b'\n');
        }
    }

    /// An operator without operands.
    fn bare(&mut self, operator: &str) {
        self.start();
        self.out.extend_from_slice(operator.as_bytes());
    }

    /// An operator with number operands (`1 0 0 1 72 700 Tm`).
    fn numbers(&mut self, values: &[f32], operator: &str) {
        self.start();
        for v in values {
            real(&mut self.out, *v);
            self.out.push(b' ');
        }
        self.out.extend_from_slice(operator.as_bytes());
    }

    /// Operators built as lopdf operations, encoded by lopdf itself: the rare ones.
    fn lopdf(&mut self, operations: Vec<LoOp>) -> Result<()> {
        if operations.is_empty() {
            return Ok(());
        }
        let bytes = Content { operations }
            .encode()
            .map_err(|e| fault(format!("a page could not be written ({e})")))?;
        self.start();
        self.out.extend_from_slice(&bytes);
        Ok(())
    }

    fn colour(&mut self, col: &Color, rgb: &str, cmyk: &str, grey: &str) -> Result<()> {
        if col.is_out_of_range() {
            return Err(fault(format!("the colour {col:?} is out of range")));
        }
        let operator = match col {
            Color::Rgb(_) => rgb,
            Color::Cmyk(_) | Color::SpotColor(_) => cmyk,
            Color::Greyscale(_) => grey,
        };
        self.numbers(&col.into_vec(), operator);
        Ok(())
    }

    fn op(&mut self, op: &Op, images: &ImageSizes) -> Result<()> {
        match op {
            Op::StartTextSection => {
                self.in_text = true;
                self.bare("BT");
            }
            Op::EndTextSection => {
                self.in_text = false;
                self.bare("ET");
            }
            Op::SaveGraphicsState => self.bare("q"),
            Op::RestoreGraphicsState => self.bare("Q"),
            Op::EndMarkedContent => self.bare("EMC"),
            Op::SetFont { font, size } => {
                self.start();
                name(&mut self.out, font.get_resource_name().as_bytes());
                self.out.push(b' ');
                real(&mut self.out, size.0);
                self.out.extend_from_slice(b" Tf");
            }
            Op::SetTextMatrix { matrix } => self.numbers(&matrix.as_array(), "Tm"),
            Op::ShowText { items } => {
                if !self.in_text {
                    return Err(fault("text drawn outside a text section".into()));
                }
                self.show(items)?;
            }
            Op::SetTextRenderingMode { mode } => {
                self.start();
                let mut b = itoa::Buffer::new();
                self.out.extend_from_slice(b.format(mode.id()).as_bytes());
                self.out.extend_from_slice(b" Tr");
            }
            Op::SetFillColor { col } => self.colour(col, "rg", "k", "g")?,
            Op::SetOutlineColor { col } => self.colour(col, "RG", "K", "G")?,
            Op::SetOutlineThickness { pt } => self.numbers(&[pt.0], "w"),
            Op::BeginMarkedContent { tag } => {
                self.start();
                name(&mut self.out, tag.as_bytes());
                self.out.extend_from_slice(b" BMC");
            }
            Op::BeginMarkedContentWithProperties { tag, properties } => {
                self.lopdf(vec![LoOp::new(
                    "BDC",
                    vec![Object::Name(tag.clone().into()), properties.to_lopdf()],
                )])?;
            }
            Op::SetLineDashPattern { dash } => {
                let pattern = dash.pattern.iter().copied().map(Object::Real).collect();
                self.lopdf(vec![LoOp::new(
                    "d",
                    vec![Object::Array(pattern), Object::Real(dash.offset)],
                )])?;
            }
            Op::DrawLine { line } => {
                let mut ops = path(&line.points);
                if !ops.is_empty() {
                    if line.is_closed {
                        ops.push(LoOp::new("h", vec![]));
                    }
                    ops.push(LoOp::new("S", vec![]));
                }
                self.lopdf(ops)?;
            }
            Op::DrawPolygon { polygon } => {
                if polygon.rings.is_empty() {
                    return Ok(());
                }
                let mut ops = Vec::new();
                for ring in &polygon.rings {
                    ops.extend(path(&ring.points));
                }
                ops.push(LoOp::new("h", vec![]));
                let order = &polygon.winding_order;
                match polygon.mode {
                    PaintMode::Clip => {
                        ops.push(LoOp::new(order.get_clip_op(), vec![]));
                        ops.push(LoOp::new("n", vec![]));
                    }
                    PaintMode::Fill => ops.push(LoOp::new(order.get_fill_op(), vec![])),
                    PaintMode::Stroke => ops.push(LoOp::new("S", vec![])),
                    PaintMode::FillStroke => {
                        ops.push(LoOp::new(order.get_fill_stroke_close_op(), vec![]))
                    }
                }
                self.lopdf(ops)?;
            }
            Op::UseXobject { id, transform } => {
                let size = if transform.no_auto_scale {
                    None
                } else {
                    images.get(id).map(|&(w, h)| (Px(w), Px(h)))
                };
                let mut m = CurTransMat::Identity;
                for q in transform.get_ctms(size) {
                    m = CurTransMat::Raw(CurTransMat::combine_matrix(m.as_array(), q.as_array()));
                }
                self.bare("q");
                self.numbers(&m.as_array(), "cm");
                self.start();
                name(&mut self.out, id.0.as_bytes());
                self.out.extend_from_slice(b" Do");
                self.bare("Q");
            }
            other => {
                return Err(fault(format!(
                    "a drawing operation the PDF writer does not know ({other:?})"
                )))
            }
        }
        Ok(())
    }

    /// `ShowText` as printpdf writes glyph ids: one `TJ` whose array holds each glyph as a
    /// two-byte hexadecimal string and each offset as a number (`[<0041><0042> -12.5<0043>] TJ`).
    fn show(&mut self, items: &[TextItem]) -> Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        self.start();
        self.out.push(b'[');
        let mut first = true;
        let number = |out: &mut Vec<u8>, v: f32, first: &mut bool| {
            // lopdf separates an array's number from what comes before it; strings need none.
            if !*first {
                out.push(b' ');
            }
            *first = false;
            real(out, v);
        };
        for item in items {
            match item {
                TextItem::Offset(o) => number(&mut self.out, *o, &mut first),
                TextItem::GlyphIds(glyphs) => {
                    for g in glyphs {
                        let [hi, lo] = g.gid.to_be_bytes();
                        self.out.extend_from_slice(&[
                            b'<',
                            HEX[(hi >> 4) as usize],
                            HEX[(hi & 15) as usize],
                            HEX[(lo >> 4) as usize],
                            HEX[(lo & 15) as usize],
                            b'>',
                        ]);
                        first = false;
                        if g.offset != 0.0 {
                            number(&mut self.out, g.offset, &mut first);
                        }
                    }
                }
                TextItem::Text(_) => {
                    return Err(fault("text given as characters instead of glyphs".into()))
                }
            }
        }
        self.out.extend_from_slice(b"] TJ");
        Ok(())
    }
}

/// A path's points as printpdf writes them: a move, then lines, or a cubic Bézier where a
/// point and the next are both control points.
fn path(points: &[LinePoint]) -> Vec<LoOp> {
    let mut ops = Vec::new();
    let Some(first) = points.first() else {
        return ops;
    };
    let xy = |p: &LinePoint| [Object::Real(p.p.x.0), Object::Real(p.p.y.0)];
    ops.push(LoOp::new("m", xy(first).to_vec()));
    let mut i = 1;
    while i < points.len() {
        let p = &points[i];
        if p.bezier && i + 2 < points.len() && points[i + 1].bezier {
            let mut operands = xy(p).to_vec();
            operands.extend(xy(&points[i + 1]));
            operands.extend(xy(&points[i + 2]));
            ops.push(LoOp::new("c", operands));
            i += 3;
        } else {
            ops.push(LoOp::new("l", xy(p).to_vec()));
            i += 1;
        }
    }
    ops
}

/// A name as lopdf writes it: `/` and the bytes, with white space, delimiters and anything
/// outside `!`–`~` as `#XX`.
fn name(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'/');
    for &b in bytes {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&b) || !(33..=126).contains(&b) {
            out.extend_from_slice(&[b'#', HEX[(b >> 4) as usize], HEX[(b & 15) as usize]]);
        } else {
            out.push(b);
        }
    }
}

/// A number as lopdf writes a real (`core::fmt`'s `{}` of an `f32`: the shortest digits that
/// read back to the same value, never an exponent): small whole numbers through `itoa`, others
/// below 2²⁴ through `ryu`, which finds the same shortest digits but for exact ties
/// ([`halfway`]); the rest (ties, numbers `ryu` writes with an exponent, huge ones, which a
/// page does not hold) through `core::fmt` itself.
fn real(out: &mut Vec<u8>, v: f32) {
    // Below 2²⁴ every whole number is an f32 whose shortest digits are all of its own.
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 16_777_216.0 {
        if v == 0.0 && v.is_sign_negative() {
            out.extend_from_slice(b"-0");
        } else {
            let mut b = itoa::Buffer::new();
            out.extend_from_slice(b.format(v as i64).as_bytes());
        }
        return;
    }
    if v.abs() < 16_777_216.0 {
        let mut b = ryu::Buffer::new();
        let s = b.format_finite(v);
        if !s.contains('e') && !halfway(v, s) {
            out.extend_from_slice(s.as_bytes());
            return;
        }
    }
    use std::io::Write as _;
    // Writing into a Vec cannot fail.
    let _ = write!(out, "{v}");
}

/// Whether `v` lies exactly halfway between two shortest decimals (-486.578125 between
/// -486.57812 and -486.57813): there `ryu` rounds to even and `core::fmt` away from it, so the
/// caller lets `core::fmt` write it. Exact: `v` is exact as an `f64`, and scaled by a power of
/// ten it is a whole number below 2⁵³ only if its decimal expansion ends there.
fn halfway(v: f32, shortest: &str) -> bool {
    let decimals = shortest.split_once('.').map_or(0, |(_, f)| f.len()) as i32;
    let scaled = f64::from(v).abs() * 10f64.powi(decimals + 1);
    scaled < 9_007_199_254_740_992.0 && scaled.fract() == 0.0 && scaled % 10.0 == 5.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of number a page holds is written as `core::fmt` writes it.
    #[test]
    fn numbers_read_as_core_fmt_writes_them() {
        let mut values = vec![
            0.0f32,
            -0.0,
            1.0,
            -1.0,
            11.0,
            0.5,
            0.05,
            0.2,
            0.55,
            72.25,
            841.89,
            595.28,
            -12.345,
            0.001,
            1e-5,
            1e-6,
            3.4e-7,
            123456.79,
            1e15,
            1e16,
            1e20,
            -2.5e-9,
            f32::MAX,
            f32::MIN,
            f32::MIN_POSITIVE,
        ];
        // A sweep of the values a layout produces: positions and kerns.
        let mut x = -1000.0f32;
        while x < 1000.0 {
            values.push(x);
            values.push((x * 1000.0).round() / 1000.0);
            x += 0.00731;
        }
        // And any f32 at all, by its bits (a fixed sequence: the same every run).
        let mut bits = 0x1234_5678u32;
        for _ in 0..300_000 {
            bits = bits.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            values.push(f32::from_bits(bits));
        }
        // -486.578125 exactly: halfway between -486.57812 and -486.57813.
        values.push(-486.578_13);
        for v in values {
            let mut ours = Vec::new();
            real(&mut ours, v);
            assert_eq!(String::from_utf8_lossy(&ours), format!("{v}"), "{v:e}");
        }
    }

    /// The operators the tests of whole documents may not reach (a chart's dashed lines and
    /// bars, curves, other colour spaces, an image) are printpdf's bytes too.
    #[test]
    fn rare_operators_are_printpdfs_bytes() {
        use printpdf::{
            BuiltinFont, Line, LineDashPattern, PdfDocument, PdfSaveOptions, Point, Polygon,
            PolygonRing, Pt, Rgb, WindingOrder, XObjectTransform,
        };
        let p = |x: f32, y: f32, bezier: bool| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier,
        };
        let ring = vec![
            p(0.0, 0.0, false),
            p(10.5, 0.0, false),
            p(10.5, 7.25, false),
        ];
        let ops = vec![
            Op::SaveGraphicsState,
            Op::SetOutlineColor {
                col: Color::Greyscale(printpdf::Greyscale::new(0.5, None)),
            },
            Op::SetFillColor {
                col: Color::Cmyk(printpdf::Cmyk::new(0.1, 0.2, 0.3, 0.4, None)),
            },
            Op::SetOutlineThickness { pt: Pt(0.75) },
            Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &[3.0, 2.0]),
            },
            Op::DrawLine {
                line: Line {
                    points: vec![
                        p(1.0, 2.0, false),
                        p(3.0, 4.0, true),
                        p(5.0, 6.0, true),
                        p(7.0, 8.0, false),
                        p(9.0, 10.0, true),
                    ],
                    is_closed: true,
                },
            },
            Op::SetLineDashPattern {
                dash: LineDashPattern::solid(),
            },
            Op::DrawLine {
                line: Line {
                    points: vec![],
                    is_closed: false,
                },
            },
            Op::SetFillColor {
                col: Color::Rgb(Rgb::new(0.05, 0.2, 0.55, None)),
            },
            Op::DrawPolygon {
                polygon: Polygon {
                    rings: vec![PolygonRing {
                        points: ring.clone(),
                    }],
                    mode: PaintMode::Fill,
                    winding_order: WindingOrder::NonZero,
                },
            },
            Op::DrawPolygon {
                polygon: Polygon {
                    rings: vec![
                        PolygonRing {
                            points: ring.clone(),
                        },
                        PolygonRing { points: ring },
                    ],
                    mode: PaintMode::FillStroke,
                    winding_order: WindingOrder::EvenOdd,
                },
            },
            Op::RestoreGraphicsState,
            Op::BeginMarkedContent {
                tag: "Artifact".into(),
            },
            Op::EndMarkedContent,
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::Builtin(BuiltinFont::Helvetica),
                size: Pt(9.5),
            },
            Op::SetTextMatrix {
                matrix: printpdf::TextMatrix::Raw([1.0, 0.0, 0.0, 1.0, 72.125, 700.0]),
            },
            Op::EndTextSection,
        ];
        let mut images = ImageSizes::new();
        let logo = XObjectId("Logo".into());
        images.insert(logo.clone(), (40, 20));
        let mut with_image = ops.clone();
        with_image.push(Op::UseXobject {
            id: logo.clone(),
            transform: XObjectTransform {
                translate_x: Some(Pt(56.5)),
                translate_y: Some(Pt(700.0)),
                scale_x: Some(1.5),
                scale_y: Some(1.5),
                dpi: Some(72.0),
                ..Default::default()
            },
        });
        let mut doc = PdfDocument::new("t");
        let image = printpdf::RawImage {
            pixels: printpdf::RawImageData::U8(vec![0; 40 * 20 * 3]),
            width: 40,
            height: 20,
            data_format: printpdf::RawImageFormat::RGB8,
            tag: Vec::new(),
        };
        doc.resources
            .xobjects
            .map
            .insert(logo, printpdf::XObject::Image(image));
        doc.with_pages(vec![super::super::paint::new_page(
            595.0,
            842.0,
            with_image.clone(),
        )]);
        let options = PdfSaveOptions {
            optimize: false,
            subset_fonts: false,
            secure: true,
            image_optimization: None,
        };
        let lo = doc.to_lopdf_document(&options, &mut Vec::new());
        let page = *lo.get_pages().values().next().expect("a page");
        let mut theirs = lo.get_page_content(page);
        // lopdf ends each stream it joins with a line break.
        theirs.pop();
        let ours = encode(&with_image, &images).expect("ours");
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    #[test]
    fn names_escape_delimiters() {
        let mut out = Vec::new();
        name(&mut out, b"F1");
        name(&mut out, b"a b#");
        assert_eq!(out, b"/F1/a#20b#23");
    }
}

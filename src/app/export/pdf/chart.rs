//! A status chart (recommendations by the city's local status, one stacked bar per theme,
//! department or SDG goal) as a figure: set once with the PDF's own text engine, then drawn as
//! vector operators on a PDF page ([`draw`]) or rasterised to a PNG for Word ([`png()`]).
//!
//! Both pictures come from one [`Figure`] — the same labels, shaped by the same fonts, and the
//! same bars — so the Word file and the PDF show the same chart. The bars are filled rectangles;
//! the labels are ordinary text lines of the page (so they are real, copyable text in the PDF).
//! The PNG is drawn with tiny-skia, the glyphs from the outlines of the fonts the PDF embeds.

use super::fonts::Style;
use super::layout::Placed;
use super::text::{self, Language, Line, Setting, Span};
use crate::model::recommendation::LocalStatus;
use crate::progress::ChartData;
use crate::{Error, Result};
use printpdf::{
    Color, LinePoint, Op, PaintMode, Point, Polygon, PolygonRing, Pt, Rgb, WindingOrder,
};

/// Sizes of the figure, in points.
const LABEL_SIZE: f32 = 8.0;
const LEGEND_HEIGHT: f32 = 18.0;
const SWATCH: f32 = 8.0;
const BAR_PITCH: f32 = 15.0;
const BAR_HEIGHT: f32 = 10.0;
/// The share of the width given to the groups' names.
const NAME_SHARE: f32 = 0.36;
/// Room after the longest bar for its total.
const TOTAL_ROOM: f32 = 26.0;
/// Pixels per point of the PNG (144 dpi: sharp in Word at its natural size and when printed).
const PNG_SCALE: f32 = 2.0;
/// The largest PNG side, in pixels: a chart is at most one page.
const PNG_SIDE_MAX: u32 = 4000;

/// The colour of a status's segment: grey for what has not started, amber in progress, green
/// implemented, blue not applicable — told apart by lightness too, so a greyscale print and a
/// reader with a colour vision deficiency still see four different shades.
pub fn colour(status: LocalStatus) -> (f32, f32, f32) {
    match status {
        LocalStatus::NotStarted => (0.78, 0.78, 0.78),
        LocalStatus::InProgress => (0.93, 0.62, 0.11),
        LocalStatus::Implemented => (0.13, 0.47, 0.27),
        LocalStatus::NotApplicable => (0.56, 0.70, 0.89),
    }
}

/// A filled rectangle: left, top (from the figure's or the page's top), width, height, colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    pub x: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
    pub colour: (f32, f32, f32),
}

/// A chart, set: its text lines and bars relative to its top-left corner.
pub struct Figure {
    pub width: f32,
    pub height: f32,
    /// Each line with its left end and baseline.
    pub texts: Vec<(f32, f32, Line)>,
    pub bars: Vec<Bar>,
    /// The chart's numbers in words (its text alternative).
    pub alt: String,
}

/// A chart placed on a page: what [`draw`] paints.
pub struct PlacedChart {
    /// The bars in page coordinates (from the top of the page).
    pub bars: Vec<Bar>,
    /// The text alternative, for the figure's tag.
    pub alt: String,
}

impl PlacedChart {
    /// The bars' bounding box in PDF coordinates (from the bottom of a page `height` high),
    /// as the Figure's /BBox.
    pub fn bbox(&self, height: f32) -> [f32; 4] {
        let x0 = self.bars.iter().map(|b| b.x).fold(f32::MAX, f32::min);
        let x1 = self
            .bars
            .iter()
            .map(|b| b.x + b.width)
            .fold(f32::MIN, f32::max);
        let top = self.bars.iter().map(|b| b.top).fold(f32::MAX, f32::min);
        let bottom = self
            .bars
            .iter()
            .map(|b| b.top + b.height)
            .fold(f32::MIN, f32::max);
        if self.bars.is_empty() {
            return [0.0; 4];
        }
        [x0, height - bottom, x1, height - top]
    }
}

fn one_line(text: &str, size: f32, bold: bool) -> Result<Line> {
    let spans = [Span {
        text: text.to_string(),
        style: Style {
            bold,
            italic: false,
        },
        ..Default::default()
    }];
    let setting = Setting {
        size,
        language: Language::English,
        rtl: false,
        justify: false,
        hyphenate: false,
        first_width: 10_000.0,
        width: 10_000.0,
    };
    let mut lines = text::set(&spans, &setting).map_err(|missing| {
        let chars: String = missing.0.iter().collect();
        Error::invalid_said(
            "content",
            "error.chart_glyph",
            vec![("chars", chars.into())],
        )
    })?;
    Ok(lines.pop().unwrap_or_else(Line::empty))
}

/// A name cut with "…" to fit `width`.
fn fitted(name: &str, width: f32) -> Result<Line> {
    let line = one_line(name, LABEL_SIZE, false)?;
    if line.width <= width {
        return Ok(line);
    }
    let chars: Vec<char> = name.chars().collect();
    let (mut lo, mut hi) = (0usize, chars.len());
    // The longest beginning that fits with the ellipsis, by bisection.
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let s: String = chars[..mid]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_string()
            + "…";
        if one_line(&s, LABEL_SIZE, false)?.width <= width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let s: String = chars[..lo]
        .iter()
        .collect::<String>()
        .trim_end()
        .to_string()
        + "…";
    one_line(&s, LABEL_SIZE, false)
}

/// Sets a chart `width` points wide: a legend, then one stacked bar per group with its name
/// on the left and its total at its end.
pub fn figure(data: &ChartData, width: f32) -> Result<Figure> {
    let mut texts = Vec::new();
    let mut bars = Vec::new();
    // The legend: a swatch and a label per status, in one row.
    let mut x = 0.0;
    for s in &data.statuses {
        bars.push(Bar {
            x,
            top: 3.0,
            width: SWATCH,
            height: SWATCH,
            colour: colour(s.status),
        });
        let line = one_line(&s.label, LABEL_SIZE, false)?;
        let w = line.width;
        texts.push((x + SWATCH + 3.0, 3.0 + SWATCH - 1.0, line));
        x += SWATCH + 3.0 + w + 14.0;
    }
    let names = width * NAME_SHARE;
    let area = (width - names - TOTAL_ROOM).max(10.0);
    let max = data
        .bars
        .iter()
        .map(|g| g.recommendations)
        .max()
        .unwrap_or(0)
        .max(1) as f32;
    let mut top = LEGEND_HEIGHT;
    for g in &data.bars {
        let line = fitted(&g.name, names - 6.0)?;
        let baseline = top + BAR_HEIGHT - 2.0;
        texts.push(((names - 6.0 - line.width).max(0.0), baseline, line));
        let mut x = names;
        for s in &data.statuses {
            let n = g.count(s.status);
            if n == 0 {
                continue;
            }
            let w = n as f32 / max * area;
            bars.push(Bar {
                x,
                top,
                width: w,
                height: BAR_HEIGHT,
                colour: colour(s.status),
            });
            x += w;
        }
        texts.push((
            x + 3.0,
            baseline,
            one_line(&g.recommendations.to_string(), LABEL_SIZE, true)?,
        ));
        top += BAR_PITCH;
    }
    // The axis the bars start from.
    bars.push(Bar {
        x: names - 0.5,
        top: LEGEND_HEIGHT - 2.0,
        width: 0.5,
        height: top - LEGEND_HEIGHT + 2.0,
        colour: (0.3, 0.3, 0.3),
    });
    Ok(Figure {
        width,
        height: top + 4.0,
        texts,
        bars,
        alt: data.alt.clone(),
    })
}

/// The figure at `x`, `top` on a page: its text as page lines, its bars to [`draw`].
pub fn place(figure: &Figure, x: f32, top: f32) -> (Vec<Placed>, PlacedChart) {
    let lines = figure
        .texts
        .iter()
        .map(|(dx, baseline, line)| Placed {
            x: x + dx,
            baseline: top + baseline,
            line: line.clone(),
            // The figure's words are in its alternative text and in the table under it.
            tag: super::tags::Tag::Artifact,
        })
        .collect();
    let bars = figure
        .bars
        .iter()
        .map(|b| Bar {
            x: x + b.x,
            top: top + b.top,
            ..*b
        })
        .collect();
    (
        lines,
        PlacedChart {
            bars,
            alt: figure.alt.clone(),
        },
    )
}

/// The PDF operators that paint a placed chart's bars (its labels are the page's text). One
/// function per figure, so that the figure can be wrapped in a tagged `Figure` element whose
/// alternative text is `chart.alt`.
pub fn draw(chart: &PlacedChart, page_height: f32) -> Vec<Op> {
    let mut ops = vec![Op::SaveGraphicsState];
    for b in &chart.bars {
        let (r, g, bl) = b.colour;
        ops.push(Op::SetFillColor {
            col: Color::Rgb(Rgb {
                r,
                g,
                b: bl,
                icc_profile: None,
            }),
        });
        let (x0, x1) = (b.x, b.x + b.width);
        let (y0, y1) = (page_height - b.top - b.height, page_height - b.top);
        let points = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
            .into_iter()
            .map(|(x, y)| LinePoint {
                p: Point { x: Pt(x), y: Pt(y) },
                bezier: false,
            })
            .collect();
        ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points }],
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }
    ops.push(Op::RestoreGraphicsState);
    ops
}

/// Glyph outlines into a tiny-skia path, scaled from font units to pixels.
struct Outline {
    path: tiny_skia::PathBuilder,
    x: f32,
    y: f32,
    scale: f32,
}

impl rustybuzz::ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.path
            .move_to(self.x + x * self.scale, self.y - y * self.scale);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.path
            .line_to(self.x + x * self.scale, self.y - y * self.scale);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.path.quad_to(
            self.x + x1 * self.scale,
            self.y - y1 * self.scale,
            self.x + x * self.scale,
            self.y - y * self.scale,
        );
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.path.cubic_to(
            self.x + x1 * self.scale,
            self.y - y1 * self.scale,
            self.x + x2 * self.scale,
            self.y - y2 * self.scale,
            self.x + x * self.scale,
            self.y - y * self.scale,
        );
    }
    fn close(&mut self) {
        self.path.close();
    }
}

fn fault(what: &str) -> Error {
    Error::Internal(format!(
        "The chart could not be drawn ({what}); please report this."
    ))
}

/// The figure as a PNG on white, [`PNG_SCALE`] pixels per point: what the Word file shows.
/// Returns the PNG and its size in pixels.
pub fn png(figure: &Figure) -> Result<(Vec<u8>, u32, u32)> {
    let w = ((figure.width * PNG_SCALE).ceil() as u32).clamp(1, PNG_SIDE_MAX);
    let h = ((figure.height * PNG_SCALE).ceil() as u32).clamp(1, PNG_SIDE_MAX);
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or_else(|| fault("no pixmap"))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let transform = tiny_skia::Transform::identity();
    for b in &figure.bars {
        let rect = tiny_skia::Rect::from_xywh(
            b.x * PNG_SCALE,
            b.top * PNG_SCALE,
            (b.width * PNG_SCALE).max(1.0),
            (b.height * PNG_SCALE).max(1.0),
        );
        if let Some(rect) = rect {
            let mut paint = tiny_skia::Paint::default();
            let (r, g, bl) = b.colour;
            paint.set_color_rgba8(
                (r * 255.0) as u8,
                (g * 255.0) as u8,
                (bl * 255.0) as u8,
                255,
            );
            pixmap.fill_rect(rect, &paint, transform, None);
        }
    }
    let mut ink = tiny_skia::Paint::default();
    ink.set_color_rgba8(0, 0, 0, 255);
    ink.anti_alias = true;
    for (dx, baseline, line) in &figure.texts {
        for g in &line.glyphs {
            let Some(face) = g.font.face() else { continue };
            let mut outline = Outline {
                path: tiny_skia::PathBuilder::new(),
                x: (dx + g.x) * PNG_SCALE,
                y: (baseline - g.dy) * PNG_SCALE,
                scale: g.size / face.units_per_em() as f32 * PNG_SCALE,
            };
            if face
                .outline_glyph(rustybuzz::ttf_parser::GlyphId(g.gid), &mut outline)
                .is_none()
            {
                continue; // a space
            }
            if let Some(path) = outline.path.finish() {
                pixmap.fill_path(&path, &ink, tiny_skia::FillRule::Winding, transform, None);
            }
        }
    }
    let mut bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut bytes, w, h);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header().map_err(|e| fault(&e.to_string()))?;
        // Opaque everywhere (drawn on white), so premultiplied and straight alpha agree.
        writer
            .write_image_data(pixmap.data())
            .map_err(|e| fault(&e.to_string()))?;
    }
    Ok((bytes, w, h))
}

/// A chart as a PNG for Word: its picture, its size in pixels, and its size in points.
pub fn chart_png(data: &ChartData, width: f32) -> Result<(Vec<u8>, u32, u32, f32, f32)> {
    let f = figure(data, width)?;
    let (bytes, w, h) = png(&f)?;
    Ok((bytes, w, h, f.width, f.height))
}

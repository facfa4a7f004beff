//! A chart of the city's data as a figure — stacked bars (recommendations by local status per
//! theme, department or SDG goal; the plan's actions by status per lead department) or a line
//! over time (an indicator's values against its target) — set once with the PDF's own text
//! engine, then drawn as vector operators on a PDF page ([`draw`]) or rasterised to a PNG for
//! Word ([`png()`]).
//!
//! Both pictures come from one [`Figure`] — the same labels, shaped by the same fonts, and the
//! same bars and lines — so the Word file and the PDF show the same chart. Bars are filled
//! rectangles, lines are stroked paths; the labels are ordinary text lines of the page (so they
//! are real, copyable text in the PDF). The PNG is drawn with tiny-skia, the glyphs from the
//! outlines of the fonts the PDF embeds. In a right-to-left document the whole figure is
//! mirrored ([`Figure::mirrored`]): the names of the bars on the right, the bars growing to the
//! left, time running from right to left, the value axis on the right.

use super::fonts::Style;
use super::layout::Placed;
use super::text::{self, Language, Line, Setting, Span};
use crate::model::plan::ActionStatus;
use crate::model::recommendation::LocalStatus;
use crate::model::report::number_in;
use crate::progress::{Bars, ChartData, Drawing, Hue, LineOverTime};
use crate::{Error, Result};
use chrono::{Datelike, NaiveDate};
use printpdf::{
    Color, LineDashPattern, LinePoint, Op, PaintMode, Point, Polygon, PolygonRing, Pt, Rgb,
    WindingOrder,
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
/// The height of a line chart's plot area.
const PLOT_HEIGHT: f32 = 140.0;
/// The value ticks a line chart aims at (it takes the nearest "nice" step: 1, 2 or 5 × 10ⁿ).
const VALUE_TICKS: f32 = 4.0;
/// The most year labels under a line chart (more years are labelled every second, fifth… year).
const YEAR_LABELS_MAX: i32 = 8;
/// The dash of a target line: on, off, in points.
const DASH: [f32; 2] = [4.0, 3.0];
/// Pixels per point of the PNG (144 dpi: sharp in Word at its natural size and when printed).
const PNG_SCALE: f32 = 2.0;
/// The largest PNG side, in pixels: a chart is at most one page.
const PNG_SIDE_MAX: u32 = 4000;

/// The colour of a segment. Recommendations: grey for what has not started, amber in
/// progress, green implemented, blue not applicable. Actions: the hues the app's plan chart
/// uses (slate planned, blue in progress, green done, amber delayed, purple dropped). Each set
/// is told apart by lightness too, so a greyscale print and a reader with a colour vision
/// deficiency still see different shades.
pub fn colour(hue: Hue) -> (f32, f32, f32) {
    match hue {
        Hue::Local(LocalStatus::NotStarted) => (0.78, 0.78, 0.78),
        Hue::Local(LocalStatus::InProgress) => (0.93, 0.62, 0.11),
        Hue::Local(LocalStatus::Implemented) => (0.13, 0.47, 0.27),
        Hue::Local(LocalStatus::NotApplicable) => (0.56, 0.70, 0.89),
        Hue::Action(ActionStatus::Planned) => (0.80, 0.82, 0.86),
        Hue::Action(ActionStatus::Delayed) => (0.93, 0.62, 0.11),
        Hue::Action(ActionStatus::InProgress) => (0.36, 0.55, 0.85),
        Hue::Action(ActionStatus::Done) => (0.13, 0.47, 0.27),
        Hue::Action(ActionStatus::Dropped) => (0.36, 0.22, 0.45),
    }
}

/// The measured values of an indicator (the app's blue) and its target (the app's amber).
const MEASURED: (f32, f32, f32) = (0.11, 0.39, 0.66);
const TARGET: (f32, f32, f32) = (0.64, 0.37, 0.0);
const AXIS: (f32, f32, f32) = (0.3, 0.3, 0.3);
const GRID: (f32, f32, f32) = (0.85, 0.85, 0.85);

/// A filled rectangle: left, top (from the figure's or the page's top), width, height, colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    pub x: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
    pub colour: (f32, f32, f32),
}

/// A stroked line through `points` (x, and y from the top), solid or dashed.
#[derive(Debug, Clone, PartialEq)]
pub struct Stroke {
    pub points: Vec<(f32, f32)>,
    pub width: f32,
    pub colour: (f32, f32, f32),
    pub dashed: bool,
}

/// A chart, set: its text lines, bars and lines relative to its top-left corner.
pub struct Figure {
    pub width: f32,
    pub height: f32,
    /// Each line with its left end and baseline.
    pub texts: Vec<(f32, f32, Line)>,
    pub bars: Vec<Bar>,
    pub strokes: Vec<Stroke>,
    /// The chart's numbers in words (its text alternative).
    pub alt: String,
}

impl Figure {
    /// The figure mirrored left to right (a right-to-left document): each bar, line and label
    /// at the same distance from the other side; the labels themselves read as they are.
    fn mirrored(mut self) -> Figure {
        let w = self.width;
        for (x, _, line) in &mut self.texts {
            *x = w - *x - line.width;
        }
        for b in &mut self.bars {
            b.x = w - b.x - b.width;
        }
        for s in &mut self.strokes {
            for p in &mut s.points {
                p.0 = w - p.0;
            }
        }
        self
    }
}

/// A chart placed on a page: what [`draw`] paints.
pub struct PlacedChart {
    /// The bars in page coordinates (from the top of the page).
    pub bars: Vec<Bar>,
    pub strokes: Vec<Stroke>,
    /// The text alternative, for the figure's tag.
    pub alt: String,
}

impl PlacedChart {
    /// The drawing's bounding box in PDF coordinates (from the bottom of a page `height`
    /// high), as the Figure's /BBox.
    pub fn bbox(&self, height: f32) -> [f32; 4] {
        let mut x0 = f32::MAX;
        let mut x1 = f32::MIN;
        let mut top = f32::MAX;
        let mut bottom = f32::MIN;
        for b in &self.bars {
            x0 = x0.min(b.x);
            x1 = x1.max(b.x + b.width);
            top = top.min(b.top);
            bottom = bottom.max(b.top + b.height);
        }
        for s in &self.strokes {
            for &(x, y) in &s.points {
                x0 = x0.min(x);
                x1 = x1.max(x);
                top = top.min(y);
                bottom = bottom.max(y);
            }
        }
        if x0 > x1 {
            return [0.0; 4];
        }
        [x0, height - bottom, x1, height - top]
    }
}

/// How a figure's words are set: the document's language and direction.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    pub language: Language,
    pub rtl: bool,
}

impl Words {
    /// The words of a document in `code` (`ar` reads right to left).
    pub fn of(code: &str) -> Words {
        Words {
            language: Language::from_code(code),
            rtl: code == "ar",
        }
    }

    fn line(&self, text: &str, size: f32, bold: bool) -> Result<Line> {
        one_line(text, size, bold, *self)
    }
}

fn one_line(text: &str, size: f32, bold: bool, words: Words) -> Result<Line> {
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
        language: words.language,
        rtl: words.rtl,
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
fn fitted(name: &str, width: f32, words: Words) -> Result<Line> {
    let line = words.line(name, LABEL_SIZE, false)?;
    if line.width <= width {
        return Ok(line);
    }
    let chars: Vec<char> = name.chars().collect();
    let cut = |n: usize| chars[..n].iter().collect::<String>().trim_end().to_string() + "…";
    let (mut lo, mut hi) = (0usize, chars.len());
    // The longest beginning that fits with the ellipsis, by bisection.
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if words.line(&cut(mid), LABEL_SIZE, false)?.width <= width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    words.line(&cut(lo), LABEL_SIZE, false)
}

/// Sets a chart `width` points wide in the document's `words`; None when there is nothing to
/// draw (the chart's sentence stands in its place).
pub fn figure(data: &ChartData, width: f32, words: Words) -> Result<Option<Figure>> {
    let f = match &data.drawing {
        Drawing::Bars(b) => bars_figure(b, width, words)?,
        Drawing::Line(l) => line_figure(l, width, words)?,
        Drawing::Nothing => return Ok(None),
    };
    let f = Figure {
        alt: data.alt.clone(),
        ..f
    };
    Ok(Some(if words.rtl { f.mirrored() } else { f }))
}

/// A legend entry's swatch (a square) and label from `x`; returns where the next one starts.
fn legend_entry(
    fig: &mut Figure,
    x: f32,
    label: &str,
    swatch: Swatch,
    words: Words,
) -> Result<f32> {
    match swatch {
        Swatch::Square(colour) => fig.bars.push(Bar {
            x,
            top: 3.0,
            width: SWATCH,
            height: SWATCH,
            colour,
        }),
        Swatch::Line(colour, dashed) => fig.strokes.push(Stroke {
            points: vec![
                (x, 3.0 + SWATCH / 2.0),
                (x + SWATCH * 2.0, 3.0 + SWATCH / 2.0),
            ],
            width: 1.5,
            colour,
            dashed,
        }),
    }
    let room = match swatch {
        Swatch::Square(_) => SWATCH,
        Swatch::Line(..) => SWATCH * 2.0,
    };
    let line = words.line(label, LABEL_SIZE, false)?;
    let w = line.width;
    fig.texts.push((x + room + 3.0, 3.0 + SWATCH - 1.0, line));
    Ok(x + room + 3.0 + w + 14.0)
}

#[derive(Clone, Copy)]
enum Swatch {
    Square((f32, f32, f32)),
    /// A short line, dashed or not.
    Line((f32, f32, f32), bool),
}

fn empty_figure(width: f32) -> Figure {
    Figure {
        width,
        height: 0.0,
        texts: Vec::new(),
        bars: Vec::new(),
        strokes: Vec::new(),
        alt: String::new(),
    }
}

/// Stacked bars: a legend, then one bar per group with its name before it and its total at
/// its end.
fn bars_figure(data: &Bars, width: f32, words: Words) -> Result<Figure> {
    let mut fig = empty_figure(width);
    let mut x = 0.0;
    for (hue, label) in &data.segments {
        x = legend_entry(&mut fig, x, label, Swatch::Square(colour(*hue)), words)?;
    }
    let names = width * NAME_SHARE;
    let area = (width - names - TOTAL_ROOM).max(10.0);
    let max = data.bars.iter().map(|g| g.total).max().unwrap_or(0).max(1) as f32;
    let mut top = LEGEND_HEIGHT;
    for g in &data.bars {
        let line = fitted(&g.name, names - 6.0, words)?;
        let baseline = top + BAR_HEIGHT - 2.0;
        fig.texts
            .push(((names - 6.0 - line.width).max(0.0), baseline, line));
        let mut x = names;
        for ((hue, _), &n) in data.segments.iter().zip(&g.counts) {
            if n == 0 {
                continue;
            }
            let w = n as f32 / max * area;
            fig.bars.push(Bar {
                x,
                top,
                width: w,
                height: BAR_HEIGHT,
                colour: colour(*hue),
            });
            x += w;
        }
        fig.texts.push((
            x + 3.0,
            baseline,
            words.line(&g.total.to_string(), LABEL_SIZE, true)?,
        ));
        top += BAR_PITCH;
    }
    // The axis the bars start from.
    fig.bars.push(Bar {
        x: names - 0.5,
        top: LEGEND_HEIGHT - 2.0,
        width: 0.5,
        height: top - LEGEND_HEIGHT + 2.0,
        colour: AXIS,
    });
    fig.height = top + 4.0;
    Ok(fig)
}

/// "Nice" value ticks from `lo` to `hi`: a step of 1, 2 or 5 × 10ⁿ, about [`VALUE_TICKS`].
fn value_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let span = (hi - lo).max(f64::EPSILON);
    let raw = span / VALUE_TICKS as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let first = (lo / step).floor() * step;
    let mut out = Vec::new();
    let mut v = first;
    while v < hi + step * 0.999 && out.len() < 20 {
        out.push(v);
        v += step;
    }
    out
}

/// The dates labelled under a line chart: 1 January of its years (every n-th year when there
/// are many), or its first and last dates when it spans less than two years.
fn date_ticks(first: NaiveDate, last: NaiveDate) -> Vec<(NaiveDate, String)> {
    let years: Vec<i32> = (first.year() + 1..=last.year()).collect();
    if years.len() < 2 {
        return vec![(first, first.to_string()), (last, last.to_string())];
    }
    let every = (years.len() as i32 + YEAR_LABELS_MAX - 1) / YEAR_LABELS_MAX;
    years
        .iter()
        .filter(|y| (*y - years[0]) % every.max(1) == 0)
        .filter_map(|&y| Some((NaiveDate::from_ymd_opt(y, 1, 1)?, y.to_string())))
        .collect()
}

/// An indicator over time: a legend (measured, target), the value axis's title, the plot with
/// its value ticks and grid, the measured values as a line with a mark at each, and the target
/// as a dashed line at its value up to its date, marked there.
fn line_figure(data: &LineOverTime, width: f32, words: Words) -> Result<Figure> {
    let mut fig = empty_figure(width);
    let x = legend_entry(
        &mut fig,
        0.0,
        &data.measured_label,
        Swatch::Line(MEASURED, false),
        words,
    )?;
    legend_entry(
        &mut fig,
        x,
        &data.target_label,
        Swatch::Line(TARGET, true),
        words,
    )?;
    let axis = words.line(&data.axis, LABEL_SIZE, false)?;
    fig.texts.push((0.0, LEGEND_HEIGHT + LABEL_SIZE, axis));
    let plot_top = LEGEND_HEIGHT + LABEL_SIZE + 8.0;
    let plot_bottom = plot_top + PLOT_HEIGHT;

    let mut measured = vec![data.baseline];
    measured.extend(data.points.iter().copied());
    measured.sort_by_key(|(d, _)| *d);
    let values = measured.iter().map(|p| p.1).chain([data.target.1]);
    let (mut lo, mut hi) = values.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
    // From zero when the values are not far from it, so that the line's rise is not inflated.
    if lo >= 0.0 && lo <= hi - lo {
        lo = 0.0;
    }
    if hi <= lo {
        hi = lo + 1.0;
    }
    let ticks = value_ticks(lo, hi);
    let (lo, hi) = (
        ticks.first().copied().unwrap_or(lo),
        ticks.last().copied().unwrap_or(hi),
    );
    let tick_lines = ticks
        .iter()
        .map(|&v| words.line(&number_in(words.language.tag(), v), LABEL_SIZE, false))
        .collect::<Result<Vec<_>>>()?;
    let left = tick_lines.iter().map(|l| l.width).fold(0.0, f32::max) + 6.0;
    let right = width - 8.0;
    let first = measured
        .first()
        .map(|p| p.0)
        .unwrap_or(data.target.0)
        .min(data.target.0);
    let last = measured
        .last()
        .map(|p| p.0)
        .unwrap_or(data.target.0)
        .max(data.target.0);
    let days = ((last - first).num_days().max(1)) as f32;
    let x_of = |d: NaiveDate| left + (d - first).num_days() as f32 / days * (right - left);
    let y_of = |v: f64| plot_bottom - ((v - lo) / (hi - lo).max(f64::EPSILON)) as f32 * PLOT_HEIGHT;

    for (v, line) in ticks.iter().zip(tick_lines) {
        let y = y_of(*v);
        fig.strokes.push(Stroke {
            points: vec![(left, y), (right, y)],
            width: 0.4,
            colour: GRID,
            dashed: false,
        });
        fig.texts
            .push((left - 4.0 - line.width, y + LABEL_SIZE * 0.35, line));
    }
    for (d, label) in date_ticks(first, last) {
        let x = x_of(d);
        let line = words.line(&label, LABEL_SIZE, false)?;
        let lx = (x - line.width / 2.0).clamp(0.0, (width - line.width).max(0.0));
        fig.texts.push((lx, plot_bottom + LABEL_SIZE + 4.0, line));
        fig.strokes.push(Stroke {
            points: vec![(x, plot_bottom), (x, plot_bottom + 3.0)],
            width: 0.5,
            colour: AXIS,
            dashed: false,
        });
    }
    // The axes.
    fig.strokes.push(Stroke {
        points: vec![(left, plot_top), (left, plot_bottom), (right, plot_bottom)],
        width: 0.6,
        colour: AXIS,
        dashed: false,
    });
    // The target: dashed at its value from the start to its date, a mark at its date.
    let (target_date, target_value) = data.target;
    let ty = y_of(target_value);
    fig.strokes.push(Stroke {
        points: vec![(x_of(first), ty), (x_of(target_date), ty)],
        width: 1.2,
        colour: TARGET,
        dashed: true,
    });
    fig.bars.push(mark(x_of(target_date), ty, TARGET));
    // The baseline and the measurements.
    let points: Vec<(f32, f32)> = measured.iter().map(|&(d, v)| (x_of(d), y_of(v))).collect();
    if points.len() > 1 {
        fig.strokes.push(Stroke {
            points: points.clone(),
            width: 1.5,
            colour: MEASURED,
            dashed: false,
        });
    }
    for (x, y) in points {
        fig.bars.push(mark(x, y, MEASURED));
    }
    fig.height = plot_bottom + LABEL_SIZE + 8.0;
    Ok(fig)
}

/// A small square centred on a point of a line.
fn mark(x: f32, y: f32, colour: (f32, f32, f32)) -> Bar {
    Bar {
        x: x - 2.0,
        top: y - 2.0,
        width: 4.0,
        height: 4.0,
        colour,
    }
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
    let strokes = figure
        .strokes
        .iter()
        .map(|s| Stroke {
            points: s
                .points
                .iter()
                .map(|&(px, py)| (x + px, top + py))
                .collect(),
            ..s.clone()
        })
        .collect();
    (
        lines,
        PlacedChart {
            bars,
            strokes,
            alt: figure.alt.clone(),
        },
    )
}

fn rgb((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

/// The PDF operators that paint a placed chart's bars and lines (its labels are the page's
/// text). One
/// function per figure, so that the figure can be wrapped in a tagged `Figure` element whose
/// alternative text is `chart.alt`.
pub fn draw(chart: &PlacedChart, page_height: f32) -> Vec<Op> {
    let mut ops = vec![Op::SaveGraphicsState];
    for s in &chart.strokes {
        ops.push(Op::SetOutlineColor { col: rgb(s.colour) });
        ops.push(Op::SetOutlineThickness { pt: Pt(s.width) });
        ops.push(Op::SetLineDashPattern {
            dash: if s.dashed {
                LineDashPattern::new(0.0, &DASH)
            } else {
                LineDashPattern::solid()
            },
        });
        ops.push(Op::DrawLine {
            line: printpdf::Line {
                points: s
                    .points
                    .iter()
                    .map(|&(x, y)| LinePoint {
                        p: Point {
                            x: Pt(x),
                            y: Pt(page_height - y),
                        },
                        bezier: false,
                    })
                    .collect(),
                is_closed: false,
            },
        });
    }
    for b in &chart.bars {
        ops.push(Op::SetFillColor { col: rgb(b.colour) });
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

/// A tiny-skia paint of an opaque colour, anti-aliased.
fn paint_of((r, g, b): (f32, f32, f32)) -> tiny_skia::Paint<'static> {
    let mut paint = tiny_skia::Paint::default();
    paint.set_color_rgba8((r * 255.0) as u8, (g * 255.0) as u8, (b * 255.0) as u8, 255);
    paint.anti_alias = true;
    paint
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
            pixmap.fill_rect(rect, &paint_of(b.colour), transform, None);
        }
    }
    for s in &figure.strokes {
        let mut path = tiny_skia::PathBuilder::new();
        for (i, &(x, y)) in s.points.iter().enumerate() {
            if i == 0 {
                path.move_to(x * PNG_SCALE, y * PNG_SCALE);
            } else {
                path.line_to(x * PNG_SCALE, y * PNG_SCALE);
            }
        }
        let Some(path) = path.finish() else { continue };
        let paint = paint_of(s.colour);
        let stroke = tiny_skia::Stroke {
            width: s.width * PNG_SCALE,
            dash: if s.dashed {
                tiny_skia::StrokeDash::new(DASH.iter().map(|d| d * PNG_SCALE).collect(), 0.0)
            } else {
                None
            },
            ..Default::default()
        };
        pixmap.stroke_path(&path, &paint, &stroke, transform, None);
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

/// A chart's picture for Word: PNG bytes, its size in pixels, and its size in points.
pub type ChartPng = (Vec<u8>, u32, u32, f32, f32);

/// A chart as a PNG for Word, in the document's language `code`; None when there is nothing
/// to draw.
pub fn chart_png(data: &ChartData, width: f32, code: &str) -> Result<Option<ChartPng>> {
    let Some(f) = figure(data, width, Words::of(code))? else {
        return Ok(None);
    };
    let (bytes, w, h) = png(&f)?;
    Ok(Some((bytes, w, h, f.width, f.height)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::ChartKind;
    use crate::progress::BarGroup;

    fn bars_chart() -> ChartData {
        ChartData {
            chart: ChartKind::ActionsByDepartment,
            symbol: None,
            indicator: None,
            title: "t".into(),
            table: Vec::new(),
            alt: "a".into(),
            drawing: Drawing::Bars(Bars {
                segments: ActionStatus::ALL
                    .iter()
                    .map(|&s| (Hue::Action(s), s.as_str().to_string()))
                    .collect(),
                bars: vec![BarGroup {
                    name: "Housing".into(),
                    counts: vec![1, 2, 0, 0, 0],
                    total: 3,
                }],
            }),
        }
    }

    fn line_chart() -> ChartData {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        ChartData {
            drawing: Drawing::Line(LineOverTime {
                baseline: (d("2024-12-31"), 0.0),
                points: vec![(d("2025-12-31"), 60.0), (d("2026-10-31"), 172.0)],
                target: (d("2027-12-31"), 400.0),
                axis: "Value (homes)".into(),
                measured_label: "Measured".into(),
                target_label: "Target".into(),
            }),
            chart: ChartKind::IndicatorOverTime,
            ..bars_chart()
        }
    }

    fn is_name(line: &Line) -> bool {
        &line.text[..] == "Housing"
    }

    #[test]
    fn in_arabic_the_bars_grow_from_the_right_with_their_names_on_the_right() {
        let ltr = figure(&bars_chart(), 400.0, Words::of("en"))
            .unwrap()
            .unwrap();
        let rtl = figure(&bars_chart(), 400.0, Words::of("ar"))
            .unwrap()
            .unwrap();
        let name_x = |f: &Figure| f.texts.iter().find(|t| is_name(&t.2)).unwrap().0;
        // The bars of the group (not the legend's swatches, at the top).
        let bars = |f: &Figure| -> Vec<Bar> {
            f.bars
                .iter()
                .filter(|b| b.top >= LEGEND_HEIGHT && b.width > 1.0)
                .copied()
                .collect()
        };
        assert!(bars(&ltr).iter().all(|b| b.x > name_x(&ltr)));
        assert!(bars(&rtl).iter().all(|b| b.x + b.width < name_x(&rtl)));
        // In progress (the second segment) comes after planned in reading order: to its left.
        let (planned, progress) = (bars(&rtl)[0], bars(&rtl)[1]);
        assert!(progress.x < planned.x);
    }

    #[test]
    fn in_arabic_time_runs_from_right_to_left() {
        let f = |code| {
            figure(&line_chart(), 400.0, Words::of(code))
                .unwrap()
                .unwrap()
        };
        // The measured line: baseline first, the latest last.
        let measured = |f: &Figure| -> Vec<(f32, f32)> {
            f.strokes
                .iter()
                .find(|s| s.colour == MEASURED && !s.dashed && s.points.len() == 3)
                .unwrap()
                .points
                .clone()
        };
        let ltr = measured(&f("en"));
        let rtl = measured(&f("ar"));
        assert!(
            ltr[0].0 < ltr[2].0 && ltr[0].1 > ltr[2].1,
            "rises to the right"
        );
        assert!(
            rtl[0].0 > rtl[2].0 && rtl[0].1 > rtl[2].1,
            "rises to the left"
        );
        // The target: dashed, level, at the top of the values.
        let target = f("ar");
        let dashed = target
            .strokes
            .iter()
            .find(|s| s.dashed && s.colour == TARGET)
            .unwrap();
        assert_eq!(dashed.points[0].1, dashed.points[1].1);
        assert!(dashed.points[0].1 < rtl[2].1);
    }

    #[test]
    fn an_indicator_never_measured_draws_its_baseline_and_target() {
        let mut c = line_chart();
        if let Drawing::Line(l) = &mut c.drawing {
            l.points.clear();
        }
        let f = figure(&c, 400.0, Words::of("en")).unwrap().unwrap();
        let marks = f.bars.iter().filter(|b| b.width == 4.0).count();
        assert_eq!(marks, 2, "the baseline and the target");
        assert!(f.strokes.iter().any(|s| s.dashed));
        assert!(png(&f).is_ok());
    }

    #[test]
    fn nothing_to_draw_is_no_figure() {
        let c = ChartData {
            drawing: Drawing::Nothing,
            ..bars_chart()
        };
        assert!(figure(&c, 400.0, Words::of("en")).unwrap().is_none());
    }
}

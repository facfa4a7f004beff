//! One paragraph of text set into lines: fonts per script, shaping, bidi, Knuth–Plass line
//! breaking with hyphenation, justification.
//!
//! The order of work follows the Unicode algorithms:
//!
//! 1. every character gets a font ([`super::fonts`]); a character no font has is reported,
//!    never drawn as an empty box;
//! 2. the bidi levels are resolved on the whole paragraph (UAX #9, `unicode-bidi`);
//! 3. runs of one font, one level and one size are shaped by `rustybuzz`, which gives glyphs,
//!    advances, kerning, ligatures and Arabic joining;
//! 4. the break opportunities of UAX #14 (`unicode-linebreak`) and the hyphenation points of
//!    the language (`hypher`: English, French, Spanish, Russian) become Knuth–Plass boxes, glue
//!    and penalties; `paragraph-breaker` chooses the breaks for the whole paragraph;
//! 5. each line is put in visual order (runs of odd level reversed), and the justification
//!    space is added after spaces — or, in Chinese, between ideographs, which have no spaces.
//!
//! Breaking works on logical text with widths measured from the shaped glyphs, so the same
//! measure decides the breaks and the drawing: no line comes out wider than its measure.

use super::fonts::{self, FontKey, Style};
use super::HashMap;
use paragraph_breaker::{standard_fit, total_fit, Item, INFINITE_PENALTY};
use rustybuzz::{Direction, UnicodeBuffer};
use std::collections::BTreeSet;
use std::ops::Range;
use std::rc::Rc;
use unicode_bidi::{Level, ParagraphBidiInfo};
use unicode_linebreak::{linebreaks, BreakOpportunity};

/// Widths are handed to the breaker in hundredths of a point (it counts in integers).
const UNIT: f32 = 100.0;
/// A hard line break inside a paragraph (the editor's Shift+Enter): LINE SEPARATOR, which
/// UAX #14 breaks after and UAX #9 treats as white space.
pub const HARD_BREAK: char = '\u{2028}';

/// The text range of a hyphen added at a line end: it stands for "-" in copied text, so that
/// text extraction joins the word again.
pub const HYPHEN_TEXT: Range<u32> = u32::MAX..u32::MAX;

/// A piece of a paragraph's text with one look.
#[derive(Debug, Clone, Default)]
pub struct Span {
    pub text: String,
    pub style: Style,
    /// A footnote call: smaller and raised.
    pub superscript: bool,
    /// Index of the link this text belongs to (see `layout::Links`).
    pub link: Option<usize>,
    /// The footnote this span calls (its number is the span's text).
    pub footnote: Option<usize>,
    /// The passage in another language this text belongs to (`Mark::Language`), by index
    /// in `flow::Document::passages`: the tagged PDF makes it a `Span` with its `/Lang`.
    pub passage: Option<usize>,
}

/// The languages whose words are hyphenated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    French,
    Spanish,
    Russian,
    Arabic,
    Chinese,
}

impl Language {
    pub fn from_code(code: &str) -> Language {
        match code {
            "fr" => Language::French,
            "es" => Language::Spanish,
            "ru" => Language::Russian,
            "ar" => Language::Arabic,
            "zh" => Language::Chinese,
            _ => Language::English,
        }
    }

    fn hypher(self) -> Option<hypher::Lang> {
        match self {
            Language::English => Some(hypher::Lang::English),
            Language::French => Some(hypher::Lang::French),
            Language::Spanish => Some(hypher::Lang::Spanish),
            Language::Russian => Some(hypher::Lang::Russian),
            Language::Arabic | Language::Chinese => None,
        }
    }

    /// The language's code, as the catalogue and `/Lang` name it.
    pub(crate) fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::Russian => "ru",
            Language::Arabic => "ar",
            Language::Chinese => "zh",
        }
    }
}

/// How to set a paragraph.
#[derive(Debug, Clone, Copy)]
pub struct Setting {
    pub size: f32,
    pub language: Language,
    /// The paragraph's base direction is right to left (Arabic documents).
    pub rtl: bool,
    pub justify: bool,
    pub hyphenate: bool,
    /// Measure of the first line and of the others, in points.
    pub first_width: f32,
    pub width: f32,
}

/// A glyph placed on a line.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub font: FontKey,
    /// Glyph id in the font file (before subsetting).
    pub gid: u16,
    /// Where the glyph is drawn, from the start of the line, in points.
    pub x: f32,
    /// Raise above the baseline, in points.
    pub dy: f32,
    pub size: f32,
    /// Where the pen goes after this glyph (x of the next glyph's pen).
    pub next_x: f32,
    /// The text this glyph stands for (empty for the second glyph of a cluster), as a range of
    /// the paragraph's text: it feeds the PDF's ToUnicode map, so copied text is right.
    pub text: Range<u32>,
    pub link: Option<usize>,
    /// The footnote this glyph calls (its number), for the tagged PDF's `Reference`.
    pub footnote: Option<usize>,
    /// The passage in another language the glyph belongs to (see [`Span::passage`]).
    pub passage: Option<usize>,
}

/// A line of a paragraph, in visual order.
#[derive(Debug, Clone)]
pub struct Line {
    pub glyphs: Vec<Glyph>,
    /// Width of the line's content, in points (the measure when justified).
    pub width: f32,
    /// The paragraph's text (glyph text ranges point into it).
    pub text: Rc<str>,
    /// The logical range of the line's text.
    pub range: Range<usize>,
    /// Footnotes called on this line, in order.
    pub footnotes: Vec<usize>,
    /// The line ends with a hyphen added by hyphenation.
    pub hyphenated: bool,
}

impl Line {
    /// A line with nothing on it (an empty numbered paragraph keeps its number).
    pub fn empty() -> Line {
        Line {
            glyphs: Vec::new(),
            width: 0.0,
            text: Rc::from(""),
            range: 0..0,
            footnotes: Vec::new(),
            hyphenated: false,
        }
    }

    /// This line with `label` (a paragraph or footnote number, a bullet) drawn `dx` points from
    /// the line's start, as one line: text extraction then reads "12. The city…" in order
    /// instead of the number as a column of its own.
    pub fn with_label(&self, label: &Line, dx: f32) -> Line {
        let shift = label.text.len() as u32;
        let moved = |r: &Range<u32>| {
            if *r == HYPHEN_TEXT {
                HYPHEN_TEXT
            } else {
                r.start + shift..r.end + shift
            }
        };
        let mut glyphs = Vec::with_capacity(label.glyphs.len() + self.glyphs.len());
        glyphs.extend(label.glyphs.iter().map(|g| Glyph {
            x: g.x + dx,
            next_x: g.next_x + dx,
            ..g.clone()
        }));
        glyphs.extend(self.glyphs.iter().map(|g| Glyph {
            text: moved(&g.text),
            ..g.clone()
        }));
        // Left to right on the page, whichever side the label is on.
        glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
        let text: Rc<str> = Rc::from(format!("{}{}", label.text, self.text));
        let start = self.range.start + shift as usize;
        let end = self.range.end + shift as usize;
        Line {
            glyphs,
            width: self.width,
            text,
            range: start..end,
            footnotes: self.footnotes.clone(),
            hyphenated: self.hyphenated,
        }
    }

    /// The text of the line in logical order (for reports and tests).
    pub fn logical_text(&self) -> &str {
        self.text.get(self.range.clone()).unwrap_or("")
    }
}

/// Characters that no shipped font can show.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MissingGlyphs(pub BTreeSet<char>);

/// A shaped run: one font, one bidi level, one size.
struct Run {
    range: Range<usize>,
    font: FontKey,
    size: f32,
    dy: f32,
    glyphs: Vec<RawGlyph>,
    /// Distinct cluster starts, ascending (to find where a cluster's text ends).
    clusters: Vec<usize>,
    /// How the glyphs' clusters run: ascending (left to right), descending (right to left) or
    /// neither (never seen from the shaper, but then every glyph is looked at).
    order: ClusterOrder,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ClusterOrder {
    Ascending,
    Descending,
    Mixed,
}

impl Run {
    /// The glyphs whose cluster lies in `lo..hi`, found by two binary searches when the
    /// clusters are ordered (as the shaper gives them), so that setting a line looks only at
    /// its own glyphs, not at every glyph of a paragraph-long run once per line.
    fn glyphs_within(&self, lo: usize, hi: usize) -> &[RawGlyph] {
        let g = &self.glyphs;
        let window = match self.order {
            ClusterOrder::Ascending => {
                g.partition_point(|x| x.cluster < lo)..g.partition_point(|x| x.cluster < hi)
            }
            ClusterOrder::Descending => {
                g.partition_point(|x| x.cluster >= hi)..g.partition_point(|x| x.cluster >= lo)
            }
            ClusterOrder::Mixed => 0..g.len(),
        };
        g.get(window).unwrap_or(&[])
    }
}

#[derive(Clone, Copy)]
struct RawGlyph {
    gid: u16,
    cluster: usize,
    advance: f32,
    x_offset: f32,
    y_offset: f32,
}

/// What each breaker item stands for.
#[derive(Clone, Copy)]
enum Piece {
    Text(usize, usize),
    Space(usize, usize),
    Hyphen,
    Other,
}

/// Sets a paragraph into lines.
pub fn set(spans: &[Span], s: &Setting) -> Result<Vec<Line>, MissingGlyphs> {
    // The paragraph's text and, per span, its range.
    let mut text = String::new();
    let mut span_ranges = Vec::with_capacity(spans.len());
    for span in spans {
        let start = text.len();
        for c in span.text.chars() {
            // Tabs and newlines are spaces here: a new line inside a paragraph is HARD_BREAK.
            text.push(if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            });
        }
        span_ranges.push(start..text.len());
    }
    let text: Rc<str> = Rc::from(text);
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let span_at = |byte: usize| -> usize {
        span_ranges
            .partition_point(|r| r.end <= byte)
            .min(spans.len().saturating_sub(1))
    };

    // 1. A font for every character.
    let mut missing = MissingGlyphs::default();
    let mut char_fonts: Vec<(usize, FontKey)> = Vec::with_capacity(text.len());
    let mut previous: Option<FontKey> = None;
    for (i, c) in text.char_indices() {
        let style = spans[span_at(i)].style;
        let family = fonts::family(c);
        let inherit = previous
            .filter(|f| (family == fonts::Family::Common || is_mark(c)) && fonts::has_glyph(*f, c));
        // What is not drawn needs no glyph: never "missing", it stays in the run around it.
        let font = if invisible(c) {
            previous.unwrap_or(FontKey::Serif)
        } else if let Some(f) = inherit {
            f
        } else if let Some(f) = fonts::preference(family, style)
            .into_iter()
            .find(|f| fonts::has_glyph(*f, c))
        {
            f
        } else {
            missing.0.insert(c);
            FontKey::Serif
        };
        // Bold and italic change the font of common characters too (a bold comma).
        let font = restyle(font, style);
        char_fonts.push((i, font));
        previous = Some(font);
    }
    if !missing.0.is_empty() {
        return Err(missing);
    }

    // 2. Bidi levels.
    let base = if s.rtl { Level::rtl() } else { Level::ltr() };
    let bidi = Bidi::new(&text, base);

    // 3. Shaped runs.
    let language: Option<rustybuzz::Language> = s.language.tag().parse().ok();
    let mut runs: Vec<Run> = Vec::new();
    let mut run_start = 0;
    for k in 0..char_fonts.len() {
        let (i, font) = char_fonts[k];
        let next = char_fonts.get(k + 1).copied();
        let level = bidi.level(i);
        let sup = spans[span_at(i)].superscript;
        let ends = match next {
            None => true,
            Some((j, f)) => {
                f != font || bidi.level(j) != level || spans[span_at(j)].superscript != sup
            }
        };
        if ends {
            let end = next.map(|(j, _)| j).unwrap_or(text.len());
            let size = if sup { s.size * 0.62 } else { s.size };
            let dy = if sup { s.size * 0.36 } else { 0.0 };
            runs.push(shape(
                &text,
                run_start..end,
                font,
                size,
                level.is_rtl(),
                dy,
                language.clone(),
            ));
            run_start = end;
        }
    }

    // Width of each cluster, by its first byte; prefix sums give the width of any range.
    let mut width_at = vec![0f32; text.len() + 1];
    for run in &runs {
        for g in &run.glyphs {
            width_at[g.cluster] += g.advance;
        }
    }
    let mut prefix = Vec::with_capacity(text.len() + 1);
    let mut acc = 0f32;
    prefix.push(0f32);
    for w in &width_at[..text.len()] {
        acc += w;
        prefix.push(acc);
    }
    let width = |r: Range<usize>| prefix[r.end] - prefix[r.start];
    let hyphen = hyphen_glyph(s.size, &char_fonts);

    // 4. Knuth–Plass items.
    let mut items: Vec<Item<()>> = Vec::new();
    let mut pieces: Vec<Piece> = Vec::new();
    let measure = s.width.min(s.first_width).max(1.0);
    let space_w = s.size * 0.25;
    let mut start = 0;
    let mut previous_char_cjk = false;
    // UN document symbols ("A/HRC/59/15") are set whole: no line ends inside one and none is
    // hyphenated, though UAX #14 allows a break after "/" and "-" — unless a symbol is wider
    // than the line (a narrow table column), which it could not fit anyway.
    let keep: Vec<Range<usize>> = crate::document::symbol::find(&text)
        .into_iter()
        .filter(|r| width(r.clone()) <= measure)
        .collect();
    let kept_at = |at: usize| keep.get(keep.partition_point(|r| r.end <= at));
    let inside_symbol = |at: usize| kept_at(at).is_some_and(|r| r.start < at);
    let in_symbol = |word: &Range<usize>| kept_at(word.start).is_some_and(|r| r.start < word.end);
    for (end, opportunity) in linebreaks(&text).filter(|(end, _)| !inside_symbol(*end)) {
        let segment = &text[start..end];
        let content_len = segment
            .trim_end_matches([' ', '\u{3000}', HARD_BREAK])
            .len();
        let content = start..start + content_len;
        let spaces = start + content_len..end;
        // The last word of a paragraph is not hyphenated: a lone syllable on the last line
        // reads badly.
        let last_word = text[end..].trim_start().is_empty();
        if !content.is_empty() {
            let s = &Setting {
                hyphenate: s.hyphenate && !last_word && !in_symbol(&content),
                ..*s
            };
            push_word(
                &text,
                content.clone(),
                s,
                &width,
                hyphen.map(|h| h.2).unwrap_or(0.0),
                measure,
                &mut items,
                &mut pieces,
            );
        }
        let last_cjk = text[content.clone()]
            .chars()
            .last()
            .map(|c| fonts::family(c) == fonts::Family::Cjk)
            .unwrap_or(previous_char_cjk);
        previous_char_cjk = last_cjk;
        match opportunity {
            BreakOpportunity::Mandatory => {
                // Finishing glue: the last line of a paragraph (or before a hard break) is not
                // stretched.
                items.push(Item::Glue {
                    width: 0,
                    stretch: (1.0e5 * UNIT) as i32,
                    shrink: 0,
                });
                pieces.push(Piece::Other);
                items.push(Item::Penalty {
                    width: 0,
                    penalty: -INFINITE_PENALTY,
                    flagged: false,
                });
                pieces.push(Piece::Other);
            }
            // Spaces before the first word are not drawn (a line starts at its first word),
            // so they take no room: as glue, their shrink would be counted on but never given.
            BreakOpportunity::Allowed if !spaces.is_empty() && content == (0..0) => {}
            BreakOpportunity::Allowed if !spaces.is_empty() => {
                let w = width(spaces.clone());
                // Ragged text (headings, table cells) does not squeeze its spaces.
                let shrink = if s.justify { w * 0.3 } else { 0.0 };
                items.push(Item::Glue {
                    width: (w * UNIT).round() as i32,
                    stretch: (w * 0.6 * UNIT) as i32,
                    shrink: (shrink * UNIT) as i32,
                });
                pieces.push(Piece::Space(spaces.start, spaces.end));
            }
            BreakOpportunity::Allowed => {
                let next_cjk = text[end..]
                    .chars()
                    .next()
                    .map(|c| fonts::family(c) == fonts::Family::Cjk)
                    .unwrap_or(false);
                if last_cjk || next_cjk {
                    // Between ideographs: a break with room to justify.
                    items.push(Item::Glue {
                        width: 0,
                        stretch: (space_w * UNIT) as i32,
                        shrink: 0,
                    });
                    pieces.push(Piece::Space(end, end));
                } else {
                    items.push(Item::Penalty {
                        width: 0,
                        penalty: 0,
                        flagged: false,
                    });
                    pieces.push(Piece::Other);
                }
            }
        }
        start = end;
    }

    // Choose the breaks: the best paragraph within a tolerance, looser if none fits.
    let lengths = [(s.first_width * UNIT) as i32, (s.width * UNIT) as i32];
    let mut breaks = Vec::new();
    for threshold in [1.5f32, 3.0, 8.6] {
        breaks = total_fit(&items, &lengths, threshold, 0);
        if !breaks.is_empty() {
            break;
        }
    }
    if breaks.is_empty() {
        breaks = standard_fit(&items, &lengths, f32::INFINITY);
    }

    // 5. Lines in visual order.
    let mut lines = Vec::with_capacity(breaks.len());
    let mut from = 0usize;
    for bp in &breaks {
        let to = bp.index.min(items.len());
        let mut range: Option<Range<usize>> = None;
        for p in &pieces[from..to] {
            if let Piece::Text(a, b) = *p {
                range = Some(match range {
                    None => a..b,
                    Some(r) => r.start..b,
                });
            }
        }
        // A hyphenation point of ours, or a soft hyphen the writer put in, ending the line.
        let hyphenated = matches!(pieces.get(to), Some(Piece::Hyphen))
            || range
                .as_ref()
                .is_some_and(|r| text[r.clone()].ends_with('\u{AD}'));
        let forced = matches!(items.get(to), Some(Item::Penalty { penalty, .. }) if *penalty <= -INFINITE_PENALTY);
        let mut extra: Vec<(usize, f32)> = Vec::new();
        if let (true, Some(r)) = (s.justify, range.clone()) {
            // The exact space to share out: the measure less the line's own width (the
            // breaker's integer widths are a hair off, and a hair past the margin is too much).
            let measure = if lines.is_empty() {
                s.first_width
            } else {
                s.width
            };
            let hyphen_w = if hyphenated {
                hyphen.map(|h| h.2).unwrap_or(0.0)
            } else {
                0.0
            };
            // The last line (and a line before a hard break) keeps its natural spaces unless
            // the breaker counted on shrinking them.
            let needed = measure - width(r.clone()) - hyphen_w;
            let needed = if forced { needed.min(0.0) } else { needed };
            let glue: Vec<(usize, f32)> = items[from..to]
                .iter()
                .zip(&pieces[from..to])
                .filter_map(|(item, piece)| match (item, piece) {
                    (
                        Item::Glue {
                            stretch, shrink, ..
                        },
                        Piece::Space(a, b),
                    ) => {
                        // Space glue widens its space; glue between ideographs widens the
                        // ideograph before it.
                        let at = if a < b { *a } else { previous_char(&text, *a) };
                        let weight = if needed >= 0.0 { *stretch } else { *shrink };
                        Some((at, weight as f32))
                    }
                    _ => None,
                })
                .collect();
            let total: f32 = glue.iter().map(|g| g.1).sum();
            // Spaces shrink by a third of their width at most.
            let needed = if needed < 0.0 {
                needed.max(-total / UNIT)
            } else {
                needed
            };
            if total > 0.0 {
                for (at, weight) in glue {
                    match extra.iter_mut().find(|e| e.0 == at) {
                        Some(e) => e.1 += needed * weight / total,
                        None => extra.push((at, needed * weight / total)),
                    }
                }
            }
        }
        from = to + 1;
        let Some(range) = range else {
            lines.push(Line {
                glyphs: Vec::new(),
                width: 0.0,
                text: text.clone(),
                range: 0..0,
                footnotes: Vec::new(),
                hyphenated: false,
            });
            continue;
        };
        let mut line = visual_line(&text, &runs, &bidi, range.clone(), extra, spans, &span_at);
        if hyphenated {
            if let Some((font, gid, adv)) = hyphen {
                let x = line.width;
                line.glyphs.push(Glyph {
                    font: restyle(font, spans[span_at(range.end.saturating_sub(1))].style),
                    gid,
                    x,
                    dy: 0.0,
                    size: s.size,
                    next_x: x + adv,
                    text: HYPHEN_TEXT,
                    link: None,
                    footnote: None,
                    passage: spans[span_at(range.end.saturating_sub(1))].passage,
                });
                line.width += adv;
                line.hyphenated = true;
            }
        }
        for (k, span) in spans.iter().enumerate() {
            if let Some(f) = span.footnote {
                if range.contains(&span_ranges[k].start) {
                    line.footnotes.push(f);
                }
            }
        }
        lines.push(line);
    }
    Ok(lines)
}

/// The same family in the style of the text (a bold comma in a bold run).
fn restyle(font: FontKey, style: Style) -> FontKey {
    use FontKey::*;
    match font {
        Serif | SerifBold | SerifItalic | SerifBoldItalic => {
            fonts::preference(fonts::Family::Latin, style)[0]
        }
        Naskh | NaskhBold => {
            if style.bold {
                NaskhBold
            } else {
                Naskh
            }
        }
        Cjk | CjkBold => {
            if style.bold {
                CjkBold
            } else {
                Cjk
            }
        }
    }
}

/// Characters that are not drawn: the hard break, format characters (soft hyphen, zero-width
/// space and joiners' neighbours, direction marks and embeddings, word joiner, byte-order mark)
/// and control codes.
fn invisible(c: char) -> bool {
    c == HARD_BREAK
        || c.is_control()
        || matches!(c as u32, 0x00AD | 0x200B | 0x200E | 0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x2069 | 0xFEFF)
}

/// Combining marks take the font of their base letter.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x200C | 0x200D)
}

fn previous_char(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .next_back()
        .map(|(i, _)| i)
        .unwrap_or(0)
}

fn shape(
    text: &str,
    range: Range<usize>,
    font: FontKey,
    size: f32,
    rtl: bool,
    dy: f32,
    language: Option<rustybuzz::Language>,
) -> Run {
    let mut glyphs = Vec::new();
    if let Some(face) = font.face() {
        let scale = size / face.units_per_em() as f32;
        // Words and the spaces between them are shaped one by one, through a cache: words
        // repeat ("the", "city", "housing"), and shaping is most of the time of an export.
        // Nothing the fonts do joins across a space.
        let run_text = &text[range.clone()];
        let mut pieces: Vec<Range<usize>> = Vec::new();
        let mut start = 0;
        let mut in_space: Option<bool> = None;
        for (i, c) in run_text.char_indices() {
            let space = c == ' ';
            if in_space.is_some_and(|was| was != space) {
                pieces.push(start..i);
                start = i;
            }
            in_space = Some(space);
        }
        pieces.push(start..run_text.len());
        if rtl {
            pieces.reverse();
        }
        let lang = language.as_ref().map(|l| l.as_str().to_string());
        for piece in pieces {
            let shaped = shaped_word(font, face, rtl, &language, &lang, &run_text[piece.clone()]);
            glyphs.extend(shaped.iter().map(|g| RawGlyph {
                gid: g.gid,
                cluster: range.start + piece.start + g.cluster as usize,
                advance: g.advance as f32 * scale,
                x_offset: g.x_offset as f32 * scale,
                y_offset: g.y_offset as f32 * scale,
            }));
        }
    }
    let mut clusters: Vec<usize> = glyphs.iter().map(|g| g.cluster).collect();
    let order = if clusters.is_sorted() {
        ClusterOrder::Ascending
    } else if clusters.iter().rev().is_sorted() {
        ClusterOrder::Descending
    } else {
        ClusterOrder::Mixed
    };
    clusters.sort_unstable();
    clusters.dedup();
    Run {
        range,
        font,
        size,
        dy,
        glyphs,
        clusters,
        order,
    }
}

/// A shaped glyph in font units, as cached.
#[derive(Clone, Copy)]
struct UnitGlyph {
    gid: u16,
    cluster: u32,
    advance: i32,
    x_offset: i32,
    y_offset: i32,
}

/// The most words a cache of shapes or syllables keeps per font or language before it starts
/// again: a long report repeats a few thousand words, and a hostile file with millions of
/// different ones cannot make the cache grow without bound.
const CACHED_WORDS_MAX: usize = 50_000;

/// The glyphs of one word (or run of spaces) in visual order, shaped once per process and
/// font, direction and language. The cache is emptied when it grows past
/// [`CACHED_WORDS_MAX`] words.
fn shaped_word(
    font: FontKey,
    face: &'static rustybuzz::Face<'static>,
    rtl: bool,
    language: &Option<rustybuzz::Language>,
    lang: &Option<String>,
    word: &str,
) -> Rc<[UnitGlyph]> {
    // One table of words per font, direction and language, so that a look-up takes the word
    // as a `&str` (no key is built for a hit).
    type Words = HashMap<String, Rc<[UnitGlyph]>>;
    type Tables = HashMap<(FontKey, bool, Option<String>), Words>;
    thread_local! {
        static WORDS: std::cell::RefCell<Tables> = std::cell::RefCell::new(HashMap::default());
    }
    let hit = WORDS.with(|w| {
        w.borrow()
            .iter()
            .find(|((f, r, l), _)| *f == font && *r == rtl && l == lang)
            .and_then(|(_, words)| words.get(word).cloned())
    });
    if let Some(hit) = hit {
        return hit;
    }
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(word);
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    if let Some(l) = language {
        buffer.set_language(l.clone());
    }
    buffer.guess_segment_properties();
    let plan = plan_for(font, face, &buffer);
    let out = rustybuzz::shape_with_plan(face, &plan, buffer);
    let glyphs: Rc<[UnitGlyph]> = out
        .glyph_infos()
        .iter()
        .zip(out.glyph_positions())
        .map(|(info, pos)| UnitGlyph {
            gid: info.glyph_id as u16,
            cluster: info.cluster,
            advance: pos.x_advance,
            x_offset: pos.x_offset,
            y_offset: pos.y_offset,
        })
        .collect();
    WORDS.with(|w| {
        let mut w = w.borrow_mut();
        let words = w.entry((font, rtl, lang.clone())).or_default();
        if words.len() > CACHED_WORDS_MAX {
            words.clear();
        }
        words.insert(word.to_string(), glyphs.clone());
    });
    glyphs
}

/// Shapes with a plan made once per font, direction, script and language: making a plan reads
/// the font's GSUB and GPOS features and took half the time of a whole export when it was
/// made for every run.
fn plan_for(
    font: FontKey,
    face: &'static rustybuzz::Face<'static>,
    buffer: &UnicodeBuffer,
) -> Rc<rustybuzz::ShapePlan> {
    type Key = (FontKey, bool, rustybuzz::Script, Option<String>);
    thread_local! {
        static PLANS: std::cell::RefCell<HashMap<Key, Rc<rustybuzz::ShapePlan>>> =
            std::cell::RefCell::new(HashMap::default());
    }
    let direction = buffer.direction();
    let script = buffer.script();
    let language = buffer.language();
    let key: Key = (
        font,
        direction == Direction::RightToLeft,
        script,
        language.as_ref().map(|l| l.as_str().to_string()),
    );
    PLANS.with(|plans| {
        plans
            .borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                Rc::new(rustybuzz::ShapePlan::new(
                    face,
                    direction,
                    Some(script),
                    language.as_ref(),
                    &[],
                ))
            })
            .clone()
    })
}

/// The hyphen added at a hyphenated line end: (font, glyph, advance).
fn hyphen_glyph(size: f32, char_fonts: &[(usize, FontKey)]) -> Option<(FontKey, u16, f32)> {
    let font = char_fonts
        .iter()
        .map(|(_, f)| *f)
        .find(|f| fonts::has_glyph(*f, '-'))
        .unwrap_or(FontKey::Serif);
    let face = font.face()?;
    let gid = face.glyph_index('-')?;
    let adv = face.glyph_hor_advance(gid)? as f32 * size / face.units_per_em() as f32;
    Some((font, gid.0, adv))
}

/// Boxes for a word: split at its hyphenation points, and at any character when the word is
/// wider than the line (a long address), so that nothing runs past the margin.
#[allow(clippy::too_many_arguments)]
fn push_word(
    text: &str,
    word: Range<usize>,
    s: &Setting,
    width: &dyn Fn(Range<usize>) -> f32,
    hyphen_width: f32,
    measure: f32,
    items: &mut Vec<Item<()>>,
    pieces: &mut Vec<Piece>,
) {
    let mut boxes: Vec<(Range<usize>, bool)> = Vec::new();
    let w = &text[word.clone()];
    let core = hyphenatable_core(w);
    match (s.hyphenate, s.language.hypher(), core) {
        (true, Some(lang), Some((a, b))) => {
            let mut at = word.start + a;
            if a > 0 {
                boxes.push((word.start..at, false));
            }
            let lengths = syllable_lengths(&w[a..b], lang);
            for (k, len) in lengths.iter().enumerate() {
                let end = at + *len as usize;
                // A hyphen may follow every syllable but the last.
                boxes.push((at..end, k + 1 < lengths.len()));
                at = end;
            }
            if b < w.len() {
                boxes.push((word.start + b..word.end, false));
            }
        }
        _ => boxes.push((word, false)),
    }
    for (range, hyphen_after) in boxes {
        let w = width(range.clone());
        if w > measure {
            // Split at characters; each piece fits.
            let mut piece_start = range.start;
            let mut piece_w = 0.0;
            for (i, c) in text[range.clone()].char_indices() {
                let at = range.start + i;
                let cw = width(at..at + c.len_utf8());
                if piece_w + cw > measure && at > piece_start {
                    items.push(Item::Box {
                        width: (piece_w * UNIT).round() as i32,
                        data: (),
                    });
                    pieces.push(Piece::Text(piece_start, at));
                    items.push(Item::Penalty {
                        width: 0,
                        penalty: 0,
                        flagged: false,
                    });
                    pieces.push(Piece::Other);
                    piece_start = at;
                    piece_w = 0.0;
                }
                piece_w += cw;
            }
            items.push(Item::Box {
                width: (piece_w * UNIT).round() as i32,
                data: (),
            });
            pieces.push(Piece::Text(piece_start, range.end));
        } else {
            items.push(Item::Box {
                width: (w * UNIT).round() as i32,
                data: (),
            });
            pieces.push(Piece::Text(range.start, range.end));
        }
        if hyphen_after {
            items.push(Item::Penalty {
                width: (hyphen_width * UNIT) as i32,
                penalty: 100,
                flagged: true,
            });
            pieces.push(Piece::Hyphen);
        }
    }
}

/// The longest word offered to the hyphenator, in bytes: hypher's own limit without its
/// `alloc` feature (it panics beyond it). A longer word stays whole on its line.
const HYPHENATE_MAX_BYTES: usize = 45;

/// The byte lengths of a word's syllables, with at least three letters on each side of a
/// hyphen ("re-port" reads badly); remembered per word, as the shapes are (a long report
/// hyphenates the same words again and again).
fn syllable_lengths(word: &str, lang: hypher::Lang) -> Rc<[u16]> {
    // hypher (built without `alloc`) panics on a word longer than it can hold. Such a "word"
    // is a web address, a file name or a chemical name: none is hyphenated, in any case.
    if word.len() > HYPHENATE_MAX_BYTES {
        return Rc::from([word.len().min(u16::MAX as usize) as u16]);
    }
    // One table of words per language, so that a look-up takes the word as a `&str` (no key
    // is built for a hit).
    type Words = HashMap<String, Rc<[u16]>>;
    thread_local! {
        static SYLLABLES: std::cell::RefCell<HashMap<hypher::Lang, Words>> =
            std::cell::RefCell::new(HashMap::default());
    }
    let hit = SYLLABLES.with(|c| c.borrow().get(&lang).and_then(|w| w.get(word).cloned()));
    if let Some(hit) = hit {
        return hit;
    }
    let (left, right) = lang.bounds();
    let lengths: Rc<[u16]> = hypher::hyphenate_bounded(word, lang, left.max(3), right.max(3))
        .map(|s| s.len().min(u16::MAX as usize) as u16)
        .collect();
    SYLLABLES.with(|c| {
        let mut c = c.borrow_mut();
        let words = c.entry(lang).or_default();
        if words.len() > CACHED_WORDS_MAX {
            words.clear();
        }
        words.insert(word.to_string(), lengths.clone());
    });
    lengths
}

/// The letters of a word that may be hyphenated (without leading or trailing punctuation), as
/// byte offsets; `None` for short words, numbers, symbols and anything with inner punctuation
/// (addresses, document symbols).
fn hyphenatable_core(word: &str) -> Option<(usize, usize)> {
    let a = word.find(|c: char| c.is_alphabetic())?;
    let b = word
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphabetic())
        .map(|(i, c)| i + c.len_utf8())?;
    let core = &word[a..b];
    if core.chars().count() < 6 || !core.chars().all(|c| c.is_alphabetic()) {
        return None;
    }
    Some((a, b))
}

/// A paragraph's bidi levels (UAX #9).
enum Bidi<'t> {
    /// Everything left to right at level 0, known without resolving: a left-to-right paragraph
    /// with no right-to-left letter, no Arabic digit and no explicit direction control (rules
    /// W7 and N1 make its numbers and neutrals left to right). Most paragraphs of a submission
    /// in five of the six UN languages; resolving them looked up every character's class and
    /// copied the levels for every line (4% of an export's time, `perf`, Dec 2026).
    Ltr,
    Resolved(ParagraphBidiInfo<'t>),
}

impl<'t> Bidi<'t> {
    fn new(text: &'t str, base: Level) -> Self {
        use unicode_bidi::BidiClass::*;
        let plain = base.is_ltr()
            && text.chars().all(|c| {
                // Below Hebrew (U+0590) no character is right to left or a direction control.
                c < '\u{0590}'
                    || !matches!(
                        unicode_bidi::bidi_class(c),
                        R | AL | AN | LRE | LRO | RLE | RLO | PDF | LRI | RLI | FSI | PDI
                    )
            });
        if plain {
            Bidi::Ltr
        } else {
            Bidi::Resolved(ParagraphBidiInfo::new(text, Some(base)))
        }
    }

    /// The level of the character at byte `i`.
    fn level(&self, i: usize) -> Level {
        match self {
            Bidi::Ltr => Level::ltr(),
            Bidi::Resolved(b) => b.levels.get(i).copied().unwrap_or_else(Level::ltr),
        }
    }

    /// The runs of `line` in visual order, and the levels by byte (empty when all are 0).
    fn visual_runs(&self, line: Range<usize>) -> (Vec<Level>, Vec<Range<usize>>) {
        match self {
            Bidi::Ltr => (Vec::new(), vec![line]),
            Bidi::Resolved(b) => b.visual_runs(line),
        }
    }
}

/// The widest stretch of a set line with no break opportunity inside it (UAX #14), its
/// trailing spaces left out: how narrow a table column can be before one of its words must be
/// split. Measured from the glyphs as set (their advances, in points), so it holds for any
/// script and font the line uses.
pub fn widest_unbreakable(line: &Line) -> f32 {
    let text: &str = &line.text;
    let mut starts = vec![0usize];
    starts.extend(linebreaks(text).map(|(at, _)| at));
    let mut widths = vec![0f32; starts.len()];
    for g in &line.glyphs {
        let at = g.text.start as usize;
        if g.text == HYPHEN_TEXT
            || text
                .get(at..)
                .is_some_and(|t| t.starts_with(char::is_whitespace))
        {
            continue;
        }
        let k = starts.partition_point(|s| *s <= at).saturating_sub(1);
        if let Some(w) = widths.get_mut(k) {
            *w += (g.next_x - g.x).max(0.0);
        }
    }
    widths.into_iter().fold(0.0, f32::max)
}

/// The glyphs of `range` in visual order, with the justification space added.
fn visual_line(
    text: &Rc<str>,
    runs: &[Run],
    bidi: &Bidi,
    range: Range<usize>,
    mut extra: Vec<(usize, f32)>,
    spans: &[Span],
    span_at: &dyn Fn(usize) -> usize,
) -> Line {
    let (levels, visual) = bidi.visual_runs(range.clone());
    // Room for the line's glyphs (and a hyphen) at once: grown one push at a time, a line's
    // vector was copied five or six times and kept up to twice the room it needed until the
    // page was painted.
    let mut glyphs = Vec::with_capacity(
        runs.iter()
            .map(|r| r.glyphs_within(range.start, range.end).len())
            .sum::<usize>()
            + 1,
    );
    let mut x = 0f32;
    for vr in visual {
        let rtl = levels.get(vr.start).map(|l| l.is_rtl()).unwrap_or(false);
        let lo = vr.start.max(range.start);
        let hi = vr.end.min(range.end);
        let mut overlapping: Vec<&Run> = runs
            .iter()
            .filter(|r| r.range.start < hi && r.range.end > lo)
            .collect();
        if rtl {
            overlapping.reverse();
        }
        for run in overlapping {
            let mut seen_cluster: Option<usize> = None;
            for g in run.glyphs_within(lo, hi) {
                if g.cluster < lo || g.cluster >= hi {
                    continue;
                }
                // Nothing is drawn for a hard break or an invisible character (a soft hyphen, a
                // zero-width space, a direction mark, a control code pasted from elsewhere): a
                // glyph for one would map the space glyph to it in the copied text, or draw a box.
                if text[g.cluster..].chars().next().is_some_and(invisible) {
                    continue;
                }
                let end = run
                    .clusters
                    .get(run.clusters.partition_point(|c| *c <= g.cluster))
                    .copied()
                    .unwrap_or(run.range.end);
                let first = seen_cluster != Some(g.cluster);
                seen_cluster = Some(g.cluster);
                let t = if first {
                    g.cluster as u32..end as u32
                } else {
                    g.cluster as u32..g.cluster as u32
                };
                let add = if first {
                    match extra.iter().position(|e| e.0 == g.cluster) {
                        Some(i) => extra.swap_remove(i).1,
                        None => 0.0,
                    }
                } else {
                    0.0
                };
                let next_x = x + g.advance + add;
                glyphs.push(Glyph {
                    font: run.font,
                    gid: g.gid,
                    x: x + g.x_offset,
                    dy: run.dy + g.y_offset,
                    size: run.size,
                    next_x,
                    text: t,
                    link: spans[span_at(g.cluster)].link,
                    footnote: spans[span_at(g.cluster)].footnote,
                    passage: spans[span_at(g.cluster)].passage,
                });
                x = next_x;
            }
        }
    }
    // Trailing justification of the last glyph would move nothing visible: drop it from the
    // width so that the line ends at the margin exactly.
    Line {
        glyphs,
        width: x,
        text: text.clone(),
        range,
        footnotes: Vec::new(),
        hyphenated: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Vec<Span> {
        vec![Span {
            text: text.into(),
            ..Default::default()
        }]
    }

    fn setting(width: f32) -> Setting {
        Setting {
            size: 11.0,
            language: Language::English,
            rtl: false,
            justify: true,
            hyphenate: true,
            first_width: width,
            width,
        }
    }

    const TEXT: &str = "The city provides emergency shelter to every family evicted from \
        its home, and has built two thousand social housing units since the last review, \
        in consultation with residents' associations and the national human rights institution.";

    #[test]
    fn justified_lines_fill_the_measure_and_none_is_wider() {
        let lines = set(&plain(TEXT), &setting(200.0)).unwrap();
        assert!(lines.len() > 3);
        for (i, l) in lines.iter().enumerate() {
            assert!(l.width <= 200.0 + 0.01, "line {i} is {} wide", l.width);
            if i + 1 < lines.len() {
                assert!(
                    (l.width - 200.0).abs() < 0.5,
                    "line {i} not justified: {}",
                    l.width
                );
            }
        }
        let last = lines.last().unwrap();
        assert!(last.width < 200.0, "the last line is not stretched");
    }

    #[test]
    fn every_word_comes_back_in_order() {
        let lines = set(&plain(TEXT), &setting(150.0)).unwrap();
        let mut joined = String::new();
        for l in &lines {
            let t = l.logical_text();
            if l.hyphenated {
                joined.push_str(t);
            } else {
                joined.push_str(t);
                joined.push(' ');
            }
        }
        assert_eq!(
            joined.split_whitespace().collect::<Vec<_>>(),
            TEXT.split_whitespace().collect::<Vec<_>>()
        );
    }

    #[test]
    fn narrow_measures_hyphenate_english_words() {
        let text = "Municipalities implement internationally recognised responsibilities \
            concerning accommodation, consultation and participation of organisations.";
        let lines = set(&plain(text), &setting(180.0)).unwrap();
        assert!(lines.iter().any(|l| l.hyphenated), "no line was hyphenated");
        for l in lines.iter().filter(|l| l.hyphenated) {
            let last = l.logical_text().chars().last().unwrap();
            assert!(last.is_alphabetic(), "hyphen after {last:?}");
        }
    }

    #[test]
    fn a_word_longer_than_the_hyphenator_takes_is_set_whole() {
        // Found by the draft_through_store fuzz target: hypher panics past 45 bytes.
        let word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(2);
        assert!(word.len() > HYPHENATE_MAX_BYTES);
        let text = format!("The city names {word} in its report.");
        let lines = set(&plain(&text), &setting(180.0)).unwrap();
        let all: String = lines.iter().map(|l| l.logical_text()).collect();
        assert!(all.contains(&word[..40]), "{all}");
    }

    #[test]
    fn a_word_wider_than_the_line_is_split_rather_than_overflowing() {
        let url =
            "https://www.ohchr.org/en/hr-bodies/upr/documentation/very/long/path/to/a/document";
        let lines = set(&plain(url), &setting(100.0)).unwrap();
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.width <= 100.01));
    }

    /// Where a line ends inside a symbol of `text`, if one does: the line's text and the symbol.
    fn broken_symbol(text: &str, lines: &[Line]) -> Option<String> {
        let symbols = crate::document::symbol::find(text);
        lines.iter().find_map(|l| {
            let end = l.range.end;
            symbols
                .iter()
                .find(|r| r.start < end && end < r.end)
                .map(|r| format!("{:?} ends inside {}", l.logical_text(), &text[r.clone()]))
        })
    }

    #[test]
    fn a_symbol_is_never_broken_wherever_the_line_ends() {
        // The text before the citation grows word by word across more than a line, so the
        // symbol falls at every place of a justified line, end included — for a citation as
        // the editor writes it now and as an earlier version stuck it to the sentence.
        let words: Vec<&str> = "The city connected a thousand homes to the municipal water \
            supply and extended the sanitation network to informal settlements"
            .split_whitespace()
            .collect();
        let mut checked = 0;
        for symbol in crate::document::symbol::EXAMPLES {
            for n in 0..=words.len() {
                let sentence = words[..n].join(" ");
                for text in [
                    format!(
                        "{sentence} in 2025 ({symbol}, para. 140.212). It did so with residents."
                    ),
                    format!("{sentence} in 2025.{symbol}, para. 140.212 and the residents."),
                ] {
                    for width in [150.0, 200.0] {
                        let lines = set(&plain(&text), &setting(width)).unwrap();
                        assert!(lines.len() > 1);
                        if let Some(broken) = broken_symbol(&text, &lines) {
                            panic!("at {width} pt: {broken}");
                        }
                        assert!(
                            lines.iter().any(|l| l.logical_text().contains(symbol)),
                            "{symbol} is not whole on one line of {text:?}"
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, 5 * (words.len() + 1) * 4);
    }

    #[test]
    fn a_symbol_wider_than_the_line_still_breaks_rather_than_overflowing() {
        // A table column narrower than the symbol: it breaks (at its slashes, as before).
        let lines = set(&plain("See A/HRC/WG.6/48/SVN/3."), &setting(45.0)).unwrap();
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.width <= 45.01));
    }

    #[test]
    fn arabic_lines_run_right_to_left_with_latin_symbols_in_order() {
        let text = "انظر الوثيقة A/HRC/59/15 الفقرة 140.7";
        let s = Setting {
            language: Language::Arabic,
            rtl: true,
            hyphenate: false,
            ..setting(400.0)
        };
        let lines = set(&plain(text), &s).unwrap();
        assert_eq!(lines.len(), 1);
        let line = &lines[0];
        // Visual order: the glyphs of the symbol stay left to right, and the Arabic word that
        // comes first in logical order is at the right end.
        let visual: String = line
            .glyphs
            .iter()
            .map(|g| &line.text[g.text.start as usize..g.text.end as usize])
            .collect();
        assert!(visual.contains("A/HRC/59/15"), "{visual}");
        // (Each Arabic glyph stands for one letter, so visual order reads the word backwards.)
        let first_word: String = "انظر".chars().rev().collect();
        assert!(visual.ends_with(&first_word), "{visual}");
        assert!(line.glyphs.iter().any(|g| g.font == FontKey::Naskh));
    }

    #[test]
    fn chinese_breaks_between_ideographs_and_justifies() {
        let text = "城市为每一个被驱逐的家庭提供紧急住所，并自上次审议以来建造了两千套社会住房。"
            .repeat(3);
        let s = Setting {
            language: Language::Chinese,
            hyphenate: false,
            ..setting(150.0)
        };
        let lines = set(&plain(&text), &s).unwrap();
        assert!(lines.len() > 2);
        for l in &lines[..lines.len() - 1] {
            assert!((l.width - 150.0).abs() < 0.5, "not justified: {}", l.width);
            // No line starts with a closing mark (UAX #14).
            assert!(
                !l.logical_text().starts_with(['，', '。']),
                "{}",
                l.logical_text()
            );
        }
    }

    #[test]
    fn invisible_characters_draw_nothing_and_a_soft_hyphen_shows_at_a_line_end() {
        let text = "house\u{200B}hold \u{FEFF}water\u{0007} and sani\u{AD}tation \u{2066}\u{200F}services\u{2069}";
        let lines = set(&plain(text), &setting(400.0)).unwrap();
        let drawn: String = lines[0]
            .glyphs
            .iter()
            .map(|g| &lines[0].text[g.text.start as usize..g.text.end as usize])
            .collect();
        assert_eq!(drawn, "household water and sanitation services");
        // Where the line breaks at the soft hyphen, a hyphen is drawn.
        let narrow = set(&plain("Sanitation infra\u{AD}structure"), &setting(90.0)).unwrap();
        assert!(narrow.len() > 1);
        assert!(narrow[0].hyphenated, "{:?}", narrow[0].logical_text());
    }

    #[test]
    fn a_character_without_a_font_is_reported() {
        let err = set(&plain("Housing \u{1F9A9} and water"), &setting(300.0)).unwrap_err();
        assert_eq!(err.0.into_iter().collect::<Vec<_>>(), vec!['\u{1F9A9}']);
    }

    #[test]
    fn footnote_calls_are_reported_on_their_line() {
        let spans = vec![
            Span {
                text: "Evictions rose in 2025.".into(),
                ..Default::default()
            },
            Span {
                text: "1".into(),
                superscript: true,
                footnote: Some(0),
                ..Default::default()
            },
            Span {
                text: " The city responded.".into(),
                ..Default::default()
            },
        ];
        let lines = set(&spans, &setting(400.0)).unwrap();
        assert_eq!(lines[0].footnotes, vec![0]);
        let raised = lines[0].glyphs.iter().filter(|g| g.dy > 0.0).count();
        assert_eq!(raised, 1);
    }
}

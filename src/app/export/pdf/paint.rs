//! Pages into PDF content with printpdf: fonts subset to the glyphs used, glyphs placed by
//! their shaped positions, rules, the logo.
//!
//! printpdf is used as the writer only (see the module docs of `export::pdf`). Two things it
//! does not do are done here:
//!
//! - **Subsetting** (printpdf subsets only with its `text_layout` feature, which pulls in a GUI
//!   toolkit): each font is cut down with `subsetter` to the glyphs the layout used, and the
//!   glyphs are drawn with their new ids.
//! - **Positions**: each glyph's advance in the PDF is the font's width (`/W`, which printpdf
//!   truncates to whole thousandths of an em) corrected by a TJ number, so that glyphs land
//!   exactly where shaping, kerning and justification put them.

use super::fonts::FontKey;
use super::layout::{Page, Placed};
use super::tags::Marks;
use super::text::{Glyph, HYPHEN_TEXT};
use crate::{Error, Result};
use printpdf::{
    Codepoint, Color, FontId, Line as PdfLine, LinePoint, Mm, Op, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, Point, Pt, RawImage, Rgb, TextItem, TextMatrix, TextRenderingMode,
    XObject, XObjectId, XObjectTransform,
};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// The city's logo, decoded.
pub struct Logo {
    pub image: RawImage,
    pub width: usize,
    pub height: usize,
}

/// A font as embedded: its resource id, the glyph id map and the subset tag.
pub struct Embedded {
    pub id: FontId,
    pub name: String,
    /// By the font's own glyph id (up to the highest one used): the id in the subset, and the
    /// width as the PDF states it (thousandths of an em, truncated as printpdf writes it). A
    /// vector, not a map: it is read for every glyph drawn.
    glyphs: Vec<(u16, f32)>,
}

impl Embedded {
    /// The glyph's id in the subset (0, `.notdef`, for a glyph the subset does not hold).
    fn new_gid(&self, gid: u16) -> u16 {
        self.glyphs.get(usize::from(gid)).map_or(0, |g| g.0)
    }

    /// The glyph's width as the PDF states it.
    fn width(&self, gid: u16) -> f32 {
        self.glyphs.get(usize::from(gid)).map_or(0.0, |g| g.1)
    }
}

/// The fonts embedded in a document, by key.
pub type Fonts = BTreeMap<FontKey, Embedded>;

/// Subsets every font the pages use and adds it to the document.
pub fn embed_fonts(doc: &mut PdfDocument, pages: &[Page]) -> Result<Fonts> {
    // Which glyphs of each font the pages show, as a bit per glyph id (a set in a BTreeSet
    // per glyph drawn was 2% of an export's instructions); read back in ascending order.
    let mut used: BTreeMap<FontKey, Vec<u64>> = BTreeMap::new();
    for page in pages {
        for placed in &page.lines {
            let mut last: Option<(FontKey, &mut Vec<u64>)> = None;
            for g in &placed.line.glyphs {
                // The same font as the glyph before (the usual case) needs no look-up.
                let bits = match last.take() {
                    Some((key, bits)) if key == g.font => bits,
                    _ => used.entry(g.font).or_insert_with(|| vec![0; 1024]),
                };
                bits[usize::from(g.gid) / 64] |= 1 << (g.gid % 64);
                last = Some((g.font, bits));
            }
        }
    }
    let mut fonts = Fonts::new();
    for (n, (key, bits)) in used.into_iter().enumerate() {
        let gids: Vec<u16> = bits
            .iter()
            .enumerate()
            .flat_map(|(word, &b)| {
                (0..64u16)
                    .filter(move |i| b & (1 << i) != 0)
                    .map(move |i| word as u16 * 64 + i)
            })
            .collect();
        let face = key
            .face()
            .ok_or_else(|| fault(format!("the font {} does not load", key.postscript_name())))?;
        let upem = face.units_per_em() as f32;
        let mut remapper = subsetter::GlyphRemapper::new();
        let mut glyphs = vec![(0, 0.0); gids.last().map_or(0, |g| usize::from(*g) + 1)];
        for gid in &gids {
            let new = remapper.remap(*gid);
            let adv = face
                .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(*gid))
                .unwrap_or(0) as f32;
            glyphs[usize::from(*gid)] = (new, (adv * 1000.0 / upem).trunc());
        }
        let program = subsetter::subset(key.program(), 0, &remapper).map_err(|e| {
            fault(format!(
                "the font {} could not be subset ({e:?})",
                key.postscript_name()
            ))
        })?;
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(&program, 0, &mut warnings).ok_or_else(|| {
            fault(format!(
                "the subset of {} does not parse",
                key.postscript_name()
            ))
        })?;
        // A subset tag from the glyphs it holds: stable for the same text, different for
        // different subsets of one font (ISO 32000-1, 9.6.4).
        let mut hash = Sha256::new();
        hash.update(key.postscript_name().as_bytes());
        for g in &gids {
            hash.update(g.to_be_bytes());
        }
        let digest = hash.finalize();
        let tag: String = digest[..6]
            .iter()
            .map(|b| (b'A' + b % 26) as char)
            .collect();
        let id = FontId(format!("F{}", n + 1));
        doc.resources
            .fonts
            .map
            .insert(id.clone(), PdfFont::new(parsed));
        fonts.insert(
            key,
            Embedded {
                id,
                name: format!("{tag}+{}", key.postscript_name()),
                glyphs,
            },
        );
    }
    Ok(fonts)
}

/// The content of one page.
pub fn page_ops(
    page: &Page,
    fonts: &Fonts,
    height: f32,
    logo: Option<&(XObjectId, &Logo)>,
    logo_alt: &str,
    marks: &mut Marks,
) -> Vec<Op> {
    let mut ops = Vec::new();
    marks.next_page();
    if !page.rules.is_empty() {
        // Footnote separators and table borders: artifacts.
        marks.artifact(&mut ops);
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::SetOutlineColor { col: black() });
        let mut width = -1.0;
        for r in &page.rules {
            if r.width != width {
                ops.push(Op::SetOutlineThickness { pt: Pt(r.width) });
                width = r.width;
            }
            ops.push(Op::DrawLine {
                line: PdfLine {
                    points: vec![
                        LinePoint {
                            p: Point {
                                x: Pt(r.x1),
                                y: Pt(height - r.y1),
                            },
                            bezier: false,
                        },
                        LinePoint {
                            p: Point {
                                x: Pt(r.x2),
                                y: Pt(height - r.y2),
                            },
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            });
        }
        ops.push(Op::RestoreGraphicsState);
        marks.end(&mut ops);
    }
    if let (Some((x, top, w, h)), Some((id, logo))) = (page.logo, logo) {
        let bottom = height - top - h;
        marks.begin_figure(&mut ops, logo_alt, [x, bottom, x + w, bottom + h]);
        // Natural size at 72 dpi is one point per pixel: scaled to the box the layout gave it.
        ops.push(Op::UseXobject {
            id: id.clone(),
            transform: XObjectTransform {
                translate_x: Some(Pt(x)),
                translate_y: Some(Pt(height - top - h)),
                rotate: None,
                scale_x: Some(w / logo.width.max(1) as f32),
                scale_y: Some(h / logo.height.max(1) as f32),
                dpi: Some(72.0),
                ..Default::default()
            },
        });
        marks.end_figure(&mut ops);
    }
    for chart in &page.charts {
        // A Figure with the chart's numbers as its alternative text; its printed labels are
        // artifacts (the numbers table under it carries them as real text).
        let bbox = chart.bbox(height);
        marks.begin_figure(&mut ops, &chart.alt, bbox);
        ops.extend(super::chart::draw(chart, height));
        marks.end_figure(&mut ops);
    }
    if !page.lines.is_empty() {
        ops.push(Op::StartTextSection);
        let mut state = TextState::default();
        for (n, placed) in page.lines.iter().enumerate() {
            line_ops(placed, n, fonts, height, &mut state, marks, &mut ops);
        }
        if state.stroked {
            ops.push(Op::SetTextRenderingMode {
                mode: TextRenderingMode::Fill,
            });
        }
        ops.push(Op::EndTextSection);
    }
    ops
}

#[derive(Default)]
struct TextState {
    font: Option<(FontKey, u32)>,
    link: bool,
    stroked: bool,
}

/// Link text is dark blue: visible on screen, sober in print, no box around it.
const LINK: (f32, f32, f32) = (0.05, 0.2, 0.55);

fn black() -> Color {
    Color::Rgb(Rgb {
        r: 0.0,
        g: 0.0,
        b: 0.0,
        icc_profile: None,
    })
}

fn line_ops(
    placed: &Placed,
    n: usize,
    fonts: &Fonts,
    height: f32,
    st: &mut TextState,
    marks: &mut Marks,
    ops: &mut Vec<Op>,
) {
    let glyphs = &placed.line.glyphs;
    let text = &placed.line.text;
    let mut i = 0;
    while i < glyphs.len() {
        // A group: same font, size, rise and link colour, and one role in the structure.
        let g0 = &glyphs[i];
        let part = marks.part(placed.tag, glyphs, i);
        // ...and one script: a Russian title inside a French sentence (same font) is a run of its
        // own, so that the tagged PDF can say its language.
        let mut group_script = script(g0, text);
        let mut j = i + 1;
        while j < glyphs.len()
            && glyphs[j].font == g0.font
            && glyphs[j].size == g0.size
            && glyphs[j].dy == g0.dy
            && glyphs[j].link.is_some() == g0.link.is_some()
            && marks.part(placed.tag, glyphs, j) == part
        {
            match (group_script, script(&glyphs[j], text)) {
                (Some(a), Some(b)) if a != b => break,
                (None, b) => group_script = b,
                _ => {}
            }
            j += 1;
        }
        let Some(font) = fonts.get(&g0.font) else {
            i = j;
            continue;
        };
        let size_key = (g0.size * 100.0) as u32;
        if st.font != Some((g0.font, size_key)) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(font.id.clone()),
                size: Pt(g0.size),
            });
            st.font = Some((g0.font, size_key));
        }
        let fake_bold = g0.font.fake_bold();
        if fake_bold != st.stroked {
            if fake_bold {
                ops.push(Op::SetOutlineThickness {
                    pt: Pt(g0.size * 0.035),
                });
            }
            ops.push(Op::SetTextRenderingMode {
                mode: if fake_bold {
                    TextRenderingMode::FillStroke
                } else {
                    TextRenderingMode::Fill
                },
            });
            st.stroked = fake_bold;
        }
        let link = g0.link.is_some();
        if link != st.link {
            let (r, g, b) = if link { LINK } else { (0.0, 0.0, 0.0) };
            let col = Color::Rgb(Rgb {
                r,
                g,
                b,
                icc_profile: None,
            });
            ops.push(Op::SetFillColor { col: col.clone() });
            ops.push(Op::SetOutlineColor { col });
            st.link = link;
        }
        let x = placed.x + g0.x;
        let y = height - placed.baseline + g0.dy;
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Raw([1.0, 0.0, 0.0, 1.0, x, y]),
        });
        let mut items = Vec::with_capacity(j - i);
        // Where the viewer's pen is, in thousandths of an em from the group's first glyph: each
        // glyph moves it by its width, and an offset moves it to where the layout put the next
        // glyph. An offset too small to see (rounding in the layout's sums, a ten-thousandth of
        // an em) is left out: it only lengthened the file and the writing of it (a third of the
        // kern numbers of a justified page), and the pen never drifts, since each offset is
        // measured from the pen, not from the previous glyph.
        let mut pen = 0.0f64;
        for k in i..j {
            let g = &glyphs[k];
            let w = font.width(g.gid);
            let offset = if k + 1 < j {
                let target = f64::from(glyphs[k + 1].x - g0.x) * 1000.0 / f64::from(g.size);
                let off = pen + f64::from(w) - target;
                if off.abs() < INVISIBLE_OFFSET {
                    0.0
                } else {
                    round3(off as f32)
                }
            } else {
                0.0
            };
            pen += f64::from(w) - f64::from(offset);
            let t = if g.text == HYPHEN_TEXT {
                "-"
            } else {
                text.get(g.text.start as usize..g.text.end as usize)
                    .unwrap_or("")
            };
            items.push(Codepoint {
                gid: font.new_gid(g.gid),
                offset: round3(offset),
                cid: Some(t.to_string()),
            });
        }
        marks.begin(ops, (placed.tag, part), n, &glyphs[i..j], text);
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(items)],
        });
        marks.end(ops);
        i = j;
    }
}

/// The script of a glyph's first letter (see [`crate::model::language::script`]), or none for
/// spaces, digits and punctuation, which stay in the run around them.
fn script(g: &Glyph, text: &str) -> Option<crate::model::language::Script> {
    if g.text == HYPHEN_TEXT {
        return None;
    }
    text.get(g.text.start as usize..g.text.end as usize)?
        .chars()
        .find_map(crate::model::language::script)
}

/// An offset smaller than this (in thousandths of an em: 0.0005 pt at 11 pt) is not written.
const INVISIBLE_OFFSET: f64 = 0.05;

/// Offsets rounded to a thousandth of a thousandth of an em: exact enough, and stable text.
fn round3(v: f32) -> f32 {
    (v * 1000.0).round() / 1000.0
}

/// A4 or Letter in millimetres (printpdf's page constructor).
pub fn new_page(width: f32, height: f32, ops: Vec<Op>) -> PdfPage {
    PdfPage::new(Mm(width * 25.4 / 72.0), Mm(height * 25.4 / 72.0), ops)
}

/// Adds the logo to the document under a fixed id (stable output).
pub fn add_logo(doc: &mut PdfDocument, logo: &Logo) -> XObjectId {
    let id = XObjectId("Logo".into());
    doc.resources
        .xobjects
        .map
        .insert(id.clone(), XObject::Image(logo.image.clone()));
    id
}

pub fn fault(what: String) -> Error {
    Error::Internal(format!(
        "The PDF could not be made: {what}. This is a fault in CityRights; nothing was written."
    ))
}

//! What `docx-rs` (0.4) cannot express, done on the XML parts it builds, before they are zipped.
//!
//! Each step is here because the crate has no way to say it, and each is as small as the gap:
//!
//! 1. **Element order.** The WordprocessingML schema fixes the order of the children of
//!    paragraph, run, section, table, cell and style properties (`w:pStyle` first in `w:pPr`,
//!    `w:rStyle` first in `w:rPr`…). docx-rs writes them in an order of its own (`w:rPr` first
//!    in every `w:pPr`, `w:sz` before `w:b`, `w:footerReference` last in `w:sectPr`). LibreOffice
//!    does not mind; Microsoft Word may silently ignore properties out of order or ask to
//!    "recover" the file (docx-rs issue #724). [`reorder`] puts every such child in schema
//!    order (ECMA-376 Part 1, §17).
//! 2. **Document properties**: the crate keeps title, author and language private and writes
//!    "unknown"; `docProps/core.xml` is written here.
//! 3. **Footnotes**: the crate writes neither the separator notes (-1 and 0) that Word's own
//!    files have nor the `w:footnoteRef` mark at the start of each note (without it Word shows
//!    no number at the foot of the page); both are added, and `w:footnotePr` in the settings
//!    points to the separators. Settings are written here whole (zoom, tab stop, footnote
//!    properties, compatibility mode 15, the theme languages) rather than patched.
//! 4. **Languages**: the crate has no `w:lang` and no `w:rtl`: the document language goes into
//!    the default run properties; a run marked with its own language (`Mark::Language`) carries
//!    it as a placeholder ([`language_placeholder`]) that becomes its `w:lang`; every run that holds right-to-left letters (Arabic, Hebrew)
//!    gets `w:rtl` (and `w:bCs`/`w:iCs` when bold or italic, which is what Word uses for such
//!    text); an Arabic submission gets `w:bidi` paragraphs and section and `w:bidiVisual` tables.
//! 5. **Hyperlinks**: the crate numbers its hyperlink relationships with a process-wide counter
//!    that two exports at once can make collide, and it writes no relationships for links in
//!    footnotes (they would point nowhere). Links are therefore built as bookmark links to a
//!    placeholder name ([`link_placeholder`]) and turned here into external links, with their
//!    relationships in `document.xml.rels` or `footnotes.xml.rels` as Word expects.
//! 6. **Paragraph ids** (`w14:paraId`) are dropped: optional, and Word wants them unique.
//! 7. **Empty comment parts**: the crate always writes `comments.xml` and a
//!    `commentsExtended.xml` whose Word 2012 namespace is not marked ignorable; a submission has
//!    no comments, so both are left out (with their relationship and content type).
//!
//! 8. **Document symbols** kept whole: Word, like Unicode's rules, may end a line after the "/"
//!    or the "-" of `A/HRC/59/15` or `CRC/C/PER/CO/6-7`. Every UN symbol in the text
//!    ([`crate::document::symbol::unbreakable`]) gets a word joiner (U+2060, which forbids a
//!    break and draws nothing) after each "/", and its hyphens become Word's own non-breaking
//!    hyphen `w:noBreakHyphen` (shown as "-", never a line end; the crate has no element for
//!    it). The import takes both out again ([`crate::document::symbol::breakable`]).
//!
//! The parts are then zipped here (with deflate) because the crate's own packer knows no
//! `footnotes.xml.rels`.

use crate::ooxml::{self, style, Attr, Element, Limits, Node, Ns};
use docx_rs::XMLDocx;
use std::io::Write;

/// What the finished file says about itself.
pub(super) struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// BCP 47 tag (`en-GB`, `ar-SA`…).
    pub language: String,
    /// RFC 3339 times.
    pub created: String,
    pub modified: String,
    /// An Arabic submission: right-to-left paragraphs, section and tables.
    pub rtl: bool,
    /// Link targets by placeholder index.
    pub links: Vec<String>,
    /// The alternative text of each image, by its relationship id (`Pic::id`): every image
    /// must have one (see [`describe_images`]).
    pub image_descriptions: Vec<(String, String)>,
}

const LINK_PREFIX: &str = "cityrights-link-";
const REL_HYPERLINK: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
const REL_NUMBERING: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
const REL_FOOTNOTES: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
const RELS_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
/// Parts the crate writes that a submission does not need (see 7. above).
const DROPPED: [&str; 2] = ["word/comments.xml", "word/commentsExtended.xml"];

/// Where a run's language travels before it becomes its `w:lang`: the `w:hint` of a
/// `w:rFonts`, an attribute the export writes nowhere else.
const LANGUAGE_PREFIX: &str = "cityrights-lang-";

/// The `w:rFonts` hint a run in language `tag` is built with (see [`mark_languages`]).
pub(super) fn language_placeholder(tag: &str) -> String {
    format!("{LANGUAGE_PREFIX}{tag}")
}

/// Turns a run's language placeholder into `w:lang`, the same tag for Latin, East Asian and
/// complex-script text (`w:val`, `w:eastAsia`, `w:bidi`): the officer marked the passage as
/// that language whatever its letters, and Word reads each attribute only for its own kind of
/// text. `reorder` then puts it in its place in `w:rPr`.
fn mark_languages(e: &mut Element) {
    if !e.is(Ns::W, "rPr") {
        return;
    }
    for node in &mut e.children {
        let Node::Element(fonts) = node else {
            continue;
        };
        if !fonts.is(Ns::W, "rFonts") {
            continue;
        }
        let Some(tag) = fonts
            .attr(Ns::W, "hint")
            .and_then(|h| h.strip_prefix(LANGUAGE_PREFIX))
            .map(str::to_string)
        else {
            continue;
        };
        *fonts = Element::w("lang")
            .with_w_attr("val", &tag)
            .with_w_attr("eastAsia", &tag)
            .with_w_attr("bidi", &tag);
    }
}

/// The bookmark name a link is built with before it becomes a real link.
pub(super) fn link_placeholder(index: usize) -> String {
    format!("{LINK_PREFIX}{index}")
}

/// Finishes the parts and zips them.
pub(super) fn finish(mut xml: XMLDocx, meta: &Meta) -> Result<Vec<u8>, String> {
    let mut document = parse("word/document.xml", &xml.document)?;
    let mut styles = parse("word/styles.xml", &xml.styles)?;
    let mut numbering = parse("word/numbering.xml", &xml.numberings)?;
    let mut footnotes = parse("word/footnotes.xml", &xml.footnotes)?;
    let mut rels = parse("word/_rels/document.xml.rels", &xml.document_rels)?;
    let mut types = parse("[Content_Types].xml", &xml.content_type)?;
    rels.children.retain(|n| {
        !matches!(n, Node::Element(r) if r.attr(Ns::None, "Target")
            .is_some_and(|t| DROPPED.iter().any(|d| format!("word/{t}") == *d)))
    });
    types.children.retain(|n| {
        !matches!(n, Node::Element(o) if o.attr(Ns::None, "PartName")
            .is_some_and(|p| DROPPED.iter().any(|d| p.trim_start_matches('/') == *d)))
    });

    let document_links = resolve_links(&mut document, meta)?;
    let footnote_links = resolve_links(&mut footnotes, meta)?;
    add_footnote_marks(&mut footnotes);
    for part in [&mut document, &mut footnotes] {
        part.walk_mut(&mut |e| mark_rtl_runs(e));
        part.walk_mut(&mut |e| mark_languages(e));
        part.walk_mut(&mut |e| keep_symbols_whole(e));
    }
    if meta.rtl {
        document.walk_mut(&mut |e| {
            if e.is(Ns::W, "tblPr") {
                e.children.push(Node::Element(Element::w("bidiVisual")));
            }
            if e.is(Ns::W, "sectPr") {
                e.children.push(Node::Element(Element::w("bidi")));
            }
        });
    }
    set_defaults(&mut styles, meta);
    document.walk_mut(&mut |e| mark_header_rows(e));
    describe_images(&mut document, meta)?;

    for (id, target) in &document_links {
        rels.children
            .push(Node::Element(relationship(id, REL_HYPERLINK, target, true)));
    }
    for (kind, target, id) in [
        (REL_NUMBERING, "numbering.xml", "rIdCityRightsNumbering"),
        (REL_FOOTNOTES, "footnotes.xml", "rIdCityRightsFootnotes"),
    ] {
        if !rels
            .elements()
            .any(|r| r.attr(Ns::None, "Type") == Some(kind))
        {
            rels.children
                .push(Node::Element(relationship(id, kind, target, false)));
        }
    }
    let footnote_rels = (!footnote_links.is_empty()).then(|| {
        let mut r = Element {
            qname: "Relationships".into(),
            ns: Ns::PackageRels,
            attrs: vec![Attr {
                qname: "xmlns".into(),
                ns: Ns::Xmlns,
                value: RELS_NS.into(),
            }],
            children: Vec::new(),
        };
        for (id, target) in &footnote_links {
            r.children
                .push(Node::Element(relationship(id, REL_HYPERLINK, target, true)));
        }
        r
    });

    for part in [&mut document, &mut styles, &mut numbering, &mut footnotes] {
        finish_part(part);
    }
    xml.document = ooxml::to_xml(&document).into_bytes();
    xml.styles = ooxml::to_xml(&styles).into_bytes();
    xml.numberings = ooxml::to_xml(&numbering).into_bytes();
    xml.footnotes = ooxml::to_xml(&footnotes).into_bytes();
    xml.document_rels = ooxml::to_xml(&rels).into_bytes();
    xml.content_type = ooxml::to_xml(&types).into_bytes();
    for (i, footer) in xml.footers.iter_mut().enumerate() {
        let mut f = parse(&format!("word/footer{}.xml", i + 1), footer)?;
        // The page number's words in Arabic run right to left, as the text's.
        f.walk_mut(&mut |e| mark_rtl_runs(e));
        finish_part(&mut f);
        *footer = ooxml::to_xml(&f).into_bytes();
    }
    xml.settings = settings_xml(&meta.language).into_bytes();
    xml.doc_props.core = core_xml(meta).into_bytes();
    xml.doc_props.app = APP_XML.as_bytes().to_vec();

    pack(&xml, footnote_rels.map(|r| ooxml::to_xml(&r))).map_err(|e| e.to_string())
}

fn parse(name: &str, bytes: &[u8]) -> Result<Element, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8"))?;
    ooxml::parse(text, Limits::TRUSTED).map_err(|e| format!("{name}: {e}"))
}

/// Drops paragraph ids and puts property elements in schema order.
fn finish_part(part: &mut Element) {
    part.walk_mut(&mut |e| {
        e.attrs
            .retain(|a| !(a.ns == Ns::W14 && matches!(a.local(), "paraId" | "textId")));
    });
    reorder(part);
}

fn relationship(id: &str, kind: &str, target: &str, external: bool) -> Element {
    let mut attrs = vec![
        Attr {
            qname: "Id".into(),
            ns: Ns::None,
            value: id.into(),
        },
        Attr {
            qname: "Type".into(),
            ns: Ns::None,
            value: kind.into(),
        },
        Attr {
            qname: "Target".into(),
            ns: Ns::None,
            value: target.into(),
        },
    ];
    if external {
        attrs.push(Attr {
            qname: "TargetMode".into(),
            ns: Ns::None,
            value: "External".into(),
        });
    }
    Element {
        qname: "Relationship".into(),
        ns: Ns::PackageRels,
        attrs,
        children: Vec::new(),
    }
}

/// Turns placeholder bookmark links into external links; returns their relationships.
fn resolve_links(part: &mut Element, meta: &Meta) -> Result<Vec<(String, String)>, String> {
    let mut found = Vec::new();
    let mut error = None;
    part.walk_mut(&mut |e| {
        if !e.is(Ns::W, "hyperlink") {
            return;
        }
        let Some(index) = e
            .w_attr("anchor")
            .and_then(|a| a.strip_prefix(LINK_PREFIX))
            .and_then(|n| n.parse::<usize>().ok())
        else {
            return;
        };
        let Some(target) = meta.links.get(index) else {
            error = Some(format!("link {index} has no target"));
            return;
        };
        let id = format!("rIdLink{}", index + 1);
        e.attrs
            .retain(|a| !(a.ns == Ns::W && a.local() == "anchor"));
        e.attrs.insert(
            0,
            Attr {
                qname: "r:id".into(),
                ns: Ns::R,
                value: id.clone(),
            },
        );
        found.push((id, target.clone()));
    });
    match error {
        Some(e) => Err(e),
        None => Ok(found),
    }
}

/// Adds the separator notes and, at the start of each note, the mark that shows its number.
fn add_footnote_marks(footnotes: &mut Element) {
    for n in &mut footnotes.children {
        let Node::Element(note) = n else { continue };
        if !note.is(Ns::W, "footnote") || note.w_attr("type").is_some() {
            continue;
        }
        if let Some(p) = note.w_child_mut("p") {
            let at = usize::from(matches!(
                p.children.first(),
                Some(Node::Element(e)) if e.is(Ns::W, "pPr")
            ));
            let mark = Element::w("r")
                .with_child(Element::w("rPr").with_child(
                    Element::w("rStyle").with_w_attr("val", super::style::FOOTNOTE_REFERENCE),
                ))
                .with_child(Element::w("footnoteRef"));
            let mut space = Element::w("t");
            space.attrs.push(Attr {
                qname: "xml:space".into(),
                ns: Ns::Xml,
                value: "preserve".into(),
            });
            space.children.push(Node::Text(" ".into()));
            p.children.insert(at, Node::Element(mark));
            p.children
                .insert(at + 1, Node::Element(Element::w("r").with_child(space)));
        }
    }
    let separator = |kind: &str, id: &str| {
        let mut note = Element::w("footnote")
            .with_w_attr("type", kind)
            .with_w_attr("id", id);
        note.children.push(Node::Element(
            Element::w("p")
                .with_child(
                    Element::w("pPr").with_child(
                        Element::w("spacing")
                            .with_w_attr("after", "0")
                            .with_w_attr("line", "240")
                            .with_w_attr("lineRule", "auto"),
                    ),
                )
                .with_child(Element::w("r").with_child(Element::w(kind))),
        ));
        Node::Element(note)
    };
    footnotes
        .children
        .insert(0, separator("continuationSeparator", "0"));
    footnotes.children.insert(0, separator("separator", "-1"));
}

/// Whether a character is a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko and
/// their presentation forms).
fn is_rtl_char(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Marks a run that holds right-to-left letters as such, with the complex-script bold and
/// italic that Word applies to that text.
fn mark_rtl_runs(e: &mut Element) {
    if !e.is(Ns::W, "r") {
        return;
    }
    let rtl = e
        .elements()
        .any(|t| t.is(Ns::W, "t") && t.text().chars().any(is_rtl_char));
    if !rtl {
        return;
    }
    if e.w_child("rPr").is_none() {
        e.children.insert(0, Node::Element(Element::w("rPr")));
    }
    if let Some(rpr) = e.w_child_mut("rPr") {
        let has = |rpr: &Element, name: &str| rpr.w_child(name).is_some();
        let mut add = Vec::new();
        if has(rpr, "b") && !has(rpr, "bCs") {
            add.push("bCs");
        }
        if has(rpr, "i") && !has(rpr, "iCs") {
            add.push("iCs");
        }
        if !has(rpr, "rtl") {
            add.push("rtl");
        }
        for name in add {
            rpr.children.push(Node::Element(Element::w(name)));
        }
    }
}

/// Makes the UN document symbols in a run's text unbreakable (see 8. above): a word joiner
/// after each "/", and each hyphen of a symbol (or one the writer typed as U+2011) a
/// `w:noBreakHyphen` between the run's text elements.
fn keep_symbols_whole(e: &mut Element) {
    if !e.is(Ns::W, "r") {
        return;
    }
    let has_text = |n: &Node| matches!(n, Node::Element(t) if t.is(Ns::W, "t"));
    if !e.children.iter().any(has_text) {
        return;
    }
    let mut children = Vec::with_capacity(e.children.len());
    for node in std::mem::take(&mut e.children) {
        let Node::Element(t) = &node else {
            children.push(node);
            continue;
        };
        if !t.is(Ns::W, "t") {
            children.push(node);
            continue;
        }
        let text = t.text();
        let kept = crate::document::symbol::unbreakable(&text);
        if matches!(kept, std::borrow::Cow::Borrowed(_))
            && !text.contains(crate::document::symbol::NON_BREAKING_HYPHEN)
        {
            children.push(node);
            continue;
        }
        for (i, part) in kept
            .split(crate::document::symbol::NON_BREAKING_HYPHEN)
            .enumerate()
        {
            if i > 0 {
                children.push(Node::Element(Element::w("noBreakHyphen")));
            }
            if !part.is_empty() {
                let mut piece = Element::w("t");
                piece.attrs = t.attrs.clone();
                if piece.attr(Ns::Xml, "space").is_none() {
                    piece.attrs.push(Attr {
                        qname: "xml:space".into(),
                        ns: Ns::Xml,
                        value: "preserve".into(),
                    });
                }
                piece.children.push(Node::Text(part.to_string()));
                children.push(Node::Element(piece));
            }
        }
    }
    e.children = children;
}

/// Rows of header cells at the top of a table become header rows (`w:tblHeader`): Word
/// repeats them on every page the table runs over, and screen readers — and the tagged PDF
/// Word saves — read their cells as the headers of the columns below. Only the leading rows
/// count: Word repeats nothing else, and a header row further down is read as a plain row.
fn mark_header_rows(table: &mut Element) {
    if !table.is(Ns::W, "tbl") {
        return;
    }
    for node in table.children.iter_mut() {
        let Node::Element(row) = node else { continue };
        if !row.is(Ns::W, "tr") {
            continue;
        }
        if !is_header_row(row) {
            break;
        }
        if row.w_child("trPr").is_none() {
            row.children.push(Node::Element(Element::w("trPr")));
        }
        if let Some(properties) = row.w_child_mut("trPr") {
            properties
                .children
                .push(Node::Element(Element::w("tblHeader")));
        }
    }
}

/// A row whose every cell holds only paragraphs of the Table Heading style.
fn is_header_row(row: &Element) -> bool {
    let mut cells = row.elements().filter(|c| c.is(Ns::W, "tc")).peekable();
    cells.peek().is_some()
        && cells.all(|cell| {
            cell.elements().filter(|p| p.is(Ns::W, "p")).all(|p| {
                p.w_child("pPr")
                    .and_then(|ppr| ppr.w_child("pStyle"))
                    .and_then(|s| s.w_attr("val"))
                    == Some(style::TABLE_HEADING)
            })
        })
}

/// Gives every image its alternative text (`wp:docPr descr`, what Word's "Alt Text" shows and
/// screen readers read) and an id of its own (docx-rs numbers every image 1). An image
/// without a description is refused rather than written mute: a blind reader would meet an
/// unnamed picture, and the caller forgot to say what it shows.
fn describe_images(document: &mut Element, meta: &Meta) -> Result<(), String> {
    let mut missing = None;
    let mut next_id = 1;
    document.walk_mut(&mut |e| {
        if !(e.ns == Ns::W && e.local() == "drawing") {
            return;
        }
        let mut embed = None;
        e.walk(&mut |x| {
            if x.local() == "blip" {
                embed = x.attr(Ns::R, "embed").map(str::to_string);
            }
        });
        let description = embed.as_ref().and_then(|id| {
            meta.image_descriptions
                .iter()
                .find(|(rid, _)| rid == id)
                .map(|(_, text)| text.clone())
        });
        let Some(description) = description.filter(|d| !d.trim().is_empty()) else {
            missing = Some(embed.unwrap_or_default());
            return;
        };
        let id = next_id.to_string();
        next_id += 1;
        e.walk_mut(&mut |x| {
            if x.local() == "docPr" && x.ns != Ns::W {
                x.attrs.retain(|a| !matches!(a.local(), "descr" | "id"));
                for (name, value) in [("id", id.as_str()), ("descr", description.as_str())] {
                    x.attrs.push(Attr {
                        qname: name.into(),
                        ns: Ns::None,
                        value: value.into(),
                    });
                }
            }
        });
    });
    match missing {
        Some(id) => Err(format!("the image {id} has no alternative text")),
        None => Ok(()),
    }
}

/// The document defaults: languages for proofing (the submission's language, Chinese for East
/// Asian text, Arabic for complex-script text), and right-to-left paragraphs for Arabic.
fn set_defaults(styles: &mut Element, meta: &Meta) {
    let Some(defaults) = styles.w_child_mut("docDefaults") else {
        return;
    };
    let latin = match meta.language.as_str() {
        "ar-SA" | "zh-CN" => "en-GB",
        other => other,
    };
    if let Some(rpr) = defaults
        .w_child_mut("rPrDefault")
        .and_then(|d| d.w_child_mut("rPr"))
    {
        rpr.children.push(Node::Element(
            Element::w("lang")
                .with_w_attr("val", latin)
                .with_w_attr("eastAsia", "zh-CN")
                .with_w_attr("bidi", "ar-SA"),
        ));
    }
    if meta.rtl {
        if let Some(ppr) = defaults
            .w_child_mut("pPrDefault")
            .and_then(|d| d.w_child_mut("pPr"))
        {
            ppr.children.push(Node::Element(Element::w("bidi")));
        }
    }
}

/// The schema order of the children of each properties element (ECMA-376 Part 1: CT_PPr
/// §17.3.1.26, CT_RPr §17.3.2.28 with CT_ParaRPr's change marks first, CT_SectPr §17.6.17,
/// CT_TblPr §17.4.60, CT_TcPr §17.4.70, CT_Style §17.7.4.17, CT_Lvl §17.9.6, and the
/// leading property element of paragraphs, runs, tables, rows and cells).
fn schema_order(parent: &str) -> Option<&'static [&'static str]> {
    Some(match parent {
        "pPr" => &[
            "pStyle",
            "keepNext",
            "keepLines",
            "pageBreakBefore",
            "framePr",
            "widowControl",
            "numPr",
            "suppressLineNumbers",
            "pBdr",
            "shd",
            "tabs",
            "suppressAutoHyphens",
            "kinsoku",
            "wordWrap",
            "overflowPunct",
            "topLinePunct",
            "autoSpaceDE",
            "autoSpaceDN",
            "bidi",
            "adjustRightInd",
            "snapToGrid",
            "spacing",
            "ind",
            "contextualSpacing",
            "mirrorIndents",
            "suppressOverlap",
            "jc",
            "textDirection",
            "textAlignment",
            "textboxTightWrap",
            "outlineLvl",
            "divId",
            "cnfStyle",
            "rPr",
            "sectPr",
            "pPrChange",
        ],
        "rPr" => &[
            "ins",
            "del",
            "moveFrom",
            "moveTo",
            "rStyle",
            "rFonts",
            "b",
            "bCs",
            "i",
            "iCs",
            "caps",
            "smallCaps",
            "strike",
            "dstrike",
            "outline",
            "shadow",
            "emboss",
            "imprint",
            "noProof",
            "snapToGrid",
            "vanish",
            "webHidden",
            "color",
            "spacing",
            "w",
            "kern",
            "position",
            "sz",
            "szCs",
            "highlight",
            "u",
            "effect",
            "bdr",
            "shd",
            "fitText",
            "vertAlign",
            "rtl",
            "cs",
            "em",
            "lang",
            "eastAsianLayout",
            "specVanish",
            "oMath",
            "rPrChange",
        ],
        "sectPr" => &[
            "headerReference",
            "footerReference",
            "footnotePr",
            "endnotePr",
            "type",
            "pgSz",
            "pgMar",
            "paperSrc",
            "pgBorders",
            "lnNumType",
            "pgNumType",
            "cols",
            "formProt",
            "vAlign",
            "noEndnote",
            "titlePg",
            "textDirection",
            "bidi",
            "rtlGutter",
            "docGrid",
            "printerSettings",
            "sectPrChange",
        ],
        "tblPr" => &[
            "tblStyle",
            "tblpPr",
            "tblOverlap",
            "bidiVisual",
            "tblStyleRowBandSize",
            "tblStyleColBandSize",
            "tblW",
            "jc",
            "tblCellSpacing",
            "tblInd",
            "tblBorders",
            "shd",
            "tblLayout",
            "tblCellMar",
            "tblLook",
            "tblCaption",
            "tblDescription",
            "tblPrChange",
        ],
        "tcPr" => &[
            "cnfStyle",
            "tcW",
            "gridSpan",
            "hMerge",
            "vMerge",
            "tcBorders",
            "shd",
            "noWrap",
            "tcMar",
            "textDirection",
            "tcFitText",
            "vAlign",
            "hideMark",
            "headers",
            "cellIns",
            "cellDel",
            "cellMerge",
            "tcPrChange",
        ],
        "tblBorders" | "tcBorders" | "pBdr" => &[
            "top", "left", "start", "bottom", "right", "end", "insideH", "insideV", "tl2br",
            "tr2bl", "between", "bar",
        ],
        "tblCellMar" | "tcMar" => &["top", "left", "start", "bottom", "right", "end"],
        "style" => &[
            "name",
            "aliases",
            "basedOn",
            "next",
            "link",
            "autoRedefine",
            "hidden",
            "uiPriority",
            "semiHidden",
            "unhideWhenUsed",
            "qFormat",
            "locked",
            "personal",
            "personalCompose",
            "personalReply",
            "rsid",
            "pPr",
            "rPr",
            "tblPr",
            "trPr",
            "tcPr",
            "tblStylePr",
        ],
        "lvl" => &[
            "start",
            "numFmt",
            "lvlRestart",
            "pStyle",
            "isLgl",
            "suff",
            "lvlText",
            "lvlPicBulletId",
            "legacy",
            "lvlJc",
            "pPr",
            "rPr",
        ],
        "abstractNum" => &[
            "nsid",
            "multiLevelType",
            "tmpl",
            "name",
            "styleLink",
            "numStyleLink",
            "lvl",
        ],
        "num" => &["abstractNumId", "lvlOverride"],
        "lvlOverride" => &["startOverride", "lvl"],
        "docDefaults" => &["rPrDefault", "pPrDefault"],
        "p" => &["pPr"],
        "r" => &["rPr"],
        "tbl" => &["tblPr", "tblGrid"],
        "tr" => &["tblPrEx", "trPr"],
        "tc" => &["tcPr"],
        _ => return None,
    })
}

/// Whether every child of `parent` must be named in its order (a properties element), as
/// opposed to a container whose listed children only have to come first.
#[cfg(test)]
fn is_properties(parent: &str) -> bool {
    !matches!(parent, "p" | "r" | "tbl" | "tr" | "tc")
}

/// Puts the children of properties elements in schema order (stable: equal names keep their
/// order, and a container's content keeps its order after its properties).
pub(super) fn reorder(e: &mut Element) {
    if e.ns == Ns::W {
        if let Some(order) = schema_order(e.local()) {
            let rank = |n: &Node| match n {
                Node::Element(c) if c.ns == Ns::W => order
                    .iter()
                    .position(|o| *o == c.local())
                    .unwrap_or(order.len()),
                _ => order.len(),
            };
            e.children.sort_by_key(rank);
        }
    }
    for n in &mut e.children {
        if let Node::Element(c) = n {
            reorder(c);
        }
    }
}

/// Children of properties elements that [`schema_order`] does not name (a fault in the
/// tables above or a new docx-rs element): (parent, child) pairs, for the tests.
#[cfg(test)]
pub(super) fn unordered(e: &Element, out: &mut Vec<(String, String)>) {
    if e.ns == Ns::W && is_properties(e.local()) {
        if let Some(order) = schema_order(e.local()) {
            for c in e.elements() {
                if !order.contains(&c.local()) {
                    out.push((e.local().to_string(), c.local().to_string()));
                }
            }
        }
    }
    for c in e.elements() {
        unordered(c, out);
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn core_xml(meta: &Meta) -> String {
    let text = |s: &str| {
        escape(
            &s.chars()
                .filter(|c| ooxml::is_xml_char(*c))
                .collect::<String>(),
        )
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator>\
         <cp:lastModifiedBy>{}</cp:lastModifiedBy><dc:language>{}</dc:language>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{}</dcterms:modified></cp:coreProperties>",
        text(&meta.title),
        text(&meta.subject),
        text(&meta.author),
        text(&meta.author),
        text(&meta.language),
        text(&meta.created),
        text(&meta.modified),
    )
}

const APP_XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n\
<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
<Application>CityRights</Application></Properties>";

fn settings_xml(language: &str) -> String {
    let latin = match language {
        "ar-SA" | "zh-CN" => "en-GB",
        other => other,
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n\
         <w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>\
         <w:characterSpacingControl w:val=\"doNotCompress\"/>\
         <w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>\
         <w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
         <w:themeFontLang w:val=\"{latin}\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>\
         <w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>"
    )
}

/// Zips the parts, `[Content_Types].xml` first as Word writes it.
fn pack(xml: &XMLDocx, footnote_rels: Option<String>) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut parts: Vec<(String, &[u8])> = vec![
        ("[Content_Types].xml".into(), &xml.content_type),
        ("_rels/.rels".into(), &xml.rels),
        ("docProps/app.xml".into(), &xml.doc_props.app),
        ("docProps/core.xml".into(), &xml.doc_props.core),
        ("docProps/custom.xml".into(), &xml.doc_props.custom),
        ("word/document.xml".into(), &xml.document),
        ("word/_rels/document.xml.rels".into(), &xml.document_rels),
        ("word/styles.xml".into(), &xml.styles),
        ("word/settings.xml".into(), &xml.settings),
        ("word/fontTable.xml".into(), &xml.font_table),
        ("word/numbering.xml".into(), &xml.numberings),
        ("word/footnotes.xml".into(), &xml.footnotes),
    ];
    if let Some(r) = &footnote_rels {
        parts.push(("word/_rels/footnotes.xml.rels".into(), r.as_bytes()));
    }
    for (i, f) in xml.footers.iter().enumerate() {
        parts.push((format!("word/footer{}.xml", i + 1), f));
        if let Some(r) = xml.footer_rels.get(i) {
            parts.push((format!("word/_rels/footer{}.xml.rels", i + 1), r));
        }
    }
    // Images, under the names their relationships give (docx-rs writes every image as PNG).
    for (id, bytes) in &xml.media {
        parts.push((format!("word/media/{id}.png"), bytes));
    }
    for (name, bytes) in parts {
        zip.start_file(name, options)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

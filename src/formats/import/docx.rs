//! Word (.docx) files to a submission's sections: the drafts that departments send.
//!
//! A department writes its part in Word and sends it; this module turns the file into the core's
//! content tree ([`crate::document`]) so that it can be edited, counted, numbered and exported
//! without retyping. The file is read with `zip` and the shared XML tree ([`crate::ooxml`]), not
//! through a document model, so that everything in it is seen and either carried or reported.
//!
//! How Word's structures map onto the tree:
//!
//! - **Sections.** Headings start sections, as `##` does in the Markdown import. The highest
//!   heading level used in the file starts sections; a paragraph in Word's Title style is the
//!   submission's title, and so is a single top-level heading that opens the file when there are
//!   lower headings below it (a file that uses "Heading 1" for its title and "Heading 2" for its
//!   parts). Deeper headings stay headings inside their section. Text before the first section
//!   heading goes into a section titled "Introduction". Headings are recognised by Word's
//!   built-in style names ("heading 1"…, which Word keeps in English whatever the interface
//!   language) and by outline levels.
//! - **Numbered paragraphs.** Word's own paragraph numbering (a decimal list at the first level,
//!   in any style but the list styles) gives numbered paragraphs. When the file numbers some of
//!   its paragraphs, only those are numbered; when it numbers none, every plain paragraph is, as
//!   in the Markdown import (UN submissions number every paragraph).
//! - **Lists.** Bullets give bullet lists; other numbering (letters, roman numerals, decimal
//!   numbering below the first level or in a "List Number" style) gives ordered lists; levels
//!   give nesting. "List Continue" paragraphs continue a list item.
//! - **Quotes** are paragraphs in a quotation style ("Quote", "Intense Quote", LibreOffice's
//!   "Quotations", pandoc's "Block Text").
//! - **Tables** keep their rows and cells; a cell's paragraphs are joined with line breaks (a
//!   cell holds inline text); a row marked to repeat as header, or a cell in a "Table Heading"
//!   style, is a header.
//! - **Inline**: bold and italic (direct or through a character style such as "Strong"), links
//!   (http, https and mailto only: others keep their text, and are listed), footnotes (endnotes
//!   become footnotes, and are listed), line breaks, tabs; a run in the "Citation" style that
//!   CityRights writes comes back as a citation.
//! - **Tracked changes** are taken as accepted: insertions are kept and deletions left out
//!   (moves likewise), a deleted paragraph mark joins the paragraph to the next; **comments**
//!   are left out. The import says so.
//!
//! Everything the tree cannot hold is listed in the notices returned with the result — images
//! and drawings, text boxes, equations, page breaks, hidden text, underline and other formatting
//! the tree has no mark for, a table of contents, merged cells, page headers and footers, the
//! front matter of a CityRights export — so nothing is lost without the officer being told.
//!
//! The file is untrusted: it is refused (an [`Error::Import`], nothing created) when larger than
//! [`MAX_FILE_BYTES`], when it is not a zip (an old .doc file or a password-protected .docx is
//! recognised and named), when the zip has more than [`MAX_ENTRIES`] entries, when a part it
//! needs would be larger than [`MAX_PART_BYTES`] once decompressed (its real size is counted
//! while reading, whatever the zip claims, so a zip bomb stops at the limit), when the parts
//! read add up to more than [`MAX_TOTAL_BYTES`], or when a part is not well-formed XML, declares
//! a DTD, or has more elements or deeper nesting than [`LIMITS`] allows. While the text is
//! read, a note's calls may copy at most [`MAX_FOOTNOTE_COPIES_BYTES`] (each note is read once),
//! list levels stop at [`MAX_LIST_LEVEL`], and a table stops at the content gate's size; what is
//! built then passes the content gate ([`crate::document::limits`]) like every other way in.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;

use crate::document::limits;
use crate::document::{
    is_allowed_link, Block, Content, Inline, ListItem, Mark, TableCell, TableRow,
};
use crate::import::markdown::{push_inline, ImportedSection, ImportedSubmission};
use crate::import::{said_notice, ImportNotice};
use crate::model::language::Said;
use crate::ooxml::{self, style as ours, Element, Limits, Ns};
use crate::validate::TITLE_MAX;
use crate::{Error, Result};

/// The largest file accepted. A department's draft is tens of kilobytes of text; photos can
/// make it a few megabytes; fifty is far beyond any draft and keeps a wrong pick (a video, an
/// archive) from being read into memory.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;
/// Most entries in the zip. Word writes a dozen or two, plus one per image.
pub const MAX_ENTRIES: usize = 10_000;
/// Most bytes of one XML part, decompressed. The text of a 300-page report is a few
/// megabytes of XML.
pub const MAX_PART_BYTES: u64 = 32 * 1024 * 1024;
/// Most bytes of all the parts read, decompressed.
pub const MAX_TOTAL_BYTES: u64 = 96 * 1024 * 1024;
/// Elements and nesting of one part: far above real documents (a long report has some
/// hundreds of thousands of elements, and tables nest a few levels), low enough that the tree
/// stays within memory and the recursive walks within the stack.
pub const LIMITS: Limits = Limits {
    max_elements: 2_000_000,
    max_depth: 200,
};

/// The most bytes of note text that calls may copy in all: each call holds a full copy of its
/// note (the tree has no shared footnotes), so a long note called many times would multiply a
/// small file many thousand times (2,000 calls of a 100 KB note in a 2 KB file).
pub const MAX_FOOTNOTE_COPIES_BYTES: usize = limits::MAX_TEXT_BYTES;

/// The deepest list level: Word numbers levels 0 to 8 (ECMA-376 §17.9), and a deeper level in
/// a file is read as the deepest, so that a hostile file cannot nest lists without end.
pub const MAX_LIST_LEVEL: usize = 8;

const INTRODUCTION: &str = "Introduction";
const UNTITLED: &str = "Untitled section";

/// Reads a .docx file: its sections, and the notices of what was accepted, left out or changed.
pub fn parse_bytes(bytes: &[u8]) -> Result<(ImportedSubmission, Vec<ImportNotice>)> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Error::import(
            "error.docx_too_large",
            vec![
                (
                    "size",
                    format!("{:.1}", bytes.len() as f64 / (1024.0 * 1024.0)).into(),
                ),
                ("max", (MAX_FILE_BYTES / (1024 * 1024)).into()),
            ],
        ));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(Error::import("error.docx_old_or_protected", vec![]));
    }
    if !bytes.starts_with(b"PK") {
        return Err(Error::import("error.docx_not_zip", vec![]));
    }
    let mut package = Package::open(bytes)?;
    let main = package.main_document()?;
    let main_xml = package.required_part(&main)?;
    let rels = package.relationships_of(&main)?;
    let document = parse_part(&main, &main_xml)?;
    drop(main_xml);

    let styles = match rels.first_of("styles") {
        Some(name) => match package.part(&name)? {
            Some(x) => Styles::read(&parse_part(&name, &x)?),
            None => Styles::default(),
        },
        None => Styles::default(),
    };
    let numbering = match rels.first_of("numbering") {
        Some(name) => match package.part(&name)? {
            Some(x) => Numbering::read(&parse_part(&name, &x)?),
            None => Numbering::default(),
        },
        None => Numbering::default(),
    };
    let notes_part = |package: &mut Package, kind: &str| -> Result<Option<(Element, Rels)>> {
        let Some(name) = rels.first_of(kind) else {
            return Ok(None);
        };
        let Some(x) = package.part(&name)? else {
            return Ok(None);
        };
        let el = parse_part(&name, &x)?;
        Ok(Some((el, package.relationships_of(&name)?)))
    };
    let footnotes = notes_part(&mut package, "footnotes")?;
    let endnotes = notes_part(&mut package, "endnotes")?;
    let comments = match rels.first_of("comments") {
        Some(name) => match package.part(&name)? {
            Some(x) => parse_part(&name, &x)?
                .elements()
                .filter(|c| c.is(Ns::W, "comment"))
                .count(),
            None => 0,
        },
        None => 0,
    };
    let mut header_text = Vec::new();
    for name in rels
        .all_of("header")
        .into_iter()
        .chain(rels.all_of("footer"))
    {
        if let Some(x) = package.part(&name)? {
            let el = parse_part(&name, &x)?;
            let mut text = String::new();
            el.walk(&mut |e| {
                if e.is(Ns::W, "t") {
                    text.push_str(&e.text());
                    text.push(' ');
                }
            });
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if text.chars().any(|c| c.is_alphabetic()) && !is_page_number(&text) {
                header_text.push(text);
            }
        }
    }

    let default_languages: Vec<String> = styles
        .default_lang
        .iter()
        .flat_map(|l| [&l.latin, &l.east_asian, &l.right_to_left])
        .filter_map(|t| t.as_deref().and_then(crate::document::language_tag))
        .collect();
    let mut reader = Reader {
        styles,
        numbering,
        rels,
        footnotes: notes_by_id(footnotes.as_ref()),
        endnotes: notes_by_id(endnotes.as_ref()),
        footnote_rels: footnotes.map(|(_, r)| r).unwrap_or_default(),
        endnote_rels: endnotes.map(|(_, r)| r).unwrap_or_default(),
        found: Found::default(),
        fields: Vec::new(),
        notes_read: HashMap::new(),
        copied: 0,
        over: None,
    };
    reader.found.comments = comments;
    let body = document
        .w_child("body")
        .ok_or_else(|| Error::import("error.docx_no_body", vec![]))?;
    let mut items = Vec::new();
    reader.body(body, &mut items);
    if let Some(e) = reader.over.take() {
        return Err(e.into_import());
    }
    let (mut submission, mut extra) = assemble(items)?;
    super::passages::keep_other_languages(&mut submission.sections, &default_languages);
    let mut notices = reader.found.notices();
    if !header_text.is_empty() {
        notices.push(said_notice(
            "headers_footers",
            vec![("text", shorten(&header_text.join(" / "), 200).into())],
        ));
    }
    notices.append(&mut extra);
    Ok((submission, notices))
}

/// Whether a header's or footer's text is the page number a CityRights export writes ("Page 3
/// of 8", "第 3 页，共 8 页": `export.page_of` in any of the six languages, the numbers being
/// what Word's fields last showed): nothing was lost by leaving it out, so no notice.
fn is_page_number(text: &str) -> bool {
    if !text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let words = |s: &str| {
        s.split(|c: char| c.is_whitespace() || c.is_ascii_digit())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let found = words(text);
    crate::model::language::LANGUAGES.iter().any(|lang| {
        let empty = || crate::model::language::Arg::from("");
        let message = crate::model::language::text(
            lang,
            "export.page_of",
            &[("page", empty()), ("pages", empty())],
        );
        words(&message) == found
    })
}

fn parse_part(name: &str, xml: &str) -> Result<Element> {
    ooxml::parse(xml, LIMITS).map_err(|e| damaged_part(name, &e))
}

/// A part of the package that cannot be read: `e` is the zip or XML reader's own (English)
/// words.
fn damaged_part(name: &str, e: &dyn std::fmt::Display) -> Error {
    Error::import(
        "error.docx_damaged_part",
        vec![
            ("name", name.into()),
            ("what", Said::as_given(e.to_string()).into()),
        ],
    )
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// The zip, read within the limits.
struct Package<'a> {
    zip: zip::ZipArchive<std::io::Cursor<&'a [u8]>>,
    read_total: u64,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8]) -> Result<Package<'a>> {
        let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
            Error::import(
                "error.docx_bad_zip",
                vec![("what", Said::as_given(e.to_string()).into())],
            )
        })?;
        if zip.len() > MAX_ENTRIES {
            return Err(Error::import(
                "error.docx_too_many_entries",
                vec![("n", zip.len().into()), ("max", MAX_ENTRIES.into())],
            ));
        }
        Ok(Package { zip, read_total: 0 })
    }

    /// A part's text, or None when the zip has no such entry.
    fn part(&mut self, name: &str) -> Result<Option<String>> {
        let damaged = |e: &dyn std::fmt::Display| damaged_part(name, e);
        let mut entry = match self.zip.by_name(name) {
            Ok(e) => e,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(damaged(&e)),
        };
        let too_large = || {
            Error::import(
                "error.docx_part_too_large",
                vec![
                    ("name", name.into()),
                    ("max", (MAX_PART_BYTES / (1024 * 1024)).into()),
                ],
            )
        };
        if entry.size() > MAX_PART_BYTES {
            return Err(too_large());
        }
        let mut buf = Vec::new();
        (&mut entry)
            .take(MAX_PART_BYTES + 1)
            .read_to_end(&mut buf)
            .map_err(|e| damaged(&e))?;
        if buf.len() as u64 > MAX_PART_BYTES {
            return Err(too_large());
        }
        self.read_total += buf.len() as u64;
        if self.read_total > MAX_TOTAL_BYTES {
            return Err(Error::import(
                "error.docx_parts_too_large",
                vec![("max", (MAX_TOTAL_BYTES / (1024 * 1024)).into())],
            ));
        }
        if buf.starts_with(&[0xFF, 0xFE]) || buf.starts_with(&[0xFE, 0xFF]) {
            return Err(Error::import(
                "error.docx_part_utf16",
                vec![("name", name.into())],
            ));
        }
        String::from_utf8(buf).map(Some).map_err(|_| {
            Error::import(
                "error.docx_damaged_part",
                vec![
                    ("name", name.into()),
                    ("what", Said::new("error.docx_not_utf8", vec![]).into()),
                ],
            )
        })
    }

    fn required_part(&mut self, name: &str) -> Result<String> {
        self.part(name)?
            .ok_or_else(|| Error::import("error.docx_missing_part", vec![("name", name.into())]))
    }

    /// The main document part, from the package relationships (usually word/document.xml).
    fn main_document(&mut self) -> Result<String> {
        let Some(xml) = self.part("_rels/.rels")? else {
            return Ok("word/document.xml".into());
        };
        let rels = Rels::read(&parse_part("_rels/.rels", &xml)?, "");
        Ok(rels
            .first_of("officeDocument")
            .unwrap_or_else(|| "word/document.xml".into()))
    }

    /// The relationships of a part (`word/_rels/document.xml.rels` for `word/document.xml`).
    fn relationships_of(&mut self, part: &str) -> Result<Rels> {
        let (dir, file) = part.rsplit_once('/').unwrap_or(("", part));
        let name = if dir.is_empty() {
            format!("_rels/{file}.rels")
        } else {
            format!("{dir}/_rels/{file}.rels")
        };
        Ok(match self.part(&name)? {
            Some(xml) => Rels::read(&parse_part(&name, &xml)?, dir),
            None => Rels::default(),
        })
    }
}

/// A part's relationships: id to (type's last word, target resolved in the package, external).
#[derive(Default)]
struct Rels {
    by_id: HashMap<String, (String, String, bool)>,
    order: Vec<String>,
}

impl Rels {
    fn read(root: &Element, base_dir: &str) -> Rels {
        let mut rels = Rels::default();
        for r in root.elements().filter(|e| e.local() == "Relationship") {
            let (Some(id), Some(kind), Some(target)) = (
                r.attr(Ns::None, "Id"),
                r.attr(Ns::None, "Type"),
                r.attr(Ns::None, "Target"),
            ) else {
                continue;
            };
            let external = r.attr(Ns::None, "TargetMode") == Some("External");
            let kind = kind.rsplit('/').next().unwrap_or(kind).to_string();
            let target = if external {
                target.to_string()
            } else {
                resolve_target(base_dir, target)
            };
            rels.order.push(id.to_string());
            rels.by_id.insert(id.to_string(), (kind, target, external));
        }
        rels
    }

    fn first_of(&self, kind: &str) -> Option<String> {
        self.all_of(kind).into_iter().next()
    }

    fn all_of(&self, kind: &str) -> Vec<String> {
        self.order
            .iter()
            .filter_map(|id| self.by_id.get(id))
            .filter(|(k, _, ext)| k == kind && !ext)
            .map(|(_, t, _)| t.clone())
            .collect()
    }

    /// The external target of a hyperlink relationship.
    fn link(&self, id: &str) -> Option<&str> {
        self.by_id
            .get(id)
            .filter(|(k, _, ext)| k == "hyperlink" && *ext)
            .map(|(_, t, _)| t.as_str())
    }
}

/// A relationship target relative to the folder of its part, as a zip entry name.
fn resolve_target(base_dir: &str, target: &str) -> String {
    let mut parts: Vec<&str> = if let Some(abs) = target.strip_prefix('/') {
        return abs.to_string();
    } else {
        base_dir.split('/').filter(|p| !p.is_empty()).collect()
    };
    for seg in target.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// What a style says that the import uses.
#[derive(Debug, Default, Clone)]
struct StyleInfo {
    /// Lower-case name ("heading 1", "list bullet"…).
    name: String,
    based_on: Option<String>,
    outline: Option<usize>,
    num: Option<(String, usize)>,
    bold: Option<bool>,
    italic: Option<bool>,
    lang: Option<RunLanguage>,
}

#[derive(Default)]
struct Styles {
    by_id: HashMap<String, StyleInfo>,
    /// The language of text that says none (`w:docDefaults`).
    default_lang: Option<RunLanguage>,
    /// The paragraph style of a paragraph that names none (`w:default="1"`, Word's "Normal").
    default_paragraph: Option<String>,
}

/// A `w:lang`: Word records one language for each kind of script in a run, and the one that
/// applies depends on the run's letters.
#[derive(Debug, Default, Clone)]
struct RunLanguage {
    latin: Option<String>,
    east_asian: Option<String>,
    right_to_left: Option<String>,
}

impl RunLanguage {
    fn read(rpr: Option<&Element>) -> Option<RunLanguage> {
        let lang = rpr?.w_child("lang")?;
        let attr = |name: &str| lang.w_attr(name).map(str::to_string);
        Some(RunLanguage {
            latin: attr("val"),
            east_asian: attr("eastAsia"),
            right_to_left: attr("bidi"),
        })
    }

    /// The language of `text` by its first letter's script, as a checked tag (Word's
    /// `x-none`, "no language", and anything else that is not a tag give none). Each of the
    /// three languages is taken from the first of `sources` that gives it, nearest first — the
    /// run, its character style, its paragraph style, the document's defaults — as Word reads
    /// them: a run that says only `w:val` keeps its paragraph's East Asian language.
    fn of_text<'a>(
        text: &str,
        sources: impl IntoIterator<Item = &'a RunLanguage>,
    ) -> Option<String> {
        let first = text.chars().find(|c| c.is_alphabetic())?;
        let pick: fn(&RunLanguage) -> Option<&String> = match first as u32 {
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF => |l| l.right_to_left.as_ref(),
            0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF => {
                |l| l.east_asian.as_ref()
            }
            _ => |l| l.latin.as_ref(),
        };
        crate::document::language_tag(sources.into_iter().find_map(pick)?)
    }

    /// One language per kind of script, each from the first of `sources` that gives it; none
    /// when no source gives any.
    fn merged<'a>(sources: impl IntoIterator<Item = &'a RunLanguage>) -> Option<RunLanguage> {
        let mut out = RunLanguage::default();
        for l in sources {
            out.latin = out.latin.or_else(|| l.latin.clone());
            out.east_asian = out.east_asian.or_else(|| l.east_asian.clone());
            out.right_to_left = out.right_to_left.or_else(|| l.right_to_left.clone());
        }
        (out.latin.is_some() || out.east_asian.is_some() || out.right_to_left.is_some())
            .then_some(out)
    }
}

impl Styles {
    fn read(root: &Element) -> Styles {
        let mut by_id = HashMap::new();
        let mut default_paragraph = None;
        for s in root.elements().filter(|e| e.is(Ns::W, "style")) {
            let Some(id) = s.w_attr("styleId") else {
                continue;
            };
            if default_paragraph.is_none()
                && s.w_attr("type") == Some("paragraph")
                && s.w_attr("default")
                    .is_some_and(|v| matches!(v, "1" | "true" | "on"))
            {
                default_paragraph = Some(id.to_string());
            }
            let ppr = s.w_child("pPr");
            let rpr = s.w_child("rPr");
            let info = StyleInfo {
                name: s
                    .w_child("name")
                    .and_then(|n| n.w_attr("val"))
                    .unwrap_or(id)
                    .to_lowercase(),
                based_on: s
                    .w_child("basedOn")
                    .and_then(|b| b.w_attr("val"))
                    .map(str::to_string),
                outline: ppr
                    .and_then(|p| p.w_child("outlineLvl"))
                    .and_then(|o| o.w_attr("val"))
                    .and_then(|v| v.parse().ok()),
                num: ppr.and_then(|p| p.w_child("numPr")).and_then(num_pr),
                bold: rpr.and_then(|r| r.w_child("b")).map(Element::is_on),
                italic: rpr.and_then(|r| r.w_child("i")).map(Element::is_on),
                lang: RunLanguage::read(rpr),
            };
            by_id.insert(id.to_string(), info);
        }
        let default_lang = root
            .w_child("docDefaults")
            .and_then(|d| d.w_child("rPrDefault"))
            .and_then(|d| RunLanguage::read(d.w_child("rPr")));
        Styles {
            by_id,
            default_lang,
            default_paragraph,
        }
    }

    /// The style and those it is based on, nearest first (at most 20, against loops).
    fn chain(&self, id: Option<&str>) -> Vec<(&str, &StyleInfo)> {
        let mut out = Vec::new();
        let mut next = id;
        while let Some(id) = next {
            if out.len() >= 20 {
                break;
            }
            let Some((key, s)) = self.by_id.get_key_value(id) else {
                break;
            };
            out.push((key.as_str(), s));
            next = s.based_on.as_deref();
        }
        out
    }
}

/// `(numId, ilvl)` of a `w:numPr`; ilvl defaults to 0.
fn num_pr(e: &Element) -> Option<(String, usize)> {
    let id = e.w_child("numId")?.w_attr("val")?.to_string();
    let lvl = e
        .w_child("ilvl")
        .and_then(|l| l.w_attr("val"))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    Some((id, lvl))
}

/// The number format (`decimal`, `bullet`, `lowerLetter`…) of each list level.
#[derive(Default)]
struct Numbering {
    abstract_formats: HashMap<String, HashMap<usize, String>>,
    /// numId → (abstractNumId, level overrides).
    nums: HashMap<String, (String, HashMap<usize, String>)>,
}

impl Numbering {
    fn read(root: &Element) -> Numbering {
        let levels = |e: &Element| {
            e.elements()
                .filter(|l| l.is(Ns::W, "lvl"))
                .filter_map(|l| {
                    let ilvl = l.w_attr("ilvl")?.parse().ok()?;
                    let fmt = l.w_child("numFmt")?.w_attr("val")?.to_string();
                    Some((ilvl, fmt))
                })
                .collect::<HashMap<usize, String>>()
        };
        let mut n = Numbering::default();
        for e in root.elements() {
            if e.is(Ns::W, "abstractNum") {
                if let Some(id) = e.w_attr("abstractNumId") {
                    n.abstract_formats.insert(id.to_string(), levels(e));
                }
            } else if e.is(Ns::W, "num") {
                let (Some(id), Some(abs)) = (
                    e.w_attr("numId"),
                    e.w_child("abstractNumId").and_then(|a| a.w_attr("val")),
                ) else {
                    continue;
                };
                let mut overrides = HashMap::new();
                for o in e.elements().filter(|o| o.is(Ns::W, "lvlOverride")) {
                    if let (Some(ilvl), Some(lvl)) = (
                        o.w_attr("ilvl").and_then(|v| v.parse().ok()),
                        o.w_child("lvl"),
                    ) {
                        if let Some(fmt) = lvl.w_child("numFmt").and_then(|f| f.w_attr("val")) {
                            overrides.insert(ilvl, fmt.to_string());
                        }
                    }
                }
                n.nums.insert(id.to_string(), (abs.to_string(), overrides));
            }
        }
        n
    }

    /// The format of a level of a numbering instance; None when it numbers nothing.
    fn format(&self, num_id: &str, ilvl: usize) -> Option<&str> {
        if num_id == "0" {
            return None;
        }
        let (abs, overrides) = self.nums.get(num_id)?;
        let fmt = overrides
            .get(&ilvl)
            .or_else(|| self.abstract_formats.get(abs)?.get(&ilvl))
            .map(String::as_str)
            .unwrap_or("decimal");
        (fmt != "none").then_some(fmt)
    }
}

/// Notes (footnotes or endnotes) by id, without the separators.
fn notes_by_id(part: Option<&(Element, Rels)>) -> HashMap<String, Element> {
    let mut out = HashMap::new();
    if let Some((root, _)) = part {
        for n in root.elements() {
            if (n.is(Ns::W, "footnote") || n.is(Ns::W, "endnote"))
                && matches!(n.w_attr("type"), None | Some("normal"))
            {
                if let Some(id) = n.w_attr("id") {
                    out.insert(id.to_string(), n.clone());
                }
            }
        }
    }
    out
}

/// What was met that the tree cannot hold or that was changed on the way, counted for the
/// notices.
#[derive(Default)]
struct Found {
    tracked: usize,
    comments: usize,
    drawings: usize,
    equations: usize,
    breaks: usize,
    hidden: usize,
    toc: usize,
    front_matter: Vec<String>,
    endnotes: usize,
    merged_cells: usize,
    nested_tables: usize,
    symbols: usize,
    embedded: usize,
    /// Formatting kinds the tree has no mark for, with how many runs.
    formatting: BTreeMap<&'static str, usize>,
    internal_links: usize,
    other_links: Vec<String>,
}

impl Found {
    fn notices(&self) -> Vec<ImportNotice> {
        let mut out = Vec::new();
        let counted = |out: &mut Vec<ImportNotice>, code: &'static str, n: usize| {
            if n > 0 {
                out.push(said_notice(code, vec![("n", n.into())]));
            }
        };
        counted(&mut out, "tracked_changes", self.tracked);
        counted(&mut out, "comments", self.comments);
        if !self.front_matter.is_empty() {
            out.push(said_notice(
                "front_matter",
                vec![("lines", shorten(&self.front_matter.join("; "), 200).into())],
            ));
        }
        counted(&mut out, "drawings", self.drawings);
        counted(&mut out, "equations", self.equations);
        counted(&mut out, "embedded", self.embedded);
        counted(&mut out, "page_breaks", self.breaks);
        counted(&mut out, "hidden_text", self.hidden);
        counted(&mut out, "table_of_contents", self.toc);
        counted(&mut out, "endnotes", self.endnotes);
        counted(&mut out, "merged_cells", self.merged_cells);
        counted(&mut out, "nested_tables", self.nested_tables);
        counted(&mut out, "symbols", self.symbols);
        if !self.formatting.is_empty() {
            let kinds: Vec<Said> = self
                .formatting
                .iter()
                .map(|(kind, n)| Said::new(formatting_key(kind), vec![("n", (*n).into())]))
                .collect();
            out.push(said_notice("formatting", vec![("kinds", kinds.into())]));
        }
        counted(&mut out, "internal_links", self.internal_links);
        if !self.other_links.is_empty() {
            out.push(said_notice(
                "links_not_allowed",
                vec![("links", shorten(&self.other_links.join(", "), 200).into())],
            ));
        }
        out
    }
}

/// The catalogue's words for a kind of formatting the tree does not keep, with its count.
fn formatting_key(kind: &str) -> &'static str {
    match kind {
        "underline" => "import_notice.formatting_underline",
        "strikethrough" => "import_notice.formatting_strikethrough",
        "highlighting" => "import_notice.formatting_highlighting",
        "superscript or subscript" => "import_notice.formatting_superscript",
        _ => "import_notice.formatting_colour",
    }
}

/// A paragraph of the body, classified, or a table.
#[derive(Debug)]
enum Item {
    Title(Vec<Inline>),
    Heading(usize, Vec<Inline>),
    Para(Kind, Vec<Inline>),
    Table(Block),
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    /// Word's paragraph numbering, or CityRights' numbered style.
    Numbered,
    /// CityRights' unnumbered style.
    Unnumbered,
    /// No numbering, no special style: numbered or not by the file's habit.
    Plain,
    Quote,
    List {
        ordered: bool,
        depth: usize,
        num: String,
    },
    /// A later paragraph of a list item at this depth.
    Continue(usize),
}

/// A complex field being read (`w:fldChar` begin … separate … end).
struct Field {
    in_result: bool,
    instr: String,
    link: Option<String>,
}

struct Reader {
    styles: Styles,
    numbering: Numbering,
    rels: Rels,
    footnotes: HashMap<String, Element>,
    endnotes: HashMap<String, Element>,
    footnote_rels: Rels,
    endnote_rels: Rels,
    found: Found,
    fields: Vec<Field>,
    /// Each note's text, read once: a file may call one note many times.
    notes_read: HashMap<(bool, String), Vec<Inline>>,
    /// Bytes of note text copied into calls so far (see [`MAX_FOOTNOTE_COPIES_BYTES`]).
    copied: usize,
    /// The first limit the file went past. Once set, nothing more is copied or built, so a
    /// hostile file stops growing at once; the import then fails with this message.
    over: Option<limits::LimitExceeded>,
}

/// Where inline content is read: its part's relationships (for links), and whether a note
/// call is a footnote or, inside a note, left as nothing (Word has no notes in notes).
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Body,
    Footnotes,
    Endnotes,
}

/// The marks in force and what the run is.
#[derive(Clone, Default)]
struct RunMarks {
    bold: bool,
    italic: bool,
    link: Option<String>,
    citation: bool,
    /// The run's language as the file gives it (see [`super::passages`]).
    lang: Option<String>,
    /// The languages of the paragraph's style (through the styles it is based on; the default
    /// paragraph style's when the paragraph names none), for a run that gives none of its own.
    paragraph_lang: Option<RunLanguage>,
}

impl RunMarks {
    fn to_vec(&self) -> Vec<Mark> {
        let mut marks = Vec::new();
        if self.bold {
            marks.push(Mark::Bold);
        }
        if self.italic {
            marks.push(Mark::Italic);
        }
        if let Some(href) = &self.link {
            marks.push(Mark::Link { href: href.clone() });
        }
        if let Some(lang) = &self.lang {
            marks.push(Mark::Language { lang: lang.clone() });
        }
        marks
    }
}

impl Reader {
    /// The marks a paragraph's runs start with: none, in the languages of the paragraph's style
    /// (found once per paragraph, each of the three on its own through the style's chain).
    fn paragraph_marks(&self, p: &Element) -> RunMarks {
        let style = p
            .w_child("pPr")
            .and_then(|x| x.w_child("pStyle"))
            .and_then(|s| s.w_attr("val"))
            .or(self.styles.default_paragraph.as_deref());
        let chain = self.styles.chain(style);
        RunMarks {
            paragraph_lang: RunLanguage::merged(chain.iter().filter_map(|(_, s)| s.lang.as_ref())),
            ..RunMarks::default()
        }
    }

    /// The body's blocks, in order, through content controls and custom XML wrappers.
    fn body(&mut self, parent: &Element, items: &mut Vec<Item>) {
        let mut pending: Vec<Inline> = Vec::new();
        for e in parent.elements() {
            match (e.ns, e.local()) {
                (Ns::W, "p") => {
                    if let Some(item) = self.paragraph(e, &mut pending) {
                        items.push(item);
                    }
                }
                (Ns::W, "tbl") => items.push(self.table(e)),
                (Ns::W, "sdt") => {
                    if let Some(c) = e.w_child("sdtContent") {
                        self.body(c, items);
                    }
                }
                (Ns::W, "customXml" | "ins" | "moveTo") => self.body(e, items),
                (Ns::W, "del" | "moveFrom") => self.found.tracked += 1,
                (Ns::W, "altChunk") => self.found.embedded += 1,
                (Ns::M, "oMathPara" | "oMath") => self.found.equations += 1,
                _ => {}
            }
        }
        if !pending.is_empty() {
            items.push(Item::Para(Kind::Plain, pending));
        }
    }

    /// A paragraph, classified. `pending` holds the text of paragraphs whose mark was deleted
    /// in a tracked change: accepting that deletion joins them to this one.
    fn paragraph(&mut self, p: &Element, pending: &mut Vec<Inline>) -> Option<Item> {
        let ppr = p.w_child("pPr");
        let mut inlines = std::mem::take(pending);
        self.inlines(p, Part::Body, &self.paragraph_marks(p), &mut inlines);
        let mark = ppr.and_then(|x| x.w_child("rPr"));
        if let Some(m) = mark {
            if m.w_child("ins").is_some() {
                self.found.tracked += 1;
            }
            if m.w_child("del").is_some() {
                self.found.tracked += 1;
                *pending = inlines;
                return None;
            }
        }
        if ppr.is_some_and(|x| x.w_child("pPrChange").is_some()) {
            self.found.tracked += 1;
        }
        finish(&mut inlines);
        let style_id = ppr
            .and_then(|x| x.w_child("pStyle"))
            .and_then(|s| s.w_attr("val"));
        let chain = self.styles.chain(style_id);
        let names: Vec<&str> = chain.iter().map(|(_, s)| s.name.as_str()).collect();
        let is_ours = |id: &str| style_id == Some(id);

        if is_ours(ours::FRONT_MATTER) {
            if !inlines.is_empty() {
                self.found.front_matter.push(plain_text(&inlines));
            }
            return None;
        }
        if names.first().is_some_and(|n| {
            n.starts_with("toc ") || *n == "toc heading" || *n == "contents heading"
        }) {
            if !inlines.is_empty() {
                self.found.toc += 1;
            }
            return None;
        }
        if inlines.is_empty() {
            return None;
        }
        if names.first() == Some(&"title") {
            return Some(Item::Title(inlines));
        }
        if let Some(level) = self.heading_level(ppr, &chain) {
            return Some(Item::Heading(level, inlines));
        }
        let num = ppr
            .and_then(|x| x.w_child("numPr"))
            .and_then(|n| {
                num_pr(n).or_else(|| {
                    // A level without an instance: the instance comes from the style.
                    let lvl = n.w_child("ilvl")?.w_attr("val")?.parse().ok()?;
                    let (id, _) = chain.iter().find_map(|(_, s)| s.num.clone())?;
                    Some((id, lvl))
                })
            })
            .or_else(|| chain.iter().find_map(|(_, s)| s.num.clone()));
        let first = names.first().copied().unwrap_or("");
        let list_style = first.starts_with("list bullet") || first.starts_with("list number");
        let kind = match num.as_ref().and_then(|(id, lvl)| {
            self.numbering
                .format(id, *lvl)
                .map(|f| (id.clone(), *lvl, f))
        }) {
            Some((id, lvl, fmt)) => {
                if fmt == "bullet" {
                    Kind::List {
                        ordered: false,
                        depth: lvl,
                        num: id,
                    }
                } else if !list_style && lvl == 0 && fmt.starts_with("decimal") {
                    Kind::Numbered
                } else {
                    Kind::List {
                        ordered: true,
                        depth: lvl,
                        num: id,
                    }
                }
            }
            None if is_ours(ours::NUMBERED) => Kind::Numbered,
            None if is_ours(ours::UNNUMBERED) => Kind::Unnumbered,
            None if first.starts_with("list continue") => {
                let n: usize = first
                    .trim_start_matches("list continue")
                    .trim()
                    .parse()
                    .unwrap_or(1);
                Kind::Continue(n.saturating_sub(1))
            }
            None if names
                .iter()
                .any(|n| matches!(*n, "quote" | "intense quote" | "quotations" | "block text")) =>
            {
                Kind::Quote
            }
            None => Kind::Plain,
        };
        Some(Item::Para(kind, inlines))
    }

    /// The heading level (1-based) of a paragraph: an outline level set on it, else a built-in
    /// heading style or an outline level along its style chain.
    fn heading_level(&self, ppr: Option<&Element>, chain: &[(&str, &StyleInfo)]) -> Option<usize> {
        let direct = ppr
            .and_then(|p| p.w_child("outlineLvl"))
            .and_then(|o| o.w_attr("val"))
            .and_then(|v| v.parse::<usize>().ok());
        if let Some(l) = direct {
            return (l < 9).then_some(l + 1);
        }
        for (_, s) in chain {
            if let Some(n) = s
                .name
                .strip_prefix("heading ")
                .and_then(|n| n.trim().parse::<usize>().ok())
            {
                return (1..=9).contains(&n).then_some(n);
            }
            if let Some(l) = s.outline {
                return (l < 9).then_some(l + 1);
            }
        }
        None
    }

    fn table(&mut self, tbl: &Element) -> Item {
        let mut rows = Vec::new();
        let mut cell_count = 0usize;
        let mut row_elements = Vec::new();
        collect_rows(tbl, &mut row_elements, &mut self.found.tracked);
        for tr in row_elements {
            let trpr = tr.w_child("trPr");
            if trpr.is_some_and(|t| t.w_child("del").is_some()) {
                self.found.tracked += 1;
                continue;
            }
            let header_row = trpr
                .and_then(|t| t.w_child("tblHeader"))
                .is_some_and(Element::is_on);
            let mut cells = Vec::new();
            let mut tcs = Vec::new();
            collect_cells(tr, &mut tcs);
            cell_count += tcs.len();
            if let Err(e) = limits::table(tcs.len(), cell_count) {
                self.over.get_or_insert(e);
            }
            if self.over.is_some() {
                return Item::Table(Block::Table { rows: Vec::new() });
            }
            for tc in tcs {
                let tcpr = tc.w_child("tcPr");
                if tcpr
                    .and_then(|p| p.w_child("gridSpan"))
                    .and_then(|g| g.w_attr("val"))
                    .and_then(|v| v.parse::<usize>().ok())
                    .is_some_and(|n| n > 1)
                {
                    self.found.merged_cells += 1;
                }
                let continued = tcpr
                    .and_then(|p| p.w_child("vMerge"))
                    .is_some_and(|v| v.w_attr("val") != Some("restart"));
                if continued {
                    self.found.merged_cells += 1;
                }
                let mut content = Vec::new();
                let mut header = header_row;
                if !continued {
                    self.cell_content(tc, &mut content, &mut header);
                }
                finish(&mut content);
                cells.push(TableCell { header, content });
            }
            if !cells.is_empty() {
                rows.push(TableRow { cells });
            }
        }
        Item::Table(Block::Table { rows })
    }

    /// A cell's paragraphs as inline text joined by line breaks; tables inside it as text.
    fn cell_content(&mut self, tc: &Element, out: &mut Vec<Inline>, header: &mut bool) {
        for e in tc.elements() {
            match (e.ns, e.local()) {
                (Ns::W, "p") => {
                    let mut inlines = Vec::new();
                    self.inlines(e, Part::Body, &self.paragraph_marks(e), &mut inlines);
                    finish(&mut inlines);
                    let style = e
                        .w_child("pPr")
                        .and_then(|p| p.w_child("pStyle"))
                        .and_then(|s| s.w_attr("val"));
                    if self
                        .styles
                        .chain(style)
                        .first()
                        .is_some_and(|(_, s)| s.name == "table heading")
                    {
                        *header = true;
                    }
                    if inlines.is_empty() {
                        continue;
                    }
                    if !out.is_empty() {
                        out.push(Inline::HardBreak);
                    }
                    for i in inlines {
                        push_inline(out, i);
                    }
                }
                (Ns::W, "tbl") => {
                    self.found.nested_tables += 1;
                    let mut rows = Vec::new();
                    collect_rows(e, &mut rows, &mut self.found.tracked);
                    for tr in rows {
                        let mut tcs = Vec::new();
                        collect_cells(tr, &mut tcs);
                        for inner in tcs {
                            let mut ignored = false;
                            self.cell_content(inner, out, &mut ignored);
                        }
                    }
                }
                (Ns::W, "sdt") => {
                    if let Some(c) = e.w_child("sdtContent") {
                        self.cell_content(c, out, header);
                    }
                }
                (Ns::W, "customXml" | "ins" | "moveTo") => self.cell_content(e, out, header),
                (Ns::W, "del" | "moveFrom") => self.found.tracked += 1,
                _ => {}
            }
        }
    }

    /// The inline content of a paragraph (or of a wrapper inside one) appended to `out`.
    fn inlines(&mut self, parent: &Element, part: Part, marks: &RunMarks, out: &mut Vec<Inline>) {
        for e in parent.elements() {
            match (e.ns, e.local()) {
                (Ns::W, "r") => self.run(e, part, marks, out),
                (Ns::W, "hyperlink") => {
                    let mut m = marks.clone();
                    if let Some(id) = e.attr(Ns::R, "id") {
                        let rels = match part {
                            Part::Body => &self.rels,
                            Part::Footnotes => &self.footnote_rels,
                            Part::Endnotes => &self.endnote_rels,
                        };
                        match rels.link(id) {
                            Some(href) if is_allowed_link(href) => m.link = Some(href.to_string()),
                            Some(href) => self.found.other_links.push(href.to_string()),
                            None => {}
                        }
                    } else if e.w_attr("anchor").is_some() {
                        self.found.internal_links += 1;
                    }
                    self.inlines(e, part, &m, out);
                }
                (Ns::W, "fldSimple") => {
                    let mut m = marks.clone();
                    if let Some(link) = e.w_attr("instr").and_then(|i| self.field_link(i)) {
                        m.link = Some(link);
                    }
                    self.inlines(e, part, &m, out);
                }
                (Ns::W, "ins" | "moveTo") => {
                    self.found.tracked += 1;
                    self.inlines(e, part, marks, out);
                }
                (Ns::W, "del" | "moveFrom") => self.found.tracked += 1,
                (Ns::W, "sdt") => {
                    if let Some(c) = e.w_child("sdtContent") {
                        self.inlines(c, part, marks, out);
                    }
                }
                (
                    Ns::W,
                    "pPr" | "bookmarkStart" | "bookmarkEnd" | "proofErr" | "permStart" | "permEnd"
                    | "commentRangeStart" | "commentRangeEnd",
                )
                | (Ns::W14 | Ns::Other, _) => {}
                (Ns::M, _) => self.found.equations += 1,
                (Ns::Mc, "AlternateContent") => self.found.drawings += 1,
                // Smart tags, custom XML, bidirectional embeddings and anything unknown: their
                // content is read, so that no text is lost.
                _ => self.inlines(e, part, marks, out),
            }
        }
    }

    /// The link target of a HYPERLINK field instruction (`HYPERLINK "https://…"`); internal
    /// ones (`\l`) are counted and give none.
    fn field_link(&mut self, instr: &str) -> Option<String> {
        let instr = instr.trim();
        let rest = instr.strip_prefix("HYPERLINK")?.trim();
        if rest.starts_with("\\l") {
            self.found.internal_links += 1;
            return None;
        }
        let target = rest
            .strip_prefix('"')
            .and_then(|r| r.split('"').next())
            .unwrap_or_else(|| rest.split_whitespace().next().unwrap_or(""));
        if is_allowed_link(target) {
            Some(target.to_string())
        } else {
            if !target.is_empty() {
                self.found.other_links.push(target.to_string());
            }
            None
        }
    }

    fn run(&mut self, r: &Element, part: Part, marks: &RunMarks, out: &mut Vec<Inline>) {
        let rpr = r.w_child("rPr");
        let mut m = marks.clone();
        let style = rpr
            .and_then(|p| p.w_child("rStyle"))
            .and_then(|s| s.w_attr("val"));
        let chain = self.styles.chain(style);
        let prop = |name: &str, from_style: fn(&StyleInfo) -> Option<bool>| {
            rpr.and_then(|p| p.w_child(name))
                .map(Element::is_on)
                .or_else(|| chain.iter().find_map(|(_, s)| from_style(s)))
                .unwrap_or(false)
        };
        m.bold = m.bold || prop("b", |s| s.bold);
        m.italic = m.italic || prop("i", |s| s.italic);
        m.citation = style == Some(ours::CITATION);
        // The run's own language, else its character style's, else its paragraph style's
        // (the default paragraph style's when it names none), else the document's default.
        let own = RunLanguage::read(rpr);
        let text: String = r
            .elements()
            .filter(|c| c.is(Ns::W, "t"))
            .map(|c| c.text())
            .collect();
        m.lang = RunLanguage::of_text(
            &text,
            own.iter()
                .chain(chain.iter().filter_map(|(_, s)| s.lang.as_ref()))
                .chain(marks.paragraph_lang.iter())
                .chain(self.styles.default_lang.iter()),
        );
        if let Some(p) = rpr {
            if p.w_child("vanish").is_some_and(Element::is_on)
                || p.w_child("specVanish").is_some_and(Element::is_on)
            {
                if r.elements().any(|c| c.is(Ns::W, "t")) {
                    self.found.hidden += 1;
                }
                return;
            }
            if p.w_child("rPrChange").is_some() {
                self.found.tracked += 1;
            }
            let has_text = r.elements().any(|c| c.is(Ns::W, "t"));
            if has_text {
                for (el, label) in [
                    ("u", "underline"),
                    ("strike", "strikethrough"),
                    ("dstrike", "strikethrough"),
                    ("highlight", "highlighting"),
                ] {
                    if p.w_child(el)
                        .is_some_and(|x| x.is_on() && x.w_attr("val") != Some("none"))
                    {
                        *self.found.formatting.entry(label).or_default() += 1;
                    }
                }
                if let Some(v) = p.w_child("vertAlign").and_then(|v| v.w_attr("val")) {
                    if v == "superscript" || v == "subscript" {
                        *self
                            .found
                            .formatting
                            .entry("superscript or subscript")
                            .or_default() += 1;
                    }
                }
                if p.w_child("color")
                    .and_then(|c| c.w_attr("val"))
                    .is_some_and(|c| !matches!(c.to_ascii_lowercase().as_str(), "auto" | "000000"))
                    && style != Some(ours::HYPERLINK)
                    && !chain.iter().any(|(_, s)| s.name == "hyperlink")
                {
                    *self.found.formatting.entry("coloured text").or_default() += 1;
                }
            }
        }
        // Inside a field's instruction nothing is shown; inside its result, a HYPERLINK field
        // gives its link.
        let mut text_marks = m.clone();
        for f in &self.fields {
            if let Some(l) = &f.link {
                text_marks.link = Some(l.clone());
            }
        }
        for c in r.elements() {
            let in_instruction = self.fields.iter().any(|f| !f.in_result);
            match (c.ns, c.local()) {
                (Ns::W, "fldChar") => match c.w_attr("fldCharType") {
                    Some("begin") => self.fields.push(Field {
                        in_result: false,
                        instr: String::new(),
                        link: None,
                    }),
                    Some("separate") => {
                        let instr = self
                            .fields
                            .last()
                            .map(|f| f.instr.clone())
                            .unwrap_or_default();
                        let link = self.field_link(&instr);
                        if let Some(f) = self.fields.last_mut() {
                            f.in_result = true;
                            f.link = link.clone();
                        }
                        if let Some(l) = link {
                            text_marks.link = Some(l);
                        }
                    }
                    Some("end") => {
                        self.fields.pop();
                        text_marks = m.clone();
                    }
                    _ => {}
                },
                (Ns::W, "instrText") => {
                    if let Some(f) = self.fields.last_mut() {
                        if !f.in_result && f.instr.len() < 10_000 {
                            f.instr.push_str(&c.text());
                        }
                    }
                }
                _ if in_instruction => {}
                (Ns::W, "t") => {
                    let text = c.text();
                    if m.citation {
                        push_citation(out, &text);
                    } else {
                        push_inline(
                            out,
                            Inline::Text {
                                text,
                                marks: text_marks.to_vec(),
                            },
                        );
                    }
                }
                (Ns::W, "tab" | "ptab") => push_inline(
                    out,
                    Inline::Text {
                        text: "\t".into(),
                        marks: text_marks.to_vec(),
                    },
                ),
                (Ns::W, "br") => match c.w_attr("type") {
                    Some("page" | "column") => self.found.breaks += 1,
                    _ => out.push(Inline::HardBreak),
                },
                (Ns::W, "cr") => out.push(Inline::HardBreak),
                (Ns::W, "noBreakHyphen") if m.citation => push_citation(out, "\u{2011}"),
                (Ns::W, "noBreakHyphen") => push_inline(
                    out,
                    Inline::Text {
                        text: "\u{2011}".into(),
                        marks: text_marks.to_vec(),
                    },
                ),
                (Ns::W, "sym") => {
                    let ch = c
                        .w_attr("char")
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .filter(|n| *n < 0xF000)
                        .and_then(char::from_u32);
                    match ch {
                        Some(ch) => push_inline(
                            out,
                            Inline::Text {
                                text: ch.to_string(),
                                marks: text_marks.to_vec(),
                            },
                        ),
                        None => self.found.symbols += 1,
                    }
                }
                (Ns::W, "footnoteReference") if part == Part::Body => {
                    if let Some(content) = self.call(c, Part::Footnotes) {
                        out.push(Inline::Footnote { content });
                    }
                }
                (Ns::W, "endnoteReference") if part == Part::Body => {
                    if let Some(content) = self.call(c, Part::Endnotes) {
                        self.found.endnotes += 1;
                        out.push(Inline::Footnote { content });
                    }
                }
                (Ns::W, "drawing" | "pict") => self.found.drawings += 1,
                (Ns::W, "object") => self.found.embedded += 1,
                (Ns::Mc, "AlternateContent") => self.found.drawings += 1,
                _ => {}
            }
        }
    }

    /// The text for a call of a footnote or endnote: the note is read once, and each call
    /// copies its text within [`MAX_FOOTNOTE_COPIES_BYTES`] in all. None when the note does not
    /// exist or the budget has run out (then [`Reader::over`] says why).
    fn call(&mut self, reference: &Element, part: Part) -> Option<Vec<Inline>> {
        if self.over.is_some() {
            return None;
        }
        let id = reference.w_attr("id")?.to_string();
        let key = (part == Part::Footnotes, id);
        if !self.notes_read.contains_key(&key) {
            let notes = if key.0 {
                &self.footnotes
            } else {
                &self.endnotes
            };
            let note = notes.get(&key.1)?.clone();
            let content = self.note(&note, part);
            self.notes_read.insert(key.clone(), content);
        }
        let content = self.notes_read.get(&key)?;
        self.copied = self.copied.saturating_add(inline_bytes(content));
        if self.copied > MAX_FOOTNOTE_COPIES_BYTES {
            self.over = Some(limits::LimitExceeded(Said::new(
                "error.limit_footnote_copies",
                vec![("max", (MAX_FOOTNOTE_COPIES_BYTES >> 20).into())],
            )));
            return None;
        }
        Some(content.clone())
    }

    /// A footnote's text: its paragraphs as one run of inline text joined by spaces (a
    /// footnote in the tree is inline text, as in the Markdown import).
    fn note(&mut self, note: &Element, part: Part) -> Vec<Inline> {
        let mut out = Vec::new();
        let saved = std::mem::take(&mut self.fields);
        let mut paragraphs = Vec::new();
        collect_paragraphs(note, &mut paragraphs);
        for p in paragraphs {
            let mut inlines = Vec::new();
            self.inlines(p, part, &self.paragraph_marks(p), &mut inlines);
            finish(&mut inlines);
            if inlines.is_empty() {
                continue;
            }
            if !out.is_empty() {
                push_inline(&mut out, Inline::text(" "));
            }
            for i in inlines {
                push_inline(&mut out, i);
            }
        }
        self.fields = saved;
        out
    }
}

/// The rows of a table, through wrappers; rows of tracked deleted wrappers are counted.
fn collect_rows<'e>(tbl: &'e Element, out: &mut Vec<&'e Element>, tracked: &mut usize) {
    for e in tbl.elements() {
        match (e.ns, e.local()) {
            (Ns::W, "tr") => out.push(e),
            (Ns::W, "sdt") => {
                if let Some(c) = e.w_child("sdtContent") {
                    collect_rows(c, out, tracked);
                }
            }
            (Ns::W, "customXml" | "ins" | "moveTo") => collect_rows(e, out, tracked),
            (Ns::W, "del" | "moveFrom") => *tracked += 1,
            _ => {}
        }
    }
}

fn collect_cells<'e>(tr: &'e Element, out: &mut Vec<&'e Element>) {
    for e in tr.elements() {
        match (e.ns, e.local()) {
            (Ns::W, "tc") => out.push(e),
            (Ns::W, "sdt") => {
                if let Some(c) = e.w_child("sdtContent") {
                    collect_cells(c, out);
                }
            }
            (Ns::W, "customXml") => collect_cells(e, out),
            _ => {}
        }
    }
}

/// The paragraphs of a note (also those in tables and wrappers inside it).
fn collect_paragraphs<'e>(e: &'e Element, out: &mut Vec<&'e Element>) {
    for c in e.elements() {
        if c.is(Ns::W, "p") {
            out.push(c);
        } else if c.ns == Ns::W && !matches!(c.local(), "del" | "moveFrom") {
            collect_paragraphs(c, out);
        }
    }
}

/// Appends the text of a run in the Citation style: a citation "A/HRC/59/15, para. 140.7"
/// written by the export (several runs of it, and the pieces around its non-breaking hyphens,
/// are joined; the symbol is read without the export's joiners).
fn push_citation(out: &mut Vec<Inline>, text: &str) {
    let prev = match out.last() {
        Some(Inline::Citation { symbol, paragraph }) => {
            let s = crate::document::citation_text(symbol, paragraph.as_deref());
            out.pop();
            s
        }
        _ => String::new(),
    };
    let whole = crate::document::symbol::breakable(&format!("{prev}{text}")).into_owned();
    let (symbol, paragraph) = match whole.rsplit_once(", para. ") {
        Some((s, p)) => (s.to_string(), Some(p.to_string())),
        None => (whole, None),
    };
    out.push(Inline::Citation { symbol, paragraph });
}

/// A paragraph's text once read: the UN document symbols as they were written (our export
/// puts word joiners and non-breaking hyphens in them to keep Word from breaking them across
/// lines: [`crate::document::symbol::breakable`] takes them out), and no white space or line
/// break at its ends.
fn finish(inlines: &mut Vec<Inline>) {
    for inline in inlines.iter_mut() {
        if let Inline::Text { text, .. } = inline {
            if let std::borrow::Cow::Owned(plain) = crate::document::symbol::breakable(text) {
                *text = plain;
            }
        }
    }
    trim(inlines);
}

/// Removes white space and line breaks at the start and end of a paragraph's text.
fn trim(inlines: &mut Vec<Inline>) {
    loop {
        match inlines.first_mut() {
            Some(Inline::HardBreak) => {
                inlines.remove(0);
            }
            Some(Inline::Text { text, .. }) if text.trim_start().is_empty() => {
                inlines.remove(0);
            }
            Some(Inline::Text { text, .. }) if text.starts_with(char::is_whitespace) => {
                *text = text.trim_start().to_string();
            }
            _ => break,
        }
    }
    loop {
        match inlines.last_mut() {
            Some(Inline::HardBreak) => {
                inlines.pop();
            }
            Some(Inline::Text { text, .. }) if text.trim_end().is_empty() => {
                inlines.pop();
            }
            Some(Inline::Text { text, .. }) if text.ends_with(char::is_whitespace) => {
                *text = text.trim_end().to_string();
            }
            _ => break,
        }
    }
}

/// The plain text of inline content (for titles and notices).
/// Bytes of text in inline content (runs, link targets, citations), for the copy budget.
fn inline_bytes(inlines: &[Inline]) -> usize {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text { text, marks } => {
                text.len()
                    + marks
                        .iter()
                        .map(|m| match m {
                            Mark::Link { href } => href.len(),
                            _ => 0,
                        })
                        .sum::<usize>()
            }
            Inline::Footnote { content } => inline_bytes(content),
            Inline::Citation { symbol, paragraph } => {
                symbol.len() + paragraph.as_ref().map_or(0, String::len)
            }
            Inline::HardBreak => 1,
        })
        .sum()
}

fn plain_text(inlines: &[Inline]) -> String {
    let mut s = String::new();
    for i in inlines {
        match i {
            Inline::Text { text, .. } => s.push_str(text),
            Inline::Citation { symbol, paragraph } => s.push_str(&crate::document::citation_text(
                symbol,
                paragraph.as_deref(),
            )),
            Inline::HardBreak => s.push(' '),
            Inline::Footnote { .. } => {}
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A title from a heading: plain text, within the length a title may have. Footnotes in it
/// cannot stay in a title and are reported with their text; a long heading is shortened and
/// its whole text returned to begin the section.
fn title_of(inlines: &[Inline], notices: &mut Vec<ImportNotice>) -> (String, Option<Vec<Inline>>) {
    let text = plain_text(inlines);
    for i in inlines {
        if let Inline::Footnote { content } = i {
            notices.push(said_notice(
                "heading_footnote",
                vec![
                    ("heading", shorten(&text, 80).into()),
                    ("text", shorten(&plain_text(content), 300).into()),
                ],
            ));
        }
    }
    if text.is_empty() {
        return (UNTITLED.to_string(), None);
    }
    if text.chars().count() > TITLE_MAX {
        notices.push(said_notice(
            "long_heading",
            vec![
                ("heading", shorten(&text, 80).into()),
                ("max", TITLE_MAX.into()),
            ],
        ));
        return (shorten(&text, TITLE_MAX), Some(inlines.to_vec()));
    }
    (text, None)
}

/// Puts the items into a title and sections (see the module documentation for the rules).
fn assemble(items: Vec<Item>) -> Result<(ImportedSubmission, Vec<ImportNotice>)> {
    let mut notices = Vec::new();
    let levels: Vec<usize> = items
        .iter()
        .filter_map(|i| match i {
            Item::Heading(l, _) => Some(*l),
            _ => None,
        })
        .collect();
    let top = levels.iter().copied().min();
    let has_title_style = items.iter().any(|i| matches!(i, Item::Title(_)));
    // A single top-level heading that opens the file, with lower headings below it, is the
    // title (the way a file with "Heading 1" for its title and "Heading 2" for its parts reads).
    let heading_title = !has_title_style
        && top.is_some_and(|t| {
            levels.iter().filter(|l| **l == t).count() == 1
                && levels.iter().any(|l| *l > t)
                && matches!(items.first(), Some(Item::Heading(l, _)) if *l == t)
        });
    let section_level = if heading_title {
        levels.iter().copied().filter(|l| Some(*l) != top).min()
    } else {
        top
    };
    let uses_numbering = items
        .iter()
        .any(|i| matches!(i, Item::Para(Kind::Numbered, _)));

    let mut title = None;
    let mut sections: Vec<ImportedSection> = Vec::new();
    let mut current: Option<(String, Vec<Block>)> = None;
    let mut lists = ListBuilder::default();
    let mut items = items.into_iter().peekable();
    if heading_title {
        if let Some(Item::Heading(_, inl)) = items.next() {
            title = Some(title_of(&inl, &mut notices).0);
        }
    }
    fn blocks_of(current: &mut Option<(String, Vec<Block>)>) -> &mut Vec<Block> {
        &mut current
            .get_or_insert_with(|| (INTRODUCTION.to_string(), Vec::new()))
            .1
    }
    for item in items {
        let is_list = matches!(item, Item::Para(Kind::List { .. } | Kind::Continue(_), _));
        if !is_list && lists.is_open() {
            lists.close_into(blocks_of(&mut current));
        }
        match item {
            Item::Title(inl) if title.is_none() => title = Some(title_of(&inl, &mut notices).0),
            Item::Title(inl) => blocks_of(&mut current).push(Block::Paragraph {
                numbered: false,
                content: inl,
            }),
            Item::Heading(level, inl) if Some(level) <= section_level => {
                if let Some((t, blocks)) = current.take() {
                    sections.push(ImportedSection {
                        title: t,
                        content: Content { blocks },
                    });
                }
                let (t, whole) = title_of(&inl, &mut notices);
                let mut blocks = Vec::new();
                if let Some(whole) = whole {
                    blocks.push(Block::Paragraph {
                        numbered: false,
                        content: whole,
                    });
                }
                current = Some((t, blocks));
            }
            Item::Heading(level, inl) => {
                let base = section_level.unwrap_or(0);
                blocks_of(&mut current).push(Block::Heading {
                    level: (level - base).clamp(1, 6) as u8,
                    content: inl,
                });
            }
            Item::Para(
                Kind::List {
                    ordered,
                    depth,
                    num,
                },
                inl,
            ) => {
                let blocks = blocks_of(&mut current);
                lists.item(ordered, depth, &num, inl, blocks);
            }
            Item::Para(Kind::Continue(depth), inl) => {
                let blocks = blocks_of(&mut current);
                lists.continuation(depth, inl, blocks);
            }
            Item::Para(kind, inl) => {
                let block = match kind {
                    Kind::Quote => {
                        let blocks = blocks_of(&mut current);
                        let para = Block::Paragraph {
                            numbered: false,
                            content: inl,
                        };
                        if let Some(Block::Quote { blocks: q }) = blocks.last_mut() {
                            q.push(para);
                            continue;
                        }
                        Block::Quote { blocks: vec![para] }
                    }
                    Kind::Numbered => Block::Paragraph {
                        numbered: true,
                        content: inl,
                    },
                    Kind::Unnumbered => Block::Paragraph {
                        numbered: false,
                        content: inl,
                    },
                    _ => Block::Paragraph {
                        numbered: !uses_numbering,
                        content: inl,
                    },
                };
                blocks_of(&mut current).push(block);
            }
            Item::Table(t) => {
                if matches!(&t, Block::Table { rows } if !rows.is_empty()) {
                    blocks_of(&mut current).push(t);
                }
            }
        }
    }
    if lists.is_open() {
        lists.close_into(blocks_of(&mut current));
    }
    if let Some((t, blocks)) = current.take() {
        sections.push(ImportedSection {
            title: t,
            content: Content { blocks },
        });
    }
    // A section that only the list closing above created, with nothing in it, is not kept.
    sections.retain(|s| !(s.title == INTRODUCTION && s.content.blocks.is_empty()));
    if sections.is_empty() && title.is_none() {
        return Err(Error::import("error.docx_nothing", vec![]));
    }
    Ok((ImportedSubmission { title, sections }, notices))
}

/// Builds nested lists from list paragraphs that carry a level.
#[derive(Default)]
struct ListBuilder {
    /// Open lists, outermost first: (ordered, depth, numbering instance, items).
    open: Vec<(bool, usize, String, Vec<ListItem>)>,
}

impl ListBuilder {
    fn item(
        &mut self,
        ordered: bool,
        depth: usize,
        num: &str,
        content: Vec<Inline>,
        blocks: &mut Vec<Block>,
    ) {
        let depth = depth.min(MAX_LIST_LEVEL);
        while self.open.last().is_some_and(|(_, d, _, _)| *d > depth) {
            self.pop(blocks);
        }
        let same = self
            .open
            .last()
            .is_some_and(|(o, d, n, _)| *d == depth && *o == ordered && n == num);
        if !same {
            if self.open.last().is_some_and(|(_, d, _, _)| *d == depth) {
                self.pop(blocks);
            }
            self.open
                .push((ordered, depth, num.to_string(), Vec::new()));
        }
        if let Some((_, _, _, items)) = self.open.last_mut() {
            items.push(ListItem {
                blocks: vec![Block::Paragraph {
                    numbered: false,
                    content,
                }],
            });
        }
    }

    fn continuation(&mut self, depth: usize, content: Vec<Inline>, blocks: &mut Vec<Block>) {
        let depth = depth.min(MAX_LIST_LEVEL);
        while self.open.len() > 1 && self.open.last().is_some_and(|(_, d, _, _)| *d > depth) {
            self.pop(blocks);
        }
        let para = Block::Paragraph {
            numbered: false,
            content,
        };
        match self
            .open
            .last_mut()
            .and_then(|(_, _, _, items)| items.last_mut())
        {
            Some(item) => item.blocks.push(para),
            None => blocks.push(para),
        }
    }

    /// Closes the innermost list into its parent's last item, or into `blocks`.
    fn pop(&mut self, blocks: &mut Vec<Block>) {
        let Some((ordered, _, _, items)) = self.open.pop() else {
            return;
        };
        let list = if ordered {
            Block::OrderedList { items }
        } else {
            Block::BulletList { items }
        };
        match self
            .open
            .last_mut()
            .and_then(|(_, _, _, items)| items.last_mut())
        {
            Some(parent) => parent.blocks.push(list),
            None => blocks.push(list),
        }
    }

    fn is_open(&self) -> bool {
        !self.open.is_empty()
    }

    fn close_into(&mut self, blocks: &mut Vec<Block>) {
        while !self.open.is_empty() {
            self.pop(blocks);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::io::Write;

    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
    const T: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /// A .docx zip of the given parts.
    fn zip_of(parts: &[(&str, String)]) -> Vec<u8> {
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let o = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, text) in parts {
            z.start_file(*name, o).unwrap();
            z.write_all(text.as_bytes()).unwrap();
        }
        z.finish().unwrap().into_inner()
    }

    /// A minimal Word file: `body` inside w:body, with optional footnotes/endnotes/comments
    /// parts (their inner XML) and extra document relationships.
    fn docx(body: &str, notes: &str, extra_rels: &str) -> Vec<u8> {
        let rels = format!(
            r#"<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{T}officeDocument" Target="word/document.xml"/></Relationships>"#
        );
        let doc_rels = format!(
            r#"<Relationships xmlns="{RELS}"><Relationship Id="rIdS" Type="{T}styles" Target="styles.xml"/><Relationship Id="rIdN" Type="{T}numbering" Target="numbering.xml"/><Relationship Id="rIdF" Type="{T}footnotes" Target="footnotes.xml"/><Relationship Id="rIdE" Type="{T}endnotes" Target="endnotes.xml"/><Relationship Id="rIdC" Type="{T}comments" Target="comments.xml"/><Relationship Id="rIdL" Type="{T}hyperlink" Target="https://example.org/a?b=1&amp;c=2" TargetMode="External"/><Relationship Id="rIdX" Type="{T}hyperlink" Target="file:///C:/secret.doc" TargetMode="External"/>{extra_rels}</Relationships>"#
        );
        let styles = format!(
            r#"<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="character" w:styleId="German"><w:name w:val="German quotation"/><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:style><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Zitat"><w:name w:val="Quote in German"/><w:basedOn w:val="Normal"/><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Berschrift2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My Heading"/><w:basedOn w:val="Berschrift2"/></w:style><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style><w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="LP"><w:name w:val="List Paragraph"/></w:style></w:styles>"#
        );
        let numbering = format!(
            r#"<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
        );
        let footnotes = format!(
            r#"<w:footnotes xmlns:w="{W}" xmlns:r="{R}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> First note,</w:t></w:r></w:p><w:p><w:r><w:t>second paragraph.</w:t></w:r></w:p></w:footnote>{notes}</w:footnotes>"#
        );
        let endnotes = format!(
            r#"<w:endnotes xmlns:w="{W}"><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>An endnote.</w:t></w:r></w:p></w:endnote></w:endnotes>"#
        );
        let comments = format!(
            r#"<w:comments xmlns:w="{W}"><w:comment w:id="0"><w:p><w:r><w:t>Check</w:t></w:r></w:p></w:comment><w:comment w:id="1"><w:p><w:r><w:t>Again</w:t></w:r></w:p></w:comment></w:comments>"#
        );
        let document = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}<w:sectPr/></w:body></w:document>"#
        );
        zip_of(&[
            ("[Content_Types].xml", "<Types/>".to_string()),
            ("_rels/.rels", rels),
            ("word/_rels/document.xml.rels", doc_rels),
            ("word/document.xml", document),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
            ("word/footnotes.xml", footnotes),
            ("word/endnotes.xml", endnotes),
            ("word/comments.xml", comments),
        ])
    }

    fn p(style: &str, runs: &str) -> String {
        let style = if style.is_empty() {
            String::new()
        } else {
            format!(r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#)
        };
        format!("<w:p>{style}{runs}</w:p>")
    }

    fn r(text: &str) -> String {
        format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
    }

    fn import(body: &str) -> (ImportedSubmission, Vec<ImportNotice>) {
        parse_bytes(&docx(body, "", "")).unwrap()
    }

    fn codes(n: &[ImportNotice]) -> Vec<&str> {
        n.iter().map(|x| x.code.as_str()).collect()
    }

    fn message<'n>(n: &'n [ImportNotice], code: &str) -> &'n str {
        n.iter()
            .find(|x| x.code == code)
            .map(|x| x.message.as_str())
            .unwrap_or("")
    }

    fn text(s: &str) -> Inline {
        Inline::text(s)
    }

    /// Text marked as a passage in `lang`.
    fn m(t: &str, lang: &str) -> Inline {
        Inline::Text {
            text: t.into(),
            marks: vec![Mark::Language { lang: lang.into() }],
        }
    }

    fn para(numbered: bool, content: Vec<Inline>) -> Block {
        Block::Paragraph { numbered, content }
    }

    #[test]
    fn a_passage_in_another_language_keeps_its_language_and_the_main_language_is_unmarked() {
        let lang = |attrs: &str, t: &str| {
            format!(
                r#"<w:r><w:rPr><w:lang {attrs}/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>"#
            )
        };
        let body = p(
            "",
            &[
                r("The city guarantees the "),
                lang(r#"w:val="DE-de""#, "Recht auf Wohnen"),
                r(", "),
                // Word's "no language" is no language.
                lang(r#"w:val="x-none""#, "in law"),
                lang(r#"w:val="en-GB""#, " and in practice: "),
                r#"<w:r><w:rPr><w:rStyle w:val="German"/></w:rPr><w:t>Mietpreisbremse</w:t></w:r>"#
                    .to_string(),
                r(", "),
                // Arabic letters take the run's right-to-left language.
                lang(r#"w:val="en-US" w:bidi="ar-EG""#, "حق السكن"),
                r(" and "),
                // Chinese characters, with no language of their own, the default East Asian one.
                r("住房权"),
                r(" for everyone, whatever the city's budget says about it."),
            ]
            .concat(),
        );
        let (sub, _) = import(&body);
        assert_eq!(
            sub.sections[0].content.blocks,
            vec![para(
                true,
                vec![
                    text("The city guarantees the "),
                    m("Recht auf Wohnen", "de-DE"),
                    text(", in law and in practice: "),
                    m("Mietpreisbremse", "de-DE"),
                    text(", "),
                    m("حق السكن", "ar-EG"),
                    text(" and "),
                    m("住房权", "zh-CN"),
                    text(" for everyone, whatever the city's budget says about it."),
                ]
            )]
        );
    }

    #[test]
    fn a_paragraph_styles_language_applies_to_its_runs_and_each_script_is_resolved_alone() {
        let body = [
            p(
                "",
                &r("The city quotes its own housing law in the original words below."),
            ),
            p(
                "Zitat",
                &[
                    // Neither the run nor a character style names a language: the paragraph
                    // style's German applies.
                    r("Jeder Mensch hat das Recht auf angemessenen Wohnraum, "),
                    // The run's own language is nearer than its paragraph style's.
                    r#"<w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">as translated, </w:t></w:r>"#.to_string(),
                    // A run that names only its East Asian language keeps the paragraph's
                    // Latin one (German) for Latin letters…
                    r#"<w:r><w:rPr><w:lang w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">sagt das Gesetz </w:t></w:r>"#.to_string(),
                    // …and the document's default for Chinese characters (the paragraph
                    // style names none).
                    r("住房权"),
                ]
                .concat(),
            ),
        ]
        .concat();
        let (sub, _) = import(&body);
        assert_eq!(
            sub.sections[0].content.blocks,
            vec![
                para(
                    true,
                    vec![text(
                        "The city quotes its own housing law in the original words below."
                    )]
                ),
                para(
                    true,
                    vec![
                        m(
                            "Jeder Mensch hat das Recht auf angemessenen Wohnraum, ",
                            "de-DE"
                        ),
                        text("as translated, "),
                        m("sagt das Gesetz ", "de-DE"),
                        m("住房权", "zh-CN"),
                    ]
                ),
            ]
        );
    }

    #[test]
    fn tracked_changes_are_accepted_and_said() {
        let first = p(
            "",
            &format!(
                r#"{}<w:ins w:id="1" w:author="A">{}</w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>removed </w:delText></w:r></w:del><w:moveFrom w:id="3"><w:r><w:t>moved away </w:t></w:r></w:moveFrom>{}<w:moveTo w:id="4"><w:r><w:t> moved here</w:t></w:r></w:moveTo>"#,
                r("Kept "),
                r("inserted "),
                r("text.")
            ),
        );
        // A deleted paragraph mark joins this paragraph to the next one.
        let joined = format!(
            r#"<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="A"/></w:rPr></w:pPr>{}</w:p>{}"#,
            r("Joined "),
            p("", &r("to the next."))
        );
        let body = first + &joined;
        let (sub, notices) = import(&body);
        assert_eq!(
            sub.sections[0].content.blocks,
            vec![
                para(true, vec![text("Kept inserted text. moved here")]),
                para(true, vec![text("Joined to the next.")]),
            ]
        );
        assert_eq!(codes(&notices), vec!["tracked_changes", "comments"]);
        assert!(message(&notices, "tracked_changes").starts_with("5 tracked changes were accepted"));
        assert_eq!(message(&notices, "comments"), "2 comments were left out.");
    }

    #[test]
    fn heading_styles_are_found_by_name_and_outline_whatever_the_id() {
        // A German Word names its heading styles "Berschrift1", keeping the English name.
        let body = [
            p("Berschrift1", &r("Report of the department")),
            p("Berschrift2", &r("Housing")),
            p("", &r("One.")),
            p("MyHeading", &r("Water")),
            format!(
                r#"<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr>{}</w:p>"#,
                r("Details")
            ),
            p("", &r("Two.")),
        ]
        .concat();
        let (sub, _) = import(&body);
        assert_eq!(sub.title.as_deref(), Some("Report of the department"));
        let titles: Vec<&str> = sub.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, vec!["Housing", "Water"]);
        assert_eq!(
            sub.sections[1].content.blocks,
            vec![
                Block::Heading {
                    level: 1,
                    content: vec![text("Details")]
                },
                para(true, vec![text("Two.")]),
            ]
        );
    }

    #[test]
    fn without_headings_everything_is_one_introduction_and_every_paragraph_is_numbered() {
        let (sub, notices) =
            import(&[p("", &r("One.")), p("", &r(" ")), p("", &r("Two."))].concat());
        assert_eq!(sub.title, None);
        assert_eq!(sub.sections.len(), 1);
        assert_eq!(sub.sections[0].title, "Introduction");
        assert_eq!(
            sub.sections[0].content.blocks,
            vec![
                para(true, vec![text("One.")]),
                para(true, vec![text("Two.")])
            ]
        );
        assert_eq!(codes(&notices), vec!["comments"]);
    }

    #[test]
    fn numbering_lists_and_levels() {
        let num = |id: u32, lvl: u32, style: &str, t: &str| {
            let style = if style.is_empty() {
                String::new()
            } else {
                format!(r#"<w:pStyle w:val="{style}"/>"#)
            };
            format!(
                r#"<w:p><w:pPr>{style}<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{id}"/></w:numPr></w:pPr>{}</w:p>"#,
                r(t)
            )
        };
        let body = [
            num(1, 0, "LP", "First point."),
            num(1, 1, "LP", "sub a"),
            num(1, 1, "LP", "sub b"),
            num(1, 0, "", "Second point."),
            p("", &r("Between.")),
            num(2, 0, "", "bullet"),
            // numId 0 switches numbering off.
            num(0, 0, "", "Not numbered."),
        ]
        .concat();
        let (sub, _) = import(&body);
        let item = |s: &str| ListItem {
            blocks: vec![para(false, vec![text(s)])],
        };
        assert_eq!(
            sub.sections[0].content.blocks,
            vec![
                para(true, vec![text("First point.")]),
                Block::OrderedList {
                    items: vec![item("sub a"), item("sub b")]
                },
                para(true, vec![text("Second point.")]),
                para(false, vec![text("Between.")]),
                Block::BulletList {
                    items: vec![item("bullet")]
                },
                para(false, vec![text("Not numbered.")]),
            ]
        );
    }

    #[test]
    fn links_fields_notes_and_marks() {
        let body = p(
            "",
            &[
                r#"<w:hyperlink r:id="rIdL"><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>web</w:t></w:r></w:hyperlink>"#.to_string(),
                r(" "),
                r#"<w:hyperlink r:id="rIdX"><w:r><w:t>file</w:t></w:r></w:hyperlink>"#.to_string(),
                r(" "),
                r#"<w:hyperlink w:anchor="_Toc1"><w:r><w:t>inside</w:t></w:r></w:hyperlink>"#.to_string(),
                r(" "),
                r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:a@example.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>mail</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#.to_string(),
                r(" "),
                r#"<w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/s&quot; "><w:r><w:t>simple</w:t></w:r></w:fldSimple>"#.to_string(),
                r#"<w:r><w:footnoteReference w:id="1"/></w:r>"#.to_string(),
                r#"<w:r><w:endnoteReference w:id="1"/></w:r>"#.to_string(),
                r#"<w:r><w:rPr><w:b w:val="0"/><w:u w:val="single"/></w:rPr><w:t> under</w:t></w:r>"#.to_string(),
                r#"<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r>"#.to_string(),
                r#"<w:r><w:br w:type="page"/><w:t>x</w:t><w:tab/><w:t>y</w:t><w:br/><w:t>z</w:t></w:r>"#.to_string(),
            ]
            .concat(),
        );
        let (sub, notices) = import(&body);
        let m = |t: &str, marks: Vec<Mark>| Inline::Text {
            text: t.into(),
            marks,
        };
        assert_eq!(
            sub.sections[0].content.blocks,
            vec![para(
                true,
                vec![
                    m(
                        "web",
                        vec![
                            Mark::Bold,
                            Mark::Link {
                                href: "https://example.org/a?b=1&c=2".into()
                            }
                        ]
                    ),
                    text(" file inside "),
                    m(
                        "mail",
                        vec![
                            Mark::Italic,
                            Mark::Link {
                                href: "mailto:a@example.org".into()
                            }
                        ]
                    ),
                    text(" "),
                    m(
                        "simple",
                        vec![Mark::Link {
                            href: "https://example.org/s".into()
                        }]
                    ),
                    Inline::Footnote {
                        content: vec![text("First note, second paragraph.")]
                    },
                    Inline::Footnote {
                        content: vec![text("An endnote.")]
                    },
                    text(" underx\ty"),
                    Inline::HardBreak,
                    text("z"),
                ]
            )]
        );
        for code in [
            "endnotes",
            "page_breaks",
            "hidden_text",
            "formatting",
            "internal_links",
            "links_not_allowed",
        ] {
            assert!(codes(&notices).contains(&code), "{code}: {notices:?}");
        }
        assert!(message(&notices, "links_not_allowed").contains("file:///C:/secret.doc"));
        assert!(message(&notices, "formatting").contains("underline (1)"));
    }

    #[test]
    fn tables_merged_and_nested_cells_and_what_cannot_come_across() {
        let tc = |inner: &str| format!("<w:tc>{inner}</w:tc>");
        let wide = format!(
            r#"<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>{}{}</w:tc>"#,
            p("", &r("wide")),
            p("", &r("two lines"))
        );
        let nested = tc(&format!(
            "<w:tbl><w:tr>{}</w:tr></w:tbl>{}",
            tc(&p("", &r("inner"))),
            p("", "")
        ));
        let merged = format!(
            r#"<w:tc><w:tcPr><w:vMerge/></w:tcPr>{}</w:tc>"#,
            p("", &r("gone"))
        );
        let body = [
            p("TOC1", &r("Contents ........ 1")),
            format!(
                r#"<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>{}{}</w:tr><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>"#,
                tc(&p("", &r("A"))),
                tc(&p("", &r("B"))),
                wide,
                nested,
                merged,
                tc(&p("", &r("z"))),
            ),
            p(
                "",
                r#"<w:r><w:drawing/></w:r><w:r><w:t>After a picture.</w:t></w:r><m:oMath/>"#,
            ),
        ]
        .concat();
        let (sub, notices) = import(&body);
        let c = |header: bool, content: Vec<Inline>| TableCell { header, content };
        assert_eq!(
            sub.sections[0].content.blocks,
            vec![
                Block::Table {
                    rows: vec![
                        TableRow {
                            cells: vec![c(true, vec![text("A")]), c(true, vec![text("B")])]
                        },
                        TableRow {
                            cells: vec![
                                c(
                                    false,
                                    vec![text("wide"), Inline::HardBreak, text("two lines")]
                                ),
                                c(false, vec![text("inner")]),
                            ]
                        },
                        TableRow {
                            cells: vec![c(false, vec![]), c(false, vec![text("z")])]
                        },
                    ]
                },
                para(true, vec![text("After a picture.")]),
            ]
        );
        for code in [
            "table_of_contents",
            "merged_cells",
            "nested_tables",
            "drawings",
            "equations",
        ] {
            assert!(codes(&notices).contains(&code), "{code}: {notices:?}");
        }
    }

    #[test]
    fn a_footnote_in_a_section_heading_and_a_long_heading_are_reported() {
        let long = "L".repeat(250);
        let body = [
            p(
                "Berschrift1",
                &format!(
                    r#"{}<w:r><w:footnoteReference w:id="1"/></w:r>"#,
                    r("Housing")
                ),
            ),
            p("", &r("Text.")),
            p("Berschrift1", &r(&long)),
            p("", &r("More.")),
        ]
        .concat();
        let (sub, notices) = import(&body);
        assert_eq!(sub.sections[0].title, "Housing");
        assert!(message(&notices, "heading_footnote").contains("First note, second paragraph."));
        assert_eq!(sub.sections[1].title.chars().count(), TITLE_MAX);
        assert_eq!(
            sub.sections[1].content.blocks[0],
            para(false, vec![text(&long)])
        );
        assert!(codes(&notices).contains(&"long_heading"));
    }

    #[test]
    fn hostile_and_broken_files_are_refused_plainly() {
        let err = |bytes: &[u8]| match parse_bytes(bytes) {
            Err(e) if e.kind() == "import" => e.to_string(),
            other => panic!("expected an import error, got {other:?}"),
        };
        assert!(err(b"plain text").contains("not a Word (.docx) file"));
        assert!(err(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).contains(".doc"));
        assert!(err(b"PK\x03\x04 broken").contains("damaged"));
        // No document part.
        let no_doc = zip_of(&[("word/styles.xml", "<x/>".into())]);
        assert!(err(&no_doc).contains("no word/document.xml"));
        // Malformed XML, and a DTD (entity expansion).
        let bad = zip_of(&[("word/document.xml", "<w:document><w:body>".into())]);
        assert!(err(&bad).contains("cannot be read"));
        let dtd = zip_of(&[(
            "word/document.xml",
            r#"<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>"#.into(),
        )]);
        assert!(err(&dtd).contains("document type"));
        // A part that unpacks beyond the limit (a zip bomb: a few kilobytes packed).
        let bomb = zip_of(&[(
            "word/document.xml",
            " ".repeat(MAX_PART_BYTES as usize + 10),
        )]);
        assert!(bomb.len() < 200_000);
        assert!(err(&bomb).contains("larger than"));
        // Too many entries.
        let many: Vec<(String, String)> = (0..MAX_ENTRIES + 1)
            .map(|i| (format!("x/{i}"), String::new()))
            .collect();
        let refs: Vec<(&str, String)> = many.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
        assert!(err(&zip_of(&refs)).contains("entries"));
        // No text at all.
        assert!(err(&docx(&p("", ""), "", "")).contains("no text"));
        // Too large a file.
        assert!(err(&vec![b'P'; MAX_FILE_BYTES + 1]).contains("too large"));
    }

    #[test]
    fn the_page_number_of_an_export_is_not_reported_as_lost() {
        for line in [
            "Page 3 of 8",
            "Page 3 sur 12",
            "Página 3 de 8",
            "الصفحة 3 من 8",
            "Страница 3 из 8",
            "第 3 页，共 8 页",
        ] {
            assert!(is_page_number(line), "{line}");
        }
        for line in [
            "Draft - do not circulate",
            "Page 3 of 8 Draft",
            "GE.25-02819",
        ] {
            assert!(!is_page_number(line), "{line}");
        }
    }

    #[test]
    fn headers_and_footers_with_text_are_reported() {
        let mut parts = Vec::new();
        let rel = format!(
            r#"<Relationship Id="rIdH" Type="{T}header" Target="header1.xml"/><Relationship Id="rIdFt" Type="{T}footer" Target="footer1.xml"/>"#
        );
        let bytes = docx(&p("", &r("Body.")), "", &rel);
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        for i in 0..z.len() {
            let mut f = z.by_index(i).unwrap();
            let mut s = String::new();
            std::io::Read::read_to_string(&mut f, &mut s).unwrap();
            parts.push((f.name().to_string(), s));
        }
        parts.push((
            "word/header1.xml".into(),
            format!(r#"<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>Draft - do not circulate</w:t></w:r></w:p></w:hdr>"#),
        ));
        parts.push((
            "word/footer1.xml".into(),
            format!(r#"<w:ftr xmlns:w="{W}"><w:p><w:r><w:t>12</w:t></w:r></w:p></w:ftr>"#),
        ));
        let refs: Vec<(&str, String)> =
            parts.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
        let (_, notices) = parse_bytes(&zip_of(&refs)).unwrap();
        assert!(message(&notices, "headers_footers").contains("Draft - do not circulate"));
        assert!(!message(&notices, "headers_footers").contains("12"));
    }

    #[test]
    fn targets_resolve_against_their_part() {
        assert_eq!(resolve_target("word", "media/a.png"), "word/media/a.png");
        assert_eq!(
            resolve_target("word", "../customXml/x.xml"),
            "customXml/x.xml"
        );
        assert_eq!(resolve_target("", "word/document.xml"), "word/document.xml");
        assert_eq!(
            resolve_target("word", "/word/styles.xml"),
            "word/styles.xml"
        );
    }

    #[test]
    fn citations_come_back_from_their_text() {
        let mut out = Vec::new();
        push_citation(&mut out, "A/HRC/59/15");
        push_citation(&mut out, ", para. 140.7");
        assert_eq!(
            out,
            vec![Inline::Citation {
                symbol: "A/HRC/59/15".into(),
                paragraph: Some("140.7".into())
            }]
        );
    }

    #[test]
    fn trimming_keeps_inner_space() {
        let mut v = vec![Inline::text("  a b "), Inline::HardBreak];
        trim(&mut v);
        assert_eq!(v, vec![Inline::text("a b")]);
    }

    #[test]
    fn field_links_are_read() {
        let mut r = Reader {
            styles: Styles::default(),
            numbering: Numbering::default(),
            rels: Rels::default(),
            footnotes: HashMap::new(),
            endnotes: HashMap::new(),
            footnote_rels: Rels::default(),
            endnote_rels: Rels::default(),
            found: Found::default(),
            fields: Vec::new(),
            notes_read: HashMap::new(),
            copied: 0,
            over: None,
        };
        assert_eq!(
            r.field_link(" HYPERLINK \"https://example.org/a\" \\o \"tip\""),
            Some("https://example.org/a".into())
        );
        assert_eq!(r.field_link("HYPERLINK \\l \"_Toc1\""), None);
        assert_eq!(r.field_link("HYPERLINK \"file:///c:/x.doc\""), None);
        assert_eq!(r.found.internal_links, 1);
        assert_eq!(r.found.other_links, vec!["file:///c:/x.doc".to_string()]);
        assert_eq!(r.field_link("PAGE"), None);
    }
}

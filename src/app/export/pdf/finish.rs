//! What printpdf cannot write, added to its document with lopdf before saving:
//!
//! - the **outline** as a tree in document order (printpdf's is flat, sorted by page and title,
//!   and lands on the top of the page), each entry landing on its heading;
//! - **links** with no border and the print flag (printpdf's default border is cyan);
//! - `/Lang`, `/PageMode /UseOutlines` as a name, `/DisplayDocTitle`, version 1.7;
//! - the **document information** with the submission's real dates, without printpdf's empty
//!   `/GTS_PDFXVersion` (which makes viewers call the file PDF/X);
//! - font names with their **subset tag** (`ABCDEF+NotoSerif-Regular`);
//! - a file **/ID** derived from the content, so that the same submission gives the same bytes.

use super::layout::OutlineEntry;
use super::paint::{fault, Fonts};
use super::tags::{self, Annotation, Marks};
use crate::Result;
use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};

/// A link to draw: page, rectangle (PDF coordinates), target.
pub struct LinkArea {
    pub page: usize,
    /// The line on its page and the first glyph of the link's run on it (see `tags::Part`).
    pub line: usize,
    pub glyph: usize,
    pub rect: [f32; 4],
    pub href: String,
}

pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: String,
    /// BCP 47 language tag.
    pub language: String,
    /// PDF dates (`D:20261127093000Z`).
    pub created: String,
    pub modified: String,
    /// Stable identity of the content (a hash of the input).
    pub id: [u8; 16],
}

impl Meta {
    /// The logo's alternative text in the tagged PDF: the city's name, which reads the same in
    /// every language the document may be in.
    pub fn logo_alt(&self) -> String {
        if self.author.trim().is_empty() {
            "Logo".into()
        } else {
            self.author.clone()
        }
    }
}

const PRODUCER: &str = "CityRights (printpdf 0.12, lopdf)";

pub fn finish(
    mut doc: Document,
    meta: &Meta,
    fonts: &Fonts,
    outline: &[OutlineEntry],
    links: &[LinkArea],
    page_height: f32,
    marks: Marks,
) -> Result<Vec<u8>> {
    doc.version = "1.7".into();
    let pages: Vec<ObjectId> = doc.get_pages().values().copied().collect();
    let lo = |e: lopdf::Error| fault(format!("the PDF structure could not be finished ({e})"));

    // Fonts: the subset tag on the font names.
    rename_fonts(&mut doc, &pages, fonts).map_err(lo)?;

    // Pages: no empty shading dictionaries; links.
    let mut annotations = Vec::new();
    for (n, page_id) in pages.iter().enumerate() {
        let mut annots = Vec::new();
        for l in links.iter().filter(|l| l.page == n) {
            let mut action = Dictionary::new();
            action.set("S", Object::Name(b"URI".to_vec()));
            action.set(
                "URI",
                Object::String(l.href.as_bytes().to_vec(), StringFormat::Literal),
            );
            let mut a = Dictionary::new();
            a.set("Type", Object::Name(b"Annot".to_vec()));
            a.set("Subtype", Object::Name(b"Link".to_vec()));
            a.set(
                "Rect",
                Object::Array(l.rect.iter().map(|v| Object::Real(*v)).collect()),
            );
            a.set("Border", Object::Array(vec![0.into(), 0.into(), 0.into()]));
            a.set("F", Object::Integer(4));
            a.set("A", Object::Dictionary(action));
            // What the link says, for assistive technology (PDF/UA asks for /Contents).
            a.set("Contents", text(&l.href));
            let id = doc.add_object(Object::Dictionary(a));
            annots.push(Object::Reference(id));
            annotations.push(Annotation {
                page: n,
                line: l.line,
                glyph: l.glyph,
                id,
            });
        }
        let page = doc.get_dictionary_mut(*page_id).map_err(lo)?;
        if !annots.is_empty() {
            page.set("Annots", Object::Array(annots));
        }
        if let Ok(Object::Dictionary(res)) = page.get_mut(b"Resources") {
            let empty = matches!(res.get(b"Shading"), Ok(Object::Dictionary(d)) if d.is_empty());
            if empty {
                res.remove(b"Shading");
            }
        }
    }

    // The structure tree (tagged PDF), its parent tree and the XMP metadata.
    let about = tags::About {
        title: &meta.title,
        language: &meta.language,
        author: &meta.author,
        producer: PRODUCER,
    };
    tags::write(&mut doc, &pages, marks, &annotations, &about).map_err(lo)?;

    // The outline.
    let outline_root = if outline.is_empty() {
        None
    } else {
        Some(build_outline(&mut doc, &pages, outline, page_height))
    };

    // Catalog.
    let catalog = doc.catalog_mut().map_err(lo)?;
    catalog.set("Lang", text(&meta.language));
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    match outline_root {
        Some(root) => {
            catalog.set("Outlines", Object::Reference(root));
            catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        }
        None => {
            catalog.remove(b"Outlines");
            catalog.set("PageMode", Object::Name(b"UseNone".to_vec()));
        }
    }

    // Document information.
    let mut info = Dictionary::new();
    info.set("Title", text(&meta.title));
    info.set("Author", text(&meta.author));
    info.set("Subject", text(&meta.subject));
    if !meta.keywords.is_empty() {
        info.set("Keywords", text(&meta.keywords));
    }
    info.set("Creator", text("CityRights"));
    info.set("Producer", text(PRODUCER));
    info.set(
        "CreationDate",
        Object::String(meta.created.as_bytes().to_vec(), StringFormat::Literal),
    );
    info.set(
        "ModDate",
        Object::String(meta.modified.as_bytes().to_vec(), StringFormat::Literal),
    );
    // printpdf's own Info dictionary is replaced in place (no orphan object to prune).
    let info_id = match doc.trailer.get(b"Info").and_then(|o| o.as_reference()) {
        Ok(id) => {
            doc.objects.insert(id, Object::Dictionary(info));
            id
        }
        Err(_) => doc.add_object(Object::Dictionary(info)),
    };
    doc.trailer.set("Info", Object::Reference(info_id));
    let id = Object::String(meta.id.to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));

    compress(&mut doc);
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .map_err(|e| fault(format!("the PDF could not be written ({e})")))?;
    Ok(out)
}

/// Below this many bytes of streams to compress, one thread does it all: starting (and waking)
/// a second thread cost this VM 1–3 ms, more than compressing a UPR-length submission's quarter
/// of a megabyte takes, and the second thread's heap took one more 2 MB huge page to clear.
/// Measured on 2026-12-07 (`perf stat`, 4 × 80 alternating runs of the benchmark's CLI export):
/// UPR length 15.3–17.5 ms on one thread against 16.9–19.4 ms on two; the 20,000-word report
/// (over a megabyte) stays faster on two.
const TWO_THREAD_COMPRESSION_MIN_BYTES: usize = 512 * 1024;

/// Compresses every stream not compressed yet, at zlib's level 4: lopdf's own `compress` uses
/// the best level (9), which took a fifth of an export's time to save a few kilobytes of font
/// subsets. Measured on the 2,815-word benchmark: level 9 54 KB, 4 58 KB, 2 67 KB, 1 85 KB.
///
/// One compressor per thread, reset between streams: a new one per stream set up (and zeroed)
/// a third of a megabyte of tables each time, which was 3% of an export's instructions and
/// most of the fresh memory the kernel had to clear (callgrind and perf, Dec 2026).
fn compress(doc: &mut Document) {
    use flate2::{Compress, Compression, FlushCompress, Status};
    let mut streams: Vec<&mut lopdf::Stream> = doc
        .objects
        .values_mut()
        .filter_map(|o| match o {
            Object::Stream(s) if s.dict.get(b"Filter").is_err() && s.allows_compression => Some(s),
            _ => None,
        })
        .collect();
    let squeeze_all = |streams: &mut [&mut lopdf::Stream]| {
        let mut zlib = Compress::new(Compression::new(4), true);
        for stream in streams.iter_mut() {
            zlib.reset();
            // Room for what is worth keeping only: a stream that does not shrink by more than
            // the filter's own bytes stays as it is (so "not enough room" means "not worth it").
            let room = stream.content.len().saturating_sub(19);
            let mut compressed = Vec::with_capacity(room);
            let done = zlib.compress_vec(&stream.content, &mut compressed, FlushCompress::Finish);
            if matches!(done, Ok(Status::StreamEnd)) && compressed.len() < room {
                stream
                    .dict
                    .set("Filter", Object::Name(b"FlateDecode".to_vec()));
                stream.set_content(compressed);
            }
        }
    };
    // Two halves on two threads when there is enough to compress (the machines this runs on
    // have two cores or more); each stream is compressed on its own, so the bytes are the same
    // either way.
    let total: usize = streams.iter().map(|s| s.content.len()).sum();
    if total < TWO_THREAD_COMPRESSION_MIN_BYTES {
        squeeze_all(&mut streams);
        return;
    }
    let half = streams.len() / 2;
    let (first, second) = streams.split_at_mut(half);
    std::thread::scope(|scope| {
        scope.spawn(|| squeeze_all(first));
        squeeze_all(second);
    });
}

/// A PDF text string: PDFDocEncoding for ASCII, UTF-16BE with a byte-order mark otherwise.
pub(super) fn text(s: &str) -> Object {
    if s.is_ascii() {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in s.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

fn rename_fonts(doc: &mut Document, pages: &[ObjectId], fonts: &Fonts) -> lopdf::Result<()> {
    // Resource name (the FontId printpdf was given) → font dictionary.
    let mut targets: Vec<(ObjectId, String)> = Vec::new();
    for page_id in pages {
        let page = doc.get_dictionary(*page_id)?;
        let res = match page.get(b"Resources") {
            Ok(Object::Reference(r)) => doc.get_dictionary(*r)?,
            Ok(Object::Dictionary(d)) => d,
            _ => continue,
        };
        let font_dict = match res.get(b"Font") {
            Ok(Object::Reference(r)) => doc.get_dictionary(*r)?,
            Ok(Object::Dictionary(d)) => d,
            _ => continue,
        };
        for (name, obj) in font_dict.iter() {
            if let (Object::Reference(r), Some(f)) = (
                obj,
                fonts
                    .values()
                    .find(|f| f.id.0.as_bytes() == name.as_slice()),
            ) {
                if !targets.iter().any(|(id, _)| id == r) {
                    targets.push((*r, f.name.clone()));
                }
            }
        }
    }
    for (font_id, name) in targets {
        let base = Object::Name(name.as_bytes().to_vec());
        let descendants = {
            let f = doc.get_dictionary_mut(font_id)?;
            f.set("BaseFont", base.clone());
            f.get(b"DescendantFonts").cloned().ok()
        };
        let descendant = match descendants {
            Some(Object::Array(a)) => a.first().and_then(|o| o.as_reference().ok()),
            Some(Object::Reference(r)) => match doc.get_object(r)? {
                Object::Array(a) => a.first().and_then(|o| o.as_reference().ok()),
                _ => None,
            },
            _ => None,
        };
        if let Some(d) = descendant {
            let descriptor = {
                let cid = doc.get_dictionary_mut(d)?;
                cid.set("BaseFont", base.clone());
                cid.get(b"FontDescriptor")
                    .and_then(|o| o.as_reference())
                    .ok()
            };
            if let Some(fd) = descriptor {
                doc.get_dictionary_mut(fd)?.set("FontName", base);
            }
        }
    }
    Ok(())
}

/// The outline as a tree: each entry is the child of the nearest entry before it with a lower
/// level; each lands on its heading (`/XYZ` at the heading's top).
fn build_outline(
    doc: &mut Document,
    pages: &[ObjectId],
    entries: &[OutlineEntry],
    page_height: f32,
) -> ObjectId {
    let root = doc.new_object_id();
    let ids: Vec<ObjectId> = entries.iter().map(|_| doc.new_object_id()).collect();
    // Parent of each entry (None: the root).
    let mut parent: Vec<Option<usize>> = Vec::with_capacity(entries.len());
    let mut stack: Vec<usize> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        while let Some(&top) = stack.last() {
            if entries[top].level < e.level {
                break;
            }
            stack.pop();
        }
        parent.push(stack.last().copied());
        stack.push(i);
    }
    let children = |p: Option<usize>| -> Vec<usize> {
        (0..entries.len()).filter(|i| parent[*i] == p).collect()
    };
    // Number of descendants, for /Count (open entries count all of theirs).
    let mut descendants = vec![0i64; entries.len()];
    for i in (0..entries.len()).rev() {
        if let Some(p) = parent[i] {
            descendants[p] += 1 + descendants[i];
        }
    }
    for (i, e) in entries.iter().enumerate() {
        let siblings = children(parent[i]);
        let pos = siblings.iter().position(|s| *s == i).unwrap_or(0);
        let kids = children(Some(i));
        let mut d = Dictionary::new();
        d.set("Title", text(&e.title));
        d.set(
            "Parent",
            Object::Reference(parent[i].map(|p| ids[p]).unwrap_or(root)),
        );
        if pos > 0 {
            d.set("Prev", Object::Reference(ids[siblings[pos - 1]]));
        }
        if let Some(next) = siblings.get(pos + 1) {
            d.set("Next", Object::Reference(ids[*next]));
        }
        if let (Some(first), Some(last)) = (kids.first(), kids.last()) {
            d.set("First", Object::Reference(ids[*first]));
            d.set("Last", Object::Reference(ids[*last]));
            d.set("Count", Object::Integer(descendants[i]));
        }
        if let Some(page) = pages.get(e.page) {
            d.set(
                "Dest",
                Object::Array(vec![
                    Object::Reference(*page),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Real(page_height - e.top + 4.0),
                    Object::Null,
                ]),
            );
        }
        doc.objects.insert(ids[i], Object::Dictionary(d));
    }
    let top = children(None);
    let mut r = Dictionary::new();
    r.set("Type", Object::Name(b"Outlines".to_vec()));
    if let (Some(first), Some(last)) = (top.first(), top.last()) {
        r.set("First", Object::Reference(ids[*first]));
        r.set("Last", Object::Reference(ids[*last]));
    }
    r.set("Count", Object::Integer(entries.len() as i64));
    doc.objects.insert(root, Object::Dictionary(r));
    root
}

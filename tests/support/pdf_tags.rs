//! The tagged PDF read back with lopdf, as a screen reader reads it: the catalog's entries, the
//! structure tree in order with the text of each element (decoded through the fonts' ToUnicode
//! maps), and every piece of page content checked to be in exactly one marked-content
//! sequence that belongs to one structure element, or in an artifact.

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::{BTreeMap, HashMap};

/// An element of the structure tree, depth first.
#[derive(Debug, Clone)]
pub struct Element {
    pub role: String,
    pub depth: usize,
    /// Text of the element and everything under it, in tree order.
    pub text: String,
    pub dict: Dictionary,
}

pub struct Tagged {
    /// Elements in reading order (depth first).
    pub elements: Vec<Element>,
    /// Text in the tree's order, notes left out (they are read where they are called).
    pub reading: String,
    /// The text of each note, in tree order.
    pub notes: Vec<String>,
    /// Text shown inside artifacts (page numbers).
    pub artifacts: Vec<String>,
}

/// What encloses a text-showing operator.
#[derive(Clone, Copy, PartialEq)]
enum Mc {
    Artifact,
    Mcid(i64),
    Other,
}

fn name(o: &Object) -> String {
    String::from_utf8_lossy(o.as_name().unwrap_or(b"?")).into_owned()
}

/// Reads `bytes` and checks the invariants every tagged export must hold; panics with `what`
/// and the reason otherwise.
pub fn read(bytes: &[u8], what: &str) -> Tagged {
    let doc = Document::load_mem(bytes).unwrap();
    let catalog = doc.catalog().unwrap().clone();
    let mark_info = catalog.get(b"MarkInfo").unwrap().as_dict().unwrap();
    assert!(
        mark_info.get(b"Marked").unwrap().as_bool().unwrap(),
        "{what}: /MarkInfo /Marked is not true"
    );
    assert!(
        !catalog.get(b"Lang").unwrap().as_str().unwrap().is_empty(),
        "{what}: no /Lang"
    );
    let prefs = catalog
        .get(b"ViewerPreferences")
        .unwrap()
        .as_dict()
        .unwrap();
    assert!(prefs.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());
    let xmp = doc
        .get_object(catalog.get(b"Metadata").unwrap().as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    let xmp = String::from_utf8(xmp.get_plain_content().unwrap()).unwrap();
    assert!(
        xmp.contains("<pdfuaid:part>1</pdfuaid:part>"),
        "{what}: no PDF/UA identification in XMP"
    );
    assert!(xmp.contains("<dc:title>"), "{what}: no dc:title in XMP");

    let pages: Vec<ObjectId> = doc.get_pages().values().copied().collect();
    let page_index: HashMap<ObjectId, usize> =
        pages.iter().enumerate().map(|(i, p)| (*p, i)).collect();

    // Page content: the text of every MCID, and what shows outside one.
    let mut mcid_text: BTreeMap<(usize, i64), String> = BTreeMap::new();
    // Replacement text of a sequence (a right-to-left run): what a reader gets instead.
    let mut actual: HashMap<(usize, i64), String> = HashMap::new();
    let mut artifacts = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        let fonts = doc.get_page_fonts(*page).unwrap();
        let mut encodings = HashMap::new();
        for (res, font) in &fonts {
            assert!(
                font.get(b"ToUnicode").is_ok(),
                "{what}: font {} has no ToUnicode map",
                String::from_utf8_lossy(res)
            );
            encodings.insert(res.clone(), font.get_font_encoding(&doc).unwrap());
        }
        let content = Content::decode(&doc.get_page_content(*page)).unwrap();
        let mut stack: Vec<Mc> = Vec::new();
        let mut font: Vec<u8> = Vec::new();
        let page_dict = doc.get_dictionary(*page).unwrap();
        for op in &content.operations {
            match op.operator.as_str() {
                "BMC" => stack.push(if name(&op.operands[0]) == "Artifact" {
                    Mc::Artifact
                } else {
                    Mc::Other
                }),
                "BDC" => {
                    let tag = name(&op.operands[0]);
                    let props = op.operands.get(1).and_then(|p| p.as_dict().ok());
                    let mcid = props
                        .and_then(|d| d.get(b"MCID").ok())
                        .and_then(|m| m.as_i64().ok());
                    if let (Some(m), Some(t)) =
                        (mcid, props.and_then(|d| d.get(b"ActualText").ok()))
                    {
                        actual.insert((n, m), lopdf::decode_text_string(t).unwrap());
                    }
                    stack.push(match (tag.as_str(), mcid) {
                        ("Artifact", _) => Mc::Artifact,
                        (_, Some(m)) => Mc::Mcid(m),
                        _ => Mc::Other,
                    });
                }
                "EMC" => {
                    assert!(stack.pop().is_some(), "{what}: EMC without BDC/BMC");
                }
                "Tf" => font = op.operands[0].as_name().unwrap().to_vec(),
                "Tj" | "TJ" | "Do" | "S" | "f" => {
                    let mcids: Vec<i64> = stack
                        .iter()
                        .filter_map(|m| match m {
                            Mc::Mcid(m) => Some(*m),
                            _ => None,
                        })
                        .collect();
                    let artifact = stack.contains(&Mc::Artifact);
                    assert!(
                        (mcids.len() == 1 && !artifact) || (mcids.is_empty() && artifact),
                        "{what}: page {} shows `{}` inside {} marked-content ids (artifact: \
                         {artifact})",
                        n + 1,
                        op.operator,
                        mcids.len()
                    );
                    let mut shown = String::new();
                    if op.operator == "Tj" || op.operator == "TJ" {
                        let enc = &encodings[&font];
                        let strings: Vec<&Object> = if op.operator == "TJ" {
                            op.operands[0].as_array().unwrap().iter().collect()
                        } else {
                            vec![&op.operands[0]]
                        };
                        for s in strings {
                            if let Object::String(b, _) = s {
                                shown.push_str(&Document::decode_text(enc, b).unwrap());
                            }
                        }
                    }
                    match mcids.first() {
                        Some(m) => mcid_text.entry((n, *m)).or_default().push_str(&shown),
                        None => artifacts.push(shown),
                    }
                }
                _ => {}
            }
        }
        assert!(stack.is_empty(), "{what}: page {}: unclosed BDC", n + 1);
        for (key, t) in actual.drain() {
            mcid_text.insert(key, t);
        }
        if mcid_text.keys().any(|(p, _)| *p == n) {
            assert_eq!(
                page_dict.get(b"StructParents").unwrap().as_i64().unwrap(),
                n as i64,
                "{what}: page {} has no /StructParents",
                n + 1
            );
        }
    }

    // The structure tree, depth first.
    let root = doc
        .get_dictionary(
            catalog
                .get(b"StructTreeRoot")
                .unwrap()
                .as_reference()
                .unwrap(),
        )
        .unwrap()
        .clone();
    let parent_tree = doc
        .get_dictionary(root.get(b"ParentTree").unwrap().as_reference().unwrap())
        .unwrap();
    let nums = parent_tree.get(b"Nums").unwrap().as_array().unwrap();
    let mut parents: HashMap<i64, Object> = HashMap::new();
    for pair in nums.chunks(2) {
        parents.insert(pair[0].as_i64().unwrap(), pair[1].clone());
    }
    let mut walk = Walk {
        doc: &doc,
        page_index: &page_index,
        mcid_text: &mcid_text,
        seen: HashMap::new(),
        elements: Vec::new(),
        reading: String::new(),
        notes: Vec::new(),
        annots: Vec::new(),
    };
    let kids = match root.get(b"K").unwrap() {
        Object::Array(a) => a.clone(),
        o => vec![o.clone()],
    };
    for k in &kids {
        walk.element(k.as_reference().unwrap(), 0, false);
    }
    let Walk {
        seen,
        elements,
        reading,
        notes,
        annots,
        ..
    } = walk;
    // Every MCID on the pages belongs to exactly one element, and the parent tree says which.
    for ((page, mcid), text) in &mcid_text {
        let owner = seen.get(&(*page, *mcid)).unwrap_or_else(|| {
            panic!(
                "{what}: page {} MCID {mcid} (“{text}”) is in no structure element",
                page + 1
            )
        });
        let listed = parents[&(*page as i64)].as_array().unwrap()[*mcid as usize]
            .as_reference()
            .unwrap();
        assert_eq!(
            listed,
            *owner,
            "{what}: the parent tree misplaces page {} MCID {mcid}",
            page + 1
        );
    }
    assert_eq!(
        seen.len(),
        mcid_text.len(),
        "{what}: the tree names MCIDs the pages do not have"
    );
    // Link annotations: a /StructParent leading to the Link element that holds them.
    for (n, page) in pages.iter().enumerate() {
        let p = doc.get_dictionary(*page).unwrap();
        if let Ok(list) = p.get(b"Annots") {
            assert_eq!(
                p.get(b"Tabs").unwrap().as_name().unwrap(),
                b"S",
                "{what}: page {} has annotations but no /Tabs /S",
                n + 1
            );
            for a in list.as_array().unwrap() {
                let id = a.as_reference().unwrap();
                let annot = doc.get_dictionary(id).unwrap();
                assert!(
                    annot.get(b"Contents").is_ok(),
                    "{what}: link without /Contents"
                );
                let key = annot.get(b"StructParent").unwrap().as_i64().unwrap();
                let elem = parents[&key].as_reference().unwrap();
                assert!(
                    annots.contains(&(id, elem)),
                    "{what}: annotation {id:?} is not an OBJR of its Link element"
                );
            }
        }
    }
    Tagged {
        elements,
        reading,
        notes,
        artifacts,
    }
}

struct Walk<'a> {
    doc: &'a Document,
    page_index: &'a HashMap<ObjectId, usize>,
    mcid_text: &'a BTreeMap<(usize, i64), String>,
    seen: HashMap<(usize, i64), ObjectId>,
    elements: Vec<Element>,
    reading: String,
    notes: Vec<String>,
    /// (annotation, Link element) pairs found as OBJR.
    annots: Vec<(ObjectId, ObjectId)>,
}

impl Walk<'_> {
    /// Visits an element; returns its text.
    fn element(&mut self, id: ObjectId, depth: usize, in_note: bool) -> String {
        let dict = self.doc.get_dictionary(id).unwrap().clone();
        assert_eq!(dict.get(b"Type").unwrap().as_name().unwrap(), b"StructElem");
        let role = name(dict.get(b"S").unwrap());
        let index = self.elements.len();
        self.elements.push(Element {
            role: role.clone(),
            depth,
            text: String::new(),
            dict: dict.clone(),
        });
        let pg = dict
            .get(b"Pg")
            .ok()
            .and_then(|p| p.as_reference().ok())
            .map(|p| self.page_index[&p]);
        let kids = match dict.get(b"K") {
            Ok(Object::Array(a)) => a.clone(),
            Ok(o) => vec![o.clone()],
            Err(_) => Vec::new(),
        };
        let note = role == "Note";
        let mut text = String::new();
        for k in kids {
            match k {
                Object::Integer(m) => {
                    text.push_str(&self.mcid(pg.unwrap(), m, id, in_note || note))
                }
                Object::Reference(r) => text.push_str(&self.element(r, depth + 1, in_note || note)),
                Object::Dictionary(d) => match d.get(b"Type").unwrap().as_name().unwrap() {
                    b"MCR" => {
                        let p = self.page_index[&d.get(b"Pg").unwrap().as_reference().unwrap()];
                        let m = d.get(b"MCID").unwrap().as_i64().unwrap();
                        text.push_str(&self.mcid(p, m, id, in_note || note));
                    }
                    b"OBJR" => {
                        assert_eq!(role, "Link", "an OBJR outside a Link");
                        self.annots
                            .push((d.get(b"Obj").unwrap().as_reference().unwrap(), id));
                    }
                    other => panic!("unknown kid {}", String::from_utf8_lossy(other)),
                },
                other => panic!("unknown kid {other:?}"),
            }
        }
        if note {
            self.notes.push(text.clone());
        }
        self.elements[index].text = text.clone();
        text
    }

    fn mcid(&mut self, page: usize, mcid: i64, owner: ObjectId, in_note: bool) -> String {
        assert!(
            self.seen.insert((page, mcid), owner).is_none(),
            "page {} MCID {mcid} is in two structure elements",
            page + 1
        );
        let t = self
            .mcid_text
            .get(&(page, mcid))
            .cloned()
            .unwrap_or_default();
        if !in_note {
            self.reading.push_str(&t);
        }
        t
    }
}

impl Tagged {
    /// Roles of the elements, in order.
    pub fn roles(&self) -> Vec<&str> {
        self.elements.iter().map(|e| e.role.as_str()).collect()
    }

    pub fn count(&self, role: &str) -> usize {
        self.elements.iter().filter(|e| e.role == role).count()
    }

    /// The element's children, in order.
    pub fn children(&self, index: usize) -> Vec<usize> {
        let depth = self.elements[index].depth;
        self.elements[index + 1..]
            .iter()
            .enumerate()
            .take_while(|(_, e)| e.depth > depth)
            .filter(|(_, e)| e.depth == depth + 1)
            .map(|(i, _)| index + 1 + i)
            .collect()
    }
}

/// Text without spaces or hyphens (line breaks and hyphenation differ between the two sides).
fn bare(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{ad}')
        .collect()
}

#[derive(Default)]
struct Table {
    /// Page of the last box seen, and whether only repeated header cells were seen on it.
    page: usize,
    at_top: bool,
    /// The first row's cells: column (x) and first line.
    first_row: Vec<(i64, String)>,
    first_done: bool,
    /// The cell being read in each column (None: a repeated header cell).
    current: HashMap<i64, Option<usize>>,
}

/// The tree reads the body in the order the layout set it (each list or paragraph number
/// before its text, a table header row repeated on a new page read once), and each note
/// whole, with its number, in the order of the calls.
pub fn assert_reading_order(
    t: &Tagged,
    report: &cityrights::export::pdf::LayoutReport,
    what: &str,
) {
    use cityrights::export::pdf::BoxKind;
    let mut body: Vec<String> = Vec::new();
    let mut tables: HashMap<usize, Table> = HashMap::new();
    let mut notes: BTreeMap<usize, String> = BTreeMap::new();
    for b in &report.boxes {
        match b.kind {
            BoxKind::Title
            | BoxKind::FrontMatter
            | BoxKind::Heading
            | BoxKind::Paragraph
            | BoxKind::ListItem
            | BoxKind::Quote => body.push(b.text.clone()),
            BoxKind::TableCell => {
                // A cell is read whole, even when its row continues on the next page; the
                // header row repeated at the top of a page is not read again.
                let t = tables.entry(b.block).or_insert_with(|| Table {
                    page: b.page,
                    ..Default::default()
                });
                let x = (b.x * 10.0).round() as i64;
                if b.page != t.page {
                    t.page = b.page;
                    t.at_top = true;
                }
                if b.line == 0 {
                    if t.first_row.iter().any(|(c, _)| *c == x) {
                        t.first_done = true;
                    }
                    if !t.first_done {
                        t.first_row.push((x, b.text.clone()));
                    }
                    let repeat = t.at_top && t.first_row.contains(&(x, b.text.clone()));
                    t.at_top = repeat;
                    if repeat {
                        t.current.insert(x, None);
                    } else {
                        body.push(b.text.clone());
                        t.current.insert(x, Some(body.len() - 1));
                    }
                } else {
                    t.at_top = false;
                    if let Some(Some(i)) = t.current.get(&x) {
                        body[*i].push_str(&b.text);
                    }
                }
            }
            BoxKind::Label => {
                let at = body.len().saturating_sub(1);
                body.insert(at, b.text.clone());
            }
            BoxKind::Footnote => {
                let n = notes.entry(b.block).or_insert_with(|| b.block.to_string());
                n.push_str(&b.text);
            }
            BoxKind::FootnoteSeparator | BoxKind::PageNumber | BoxKind::Logo | BoxKind::Chart => {}
        }
    }
    let want = bare(&body.concat());
    let got = bare(&t.reading);
    if want != got {
        let at = want
            .chars()
            .zip(got.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let from = at.saturating_sub(40);
        panic!(
            "{what}: the structure tree reads out of order at character {at}:\n layout: …{}\n tree:   …{}",
            want.chars().skip(from).take(120).collect::<String>(),
            got.chars().skip(from).take(120).collect::<String>()
        );
    }
    let want_notes: Vec<String> = notes.values().map(|n| bare(n)).collect();
    let got_notes: Vec<String> = t.notes.iter().map(|n| bare(n)).collect();
    assert_eq!(got_notes, want_notes, "{what}: notes");
    // Each note follows the Reference that calls it, whose text is its number.
    for (i, e) in t.elements.iter().enumerate() {
        if e.role != "Note" {
            continue;
        }
        let id = e.dict.get(b"ID").unwrap().as_str().unwrap();
        assert!(id.starts_with(b"note-"), "{what}: note without /ID");
        let before = t.elements[..i]
            .iter()
            .rev()
            .find(|p| p.depth == e.depth)
            .unwrap_or_else(|| panic!("{what}: a note with no reference before it"));
        assert_eq!(
            before.role, "Reference",
            "{what}: a note not after its call"
        );
        assert!(
            e.text.starts_with(before.text.trim()),
            "{what}: note “{}” after call “{}”",
            e.text,
            before.text
        );
    }
}

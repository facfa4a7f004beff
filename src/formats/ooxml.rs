//! The small XML tree that the Word export and the Word import share.
//!
//! A .docx file is a zip of XML parts (Office Open XML). The export builds its parts with
//! `docx-rs` and then corrects them here (see `export::docx::finish`); the import reads the parts
//! of a file someone sent. Both need the same thing: a part as a tree of elements whose names are
//! resolved to their namespace, so that `w:p` is recognised whatever prefix a producer chose
//! (Word writes `w:`, but the prefix is the producer's choice, and "Strict" Open XML documents
//! use other namespace names for the same elements).
//!
//! Parsing is for untrusted input: a document type declaration (the door to entity expansion,
//! "billion laughs") is refused, and the number of elements and their depth are capped by
//! [`Limits`], so a hostile part cannot exhaust memory or the stack of the recursive walks over
//! the tree. Text and attribute values are kept unescaped and escaped again when written.

use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use quick_xml::{NsReader, XmlVersion};

/// The namespaces the export and the import look at; everything else is [`Ns::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ns {
    /// WordprocessingML, the main namespace (`w:`), Transitional or Strict.
    W,
    /// Relationships inside a part (`r:id`), Transitional or Strict.
    R,
    /// Markup compatibility (`mc:AlternateContent`).
    Mc,
    /// Office Math (`m:oMath`).
    M,
    /// Word 2010 extensions (`w14:paraId`).
    W14,
    /// Package relationships (the `.rels` parts).
    PackageRels,
    /// `xmlns` declarations themselves.
    Xmlns,
    /// The `xml:` prefix (`xml:space`).
    Xml,
    /// No namespace (attributes of package relationships, for example).
    None,
    Other,
}

impl Ns {
    fn from_uri(uri: &[u8]) -> Ns {
        match uri {
            b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            | b"http://purl.oclc.org/ooxml/wordprocessingml/main" => Ns::W,
            b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
            | b"http://purl.oclc.org/ooxml/officeDocument/relationships" => Ns::R,
            b"http://schemas.openxmlformats.org/markup-compatibility/2006" => Ns::Mc,
            b"http://schemas.openxmlformats.org/officeDocument/2006/math"
            | b"http://purl.oclc.org/ooxml/officeDocument/math" => Ns::M,
            b"http://schemas.microsoft.com/office/word/2010/wordml" => Ns::W14,
            b"http://schemas.openxmlformats.org/package/2006/relationships" => Ns::PackageRels,
            b"http://www.w3.org/2000/xmlns/" => Ns::Xmlns,
            b"http://www.w3.org/XML/1998/namespace" => Ns::Xml,
            _ => Ns::Other,
        }
    }
}

/// An attribute: its name as written, its namespace and its unescaped value.
#[derive(Debug, Clone, PartialEq)]
pub struct Attr {
    pub qname: String,
    pub ns: Ns,
    pub value: String,
}

impl Attr {
    /// The name without its prefix.
    pub fn local(&self) -> &str {
        local_of(&self.qname)
    }
}

/// An element: its name as written (prefix included, so that writing it back keeps the
/// producer's prefixes and their declarations valid), its namespace, attributes and children.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub qname: String,
    pub ns: Ns,
    pub attrs: Vec<Attr>,
    pub children: Vec<Node>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    /// Character data, unescaped.
    Text(String),
}

fn local_of(qname: &str) -> &str {
    qname.rsplit_once(':').map_or(qname, |(_, l)| l)
}

impl Element {
    /// A new WordprocessingML element `w:{local}` (for parts whose `w` prefix is declared).
    pub fn w(local: &str) -> Element {
        Element {
            qname: format!("w:{local}"),
            ns: Ns::W,
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    /// Adds the WordprocessingML attribute `w:{local}`.
    pub fn with_w_attr(mut self, local: &str, value: &str) -> Element {
        self.attrs.push(Attr {
            qname: format!("w:{local}"),
            ns: Ns::W,
            value: value.to_string(),
        });
        self
    }

    pub fn with_child(mut self, child: Element) -> Element {
        self.children.push(Node::Element(child));
        self
    }

    /// The name without its prefix.
    pub fn local(&self) -> &str {
        local_of(&self.qname)
    }

    /// Whether this is the element `local` of namespace `ns`.
    pub fn is(&self, ns: Ns, local: &str) -> bool {
        self.ns == ns && self.local() == local
    }

    /// The value of the attribute `local` of namespace `ns`.
    pub fn attr(&self, ns: Ns, local: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.ns == ns && a.local() == local)
            .map(|a| a.value.as_str())
    }

    /// The value of a WordprocessingML attribute (`w:val`, `w:id`...).
    pub fn w_attr(&self, local: &str) -> Option<&str> {
        self.attr(Ns::W, local)
    }

    /// The child elements, in order.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// The first child element `local` of namespace `ns`.
    pub fn child(&self, ns: Ns, local: &str) -> Option<&Element> {
        self.elements().find(|e| e.is(ns, local))
    }

    /// The first WordprocessingML child `w:{local}`.
    pub fn w_child(&self, local: &str) -> Option<&Element> {
        self.child(Ns::W, local)
    }

    /// The first WordprocessingML child `w:{local}`, mutably.
    pub fn w_child_mut(&mut self, local: &str) -> Option<&mut Element> {
        self.children.iter_mut().find_map(|n| match n {
            Node::Element(e) if e.is(Ns::W, local) => Some(e),
            _ => None,
        })
    }

    /// The text directly inside this element (its text children joined).
    pub fn text(&self) -> String {
        let mut s = String::new();
        for n in &self.children {
            if let Node::Text(t) = n {
                s.push_str(t);
            }
        }
        s
    }

    /// Whether a WordprocessingML on/off property (`<w:b/>`, `<w:b w:val="0"/>`) is on.
    pub fn is_on(&self) -> bool {
        !matches!(self.w_attr("val"), Some("0" | "false" | "off" | "none"))
    }

    /// Calls `f` on this element and every element below it, parents first.
    pub fn walk_mut(&mut self, f: &mut impl FnMut(&mut Element)) {
        f(self);
        for n in &mut self.children {
            if let Node::Element(e) = n {
                e.walk_mut(f);
            }
        }
    }

    /// Calls `f` on this element and every element below it, parents first.
    pub fn walk(&self, f: &mut impl FnMut(&Element)) {
        f(self);
        for e in self.elements() {
            e.walk(f);
        }
    }
}

/// How much of a part the parser accepts.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Most elements in the part.
    pub max_elements: usize,
    /// Deepest nesting of elements.
    pub max_depth: usize,
}

impl Limits {
    /// For parts the export itself wrote: generous, since the input is ours.
    pub const TRUSTED: Limits = Limits {
        max_elements: usize::MAX,
        max_depth: 10_000,
    };
}

/// Parses a part into its root element. The error is a plain sentence (without the part's
/// name, which the caller adds).
pub fn parse(xml: &str, limits: Limits) -> Result<Element, String> {
    let xml = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    let mut reader = NsReader::from_str(xml);
    reader.config_mut().expand_empty_elements = false;
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let mut count = 0usize;
    let at = |reader: &NsReader<&[u8]>| reader.buffer_position();
    loop {
        let (ns, event) = reader
            .read_resolved_event()
            .map_err(|e| format!("it is not well-formed XML ({e})"))?;
        let ns = match ns {
            ResolveResult::Bound(n) => Ns::from_uri(n.as_ref()),
            ResolveResult::Unbound => Ns::None,
            ResolveResult::Unknown(_) => Ns::Other,
        };
        match event {
            Event::Start(ref start) | Event::Empty(ref start) => {
                count += 1;
                if count > limits.max_elements {
                    return Err(format!(
                        "it has more than {} XML elements, far more than any submission",
                        limits.max_elements
                    ));
                }
                if stack.len() >= limits.max_depth {
                    return Err(format!(
                        "it nests XML elements more than {} levels deep",
                        limits.max_depth
                    ));
                }
                let qname = std::str::from_utf8(start.name().as_ref())
                    .map_err(|_| "an element name is not UTF-8".to_string())?
                    .to_string();
                let mut attrs = Vec::new();
                for a in start.attributes() {
                    let a = a.map_err(|e| {
                        format!("an attribute is malformed near byte {} ({e})", at(&reader))
                    })?;
                    let key = std::str::from_utf8(a.key.as_ref())
                        .map_err(|_| "an attribute name is not UTF-8".to_string())?
                        .to_string();
                    let ans = if key == "xmlns" || key.starts_with("xmlns:") {
                        Ns::Xmlns
                    } else if key.contains(':') {
                        match reader.resolver().resolve_attribute(a.key).0 {
                            ResolveResult::Bound(n) => Ns::from_uri(n.as_ref()),
                            _ => Ns::Other,
                        }
                    } else {
                        Ns::None
                    };
                    let value = a
                        .decoded_and_normalized_value(XmlVersion::Implicit1_0, reader.decoder())
                        .map_err(|e| format!("an attribute value is malformed ({e})"))?
                        .into_owned();
                    attrs.push(Attr {
                        qname: key,
                        ns: ans,
                        value,
                    });
                }
                let el = Element {
                    qname,
                    ns,
                    attrs,
                    children: Vec::new(),
                };
                if matches!(event, Event::Start(_)) {
                    stack.push(el);
                } else {
                    attach(el, &mut stack, &mut root)?;
                }
            }
            Event::End(_) => {
                let el = stack
                    .pop()
                    .ok_or_else(|| "it closes an element it never opened".to_string())?;
                attach(el, &mut stack, &mut root)?;
            }
            Event::Text(t) => {
                let s = t
                    .xml10_content()
                    .map_err(|e| format!("its text is not valid ({e})"))?;
                push_text(&mut stack, &s);
            }
            Event::CData(t) => {
                let s = std::str::from_utf8(&t)
                    .map_err(|_| "its text is not UTF-8".to_string())?
                    .to_string();
                push_text(&mut stack, &s);
            }
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => match &*r {
                        b"amp" => "&".into(),
                        b"lt" => "<".into(),
                        b"gt" => ">".into(),
                        b"quot" => "\"".into(),
                        b"apos" => "'".into(),
                        other => {
                            return Err(format!(
                                "it uses the undefined entity &{};",
                                String::from_utf8_lossy(other)
                            ))
                        }
                    },
                    Err(e) => return Err(format!("it has a bad character reference ({e})")),
                };
                push_text(&mut stack, &c);
            }
            Event::DocType(_) => {
                return Err(
                    "it declares a document type, which Word files never do (and which can hide \
                     entity expansion)"
                        .into(),
                )
            }
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            Event::Eof => break,
        }
    }
    if !stack.is_empty() {
        return Err("it ends before all its elements are closed".into());
    }
    root.ok_or_else(|| "it holds no XML element".into())
}

fn push_text(stack: &mut [Element], s: &str) {
    // Text outside the root element can only be whitespace in well-formed XML.
    if let Some(top) = stack.last_mut() {
        if let Some(Node::Text(prev)) = top.children.last_mut() {
            prev.push_str(s);
        } else {
            top.children.push(Node::Text(s.to_string()));
        }
    }
}

fn attach(el: Element, stack: &mut [Element], root: &mut Option<Element>) -> Result<(), String> {
    match stack.last_mut() {
        Some(parent) => parent.children.push(Node::Element(el)),
        None if root.is_none() => *root = Some(el),
        None => return Err("it has more than one root element".into()),
    }
    Ok(())
}

/// Writes a part: the XML declaration Word writes, then the tree.
pub fn to_xml(root: &Element) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
    write_element(root, &mut out);
    out
}

fn write_element(e: &Element, out: &mut String) {
    out.push('<');
    out.push_str(&e.qname);
    for a in &e.attrs {
        out.push(' ');
        out.push_str(&a.qname);
        out.push_str("=\"");
        escape_into(&a.value, true, out);
        out.push('"');
    }
    if e.children.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push('>');
    for n in &e.children {
        match n {
            Node::Element(c) => write_element(c, out),
            Node::Text(t) => escape_into(t, false, out),
        }
    }
    out.push_str("</");
    out.push_str(&e.qname);
    out.push('>');
}

fn escape_into(s: &str, attr: bool, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\n' if attr => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' if attr => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
}

/// Whether a character may appear in an XML 1.0 document. Text from the editor or a pasted
/// source can hold control characters that XML forbids; a part with one is refused by Word.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    #[test]
    fn names_resolve_whatever_the_prefix() {
        let xml = format!(
            r#"<x:document xmlns:x="{W}"><x:body><x:p><x:r><x:t xml:space="preserve"> a &amp; b &#233;</x:t></x:r></x:p></x:body></x:document>"#
        );
        let root = parse(&xml, Limits::TRUSTED).unwrap();
        assert!(root.is(Ns::W, "document"));
        let t = root
            .w_child("body")
            .and_then(|b| b.w_child("p"))
            .and_then(|p| p.w_child("r"))
            .and_then(|r| r.w_child("t"))
            .unwrap();
        assert_eq!(t.text(), " a & b é");
        assert_eq!(t.attr(Ns::Xml, "space"), Some("preserve"));
    }

    #[test]
    fn strict_namespace_is_the_same_vocabulary() {
        let xml = r#"<w:p xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"/>"#;
        assert!(parse(xml, Limits::TRUSTED).unwrap().is(Ns::W, "p"));
    }

    #[test]
    fn doctype_and_entities_are_refused() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><a>&lol;</a>"#;
        assert!(parse(bomb, Limits::TRUSTED)
            .unwrap_err()
            .contains("document type"));
        assert!(parse("<a>&lol;</a>", Limits::TRUSTED)
            .unwrap_err()
            .contains("undefined entity"));
    }

    #[test]
    fn limits_are_enforced() {
        let deep = "<a>".repeat(50) + &"</a>".repeat(50);
        let l = Limits {
            max_elements: 1000,
            max_depth: 10,
        };
        assert!(parse(&deep, l).unwrap_err().contains("levels deep"));
        let wide = format!("<a>{}</a>", "<b/>".repeat(2000));
        assert!(parse(&wide, l).unwrap_err().contains("more than 1000"));
    }

    #[test]
    fn malformed_xml_is_a_plain_error() {
        assert!(parse("<a><b></a>", Limits::TRUSTED).is_err());
        assert!(parse("<a>", Limits::TRUSTED).is_err());
        assert!(parse("", Limits::TRUSTED).is_err());
    }

    #[test]
    fn writing_escapes_and_keeps_prefixes() {
        let xml = format!(r#"<w:p xmlns:w="{W}" w:x="&quot;q&quot;"><w:t>a &lt; b</w:t></w:p>"#);
        let root = parse(&xml, Limits::TRUSTED).unwrap();
        let out = to_xml(&root);
        assert!(out.ends_with(&xml));
        assert_eq!(parse(&out, Limits::TRUSTED).unwrap(), root);
    }

    #[test]
    fn xml_chars() {
        assert!(is_xml_char('a') && is_xml_char('\n') && is_xml_char('中'));
        assert!(!is_xml_char('\u{1}') && !is_xml_char('\u{FFFF}') && !is_xml_char('\u{B}'));
    }
}

/// The style ids CityRights' Word files use: the export writes them and the import recognises
/// them (so that a file exported by CityRights comes back as the same content tree).
pub(crate) mod style {
    pub const TITLE: &str = "Title";
    pub const FRONT_MATTER: &str = "FrontMatter";
    pub const NUMBERED: &str = "NumberedParagraph";
    pub const UNNUMBERED: &str = "UnnumberedParagraph";
    pub const QUOTE: &str = "Quote";
    pub const LIST_BULLET: &str = "ListBullet";
    pub const LIST_NUMBER: &str = "ListNumber";
    /// "List Continue", "List Continue 2"…: later paragraphs of a list item, by depth.
    pub const LIST_CONTINUE: &str = "ListContinue";
    pub const TABLE_HEADING: &str = "TableHeading";
    pub const TABLE_CONTENTS: &str = "TableContents";
    pub const FOOTNOTE_TEXT: &str = "FootnoteText";
    pub const FOOTNOTE_REFERENCE: &str = "FootnoteReference";
    pub const HYPERLINK: &str = "Hyperlink";
    pub const CITATION: &str = "Citation";
    pub const FOOTER: &str = "Footer";

    /// The id of the heading style of `level` (1 = section titles).
    pub fn heading(level: usize) -> String {
        format!("Heading{}", level.clamp(1, 6))
    }
}

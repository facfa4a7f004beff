//! Text from outside reduced to safe plain text.
//!
//! Every importer of recommendations passes what it read through here. The UHRI export's
//! `Text` holds HTML (paragraph and line-break tags, entities, sometimes links), report text
//! comes out of PDFs with control characters and odd spaces, Word and CSV cells may hold
//! anything. What comes out is plain text: no tags, no entities, no control characters, single
//! spaces — so nothing that arrives through an import can be markup in the app or a formula in
//! a spreadsheet (the CSV export escapes what would be), and the search index sees words.

/// Elements whose content is never text a person reads: dropped with their content.
const DROPPED_ELEMENTS: [&str; 5] = ["script", "style", "head", "template", "noscript"];

/// Elements that end a line of text (a paragraph, a list item, a table row).
const BLOCK_ELEMENTS: [&str; 16] = [
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "blockquote",
    "hr",
];

/// HTML reduced to plain text: tags removed (block elements become line breaks), the content
/// of `<script>`, `<style>` and the like dropped, entities decoded, then [`clean`]ed.
///
/// It is deliberately not an HTML parser: the input is a paragraph of an OHCHR document, and
/// the only aim is that no markup survives. A `<` that does not start a tag (a letter, `/` or
/// `!` must follow) stays as text, as browsers read it.
pub fn from_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut dropping: Option<&'static str> = None;
    while let Some(lt) = rest.find('<') {
        let (text, after) = rest.split_at(lt);
        if dropping.is_none() {
            out.push_str(text);
        }
        let tag_body = &after[1..];
        let starts_tag = tag_body
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!' || c == '?');
        if !starts_tag {
            if dropping.is_none() {
                out.push('<');
            }
            rest = tag_body;
            continue;
        }
        // A comment runs to "-->", any other tag to the next ">".
        let (tag, next) = if tag_body.starts_with("!--") {
            match tag_body.find("-->") {
                Some(end) => (&tag_body[..end], &tag_body[end + 3..]),
                None => (tag_body, ""),
            }
        } else {
            match tag_body.find('>') {
                Some(end) => (&tag_body[..end], &tag_body[end + 1..]),
                None => (tag_body, ""),
            }
        };
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match dropping {
            Some(d) => {
                if closing && name == d {
                    dropping = None;
                }
            }
            None => {
                if let Some(d) = DROPPED_ELEMENTS.iter().find(|d| **d == name) {
                    if !closing && !tag.ends_with('/') {
                        dropping = Some(d);
                    }
                } else if BLOCK_ELEMENTS.contains(&name.as_str()) {
                    out.push('\n');
                } else if name == "td" || name == "th" {
                    out.push(' ');
                }
            }
        }
        rest = next;
    }
    if dropping.is_none() {
        out.push_str(rest);
    }
    // Tags say where lines end; the empty lines between block elements mean nothing.
    clean(&decode_entities(&out)).replace("\n\n", "\n")
}

/// Plain text made tidy and safe: control characters (other than line breaks) removed, every
/// kind of space made a plain space, runs of spaces collapsed, lines trimmed, at most one
/// empty line in a row, no leading or trailing blank space.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_lines = 0;
    let mut first = true;
    for raw_line in text.split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{0c}']) {
        let line = one_line(raw_line);
        if line.is_empty() {
            blank_lines += 1;
            continue;
        }
        if !first {
            out.push_str(if blank_lines > 0 { "\n\n" } else { "\n" });
        }
        out.push_str(&line);
        blank_lines = 0;
        first = false;
    }
    out
}

/// One line of text: controls dropped, every space-like character a space, runs collapsed,
/// trimmed. Also used for short fields (a State's name, a theme) that must stay on one line.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{200b}' {
            space = true;
            continue;
        }
        if c.is_control() || is_invisible_format(c) {
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// Format characters that change how text is shown without being seen: bidirectional
/// overrides (which can make text read differently from what it is) and the byte order mark.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{200e}' | '\u{200f}')
}

/// Decodes HTML character references: the named ones that occur in UN text and every numeric
/// one. An unknown name stays as it was written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| decode_entity(&after[..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        // NUL and surrogates are not characters; they become the replacement character.
        return Some(
            char::from_u32(code)
                .filter(|c| *c != '\0')
                .unwrap_or('\u{fffd}'),
        );
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "middot" => '·',
        "deg" => '°',
        "euro" => '€',
        "copy" => '©',
        "reg" => '®',
        "shy" => '\u{ad}',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "aacute" => 'á',
        "agrave" => 'à',
        "acirc" => 'â',
        "ccedil" => 'ç',
        "iacute" => 'í',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "Eacute" => 'É',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_and_blocks_become_lines() {
        assert_eq!(
            from_html("<p>4.The Committee <b>urges</b> the State party:</p><ul><li>(a) to act;</li><li>(b) to report.</li></ul>"),
            "4.The Committee urges the State party:\n(a) to act;\n(b) to report."
        );
    }

    #[test]
    fn scripts_styles_and_comments_vanish_with_their_content() {
        assert_eq!(
            from_html("Ratify<script>alert('x')</script> the <!-- a <b>note</b> -->Protocol<style>p{}</style>"),
            "Ratify the Protocol"
        );
        assert_eq!(from_html("<img src=x onerror=alert(1)>Housing"), "Housing");
    }

    #[test]
    fn entities_are_decoded_once() {
        assert_eq!(
            from_html("Roma &amp; Sinti &lt;b&gt; C&#244;te d&#x27;Ivoire&nbsp;now"),
            "Roma & Sinti <b> Côte d'Ivoire now"
        );
        assert_eq!(decode_entities("&amp;lt;"), "&lt;");
        assert_eq!(
            decode_entities("AT&T &unknown; &#0;"),
            "AT&T &unknown; \u{fffd}"
        );
    }

    #[test]
    fn a_lone_less_than_sign_is_text() {
        assert_eq!(
            from_html("fewer than 5 < 7 persons"),
            "fewer than 5 < 7 persons"
        );
    }

    #[test]
    fn controls_and_bidi_overrides_are_removed_and_spaces_collapsed() {
        assert_eq!(one_line("  a\u{7}b\u{202e}c \t\u{a0} d  "), "abc d");
        assert_eq!(clean("one\r\n\r\n\r\ntwo\n  three  "), "one\n\ntwo\nthree");
    }
}

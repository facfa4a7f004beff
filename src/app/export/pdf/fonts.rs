//! The fonts of the PDF export, and which one shows which character.
//!
//! The fonts are compiled into the program (`assets/fonts`, all under the SIL Open Font
//! License), so that a PDF looks the same whichever machine made it and no system font can
//! sneak in. One family per script: Noto Serif for Latin, Greek and Cyrillic (four styles),
//! Noto Naskh Arabic (regular and bold), Noto Serif SC for Chinese (regular only: bold is drawn
//! with a thin outline, see [`FontKey::fake_bold`]).
//!
//! A character is shown by the first font of its script's preference list that has a glyph
//! for it; a character no font has stops the export (see `text::MissingGlyphs`): an empty box
//! or a silently dropped letter in a document sent to the UN is worse than a clear message.

use rustybuzz::Face;
use std::sync::OnceLock;

/// A font of the export. The order is the order of the fonts in the PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontKey {
    Serif,
    SerifBold,
    SerifItalic,
    SerifBoldItalic,
    Naskh,
    NaskhBold,
    Cjk,
    /// Noto Serif SC drawn with a thin stroke: Chinese bold.
    CjkBold,
}

/// Bold and italic, as the content tree marks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Style {
    pub bold: bool,
    pub italic: bool,
}

impl FontKey {
    #[cfg(test)]
    pub const ALL: [FontKey; 8] = [
        FontKey::Serif,
        FontKey::SerifBold,
        FontKey::SerifItalic,
        FontKey::SerifBoldItalic,
        FontKey::Naskh,
        FontKey::NaskhBold,
        FontKey::Cjk,
        FontKey::CjkBold,
    ];

    /// The font file's bytes.
    fn bytes(self) -> &'static [u8] {
        match self {
            FontKey::Serif => include_bytes!("../../../../assets/fonts/NotoSerif-Regular.ttf"),
            FontKey::SerifBold => include_bytes!("../../../../assets/fonts/NotoSerif-Bold.ttf"),
            FontKey::SerifItalic => include_bytes!("../../../../assets/fonts/NotoSerif-Italic.ttf"),
            FontKey::SerifBoldItalic => {
                include_bytes!("../../../../assets/fonts/NotoSerif-BoldItalic.ttf")
            }
            FontKey::Naskh => {
                include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Regular.ttf")
            }
            FontKey::NaskhBold => {
                include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Bold.ttf")
            }
            FontKey::Cjk | FontKey::CjkBold => {
                include_bytes!("../../../../assets/fonts/NotoSerifSC-Regular.ttf")
            }
        }
    }

    /// The PostScript name written into the PDF (after the subset tag).
    pub fn postscript_name(self) -> &'static str {
        match self {
            FontKey::Serif => "NotoSerif-Regular",
            FontKey::SerifBold => "NotoSerif-Bold",
            FontKey::SerifItalic => "NotoSerif-Italic",
            FontKey::SerifBoldItalic => "NotoSerif-BoldItalic",
            FontKey::Naskh => "NotoNaskhArabic-Regular",
            FontKey::NaskhBold => "NotoNaskhArabic-Bold",
            FontKey::Cjk => "NotoSerifSC-Regular",
            FontKey::CjkBold => "NotoSerifSC-Regular,Bold",
        }
    }

    /// Whether bold is simulated by stroking the outline (there is no bold Chinese file).
    pub fn fake_bold(self) -> bool {
        self == FontKey::CjkBold
    }

    /// The parsed face, parsed once per process.
    pub fn face(self) -> Option<&'static Face<'static>> {
        static FACES: [OnceLock<Option<Face<'static>>>; 8] = [
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
        ];
        FACES[self as usize]
            .get_or_init(|| Face::from_slice(self.bytes(), 0))
            .as_ref()
    }

    /// The font program, for subsetting.
    pub fn program(self) -> &'static [u8] {
        self.bytes()
    }
}

/// The script family a character belongs to, for choosing its font.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Latin,
    Arabic,
    Cjk,
    /// Spaces, digits and punctuation shared by every script: they take the font of the text
    /// around them when it has the glyph.
    Common,
}

/// The family of a character (by Unicode block; enough for the six UN languages).
pub fn family(c: char) -> Family {
    // Asked for every character of the document: an ASCII one (most of a submission in four
    // of the six languages) is answered without the ranges below, none of which holds it.
    if c.is_ascii() {
        return if c.is_ascii_alphabetic() {
            Family::Latin
        } else {
            Family::Common
        };
    }
    match c as u32 {
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Family::Arabic
        }
        0x2E80..=0x2FDF
        | 0x3000..=0x303F
        | 0x3040..=0x30FF
        | 0x3100..=0x312F
        | 0x31A0..=0x31FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0xFF00..=0xFFEF
        | 0x20000..=0x3FFFF => Family::Cjk,
        _ if c.is_alphabetic() => Family::Latin,
        _ => Family::Common,
    }
}

/// The fonts to try for a character of `family` in `style`, best first.
pub fn preference(family: Family, style: Style) -> [FontKey; 3] {
    let serif = match (style.bold, style.italic) {
        (false, false) => FontKey::Serif,
        (true, false) => FontKey::SerifBold,
        (false, true) => FontKey::SerifItalic,
        (true, true) => FontKey::SerifBoldItalic,
    };
    let naskh = if style.bold {
        FontKey::NaskhBold
    } else {
        FontKey::Naskh
    };
    let cjk = if style.bold {
        FontKey::CjkBold
    } else {
        FontKey::Cjk
    };
    match family {
        Family::Arabic => [naskh, serif, cjk],
        Family::Cjk => [cjk, serif, naskh],
        Family::Latin | Family::Common => [serif, naskh, cjk],
    }
}

/// The characters whose answer [`has_glyph`] remembers: U+0000 to U+07FF (Latin, Greek,
/// Cyrillic, Arabic and the punctuation they share), which is nearly every character of a
/// submission in five of the six UN languages.
const REMEMBERED: usize = 0x800;

/// Whether `font` has a glyph for `c`.
///
/// Asked once or twice for every character of the document (its font is chosen character by
/// character), and a look-up in the font's `cmap` table was a twentieth of a whole export
/// (callgrind, Dec 2026): the answers for the common characters are remembered per font, in a
/// table that needs no allocation and no lock (0 unknown, 1 yes, 2 no).
pub fn has_glyph(font: FontKey, c: char) -> bool {
    use std::sync::atomic::{AtomicU8, Ordering};
    static KNOWN: [[AtomicU8; REMEMBERED]; 8] =
        [const { [const { AtomicU8::new(0) }; REMEMBERED] }; 8];
    let look_up = || font.face().and_then(|f| f.glyph_index(c)).is_some();
    let Some(slot) = KNOWN[font as usize].get(c as usize) else {
        return look_up();
    };
    match slot.load(Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => {
            let has = look_up();
            slot.store(if has { 1 } else { 2 }, Ordering::Relaxed);
            has
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_font_parses() {
        for key in FontKey::ALL {
            assert!(key.face().is_some(), "{key:?} does not parse");
        }
    }

    #[test]
    fn each_un_language_has_a_font_for_its_letters() {
        let style = Style::default();
        for (text, want) in [
            ("Égalité", FontKey::Serif),
            ("Право на жильё", FontKey::Serif),
            ("الحق في السكن", FontKey::Naskh),
            ("适足住房权", FontKey::Cjk),
        ] {
            for c in text.chars().filter(|c| !c.is_whitespace()) {
                let first = preference(family(c), style)
                    .into_iter()
                    .find(|f| has_glyph(*f, c));
                assert_eq!(first, Some(want), "{c:?} in {text}");
            }
        }
    }

    /// The ASCII shortcut gives what the general rule gives: letters Latin, the rest common.
    #[test]
    fn ascii_characters_take_the_family_of_the_general_rule() {
        for c in (0u8..=127).map(char::from) {
            let general = if c.is_alphabetic() {
                Family::Latin
            } else {
                Family::Common
            };
            assert_eq!(family(c), general, "{c:?}");
        }
        assert_eq!(family('é'), Family::Latin);
        assert_eq!(family('ж'), Family::Latin);
        assert_eq!(family('\u{00A0}'), Family::Common);
        assert_eq!(family('ب'), Family::Arabic);
        assert_eq!(family('权'), Family::Cjk);
    }

    #[test]
    fn a_character_no_font_has_is_found_missing() {
        // U+1F9A9 FLAMINGO: in none of the shipped fonts.
        assert!(!FontKey::ALL.iter().any(|f| has_glyph(*f, '\u{1F9A9}')));
    }
}

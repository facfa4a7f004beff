//! Paragraphs that bring a UN document symbol to every place of a justified line: the text
//! before a citation grows word by word across more than a line. Shared by `tests/pdf.rs` (our
//! layout) and `tests/citations.rs` (Word's layout, as LibreOffice does it).

#![allow(dead_code)]

use cityrights::document::symbol::EXAMPLES;
use cityrights::document::{Block, Inline};

/// What comes before the citation, a word more in each paragraph: longer than a line.
const WORDS: &str = "The city connected a thousand homes to the municipal water supply and \
    extended the sanitation network to informal settlements with the residents";

/// For each of the [`EXAMPLES`], one numbered paragraph per length of the text before it:
/// "… in 2025 (A/HRC/59/15, para. 140.212), as A/HRC/59/15 says." — the symbol cited, then
/// typed in the text. Returns the paragraphs and how often each symbol occurs in them.
pub fn sweep() -> (Vec<Block>, usize) {
    let words: Vec<&str> = WORDS.split_whitespace().collect();
    let mut blocks = Vec::new();
    for symbol in EXAMPLES {
        for n in 0..=words.len() {
            blocks.push(Block::Paragraph {
                numbered: true,
                content: vec![
                    Inline::text(format!("{} in 2025 (", words[..n].join(" "))),
                    Inline::Citation {
                        symbol: symbol.into(),
                        paragraph: Some("140.212".into()),
                    },
                    Inline::text(format!("), as {symbol} says.")),
                ],
            });
        }
    }
    (blocks, 2 * (words.len() + 1))
}

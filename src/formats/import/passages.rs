//! Passages in another language, as an imported file says them.
//!
//! A word processor records a language on nearly every run of text: the author's proofing
//! language, often a template's default that the author never chose (an English template typed
//! in French says `en-US` on every run, or `fr-FR` on every run with `en-US` in the defaults).
//! What a reader of the PDF needs is the exception: the German quotation inside an English
//! submission. So the importer first marks every run with the language the file gives it, and
//! then [`keep_other_languages`] keeps only the marks whose language differs from the text's
//! main language (by its primary subtag: `en-GB` inside `en-US` is the same language).
//!
//! The main language is the file's default language when a fair share of the letters is in it
//! (a short text may quote more German than it has English around it), and otherwise the
//! language most of the letters are in (the template's default that nobody typed in).

use crate::document::{Block, ImportedSection, Inline, Mark};
use std::collections::HashMap;

/// The file's default language is the main language when at least one letter in this many is in
/// it.
const DEFAULT_LANGUAGE_MIN_SHARE: usize = 5;

/// Keeps the language marks of the passages in a language other than the text's main one and
/// removes the others; runs left side by side with the same marks are joined again. `defaults`
/// are the file's default languages (a word processor has one per kind of script).
pub(crate) fn keep_other_languages(sections: &mut [ImportedSection], defaults: &[String]) {
    let mut letters: HashMap<String, usize> = HashMap::new();
    for section in sections.iter_mut() {
        blocks(&mut section.content.blocks, &mut |inlines| {
            for inline in inlines.iter() {
                if let Inline::Text { text, marks } = inline {
                    if let Some(lang) = language_of(marks) {
                        *letters.entry(primary(lang).to_string()).or_default() +=
                            text.chars().filter(|c| c.is_alphabetic()).count();
                    }
                }
            }
        });
    }
    let total: usize = letters.values().sum();
    let count = |lang: &str| letters.get(lang).copied().unwrap_or(0);
    // The default with the most letters, if it has its share; else the language with the most
    // letters. On a tie, the first by name, so that the same file always gives the same result.
    let most = |candidates: Vec<&str>| -> Option<String> {
        candidates
            .into_iter()
            .max_by(|a, b| count(a).cmp(&count(b)).then_with(|| b.cmp(a)))
            .map(str::to_string)
    };
    let main = most(defaults.iter().map(|d| primary(d)).collect())
        .filter(|d| count(d) > 0 && count(d) * DEFAULT_LANGUAGE_MIN_SHARE >= total)
        .or_else(|| most(letters.keys().map(String::as_str).collect()));
    for section in sections.iter_mut() {
        blocks(&mut section.content.blocks, &mut |inlines| {
            for inline in inlines.iter_mut() {
                if let Inline::Text { marks, .. } = inline {
                    marks.retain(|m| match m {
                        Mark::Language { lang } => Some(primary(lang)) != main.as_deref(),
                        _ => true,
                    });
                }
            }
            join_runs(inlines);
        });
    }
}

fn language_of(marks: &[Mark]) -> Option<&str> {
    marks.iter().find_map(|m| match m {
        Mark::Language { lang } => Some(lang.as_str()),
        _ => None,
    })
}

/// The primary language subtag, lower case as [`crate::document::language_tag`] writes it.
fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// Runs every list of inline content under `blocks` (footnotes included) through `f`.
fn blocks(blocks: &mut [Block], f: &mut impl FnMut(&mut Vec<Inline>)) {
    for block in blocks {
        match block {
            Block::Heading { content, .. } | Block::Paragraph { content, .. } => {
                inlines(content, f)
            }
            Block::BulletList { items } | Block::OrderedList { items } => {
                for item in items {
                    self::blocks(&mut item.blocks, f);
                }
            }
            Block::Quote { blocks } => self::blocks(blocks, f),
            Block::Table { rows } => {
                for cell in rows.iter_mut().flat_map(|r| r.cells.iter_mut()) {
                    inlines(&mut cell.content, f);
                }
            }
            Block::Chart { .. } => {}
        }
    }
}

fn inlines(content: &mut Vec<Inline>, f: &mut impl FnMut(&mut Vec<Inline>)) {
    for inline in content.iter_mut() {
        if let Inline::Footnote { content } = inline {
            inlines(content, f);
        }
    }
    f(content);
}

/// Joins neighbouring runs of text with the same marks into one.
fn join_runs(content: &mut Vec<Inline>) {
    let mut out: Vec<Inline> = Vec::with_capacity(content.len());
    for inline in content.drain(..) {
        if let (
            Inline::Text { text, marks },
            Some(Inline::Text {
                text: previous,
                marks: previous_marks,
            }),
        ) = (&inline, out.last_mut())
        {
            if marks == previous_marks {
                previous.push_str(text);
                continue;
            }
        }
        out.push(inline);
    }
    *content = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Content;

    fn run(text: &str, lang: Option<&str>) -> Inline {
        Inline::Text {
            text: text.into(),
            marks: lang
                .map(|l| Mark::Language { lang: l.into() })
                .into_iter()
                .collect(),
        }
    }

    fn section(content: Vec<Inline>) -> ImportedSection {
        ImportedSection {
            title: "Housing".into(),
            content: Content {
                blocks: vec![Block::Paragraph {
                    numbered: true,
                    content,
                }],
            },
        }
    }

    fn content(s: &ImportedSection) -> &[Inline] {
        match &s.content.blocks[0] {
            Block::Paragraph { content, .. } => content,
            _ => &[],
        }
    }

    #[test]
    fn the_main_language_is_unmarked_and_a_quotation_in_another_keeps_its_mark() {
        let mut s = vec![section(vec![
            run("The city guarantees the ", Some("en-US")),
            run("Recht auf Wohnen", Some("de-DE")),
            run(" to every resident, as the law says.", Some("en-GB")),
        ])];
        keep_other_languages(&mut s, &[]);
        assert_eq!(
            content(&s[0]),
            [
                run("The city guarantees the ", None),
                run("Recht auf Wohnen", Some("de-DE")),
                run(" to every resident, as the law says.", None),
            ]
        );
    }

    #[test]
    fn a_template_default_that_the_author_never_chose_is_not_the_main_language() {
        // Typed in French on an English template: every run says fr-FR, one says en-US.
        let mut s = vec![section(vec![
            run(
                "La ville garantit le droit au logement à chaque habitant ",
                Some("fr-FR"),
            ),
            run("(housing first)", Some("en-US")),
            run(".", Some("fr-FR")),
        ])];
        keep_other_languages(&mut s, &[]);
        assert_eq!(
            content(&s[0]),
            [
                run(
                    "La ville garantit le droit au logement à chaque habitant ",
                    None
                ),
                run("(housing first)", Some("en-US")),
                run(".", None),
            ]
        );
    }

    #[test]
    fn runs_left_with_the_same_marks_are_joined_and_footnotes_are_read_too() {
        let mut s = vec![section(vec![
            run("One ", Some("en-US")),
            run("two", Some("en-GB")),
            Inline::Footnote {
                content: vec![run("Siehe ", Some("de")), run("the law", Some("en"))],
            },
        ])];
        keep_other_languages(&mut s, &[]);
        assert_eq!(
            content(&s[0]),
            [
                run("One two", None),
                Inline::Footnote {
                    content: vec![run("Siehe ", Some("de")), run("the law", None)],
                },
            ]
        );
    }

    #[test]
    fn the_file_default_is_the_main_language_when_a_fair_share_is_in_it() {
        let text = || {
            vec![section(vec![
                run("The Basic Law opens with ", Some("en-GB")),
                run("Die Würde des Menschen ist unantastbar", Some("de")),
                run(".", Some("en-GB")),
            ])]
        };
        // More German than English: with no default, German is taken for the main language.
        let mut s = text();
        keep_other_languages(&mut s, &[]);
        assert_eq!(
            content(&s[0])[0],
            run("The Basic Law opens with ", Some("en-GB"))
        );
        // The file says English: English it is, and the quotation is the passage.
        let mut s = text();
        keep_other_languages(&mut s, &["en-GB".into(), "zh-CN".into(), "ar-SA".into()]);
        assert_eq!(
            content(&s[0]),
            [
                run("The Basic Law opens with ", None),
                run("Die Würde des Menschen ist unantastbar", Some("de")),
                run(".", None),
            ]
        );
        // A default hardly any letter is in (a template's) is not the main language.
        let french = "La ville garantit le droit au logement à chaque habitant, dans chaque \
                      quartier et sans condition ";
        let mut s = vec![section(vec![
            run(french, Some("fr-FR")),
            run("(housing first)", Some("en-US")),
        ])];
        keep_other_languages(&mut s, &["en-US".into()]);
        assert_eq!(
            content(&s[0]),
            [run(french, None), run("(housing first)", Some("en-US"))]
        );
    }

    #[test]
    fn text_with_no_language_stays_as_it_is() {
        let mut s = vec![section(vec![run("No language anywhere.", None)])];
        keep_other_languages(&mut s, &[]);
        assert_eq!(content(&s[0]), [run("No language anywhere.", None)]);
    }
}

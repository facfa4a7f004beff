// The passage languages the core has accepted in this session, so that a copy inside the app
// keeps its passages' languages when it is pasted.
//
// A paste is parsed synchronously, so the editor cannot ask the core whether a pasted tag is a
// language tag (the rule is the core's, `document::language_tag`, applied by the content gate on
// every save). What it can do is trust what the core already gave or checked: the tags of every
// section loaded from the core, and those the Language dialog applied (checked by the core or
// chosen from its list). A copy inside the app only ever holds such tags; a web page that imitates
// the editor's `data-passage-lang` with any other tag gains nothing but its plain text — the same
// way a pasted link or footnote is read back through validation (see paste.ts). Nothing here
// judges a tag's form, so no rule is copied from the core.
import type { Inline } from '../bindings/Inline';

const accepted = new Set<string>();

/** Remembers a tag the core gave or checked. */
export function acceptLanguage(tag: string): void {
  if (tag) accepted.add(tag);
}

/** Whether the core gave or checked `tag` in this session. */
export function isAcceptedLanguage(tag: string): boolean {
  return accepted.has(tag);
}

/**
 * Remembers the tags of every passage in `content`, a tree that came from the core (a section,
 * a revision): every `{ "type": "language", "lang": … }` mark, footnotes' included.
 */
export function acceptLanguagesOf(content: unknown): void {
  if (Array.isArray(content)) {
    for (const item of content) acceptLanguagesOf(item);
  } else if (typeof content === 'object' && content !== null) {
    const r = content as Record<string, unknown>;
    if (r.type === 'language' && typeof r.lang === 'string') acceptLanguage(r.lang);
    for (const value of Object.values(r)) acceptLanguagesOf(value);
  }
}

/** Inline content with the language marks of tags not accepted taken off (their text stays). */
export function withAcceptedLanguages(inlines: Inline[]): Inline[] {
  return inlines.map((i) =>
    i.type === 'text' && i.marks?.some((m) => m.type === 'language' && !isAcceptedLanguage(m.lang))
      ? { ...i, marks: i.marks.filter((m) => m.type !== 'language' || isAcceptedLanguage(m.lang)) }
      : i,
  );
}

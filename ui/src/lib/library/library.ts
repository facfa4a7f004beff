// Display helpers of the Library screen: how an entry is named and dated, which entries a filter
// shows, and in which order. The entries, their dates and whether they are verified come from
// the core; nothing here decides anything about them.
import type { LibraryEntry } from '../bindings/LibraryEntry';
import type { LibraryKind } from '../bindings/LibraryKind';
import { LIBRARY_KINDS } from '../bindings/enum_values';
import { locale, t } from '../i18n';

export type LibraryOrder = 'kind' | 'newest';

/** "A/HRC/30/49 — Role of local government…", or the title alone for a document without symbol. */
export function entryName(e: LibraryEntry): string {
  return e.symbol ? t('library.symbol_title', { symbol: e.symbol, title: e.title }) : e.title;
}

/** The symbol, or the title when there is none: what a link or a button names. */
export function entryShortName(e: LibraryEntry): string {
  return e.symbol ?? e.title;
}

/** "26 September 2013", "May 2016" or "2024", as precisely as the entry's date is known. */
export function formatEntryDate(date: string | null): string {
  if (!date) return t('library.date_unknown');
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const instant = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1), 12));
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(locale, {
    day: m[3] ? 'numeric' : undefined,
    month: m[2] ? 'long' : undefined,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(instant);
}

/** Whether every word of `query` is found (ignoring case) in the entry's symbol, title, author or summary. */
export function matches(e: LibraryEntry, query: string): boolean {
  const words = query.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [e.symbol ?? '', e.title, e.author, e.summary].join('\n').toLocaleLowerCase(locale);
  return words.every((w) => text.includes(w));
}

/** The entries of each kind, in the core's order of kinds (kinds without entries left out). */
export function byKind(entries: LibraryEntry[]): { kind: LibraryKind; entries: LibraryEntry[] }[] {
  return LIBRARY_KINDS.map((kind) => ({ kind, entries: entries.filter((e) => e.kind === kind) })).filter((g) => g.entries.length > 0);
}

/** Newest first; the core's dates are YYYY, YYYY-MM or YYYY-MM-DD, so their text sorts as they do; undated last. */
export function newestFirst(entries: LibraryEntry[]): LibraryEntry[] {
  return [...entries].sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  });
}

// Display formatting only: dates and times written for people, in the user's time zone.
// Nothing here decides anything — when a milestone falls due (`due`), and how many days are
// left (`days_left`), come from the core.
import type { CountPart } from './bindings/CountPart';
import type { MilestoneKind } from './bindings/MilestoneKind';
import type { WordBreakdown } from './bindings/WordBreakdown';
import { formatNumber, locale, t, tMaybe } from './i18n';

function safeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat(locale, { timeZone: tz });
    return tz;
  } catch {
    return 'UTC';
  }
}

function dateParts(instant: Date, tz: string, withYear: boolean): Record<string, string> {
  const parts = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: withYear ? 'numeric' : undefined,
    timeZone: safeZone(tz),
  }).formatToParts(instant);
  const out: Record<string, string> = {};
  for (const p of parts) out[p.type] = p.value;
  return out;
}

/**
 * Fluent's bidi isolation marks (FSI…PDI, added around each variable in a right-to-left
 * language) taken out of a date: its pieces are all in the interface's language, and a date
 * put inside another message is isolated again as a whole — where marks left inside would hide
 * every strong letter from the outer isolate, which then laid an Arabic date out left to right
 * (year first).
 */
const unisolated = (s: string) => s.replace(/[\u2068\u2069]/g, '');

/** "Tue 8 Dec 2026": the calendar day of `instant` in zone `tz`. */
export function formatDate(instant: Date, tz: string): string {
  const p = dateParts(instant, tz, true);
  return unisolated(t('meta.date', { weekday: p.weekday ?? '', day: p.day ?? '', month: p.month ?? '', year: p.year ?? '' }));
}

/** "Tue 8 Dec": a day without its year, in the catalogue's order (the calendar's week columns). */
export function formatDayMonth(instant: Date, tz: string): string {
  const p = dateParts(instant, tz, false);
  return unisolated(t('meta.day_month', { weekday: p.weekday ?? '', day: p.day ?? '', month: p.month ?? '' }));
}

/** "Tue": the weekday of `instant` in zone `tz`, shortened as the language does. */
export function formatWeekday(instant: Date, tz: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: safeZone(tz) }).format(instant);
}

/** "April 2027" for `YYYY-MM` (or a longer date): a month as the language writes it. */
export function formatMonth(ym: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(ym.trim());
  if (!m) return ym;
  const instant = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1, 12));
  if (Number.isNaN(instant.getTime())) return ym;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(instant);
}

/** "23:59": the wall-clock time of `instant` in zone `tz` (24-hour clock). */
export function formatTime(instant: Date, tz: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: safeZone(tz),
  }).format(instant);
}

/** A `YYYY-MM-DD` calendar date as "Tue 8 Dec 2026" (no zone involved); the raw text if it is not one. */
export function formatPlainDate(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd.trim());
  if (!m) return ymd;
  const instant = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  if (Number.isNaN(instant.getTime())) return ymd;
  return formatDate(instant, 'UTC');
}

/**
 * An RFC 3339 timestamp (e.g. when something was deleted) as date and time in zone `tz`, in one
 * `Intl` format: the language joins the day and the time its own way ("Fri, 27 Nov 2026, 10:30";
 * Arabic with its own comma "،"; Chinese with a space), where gluing two pieces with ", " put a
 * Latin comma into Arabic.
 */
export function formatTimestamp(rfc3339: string, tz: string): string {
  const instant = new Date(rfc3339);
  if (Number.isNaN(instant.getTime())) return rfc3339;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: safeZone(tz),
  }).format(instant);
}

/** "Geneva" for Europe/Zurich (where UN deadlines are set), otherwise the zone's city: "New York". */
export function zoneCity(tz: string): string {
  const named = tMaybe(`zone.${tz}`);
  if (named) return named;
  const last = tz.split('/').pop() ?? tz;
  return last.replace(/_/g, ' ');
}

/** What a dated item needs for display: when it falls due and in which zone it was set. */
export type Dated = { due: string; date: string; time: string | null; time_zone: string };

export type DueText = {
  /** The day, in the user's zone. */
  date: string;
  /** The time in the user's zone, or "end of day". */
  time: string;
  /** When the item's own zone differs from the user's: its time there, e.g. "23:59 Geneva time (Europe/Zurich)". */
  original: string | null;
};

/** How a milestone's due moment reads for a user in zone `userTz`. */
export function describeDue(item: Dated, userTz: string): DueText {
  const instant = new Date(item.due);
  const ownTime = item.time ?? t('time.end_of_day');
  if (Number.isNaN(instant.getTime())) {
    return { date: formatPlainDate(item.date), time: ownTime, original: null };
  }
  const sameZone = item.time_zone === userTz;
  const date = formatDate(instant, userTz);
  const time = item.time === null && sameZone ? t('time.end_of_day') : formatTime(instant, userTz);
  if (sameZone) return { date, time, original: null };
  const zone = t('time.zone_time', { city: zoneCity(item.time_zone) });
  const ownDate = formatPlainDate(item.date);
  const original =
    ownDate === date
      ? t('time.original', { time: ownTime, zone, tz: item.time_zone })
      : t('time.original_with_date', { date: ownDate, time: ownTime, zone, tz: item.time_zone });
  return { date, time, original };
}

/**
 * "today", "tomorrow", "in 5 days", "overdue by 2 days" (or "passed 2 days ago", for a past
 * milestone that is not a deadline any more), from whole days left as the core
 * counts them (0: due within 24 hours; negative: passed).
 */
export function daysLeftText(daysLeft: number, past: 'overdue' | 'passed' = 'overdue'): string {
  if (daysLeft >= 0) {
    if (daysLeft === 0) return t('days.today');
    if (daysLeft === 1) return t('days.tomorrow');
    return t('days.in', { n: daysLeft });
  }
  // Whole days since it passed (days_left is -1 for the first 24 hours after).
  const passed = -daysLeft - 1;
  if (past === 'passed') {
    if (passed === 0) return t('days.passed_today');
    return t('days.passed', { n: passed });
  }
  if (passed === 0) return t('days.overdue_today');
  return t('days.overdue', { n: passed });
}

/** A submission's words against its limit in lists: "2,410 / 2,815 words", or
 *  "2,410 words (limit not known)". Both figures come from the core. */
export function wordsAgainstLimit(s: { words: number; limit: number | null }): string {
  return s.limit === null
    ? t('common.words_no_limit', { words: s.words })
    : t('common.words_of_limit', { words: s.words, limit: s.limit });
}

/** Where a submission's words are, as the core counted them: "2,610 words: 12 title, 38 front
 *  matter, 50 headings, 2,420 text, 90 footnotes", in the core's order, parts without words left
 *  out; a part the rule does not count is named after "not counted". Every figure, the total
 *  included, comes from the core; numbers are written with Intl, the parts parted by the
 *  language's list separator (as the exports part theirs: Chinese "、"). Intl's "unit" lists
 *  put nothing between them in Chinese ("标题 18卷首部分 62"). */
export function wordBreakdown(b: WordBreakdown): string {
  const parts = (ps: CountPart[]) =>
    ps
      .filter((p) => b[p] > 0)
      .map((p) => t(`count_part.${p}`, { n: b[p] }))
      .join(t('core.list_separator'));
  const words = b.total;
  const counted = parts(b.counted);
  const excluded = parts(b.excluded);
  if (excluded) return t('drafting.count_breakdown_excluded', { words, parts: counted, excluded });
  return t('drafting.count_breakdown', { words, parts: counted });
}

/** A file's size for people: "640 kB", "2.3 MB" (at least 1 kB), in the language's unit words. */
export function formatSize(bytes: number): string {
  // Intl's unit names and their place ("408 ko" in French, "408 كيلوبايت" in Arabic), where a
  // Latin "KB" after Arabic digits was the only English left on the Backups screen.
  const size = (n: number, unit: 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024 * 1024) return size(Math.max(1, Math.round(bytes / 1024)), 'kilobyte');
  return size(Math.round((bytes / (1024 * 1024)) * 10) / 10, 'megabyte');
}

/** "Brazil, France" / "Brazil، France" / "Brazil、France": items of a list shown as the
    language separates them (the core's own separator, `core.list_separator`); numbers in the
    language's digits. */
export function formatList(items: readonly (string | number)[]): string {
  return items.map((i) => (typeof i === 'number' ? formatNumber(i) : i)).join(t('core.list_separator'));
}

/**
 * "Sat 12 Dec 2026, 11:00": a day and a time (or a day and how many days are left) joined as
 * the language joins them — the Arabic comma "،" in Arabic, a space in Chinese — where a Latin
 * ", " was glued between two Arabic pieces.
 */
export function dayAndTime(day: string, time: string): string {
  return `${day}${t('meta.separator')}${time}`;
}

/** What a milestone marks, in words: a State's step (the core's `by_state`) is a "State report",
    whatever its kind, so that it never reads as the city's own follow-up. */
export function milestoneKindText(m: { kind: MilestoneKind; by_state: boolean }): string {
  return m.by_state ? t('kind.state_report') : t(`kind.${m.kind}`);
}

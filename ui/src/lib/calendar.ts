import type { MessageKey } from './i18n';

// What a drag and drop on the calendar means. Only whole-day moves are made by dragging: the
// time of a deadline is typed in its form, in its own zone, never guessed from a pixel.

/** FullCalendar's `delta` of a drop. */
export type DropDelta = { years: number; months: number; days: number; milliseconds: number };

/**
 * - `none`: dropped where it was;
 * - `refuse`: moved to another time of day (or by months in a way that is not whole days);
 * - `ask`: an official date moved by whole days — the user confirms first;
 * - `move`: an internal milestone moved by whole days.
 */
export function dropDecision(delta: DropDelta, official: boolean): 'none' | 'refuse' | 'ask' | 'move' {
  if (delta.milliseconds !== 0 || delta.months !== 0 || delta.years !== 0) return 'refuse';
  if (delta.days === 0) return 'none';
  return official ? 'ask' : 'move';
}

/** How long a timed milestone (a moment) is drawn: FullCalendar's default, an hour. */
const MOMENT_MS = 60 * 60 * 1000;

/**
 * Where a timed milestone's block ends, as FullCalendar takes it (wall-clock time in the
 * calendar's zone, `YYYY-MM-DDTHH:MM:SS`): an hour after it, but never past the midnight that
 * ends its day. A deadline is a moment, not a span: left to FullCalendar's hour, one at 23:59
 * reached into the next day and the week view drew it a second time there, at 00:00 (and the
 * month view across two days). `undefined` for a start that is not a wall-clock time.
 */
export function momentEnd(start: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(start);
  if (!m) return undefined;
  const [y, mo, d, h, mi, se] = m.slice(1).map((n) => Number(n ?? 0)) as [number, number, number, number, number, number];
  const at = Date.UTC(y, mo - 1, d, h, mi, se);
  const midnight = Date.UTC(y, mo - 1, d + 1);
  return new Date(Math.min(at + MOMENT_MS, midnight)).toISOString().slice(0, 19);
}

/**
 * Whether a timed milestone's block ends at the midnight that ends its day (it starts in the
 * last hour: a UN deadline at 23:59). Such a block is an hour tall at most, a minute for 23:59,
 * and grown downwards to hold its words it ran past the foot of the day: it grows upwards from
 * that midnight instead (`.cr-day-end` in the calendar's styles).
 */
export function endsAtMidnight(start: string): boolean {
  return momentEnd(start)?.endsWith('T00:00:00') ?? false;
}

/**
 * The question before an official kind of milestone is moved, and its button: an estimate is
 * never called "an official date" (it is the app's estimate of one). `days` is the drop's
 * signed whole days; the question says how many, and whether earlier or later (a drag back
 * by three days read "Move it by -3 days" before).
 */
export function moveQuestion(
  isEstimate: boolean,
  days: number,
): { question: MessageKey; confirm: MessageKey; args: { days: number; direction: 'earlier' | 'later' } } {
  const args = { days: Math.abs(days), direction: days < 0 ? ('earlier' as const) : ('later' as const) };
  return isEstimate
    ? { question: 'calendar.move_estimate_question', confirm: 'calendar.move_estimate_confirm', args }
    : { question: 'calendar.move_official_question', confirm: 'calendar.move_official_confirm', args };
}

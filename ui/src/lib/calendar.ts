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

import { describe, expect, it } from 'vitest';
import { dropDecision, moveQuestion } from './calendar';
import { t } from './i18n';

const delta = (days: number, milliseconds = 0) => ({ years: 0, months: 0, days, milliseconds });

describe('dropDecision', () => {
  it('moves an internal milestone by whole days at once, and asks first for an official one', () => {
    expect(dropDecision(delta(3), false)).toBe('move');
    expect(dropDecision(delta(-2), true)).toBe('ask');
  });

  it('refuses a change of time of day, and does nothing when dropped in place', () => {
    expect(dropDecision(delta(1, 3_600_000), false)).toBe('refuse');
    expect(dropDecision(delta(0, -1_800_000), true)).toBe('refuse');
    expect(dropDecision(delta(0), true)).toBe('none');
  });
});

describe('the calendar route', () => {
  it('opens on a given day, or on today', async () => {
    const { parseHash, href } = await import('./router.svelte');
    expect(parseHash('#/calendar?date=2027-04-08')).toEqual({ name: 'calendar', date: '2027-04-08' });
    expect(parseHash('#/calendar')).toEqual({ name: 'calendar', date: null });
    expect(parseHash('#/calendar?date=tomorrow')).toEqual({ name: 'not-found' });
    expect(href.calendar('2027-04-08')).toBe('#/calendar?date=2027-04-08');
  });
});

describe('moveQuestion', () => {
  it('never calls an estimate an official date', () => {
    const vars = { title: 'Submission window closes (estimate)', kind: 'Submission window closes', days: 3 };
    const estimate = moveQuestion(true);
    expect(t(estimate.question, vars)).toContain('is an estimate of a UN date, not an official one');
    expect(t(estimate.question, vars)).not.toContain('is an official date');
    expect(t(estimate.confirm)).toBe('Move the estimate');
    expect(t(moveQuestion(false).question, vars)).toContain('is an official date');
  });
});

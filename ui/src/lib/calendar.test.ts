import { describe, expect, it } from 'vitest';
import { dropDecision, endsAtMidnight, momentEnd, moveQuestion } from './calendar';
import { setLanguage, t } from './i18n';

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
  const vars = { title: 'Submission window closes (estimate)', kind: 'Submission window closes' };
  it('never calls an estimate an official date', () => {
    const estimate = moveQuestion(true, 3);
    expect(t(estimate.question, { ...vars, ...estimate.args })).toContain('is an estimate of a UN date, not an official one');
    expect(t(estimate.question, { ...vars, ...estimate.args })).not.toContain('is an official date');
    expect(t(estimate.confirm)).toBe('Move the estimate');
    const official = moveQuestion(false, 3);
    expect(t(official.question, { ...vars, ...official.args })).toContain('is an official date');
  });

  it('says how many days, and whether earlier or later, in each language’s plural', async () => {
    const say = (days: number) => {
      const q = moveQuestion(false, days);
      return t(q.question, { ...vars, ...q.args });
    };
    expect(say(1)).toContain('Move it 1 day later anyway?');
    expect(say(-3)).toContain('Move it 3 days earlier anyway?');
    expect(say(-3)).not.toContain('-3');
    await setLanguage('ru');
    try {
      expect(say(1)).toContain('на 1 день позже');
      expect(say(-3)).toContain('на 3 дня раньше');
      expect(say(5)).toContain('на 5 дней позже');
      await setLanguage('ar');
      expect(say(2).replace(/[\u2068\u2069]/g, '')).toContain('تأخيره يومين');
      expect(say(-1).replace(/[\u2068\u2069]/g, '')).toContain('تقديمه يومًا واحدًا');
      await setLanguage('fr');
      expect(say(-2).replace(/[\u2068\u2069]/g, '')).toContain('L’avancer quand même de 2 jours ?');
    } finally {
      await setLanguage('en');
    }
  });
});

describe('momentEnd', () => {
  it('draws a moment for an hour, but never past the midnight that ends its day', () => {
    expect(momentEnd('2027-03-18T10:00:00')).toBe('2027-03-18T11:00:00');
    expect(momentEnd('2027-03-18T23:30:00')).toBe('2027-03-19T00:00:00');
    expect(momentEnd('2027-03-18T23:59')).toBe('2027-03-19T00:00:00');
    // The last day of a month and of a year.
    expect(momentEnd('2027-02-28T23:59:00')).toBe('2027-03-01T00:00:00');
    expect(momentEnd('2027-12-31T23:59:00')).toBe('2028-01-01T00:00:00');
    expect(momentEnd('2027-03-18')).toBeUndefined();
  });
});

describe('endsAtMidnight', () => {
  it('says which moments are drawn up to the midnight that ends their day', () => {
    expect(endsAtMidnight('2027-03-18T23:59')).toBe(true);
    expect(endsAtMidnight('2027-03-18T23:59:00')).toBe(true);
    expect(endsAtMidnight('2027-03-18T23:01:00')).toBe(true);
    expect(endsAtMidnight('2027-03-18T23:00:00')).toBe(true);
    expect(endsAtMidnight('2027-12-31T23:30:00')).toBe(true);
    // More than an hour before midnight, or at its start: drawn as every other moment.
    expect(endsAtMidnight('2027-03-18T22:59:00')).toBe(false);
    expect(endsAtMidnight('2027-03-18T10:00')).toBe(false);
    expect(endsAtMidnight('2027-03-18T00:00:00')).toBe(false);
    expect(endsAtMidnight('2027-03-18')).toBe(false);
  });
});

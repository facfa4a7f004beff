// Display formatting: dates in the user's zone, the original zone when it differs, and the
// words for the core's days left.
import { describe, expect, it } from 'vitest';
import { dayAndTime, formatList, daysLeftText, describeDue, formatPlainDate, formatSize, formatTimestamp, zoneCity } from './format';
import { setLanguage } from './i18n';

describe('describeDue', () => {
  it('shows a Geneva deadline in the user zone and in Geneva time', () => {
    const due = describeDue(
      { due: '2026-12-08T23:59:00+01:00', date: '2026-12-08', time: '23:59', time_zone: 'Europe/Zurich' },
      'America/New_York',
    );
    expect(due).toEqual({ date: 'Tue 8 Dec 2026', time: '17:59', original: '23:59 Geneva time (Europe/Zurich)' });
  });

  it('names the original day when it differs from the user\'s', () => {
    const due = describeDue(
      { due: '2026-12-08T23:59:00+01:00', date: '2026-12-08', time: '23:59', time_zone: 'Europe/Zurich' },
      'Asia/Tokyo',
    );
    expect(due.date).toBe('Wed 9 Dec 2026');
    expect(due.time).toBe('07:59');
    expect(due.original).toBe('Tue 8 Dec 2026, 23:59 Geneva time (Europe/Zurich)');
  });

  it('says "end of day" for a milestone without a time in the user zone', () => {
    const due = describeDue({ due: '2026-12-11T23:59:59+01:00', date: '2026-12-11', time: null, time_zone: 'Europe/Vienna' }, 'Europe/Vienna');
    expect(due).toEqual({ date: 'Fri 11 Dec 2026', time: 'end of day', original: null });
  });

  it('names other zones by their city', () => {
    expect(zoneCity('America/New_York')).toBe('New York');
    expect(zoneCity('Europe/Zurich')).toBe('Geneva');
  });
});

describe('daysLeftText', () => {
  it('words the days left as the core counts them', () => {
    expect(daysLeftText(0)).toBe('today');
    expect(daysLeftText(1)).toBe('tomorrow');
    expect(daysLeftText(5)).toBe('in 5 days');
    expect(daysLeftText(-1)).toBe('overdue by less than a day');
    expect(daysLeftText(-2)).toBe('overdue by 1 day');
    expect(daysLeftText(-8)).toBe('overdue by 7 days');
    expect(daysLeftText(-3, 'passed')).toBe('passed 2 days ago');
  });

});

describe('formatPlainDate', () => {
  it('writes a calendar date without moving it across zones', () => {
    expect(formatPlainDate('2011-11-01')).toBe('Tue 1 Nov 2011');
    expect(formatPlainDate('someday')).toBe('someday');
  });
});

describe('formatTimestamp', () => {
  it('joins the day and the time as the language does, never with a Latin comma in Arabic', async () => {
    const when = '2026-11-27T09:30:00Z';
    expect(formatTimestamp(when, 'Europe/Zurich')).toBe('Fri, 27 Nov 2026, 10:30');
    await setLanguage('ar');
    try {
      const ar = formatTimestamp(when, 'Europe/Zurich');
      expect(ar).toContain('،');
      expect(ar).not.toContain(',');
      expect(ar).toMatch(/10:30/);
      await setLanguage('zh');
      expect(formatTimestamp(when, 'Europe/Zurich')).toBe('2026年11月27日周五 10:30');
    } finally {
      await setLanguage('en');
    }
  });
});

describe('dayAndTime and formatSize', () => {
  it('join a day and its time and write a size in the language\'s own words', async () => {
    expect(dayAndTime('Sat 12 Dec 2026', '11:00')).toBe('Sat 12 Dec 2026, 11:00');
    expect(formatSize(408 * 1024)).toBe('408 kB');
    expect(formatSize(12.3 * 1024 * 1024)).toBe('12.3 MB');
    await setLanguage('ar');
    try {
      const when = dayAndTime('السبت، ١٢ ديسمبر ٢٠٢٦', '١١:٠٠');
      expect(when).toBe('السبت، ١٢ ديسمبر ٢٠٢٦، ١١:٠٠');
      expect(when).not.toContain(',');
      expect(formatSize(408 * 1024)).not.toMatch(/KB|kB/);
      await setLanguage('fr');
      expect(formatSize(408 * 1024)).toBe('408\u202fko');
      await setLanguage('zh');
      expect(dayAndTime('2026年12月12日周六', '11:00')).toBe('2026年12月12日周六 11:00');
    } finally {
      await setLanguage('en');
    }
  });
});

describe('formatList', () => {
  it('separates items as the language does', async () => {
    expect(formatList(['Brazil', 'France'])).toBe('Brazil, France');
    expect(formatList([1, 3, 7])).toBe('1, 3, 7');
    await setLanguage('ar');
    try {
      expect(formatList(['Brazil', 'France'])).toBe('Brazil، France');
      await setLanguage('zh');
      expect(formatList(['巴西', '法国'])).toBe('巴西、法国');
    } finally {
      await setLanguage('en');
    }
  });
});

describe('wordBreakdown and Arabic numbers', () => {
  it('parts the word count’s parts with the language’s list separator (Chinese "、", not nothing)', async () => {
    const { wordBreakdown } = await import('./format');
    const { breakdown } = await import('../test/drafting-fixtures');
    const b = breakdown();
    expect(wordBreakdown(b)).toContain(' title, ');
    await setLanguage('zh');
    try {
      const zh = wordBreakdown(b);
      expect(zh).toContain('、');
      expect(zh).not.toMatch(/\d[^\d\s、，,：:；;（）()]/u);
      await setLanguage('ar');
      // Latin digits, as the core and the exports write them (UN Arabic documents do too).
      expect(wordBreakdown(b)).toMatch(/\d/);
      expect(wordBreakdown(b)).not.toMatch(/[٠-٩]/);
      expect(formatTimestamp('2026-11-27T09:30:00Z', 'Europe/Zurich')).toMatch(/10:30/);
      expect(zoneCity('Europe/Vienna')).toBe('فيينا');
    } finally {
      await setLanguage('en');
    }
  });
});

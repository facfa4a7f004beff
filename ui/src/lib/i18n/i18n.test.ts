// The catalogue as the page reads it: variables filled, plural forms by the language's rules,
// every value of the core's enums worded in every language, and a language switch that sets
// the document's lang and dir.
import { afterEach, describe, expect, it } from 'vitest';
import { MILESTONE_KINDS, STAGES } from '../bindings/enum_values';
import { locale, mechanismAcronym, setLanguage, t, tMaybe } from './index';
import { language } from './language.svelte';

const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];

afterEach(async () => {
  await setLanguage('en');
});

describe('t', () => {
  it('fills variables and picks the English plural form', () => {
    expect(t('days.in', { n: 5 })).toBe('in 5 days');
    expect(t('nav.missed', { n: 1 })).toBe('1 missed deadline');
    expect(t('nav.missed', { n: 2815 })).toBe('2,815 missed deadlines');
  });

  it('answers undefined for open-ended keys it does not know', () => {
    expect(tMaybe('format.odt')).toBeUndefined();
    expect(tMaybe('format.docx')).toBe('Word (.docx)');
  });

  it('has words for every stage and milestone kind in every language', async () => {
    for (const code of LANGUAGES) {
      await setLanguage(code);
      for (const s of STAGES) expect(tMaybe(`stage.${s}`), `${code} stage.${s}`).toBeTruthy();
      for (const k of MILESTONE_KINDS) expect(tMaybe(`kind.${k}`), `${code} kind.${k}`).toBeTruthy();
    }
  });
});

describe('setLanguage', () => {
  it('speaks French with French plurals and dates, left to right', async () => {
    await setLanguage('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
    expect(language.code).toBe('fr');
    expect(locale).toBe('fr-FR');
    expect(t('nav.dashboard')).not.toBe('Dashboard');
    // French: 0 and 1 are singular.
    expect(t('nav.missed', { n: 0 })).toBe(t('nav.missed', { n: 1 }).replace('1', '0'));
  });

  it('mirrors the document in Arabic and uses its dual', async () => {
    await setLanguage('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(t('nav.missed', { n: 2 })).not.toBe(t('nav.missed', { n: 3 }).replace('3', '2'));
  });

  it('keeps the language when asked for one it does not have', async () => {
    await setLanguage('ru');
    await setLanguage('xx');
    expect(language.code).toBe('ru');
  });
});

describe('mechanismAcronym', () => {
  it('writes the UPR as the UN does in each language and keeps the treaty bodies\' acronyms', async () => {
    const upr = { code: 'UPR', acronym: 'UPR' };
    const cescr = { code: 'CESCR', acronym: 'CESCR' };
    expect(mechanismAcronym(upr)).toBe('UPR');
    try {
      await setLanguage('fr');
      expect(mechanismAcronym(upr)).toBe('EPU');
      expect(mechanismAcronym(cescr)).toBe('CESCR');
      await setLanguage('ru');
      expect(mechanismAcronym(upr)).toBe('УПО');
    } finally {
      await setLanguage('en');
    }
  });
});

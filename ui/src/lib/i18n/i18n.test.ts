// The catalogue: placeholders are filled, and every value of the core's enums has words.
import { describe, expect, it } from 'vitest';
import { MILESTONE_KINDS, STAGES } from '../bindings/enum_values';
import { en } from './en';
import { t, tMaybe } from './index';

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('days.in', { n: 5 })).toBe('in 5 days');
    expect(t('days.in')).toBe('in {n} days');
  });

  it('has words for every stage and milestone kind', () => {
    for (const s of STAGES) expect(en[`stage.${s}`]).toBeTruthy();
    for (const k of MILESTONE_KINDS) expect(en[`kind.${k}`]).toBeTruthy();
  });

  it('answers undefined for open-ended keys it does not know', () => {
    expect(tMaybe('format.odt')).toBeUndefined();
    expect(tMaybe('format.docx')).toBe('Word (.docx)');
  });
});

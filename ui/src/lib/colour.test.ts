// The mechanisms' colours as the badges and the calendar use them: text on each reads at WCAG
// AA (4.5:1), and each block stands out from the white page (3:1, WCAG 1.4.11). The colours
// are the core's reference data, read here as shipped.
import { describe, expect, it } from 'vitest';
import reference from '../../../assets/reference/mechanisms.json';
import { contrast, textOn, UNKNOWN_MECHANISM_COLOUR } from './colour';

const colours: [string, string][] = [
  ...(reference as { mechanisms: { code: string; colour: string }[] }).mechanisms.map((m): [string, string] => [m.code, m.colour]),
  ['unknown', UNKNOWN_MECHANISM_COLOUR],
];

describe('mechanism colours', () => {
  it('are all there', () => {
    expect(colours.length).toBeGreaterThan(10);
  });

  it.each(colours)('%s (%s): its text reads at 4.5:1 or more, its block at 3:1 on white', (_code, colour) => {
    expect(contrast(colour, textOn(colour))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('contrast follows WCAG: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1d4e89', '#1d4e89')).toBe(1);
    expect(textOn('#ffff00')).toBe('#111111');
    expect(textOn('#1d4e89')).toBe('#ffffff');
  });
});

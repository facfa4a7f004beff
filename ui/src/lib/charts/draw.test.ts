// How a chart is handed to Chart.js (mocked here: jsdom has no canvas): in an Arabic interface
// time runs right to left by mirrored data, not a reversed category axis (which cut the
// earliest date), and numbers are written in the interface's locale.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n';
import type { ChartSpec } from './spec';

const made: { config: any }[] = [];
vi.mock('chart.js', () => {
  class Chart {
    static register() {}
    static defaults = { color: '', font: { family: '' } };
    constructor(_canvas: unknown, config: unknown) {
      made.push({ config });
    }
  }
  const part = class {};
  return { Chart, BarController: part, BarElement: part, CategoryScale: part, Legend: part, LinearScale: part, LineController: part, LineElement: part, PointElement: part, Tooltip: part };
});

const line: ChartSpec = {
  kind: 'line',
  title: 'Homes',
  rowHeader: 'Date',
  labels: ['2024', '2025', '2026'],
  series: [{ name: 'Measured', values: [0, 60, 172], colour: '#000' }],
  format: String,
};

afterEach(async () => {
  made.length = 0;
  document.documentElement.dir = 'ltr';
  await setLanguage('en');
});

describe('draw', () => {
  it('draws left to right in English, numbers as English writes them', async () => {
    const { draw } = await import('./draw');
    draw(document.createElement('canvas'), line, false);
    const { config } = made[0]!;
    expect(config.data.labels).toEqual(['2024', '2025', '2026']);
    expect(config.data.datasets[0].data).toEqual([0, 60, 172]);
    expect(config.options.scales.x.reverse).toBe(false);
    expect(config.options.locale).toBe('en-GB');
  });

  it('mirrors a line chart’s data in Arabic, keeps its axis unreversed, and writes numbers with Latin digits', async () => {
    await setLanguage('ar');
    document.documentElement.dir = 'rtl';
    const { draw } = await import('./draw');
    draw(document.createElement('canvas'), line, false);
    const { config } = made[0]!;
    expect(config.data.labels).toEqual(['2026', '2025', '2024']);
    expect(config.data.datasets[0].data).toEqual([172, 60, 0]);
    expect(config.options.scales.x.reverse).toBe(false);
    expect(config.options.locale).toBe('ar-u-nu-latn');
    expect(new Intl.NumberFormat(config.options.locale).format(50)).toBe('50');
  });

  it('keeps a bar chart’s rows and reverses its value axis in Arabic (bars grow leftwards)', async () => {
    await setLanguage('ar');
    document.documentElement.dir = 'rtl';
    const { draw } = await import('./draw');
    draw(document.createElement('canvas'), { ...line, kind: 'stacked-bar' }, false);
    const { config } = made[0]!;
    expect(config.data.labels).toEqual(['2024', '2025', '2026']);
    expect(config.options.scales.x.reverse).toBe(true);
  });
});

// Chart.js, loaded only when a chart is first shown (a dynamic import: Vite puts it in a chunk
// of its own, so the app's first load does not carry it). Only the parts the two kinds of
// chart use are registered, which keeps that chunk small.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { locale } from '../i18n';
import type { ChartSpec } from './spec';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

/** Draws `spec` on `canvas`; `compact` is the small trend beside an action (no axes, no legend). */
export function draw(canvas: HTMLCanvasElement, spec: ChartSpec, compact: boolean): Chart {
  const text = getComputedStyle(document.documentElement).getPropertyValue('--cr-text').trim() || '#1a1a1a';
  Chart.defaults.color = text;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  const horizontal = spec.kind === 'stacked-bar';
  // Right to left (Arabic): mirrored as the PDF's charts are — the names and the value axis on
  // the right, bars growing leftwards, time running from right to left.
  const rtl = document.documentElement.dir === 'rtl';
  // Time runs right to left by mirroring the data, not the axis: on a reversed category axis
  // Chart.js keeps room for the end labels on the wrong sides, and cut the earliest date.
  const flip = <T,>(values: T[]): T[] => (rtl && !horizontal ? [...values].reverse() : values);
  return new Chart(canvas, {
    type: horizontal ? 'bar' : 'line',
    data: {
      labels: flip(spec.labels),
      datasets: spec.series.map((s) => ({
        label: s.name,
        data: flip(s.values),
        backgroundColor: s.colour,
        borderColor: s.colour,
        borderDash: s.dashed ? [6, 4] : undefined,
        pointRadius: compact ? 0 : s.dashed ? 0 : 4,
        spanGaps: true,
        borderWidth: horizontal ? 0 : 2,
      })),
    },
    options: {
      // The interface's own way of writing numbers on the axes and in the tooltips (Chart.js
      // otherwise takes the web view's, en-US), as the tables and the dates beside them.
      locale,
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      // No movement: the reader is at work, and some are made unwell by motion.
      animation: false,
      plugins: {
        legend: { display: !compact, position: 'bottom', rtl, textDirection: rtl ? 'rtl' : 'ltr' },
        tooltip: { enabled: !compact, rtl, textDirection: rtl ? 'rtl' : 'ltr' },
      },
      scales: {
        // Actions are counted in whole numbers: no "0.5 actions" on the axis.
        x: { display: !compact, reverse: rtl && horizontal, stacked: horizontal, beginAtZero: horizontal, ticks: horizontal ? { precision: 0 } : {}, title: { display: horizontal && !!spec.axis, text: spec.axis ?? '' } },
        y: { display: !compact, position: rtl ? 'right' : 'left', stacked: horizontal, title: { display: !horizontal && !!spec.axis, text: spec.axis ?? '' } },
      },
    },
  });
}

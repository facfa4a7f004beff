// What a chart shows, as the chart component takes it: the core's figures laid out as rows
// (labels) and series, with their names and colours. Nothing here counts or computes: the
// builders below only arrange what the core sent.
import type { ActionStatus } from '../bindings/ActionStatus';
import type { Indicator } from '../bindings/Indicator';
import type { PlanCharts } from '../bindings/PlanCharts';
import { formatPlainDate } from '../format';
import { formatNumber, t } from '../i18n';

export type Series = {
  name: string;
  /** One value per label (null: none). */
  values: (number | null)[];
  colour: string;
  /** Drawn dashed (a target line). */
  dashed?: boolean;
};

export type ChartSpec = {
  kind: 'stacked-bar' | 'line';
  title: string;
  /** The heading of the table's first column (what the labels are). */
  rowHeader: string;
  labels: string[];
  series: Series[];
  /** The value axis's title (a unit), if any. */
  axis?: string;
  format: (v: number) => string;
  /** In rem; 16 unless given. */
  height?: number;
};

/**
 * One colour per status, each at least 3:1 against white (WCAG's contrast for graphics) and
 * told apart by lightness too, since the table says the same in words.
 */
export const STATUS_COLOURS: Record<ActionStatus, string> = {
  planned: '#5a6b80',
  in_progress: '#1d64a8',
  done: '#1a7a39',
  delayed: '#a35f00',
  dropped: '#7a4f8c',
};

/** Actions by status per lead department, a stacked bar per department. */
export function actionsByDepartment(c: PlanCharts): ChartSpec {
  return {
    kind: 'stacked-bar',
    title: t('charts.actions_by_department'),
    rowHeader: t('plan.department'),
    labels: c.by_department.map((d) => d.department || t('plan.no_department')),
    series: c.statuses.map((s, column) => ({
      name: t(`plan.status.${s}`),
      values: c.by_department.map((d) => d.counts[column] ?? 0),
      colour: STATUS_COLOURS[s],
    })),
    axis: t('charts.actions_axis'),
    format: formatNumber,
    height: Math.max(8, 3 + 2.2 * c.by_department.length),
  };
}

/**
 * An indicator's values against its target over time: the baseline and each measurement by
 * date (oldest first, as the core lists them), and the target as a dashed line reaching its
 * date.
 */
export function indicatorOverTime(i: Indicator): ChartSpec {
  const points = [{ date: i.baseline.date, value: i.baseline.value }, ...i.measurements.map((m) => ({ date: m.date, value: m.value }))];
  const dates = [...points.map((p) => p.date), i.target.date];
  const labels = dates.map((d) => formatPlainDate(d));
  return {
    kind: 'line',
    title: t('charts.indicator_over_time', { name: i.name }),
    rowHeader: t('plan.measured_on'),
    labels,
    series: [
      { name: t('charts.measured'), values: [...points.map((p) => p.value), null], colour: '#1d64a8' },
      { name: t('charts.target'), values: dates.map(() => i.target.value), colour: '#a35f00', dashed: true },
    ],
    axis: i.unit,
    format: formatNumber,
    height: 12,
  };
}

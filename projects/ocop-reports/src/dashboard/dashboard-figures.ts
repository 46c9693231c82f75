import type { MessageKey } from '@ocop/common';
import type { Dashboard, DashboardCount } from '@ocop/domain';

export const FIGURE_IDS = [
  'funnel',
  'stepDays',
  'returns',
  'productsByStars',
  'productsByGroup',
  'productsByCommune',
  'certificates',
  'tasksByUnit',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** One row of a figure: what its chart draws (values, as text) and what its table lists (cells). */
export interface FigureRow {
  key: string;
  label: string;
  values: number[];
  valueTexts: string[];
  cells: string[];
}

/** A headline number shown above (or instead of) the chart. */
export interface FigureStat {
  key: string;
  label: string;
  text: string;
}

/**
 * What one card of the dashboard shows: a bar chart of `rows` (when `chart`), headline `stats`, and the table
 * view with the same numbers (`columns`: the row header's then one per cell).
 */
export interface FigureView {
  id: FigureId;
  title: string;
  chart: boolean;
  series: string[];
  columns: string[];
  rows: FigureRow[];
  stats: FigureStat[];
  /** The chart's accessible name: the title and every value. */
  summary: string;
}

export interface FigureText {
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
}

function summaryOf(text: FigureText, title: string, series: string[], rows: FigureRow[]): string {
  const values = rows
    .map((row) =>
      series.length > 1
        ? `${row.label}: ${row.valueTexts.map((v, i) => `${series[i]} ${v}`).join(', ')}`
        : `${row.label} ${row.valueTexts[0] ?? ''}`,
    )
    .join('; ');
  return text.t('dash.chart.summary', { title, values });
}

function figure(
  text: FigureText,
  view: Omit<FigureView, 'title' | 'summary'> & { titleKey: MessageKey },
): FigureView {
  const { titleKey, ...rest } = view;
  const title = text.t(titleKey);
  return { ...rest, title, summary: summaryOf(text, title, view.series, view.rows) };
}

function countFigure(
  text: FigureText,
  id: FigureId,
  titleKey: MessageKey,
  columnKey: MessageKey,
  valueKey: MessageKey,
  counts: DashboardCount[],
): FigureView {
  return figure(text, {
    id,
    titleKey,
    chart: true,
    series: [text.t(valueKey)],
    columns: [text.t(columnKey), text.t(valueKey)],
    rows: counts.map((c) => {
      const n = text.number(c.count);
      return { key: c.key, label: c.label, values: [c.count], valueTexts: [n], cells: [n] };
    }),
    stats: [],
  });
}

function statFigure(
  text: FigureText,
  id: FigureId,
  titleKey: MessageKey,
  stats: { key: string; labelKey: MessageKey; value: number | null; percent?: boolean }[],
): FigureView {
  const rows = stats.map((s) => {
    const shown =
      s.value === null
        ? text.t('dash.noValue')
        : text.number(s.value, s.percent ? { style: 'percent', maximumFractionDigits: 2 } : {});
    return {
      key: s.key,
      label: text.t(s.labelKey),
      values: [s.value ?? 0],
      valueTexts: [shown],
      cells: [shown],
    };
  });
  return figure(text, {
    id,
    titleKey,
    chart: false,
    series: [],
    columns: [text.t('dash.col.item'), text.t('dash.col.value')],
    rows,
    stats: rows.map((r) => ({ key: r.key, label: r.label, text: r.cells[0]! })),
  });
}

/** The dashboard's cards, in the order the page shows them, with every number written for the locale. */
export function dashboardFigures(d: Dashboard, text: FigureText): FigureView[] {
  const days = (value: number | null): string =>
    value === null ? text.t('dash.noValue') : text.number(value, { maximumFractionDigits: 1 });
  const stepDays = figure(text, {
    id: 'stepDays',
    titleKey: 'dash.figure.stepDays',
    chart: true,
    series: [text.t('dash.col.averageDays')],
    columns: [text.t('dash.col.step'), text.t('dash.col.averageDays'), text.t('dash.col.dossiers')],
    rows: d.stepDays.map((s) => ({
      key: s.key,
      label: s.label,
      values: [s.averageDays ?? 0],
      valueTexts: [days(s.averageDays)],
      cells: [days(s.averageDays), text.number(s.count)],
    })),
    stats: [
      { key: 'overdueDossiers', label: text.t('dash.overdueDossiers'), text: text.number(d.overdueDossiers) },
    ],
  });
  const taskSeries = [text.t('dash.col.total'), text.t('dash.col.done'), text.t('dash.col.overdue')];
  const tasks = figure(text, {
    id: 'tasksByUnit',
    titleKey: 'dash.figure.tasksByUnit',
    chart: true,
    series: taskSeries,
    columns: [text.t('dash.col.unit'), ...taskSeries],
    rows: d.tasksByUnit.map((u) => {
      const texts = [u.total, u.done, u.overdue].map((n) => text.number(n));
      return {
        key: u.key,
        label: u.label,
        values: [u.total, u.done, u.overdue],
        valueTexts: texts,
        cells: texts,
      };
    }),
    stats: [],
  });
  return [
    countFigure(text, 'funnel', 'dash.figure.funnel', 'dash.col.state', 'dash.col.dossiers', d.funnel),
    stepDays,
    statFigure(text, 'returns', 'dash.figure.returns', [
      { key: 'returned', labelKey: 'dash.returns.returned', value: d.returns.returned },
      { key: 'decided', labelKey: 'dash.returns.decided', value: d.returns.decided },
      { key: 'rate', labelKey: 'dash.returns.rate', value: d.returns.rate, percent: true },
    ]),
    countFigure(
      text,
      'productsByStars',
      'dash.figure.productsByStars',
      'dash.col.stars',
      'dash.col.products',
      d.productsByStars,
    ),
    countFigure(
      text,
      'productsByGroup',
      'dash.figure.productsByGroup',
      'dash.col.group',
      'dash.col.products',
      d.productsByGroup,
    ),
    countFigure(
      text,
      'productsByCommune',
      'dash.figure.productsByCommune',
      'dash.col.commune',
      'dash.col.products',
      d.productsByCommune,
    ),
    statFigure(text, 'certificates', 'dash.figure.certificates', [
      { key: 'expiring', labelKey: 'dash.certificates.expiring', value: d.certificatesExpiringSoon },
    ]),
    tasks,
  ];
}

/** Whether the period has nothing at all to show (every count zero, no products, no tasks). */
export function isEmptyDashboard(d: Dashboard): boolean {
  const sum = (counts: DashboardCount[]): number => counts.reduce((total, c) => total + c.count, 0);
  return (
    sum(d.funnel) === 0 &&
    sum(d.productsByStars) + sum(d.productsByGroup) + sum(d.productsByCommune) === 0 &&
    d.certificatesExpiringSoon === 0 &&
    d.overdueDossiers === 0 &&
    d.tasksByUnit.every((u) => u.total === 0)
  );
}

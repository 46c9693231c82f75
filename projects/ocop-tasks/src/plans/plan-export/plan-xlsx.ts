import { downloadBlob, PLANS_EN, PLANS_VI, TASKS_EN, TASKS_VI } from '@ocop/common';
import { PlanDetail, rollupFormula, RollupRow, TaskSummary, vietnamDate } from '@ocop/domain';
import type { CellObject, Row, SheetData } from 'write-excel-file/browser';
import { dayText, periodText } from '../plan-list/plan-dates';
import { issuerLine } from '../plan-print/plan-document';

type Locale = 'vi' | 'en';
type PlansKey = keyof typeof PLANS_VI;
type TasksKey = keyof typeof TASKS_VI;

/** One sheet of the export, as write-excel-file takes it (its `Sheet` without the image type parameter). */
export interface PlanSheet {
  sheet: string;
  data: SheetData;
  columns: { width: number }[];
  /** Rows frozen at the top: the title block and the header row stay in view while scrolling. */
  stickyRowsCount: number;
}

/** Excel's date format for dd/MM/yyyy (Excel writes months `mm` in a date format). */
export const XLSX_DATE_FORMAT = 'dd/mm/yyyy';
/** The row of column headers (1-based), under the three-line title block and a blank row. */
export const HEADER_ROW = 5;

const MESSAGES: Record<Locale, Record<string, string>> = {
  vi: { ...TASKS_VI, ...PLANS_VI },
  en: { ...TASKS_EN, ...PLANS_EN },
};

function textOf(locale: Locale) {
  return (key: PlansKey | TasksKey, params: Record<string, string | number> = {}): string =>
    (MESSAGES[locale][key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      params[name] === undefined ? whole : String(params[name]),
    );
}

const bold = (value: string, extra: Partial<CellObject> = {}): CellObject => ({
  value,
  fontWeight: 'bold',
  ...extra,
});

const header = (value: string): CellObject => ({
  value,
  fontWeight: 'bold',
  wrap: true,
  alignVertical: 'center',
  align: 'center',
  backgroundColor: '#E8EEF4',
  borderStyle: 'thin',
  borderColor: '#888888',
});

/** A 'yyyy-MM-dd' day as the Date Excel stores for it: midnight UTC (write-excel-file counts days in UTC). */
export function excelDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date));
}

/**
 * The export's sheets, without writing anything (specs read them directly): "Nhiệm vụ" — the title block
 * (issuing unit, plan number and title, export date), the frozen header row and one row per task, dates as
 * real Excel dates and percentages as numbers — and "Tổng hợp", the roll-ups labelled as aggregates with the
 * sentence saying how each was computed. `exportedOn` is 'yyyy-MM-dd' (today in Vietnam unless given).
 */
export function planWorkbook(
  plan: PlanDetail,
  tasks: TaskSummary[],
  rollups: RollupRow[],
  locale: Locale,
  exportedOn: string = vietnamDate(new Date()),
): PlanSheet[] {
  const text = textOf(locale);
  const unit =
    locale === 'vi' ? issuerLine(plan.unit.name) : text('plans.xlsx.unit', { unit: plan.unit.name });
  const planLine =
    plan.number !== null
      ? text('plans.xlsx.plan', {
          number: plan.number,
          date: dayText(plan.issuedOn) || '…',
          title: plan.title,
        })
      : text('plans.xlsx.planDraft', { year: String(plan.year), title: plan.title });
  const period = (task: TaskSummary): string | null => {
    const value = task.period ?? task.dueQuarter;
    return value ? periodText(value, text) : null;
  };
  const percent = (value: number | null): CellObject | null =>
    value === null ? null : { value, type: Number, format: '0' };

  const taskHeaders: PlansKey[] = [
    'plans.xlsx.col.index',
    'plans.xlsx.col.section',
    'plans.xlsx.col.task',
    'plans.xlsx.col.lead',
    'plans.xlsx.col.cooperating',
    'plans.xlsx.col.due',
    'plans.xlsx.col.period',
    'plans.xlsx.col.status',
    'plans.xlsx.col.reported',
    'plans.xlsx.col.accepted',
    'plans.xlsx.col.flag',
  ];
  const taskRows: Row[] = tasks.map((task, i) => [
    { value: i + 1, type: Number },
    task.sectionCode,
    { value: task.title, wrap: true },
    { value: task.lead.name, wrap: true },
    task.cooperating.length > 0
      ? { value: task.cooperating.map((u) => u.name).join('; '), wrap: true }
      : null,
    task.due ? { value: excelDay(task.due), type: Date, format: XLSX_DATE_FORMAT } : null,
    period(task),
    task.status ? text(`tasks.status.${task.status}`) : null,
    percent(task.reportedPercent),
    percent(task.acceptedPercent),
    task.deadlineFlag ? text(`tasks.flag.${task.deadlineFlag}`) : null,
  ]);

  const summaryHeaders: PlansKey[] = [
    'plans.xlsx.col.kind',
    'plans.xlsx.col.label',
    'plans.xlsx.col.counted',
    'plans.xlsx.col.cancelled',
    'plans.xlsx.col.acceptedCount',
    'plans.xlsx.col.acceptedMean',
    'plans.xlsx.col.acceptedFormula',
    'plans.xlsx.col.reportedMean',
    'plans.xlsx.col.reportedFormula',
  ];
  const mean = (value: number): CellObject => ({ value, type: Number, format: '0.0' });
  const summaryRows: Row[] = rollups.map((row) => [
    text(`plans.rollup.${row.kind}`),
    { value: row.label, wrap: true },
    { value: row.counted, type: Number },
    { value: row.cancelled, type: Number },
    { value: row.accepted, type: Number },
    mean(row.acceptedMean),
    { value: rollupFormula(row, 'accepted'), wrap: true },
    mean(row.reportedMean),
    { value: rollupFormula(row, 'reported'), wrap: true },
  ]);

  const titleBlock = (first: string, span: number): Row[] => [
    [bold(first, { columnSpan: span, fontSize: 13 })],
    [bold(planLine, { columnSpan: span })],
    [
      {
        value: text('plans.xlsx.exported', { date: dayText(exportedOn) }),
        fontStyle: 'italic',
        columnSpan: span,
      },
    ],
    [null],
  ];

  return [
    {
      sheet: text('plans.xlsx.sheetTasks'),
      data: [
        ...titleBlock(unit, taskHeaders.length),
        taskHeaders.map((key) => header(text(key))),
        ...taskRows,
      ],
      columns: [6, 9, 60, 28, 32, 13, 13, 20, 13, 13, 14].map((width) => ({ width })),
      stickyRowsCount: HEADER_ROW,
    },
    {
      sheet: text('plans.xlsx.sheetSummary'),
      data: [
        [bold(text('plans.xlsx.summaryTitle'), { columnSpan: summaryHeaders.length, fontSize: 13 })],
        [bold(planLine, { columnSpan: summaryHeaders.length })],
        [
          {
            value: `${text('plans.xlsx.exported', { date: dayText(exportedOn) })}. ${text('plans.xlsx.summaryNote')}`,
            fontStyle: 'italic',
            columnSpan: summaryHeaders.length,
          },
        ],
        [null],
        summaryHeaders.map((key) => header(text(key))),
        ...summaryRows,
      ],
      columns: [24, 40, 10, 10, 10, 14, 60, 14, 60].map((width) => ({ width })),
      stickyRowsCount: HEADER_ROW,
    },
  ];
}

/** ke-hoach-45-kh-ubnd-2020.xlsx; a draft (no number yet) is ke-hoach-du-thao-2020.xlsx. */
export function planXlsxFileName(plan: Pick<PlanDetail, 'number' | 'year'>): string {
  const number = (plan.number ?? 'dự thảo')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `ke-hoach-${number || 'du-thao'}-${plan.year}.xlsx`;
}

/** The workbook's bytes. The spreadsheet library is loaded here, on first use, in a chunk of its own. */
export async function planXlsxBlob(
  plan: PlanDetail,
  tasks: TaskSummary[],
  rollups: RollupRow[],
  locale: Locale,
  exportedOn?: string,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(planWorkbook(plan, tasks, rollups, locale, exportedOn), {
    fontFamily: 'Times New Roman',
    fontSize: 12,
  }).toBlob();
}

/** Builds the plan's workbook and hands it to the browser as a download (ke-hoach-<number>-<year>.xlsx). */
export async function exportPlanXlsx(
  plan: PlanDetail,
  tasks: TaskSummary[],
  rollups: RollupRow[],
  locale: Locale,
): Promise<void> {
  const blob = await planXlsxBlob(plan, tasks, rollups, locale);
  downloadBlob(blob, planXlsxFileName(plan));
}

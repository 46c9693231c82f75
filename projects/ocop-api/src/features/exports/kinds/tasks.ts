import type { TaskQuery, TaskSummary } from '@ocop/domain';

import { requirePlanDetail } from '../../tasks/plan-write';
import { TASK_LIST_QUERY } from '../../tasks/task-schemas';
import { taskUnitsOf } from '../../tasks/task-units.repository';
import { listTasks, unitNamesDay } from '../../tasks/tasks.repository';
import { exportFileName, issuingUnitOf, requireModule, XLSX_CONTENT_TYPE } from '../export-common';
import type { ExportKindDef } from '../export-kind';
import { exportParams } from '../export-params';
import { nextTurn } from '../next-turn';
import { dayText, writeReportWorkbook, type XlsxColumn } from '../xlsx/report-workbook';
import { DEADLINE_FLAG_NAMES } from './list-labels';

/** GET /api/tasks/plans/:planId/tasks takes the plan in its path; the export takes it as a param. */
const TASK_EXPORT_QUERY = {
  type: 'object',
  required: ['planId'],
  properties: {
    planId: { type: 'string', pattern: TASK_LIST_QUERY.properties.targetId.pattern },
    ...TASK_LIST_QUERY.properties,
  },
};

// The names the task screens show (ocop-common messages-tasks.ts).
const STATUS_NAMES: Readonly<Record<string, string>> = {
  assigned: 'Đã giao',
  in_progress: 'Đang thực hiện',
  reported_done: 'Đã báo cáo hoàn thành',
  accepted: 'Đã nghiệm thu',
  returned: 'Bị trả lại',
  cancelled: 'Đã hủy',
};
const PRIORITY_NAMES: Readonly<Record<string, string>> = {
  high: 'Ưu tiên cao',
  normal: 'Bình thường',
  low: 'Ưu tiên thấp',
};

/** 'yyyy-Qn' → 'Quý n/yyyy'; a month period 'yyyy-MM' → 'Tháng MM/yyyy'. */
function periodText(period: string | null): string | null {
  if (period === null) return null;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Quý ${quarter[2]}/${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  return month ? `Tháng ${month[2]}/${month[1]}` : period;
}

type Row = TaskSummary & { index: number };

const PERCENT = (value: number | null) => (value === null ? null : value / 100);

const COLUMNS: XlsxColumn<Row>[] = [
  { header: 'STT', width: 6, type: 'integer', value: (t) => t.index },
  { header: 'Mục', width: 8, type: 'text', value: (t) => t.sectionCode },
  { header: 'Nhiệm vụ', width: 56, type: 'text', value: (t) => t.title },
  { header: 'Đơn vị chủ trì', width: 28, type: 'text', value: (t) => t.lead.name },
  {
    header: 'Đơn vị phối hợp',
    width: 32,
    type: 'text',
    value: (t) => t.cooperating.map((u) => u.name).join('; '),
  },
  { header: 'Hạn', width: 12, type: 'date', value: (t) => t.due },
  { header: 'Kỳ', width: 12, type: 'text', value: (t) => periodText(t.period ?? t.dueQuarter) },
  {
    header: 'Trạng thái',
    width: 20,
    type: 'text',
    value: (t) => (t.status ? (STATUS_NAMES[t.status] ?? t.status) : null),
  },
  { header: 'Mức ưu tiên', width: 13, type: 'text', value: (t) => PRIORITY_NAMES[t.priority] ?? t.priority },
  { header: 'Tiến độ báo cáo', width: 11, type: 'percent', value: (t) => PERCENT(t.reportedPercent) },
  { header: 'Tiến độ nghiệm thu', width: 11, type: 'percent', value: (t) => PERCENT(t.acceptedPercent) },
  {
    header: 'Cảnh báo hạn',
    width: 13,
    type: 'text',
    value: (t) => (t.deadlineFlag ? (DEADLINE_FLAG_NAMES[t.deadlineFlag] ?? null) : null),
  },
  {
    header: 'Sản phẩm liên quan',
    width: 28,
    type: 'text',
    value: (t) => t.product?.name ?? t.dossier?.productName ?? null,
  },
];

/**
 * The tasks of a plan (GET /api/tasks/plans/:planId/tasks) as a spreadsheet: a plan outside the caller's
 * units answers 404 as the list does; the tasks are those the caller may see. A district plan has a few
 * hundred tasks, read at once as the list does.
 */
export const tasksExport: ExportKindDef = {
  kind: 'tasks',
  async prepare(ctx, _format, params) {
    await requireModule(ctx, 'tasks');
    const { planId, ...query } = exportParams<TaskQuery & { planId: string }>(TASK_EXPORT_QUERY, params);
    const plan = await requirePlanDetail(ctx.db, ctx.caller, planId);

    const filters: { label: string; value: string }[] = [];
    if (query.sectionCode !== undefined) {
      const section = plan.sections.find((s) => s.code === query.sectionCode);
      filters.push({
        label: 'Mục',
        value: section ? `${section.code}. ${section.title}` : query.sectionCode,
      });
    }
    if (query.unit !== undefined) {
      const units = await taskUnitsOf(ctx.db, [query.unit], unitNamesDay(plan.year));
      filters.push({ label: 'Đơn vị', value: units.get(query.unit)?.name ?? query.unit });
    }
    if (query.status !== undefined)
      filters.push({ label: 'Trạng thái', value: STATUS_NAMES[query.status] ?? '' });
    if (query.flag !== undefined)
      filters.push({ label: 'Hạn', value: DEADLINE_FLAG_NAMES[query.flag] ?? '' });
    if (query.targetId !== undefined) {
      const target = plan.targets.find((t) => t.id === query.targetId);
      filters.push({ label: 'Mục tiêu', value: target ? `${target.code}. ${target.title}` : query.targetId });
    }
    if (query.q !== undefined && query.q.trim() !== '') filters.push({ label: 'Từ khóa', value: query.q });
    const issuingUnit = await issuingUnitOf(ctx.db, ctx.caller, ctx.today);
    const planLine =
      plan.number !== null
        ? `Kế hoạch số ${plan.number}${plan.issuedOn ? ` ngày ${dayText(plan.issuedOn)}` : ''}: ${plan.title}`
        : `Kế hoạch năm ${plan.year} (dự thảo): ${plan.title}`;

    return {
      fileName: exportFileName(`nhiem-vu-ke-hoach-${plan.year}`, ctx.today),
      contentType: XLSX_CONTENT_TYPE,
      total: 0,
      async build(progress) {
        const page = await listTasks(
          ctx.db,
          plan.id,
          { ...query, limit: undefined, offset: 0 },
          ctx.caller,
          ctx.today,
        );
        const tasks =
          page.total > page.items.length
            ? (
                await listTasks(
                  ctx.db,
                  plan.id,
                  { ...query, limit: page.total, offset: 0 },
                  ctx.caller,
                  ctx.today,
                )
              ).items
            : page.items;
        progress(tasks.length, tasks.length);
        await nextTurn();
        return writeReportWorkbook([
          {
            name: 'Nhiệm vụ',
            header: {
              issuingUnit,
              title: `DANH SÁCH NHIỆM VỤ – ${planLine.toLocaleUpperCase('vi')}`,
              period: query.quarter === undefined ? `Năm ${plan.year}` : periodText(query.quarter),
              filters,
              criteriaSet: null,
              exportedOn: ctx.today,
            },
            columns: COLUMNS,
            rows: tasks.map((t, i) => ({ ...t, index: i + 1 })),
          },
        ]);
      },
    };
  },
};

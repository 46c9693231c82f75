import {
  quarterOf,
  taskDeadlineFlag,
  taskDue,
  type Page,
  type Principal,
  type Recurrence,
  type TaskPriority,
  type TaskQuery,
  type TaskStatus,
  type TaskSummary,
  type TaskUnit,
} from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Queryable } from '../../db/db';
import { restrictTasksToCaller } from './task-scope';
import { taskUnitsOf, unitOf } from './task-units.repository';

/**
 * Reads of tasks (migration 0007) as the views show them. Every read goes through restrictTasksToCaller, so
 * a task outside the caller's units is simply not found. Deadline flags are computed here with the domain's
 * rules (taskDue, taskDeadlineFlag) so that every view agrees.
 */

export interface TaskRow {
  id: string;
  plan_id: string;
  plan_year: number;
  plan_title: string;
  plan_unit_code: string;
  section_code: string;
  title: string;
  description: string;
  lead_unit: string;
  /** JSON text of the text[] (the drivers read arrays differently). */
  cooperating_units: string;
  due_date: string | null;
  due_quarter: string | null;
  recurrence: Recurrence;
  series_id: string | null;
  period: string | null;
  status: TaskStatus | null;
  priority: TaskPriority;
  target_id: string | null;
  product_id: string | null;
  product_name: string | null;
  dossier_id: string | null;
  dossier_product_name: string | null;
  review_id: string | null;
  return_reason: string | null;
  reported_percent: number | null;
  accepted_percent: number | null;
  pending_review: boolean;
  version: number;
}

/** Newest report first; two reports of the same instant are told apart by id, so every read picks the same. */
const NEWEST_REPORT = 'order by r.reported_at desc, r.id desc limit 1';

export const SELECT_TASKS = `
  select t.id, t.plan_id, p.year as plan_year, p.title as plan_title, p.unit_code as plan_unit_code,
         t.section_code, t.title, t.description, t.lead_unit, to_jsonb(t.cooperating_units)::text as cooperating_units,
         to_char(t.due_date, 'YYYY-MM-DD') as due_date, t.due_quarter, t.recurrence, t.series_id, t.period,
         t.status, t.priority, t.target_id, t.product_id, pr.name as product_name,
         t.dossier_id, dpr.name as dossier_product_name, t.review_id, t.return_reason, t.version,
         (select r.percent from task_reports r where r.task_id = t.id ${NEWEST_REPORT}) as reported_percent,
         (select r.percent from task_reports r where r.task_id = t.id and r.review = 'accepted' ${NEWEST_REPORT})
           as accepted_percent,
         coalesce((select r.review = 'pending' from task_reports r where r.task_id = t.id ${NEWEST_REPORT}), false)
           as pending_review
  from tasks t
  join plans p on p.id = t.plan_id
  left join products pr on pr.id = t.product_id
  left join dossiers d on d.id = t.dossier_id
  left join products dpr on dpr.id = d.product_id`;

/** Document order: the plan's sections as listed, then position within the section, then period. */
export const TASK_ORDER = `
  order by (select s.ord from jsonb_array_elements(p.sections) with ordinality as s(v, ord)
            where s.v ->> 'code' = t.section_code limit 1) nulls last,
           t.section_code collate "C", t.position, t.period collate "C" nulls first, t.created_at, t.id`;

/** The day unit names are taken on for a plan of `year`: the end of that year. */
export function unitNamesDay(year: number): string {
  return `${year}-12-31`;
}

/** The summaries of `rows`, in their order, with unit names and today's deadline flags. */
export async function toSummaries(
  db: Queryable,
  rows: readonly TaskRow[],
  today: string,
): Promise<TaskSummary[]> {
  const units = new Map<string, TaskUnit>();
  for (const year of new Set(rows.map((row) => row.plan_year))) {
    const keys = rows
      .filter((row) => row.plan_year === year)
      .flatMap((row) => [row.lead_unit, ...(JSON.parse(row.cooperating_units) as string[])]);
    for (const [key, unit] of await taskUnitsOf(db, keys, unitNamesDay(year))) units.set(key, unit);
  }
  return rows.map((row) => toSummary(row, units, today));
}

export function toSummary(row: TaskRow, units: ReadonlyMap<string, TaskUnit>, today: string): TaskSummary {
  const due = taskDue(row.due_date, row.due_quarter);
  return {
    id: row.id,
    planId: row.plan_id,
    sectionCode: row.section_code,
    title: row.title,
    lead: unitOf(units, row.lead_unit),
    cooperating: (JSON.parse(row.cooperating_units) as string[]).map((key) => unitOf(units, key)),
    dueDate: row.due_date,
    dueQuarter: row.due_quarter,
    due,
    deadlineFlag: taskDeadlineFlag(row.status, due, today),
    recurrence: row.recurrence,
    seriesId: row.series_id,
    period: row.period,
    status: row.status,
    priority: row.priority,
    targetId: row.target_id,
    product: row.product_id === null ? null : { id: row.product_id, name: row.product_name ?? '' },
    dossier:
      row.dossier_id === null ? null : { id: row.dossier_id, productName: row.dossier_product_name ?? '' },
    reportedPercent: row.reported_percent,
    acceptedPercent: row.accepted_percent,
    pendingReview: row.pending_review,
    reviewId: row.review_id,
    version: row.version,
  };
}

/** Filters of TaskQuery that SQL applies; `flag` and `quarter` depend on today and the domain's due rule. */
type SqlTaskFilters = Pick<TaskQuery, 'q' | 'sectionCode' | 'unit' | 'status' | 'targetId'>;

/**
 * The actionable tasks (one-off tasks and occurrences; not series rows) of a plan that the caller may see,
 * in document order.
 */
export async function visibleActionableTasks(
  db: Queryable,
  planId: string,
  caller: Principal,
  today: string,
  filters: SqlTaskFilters = {},
): Promise<TaskSummary[]> {
  const where = new Conditions();
  where.and(`t.plan_id = ${where.param(planId)}`).and('t.status is not null');
  restrictTasksToCaller(where, caller, 't', 'p');
  where.search('t.search_text', filters.q);
  if (filters.sectionCode !== undefined) where.and(`t.section_code = ${where.param(filters.sectionCode)}`);
  if (filters.unit !== undefined) {
    const unit = where.param(filters.unit);
    where.and(`(t.lead_unit = ${unit} or ${unit} = any(t.cooperating_units))`);
  }
  if (filters.status !== undefined) where.and(`t.status = ${where.param(filters.status)}`);
  if (filters.targetId !== undefined) where.and(`t.target_id = ${where.param(filters.targetId)}`);
  const rows = await db.query<TaskRow>(`${SELECT_TASKS} ${where.where} ${TASK_ORDER}`, where.params);
  return toSummaries(db, rows, today);
}

/**
 * A page of the plan's actionable tasks the caller may see, filtered by `query`. A district plan has a few
 * hundred tasks at most, so the deadline filters run on the computed summaries rather than in SQL.
 */
export async function listTasks(
  db: Queryable,
  planId: string,
  query: TaskQuery,
  caller: Principal,
  today: string,
): Promise<Page<TaskSummary>> {
  const all = await visibleActionableTasks(db, planId, caller, today, query);
  const matching = all.filter(
    (task) =>
      (query.flag === undefined || task.deadlineFlag === query.flag) &&
      (query.quarter === undefined || (task.due !== null && quarterOf(task.due) === query.quarter)),
  );
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 500;
  return { items: matching.slice(offset, offset + limit), total: matching.length };
}

/** The occurrences of a series, by period (they share the series' units, hence its visibility). */
export async function occurrencesOfSeries(
  db: Queryable,
  seriesId: string,
  today: string,
): Promise<TaskSummary[]> {
  const rows = await db.query<TaskRow>(
    `${SELECT_TASKS} where t.series_id = $1 order by t.period collate "C", t.id`,
    [seriesId],
  );
  return toSummaries(db, rows, today);
}

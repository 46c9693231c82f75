import {
  nextYearDay,
  nextYearPeriod,
  parsePlanCopy,
  type PlanDetail,
  type Principal,
  type Recurrence,
  type TaskPriority,
} from '@ocop/domain';
import type { Db } from '../../db/db';
import { validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { tasksReadScope } from '../auth/scope';
import { insertPlan, lockPlan, readOnlyPlan, requirePlanDetail } from './plan-write';
import { findPlan, planNotFound } from './plans.repository';
import { insertOccurrences, insertTaskRow, type TaskRowInput } from './task-insert';
import { managesPlan } from './task-scope';

interface SourceTaskRow {
  id: string;
  section_code: string;
  title: string;
  description: string;
  lead_unit: string;
  cooperating_units: string;
  due_date: string | null;
  due_quarter: string | null;
  recurrence: Recurrence;
  priority: TaskPriority;
  target_id: string | null;
  product_id: string | null;
  search_text: string;
  position: number;
}

/** `f` applied `times` times: a copy two years on moves dates twice. */
function repeat<T>(value: T, times: number, f: (value: T) => T): T {
  let result = value;
  for (let i = 0; i < times; i += 1) result = f(result);
  return result;
}

/**
 * POST /api/tasks/plans/:id/copy: next year's plan starts as a copy of this one. The copy is a draft (no
 * number, date of issue or signer), its title names the new year, its targets' quarters move on and their
 * dossier links are dropped (a dossier belongs to one round). Every one-off task and every series is copied
 * as newly assigned with its dates moved on (series create their occurrences for the new year); occurrences,
 * reports, comments and reviews stay with the old plan.
 */
export async function copyPlan(
  db: Db,
  caller: Principal,
  planId: string,
  fields: Record<string, unknown>,
): Promise<PlanDetail> {
  const id = await db.transaction(async (tx) => {
    const source = await lockPlan(tx, caller, planId);
    if (!managesPlan(caller, source.unitCode)) throw readOnlyPlan();
    const parsed = parsePlanCopy(fields, source.year);
    if (!parsed.ok) throw validationFailed(parsed.errors);
    const { year } = parsed.value;
    const years = year - source.year;
    const plan = await findPlan(tx, planId, tasksReadScope(caller));
    if (plan === null) throw planNotFound();

    const { id: newId, targetIds } = await insertPlan(
      tx,
      caller,
      {
        unitCode: plan.unit.code,
        year,
        number: null,
        title: plan.title.replaceAll(String(source.year), String(year)),
        issuedOn: null,
        legalBases: plan.legalBases,
        purposes: plan.purposes,
        requirements: plan.requirements,
        fundingSources: plan.fundingSources,
        sections: plan.sections,
        targets: plan.targets.map(({ id: _id, ...target }) => ({
          ...target,
          dueQuarter: target.dueQuarter === null ? null : repeat(target.dueQuarter, years, nextYearPeriod),
          dossierId: null,
        })),
        signer: null,
      },
      planId,
    );
    const targetMap = new Map(plan.targets.map((t, i) => [t.id, targetIds[i] ?? null]));

    const tasks = await tx.query<SourceTaskRow>(
      `select id, section_code, title, description, lead_unit, to_jsonb(cooperating_units)::text as cooperating_units,
              to_char(due_date, 'YYYY-MM-DD') as due_date, due_quarter, recurrence, priority, target_id,
              product_id, search_text, position
       from tasks
       where plan_id = $1 and series_id is null
       order by section_code collate "C", position, created_at, id`,
      [planId],
    );
    for (const task of tasks) {
      const input: TaskRowInput = {
        planId: newId,
        sectionCode: task.section_code,
        title: task.title,
        description: task.description,
        leadKey: task.lead_unit,
        cooperatingKeys: JSON.parse(task.cooperating_units) as string[],
        dueDate: task.due_date === null ? null : repeat(task.due_date, years, nextYearDay),
        dueQuarter: task.due_quarter === null ? null : repeat(task.due_quarter, years, nextYearPeriod),
        recurrence: task.recurrence,
        priority: task.priority,
        targetId: task.target_id === null ? null : (targetMap.get(task.target_id) ?? null),
        productId: task.product_id,
        dossierId: null,
        searchText: task.search_text,
        position: task.position,
        reviewId: null,
      };
      const comment = `Sao chép từ kế hoạch năm ${source.year}`;
      const copied = await insertTaskRow(tx, caller, input, comment);
      if (task.recurrence !== 'once')
        await insertOccurrences(tx, caller, copied, input, year, undefined, comment);
    }
    await appendAudit(tx, {
      actor: caller,
      entityType: 'plan',
      entityId: newId,
      action: 'plan.copied',
      from: { planId, year: source.year },
      to: { planId: newId, year, tasks: tasks.length },
      comment: null,
    });
    return newId;
  });
  return requirePlanDetail(db, caller, id);
}

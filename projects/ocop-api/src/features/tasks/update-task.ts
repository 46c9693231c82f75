import { parseTaskChange, type Principal, type TaskDetail } from '@ocop/domain';
import type { Db, Queryable } from '../../db/db';
import { validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { UNRESTRICTED } from '../auth/scope';
import { todayInVietnam } from '../units/commune-check';
import { checkTaskReferences } from './create-task';
import { readOnlyPlan } from './plan-write';
import { findPlan, planNotFound } from './plans.repository';
import { textArrayFromJson } from './sql-text-array';
import { managesPlan } from './task-scope';
import { lockTask, requireTaskDetail, staleTaskVersion, taskNotFound } from './task-write';

interface EditableRow {
  section_code: string;
  title: string;
  description: string;
  lead_unit: string;
  cooperating_units: string;
  due_date: string | null;
  due_quarter: string | null;
  priority: string;
  target_id: string | null;
  product_id: string | null;
  dossier_id: string | null;
}

async function editableFields(tx: Queryable, taskId: string): Promise<Record<string, unknown>> {
  const [row] = await tx.query<EditableRow>(
    `select section_code, title, description, lead_unit, to_jsonb(cooperating_units)::text as cooperating_units,
            to_char(due_date, 'YYYY-MM-DD') as due_date, due_quarter, priority, target_id, product_id, dossier_id
     from tasks where id = $1`,
    [taskId],
  );
  if (row === undefined) throw new Error(`task ${taskId} vanished while locked`);
  return {
    sectionCode: row.section_code,
    title: row.title,
    description: row.description,
    lead: row.lead_unit,
    cooperating: JSON.parse(row.cooperating_units) as string[],
    dueDate: row.due_date,
    dueQuarter: row.due_quarter,
    priority: row.priority,
    targetId: row.target_id,
    productId: row.product_id,
    dossierId: row.dossier_id,
  };
}

/**
 * PUT /api/tasks/tasks/:id (the standing unit): the fields as the user saw them, with that version. A
 * series passes its new title, units, section, priority and links on to its occurrences that are still open
 * (their own due dates stay those of their periods).
 */
export async function updateTask(
  db: Db,
  caller: Principal,
  taskId: string,
  fields: Record<string, unknown>,
  today = todayInVietnam(),
): Promise<TaskDetail> {
  await db.transaction(async (tx) => {
    const locked = await lockTask(tx, taskId, caller);
    if (locked === null) throw taskNotFound();
    if (!managesPlan(caller, locked.planUnitCode)) throw readOnlyPlan();
    const parsed = parseTaskChange(fields, locked.planYear);
    if (!parsed.ok) throw validationFailed(parsed.errors);
    const change = parsed.value;
    if (change.version !== locked.version) throw staleTaskVersion(locked.version);
    const plan = await findPlan(tx, locked.planId, UNRESTRICTED);
    if (plan === null) throw planNotFound();
    const { leadKey, cooperatingKeys, searchText } = await checkTaskReferences(tx, plan, change);

    const isSeries = locked.seriesId === null && locked.recurrence !== 'once';
    const followers = isSeries
      ? await tx.query<{ id: string }>(
          `select id from tasks where series_id = $1 and status not in ('accepted', 'cancelled')
           order by period for update`,
          [taskId],
        )
      : [];
    for (const id of [taskId, ...followers.map((f) => f.id)]) {
      const own = id === taskId;
      const before = await editableFields(tx, id);
      // The shared fields go to every row; due dates only to the row that was edited.
      await tx.query(
        `update tasks
         set section_code = $2, title = $3, description = $4, lead_unit = $5,
             cooperating_units = ${textArrayFromJson('$6')}, priority = $7, target_id = $8, product_id = $9,
             dossier_id = $10, search_text = $11,
             due_date = case when $12 then $13::date else due_date end,
             due_quarter = case when $12 then $14 else due_quarter end,
             version = version + 1, updated_at = now()
         where id = $1`,
        [
          id,
          change.sectionCode,
          change.title,
          change.description,
          leadKey,
          JSON.stringify(cooperatingKeys),
          change.priority,
          change.targetId,
          change.productId,
          change.dossierId,
          searchText,
          own,
          change.dueDate,
          change.dueQuarter,
        ],
      );
      await appendAudit(tx, {
        actor: caller,
        entityType: 'task',
        entityId: id,
        action: 'task.updated',
        from: before,
        to: await editableFields(tx, id),
        comment: own ? null : 'Cập nhật theo nhiệm vụ định kỳ',
      });
    }
  });
  return requireTaskDetail(db, taskId, caller, today);
}

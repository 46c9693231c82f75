import {
  foldForSearch,
  parseNewTask,
  taskUnitKey,
  type FieldError,
  type NewTask,
  type PlanDetail,
  type Principal,
  type TaskDetail,
} from '@ocop/domain';
import type { Db, Queryable } from '../../db/db';
import { validationFailed } from '../../http/api-http-error';
import { UNRESTRICTED } from '../auth/scope';
import { todayInVietnam } from '../units/commune-check';
import { catalogLinkErrors, lockPlan, readOnlyPlan } from './plan-write';
import { findPlan, planNotFound } from './plans.repository';
import { insertOccurrences, insertTaskRow, type TaskRowInput } from './task-insert';
import { managesPlan } from './task-scope';
import { planUnits } from './task-units.repository';
import { requireTaskDetail } from './task-write';

/** The task fields that refer to the plan and the catalogue (NewTask and TaskChange share them). */
type TaskReferences = Pick<
  NewTask,
  'sectionCode' | 'title' | 'description' | 'lead' | 'cooperating' | 'targetId' | 'productId' | 'dossierId'
>;

/** What checkTaskReferences answers: the units' keys and the task's search text. */
export interface CheckedReferences {
  leadKey: string;
  cooperatingKeys: string[];
  searchText: string;
}

/**
 * Checks what the domain parser cannot: the section is one of the plan's (when the plan lists sections),
 * the units exist for the plan (its departments, its communes of that year, their producers), the target is
 * the plan's, the product and dossier lie in the plan's unit. Answers the units' keys and the folded search
 * text (title, description, unit names).
 */
export async function checkTaskReferences(
  tx: Queryable,
  plan: PlanDetail,
  task: TaskReferences,
): Promise<CheckedReferences> {
  const errors: FieldError[] = [];
  if (plan.sections.length > 0 && !plan.sections.some((s) => s.code === task.sectionCode)) {
    errors.push({
      field: 'sectionCode',
      code: 'not_found',
      message: `Kế hoạch không có mục ${task.sectionCode}`,
    });
  }
  const units = new Map((await planUnits(tx, plan.unit.code, plan.year)).map((u) => [taskUnitKey(u), u]));
  const leadKey = taskUnitKey(task.lead);
  const lead = units.get(leadKey);
  if (lead === undefined) {
    errors.push({
      field: 'lead',
      code: 'not_found',
      message: 'Đơn vị chủ trì không thuộc huyện của kế hoạch (hoặc không còn tồn tại trong năm kế hoạch)',
    });
  }
  const cooperatingKeys = [...new Set(task.cooperating.map(taskUnitKey))];
  const names: string[] = lead === undefined ? [] : [lead.name];
  cooperatingKeys.forEach((key, i) => {
    const unit = units.get(key);
    if (key === leadKey) {
      errors.push({
        field: `cooperating[${i}]`,
        code: 'duplicate',
        message: 'Đơn vị chủ trì không đồng thời là đơn vị phối hợp',
      });
    } else if (unit === undefined) {
      errors.push({
        field: `cooperating[${i}]`,
        code: 'not_found',
        message: 'Đơn vị phối hợp không thuộc huyện của kế hoạch (hoặc không còn tồn tại trong năm kế hoạch)',
      });
    } else {
      names.push(unit.name);
    }
  });
  if (task.targetId !== null && !plan.targets.some((t) => t.id === task.targetId)) {
    errors.push({ field: 'targetId', code: 'not_found', message: 'Mục tiêu này không thuộc kế hoạch' });
  }
  errors.push(
    ...(await catalogLinkErrors(tx, plan.unit.code, [
      { field: '', productId: task.productId, dossierId: task.dossierId },
    ])),
  );
  if (errors.length > 0) throw validationFailed(errors);
  return {
    leadKey,
    cooperatingKeys,
    searchText: foldForSearch([task.title, task.description, ...names].join(' ')),
  };
}

/**
 * Writes a checked new task of `plan` at the end of its section, with its 'task.created' audit entry (and
 * `comment`), and a recurring one's occurrences for the plan's year. Answers the task's id (a recurring one:
 * its series row). It belongs to no review: a review links its follow-ups once the review's row exists.
 */
export async function insertNewTask(
  tx: Queryable,
  caller: Principal,
  plan: Pick<PlanDetail, 'id' | 'year'>,
  task: NewTask,
  references: CheckedReferences,
  { today, comment = null }: { today: string; comment?: string | null },
): Promise<string> {
  const [next] = await tx.query<{ position: number }>(
    `select coalesce(max(position) + 1, 0)::int as position from tasks where plan_id = $1 and section_code = $2`,
    [plan.id, task.sectionCode],
  );
  const input: TaskRowInput = {
    planId: plan.id,
    sectionCode: task.sectionCode,
    title: task.title,
    description: task.description,
    ...references,
    dueDate: task.dueDate,
    dueQuarter: task.dueQuarter,
    recurrence: task.recurrence,
    priority: task.priority,
    targetId: task.targetId,
    productId: task.productId,
    dossierId: task.dossierId,
    position: next?.position ?? 0,
    reviewId: null,
  };
  const taskId = await insertTaskRow(tx, caller, input, comment);
  if (task.recurrence !== 'once') {
    // Quarters that ended before the series was added are not created: nobody can still do them.
    const from = today.startsWith(`${plan.year}-`) ? today : undefined;
    await insertOccurrences(tx, caller, taskId, input, plan.year, from, comment);
  }
  return taskId;
}

/**
 * POST /api/tasks/plans/:planId/tasks (the standing unit): a one-off task, or a recurring series with its
 * occurrences for the plan's year (from the current quarter on when the plan is this year's).
 */
export async function createTask(
  db: Db,
  caller: Principal,
  planId: string,
  fields: Record<string, unknown>,
  today = todayInVietnam(),
): Promise<TaskDetail> {
  const id = await db.transaction(async (tx) => {
    const locked = await lockPlan(tx, caller, planId);
    if (!managesPlan(caller, locked.unitCode)) throw readOnlyPlan();
    const parsed = parseNewTask(fields, locked.year);
    if (!parsed.ok) throw validationFailed(parsed.errors);
    const task = parsed.value;
    const plan = await findPlan(tx, planId, UNRESTRICTED);
    if (plan === null) throw planNotFound();
    const references = await checkTaskReferences(tx, plan, task);
    return insertNewTask(tx, caller, plan, task, references, { today });
  });
  return requireTaskDetail(db, id, caller, today);
}

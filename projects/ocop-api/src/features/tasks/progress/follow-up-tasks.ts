import type { FieldError, NewTask, PlanDetail, Principal } from '@ocop/domain';
import type { Queryable } from '../../../db/db';
import { ApiHttpError, validationFailed } from '../../../http/api-http-error';
import { checkTaskReferences } from '../create-task';
import { insertOccurrences, insertTaskRow, type TaskRowInput } from '../task-insert';

/**
 * The follow-up tasks of a review meeting, written in the review's transaction the way POST
 * /api/tasks/plans/:planId/tasks writes a task (create-task.ts: same reference checks, same rows, each with
 * its 'task.created' audit entry), but all or none: a problem with any of them is a field error of
 * `followUps[i]` and nothing is written. Answers the new tasks' ids (a recurring one: its series row, whose
 * occurrences follow it). The caller links them to the review once its row exists.
 */
export async function createFollowUpTasks(
  tx: Queryable,
  caller: Principal,
  plan: PlanDetail,
  followUps: readonly NewTask[],
  { today, comment }: { today: string; comment: string },
): Promise<string[]> {
  const checked = [];
  const errors: FieldError[] = [];
  for (const [index, task] of followUps.entries()) {
    try {
      checked.push({ task, references: await checkTaskReferences(tx, plan, task) });
    } catch (error) {
      if (!(error instanceof ApiHttpError) || error.code !== 'VALIDATION_FAILED') throw error;
      for (const e of error.details as FieldError[])
        errors.push({ ...e, field: `followUps[${index}].${e.field}` });
    }
  }
  if (errors.length > 0) throw validationFailed(errors);

  const ids: string[] = [];
  for (const { task, references } of checked) {
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
      // The review row does not exist yet: recordReview links its follow-ups once it does.
      reviewId: null,
    };
    const id = await insertTaskRow(tx, caller, input, comment);
    if (task.recurrence !== 'once') {
      const from = today.startsWith(`${plan.year}-`) ? today : undefined;
      await insertOccurrences(tx, caller, id, input, plan.year, from, comment);
    }
    ids.push(id);
  }
  return ids;
}

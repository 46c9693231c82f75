import type { FieldError, NewTask, PlanDetail, Principal } from '@ocop/domain';
import type { Queryable } from '../../../db/db';
import { ApiHttpError, validationFailed } from '../../../http/api-http-error';
import { checkTaskReferences, insertNewTask } from '../create-task';

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
    // The review row does not exist yet: recordReview links its follow-ups once it does.
    const id = await insertNewTask(tx, caller, plan, task, references, { today, comment });
    ids.push(id);
  }
  return ids;
}

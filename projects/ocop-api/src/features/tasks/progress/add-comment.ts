import { parseTaskComment, type Principal, type TaskComment } from '@ocop/domain';
import type { Db } from '../../../db/db';
import { validationFailed } from '../../../http/api-http-error';
import { appendAudit, isoInstant } from '../../audit/audit.repository';
import { todayInVietnam } from '../../units/commune-check';
import { lockTask, taskNotFound } from '../task-write';
import { callerUnitName } from './caller-unit';
import { allowedTransition } from './task-workflow-check';

/**
 * Adds a comment of the lead, a cooperating or the standing unit (the workflow's 'comment'), with its audit
 * entry, under the task's row lock. The task's version is left as it is: a comment changes nothing another
 * user's pending report or decision was based on, so it must not turn their next write into a 409.
 */
export async function addTaskComment(
  db: Db,
  caller: Principal,
  taskId: string,
  fields: Record<string, unknown>,
  today = todayInVietnam(),
): Promise<TaskComment> {
  const parsed = parseTaskComment(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const { text } = parsed.value;

  return db.transaction(async (tx) => {
    const task = await lockTask(tx, taskId, caller);
    if (task === null) throw taskNotFound();
    allowedTransition(caller, task, 'comment', {});
    const unit = await callerUnitName(tx, caller, today);
    const [row] = await tx.query<{ id: string; created_at: string }>(
      `insert into task_comments (task_id, text, author, author_name, author_unit) values ($1, $2, $3, $4, $5)
       returning id, ${isoInstant('created_at')} as created_at`,
      [taskId, text, caller.username, caller.name, unit],
    );
    if (row === undefined) throw new Error('insert into task_comments returned nothing');
    await appendAudit(tx, {
      actor: caller,
      entityType: 'task',
      entityId: taskId,
      action: 'task.commented',
      from: null,
      to: { commentId: row.id },
      comment: text,
    });
    return { id: row.id, text, author: { name: caller.name, unit }, createdAt: row.created_at };
  });
}

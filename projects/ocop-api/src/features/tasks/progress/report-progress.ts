import { parseProgressReport, type Principal } from '@ocop/domain';
import type { Db } from '../../../db/db';
import { validationFailed } from '../../../http/api-http-error';
import { appendAudit } from '../../audit/audit.repository';
import { todayInVietnam } from '../../units/commune-check';
import { lockTask, requireTaskDetail, staleTaskVersion, taskNotFound, touchTask } from '../task-write';
import { callerUnitName } from './caller-unit';
import type { TaskWriteResult } from './task-action';
import { allowedTransition } from './task-workflow-check';

/**
 * Records a progress report: the percentage the unit chooses (never computed), its text, waiting for the
 * standing unit's review. Validated before anything is read or written (an invalid percentage saves
 * nothing); then, under the task's row lock and in one transaction: the report row, the task's status (the
 * workflow's: in progress below 100 %, reported done at 100 %), its version, the audit entry. A request id
 * already used for this task answers the task as it is now, doing nothing. Evidence files are uploaded to
 * the report afterwards (upload-evidence.ts).
 */
export async function reportProgress(
  db: Db,
  caller: Principal,
  taskId: string,
  fields: Record<string, unknown>,
  today = todayInVietnam(),
): Promise<TaskWriteResult> {
  const parsed = parseProgressReport(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const { percent, text, version, requestId } = parsed.value;

  const replayed = await db.transaction(async (tx) => {
    const task = await lockTask(tx, taskId, caller);
    if (task === null) throw taskNotFound();
    if (requestId !== undefined) {
      const [earlier] = await tx.query<{ id: string }>(
        'select id from task_reports where task_id = $1 and request_id = $2',
        [taskId, requestId],
      );
      if (earlier !== undefined) return true;
    }
    if (version !== task.version) throw staleTaskVersion(task.version);
    const to = allowedTransition(caller, task, 'report', { percent });

    const [report] = await tx.query<{ id: string }>(
      `insert into task_reports (task_id, percent, text, reported_by, reported_by_name, reported_by_unit, request_id)
       values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [
        taskId,
        percent,
        text,
        caller.username,
        caller.name,
        await callerUnitName(tx, caller, today),
        requestId ?? null,
      ],
    );
    if (report === undefined) throw new Error('insert into task_reports returned no id');
    await touchTask(tx, taskId, { status: to, returnReason: null });
    await appendAudit(tx, {
      actor: caller,
      entityType: 'task',
      entityId: taskId,
      action: 'task.reported',
      from: { status: task.status },
      to: { status: to, reportId: report.id, percent },
      comment: text,
    });
    return false;
  });
  return { task: await requireTaskDetail(db, taskId, caller, today), replayed };
}

import { parseProgressReport } from '@ocop/domain';
import { appendAudit } from '../../audit/audit.repository';
import { todayInVietnam } from '../../units/commune-check';
import { touchTask } from '../task-write';
import { callerUnitName } from './caller-unit';
import { allowedTransition } from './task-workflow-check';
import { type TaskWrite, writeTaskOnce } from './write-task-once';

/**
 * Records a progress report: the percentage the unit chooses (never computed), its text, waiting for the
 * standing unit's review. Validated before anything is read or written (an invalid percentage saves
 * nothing); then, under the task's row lock and in one transaction: the report row, the task's status (the
 * workflow's: in progress below 100 %, reported done at 100 %), its version, the audit entry. A request id
 * already used for this task answers the task as it is now, doing nothing. Evidence files are uploaded to
 * the report afterwards (upload-evidence.ts).
 */
export const reportProgress: TaskWrite = async (db, caller, taskId, fields, today = todayInVietnam()) => {
  const parsed = parseProgressReport(fields);
  return writeTaskOnce({ db, caller, taskId, today }, parsed, 'report', async (tx, task, request) => {
    const { percent, text, requestId } = request;
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
  });
};

import { parseTaskAction } from '@ocop/domain';
import { appendAudit } from '../../audit/audit.repository';
import { todayInVietnam } from '../../units/commune-check';
import { touchTask } from '../task-write';
import { allowedTransition } from './task-workflow-check';
import { type TaskWrite, writeTaskOnce } from './write-task-once';

const AUDIT_ACTIONS = {
  start: 'task.started',
  accept: 'task.accepted',
  return: 'task.returned',
  cancel: 'task.cancelled',
  reopen: 'task.reopened',
} as const;

/**
 * Moves a task along its workflow (start, accept, return, cancel, reopen). The domain decides
 * (checkTaskAction); this writes the outcome under the task's row lock, in one transaction: the task's
 * status and return reason, the pending report's review for accept and return, the request id, the audit
 * entry. A request id already acted on answers the task as it is now, doing nothing.
 */
export const actOnTask: TaskWrite = async (db, caller, taskId, fields, today = todayInVietnam()) => {
  const parsed = parseTaskAction(fields);
  return writeTaskOnce({ db, caller, taskId, today }, parsed, 'action', async (tx, task, request) => {
    const { action, reason, requestId } = request;
    const to = allowedTransition(caller, task, action, {
      reason,
      ...(task.pendingPercent === null ? {} : { percent: task.pendingPercent }),
    });

    // Accept and return act on the report waiting for review (the workflow refused them without one).
    const reportId = action === 'accept' || action === 'return' ? task.pendingReportId : null;
    if (reportId !== null) {
      await tx.query(
        `update task_reports set review = $2, reviewed_by = $3, reviewed_at = now(), return_reason = $4
           where id = $1`,
        [
          reportId,
          action === 'accept' ? 'accepted' : 'returned',
          caller.name,
          action === 'return' ? reason : null,
        ],
      );
    }
    // The task keeps a return reason only while it is returned.
    await touchTask(tx, taskId, { status: to, returnReason: action === 'return' ? reason : null });
    if (requestId !== undefined) {
      await tx.query(
        `insert into task_action_requests (task_id, request_id, action, actor_username) values ($1, $2, $3, $4)`,
        [taskId, requestId, action, caller.username],
      );
    }
    await appendAudit(tx, {
      actor: caller,
      entityType: 'task',
      entityId: taskId,
      action: AUDIT_ACTIONS[action],
      from: { status: task.status },
      to: {
        status: to,
        ...(reportId === null ? {} : { reportId, percent: task.pendingPercent }),
      },
      comment: reason,
    });
  });
};

import {
  checkTaskAction,
  type Principal,
  type TaskActionId,
  type TaskRefusalCode,
  type TaskStatus,
  type WorkflowTask,
} from '@ocop/domain';
import { ApiHttpError } from '../../../http/api-http-error';
import type { LockedTask } from '../task-write';

/**
 * The workflow's verdict (@ocop/domain checkTaskAction) on a locked task, as the progress routes answer it:
 * the domain decides, this only maps its refusal codes to HTTP statuses.
 */

const REFUSAL_STATUS: Record<TaskRefusalCode, number> = {
  // The caller sees the task (otherwise it would be 404) but its relation to it does not allow the action.
  FORBIDDEN: 403,
  INVALID_STATE: 409,
  PENDING_REPORT: 409,
  NO_PENDING_REPORT: 409,
  REASON_REQUIRED: 422,
};

/** What the workflow engine needs of a locked task; a series row (no status) takes no action itself. */
export function workflowTaskOf(task: LockedTask): WorkflowTask {
  if (task.status === null) {
    throw new ApiHttpError(
      409,
      'INVALID_STATE',
      'Đây là nhiệm vụ định kỳ: hãy báo cáo và xử lý trên từng kỳ (quý hoặc năm) của nhiệm vụ.',
    );
  }
  return {
    status: task.status,
    planUnitCode: task.planUnitCode,
    lead: task.lead,
    cooperating: task.cooperating,
    pendingReview: task.pendingReportId !== null,
  };
}

/** The status the action leads to; an ApiHttpError with the workflow's code and message when refused. */
export function allowedTransition(
  caller: Principal,
  task: LockedTask,
  action: TaskActionId,
  input: { reason?: string | null; percent?: number },
): TaskStatus {
  const check = checkTaskAction(caller, workflowTaskOf(task), action, input);
  if (!check.ok) throw new ApiHttpError(REFUSAL_STATUS[check.code], check.code, check.message);
  return check.to;
}

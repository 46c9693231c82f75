import type { Principal } from '../access/roles';
import type { TaskStatus } from './task';
import type { TaskUnit } from './task-units';

/**
 * The task workflow as data (issue #6, peers §2.3: a small preset, not OpenProject's matrix):
 * assigned → in progress → reported done → accepted, or returned by the standing unit with a reason; cancelled.
 * Every progress report waits for the standing unit's review; accepting a report below 100 % keeps the task in
 * progress, accepting a 100 % report accepts the task.
 */
export const TASK_ACTIONS = ['start', 'report', 'accept', 'return', 'cancel', 'reopen', 'comment'] as const;
export type TaskActionId = (typeof TASK_ACTIONS)[number];

/**
 * How an actor stands to a task:
 * - 'lead': an officer of the lead unit (a department's officer; the commune office of a lead commune, or of
 *   the commune a lead producer is registered in);
 * - 'standing': the district officer of the plan's district (Phòng NN&PTNT, the standing unit), who manages the
 *   whole plan and may also report for a unit that reported on paper;
 * - 'cooperating': an officer of a cooperating unit (comments only).
 */
export type TaskRelation = 'lead' | 'standing' | 'cooperating';

/** Facts about the task the guards need. */
export type TaskGuardId = 'noPendingReport' | 'pendingReport';

export interface TaskWorkflowAction {
  id: TaskActionId;
  from: readonly TaskStatus[];
  by: readonly TaskRelation[];
  /** The status after the action; 'by-percent': in_progress below 100 %, reported_done at 100 %. */
  to: TaskStatus | 'by-percent' | 'same' | 'by-report';
  needsReason: boolean;
  guards: readonly TaskGuardId[];
}

const OPEN: readonly TaskStatus[] = ['assigned', 'in_progress', 'reported_done', 'returned'];

export const TASK_WORKFLOW: readonly TaskWorkflowAction[] = [
  { id: 'start', from: ['assigned'], by: ['lead', 'standing'], to: 'in_progress', needsReason: false, guards: [] },
  {
    id: 'report',
    from: ['assigned', 'in_progress', 'returned'],
    by: ['lead', 'standing'],
    to: 'by-percent',
    needsReason: false,
    guards: ['noPendingReport'],
  },
  // Accepting a report below 100 % records accepted progress and keeps the task in progress.
  {
    id: 'accept',
    from: ['in_progress', 'reported_done'],
    by: ['standing'],
    to: 'by-report',
    needsReason: false,
    guards: ['pendingReport'],
  },
  {
    id: 'return',
    from: ['in_progress', 'reported_done'],
    by: ['standing'],
    to: 'returned',
    needsReason: true,
    guards: ['pendingReport'],
  },
  { id: 'cancel', from: OPEN, by: ['standing'], to: 'cancelled', needsReason: true, guards: [] },
  { id: 'reopen', from: ['accepted', 'cancelled'], by: ['standing'], to: 'in_progress', needsReason: true, guards: [] },
  { id: 'comment', from: [...OPEN, 'accepted'], by: ['lead', 'standing', 'cooperating'], to: 'same', needsReason: false, guards: [] },
];

export type TaskActor = Pick<Principal, 'roles' | 'districtCode' | 'communeCode' | 'departmentCode'>;

/** What the engine needs to know of a task (an occurrence or a one-off; a series row takes no action). */
export interface WorkflowTask {
  status: TaskStatus;
  /** The district (or province) code of the plan the task belongs to. */
  planUnitCode: string;
  lead: TaskUnit;
  cooperating: readonly TaskUnit[];
  /** The newest report waits for review. */
  pendingReview: boolean;
}

export type TaskRefusalCode = 'FORBIDDEN' | 'INVALID_STATE' | 'REASON_REQUIRED' | 'PENDING_REPORT' | 'NO_PENDING_REPORT';

export type TaskActionCheck =
  | { ok: true; to: TaskStatus }
  | { ok: false; code: TaskRefusalCode; message: string };

/** The relations `actor` has to `task` (empty for a reader such as a province officer). */
export function taskRelations(actor: TaskActor, task: Omit<WorkflowTask, 'status' | 'pendingReview'>): TaskRelation[] {
  throw new Error('implemented by the domain helper: see task-workflow.spec.ts');
}

/** The actions `actor` may take on `task` now, in `TASK_WORKFLOW` order: the UI's buttons. */
export function availableTaskActions(actor: TaskActor, task: WorkflowTask): TaskActionId[] {
  throw new Error('implemented by the domain helper');
}

/**
 * Whether `actor` may take `action` on `task`, and the status it leads to. `percent` is the report's (for
 * 'report') or the pending report's (for 'accept'). The API calls this before it writes; refusals carry a
 * Vietnamese message.
 */
export function checkTaskAction(
  actor: TaskActor,
  task: WorkflowTask,
  action: TaskActionId,
  input: { reason?: string | null; percent?: number },
): TaskActionCheck {
  throw new Error('implemented by the domain helper');
}

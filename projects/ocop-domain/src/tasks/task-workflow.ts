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
  {
    id: 'start',
    from: ['assigned'],
    by: ['lead', 'standing'],
    to: 'in_progress',
    needsReason: false,
    guards: [],
  },
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
  {
    id: 'reopen',
    from: ['accepted', 'cancelled'],
    by: ['standing'],
    to: 'in_progress',
    needsReason: true,
    guards: [],
  },
  {
    id: 'comment',
    from: [...OPEN, 'accepted'],
    by: ['lead', 'standing', 'cooperating'],
    to: 'same',
    needsReason: false,
    guards: [],
  },
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

export type TaskRefusalCode =
  'FORBIDDEN' | 'INVALID_STATE' | 'REASON_REQUIRED' | 'PENDING_REPORT' | 'NO_PENDING_REPORT';

export type TaskActionCheck =
  { ok: true; to: TaskStatus } | { ok: false; code: TaskRefusalCode; message: string };

const TASK_RELATIONS: readonly TaskRelation[] = ['lead', 'standing', 'cooperating'];

const STATUS_LABELS: Record<TaskStatus, string> = {
  assigned: 'đã giao',
  in_progress: 'đang thực hiện',
  reported_done: 'đã báo cáo hoàn thành',
  accepted: 'đã nghiệm thu',
  returned: 'bị trả lại',
  cancelled: 'đã hủy',
};

const ACTION_LABELS: Record<TaskActionId, string> = {
  start: 'bắt đầu thực hiện',
  report: 'báo cáo tiến độ',
  accept: 'nghiệm thu báo cáo',
  return: 'trả lại báo cáo',
  cancel: 'hủy nhiệm vụ',
  reopen: 'mở lại nhiệm vụ',
  comment: 'góp ý',
};

const RELATION_LABELS: Record<TaskRelation, string> = {
  lead: 'đơn vị chủ trì',
  standing: 'đơn vị thường trực',
  cooperating: 'đơn vị phối hợp',
};

/** Whether the actor answers for `unit` in the plan of `planUnitCode`. */
function answersFor(actor: TaskActor, unit: TaskUnit, planUnitCode: string): boolean {
  switch (unit.kind) {
    case 'department':
      // Department codes repeat in every district: only the plan's own district's offices answer for them.
      return (
        (actor.roles.includes('department-officer') || actor.roles.includes('district-officer')) &&
        actor.districtCode === planUnitCode &&
        actor.departmentCode === unit.code
      );
    case 'commune':
      return actor.roles.includes('commune-officer') && actor.communeCode === unit.code;
    case 'producer':
      // A producer has no login: the office of the commune it is registered in answers for it.
      return (
        actor.roles.includes('commune-officer') &&
        unit.communeCode !== null &&
        actor.communeCode === unit.communeCode
      );
  }
}

/** The relations `actor` has to `task` (empty for a reader such as a province officer). */
export function taskRelations(
  actor: TaskActor,
  task: Omit<WorkflowTask, 'status' | 'pendingReview'>,
): TaskRelation[] {
  const held = new Set<TaskRelation>();
  if (actor.roles.includes('district-officer') && actor.districtCode === task.planUnitCode)
    held.add('standing');
  if (answersFor(actor, task.lead, task.planUnitCode)) held.add('lead');
  if (task.cooperating.some((unit) => answersFor(actor, unit, task.planUnitCode))) held.add('cooperating');
  return TASK_RELATIONS.filter((r) => held.has(r));
}

/** The actions `actor` may take on `task` now, in `TASK_WORKFLOW` order: the UI's buttons. */
export function availableTaskActions(actor: TaskActor, task: WorkflowTask): TaskActionId[] {
  const relations = taskRelations(actor, task);
  // A reason is asked for when the button is pressed, so it does not hide the button.
  return TASK_WORKFLOW.filter((a) => refusalOf(a, relations, task) === null).map((a) => a.id);
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
  const definition = TASK_WORKFLOW.find((a) => a.id === action);
  if (definition === undefined) {
    return {
      ok: false,
      code: 'INVALID_STATE',
      message: `Không có thao tác "${String(action)}" với nhiệm vụ.`,
    };
  }
  const refusal = refusalOf(definition, taskRelations(actor, task), task);
  if (refusal !== null) return refusal;
  if (definition.needsReason && (input.reason ?? '').trim() === '') {
    return {
      ok: false,
      code: 'REASON_REQUIRED',
      message: `Cần ghi lý do để ${ACTION_LABELS[definition.id]}.`,
    };
  }
  return { ok: true, to: targetOf(definition, task, input.percent) };
}

function refusalOf(
  action: TaskWorkflowAction,
  relations: readonly TaskRelation[],
  task: WorkflowTask,
): Extract<TaskActionCheck, { ok: false }> | null {
  if (!action.by.some((r) => relations.includes(r))) {
    const who = action.by.map((r) => RELATION_LABELS[r]).join(' hoặc ');
    return {
      ok: false,
      code: 'FORBIDDEN',
      message: `Chỉ ${who} của nhiệm vụ mới được ${ACTION_LABELS[action.id]}.`,
    };
  }
  if (!action.from.includes(task.status)) {
    return {
      ok: false,
      code: 'INVALID_STATE',
      message: `Không thể ${ACTION_LABELS[action.id]} khi nhiệm vụ ${STATUS_LABELS[task.status]}.`,
    };
  }
  if (action.guards.includes('noPendingReport') && task.pendingReview) {
    return {
      ok: false,
      code: 'PENDING_REPORT',
      message: 'Báo cáo trước đang chờ đơn vị thường trực xem xét.',
    };
  }
  if (action.guards.includes('pendingReport') && !task.pendingReview) {
    return {
      ok: false,
      code: 'NO_PENDING_REPORT',
      message: `Không có báo cáo tiến độ nào đang chờ xem xét để ${ACTION_LABELS[action.id]}.`,
    };
  }
  return null;
}

function targetOf(action: TaskWorkflowAction, task: WorkflowTask, percent: number | undefined): TaskStatus {
  switch (action.to) {
    case 'same':
      return task.status;
    case 'by-percent':
      return percent === 100 ? 'reported_done' : 'in_progress';
    case 'by-report':
      return percent === 100 ? 'accepted' : 'in_progress';
    default:
      return action.to;
  }
}

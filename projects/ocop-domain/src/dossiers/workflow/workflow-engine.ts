import type { OcopRole, Principal } from '../../access/roles';
import { dueDate, isIsoDate } from './workflow-deadline';
import {
  scopeForRole,
  type WorkflowAction,
  type WorkflowDefinition,
  type WorkflowGuardId,
  type WorkflowScope,
} from './workflow-definition';

/**
 * The one engine for every workflow definition. Pure: the API calls `checkTransition` before it writes, the UI
 * calls `availableActions` to draw buttons, and both get the same answer from the same data.
 */

/** What the engine needs to know about a dossier. */
export interface WorkflowDossier {
  state: string;
  communeCode: string;
  districtCode: string;
}

/** What the engine needs to know about the actor (a Principal fits). */
export type WorkflowActor = Pick<Principal, 'roles' | 'communeCode' | 'districtCode'>;

/**
 * The caller's answers to the guards: true = satisfied; false = not satisfied (a default Vietnamese reason is
 * used); a string = not satisfied, with that Vietnamese reason. A guard left out counts as not satisfied, so a
 * forgotten check refuses rather than lets through.
 */
export type WorkflowGuardAnswers = Partial<Record<WorkflowGuardId, boolean | string>>;

/** Facts only the caller has: today's date, and the deadline an officer typed when returning a dossier. */
export interface WorkflowTransitionContext {
  /** 'yyyy-MM-dd', the date the transition happens; needed to compute a state's fixed deadline. */
  today?: string;
  /** 'yyyy-MM-dd', the deadline the actor set, for states whose deadline is set by the actor. */
  givenDeadline?: string;
}

export type WorkflowRefusalCode =
  'UNKNOWN_ACTION' | 'NOT_ALLOWED_IN_STATE' | 'ROLE_NOT_ALLOWED' | 'OUT_OF_SCOPE' | 'GUARD_FAILED';

export interface WorkflowGuardFailure {
  guard: WorkflowGuardId;
  /** Vietnamese. */
  reason: string;
}

export type WorkflowTransitionCheck =
  | { ok: true; to: string; deadline?: string }
  | { ok: false; code: WorkflowRefusalCode; message: string; details?: WorkflowGuardFailure[] };

export const DEFAULT_GUARD_REASONS: Readonly<Record<WorkflowGuardId, string>> = {
  'mandatory-items-present': 'Hồ sơ còn thiếu thành phần bắt buộc.',
  'reason-per-returned-item': 'Mỗi thành phần trả lại phải có lý do cần bổ sung.',
  'deadline-given': 'Chưa nhập hạn bổ sung.',
};

const OUT_OF_SCOPE_MESSAGES: Readonly<Record<WorkflowScope, string>> = {
  commune: 'Hồ sơ không thuộc xã của bạn.',
  district: 'Hồ sơ không thuộc huyện của bạn.',
  province: 'Hồ sơ không thuộc tỉnh của bạn.',
};

/**
 * The actions the actor may take on the dossier now: the dossier is in one of the action's `from` states and
 * one of the actor's roles is allowed, in scope. Guards are not evaluated: the UI shows the button and lists
 * `requires` so it can explain a missing prerequisite instead of hiding the way forward. Actions `performedBy`
 * an evaluation step are not offered: they happen only through that step.
 */
export function availableActions(
  definition: WorkflowDefinition,
  dossier: WorkflowDossier,
  actor: WorkflowActor,
): WorkflowAction[] {
  return definition.actions.filter(
    (action) =>
      action.performedBy === undefined &&
      action.from.includes(dossier.state) &&
      rolesInScope(action, dossier, actor).length > 0,
  );
}

/**
 * Whether the actor may take the action now, and where it leads. Checks run in the order role → scope →
 * state → guards, so someone who may never act on this dossier learns nothing about its state.
 */
export function checkTransition(
  definition: WorkflowDefinition,
  dossier: WorkflowDossier,
  actor: WorkflowActor,
  actionId: string,
  guards: WorkflowGuardAnswers,
  context: WorkflowTransitionContext = {},
): WorkflowTransitionCheck {
  const action = definition.actions.find((a) => a.id === actionId);
  if (!action) {
    return refuse('UNKNOWN_ACTION', `Quy trình “${definition.name}” không có thao tác “${actionId}”.`);
  }
  const heldRoles = actor.roles.filter((role) => action.roles.includes(role));
  if (heldRoles.length === 0) {
    return refuse('ROLE_NOT_ALLOWED', `Vai trò của bạn không được thực hiện “${action.name}”.`);
  }
  if (rolesInScope(action, dossier, actor).length === 0) {
    const scope = scopeForRole(action, heldRoles[0]) ?? 'province';
    return refuse('OUT_OF_SCOPE', OUT_OF_SCOPE_MESSAGES[scope]);
  }
  if (!action.from.includes(dossier.state)) {
    const stateName = definition.states.find((s) => s.id === dossier.state)?.name ?? dossier.state;
    return refuse(
      'NOT_ALLOWED_IN_STATE',
      `Không thể thực hiện “${action.name}” khi hồ sơ đang ở trạng thái “${stateName}”.`,
    );
  }
  const failures = failedGuards(action, guards, context);
  if (failures.length > 0) {
    return {
      ok: false,
      code: 'GUARD_FAILED',
      message: failures.map((f) => f.reason).join(' '),
      details: failures,
    };
  }
  const deadline = deadlineOnEntering(definition, action.to, context);
  return deadline === undefined ? { ok: true, to: action.to } : { ok: true, to: action.to, deadline };
}

/**
 * Whether the actor may change the dossier's checklist (items, attachments) in its current state: the
 * state names the actor's role among its checklist editors and the dossier is in that role's scope.
 */
export function canEditChecklist(
  definition: WorkflowDefinition,
  dossier: WorkflowDossier,
  actor: WorkflowActor,
): boolean {
  const editors = definition.states.find((s) => s.id === dossier.state)?.checklistEditors;
  if (!editors) return false;
  return actor.roles.some((role) => {
    if (!editors.roles.includes(role)) return false;
    const scope = typeof editors.scope === 'string' ? editors.scope : editors.scope[role];
    return scope !== undefined && inScope(scope, dossier, actor);
  });
}

/** The actor's roles that the action allows and whose scope covers the dossier. */
function rolesInScope(action: WorkflowAction, dossier: WorkflowDossier, actor: WorkflowActor): OcopRole[] {
  return actor.roles.filter((role) => {
    const scope = scopeForRole(action, role);
    return scope !== undefined && inScope(scope, dossier, actor);
  });
}

function inScope(scope: WorkflowScope, dossier: WorkflowDossier, actor: WorkflowActor): boolean {
  switch (scope) {
    case 'commune':
      return actor.communeCode !== null && actor.communeCode === dossier.communeCode;
    case 'district':
      return actor.districtCode !== null && actor.districtCode === dossier.districtCode;
    case 'province':
      // One deployment serves one province: a province-wide role reaches every dossier in it.
      return true;
  }
}

function failedGuards(
  action: WorkflowAction,
  guards: WorkflowGuardAnswers,
  context: WorkflowTransitionContext,
): WorkflowGuardFailure[] {
  const failures: WorkflowGuardFailure[] = [];
  for (const guard of action.requires ?? []) {
    const answer = guard === 'deadline-given' ? deadlineGivenAnswer(context) : guards[guard];
    if (answer === true) continue;
    const reason = typeof answer === 'string' && answer.trim() !== '' ? answer : DEFAULT_GUARD_REASONS[guard];
    failures.push({ guard, reason });
  }
  return failures;
}

/**
 * The engine holds the facts for this guard itself (the given date and today), so it decides it: a caller
 * cannot declare a deadline "given" without handing it over.
 */
function deadlineGivenAnswer(context: WorkflowTransitionContext): true | string {
  const given = context.givenDeadline;
  if (given === undefined || given.trim() === '') return DEFAULT_GUARD_REASONS['deadline-given'];
  if (!isIsoDate(given)) return 'Hạn bổ sung không phải là một ngày hợp lệ.';
  if (context.today !== undefined && given < context.today) {
    return 'Hạn bổ sung không được trước ngày hôm nay.';
  }
  return true;
}

function deadlineOnEntering(
  definition: WorkflowDefinition,
  stateId: string,
  context: WorkflowTransitionContext,
): string | undefined {
  const state = definition.states.find((s) => s.id === stateId);
  if (state?.deadlineSetByActor) return context.givenDeadline;
  if (state?.deadlineDays !== undefined && context.today !== undefined) {
    return dueDate(context.today, state.deadlineDays);
  }
  return undefined;
}

function refuse(code: WorkflowRefusalCode, message: string): WorkflowTransitionCheck {
  return { ok: false, code, message };
}

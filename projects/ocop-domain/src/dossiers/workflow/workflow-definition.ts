import type { OcopRole } from '../../access/roles';

/**
 * A dossier workflow is data, not code (brief §5): the API checks every transition against it and the UI
 * draws its buttons from it, so the two cannot drift apart. The district regime (QĐ 1048/148) and the 2025
 * regime (QĐ 1489, no district level) are two values of this type run by the same engine.
 */

/**
 * Which unit of the dossier the actor must belong to. `commune`: the actor's commune is the dossier's;
 * `district`: the actor's district is the dossier's; `province`: anywhere (one deployment serves one province).
 */
export type WorkflowScope = 'commune' | 'district' | 'province';

/**
 * Named prerequisites an action declares. The engine does not know the dossier's content, so the caller
 * evaluates them (e.g. the checklist says whether every mandatory item is present) and passes the answers;
 * listing them here lets the UI show a button and explain what is still missing.
 */
export const WORKFLOW_GUARDS = [
  'mandatory-items-present',
  'reason-per-returned-item',
  'deadline-given',
] as const;
export type WorkflowGuardId = (typeof WORKFLOW_GUARDS)[number];

export interface WorkflowState {
  id: string;
  /** Vietnamese, as shown to users. */
  name: string;
  /** No action leaves a terminal state. */
  terminal?: boolean;
  /** Calendar days whoever must act next has, counted from entering the state (see workflow-deadline.ts). */
  deadlineDays?: number;
  /** The deadline is not fixed by the definition but set by the actor who moves the dossier here. */
  deadlineSetByActor?: boolean;
  /**
   * Who may change the checklist (item status, dates, attachments) while the dossier is in this state; nobody
   * when absent. Data like the actions, so the API's refusals and the UI's edit controls agree.
   */
  checklistEditors?: { roles: readonly OcopRole[]; scope: WorkflowActionScope };
}

/**
 * Which unit an actor must belong to, either one scope for every allowed role or one per role — withdrawal,
 * for instance, is open to the commune office for its commune and to the district office for its district.
 */
export type WorkflowActionScope = WorkflowScope | Readonly<Partial<Record<OcopRole, WorkflowScope>>>;

export interface WorkflowAction {
  id: string;
  /** Vietnamese verb for a button, e.g. "Gửi huyện". */
  name: string;
  from: readonly string[];
  to: string;
  roles: readonly OcopRole[];
  scope: WorkflowActionScope;
  requires?: readonly WorkflowGuardId[];
  /**
   * The action is the outcome of an evaluation step and happens only through that step (closing a council
   * session, recording the province's result), never through the generic action route or a dossier button.
   */
  performedBy?: 'session-close' | 'province-result';
}

export interface WorkflowDefinition {
  id: string;
  /** Vietnamese. */
  name: string;
  /** Where a new dossier starts; every non-terminal state must be reachable from it. */
  initialState: string;
  states: readonly WorkflowState[];
  actions: readonly WorkflowAction[];
}

/** The scope that applies to one of the action's roles (undefined if the action does not name that role). */
export function scopeForRole(action: WorkflowAction, role: OcopRole): WorkflowScope | undefined {
  if (!action.roles.includes(role)) return undefined;
  return typeof action.scope === 'string' ? action.scope : action.scope[role];
}

import type { WorkflowDefinition } from './workflow-definition';

/**
 * Structural checks of a workflow definition. Definitions are data and may one day be stored and edited, so
 * a broken one must be caught when it is loaded, not when a dossier gets stuck in a state nobody can leave.
 * Messages are for developers and administrators, hence English; `code` is stable.
 */

export type WorkflowDefinitionProblemCode =
  | 'DUPLICATE_STATE'
  | 'DUPLICATE_ACTION'
  | 'UNKNOWN_INITIAL_STATE'
  | 'UNKNOWN_STATE'
  | 'TERMINAL_STATE_HAS_ACTION'
  | 'UNREACHABLE_STATE'
  | 'NO_ROLES'
  | 'NO_SCOPE_FOR_ROLE'
  | 'INVALID_DEADLINE'
  | 'DEADLINE_NOT_REQUIRED';

export interface WorkflowDefinitionProblem {
  code: WorkflowDefinitionProblemCode;
  message: string;
}

/** Every problem found (empty when the definition is sound). */
export function validateDefinition(definition: WorkflowDefinition): WorkflowDefinitionProblem[] {
  const problems: WorkflowDefinitionProblem[] = [];
  const add = (code: WorkflowDefinitionProblemCode, message: string) => problems.push({ code, message });

  for (const id of duplicates(definition.states.map((s) => s.id))) add('DUPLICATE_STATE', `state "${id}"`);
  for (const id of duplicates(definition.actions.map((a) => a.id))) add('DUPLICATE_ACTION', `action "${id}"`);

  const states = new Map(definition.states.map((s) => [s.id, s]));
  if (!states.has(definition.initialState)) {
    add('UNKNOWN_INITIAL_STATE', `initial state "${definition.initialState}" is not a state`);
  }

  for (const state of definition.states) {
    const days = state.deadlineDays;
    if (days !== undefined && (!Number.isInteger(days) || days <= 0)) {
      add('INVALID_DEADLINE', `state "${state.id}": deadlineDays must be a positive whole number`);
    }
    if (days !== undefined && state.deadlineSetByActor) {
      add(
        'INVALID_DEADLINE',
        `state "${state.id}": a deadline is either fixed or set by the actor, not both`,
      );
    }
  }

  for (const action of definition.actions) {
    for (const id of [...action.from, action.to]) {
      if (!states.has(id)) add('UNKNOWN_STATE', `action "${action.id}" names unknown state "${id}"`);
    }
    for (const id of action.from) {
      if (states.get(id)?.terminal) {
        add('TERMINAL_STATE_HAS_ACTION', `action "${action.id}" leaves terminal state "${id}"`);
      }
    }
    if (action.roles.length === 0) add('NO_ROLES', `action "${action.id}" allows no role`);
    if (typeof action.scope !== 'string') {
      for (const role of action.roles) {
        if (action.scope[role] === undefined) {
          add('NO_SCOPE_FOR_ROLE', `action "${action.id}" gives role "${role}" no scope`);
        }
      }
    }
    // The engine takes such a deadline from the actor only through the 'deadline-given' guard.
    if (states.get(action.to)?.deadlineSetByActor && !action.requires?.includes('deadline-given')) {
      add('DEADLINE_NOT_REQUIRED', `action "${action.id}" enters "${action.to}" without 'deadline-given'`);
    }
  }

  const reached = reachableFrom(definition);
  for (const state of definition.states) {
    if (!reached.has(state.id)) {
      add('UNREACHABLE_STATE', `state "${state.id}" cannot be reached from "${definition.initialState}"`);
    }
  }
  return problems;
}

function reachableFrom(definition: WorkflowDefinition): Set<string> {
  const reached = new Set<string>([definition.initialState]);
  const queue = [definition.initialState];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const action of definition.actions) {
      if (action.from.includes(current) && !reached.has(action.to)) {
        reached.add(action.to);
        queue.push(action.to);
      }
    }
  }
  return reached;
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

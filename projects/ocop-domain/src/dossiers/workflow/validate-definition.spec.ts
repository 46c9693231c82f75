import { COMMUNE_REGIME_2025 } from './commune-regime-2025';
import { DISTRICT_REGIME_1048 } from './district-regime';
import { validateDefinition } from './validate-definition';
import type { WorkflowDefinition } from './workflow-definition';

const codes = (definition: WorkflowDefinition) => validateDefinition(definition).map((p) => p.code);

describe('validateDefinition', () => {
  it('accepts both regimes', () => {
    expect(validateDefinition(DISTRICT_REGIME_1048)).toEqual([]);
    expect(validateDefinition(COMMUNE_REGIME_2025)).toEqual([]);
  });

  const base = DISTRICT_REGIME_1048;
  const withActions = (actions: WorkflowDefinition['actions']) => ({ ...base, actions });
  const withStates = (states: WorkflowDefinition['states']) => ({ ...base, states });
  const submit = base.actions.find((a) => a.id === 'submit')!;
  const ret = base.actions.find((a) => a.id === 'return')!;

  it('catches duplicate ids', () => {
    expect(codes(withStates([...base.states, { id: 'draft', name: 'Nháp' }]))).toEqual(['DUPLICATE_STATE']);
    expect(codes(withActions([...base.actions, submit]))).toEqual(['DUPLICATE_ACTION']);
  });

  it('catches an unknown initial state', () => {
    expect(codes({ ...base, initialState: 'new' })).toContain('UNKNOWN_INITIAL_STATE');
  });

  it('catches an action to or from a state that does not exist', () => {
    const broken = withActions([
      ...base.actions,
      { ...submit, id: 'score', from: ['accepted'], to: 'scored' },
    ]);
    expect(validateDefinition(broken)).toEqual([
      { code: 'UNKNOWN_STATE', message: 'action "score" names unknown state "scored"' },
    ]);
  });

  it('catches an action leaving a terminal state', () => {
    const broken = withActions([
      ...base.actions,
      { ...submit, id: 'revive', from: ['withdrawn'], to: 'draft' },
    ]);
    expect(codes(broken)).toEqual(['TERMINAL_STATE_HAS_ACTION']);
  });

  it('catches a state nobody can reach', () => {
    const broken = withActions(base.actions.filter((a) => a.id !== 'resubmit'));
    expect(validateDefinition(broken)).toEqual([
      { code: 'UNREACHABLE_STATE', message: 'state "resubmitted" cannot be reached from "draft"' },
    ]);
  });

  it('catches an action no role may take, and a role without a scope', () => {
    expect(codes(withActions([{ ...submit, roles: [] }, ...base.actions.slice(1)]))).toEqual(['NO_ROLES']);
    const noScope = { ...submit, roles: ['commune-officer', 'district-officer'] as const, scope: {} };
    expect(codes(withActions([noScope, ...base.actions.slice(1)]))).toEqual([
      'NO_SCOPE_FOR_ROLE',
      'NO_SCOPE_FOR_ROLE',
    ]);
  });

  it('catches a bad deadline and a returned state entered without asking for one', () => {
    const states = base.states.map((s) =>
      s.id === 'submitted'
        ? { ...s, deadlineDays: 0 }
        : s.id === 'accepted'
          ? { ...s, deadlineDays: 5, deadlineSetByActor: true }
          : s,
    );
    expect(codes(withStates(states))).toEqual([
      'INVALID_DEADLINE',
      'INVALID_DEADLINE',
      // accept now enters a state whose deadline the actor sets, yet does not ask for one.
      'DEADLINE_NOT_REQUIRED',
    ]);
    const lax = withActions(
      base.actions.map((a) => (a === ret ? { ...a, requires: ['reason-per-returned-item' as const] } : a)),
    );
    expect(codes(lax)).toEqual(['DEADLINE_NOT_REQUIRED']);
  });
});

import { OCOP_ROLES, type OcopRole } from '../../access/roles';
import { COMMUNE_REGIME_2025 } from './commune-regime-2025';
import { DISTRICT_REGIME_1048 } from './district-regime';
import type { WorkflowDefinition, WorkflowGuardId, WorkflowScope } from './workflow-definition';
import { availableActions, checkTransition, type WorkflowActor } from './workflow-engine';

/**
 * Every action × every role × three placements of the actor × every state, against an expectation written
 * from the issue text independently of the definitions: a typo in a definition or a slip in the engine
 * shows up as a disagreement here.
 */

interface ExpectedAction {
  from: string[];
  to: string;
  scopeByRole: Partial<Record<OcopRole, WorkflowScope>>;
  requires: WorkflowGuardId[];
  /**
   * The evaluation step that alone performs the action (closing a council session, recording the province's
   * result): `availableActions` never offers it, though `checkTransition` allows it to the right role, in
   * scope, from the right state — the evaluation routes call the engine like any other transition.
   */
  performedBy?: 'session-close' | 'province-result';
}

const COMMON_STATES = ['draft', 'submitted', 'returned', 'resubmitted', 'accepted', 'withdrawn'];
// The district regime continues after acceptance: the council's session and the province's result.
const DISTRICT_STATES = [
  'draft',
  'submitted',
  'returned',
  'resubmitted',
  'accepted',
  'forwarded',
  'not-forwarded',
  'certified',
  'not-certified',
  'withdrawn',
];
const OPEN = ['draft', 'submitted', 'returned', 'resubmitted'];

const DISTRICT_EXPECTED: Record<string, ExpectedAction> = {
  submit: {
    from: ['draft'],
    to: 'submitted',
    scopeByRole: { 'commune-officer': 'commune' },
    requires: ['mandatory-items-present'],
  },
  return: {
    from: ['submitted', 'resubmitted'],
    to: 'returned',
    scopeByRole: { 'district-officer': 'district' },
    requires: ['reason-per-returned-item', 'deadline-given'],
  },
  resubmit: {
    from: ['returned'],
    to: 'resubmitted',
    scopeByRole: { 'commune-officer': 'commune' },
    requires: ['mandatory-items-present'],
  },
  accept: {
    from: ['submitted', 'resubmitted'],
    to: 'accepted',
    scopeByRole: { 'district-officer': 'district' },
    requires: ['mandatory-items-present'],
  },
  withdraw: {
    from: OPEN,
    to: 'withdrawn',
    scopeByRole: { 'commune-officer': 'commune', 'district-officer': 'district' },
    requires: [],
  },
};

const DISTRICT_EVALUATION_EXPECTED: Record<string, ExpectedAction> = {
  forward: {
    from: ['accepted'],
    to: 'forwarded',
    scopeByRole: { 'district-officer': 'district' },
    requires: [],
    performedBy: 'session-close',
  },
  'not-forward': {
    from: ['accepted'],
    to: 'not-forwarded',
    scopeByRole: { 'district-officer': 'district' },
    requires: [],
    performedBy: 'session-close',
  },
  certify: {
    from: ['forwarded'],
    to: 'certified',
    scopeByRole: { 'province-officer': 'province' },
    requires: [],
    performedBy: 'province-result',
  },
  'not-certify': {
    from: ['forwarded'],
    to: 'not-certified',
    scopeByRole: { 'province-officer': 'province' },
    requires: [],
    performedBy: 'province-result',
  },
};

// The 2025 regime: the same shape with the province office in the district office's place (its evaluation
// steps are not modelled yet, so it ends at acceptance).
const COMMUNE_2025_EXPECTED: Record<string, ExpectedAction> = {
  ...DISTRICT_EXPECTED,
  return: { ...DISTRICT_EXPECTED['return']!, scopeByRole: { 'province-officer': 'province' } },
  accept: { ...DISTRICT_EXPECTED['accept']!, scopeByRole: { 'province-officer': 'province' } },
  withdraw: {
    ...DISTRICT_EXPECTED['withdraw']!,
    scopeByRole: { 'commune-officer': 'commune', 'province-officer': 'province' },
  },
};

// The dossier is from Xã Hữu Lễ (06322), Huyện Văn Quan (184).
const DOSSIER = { communeCode: '06322', districtCode: '184' };
type Placement = 'own-commune' | 'same-district' | 'other-district';
const PLACEMENTS: Placement[] = ['own-commune', 'same-district', 'other-district'];
// Tri Lễ (06313) is in Văn Quan; Cao Lộc is 183 and its commune code here is made up.
const UNITS: Record<Placement, { communeCode: string; districtCode: string }> = {
  'own-commune': { communeCode: '06322', districtCode: '184' },
  'same-district': { communeCode: '06313', districtCode: '184' },
  'other-district': { communeCode: '06199', districtCode: '183' },
};

// Which unit claims each role's token carries (brief §2).
const HAS_COMMUNE: readonly OcopRole[] = ['commune-officer'];
const HAS_DISTRICT: readonly OcopRole[] = ['commune-officer', 'district-officer', 'department-officer'];

function actorFor(role: OcopRole, placement: Placement): WorkflowActor {
  const unit = UNITS[placement];
  return {
    roles: [role],
    communeCode: HAS_COMMUNE.includes(role) ? unit.communeCode : null,
    districtCode: HAS_DISTRICT.includes(role) ? unit.districtCode : null,
  };
}

function expectedInScope(scope: WorkflowScope, role: OcopRole, placement: Placement): boolean {
  if (scope === 'province') return true;
  if (scope === 'district') return HAS_DISTRICT.includes(role) && placement !== 'other-district';
  return HAS_COMMUNE.includes(role) && placement === 'own-commune';
}

const TODAY = '2025-01-28';
const GIVEN_DEADLINE = '2025-02-15';
const EXPECTED_DEADLINE: Record<string, string | undefined> = {
  submitted: '2025-02-11',
  resubmitted: '2025-02-11',
  returned: GIVEN_DEADLINE,
};

function tabulate(
  definition: WorkflowDefinition,
  states: readonly string[],
  expected: Record<string, ExpectedAction>,
): void {
  describe(`${definition.id} truth table`, () => {
    it('has exactly the expected states and actions', () => {
      expect(definition.states.map((s) => s.id)).toEqual([...states]);
      expect(definition.actions.map((a) => a.id).sort()).toEqual(Object.keys(expected).sort());
    });

    it('marks exactly the expected actions as performed by an evaluation step', () => {
      const performedBy = (id: string) => definition.actions.find((a) => a.id === id)?.performedBy;
      for (const [actionId, want] of Object.entries(expected)) {
        expect(performedBy(actionId)).withContext(actionId).toBe(want.performedBy);
      }
    });

    for (const [actionId, want] of Object.entries(expected)) {
      for (const role of OCOP_ROLES) {
        for (const placement of PLACEMENTS) {
          for (const state of states) {
            const scope = want.scopeByRole[role];
            const code =
              scope === undefined
                ? 'ROLE_NOT_ALLOWED'
                : !expectedInScope(scope, role, placement)
                  ? 'OUT_OF_SCOPE'
                  : !want.from.includes(state)
                    ? 'NOT_ALLOWED_IN_STATE'
                    : 'OK';

            it(`${actionId} by ${role} (${placement}) from ${state} → ${code}`, () => {
              const dossier = { ...DOSSIER, state };
              const actor = actorFor(role, placement);
              const allTrue = { 'mandatory-items-present': true, 'reason-per-returned-item': true };
              const context = { today: TODAY, givenDeadline: GIVEN_DEADLINE };
              const result = checkTransition(definition, dossier, actor, actionId, allTrue, context);
              const offered = availableActions(definition, dossier, actor).map((a) => a.id);

              if (code === 'OK') {
                const deadline = EXPECTED_DEADLINE[want.to];
                expect(result).toEqual(
                  deadline === undefined ? { ok: true, to: want.to } : { ok: true, to: want.to, deadline },
                );
                // Buttons exist only for actions a person takes on the dossier itself.
                if (want.performedBy === undefined) expect(offered).toContain(actionId);
                else expect(offered).not.toContain(actionId);
                const refused = checkTransition(definition, dossier, actor, actionId, {}, { today: TODAY });
                if (want.requires.length === 0) {
                  expect(refused.ok).toBeTrue();
                } else {
                  expect(refused.ok ? [] : (refused.details ?? []).map((d) => d.guard)).toEqual(
                    want.requires,
                  );
                }
              } else {
                expect(result.ok ? 'OK' : result.code).toBe(code);
                expect(offered).not.toContain(actionId);
              }
            });
          }
        }
      }
    }
  });
}

tabulate(DISTRICT_REGIME_1048, DISTRICT_STATES, { ...DISTRICT_EXPECTED, ...DISTRICT_EVALUATION_EXPECTED });
tabulate(COMMUNE_REGIME_2025, COMMON_STATES, COMMUNE_2025_EXPECTED);

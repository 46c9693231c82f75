import type { OcopRole } from '../../access/roles';
import { COMMUNE_REGIME_2025 } from './commune-regime-2025';
import { DISTRICT_REGIME_1048 } from './district-regime';
import { canEditChecklist, type WorkflowActor } from './workflow-engine';
import { stateName, workflowDefinition, WORKFLOW_DEFINITIONS } from './workflow-registry';

const DOSSIER = { communeCode: '06322', districtCode: '184' };
const actor = (
  roles: OcopRole[],
  communeCode: string | null,
  districtCode: string | null,
): WorkflowActor => ({
  roles,
  communeCode,
  districtCode,
});

describe('canEditChecklist', () => {
  const commune = actor(['commune-officer'], '06322', '184');
  const otherCommune = actor(['commune-officer'], '06253', '184');
  const district = actor(['district-officer'], null, '184');

  for (const definition of WORKFLOW_DEFINITIONS) {
    describe(definition.id, () => {
      it('lets the commune officer of the dossier edit in draft and when returned, nowhere else', () => {
        const editable = definition.states
          .filter((s) => canEditChecklist(definition, { ...DOSSIER, state: s.id }, commune))
          .map((s) => s.id);
        expect(editable).toEqual(['draft', 'returned']);
      });

      it('refuses another commune and the district in every state', () => {
        for (const state of definition.states) {
          expect(canEditChecklist(definition, { ...DOSSIER, state: state.id }, otherCommune)).toBeFalse();
          expect(canEditChecklist(definition, { ...DOSSIER, state: state.id }, district)).toBeFalse();
        }
      });

      it('refuses a state the definition does not know', () => {
        expect(canEditChecklist(definition, { ...DOSSIER, state: 'scored' }, commune)).toBeFalse();
      });
    });
  }
});

describe('workflow registry', () => {
  it('finds definitions by id and names states', () => {
    expect(workflowDefinition('district-1048')).toBe(DISTRICT_REGIME_1048);
    expect(workflowDefinition('commune-1489')).toBe(COMMUNE_REGIME_2025);
    expect(stateName(DISTRICT_REGIME_1048, 'returned')).toBe('Trả lại để bổ sung');
    expect(stateName(DISTRICT_REGIME_1048, 'nope')).toBe('nope');
  });

  it('refuses an unknown definition id', () => {
    expect(() => workflowDefinition('nope')).toThrowError(RangeError);
  });
});

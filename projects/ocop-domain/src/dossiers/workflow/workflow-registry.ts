import { COMMUNE_REGIME_2025 } from './commune-regime-2025';
import { DISTRICT_REGIME_1048 } from './district-regime';
import type { WorkflowDefinition } from './workflow-definition';

/** Every workflow a stored dossier may name, by id. A dossier keeps the id it was created with. */
export const WORKFLOW_DEFINITIONS: readonly WorkflowDefinition[] = [
  DISTRICT_REGIME_1048,
  COMMUNE_REGIME_2025,
];

/** The definition with this id; throws for an unknown one, which would be a data error, not user input. */
export function workflowDefinition(id: string): WorkflowDefinition {
  const definition = WORKFLOW_DEFINITIONS.find((d) => d.id === id);
  if (!definition) throw new RangeError(`Không có quy trình hồ sơ “${id}”.`);
  return definition;
}

/** The state's Vietnamese name, or the id when the definition has no such state. */
export function stateName(definition: WorkflowDefinition, stateId: string): string {
  return definition.states.find((s) => s.id === stateId)?.name ?? stateId;
}

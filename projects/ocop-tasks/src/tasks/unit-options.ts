import { matchesSearch, TASK_UNIT_KINDS, TaskUnit, TaskUnitKind, taskUnitKey } from '@ocop/domain';

export interface UnitOption {
  key: string;
  unit: TaskUnit;
}

export interface UnitGroup {
  kind: TaskUnitKind;
  options: UnitOption[];
}

/**
 * The plan's units for a picker, grouped by kind (departments, communes, producers) in the API's order,
 * filtered by a diacritic-free search ("huu le" finds "Xã Hữu Lễ"); the `keep` keys (the chosen ones) stay
 * listed whatever the search, so a choice never disappears from view.
 */
export function unitGroups(
  units: readonly TaskUnit[],
  query: string,
  keep: readonly string[] = [],
): UnitGroup[] {
  return TASK_UNIT_KINDS.map((kind) => ({
    kind,
    options: units
      .filter((u) => u.kind === kind)
      .map((unit) => ({ key: taskUnitKey(unit), unit }))
      .filter((o) => keep.includes(o.key) || matchesSearch(o.unit.name, query)),
  })).filter((g) => g.options.length > 0);
}

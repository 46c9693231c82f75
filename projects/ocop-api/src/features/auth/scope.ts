import { CATALOG_WRITER_ROLES, MODULE_ROLES, type OcopRole, type Principal } from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Queryable } from '../../db/db';

/**
 * Which communes' records a caller may see or act on (brief §2), as a union of what each of their roles
 * grants. The one place where a principal becomes a SQL condition: every repository that reads or writes
 * unit-bound records goes through `restrictToScope`, so a new query cannot forget the rule by accident.
 *
 * - province-officer: the whole province;
 * - district-officer, department-officer, council-member: communes whose parent district is `district_code`;
 * - commune-officer: their `commune_code` only;
 * - ocop-admin, or a role whose unit claim is missing: nothing (fail closed: never "everything").
 */
export interface UnitScope {
  readonly wholeProvince: boolean;
  readonly districtCodes: readonly string[];
  readonly communeCodes: readonly string[];
}

export const NOTHING: UnitScope = { wholeProvince: false, districtCodes: [], communeCodes: [] };

/** For the API's own reads (a record it has just written); never for a caller's request. */
export const UNRESTRICTED: UnitScope = { wholeProvince: true, districtCodes: [], communeCodes: [] };

const DISTRICT_ROLES: readonly OcopRole[] = ['district-officer', 'department-officer', 'council-member'];

/** The scope that `principal` holds through those of its roles that are in `roles`. */
export function unitScope(principal: Principal, roles: readonly OcopRole[]): UnitScope {
  const held = principal.roles.filter((role) => roles.includes(role));
  const districtCodes = new Set<string>();
  const communeCodes = new Set<string>();
  for (const role of held) {
    if (DISTRICT_ROLES.includes(role) && principal.districtCode !== null) {
      districtCodes.add(principal.districtCode);
    }
    if (role === 'commune-officer' && principal.communeCode !== null) {
      communeCodes.add(principal.communeCode);
    }
  }
  return {
    wholeProvince: held.includes('province-officer'),
    districtCodes: [...districtCodes],
    communeCodes: [...communeCodes],
  };
}

/** Where producers and products may be read: the dossier module's roles. */
export function catalogReadScope(principal: Principal): UnitScope {
  return unitScope(principal, MODULE_ROLES.dossier);
}

/** Where producers and products may be registered: commune and district officers only. */
export function catalogWriteScope(principal: Principal): UnitScope {
  return unitScope(principal, CATALOG_WRITER_ROLES);
}

/**
 * Adds to `where` the condition "the commune in `communeColumn` is in scope". A commune counts for a
 * district when any version of it had that district as parent (records keep the commune code they were
 * made with; a commune that moved stays readable by the district it belonged to).
 */
export function restrictToScope(where: Conditions, scope: UnitScope, communeColumn: string): Conditions {
  if (scope.wholeProvince) return where;
  const alternatives: string[] = [];
  if (scope.communeCodes.length > 0) {
    alternatives.push(`${communeColumn} in (${scope.communeCodes.map((c) => where.param(c)).join(', ')})`);
  }
  if (scope.districtCodes.length > 0) {
    const districts = scope.districtCodes.map((d) => where.param(d)).join(', ');
    alternatives.push(
      `exists (select 1 from admin_units scope_unit
               where scope_unit.level = 'commune' and scope_unit.code = ${communeColumn}
                 and scope_unit.parent_code in (${districts}))`,
    );
  }
  return where.and(alternatives.length === 0 ? 'false' : `(${alternatives.join(' or ')})`);
}

/** Where plans (and later their tasks) may be read: the tasks module's roles. */
export function tasksReadScope(principal: Principal): UnitScope {
  return unitScope(principal, MODULE_ROLES.tasks);
}

/**
 * Adds to `where` the condition "the unit in `unitColumn`, a district or the province, is in scope", for
 * records owned by a district (a plan) rather than placed in a commune: the whole province sees all; a
 * district-bound scope its districts; a commune its district (the district's plan gives it tasks). A
 * province-level record is only seen province-wide.
 */
export function restrictDistrictRecordsToScope(
  where: Conditions,
  scope: UnitScope,
  unitColumn: string,
): Conditions {
  if (scope.wholeProvince) return where;
  const alternatives: string[] = [];
  if (scope.districtCodes.length > 0) {
    alternatives.push(`${unitColumn} in (${scope.districtCodes.map((d) => where.param(d)).join(', ')})`);
  }
  if (scope.communeCodes.length > 0) {
    const communes = scope.communeCodes.map((c) => where.param(c)).join(', ');
    alternatives.push(
      `${unitColumn} in (select scope_unit.parent_code from admin_units scope_unit
                         where scope_unit.level = 'commune' and scope_unit.code in (${communes}))`,
    );
  }
  return where.and(alternatives.length === 0 ? 'false' : `(${alternatives.join(' or ')})`);
}

/** Whether one commune is in scope, by the same rule as `restrictToScope`. */
export async function communeInScope(db: Queryable, scope: UnitScope, communeCode: string): Promise<boolean> {
  const where = new Conditions();
  const code = where.param(communeCode);
  restrictToScope(where, scope, 'c.code');
  const rows = await db.query(`select 1 from (select ${code}::text as code) c ${where.where}`, where.params);
  return rows.length > 0;
}

import { MODULE_ROLES, type OcopRole, type Principal } from '@ocop/domain';
import type { Conditions } from '../../db/conditions';

/**
 * Which tasks a caller may see (issue #6 design, "Access"), as one SQL condition on a task row joined to its
 * plan, the union of what each of the caller's tasks-module roles grants:
 * - province-officer: every task (reading only: writes are refused elsewhere);
 * - district-officer: every task of the plans of their district (the standing unit);
 * - department-officer: tasks of their district's plans led by their department or cooperating with it;
 * - commune-officer: tasks of their commune's district's plans led by their commune or by a producer
 *   registered in it, or where these cooperate (the commune office answers for its producers, as
 *   @ocop/domain taskRelations says).
 * A role without the unit claim it needs grants nothing (fail closed: never "everything").
 */
export function restrictTasksToCaller(
  where: Conditions,
  principal: Principal,
  taskAlias: string,
  planAlias: string,
): Conditions {
  const moduleRoles: readonly OcopRole[] = MODULE_ROLES.tasks;
  const roles = principal.roles.filter((role) => moduleRoles.includes(role));
  if (roles.includes('province-officer')) return where;
  const t = taskAlias;
  const p = planAlias;
  const alternatives: string[] = [];
  const { districtCode, departmentCode, communeCode } = principal;

  if (roles.includes('district-officer') && districtCode !== null) {
    alternatives.push(`${p}.unit_code = ${where.param(districtCode)}`);
  }
  if (roles.includes('department-officer') && districtCode !== null && departmentCode !== null) {
    const key = where.param(`department:${departmentCode}`);
    alternatives.push(
      `(${p}.unit_code = ${where.param(districtCode)}
        and (${t}.lead_unit = ${key} or ${key} = any(${t}.cooperating_units)))`,
    );
  }
  if (roles.includes('commune-officer') && communeCode !== null) {
    const commune = where.param(communeCode);
    const key = where.param(`commune:${communeCode}`);
    alternatives.push(
      `(${p}.unit_code in (select scope_unit.parent_code from admin_units scope_unit
                           where scope_unit.level = 'commune' and scope_unit.code = ${commune})
        and (${t}.lead_unit = ${key} or ${key} = any(${t}.cooperating_units)
             or exists (select 1 from producers scope_producer
                        where scope_producer.commune_code = ${commune}
                          and ('producer:' || scope_producer.id::text = ${t}.lead_unit
                               or 'producer:' || scope_producer.id::text = any(${t}.cooperating_units)))))`,
    );
  }
  return where.and(alternatives.length === 0 ? 'false' : `(${alternatives.join(' or ')})`);
}

/**
 * Whether the caller manages the plans of `planUnitCode` (the standing unit: the district officer of that
 * district). Only they create and change plans and tasks; everyone else who sees a plan only reads it.
 */
export function managesPlan(principal: Principal, planUnitCode: string): boolean {
  return principal.roles.includes('district-officer') && principal.districtCode === planUnitCode;
}

import { departmentName, type Me, type Principal, type UnitLevel } from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { callerModules } from '../modules/caller-modules';
import { todayInVietnam } from '../units/commune-check';

/** The name a unit bears today (or its latest name), or null when no unit has this code at this level. */
async function unitNameToday(db: Queryable, code: string, level: UnitLevel): Promise<string | null> {
  const [row] = await db.query<{ name: string | null }>('select unit_name_at($1, $2, $3::date) as name', [
    code,
    level,
    todayInVietnam(),
  ]);
  return row?.name ?? null;
}

async function unitRef(
  db: Queryable,
  code: string | null,
  level: UnitLevel,
): Promise<{ code: string; name: string } | null> {
  if (code === null) return null;
  // A code the reference data does not know yet is still shown, under its code.
  return { code, name: (await unitNameToday(db, code, level)) ?? code };
}

/**
 * GET /api/me: the caller with the names of their units and the modules they may use now (the same rule
 * as GET /api/me/modules for their own district: their roles, less what the district switched off).
 */
export async function describeCaller(db: Queryable, principal: Principal): Promise<Me> {
  const department = principal.departmentCode;
  return {
    username: principal.username,
    name: principal.name,
    roles: principal.roles,
    district: await unitRef(db, principal.districtCode, 'district'),
    commune: await unitRef(db, principal.communeCode, 'commune'),
    department:
      department === null ? null : { code: department, name: departmentName(department) ?? department },
    modules: (await callerModules(db, principal)).modules,
  };
}

import type { Principal } from '@ocop/domain';
import type { Queryable } from '../../../db/db';
import { taskUnitsOf } from '../task-units.repository';

/**
 * The unit a report or a comment is signed with ("Trung tâm Y tế", "Xã Hữu Lễ"): the caller's department,
 * else their commune, else their district, named as on `onDay`. Stored with the row, so the name it was
 * written under stays with it.
 */
export async function callerUnitName(tx: Queryable, caller: Principal, onDay: string): Promise<string> {
  const key =
    caller.departmentCode !== null
      ? `department:${caller.departmentCode}`
      : caller.communeCode !== null
        ? `commune:${caller.communeCode}`
        : null;
  if (key !== null) {
    const unit = (await taskUnitsOf(tx, [key], onDay)).get(key);
    if (unit !== undefined) return unit.name;
  }
  if (caller.districtCode !== null) {
    const [row] = await tx.query<{ name: string | null }>(
      `select unit_name_at($1, 'district', $2::date) as name`,
      [caller.districtCode, onDay],
    );
    return row?.name ?? caller.districtCode;
  }
  return caller.name;
}

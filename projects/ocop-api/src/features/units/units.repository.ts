import type { AdminUnit, UnitLevel } from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Queryable } from '../../db/db';

export interface UnitFilter {
  level?: UnitLevel;
  parentCode?: string;
}

interface UnitRow {
  code: string;
  name: string;
  level: UnitLevel;
  parent_code: string | null;
  valid_from: string | null;
  valid_to: string | null;
}

// Dates leave the database as text: the drivers would turn them into local-time Date objects differently.
const UNIT_COLUMNS = `code, name, level, parent_code,
  to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to`;

function toAdminUnit(row: UnitRow): AdminUnit {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    parentCode: row.parent_code,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

/** All versions of the matching units (history included), by code then validity. */
export async function listUnits(db: Queryable, filter: UnitFilter): Promise<AdminUnit[]> {
  const where = new Conditions();
  if (filter.level !== undefined) where.and(`level = ${where.param(filter.level)}`);
  if (filter.parentCode !== undefined) where.and(`parent_code = ${where.param(filter.parentCode)}`);
  const rows = await db.query<UnitRow>(
    `select ${UNIT_COLUMNS} from admin_units ${where.where}
     order by code, valid_from nulls first`,
    where.params,
  );
  return rows.map(toAdminUnit);
}

/** The latest version of a commune, or null when no commune has this code. */
export async function findCommune(db: Queryable, code: string): Promise<AdminUnit | null> {
  const [row] = await db.query<UnitRow>(
    `select ${UNIT_COLUMNS} from admin_units
     where code = $1 and level = 'commune'
     order by valid_to desc nulls first, valid_from desc nulls last
     limit 1`,
    [code],
  );
  return row === undefined ? null : toAdminUnit(row);
}

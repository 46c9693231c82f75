import {
  OCOP_MODULES,
  type DistrictModuleSettings,
  type ModuleSetting,
  type ModuleSwitch,
  type OcopModuleId,
} from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { isoInstant } from '../audit/audit.repository';
import { todayInVietnam } from '../units/commune-check';

interface SettingRow {
  district_code: string;
  module: OcopModuleId;
  enabled: boolean;
  version: number;
  updated_at: string;
  updated_by: string;
}

const SETTING_COLUMNS = `district_code, module, enabled, version, ${isoInstant('updated_at')} as updated_at,
  updated_by`;

function toSetting(row: SettingRow): ModuleSetting {
  return {
    districtCode: row.district_code,
    module: row.module,
    enabled: row.enabled,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** A district's switch that nobody has changed: enabled, version 0. */
export function defaultSetting(districtCode: string, module: OcopModuleId): ModuleSetting {
  return { districtCode, module, enabled: true, version: 0, updatedAt: null, updatedBy: null };
}

/**
 * The districts of the province that exist today (a unit whose validity ended is history), each under its
 * latest name, by code.
 */
export async function currentDistricts(
  db: Queryable,
  today = todayInVietnam(),
): Promise<{ code: string; name: string }[]> {
  return db.query<{ code: string; name: string }>(
    `select distinct on (code) code, name from admin_units
     where level = 'district' and (valid_to is null or valid_to >= $1::date)
     order by code, valid_from desc nulls last`,
    [today],
  );
}

export async function isCurrentDistrict(
  db: Queryable,
  code: string,
  today = todayInVietnam(),
): Promise<boolean> {
  const rows = await db.query(
    `select 1 from admin_units
     where level = 'district' and code = $1 and (valid_to is null or valid_to >= $2::date)`,
    [code, today],
  );
  return rows.length > 0;
}

/** The district above a commune (its latest version), or null when the commune is unknown. */
export async function parentDistrictOf(db: Queryable, communeCode: string): Promise<string | null> {
  const [row] = await db.query<{ parent_code: string | null }>(
    `select parent_code from admin_units where level = 'commune' and code = $1
     order by valid_to desc nulls first, valid_from desc nulls last limit 1`,
    [communeCode],
  );
  return row?.parent_code ?? null;
}

/** The switches a district has changed (the others are enabled by default). */
export async function districtSwitches(db: Queryable, districtCode: string): Promise<ModuleSwitch[]> {
  const rows = await db.query<Pick<SettingRow, 'district_code' | 'module' | 'enabled'>>(
    'select district_code, module, enabled from module_settings where district_code = $1',
    [districtCode],
  );
  return rows.map((r) => ({ districtCode: r.district_code, module: r.module, enabled: r.enabled }));
}

/** Every current district with the setting of every module (defaults included), by district code. */
export async function listModuleSettings(db: Queryable): Promise<DistrictModuleSettings[]> {
  const districts = await currentDistricts(db);
  const rows = await db.query<SettingRow>(`select ${SETTING_COLUMNS} from module_settings`);
  const stored = new Map(rows.map((row) => [`${row.district_code}/${row.module}`, toSetting(row)]));
  return districts.map((district) => ({
    district,
    settings: OCOP_MODULES.map(
      (module) => stored.get(`${district.code}/${module}`) ?? defaultSetting(district.code, module),
    ),
  }));
}

/** The setting of one district and module (the default when never changed). */
export async function findSetting(
  db: Queryable,
  districtCode: string,
  module: OcopModuleId,
): Promise<ModuleSetting> {
  const [row] = await db.query<SettingRow>(
    `select ${SETTING_COLUMNS} from module_settings where district_code = $1 and module = $2`,
    [districtCode, module],
  );
  return row === undefined ? defaultSetting(districtCode, module) : toSetting(row);
}

/**
 * Writes a switch if its current version is still `seenVersion`, and returns the new setting; null when
 * someone else changed it first (nothing written). Version 0 is the default: its first change inserts.
 */
export async function saveSetting(
  tx: Queryable,
  change: { districtCode: string; module: OcopModuleId; enabled: boolean; seenVersion: number; by: string },
): Promise<ModuleSetting | null> {
  const { districtCode, module, enabled, seenVersion, by } = change;
  const [row] =
    seenVersion === 0
      ? await tx.query<SettingRow>(
          `insert into module_settings (district_code, module, enabled, version, updated_by)
           values ($1, $2, $3, 1, $4)
           on conflict (district_code, module) do nothing
           returning ${SETTING_COLUMNS}`,
          [districtCode, module, enabled, by],
        )
      : await tx.query<SettingRow>(
          `update module_settings
           set enabled = $3, version = version + 1, updated_at = now(), updated_by = $4
           where district_code = $1 and module = $2 and version = $5
           returning ${SETTING_COLUMNS}`,
          [districtCode, module, enabled, by, seenVersion],
        );
  return row === undefined ? null : toSetting(row);
}

import { DEPARTMENTS, MODULE_ROLES, type OcopModuleId, type Principal } from '@ocop/domain';

import type { Queryable } from '../../db/db';
import { forbidden, moduleDisabled } from '../auth/access';
import { disabledModuleDistrict } from '../modules/caller-modules';
import type { ExportContext } from './export-kind';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Rows fetched per batch: small enough for the event loop to serve other requests in between. */
export const EXPORT_BATCH = 2000;

/**
 * The export route is open to every role; a kind belongs to a module and keeps that module's rules: its
 * roles (403 FORBIDDEN) and the district switch (403 MODULE_DISABLED), as the list route would.
 */
export async function requireModule(ctx: ExportContext, module: OcopModuleId): Promise<void> {
  const roles: readonly string[] = MODULE_ROLES[module];
  if (!ctx.caller.roles.some((role) => roles.includes(role))) throw forbidden();
  const district = await disabledModuleDistrict(ctx.db, ctx.caller, module);
  if (district !== null) throw moduleDisabled(module, district);
}

async function nameAt(db: Queryable, code: string, level: string, day: string): Promise<string | null> {
  const [row] = await db.query<{ name: string | null }>(`select unit_name_at($1, $2, $3::date) as name`, [
    code,
    level,
    day,
  ]);
  return row?.name ?? null;
}

/** A unit's name on `day`, the code when it has none. */
export async function unitName(db: Queryable, code: string, level: 'district' | 'commune', day: string) {
  return (await nameAt(db, code, level, day)) ?? code;
}

/** 'Huyện Văn Quan' → 'UBND huyện Văn Quan'. */
function peoplesCommittee(name: string): string {
  return `UBND ${name.charAt(0).toLocaleLowerCase('vi') + name.slice(1)}`;
}

/** Row 1 of the header block: the caller's unit, as an official would head the sheet. */
export async function issuingUnitOf(db: Queryable, caller: Principal, today: string): Promise<string> {
  if (caller.roles.includes('province-officer') || caller.roles.includes('ocop-admin')) {
    const [province] = await db.query<{ name: string }>(
      `select name from admin_units where level = 'province' order by valid_from desc nulls first limit 1`,
    );
    return peoplesCommittee(province?.name ?? 'Tỉnh');
  }
  if (caller.roles.includes('commune-officer') && caller.communeCode !== null) {
    return peoplesCommittee(await unitName(db, caller.communeCode, 'commune', today));
  }
  if (caller.districtCode !== null) {
    const district = peoplesCommittee(await unitName(db, caller.districtCode, 'district', today));
    const department = DEPARTMENTS.find((d) => d.code === caller.departmentCode);
    return caller.roles.includes('department-officer') && department !== undefined
      ? `${district} – ${department.name}`
      : district;
  }
  return 'Chương trình OCOP';
}

export const CRITERIA_SET_NAMES: Readonly<Record<string, string>> = {
  '1048': 'QĐ 1048/QĐ-TTg (2019)',
  '148': 'QĐ 148/QĐ-TTg (2023)',
};

/** 'ho-so-ocop' + '2020-11-29' → 'ho-so-ocop-2020-11-29.xlsx'. */
export function exportFileName(slug: string, today: string, extension = 'xlsx'): string {
  return `${slug}-${today}.${extension}`;
}

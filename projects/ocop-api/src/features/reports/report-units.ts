import { MODULE_ROLES, type Principal } from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { ApiHttpError } from '../../http/api-http-error';
import { forbidden } from '../auth/access';

/**
 * Whose report a caller may read or issue (issue #8, part A): reports are the standing unit's documents, so
 * the province officer reads the whole province or any district, the district officer (the standing unit) only
 * their own district. `commune` is only for the evaluation results report, which a commune officer reads for
 * their own commune.
 */
export type ReportLevel = 'province' | 'district' | 'commune';

const LEVEL_OF_ROLE: Partial<Record<string, ReportLevel>> = {
  'province-officer': 'province',
  'district-officer': 'district',
  'commune-officer': 'commune',
};
const LEVEL_ORDER: readonly ReportLevel[] = ['province', 'district', 'commune'];

/** The broadest report level among the caller's roles of the reports module (department, council: none). */
export function reportLevelOf(caller: Principal): ReportLevel | null {
  const reportRoles: readonly string[] = MODULE_ROLES.reports;
  const levels = caller.roles.filter((r) => reportRoles.includes(r)).flatMap((r) => LEVEL_OF_ROLE[r] ?? []);
  return LEVEL_ORDER.find((l) => levels.includes(l)) ?? null;
}

/** 403 FORBIDDEN_UNIT for a district outside the caller's, with the same words as the dashboard. */
export function otherDistrict(districtCode: string): ApiHttpError {
  return new ApiHttpError(403, 'FORBIDDEN_UNIT', 'Bạn chỉ được xem số liệu của đơn vị mình quản lý.', [
    {
      field: 'districtCode',
      code: 'out_of_scope',
      message: `Huyện mã ${districtCode} không thuộc phạm vi của bạn`,
    },
  ]);
}

/** The province's code and name (e.g. '20', 'Tỉnh Lạng Sơn'): the newest version of the one province. */
export async function provinceUnit(db: Queryable): Promise<{ code: string; name: string }> {
  const [province] = await db.query<{ code: string; name: string }>(
    `select code, name from admin_units where level = 'province' order by valid_from desc nulls first limit 1`,
  );
  if (province === undefined) throw new Error('admin_units holds no province');
  return province;
}

/** A unit's name on a day (the name a document of that day carries), or its code when unknown. */
export async function unitNameOn(db: Queryable, code: string, level: string, day: string): Promise<string> {
  const [row] = await db.query<{ name: string | null }>(`select unit_name_at($1, $2, $3::date) as name`, [
    code,
    level,
    day,
  ]);
  return row?.name ?? code;
}

/** The district of a commune (its newest version), or null when the commune is unknown. */
export async function districtOfCommune(db: Queryable, communeCode: string): Promise<string | null> {
  const [row] = await db.query<{ parent_code: string | null }>(
    `select parent_code from admin_units where level = 'commune' and code = $1
     order by valid_from desc nulls last limit 1`,
    [communeCode],
  );
  return row?.parent_code ?? null;
}

/**
 * The unit of a periodic report: the province (districtCode null) or one district. Province officers choose;
 * a district officer gets their own district (another one → 403 FORBIDDEN_UNIT); anyone else 403 FORBIDDEN.
 */
export async function periodicReportUnit(
  db: Queryable,
  caller: Principal,
  districtCode: string | null,
): Promise<{ code: string; level: 'province' | 'district' }> {
  const level = reportLevelOf(caller);
  if (level === 'province') {
    if (districtCode === null) return { code: (await provinceUnit(db)).code, level: 'province' };
    return { code: districtCode, level: 'district' };
  }
  if (level === 'district' && caller.districtCode !== null) {
    if (districtCode !== null && districtCode !== caller.districtCode) throw otherDistrict(districtCode);
    return { code: caller.districtCode, level: 'district' };
  }
  throw forbidden();
}

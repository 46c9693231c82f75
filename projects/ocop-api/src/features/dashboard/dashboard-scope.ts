import {
  DEPARTMENTS,
  MODULE_ROLES,
  type DashboardQuery,
  type DashboardScopeLevel,
  type Principal,
} from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { ApiHttpError } from '../../http/api-http-error';
import { forbidden } from '../auth/access';
import { NOTHING, type UnitScope } from '../auth/scope';

/**
 * Whose figures a caller sees on the dashboard (issue #8 design, "API"): the province all districts or the one
 * it asks; a district or department officer their district, a department only the tasks of its unit (no
 * dossier, product or certificate figures); a commune officer their commune. Council members score dossiers
 * and see no dashboard.
 */
export interface DashboardScope {
  level: DashboardScopeLevel;
  unitName: string;
  /** The district the figures are narrowed to; null for the whole province. */
  districtCode: string | null;
  /** Where dossiers, products and certificates are counted (NOTHING for a department). */
  records: UnitScope;
}

const LEVEL_ORDER: readonly DashboardScopeLevel[] = ['province', 'district', 'department', 'commune'];
const ROLE_LEVEL: Partial<Record<string, DashboardScopeLevel>> = {
  'province-officer': 'province',
  'district-officer': 'district',
  'department-officer': 'department',
  'commune-officer': 'commune',
};

function otherDistrict(districtCode: string): ApiHttpError {
  return new ApiHttpError(403, 'FORBIDDEN_UNIT', 'Bạn chỉ được xem số liệu của đơn vị mình quản lý.', [
    {
      field: 'districtCode',
      code: 'out_of_scope',
      message: `Huyện mã ${districtCode} không thuộc phạm vi của bạn`,
    },
  ]);
}

async function unitName(db: Queryable, code: string, level: string, today: string): Promise<string> {
  const [row] = await db.query<{ name: string | null }>(`select unit_name_at($1, $2, $3::date) as name`, [
    code,
    level,
    today,
  ]);
  return row?.name ?? code;
}

/** The caller's dashboard scope for `query`, or 403 (FORBIDDEN, or FORBIDDEN_UNIT for another district). */
export async function dashboardScope(
  db: Queryable,
  caller: Principal,
  query: DashboardQuery,
  today: string,
): Promise<DashboardScope> {
  const reportRoles: readonly string[] = MODULE_ROLES.reports;
  const levels = caller.roles.filter((r) => reportRoles.includes(r)).flatMap((r) => ROLE_LEVEL[r] ?? []);
  const level = LEVEL_ORDER.find((l) => levels.includes(l));
  const asked = query.districtCode;

  if (level === 'province') {
    if (asked === null) {
      const [province] = await db.query<{ name: string }>(
        `select name from admin_units where level = 'province' order by valid_from desc nulls first limit 1`,
      );
      return {
        level,
        unitName: province?.name ?? 'Toàn tỉnh',
        districtCode: null,
        records: { wholeProvince: true, districtCodes: [], communeCodes: [] },
      };
    }
    return {
      level,
      unitName: await unitName(db, asked, 'district', today),
      districtCode: asked,
      records: { wholeProvince: false, districtCodes: [asked], communeCodes: [] },
    };
  }

  if ((level === 'district' || level === 'department') && caller.districtCode !== null) {
    const district = caller.districtCode;
    if (asked !== null && asked !== district) throw otherDistrict(asked);
    if (level === 'district') {
      return {
        level,
        unitName: await unitName(db, district, 'district', today),
        districtCode: district,
        records: { wholeProvince: false, districtCodes: [district], communeCodes: [] },
      };
    }
    if (caller.departmentCode !== null) {
      const department = DEPARTMENTS.find((d) => d.code === caller.departmentCode);
      return {
        level,
        unitName: department?.name ?? caller.departmentCode,
        districtCode: district,
        records: NOTHING,
      };
    }
  }

  if (level === 'commune' && caller.communeCode !== null) {
    const [commune] = await db.query<{ parent_code: string | null }>(
      `select parent_code from admin_units where level = 'commune' and code = $1
       order by valid_from desc nulls last limit 1`,
      [caller.communeCode],
    );
    const district = commune?.parent_code ?? caller.districtCode;
    if (asked !== null && asked !== district) throw otherDistrict(asked);
    return {
      level,
      unitName: await unitName(db, caller.communeCode, 'commune', today),
      districtCode: district,
      records: { wholeProvince: false, districtCodes: [], communeCodes: [caller.communeCode] },
    };
  }

  // A council member, or an officer whose token lacks the unit claim their role needs (fail closed).
  throw forbidden();
}

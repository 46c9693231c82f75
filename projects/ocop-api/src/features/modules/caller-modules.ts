import {
  DISTRICT_CODE_PATTERN,
  DISTRICT_IN_VIEW_HEADER,
  districtInView,
  effectiveModules,
  isProvinceWide,
  moduleDisabledFor,
  type MyModules,
  type OcopModuleId,
  type Principal,
} from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { validationFailed } from '../../http/api-http-error';
import { districtSwitches, isCurrentDistrict, parentDistrictOf } from './module-settings.repository';

/**
 * The district whose module switches bind a caller: their `district_code`, or when the token has none, the
 * district of their `commune_code` (null when neither says).
 */
export async function callerDistrict(db: Queryable, principal: Principal): Promise<string | null> {
  if (principal.districtCode !== null) return principal.districtCode;
  if (principal.communeCode === null) return null;
  return parentDistrictOf(db, principal.communeCode);
}

/**
 * What the caller may use now (GET /api/me/modules and the `modules` of GET /api/me): the rule of
 * @ocop/domain effectiveModules for the district in view. `chosen` is the district a province-wide caller
 * asked about (X-OCOP-District); it is ignored for everyone else.
 */
export async function callerModules(
  db: Queryable,
  principal: Principal,
  chosen: string | null = null,
): Promise<MyModules> {
  const own = isProvinceWide(principal.roles) ? null : await callerDistrict(db, principal);
  const districtCode = districtInView({ roles: principal.roles, districtCode: own }, chosen);
  const switches = districtCode === null ? [] : await districtSwitches(db, districtCode);
  return { modules: effectiveModules(principal.roles, districtCode, switches), districtCode };
}

/**
 * The district a province-wide caller chose with the X-OCOP-District header (null when none); the header
 * of anyone else is ignored. A province-wide caller naming no current district gets 400, so that a stale
 * choice kept by the browser is noticed rather than silently answered for the whole province.
 */
export async function chosenDistrict(
  db: Queryable,
  principal: Principal,
  header: string | string[] | undefined,
): Promise<string | null> {
  if (!isProvinceWide(principal.roles)) return null;
  const value = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  if (value === '') return null;
  if (!DISTRICT_CODE_PATTERN.test(value)) {
    throw validationFailed([
      {
        field: DISTRICT_IN_VIEW_HEADER,
        code: 'invalid_format',
        message: 'Mã huyện phải gồm đúng 3 chữ số (mã đơn vị hành chính)',
      },
    ]);
  }
  if (!(await isCurrentDistrict(db, value))) {
    throw validationFailed([
      { field: DISTRICT_IN_VIEW_HEADER, code: 'not_found', message: `Không có huyện nào mang mã ${value}` },
    ]);
  }
  return value;
}

/**
 * For the access hook: the district for which `module` is switched off for this caller, or null when the
 * caller may go on (@ocop/domain moduleDisabledFor: province-wide callers are never stopped).
 */
export async function disabledModuleDistrict(
  db: Queryable,
  principal: Principal,
  module: OcopModuleId,
): Promise<string | null> {
  if (isProvinceWide(principal.roles)) return null;
  const districtCode = await callerDistrict(db, principal);
  if (districtCode === null) return null;
  const switches = await districtSwitches(db, districtCode);
  return moduleDisabledFor({ roles: principal.roles, districtCode }, module, switches) ? districtCode : null;
}

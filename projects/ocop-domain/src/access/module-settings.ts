import type { FieldError } from '../api/api-error';
import type { Validated } from '../catalog/validate';
import { modulesFor, OCOP_MODULES, type OcopModuleId, type OcopRole } from './roles';

/**
 * Modules are switched on and off per district by the IT administrators (brief §2). The rule lives here,
 * once, for the shell (which modules to offer) and for the API (which requests to refuse):
 *
 * - a module is enabled for a district unless a setting says `enabled: false` (no row = enabled);
 * - a caller may use a module when one of their roles opens it (`MODULE_ROLES`) AND it is enabled for the
 *   district they are looking at;
 * - that district is their own (`district_code`), except for the province-wide roles (`ocop-admin`,
 *   `province-officer`), who are bound to no district: they look at the district they chose (or none,
 *   then no district switch applies to them).
 */

/** One district's switch for one module, as stored by the API. */
export interface ModuleSetting {
  districtCode: string;
  module: OcopModuleId;
  enabled: boolean;
  /** 0 while the district has the default (enabled, never changed); +1 on every change. */
  version: number;
  /** ISO 8601 instant of the last change; null for the default. */
  updatedAt: string | null;
  /** Username of who made the last change; null for the default. */
  updatedBy: string | null;
}

/** GET /api/admin/module-settings: one current district with the setting of every module. */
export interface DistrictModuleSettings {
  district: { code: string; name: string };
  /** One per module, in the order of OCOP_MODULES (defaults included). */
  settings: ModuleSetting[];
}

/** What the enablement rule needs of a setting. */
export type ModuleSwitch = Pick<ModuleSetting, 'districtCode' | 'module' | 'enabled'>;

/** GET /api/me/modules: what the caller may use now, for the district they are looking at. */
export interface MyModules {
  modules: OcopModuleId[];
  /** The district the answer was evaluated for; null when none applies (province-wide, none chosen). */
  districtCode: string | null;
}

/** Roles that are not bound to one district: they choose the district they are looking at. */
export const PROVINCE_WIDE_ROLES: readonly OcopRole[] = ['ocop-admin', 'province-officer'];

/** The request header with which a province-wide caller names the district they are looking at. */
export const DISTRICT_IN_VIEW_HEADER = 'X-OCOP-District';

export const DISTRICT_CODE_PATTERN = /^\d{3}$/;

export function isOcopModule(value: unknown): value is OcopModuleId {
  return typeof value === 'string' && (OCOP_MODULES as readonly string[]).includes(value);
}

export function isProvinceWide(roles: readonly string[]): boolean {
  return PROVINCE_WIDE_ROLES.some((role) => roles.includes(role));
}

/** Whether `module` is enabled for `districtCode`: yes unless one of `settings` switches it off. */
export function moduleEnabled(
  settings: readonly ModuleSwitch[],
  districtCode: string,
  module: OcopModuleId,
): boolean {
  return !settings.some((s) => s.districtCode === districtCode && s.module === module && !s.enabled);
}

/**
 * The district whose switches apply to a caller: their own, or for a province-wide caller the one they
 * chose (`chosen`, e.g. from the X-OCOP-District header or the browser's stored choice), else none. A
 * choice made by anyone else is ignored: a district officer cannot look at another district's modules.
 */
export function districtInView(
  caller: { roles: readonly string[]; districtCode: string | null },
  chosen: string | null = null,
): string | null {
  if (isProvinceWide(caller.roles)) return chosen;
  return caller.districtCode;
}

/**
 * The modules `roles` open, in the order of OCOP_MODULES, less those switched off for `districtCode`
 * (null: no district applies, only the roles decide).
 */
export function effectiveModules(
  roles: readonly string[],
  districtCode: string | null,
  settings: readonly ModuleSwitch[],
): OcopModuleId[] {
  const allowed = modulesFor(roles);
  if (districtCode === null) return allowed;
  return allowed.filter((module) => moduleEnabled(settings, districtCode, module));
}

/**
 * Whether a request of a caller to a route of `module` is refused because the module is switched off for
 * the caller's own district. Province-wide callers are never refused by one district's switch (they work
 * on the whole province); a caller without a district has no switch to obey (their unit scope is empty).
 */
export function moduleDisabledFor(
  caller: { roles: readonly string[]; districtCode: string | null },
  module: OcopModuleId,
  settings: readonly ModuleSwitch[],
): boolean {
  if (isProvinceWide(caller.roles) || caller.districtCode === null) return false;
  return !moduleEnabled(settings, caller.districtCode, module);
}

export const MAX_AUDIT_COMMENT_LENGTH = 1000;

/** PUT /api/admin/module-settings/:districtCode/:module. */
export interface ModuleSettingChange {
  enabled: boolean;
  /** The version the administrator saw; a different current version refuses the change (409). */
  version: number;
  /** Why, for the audit trail; null when none given. */
  comment: string | null;
}

export type ModuleSettingChangeInput = Partial<Record<keyof ModuleSettingChange, unknown>>;

/** Checks a module switch change (the admin form and the API alike); messages are Vietnamese. */
export function parseModuleSettingChange(input: ModuleSettingChangeInput): Validated<ModuleSettingChange> {
  const errors: FieldError[] = [];
  const { enabled, version, comment } = input;
  if (enabled === undefined || enabled === null) {
    errors.push({ field: 'enabled', code: 'required', message: 'Cần cho biết bật hay tắt phân hệ' });
  } else if (typeof enabled !== 'boolean') {
    errors.push({
      field: 'enabled',
      code: 'invalid_type',
      message: 'Trạng thái bật/tắt phải là true hoặc false',
    });
  }
  if (version === undefined || version === null) {
    errors.push({ field: 'version', code: 'required', message: 'Thiếu phiên bản của thiết lập đang sửa' });
  } else if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    errors.push({ field: 'version', code: 'invalid_type', message: 'Phiên bản phải là số nguyên không âm' });
  }
  let text: string | null = null;
  if (comment !== undefined && comment !== null) {
    if (typeof comment !== 'string') {
      errors.push({ field: 'comment', code: 'invalid_type', message: 'Ghi chú phải là chuỗi ký tự' });
    } else {
      text = comment.trim() === '' ? null : comment.trim();
      if (text !== null && text.length > MAX_AUDIT_COMMENT_LENGTH) {
        errors.push({
          field: 'comment',
          code: 'too_long',
          message: `Ghi chú không được dài quá ${MAX_AUDIT_COMMENT_LENGTH} ký tự`,
        });
      }
    }
  }
  if (errors.length > 0 || typeof enabled !== 'boolean' || typeof version !== 'number') {
    return { ok: false, errors };
  }
  return { ok: true, value: { enabled, version, comment: text } };
}

/** One entry of the append-only audit trail (GET /api/admin/audit). */
export interface AuditEntry {
  id: string;
  /** ISO 8601 instant. */
  at: string;
  actor: {
    username: string;
    name: string;
    roles: OcopRole[];
    districtCode: string | null;
    communeCode: string | null;
    departmentCode: string | null;
  };
  /** What was changed, e.g. 'module-setting'. */
  entityType: string;
  /** Which one, e.g. '184/tasks'. */
  entityId: string;
  /** e.g. 'disable', 'enable'. */
  action: string;
  from: unknown;
  to: unknown;
  comment: string | null;
}

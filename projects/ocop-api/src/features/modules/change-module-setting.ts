import {
  DISTRICT_CODE_PATTERN,
  isOcopModule,
  OCOP_MODULES,
  parseModuleSettingChange,
  type ModuleSetting,
  type Principal,
} from '@ocop/domain';
import type { Db } from '../../db/db';
import { ApiHttpError, notFound, validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { findSetting, isCurrentDistrict, saveSetting } from './module-settings.repository';

export const MODULE_SETTING_ENTITY = 'module-setting';

export function staleVersion(current: ModuleSetting): ApiHttpError {
  return new ApiHttpError(
    409,
    'STALE_VERSION',
    'Thiết lập này vừa được người khác thay đổi. Vui lòng tải lại để xem trạng thái mới rồi thử lại.',
    { current },
  );
}

/**
 * Switches one module on or off for one district (PUT /api/admin/module-settings/:districtCode/:module).
 * The change is refused (409 STALE_VERSION, nothing written) unless `version` is the version the setting
 * has now; the setting and its audit entry are written in one transaction. Setting the state it already
 * has changes nothing and records nothing.
 */
export async function changeModuleSetting(
  db: Db,
  caller: Principal,
  districtCode: string,
  module: string,
  body: Record<string, unknown>,
): Promise<ModuleSetting> {
  if (!isOcopModule(module)) {
    throw validationFailed([
      {
        field: 'module',
        code: 'invalid_choice',
        message: `Phân hệ phải là một trong: ${OCOP_MODULES.join(', ')}`,
      },
    ]);
  }
  const parsed = parseModuleSettingChange(body);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const change = parsed.value;

  return db.transaction(async (tx) => {
    if (!DISTRICT_CODE_PATTERN.test(districtCode) || !(await isCurrentDistrict(tx, districtCode))) {
      throw notFound(`Không có huyện nào mang mã ${districtCode}`);
    }
    const current = await findSetting(tx, districtCode, module);
    if (current.version !== change.version) throw staleVersion(current);
    if (current.enabled === change.enabled) return current;

    const saved = await saveSetting(tx, {
      districtCode,
      module,
      enabled: change.enabled,
      seenVersion: change.version,
      by: caller.username,
    });
    // Someone committed a change between our read and our write.
    if (saved === null) throw staleVersion(await findSetting(tx, districtCode, module));
    await appendAudit(tx, {
      actor: caller,
      entityType: MODULE_SETTING_ENTITY,
      entityId: `${districtCode}/${module}`,
      action: change.enabled ? 'enable' : 'disable',
      from: current.enabled,
      to: saved.enabled,
      comment: change.comment,
    });
    return saved;
  });
}

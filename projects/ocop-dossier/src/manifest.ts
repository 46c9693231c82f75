import { MODULE_ROLES, ModuleManifest } from '@ocop/domain';

/** Checked by the shell when this bundle has loaded (see ModuleManifest). */
export const manifest: ModuleManifest = {
  id: 'dossier',
  name: 'Hồ sơ sản phẩm OCOP',
  tag: 'ocop-dossier-app',
  routes: ['dossiers'],
  roles: MODULE_ROLES.dossier,
  apiVersion: '^1.0.0',
  configSchema: {},
};

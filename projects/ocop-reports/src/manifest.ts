import { MODULE_ROLES, ModuleManifest } from '@ocop/domain';

/** Checked by the shell when this bundle has loaded (see ModuleManifest). */
export const manifest: ModuleManifest = {
  id: 'reports',
  name: 'Đánh giá và báo cáo',
  tag: 'ocop-reports-app',
  routes: ['reports'],
  roles: MODULE_ROLES.reports,
  apiVersion: '^1.0.0',
  configSchema: {},
};

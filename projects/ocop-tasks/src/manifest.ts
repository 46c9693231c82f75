import { MODULE_ROLES, ModuleManifest } from '@ocop/domain';

/** Checked by the shell when this bundle has loaded (see ModuleManifest). */
export const manifest: ModuleManifest = {
  id: 'tasks',
  name: 'Theo dõi nhiệm vụ',
  tag: 'ocop-tasks-app',
  routes: ['tasks'],
  roles: MODULE_ROLES.tasks,
  apiVersion: '^1.0.0',
  configSchema: {},
};

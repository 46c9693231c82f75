import { MODULE_ROLES, ModuleManifest } from '@ocop/domain';
import { OcopModule } from '../modules/module-registry';

/** Test-only. The API version the specs' GET /api/version answers with, and the range the manifests ask for. */
export const TEST_API_VERSION = '1.0.0';

/** Test-only. A manifest that fits `module` and the API 1.x, as a module bundle built for it exports. */
export function manifestFor(module: OcopModule, changes: Partial<ModuleManifest> = {}): ModuleManifest {
  return {
    id: module.id,
    name: module.id,
    tag: module.tag,
    routes: [module.segment],
    roles: MODULE_ROLES[module.id],
    apiVersion: '^1.0.0',
    configSchema: {},
    ...changes,
  };
}

/** Test-only. The exports of a bundle built for `module`: its element is defined elsewhere, its manifest fits. */
export function bundleExportsFor(
  module: OcopModule,
  changes: Partial<ModuleManifest> = {},
): Record<string, unknown> {
  return { manifest: manifestFor(module, changes) };
}

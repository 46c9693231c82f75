// The import-map fragment a portal adds to load OCOP: one bare specifier per bundle, pointing at the
// bundle's entry file under the URL where the bundles are served.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const OCOP_BUNDLES = [
  { specifier: '@ocop/shell', project: 'ocop-shell' },
  { specifier: '@ocop/dossier', project: 'ocop-dossier' },
  { specifier: '@ocop/tasks', project: 'ocop-tasks' },
  { specifier: '@ocop/reports', project: 'ocop-reports' },
  // Not an element: the keycloak-js → auth adapter a portal may use (scripts/lib/auth-module.mjs).
  { specifier: '@ocop/auth', project: 'ocop-auth' },
];

/** The entry file of a built bundle: `main-<hash>.js` (production) or `main.js` (watch builds). */
export function entryFile(browserDir) {
  if (!existsSync(browserDir)) return null;
  const candidates = readdirSync(browserDir).filter((f) => /^main(-[A-Z0-9]+)?\.js$/.test(f));
  if (candidates.length === 0) return null;
  // After several watch rebuilds the newest entry is the live one.
  return candidates.map((f) => ({ f, t: statSync(join(browserDir, f)).mtimeMs })).sort((a, b) => b.t - a.t)[0]
    .f;
}

/** `{ imports: { '@ocop/shell': '<baseUrl>ocop-shell/main-….js', … } }` for the bundles found in distDir. */
export function ocopImportMap(distDir, baseUrl = '/ocop-assets/') {
  const imports = {};
  for (const { specifier, project } of OCOP_BUNDLES) {
    const file = entryFile(join(distDir, project, 'browser'));
    if (file) imports[specifier] = `${baseUrl}${project}/${file}`;
  }
  return { imports };
}

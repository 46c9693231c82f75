// `@ocop/auth`: the keycloak-js → `auth` adapter (projects/ocop-common/src/auth) as a small framework-free
// ES module, published beside the element bundles so a portal can build the `auth` object of the contract
// with the same code our standalone shell uses. Output follows the bundles' layout: dist/ocop-auth/browser/main-<hash>.js.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from './ensure.mjs';

const ENTRY = join(ROOT, 'projects/ocop-common/src/auth/keycloak-auth.ts');

/** @param {{ distDir: string, hashed: boolean }} options */
export async function buildAuthModule({ distDir, hashed }) {
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: hashed,
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0].contents;
  const hash = createHash('sha256')
    .update(code)
    .digest('base64url')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 8)
    .toUpperCase();
  const outDir = join(distDir, 'ocop-auth', 'browser');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const file = hashed ? `main-${hash}.js` : 'main.js';
  writeFileSync(join(outDir, file), code);
  return join(outDir, file);
}

// `npm run build`: production bundles of the four elements, the import-map fragment a portal adds
// (content-hashed URLs), and each bundle's size raw and gzipped.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildAuthModule } from './lib/auth-module.mjs';
import { ensureDependencies, ensureNode, ROOT, setupOrExit } from './lib/ensure.mjs';
import { OCOP_BUNDLES, ocopImportMap } from './lib/import-map.mjs';

setupOrExit(() => {
  ensureNode();
  ensureDependencies();
});

const assetsUrl = process.env.OCOP_ASSETS_URL ?? '/ocop-assets/';
const dist = join(ROOT, 'dist');

for (const { project } of OCOP_BUNDLES.filter((b) => b.project !== 'ocop-auth')) {
  console.log(`build: ${project}`);
  const result = spawnSync('npx', ['ng', 'build', project, '--configuration', 'production'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  if (result.status !== 0) {
    console.error(`build: ${project} failed`);
    process.exit(1);
  }
}

console.log('build: ocop-auth');
await buildAuthModule({ distDir: dist, hashed: true });

const importMap = ocopImportMap(dist, assetsUrl);
writeFileSync(join(dist, 'importmap.json'), JSON.stringify(importMap, null, 2) + '\n');
console.log(`\nimport-map fragment: dist/importmap.json (bundles under ${assetsUrl})`);
console.log(JSON.stringify(importMap, null, 2));

console.log('\nbundle sizes (bytes):');
console.log('bundle         file                           raw       gzip');
for (const { project } of OCOP_BUNDLES) {
  const dir = join(dist, project, 'browser');
  for (const file of readdirSync(dir).filter((f) => /\.(js|css)$/.test(f))) {
    const path = join(dir, file);
    const raw = statSync(path).size;
    const gz = gzipSync(readFileSync(path), { level: 9 }).length;
    console.log(
      `${project.padEnd(14)} ${file.padEnd(28)} ${String(raw).padStart(8)} ${String(gz).padStart(10)}`,
    );
  }
}

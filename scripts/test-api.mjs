// Back-end tests: the domain suite once, then the API suite on embedded PGlite and on a real PostgreSQL
// server (started here unless OCOP_TEST_DATABASE_URL names one). Each Jasmine run streams its own output,
// ending with its usual "N specs, M failures" line. Exits non-zero when any run failed.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestPostgres } from './lib/test-postgres.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const JASMINE = join(ROOT, 'node_modules/jasmine/bin/jasmine.js');

let postgres;
let child;

async function stopPostgres() {
  const server = postgres;
  postgres = undefined;
  if (server) await server.stop();
}

// On Ctrl+C or a CI timeout: stop the running suite and the server before leaving.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child?.kill(signal);
    stopPostgres().finally(() => process.exit(130));
  });
}

function jasmine(title, config, env = {}) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  return new Promise((resolve) => {
    child = spawn(process.execPath, ['--import', 'tsx', JASMINE, `--config=${config}`], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.on('error', (error) => {
      console.error(`${title}: could not start Jasmine: ${error.message}`);
      resolve(false);
    });
    child.on('close', (code, signal) => {
      child = undefined;
      console.log(
        `=== ${title}: ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`,
      );
      resolve(code === 0);
    });
  });
}

const results = [];
results.push(await jasmine('domain (ocop-domain)', 'projects/ocop-domain/jasmine.json'));
results.push(await jasmine('API on PGlite', 'projects/ocop-api/jasmine.json', { OCOP_TEST_DB: 'pglite' }));

try {
  postgres = await startTestPostgres();
  results.push(
    await jasmine('API on PostgreSQL', 'projects/ocop-api/jasmine.json', {
      OCOP_TEST_DB: 'postgres',
      OCOP_TEST_DATABASE_URL: postgres.url,
    }),
  );
} catch (error) {
  console.error(`\nAPI on PostgreSQL: not run: ${error.message}`);
  results.push(false);
} finally {
  await stopPostgres();
}

process.exit(results.every(Boolean) ? 0 : 1);

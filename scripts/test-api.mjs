// Back-end tests: the domain suite once, then the API suite on embedded PGlite and on a real PostgreSQL
// server (started here unless OCOP_TEST_DATABASE_URL names one). The API suite uses real tokens from a real
// Keycloak with the dev realm: the one at OCOP_TEST_KEYCLOAK_URL, or one started here on port 8181 (while the
// domain suite runs) and stopped at the end. Each Jasmine run streams its own output, ending with its usual
// "N specs, M failures" line. Exits non-zero when any run failed.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startKeycloak, waitForRealm } from '../keycloak/server.mjs';
import { startTestPostgres } from './lib/test-postgres.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const JASMINE = join(ROOT, 'node_modules/jasmine/bin/jasmine.js');
const KEYCLOAK_PORT = 8181;
const REALM = 'langson';

let postgres;
let keycloak;
let keycloakStarting;
let child;

async function stopPostgres() {
  const server = postgres;
  postgres = undefined;
  if (server) await server.stop();
}

async function stopKeycloak() {
  // A Keycloak still starting cannot be stopped before it is up (its process id comes with readiness).
  const server = keycloak ?? (await keycloakStarting?.catch(() => undefined));
  keycloak = undefined;
  keycloakStarting = undefined;
  if (server) await server.stop();
}

// On Ctrl+C or a CI timeout: stop the running suite and the servers before leaving; a second signal leaves now.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    child?.kill(signal);
    if (keycloakStarting && !keycloak)
      console.error('\ntest-api: waiting for Keycloak to finish starting, to stop it…');
    Promise.allSettled([stopPostgres(), stopKeycloak()]).finally(() => {
      child?.kill(signal);
      process.exit(130);
    });
  });
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The Keycloak of the API specs: the given one, or a fresh one with the dev realm on port 8181. */
async function testKeycloak() {
  const given = process.env.OCOP_TEST_KEYCLOAK_URL?.trim().replace(/\/+$/, '');
  if (given) {
    await waitForRealm(given, REALM, 30_000);
    return { url: given, startSeconds: 0, stop: async () => {} };
  }
  for (const port of [KEYCLOAK_PORT, KEYCLOAK_PORT + 1000]) {
    if (!(await portIsFree(port))) {
      throw new Error(
        `port ${port} is in use (another Keycloak?): stop it, or set OCOP_TEST_KEYCLOAK_URL to a Keycloak ` +
          'with the dev realm of keycloak/realm.mjs (e.g. http://localhost:8182)',
      );
    }
  }
  // startKeycloak follows KEYCLOAK_URL when it is set; the specs need their own realm with the TEST-ONLY clients.
  delete process.env.KEYCLOAK_URL;
  delete process.env.KEYCLOAK_REALM;
  return startKeycloak({ port: KEYCLOAK_PORT, portalOrigins: ['http://localhost:4210'] });
}

function jasmine(title, config, env = {}) {
  if (interrupted) return Promise.resolve(false);
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
try {
  // Keycloak needs about a minute to start: it does so while the domain suite runs.
  keycloakStarting = testKeycloak();
  keycloakStarting.catch(() => undefined);
  results.push(await jasmine('domain (ocop-domain)', 'projects/ocop-domain/jasmine.json'));

  try {
    keycloak = await keycloakStarting;
    if (keycloak.startSeconds > 0) {
      console.log(`\nkeycloak: started at ${keycloak.url} in ${keycloak.startSeconds.toFixed(0)} s`);
    }
  } catch (error) {
    console.error(`\nAPI on PGlite and on PostgreSQL: not run: Keycloak: ${error.message}`);
    results.push(false, false);
  }

  if (keycloak && !interrupted) {
    const keycloakEnv = { OCOP_TEST_KEYCLOAK_URL: keycloak.url };
    results.push(
      await jasmine('API on PGlite', 'projects/ocop-api/jasmine.json', {
        ...keycloakEnv,
        OCOP_TEST_DB: 'pglite',
      }),
    );
    try {
      if (interrupted) throw new Error('interrupted');
      postgres = await startTestPostgres();
      results.push(
        await jasmine('API on PostgreSQL', 'projects/ocop-api/jasmine.json', {
          ...keycloakEnv,
          OCOP_TEST_DB: 'postgres',
          OCOP_TEST_DATABASE_URL: postgres.url,
        }),
      );
    } catch (error) {
      console.error(`\nAPI on PostgreSQL: not run: ${error.message}`);
      results.push(false);
    }
  }
} finally {
  await Promise.allSettled([stopPostgres(), stopKeycloak()]);
}

process.exit(interrupted ? 130 : results.every(Boolean) ? 0 : 1);

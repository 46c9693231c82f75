// What a bench of the scale data set runs against, started unless given: a PostgreSQL server seeded with
// `seed:scale` (OCOP_BENCH_DATABASE_URL), a Keycloak with the dev realm (OCOP_BENCH_KEYCLOAK_URL), and the API
// as its own process (OCOP_BENCH_API_URL), with OCOP_TODAY = the data's business date.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { startKeycloak } from '../../keycloak/server.mjs';
import { startTestPostgres } from '../../scripts/lib/test-postgres.mjs';
import { freePort, onCleanup, ROOT, run } from './processes.mjs';

// The scale data set's business date (projects/ocop-api/src/seed/scale/scale-plan.ts SCALE_TODAY).
export const SCALE_TODAY = '2024-10-15';
export const SCALE_YEAR = 2024;

/** Starts the API on a free port; answers its base URL and its process (for its memory in /proc). */
async function startApi(databaseUrl, keycloakUrl) {
  const port = await freePort();
  const api = spawn(process.execPath, ['--import', 'tsx', 'projects/ocop-api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      KEYCLOAK_URL: keycloakUrl,
      OCOP_DEMO_DATA: '0',
      OCOP_TODAY: SCALE_TODAY,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  onCleanup(
    () =>
      new Promise((resolve) => {
        if (api.exitCode !== null) return resolve();
        api.once('exit', resolve);
        api.kill('SIGTERM');
      }),
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}`);
    const ok = await fetch(`${base}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 600) throw new Error('the API did not answer /api/health/ready within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, pid: api.pid };
}

/**
 * Everything the bench needs, started in that order: the database (seeded at `scale`), Keycloak, the API.
 * `apiPid` is null when OCOP_BENCH_API_URL names an API this bench did not start.
 */
export async function startScaleEnvironment({ scale }) {
  let databaseUrl = process.env.OCOP_BENCH_DATABASE_URL;
  if (!databaseUrl) {
    console.log('bench: starting a PostgreSQL server and seeding the scale data set…');
    const postgres = await startTestPostgres();
    onCleanup(() => postgres.stop());
    databaseUrl = postgres.url;
    await run(process.execPath, ['--import', 'tsx', 'scripts/seed-scale.mjs', '--scale', String(scale)], {
      DATABASE_URL: databaseUrl,
    });
  }
  let keycloakUrl = process.env.OCOP_BENCH_KEYCLOAK_URL;
  if (!keycloakUrl) {
    console.log('bench: starting Keycloak…');
    const keycloak = await startKeycloak({ port: await freePort(5000, 5900), portalOrigins: [] });
    onCleanup(() => keycloak.stop());
    keycloakUrl = keycloak.url;
  }
  keycloakUrl = keycloakUrl.replace(/\/+$/, '');

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const [{ server_version: postgresVersion }] = (await client.query('show server_version')).rows;
  const [{ n: dossiers }] = (await client.query('select count(*)::int as n from dossiers')).rows;
  const [{ n: tasks }] = (await client.query('select count(*)::int as n from tasks')).rows;
  const [{ n: auditEntries }] = (await client.query('select count(*)::int as n from audit_log')).rows;
  await client.end();

  const given = process.env.OCOP_BENCH_API_URL?.replace(/\/+$/, '');
  const api = given ? { base: given, pid: null } : await startApi(databaseUrl, keycloakUrl);
  return {
    databaseUrl,
    keycloakUrl,
    base: api.base,
    apiPid: api.pid,
    apiOrigin: given ? 'given by OCOP_BENCH_API_URL' : 'started by the bench',
    postgresVersion,
    counts: { dossiers, tasks, auditEntries },
  };
}

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
// The size of the smoke runs (`--smoke`, npm test): 20 products, 60 dossiers, seeded in seconds.
export const SMOKE_SCALE = 0.002;
// Requests per case of a smoke run of the dashboard and exports benches.
export const SMOKE_RUNS = 3;

/**
 * Starts the API on a free port; answers its base URL and its process (for its memory in /proc). `apiEnv` adds
 * variables (OCOP_BENCH_BASELINE_ROUTE for the load bench).
 */
async function startApi(databaseUrl, keycloakUrl, apiEnv) {
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
      ...apiEnv,
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
 * A throw-away PostgreSQL database seeded with `seed:scale` at `scale`: `{ url, stop, seedSeconds, sizeMiB }`.
 * On a server of its own, or in a database of its own on the server OCOP_TEST_DATABASE_URL names (CI): a
 * database holds one scale data set, and the test suites use that one. `stop` drops it; it is also dropped when
 * the bench ends.
 */
export async function seedScaleDatabase({ scale }) {
  console.log(`bench: starting a PostgreSQL server and seeding the scale data set (scale ${scale})…`);
  const postgres = await startTestPostgres();
  let url = postgres.url;
  let dropDatabase = async () => undefined;
  if (process.env.OCOP_TEST_DATABASE_URL) {
    const name = `ocop_bench_${process.pid}_${Date.now()}`;
    await withClient(postgres.url, (admin) => admin.query(`create database ${name}`));
    dropDatabase = () =>
      withClient(postgres.url, (admin) => admin.query(`drop database if exists ${name} with (force)`));
    const withName = new URL(postgres.url);
    withName.pathname = `/${name}`;
    url = withName.href;
  }
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await dropDatabase();
    await postgres.stop();
  };
  onCleanup(stop);
  const started = performance.now();
  await run(process.execPath, ['--import', 'tsx', 'scripts/seed-scale.mjs', '--scale', String(scale)], {
    DATABASE_URL: url,
  });
  const seedSeconds = Math.round((performance.now() - started) / 100) / 10;
  const size = await withClient(url, (client) =>
    client.query('select pg_database_size(current_database())::float8 as bytes'),
  );
  return { url, stop, seedSeconds, sizeMiB: Math.round(size.rows[0].bytes / 2 ** 20) };
}

/** `work(client)` on a connection to `url`, closed afterwards. */
async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL of a database seeded at `scale` (seedScaleDatabase), kept until the bench ends. */
export async function startScaleDatabase({ scale }) {
  return (await seedScaleDatabase({ scale })).url;
}

/** A Keycloak with the dev realm on a free port, stopped at the end; answers its URL. */
export async function startBenchKeycloak() {
  console.log('bench: starting Keycloak…');
  const keycloak = await startKeycloak({ port: await freePort(5000, 5900), portalOrigins: [] });
  onCleanup(() => keycloak.stop());
  return keycloak.url;
}

/**
 * Everything the bench needs, started in that order: the database (seeded at `scale`), Keycloak, the API.
 * `apiPid` is null when OCOP_BENCH_API_URL names an API this bench did not start; `apiEnv` goes to the API the
 * bench starts.
 */
export async function startScaleEnvironment({ scale, apiEnv = {} }) {
  const databaseUrl = process.env.OCOP_BENCH_DATABASE_URL || (await startScaleDatabase({ scale }));
  const keycloakUrl =
    process.env.OCOP_BENCH_KEYCLOAK_URL?.replace(/\/+$/, '') || (await startBenchKeycloak());

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const [{ server_version: postgresVersion }] = (await client.query('show server_version')).rows;
  const [{ n: dossiers }] = (await client.query('select count(*)::int as n from dossiers')).rows;
  const [{ n: tasks }] = (await client.query('select count(*)::int as n from tasks')).rows;
  const [{ n: auditEntries }] = (await client.query('select count(*)::int as n from audit_log')).rows;
  await client.end();

  const given = process.env.OCOP_BENCH_API_URL?.replace(/\/+$/, '');
  const api = given ? { base: given, pid: null } : await startApi(databaseUrl, keycloakUrl, apiEnv);
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

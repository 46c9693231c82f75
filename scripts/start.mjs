// `npm start`: everything a user needs to try OCOP — bundles rebuilt on change, the API with its embedded
// database and demo data, the stand-in portal — then the URL to open.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_PASSWORD, DEMO_USERS, PORTAL_CLIENT } from '../keycloak/realm.mjs';
import { KeycloakSetupError, startKeycloak } from '../keycloak/server.mjs';
import { startPortalServer } from '../portal/server.mjs';
import { buildAuthModule } from './lib/auth-module.mjs';
import { ensureDependencies, ensureNode, ROOT, setupOrExit } from './lib/ensure.mjs';
import { OCOP_BUNDLES } from './lib/import-map.mjs';

setupOrExit(() => {
  ensureNode();
  ensureDependencies();
});

const apiPort = Number(process.env.PORT ?? 4300);
const portalPort = Number(process.env.PORTAL_PORT ?? 4200);
// The demo data tells Văn Quan's 2020 plan as it stood in mid-July 2020; deadlines are judged on that day
// unless OCOP_TODAY says otherwise (an empty OCOP_TODAY= means the real date).
const businessDate = process.env.OCOP_TODAY ?? '2020-07-15';
const children = [];
let keycloak = null;

function start(name, command, args, env = {}) {
  // Its own process group, so stopping it also stops what it started (npx → ng, node --watch → API).
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true });
  const prefix = (line) => (line ? `[${name}] ${line}\n` : '');
  const relay = (sink) => (chunk) => sink.write(String(chunk).split('\n').map(prefix).join(''));
  child.stdout.on('data', relay(process.stdout));
  child.stderr.on('data', relay(process.stderr));
  children.push(child);
  return child;
}

async function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await keycloak?.stop();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => stopAll().finally(() => process.exit(0)));
}

const portalOrigin = `http://localhost:${portalPort}`;
console.log('start: starting Keycloak (about a minute the first time)…');
const keycloakReady = startKeycloak({ portalOrigins: [portalOrigin] });
keycloakReady.catch(() => undefined);

console.log('start: building the OCOP bundles (watching for changes) and starting the API…');
await buildAuthModule({ distDir: join(ROOT, 'dist'), hashed: false });
const firstBuilds = OCOP_BUNDLES.filter((b) => b.project !== 'ocop-auth').map(
  ({ project }) =>
    new Promise((resolve, reject) => {
      const child = start(project, 'npx', [
        'ng',
        'build',
        project,
        '--configuration',
        'development',
        '--watch',
      ]);
      child.stdout.on('data', (chunk) => {
        if (String(chunk).includes('Application bundle generation complete')) resolve(undefined);
      });
      child.on('exit', (code) => reject(new Error(`${project} build stopped (exit ${code})`)));
    }),
);

try {
  keycloak = await keycloakReady;
  const api = start(
    'api',
    process.execPath,
    ['--import', 'tsx', '--watch', 'projects/ocop-api/src/main.ts'],
    {
      PORT: String(apiPort),
      KEYCLOAK_URL: keycloak.url,
      KEYCLOAK_REALM: keycloak.realm,
      OCOP_TODAY: businessDate,
    },
  );
  api.on('exit', (code) => {
    if (code) {
      console.error(`start: the API stopped (exit ${code}); see its message above.`);
      stopAll().finally(() => process.exit(1));
    }
  });
  await Promise.all(firstBuilds);
  await waitForApi(`http://127.0.0.1:${apiPort}/api/health/ready`);
  const portal = await startPortalServer({
    port: portalPort,
    apiUrl: `http://127.0.0.1:${apiPort}`,
    keycloak: { url: keycloak.url, realm: keycloak.realm, clientId: PORTAL_CLIENT },
  });
  const logins = DEMO_USERS.map(
    (u) => `  │   ${u.username.padEnd(15)} ${`${u.last} ${u.first}`.padEnd(18)} ${u.unit}`,
  );
  console.log(`
  ┌──────────────────────────────────────────────────────────────────────
  │ OCOP is running inside the stand-in province portal:
  │
  │   ${portal.url}/ocop/dossiers
  │
  │ Portal page without OCOP: ${portal.url}/thu-tuc-hanh-chinh
  │ API: http://127.0.0.1:${apiPort}/api  (documentation: /api/docs)
  │ Demo data: Văn Quan district (Lạng Sơn), its 17 communes, 2 products, the 2020 OCOP plan:
  │   ${portal.url}/ocop/tasks
  │ and the district council's evaluations (2020: 3★, 2021: 4★), certificates:
  │   ${portal.url}/ocop/reports
${businessDate ? `  │ Deadlines are judged as of ${businessDate.split('-').reverse().join('/')} (OCOP_TODAY; set OCOP_TODAY= for the real date).\n` : ''}  │ Keycloak: ${keycloak.url}/admin (admin / admin), realm ${keycloak.realm}
  │ Demo logins (password for all: ${DEMO_PASSWORD}):
${logins.join('\n')}
  │ Stop with Ctrl+C. Bundles rebuild and the API restarts when files change.
  └──────────────────────────────────────────────────────────────────────`);
} catch (err) {
  const hint = err instanceof KeycloakSetupError ? ' (Keycloak)' : '';
  console.error(`start${hint}: ${err instanceof Error ? err.message : err}`);
  await stopAll();
  process.exit(1);
}

async function waitForApi(url) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the API did not become ready at ${url} within 2 minutes`);
}

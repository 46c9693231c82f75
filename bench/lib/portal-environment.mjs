// What a browser bench signs in to: the production bundles of dist/ served by the stand-in portal, the API with
// the demo data on an embedded PGlite of its own, and Keycloak with the dev realm. The same pieces as e2e
// (e2e/playwright.config.ts), on free ports in 5000–5999.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';
import { DEMO_PASSWORD, PORTAL_CLIENT, REALM } from '../../keycloak/realm.mjs';
import { startKeycloak } from '../../keycloak/server.mjs';
import { startPortalServer } from '../../portal/server.mjs';
import { PAGE_OPTIONS } from './chromium.mjs';
import { freePort, onCleanup, ROOT, run } from './processes.mjs';

// The demo data tells Văn Quan's 2020 plan as it stood in mid-July 2020 (scripts/start.mjs): deadlines and the
// tasks page's groups are judged on that day.
const DEMO_TODAY = '2020-07-15';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `n` free ports of 5000–5999, none of them in `taken`. */
async function distinctPorts(n, taken) {
  const ports = [];
  while (ports.length < n) {
    const port = await freePort();
    if (!taken.includes(port) && !ports.includes(port)) ports.push(port);
  }
  return ports;
}

/** The production build, made once when dist/ lacks it. */
export async function ensureProductionBuild() {
  if (existsSync(join(ROOT, 'dist', 'importmap.json'))) return;
  console.log('bench: no production build in dist/, building it (node scripts/build.mjs)…');
  await run(process.execPath, ['scripts/build.mjs']);
}

/** The API with the demo data on a fresh PGlite in a temporary OCOP_DATA_DIR; answers its base URL. */
async function startDemoApi(keycloakUrl, portalPort) {
  const [port] = await distinctPorts(1, [portalPort]);
  const dataDir = mkdtempSync(join(tmpdir(), 'ocop-bench-'));
  const env = {
    ...process.env,
    PORT: String(port),
    OCOP_DATA_DIR: dataDir,
    KEYCLOAK_URL: keycloakUrl,
    OCOP_DEMO_DATA: '1',
    OCOP_TODAY: DEMO_TODAY,
    LOG_LEVEL: 'warn',
  };
  // PGlite, not a PostgreSQL server the caller's environment may name.
  delete env.DATABASE_URL;
  delete env.OCOP_DEMO_DATA_SKIP;
  const api = spawn(process.execPath, ['--import', 'tsx', 'projects/ocop-api/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  onCleanup(async () => {
    if (api.exitCode === null) {
      await new Promise((resolve) => {
        api.once('exit', resolve);
        api.kill('SIGTERM');
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}`);
    const ok = await fetch(`${base}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, pid: api.pid };
    if (i > 1200) throw new Error('the API did not answer /api/health/ready within 120 s');
    await sleep(100);
  }
}

/** Keycloak's admin REST API of the dev realm, as the dev server's bootstrap admin (keycloak/server.mjs). */
async function adminCall(keycloakUrl, token, method, path, body) {
  const response = await fetch(`${keycloakUrl}/admin/realms/${REALM}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Keycloak admin ${method} ${path}: ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/**
 * A Keycloak the bench did not start lets the portal client redirect only to the origins it was started with
 * (the dev one: http://localhost:4210). The bench adds its own portal origin to the client's redirect URIs for
 * the run and takes it away again at the end.
 */
async function allowPortalOrigin(keycloakUrl, origin) {
  // Asked for each change: the master realm's tokens live a minute, and the clean-up comes minutes later.
  const adminToken = async () => {
    const response = await fetch(`${keycloakUrl}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'admin-cli',
        username: process.env.OCOP_BENCH_KEYCLOAK_ADMIN ?? 'admin',
        password: process.env.OCOP_BENCH_KEYCLOAK_ADMIN_PASSWORD ?? 'admin',
      }),
    });
    if (!response.ok) {
      throw new Error(
        `the Keycloak at ${keycloakUrl} must let the portal client redirect to ${origin}/*; ` +
          `its admin (OCOP_BENCH_KEYCLOAK_ADMIN/_PASSWORD, default admin/admin) could not sign in to add it`,
      );
    }
    return (await response.json()).access_token;
  };
  const uri = `${origin}/*`;
  const changeRedirectUris = async (change) => {
    const token = await adminToken();
    const [client] = await adminCall(keycloakUrl, token, 'GET', `/clients?clientId=${PORTAL_CLIENT}`);
    const redirectUris = change(client.redirectUris);
    if (redirectUris.length === client.redirectUris.length) return false;
    await adminCall(keycloakUrl, token, 'PUT', `/clients/${client.id}`, { ...client, redirectUris });
    return true;
  };
  const added = await changeRedirectUris((uris) => (uris.includes(uri) ? uris : [...uris, uri]));
  // Read again at the end: someone else may have changed the client meanwhile; only our URI goes.
  if (added) onCleanup(() => changeRedirectUris((uris) => uris.filter((u) => u !== uri)));
}

/**
 * Keycloak (OCOP_BENCH_KEYCLOAK_URL, else started with the portal's origin allowed), the API with the demo data
 * and the portal serving `distDir`'s bundles; answers their URLs. The portal is reached as `localhost`, like
 * Keycloak, so the sign-in cookies are the portal's site's.
 */
export async function startPortalEnvironment() {
  await ensureProductionBuild();
  const portalPort = await freePort();
  const portalOrigin = `http://localhost:${portalPort}`;
  let keycloakUrl = process.env.OCOP_BENCH_KEYCLOAK_URL?.replace(/\/+$/, '');
  let keycloakOrigin = 'given by OCOP_BENCH_KEYCLOAK_URL';
  if (keycloakUrl) {
    await allowPortalOrigin(keycloakUrl, portalOrigin);
  } else {
    console.log('bench: starting Keycloak…');
    // Nothing listens on the portal's port yet: the ports are chosen apart from it and from each other.
    const [port, managementPort] = await distinctPorts(2, [portalPort]);
    const keycloak = await startKeycloak({ port, managementPort, portalOrigins: [portalOrigin] });
    onCleanup(() => keycloak.stop());
    keycloakUrl = keycloak.url;
    keycloakOrigin = `started by the bench (${keycloak.startSeconds.toFixed(0)} s)`;
  }
  const api = await startDemoApi(keycloakUrl, portalPort);
  const portal = await startPortalServer({
    port: portalPort,
    apiUrl: api.base,
    distDir: join(ROOT, 'dist'),
    keycloak: { url: keycloakUrl, realm: REALM, clientId: PORTAL_CLIENT },
  });
  onCleanup(() => portal.close());
  return { portalUrl: portal.url, apiUrl: api.base, apiPid: api.pid, keycloakUrl, keycloakOrigin };
}

/**
 * Signs `username` in once on Keycloak's real login page, as e2e/fixtures/keycloak.ts does, and answers the
 * context's storage state: Keycloak's session cookies, with which every later page of the bench is signed in
 * by Keycloak's redirect alone (the portal has no anonymous pages).
 */
export async function signIn(browser, portalUrl, username) {
  const context = await browser.newContext(PAGE_OPTIONS);
  try {
    const page = await context.newPage();
    await page.goto(`${portalUrl}/ocop`);
    await page.waitForURL((url) => url.pathname.startsWith(`/realms/${REALM}/protocol/openid-connect/auth`));
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('#kc-login').click();
    await page.waitForURL((url) => url.origin === portalUrl);
    // The shell's navigation: the token works with the API and the user's modules are known.
    await page.locator('ocop-shell nav.nav a[data-module]').first().waitFor({ timeout: 60_000 });
    return await context.storageState();
  } finally {
    await context.close();
  }
}

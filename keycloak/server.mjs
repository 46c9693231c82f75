// A real Keycloak server for `npm start` and `npm test`: fetched with Maven (cached), run in dev mode on
// fixed local ports with the realm imported from realm.mjs, and stopped by its process id. With
// KEYCLOAK_URL set, nothing is fetched or started: everything points at that server instead.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRealm, REALM } from './realm.mjs';

export const KEYCLOAK_VERSION = '26.7.3';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.cache', 'keycloak');
const HOME = join(CACHE, `keycloak-${KEYCLOAK_VERSION}`);

export class KeycloakSetupError extends Error {}

/** Where tokens say they come from (`iss`) and where browsers go: always `localhost`, never 127.0.0.1. */
export function keycloakConfig(port = Number(process.env.KEYCLOAK_PORT ?? 8180)) {
  const external = process.env.KEYCLOAK_URL;
  const url = (external ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return { url, realm: process.env.KEYCLOAK_REALM ?? REALM, external: Boolean(external), port };
}

/** Java 21 or newer: JAVA_HOME first, then the JDKs in /usr/lib/jvm, newest first. */
export function findJava() {
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(process.env.JAVA_HOME);
  if (existsSync('/usr/lib/jvm')) {
    candidates.push(...readdirSync('/usr/lib/jvm').map((d) => join('/usr/lib/jvm', d)));
  }
  const found = candidates
    .map((home) => ({ home, major: javaMajor(join(home, 'bin', 'java')) }))
    .filter((j) => j.major >= 21)
    .sort((a, b) => b.major - a.major);
  if (found.length === 0) {
    throw new KeycloakSetupError(
      'Keycloak needs Java 21 or newer: install a JDK 21+ (e.g. Temurin 21 or 25) or set JAVA_HOME to one.',
    );
  }
  return found[0];
}

function javaMajor(java) {
  if (!existsSync(java)) return 0;
  const out = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${out.stderr}${out.stdout}`);
  return match ? Number(match[1]) : 0;
}

/** The Keycloak distribution, fetched once with Maven into the local repository and unpacked into .cache. */
export function ensureKeycloakDistribution() {
  if (existsSync(join(HOME, 'bin', 'kc.sh'))) return HOME;
  if (!hasCommand('mvn')) {
    if (process.getuid?.() === 0 && hasCommand('apt-get')) {
      console.log('keycloak: installing Maven (apt-get install maven)…');
      spawnSync('apt-get', ['install', '-y', '-q', 'maven'], { stdio: 'inherit' });
    }
    if (!hasCommand('mvn')) {
      throw new KeycloakSetupError(
        'Maven is needed to fetch Keycloak: install it (Debian: apt-get install maven).',
      );
    }
  }
  const artifact = `org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip`;
  console.log(`keycloak: fetching ${artifact} with Maven (once; cached in ~/.m2 and .cache/keycloak)…`);
  mkdirSync(CACHE, { recursive: true });
  const fetched = spawnSync(
    'mvn',
    ['-q', '-B', 'dependency:copy', `-Dartifact=${artifact}`, `-DoutputDirectory=${CACHE}`],
    { stdio: 'inherit', cwd: CACHE },
  );
  const zip = join(CACHE, `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip`);
  if (fetched.status !== 0 || !existsSync(zip)) {
    throw new KeycloakSetupError(`Maven could not fetch ${artifact}; see its output above.`);
  }
  unzip(zip, CACHE);
  rmSync(zip);
  return HOME;
}

function unzip(zip, into) {
  if (hasCommand('unzip')) {
    execFileSync('unzip', ['-q', '-o', zip, '-d', into]);
  } else {
    // The JDK can unpack zips too, and Keycloak needs a JDK anyway.
    execFileSync(join(findJava().home, 'bin', 'jar'), ['xf', zip], { cwd: into });
    execFileSync('chmod', ['+x', ...['kc.sh', 'kcadm.sh', 'kcreg.sh'].map((f) => join(HOME, 'bin', f))]);
  }
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Starts Keycloak in dev mode with an in-memory database (every start imports the realm afresh), and
 * resolves once the realm's discovery document answers.
 * @param {{ port?: number, managementPort?: number, portalOrigins: string[], log?: string }} options
 * @returns {Promise<{ url: string, realm: string, pid: number | undefined, startSeconds: number, stop: () => Promise<void> }>}
 */
export async function startKeycloak(options) {
  const config = keycloakConfig(options.port);
  if (config.external) {
    await waitForRealm(config.url, config.realm, 30_000);
    return { url: config.url, realm: config.realm, pid: undefined, startSeconds: 0, stop: async () => {} };
  }
  const managementPort = options.managementPort ?? config.port + 1000;
  // Another server on our port would answer the readiness check in our place: refuse instead.
  for (const port of [config.port, managementPort]) {
    if (!(await portIsFree(port))) {
      throw new KeycloakSetupError(
        `port ${port} is already in use (another Keycloak?); stop it or set KEYCLOAK_URL to use it`,
      );
    }
  }
  const java = findJava();
  const home = ensureKeycloakDistribution();
  const importDir = join(home, 'data', 'import');
  mkdirSync(importDir, { recursive: true });
  writeFileSync(
    join(importDir, `${REALM}-realm.json`),
    JSON.stringify(buildRealm({ portalOrigins: options.portalOrigins }), null, 2),
  );
  const logFile = options.log ?? join(CACHE, `keycloak-${config.port}.log`);
  const out = openSync(logFile, 'w');
  const started = Date.now();
  const child = spawn(
    join(home, 'bin', 'kc.sh'),
    [
      'start-dev',
      '--db=dev-mem',
      '--http-host=127.0.0.1',
      `--http-port=${config.port}`,
      `--hostname=${config.url}`,
      '--import-realm',
      '--health-enabled=true',
      // Off Keycloak's default 9000, which single-spa root-config dev servers use.
      `--http-management-port=${managementPort}`,
      '--log-level=warn',
    ],
    {
      env: {
        ...process.env,
        JAVA_HOME: java.home,
        KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
        KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin',
        JAVA_OPTS_KC_HEAP: '-Xms64m -Xmx512m',
      },
      stdio: ['ignore', out, out],
      detached: true,
    },
  );
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 100 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
    if (!exited) process.kill(-child.pid, 'SIGKILL');
  };
  try {
    await waitForRealm(`http://127.0.0.1:${config.port}`, REALM, 240_000, () => exited);
  } catch (err) {
    await stop();
    throw new KeycloakSetupError(`${err.message} (log: ${logFile})`);
  }
  return {
    url: config.url,
    realm: REALM,
    pid: child.pid,
    startSeconds: (Date.now() - started) / 1000,
    stop,
  };
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export async function waitForRealm(base, realm, timeoutMs, gaveUp = () => false) {
  const url = `${base}/realms/${realm}/.well-known/openid-configuration`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gaveUp()) throw new Error('Keycloak stopped while starting');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`Keycloak did not answer ${url} within ${timeoutMs / 1000} s`);
}

// What `npm start` and `npm test` install for themselves on a fresh clone, or stop with a message that
// says what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROME_BIN ?? '/usr/bin/chromium';

export class SetupError extends Error {}

export function ensureNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new SetupError(
      `Node.js 20.19 or newer is needed (this is ${process.version}). Install Node.js 20 LTS.`,
    );
  }
}

/** `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('setup: installing npm dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new SetupError('npm ci failed: see the npm output above.');
}

/** Debian's Chromium, for Karma and the e2e tests; installed with apt when we may. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.getuid?.() === 0 && hasCommand('apt-get')) {
    console.log('setup: installing Chromium (apt-get install chromium)…');
    const install = () =>
      spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit' }).status;
    if (install() !== 0) {
      spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
      install();
    }
    if (existsSync(CHROMIUM)) return CHROMIUM;
  }
  throw new SetupError(
    `Chromium is needed at ${CHROMIUM} for the browser tests. Install it (Debian: sudo apt-get install chromium) ` +
      'or set CHROME_BIN to a Chromium or Chrome binary.',
  );
}

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs a setup step and turns a SetupError into a clear message and exit code 1. */
export function setupOrExit(step) {
  try {
    return step();
  } catch (err) {
    if (err instanceof SetupError) {
      console.error(`setup: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}

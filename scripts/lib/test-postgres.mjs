// A throw-away PostgreSQL server for tests: its own data directory, a free port on 127.0.0.1, trust login,
// fsync off. Uses OCOP_TEST_DATABASE_URL instead when that is set (a CI service container, for example).
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const POSTGRES_ROOT = '/usr/lib/postgresql';
const DATABASE = 'ocop_test';
const INSTALL_HINT =
  'PostgreSQL server binaries not found in /usr/lib/postgresql/<version>/bin. ' +
  'Install them with `apt-get install -y postgresql` (Debian/Ubuntu, as root), ' +
  'or set OCOP_TEST_DATABASE_URL to a PostgreSQL 15+ server whose user may CREATE DATABASE.';

const isRoot = () => process.getuid?.() === 0;

/** The bin directory of the newest installed PostgreSQL, or null. */
function findPostgresBin() {
  if (!existsSync(POSTGRES_ROOT)) return null;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((v) => /^\d+(\.\d+)?$/.test(v) && existsSync(join(POSTGRES_ROOT, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length === 0 ? null : join(POSTGRES_ROOT, versions[0], 'bin');
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status})${output ? `:\n${output}` : ''}`,
    );
  }
  return result.stdout;
}

function aptGet(args) {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function installPostgres() {
  if (!isRoot()) return;
  console.error('test-postgres: PostgreSQL not found; installing it with apt-get (needs root)…');
  // The package lists may be stale or absent (fresh containers); refresh only when the install needs it.
  if (!aptGet(['install', '-y', 'postgresql'])) {
    aptGet(['update']);
    aptGet(['install', '-y', 'postgresql']);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a private PostgreSQL server and returns `{ url, stop }`; `url` points at an empty database
 * `ocop_test` reachable without a password. `stop()` stops the server and deletes its files.
 */
export async function startTestPostgres() {
  const given = process.env.OCOP_TEST_DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };

  let bin = findPostgresBin();
  if (bin === null) {
    installPostgres();
    bin = findPostgresBin();
  }
  if (bin === null) throw new Error(INSTALL_HINT);

  // PostgreSQL refuses to run as root: as root, the server runs as the postgres user the package created.
  const asServerUser = isRoot() ? ['runuser', '-u', 'postgres', '--'] : [];
  const serverCommand = (tool, args, options) =>
    asServerUser.length > 0
      ? run(asServerUser[0], [...asServerUser.slice(1), join(bin, tool), ...args], options)
      : run(join(bin, tool), args, options);

  const dir = mkdtempSync(join(tmpdir(), 'ocop-test-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  let started = false;

  const stop = async () => {
    if (started) {
      started = false;
      try {
        serverCommand('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } catch (error) {
        console.error(`test-postgres: stopping the server failed: ${error.message}`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    if (isRoot()) {
      const { uid, gid } = userIds('postgres');
      chownSync(dir, uid, gid);
    }
    serverCommand('initdb', [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const port = await freePort();
    const serverOptions = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses='127.0.0.1'",
      // A test server holds nothing worth keeping: trade durability for speed.
      '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
    ].join(' ');
    serverCommand('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-t', '60', 'start']);
    started = true;
    serverCommand('psql', [
      '-h',
      dir,
      '-p',
      String(port),
      '-U',
      'postgres',
      '-d',
      'postgres',
      '-v',
      'ON_ERROR_STOP=1',
      '-q',
      '-c',
      `create database ${DATABASE}`,
    ]);
    return { url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`, stop };
  } catch (error) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').trim() : '';
    await stop();
    throw new Error(
      `test-postgres: could not start PostgreSQL from ${bin}: ${error.message}${log ? `\n${log}` : ''}`,
    );
  }
}

function userIds(name) {
  const uid = Number(run('id', ['-u', name]).trim());
  const gid = Number(run('id', ['-g', name]).trim());
  return { uid, gid };
}

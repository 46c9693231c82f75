import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { REPO_ROOT } from '../config/config';
import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { openPgliteDb } from '../db/pglite-db';
import { openPostgresDb } from '../db/postgres-db';
import { loadDemoData } from '../seed/load-demo-data';

/**
 * Fresh databases for specs, on the engine chosen by OCOP_TEST_DB: `pglite` (default) or `postgres`
 * (then OCOP_TEST_DATABASE_URL names a server where the user may create databases). Each call gives a
 * database of its own, so spec files do not see each other's writes.
 */

export type TestDbKind = 'pglite' | 'postgres';
export type TestDbContent = 'empty' | 'migrated' | 'seeded';

export interface TestDatabase {
  readonly kind: TestDbKind;
  /** Environment variables that point a spawned API process at this database. */
  readonly env: Readonly<Record<string, string>>;
  /** Opens (again) this same database; what earlier handles wrote is there. */
  open(): Promise<Db>;
  /** Closes every handle opened here and deletes the database. */
  dispose(): Promise<void>;
}

export function testDbKind(): TestDbKind {
  const kind = process.env['OCOP_TEST_DB'] ?? 'pglite';
  if (kind !== 'pglite' && kind !== 'postgres') {
    throw new Error(`OCOP_TEST_DB must be pglite or postgres (got "${kind}")`);
  }
  return kind;
}

export async function createTestDatabase(content: TestDbContent = 'seeded'): Promise<TestDatabase> {
  return testDbKind() === 'postgres' ? createPostgresDatabase(content) : createPgliteDatabase(content);
}

/** A PGlite database whatever OCOP_TEST_DB says, for specs of the PGlite adapter itself. */
export function createPgliteTestDatabase(content: TestDbContent = 'seeded'): Promise<TestDatabase> {
  return createPgliteDatabase(content);
}

async function fill(db: Db, content: TestDbContent): Promise<void> {
  if (content === 'empty') return;
  await migrate(db);
  if (content === 'seeded') await loadDemoData(db);
}

// ---- PGlite: copy a prepared data directory instead of paying initdb (~5 s) for every database ----

const TEMPLATE_CACHE = join(REPO_ROOT, '.cache', 'ocop-api-test');

/** Everything the template directories' contents depend on; a change to any of them builds new ones. */
const TEMPLATE_INPUTS = [
  'node_modules/@electric-sql/pglite/package.json',
  'projects/ocop-api/src/db',
  'projects/ocop-api/src/seed',
  'projects/ocop-domain/src',
];

async function filesUnder(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.endsWith('.spec.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function templateKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of TEMPLATE_INPUTS) {
    for (const file of await filesUnder(join(REPO_ROOT, input))) {
      hash.update(file).update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function buildTemplates(dir: string): Promise<void> {
  const pglite = await PGlite.create(join(dir, 'empty'));
  await pglite.close();
  await cp(join(dir, 'empty'), join(dir, 'migrated'), { recursive: true });
  let db = await openPgliteDb(join(dir, 'migrated'));
  await fill(db, 'migrated');
  await db.close();
  await cp(join(dir, 'migrated'), join(dir, 'seeded'), { recursive: true });
  db = await openPgliteDb(join(dir, 'seeded'));
  await fill(db, 'seeded');
  await db.close();
}

let templates: Promise<string> | undefined;

/**
 * A directory with empty/, migrated/ and seeded/ PGlite data directories, kept in .cache between runs and
 * rebuilt when the migrations, the seed or the domain code change (migrate.spec still migrates from empty).
 */
function pgliteTemplates(): Promise<string> {
  templates ??= (async () => {
    const dir = join(TEMPLATE_CACHE, `templates-${await templateKey()}`);
    if (existsSync(join(dir, 'seeded', 'PG_VERSION'))) return dir;
    await mkdir(TEMPLATE_CACHE, { recursive: true });
    const building = await mkdtemp(join(TEMPLATE_CACHE, 'building-'));
    try {
      await buildTemplates(building);
      await rename(building, dir);
    } catch (error) {
      await rm(building, { recursive: true, force: true });
      // Another run may have finished the same templates first; only then is this not a failure.
      if (!existsSync(join(dir, 'seeded', 'PG_VERSION'))) throw error;
    }
    for (const old of await readdir(TEMPLATE_CACHE)) {
      if (old.startsWith('templates-') && join(TEMPLATE_CACHE, old) !== dir) {
        await rm(join(TEMPLATE_CACHE, old), { recursive: true, force: true });
      }
    }
    return dir;
  })();
  return templates;
}

/**
 * Where per-test data directories go: RAM-backed /dev/shm when there is one (copying 40 MB to ext4 costs
 * about a second under load, to tmpfs a twentieth of that), else the usual temp directory.
 */
function scratchDir(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

// Removed on exit even when a spec forgot to dispose (or failed before it could): /dev/shm is memory.
const liveDataDirs = new Set<string>();
process.once('exit', () => {
  for (const dir of liveDataDirs) rmSync(dir, { recursive: true, force: true });
});

async function createPgliteDatabase(content: TestDbContent): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(scratchDir(), 'ocop-api-test-'));
  liveDataDirs.add(dataDir);
  // The API keeps PGlite in <OCOP_DATA_DIR>/pglite.
  const pgliteDir = join(dataDir, 'pglite');
  await cp(join(await pgliteTemplates(), content), pgliteDir, { recursive: true });
  const handles: Db[] = [];
  return {
    kind: 'pglite',
    env: { OCOP_DATA_DIR: dataDir },
    async open() {
      const db = await openPgliteDb(pgliteDir);
      handles.push(db);
      return db;
    },
    async dispose() {
      for (const db of handles) await db.close();
      await rm(dataDir, { recursive: true, force: true });
      liveDataDirs.delete(dataDir);
    },
  };
}

// ---- PostgreSQL: one database per call on the server of OCOP_TEST_DATABASE_URL ----

let databaseCounter = 0;

async function withAdminClient<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function createPostgresDatabase(content: TestDbContent): Promise<TestDatabase> {
  const adminUrl = process.env['OCOP_TEST_DATABASE_URL'];
  if (adminUrl === undefined || adminUrl === '') {
    throw new Error(
      'OCOP_TEST_DB=postgres needs OCOP_TEST_DATABASE_URL (node scripts/test-api.mjs starts a server and sets it)',
    );
  }
  databaseCounter += 1;
  const name = `ocop_t_${process.pid}_${databaseCounter}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdminClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  if (content !== 'empty') {
    const db = await openPostgresDb(databaseUrl);
    try {
      await fill(db, content);
    } finally {
      await db.close();
    }
  }
  const handles: Db[] = [];
  return {
    kind: 'postgres',
    env: { DATABASE_URL: databaseUrl },
    async open() {
      const db = await openPostgresDb(databaseUrl);
      handles.push(db);
      return db;
    },
    async dispose() {
      for (const db of handles) await db.close();
      await withAdminClient(adminUrl, (client) =>
        client.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}

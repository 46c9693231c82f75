import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, Queryable, SqlParam } from './db';

/** The data directory is open in another live process (or twice in this one). */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';

  constructor(readonly pid: number) {
    super(`it is in use by another process (pid ${pid})`);
  }
}

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<T>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
      return (await target.query<T>(sql, [...params])).rows;
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * PGlite has no postmaster to refuse a second opener: two processes on one directory (`npm run api` twice)
 * would corrupt it. A pid file makes the second one stop instead; a pid that is gone is a stale lock.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = join(dataDir, 'ocop-api.pid');
  try {
    await writeFile(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
    const holder = Number((await readFile(lockFile, 'utf8')).trim());
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new DataDirInUseError(holder);
    await writeFile(lockFile, String(process.pid));
  }
  return () => unlink(lockFile).catch(() => undefined);
}

/** The embedded database: PostgreSQL compiled to WASM, persisted in `dataDir` (created when missing). */
export async function openPgliteDb(dataDir: string): Promise<Db> {
  await mkdir(dataDir, { recursive: true });
  const unlock = await lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir);
  } catch (error) {
    await unlock();
    throw error;
  }
  return {
    kind: 'pglite',
    ...queryable(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(queryable(tx))),
    async close() {
      // Closing twice must be harmless: shutdown paths and tests may both do it.
      if (pglite.closed) return;
      await pglite.close();
      await unlock();
    },
  };
}

import { readdir, readFile } from 'node:fs/promises';
import type { Db } from './db';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const MIGRATION_FILE = /^(\d{4})_[a-z0-9_]+\.sql$/;

/**
 * Any constant shared by all replicas. Taking it inside the migration transaction makes a second replica
 * wait until the first has committed, then find nothing left to do (PGlite accepts the call too).
 */
export const MIGRATION_LOCK_KEY = 730_184_001;

export interface Migration {
  version: string;
  name: string;
  sql: string;
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const version = MIGRATION_FILE.exec(file)?.[1];
    if (version === undefined) {
      throw new MigrationError(`migration file ${file} is not named NNNN_snake_case.sql`);
    }
    if (migrations.some((m) => m.version === version)) {
      throw new MigrationError(`two migration files have version ${version}`);
    }
    migrations.push({
      version,
      name: file.replace(/\.sql$/, ''),
      sql: await readFile(new URL(file, dir), 'utf8'),
    });
  }
  return migrations;
}

/**
 * Brings the schema up to date in one transaction: either every pending migration is applied or none is.
 * Returns the names of the migrations applied now (empty when the schema was current).
 */
export async function migrate(db: Db, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`create table if not exists schema_migrations (
      version text primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const done = new Set(
      (await tx.query<{ version: string }>('select version from schema_migrations')).map((r) => r.version),
    );
    const applied: string[] = [];
    for (const migration of all.filter((m) => !done.has(m.version))) {
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`database migration ${migration.name} failed: ${reason}`, { cause: error });
      }
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.name);
    }
    return applied;
  });
}

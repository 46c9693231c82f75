import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import type { Db } from '../db/db';
import { createTestDatabase, type TestDatabase, type TestDbContent } from './test-database';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The application on a fresh test database (see test-database.ts), for `app.inject`. */
export async function startTestApp(content: TestDbContent = 'seeded'): Promise<TestApp> {
  const database = await createTestDatabase(content);
  const db = await database.open();
  const app = await buildApp({ db });
  await app.ready();
  return {
    app,
    db,
    database,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}

/** Row count of a table, to prove that a refused write left nothing behind. */
export async function countRows(db: Db, table: 'admin_units' | 'producers' | 'products'): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row?.n ?? 0;
}

import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import type { Db } from '../db/db';
import { createTestDatabase, type TestDatabase, type TestDbContent } from './test-database';
import { bearer, type DemoUser, testTokenVerifier } from './tokens';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  database: TestDatabase;
  /** `app.inject` with a real access token of `user` (see tokens.ts). */
  inject(user: DemoUser, request: InjectOptions | string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** `app.inject` with a real access token of `user`. */
export async function injectAs(
  app: FastifyInstance,
  user: DemoUser,
  request: InjectOptions | string,
): Promise<LightMyRequestResponse> {
  const options = typeof request === 'string' ? { url: request } : request;
  return app.inject({ ...options, headers: { ...options.headers, ...(await bearer(user)) } });
}

/** The application as the API builds it, verifying tokens with the test Keycloak (OCOP_TEST_KEYCLOAK_URL). */
export function buildTestApp(db: Db): Promise<FastifyInstance> {
  return buildApp({ db, verifyToken: testTokenVerifier() });
}

/** The application on a fresh test database (see test-database.ts), for `app.inject`. */
export async function startTestApp(content: TestDbContent = 'seeded'): Promise<TestApp> {
  const database = await createTestDatabase(content);
  const db = await database.open();
  const app = await buildTestApp(db);
  await app.ready();
  return {
    app,
    db,
    database,
    inject: (user, request) => injectAs(app, user, request),
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

import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { injectAs } from '../../testing/test-app';
import { testTokenVerifier } from '../../testing/tokens';
import { BENCH_BASELINE_ANSWER } from './bench-baseline.routes';

describe('GET /api/bench/baseline (the load bench baseline)', () => {
  let database: TestDatabase;
  let withRoute: FastifyInstance;
  let byDefault: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase('seeded');
    const db = await database.open();
    withRoute = await buildApp({ db, verifyToken: testTokenVerifier(), benchBaselineRoute: true });
    byDefault = await buildApp({ db, verifyToken: testTokenVerifier() });
    await Promise.all([withRoute.ready(), byDefault.ready()]);
  });

  afterAll(async () => {
    await withRoute.close();
    await byDefault.close();
    await database.dispose();
  });

  it('does not exist unless asked for: 404 even with a valid token, and absent from the API document', async () => {
    const res = await injectAs(byDefault, 'vq.nongnghiep', '/api/bench/baseline');
    expect(res.statusCode).toBe(404);
    const paths = Object.keys((byDefault.swagger() as { paths: Record<string, unknown> }).paths);
    expect(paths.some((p) => p.startsWith('/api/bench'))).toBeFalse();
  });

  it('answers the fixed JSON to a caller the dossier routes accept', async () => {
    const res = await injectAs(withRoute, 'vq.nongnghiep', '/api/bench/baseline');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...BENCH_BASELINE_ANSWER });
  });

  it('checks access as the dossier routes do: 401 without a token, 403 without a dossier role', async () => {
    const anonymous = await withRoute.inject('/api/bench/baseline');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('UNAUTHENTICATED');
    const noRole = await injectAs(withRoute, 'khach', '/api/bench/baseline');
    expect(noRole.statusCode).toBe(403);
    expect(noRole.json().code).toBe('FORBIDDEN');
    const dossiers = await injectAs(withRoute, 'khach', '/api/dossiers');
    expect(dossiers.statusCode).toBe(noRole.statusCode);
  });
});

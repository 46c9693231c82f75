import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Db } from '../db/db';
import { buildTestApp, injectAs } from '../testing/test-app';
import { ApiHttpError } from './api-http-error';

/**
 * A database that fails every call, as a broken server would (only the error shape is under test here),
 * except the access hook's read of the module switches (none set), so requests get past it to the errors
 * under test.
 */
const failingDb: Db = {
  kind: 'postgres',
  query: <T>(sql: string) =>
    sql.includes('from module_settings')
      ? Promise.resolve<T[]>([])
      : Promise.reject(Object.assign(new Error('relation "products" does not exist'), { code: '42P01' })),
  exec: () => Promise.reject(new Error('unused')),
  transaction: () => Promise.reject(new Error('connection to 10.0.0.5 lost')),
  close: () => Promise.resolve(),
};

describe('error handling', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildTestApp(failingDb);
    app.get('/api/test/boom', async () => {
      throw new Error('secret internals: password=hunter2');
    });
    app.get('/api/test/teapot', async () => {
      throw new ApiHttpError(418, 'TEAPOT', 'Tôi là ấm trà', { hint: 'brew' });
    });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
  });

  // The protected routes are reached as a user who may use them all, so the errors under test are not 401/403.
  const inject = (request: InjectOptions | string) => injectAs(app, 'vq.nongnghiep', request);

  const INTERNAL = {
    code: 'INTERNAL',
    message: 'Đã có lỗi trong máy chủ. Vui lòng thử lại sau.',
    details: null,
  };

  it('answers an unexpected error with 500 INTERNAL and nothing of its message', async () => {
    const res = await app.inject('/api/test/boom');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual(INTERNAL);
    expect(res.body).not.toContain('hunter2');
  });

  it('does not leak database errors', async () => {
    for (const url of ['/api/products', '/api/units']) {
      const res = await inject(url);
      expect(res.statusCode).withContext(url).toBe(500);
      expect(res.json()).toEqual(INTERNAL);
    }
    const write = await inject({
      method: 'POST',
      url: '/api/producers',
      payload: { type: 'ho-kinh-doanh', name: 'Hộ A', communeCode: '06322' },
    });
    expect(write.statusCode).toBe(500);
    expect(write.body).not.toContain('10.0.0.5');
  });

  it('passes errors raised on purpose through with their status, code and details', async () => {
    const res = await app.inject('/api/test/teapot');
    expect(res.statusCode).toBe(418);
    expect(res.json()).toEqual({ code: 'TEAPOT', message: 'Tôi là ấm trà', details: { hint: 'brew' } });
  });

  it('refuses a request body that is too large with 413 in the error shape', async () => {
    const res = await inject({
      method: 'POST',
      url: '/api/products',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Dữ liệu gửi lên quá lớn',
      details: null,
    });
  });
});

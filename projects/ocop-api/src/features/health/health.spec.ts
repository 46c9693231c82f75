import { OCOP_API_VERSION } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

describe('health routes', () => {
  describe('with a working database', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp('migrated');
    });

    afterAll(async () => {
      await t.close();
    });

    it('GET /api/version names the API contract version, without a token', async () => {
      const res = await t.app.inject('/api/version');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ api: OCOP_API_VERSION });
    });

    it('GET /api/health/live answers 200', async () => {
      const res = await t.app.inject('/api/health/live');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok' });
    });

    it('GET /api/health/ready answers 200', async () => {
      const res = await t.app.inject('/api/health/ready');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ready' });
    });
  });

  describe('once the database is closed', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp('migrated');
      await t.db.close();
    });

    afterAll(async () => {
      await t.close();
    });

    it('GET /api/health/ready answers 503 in the error shape', async () => {
      const ready = await t.app.inject('/api/health/ready');
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({
        code: 'NOT_READY',
        message: 'Cơ sở dữ liệu chưa sẵn sàng',
        details: null,
      });
    });

    it('GET /api/health/live still answers 200', async () => {
      expect((await t.app.inject('/api/health/live')).statusCode).toBe(200);
    });
  });
});

import type { Me } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';

describe('GET /api/me', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const me = async (user: DemoUser): Promise<Me> => {
    const res = await t.inject(user, '/api/me');
    expect(res.statusCode).withContext(res.body).toBe(200);
    return res.json<Me>();
  };

  it('names the units of a department officer from the reference data', async () => {
    expect(await me('vq.yte')).toEqual({
      username: 'vq.yte',
      name: 'Lý Thị Dung',
      roles: ['department-officer'],
      district: { code: '184', name: 'Huyện Văn Quan' },
      commune: null,
      department: { code: 'TTYT', name: 'Trung tâm Y tế' },
      modules: ['dossier', 'tasks', 'reports'],
    });
  });

  it('names the commune of a commune officer', async () => {
    const caller = await me('xa.huule');
    expect(caller.name).toBe('Vi Văn Em');
    expect(caller.commune).toEqual({ code: '06322', name: 'Xã Hữu Lễ' });
    expect(caller.district).toEqual({ code: '184', name: 'Huyện Văn Quan' });
    expect(caller.department).toBeNull();
  });

  it('gives each role its modules', async () => {
    expect((await me('hoidong.1')).modules).toEqual(['dossier', 'reports']);
    expect((await me('so.nongnghiep')).modules).toEqual(['dossier', 'tasks', 'reports']);
    const admin = await me('admin.tinh');
    expect(admin.roles).toEqual(['ocop-admin']);
    expect(admin.modules).toEqual([]);
  });

  it('answers 200 with no roles and no modules to a user without OCOP roles', async () => {
    expect(await me('khach')).toEqual({
      username: 'khach',
      name: 'Phạm Văn Khách',
      roles: [],
      district: null,
      commune: null,
      department: null,
      modules: [],
    });
  });

  it('answers 401 without a token', async () => {
    expect((await t.app.inject('/api/me')).statusCode).toBe(401);
  });
});

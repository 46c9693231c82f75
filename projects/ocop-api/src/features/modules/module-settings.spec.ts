import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import {
  OCOP_MODULES,
  type AuditEntry,
  type DistrictModuleSettings,
  type ModuleSetting,
  type MyModules,
  type OcopModuleId,
} from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';
import { MODULE_DISABLED_MESSAGE } from '../auth/access';

/**
 * Modules switched per district by the IT administrators and enforced by the API, with real tokens of the
 * demo users: Văn Quan (184) officers, a Cao Lộc (183) district officer, the province office, the admin.
 */

const ALL: OcopModuleId[] = ['dossier', 'tasks', 'reports'];

describe('module settings per district', () => {
  let t: TestApp;

  // Every spec changes switches: each gets a database of its own.
  beforeEach(async () => {
    t = await startTestApp();
  });

  afterEach(async () => {
    await t.close();
  });

  const put = (
    user: DemoUser,
    districtCode: string,
    module: string,
    payload: unknown,
  ): Promise<LightMyRequestResponse> =>
    t.inject(user, {
      method: 'PUT',
      url: `/api/admin/module-settings/${districtCode}/${module}`,
      payload: payload as InjectOptions['payload'],
    });

  async function switchModule(
    districtCode: string,
    module: OcopModuleId,
    enabled: boolean,
    version: number,
    comment?: string,
  ): Promise<ModuleSetting> {
    const res = await put('admin.tinh', districtCode, module, { enabled, version, comment });
    expect(res.statusCode).withContext(res.body).toBe(200);
    return res.json<ModuleSetting>();
  }

  async function myModules(user: DemoUser, district?: string): Promise<MyModules> {
    const headers = district === undefined ? {} : { 'x-ocop-district': district };
    const res = await t.inject(user, { url: '/api/me/modules', headers });
    expect(res.statusCode).withContext(`${user}: ${res.body}`).toBe(200);
    return res.json<MyModules>();
  }

  async function settings(user: DemoUser = 'admin.tinh'): Promise<DistrictModuleSettings[]> {
    const res = await t.inject(user, '/api/admin/module-settings');
    expect(res.statusCode).withContext(res.body).toBe(200);
    return res.json<DistrictModuleSettings[]>();
  }

  /** The module-setting part of the trail (the demo data also holds dossier histories). */
  async function audit(query = ''): Promise<AuditEntry[]> {
    const res = await t.inject(
      'admin.tinh',
      `/api/admin/audit?entityType=module-setting${query.replace('?', '&')}`,
    );
    expect(res.statusCode).withContext(res.body).toBe(200);
    return res.json<{ items: AuditEntry[] }>().items;
  }

  function expectModuleDisabled(res: LightMyRequestResponse, module: OcopModuleId, context = ''): void {
    expect(res.statusCode).withContext(`${context} ${res.body}`).toBe(403);
    expect(res.json())
      .withContext(context)
      .toEqual({
        code: 'MODULE_DISABLED',
        message: MODULE_DISABLED_MESSAGE,
        details: { module, districtCode: '184' },
      });
  }

  it('enables every module for every current district by default', async () => {
    const all = await settings();
    expect(all.length).toBe(11);
    expect(all[0]?.district).toEqual({ code: '178', name: 'Thành phố Lạng Sơn' });
    expect(all.find((d) => d.district.code === '184')?.district.name).toBe('Huyện Văn Quan');
    for (const { district, settings: modules } of all) {
      expect(modules).toEqual(
        OCOP_MODULES.map((module) => ({
          districtCode: district.code,
          module,
          enabled: true,
          version: 0,
          updatedAt: null,
          updatedBy: null,
        })),
      );
    }
    // The province office may look; nobody else may.
    expect(await settings('so.nongnghiep')).toEqual(all);
    for (const user of ['vq.nongnghiep', 'xa.huule', 'khach'] as const) {
      const res = await t.inject(user, '/api/admin/module-settings');
      expect(res.statusCode).withContext(user).toBe(403);
      expect(res.json<{ code: string }>().code).toBe('FORBIDDEN');
    }

    expect(await myModules('vq.nongnghiep')).toEqual({ modules: ALL, districtCode: '184' });
    expect(await myModules('xa.huule')).toEqual({ modules: ALL, districtCode: '184' });
    expect(await myModules('hoidong.1')).toEqual({ modules: ['dossier', 'reports'], districtCode: '184' });
    expect(await myModules('cl.nongnghiep')).toEqual({ modules: ALL, districtCode: '183' });
    expect(await myModules('so.nongnghiep')).toEqual({ modules: ALL, districtCode: null });
    expect(await myModules('admin.tinh')).toEqual({ modules: [], districtCode: null });
    expect(await myModules('khach')).toEqual({ modules: [], districtCode: null });
    // The demo data holds Văn Quan's 2020 plan (seed/demo-plan.ts).
    expect((await t.inject('vq.nongnghiep', '/api/tasks/plans')).json<{ total: number }>().total).toBe(1);
  });

  it('switches tasks off for Văn Quan only: its officers lose it, Cao Lộc and the province keep it, audited', async () => {
    const saved = await switchModule('184', 'tasks', false, 0, '  Huyện chưa triển khai phân hệ nhiệm vụ ');
    expect(saved).toEqual({
      districtCode: '184',
      module: 'tasks',
      enabled: false,
      version: 1,
      updatedAt: jasmine.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as unknown as string,
      updatedBy: 'admin.tinh',
    });
    expect(Math.abs(Date.parse(saved.updatedAt ?? '') - Date.now())).toBeLessThan(60_000);
    const vanQuan = (await settings()).find((d) => d.district.code === '184');
    expect(vanQuan?.settings.map((s) => [s.module, s.enabled, s.version])).toEqual([
      ['dossier', true, 0],
      ['tasks', false, 1],
      ['reports', true, 0],
    ]);

    // Văn Quan: gone from the modules (both endpoints, one rule) and refused by the API.
    expect(await myModules('vq.nongnghiep')).toEqual({
      modules: ['dossier', 'reports'],
      districtCode: '184',
    });
    expect((await t.inject('vq.nongnghiep', '/api/me')).json<{ modules: string[] }>().modules).toEqual([
      'dossier',
      'reports',
    ]);
    expect((await myModules('xa.huule')).modules).toEqual(['dossier', 'reports']);
    expectModuleDisabled(await t.inject('vq.nongnghiep', '/api/tasks/plans'), 'tasks', 'vq.nongnghiep');
    expectModuleDisabled(await t.inject('vq.yte', '/api/tasks/plans'), 'tasks', 'vq.yte');
    expectModuleDisabled(await t.inject('xa.huule', '/api/tasks/plans'), 'tasks', 'xa.huule');
    // Other modules of Văn Quan still work.
    expect((await t.inject('vq.nongnghiep', '/api/products')).statusCode).toBe(200);

    // Cao Lộc's officer still has tasks; the province office is not stopped by one district's switch.
    expect(await myModules('cl.nongnghiep')).toEqual({ modules: ALL, districtCode: '183' });
    expect((await t.inject('cl.nongnghiep', '/api/tasks/plans')).statusCode).toBe(200);
    expect((await t.inject('so.nongnghiep', '/api/tasks/plans')).statusCode).toBe(200);
    expect(await myModules('so.nongnghiep')).toEqual({ modules: ALL, districtCode: null });

    // The audit trail, newest first.
    const [entry, ...older] = await audit();
    expect(older).toEqual([]);
    expect(entry).toEqual({
      id: jasmine.any(String) as unknown as string,
      at: saved.updatedAt ?? '',
      actor: {
        username: 'admin.tinh',
        name: 'Nguyễn Văn An',
        roles: ['ocop-admin'],
        districtCode: null,
        communeCode: null,
        departmentCode: null,
      },
      entityType: 'module-setting',
      entityId: '184/tasks',
      action: 'disable',
      from: true,
      to: false,
      comment: 'Huyện chưa triển khai phân hệ nhiệm vụ',
    });

    // Switched back on: available again, and the trail lists the newest change first.
    await switchModule('184', 'tasks', true, 1);
    expect((await myModules('vq.nongnghiep')).modules).toEqual(ALL);
    expect((await t.inject('vq.nongnghiep', '/api/tasks/plans')).statusCode).toBe(200);
    const trail = await audit();
    expect(trail.map((e) => [e.entityId, e.action, e.from, e.to, e.comment])).toEqual([
      ['184/tasks', 'enable', false, true, null],
      ['184/tasks', 'disable', true, false, 'Huyện chưa triển khai phân hệ nhiệm vụ'],
    ]);
    expect((await audit('?limit=1')).length).toBe(1);
    const dossierTrail = await t.inject(
      'admin.tinh',
      '/api/admin/audit?entityType=dossier&entityId=184/tasks',
    );
    expect(dossierTrail.json<{ items: unknown[] }>().items).toEqual([]);
    const provinceView = await t.inject('so.nongnghiep', '/api/admin/audit?entityType=module-setting');
    expect(provinceView.json<{ items: unknown[] }>().items).toEqual(trail as unknown[]);
    for (const user of ['vq.nongnghiep', 'khach'] as const) {
      expect((await t.inject(user, '/api/admin/audit')).statusCode)
        .withContext(user)
        .toBe(403);
    }
  });

  it('lets the province office look at a district with X-OCOP-District, and ignores it from anyone else', async () => {
    await switchModule('184', 'tasks', false, 0);
    expect(await myModules('so.nongnghiep', '184')).toEqual({
      modules: ['dossier', 'reports'],
      districtCode: '184',
    });
    expect(await myModules('so.nongnghiep', '183')).toEqual({ modules: ALL, districtCode: '183' });
    expect(await myModules('admin.tinh', '184')).toEqual({ modules: [], districtCode: '184' });
    // A district officer cannot look at another district, nor escape their own district's switch.
    expect(await myModules('vq.nongnghiep', '183')).toEqual({
      modules: ['dossier', 'reports'],
      districtCode: '184',
    });
    expect(await myModules('cl.nongnghiep', '184')).toEqual({ modules: ALL, districtCode: '183' });
    expect(await myModules('xa.huule', 'not-a-code')).toEqual({
      modules: ['dossier', 'reports'],
      districtCode: '184',
    });
    expectModuleDisabled(
      await t.inject('vq.nongnghiep', { url: '/api/tasks/plans', headers: { 'x-ocop-district': '183' } }),
      'tasks',
    );

    // From the province office, a header that names no current district is an error, not "whole province".
    for (const [value, code] of [
      ['18', 'invalid_format'],
      ['999', 'not_found'],
    ] as const) {
      const res = await t.inject('so.nongnghiep', {
        url: '/api/me/modules',
        headers: { 'x-ocop-district': value },
      });
      expect(res.statusCode).withContext(value).toBe(400);
      expect(res.json()).toEqual({
        code: 'VALIDATION_FAILED',
        message: jasmine.any(String),
        details: [{ field: 'X-OCOP-District', code, message: jasmine.any(String) }],
      });
    }
    expect(await myModules('so.nongnghiep', '  ')).toEqual({ modules: ALL, districtCode: null });
  });

  it('refuses a change based on a stale version with 409 and changes nothing', async () => {
    await switchModule('184', 'tasks', false, 0);
    const before = await settings();
    const trail = await audit();

    for (const version of [0, 2]) {
      const res = await put('admin.tinh', '184', 'tasks', { enabled: true, version });
      expect(res.statusCode).withContext(res.body).toBe(409);
      const body = res.json<{ code: string; message: string; details: { current: ModuleSetting } }>();
      expect(body.code).toBe('STALE_VERSION');
      expect(body.message).toBe(
        'Thiết lập này vừa được người khác thay đổi. Vui lòng tải lại để xem trạng thái mới rồi thử lại.',
      );
      expect(body.details.current).toEqual(jasmine.objectContaining({ enabled: false, version: 1 }));
    }
    // A district still on the default is at version 0: any other version is stale too.
    expect((await put('admin.tinh', '183', 'dossier', { enabled: false, version: 1 })).statusCode).toBe(409);

    expect(await settings()).toEqual(before);
    expect(await audit()).toEqual(trail);
    expect((await myModules('vq.nongnghiep')).modules).toEqual(['dossier', 'reports']);
  });

  it('lets exactly one of two administrators who saw the same version win', async () => {
    const [first, second] = await Promise.all([
      put('admin.tinh', '185', 'reports', { enabled: false, version: 0 }),
      put('admin.tinh', '185', 'reports', { enabled: false, version: 0 }),
    ]);
    expect([first?.statusCode, second?.statusCode].sort()).toEqual([200, 409]);
    expect((await audit()).length).toBe(1);
  });

  it('records nothing when the switch is set to the state it already has', async () => {
    const res = await put('admin.tinh', '184', 'dossier', { enabled: true, version: 0 });
    expect(res.statusCode).toBe(200);
    expect(res.json<ModuleSetting>()).toEqual(
      jasmine.objectContaining({ enabled: true, version: 0, updatedBy: null }),
    );
    expect(await audit()).toEqual([]);
  });

  it('lets only the IT administrators change a switch', async () => {
    for (const user of ['so.nongnghiep', 'vq.nongnghiep', 'xa.huule', 'khach'] as const) {
      const res = await put(user, '184', 'tasks', { enabled: false, version: 0 });
      expect(res.statusCode).withContext(user).toBe(403);
      expect(res.json<{ code: string }>().code).withContext(user).toBe('FORBIDDEN');
    }
    expect((await myModules('vq.nongnghiep')).modules).toEqual(ALL);
    expect(await audit()).toEqual([]);
  });

  it('answers 404 for a district that does not exist and 400 for a module or body that is not valid', async () => {
    for (const district of ['999', '06322', 'abc']) {
      const res = await put('admin.tinh', district, 'tasks', { enabled: false, version: 0 });
      expect(res.statusCode).withContext(district).toBe(404);
      expect(res.json<{ code: string }>().code).toBe('NOT_FOUND');
    }
    const unknownModule = await put('admin.tinh', '184', 'payroll', { enabled: false, version: 0 });
    expect(unknownModule.statusCode).toBe(400);
    expect(unknownModule.json<{ details: unknown }>().details).toEqual([
      {
        field: 'module',
        code: 'invalid_choice',
        message: 'Phân hệ phải là một trong: dossier, tasks, reports',
      },
    ]);
    const badBody = await put('admin.tinh', '184', 'tasks', { enabled: 'false', version: '0' });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json<{ details: { field: string }[] }>().details.map((e) => e.field)).toEqual([
      'enabled',
      'version',
    ]);
    expect((await put('admin.tinh', '184', 'tasks', [])).statusCode).toBe(400);
    const notJson: InjectOptions = {
      method: 'PUT',
      url: '/api/admin/module-settings/184/tasks',
      payload: 'enabled=false',
      headers: { 'content-type': 'text/plain' },
    };
    expect((await t.inject('admin.tinh', notJson)).statusCode).toBe(415);
    expect((await myModules('vq.nongnghiep')).modules).toEqual(ALL);
    expect(await audit()).toEqual([]);
  });

  it('refuses the catalogue to Văn Quan once its dossier module is off, but not to the province office', async () => {
    await switchModule('184', 'dossier', false, 0);
    expectModuleDisabled(await t.inject('xa.huule', '/api/products'), 'dossier', 'xa.huule');
    expectModuleDisabled(await t.inject('hoidong.1', '/api/producers'), 'dossier', 'hoidong.1');
    expect((await myModules('xa.huule')).modules).toEqual(['tasks', 'reports']);
    expect((await myModules('hoidong.1')).modules).toEqual(['reports']);
    const products = await t.inject('so.nongnghiep', '/api/products');
    expect(products.statusCode).toBe(200);
    expect(products.json<{ total: number }>().total).toBe(2);
    // Reference data belongs to no module.
    expect((await t.inject('xa.huule', '/api/units?level=district')).statusCode).toBe(200);
  });

  it('applies the switch to every route that declares a module (new routes included)', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json<{
      paths: Record<
        string,
        Record<string, { 'x-ocop-access'?: { roles?: string[]; module?: string | null } }>
      >;
    }>();
    const moduleRoutes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => typeof op['x-ocop-access']?.module === 'string')
        .map(([method, op]) => ({
          method: method.toUpperCase() as 'GET' | 'POST',
          url: path.replace(/\{\w+\}/g, '0c0b2020-0000-4000-8000-000000000201'),
          module: op['x-ocop-access']?.module as OcopModuleId,
          roles: op['x-ocop-access']?.roles ?? [],
        })),
    );
    expect(moduleRoutes.length).toBe(68);
    for (const module of OCOP_MODULES) await switchModule('184', module, false, 0);
    for (const route of moduleRoutes) {
      const user: DemoUser = route.roles.includes('commune-officer') ? 'xa.huule' : 'vq.nongnghiep';
      const payload = route.method === 'GET' ? undefined : {};
      const res = await t.inject(user, { method: route.method, url: route.url, payload });
      expectModuleDisabled(res, route.module, `${route.method} ${route.url}`);
    }
  });

  it('keeps the audit trail append-only in the database itself', async () => {
    await switchModule('184', 'reports', false, 0);
    for (const sql of [
      "update audit_log set comment = 'rewritten'",
      'delete from audit_log',
      'truncate audit_log',
    ]) {
      await expectAsync(t.db.query(sql))
        .withContext(sql)
        .toBeRejectedWithError(/append-only/);
    }
    expect((await audit()).length).toBe(1);
  });
});

import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement } from '@ocop/common/testing';
import { AuditEntry, DistrictModuleSettings, ModuleSetting, OcopModuleId } from '@ocop/domain';
import { ApiVersion } from '../../modules/api-version';
import { BundleLoader } from '../../modules/bundle-loader';
import { OCOP_MODULES } from '../../modules/module-registry';
import { bundleExportsFor, TEST_API_VERSION } from '../../testing/module-manifests';
import { ModuleAdmin } from './module-admin';

const setting = (
  districtCode: string,
  module: OcopModuleId,
  enabled: boolean,
  version: number,
): ModuleSetting => ({
  districtCode,
  module,
  enabled,
  version,
  updatedAt: version ? '2026-01-15T07:30:00.000Z' : null,
  updatedBy: version ? 'admin.tinh' : null,
});

/** Văn Quan: tasks switched on again after a change (v3), reports switched off (v1); Tràng Định untouched. */
function settings(
  changes: Partial<Record<`${string}/${OcopModuleId}`, [boolean, number]>> = {},
): DistrictModuleSettings[] {
  const of = (code: string, module: OcopModuleId, enabled: boolean, version: number): ModuleSetting => {
    const [e, v] = changes[`${code}/${module}`] ?? [enabled, version];
    return setting(code, module, e, v);
  };
  return [
    {
      district: { code: '181', name: 'Huyện Tràng Định' },
      settings: [of('181', 'dossier', true, 0), of('181', 'tasks', true, 0), of('181', 'reports', true, 0)],
    },
    {
      district: { code: '184', name: 'Huyện Văn Quan' },
      settings: [of('184', 'dossier', true, 0), of('184', 'tasks', true, 3), of('184', 'reports', false, 1)],
    },
  ];
}

const ACTOR: AuditEntry['actor'] = {
  username: 'admin.tinh',
  name: 'Nông Văn Quản',
  roles: ['ocop-admin'],
  districtCode: null,
  communeCode: null,
  departmentCode: null,
};

/** Local times, so the expected text does not depend on the browser's time zone. */
const AUDIT: AuditEntry[] = [
  {
    id: 'a2',
    at: new Date(2026, 2, 5, 9, 7).toISOString(),
    actor: ACTOR,
    entityType: 'module-setting',
    entityId: '184/tasks',
    action: 'disable',
    from: true,
    to: false,
    comment: 'Huyện chưa triển khai',
  },
  {
    id: 'a1',
    at: new Date(2026, 0, 15, 14, 30).toISOString(),
    actor: { ...ACTOR, username: 'so.nn', name: 'Đỗ Thị Hoa' },
    entityType: 'module-setting',
    entityId: '181/reports',
    action: 'enable',
    from: false,
    to: true,
    comment: null,
  },
];

const STALE = {
  code: 'STALE_VERSION',
  message: 'Thiết lập này vừa được người khác thay đổi. Vui lòng tải lại để xem trạng thái mới rồi thử lại.',
};

describe('ModuleAdmin', () => {
  let fixture: ComponentFixture<ModuleAdmin>;
  let el: HTMLElement;
  let http: HttpTestingController;
  let auth: FakeOcopAuth;
  let loader: jasmine.SpyObj<BundleLoader>;

  beforeEach(() => {
    auth = new FakeOcopAuth();
    auth.user = { username: 'admin.tinh', name: 'Nông Văn Quản', roles: ['ocop-admin'] };
    loader = jasmine.createSpyObj<BundleLoader>('BundleLoader', ['load']);
    loader.load.and.callFake((bundle: string) =>
      Promise.resolve(bundleExportsFor(OCOP_MODULES.find((m) => m.bundle === bundle)!)),
    );
    TestBed.configureTestingModule({
      providers: [provideTestElement({ auth }), ApiVersion, { provide: BundleLoader, useValue: loader }],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    fixture?.destroy();
    http.verify();
  });

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await nextTask();
    await fixture.whenStable();
  }

  /** Answers the page's GET /api/admin/module-settings and GET /api/admin/audit. */
  async function answerLoad(districts = settings(), audit = AUDIT): Promise<void> {
    const list = http.expectOne('/api/admin/module-settings');
    expect(list.request.method).toBe('GET');
    expect(list.request.headers.get('Authorization')).toBe('Bearer test-token');
    list.flush(districts);
    const log = http.expectOne((r) => r.url === '/api/admin/audit');
    expect(log.request.params.get('entityType')).toBe('module-setting');
    expect(log.request.params.get('limit')).toBe('20');
    log.flush({ items: audit });
    await settle();
  }

  async function create(): Promise<void> {
    fixture = TestBed.createComponent(ModuleAdmin);
    el = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/version').flush({ api: TEST_API_VERSION });
    await answerLoad();
  }

  const sw = (district: string, module: OcopModuleId): HTMLInputElement =>
    el.querySelector<HTMLInputElement>(`tr[data-district="${district}"] input[data-module="${module}"]`)!;
  const switches = (): HTMLInputElement[] =>
    Array.from(el.querySelectorAll<HTMLInputElement>('input[role="switch"]'));
  const dialog = (): HTMLDialogElement => el.querySelector('dialog')!;
  const dialogButton = (text: string): HTMLButtonElement =>
    Array.from(dialog().querySelectorAll('button')).find((b) => b.textContent!.trim() === text)!;
  const notice = (): string => el.querySelector('.notice')!.textContent!.trim();
  const text = (node: Element): string => node.textContent!.replace(/\s+/g, ' ').trim();
  const expectNoPut = (): void => http.expectNone((r) => r.method === 'PUT');

  function expectPut(district: string, module: OcopModuleId): TestRequest {
    const req = http.expectOne(`/api/admin/module-settings/${district}/${module}`);
    expect(req.request.method).toBe('PUT');
    return req;
  }

  it('renders districts × modules with switches that show whether each module is on', async () => {
    await create();

    const head = Array.from(el.querySelectorAll('table.settings thead th')).map(text);
    expect(head).toEqual(['Huyện', 'Hồ sơ', 'Nhiệm vụ', 'Báo cáo']);
    const rows = Array.from(el.querySelectorAll('table.settings tbody tr'));
    expect(rows.map((r) => text(r.querySelector('th')!))).toEqual(['Huyện Tràng Định', 'Huyện Văn Quan']);
    expect(switches().map((s) => s.checked)).toEqual([true, true, true, true, true, false]);
    expect(sw('184', 'reports').closest('label')!.textContent!.trim()).toBe('Tắt');
    expect(sw('184', 'tasks').closest('label')!.textContent!.trim()).toBe('Bật');
    expect(sw('184', 'tasks').getAttribute('aria-label')).toBe('Nhiệm vụ — Huyện Văn Quan');
    expect(switches().every((s) => !s.disabled)).toBeTrue();
    expect(el.querySelector('.intro')!.textContent).toContain('Tắt một phân hệ');
  });

  it('is read-only for a province officer (no ocop-admin role): every switch disabled', async () => {
    auth.user = { username: 'so.nn', name: 'Đỗ Thị Hoa', roles: ['province-officer'] };
    await create();

    expect(switches().length).toBe(6);
    expect(switches().every((s) => s.disabled)).toBeTrue();
    expect(el.querySelector('.intro')!.textContent).toBe(
      'Bạn chỉ được xem; chỉ quản trị viên cổng mới bật, tắt được phân hệ.',
    );

    sw('184', 'tasks').click();
    await settle();
    expect(sw('184', 'tasks').checked).toBeTrue();
    expect(dialog().open).toBeFalse();
    expectNoPut();
  });

  it('switching a module ON sends the PUT at once, with the row’s version, then shows the new state', async () => {
    await create();

    sw('184', 'reports').click();
    await settle();

    const put = expectPut('184', 'reports');
    expect(put.request.body).toEqual({ enabled: true, version: 1, comment: null });
    expect(put.request.headers.get('Authorization')).toBe('Bearer test-token');
    expect(dialog().open).toBeFalse();
    // One change at a time.
    expect(switches().every((s) => s.disabled)).toBeTrue();

    put.flush(setting('184', 'reports', true, 2));
    await settle();
    await answerLoad(settings({ '184/reports': [true, 2] }));

    expect(sw('184', 'reports').checked).toBeTrue();
    expect(sw('184', 'reports').closest('label')!.textContent!.trim()).toBe('Bật');
    expect(switches().every((s) => !s.disabled)).toBeTrue();
    expect(notice()).toBe('Đã lưu thay đổi.');
  });

  it('switching a module OFF asks first and sends nothing until “Tắt phân hệ”, then the PUT with the comment', async () => {
    await create();

    sw('184', 'tasks').click();
    await settle();

    expect(dialog().open).toBeTrue();
    expect(text(dialog().querySelector('h3')!)).toBe('Tắt phân hệ Nhiệm vụ cho Huyện Văn Quan?');
    expect(sw('184', 'tasks').checked).toBeTrue();
    expectNoPut();

    dialog().querySelector('textarea')!.value = '  Huyện chưa triển khai  ';
    dialogButton('Tắt phân hệ').click();
    await settle();

    expect(dialog().open).toBeFalse();
    const put = expectPut('184', 'tasks');
    expect(put.request.body).toEqual({ enabled: false, version: 3, comment: 'Huyện chưa triển khai' });
    put.flush(setting('184', 'tasks', false, 4));
    await settle();
    await answerLoad(settings({ '184/tasks': [false, 4] }));

    expect(sw('184', 'tasks').checked).toBeFalse();
    expect(sw('184', 'tasks').closest('label')!.textContent!.trim()).toBe('Tắt');
    expect(notice()).toBe('Đã lưu thay đổi.');
  });

  it('sends no comment when none is written', async () => {
    await create();

    sw('181', 'dossier').click();
    await settle();
    dialogButton('Tắt phân hệ').click();
    await settle();

    const put = expectPut('181', 'dossier');
    expect(put.request.body).toEqual({ enabled: false, version: 0, comment: null });
    put.flush(setting('181', 'dossier', false, 1));
    await settle();
    await answerLoad(settings({ '181/dossier': [false, 1] }));
  });

  it('“Hủy” closes the question, sends nothing and keeps the switch on', async () => {
    await create();

    sw('184', 'tasks').click();
    await settle();
    expect(dialog().open).toBeTrue();

    dialogButton('Hủy').click();
    await settle();

    expect(dialog().open).toBeFalse();
    expect(dialog().querySelector('h3')).toBeNull();
    expect(sw('184', 'tasks').checked).toBeTrue();
    expect(sw('184', 'tasks').closest('label')!.textContent!.trim()).toBe('Bật');
    expect(switches().every((s) => !s.disabled)).toBeTrue();
    expectNoPut();
    expect(notice()).toBe('');
  });

  it('on STALE_VERSION reloads the settings and shows the API’s message', async () => {
    await create();

    sw('184', 'tasks').click();
    await settle();
    dialogButton('Tắt phân hệ').click();
    await settle();
    expectPut('184', 'tasks').flush(STALE, { status: 409, statusText: 'Conflict' });
    await settle();

    // Someone else had switched it off meanwhile: the reload shows it.
    await answerLoad(settings({ '184/tasks': [false, 4] }));

    expect(sw('184', 'tasks').checked).toBeFalse();
    const message = el.querySelector('.notice .error')!;
    expect(message.textContent!.trim()).toBe(STALE.message);
    expect(switches().every((s) => !s.disabled)).toBeTrue();
  });

  it('a refused switch-on leaves the switch off and shows the API’s message', async () => {
    await create();

    sw('184', 'reports').click();
    await settle();
    expectPut('184', 'reports').flush(
      { code: 'FORBIDDEN', message: 'Chỉ quản trị viên cổng mới bật, tắt được phân hệ.' },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();

    expect(el.querySelector('.notice .error')!.textContent!.trim()).toBe(
      'Chỉ quản trị viên cổng mới bật, tắt được phân hệ.',
    );
    expect(sw('184', 'reports').checked).toBeFalse();
    expect(sw('184', 'reports').closest('label')!.textContent!.trim()).toBe('Tắt');
  });

  it('a switch-on refused as stale shows the reloaded state', async () => {
    await create();

    sw('184', 'reports').click();
    await settle();
    expectPut('184', 'reports').flush(STALE, { status: 409, statusText: 'Conflict' });
    await settle();
    // Someone switched it on and off again meanwhile: still off, at version 3.
    await answerLoad(settings({ '184/reports': [false, 3] }));

    expect(sw('184', 'reports').checked).toBeFalse();
    expect(el.querySelector('.notice .error')!.textContent!.trim()).toBe(STALE.message);

    // The next try sends the version just loaded.
    sw('184', 'reports').click();
    await settle();
    const put = expectPut('184', 'reports');
    expect(put.request.body).toEqual({ enabled: true, version: 3, comment: null });
    put.flush(setting('184', 'reports', true, 4));
    await settle();
    await answerLoad(settings({ '184/reports': [true, 4] }));
  });

  it('lists the audit: dd/MM/yyyy HH:mm, who, what and the comment', async () => {
    await create();

    const rows = Array.from(el.querySelectorAll('table.audit tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map(text),
    );
    expect(rows).toEqual([
      [
        '05/03/2026 09:07',
        'Nông Văn Quản (admin.tinh)',
        'Tắt Nhiệm vụ cho Huyện Văn Quan',
        'Huyện chưa triển khai',
      ],
      ['15/01/2026 14:30', 'Đỗ Thị Hoa (so.nn)', 'Bật Báo cáo cho Huyện Tràng Định', ''],
    ]);
  });

  it('says so when the audit is empty', async () => {
    fixture = TestBed.createComponent(ModuleAdmin);
    el = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/version').flush({ api: TEST_API_VERSION });
    await answerLoad(settings(), []);

    expect(el.querySelector('table.audit')).toBeNull();
    expect(el.textContent).toContain('Chưa có thay đổi nào.');
  });

  it('tells for each module bundle whether it fits the running API', async () => {
    loader.load.and.callFake((bundle: string) => {
      const module = OCOP_MODULES.find((m) => m.bundle === bundle)!;
      if (module.id === 'reports') return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(bundleExportsFor(module, module.id === 'tasks' ? { apiVersion: '^2.0.0' } : {}));
    });
    await create();

    expect(loader.load.calls.allArgs()).toEqual(OCOP_MODULES.map((m) => [m.bundle, m.tag]));
    const items = Array.from(el.querySelectorAll('ul.bundles li'));
    expect(items.map((li) => li.getAttribute('data-module'))).toEqual(['dossier', 'tasks', 'reports']);
    expect(items.map(text)).toEqual([
      'Hồ sơ: tương thích với máy chủ OCOP đang chạy.',
      'Nhiệm vụ: Phân hệ cần API phiên bản ^2.0.0, máy chủ đang chạy 1.0.0.',
      'Báo cáo: không tải được gói phân hệ.',
    ]);
    expect(items[1].querySelector('.error')).not.toBeNull();
  });

  it('shows the load error with the API’s message, and retry loads again', async () => {
    fixture = TestBed.createComponent(ModuleAdmin);
    el = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/version').flush({ api: TEST_API_VERSION });
    http
      .expectOne('/api/admin/module-settings')
      .flush(
        { code: 'FORBIDDEN', message: 'Bạn không có quyền quản trị.' },
        { status: 403, statusText: 'Forbidden' },
      );
    http.expectOne((r) => r.url === '/api/admin/audit').flush({ items: [] });
    await settle();

    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.querySelector('.message')!.textContent).toBe('Không tải được thiết lập phân hệ.');
    expect(alert.querySelector('.detail')!.textContent).toBe('Bạn không có quyền quản trị.');
    expect(el.querySelector('table.settings')).toBeNull();

    alert.querySelector('button')!.click();
    await settle();
    await answerLoad();

    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(switches().length).toBe(6);
  });
});

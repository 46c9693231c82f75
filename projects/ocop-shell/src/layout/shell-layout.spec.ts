import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { AdminUnit, Me } from '@ocop/domain';
import { BundleLoader } from '../modules/bundle-loader';
import { OCOP_MODULES } from '../modules/module-registry';
import { bundleExportsFor, TEST_API_VERSION } from '../testing/module-manifests';
import { defineModuleStandIns } from '../testing/module-stand-ins';
import { ShellLayout } from './shell-layout';

const VAN_QUAN = { code: '184', name: 'Huyện Văn Quan' };

/** The district's standing unit: every module. */
const DISTRICT_OFFICER: Me = {
  username: 'vq.thuongtruc',
  name: 'Hoàng Văn Bình',
  roles: ['district-officer'],
  district: VAN_QUAN,
  commune: null,
  department: null,
  modules: ['dossier', 'tasks', 'reports'],
};

/** A commune office: no reports. */
const COMMUNE_OFFICER: Me = {
  username: 'xa.huule',
  name: 'Vi Văn Em',
  roles: ['commune-officer'],
  district: VAN_QUAN,
  commune: { code: '06322', name: 'Xã Hữu Lễ' },
  department: null,
  modules: ['dossier', 'tasks'],
};

/** The province's OCOP office: every module, bound to no district. */
const PROVINCE_OFFICER: Me = {
  username: 'so.nn',
  name: 'Đỗ Thị Hoa',
  roles: ['province-officer'],
  district: null,
  commune: null,
  department: null,
  modules: ['dossier', 'tasks', 'reports'],
};

/** The portal's IT administrator: administers modules, uses none. */
const ADMIN: Me = {
  username: 'admin.tinh',
  name: 'Admin',
  roles: ['ocop-admin'],
  district: null,
  commune: null,
  department: null,
  modules: [],
};

const DISTRICTS: AdminUnit[] = [
  {
    code: '181',
    name: 'Huyện Tràng Định',
    level: 'district',
    parentCode: '20',
    validFrom: null,
    validTo: null,
  },
  {
    code: '184',
    name: 'Huyện Văn Quan',
    level: 'district',
    parentCode: '20',
    validFrom: null,
    validTo: null,
  },
];

/** Signed in to the portal, but no OCOP role. */
const GUEST: Me = {
  username: 'khach',
  name: 'Phạm Văn Khách',
  roles: [],
  district: null,
  commune: null,
  department: null,
  modules: [],
};

describe('ShellLayout', () => {
  let original: string;
  let fixture: ComponentFixture<ShellLayout>;
  let el: HTMLElement;
  let loader: jasmine.SpyObj<BundleLoader>;
  let auth: FakeOcopAuth;
  let http: HttpTestingController;
  /** How many GET /api/version the shell sent (settle() answers them). */
  let versionRequests: number;
  /** What the browser would have done with each click: true when its default action was prevented. */
  let clicks: boolean[];
  const stopNavigation = (event: Event): void => {
    clicks.push(event.defaultPrevented);
    // Karma's page must stay where it is, whatever the component did.
    event.preventDefault();
  };

  beforeAll(() => defineModuleStandIns());

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    clicks = [];
    document.addEventListener('click', stopNavigation);
    loader = jasmine.createSpyObj<BundleLoader>('BundleLoader', ['load']);
    // The real module bundles are not part of this test: their tags are stand-ins (defineModuleStandIns).
    // Each stand-in's bundle exports a manifest that fits its module and the API 1.x.
    loader.load.and.callFake((bundle: string) =>
      Promise.resolve(bundleExportsFor(OCOP_MODULES.find((m) => m.bundle === bundle)!)),
    );
    versionRequests = 0;
    auth = new FakeOcopAuth();
    TestBed.configureTestingModule({
      providers: [provideTestElement({ auth }), { provide: BundleLoader, useValue: loader }],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // One GET /api/me per load: nothing left unanswered, no reload nobody asked for.
    http.verify();
    fixture?.destroy();
    document.removeEventListener('click', stopNavigation);
    history.replaceState(history.state, '', original);
    localStorage.removeItem('ocop-viewed-district');
  });

  /** Opens the shell at `path` and answers its GET /api/me with `me`. */
  async function createAt(path: string, me: Me = DISTRICT_OFFICER): Promise<void> {
    await open(path);
    expectMe().flush(me);
    await settle();
  }

  /** Opens the shell at `path`, leaving its GET /api/me unanswered. */
  async function open(path: string): Promise<void> {
    history.replaceState(history.state, '', path);
    fixture = TestBed.createComponent(ShellLayout);
    el = fixture.nativeElement as HTMLElement;
    await settle();
  }

  function expectMe(): TestRequest {
    const req = http.expectOne('/api/me');
    expect(req.request.method).toBe('GET');
    expect(req.request.headers.get('Authorization')).toBe('Bearer test-token');
    return req;
  }

  /** Renders and lets pending work settle; answers the outlet's GET /api/version (the API runs 1.0.0). */
  async function settle(): Promise<void> {
    await fixture.whenStable();
    await nextTask();
    for (const req of http.match('/api/version')) {
      versionRequests++;
      req.flush({ api: TEST_API_VERSION });
      await nextTask();
    }
    await fixture.whenStable();
  }

  /** Answers the district picker's GET /api/units?level=district (province-wide roles only). */
  async function answerDistricts(): Promise<void> {
    const req = http.expectOne((r) => r.url === '/api/units');
    expect(req.request.params.get('level')).toBe('district');
    req.flush(DISTRICTS);
    await settle();
  }

  const link = (module: string): HTMLAnchorElement =>
    el.querySelector<HTMLAnchorElement>(`nav a[data-module="${module}"]`)!;
  const current = (): string[] =>
    Array.from(el.querySelectorAll('nav a[aria-current="page"]')).map((a) => a.textContent!.trim());

  it('lists the modules with links below the base path', async () => {
    await createAt('/ocop');

    const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('nav a'));
    expect(links.map((a) => a.textContent!.trim())).toEqual(['Hồ sơ', 'Nhiệm vụ', 'Báo cáo']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/ocop/dossiers',
      '/ocop/tasks',
      '/ocop/reports',
    ]);
    expect(el.querySelector('nav')!.getAttribute('aria-label')).toBe('Phân hệ OCOP');
  });

  it('marks the current module’s link with aria-current="page" and mounts that module', async () => {
    await createAt('/ocop/tasks');

    expect(link('tasks').getAttribute('aria-current')).toBe('page');
    expect(link('dossier').hasAttribute('aria-current')).toBeFalse();
    expect(link('reports').hasAttribute('aria-current')).toBeFalse();
    expect(current()).toEqual(['Nhiệm vụ']);
    expect(loader.load).toHaveBeenCalledOnceWith('@ocop/tasks', 'ocop-tasks-app');
    expect(el.querySelectorAll('main ocop-tasks-app').length).toBe(1);
  });

  it('shows the home text on the base path, with no current link and no module', async () => {
    await createAt('/ocop');

    expect(el.querySelector('main h2')!.textContent).toBe('Chương trình mỗi xã một sản phẩm');
    expect(current()).toEqual([]);
    expect(el.querySelector('ocop-module-outlet')).toBeNull();
    expect(loader.load).not.toHaveBeenCalled();
  });

  it('shows the not-found text for an unknown sub-path', async () => {
    await createAt('/ocop/khong-co');

    const alert = el.querySelector('main [role="alert"]')!;
    expect(alert.textContent).toBe('Không tìm thấy trang này trong OCOP.');
    expect(current()).toEqual([]);
    expect(el.querySelector('ocop-module-outlet')).toBeNull();
  });

  it('follows a plain click on a link client-side, without a page load', async () => {
    await createAt('/ocop/tasks');

    link('dossier').click();
    await settle();

    expect(clicks).toEqual([true]);
    expect(location.pathname).toBe('/ocop/dossiers');
    expect(current()).toEqual(['Hồ sơ']);
    expect(el.querySelector('ocop-tasks-app')).toBeNull();
    expect(el.querySelectorAll('main ocop-dossier-app').length).toBe(1);
  });

  it('leaves ctrl-, meta-, shift- and middle-clicks to the browser', async () => {
    await createAt('/ocop/tasks');

    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      link('reports').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
    }
    await settle();

    expect(clicks).toEqual([false, false, false, false]);
    expect(location.pathname).toBe('/ocop/tasks');
    expect(current()).toEqual(['Nhiệm vụ']);
  });

  it('follows history navigation (popstate)', async () => {
    await createAt('/ocop/tasks');

    history.replaceState(history.state, '', '/ocop/reports');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();

    expect(current()).toEqual(['Báo cáo']);
    expect(el.querySelectorAll('main ocop-reports-app').length).toBe(1);
    expect(el.querySelector('ocop-tasks-app')).toBeNull();
  });

  it('builds its links and routes from the host’s base path', async () => {
    TestBed.inject(TestHost).basePath.set('/cong-dich-vu/ocop/');
    await createAt('/cong-dich-vu/ocop/reports');

    expect(link('reports').getAttribute('href')).toBe('/cong-dich-vu/ocop/reports');
    expect(current()).toEqual(['Báo cáo']);
  });

  describe('session (GET /api/me)', () => {
    const statusPanel = (): HTMLElement | null => el.querySelector('ocop-status-panel [role]');
    const userName = (): string | undefined => el.querySelector('.user-name')?.textContent?.trim();
    const unit = (): string | undefined => el.querySelector('.user-unit')?.textContent?.trim();

    it('shows a loading status, and no navigation, until the API says who is signed in', async () => {
      await open('/ocop/tasks');

      expect(statusPanel()?.getAttribute('aria-busy')).toBe('true');
      expect(el.textContent).toContain('Đang tải…');
      expect(el.querySelector('nav')).toBeNull();
      expect(el.querySelector('ocop-module-outlet')).toBeNull();
      expect(loader.load).not.toHaveBeenCalled();

      expectMe().flush(DISTRICT_OFFICER);
      await settle();

      expect(statusPanel()).toBeNull();
      expect(current()).toEqual(['Nhiệm vụ']);
      expect(loader.load).toHaveBeenCalledOnceWith('@ocop/tasks', 'ocop-tasks-app');
    });

    it('shows the error with the API’s message, and a retry that asks /api/me again', async () => {
      await open('/ocop');
      expectMe().flush(
        { code: 'UPSTREAM_UNAVAILABLE', message: 'Máy chủ OCOP tạm thời không trả lời.' },
        { status: 503, statusText: 'Service Unavailable' },
      );
      await settle();

      const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent).toContain('Không xác định được tài khoản đăng nhập.');
      expect(alert.textContent).toContain('Máy chủ OCOP tạm thời không trả lời.');
      expect(el.querySelector('nav')).toBeNull();

      alert.querySelector('button')!.click();
      await settle();
      expect(el.textContent).toContain('Đang tải…');
      expect(el.querySelector('[role="alert"]')).toBeNull();

      expectMe().flush(DISTRICT_OFFICER);
      await settle();

      expect(el.querySelector('[role="alert"]')).toBeNull();
      expect(userName()).toBe('Hoàng Văn Bình');
      expect(el.querySelectorAll('nav a').length).toBe(3);
    });

    it('shows the no-access page, no module links and no module, to a user without OCOP roles', async () => {
      await createAt('/ocop/dossiers', GUEST);

      const page = el.querySelector<HTMLElement>('main .no-access')!;
      expect(page.getAttribute('role')).toBe('alert');
      expect(page.querySelector('h2')!.textContent).toBe('Bạn chưa có quyền sử dụng OCOP');
      expect(page.textContent).toContain('chưa được cấp vai trò trong Chương trình OCOP');
      expect(el.querySelectorAll('nav a').length).toBe(0);
      expect(el.querySelector('ocop-module-outlet')).toBeNull();
      expect(loader.load).not.toHaveBeenCalled();
      // Still signed in to the portal: the user can see who they are and log out.
      expect(userName()).toBe('Phạm Văn Khách');
      expect(el.querySelector('button.logout')).not.toBeNull();
    });

    it('offers only the modules the roles allow', async () => {
      await createAt('/ocop', COMMUNE_OFFICER);

      const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('nav a'));
      expect(links.map((a) => a.textContent!.trim())).toEqual(['Hồ sơ', 'Nhiệm vụ']);
      expect(el.querySelector('nav')!.textContent).not.toContain('Báo cáo');
      expect(link('reports')).toBeNull();
      expect(el.querySelector('main h2')!.textContent).toBe('Chương trình mỗi xã một sản phẩm');
      expect(el.querySelector('main p')!.textContent).toBe('Chọn một phân hệ ở thanh điều hướng để bắt đầu.');
    });

    it('tells a role without modules (IT administrator) on the home page that none is assigned', async () => {
      await createAt('/ocop', ADMIN);
      await answerDistricts();

      expect(el.querySelector('.no-access')).toBeNull();
      // No module to use: the administration is all the navigation offers.
      expect(Array.from(el.querySelectorAll('nav a')).map((a) => a.getAttribute('data-module'))).toEqual([
        'admin',
      ]);
      expect(el.querySelector('main p')!.textContent).toBe(
        'Vai trò của bạn chưa được giao phân hệ nghiệp vụ nào.',
      );
    });

    it('refuses a module the roles do not allow, and mounts nothing', async () => {
      await createAt('/ocop/reports', COMMUNE_OFFICER);

      expect(el.querySelector('main [role="alert"]')!.textContent).toBe(
        'Vai trò của bạn không được sử dụng phân hệ này.',
      );
      expect(el.querySelector('ocop-module-outlet')).toBeNull();
      expect(el.querySelector('ocop-reports-app')).toBeNull();
      expect(loader.load).not.toHaveBeenCalled();
    });

    it('shows the user’s name and unit: commune and district, the district only, or the department', async () => {
      await createAt('/ocop', COMMUNE_OFFICER);
      expect(userName()).toBe('Vi Văn Em');
      expect(unit()).toBe('Xã Hữu Lễ, Huyện Văn Quan');
      fixture.destroy();

      await createAt('/ocop', DISTRICT_OFFICER);
      expect(userName()).toBe('Hoàng Văn Bình');
      expect(unit()).toBe('Huyện Văn Quan');
      fixture.destroy();

      await createAt('/ocop', {
        ...DISTRICT_OFFICER,
        name: 'Lý Thị Dung',
        roles: ['department-officer'],
        department: { code: 'TTYT', name: 'Trung tâm Y tế' },
      });
      expect(unit()).toBe('Trung tâm Y tế, Huyện Văn Quan');
      fixture.destroy();

      await createAt('/ocop', { ...DISTRICT_OFFICER, roles: ['province-officer'], district: null });
      await answerDistricts();
      expect(unit()).toBe('Tỉnh Lạng Sơn');

      TestBed.inject(TestHost).locale.set('en');
      await settle();
      expect(unit()).toBe('Lạng Sơn Province');
    });

    it('logs out through the portal’s auth object', async () => {
      await createAt('/ocop/tasks');

      const button = el.querySelector<HTMLButtonElement>('nav button.logout')!;
      expect(button.textContent!.trim()).toBe('Đăng xuất');
      button.click();

      expect(auth.logout).toHaveBeenCalledTimes(1);
    });

    it('reloads /api/me on auth-changed, keeping the current user on screen until the answer', async () => {
      await createAt('/ocop/dossiers', DISTRICT_OFFICER);
      expect(loader.load).toHaveBeenCalledTimes(1);

      auth.changeSession('token-2');
      await settle();

      const req = http.expectOne('/api/me');
      expect(req.request.headers.get('Authorization')).toBe('Bearer token-2');
      // No loading flash: the navigation, the user and the mounted module stay.
      expect(el.textContent).not.toContain('Đang tải…');
      expect(userName()).toBe('Hoàng Văn Bình');
      expect(el.querySelectorAll('main ocop-dossier-app').length).toBe(1);

      req.flush(COMMUNE_OFFICER);
      await settle();

      expect(userName()).toBe('Vi Văn Em');
      expect(unit()).toBe('Xã Hữu Lễ, Huyện Văn Quan');
      expect(link('reports')).toBeNull();
      expect(current()).toEqual(['Hồ sơ']);
    });

    it('asks nothing while the page has no session yet, and loads /api/me once it sets one', async () => {
      const host = TestBed.inject(TestHost);
      host.auth.set(undefined);
      await open('/ocop');

      http.expectNone('/api/me');
      expect(el.textContent).toContain('Đang tải…');

      host.auth.set(auth);
      await settle();
      expectMe().flush(DISTRICT_OFFICER);
      await settle();

      expect(el.querySelector('.user-name')!.textContent).toBe('Hoàng Văn Bình');
    });

    it('follows a new auth object given by the page, and stops listening to the old one', async () => {
      await createAt('/ocop');

      const next = new FakeOcopAuth('next-token');
      TestBed.inject(TestHost).auth.set(next);
      await settle();
      const req = http.expectOne('/api/me');
      expect(req.request.headers.get('Authorization')).toBe('Bearer next-token');
      req.flush(COMMUNE_OFFICER);
      await settle();

      auth.changeSession('old-session');
      await settle();
      http.expectNone('/api/me');

      next.changeSession('next-token-2');
      await settle();
      http.expectOne('/api/me').flush(COMMUNE_OFFICER);
      await settle();
      expect(userName()).toBe('Vi Văn Em');
    });
  });

  describe('module bundles', () => {
    it('asks the API’s version once per shell, however many modules it mounts', async () => {
      await createAt('/ocop/tasks');
      expect(versionRequests).toBe(1);
      expect(el.querySelectorAll('main ocop-tasks-app').length).toBe(1);

      link('dossier').click();
      await settle();
      link('reports').click();
      await settle();

      expect(el.querySelectorAll('main ocop-reports-app').length).toBe(1);
      expect(loader.load).toHaveBeenCalledTimes(3);
      expect(versionRequests).toBe(1);
    });

    it('mounts no module whose bundle does not fit the running API, and says so', async () => {
      spyOn(console, 'error');
      loader.load.and.resolveTo(bundleExportsFor(OCOP_MODULES[1], { apiVersion: '^2.0.0' }));
      await createAt('/ocop/tasks');

      const alert = el.querySelector('main [role="alert"]')!;
      expect(alert.querySelector('.message')!.textContent).toBe(
        'Phiên bản phân hệ Nhiệm vụ không tương thích với cổng OCOP hiện tại.',
      );
      expect(alert.querySelector('.detail')!.textContent).toBe(
        'Phân hệ cần API phiên bản ^2.0.0, máy chủ đang chạy 1.0.0.',
      );
      expect(el.querySelector('ocop-tasks-app')).toBeNull();
      // The navigation stays usable.
      expect(current()).toEqual(['Nhiệm vụ']);
    });
  });

  describe('administration', () => {
    const adminLink = (): HTMLAnchorElement | null => el.querySelector('nav a[data-module="admin"]');
    const picker = (): HTMLSelectElement | null => el.querySelector('nav ocop-district-picker select');

    it('offers the admin link and the district picker only to ocop-admin and province-officer', async () => {
      for (const me of [
        DISTRICT_OFFICER,
        COMMUNE_OFFICER,
        { ...DISTRICT_OFFICER, roles: ['department-officer'] },
      ]) {
        await createAt('/ocop', me as Me);
        expect(adminLink()).withContext(me.roles.join()).toBeNull();
        expect(picker()).withContext(me.roles.join()).toBeNull();
        fixture.destroy();
      }

      for (const me of [PROVINCE_OFFICER, ADMIN]) {
        await createAt('/ocop', me);
        await answerDistricts();
        expect(adminLink()!.textContent!.trim()).withContext(me.roles.join()).toBe('Quản trị');
        expect(adminLink()!.getAttribute('href')).toBe('/ocop/admin');
        expect(adminLink()!.hasAttribute('aria-current')).toBeFalse();
        expect(picker()).not.toBeNull();
        fixture.destroy();
      }
    });

    it('shows the forbidden text, and no admin page, to a district officer who opens /ocop/admin', async () => {
      await createAt('/ocop/admin', DISTRICT_OFFICER);

      expect(el.querySelector('main [role="alert"]')!.textContent).toBe(
        'Vai trò của bạn không được sử dụng phân hệ này.',
      );
      expect(el.querySelector('ocop-module-admin')).toBeNull();
      expect(el.querySelector('ocop-module-outlet')).toBeNull();
      expect(loader.load).not.toHaveBeenCalled();
      // No GET /api/admin/… was sent: http.verify() checks.
    });

    it('opens the admin page (read-only for a province officer) at /ocop/admin, marking its link current', async () => {
      await createAt('/ocop/admin', PROVINCE_OFFICER);
      await answerDistricts();
      await waitFor(() => el.querySelector('main ocop-module-admin') !== null);

      expect(current()).toEqual(['Quản trị']);
      expect(el.querySelector('ocop-module-outlet')).toBeNull();
      http.expectOne('/api/admin/module-settings').flush([
        {
          district: { code: '184', name: 'Huyện Văn Quan' },
          settings: OCOP_MODULES.map((m) => ({
            districtCode: '184',
            module: m.id,
            enabled: true,
            version: 0,
            updatedAt: null,
            updatedBy: null,
          })),
        },
      ]);
      http.expectOne((r) => r.url === '/api/admin/audit').flush({ items: [] });
      await settle();
      await waitFor(() => el.querySelectorAll('ocop-module-admin .bundles li').length === 3);

      const page = el.querySelector('main ocop-module-admin')!;
      expect(page.querySelector('h2')!.textContent).toBe('Bật, tắt phân hệ theo huyện');
      const switches = Array.from(page.querySelectorAll<HTMLInputElement>('input[role="switch"]'));
      expect(switches.length).toBe(3);
      expect(switches.every((s) => s.checked && s.disabled)).toBeTrue();
      // The admin page checks every bundle with the shell's one API version.
      expect(versionRequests).toBe(1);
    });

    it('reloads the session for the district a province officer chooses, naming it to the API', async () => {
      await createAt('/ocop', PROVINCE_OFFICER);
      await answerDistricts();

      const select = picker()!;
      select.value = '184';
      select.dispatchEvent(new Event('change'));
      await settle();

      const req = expectMe();
      expect(req.request.headers.get('X-OCOP-District')).toBe('184');
      req.flush({ ...PROVINCE_OFFICER, modules: ['dossier', 'reports'] });
      await settle();

      expect(Array.from(el.querySelectorAll('nav a')).map((a) => a.getAttribute('data-module'))).toEqual([
        'dossier',
        'reports',
        'admin',
      ]);
    });

    /** Settles until `condition` holds: the admin page is a lazy chunk (@defer). */
    async function waitFor(condition: () => boolean): Promise<void> {
      for (let i = 0; i < 50 && !condition(); i++) await settle();
      expect(condition()).withContext('waitFor').toBeTrue();
    }
  });

  describe('language', () => {
    const texts = (selector: string): string[] =>
      Array.from(el.querySelectorAll(selector)).map((e) => e.textContent!.trim());

    it('switches the shell to English in place when the host’s locale changes, keeping the mounted module', async () => {
      await createAt('/ocop/dossiers');
      const module = el.querySelector<HTMLElement & { locale?: string }>('main ocop-dossier-app')!;
      const nav = el.querySelector('nav');
      expect(module.locale).toBe('vi');

      TestBed.inject(TestHost).locale.set('en');
      await settle();

      expect(texts('nav a')).toEqual(['Dossiers', 'Tasks', 'Reports']);
      expect(current()).toEqual(['Dossiers']);
      expect(el.querySelector('nav')!.getAttribute('aria-label')).toBe('OCOP modules');
      expect(el.querySelector('.brand')!.textContent).toBe('OCOP programme');
      expect(el.querySelector('button.logout')!.textContent!.trim()).toBe('Log out');
      // Re-rendered, not rebuilt: the same navigation and module element, no second load, no new /api/me.
      expect(el.querySelector('nav')).toBe(nav);
      expect(el.querySelector('main ocop-dossier-app')).toBe(module);
      expect(module.locale).toBe('en');
      expect(module.shadowRoot!.querySelector('h2')!.textContent).toBe('OCOP products');
      expect(loader.load).toHaveBeenCalledTimes(1);

      TestBed.inject(TestHost).locale.set('vi');
      await settle();
      expect(texts('nav a')).toEqual(['Hồ sơ', 'Nhiệm vụ', 'Báo cáo']);
      expect(module.locale).toBe('vi');
    });

    describe('in English', () => {
      beforeEach(() => TestBed.inject(TestHost).locale.set('en'));

      it('writes the home page', async () => {
        await createAt('/ocop', COMMUNE_OFFICER);

        expect(el.querySelector('main h2')!.textContent).toBe('One Commune One Product');
        expect(el.querySelector('main p')!.textContent).toBe('Choose a module in the navigation to start.');
        expect(el.querySelector('.user-unit')!.textContent).toBe('Xã Hữu Lễ, Huyện Văn Quan');
      });

      it('writes the not-found page', async () => {
        await createAt('/ocop/khong-co', COMMUNE_OFFICER);

        expect(el.querySelector('main [role="alert"]')!.textContent).toBe('This OCOP page does not exist.');
      });

      it('writes the refusal of a module', async () => {
        await createAt('/ocop/reports', COMMUNE_OFFICER);

        expect(el.querySelector('main [role="alert"]')!.textContent).toBe(
          'Your role may not use this module.',
        );
      });

      it('writes the no-access page', async () => {
        await createAt('/ocop', GUEST);

        expect(el.querySelector('main .no-access h2')!.textContent).toBe('You have no access to OCOP');
        expect(el.querySelector('main .no-access p')!.textContent).toContain('hold no OCOP role');
      });

      it('passes English on to the module it mounts', async () => {
        await createAt('/ocop/tasks');

        const module = el.querySelector<HTMLElement & { locale?: string }>('main ocop-tasks-app')!;
        expect(module.locale).toBe('en');
        expect(module.shadowRoot!.querySelector('h2')!.textContent).toBe('Task tracking');
      });
    });

    it('shows loading and a failed session in English, the browser’s own network error included', async () => {
      TestBed.inject(TestHost).locale.set('en');
      await open('/ocop');
      expect(el.textContent).toContain('Loading…');

      expectMe().error(new ProgressEvent('error'));
      await settle();

      const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.querySelector('.message')!.textContent).toBe('Your account could not be identified.');
      expect(alert.querySelector('.detail')!.textContent).toBe('The OCOP server cannot be reached.');
      expect(alert.querySelector('button')!.textContent!.trim()).toBe('Retry');

      TestBed.inject(TestHost).locale.set('vi');
      await settle();
      expect(alert.querySelector('.detail')!.textContent).toBe('Không kết nối được với máy chủ OCOP.');
      expect(alert.querySelector('button')!.textContent!.trim()).toBe('Thử lại');
    });
  });
});

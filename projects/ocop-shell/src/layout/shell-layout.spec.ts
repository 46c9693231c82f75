import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { Me } from '@ocop/domain';
import { BundleLoader } from '../modules/bundle-loader';
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
  /** What the browser would have done with each click: true when its default action was prevented. */
  let clicks: boolean[];
  const stopNavigation = (event: Event): void => {
    clicks.push(event.defaultPrevented);
    // Karma's page must stay where it is, whatever the component did.
    event.preventDefault();
  };

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    clicks = [];
    document.addEventListener('click', stopNavigation);
    loader = jasmine.createSpyObj<BundleLoader>('BundleLoader', ['load']);
    // The real module bundles are not part of this test; their tags stay unknown elements.
    loader.load.and.resolveTo();
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

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await nextTask();
    await fixture.whenStable();
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
      await createAt('/ocop', { ...GUEST, username: 'admin.tinh', name: 'Admin', roles: ['ocop-admin'] });

      expect(el.querySelector('.no-access')).toBeNull();
      expect(el.querySelectorAll('nav a').length).toBe(0);
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
      expect(unit()).toBe('Tỉnh Lạng Sơn');
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
});

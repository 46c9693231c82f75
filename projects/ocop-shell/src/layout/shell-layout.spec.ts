import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CurrentPath, Translator } from '@ocop/common';
import { nextTask, provideTestHost, TestHost } from '@ocop/common/testing';
import { BundleLoader } from '../modules/bundle-loader';
import { ShellLayout } from './shell-layout';

describe('ShellLayout', () => {
  let original: string;
  let fixture: ComponentFixture<ShellLayout>;
  let el: HTMLElement;
  let loader: jasmine.SpyObj<BundleLoader>;
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
    TestBed.configureTestingModule({
      providers: [provideTestHost(), Translator, CurrentPath, { provide: BundleLoader, useValue: loader }],
    });
  });

  afterEach(() => {
    fixture?.destroy();
    document.removeEventListener('click', stopNavigation);
    history.replaceState(history.state, '', original);
  });

  async function createAt(path: string): Promise<void> {
    history.replaceState(history.state, '', path);
    fixture = TestBed.createComponent(ShellLayout);
    el = fixture.nativeElement as HTMLElement;
    await settle();
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
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { createCustomElement } from '@angular/elements';
import { createApplication } from '@angular/platform-browser';
import { FakeOcopAuth, waitUntil } from '@ocop/common/testing';
import { Me } from '@ocop/domain';
import { BundleLoader } from '../modules/bundle-loader';
import { OCOP_MODULES } from '../modules/module-registry';
import { bundleExportsFor, TEST_API_VERSION } from '../testing/module-manifests';
import { defineModuleStandIns } from '../testing/module-stand-ins';
import { ShellApp } from './shell-app';

const ME: Me = {
  username: 'vq.thuongtruc',
  name: 'Hoàng Văn Bình',
  roles: ['district-officer'],
  district: { code: '184', name: 'Huyện Văn Quan' },
  commune: null,
  department: null,
  modules: ['dossier', 'tasks', 'reports'],
};

type OcopElement = HTMLElement & { auth?: unknown; locale?: unknown };

let counter = 0;

/**
 * <ocop-shell> as the portal uses it: a custom element whose properties the portal sets, in a zoneless
 * application of its own, with a module element mounted by the real outlet. Faked: the network, the bundle
 * loading and the module (a stand-in element root that renders its title in its locale).
 */
describe('<ocop-shell> (ShellApp as a custom element)', () => {
  let app: ApplicationRef;
  let http: HttpTestingController;
  let loader: jasmine.SpyObj<BundleLoader>;
  let shell: OcopElement;
  let original: string;

  beforeAll(async () => {
    loader = jasmine.createSpyObj<BundleLoader>('BundleLoader', ['load']);
    app = await createApplication({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: BundleLoader, useValue: loader },
      ],
    });
    http = app.injector.get(HttpTestingController);
    await defineModuleStandIns();
  });

  afterAll(() => app.destroy());

  beforeEach(async () => {
    original = location.pathname + location.search + location.hash;
    loader.load.calls.reset();
    loader.load.and.callFake((bundle: string) =>
      Promise.resolve(bundleExportsFor(OCOP_MODULES.find((m) => m.bundle === bundle)!)),
    );
    const tag = `ocop-shell-spec-${Date.now()}-${++counter}`;
    customElements.define(tag, createCustomElement(ShellApp, { injector: app.injector }));
    history.replaceState(history.state, '', '/ocop/dossiers');
    shell = document.createElement(tag) as OcopElement;
    shell.auth = new FakeOcopAuth();
    document.body.appendChild(shell);
    (await nextMe()).flush(ME);
    // The outlet mounts the module once its manifest is checked against the API's version.
    (await next('/api/version')).flush({ api: TEST_API_VERSION });
    await waitUntil(() => moduleHeading() === 'Sản phẩm OCOP');
  });

  afterEach(async () => {
    shell.remove();
    // @angular/elements destroys the component 10 ms after removal.
    await new Promise((resolve) => setTimeout(resolve, 20));
    http.verify();
    history.replaceState(history.state, '', original);
  });

  async function next(url: string): Promise<TestRequest> {
    let request: TestRequest | undefined;
    await waitUntil(() => (request = http.match(url)[0]) !== undefined);
    return request!;
  }

  const nextMe = (): Promise<TestRequest> => next('/api/me');

  const shadow = (): ShadowRoot => shell.shadowRoot!;
  const navTexts = (): string[] =>
    Array.from(shadow().querySelectorAll('nav a')).map((a) => a.textContent!.trim());
  const mounted = (): OcopElement | null => shadow().querySelector<OcopElement>('main ocop-dossier-app');
  const moduleHeading = (): string | undefined =>
    mounted()?.shadowRoot?.querySelector('h2')?.textContent?.trim();
  const langOf = (root: ShadowRoot | null | undefined): string | null | undefined =>
    root?.querySelector('.ocop-root')?.getAttribute('lang');

  it('starts in Vietnamese, with lang="vi" on its wrapper and the module’s', () => {
    expect(navTexts()).toEqual(['Hồ sơ', 'Nhiệm vụ', 'Báo cáo']);
    expect(langOf(shadow())).toBe('vi');
    expect(mounted()!.locale).toBe('vi');
    expect(langOf(mounted()!.shadowRoot)).toBe('vi');
  });

  it('re-renders itself and the mounted module in English when the portal sets `locale`, without reloading', async () => {
    const module = mounted();
    const nav = shadow().querySelector('nav');

    shell.locale = 'en';
    await waitUntil(() => navTexts()[0] === 'Dossiers' && moduleHeading() === 'OCOP products');

    expect(navTexts()).toEqual(['Dossiers', 'Tasks', 'Reports']);
    expect(shadow().querySelector('button.logout')!.textContent!.trim()).toBe('Log out');
    expect(langOf(shadow())).toBe('en');
    expect(langOf(mounted()!.shadowRoot)).toBe('en');
    // The same shell, navigation and module element; the bundle is not loaded again, /api/me not asked again.
    expect(mounted()).toBe(module);
    expect(shadow().querySelector('nav')).toBe(nav);
    expect(loader.load).toHaveBeenCalledTimes(1);
    http.expectNone('/api/me');

    shell.locale = 'vi';
    await waitUntil(() => navTexts()[0] === 'Hồ sơ' && moduleHeading() === 'Sản phẩm OCOP');
    expect(langOf(shadow())).toBe('vi');
    expect(langOf(mounted()!.shadowRoot)).toBe('vi');
  });

  it('hands the locale as the portal spelled it on as one of its own ("en-GB" → "en")', async () => {
    shell.locale = 'en-GB';
    await waitUntil(() => moduleHeading() === 'OCOP products');

    expect(mounted()!.locale).toBe('en');
    expect(langOf(shadow())).toBe('en');
  });
});

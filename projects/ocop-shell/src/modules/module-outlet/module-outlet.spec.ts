import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { bundleExportsFor, TEST_API_VERSION } from '../../testing/module-manifests';
import { ApiVersion } from '../api-version';
import { BundleLoader } from '../bundle-loader';
import { OcopModule } from '../module-registry';
import { ModuleOutlet, SLOW_LOAD_MS } from './module-outlet';

type Exports = Record<string, unknown>;

interface Deferred {
  promise: Promise<Exports>;
  resolve: (exports: Exports) => void;
}

function deferred(): Deferred {
  let resolve!: (exports: Exports) => void;
  const promise = new Promise<Exports>((res) => (resolve = res));
  return { promise, resolve };
}

let counter = 0;

/** How each throwaway element behaves when it is connected. */
type Behaviour = 'shadow' | 'throws' | 'nothing';

interface TestModule extends OcopModule {
  /** How many elements of the module's tag were created. */
  created: () => number;
}

/** A throwaway module whose custom element is defined for real, under a tag no other test uses. */
function testModule(
  id: OcopModule['id'],
  labelKey: OcopModule['labelKey'],
  behaviour: Behaviour = 'shadow',
): TestModule {
  const tag = `test-mod-${++counter}-${id}`;
  let created = 0;
  customElements.define(
    tag,
    class extends HTMLElement {
      constructor() {
        super();
        created++;
      }
      connectedCallback(): void {
        if (behaviour === 'throws') throw new Error(`${tag} broke while connecting`);
        // Renders into a shadow root when connected, as OCOP's Angular elements do.
        if (behaviour === 'shadow' && !this.shadowRoot) this.attachShadow({ mode: 'open' }).textContent = tag;
      }
    },
  );
  return { id, segment: id, labelKey, tag, bundle: `@test/${tag}`, created: () => created };
}

describe('ModuleOutlet', () => {
  let fixture: ComponentFixture<ModuleOutlet>;
  let host: TestHost;
  let auth: FakeOcopAuth;
  let http: HttpTestingController;
  let loader: jasmine.SpyObj<BundleLoader>;
  let el: HTMLElement;
  let dossier: TestModule;
  let tasks: TestModule;
  /** The modules of the test by bundle, so the fake loader answers with the exports built for each. */
  let byBundle: Map<string, OcopModule>;

  beforeEach(() => {
    byBundle = new Map();
    loader = jasmine.createSpyObj<BundleLoader>('BundleLoader', ['load']);
    // A bundle built for its module: the manifest fits the module and the API 1.x.
    loader.load.and.callFake((bundle: string) => Promise.resolve(bundleExportsFor(byBundle.get(bundle)!)));
    auth = new FakeOcopAuth();
    TestBed.configureTestingModule({
      providers: [
        provideTestElement({ auth, apiBaseUrl: '/gateway/api', basePath: '/cong/ocop' }),
        ApiVersion,
        { provide: BundleLoader, useValue: loader },
      ],
    });
    host = TestBed.inject(TestHost);
    http = TestBed.inject(HttpTestingController);
    dossier = module('dossier', 'module.dossier');
    tasks = module('tasks', 'module.tasks');
  });

  afterEach(() => {
    fixture?.destroy();
    http.verify();
  });

  function module(id: OcopModule['id'], labelKey: OcopModule['labelKey'], behaviour?: Behaviour): TestModule {
    const m = testModule(id, labelKey, behaviour);
    byBundle.set(m.bundle, m);
    return m;
  }

  /** Lets pending loads settle and renders. */
  async function settle(): Promise<void> {
    await fixture.whenStable();
    await nextTask();
    await fixture.whenStable();
  }

  /** Answers the outlet's one GET /api/version (with the bearer token, below the host's API base). */
  async function answerVersion(api = TEST_API_VERSION): Promise<void> {
    const req = http.expectOne('/gateway/api/version');
    expect(req.request.method).toBe('GET');
    expect(req.request.headers.get('Authorization')).toBe('Bearer test-token');
    req.flush({ api });
    await settle();
  }

  /** Creates the outlet for `module`, leaving its GET /api/version unanswered. */
  async function open(module: OcopModule): Promise<void> {
    fixture = TestBed.createComponent(ModuleOutlet);
    el = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('module', module);
    await settle();
  }

  async function create(module: OcopModule, api = TEST_API_VERSION): Promise<void> {
    await open(module);
    await answerVersion(api);
  }

  const slot = (): HTMLElement => el.querySelector<HTMLElement>('.slot')!;
  const mounted = (): Element[] => Array.from(slot().children);
  const alert = (): HTMLElement | null => el.querySelector<HTMLElement>('[role="alert"]');

  it('loads the bundle and mounts exactly one element of the module’s tag with the host’s inputs', async () => {
    await create(dossier);

    expect(loader.load).toHaveBeenCalledOnceWith(dossier.bundle, dossier.tag);
    expect(mounted().length).toBe(1);
    const element = mounted()[0] as HTMLElement & Record<string, unknown>;
    expect(element.localName).toBe(dossier.tag);
    expect(element['apiBaseUrl']).toBe('/gateway/api');
    expect(element['basePath']).toBe('/cong/ocop');
    expect(element['locale']).toBe('vi');
    expect(element['auth']).toBe(auth);
    expect(slot().hidden).toBeFalse();
    expect(el.querySelector('ocop-status-panel')).toBeNull();
  });

  it('mounts nothing until the API has said its version', async () => {
    await open(dossier);

    expect(loader.load).toHaveBeenCalledTimes(1);
    expect(mounted().length).toBe(0);
    expect(dossier.created()).toBe(0);

    await answerVersion();
    expect(mounted().map((e) => e.localName)).toEqual([dossier.tag]);
  });

  it('replaces the element when the module changes, one element at a time, asking the version once', async () => {
    await create(dossier);
    const first = mounted()[0];

    fixture.componentRef.setInput('module', tasks);
    await settle();

    expect(loader.load).toHaveBeenCalledWith(tasks.bundle, tasks.tag);
    expect(first.isConnected).toBeFalse();
    expect(mounted().length).toBe(1);
    expect(mounted()[0].localName).toBe(tasks.tag);
    expect(el.querySelectorAll(`${dossier.tag}, ${tasks.tag}`).length).toBe(1);

    fixture.componentRef.setInput('module', dossier);
    await settle();
    expect(mounted().map((e) => e.localName)).toEqual([dossier.tag]);
    // The version is the shell's, not the module's: no second GET /api/version (http.verify() checks).
  });

  it('does not mount a module whose load finishes after the route moved on', async () => {
    const slow = deferred();
    loader.load.and.callFake((bundle: string) =>
      bundle === dossier.bundle ? slow.promise : Promise.resolve(bundleExportsFor(tasks)),
    );
    await create(dossier);

    fixture.componentRef.setInput('module', tasks);
    await settle();
    slow.resolve(bundleExportsFor(dossier));
    await settle();

    expect(mounted().map((e) => e.localName)).toEqual([tasks.tag]);
    expect(dossier.created()).toBe(0);
  });

  it('shows the error panel when the load fails, and retry loads again and mounts', async () => {
    const logged = spyOn(console, 'error');
    loader.load.and.rejectWith(new TypeError('Failed to fetch dynamically imported module'));
    await create(dossier);

    expect(alert()).not.toBeNull();
    expect(alert()!.textContent).toContain('Không tải được phân hệ Hồ sơ.');
    expect(mounted().length).toBe(0);
    expect(slot().hidden).toBeTrue();
    expect(logged).toHaveBeenCalled();

    loader.load.and.resolveTo(bundleExportsFor(dossier));
    const retry = alert()!.querySelector('button')!;
    expect(retry.textContent!.trim()).toBe('Thử lại');
    retry.click();
    await settle();

    expect(loader.load).toHaveBeenCalledTimes(2);
    expect(alert()).toBeNull();
    expect(mounted().map((e) => e.localName)).toEqual([dossier.tag]);
  });

  it('shows the error panel, and asks again on retry, when GET /api/version fails', async () => {
    spyOn(console, 'error');
    await open(dossier);
    http
      .expectOne('/gateway/api/version')
      .flush({ code: 'UPSTREAM_UNAVAILABLE', message: 'x' }, { status: 503, statusText: 'Unavailable' });
    await settle();

    expect(alert()!.textContent).toContain('Không tải được phân hệ Hồ sơ.');
    expect(dossier.created()).toBe(0);

    alert()!.querySelector('button')!.click();
    await settle();
    await answerVersion();

    expect(alert()).toBeNull();
    expect(mounted().map((e) => e.localName)).toEqual([dossier.tag]);
  });

  it('names the module in the error in the host’s language', async () => {
    spyOn(console, 'error');
    host.locale.set('en');
    loader.load.and.rejectWith(new Error('404'));
    await create(tasks);

    expect(alert()!.textContent).toContain('The Tasks module could not be loaded.');
  });

  describe('checks the bundle’s manifest before mounting', () => {
    let logged: jasmine.Spy;

    beforeEach(() => (logged = spyOn(console, 'error')));

    /** The refusal: the panel with why, nothing mounted, no element even created. */
    function expectRefused(module: TestModule, why: string): void {
      const panel = alert()!;
      expect(panel).not.toBeNull();
      expect(panel.querySelector('.message')!.textContent).toBe(
        `Phiên bản phân hệ ${module === dossier ? 'Hồ sơ' : 'Nhiệm vụ'} không tương thích với cổng OCOP hiện tại.`,
      );
      expect(panel.querySelector('.detail')!.textContent).toBe(why);
      expect(mounted().length).toBe(0);
      expect(slot().hidden).toBeTrue();
      expect(module.created()).toBe(0);
      expect(document.querySelector(module.tag)).toBeNull();
      expect(logged).toHaveBeenCalledWith(jasmine.stringContaining(`module ${module.id} not mounted`), why);
    }

    it('refuses a bundle built for another major version of the API, and says why', async () => {
      await create(dossier, '2.0.0');

      expectRefused(dossier, 'Phân hệ cần API phiên bản ^1.0.0, máy chủ đang chạy 2.0.0.');
    });

    it('refuses a bundle without a manifest', async () => {
      loader.load.and.resolveTo({ default: {} });
      await create(tasks);

      expectRefused(tasks, 'Gói phân hệ không khai báo manifest hợp lệ.');
    });

    it('refuses a bundle whose manifest names another tag, or another module', async () => {
      loader.load.and.resolveTo(bundleExportsFor(dossier, { tag: 'ocop-other-app' }));
      await create(dossier);
      expectRefused(dossier, `Gói định nghĩa <ocop-other-app>, cần <${dossier.tag}>.`);

      loader.load.and.resolveTo(bundleExportsFor(dossier));
      fixture.componentRef.setInput('module', tasks);
      await settle();
      expectRefused(
        tasks,
        `Gói khai báo phân hệ "dossier", cần "tasks". Gói định nghĩa <${dossier.tag}>, cần <${tasks.tag}>.`,
      );
    });

    it('says it in English in an English host', async () => {
      host.locale.set('en');
      await create(tasks, '2.0.0');

      expect(alert()!.querySelector('.message')!.textContent).toBe(
        'This version of the Tasks module does not work with the current OCOP portal.',
      );
      expect(alert()!.querySelector('button')!.textContent!.trim()).toBe('Retry');
    });

    it('retry asks the API’s version again and mounts once the module fits', async () => {
      await create(dossier, '2.0.0');
      expect(alert()).not.toBeNull();

      // The province has moved its API back to 1.x (or deployed the module built for 2.x): try again.
      alert()!.querySelector('button')!.click();
      await settle();
      await answerVersion('1.4.0');

      expect(loader.load).toHaveBeenCalledTimes(2);
      expect(alert()).toBeNull();
      expect(mounted().map((e) => e.localName)).toEqual([dossier.tag]);
      expect(dossier.created()).toBe(1);
    });

    it('retry mounts a bundle whose manifest fits now', async () => {
      loader.load.and.resolveTo(bundleExportsFor(tasks, { apiVersion: '^2.0.0' }));
      await create(tasks);
      expectRefused(tasks, 'Phân hệ cần API phiên bản ^2.0.0, máy chủ đang chạy 1.0.0.');

      loader.load.and.resolveTo(bundleExportsFor(tasks));
      alert()!.querySelector('button')!.click();
      await settle();
      for (const req of http.match('/gateway/api/version')) req.flush({ api: TEST_API_VERSION });
      await settle();

      expect(alert()).toBeNull();
      expect(mounted().map((e) => e.localName)).toEqual([tasks.tag]);
    });
  });

  describe('an element that does not render', () => {
    let logged: jasmine.Spy;

    beforeEach(() => (logged = spyOn(console, 'error')));

    it('shows the error panel when the element throws in connectedCallback, and leaves nothing mounted', async () => {
      const broken = module('reports', 'module.reports', 'throws');
      await jasmine.spyOnGlobalErrorsAsync(async (globalErrors) => {
        await create(broken);

        // The browser reports the exception to the window, not to the outlet's appendChild.
        expect(globalErrors).toHaveBeenCalledWith(
          jasmine.objectContaining({ message: `${broken.tag} broke while connecting` }),
        );
      });

      expect(broken.created()).toBe(1);
      expect(alert()!.querySelector('.message')!.textContent).toBe('Không tải được phân hệ Báo cáo.');
      expect(mounted().length).toBe(0);
      expect(document.querySelector(broken.tag)).toBeNull();
      expect(slot().hidden).toBeTrue();
      expect(logged).toHaveBeenCalledWith(
        jasmine.stringContaining('module reports'),
        jasmine.objectContaining({ message: `<${broken.tag}> did not render when mounted` }),
      );
    });

    it('shows the error panel when the element renders nothing when connected', async () => {
      const blank = module('tasks', 'module.tasks', 'nothing');
      await create(blank);

      expect(alert()!.querySelector('.message')!.textContent).toBe('Không tải được phân hệ Nhiệm vụ.');
      expect(mounted().length).toBe(0);
      expect(document.querySelector(blank.tag)).toBeNull();
    });
  });

  it('shows the loading panel only once a load takes longer than SLOW_LOAD_MS', async () => {
    const load = deferred();
    loader.load.and.returnValue(load.promise);
    await create(dossier);

    expect(el.querySelector('ocop-status-panel')).toBeNull();

    await nextTask(SLOW_LOAD_MS + 50);
    await fixture.whenStable();
    const status = el.querySelector<HTMLElement>('[role="status"]')!;
    expect(status).not.toBeNull();
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(status.textContent).toContain('Đang tải phân hệ…');
    expect(mounted().length).toBe(0);

    load.resolve(bundleExportsFor(dossier));
    await settle();
    expect(el.querySelector('ocop-status-panel')).toBeNull();
    expect(mounted().map((e) => e.localName)).toEqual([dossier.tag]);
  });

  it('never shows the loading panel for a fast load', async () => {
    await create(dossier);
    expect(mounted().length).toBe(1);

    await nextTask(SLOW_LOAD_MS + 50);
    await fixture.whenStable();

    expect(el.querySelector('ocop-status-panel')).toBeNull();
    expect(el.textContent).not.toContain('Đang tải phân hệ…');
    expect(slot().hidden).toBeFalse();
  });

  it('pushes later changes of the host’s inputs to the mounted element', async () => {
    await create(dossier);
    const element = mounted()[0] as HTMLElement & Record<string, unknown>;

    host.locale.set('en');
    await settle();
    expect(element['locale']).toBe('en');

    const other = new FakeOcopAuth('other');
    host.auth.set(other);
    await settle();
    expect(element['auth']).toBe(other);
    expect(mounted()).toEqual([element]);
    expect(loader.load).toHaveBeenCalledTimes(1);
  });

  it('removes the element when the outlet is destroyed', async () => {
    await create(dossier);
    const element = mounted()[0];
    const container = slot();

    fixture.destroy();

    expect(element.parentNode).toBeNull();
    expect(container.children.length).toBe(0);
  });

  it('mounts nothing when destroyed before the load finishes', async () => {
    const load = deferred();
    loader.load.and.returnValue(load.promise);
    await create(dossier);
    const container = slot();

    fixture.destroy();
    load.resolve(bundleExportsFor(dossier));
    await nextTask();

    expect(container.children.length).toBe(0);
    expect(document.querySelector(dossier.tag)).toBeNull();
    expect(dossier.created()).toBe(0);
  });
});

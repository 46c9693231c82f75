import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Translator } from '@ocop/common';
import { FakeOcopAuth, nextTask, provideTestHost, TestHost } from '@ocop/common/testing';
import { BundleLoader } from '../bundle-loader';
import { OcopModule } from '../module-registry';
import { ModuleOutlet, SLOW_LOAD_MS } from './module-outlet';

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let counter = 0;

/** A throwaway module whose custom element is defined for real, under a tag no other test uses. */
function testModule(id: OcopModule['id'], labelKey: OcopModule['labelKey']): OcopModule {
  const tag = `test-mod-${++counter}-${id}`;
  customElements.define(tag, class extends HTMLElement {});
  return { id, segment: id, labelKey, tag, bundle: `@test/${tag}` };
}

describe('ModuleOutlet', () => {
  let fixture: ComponentFixture<ModuleOutlet>;
  let host: TestHost;
  let auth: FakeOcopAuth;
  let loader: jasmine.SpyObj<BundleLoader>;
  let el: HTMLElement;
  let dossier: OcopModule;
  let tasks: OcopModule;

  beforeEach(() => {
    loader = jasmine.createSpyObj<BundleLoader>('BundleLoader', ['load']);
    loader.load.and.resolveTo();
    auth = new FakeOcopAuth();
    TestBed.configureTestingModule({
      providers: [
        provideTestHost({ auth, apiBaseUrl: '/gateway/api', basePath: '/cong/ocop' }),
        Translator,
        { provide: BundleLoader, useValue: loader },
      ],
    });
    host = TestBed.inject(TestHost);
    dossier = testModule('dossier', 'module.dossier');
    tasks = testModule('tasks', 'module.tasks');
  });

  afterEach(() => {
    fixture?.destroy();
  });

  /** Lets pending loads settle and renders. */
  async function settle(): Promise<void> {
    await fixture.whenStable();
    await nextTask();
    await fixture.whenStable();
  }

  async function create(module: OcopModule): Promise<void> {
    fixture = TestBed.createComponent(ModuleOutlet);
    el = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('module', module);
    await settle();
  }

  const slot = (): HTMLElement => el.querySelector<HTMLElement>('.slot')!;
  const mounted = (): Element[] => Array.from(slot().children);

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

  it('replaces the element when the module changes, one element at a time', async () => {
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
  });

  it('does not mount a module whose load finishes after the route moved on', async () => {
    const slow = deferred();
    loader.load.and.callFake((bundle: string) =>
      bundle === dossier.bundle ? slow.promise : Promise.resolve(),
    );
    await create(dossier);

    fixture.componentRef.setInput('module', tasks);
    await settle();
    slow.resolve();
    await settle();

    expect(mounted().map((e) => e.localName)).toEqual([tasks.tag]);
  });

  it('shows the error panel when the load fails, and retry loads again and mounts', async () => {
    const logged = spyOn(console, 'error');
    loader.load.and.rejectWith(new TypeError('Failed to fetch dynamically imported module'));
    await create(dossier);

    const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert).not.toBeNull();
    expect(alert.textContent).toContain('Không tải được phân hệ Hồ sơ.');
    expect(mounted().length).toBe(0);
    expect(slot().hidden).toBeTrue();
    expect(logged).toHaveBeenCalled();

    loader.load.and.resolveTo();
    const retry = alert.querySelector('button')!;
    expect(retry.textContent!.trim()).toBe('Thử lại');
    retry.click();
    await settle();

    expect(loader.load).toHaveBeenCalledTimes(2);
    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(mounted().map((e) => e.localName)).toEqual([dossier.tag]);
  });

  it('names the module in the error in the host’s language', async () => {
    spyOn(console, 'error');
    host.locale.set('en');
    loader.load.and.rejectWith(new Error('404'));
    await create(tasks);

    expect(el.querySelector('[role="alert"]')!.textContent).toContain(
      'The Tasks module could not be loaded.',
    );
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

    load.resolve();
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
    load.resolve();
    await nextTask();

    expect(container.children.length).toBe(0);
    expect(document.querySelector(dossier.tag)).toBeNull();
  });
});

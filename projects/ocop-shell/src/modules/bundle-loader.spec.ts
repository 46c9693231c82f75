import { TestBed } from '@angular/core/testing';
import { BundleLoader, IMPORT_BUNDLE } from './bundle-loader';

type Exports = Record<string, unknown>;

let counter = 0;

describe('BundleLoader', () => {
  let importBundle: jasmine.Spy<(url: string) => Promise<Exports>>;
  let loader: BundleLoader;
  let tag: string;

  beforeEach(() => {
    importBundle = jasmine.createSpy('import');
    TestBed.configureTestingModule({ providers: [{ provide: IMPORT_BUNDLE, useValue: importBundle }] });
    loader = TestBed.inject(BundleLoader);
    tag = `test-bundle-${++counter}`;
    // Defined up front: load() also waits for the element, which is not what most of these tests are about.
    customElements.define(tag, class extends HTMLElement {});
  });

  const urls = (): string[] => importBundle.calls.allArgs().map(([url]) => url);

  it('imports the specifier as given and resolves with the bundle’s exports', async () => {
    const exports = { manifest: { id: 'tasks' } };
    importBundle.and.resolveTo(exports);

    await expectAsync(loader.load('/bundles/tasks.js', tag)).toBeResolvedTo(exports);
    expect(urls()).toEqual(['/bundles/tasks.js']);
  });

  it('resolves only once the bundle’s element is defined', async () => {
    importBundle.and.resolveTo({});
    const later = `test-bundle-later-${++counter}`;
    let done = false;
    const loading = loader.load('/bundles/later.js', later).then(() => (done = true));

    await new Promise((resolve) => setTimeout(resolve));
    expect(done).toBeFalse();

    customElements.define(later, class extends HTMLElement {});
    await loading;
    expect(done).toBeTrue();
  });

  it('after a rejected import asks for a new URL (the resolved one with ?ocop-retry=N), each time anew', async () => {
    const failure = new TypeError('Failed to fetch dynamically imported module');
    importBundle.and.rejectWith(failure);

    await expectAsync(loader.load('/bundles/tasks.js', tag)).toBeRejectedWith(failure);
    await expectAsync(loader.load('/bundles/tasks.js', tag)).toBeRejectedWith(failure);
    importBundle.and.resolveTo({ ok: true });
    await expectAsync(loader.load('/bundles/tasks.js', tag)).toBeResolvedTo({ ok: true });

    const resolved = new URL('/bundles/tasks.js', location.href).href;
    expect(urls()).toEqual(['/bundles/tasks.js', `${resolved}?ocop-retry=1`, `${resolved}?ocop-retry=2`]);
    expect(new Set(urls()).size).toBe(3);
  });

  it('counts failures per bundle: another bundle still loads by its own specifier', async () => {
    importBundle.and.callFake((url) =>
      url === '/bundles/tasks.js' ? Promise.reject(new Error('404')) : Promise.resolve({}),
    );

    await expectAsync(loader.load('/bundles/tasks.js', tag)).toBeRejected();
    await loader.load('/bundles/reports.js', tag);

    expect(urls()).toEqual(['/bundles/tasks.js', '/bundles/reports.js']);
  });
});

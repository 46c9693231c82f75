import { FakeOcopAuth } from '@ocop/common/testing';
import { localeOf, shellLifecycles, ShellProps } from './lifecycles';

type Shell = HTMLElement & Record<string, unknown>;

describe('shellLifecycles', () => {
  let lifecycles: ReturnType<typeof shellLifecycles>;
  let domElement: HTMLElement;
  let counter = 0;
  let name: string;

  beforeEach(() => {
    lifecycles = shellLifecycles(Promise.resolve());
    domElement = document.body.appendChild(document.createElement('div'));
    name = `@ocop/shell-test-${++counter}`;
  });

  afterEach(() => {
    domElement.remove();
    document.getElementById(`single-spa-application:${name}`)?.remove();
  });

  const shells = (root: ParentNode = document): Shell[] =>
    Array.from(root.querySelectorAll<Shell>('ocop-shell'));

  it('bootstraps once the element definition is ready', async () => {
    let define!: () => void;
    const ready = new Promise<void>((resolve) => (define = resolve));
    const pending = shellLifecycles(ready).bootstrap();
    let done = false;
    void pending.then(() => (done = true));

    await Promise.resolve();
    expect(done).toBeFalse();
    define();
    await pending;
    expect(done).toBeTrue();
  });

  it('mounts one <ocop-shell> into props.domElement with the props as element properties', async () => {
    const auth = new FakeOcopAuth();
    await lifecycles.mount({
      name,
      domElement,
      auth,
      apiBaseUrl: '/gw/api',
      basePath: '/dv/ocop',
      locale: 'en',
    });

    expect(shells(domElement).length).toBe(1);
    const shell = shells(domElement)[0];
    expect(shell['auth']).toBe(auth);
    expect(shell['apiBaseUrl']).toBe('/gw/api');
    expect(shell['basePath']).toBe('/dv/ocop');
    expect(shell['locale']).toBe('en');
    await lifecycles.unmount({ name, domElement });
  });

  it('uses the defaults for props the portal left out', async () => {
    await lifecycles.mount({ name, domElement });

    const shell = shells(domElement)[0];
    expect(shell['auth']).toBeUndefined();
    expect(shell['apiBaseUrl']).toBe('/api');
    expect(shell['basePath']).toBe('/ocop');
    expect(shell['locale']).toBe('vi');
    await lifecycles.unmount({ name, domElement });
  });

  it('waits for the element definition before mounting', async () => {
    let define!: () => void;
    const late = shellLifecycles(new Promise<void>((resolve) => (define = resolve)));
    const mounting = late.mount({ name, domElement });

    await Promise.resolve();
    expect(shells(domElement).length).toBe(0);
    define();
    await mounting;
    expect(shells(domElement).length).toBe(1);
    await late.unmount({ name, domElement });
  });

  it('without a domElement creates and uses #single-spa-application:<name>', async () => {
    await lifecycles.mount({ name });

    const container = document.getElementById(`single-spa-application:${name}`)!;
    expect(container).not.toBeNull();
    expect(container.parentElement).toBe(document.body);
    expect(shells(container).length).toBe(1);

    await lifecycles.unmount({ name });
    expect(shells(container).length).toBe(0);
  });

  it('without a domElement reuses an existing #single-spa-application:<name>', async () => {
    const existing = domElement.appendChild(document.createElement('section'));
    existing.id = `single-spa-application:${name}`;

    await lifecycles.mount({ name });

    expect(document.querySelectorAll(`[id="single-spa-application:${name}"]`).length).toBe(1);
    expect(shells(existing).length).toBe(1);
    await lifecycles.unmount({ name });
  });

  it('unmount removes the element it mounted, and only that one', async () => {
    const other = document.body.appendChild(document.createElement('div'));
    try {
      await lifecycles.mount({ name, domElement });
      await lifecycles.mount({ name: `${name}-other`, domElement: other });

      await lifecycles.unmount({ name, domElement });

      expect(shells(domElement).length).toBe(0);
      expect(shells(other).length).toBe(1);
      await lifecycles.unmount({ name: `${name}-other`, domElement: other });
      expect(shells(other).length).toBe(0);
    } finally {
      other.remove();
    }
  });

  it('leaves nothing behind after 20 mount/unmount cycles', async () => {
    const before = shells().length;
    for (let i = 0; i < 20; i++) {
      await lifecycles.mount({ name, domElement, locale: i % 2 ? 'en' : 'vi' });
      expect(shells(domElement).length).toBe(1);
      await lifecycles.unmount({ name, domElement });
    }

    expect(shells(domElement).length).toBe(0);
    expect(shells().length).toBe(before);
  });

  it('update pushes the new locale and session to the mounted element without remounting', async () => {
    const props: ShellProps = { name, domElement, locale: 'vi', apiBaseUrl: '/gw/api' };
    await lifecycles.mount(props);
    const shell = shells(domElement)[0];

    const auth = new FakeOcopAuth('new');
    await lifecycles.update({ ...props, locale: 'en', auth });

    expect(shells(domElement)).toEqual([shell]);
    expect(shell['locale']).toBe('en');
    expect(shell['auth']).toBe(auth);
    expect(shell['apiBaseUrl']).toBe('/gw/api');
    await lifecycles.unmount(props);
  });

  it('update before mount or after unmount does nothing', async () => {
    await expectAsync(lifecycles.update({ name, domElement, locale: 'en' })).toBeResolved();
    expect(shells(domElement).length).toBe(0);

    await lifecycles.mount({ name, domElement });
    const shell = shells(domElement)[0];
    await lifecycles.unmount({ name, domElement });
    await lifecycles.update({ name, domElement, locale: 'en' });
    expect(shell['locale']).toBe('vi');
  });

  describe('<html lang>', () => {
    let originalLang: string;

    beforeEach(() => (originalLang = document.documentElement.lang));
    afterEach(() => (document.documentElement.lang = originalLang));

    /** Lets the MutationObserver run. */
    const observed = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

    it('follows the portal’s language switch on <html lang> while mounted', async () => {
      await lifecycles.mount({ name, domElement, locale: 'vi' });
      const shell = shells(domElement)[0];

      document.documentElement.lang = 'en';
      await observed();
      expect(shell['locale']).toBe('en');

      document.documentElement.lang = 'vi-VN';
      await observed();
      expect(shell['locale']).toBe('vi');
      await lifecycles.unmount({ name, domElement });
    });

    it('leaves the language as it is for a lang OCOP does not have', async () => {
      await lifecycles.mount({ name, domElement, locale: 'en' });
      const shell = shells(domElement)[0];

      document.documentElement.lang = 'fr';
      await observed();
      expect(shell['locale']).toBe('en');
      await lifecycles.unmount({ name, domElement });
    });

    it('stops following <html lang> after unmount', async () => {
      await lifecycles.mount({ name, domElement, locale: 'vi' });
      const shell = shells(domElement)[0];
      await lifecycles.unmount({ name, domElement });

      document.documentElement.lang = 'en';
      await observed();
      expect(shell['locale']).toBe('vi');
    });
  });

  describe('localeOf', () => {
    it('maps the tags of the languages OCOP has onto its locales', () => {
      expect(localeOf('en')).toBe('en');
      expect(localeOf('en-GB')).toBe('en');
      expect(localeOf('EN-us')).toBe('en');
      expect(localeOf('vi')).toBe('vi');
      expect(localeOf('vi-VN')).toBe('vi');
    });

    it('gives null for any other language, and for no language', () => {
      expect(localeOf('fr')).toBeNull();
      expect(localeOf('')).toBeNull();
      expect(localeOf('eng')).toBeNull();
    });
  });
});

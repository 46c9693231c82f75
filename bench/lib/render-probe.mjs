/* global requestAnimationFrame, MutationObserver */
// Runs inside the page (Playwright serialises `installProbe` as an init script of the context): it notes when
// the page's navigation started and the first animation frame in which a module's meaningful content is in
// the document and laid out, with the page's own clock, so neither Playwright's round trips to the browser nor
// its polling interval are part of a figure. Nothing here may use the module's scope: only its arguments.

/** Where the first document of a measured navigation keeps its start (the sign-in redirect replaces it). */
export const START_KEY = 'ocop-bench-navigation-start';

/**
 * Installs `window.__ocopBench` in every document of the portal's origin. `spec.target` ({ host, content }) is
 * the meaningful content of the page being measured: an element matching `content` inside the custom element
 * `host` (its shadow root when it has one), with a non-empty box. Angular's module elements render into one
 * open shadow root each, below the shell's own, so hosts are searched through open shadow roots.
 * `spec.mount` ({ path, entry, tag }): on that page, the baseline element is mounted (mountAfterSignIn).
 */
export function installProbe(spec) {
  if (location.origin !== spec.origin) return;
  if (!sessionStorage.getItem(spec.startKey)) {
    sessionStorage.setItem(spec.startKey, String(performance.timeOrigin));
  }
  const now = () => performance.timeOrigin + performance.now();
  const hosts = new Map();

  /** The first element matching `selector` in `root` or any open shadow root below it. */
  const deepFind = (root, selector) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot ? deepFind(el.shadowRoot, selector) : null;
      if (inner) return inner;
    }
    return null;
  };
  const host = (tag) => {
    const known = hosts.get(tag);
    if (known?.isConnected) return known;
    const found = deepFind(document, tag);
    if (found) hosts.set(tag, found);
    return found;
  };
  const laidOut = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const rendered = ({ host: tag, content }) => {
    const el = host(tag);
    if (!el) return false;
    for (const hit of (el.shadowRoot ?? el).querySelectorAll(content)) if (laidOut(hit)) return true;
    return false;
  };
  /** Resolves with the time of the first animation frame in which `test()` holds. */
  const firstFrame = (test, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      const deadline = performance.now() + timeoutMs;
      const frame = () => {
        if (test()) return resolve(now());
        if (performance.now() > deadline) return reject(new Error('not rendered within the time allowed'));
        requestAnimationFrame(frame);
      };
      frame();
    });
  const element = (link) =>
    (link.host ? host(link.host)?.shadowRoot : document)?.querySelector(link.selector);

  const bench = {
    start: Number(sessionStorage.getItem(spec.startKey)),
    documentStart: performance.timeOrigin,
    renderedAt: null,
    /** Clicks `link` ({ host, selector }) and answers ms until `target` is rendered. */
    async switchTo(link, target) {
      const a = element(link);
      if (!a) throw new Error(`no ${link.selector} in ${link.host ?? 'the document'}`);
      const clicked = now();
      a.click();
      return (await firstFrame(() => rendered(target))) - clicked;
    },
    /** Clicks `link` and waits until no `tag` is left in the page. */
    async leave(link, tag) {
      element(link).click();
      await firstFrame(() => !deepFind(document, tag));
    },
    /** Replaces the custom element `target.host` in `#portal-page` by a new one; answers ms until rendered. */
    async remount(target) {
      await bench.unmount(target.host);
      const started = now();
      document.getElementById('portal-page').append(document.createElement(target.host));
      return (await firstFrame(() => rendered(target))) - started;
    },
    async unmount(tag) {
      for (const el of document.querySelectorAll(`#portal-page ${tag}`)) el.remove();
    },
  };
  window.__ocopBench = bench;

  /**
   * The baseline page: the portal's own page for an address no application claims (its HTML, import map, CSP,
   * root config and sign-in as the portal serves them), where the element is mounted in the page area once the
   * portal has signed in (its user box filled), as single-spa mounts OCOP's shell only then. From here rather
   * than a script added to the page's HTML: intercepting the page (Playwright's route) would turn off the HTTP
   * cache of the whole context, and the second visit would no longer be one.
   */
  function mountAfterSignIn({ entry, tag }) {
    document.addEventListener('DOMContentLoaded', async () => {
      const user = document.getElementById('portal-user');
      await new Promise((resolve) => {
        if (user.childElementCount > 0) return resolve();
        new MutationObserver((_, observer) => {
          if (user.childElementCount === 0) return;
          observer.disconnect();
          resolve();
        }).observe(user, { childList: true });
      });
      // A script evaluated by CDP may not be allowed to import(): a module script element does the same.
      await import(entry).catch(
        () =>
          new Promise((resolve, reject) => {
            const script = Object.assign(document.createElement('script'), { type: 'module', src: entry });
            script.addEventListener('load', resolve);
            script.addEventListener('error', reject);
            document.head.append(script);
          }),
      );
      document.getElementById('portal-page').append(document.createElement(tag));
    });
  }
  if (spec.mount && location.pathname === spec.mount.path) mountAfterSignIn(spec.mount);
  if (spec.target) {
    requestAnimationFrame(() =>
      firstFrame(() => rendered(spec.target)).then(
        (at) => (bench.renderedAt = at),
        () => undefined,
      ),
    );
  }
}

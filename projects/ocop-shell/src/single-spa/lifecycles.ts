import { OcopAuth, OcopLocale } from '@ocop/common';

/** What the portal passes to registerApplication's customProps (brief §3), plus single-spa's own. */
export interface ShellProps {
  name: string;
  auth?: OcopAuth;
  apiBaseUrl?: string;
  basePath?: string;
  locale?: OcopLocale;
  /** Where to mount; single-spa-layout and some portals pass it. */
  domElement?: HTMLElement;
}

/** @angular/elements destroys a removed element's component 10 ms later; unmount waits for that. */
const ELEMENT_DESTROY_DELAY_MS = 20;

/**
 * The single-spa lifecycles of '@ocop/shell': they place and remove one <ocop-shell>. `ready` is the
 * element definition, started when the bundle is evaluated.
 */
export function shellLifecycles(ready: Promise<void>) {
  const mounted = new Map<string, { element: HTMLElement; langObserver: MutationObserver }>();
  return {
    bootstrap: (): Promise<void> => ready,
    async mount(props: ShellProps): Promise<void> {
      await ready;
      const element = document.createElement('ocop-shell');
      Object.assign(element, {
        auth: props.auth,
        apiBaseUrl: props.apiBaseUrl ?? '/api',
        basePath: props.basePath ?? '/ocop',
        locale: props.locale ?? 'vi',
      });
      containerFor(props).appendChild(element);
      // A portal switches language by changing <html lang>; OCOP follows it while mounted.
      const langObserver = new MutationObserver(() => {
        const locale = localeOf(document.documentElement.lang);
        if (locale) Object.assign(element, { locale });
      });
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
      mounted.set(props.name, { element, langObserver });
    },
    async unmount(props: ShellProps): Promise<void> {
      const entry = mounted.get(props.name);
      entry?.langObserver.disconnect();
      entry?.element.remove();
      mounted.delete(props.name);
      await new Promise((resolve) => setTimeout(resolve, ELEMENT_DESTROY_DELAY_MS));
    },
    /** The portal switched language or session without remounting us. */
    async update(props: ShellProps): Promise<void> {
      const element = mounted.get(props.name)?.element;
      if (element) Object.assign(element, { auth: props.auth, locale: props.locale ?? 'vi' });
    },
  };
}

/** `vi`, `vi-VN`, `en`, `en-GB` … → the locales OCOP has; anything else leaves the language as it is. */
export function localeOf(lang: string): OcopLocale | null {
  const primary = lang.toLowerCase().split('-')[0];
  return primary === 'vi' || primary === 'en' ? primary : null;
}

function containerFor(props: ShellProps): HTMLElement {
  if (props.domElement) return props.domElement;
  const id = `single-spa-application:${props.name}`;
  let container = document.getElementById(id);
  if (!container) {
    container = document.createElement('div');
    container.id = id;
    document.body.appendChild(container);
  }
  return container;
}

/**
 * Client-side navigation that every router on the page hears: single-spa reroutes on popstate, and so do
 * our own elements. (single-spa also patches pushState, but OCOP must work in a page without single-spa.)
 */
export function navigateTo(url: string): void {
  if (url === location.pathname + location.search) return;
  history.pushState(history.state, '', url);
  window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
}

/** The part of `pathname` below `basePath`, always starting with `/`; null when outside it. */
export function pathBelow(basePath: string, pathname: string): string | null {
  const base = basePath.replace(/\/+$/, '');
  if (pathname === base) return '/';
  if (!pathname.startsWith(base + '/')) return null;
  return pathname.slice(base.length);
}

/** A link click handled in-page; new-tab and new-window clicks (modifier keys, middle button) stay the browser's. */
export function followLink(event: MouseEvent, url: string): void {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigateTo(url);
}

import { computed, effect, inject, untracked } from '@angular/core';
import { CurrentPath, OcopHost } from '@ocop/common';
import { reportsBase } from './reports-base';

/** How a page's filters are written in, and read from, the URL's query string. */
export interface QueryInUrlOptions<Q> {
  /** The page's path under `<basePath>/reports`, e.g. `'dashboard'`. */
  page: string;
  /** The filters a query string (`location.search`) asks for. */
  parse: (search: string) => Q;
  same: (a: Q, b: Q) => boolean;
  toSearch: (query: Q) => string;
  /** Shows the page for `query` when someone else changed the URL (back navigation, the menu's link). */
  show: (query: Q) => void;
}

/** A page's filters kept in the URL, so a reload or a shared link shows the same. */
export interface QueryInUrl<Q> {
  /** The filters the URL asks for now: what the page shows first. */
  fromUrl(): Q;
  /**
   * Notes `query` as what the page shows, and writes it into the URL while the URL still is the page's (once
   * it has moved on, the page must not rewrite it). history.replaceState: a filter change adds no history entry.
   */
  shown(query: Q): void;
}

/**
 * Keeps a reports page's filters in the URL's query string: the page calls `shown` whenever it loads, and
 * `show` is called back when the URL's query changes to other filters. Call in an injection context (a field
 * initializer or the constructor).
 */
export function queryInUrl<Q>(options: QueryInUrlOptions<Q>): QueryInUrl<Q> {
  const location = inject(CurrentPath);
  const host = inject(OcopHost);
  const atPage = computed(
    () => location.value().replace(/\/+$/, '') === `${reportsBase(host)}/${options.page}`,
  );
  let shown: Q | null = null;

  effect(() => {
    if (!atPage()) return;
    const fromUrl = options.parse(location.search());
    untracked(() => {
      if (shown === null || !options.same(fromUrl, shown)) options.show(fromUrl);
    });
  });

  return {
    fromUrl: () => options.parse(untracked(location.search)),
    shown: (query) => {
      shown = query;
      if (untracked(atPage)) location.replaceSearch(options.toSearch(query));
    },
  };
}

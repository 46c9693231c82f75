import { DestroyRef, inject, Injectable, signal } from '@angular/core';

/** The browser's path and query string as signals, kept current on history navigation; listeners go with the element. */
@Injectable()
export class CurrentPath {
  private readonly path = signal(location.pathname);
  private readonly query = signal(location.search);
  readonly value = this.path.asReadonly();
  /** `location.search`: '?a=1&b=2', or '' when there is none. */
  readonly search = this.query.asReadonly();

  constructor() {
    const update = (): void => {
      this.path.set(location.pathname);
      this.query.set(location.search);
    };
    window.addEventListener('popstate', update);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('popstate', update));
  }

  /**
   * Rewrites the query string of the current history entry, adding no entry: a page keeps its own state there
   * (a list's filters, sort and page), so back navigation and a reload find it again, while typing a search
   * does not fill the history with one entry per keystroke.
   */
  replaceSearch(search: string): void {
    const next = search === '?' ? '' : search !== '' && !search.startsWith('?') ? `?${search}` : search;
    if (next !== location.search) {
      history.replaceState(history.state, '', location.pathname + next + location.hash);
    }
    this.query.set(next);
  }
}

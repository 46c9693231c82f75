import { DestroyRef, inject, Injectable, signal } from '@angular/core';

/** The browser's path as a signal, kept current on history navigation; listeners go with the element. */
@Injectable()
export class CurrentPath {
  private readonly path = signal(location.pathname);
  readonly value = this.path.asReadonly();

  constructor() {
    const update = (): void => this.path.set(location.pathname);
    window.addEventListener('popstate', update);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('popstate', update));
  }
}

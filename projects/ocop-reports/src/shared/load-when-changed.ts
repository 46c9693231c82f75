import { effect, untracked } from '@angular/core';

/**
 * Runs `load` now and again whenever the route input read by `key` changes (the same page component shown
 * for another council or session). Call in an injection context.
 */
export function loadWhenChanged<T>(key: () => T, load: (key: T) => void): void {
  effect(() => {
    const current = key();
    untracked(() => load(current));
  });
}

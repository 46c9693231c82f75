import { computed, effect, signal, untracked } from '@angular/core';
import { Translator } from '@ocop/common';
import { ApiError } from '@ocop/domain';
import { Observable } from 'rxjs';

export type PageStatus = 'loading' | 'loaded' | 'not-found' | 'error';

/**
 * A record outside the caller's scope answers 404 exactly like a missing one (PLAN_NOT_FOUND, TASK_NOT_FOUND,
 * a bare HTTP 404…): the page says "not found" for all of them, and "could not load" for anything else.
 */
export function isNotFound(error: ApiError): boolean {
  return /NOT_FOUND$|^HTTP_404$/.test(error.code);
}

/**
 * What a page shows while its records load: the status its template switches on, the error that stopped it
 * and that error in the user's language. Each page has one; `run` starts (or restarts) the load.
 */
export class PageLoad {
  readonly status = signal<PageStatus>('loading');
  readonly error = signal<ApiError | null>(null);
  readonly errorText = computed(() => {
    const error = this.error();
    return error ? this.i18n.apiError(error) : '';
  });

  constructor(private readonly i18n: Translator) {}

  /** Shows "loading", then hands the records to `loaded` and shows them, or shows why they did not come. */
  run<T>(records: Observable<T>, loaded: (records: T) => void): void {
    this.status.set('loading');
    this.error.set(null);
    records.subscribe({
      next: (value) => {
        loaded(value);
        this.status.set('loaded');
      },
      error: (error: ApiError) => {
        this.error.set(error);
        this.status.set(isNotFound(error) ? 'not-found' : 'error');
      },
    });
  }
}

/**
 * Loads a page's records for its route inputs, and again whenever they change (the same component reused
 * for another plan or task). Call in an injection context: a constructor or a field initializer.
 */
export function loadForInputs<T>(inputs: () => T, load: (inputs: T) => void): void {
  effect(() => {
    const current = inputs();
    untracked(() => load(current));
  });
}

import { computed, signal } from '@angular/core';
import { Translator } from '@ocop/common';
import { ApiError } from '@ocop/domain';
import { Observable, Subscription } from 'rxjs';

export type RemoteStatus = 'loading' | 'loaded' | 'not-found' | 'error';

/**
 * One record a page shows, fetched from the API: its value, whether it came, and why not. A record outside
 * the caller's scope answers 404 like a missing one, so both read "not found". A `quiet` refresh (polling)
 * keeps showing the current value while it runs and keeps it when the refresh fails.
 */
export class Remote<T> {
  readonly value = signal<T | null>(null);
  readonly status = signal<RemoteStatus>('loading');
  readonly error = signal<ApiError | null>(null);
  readonly errorText = computed(() => {
    const error = this.error();
    return error ? this.i18n.apiError(error) : '';
  });
  /** A request is on its way (a refresh waits rather than pile up behind a slow one). */
  readonly busy = signal(false);
  private running: Subscription | null = null;

  constructor(private readonly i18n: Translator) {}

  /** Fetches the record; `then` sees it first (a form fills itself from it). */
  load(source: Observable<T>, options: { quiet?: boolean; then?: (value: T) => void } = {}): void {
    this.running?.unsubscribe();
    if (!options.quiet) {
      this.status.set('loading');
      this.error.set(null);
    }
    this.busy.set(true);
    this.running = source.subscribe({
      next: (value) => {
        this.busy.set(false);
        options.then?.(value);
        this.value.set(value);
        this.error.set(null);
        this.status.set('loaded');
      },
      error: (error: ApiError) => {
        this.busy.set(false);
        if (options.quiet && this.value() !== null) return;
        this.error.set(error);
        this.status.set(/NOT_FOUND$|^HTTP_404$/.test(error.code) ? 'not-found' : 'error');
      },
    });
  }

  stop(): void {
    this.running?.unsubscribe();
    this.busy.set(false);
  }
}

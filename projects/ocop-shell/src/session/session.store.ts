import { computed, effect, inject, untracked } from '@angular/core';
import { patchState, signalStore, withComputed, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ApiClient, AUTH_CHANGED_EVENT, OcopHost } from '@ocop/common';
import { ApiError, Me } from '@ocop/domain';
import { catchError, EMPTY, pipe, switchMap, tap } from 'rxjs';

interface SessionState {
  status: 'loading' | 'ready' | 'error';
  me: Me | null;
  error: ApiError | null;
}

/**
 * Who is signed in, as the API sees them (GET /api/me): name, units and the modules the roles allow. The
 * navigation follows it; the API enforces the same rules on every call. Reloaded when the portal's session
 * changes.
 */
export const SessionStore = signalStore(
  withState<SessionState>({ status: 'loading', me: null, error: null }),
  withComputed(({ me }) => ({
    hasOcopRole: computed(() => (me()?.roles.length ?? 0) > 0),
    /** The user's units, most specific first; null for a province-wide user (the layout names the province). */
    unitLabel: computed(() => {
      const m = me();
      if (!m) return null;
      const parts = [m.department?.name, m.commune?.name, m.district?.name].filter((p): p is string => !!p);
      return parts.length ? parts.join(', ') : null;
    }),
  })),
  withMethods((store, api = inject(ApiClient)) => ({
    load: rxMethod<void>(
      pipe(
        // A reload after the first keeps showing the current user until the answer arrives.
        tap(() => store.status() !== 'ready' && patchState(store, { status: 'loading', error: null })),
        switchMap(() =>
          api.get<Me>('/me').pipe(
            tap((me) => patchState(store, { status: 'ready', me })),
            catchError((error: ApiError) => {
              patchState(store, { status: 'error', error });
              return EMPTY;
            }),
          ),
        ),
      ),
    ),
  })),
);

/** Loads the session now and again whenever the host's auth object says the session changed. */
export function loadSessionFollowingAuth(store: InstanceType<typeof SessionStore>): void {
  const host = inject(OcopHost);
  effect((onCleanup) => {
    const auth = host.auth();
    // Without a session yet (standalone sign-in still running) there is nobody to ask about.
    if (!auth) return;
    // Untracked: load() reads the store's status synchronously, which would otherwise re-run this effect
    // (and request /me again) on every status change.
    untracked(() => store.load());
    const reload = (): void => void store.load();
    auth.addEventListener(AUTH_CHANGED_EVENT, reload);
    onCleanup(() => auth.removeEventListener(AUTH_CHANGED_EVENT, reload));
  });
}

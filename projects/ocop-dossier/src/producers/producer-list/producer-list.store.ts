import { inject } from '@angular/core';
import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ApiError, normalizeText, Producer } from '@ocop/domain';
import { catchError, debounceTime, EMPTY, filter, map, pipe, switchMap, tap } from 'rxjs';
import { ProducersApi } from '../producers-api';

interface ProducerListState {
  /** The search the loaded items answer ('' for the whole list). */
  query: string;
  status: 'loading' | 'loaded' | 'error';
  /** A newer search is on its way while the loaded items stay shown. */
  searching: boolean;
  items: Producer[];
  total: number;
  error: ApiError | null;
}

const initialState: ProducerListState = {
  query: '',
  status: 'loading',
  searching: false,
  items: [],
  total: 0,
  error: null,
};

/** How long typing must pause before a search goes to the API. */
export const PRODUCER_SEARCH_DEBOUNCE_MS = 300;

/** The producer list page's state; provided by the page, so it starts fresh with every mount. */
export const ProducerListStore = signalStore(
  withState(initialState),
  withMethods((store, api = inject(ProducersApi)) => {
    // switchMap: a newer search cancels an older one's request, so a slow answer never overwrites a newer.
    const load = rxMethod<string>(
      pipe(
        tap((query) =>
          patchState(store, (state) =>
            state.status === 'loaded'
              ? { query, searching: true, error: null }
              : { query, status: 'loading' as const, error: null },
          ),
        ),
        switchMap((query) =>
          api.list(query).pipe(
            tap((page) =>
              patchState(store, { status: 'loaded', searching: false, items: page.items, total: page.total }),
            ),
            catchError((error: ApiError) => {
              patchState(store, { status: 'error', searching: false, error });
              return EMPTY;
            }),
          ),
        ),
      ),
    );
    return {
      load,
      reload(): void {
        load(store.query());
      },
      /** The search box's text, sent once typing pauses (and only when it changes the search). */
      search: rxMethod<string>(
        pipe(
          debounceTime(PRODUCER_SEARCH_DEBOUNCE_MS),
          map((text) => normalizeText(text)),
          filter((query) => query !== store.query()),
          tap((query) => load(query)),
        ),
      ),
    };
  }),
);

import { inject } from '@angular/core';
import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ApiError, DossierSummary } from '@ocop/domain';
import { catchError, debounceTime, EMPTY, filter, map, pipe, switchMap, tap } from 'rxjs';
import { DossiersApi } from '../dossiers-api';
import { DEFAULT_QUERY, DossierListQuery, PAGE_SIZE, toApiQuery } from './dossier-list-query';

interface DossierListState {
  /** The list asked for last (what the page, its URL and its count describe). */
  query: DossierListQuery;
  status: 'loading' | 'loaded' | 'error';
  items: DossierSummary[];
  total: number;
  error: ApiError | null;
}

const initialState: DossierListState = {
  query: DEFAULT_QUERY,
  status: 'loading',
  items: [],
  total: 0,
  error: null,
};

/** How long typing must pause before the search goes to the API. */
export const SEARCH_DEBOUNCE_MS = 300;

/** The dossier list page's state; provided by the page, so it starts fresh with every mount. */
export const DossierListStore = signalStore(
  withState(initialState),
  withMethods((store, api = inject(DossiersApi)) => {
    // switchMap: a newer query cancels the request of an older one, so a slow answer never overwrites a newer.
    const load = rxMethod<DossierListQuery>(
      pipe(
        tap((query) => patchState(store, { query, status: 'loading', error: null })),
        switchMap((query) =>
          api.list(toApiQuery(query)).pipe(
            tap((page) => {
              const lastPage = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
              // A page beyond the end (a kept URL after dossiers were withdrawn): show the last one instead.
              if (page.items.length === 0 && query.page > lastPage) {
                load({ ...query, page: lastPage });
                return;
              }
              patchState(store, { status: 'loaded', items: page.items, total: page.total });
            }),
            catchError((error: ApiError) => {
              patchState(store, { status: 'error', error });
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
      /** A changed filter or order: back to the first page. */
      change(change: Partial<DossierListQuery>): void {
        load({ ...store.query(), page: 1, ...change });
      },
      goToPage(page: number): void {
        load({ ...store.query(), page });
      },
      /** The search box's text, sent once typing pauses (and only when it changed the query). */
      search: rxMethod<string>(
        pipe(
          debounceTime(SEARCH_DEBOUNCE_MS),
          map((text) => text.normalize('NFC').trim()),
          filter((q) => q !== store.query().q),
          tap((q) => load({ ...store.query(), q, page: 1 })),
        ),
      ),
    };
  }),
);

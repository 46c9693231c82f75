import { inject } from '@angular/core';
import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ApiError, Product } from '@ocop/domain';
import { catchError, EMPTY, pipe, switchMap, tap } from 'rxjs';
import { ProductsApi } from '../products-api';

interface ProductListState {
  status: 'loading' | 'loaded' | 'error';
  items: Product[];
  total: number;
  error: ApiError | null;
}

const initialState: ProductListState = { status: 'loading', items: [], total: 0, error: null };

/** The product list page's state; provided by the page, so it starts fresh with every mount. */
export const ProductListStore = signalStore(
  withState(initialState),
  withMethods((store, api = inject(ProductsApi)) => ({
    load: rxMethod<void>(
      pipe(
        tap(() => patchState(store, { status: 'loading', error: null })),
        switchMap(() =>
          api.list().pipe(
            tap((page) => patchState(store, { status: 'loaded', items: page.items, total: page.total })),
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

import { inject } from '@angular/core';
import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ApiError, Product, ProductStage } from '@ocop/domain';
import { catchError, EMPTY, firstValueFrom, pipe, switchMap, tap } from 'rxjs';
import { ProductsApi } from '../products-api';

/** What became of the last "Hoàn thiện đăng ký", for the page's status line. */
export type PromoteOutcome =
  | { kind: 'done'; name: string }
  | { kind: 'stale'; name: string }
  | { kind: 'error'; name: string; error: ApiError };

interface ProductListState {
  /** Only products at this registration step; null for all. */
  stage: ProductStage | null;
  status: 'loading' | 'loaded' | 'error';
  items: Product[];
  total: number;
  error: ApiError | null;
  /** The id of the idea being promoted. */
  promoting: string | null;
  outcome: PromoteOutcome | null;
}

const initialState: ProductListState = {
  stage: null,
  status: 'loading',
  items: [],
  total: 0,
  error: null,
  promoting: null,
  outcome: null,
};

/** The product list page's state; provided by the page, so it starts fresh with every mount. */
export const ProductListStore = signalStore(
  withState(initialState),
  withMethods((store, api = inject(ProductsApi)) => {
    const load = rxMethod<void>(
      pipe(
        tap(() => patchState(store, { status: 'loading', error: null })),
        switchMap(() =>
          api.list({ stage: store.stage() ?? undefined }).pipe(
            tap((page) => patchState(store, { status: 'loaded', items: page.items, total: page.total })),
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
      /** Puts the product as the API answered it (after a photo was added or removed) in its row. */
      replace(product: Product): void {
        patchState(store, {
          items: store.items().map((item) => (item.id === product.id ? product : item)),
        });
      },
      /** Someone else changed the product first: say so on the page's status line, and load the list again. */
      reloadChanged(product: Product): void {
        patchState(store, { outcome: { kind: 'stale', name: product.name } });
        load();
      },
      filterStage(stage: ProductStage | null): void {
        patchState(store, { stage, outcome: null });
        load();
      },
      /**
       * Completes the registration of an idea as the user saw it. Whatever the answer, the list is loaded
       * again: the idea has become a product, or someone else changed it first (STALE_VERSION).
       */
      async promote(product: Product): Promise<void> {
        if (store.promoting() !== null) return;
        patchState(store, { promoting: product.id, outcome: null });
        let outcome: PromoteOutcome;
        try {
          const promoted = await firstValueFrom(api.promote(product));
          outcome = { kind: 'done', name: promoted.name };
        } catch (error) {
          const apiError = error as ApiError;
          outcome =
            apiError.code === 'STALE_VERSION'
              ? { kind: 'stale', name: product.name }
              : { kind: 'error', name: product.name, error: apiError };
        }
        patchState(store, { promoting: null, outcome });
        if (outcome.kind !== 'error') load();
      },
    };
  }),
);

import { inject } from '@angular/core';
import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ApiClient } from '@ocop/common';
import { ApiError, DossierSummary, NewPlan, Page, PlanChange, PlanDetail, Product } from '@ocop/domain';
import { catchError, EMPTY, firstValueFrom, forkJoin, of, pipe, switchMap, tap } from 'rxjs';
import { TasksApi } from '../../api/tasks-api';

/** What a target may link to: the evaluation dossiers and products the user's dossier module shows. */
export interface TargetLinks {
  dossiers: DossierSummary[];
  products: Product[];
}

interface PlanFormState {
  /** 'ready' at once for a new plan; an existing one is loaded first. */
  status: 'loading' | 'ready' | 'error';
  /** The plan as last loaded (edit only). */
  plan: PlanDetail | null;
  loadError: ApiError | null;
  saving: boolean;
  saveError: ApiError | null;
  /** Null until loaded; empty lists when the dossier module cannot be read (the links stay as they are). */
  links: TargetLinks | null;
}

const initialState: PlanFormState = {
  status: 'loading',
  plan: null,
  loadError: null,
  saving: false,
  saveError: null,
  links: null,
};

const NO_LINKS: TargetLinks = { dossiers: [], products: [] };

/** The plan form's state (load, save, the targets' link choices); provided by the page. */
export const PlanFormStore = signalStore(
  withState(initialState),
  withMethods((store, api = inject(TasksApi), client = inject(ApiClient)) => {
    async function save(send: () => Promise<PlanDetail>): Promise<PlanDetail | null> {
      if (store.saving()) return null;
      patchState(store, { saving: true, saveError: null });
      try {
        const plan = await send();
        patchState(store, { saving: false, plan });
        return plan;
      } catch (error) {
        patchState(store, { saving: false, saveError: error as ApiError });
        return null;
      }
    }
    return {
      startNew(): void {
        patchState(store, { status: 'ready', plan: null, loadError: null });
      },
      load: rxMethod<string>(
        pipe(
          tap(() => patchState(store, { status: 'loading', loadError: null })),
          switchMap((planId) =>
            api.plan(planId).pipe(
              tap((plan) => patchState(store, { status: 'ready', plan })),
              catchError((error: ApiError) => {
                patchState(store, { status: 'error', loadError: error });
                return EMPTY;
              }),
            ),
          ),
        ),
      ),
      /** The plan as it is now, after a conflict; null (and `saveError` set) when it cannot be read. */
      async refetch(planId: string): Promise<PlanDetail | null> {
        try {
          const plan = await firstValueFrom(api.plan(planId));
          patchState(store, { plan, saveError: null });
          return plan;
        } catch (error) {
          patchState(store, { saveError: error as ApiError });
          return null;
        }
      },
      /** Dossiers and products a target may link to. Optional: a failure leaves the choice out, not the form. */
      loadLinks: rxMethod<void>(
        pipe(
          switchMap(() =>
            forkJoin({
              dossiers: client
                .get<Page<DossierSummary>>('/dossiers', { limit: 200 })
                .pipe(catchError(() => of({ items: [], total: 0 }))),
              products: client
                .get<Page<Product>>('/products', { limit: 200 })
                .pipe(catchError(() => of({ items: [], total: 0 }))),
            }).pipe(
              tap(({ dossiers, products }) =>
                patchState(store, { links: { dossiers: dossiers.items, products: products.items } }),
              ),
              catchError(() => {
                patchState(store, { links: NO_LINKS });
                return EMPTY;
              }),
            ),
          ),
        ),
      ),
      create(body: NewPlan): Promise<PlanDetail | null> {
        return save(() => firstValueFrom(api.createPlan(body)));
      },
      update(planId: string, body: PlanChange): Promise<PlanDetail | null> {
        return save(() => firstValueFrom(api.updatePlan(planId, body)));
      },
      clearSaveError(): void {
        patchState(store, { saveError: null });
      },
    };
  }),
);

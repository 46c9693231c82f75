import { inject } from '@angular/core';
import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ApiError, Plan, PlanDetail } from '@ocop/domain';
import { catchError, EMPTY, firstValueFrom, pipe, switchMap, tap } from 'rxjs';
import { TasksApi } from '../../api/tasks-api';

/** A district has one plan a year; 200 (the API's largest page) covers every plan any caller may see. */
const PLANS_PAGE = 200;

interface PlanListState {
  status: 'loading' | 'loaded' | 'error';
  plans: Plan[];
  error: ApiError | null;
  /** The plan being copied while the request runs. */
  copying: string | null;
  copyError: ApiError | null;
}

const initialState: PlanListState = {
  status: 'loading',
  plans: [],
  error: null,
  copying: null,
  copyError: null,
};

/** The plan list page's state; provided by the page, so it starts fresh with every mount. */
export const PlanListStore = signalStore(
  withState(initialState),
  withMethods((store, api = inject(TasksApi)) => ({
    load: rxMethod<void>(
      pipe(
        tap(() => patchState(store, { status: 'loading', error: null })),
        switchMap(() =>
          api.plans({ limit: PLANS_PAGE }).pipe(
            tap((page) =>
              patchState(store, {
                status: 'loaded',
                // Newest year first: the plan being worked on is the one people look for.
                plans: [...page.items].sort(
                  (a, b) => b.year - a.year || a.unit.name.localeCompare(b.unit.name, 'vi'),
                ),
              }),
            ),
            catchError((error: ApiError) => {
              patchState(store, { status: 'error', error });
              return EMPTY;
            }),
          ),
        ),
      ),
    ),
    /**
     * Starts next year's plan from `plan`. Resolves with the new plan, or null when refused (the error is in
     * `copyError`; a PLAN_EXISTS refusal means that year's plan is there already).
     */
    async copy(plan: Plan, year: number): Promise<PlanDetail | null> {
      if (store.copying()) return null;
      patchState(store, { copying: plan.id, copyError: null });
      try {
        const created = await firstValueFrom(api.copyPlan(plan.id, year));
        patchState(store, { copying: null });
        return created;
      } catch (error) {
        patchState(store, { copying: null, copyError: error as ApiError });
        return null;
      }
    },
    clearCopyError(): void {
      patchState(store, { copyError: null });
    },
  })),
);

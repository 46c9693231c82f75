import { computed, inject } from '@angular/core';
import { patchState, signalStore, withComputed, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { Translator } from '@ocop/common';
import { ApiError, PlanDetail, RollupRow, TaskSummary } from '@ocop/domain';
import { catchError, EMPTY, forkJoin, of, pipe, switchMap, tap } from 'rxjs';
import { TasksApi } from '../../api/tasks-api';

/** A district plan fits in one page of tasks (the API's largest). */
export const TASKS_PAGE = 500;

/** Which plan, and whether the page shows its roll-ups (the printed plan does, the timeline does not). */
export interface PlanTasksRequest {
  planId: string;
  rollups: boolean;
}

interface PlanTasksState {
  status: 'loading' | 'loaded' | 'error';
  plan: PlanDetail | null;
  tasks: TaskSummary[];
  /** Empty unless asked for. */
  rollups: RollupRow[];
  error: ApiError | null;
}

const initialState: PlanTasksState = { status: 'loading', plan: null, tasks: [], rollups: [], error: null };

/**
 * The pages that show a whole plan at once (its timeline, its printable document): the plan, every task the
 * caller may see and, when asked, their roll-ups, loaded together.
 */
export const PlanTasksStore = signalStore(
  withState(initialState),
  withComputed((store, i18n = inject(Translator)) => ({
    errorText: computed(() => {
      const error = store.error();
      return error ? i18n.apiError(error) : '';
    }),
  })),
  withMethods((store, api = inject(TasksApi)) => ({
    load: rxMethod<PlanTasksRequest>(
      pipe(
        tap(() => patchState(store, { status: 'loading', error: null })),
        switchMap(({ planId, rollups }) =>
          forkJoin({
            plan: api.plan(planId),
            tasks: api.tasks(planId, { limit: TASKS_PAGE }),
            rollups: rollups ? api.rollups(planId) : of([]),
          }).pipe(
            tap(({ plan, tasks, rollups }) =>
              patchState(store, { status: 'loaded', plan, tasks: tasks.items, rollups }),
            ),
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

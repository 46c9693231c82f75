import { inject } from '@angular/core';
import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ApiError, PlanDetail, RollupRow, TaskSummary } from '@ocop/domain';
import { catchError, EMPTY, forkJoin, pipe, switchMap, tap } from 'rxjs';
import { TasksApi } from '../../api/tasks-api';
import { TASKS_PAGE } from '../plan-timeline/plan-timeline.store';

interface PlanPrintState {
  status: 'loading' | 'loaded' | 'error';
  plan: PlanDetail | null;
  tasks: TaskSummary[];
  rollups: RollupRow[];
  error: ApiError | null;
}

const initialState: PlanPrintState = { status: 'loading', plan: null, tasks: [], rollups: [], error: null };

/** The printable plan's state: the plan, its tasks and their roll-ups, as the caller may see them. */
export const PlanPrintStore = signalStore(
  withState(initialState),
  withMethods((store, api = inject(TasksApi)) => ({
    load: rxMethod<string>(
      pipe(
        tap(() => patchState(store, { status: 'loading', error: null })),
        switchMap((planId) =>
          forkJoin({
            plan: api.plan(planId),
            tasks: api.tasks(planId, { limit: TASKS_PAGE }),
            rollups: api.rollups(planId),
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

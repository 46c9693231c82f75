import { inject } from '@angular/core';
import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ApiError, PlanDetail, TaskSummary } from '@ocop/domain';
import { catchError, EMPTY, forkJoin, pipe, switchMap, tap } from 'rxjs';
import { TasksApi } from '../../api/tasks-api';

/** A district plan fits in one page of tasks (the API's largest). */
export const TASKS_PAGE = 500;

interface PlanTimelineState {
  status: 'loading' | 'loaded' | 'error';
  plan: PlanDetail | null;
  tasks: TaskSummary[];
  error: ApiError | null;
}

const initialState: PlanTimelineState = { status: 'loading', plan: null, tasks: [], error: null };

/** The timeline page's state: the plan (its year and sections) and the tasks the caller may see. */
export const PlanTimelineStore = signalStore(
  withState(initialState),
  withMethods((store, api = inject(TasksApi)) => ({
    load: rxMethod<string>(
      pipe(
        tap(() => patchState(store, { status: 'loading', error: null })),
        switchMap((planId) =>
          forkJoin({ plan: api.plan(planId), tasks: api.tasks(planId, { limit: TASKS_PAGE }) }).pipe(
            tap(({ plan, tasks }) => patchState(store, { status: 'loaded', plan, tasks: tasks.items })),
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

import { inject } from '@angular/core';
import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ApiError, MyTasks } from '@ocop/domain';
import { catchError, EMPTY, pipe, switchMap, tap } from 'rxjs';
import { TasksApi } from '../api/tasks-api';

interface MyTasksState {
  status: 'loading' | 'loaded' | 'error';
  mine: MyTasks | null;
  error: ApiError | null;
}

const initialState: MyTasksState = { status: 'loading', mine: null, error: null };

/** "Việc của đơn vị tôi": the caller's unit's open work, as GET /api/tasks/mine sorts it. Provided by the page. */
export const MyTasksStore = signalStore(
  withState(initialState),
  withMethods((store, api = inject(TasksApi)) => ({
    /** Loads (or reloads, after an error) the newest plan's work of the caller's unit. */
    load: rxMethod<void>(
      pipe(
        // Keeps what is on screen while a reload runs; only the first load shows "loading" alone.
        tap(() => patchState(store, { status: 'loading', error: null })),
        switchMap(() =>
          api.mine().pipe(
            tap((mine) => patchState(store, { status: 'loaded', mine })),
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

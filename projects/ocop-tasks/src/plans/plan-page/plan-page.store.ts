import { inject } from '@angular/core';
import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ApiError, PlanDetail, RollupRow, TaskSummary, TaskUnit, UnitDeadlineCount } from '@ocop/domain';
import {
  catchError,
  debounceTime,
  EMPTY,
  filter,
  firstValueFrom,
  forkJoin,
  map,
  of,
  pipe,
  switchMap,
  tap,
} from 'rxjs';
import { TasksApi } from '../../api/tasks-api';
import { DEFAULT_QUERY, PlanTaskQuery, TASKS_LIMIT, toTaskQuery } from './plan-page-query';
import { PlanXlsxModule } from './plan-xlsx-loader';

type LoadStatus = 'loading' | 'loaded' | 'error';

interface PlanPageState {
  planId: string | null;
  /** The plan's header and targets. */
  status: LoadStatus;
  plan: PlanDetail | null;
  error: ApiError | null;
  /** Roll-ups and the deadline counts per unit: whole-plan figures, whatever the list's filters. */
  summaryStatus: LoadStatus;
  rollups: RollupRow[];
  counts: UnitDeadlineCount[];
  summaryError: ApiError | null;
  /** The units of the plan, for the unit filter; empty when they could not be loaded (the filter offers "all"). */
  units: TaskUnit[];
  /** The list asked for last (what the list, its URL and its count describe). */
  query: PlanTaskQuery;
  tasksStatus: LoadStatus;
  tasks: TaskSummary[];
  total: number;
  tasksError: ApiError | null;
  exporting: boolean;
  exportError: boolean;
}

const initialState: PlanPageState = {
  planId: null,
  status: 'loading',
  plan: null,
  error: null,
  summaryStatus: 'loading',
  rollups: [],
  counts: [],
  summaryError: null,
  units: [],
  query: DEFAULT_QUERY,
  tasksStatus: 'loading',
  tasks: [],
  total: 0,
  tasksError: null,
  exporting: false,
  exportError: false,
};

/** How long typing must pause before the search goes to the API. */
export const SEARCH_DEBOUNCE_MS = 300;

/** The plan page's state; provided by the page, so it starts fresh with every mount. */
export const PlanPageStore = signalStore(
  withState(initialState),
  withMethods((store, api = inject(TasksApi)) => {
    const planId = (): string => store.planId()!;

    const loadPlan = rxMethod<string>(
      pipe(
        tap(() => patchState(store, { status: 'loading', error: null })),
        switchMap((id) =>
          api.plan(id).pipe(
            tap((plan) => patchState(store, { status: 'loaded', plan })),
            catchError((error: ApiError) => {
              patchState(store, { status: 'error', error });
              return EMPTY;
            }),
          ),
        ),
      ),
    );

    const loadSummary = rxMethod<string>(
      pipe(
        tap(() => patchState(store, { summaryStatus: 'loading', summaryError: null })),
        switchMap((id) =>
          forkJoin([api.rollups(id), api.deadlineCounts(id)]).pipe(
            tap(([rollups, counts]) => patchState(store, { summaryStatus: 'loaded', rollups, counts })),
            catchError((error: ApiError) => {
              patchState(store, { summaryStatus: 'error', summaryError: error });
              return EMPTY;
            }),
          ),
        ),
      ),
    );

    const loadUnits = rxMethod<string>(
      pipe(
        switchMap((id) =>
          api.units(id).pipe(
            // The unit filter then offers "all" only; nothing else depends on it.
            catchError(() => of([] as TaskUnit[])),
          ),
        ),
        tap((units) => patchState(store, { units })),
      ),
    );

    // switchMap: a newer query cancels the request of an older one, so a slow answer never overwrites a newer.
    const load = rxMethod<PlanTaskQuery>(
      pipe(
        tap((query) => patchState(store, { query, tasksStatus: 'loading', tasksError: null })),
        switchMap((query) =>
          api.tasks(planId(), toTaskQuery(query)).pipe(
            tap((page) => patchState(store, { tasksStatus: 'loaded', tasks: page.items, total: page.total })),
            catchError((error: ApiError) => {
              patchState(store, { tasksStatus: 'error', tasksError: error });
              return EMPTY;
            }),
          ),
        ),
      ),
    );

    return {
      /** A plan to show with the list `query` (from the URL). */
      open(id: string, query: PlanTaskQuery): void {
        patchState(store, { ...initialState, planId: id, query });
        loadPlan(id);
        loadSummary(id);
        loadUnits(id);
        load(query);
      },
      reloadPlan(): void {
        loadPlan(planId());
      },
      reloadSummary(): void {
        loadSummary(planId());
      },
      load,
      reloadTasks(): void {
        load(store.query());
      },
      /** A changed filter. */
      change(change: Partial<PlanTaskQuery>): void {
        load({ ...store.query(), ...change });
      },
      /** Another arrangement of the same tasks: nothing to fetch. */
      groupBy(group: PlanTaskQuery['group']): void {
        patchState(store, { query: { ...store.query(), group } });
      },
      /** The search box's text, sent once typing pauses (and only when it changed the query). */
      search: rxMethod<string>(
        pipe(
          debounceTime(SEARCH_DEBOUNCE_MS),
          map((text) => text.normalize('NFC').trim()),
          filter((q) => q !== store.query().q),
          tap((q) => load({ ...store.query(), q })),
        ),
      ),
      /**
       * Every task of the plan (whatever the list's filters), with the plan and its roll-ups, written to an
       * XLSX file by the lazily loaded export module.
       */
      async exportXlsx(loader: () => Promise<PlanXlsxModule>, locale: 'vi' | 'en'): Promise<void> {
        const plan = store.plan();
        if (!plan || store.exporting()) return;
        patchState(store, { exporting: true, exportError: false });
        try {
          const [module, page] = await Promise.all([
            loader(),
            firstValueFrom(api.tasks(plan.id, { limit: TASKS_LIMIT })),
          ]);
          await module.exportPlanXlsx(plan, page.items, store.rollups(), locale);
          patchState(store, { exporting: false });
        } catch {
          patchState(store, { exporting: false, exportError: true });
        }
      },
    };
  }),
);

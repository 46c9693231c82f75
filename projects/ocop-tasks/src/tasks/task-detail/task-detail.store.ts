import { computed, inject } from '@angular/core';
import { patchState, signalStore, withComputed, withHooks, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ChangeOutcome, changeFlow, withoutKey } from '@ocop/common';
import {
  ApiError,
  availableTaskActions,
  Me,
  PlanDetail,
  TaskActionId,
  TaskComment,
  TaskDetail,
  TaskRelation,
  taskRelations,
  WorkflowTask,
} from '@ocop/domain';
import {
  catchError,
  concatMap,
  defer,
  EMPTY,
  filter,
  forkJoin,
  from,
  Observable,
  of,
  pipe,
  Subject,
  Subscription,
  switchMap,
  takeUntil,
  tap,
} from 'rxjs';
import { TaskReviewAction, TasksApi } from '../../api/tasks-api';
import { newRequestId, taskActorOf } from '../task-labels';

/** A change of the task the user asked for, kept so it can be sent again on top of a newer version. */
export type TaskChangeRequest =
  | { kind: 'action'; action: TaskReviewAction; reason: string | null; requestId: string }
  | { kind: 'report'; percent: number; text: string; requestId: string; files: File[] };

export type { ChangeOutcome } from '@ocop/common';

/** One evidence file on its way to a report. */
export interface EvidenceUpload {
  id: string;
  reportId: string;
  fileName: string;
  /** 0..1 */
  progress: number;
  status: 'queued' | 'uploading' | 'done' | 'failed' | 'cancelled';
  error: ApiError | null;
}

interface TaskDetailState {
  taskId: string | null;
  status: 'loading' | 'loaded' | 'not-found' | 'error';
  error: ApiError | null;
  task: TaskDetail | null;
  me: Me | null;
  /** The task's plan, for section and target names; null until loaded (or when it could not be). */
  plan: PlanDetail | null;
  /** Keys of changes sent and not yet settled ('action', 'report', 'comment'), a conflict included. */
  pending: string[];
  /** A change refused with 409 STALE_VERSION, waiting for the user to re-apply or drop it. */
  conflict: TaskChangeRequest | null;
  /** The last refusal per change key. */
  failures: Record<string, ApiError>;
  /** The last change saved, for a status message: 'report', or the action's id. */
  lastSaved: string | null;
  /** Evidence files of the last report (or of a later addition), in the order chosen. */
  uploads: EvidenceUpload[];
}

const initialState: TaskDetailState = {
  taskId: null,
  status: 'loading',
  error: null,
  task: null,
  me: null,
  plan: null,
  pending: [],
  conflict: null,
  failures: {},
  lastSaved: null,
  uploads: [],
};

/** One key per thing a user can change at a time. */
export function changeKey(change: TaskChangeRequest): 'action' | 'report' {
  return change.kind;
}

function isNotFound(error: ApiError): boolean {
  return error.code === 'TASK_NOT_FOUND' || error.code === 'NOT_FOUND' || error.code === 'HTTP_404';
}

/**
 * The task page's state: the task with its reports, comments and timeline, the user, the plan's names, and
 * the changes under way. Provided by the page, so every visit starts clean. Every change carries the version
 * it was based on; a stale one is kept as `conflict` until the user reloads and re-applies it, or drops it.
 */
export const TaskDetailStore = signalStore(
  withState(initialState),
  withComputed(({ task, me, plan }) => {
    const actor = computed(() => {
      const m = me();
      return m ? taskActorOf(m) : null;
    });
    /** What the workflow engine needs to know; null for a series row, which takes no action itself. */
    const subject = computed<WorkflowTask | null>(() => {
      const t = task();
      if (!t || t.status === null) return null;
      return {
        status: t.status,
        planUnitCode: t.plan.unitCode,
        lead: t.lead,
        cooperating: t.cooperating,
        pendingReview: t.pendingReview,
      };
    });
    const actions = computed<TaskActionId[]>(() => {
      const a = actor();
      const s = subject();
      return a && s ? availableTaskActions(a, s) : [];
    });
    const relations = computed<TaskRelation[]>(() => {
      const a = actor();
      const t = task();
      return a && t
        ? taskRelations(a, { planUnitCode: t.plan.unitCode, lead: t.lead, cooperating: t.cooperating })
        : [];
    });
    return {
      actor,
      /** The workflow's actions open to the user now, from the domain, never hard-coded. */
      actions,
      relations,
      canReport: computed(() => actions().includes('report')),
      canComment: computed(() => actions().includes('comment')),
      /** The standing unit manages the plan: it edits the task (a series too). */
      canManage: computed(() => relations().includes('standing')),
      /** The report waiting for the standing unit's review, if any (reports are newest first). */
      pendingReport: computed(() => task()?.reports.find((r) => r.review === 'pending') ?? null),
      section: computed(() => {
        const t = task();
        return t ? (plan()?.sections.find((s) => s.code === t.sectionCode) ?? null) : null;
      }),
      target: computed(() => {
        const t = task();
        return t?.targetId ? (plan()?.targets.find((x) => x.id === t.targetId) ?? null) : null;
      }),
    };
  }),
  withComputed(({ uploads }) => ({
    /** Evidence still on its way: the page warns before it is left. */
    uploading: computed(() => uploads().some((u) => u.status === 'queued' || u.status === 'uploading')),
  })),
  withMethods((store, api = inject(TasksApi)) => {
    const cancels = new Subject<string>();
    const batches = new Set<Subscription>();

    const loadPlan = rxMethod<string>(
      pipe(
        switchMap((planId) =>
          api.plan(planId).pipe(
            tap((plan) => patchState(store, { plan })),
            // Without the plan the page still works: sections and targets show by their codes.
            catchError(() => EMPTY),
          ),
        ),
      ),
    );

    const load = rxMethod<string>(
      pipe(
        tap((taskId) =>
          patchState(store, {
            taskId,
            status: 'loading',
            error: null,
            conflict: null,
            failures: {},
            lastSaved: null,
          }),
        ),
        switchMap((taskId) => {
          const me = store.me();
          // The user is kept once known, also when the task failed: a retry asks only for the task.
          const me$ = me ? of(me) : api.me().pipe(tap((known) => patchState(store, { me: known })));
          return forkJoin({ me: me$, task: api.task(taskId) }).pipe(
            tap(({ me, task }) => {
              patchState(store, { me, task, status: 'loaded' });
              if (store.plan()?.id !== task.planId) loadPlan(task.planId);
            }),
            catchError((error: ApiError) => {
              patchState(store, { status: isNotFound(error) ? 'not-found' : 'error', error });
              return EMPTY;
            }),
          );
        }),
      ),
    );

    function send(requested: TaskChangeRequest, task: TaskDetail): Observable<TaskDetail> {
      const version = task.version;
      switch (requested.kind) {
        case 'action':
          return api.act(task.id, {
            action: requested.action,
            version,
            reason: requested.reason,
            requestId: requested.requestId,
          });
        case 'report':
          return api.report(task.id, {
            percent: requested.percent,
            text: requested.text,
            version,
            requestId: requested.requestId,
          });
      }
    }

    function patchUpload(id: string, patch: Partial<EvidenceUpload>): void {
      patchState(store, { uploads: store.uploads().map((u) => (u.id === id ? { ...u, ...patch } : u)) });
    }

    /** Reloads the task quietly (after evidence arrived): the page keeps showing the old one meanwhile. */
    function refresh(): void {
      const id = store.taskId();
      if (!id) return;
      api.task(id).subscribe({
        next: (task) => patchState(store, { task }),
        error: () => undefined,
      });
    }

    /**
     * Sends the files one after the other to the report, each with its progress; a cancelled one is aborted
     * (the API keeps nothing of it) and the next goes on. The task is reloaded once all are settled.
     */
    function uploadEvidence(reportId: string, files: readonly File[]): void {
      if (files.length === 0) return;
      const batch = files.map((file, i): EvidenceUpload & { file: File } => ({
        id: `${reportId}:${Date.now()}:${i}`,
        reportId,
        fileName: file.name,
        progress: 0,
        status: 'queued',
        error: null,
        file,
      }));
      // Finished uploads of earlier batches give way; any still under way stay listed.
      const kept = store.uploads().filter((u) => u.status === 'queued' || u.status === 'uploading');
      patchState(store, { uploads: [...kept, ...batch.map(({ file: _file, ...u }) => u)] });
      const subscription = from(batch)
        .pipe(
          concatMap((entry) =>
            defer(() => {
              // Cancelled while it waited for its turn.
              if (store.uploads().find((u) => u.id === entry.id)?.status !== 'queued') return EMPTY;
              patchUpload(entry.id, { status: 'uploading' });
              return api.uploadEvidence(reportId, entry.file).pipe(
                takeUntil(cancels.pipe(filter((id) => id === entry.id))),
                tap((event) => {
                  if ('done' in event) patchUpload(entry.id, { progress: 1, status: 'done' });
                  else patchUpload(entry.id, { progress: event.progress });
                }),
                catchError((error: ApiError) => {
                  patchUpload(entry.id, { status: 'failed', error });
                  return EMPTY;
                }),
              );
            }),
          ),
        )
        .subscribe({
          complete: () => {
            batches.delete(subscription);
            refresh();
          },
        });
      if (!subscription.closed) batches.add(subscription);
    }

    const changes = changeFlow<TaskChangeRequest, TaskDetail>({
      state: store,
      patch: (patch) => patchState(store, patch),
      current: () => store.task(),
      key: changeKey,
      send,
      saved: (requested, saved) => {
        patchState(store, {
          task: saved,
          lastSaved: requested.kind === 'action' ? requested.action : 'report',
        });
        if (requested.kind === 'report') {
          // Reports are newest first: the one just made leads the list.
          const report = saved.reports[0];
          if (report) uploadEvidence(report.id, requested.files);
        }
      },
      reload: () => {
        const id = store.taskId();
        return id ? api.task(id) : null;
      },
      reloaded: (task) => patchState(store, { task }),
      newRequestId,
    });
    const { settle, fail } = changes;

    return {
      load,

      /** Takes a workflow action (start, accept, return, cancel, reopen). */
      act(action: TaskReviewAction, reason: string | null = null): Promise<ChangeOutcome> {
        return changes.withIntent(`action:${action}`, 'action', (requestId) =>
          changes.change({ kind: 'action', action, reason, requestId }),
        );
      },

      /** Reports progress; once recorded, the evidence files are uploaded to the new report. */
      report(percent: number, text: string, files: readonly File[]): Promise<ChangeOutcome> {
        return changes.withIntent('report', 'report', (requestId) =>
          changes.change({ kind: 'report', percent, text, requestId, files: [...files] }),
        );
      },

      /** Adds a comment; comments carry no version (they change nothing of the task's state). */
      comment(text: string): Promise<TaskComment | null> {
        const task = store.task();
        if (!task || store.pending().includes('comment')) return Promise.resolve(null);
        patchState(store, {
          pending: [...store.pending(), 'comment'],
          failures: withoutKey(store.failures(), 'comment'),
        });
        return new Promise((resolve) => {
          api.comment(task.id, { text }).subscribe({
            next: (comment) => {
              const current = store.task();
              if (current?.id === task.id) {
                patchState(store, { task: { ...current, comments: [...current.comments, comment] } });
              }
              settle('comment', 'saved');
              refresh();
              resolve(comment);
            },
            error: (error: ApiError) => {
              fail('comment', error);
              resolve(null);
            },
          });
        });
      },

      uploadEvidence,

      /** Aborts one evidence upload under way (or still waiting for its turn). */
      cancelUpload(id: string): void {
        const current = store.uploads().find((u) => u.id === id);
        if (current?.status !== 'uploading' && current?.status !== 'queued') return;
        patchUpload(id, { status: 'cancelled' });
        cancels.next(id);
      },

      /** After a conflict: loads the current task and sends the user's change again on top of it. */
      reapply: (): void => changes.reapply(),

      /** After a conflict: loads the current task and drops the user's change. */
      discard: (): void => changes.discard(),

      _stopUploads(): void {
        for (const subscription of batches) subscription.unsubscribe();
        batches.clear();
      },
    };
  }),
  withHooks({
    // Leaving the page aborts uploads under way rather than finishing them unseen.
    onDestroy: (store) => store._stopUploads(),
  }),
);

export type TaskDetailStore = InstanceType<typeof TaskDetailStore>;

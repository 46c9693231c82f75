import { computed, inject } from '@angular/core';
import { patchState, signalStore, withComputed, withHooks, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { ChangeOutcome, changeFlow } from '@ocop/common';
import {
  ApiError,
  availableActions,
  canEditChecklist,
  DossierActionRequest,
  DossierDetail,
  DossierItemChange,
  DossierTimelineEntry,
  Me,
  WorkflowActor,
  WorkflowDefinition,
  WorkflowDossier,
  workflowDefinition,
} from '@ocop/domain';
import { catchError, EMPTY, forkJoin, Observable, of, pipe, Subscription, switchMap, tap } from 'rxjs';
import { DossierApi } from './dossier-api';
import { newRequestId } from './dossier-labels';

/** An item change as the user made it; the version is added when it is sent. */
export type ItemEdit = Omit<DossierItemChange, 'version'>;

/** A change the user asked for, kept so it can be sent again on top of a newer version. */
export type DossierChange =
  | { kind: 'item'; itemId: string; edit: ItemEdit }
  | { kind: 'action'; action: string; request: Omit<DossierActionRequest, 'version'> }
  | { kind: 'delete-attachment'; attachmentId: string };

export type { ChangeOutcome } from '@ocop/common';

export interface UploadState {
  fileName: string;
  /** 0..1 */
  progress: number;
  status: 'uploading' | 'done' | 'failed' | 'cancelled';
  error: ApiError | null;
}

interface DossierDetailState {
  dossierId: string | null;
  status: 'loading' | 'loaded' | 'not-found' | 'error';
  error: ApiError | null;
  dossier: DossierDetail | null;
  me: Me | null;
  timeline: DossierTimelineEntry[];
  timelineStatus: 'loading' | 'loaded' | 'error';
  timelineError: ApiError | null;
  /** Keys (changeKey) of changes sent and not yet settled, a conflict waiting for the user included. */
  pending: string[];
  /** A change refused with 409 STALE_VERSION, waiting for the user to re-apply or drop it. */
  conflict: DossierChange | null;
  /** The last refusal per change key. */
  failures: Record<string, ApiError>;
  /** The last change saved, for a status message. */
  lastSaved: string | null;
  /** Per checklist item id. */
  uploads: Record<string, UploadState>;
}

const initialState: DossierDetailState = {
  dossierId: null,
  status: 'loading',
  error: null,
  dossier: null,
  me: null,
  timeline: [],
  timelineStatus: 'loading',
  timelineError: null,
  pending: [],
  conflict: null,
  failures: {},
  lastSaved: null,
  uploads: {},
};

/** One key per thing a user can change at a time: one item, one attachment, the dossier's state. */
export function changeKey(change: DossierChange): string {
  switch (change.kind) {
    case 'item':
      return `item:${change.itemId}`;
    case 'action':
      return 'action';
    case 'delete-attachment':
      return `attachment:${change.attachmentId}`;
  }
}

/** Who the engine sees: the signed-in user's roles and units from GET /api/me. */
export function actorOf(me: Me): WorkflowActor {
  return { roles: me.roles, communeCode: me.commune?.code ?? null, districtCode: me.district?.code ?? null };
}

function isNotFound(error: ApiError): boolean {
  return error.code === 'NOT_FOUND' || error.code === 'HTTP_404';
}

/**
 * The dossier page's state: the dossier, its timeline, the user, and the changes under way. Provided by the
 * page, so every visit starts clean. Every change carries the version it was based on; a stale one is kept
 * as `conflict` until the user reloads and re-applies it, or drops it.
 */
export const DossierDetailStore = signalStore(
  withState(initialState),
  withComputed(({ dossier, me }) => {
    const definition = computed<WorkflowDefinition | null>(() => {
      const d = dossier();
      if (!d) return null;
      try {
        return workflowDefinition(d.workflowId);
      } catch {
        return null;
      }
    });
    /** What the workflow engine needs to know about the dossier. */
    const subject = computed<WorkflowDossier | null>(() => {
      const d = dossier();
      return d ? { state: d.state, communeCode: d.commune.code, districtCode: d.districtCode } : null;
    });
    const actor = computed(() => {
      const m = me();
      return m ? actorOf(m) : null;
    });
    return {
      definition,
      actor,
      /** Whether the domain lets the user change items and attachments now (the API checks it again). */
      canEdit: computed(() => {
        const d = subject();
        const def = definition();
        const a = actor();
        return !!d && !!def && !!a && canEditChecklist(def, d, a);
      }),
      /** The workflow's actions open to the user now, drawn from the definition, never hard-coded. */
      actions: computed(() => {
        const d = subject();
        const def = definition();
        const a = actor();
        return d && def && a ? availableActions(def, d, a) : [];
      }),
    };
  }),
  withMethods((store, api = inject(DossierApi)) => {
    const uploads = new Map<string, Subscription>();

    const loadTimeline = rxMethod<string>(
      pipe(
        tap(() => patchState(store, { timelineStatus: 'loading', timelineError: null })),
        switchMap((id) =>
          api.timeline(id).pipe(
            tap((timeline) => patchState(store, { timeline, timelineStatus: 'loaded' })),
            catchError((timelineError: ApiError) => {
              patchState(store, { timelineStatus: 'error', timelineError });
              return EMPTY;
            }),
          ),
        ),
      ),
    );

    const load = rxMethod<string>(
      pipe(
        tap((dossierId) =>
          patchState(store, {
            dossierId,
            status: 'loading',
            error: null,
            conflict: null,
            failures: {},
            lastSaved: null,
          }),
        ),
        switchMap((dossierId) => {
          const me = store.me();
          // The user is kept once known, also when the dossier failed: a retry asks only for the dossier.
          const me$ = me ? of(me) : api.me().pipe(tap((known) => patchState(store, { me: known })));
          return forkJoin({ me: me$, dossier: api.get(dossierId) }).pipe(
            tap(({ me, dossier }) => {
              patchState(store, { me, dossier, status: 'loaded' });
              loadTimeline(dossierId);
            }),
            catchError((error: ApiError) => {
              patchState(store, { status: isNotFound(error) ? 'not-found' : 'error', error });
              return EMPTY;
            }),
          );
        }),
      ),
    );

    function send(requested: DossierChange, dossier: DossierDetail): Observable<DossierDetail> {
      const version = dossier.version;
      switch (requested.kind) {
        case 'item':
          return api.updateItem(dossier.id, requested.itemId, { ...requested.edit, version });
        case 'action':
          return api.act(dossier.id, requested.action, { ...requested.request, version });
        case 'delete-attachment':
          return api.deleteAttachment(dossier.id, requested.attachmentId, version);
      }
    }

    const changes = changeFlow<DossierChange, DossierDetail>({
      state: store,
      patch: (patch) => patchState(store, patch),
      current: () => store.dossier(),
      key: changeKey,
      send,
      saved: (requested, saved) => {
        patchState(store, { dossier: saved, lastSaved: changeKey(requested) });
        loadTimeline(saved.id);
      },
      reload: () => {
        const id = store.dossierId();
        return id ? api.get(id) : null;
      },
      reloaded: (dossier) => {
        patchState(store, { dossier });
        loadTimeline(dossier.id);
      },
      newRequestId,
    });

    function uploadError(itemId: string, fileName: string, error: ApiError): void {
      patchState(store, {
        uploads: { ...store.uploads(), [itemId]: { fileName, progress: 0, status: 'failed', error } },
      });
    }

    return {
      load,
      loadTimeline: () => {
        const id = store.dossierId();
        if (id) loadTimeline(id);
      },

      /**
       * Sends a change based on the dossier the user sees. Resolves once it is settled: a conflict keeps it
       * open until the user re-applies (then it resolves with that attempt's outcome) or drops it.
       */
      change: (requested: DossierChange): Promise<ChangeOutcome> => changes.change(requested),

      /**
       * Takes a workflow action. One user intent keeps one request id until it is settled, so a retry after
       * a lost answer cannot make a second transition (the API answers a repeated id with the first result).
       */
      act(
        action: string,
        request: Omit<DossierActionRequest, 'version' | 'requestId'>,
      ): Promise<ChangeOutcome> {
        return changes.withIntent(action, 'action', (requestId) =>
          changes.change({ kind: 'action', action, request: { ...request, requestId } }),
        );
      },

      /** After a conflict: loads the current dossier and sends the user's change again on top of it. */
      reapply: (): void => changes.reapply(),

      /** After a conflict: loads the current dossier and drops the user's change. */
      discard: (): void => changes.discard(),

      /**
       * Uploads a file to an item; progress and the result land in `uploads[itemId]`. A `refusal` found
       * before sending (the domain's checks, the API's own codes and messages) is shown the same way.
       */
      upload(itemId: string, file: File, refusal: ApiError | null = null): void {
        const dossier = store.dossier();
        if (!dossier || store.uploads()[itemId]?.status === 'uploading') return;
        if (refusal !== null) {
          uploadError(itemId, file.name, refusal);
          return;
        }
        patchState(store, {
          uploads: {
            ...store.uploads(),
            [itemId]: { fileName: file.name, progress: 0, status: 'uploading', error: null },
          },
        });
        const subscription = api.upload(dossier.id, itemId, file).subscribe({
          next: (event) => {
            if ('done' in event) {
              patchState(store, {
                dossier: event.done,
                uploads: {
                  ...store.uploads(),
                  [itemId]: { fileName: file.name, progress: 1, status: 'done', error: null },
                },
              });
              loadTimeline(event.done.id);
            } else {
              const current = store.uploads()[itemId];
              if (current?.status !== 'uploading') return;
              patchState(store, {
                uploads: { ...store.uploads(), [itemId]: { ...current, progress: event.progress } },
              });
            }
          },
          error: (error: ApiError) => {
            uploads.delete(itemId);
            uploadError(itemId, file.name, error);
          },
          complete: () => uploads.delete(itemId),
        });
        if (!subscription.closed) uploads.set(itemId, subscription);
      },

      /** Aborts the item's upload under way; the API keeps nothing of it. */
      cancelUpload(itemId: string): void {
        const current = store.uploads()[itemId];
        uploads.get(itemId)?.unsubscribe();
        uploads.delete(itemId);
        if (current?.status === 'uploading') {
          patchState(store, {
            uploads: { ...store.uploads(), [itemId]: { ...current, status: 'cancelled' } },
          });
        }
      },

      _stopUploads(): void {
        for (const subscription of uploads.values()) subscription.unsubscribe();
        uploads.clear();
      },
    };
  }),
  withHooks({
    // Leaving the page aborts uploads under way rather than finishing them unseen.
    onDestroy: (store) => store._stopUploads(),
  }),
);

export type DossierDetailStore = InstanceType<typeof DossierDetailStore>;

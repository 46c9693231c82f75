import { ApiError } from '@ocop/domain';
import { Observable } from 'rxjs';

/**
 * How a change ended: saved; refused (the error is in `failures`); dropped by the user after a conflict; or
 * not sent because the same change is already under way.
 */
export type ChangeOutcome = 'saved' | 'failed' | 'discarded' | 'busy';

/** The part of a detail page's store the change flow reads and writes. */
export interface ChangeFlowState<C> {
  /** Keys of changes sent and not yet settled, a conflict waiting for the user included. */
  pending: string[];
  /** A change refused with 409 STALE_VERSION, waiting for the user to re-apply or drop it. */
  conflict: C | null;
  /** The last refusal per change key. */
  failures: Record<string, ApiError>;
  /** The last change saved, for a status message. */
  lastSaved: string | null;
}

/** What the flow needs of the page: its state, the record the user sees, and how to send and reload it. */
export interface ChangeFlowOptions<C, R> {
  /** Readers of the state (a signal store's own signals fit). */
  state: { [K in 'pending' | 'conflict' | 'failures']: () => ChangeFlowState<C>[K] };
  patch: (patch: Partial<ChangeFlowState<C>>) => void;
  /** The record as the user sees it; null before it is loaded. */
  current: () => R | null;
  /** One key per thing a user can change at a time. */
  key: (change: C) => string;
  /** Sends the change on top of `record`'s version. */
  send: (change: C, record: R) => Observable<R>;
  /** Keeps what the server saved (and says what in `lastSaved`). */
  saved: (change: C, record: R) => void;
  /** The record as the server has it now; null when there is nothing to ask for. */
  reload: () => Observable<R> | null;
  reloaded: (record: R) => void;
  newRequestId: () => string;
}

export interface ChangeFlow<C> {
  /**
   * Sends a change based on the record the user sees. Resolves once it is settled: a conflict keeps it open
   * until the user re-applies (then it resolves with that attempt's outcome) or drops it.
   */
  change(requested: C): Promise<ChangeOutcome>;
  /**
   * Runs one user intent under one request id until it is settled, so a retry after a lost answer cannot act
   * twice (the API answers a repeated id with the first result); a definite answer ends the intent.
   */
  withIntent(
    intent: string,
    key: string,
    run: (requestId: string) => Promise<ChangeOutcome>,
  ): Promise<ChangeOutcome>;
  /** After a conflict: reloads the record and sends the user's change again on top of it. */
  reapply(): void;
  /** After a conflict: reloads the record and drops the user's change. */
  discard(): void;
  settle(key: string, outcome: ChangeOutcome): void;
  fail(key: string, error: ApiError): void;
}

/**
 * Whether a failed change may still have happened on the server (no answer, or a server fault), so a retry
 * must carry the same request id; a refusal the API answered (400, 403, 409) means nothing happened.
 */
export function outcomeUncertain(error: ApiError): boolean {
  return ['NETWORK', 'CLIENT', 'INTERNAL'].includes(error.code) || /^HTTP_5\d\d$/.test(error.code);
}

/** A copy of `record` without `key`. */
export function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/**
 * Optimistic-concurrency changes of one record (a dossier, a task): every change carries the version it was
 * based on; a stale one (409 STALE_VERSION) is kept as `conflict` until the user reloads and re-applies it,
 * or drops it. Callers wait on a promise that settles with the change.
 */
export function changeFlow<C, R>(options: ChangeFlowOptions<C, R>): ChangeFlow<C> {
  const { state, patch, key } = options;
  /** The request id of each intent not yet settled, reused when it is retried. */
  const intents = new Map<string, string>();
  /** The callers of changes still waiting (a conflict resolves them later), by change key. */
  const waiting = new Map<string, (outcome: ChangeOutcome) => void>();

  function settle(changeKey: string, outcome: ChangeOutcome): void {
    patch({ pending: state.pending().filter((k) => k !== changeKey) });
    const resolve = waiting.get(changeKey);
    waiting.delete(changeKey);
    resolve?.(outcome);
  }

  function fail(changeKey: string, error: ApiError): void {
    patch({ failures: { ...state.failures(), [changeKey]: error } });
    settle(changeKey, 'failed');
  }

  /** Sends the change on top of `record` (the version the user saw, or a reloaded one). */
  function attempt(requested: C, record: R): void {
    const changeKey = key(requested);
    patch({ failures: withoutKey(state.failures(), changeKey), lastSaved: null });
    options.send(requested, record).subscribe({
      next: (saved) => {
        options.saved(requested, saved);
        settle(changeKey, 'saved');
      },
      error: (error: ApiError) => {
        if (error.code === 'STALE_VERSION') patch({ conflict: requested });
        else fail(changeKey, error);
      },
    });
  }

  /** Loads the record as the server has it now, then `then`; `onError` when that fails. */
  function reload(then: (record: R) => void, onError: (error: ApiError) => void): void {
    options.reload()?.subscribe({
      next: (record) => {
        options.reloaded(record);
        then(record);
      },
      error: onError,
    });
  }

  /** The conflict, cleared: the user has chosen what to do with it. */
  function takeConflict(): C | null {
    const refused = state.conflict();
    if (refused) patch({ conflict: null });
    return refused;
  }

  return {
    change(requested: C): Promise<ChangeOutcome> {
      const changeKey = key(requested);
      const record = options.current();
      if (!record || state.pending().includes(changeKey) || state.conflict()) return Promise.resolve('busy');
      patch({ pending: [...state.pending(), changeKey] });
      const outcome = new Promise<ChangeOutcome>((resolve) => waiting.set(changeKey, resolve));
      attempt(requested, record);
      return outcome;
    },

    async withIntent(intent, changeKey, run) {
      const requestId = intents.get(intent) ?? options.newRequestId();
      intents.set(intent, requestId);
      const outcome = await run(requestId);
      const error = state.failures()[changeKey];
      if (
        outcome === 'saved' ||
        outcome === 'discarded' ||
        (outcome === 'failed' && error && !outcomeUncertain(error))
      ) {
        intents.delete(intent);
      }
      return outcome;
    },

    reapply(): void {
      const refused = takeConflict();
      if (!refused) return;
      reload(
        (record) => attempt(refused, record),
        (error) => fail(key(refused), error),
      );
    },

    discard(): void {
      const refused = takeConflict();
      if (!refused) return;
      const changeKey = key(refused);
      reload(
        () => settle(changeKey, 'discarded'),
        (error) => fail(changeKey, error),
      );
    },

    settle,
    fail,
  };
}

import { signal } from '@angular/core';
import { ApiError } from '@ocop/domain';
import { Observable, Subject } from 'rxjs';
import { ChangeFlowState, ChangeOutcome, changeFlow, outcomeUncertain } from './change-flow';

interface Doc {
  version: number;
}
interface Edit {
  key: string;
  requestId?: string;
}

function error(code: string): ApiError {
  return { code, message: code };
}

/** A flow over a document at version 1, with every request and reload answered by hand. */
function setUp() {
  const pending = signal<string[]>([]);
  const conflict = signal<Edit | null>(null);
  const failures = signal<Record<string, ApiError>>({});
  const lastSaved = signal<string | null>(null);
  const doc = signal<Doc | null>({ version: 1 });
  const sent: { edit: Edit; version: number; answer: Subject<Doc> }[] = [];
  const reloads: Subject<Doc>[] = [];
  let ids = 0;
  const flow = changeFlow<Edit, Doc>({
    state: { pending, conflict, failures },
    patch: (patch: Partial<ChangeFlowState<Edit>>) => {
      if (patch.pending) pending.set(patch.pending);
      if (patch.conflict !== undefined) conflict.set(patch.conflict);
      if (patch.failures) failures.set(patch.failures);
      if (patch.lastSaved !== undefined) lastSaved.set(patch.lastSaved);
    },
    current: () => doc(),
    key: (edit) => edit.key,
    send: (edit, record): Observable<Doc> => {
      const answer = new Subject<Doc>();
      sent.push({ edit, version: record.version, answer });
      return answer;
    },
    saved: (edit, saved) => {
      doc.set(saved);
      lastSaved.set(edit.key);
    },
    reload: () => {
      const answer = new Subject<Doc>();
      reloads.push(answer);
      return answer;
    },
    reloaded: (record) => doc.set(record),
    newRequestId: () => `id-${++ids}`,
  });
  return { flow, pending, conflict, failures, lastSaved, doc, sent, reloads };
}

function answer<T>(subject: Subject<T>, value: T): void {
  subject.next(value);
  subject.complete();
}

describe('changeFlow', () => {
  it('sends on the version the user saw and settles as saved', async () => {
    const s = setUp();
    const outcome = s.flow.change({ key: 'item:a' });

    expect(s.pending()).toEqual(['item:a']);
    expect(await s.flow.change({ key: 'item:a' })).toBe('busy');
    expect(s.sent.length).toBe(1);
    expect(s.sent[0].version).toBe(1);
    answer(s.sent[0].answer, { version: 2 });

    expect(await outcome).toBe('saved');
    expect(s.pending()).toEqual([]);
    expect(s.lastSaved()).toBe('item:a');
    expect(s.doc()!.version).toBe(2);
  });

  it('keeps a stale change as the conflict, and re-applies it on the reloaded version', async () => {
    const s = setUp();
    let outcome: ChangeOutcome | null = null;
    void s.flow.change({ key: 'item:a' }).then((o) => (outcome = o));
    s.sent[0].answer.error(error('STALE_VERSION'));
    await Promise.resolve();

    expect(s.conflict()).toEqual({ key: 'item:a' });
    expect(outcome).toBeNull();
    expect(await s.flow.change({ key: 'item:b' })).toBe('busy');

    s.flow.reapply();
    expect(s.conflict()).toBeNull();
    answer(s.reloads[0], { version: 5 });
    expect(s.sent[1].version).toBe(5);
    answer(s.sent[1].answer, { version: 6 });
    await Promise.resolve();

    expect(outcome as ChangeOutcome | null).toBe('saved');
    expect(s.doc()!.version).toBe(6);
  });

  it('drops a conflict on discard, keeping the reloaded record', async () => {
    const s = setUp();
    const outcome = s.flow.change({ key: 'item:a' });
    s.sent[0].answer.error(error('STALE_VERSION'));

    s.flow.discard();
    answer(s.reloads[0], { version: 9 });

    expect(await outcome).toBe('discarded');
    expect(s.sent.length).toBe(1);
    expect(s.doc()!.version).toBe(9);
    expect(s.pending()).toEqual([]);
  });

  it('keeps an intent’s request id while its outcome is uncertain, and a new one after a refusal', async () => {
    const s = setUp();
    const run = () =>
      s.flow.withIntent('act', 'act', (requestId) => s.flow.change({ key: 'act', requestId }));

    const first = run();
    s.sent[0].answer.error(error('NETWORK'));
    expect(await first).toBe('failed');
    expect(s.failures()['act'].code).toBe('NETWORK');

    const second = run();
    expect(s.sent[1].edit.requestId).toBe(s.sent[0].edit.requestId);
    s.sent[1].answer.error(error('FORBIDDEN'));
    expect(await second).toBe('failed');

    void run();
    expect(s.sent[2].edit.requestId).not.toBe(s.sent[0].edit.requestId);
  });

  it('counts no answer and server faults as uncertain, refusals as definite', () => {
    expect(['NETWORK', 'CLIENT', 'INTERNAL', 'HTTP_502'].map((c) => outcomeUncertain(error(c)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['FORBIDDEN', 'STALE_VERSION', 'HTTP_404'].map((c) => outcomeUncertain(error(c)))).toEqual([
      false,
      false,
      false,
    ]);
  });
});

import type { ApiHttpError } from '../../http/api-http-error';
import type { PreparedExport } from './export-kind';
import { ExportJobs, MAX_RUNNING_PER_USER } from './export-jobs';

/** A build the test finishes (or fails) when it chooses, so "running" is never a race. */
function heldExport(): { prepared: PreparedExport; finish: () => void; fail: () => void } {
  let finish!: () => void;
  let fail!: () => void;
  const held = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = () => reject(new Error('disk full'));
  });
  return {
    prepared: {
      fileName: 'ho-so.xlsx',
      contentType: 'application/octet-stream',
      total: 4,
      async build(progress) {
        progress(2);
        await held;
        progress(4);
        return Buffer.from('file');
      },
    },
    finish,
    fail,
  };
}

const silent = { error: () => undefined };
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ExportJobs', () => {
  let jobs: ExportJobs;
  beforeEach(() => (jobs = new ExportJobs()));
  afterEach(() => jobs.clear());

  it(`refuses a user's job past ${MAX_RUNNING_PER_USER} running with 429 EXPORT_BUSY, not another user's`, async () => {
    const held = [heldExport(), heldExport(), heldExport()];
    for (const h of held) jobs.start('ann', 'dossiers', 'xlsx', h.prepared, silent);
    expect(() => jobs.start('ann', 'dossiers', 'xlsx', heldExport().prepared, silent)).toThrowMatching(
      (e) => (e as ApiHttpError).statusCode === 429 && (e as ApiHttpError).code === 'EXPORT_BUSY',
    );
    expect(() => jobs.checkCapacity('bob')).not.toThrow();

    held[0]!.finish();
    await settle();
    expect(() => jobs.checkCapacity('ann')).not.toThrow();
  });

  it('reports progress, refuses the file until ready (409) and hides a job from other users (404)', async () => {
    const h = heldExport();
    const started = jobs.start('ann', 'dossiers', 'xlsx', h.prepared, silent);
    expect(jobs.job('ann', started.id)).toEqual(
      jasmine.objectContaining({ state: 'running', done: 2, total: 4 }),
    );
    expect(() => jobs.file('ann', started.id)).toThrowMatching(
      (e) => (e as ApiHttpError).code === 'EXPORT_NOT_READY',
    );
    expect(() => jobs.job('bob', started.id)).toThrowMatching((e) => (e as ApiHttpError).statusCode === 404);

    h.finish();
    await settle();
    expect(jobs.job('ann', started.id)).toEqual(
      jasmine.objectContaining({ state: 'ready', done: 4, total: 4, fileName: 'ho-so.xlsx', size: 4 }),
    );
    expect(jobs.file('ann', started.id).bytes.toString()).toBe('file');
  });

  it('keeps a failure as a Vietnamese message and answers 409 EXPORT_FAILED for its file', async () => {
    const h = heldExport();
    const logged: object[] = [];
    const started = jobs.start('ann', 'dossiers', 'xlsx', h.prepared, { error: (d) => logged.push(d) });
    h.fail();
    await settle();
    const failed = jobs.job('ann', started.id);
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/Không tạo được tệp/);
    expect(logged.length).toBe(1);
    expect(() => jobs.file('ann', started.id)).toThrowMatching(
      (e) => (e as ApiHttpError).code === 'EXPORT_FAILED',
    );
  });
});

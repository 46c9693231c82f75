import type { ApiError, ExportJob } from '@ocop/domain';

import { startTestApp, type TestApp } from '../../testing/test-app';
import { postExport, readSheets } from './testing/export-testing';

// Five batches of 2,000: enough to show the yielding and the progress without slowing the suite.
const ROWS = 10_000;

/**
 * A 10,000-row export: built in batches that let other requests through, its progress, and 409 for the
 * file before it is ready (429 EXPORT_BUSY is proven on ExportJobs directly, without a race). The rows are inserted in one statement.
 */
describe('a large export', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const [producer] = await t.db.query<{ id: string }>(
      `insert into producers (type, name, commune_code, search_text)
       values ('ho-kinh-doanh', 'Hộ Nông Văn Tải', '06322', 'ho nong van tai') returning id`,
    );
    await t.db.query(
      `insert into products (name, product_group_code, producer_id, commune_code, search_text)
       select 'Miến dong tải ' || lpad(n::text, 5, '0'), '1.1.1', $1, '06322', 'mien dong tai ' || lpad(n::text, 5, '0')
       from generate_series(1, ${ROWS}) as n`,
      [producer!.id],
    );
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('answers /api/health while it builds, refuses the file before it is ready, then finishes', async () => {
    const started = await postExport(t, 'xa.huule', 'products', { q: 'mien dong tai' });
    expect(started.statusCode).withContext(started.body).toBe(202);
    const job = started.json<ExportJob>();
    expect(job).toEqual(jasmine.objectContaining({ state: 'running', total: ROWS, fileName: null }));

    const health = await t.app.inject('/api/health/live');
    expect(health.statusCode).toBe(200);
    // The health answer came while the export was still being built: the build yields between batches.
    const during = (await t.inject('xa.huule', `/api/exports/${job.id}`)).json<ExportJob>();
    expect(during.state).toBe('running');
    expect(during.done).toBeLessThan(ROWS);

    const early = await t.inject('xa.huule', `/api/exports/${job.id}/file`);
    expect(early.statusCode).toBe(409);
    expect(early.json<ApiError>().code).toBe('EXPORT_NOT_READY');

    const seen: number[] = [];
    let current = during;
    while (current.state === 'running') {
      seen.push(current.done);
      await new Promise((resolve) => setTimeout(resolve, 20));
      current = (await t.inject('xa.huule', `/api/exports/${job.id}`)).json<ExportJob>();
    }
    expect(current).toEqual(jasmine.objectContaining({ state: 'ready', done: ROWS, total: ROWS }));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const file = await t.inject('xa.huule', `/api/exports/${job.id}/file`);
    expect(file.statusCode).toBe(200);
    const data = (await readSheets(file.rawPayload))[0]!.data;
    expect(data.length).toBe(7 + ROWS);
    expect(data[7]?.[1]).toBe('Miến dong tải 00001');
    expect(data[7 + ROWS - 1]?.[1]).toBe('Miến dong tải 10000');
    expect(data[7 + ROWS - 1]?.[0]).toBe(ROWS);
  }, 300_000);
});

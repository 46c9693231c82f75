import type { ApiError, FieldError, TaskDetail } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { insertPlan, insertReport, insertTask, taskState } from './testing/progress-fixtures';
import { progressReport } from './testing/progress-requests';

/** Progress reports: the percentage the unit chooses, validated before anything is written. */

/** The Hữu Lễ liquor's producer (seed/van-quan-2020.ts), registered in Xã Hữu Lễ (06322). */
const HUU_LE_PRODUCER = '0c0b2020-0000-4000-8000-000000000101';

describe('progress reports', () => {
  let t: TestApp;
  let planId: string;

  beforeAll(async () => {
    t = await startTestApp();
    planId = (await insertPlan(t.db)).id;
  });

  afterAll(async () => {
    await t.close();
  });

  for (const percent of [-5, 120, 'abc', 50.5, null, '50']) {
    it(`refuses the percentage ${JSON.stringify(percent)} with a clear 400 and saves nothing`, async () => {
      const taskId = await insertTask(t.db, planId, { status: 'in_progress' });
      const before = await taskState(t.db, taskId);
      const res = await t.inject('vq.yte', progressReport(taskId, { percent, text: 'Đã làm', version: 1 }));
      expect(res.statusCode).withContext(res.body).toBe(400);
      const body = res.json<ApiError>();
      expect(body.code).toBe('VALIDATION_FAILED');
      const errors = body.details as FieldError[];
      expect(errors.map((e) => e.field)).toEqual(['percent']);
      expect(errors[0]?.message).toMatch(/\S/);
      const after = await taskState(t.db, taskId);
      expect(after).toEqual(before);
      expect(after).toEqual(jasmine.objectContaining({ version: 1, status: 'in_progress', reports: 0 }));
    });
  }

  it('accepts 0 and 100 as whole percentages', async () => {
    const zero = await insertTask(t.db, planId);
    const res0 = await t.inject(
      'vq.yte',
      progressReport(zero, { percent: 0, text: 'Chưa bắt đầu', version: 1 }),
    );
    expect(res0.statusCode).withContext(res0.body).toBe(201);
    expect(res0.json<TaskDetail>().status).toBe('in_progress');

    const full = await insertTask(t.db, planId);
    const res100 = await t.inject('vq.yte', progressReport(full, { percent: 100, text: 'Xong', version: 1 }));
    expect(res100.statusCode).withContext(res100.body).toBe(201);
    expect(res100.json<TaskDetail>().status).toBe('reported_done');
    expect(res100.json<TaskDetail>().reports[0]?.review).toBe('pending');
  });

  it('requires a text', async () => {
    const taskId = await insertTask(t.db, planId);
    const res = await t.inject('vq.yte', progressReport(taskId, { percent: 30, text: '  ', version: 1 }));
    expect(res.statusCode).toBe(400);
    expect((res.json<ApiError>().details as FieldError[]).map((e) => e.field)).toEqual(['text']);
    expect((await taskState(t.db, taskId)).reports).toBe(0);
  });

  it('refuses a second report while one waits for review', async () => {
    const taskId = await insertTask(t.db, planId, { status: 'in_progress' });
    await insertReport(t.db, taskId, { percent: 30 });
    const res = await t.inject('vq.yte', progressReport(taskId, { percent: 60, text: 'Thêm', version: 1 }));
    expect(res.statusCode).withContext(res.body).toBe(409);
    expect(res.json<ApiError>()).toEqual(
      jasmine.objectContaining({ code: 'PENDING_REPORT', message: jasmine.stringMatching(/chờ/) }),
    );
    expect(await taskState(t.db, taskId)).toEqual(jasmine.objectContaining({ version: 1, reports: 1 }));
  });

  it('refuses a stale version with the current one', async () => {
    const taskId = await insertTask(t.db, planId);
    await t.db.query('update tasks set version = 4 where id = $1', [taskId]);
    const res = await t.inject(
      'vq.yte',
      progressReport(taskId, { percent: 10, text: 'Bắt đầu', version: 3 }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json<ApiError>()).toEqual(
      jasmine.objectContaining({ code: 'STALE_VERSION', details: { currentVersion: 4 } }),
    );
    expect((await taskState(t.db, taskId)).reports).toBe(0);
  });

  it('answers a retried report (same request id) from the first one, reporting once', async () => {
    const taskId = await insertTask(t.db, planId);
    const request = progressReport(taskId, {
      percent: 25,
      text: 'Đã khảo sát',
      version: 1,
      requestId: 'c0ffee00-report-1',
    });
    const first = await t.inject('vq.yte', request);
    expect(first.statusCode).withContext(first.body).toBe(201);
    expect(first.headers['ocop-replayed']).toBeUndefined();
    const second = await t.inject('vq.yte', request);
    expect(second.statusCode).withContext(second.body).toBe(201);
    expect(second.headers['ocop-replayed']).toBe('true');
    expect(second.json<TaskDetail>()).toEqual(first.json<TaskDetail>());
    expect(await taskState(t.db, taskId)).toEqual(
      jasmine.objectContaining({ version: 2, reports: 1, auditEntries: 1 }),
    );
  });

  it('lets the standing unit report for a unit that reported on paper, signed with its own unit', async () => {
    const taskId = await insertTask(t.db, planId, { lead: 'commune:06322' });
    const res = await t.inject(
      'vq.nongnghiep',
      progressReport(taskId, { percent: 70, text: 'Theo báo cáo giấy của xã', version: 1 }),
    );
    expect(res.statusCode).withContext(res.body).toBe(201);
    expect(res.json<TaskDetail>().reports[0]?.reportedBy.unit).toBe(
      'Phòng Nông nghiệp và Phát triển nông thôn',
    );
  });

  it("lets a commune office report for a producer of its commune, and not another commune's", async () => {
    const taskId = await insertTask(t.db, planId, { lead: `producer:${HUU_LE_PRODUCER}` });
    const other = await t.inject(
      'xa.vanquan',
      progressReport(taskId, { percent: 20, text: 'x', version: 1 }),
    );
    expect(other.statusCode).toBe(404);
    const res = await t.inject(
      'xa.huule',
      progressReport(taskId, { percent: 20, text: 'Cơ sở đã hoàn thiện nhãn', version: 1 }),
    );
    expect(res.statusCode).withContext(res.body).toBe(201);
    expect(res.json<TaskDetail>().reports[0]?.reportedBy.unit).toBe('Xã Hữu Lễ');
  });

  it('refuses cooperating units, readers and finished tasks', async () => {
    const taskId = await insertTask(t.db, planId, { cooperating: ['department:KTHT'] });
    for (const user of ['vq.kinhte', 'so.nongnghiep'] as const) {
      const res = await t.inject(user, progressReport(taskId, { percent: 10, text: 'x', version: 1 }));
      expect(res.statusCode).withContext(user).toBe(403);
      expect(res.json<ApiError>().code).toBe('FORBIDDEN');
    }
    const accepted = await insertTask(t.db, planId, { status: 'accepted' });
    const late = await t.inject('vq.yte', progressReport(accepted, { percent: 100, text: 'x', version: 1 }));
    expect(late.statusCode).toBe(409);
    expect(late.json<ApiError>().code).toBe('INVALID_STATE');
    expect((await taskState(t.db, taskId)).reports + (await taskState(t.db, accepted)).reports).toBe(0);
  });
});

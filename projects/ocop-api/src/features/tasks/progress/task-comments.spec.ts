import type { ApiError, FieldError, TaskComment, TaskDetail } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { insertPlan, insertTask, taskState } from './testing/progress-fixtures';
import { progressReport, taskComment } from './testing/progress-requests';

/** Comments: the lead, cooperating and standing units talk on the task; readers and strangers do not. */

describe('task comments', () => {
  let t: TestApp;
  let planId: string;

  beforeAll(async () => {
    t = await startTestApp();
    planId = (await insertPlan(t.db)).id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('takes comments of the lead, a cooperating and the standing unit, signed with their units', async () => {
    const taskId = await insertTask(t.db, planId, { cooperating: ['commune:06322', 'department:KTHT'] });
    const said: [Parameters<TestApp['inject']>[0], string, string][] = [
      ['vq.yte', 'Đã liên hệ cơ sở', 'Trung tâm Y tế'],
      ['xa.huule', 'Xã sẽ cử cán bộ đi cùng', 'Xã Hữu Lễ'],
      ['vq.kinhte', 'Phòng KT-HT hỗ trợ nhãn mác', 'Phòng Kinh tế và Hạ tầng'],
      ['vq.nongnghiep', 'Đề nghị hoàn thành trước 30/6', 'Phòng Nông nghiệp và Phát triển nông thôn'],
    ];
    for (const [user, text, unit] of said) {
      const res = await t.inject(user, taskComment(taskId, text));
      expect(res.statusCode).withContext(`${user}: ${res.body}`).toBe(201);
      const comment = res.json<TaskComment>();
      expect(comment).toEqual({
        id: jasmine.any(String),
        text,
        author: { name: jasmine.any(String), unit },
        createdAt: jasmine.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
    }
    const state = await taskState(t.db, taskId);
    // A comment does not raise the version: it must not make the lead unit's pending report stale.
    expect(state).toEqual(jasmine.objectContaining({ version: 1, comments: 4, auditEntries: 4 }));
    const report = await t.inject(
      'vq.yte',
      progressReport(taskId, { percent: 10, text: 'Bắt đầu', version: 1 }),
    );
    expect(report.statusCode).withContext(report.body).toBe(201);
    const detail = report.json<TaskDetail>();
    expect(detail.comments.map((c) => c.text)).toEqual(said.map(([, text]) => text));
    expect(detail.timeline.map((e) => e.action)).toEqual([
      'task.commented',
      'task.commented',
      'task.commented',
      'task.commented',
      'task.reported',
    ]);
  });

  it('refuses a reader (403), a stranger (404) and an empty text (400), saving nothing', async () => {
    const taskId = await insertTask(t.db, planId);
    const reader = await t.inject('so.nongnghiep', taskComment(taskId, 'Tỉnh theo dõi'));
    expect(reader.statusCode).toBe(403);
    expect(reader.json<ApiError>().code).toBe('FORBIDDEN');
    const stranger = await t.inject('xa.vanquan', taskComment(taskId, 'Xin chào'));
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json<ApiError>().code).toBe('TASK_NOT_FOUND');
    for (const text of ['', '   ', 42]) {
      const res = await t.inject('vq.yte', taskComment(taskId, text));
      expect(res.statusCode).withContext(JSON.stringify(text)).toBe(400);
      expect((res.json<ApiError>().details as FieldError[]).map((e) => e.field)).toEqual(['text']);
    }
    expect(await taskState(t.db, taskId)).toEqual(jasmine.objectContaining({ comments: 0, auditEntries: 0 }));
  });

  it('refuses comments on a cancelled task', async () => {
    const taskId = await insertTask(t.db, planId, { status: 'cancelled' });
    const res = await t.inject('vq.nongnghiep', taskComment(taskId, 'Còn cần không?'));
    expect(res.statusCode).toBe(409);
    expect(res.json<ApiError>().code).toBe('INVALID_STATE');
  });
});

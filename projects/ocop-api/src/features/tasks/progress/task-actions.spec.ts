import type { ApiError, AttachmentInfo, TaskDetail } from '@ocop/domain';
import {
  type AttachmentTestApp,
  pdfBytes,
  sha256,
  startAttachmentApp,
} from '../../attachments/attachments-testing';
import {
  insertPlan,
  insertQuarterlySeries,
  insertReport,
  insertTask,
  taskState,
} from './testing/progress-fixtures';
import { evidenceDownload, evidenceUpload, progressReport, taskAction } from './testing/progress-requests';

/**
 * The workflow of a task through the API (issue #6 acceptance): Trung tâm Y tế of Văn Quan reports 50 % with a
 * PDF as evidence, the standing unit returns it with a reason, the centre reports again, the standing unit
 * accepts; and every refusal on the way.
 */

const TASK_NOT_FOUND = {
  code: 'TASK_NOT_FOUND',
  message: 'Không tìm thấy nhiệm vụ, hoặc nhiệm vụ không thuộc đơn vị của bạn.',
  details: null,
};

describe('task actions', () => {
  let t: AttachmentTestApp;
  let plan: { id: string; year: number };

  beforeAll(async () => {
    t = await startAttachmentApp();
    plan = await insertPlan(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  it('carries the report of Trung tâm Y tế through return and acceptance, every step audited', async () => {
    const taskId = await insertTask(t.db, plan.id, {
      lead: 'department:TTYT',
      cooperating: ['commune:06322'],
    });

    // 1. The centre reports 50 % and attaches the PDF it was asked for.
    const reported = await t.inject(
      'vq.yte',
      progressReport(taskId, {
        percent: 50,
        text: 'Đã tập huấn cho 2 cơ sở',
        version: 1,
        requestId: 'report-one-1',
      }),
    );
    expect(reported.statusCode).withContext(reported.body).toBe(201);
    const afterReport = reported.json<TaskDetail>();
    expect(afterReport.status).toBe('in_progress');
    expect(afterReport.version).toBe(2);
    expect(afterReport.reportedPercent).toBe(50);
    expect(afterReport.acceptedPercent).toBeNull();
    expect(afterReport.pendingReview).toBeTrue();
    const [firstReport] = afterReport.reports;
    expect(firstReport).toEqual(
      jasmine.objectContaining({
        percent: 50,
        text: 'Đã tập huấn cho 2 cơ sở',
        reportedBy: { name: jasmine.any(String), unit: 'Trung tâm Y tế' },
        review: 'pending',
        reviewedBy: null,
        returnReason: null,
        attachments: [],
      }),
    );
    const reportId = firstReport!.id;

    const pdf = pdfBytes(4000);
    const uploaded = await t.inject('vq.yte', evidenceUpload(reportId, 'Biên bản tập huấn.pdf', pdf));
    expect(uploaded.statusCode).withContext(uploaded.body).toBe(201);
    const evidence = uploaded.json<AttachmentInfo>();
    expect(evidence).toEqual(
      jasmine.objectContaining({
        fileName: 'Biên bản tập huấn.pdf',
        kind: 'pdf',
        size: 4000,
        sha256: sha256(pdf),
      }),
    );

    // 2. The standing unit sees the report with its evidence and may download it.
    const download = await t.inject('vq.nongnghiep', evidenceDownload(evidence.id));
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBeTrue();
    expect(download.headers['ocop-sha256']).toBe(sha256(pdf));

    // The centre cannot review its own report; the task is not even visible to another commune.
    const selfAccept = await t.inject('vq.yte', taskAction(taskId, { action: 'accept', version: 3 }));
    expect(selfAccept.statusCode).withContext(selfAccept.body).toBe(403);
    expect(selfAccept.json<ApiError>().code).toBe('FORBIDDEN');
    const stranger = await t.inject('xa.vanquan', taskAction(taskId, { action: 'accept', version: 3 }));
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json()).toEqual(TASK_NOT_FOUND);

    // A return needs a reason; a decision on a version older than the evidence is stale.
    const noReason = await t.inject('vq.nongnghiep', taskAction(taskId, { action: 'return', version: 3 }));
    expect(noReason.statusCode).withContext(noReason.body).toBe(422);
    expect(noReason.json<ApiError>().code).toBe('REASON_REQUIRED');
    const stale = await t.inject('vq.nongnghiep', taskAction(taskId, { action: 'accept', version: 2 }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ApiError>()).toEqual(
      jasmine.objectContaining({ code: 'STALE_VERSION', details: { currentVersion: 3 } }),
    );
    expect((await taskState(t.db, taskId)).status).toBe('in_progress');

    // 3. The standing unit returns it with a reason.
    const reason = 'Thiếu danh sách học viên ký nhận';
    const returned = await t.inject(
      'vq.nongnghiep',
      taskAction(taskId, { action: 'return', version: 3, reason, requestId: 'return-one-1' }),
    );
    expect(returned.statusCode).withContext(returned.body).toBe(200);
    const afterReturn = returned.json<TaskDetail>();
    expect(afterReturn.status).toBe('returned');
    expect(afterReturn.returnReason).toBe(reason);
    expect(afterReturn.pendingReview).toBeFalse();
    expect(afterReturn.reports[0]).toEqual(
      jasmine.objectContaining({ id: reportId, review: 'returned', returnReason: reason }),
    );
    expect(afterReturn.reports[0]?.reviewedBy).toEqual(jasmine.any(String));
    expect(afterReturn.reports[0]?.reviewedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(afterReturn.reports[0]?.attachments.map((a) => a.id)).toEqual([evidence.id]);

    // 4. The centre reports again, 100 %; 5. the standing unit accepts, and the task is done.
    const again = await t.inject(
      'vq.yte',
      progressReport(taskId, { percent: 100, text: 'Đã bổ sung danh sách', version: afterReturn.version }),
    );
    expect(again.statusCode).withContext(again.body).toBe(201);
    const afterAgain = again.json<TaskDetail>();
    expect(afterAgain.status).toBe('reported_done');
    expect(afterAgain.returnReason).toBeNull();
    expect(afterAgain.reports.map((r) => [r.percent, r.review])).toEqual([
      [100, 'pending'],
      [50, 'returned'],
    ]);

    const accepted = await t.inject(
      'vq.nongnghiep',
      taskAction(taskId, { action: 'accept', version: afterAgain.version, requestId: 'accept-one-1' }),
    );
    expect(accepted.statusCode).withContext(accepted.body).toBe(200);
    const done = accepted.json<TaskDetail>();
    expect(done.status).toBe('accepted');
    expect(done.acceptedPercent).toBe(100);
    expect(done.reports[0]?.review).toBe('accepted');
    expect(done.timeline.map((e) => e.action)).toEqual([
      'task.reported',
      'task.evidence-added',
      'task.returned',
      'task.reported',
      'task.accepted',
    ]);
    expect(done.timeline.find((e) => e.action === 'task.returned')?.comment).toBe(reason);

    // A replayed accept (the same request id) answers the task as it is, marked, and does nothing.
    const before = await taskState(t.db, taskId);
    const replay = await t.inject(
      'vq.nongnghiep',
      taskAction(taskId, { action: 'accept', version: afterAgain.version, requestId: 'accept-one-1' }),
    );
    expect(replay.statusCode).withContext(replay.body).toBe(200);
    expect(replay.headers['ocop-replayed']).toBe('true');
    expect(replay.json<TaskDetail>().version).toBe(done.version);
    expect(await taskState(t.db, taskId)).toEqual(before);
  });

  it('accepts a report below 100 % as accepted progress and keeps the task in progress', async () => {
    const taskId = await insertTask(t.db, plan.id, { status: 'in_progress' });
    await insertReport(t.db, taskId, { percent: 40 });
    const res = await t.inject('vq.nongnghiep', taskAction(taskId, { action: 'accept', version: 1 }));
    expect(res.statusCode).withContext(res.body).toBe(200);
    const task = res.json<TaskDetail>();
    expect(task.status).toBe('in_progress');
    expect(task.acceptedPercent).toBe(40);
    expect(task.pendingReview).toBeFalse();
  });

  it('lets the lead unit start an assigned task, once', async () => {
    const taskId = await insertTask(t.db, plan.id);
    const started = await t.inject('vq.yte', taskAction(taskId, { action: 'start', version: 1 }));
    expect(started.statusCode).withContext(started.body).toBe(200);
    expect(started.json<TaskDetail>().status).toBe('in_progress');
    expect(started.json<TaskDetail>().timeline.map((e) => e.action)).toEqual(['task.started']);

    const twice = await t.inject('vq.yte', taskAction(taskId, { action: 'start', version: 2 }));
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ApiError>().code).toBe('INVALID_STATE');
  });

  it('lets only the standing unit cancel (with a reason) and reopen', async () => {
    const taskId = await insertTask(t.db, plan.id, { status: 'in_progress' });
    const byLead = await t.inject(
      'vq.yte',
      taskAction(taskId, { action: 'cancel', version: 1, reason: 'Không cần' }),
    );
    expect(byLead.statusCode).toBe(403);

    const cancelled = await t.inject(
      'vq.nongnghiep',
      taskAction(taskId, { action: 'cancel', version: 1, reason: 'Trùng với nhiệm vụ III.3' }),
    );
    expect(cancelled.statusCode).withContext(cancelled.body).toBe(200);
    expect(cancelled.json<TaskDetail>().status).toBe('cancelled');

    const reopened = await t.inject(
      'vq.nongnghiep',
      taskAction(taskId, { action: 'reopen', version: 2, reason: 'Tỉnh yêu cầu thực hiện tiếp' }),
    );
    expect(reopened.statusCode).withContext(reopened.body).toBe(200);
    expect(reopened.json<TaskDetail>().status).toBe('in_progress');
    expect(reopened.json<TaskDetail>().timeline.map((e) => [e.action, e.comment])).toEqual([
      ['task.cancelled', 'Trùng với nhiệm vụ III.3'],
      ['task.reopened', 'Tỉnh yêu cầu thực hiện tiếp'],
    ]);
  });

  it('refuses readers and cooperating units (403) and callers who cannot see the task (404)', async () => {
    const taskId = await insertTask(t.db, plan.id, { cooperating: ['department:KTHT'] });
    for (const user of ['so.nongnghiep', 'vq.kinhte'] as const) {
      const res = await t.inject(user, taskAction(taskId, { action: 'start', version: 1 }));
      expect(res.statusCode).withContext(`${user}: ${res.body}`).toBe(403);
      expect(res.json<ApiError>().code).toBe('FORBIDDEN');
    }
    for (const user of ['xa.vanquan', 'xa.huule', 'cl.nongnghiep'] as const) {
      const res = await t.inject(user, taskAction(taskId, { action: 'start', version: 1 }));
      expect(res.statusCode).withContext(user).toBe(404);
      expect(res.json()).withContext(user).toEqual(TASK_NOT_FOUND);
    }
    const missing = await t.inject(
      'vq.nongnghiep',
      taskAction('00000000-0000-4000-8000-000000000000', { action: 'start', version: 1 }),
    );
    expect(missing.json()).toEqual(TASK_NOT_FOUND);
    expect(await taskState(t.db, taskId)).toEqual(
      jasmine.objectContaining({ version: 1, status: 'assigned', auditEntries: 0 }),
    );
  });

  it('refuses an unknown action and a missing version with field errors', async () => {
    const taskId = await insertTask(t.db, plan.id);
    const res = await t.inject('vq.nongnghiep', {
      method: 'POST',
      url: `/api/tasks/tasks/${taskId}/actions`,
      payload: { action: 'report' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<ApiError>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect((body.details as { field: string }[]).map((e) => e.field)).toEqual(
      jasmine.arrayContaining(['action', 'version']),
    );
  });

  it('acts on the occurrences of a recurring task, not on its series row', async () => {
    const { seriesId, occurrenceIds } = await insertQuarterlySeries(t.db, plan.id, plan.year);
    const onSeries = await t.inject('vq.nongnghiep', taskAction(seriesId, { action: 'start', version: 1 }));
    expect(onSeries.statusCode).toBe(409);
    expect(onSeries.json<ApiError>().code).toBe('INVALID_STATE');

    const onQ2 = await t.inject(
      'vq.nongnghiep',
      taskAction(occurrenceIds[1]!, { action: 'start', version: 1 }),
    );
    expect(onQ2.statusCode).withContext(onQ2.body).toBe(200);
    expect(onQ2.json<TaskDetail>().period).toBe(`${plan.year}-Q2`);
    expect((await taskState(t.db, occurrenceIds[0]!)).status).toBe('assigned');
  });
});

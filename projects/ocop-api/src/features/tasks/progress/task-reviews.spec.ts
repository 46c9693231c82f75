import type { ApiError, FieldError, TaskDetail, TaskReview } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { todayInVietnam } from '../../units/commune-check';
import { insertPlan, insertQuarterlySeries, insertReport, insertTask } from './testing/progress-fixtures';
import { progressReport, recordReviewRequest, taskAction } from './testing/progress-requests';

/** Review meetings: a frozen snapshot of the plan's tasks, follow-up tasks, readable as they were. */

/** `days` after today (Vietnam), 'yyyy-MM-dd'. */
function dayFromToday(days: number): string {
  const day = new Date(`${todayInVietnam()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

function followUp(year: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sectionCode: 'III.7',
    title: 'Bổ sung kết quả kiểm nghiệm sản phẩm dược liệu',
    description: 'Theo kết luận cuộc họp sơ kết',
    lead: { kind: 'department', code: 'TTYT' },
    cooperating: [{ kind: 'commune', code: '06322' }],
    dueDate: `${year}-09-30`,
    dueQuarter: null,
    recurrence: 'once',
    priority: 'high',
    targetId: null,
    productId: null,
    dossierId: null,
    ...overrides,
  };
}

async function countRows(t: TestApp, table: 'task_reviews' | 'tasks'): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row?.n ?? 0;
}

/** A plan of its own with the tasks a meeting looks at. */
interface ReviewedPlan {
  plan: { id: string; year: number };
  overdue: string;
  reported: string;
  hulle: string;
  occurrences: string[];
}

async function planWithTasks(t: TestApp): Promise<ReviewedPlan> {
  const plan = await insertPlan(t.db);
  const overdue = await insertTask(t.db, plan.id, {
    title: 'Tập huấn an toàn thực phẩm',
    dueDate: dayFromToday(-3),
  });
  const reported = await insertTask(t.db, plan.id, {
    title: 'Kiểm nghiệm mẫu sản phẩm',
    status: 'in_progress',
    dueDate: dayFromToday(5),
    position: 1,
  });
  await insertReport(t.db, reported, { percent: 30, review: 'accepted' });
  await insertReport(t.db, reported, { percent: 60 });
  const hulle = await insertTask(t.db, plan.id, {
    title: 'Hoàn thiện hồ sơ sản phẩm rượu Hữu Lễ',
    sectionCode: 'III.11',
    lead: 'commune:06322',
  });
  const { occurrenceIds } = await insertQuarterlySeries(t.db, plan.id, plan.year);
  return { plan, overdue, reported, hulle, occurrences: occurrenceIds };
}

describe('task reviews', () => {
  let t: TestApp;
  let plan: { id: string; year: number };

  beforeAll(async () => {
    t = await startTestApp();
    plan = await insertPlan(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  async function record(body: Record<string, unknown>, planId = plan.id): Promise<TaskReview> {
    const res = await t.inject('vq.nongnghiep', recordReviewRequest(planId, body));
    expect(res.statusCode).withContext(res.body).toBe(201);
    expect(res.headers['location']).toBe(`/api/tasks/reviews/${res.json<TaskReview>().id}`);
    return res.json<TaskReview>();
  }

  it('records the meeting with a snapshot of every actionable task and creates its follow-ups', async () => {
    const { plan, overdue, reported, hulle, occurrences } = await planWithTasks(t);
    const tasksBefore = await countRows(t, 'tasks');
    const review = await record(
      {
        period: `${plan.year}-Q2`,
        heldOn: `${plan.year}-07-10`,
        attendees: ['Phòng NN&PTNT', 'Trung tâm Y tế', 'UBND xã Hữu Lễ'],
        conclusions: 'Đẩy nhanh kiểm nghiệm sản phẩm.',
        followUps: [followUp(plan.year)],
      },
      plan.id,
    );
    expect(review).toEqual(
      jasmine.objectContaining({
        planId: plan.id,
        period: `${plan.year}-Q2`,
        heldOn: `${plan.year}-07-10`,
        attendees: ['Phòng NN&PTNT', 'Trung tâm Y tế', 'UBND xã Hữu Lễ'],
        conclusions: 'Đẩy nhanh kiểm nghiệm sản phẩm.',
        recordedBy: jasmine.any(String),
        recordedAt: jasmine.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    );
    // Document order (III.3, III.7, III.11); the series row is left out, its occurrences are in; the
    // follow-up created by this meeting is not part of what the meeting saw.
    expect(review.snapshot.map((r) => r.taskId)).toEqual([...occurrences, overdue, reported, hulle]);
    expect(review.snapshot.find((r) => r.taskId === overdue)).toEqual({
      taskId: overdue,
      title: 'Tập huấn an toàn thực phẩm',
      sectionCode: 'III.7',
      leadName: 'Trung tâm Y tế',
      period: null,
      due: dayFromToday(-3),
      status: 'assigned',
      reportedPercent: null,
      acceptedPercent: null,
      deadlineFlag: 'overdue',
    });
    expect(review.snapshot.find((r) => r.taskId === reported)).toEqual(
      jasmine.objectContaining({
        status: 'in_progress',
        reportedPercent: 60,
        acceptedPercent: 30,
        deadlineFlag: 'due-soon',
      }),
    );
    expect(review.snapshot.find((r) => r.taskId === hulle)?.leadName).toBe('Xã Hữu Lễ');
    expect(review.snapshot[1]?.period).toBe(`${plan.year}-Q2`);

    expect(review.followUpTaskIds.length).toBe(1);
    expect(await countRows(t, 'tasks')).toBe(tasksBefore + 1);
    const [created] = await t.db.query<{ review_id: string; status: string; lead_unit: string }>(
      'select review_id, status, lead_unit from tasks where id = $1',
      [review.followUpTaskIds[0]],
    );
    expect(created).toEqual({ review_id: review.id, status: 'assigned', lead_unit: 'department:TTYT' });
    const audit = await t.db.query<{ entity_type: string; action: string }>(
      `select entity_type, action from audit_log where entity_id in ($1, $2) order by id`,
      [plan.id, review.followUpTaskIds[0]],
    );
    expect(audit).toEqual([
      { entity_type: 'task', action: 'task.created' },
      { entity_type: 'plan', action: 'review.recorded' },
    ]);
  });

  it('keeps the review as it was when the tasks change afterwards', async () => {
    const taskId = await insertTask(t.db, plan.id, { title: 'Nhiệm vụ sẽ thay đổi', status: 'in_progress' });
    const review = await record({
      period: `${plan.year}-Q3`,
      heldOn: `${plan.year}-10-05`,
      attendees: ['Phòng NN&PTNT'],
      conclusions: 'Tiếp tục theo dõi.',
      followUps: [],
    });
    const row = review.snapshot.find((r) => r.taskId === taskId);
    expect(row).toEqual(jasmine.objectContaining({ status: 'in_progress', reportedPercent: null }));

    // The task moves on: reported 100 %, accepted.
    const rep = await t.inject('vq.yte', progressReport(taskId, { percent: 100, text: 'Xong', version: 1 }));
    expect(rep.statusCode).withContext(rep.body).toBe(201);
    const acc = await t.inject('vq.nongnghiep', taskAction(taskId, { action: 'accept', version: 2 }));
    expect(acc.json<TaskDetail>().status).toBe('accepted');

    const again = await t.inject('vq.nongnghiep', `/api/tasks/reviews/${review.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json<TaskReview>()).toEqual(review);
    expect(again.json<TaskReview>().snapshot.find((r) => r.taskId === taskId)?.status).toBe('in_progress');

    // And the database itself refuses to change a review.
    await expectAsync(
      t.db.query(`update task_reviews set conclusions = 'sửa' where id = $1`, [review.id]),
    ).toBeRejected();
    await expectAsync(t.db.query('delete from task_reviews where id = $1', [review.id])).toBeRejected();
  });

  it('lists the reviews in the order they were held, not recorded', async () => {
    const own = await insertPlan(t.db);
    const meeting = (period: string, heldOn: string) => ({
      period: `${own.year}-${period}`,
      heldOn: `${own.year}-${heldOn}`,
      attendees: ['Phòng NN&PTNT'],
      conclusions: `Sơ kết ${period}.`,
      followUps: [],
    });
    const second = await record(meeting('Q2', '07-10'), own.id);
    const first = await record(meeting('Q1', '04-02'), own.id);
    const res = await t.inject('vq.nongnghiep', `/api/tasks/plans/${own.id}/reviews`);
    expect(res.statusCode).toBe(200);
    expect(res.json<TaskReview[]>().map((r) => r.id)).toEqual([first.id, second.id]);
  });

  it("shows a department or a commune only its own tasks' rows, and other districts nothing", async () => {
    const { plan, hulle } = await planWithTasks(t);
    const review = await record(
      {
        period: `${plan.year}-Q2`,
        heldOn: `${plan.year}-07-11`,
        attendees: ['Phòng NN&PTNT'],
        conclusions: 'Họp bổ sung.',
        followUps: [],
      },
      plan.id,
    );
    const forCommune = await t.inject('xa.huule', `/api/tasks/reviews/${review.id}`);
    expect(forCommune.statusCode).toBe(200);
    expect(forCommune.json<TaskReview>().snapshot.map((r) => r.taskId)).toEqual([hulle]);
    const forCentre = await t.inject('vq.yte', `/api/tasks/plans/${plan.id}/reviews`);
    const centreRows = forCentre
      .json<TaskReview[]>()
      .find((r) => r.id === review.id)
      ?.snapshot.map((r) => r.leadName);
    expect(new Set(centreRows)).toEqual(new Set(['Trung tâm Y tế']));
    const province = await t.inject('so.nongnghiep', `/api/tasks/reviews/${review.id}`);
    expect(province.json<TaskReview>().snapshot.length).toBe(review.snapshot.length);

    const otherDistrict = await t.inject('cl.nongnghiep', `/api/tasks/reviews/${review.id}`);
    expect(otherDistrict.statusCode).toBe(404);
    expect(otherDistrict.json<ApiError>().code).toBe('REVIEW_NOT_FOUND');
    const otherList = await t.inject('cl.nongnghiep', `/api/tasks/plans/${plan.id}/reviews`);
    expect(otherList.statusCode).toBe(404);
    expect(otherList.json<ApiError>().code).toBe('PLAN_NOT_FOUND');
  });

  it('lets only the standing unit record a review', async () => {
    const body = {
      period: `${plan.year}-Q2`,
      heldOn: `${plan.year}-07-12`,
      attendees: ['Trung tâm Y tế'],
      conclusions: 'Không được ghi.',
      followUps: [],
    };
    const reviewsBefore = await countRows(t, 'task_reviews');
    for (const user of ['vq.yte', 'xa.huule', 'so.nongnghiep'] as const) {
      const res = await t.inject(user, recordReviewRequest(plan.id, body));
      expect(res.statusCode).withContext(user).toBe(403);
      expect(res.json<ApiError>().code).toBe('FORBIDDEN');
    }
    const other = await t.inject('cl.nongnghiep', recordReviewRequest(plan.id, body));
    expect(other.statusCode).toBe(404);
    expect(await countRows(t, 'task_reviews')).toBe(reviewsBefore);
  });

  it('refuses an invalid review or follow-up with field errors, writing nothing', async () => {
    const reviewsBefore = await countRows(t, 'task_reviews');
    const tasksBefore = await countRows(t, 'tasks');
    const wrongYear = await t.inject(
      'vq.nongnghiep',
      recordReviewRequest(plan.id, {
        period: `${plan.year - 1}-Q4`,
        heldOn: `${plan.year}-01-10`,
        attendees: [],
        conclusions: '',
        followUps: [],
      }),
    );
    expect(wrongYear.statusCode).toBe(400);
    expect((wrongYear.json<ApiError>().details as FieldError[]).map((e) => e.field)).toEqual(
      jasmine.arrayContaining(['period', 'attendees', 'conclusions']),
    );

    const badFollowUp = await t.inject(
      'vq.nongnghiep',
      recordReviewRequest(plan.id, {
        period: `${plan.year}-Q2`,
        heldOn: `${plan.year}-07-10`,
        attendees: ['Phòng NN&PTNT'],
        conclusions: 'Giao thêm nhiệm vụ.',
        followUps: [followUp(plan.year), followUp(plan.year, { sectionCode: 'IX.9' })],
      }),
    );
    expect(badFollowUp.statusCode).withContext(badFollowUp.body).toBe(400);
    expect((badFollowUp.json<ApiError>().details as FieldError[]).map((e) => e.field)).toEqual([
      'followUps[1].sectionCode',
    ]);
    expect(await countRows(t, 'task_reviews')).toBe(reviewsBefore);
    expect(await countRows(t, 'tasks')).toBe(tasksBefore);
  });

  it('creates a recurring follow-up with its occurrences, all linked to the review', async () => {
    const review = await record({
      period: `${plan.year}-Q1`,
      heldOn: `${plan.year}-03-30`,
      attendees: ['Phòng NN&PTNT'],
      conclusions: 'Giao báo cáo định kỳ.',
      followUps: [
        followUp(plan.year, {
          title: 'Báo cáo định kỳ kết quả kiểm nghiệm',
          dueDate: null,
          recurrence: 'quarterly',
        }),
      ],
    });
    const rows = await t.db.query<{ n: number }>(
      'select count(*)::int as n from tasks where review_id = $1 and series_id = $2',
      [review.id, review.followUpTaskIds[0]],
    );
    expect(rows[0]?.n).toBe(4);
  });
});

import type { MyTasks, Principal, RollupRow, TaskDetail, UnitDeadlineCount } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { deadlineCounts, myTasks, planRollups } from './task-views';
import { createPlanViaApi, createTaskViaApi, insertReport, setTaskStatus } from './testing/task-fixtures';
import { listTasks } from './tasks.repository';

// The callers as their tokens describe them (keycloak/realm.mjs), for the repository functions.
const STANDING: Principal = {
  userId: 'u1',
  username: 'vq.nongnghiep',
  name: 'Hoàng Văn Nam',
  roles: ['district-officer'],
  districtCode: '184',
  communeCode: null,
  departmentCode: 'NNPTNT',
};
const HEALTH: Principal = {
  ...STANDING,
  username: 'vq.yte',
  roles: ['department-officer'],
  departmentCode: 'TTYT',
};
const HUU_LE: Principal = {
  ...STANDING,
  username: 'xa.huule',
  roles: ['commune-officer'],
  communeCode: '06322',
  departmentCode: null,
};

/** 1 April 2096: Q1 has ended, 5 April is within the 7 days of "due soon". */
const TODAY = '2096-04-01';

/**
 * A plan of 2096 as of 1 April:
 * - III.3 a quarterly series of Phòng NN&PTNT: Q1 returned (report 40 % returned), Q2–Q4 assigned;
 * - III.7 three tasks for MT1: the health centre's "survey" due 10/3, in progress, 50 % accepted then 80 %
 *   pending; its "guidance" due 5/4, assigned; Phòng KT-HT's cancelled one with 30 % accepted;
 * - III.10 Hữu Lễ's task for MT2 due Q1, accepted at 100 %.
 */
describe('task views: roll-ups, deadline counts, my tasks', () => {
  let t: TestApp;
  let planId: string;
  let mt1: string;
  let mt2: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    ({
      id: planId,
      targetIds: [mt1 = '', mt2 = ''],
    } = await createPlanViaApi(t, 2096));
    const seriesId = await createTaskViaApi(t, planId, {
      sectionCode: 'III.3',
      title: 'Báo cáo quý',
      lead: { kind: 'department', code: 'NNPTNT' },
      recurrence: 'quarterly',
    });
    const series = (await t.inject('vq.nongnghiep', `/api/tasks/tasks/${seriesId}`)).json<TaskDetail>();
    const [q1 = '', q2 = '', q3 = '', q4 = ''] = series.occurrences.map((o) => o.id);
    Object.assign(ids, { q1, q2, q3, q4 });
    await insertReport(t.db, q1, { percent: 40, review: 'returned', returnReason: 'Thiếu số liệu' });
    await setTaskStatus(t.db, q1, 'returned');

    ids['survey'] = await createTaskViaApi(t, planId, {
      title: 'Khảo sát cơ sở sản xuất',
      dueDate: '2096-03-10',
      targetId: mt1,
    });
    await insertReport(t.db, ids['survey'], {
      percent: 50,
      review: 'accepted',
      reportedAt: '2096-02-01T02:00:00Z',
    });
    await insertReport(t.db, ids['survey'], { percent: 80, reportedAt: '2096-03-20T02:00:00Z' });
    await setTaskStatus(t.db, ids['survey'], 'in_progress');

    ids['guidance'] = await createTaskViaApi(t, planId, {
      title: 'Hướng dẫn chủ thể',
      dueDate: '2096-04-05',
      targetId: mt1,
    });

    ids['cancelled'] = await createTaskViaApi(t, planId, {
      title: 'Hỗ trợ hạ tầng',
      lead: { kind: 'department', code: 'KTHT' },
      targetId: mt1,
    });
    await insertReport(t.db, ids['cancelled'], { percent: 30, review: 'accepted' });
    await setTaskStatus(t.db, ids['cancelled'], 'cancelled');

    ids['huuLe'] = await createTaskViaApi(t, planId, {
      sectionCode: 'III.10',
      title: 'Hoàn thiện hồ sơ',
      lead: { kind: 'commune', code: '06322' },
      dueQuarter: '2096-Q1',
      targetId: mt2,
    });
    await insertReport(t.db, ids['huuLe'], { percent: 100, review: 'accepted' });
    await setTaskStatus(t.db, ids['huuLe'], 'accepted');
  });

  afterAll(async () => {
    await t.close();
  });

  const figures = (row: RollupRow | undefined) => [
    row?.kind,
    row?.counted,
    row?.cancelled,
    row?.accepted,
    row?.acceptedValues,
    row?.acceptedMean,
    row?.reportedValues,
    row?.reportedMean,
  ];

  describe('roll-ups', () => {
    it('rolls up the plan, each target and each lead unit as plain means, cancelled tasks left out', async () => {
      const rows = await planRollups(t.db, STANDING, planId, TODAY);
      expect(rows.map((r) => [r.kind, r.label])).toEqual([
        ['plan', 'Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2096'],
        ['target', 'MT1. Hoàn thiện hồ sơ sản phẩm Rượu men lá Hữu Lễ'],
        ['target', 'MT2. Đánh giá 01 sản phẩm mới'],
        ['unit', 'Phòng Nông nghiệp và Phát triển nông thôn'],
        ['unit', 'Phòng Kinh tế và Hạ tầng'],
        ['unit', 'Trung tâm Y tế'],
        ['unit', 'Xã Hữu Lễ'],
      ]);
      // Document order: the four quarters (III.3), survey, guidance (III.7), Hữu Lễ (III.10).
      expect(figures(rows[0])).toEqual([
        'plan',
        7,
        1,
        1,
        [0, 0, 0, 0, 50, 0, 100],
        21.4,
        [40, 0, 0, 0, 80, 0, 100],
        31.4,
      ]);
      expect(figures(rows[1])).toEqual(['target', 2, 1, 0, [50, 0], 25, [80, 0], 40]);
      expect(figures(rows[2])).toEqual(['target', 1, 0, 1, [100], 100, [100], 100]);
      expect(rows.slice(3).map((r) => [r.key, r.counted, r.cancelled, r.acceptedMean])).toEqual([
        ['department:NNPTNT', 4, 0, 0],
        ['department:KTHT', 0, 1, 0],
        ['department:TTYT', 2, 0, 25],
        ['commune:06322', 1, 0, 100],
      ]);
      expect(rows[1]?.key).toBe(mt1);
    });

    it('computes them over the tasks the caller may see', async () => {
      const rows = await planRollups(t.db, HEALTH, planId, TODAY);
      expect(rows.map((r) => [r.kind, r.counted, r.acceptedValues])).toEqual([
        ['plan', 2, [50, 0]],
        ['target', 2, [50, 0]],
        ['target', 0, []],
        ['unit', 2, [50, 0]],
      ]);
    });

    it('answers through the API, 404 to another district', async () => {
      const res = await t.inject('so.nongnghiep', `/api/tasks/plans/${planId}/rollups`);
      expect(res.statusCode).toBe(200);
      const rows = res.json<RollupRow[]>();
      expect(rows.length).toBe(7);
      expect(figures(rows[2])).toEqual(['target', 1, 0, 1, [100], 100, [100], 100]);
      expect((await t.inject('cl.nongnghiep', `/api/tasks/plans/${planId}/rollups`)).statusCode).toBe(404);
    });
  });

  describe('deadline counts', () => {
    it('counts per lead unit the overdue, due-soon, waiting, accepted and cancelled tasks', async () => {
      const counts = await deadlineCounts(t.db, STANDING, planId, TODAY);
      expect(
        counts.map((c) => [
          c.unit.name,
          c.total,
          c.overdue,
          c.dueSoon,
          c.waitingForReview,
          c.accepted,
          c.cancelled,
        ]),
      ).toEqual([
        ['Phòng Nông nghiệp và Phát triển nông thôn', 4, 1, 0, 0, 0, 0],
        ['Phòng Kinh tế và Hạ tầng', 1, 0, 0, 0, 0, 1],
        ['Trung tâm Y tế', 2, 1, 1, 1, 0, 0],
        ['Xã Hữu Lễ', 1, 0, 0, 0, 1, 0],
      ]);
      const commune = await deadlineCounts(t.db, HUU_LE, planId, TODAY);
      expect(commune.map((c) => c.unit.code)).toEqual(['06322']);
    });

    it('agrees with the flag filter of the task list', async () => {
      const overdue = await listTasks(t.db, planId, { flag: 'overdue' }, STANDING, TODAY);
      expect(overdue.items.map((task) => task.id).sort()).toEqual([ids['q1'], ids['survey']].sort());
      const dueSoon = await listTasks(t.db, planId, { flag: 'due-soon' }, STANDING, TODAY);
      expect(dueSoon.items.map((task) => task.id)).toEqual([ids['guidance'] ?? '']);
      // A week later the guidance is overdue too; Q1's quarter filter finds the tasks due in it.
      const later = await listTasks(t.db, planId, { flag: 'overdue' }, STANDING, '2096-04-08');
      expect(later.total).toBe(3);
      const q1 = await listTasks(t.db, planId, { quarter: '2096-Q1' }, STANDING, TODAY);
      expect(q1.items.map((task) => task.title)).toEqual([
        'Báo cáo quý',
        'Khảo sát cơ sở sản xuất',
        'Hoàn thiện hồ sơ',
      ]);
    });

    it('answers through the API', async () => {
      const res = await t.inject('vq.yte', `/api/tasks/plans/${planId}/deadline-counts`);
      expect(res.statusCode).toBe(200);
      expect(res.json<UnitDeadlineCount[]>().map((c) => [c.unit.code, c.total])).toEqual([['TTYT', 2]]);
    });
  });

  describe('my tasks', () => {
    it("gives a department officer their unit's overdue, due-soon and unreported tasks", async () => {
      const mine = await myTasks(t.db, HEALTH, planId, TODAY);
      expect(mine.units.map((u) => u.name)).toEqual(['Trung tâm Y tế']);
      expect(mine.overdue.map((task) => task.id)).toEqual([ids['survey'] ?? '']);
      expect(mine.dueSoon.map((task) => task.id)).toEqual([ids['guidance'] ?? '']);
      // The survey's report waits for review: the unit owes nothing there.
      expect(mine.waitingForReport.map((task) => task.id)).toEqual([ids['guidance'] ?? '']);
      expect(mine.waitingForReview).toEqual([]);
    });

    it('gives the standing unit its own tasks (returned first) and the reports waiting for its review', async () => {
      const mine = await myTasks(t.db, STANDING, planId, TODAY);
      expect(mine.units.map((u) => u.code)).toEqual(['NNPTNT']);
      expect(mine.overdue.map((task) => task.period)).toEqual(['2096-Q1']);
      expect(mine.waitingForReport.map((task) => [task.period, task.status])).toEqual([
        ['2096-Q1', 'returned'],
        ['2096-Q2', 'assigned'],
        ['2096-Q3', 'assigned'],
        ['2096-Q4', 'assigned'],
      ]);
      expect(mine.waitingForReview.map((task) => task.id)).toEqual([ids['survey'] ?? '']);
    });

    it('gives a commune officer nothing open when its task is accepted', async () => {
      const mine = await myTasks(t.db, HUU_LE, planId, TODAY);
      expect(mine).toEqual({
        units: [{ kind: 'commune', code: '06322', name: 'Xã Hữu Lễ', communeCode: null }],
        overdue: [],
        dueSoon: [],
        waitingForReport: [],
        waitingForReview: [],
      });
    });

    it("defaults to the newest plan of the caller's district through the API", async () => {
      const res = await t.inject('vq.yte', '/api/tasks/mine');
      expect(res.statusCode).withContext(res.body).toBe(200);
      const mine = res.json<MyTasks>();
      expect(mine.waitingForReport.map((task) => task.planId)).toEqual([planId]);
      expect((await t.inject('vq.yte', `/api/tasks/mine?planId=${planId}`)).json<MyTasks>()).toEqual(mine);
      expect((await t.inject('cl.nongnghiep', `/api/tasks/mine?planId=${planId}`)).statusCode).toBe(404);
      const elsewhere = await t.inject('cl.nongnghiep', '/api/tasks/mine');
      expect(elsewhere.statusCode).toBe(200);
      expect(elsewhere.json<MyTasks>().units.map((u) => u.code)).toEqual(['NNPTNT']);
    });
  });
});

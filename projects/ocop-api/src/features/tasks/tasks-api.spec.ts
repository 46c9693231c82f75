import type { ApiError, Page, TaskDetail, TaskSummary, TaskUnit } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';
import { listAudit } from '../audit/audit.repository';
import {
  createPlanViaApi,
  createTaskViaApi,
  HUU_LE_PRODUCER,
  insertReport,
  insertReportAttachment,
  newTaskBody,
  setTaskStatus,
  TOWN_PRODUCER,
} from './testing/task-fixtures';

const TASK_NOT_FOUND = {
  code: 'TASK_NOT_FOUND',
  message: 'Không tìm thấy nhiệm vụ, hoặc nhiệm vụ không thuộc đơn vị của bạn.',
  details: null,
};

describe('tasks API (tasks of a plan, a task, units)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  async function detail(user: DemoUser, id: string): Promise<TaskDetail> {
    const res = await t.inject(user, `/api/tasks/tasks/${id}`);
    expect(res.statusCode).withContext(`${user}: ${res.body}`).toBe(200);
    return res.json<TaskDetail>();
  }

  async function list(user: DemoUser, planId: string, query = ''): Promise<Page<TaskSummary>> {
    const res = await t.inject(user, `/api/tasks/plans/${planId}/tasks${query}`);
    expect(res.statusCode).withContext(`${user}: ${res.body}`).toBe(200);
    return res.json<Page<TaskSummary>>();
  }

  function changeOf(task: TaskDetail, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      sectionCode: task.sectionCode,
      title: task.title,
      description: task.description,
      lead: { kind: task.lead.kind, code: task.lead.code },
      cooperating: task.cooperating.map((u) => ({ kind: u.kind, code: u.code })),
      dueDate: task.dueDate,
      dueQuarter: task.dueQuarter,
      priority: task.priority,
      targetId: task.targetId,
      productId: task.product?.id ?? null,
      dossierId: task.dossier?.id ?? null,
      version: task.version,
      ...overrides,
    };
  }

  describe('POST /api/tasks/plans/:planId/tasks', () => {
    let planId: string;
    let targetIds: string[];

    beforeAll(async () => {
      ({ id: planId, targetIds } = await createPlanViaApi(t, 2090));
    });

    it('gives the plan a one-off task, assigned, with unit names and its first timeline entry', async () => {
      const res = await t.inject('vq.nongnghiep', {
        method: 'POST',
        url: `/api/tasks/plans/${planId}/tasks`,
        payload: newTaskBody({
          cooperating: [
            { kind: 'commune', code: '06322' },
            { kind: 'producer', code: HUU_LE_PRODUCER },
          ],
          dueQuarter: '2090-Q3',
          priority: 'high',
          targetId: targetIds[0] ?? null,
        }),
      });
      expect(res.statusCode).withContext(res.body).toBe(201);
      const task = res.json<TaskDetail>();
      expect(res.headers['location']).toBe(`/api/tasks/tasks/${task.id}`);
      expect(task).toEqual(
        jasmine.objectContaining({
          planId,
          sectionCode: 'III.7',
          title: 'Hướng dẫn chủ thể về an toàn thực phẩm',
          lead: { kind: 'department', code: 'TTYT', name: 'Trung tâm Y tế', communeCode: null },
          dueDate: null,
          dueQuarter: '2090-Q3',
          due: '2090-09-30',
          deadlineFlag: null,
          recurrence: 'once',
          seriesId: null,
          period: null,
          status: 'assigned',
          priority: 'high',
          targetId: targetIds[0] ?? null,
          reportedPercent: null,
          acceptedPercent: null,
          pendingReview: false,
          version: 1,
          reports: [],
          comments: [],
          occurrences: [],
          returnReason: null,
        }),
      );
      expect(task.cooperating).toEqual([
        { kind: 'commune', code: '06322', name: 'Xã Hữu Lễ', communeCode: null },
        {
          kind: 'producer',
          code: HUU_LE_PRODUCER,
          name: 'Hộ kinh doanh Hoàng Văn Lợi',
          communeCode: '06322',
        },
      ]);
      expect(task.plan).toEqual({
        id: planId,
        title: 'Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2090',
        year: 2090,
        unitCode: '184',
      });
      expect(task.timeline.map((e) => [e.action, e.actor.username, e.entityType])).toEqual([
        ['task.created', 'vq.nongnghiep', 'task'],
      ]);
    });

    it('creates a quarterly series with its four occurrences, and a yearly one with one', async () => {
      const seriesId = await createTaskViaApi(t, planId, {
        sectionCode: 'III.3',
        title: 'Báo cáo kết quả thực hiện Chương trình OCOP',
        lead: { kind: 'department', code: 'NNPTNT' },
        recurrence: 'quarterly',
      });
      const series = await detail('vq.nongnghiep', seriesId);
      expect([series.status, series.recurrence, series.seriesId, series.period]).toEqual([
        null,
        'quarterly',
        null,
        null,
      ]);
      expect(series.occurrences.map((o) => [o.period, o.due, o.status, o.seriesId, o.recurrence])).toEqual([
        ['2090-Q1', '2090-03-31', 'assigned', seriesId, 'quarterly'],
        ['2090-Q2', '2090-06-30', 'assigned', seriesId, 'quarterly'],
        ['2090-Q3', '2090-09-30', 'assigned', seriesId, 'quarterly'],
        ['2090-Q4', '2090-12-31', 'assigned', seriesId, 'quarterly'],
      ]);
      const occurrence = await detail('vq.nongnghiep', series.occurrences[1]?.id ?? '');
      expect([occurrence.title, occurrence.lead.code, occurrence.timeline.length]).toEqual([
        'Báo cáo kết quả thực hiện Chương trình OCOP',
        'NNPTNT',
        1,
      ]);
      // The list shows the occurrences, never the series row.
      const listed = await list('vq.nongnghiep', planId, '?sectionCode=III.3');
      expect(listed.items.map((task) => task.period)).toEqual(['2090-Q1', '2090-Q2', '2090-Q3', '2090-Q4']);

      const yearly = await detail(
        'vq.nongnghiep',
        await createTaskViaApi(t, planId, {
          sectionCode: 'III.3',
          title: 'Tổng kết năm',
          recurrence: 'yearly',
        }),
      );
      expect(yearly.occurrences.map((o) => [o.period, o.due])).toEqual([['2090', '2090-12-31']]);
    });

    it('refuses readers (403), other districts (404) and units, targets or sections not of the plan (400)', async () => {
      for (const user of ['vq.yte', 'xa.huule', 'so.nongnghiep'] as const) {
        const res = await t.inject(user, {
          method: 'POST',
          url: `/api/tasks/plans/${planId}/tasks`,
          payload: newTaskBody(),
        });
        expect(res.statusCode).withContext(user).toBe(403);
      }
      const stranger = await t.inject('cl.nongnghiep', {
        method: 'POST',
        url: `/api/tasks/plans/${planId}/tasks`,
        payload: newTaskBody(),
      });
      expect(stranger.statusCode).toBe(404);
      expect(stranger.json<ApiError>().code).toBe('PLAN_NOT_FOUND');

      const { targetIds: otherTargets } = await createPlanViaApi(t, 2091);
      const wrong = await t.inject('vq.nongnghiep', {
        method: 'POST',
        url: `/api/tasks/plans/${planId}/tasks`,
        payload: newTaskBody({
          sectionCode: 'IV.9',
          lead: { kind: 'commune', code: '06100' },
          // Merged into Khánh Khê in 2024: no longer a commune in 2090.
          cooperating: [{ kind: 'commune', code: '06295' }],
          targetId: otherTargets[0] ?? null,
        }),
      });
      expect(wrong.statusCode).toBe(400);
      expect((wrong.json<ApiError>().details as { field: string }[]).map((d) => d.field)).toEqual([
        'sectionCode',
        'lead',
        'cooperating[0]',
        'targetId',
      ]);
      const recurringWithDate = await t.inject('vq.nongnghiep', {
        method: 'POST',
        url: `/api/tasks/plans/${planId}/tasks`,
        payload: newTaskBody({ recurrence: 'quarterly', dueDate: '2090-05-01' }),
      });
      expect(recurringWithDate.statusCode).toBe(400);
      const before = (await list('vq.nongnghiep', planId)).total;
      expect((await list('vq.nongnghiep', planId)).total).toBe(before);
    });
  });

  describe('visibility', () => {
    let planId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      ({ id: planId } = await createPlanViaApi(t, 2092));
      const make = async (
        name: string,
        lead: TaskUnit['kind'],
        code: string,
        cooperating: [TaskUnit['kind'], string][] = [],
      ) => {
        ids[name] = await createTaskViaApi(t, planId, {
          title: `Nhiệm vụ số ${Object.keys(ids).length + 1}`,
          lead: { kind: lead, code },
          cooperating: cooperating.map(([kind, c]) => ({ kind, code: c })),
        });
      };
      await make('healthLed', 'department', 'TTYT');
      await make('healthCooperates', 'department', 'KTHT', [['department', 'TTYT']]);
      await make('huuLeLed', 'commune', '06322');
      await make('huuLeProducerLed', 'producer', HUU_LE_PRODUCER);
      await make('townLed', 'commune', '06253');
      await make('huuLeCooperates', 'department', 'NNPTNT', [['commune', '06322']]);
      await make('economyOnly', 'department', 'KTHT');
      await make('townProducerLed', 'producer', TOWN_PRODUCER);
    });

    /** The names (keys of `ids`) of the tasks of `page`, sorted. */
    function names(page: Page<TaskSummary>): string[] {
      return page.items
        .map((task) => Object.keys(ids).find((name) => ids[name] === task.id) ?? task.id)
        .sort();
    }

    async function visibleTitles(user: DemoUser): Promise<string[]> {
      return names(await list(user, planId));
    }

    it('shows the health centre only the tasks it leads or cooperates in; 404 for the others', async () => {
      expect(await visibleTitles('vq.yte')).toEqual(['healthCooperates', 'healthLed']);
      for (const name of ['huuLeLed', 'townLed', 'economyOnly', 'huuLeCooperates']) {
        const res = await t.inject('vq.yte', `/api/tasks/tasks/${ids[name]}`);
        expect(res.statusCode).withContext(name).toBe(404);
        expect(res.json()).withContext(name).toEqual(TASK_NOT_FOUND);
      }
      expect((await detail('vq.yte', ids['healthCooperates'] ?? '')).lead.code).toBe('KTHT');
    });

    it("shows Hữu Lễ its commune's and its producers' tasks; 404 for another commune's", async () => {
      expect(await visibleTitles('xa.huule')).toEqual(['huuLeCooperates', 'huuLeLed', 'huuLeProducerLed']);
      const town = await t.inject('xa.huule', `/api/tasks/tasks/${ids['townLed']}`);
      expect(town.statusCode).toBe(404);
      expect(town.json()).toEqual(TASK_NOT_FOUND);
      expect((await t.inject('xa.huule', `/api/tasks/tasks/${ids['townProducerLed']}`)).statusCode).toBe(404);
      expect(await visibleTitles('xa.vanquan')).toEqual(['townLed', 'townProducerLed']);
    });

    it('shows the standing unit and the province every task; another district none (404)', async () => {
      expect((await list('vq.nongnghiep', planId)).total).toBe(8);
      expect((await list('so.nongnghiep', planId)).total).toBe(8);
      expect((await detail('so.nongnghiep', ids['townLed'] ?? '')).lead.name).toBe('Thị trấn Văn Quan');
      const listed = await t.inject('cl.nongnghiep', `/api/tasks/plans/${planId}/tasks`);
      expect(listed.statusCode).toBe(404);
      const task = await t.inject('cl.nongnghiep', `/api/tasks/tasks/${ids['healthLed']}`);
      expect(task.statusCode).toBe(404);
      expect(task.json()).toEqual(TASK_NOT_FOUND);
    });

    it('lets the province read but write nothing (403), and a hidden task stays hidden to writes (404)', async () => {
      const seen = await detail('so.nongnghiep', ids['healthLed'] ?? '');
      const put = await t.inject('so.nongnghiep', {
        method: 'PUT',
        url: `/api/tasks/tasks/${seen.id}`,
        payload: changeOf(seen, { title: 'Sửa bởi Sở' }),
      });
      expect(put.statusCode).toBe(403);
      expect(put.json<ApiError>().code).toBe('FORBIDDEN');
      const lead = await t.inject('vq.yte', {
        method: 'PUT',
        url: `/api/tasks/tasks/${seen.id}`,
        payload: changeOf(seen, { title: 'Sửa bởi đơn vị chủ trì' }),
      });
      expect(lead.statusCode).toBe(403);
      const hidden = await t.inject('cl.nongnghiep', {
        method: 'PUT',
        url: `/api/tasks/tasks/${seen.id}`,
        payload: changeOf(seen, { title: 'Sửa bởi huyện khác' }),
      });
      expect(hidden.statusCode).toBe(404);
      expect((await detail('vq.nongnghiep', seen.id)).title).toBe(seen.title);
    });

    it('filters by unit (lead or cooperating), status and quarter, and searches without diacritics', async () => {
      const byUnit = await list('vq.nongnghiep', planId, '?unit=department:TTYT');
      expect(names(byUnit)).toEqual(['healthCooperates', 'healthLed']);
      // Unit names are searchable: "huu le" finds the tasks of Xã Hữu Lễ (leading or cooperating).
      const huuLe = await list('vq.nongnghiep', planId, `?q=${encodeURIComponent('huu le')}`);
      expect(names(huuLe)).toEqual(['huuLeCooperates', 'huuLeLed']);
      const household = await list('vq.nongnghiep', planId, `?q=${encodeURIComponent('HOANG van loi')}`);
      expect(names(household)).toEqual(['huuLeProducerLed']);
      const byTitle = await list('xa.huule', planId, `?q=${encodeURIComponent('nhiem vu so')}`);
      expect(byTitle.total).toBe(3);
      const byDescription = await list(
        'vq.nongnghiep',
        planId,
        `?q=${encodeURIComponent('dieu kien an toan')}`,
      );
      expect(byDescription.total).toBe(8);

      await setTaskStatus(t.db, ids['economyOnly'] ?? '', 'in_progress');
      const inProgress = await list('vq.kinhte', planId, '?status=in_progress');
      expect(names(inProgress)).toEqual(['economyOnly']);
      expect((await list('vq.nongnghiep', planId, '?quarter=2092-Q1')).total).toBe(0);
      expect((await list('vq.nongnghiep', planId, '?limit=3&offset=6')).items.length).toBe(2);
      expect(
        (await t.inject('vq.nongnghiep', `/api/tasks/plans/${planId}/tasks?quarter=Q1`)).statusCode,
      ).toBe(400);
    });
  });

  describe('PUT /api/tasks/tasks/:taskId', () => {
    let planId: string;

    beforeAll(async () => {
      ({ id: planId } = await createPlanViaApi(t, 2093));
    });

    it('changes the fields and bumps the version, audited with what was and what is', async () => {
      const id = await createTaskViaApi(t, planId, { dueDate: '2093-04-30' });
      const seen = await detail('vq.nongnghiep', id);
      const res = await t.inject('vq.nongnghiep', {
        method: 'PUT',
        url: `/api/tasks/tasks/${id}`,
        payload: changeOf(seen, {
          title: 'Tập huấn an toàn thực phẩm cho chủ thể',
          lead: { kind: 'commune', code: '06322' },
          cooperating: [{ kind: 'department', code: 'TTYT' }],
          dueDate: null,
          dueQuarter: '2093-Q2',
        }),
      });
      expect(res.statusCode).withContext(res.body).toBe(200);
      const changed = res.json<TaskDetail>();
      expect([changed.title, changed.lead.name, changed.due, changed.version]).toEqual([
        'Tập huấn an toàn thực phẩm cho chủ thể',
        'Xã Hữu Lễ',
        '2093-06-30',
        2,
      ]);
      const updated = changed.timeline.find((e) => e.action === 'task.updated');
      expect(updated?.from).toEqual(
        jasmine.objectContaining({ lead: 'department:TTYT', dueDate: '2093-04-30' }),
      );
      expect(updated?.to).toEqual(jasmine.objectContaining({ lead: 'commune:06322', dueQuarter: '2093-Q2' }));
      // The new lead's officers see it now, and the search text follows the new names.
      expect((await detail('xa.huule', id)).title).toBe('Tập huấn an toàn thực phẩm cho chủ thể');
      expect((await list('vq.nongnghiep', planId, '?q=huu%20le')).items.map((task) => task.id)).toEqual([id]);
    });

    it('answers a stale version with 409 STALE_VERSION and its current version, changing nothing', async () => {
      const id = await createTaskViaApi(t, planId, { title: 'Khảo sát vùng nguyên liệu' });
      const seen = await detail('vq.nongnghiep', id);
      const first = await t.inject('vq.nongnghiep', {
        method: 'PUT',
        url: `/api/tasks/tasks/${id}`,
        payload: changeOf(seen, { priority: 'high' }),
      });
      expect(first.statusCode).toBe(200);
      const stale = await t.inject('vq.nongnghiep', {
        method: 'PUT',
        url: `/api/tasks/tasks/${id}`,
        payload: changeOf(seen, { title: 'Dựa trên bản cũ', priority: 'low' }),
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ApiError>()).toEqual({
        code: 'STALE_VERSION',
        message:
          'Nhiệm vụ đã được người khác cập nhật. Hãy tải lại để xem thay đổi mới nhất rồi thực hiện lại.',
        details: { currentVersion: 2 },
      });
      const now = await detail('vq.nongnghiep', id);
      expect([now.title, now.priority, now.version]).toEqual(['Khảo sát vùng nguyên liệu', 'high', 2]);
      expect((await listAudit(t.db, { entityType: 'task', entityId: id, limit: 10 })).length).toBe(2);
    });

    it('passes a series change on to its open occurrences, not to finished ones', async () => {
      const seriesId = await createTaskViaApi(t, planId, {
        sectionCode: 'III.3',
        title: 'Báo cáo quý',
        lead: { kind: 'department', code: 'NNPTNT' },
        recurrence: 'quarterly',
      });
      const series = await detail('vq.nongnghiep', seriesId);
      await setTaskStatus(t.db, series.occurrences[0]?.id ?? '', 'accepted');
      const res = await t.inject('vq.nongnghiep', {
        method: 'PUT',
        url: `/api/tasks/tasks/${seriesId}`,
        payload: changeOf(series, {
          title: 'Báo cáo kết quả quý',
          cooperating: [{ kind: 'department', code: 'TCKH' }],
        }),
      });
      expect(res.statusCode).withContext(res.body).toBe(200);
      const after = res.json<TaskDetail>();
      expect(after.occurrences.map((o) => [o.period, o.title, o.cooperating.length, o.due])).toEqual([
        ['2093-Q1', 'Báo cáo quý', 0, '2093-03-31'],
        ['2093-Q2', 'Báo cáo kết quả quý', 1, '2093-06-30'],
        ['2093-Q3', 'Báo cáo kết quả quý', 1, '2093-09-30'],
        ['2093-Q4', 'Báo cáo kết quả quý', 1, '2093-12-31'],
      ]);
      const q2 = await detail('vq.nongnghiep', after.occurrences[1]?.id ?? '');
      expect(q2.timeline.map((e) => [e.action, e.comment])).toEqual([
        ['task.created', null],
        ['task.updated', 'Cập nhật theo nhiệm vụ định kỳ'],
      ]);
    });
  });

  describe('GET /api/tasks/tasks/:taskId', () => {
    it('shows reports newest first with their evidence, and comments oldest first', async () => {
      const { id: planId } = await createPlanViaApi(t, 2094);
      const id = await createTaskViaApi(t, planId);
      const returned = await insertReport(t.db, id, {
        percent: 50,
        review: 'returned',
        returnReason: 'Thiếu biên bản kiểm tra',
        reportedAt: '2094-03-01T02:00:00Z',
      });
      await insertReportAttachment(t.db, returned, 'bien-ban.pdf');
      await insertReport(t.db, id, { percent: 60, reportedAt: '2094-03-10T02:00:00Z' });
      await t.db.query(
        `insert into task_comments (task_id, text, author, author_name, author_unit, created_at) values
           ($1, 'Xã đã nhận kế hoạch', 'xa.huule', 'Lăng Văn Hải', 'Xã Hữu Lễ', '2094-02-01T01:00:00Z'),
           ($1, 'Phòng sẽ phối hợp', 'vq.kinhte', 'Hoàng Thị Mai', 'Phòng Kinh tế và Hạ tầng', '2094-02-02T01:00:00Z')`,
        [id],
      );
      await setTaskStatus(t.db, id, 'in_progress');
      const task = await detail('vq.yte', id);
      expect(task.reports.map((r) => [r.percent, r.review, r.returnReason, r.attachments.length])).toEqual([
        [60, 'pending', null, 0],
        [50, 'returned', 'Thiếu biên bản kiểm tra', 1],
      ]);
      expect(task.reports[1]?.attachments[0]).toEqual({
        id: jasmine.any(String) as unknown as string,
        fileName: 'bien-ban.pdf',
        kind: 'pdf',
        size: 1234,
        sha256: 'a'.repeat(64),
        uploadedAt: jasmine.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown as string,
        uploadedBy: 'vq.yte',
      });
      expect(task.reports[0]?.reportedBy).toEqual({ name: 'Nông Thị Yến', unit: 'Trung tâm Y tế' });
      expect([task.reportedPercent, task.acceptedPercent, task.pendingReview]).toEqual([60, null, true]);
      expect(task.comments.map((c) => c.text)).toEqual(['Xã đã nhận kế hoạch', 'Phòng sẽ phối hợp']);
    });
  });

  describe('GET /api/tasks/plans/:planId/units', () => {
    it("lists the departments, the plan year's communes of the district and their producers", async () => {
      const { id: planId } = await createPlanViaApi(t, 2095);
      const res = await t.inject('xa.huule', `/api/tasks/plans/${planId}/units`);
      expect(res.statusCode).toBe(200);
      const units = res.json<TaskUnit[]>();
      const departments = units.filter((u) => u.kind === 'department').map((u) => u.code);
      expect(departments).toEqual([
        'BCD',
        'TGV',
        'NNPTNT',
        'KTHT',
        'TCKH',
        'TNMT',
        'TTYT',
        'LDTBXH-DT',
        'TTVHTTTT',
        'MTTQ',
      ]);
      const communes = units.filter((u) => u.kind === 'commune').map((u) => u.code);
      // Đồng Giáp and Tràng Các were merged into Khánh Khê in 2024.
      expect(communes.length).toBe(15);
      expect(communes).not.toContain('06295');
      expect(units.find((u) => u.code === '06322')?.name).toBe('Xã Hữu Lễ');
      expect(units.filter((u) => u.kind === 'producer')).toEqual([
        { kind: 'producer', code: TOWN_PRODUCER, name: 'HTX Văn Quan Xanh', communeCode: '06253' },
        {
          kind: 'producer',
          code: HUU_LE_PRODUCER,
          name: 'Hộ kinh doanh Hoàng Văn Lợi',
          communeCode: '06322',
        },
      ]);
      expect((await t.inject('cl.nongnghiep', `/api/tasks/plans/${planId}/units`)).statusCode).toBe(404);
    });
  });
});

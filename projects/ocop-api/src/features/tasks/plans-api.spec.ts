import type { ApiError, AuditEntry, Page, PlanDetail, TaskDetail, TaskSummary } from '@ocop/domain';
import { HUU_LE_DOSSIER_ID } from '../../seed/demo-dossiers';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';
import { listAudit } from '../audit/audit.repository';
import {
  createPlanViaApi,
  createTaskViaApi,
  HUU_LE_PRODUCT,
  insertReport,
  newPlanBody,
  setTaskStatus,
} from './testing/task-fixtures';

describe('plans API (POST/GET/PUT /api/tasks/plans…, copy)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  function post(user: DemoUser, payload: unknown) {
    return t.inject(user, { method: 'POST', url: '/api/tasks/plans', payload: payload as object });
  }

  async function plan(user: DemoUser, id: string): Promise<PlanDetail> {
    const res = await t.inject(user, `/api/tasks/plans/${id}`);
    expect(res.statusCode).withContext(`${user}: ${res.body}`).toBe(200);
    return res.json<PlanDetail>();
  }

  function changeOf(detail: PlanDetail): Record<string, unknown> {
    const { id: _id, unit: _unit, year: _year, copiedFromId: _copied, ...change } = detail;
    return change;
  }

  describe('POST /api/tasks/plans', () => {
    it("issues a plan of the standing unit's district with its targets, audited", async () => {
      const res = await post(
        'vq.nongnghiep',
        newPlanBody(2050, { number: '12/KH-UBND', issuedOn: '2050-02-10' }),
      );
      expect(res.statusCode).withContext(res.body).toBe(201);
      const created = res.json<PlanDetail>();
      expect(res.headers['location']).toBe(`/api/tasks/plans/${created.id}`);
      expect(created).toEqual(
        jasmine.objectContaining({
          unit: { code: '184', name: 'Huyện Văn Quan' },
          year: 2050,
          number: '12/KH-UBND',
          issuedOn: '2050-02-10',
          title: 'Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2050',
          fundingSources: ['Ngân sách huyện', 'Vốn của chủ thể'],
          signer: null,
          copiedFromId: null,
          version: 1,
        }),
      );
      expect(created.sections.map((s) => s.code)).toEqual(['II.1', 'III.3', 'III.7', 'III.10']);
      expect(
        created.targets.map((target) => [target.code, target.quantity, target.dueQuarter, target.productId]),
      ).toEqual([
        ['MT1', 1, '2050-Q1', HUU_LE_PRODUCT],
        ['MT2', 1, '2050-Q4', null],
      ]);
      expect(await plan('vq.yte', created.id)).toEqual(created);

      const audit = await listAudit(t.db, { entityType: 'plan', entityId: created.id, limit: 10 });
      expect(audit.map((a) => [a.action, a.actor.username])).toEqual([['plan.created', 'vq.nongnghiep']]);
      // It is listed like any plan.
      const page = (await t.inject('xa.huule', '/api/tasks/plans?year=2050')).json<Page<{ id: string }>>();
      expect(page.items.map((p) => p.id)).toEqual([created.id]);
    });

    it('answers 409 PLAN_EXISTS for a second plan of the same unit and year', async () => {
      await createPlanViaApi(t, 2060);
      const res = await post('vq.nongnghiep', newPlanBody(2060, { title: 'Kế hoạch khác' }));
      expect(res.statusCode).toBe(409);
      expect(res.json<ApiError>().code).toBe('PLAN_EXISTS');
      expect(res.json<ApiError>().message).toContain('2060');
    });

    it('refuses every caller but the standing unit of that district (403), and invalid bodies (400)', async () => {
      for (const user of ['vq.yte', 'vq.kinhte', 'xa.huule', 'so.nongnghiep', 'cl.nongnghiep'] as const) {
        const res = await post(user, newPlanBody(2061));
        expect(res.statusCode).withContext(user).toBe(403);
        expect(res.json<ApiError>().code).withContext(user).toBe('FORBIDDEN');
      }
      const invalid = await post('vq.nongnghiep', { ...newPlanBody(2061), title: '  ', year: 1990 });
      expect(invalid.statusCode).toBe(400);
      const fields = (invalid.json<ApiError>().details as { field: string }[]).map((f) => f.field);
      expect(fields).toEqual(jasmine.arrayContaining(['title', 'year']));
      const badProduct = await post('vq.nongnghiep', {
        ...newPlanBody(2061),
        targets: [{ ...newPlanBody(2061).targets[0], productId: '0c0b2020-0000-4000-8000-000000000999' }],
      });
      expect(badProduct.statusCode).toBe(400);
      expect(badProduct.json<ApiError>().details).toEqual([
        jasmine.objectContaining({ field: 'targets[0].productId', code: 'not_found' }),
      ]);
      expect(
        (await t.inject('so.nongnghiep', '/api/tasks/plans?year=2061')).json<Page<unknown>>().total,
      ).toBe(0);
    });
  });

  describe('GET /api/tasks/plans/:planId', () => {
    let id: string;

    beforeAll(async () => {
      ({ id } = await createPlanViaApi(t, 2062));
    });

    it("is read by the district's officers and the province, not by another district (404)", async () => {
      for (const user of ['vq.nongnghiep', 'vq.yte', 'xa.huule', 'xa.vanquan', 'so.nongnghiep'] as const) {
        expect((await plan(user, id)).year)
          .withContext(user)
          .toBe(2062);
      }
      const other = await t.inject('cl.nongnghiep', `/api/tasks/plans/${id}`);
      expect(other.statusCode).toBe(404);
      expect(other.json()).toEqual({
        code: 'PLAN_NOT_FOUND',
        message: 'Không tìm thấy kế hoạch, hoặc kế hoạch không thuộc đơn vị của bạn.',
        details: null,
      });
      const missing = await t.inject(
        'vq.nongnghiep',
        '/api/tasks/plans/0c0b2020-0000-4000-8000-0000000009ff',
      );
      expect(missing.json()).toEqual(other.json());
      expect((await t.inject('vq.nongnghiep', '/api/tasks/plans/not-a-uuid')).statusCode).toBe(400);
    });
  });

  describe('PUT /api/tasks/plans/:planId', () => {
    it('changes the header and the targets (kept, changed, added, removed) and bumps the version', async () => {
      const { id } = await createPlanViaApi(t, 2063);
      const before = await plan('vq.nongnghiep', id);
      const [mt1] = before.targets;
      const res = await t.inject('vq.nongnghiep', {
        method: 'PUT',
        url: `/api/tasks/plans/${id}`,
        payload: {
          ...changeOf(before),
          number: '45/KH-UBND',
          issuedOn: '2063-03-02',
          signer: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Văn Quân',
          targets: [
            { ...mt1, title: 'Hoàn thiện và nộp hồ sơ Rượu men lá Hữu Lễ', dueQuarter: '2063-Q2' },
            {
              code: 'MT3',
              title: 'Tổ chức hội đồng đánh giá cấp huyện',
              indicator: '01 hội đồng',
              quantity: 1,
              measure: 'hội đồng',
              dueQuarter: '2063-Q4',
              productId: null,
              dossierId: HUU_LE_DOSSIER_ID,
            },
          ],
        },
      });
      expect(res.statusCode).withContext(res.body).toBe(200);
      const after = res.json<PlanDetail>();
      expect(after.version).toBe(2);
      expect([after.number, after.issuedOn, after.signer]).toEqual([
        '45/KH-UBND',
        '2063-03-02',
        'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Văn Quân',
      ]);
      expect(after.targets.map((target) => [target.code, target.dueQuarter, target.dossierId])).toEqual([
        ['MT1', '2063-Q2', null],
        ['MT3', '2063-Q4', HUU_LE_DOSSIER_ID],
      ]);
      expect(after.targets[0]?.id).toBe(mt1?.id ?? '');
      const audit = await listAudit(t.db, { entityType: 'plan', entityId: id, limit: 10 });
      expect(audit.map((a) => a.action)).toEqual(['plan.updated', 'plan.created']);
    });

    it('answers a stale version with 409 STALE_VERSION and its current version, changing nothing', async () => {
      const { id } = await createPlanViaApi(t, 2064);
      const seen = await plan('vq.nongnghiep', id);
      const first = await t.inject('vq.nongnghiep', {
        method: 'PUT',
        url: `/api/tasks/plans/${id}`,
        payload: { ...changeOf(seen), title: 'Bản sửa thứ nhất' },
      });
      expect(first.statusCode).toBe(200);
      const stale = await t.inject('vq.nongnghiep', {
        method: 'PUT',
        url: `/api/tasks/plans/${id}`,
        payload: { ...changeOf(seen), title: 'Bản sửa dựa trên bản cũ', purposes: [] },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ApiError>()).toEqual({
        code: 'STALE_VERSION',
        message: jasmine.stringContaining('Kế hoạch đã được người khác cập nhật') as unknown as string,
        details: { currentVersion: 2 },
      });
      const now = await plan('vq.nongnghiep', id);
      expect([now.title, now.version, now.purposes]).toEqual(['Bản sửa thứ nhất', 2, seen.purposes]);
      const audit = await listAudit(t.db, { entityType: 'plan', entityId: id, limit: 10 });
      expect(audit.length).toBe(2);
    });

    it('lets readers read only (403), hides the plan from another district (404), keeps used targets', async () => {
      const { id, targetIds } = await createPlanViaApi(t, 2065);
      const seen = await plan('vq.nongnghiep', id);
      const payload = { ...changeOf(seen), title: 'Không được sửa' };
      for (const user of ['so.nongnghiep', 'vq.yte', 'xa.huule'] as const) {
        const res = await t.inject(user, { method: 'PUT', url: `/api/tasks/plans/${id}`, payload });
        expect(res.statusCode).withContext(user).toBe(403);
      }
      const hidden = await t.inject('cl.nongnghiep', {
        method: 'PUT',
        url: `/api/tasks/plans/${id}`,
        payload,
      });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json<ApiError>().code).toBe('PLAN_NOT_FOUND');

      await createTaskViaApi(t, id, { targetId: targetIds[1] ?? null });
      const dropUsed = await t.inject('vq.nongnghiep', {
        method: 'PUT',
        url: `/api/tasks/plans/${id}`,
        payload: {
          ...changeOf(seen),
          targets: seen.targets.slice(0, 1),
          sections: seen.sections.slice(0, 2),
        },
      });
      expect(dropUsed.statusCode).toBe(400);
      expect(
        (dropUsed.json<ApiError>().details as { field: string; code: string }[]).map((d) => [
          d.field,
          d.code,
        ]),
      ).toEqual([
        ['targets', 'in_use'],
        ['sections', 'in_use'],
      ]);
      expect((await plan('vq.nongnghiep', id)).version).toBe(1);
    });
  });

  describe('POST /api/tasks/plans/:planId/copy', () => {
    let source: { id: string; targetIds: string[] };
    let oneOffId: string;

    beforeAll(async () => {
      source = await createPlanViaApi(t, 2070, {
        number: '45/KH-UBND',
        issuedOn: '2070-02-10',
        signer: 'Hoàng Văn Quân',
        targets: newPlanBody(2070).targets.map((target, i) =>
          i === 0 ? { ...target, dossierId: HUU_LE_DOSSIER_ID } : target,
        ),
      });
      oneOffId = await createTaskViaApi(t, source.id, {
        title: 'Hoàn thiện hồ sơ Rượu men lá Hữu Lễ',
        sectionCode: 'III.10',
        lead: { kind: 'commune', code: '06322' },
        cooperating: [{ kind: 'department', code: 'NNPTNT' }],
        dueDate: '2070-03-15',
        targetId: source.targetIds[0] ?? null,
        productId: HUU_LE_PRODUCT,
        dossierId: HUU_LE_DOSSIER_ID,
      });
      await insertReport(t.db, oneOffId, { percent: 100, review: 'accepted' });
      await setTaskStatus(t.db, oneOffId, 'accepted');
      await createTaskViaApi(t, source.id, {
        title: 'Báo cáo kết quả thực hiện hằng quý',
        sectionCode: 'III.3',
        lead: { kind: 'department', code: 'NNPTNT' },
        recurrence: 'quarterly',
      });
      await createTaskViaApi(t, source.id, { dueQuarter: '2070-Q2', priority: 'high' });
    });

    it("makes next year's draft plan: header and targets moved on, tasks reset, series re-occurring", async () => {
      const res = await t.inject('vq.nongnghiep', {
        method: 'POST',
        url: `/api/tasks/plans/${source.id}/copy`,
        payload: { year: 2071 },
      });
      expect(res.statusCode).withContext(res.body).toBe(201);
      const copy = res.json<PlanDetail>();
      expect(copy).toEqual(
        jasmine.objectContaining({
          year: 2071,
          number: null,
          issuedOn: null,
          signer: null,
          title: 'Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2071',
          copiedFromId: source.id,
          version: 1,
        }),
      );
      expect(
        copy.targets.map((target) => [target.code, target.dueQuarter, target.productId, target.dossierId]),
      ).toEqual([
        ['MT1', '2071-Q1', HUU_LE_PRODUCT, null],
        ['MT2', '2071-Q4', null, null],
      ]);
      expect(copy.targets.map((target) => target.id)).not.toContain(source.targetIds[0] ?? '');

      const tasks = (await t.inject('vq.nongnghiep', `/api/tasks/plans/${copy.id}/tasks`)).json<
        Page<TaskSummary>
      >();
      const rows = tasks.items.map((task) => [
        task.sectionCode,
        task.title,
        task.status,
        task.due,
        task.period,
      ]);
      expect(rows).toEqual([
        ['III.3', 'Báo cáo kết quả thực hiện hằng quý', 'assigned', '2071-03-31', '2071-Q1'],
        ['III.3', 'Báo cáo kết quả thực hiện hằng quý', 'assigned', '2071-06-30', '2071-Q2'],
        ['III.3', 'Báo cáo kết quả thực hiện hằng quý', 'assigned', '2071-09-30', '2071-Q3'],
        ['III.3', 'Báo cáo kết quả thực hiện hằng quý', 'assigned', '2071-12-31', '2071-Q4'],
        ['III.7', 'Hướng dẫn chủ thể về an toàn thực phẩm', 'assigned', '2071-06-30', null],
        ['III.10', 'Hoàn thiện hồ sơ Rượu men lá Hữu Lễ', 'assigned', '2071-03-15', null],
      ]);
      const copiedOneOff = tasks.items[5];
      expect(copiedOneOff?.targetId).toBe(copy.targets[0]?.id ?? '');
      expect([copiedOneOff?.dossier, copiedOneOff?.product?.id, copiedOneOff?.reportedPercent]).toEqual([
        null,
        HUU_LE_PRODUCT,
        null,
      ]);
      expect(copiedOneOff?.cooperating.map((u) => u.name)).toEqual([
        'Phòng Nông nghiệp và Phát triển nông thôn',
      ]);
      const detail = (await t.inject('xa.huule', `/api/tasks/tasks/${copiedOneOff?.id}`)).json<TaskDetail>();
      expect(detail.reports).toEqual([]);
      expect(detail.timeline.map((e: AuditEntry) => [e.action, e.comment])).toEqual([
        ['task.created', 'Sao chép từ kế hoạch năm 2070'],
      ]);
      // The old plan is as it was.
      const old = (await t.inject('vq.nongnghiep', `/api/tasks/tasks/${oneOffId}`)).json<TaskDetail>();
      expect([old.status, old.reports.length, old.dossier?.id]).toEqual(['accepted', 1, HUU_LE_DOSSIER_ID]);
      const audit = await listAudit(t.db, { entityType: 'plan', entityId: copy.id, limit: 10 });
      expect(audit.map((a) => a.action)).toEqual(['plan.copied']);
    });

    it("answers 409 PLAN_EXISTS when that year's plan exists, 400 for another year, 403 to readers", async () => {
      const { id: otherId } = await createPlanViaApi(t, 2080);
      await createPlanViaApi(t, 2081);
      const again = await t.inject('vq.nongnghiep', {
        method: 'POST',
        url: `/api/tasks/plans/${otherId}/copy`,
        payload: { year: 2081 },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json<ApiError>().code).toBe('PLAN_EXISTS');
      const farAway = await t.inject('vq.nongnghiep', {
        method: 'POST',
        url: `/api/tasks/plans/${source.id}/copy`,
        payload: { year: 2075 },
      });
      expect(farAway.statusCode).toBe(400);
      const reader = await t.inject('so.nongnghiep', {
        method: 'POST',
        url: `/api/tasks/plans/${source.id}/copy`,
        payload: { year: 2072 },
      });
      expect(reader.statusCode).toBe(403);
      const stranger = await t.inject('cl.nongnghiep', {
        method: 'POST',
        url: `/api/tasks/plans/${source.id}/copy`,
        payload: { year: 2071 },
      });
      expect(stranger.statusCode).toBe(404);
    });
  });
});

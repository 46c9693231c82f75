import { randomUUID } from 'node:crypto';
import type { ApiError, AuditEntry, DossierDetail, DossierSummary, FieldError, Page } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';
import { HUU_LE_LIQUOR, insertDossier, provideItem, STAR_ANISE_OIL } from './testing/dossier-fixtures';

const COMMUNE: DemoUser = 'xa.huule';
const DISTRICT: DemoUser = 'vq.nongnghiep';

describe('dossiers API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const create = (user: DemoUser, payload: object) =>
    t.inject(user, { method: 'POST', url: '/api/dossiers', payload });
  const act = (user: DemoUser, id: string, action: string, payload: object) =>
    t.inject(user, { method: 'POST', url: `/api/dossiers/${id}/actions/${action}`, payload });
  const putItem = (user: DemoUser, id: string, itemId: string, payload: object) =>
    t.inject(user, { method: 'PUT', url: `/api/dossiers/${id}/items/${itemId}`, payload });
  const list = async (user: DemoUser, query: string) => {
    const res = await t.inject(user, `/api/dossiers?${query}`);
    expect(res.statusCode).withContext(res.body).toBe(200);
    return res.json<Page<DossierSummary>>();
  };
  const transitions = async (id: string) =>
    (
      await t.db.query<{ n: number }>(
        `select count(*)::int as n from audit_log
         where entity_type = 'dossier' and entity_id = $1 and action in ('submit', 'return', 'resubmit', 'accept')`,
        [id],
      )
    )[0]?.n;

  describe('creating', () => {
    it('opens a draft with the 1048 checklist of a drink, due at the end of its target quarter', async () => {
      const res = await create(COMMUNE, {
        productId: HUU_LE_LIQUOR.id,
        criteriaSet: '1048',
        registrationKind: 'first-time',
        roundYear: 2021,
        targetQuarter: '2021-Q3',
      });
      expect(res.statusCode).withContext(res.body).toBe(201);
      const dossier = res.json<DossierDetail>();
      expect(res.headers['location']).toBe(`/api/dossiers/${dossier.id}`);
      expect(dossier).toEqual(
        jasmine.objectContaining({
          state: 'draft',
          workflowId: 'district-1048',
          criteriaSet: '1048',
          roundYear: 2021,
          targetQuarter: '2021-Q3',
          deadline: '2021-09-30',
          version: 1,
          commune: { code: '06322', name: 'Xã Hữu Lễ' },
          districtCode: '184',
        }),
      );
      // Drink (ngành 2): the production certificate is mandatory; a household without registration has no item 4.
      const mandatory = dossier.items.filter((i) => i.definition.mandatory).map((i) => i.definition.id);
      expect(mandatory).toContain('giay-du-dieu-kien-san-xuat');
      expect(mandatory).not.toContain('giay-dang-ky-kinh-doanh');
      expect(dossier.items.every((i) => i.status === 'missing')).toBeTrue();
      expect(dossier.checklist.missing).toBe(dossier.items.length);
      expect(dossier.problems.map((p) => p.code)).toContain('MANDATORY_MISSING');
      expect(dossier.limits.maxFileBytes).toBe(10 * 1024 * 1024);
    });

    it('refuses a second dossier for the same product and round, naming the product', async () => {
      const body = {
        productId: HUU_LE_LIQUOR.id,
        criteriaSet: '148',
        registrationKind: 'upgrade',
        roundYear: 2022,
      };
      expect((await create(COMMUNE, body)).statusCode).toBe(201);
      const res = await create(DISTRICT, body);
      expect(res.statusCode).toBe(409);
      expect(res.json<ApiError>().message).toContain('Rượu men lá Hữu Lễ');
      expect(res.json<ApiError>().message).toContain('2022');
    });

    it('explains every invalid field at once', async () => {
      const res = await create(COMMUNE, {
        productId: 'x',
        criteriaSet: '999',
        registrationKind: 'lan-dau',
        roundYear: 1990,
      });
      expect(res.statusCode).toBe(400);
      const fields = res.json<ApiError>().details as FieldError[];
      expect(fields.map((f) => f.field).sort()).toEqual([
        'criteriaSet',
        'productId',
        'registrationKind',
        'roundYear',
      ]);
      expect(fields.every((f) => f.message.length > 0)).toBeTrue();
    });

    it('refuses a product of another commune as if it did not exist', async () => {
      const res = await create('xa.vanquan', {
        productId: HUU_LE_LIQUOR.id,
        criteriaSet: '1048',
        registrationKind: 'first-time',
        roundYear: 2023,
      });
      expect(res.statusCode).toBe(400);
      expect((res.json<ApiError>().details as FieldError[])[0]?.code).toBe('not_found');
    });
  });

  describe('reading', () => {
    it("answers 404 for another commune's dossier, the same as for no dossier", async () => {
      const id = await insertDossier(t.db, { product: HUU_LE_LIQUOR });
      const other = await t.inject('xa.vanquan', `/api/dossiers/${id}`);
      const none = await t.inject('xa.vanquan', `/api/dossiers/${randomUUID()}`);
      expect(other.statusCode).toBe(404);
      expect(other.json<ApiError>()).toEqual(none.json<ApiError>());
      expect((await t.inject('xa.vanquan', `/api/dossiers/${id}/timeline`)).statusCode).toBe(404);
      expect((await t.inject('cl.nongnghiep', `/api/dossiers/${id}`)).statusCode).toBe(404);
      expect((await t.inject(DISTRICT, `/api/dossiers/${id}`)).statusCode).toBe(200);
      expect((await t.inject('so.nongnghiep', `/api/dossiers/${id}`)).statusCode).toBe(200);
    });

    it('answers 400, not 500, for an id that is no UUID', async () => {
      expect((await t.inject(COMMUNE, '/api/dossiers/not-a-uuid')).statusCode).toBe(400);
    });
  });

  describe('the list', () => {
    let liquor: string;
    let oil: string;

    beforeAll(async () => {
      liquor = (
        await create(COMMUNE, {
          productId: HUU_LE_LIQUOR.id,
          criteriaSet: '1048',
          registrationKind: 'first-time',
          roundYear: 2024,
          targetQuarter: '2024-Q1',
        })
      ).json<DossierDetail>().id;
      oil = (
        await create('xa.vanquan', {
          productId: STAR_ANISE_OIL.id,
          criteriaSet: '1048',
          registrationKind: 'first-time',
          roundYear: 2024,
        })
      ).json<DossierDetail>().id;
    });

    it('finds NFC-stored names from diacritic-free, upper-case and NFD queries', async () => {
      for (const q of ['huu le', 'RUOU MEN', 'Hữu Lễ'.normalize('NFD'), 'hoang van loi']) {
        const page = await list(DISTRICT, `roundYear=2024&q=${encodeURIComponent(q)}`);
        expect(page.items.map((d) => d.id))
          .withContext(q)
          .toEqual([liquor]);
      }
      const oilPage = await list(DISTRICT, `roundYear=2024&q=${encodeURIComponent('TINH DAU')}`);
      expect(oilPage.items.map((d) => d.id)).toEqual([oil]);
    });

    it("shows a commune officer only their commune's dossiers", async () => {
      const ids = (await list(COMMUNE, 'roundYear=2024')).items.map((d) => d.id);
      expect(ids).toContain(liquor);
      expect(ids).not.toContain(oil);
      expect((await list('cl.nongnghiep', 'roundYear=2024')).total).toBe(0);
    });

    it('filters by commune, state, product group and overdue, with counts', async () => {
      expect((await list(DISTRICT, 'roundYear=2024&communeCode=06253')).items.map((d) => d.id)).toEqual([
        oil,
      ]);
      expect((await list(DISTRICT, 'roundYear=2024&productGroupCode=15')).items.map((d) => d.id)).toEqual([
        liquor,
      ]);
      const overdue = await list(DISTRICT, 'roundYear=2024&flag=overdue');
      expect(overdue.items.map((d) => d.id)).toEqual([liquor]);
      expect(overdue.items[0]?.deadlineFlag).toBe('overdue');
      expect((await list(DISTRICT, 'roundYear=2024&state=submitted')).total).toBe(0);
      expect((await list(DISTRICT, 'roundYear=2024&state=draft')).total).toBe(2);
    });

    it('sorts and pages without losing or repeating a dossier', async () => {
      const byProduct = await list(DISTRICT, 'roundYear=2024&sort=product&dir=asc');
      expect(byProduct.items.map((d) => d.product.name)).toEqual([
        'Rượu men lá Hữu Lễ',
        'Tinh dầu hồi Văn Quan',
      ]);
      const desc = await list(DISTRICT, 'roundYear=2024&sort=product&dir=desc');
      expect(desc.items.map((d) => d.id)).toEqual([oil, liquor]);
      const first = await list(DISTRICT, 'roundYear=2024&sort=product&limit=1&offset=0');
      const second = await list(DISTRICT, 'roundYear=2024&sort=product&limit=1&offset=1');
      expect(first.total).toBe(2);
      expect([...first.items, ...second.items].map((d) => d.id)).toEqual([liquor, oil]);
    });
  });

  describe('checklist items', () => {
    it('records a change with the version it was based on, and refuses a stale one with 409', async () => {
      const id = await insertDossier(t.db);
      const ok = await putItem(COMMUNE, id, 'phieu-kiem-nghiem', {
        version: 1,
        status: 'provided',
        documentDate: '2019-05-02',
        remarks: null,
      });
      expect(ok.statusCode).withContext(ok.body).toBe(200);
      const dossier = ok.json<DossierDetail>();
      expect(dossier.version).toBe(2);
      expect(dossier.items.find((i) => i.definition.id === 'phieu-kiem-nghiem')).toEqual(
        jasmine.objectContaining({ status: 'provided', documentDate: '2019-05-02' }),
      );

      const stale = await putItem(COMMUNE, id, 'phieu-kiem-nghiem', {
        version: 1,
        status: 'missing',
        documentDate: null,
        remarks: null,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ApiError>()).toEqual(
        jasmine.objectContaining({ code: 'STALE_VERSION', details: { currentVersion: 2 } }),
      );
      const after = (await t.inject(COMMUNE, `/api/dossiers/${id}`)).json<DossierDetail>();
      expect(after.items.find((i) => i.definition.id === 'phieu-kiem-nghiem')?.status).toBe('provided');
    });

    it('lets only the commune officer edit, only in draft or when returned', async () => {
      const draft = await insertDossier(t.db);
      const submitted = await insertDossier(t.db, { state: 'submitted' });
      const body = { version: 1, status: 'provided', documentDate: null, remarks: null };
      expect((await putItem(DISTRICT, draft, 'san-pham-mau', body)).json<ApiError>().code).toBe(
        'CHECKLIST_LOCKED',
      );
      expect((await putItem(COMMUNE, submitted, 'san-pham-mau', body)).json<ApiError>().code).toBe(
        'CHECKLIST_LOCKED',
      );
      expect((await putItem('xa.vanquan', draft, 'san-pham-mau', body)).statusCode).toBe(404);
      expect((await putItem(COMMUNE, draft, 'no-such-item', body)).statusCode).toBe(404);
      expect(
        (await putItem(COMMUNE, draft, 'san-pham-mau', { ...body, status: 'returned' })).statusCode,
      ).toBe(400);
    });
  });

  describe('the workflow', () => {
    it('runs draft → submitted → returned → resubmitted → accepted with a timeline of every step', async () => {
      const id = await insertDossier(t.db, { complete: true });
      const step = async (user: DemoUser, action: string, extra: object = {}) => {
        const current = (await t.inject(user, `/api/dossiers/${id}`)).json<DossierDetail>();
        const res = await act(user, id, action, {
          version: current.version,
          requestId: randomUUID(),
          ...extra,
        });
        expect(res.statusCode).withContext(`${action}: ${res.body}`).toBe(200);
        return res.json<DossierDetail>();
      };
      const submitted = await step(COMMUNE, 'submit', { comment: 'Đã kiểm tra đủ hồ sơ' });
      expect(submitted.state).toBe('submitted');
      expect(submitted.deadline).not.toBeNull();

      const returned = await step(DISTRICT, 'return', {
        deadline: '2099-03-31',
        returnedItems: [{ itemId: 'phuong-an-kinh-doanh', reason: 'Thiếu phương án tiêu thụ năm 2020' }],
      });
      expect(returned.state).toBe('returned');
      expect(returned.deadline).toBe('2099-03-31');
      const item = returned.items.find((i) => i.definition.id === 'phuong-an-kinh-doanh');
      expect(item).toEqual(
        jasmine.objectContaining({ status: 'returned', remarks: 'Thiếu phương án tiêu thụ năm 2020' }),
      );

      // Not fixed yet: the returned item blocks resubmission, with the item named.
      const blocked = await act(COMMUNE, id, 'resubmit', {
        version: returned.version,
        requestId: randomUUID(),
      });
      expect(blocked.statusCode).toBe(400);
      expect(blocked.json<ApiError>().code).toBe('GUARD_FAILED');
      expect(blocked.json<ApiError>().message).toContain('Phương án, kế hoạch kinh doanh sản phẩm');

      const fixed = await putItem(COMMUNE, id, 'phuong-an-kinh-doanh', {
        version: returned.version,
        status: 'provided',
        documentDate: null,
        remarks: item?.remarks ?? null,
      });
      expect(fixed.statusCode).toBe(200);
      expect((await step(COMMUNE, 'resubmit')).state).toBe('resubmitted');
      const accepted = await step(DISTRICT, 'accept');
      expect(accepted.state).toBe('accepted');
      expect(accepted.deadline).toBeNull();

      const timeline = (await t.inject(DISTRICT, `/api/dossiers/${id}/timeline`)).json<AuditEntry[]>();
      expect(timeline.map((e) => e.action)).toEqual([
        'submit',
        'return',
        'item-update',
        'resubmit',
        'accept',
      ]);
      expect(timeline.map((e) => e.actor.username)).toEqual([COMMUNE, DISTRICT, COMMUNE, COMMUNE, DISTRICT]);
      expect(timeline[0]).toEqual(
        jasmine.objectContaining({ from: { state: 'draft' }, comment: 'Đã kiểm tra đủ hồ sơ' }),
      );
      expect(timeline[1]?.to).toEqual(
        jasmine.objectContaining({
          state: 'returned',
          deadline: '2099-03-31',
          returnedItems: [{ itemId: 'phuong-an-kinh-doanh', reason: 'Thiếu phương án tiêu thụ năm 2020' }],
        }),
      );
      expect(timeline.every((e, i) => i === 0 || e.at >= (timeline[i - 1]?.at ?? ''))).toBeTrue();
    });

    it('refuses to submit while a mandatory item is missing, listing what is missing', async () => {
      const id = await insertDossier(t.db);
      await provideItem(t.db, id, 'phieu-dang-ky-san-pham');
      const res = await act(COMMUNE, id, 'submit', { version: 1, requestId: randomUUID() });
      expect(res.statusCode).toBe(400);
      const error = res.json<ApiError>();
      expect(error.code).toBe('GUARD_FAILED');
      expect(error.message).toContain('Giới thiệu bộ máy tổ chức');
      expect(error.message).not.toContain('Phiếu đăng ký ý tưởng sản phẩm');
    });

    it('makes one transition of a double submit with one request id, and says so', async () => {
      const id = await insertDossier(t.db, { complete: true });
      const body = { version: 1, requestId: randomUUID() };
      const [a, b] = await Promise.all([act(COMMUNE, id, 'submit', body), act(COMMUNE, id, 'submit', body)]);
      expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
      expect(
        [a.headers['ocop-replayed'], b.headers['ocop-replayed']].filter((h) => h === 'true').length,
      ).toBe(1);
      expect(a.json<DossierDetail>().version).toBe(2);
      expect(b.json<DossierDetail>().version).toBe(2);
      expect(await transitions(id)).toBe(1);
      // A retry after a timeout, later on, also gets the first answer.
      const retry = await act(COMMUNE, id, 'submit', body);
      expect(retry.statusCode).toBe(200);
      expect(retry.headers['ocop-replayed']).toBe('true');
      expect(await transitions(id)).toBe(1);
    });

    it('lets only one of two different requests on the same version through', async () => {
      const id = await insertDossier(t.db, { state: 'submitted', complete: true });
      const [accept, ret] = await Promise.all([
        act(DISTRICT, id, 'accept', { version: 1, requestId: randomUUID() }),
        act('vq.nongnghiep', id, 'return', {
          version: 1,
          requestId: randomUUID(),
          deadline: '2099-01-01',
          returnedItems: [{ itemId: 'san-pham-mau', reason: 'Mẫu không đạt' }],
        }),
      ]);
      expect([accept.statusCode, ret.statusCode].sort()).toEqual([200, 409]);
      expect([accept, ret].find((r) => r.statusCode === 409)?.json<ApiError>().code).toBe('STALE_VERSION');
      expect(await transitions(id)).toBe(1);
    });

    it('refuses a return without a reason per item or without a deadline', async () => {
      const id = await insertDossier(t.db, { state: 'submitted', complete: true });
      const noReason = await act(DISTRICT, id, 'return', {
        version: 1,
        requestId: randomUUID(),
        deadline: '2099-01-01',
        returnedItems: [{ itemId: 'san-pham-mau', reason: '  ' }],
      });
      expect(noReason.statusCode).toBe(400);
      const noItems = await act(DISTRICT, id, 'return', {
        version: 1,
        requestId: randomUUID(),
        deadline: '2099-01-01',
      });
      expect(noItems.json<ApiError>().code).toBe('GUARD_FAILED');
      const noDeadline = await act(DISTRICT, id, 'return', {
        version: 1,
        requestId: randomUUID(),
        returnedItems: [{ itemId: 'san-pham-mau', reason: 'Mẫu không đạt' }],
      });
      expect(noDeadline.json<ApiError>().code).toBe('GUARD_FAILED');
      expect(noDeadline.json<ApiError>().message).toContain('hạn bổ sung');
      expect(await transitions(id)).toBe(0);
    });

    it('answers an unknown action with the engine code', async () => {
      const id = await insertDossier(t.db);
      const res = await act(COMMUNE, id, 'certify', { version: 1, requestId: randomUUID() });
      expect(res.statusCode).toBe(400);
      expect(res.json<ApiError>().code).toBe('UNKNOWN_ACTION');
    });
  });

  it('keeps the timeline append-only: no route changes it and the database refuses', async () => {
    const id = await insertDossier(t.db, { complete: true });
    await act(COMMUNE, id, 'submit', { version: 1, requestId: randomUUID() });
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const res = await t.inject(DISTRICT, { method, url: `/api/dossiers/${id}/timeline` });
      expect(res.statusCode).withContext(method).toBe(404);
    }
    await expectAsync(
      t.db.query(`update audit_log set comment = 'x' where entity_type = 'dossier' and entity_id = $1`, [id]),
    ).toBeRejected();
  });
});

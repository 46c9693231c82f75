import type { ApiError, Dashboard, DashboardCount } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';
import { fixBusinessDate } from '../units/commune-check';
import { insertCaoLocDataSet } from './testing/dashboard-fixtures';

/**
 * The dashboard's figures against hand-computed values (issue #8, "Numbers"), on the data set of
 * testing/dashboard-fixtures.ts (Cao Lộc, round 2030) and the business date 15/10/2030; and who sees what.
 */
describe('GET /api/dashboard', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await insertCaoLocDataSet(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(() => fixBusinessDate('2030-10-15'));
  afterEach(() => fixBusinessDate(null));

  async function dashboard(user: DemoUser, query: string): Promise<Dashboard> {
    const res = await t.inject(user, `/api/dashboard?${query}`);
    expect(res.statusCode).withContext(res.body).toBe(200);
    return res.json<Dashboard>();
  }

  const counts = (rows: DashboardCount[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));
  const ZERO_FUNNEL = {
    draft: 0,
    submitted: 0,
    returned: 0,
    resubmitted: 0,
    accepted: 0,
    forwarded: 0,
    'not-forwarded': 0,
    certified: 0,
    'not-certified': 0,
    withdrawn: 0,
  };
  const NNPTNT = 'Phòng Nông nghiệp và Phát triển nông thôn';

  /** Cao Lộc, round 2030, whole year: the figures of the data set. */
  const CAO_LOC_2030 = {
    // dA accepted, dB submitted, dC returned, dD accepted (the 2027/2028 dossiers are other rounds).
    funnel: { ...ZERO_FUNNEL, submitted: 1, returned: 1, accepted: 2 },
    stepDays: [
      // draft: dA 2, dB 4, dC 1, dD 3 → 10 / 4 = 2.5
      { key: 'draft', label: 'Đang chuẩn bị', averageDays: 2.5, count: 4 },
      // submitted: dA 5, dC 10, dD 7 (dB has not left it) → 22 / 3 = 7.33… → 7.3
      { key: 'submitted', label: 'Đã gửi huyện', averageDays: 7.3, count: 3 },
      { key: 'returned', label: 'Trả lại để bổ sung', averageDays: 3, count: 1 },
      { key: 'resubmitted', label: 'Đã nộp lại', averageDays: 1, count: 1 },
      { key: 'accepted', label: 'Đã tiếp nhận để đánh giá', averageDays: null, count: 0 },
      { key: 'forwarded', label: 'Đã chuyển cấp tỉnh', averageDays: null, count: 0 },
    ],
    // dB's deadline 01/10/2030 has passed; dC's 20/10/2030 has not.
    overdueDossiers: 1,
    // returned: dA, dC; decided: dA, dC and dD (accepted) → 2 / 3 = 0.6667
    returns: { returned: 2, decided: 3, rate: 0.6667 },
    // A 4★ (expiring, still valid), C 3★, B none, D none (its 5★ was revoked on 01/01/2030)
    productsByStars: { '1': 0, '2': 0, '3': 1, '4': 1, '5': 0, none: 2 },
    productsByGroup: [
      { key: '15', label: 'Rượu trắng', count: 3 },
      { key: '22', label: 'Thảo dược khác', count: 1 },
    ],
    productsByCommune: [
      { key: '99001', label: 'Xã Thử Nhất', count: 3 },
      { key: '99002', label: 'Xã Thử Hai', count: 1 },
    ],
    // A's certificate expires 01/11/2030: 17 days ≤ 30
    certificatesExpiringSoon: 1,
    tasksByUnit: [
      // 31/03 accepted (done); 30/06 in progress (overdue)
      { key: 'department:NNPTNT', label: NNPTNT, total: 2, done: 1, overdue: 1 },
      // Q4 assigned (due 31/12, not yet); Q1 returned (due 31/03, overdue); cancelled (counted, never overdue)
      { key: 'department:TTYT', label: 'Trung tâm Y tế', total: 3, done: 0, overdue: 1 },
      // reported done: waits for the standing unit, not overdue
      { key: 'commune:99001', label: 'Xã Thử Nhất', total: 1, done: 0, overdue: 0 },
    ],
  };

  function expectFigures(actual: Dashboard, expected: typeof CAO_LOC_2030): void {
    expect(counts(actual.funnel)).toEqual(expected.funnel);
    expect(actual.funnel.map((r) => r.key)).toEqual(Object.keys(ZERO_FUNNEL));
    expect(actual.stepDays).toEqual(expected.stepDays);
    expect(actual.overdueDossiers).toBe(expected.overdueDossiers);
    expect(actual.returns).toEqual(expected.returns);
    expect(counts(actual.productsByStars)).toEqual(expected.productsByStars);
    expect(actual.productsByGroup).toEqual(expected.productsByGroup);
    expect(actual.productsByCommune).toEqual(expected.productsByCommune);
    expect(actual.certificatesExpiringSoon).toBe(expected.certificatesExpiringSoon);
    expect(actual.tasksByUnit).toEqual(expected.tasksByUnit);
  }

  it("gives the district officer every figure of their district's year", async () => {
    const d = await dashboard('cl.nongnghiep', 'year=2030');
    expect(d.query).toEqual({ year: 2030, quarter: null, districtCode: '183', criteriaSet: null });
    expect(d.scope).toEqual({ level: 'district', unitName: 'Huyện Cao Lộc' });
    expect(d.funnel[0]).toEqual({ key: 'draft', label: 'Đang chuẩn bị', count: 0 });
    expect(d.productsByStars.at(-1)).toEqual({ key: 'none', label: 'Chưa có sao', count: 2 });
    expectFigures(d, CAO_LOC_2030);
  });

  it('narrows dossiers to the target quarter and tasks to those due in it', async () => {
    const d = await dashboard('cl.nongnghiep', 'year=2030&quarter=1');
    expect(d.query.quarter).toBe(1);
    expectFigures(d, {
      ...CAO_LOC_2030,
      // Q1 dossiers: dA (accepted) and dB (submitted, overdue)
      funnel: { ...ZERO_FUNNEL, submitted: 1, accepted: 1 },
      stepDays: [
        // draft: dA 2, dB 4 → 3
        { key: 'draft', label: 'Đang chuẩn bị', averageDays: 3, count: 2 },
        { key: 'submitted', label: 'Đã gửi huyện', averageDays: 5, count: 1 },
        { key: 'returned', label: 'Trả lại để bổ sung', averageDays: 3, count: 1 },
        { key: 'resubmitted', label: 'Đã nộp lại', averageDays: 1, count: 1 },
        { key: 'accepted', label: 'Đã tiếp nhận để đánh giá', averageDays: null, count: 0 },
        { key: 'forwarded', label: 'Đã chuyển cấp tỉnh', averageDays: null, count: 0 },
      ],
      overdueDossiers: 1,
      returns: { returned: 1, decided: 1, rate: 1 },
      tasksByUnit: [
        { key: 'department:NNPTNT', label: NNPTNT, total: 1, done: 1, overdue: 0 },
        { key: 'department:TTYT', label: 'Trung tâm Y tế', total: 1, done: 0, overdue: 1 },
        { key: 'commune:99001', label: 'Xã Thử Nhất', total: 1, done: 0, overdue: 0 },
      ],
    });
  });

  it('narrows dossiers to a criteria set', async () => {
    const d = await dashboard('cl.nongnghiep', 'year=2030&criteriaSet=148');
    // Only dC: returned, its deadline ahead, returned once.
    expect(counts(d.funnel)).toEqual({ ...ZERO_FUNNEL, returned: 1 });
    expect(d.overdueDossiers).toBe(0);
    expect(d.returns).toEqual({ returned: 1, decided: 1, rate: 1 });
    expect(d.stepDays.slice(0, 2).map((s) => [s.key, s.averageDays, s.count])).toEqual([
      ['draft', 1, 1],
      ['submitted', 10, 1],
    ]);
  });

  it('counts nothing for a year without dossiers or plans', async () => {
    const d = await dashboard('cl.nongnghiep', 'year=2031');
    expect(counts(d.funnel)).toEqual(ZERO_FUNNEL);
    expect(d.returns).toEqual({ returned: 0, decided: 0, rate: null });
    expect(d.stepDays.every((s) => s.averageDays === null && s.count === 0)).toBeTrue();
    expect(d.tasksByUnit).toEqual([]);
  });

  it('gives the province officer one district exactly as its district officer sees it', async () => {
    const d = await dashboard('so.nongnghiep', 'year=2030&districtCode=183');
    expect(d.query.districtCode).toBe('183');
    expect(d.scope).toEqual({ level: 'province', unitName: 'Huyện Cao Lộc' });
    expectFigures(d, CAO_LOC_2030);
  });

  it('gives the province officer the whole province', async () => {
    const d = await dashboard('so.nongnghiep', 'year=2030');
    expect(d.query.districtCode).toBeNull();
    expect(d.scope).toEqual({ level: 'province', unitName: 'Tỉnh Lạng Sơn' });
    // Round 2030 has dossiers in Cao Lộc only.
    expect(counts(d.funnel)).toEqual(CAO_LOC_2030.funnel);
    // Products: Cao Lộc's 4 plus the demo's in Văn Quan.
    const products = d.productsByCommune.reduce((sum, r) => sum + r.count, 0);
    expect(products).toBeGreaterThan(4);
    expect(d.productsByCommune).toContain({ key: '99001', label: 'Xã Thử Nhất', count: 3 });
    // Plans of 2030: Cao Lộc's six tasks and Văn Quan's three.
    expect(d.tasksByUnit).toEqual([
      // 183: 2 (1 done, 1 overdue); 184: 1 accepted
      { key: 'department:NNPTNT', label: NNPTNT, total: 3, done: 2, overdue: 1 },
      // 184: assigned, due 31/05/2030 (overdue)
      { key: 'department:KTHT', label: 'Phòng Kinh tế và Hạ tầng', total: 1, done: 0, overdue: 1 },
      // 183: 3 (1 overdue); 184: assigned, due 31/05/2030 (overdue)
      { key: 'department:TTYT', label: 'Trung tâm Y tế', total: 4, done: 0, overdue: 2 },
      { key: 'commune:99001', label: 'Xã Thử Nhất', total: 1, done: 0, overdue: 0 },
    ]);
  });

  it("shows a department officer only their unit's tasks and no dossier, product or certificate figure", async () => {
    const d = await dashboard('vq.yte', 'year=2030');
    expect(d.scope).toEqual({ level: 'department', unitName: 'Trung tâm Y tế' });
    expect(d.query.districtCode).toBe('184');
    expect(counts(d.funnel)).toEqual(ZERO_FUNNEL);
    expect(d.overdueDossiers).toBe(0);
    expect(d.returns).toEqual({ returned: 0, decided: 0, rate: null });
    expect(counts(d.productsByStars)).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, none: 0 });
    expect(d.productsByGroup).toEqual([]);
    expect(d.productsByCommune).toEqual([]);
    expect(d.certificatesExpiringSoon).toBe(0);
    // Văn Quan 2030: the task TTYT leads and the one it cooperates in; not the KTHT task.
    expect(d.tasksByUnit).toEqual([
      { key: 'department:NNPTNT', label: NNPTNT, total: 1, done: 1, overdue: 0 },
      { key: 'department:TTYT', label: 'Trung tâm Y tế', total: 1, done: 0, overdue: 1 },
    ]);
    // The same year in the demo's own data (2020): no dossier figures either.
    const demo = await dashboard('vq.yte', 'year=2020');
    expect(counts(demo.funnel)).toEqual(ZERO_FUNNEL);
    expect(demo.productsByCommune).toEqual([]);
  });

  it("shows the standing unit every task of its district's plan", async () => {
    const d = await dashboard('vq.nongnghiep', 'year=2030');
    expect(d.tasksByUnit.map((r) => [r.key, r.total])).toEqual([
      ['department:NNPTNT', 1],
      ['department:KTHT', 1],
      ['department:TTYT', 1],
    ]);
  });

  it('shows a commune officer only their commune', async () => {
    const d = await dashboard('xa.huule', 'year=2019');
    expect(d.scope).toEqual({ level: 'commune', unitName: 'Xã Hữu Lễ' });
    expect(d.query.districtCode).toBe('184');
    expect(d.productsByCommune.map((r) => r.key)).toEqual(['06322']);
    const own = await t.inject('xa.huule', '/api/dossiers?roundYear=2019&limit=100');
    const total = own.json<{ total: number }>().total;
    expect(total).toBeGreaterThan(0);
    expect(d.funnel.reduce((sum, r) => sum + r.count, 0)).toBe(total);
    // The district officer sees more of Văn Quan than the commune does.
    const district = await dashboard('vq.nongnghiep', 'year=2019');
    expect(district.productsByCommune.length).toBeGreaterThan(1);
    expect(district.funnel.reduce((sum, r) => sum + r.count, 0)).toBeGreaterThanOrEqual(total);
  });

  it('refuses a council member', async () => {
    const res = await t.inject('hoidong.1', '/api/dashboard?year=2030');
    expect(res.statusCode).toBe(403);
    expect(res.json<ApiError>().code).toBe('FORBIDDEN');
  });

  it('refuses a district officer asking for another district', async () => {
    const res = await t.inject('vq.nongnghiep', '/api/dashboard?year=2030&districtCode=183');
    expect(res.statusCode).toBe(403);
    const body = res.json<ApiError>();
    expect(body.code).toBe('FORBIDDEN_UNIT');
    expect(body.message).toBe('Bạn chỉ được xem số liệu của đơn vị mình quản lý.');
    // Their own district, named, is fine.
    expect((await t.inject('vq.nongnghiep', '/api/dashboard?year=2030&districtCode=184')).statusCode).toBe(
      200,
    );
  });

  it('refuses a commune officer asking for another district', async () => {
    const res = await t.inject('xa.huule', '/api/dashboard?year=2030&districtCode=183');
    expect(res.statusCode).toBe(403);
    expect(res.json<ApiError>().code).toBe('FORBIDDEN_UNIT');
  });

  it('answers every problem of the filters in Vietnamese', async () => {
    const res = await t.inject('cl.nongnghiep', '/api/dashboard?year=abc&quarter=5');
    expect(res.statusCode).toBe(400);
    const body = res.json<ApiError>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect((body.details as { field: string }[]).map((e) => e.field)).toEqual(['year', 'quarter']);
  });

  it('defaults the year to the business year', async () => {
    const d = await dashboard('cl.nongnghiep', '');
    expect(d.query.year).toBe(2030);
    expect(counts(d.funnel)).toEqual(CAO_LOC_2030.funnel);
  });
});

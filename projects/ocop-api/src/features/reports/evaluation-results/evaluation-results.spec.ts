import {
  criteriaSheetFor,
  type ApiError,
  type DashboardCount,
  type EvaluationResultsReport,
} from '@ocop/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import type { DemoUser } from '../../../testing/tokens';
import { fixBusinessDate } from '../../units/commune-check';
import { insertReportDataSet } from '../testing/report-fixtures';

/**
 * The evaluation results report against hand-computed values (testing/report-fixtures.ts): Cao Lộc's sessions
 * and certificates of 2030, Văn Quan's of 2031 in two communes; and who sees which rows.
 */
describe('GET /api/reports/evaluation-results', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await insertReportDataSet(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(() => fixBusinessDate('2030-10-15'));
  afterEach(() => fixBusinessDate(null));

  async function results(user: DemoUser, query: string): Promise<EvaluationResultsReport> {
    const res = await t.inject(user, `/api/reports/evaluation-results?${query}`);
    expect(res.statusCode).withContext(res.body).toBe(200);
    return res.json<EvaluationResultsReport>();
  }

  const counts = (rows: DashboardCount[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));
  const SHEET = criteriaSheetFor('1048', '15')?.title ?? '';
  const anyId = jasmine.any(String) as unknown as string;
  const totals = (names: string[], values: number[]) =>
    values.map((total, i) => ({ memberId: anyId, fullName: names[i] ?? '', total }));
  const CAO_LOC_MEMBERS = ['Chu Văn Chủ', 'Lý Thị Một'];
  const VAN_QUAN_MEMBERS = ['Nguyễn Văn Chủ', 'Hoàng Thị Hai'];

  const rowE = {
    dossierId: anyId,
    product: 'Miến dong thử E',
    producer: 'Hộ Miến dong thử E',
    commune: 'Xã Thử Nhất',
    sheetTitle: SHEET,
    // (80 + 84) / 2 = 82 → 4★; spread 84 − 80 = 4
    memberTotals: totals(CAO_LOC_MEMBERS, [80, 84]),
    mean: 82,
    spread: 4,
    stars: 4,
    forwarded: true,
  };
  const rowF = {
    ...rowE,
    product: 'Trà thử F',
    producer: 'Hộ Trà thử F',
    commune: 'Xã Thử Hai',
    // (60 + 66) / 2 = 63 → 3★; spread 6
    memberTotals: totals(CAO_LOC_MEMBERS, [60, 66]),
    mean: 63,
    spread: 6,
    stars: 3,
    forwarded: false,
  };
  const rowG = {
    ...rowE,
    product: 'Gừng thử G',
    producer: 'Hộ Gừng thử G',
    commune: 'Xã Thử Hai',
    // (55 + 57) / 2 = 56 → 3★; spread 2
    memberTotals: totals(CAO_LOC_MEMBERS, [55, 57]),
    mean: 56,
    spread: 2,
    stars: 3,
  };
  const rowJ = {
    ...rowE,
    product: 'Chè thử J',
    producer: 'Hộ Chè thử J',
    commune: 'Xã Hữu Lễ',
    // (50 + 54) / 2 = 52 → 3★
    memberTotals: totals(VAN_QUAN_MEMBERS, [50, 54]),
    mean: 52,
    spread: 4,
    stars: 3,
  };
  const rowK = {
    ...rowE,
    product: 'Khâu nhục thử K',
    producer: 'Hộ Khâu nhục thử K',
    commune: 'Thị trấn Văn Quan',
    // (91 + 93) / 2 = 92 → 5★ (the province later decides 4★)
    memberTotals: totals(VAN_QUAN_MEMBERS, [91, 93]),
    mean: 92,
    spread: 2,
    stars: 5,
  };
  const session = (title: string, date: string, unitCode: string, dossierCount: number) => ({
    id: anyId,
    council: { id: anyId, name: `Hội đồng OCOP thử ${unitCode}`, level: 'district', unitCode },
    title,
    date,
    place: 'Hội trường',
    status: 'closed',
    dossierCount,
    attendeeCount: 2,
    mySheetsToDo: null,
  });
  const certE = {
    certificateId: anyId,
    product: 'Miến dong thử E',
    producer: 'Hộ Miến dong thử E',
    commune: 'Xã Thử Nhất',
    district: 'Huyện Cao Lộc',
    productGroup: 'Rượu trắng',
    criteriaSet: '1048',
    // the province's score
    score: 82.5,
    stars: 4,
    decisionNumber: '15/QĐ-UBND',
    certifiedOn: '2030-05-15',
    expiresOn: '2033-05-14',
    status: 'valid',
  };
  const certG = {
    ...certE,
    product: 'Gừng thử G',
    producer: 'Hộ Gừng thử G',
    commune: 'Xã Thử Hai',
    score: 56,
    stars: 3,
    decisionNumber: '40/QĐ-UBND',
    certifiedOn: '2030-10-05',
    expiresOn: '2033-10-04',
  };
  const certJ = {
    ...certE,
    product: 'Chè thử J',
    producer: 'Hộ Chè thử J',
    commune: 'Xã Hữu Lễ',
    district: 'Huyện Văn Quan',
    score: 52,
    stars: 3,
    decisionNumber: '7/QĐ-UBND',
    certifiedOn: '2031-06-01',
    expiresOn: '2034-05-31',
  };
  const certK = {
    ...certJ,
    product: 'Khâu nhục thử K',
    producer: 'Hộ Khâu nhục thử K',
    commune: 'Thị trấn Văn Quan',
    score: 90,
    stars: 4,
    decisionNumber: '8/QĐ-UBND',
  };

  const CAO_LOC_2030 = {
    sessions: [
      // The open session of 01/09/2030 and the one of 10/11/2029 are left out.
      { session: session('Phiên quý I', '2030-03-20', '183', 2), rows: [rowE, rowF] },
      { session: session('Phiên quý III', '2030-07-10', '183', 1), rows: [rowG] },
    ],
    // by issue day: E on 15/05, G on 05/10
    certified: [certE, certG],
  };

  it("gives the district officer their district's sessions and certificates of the year", async () => {
    const r = await results('cl.nongnghiep', 'year=2030');
    expect(r.year).toBe(2030);
    expect(r.scope).toEqual({ unitName: 'Huyện Cao Lộc', districtCode: '183' });
    expect(r.sessions).toEqual(CAO_LOC_2030.sessions as unknown as EvaluationResultsReport['sessions']);
    expect(r.certified).toEqual(CAO_LOC_2030.certified as unknown as EvaluationResultsReport['certified']);
    // E 4★, G 3★
    expect(counts(r.certifiedByStars)).toEqual({ '1': 0, '2': 0, '3': 1, '4': 1, '5': 0 });
    expect(r.certifiedByStars[3]).toEqual({ key: '4', label: '4 sao', count: 1 });
  });

  it('keeps each year to itself', async () => {
    const r = await results('cl.nongnghiep', 'year=2029');
    expect(
      r.sessions.map((s) => [s.session.title, s.rows.map((row) => [row.product, row.mean, row.stars])]),
    ).toEqual([
      // (40 + 42) / 2 = 41 → 2★
      ['Phiên 2029', [['Ích mẫu thử I', 41, 2]]],
    ]);
    // The dashboard's data set certified D (5★, 01/01/2029, revoked on 01/01/2030) and C (3★, 01/06/2029),
    // without a province result (score 0).
    expect(r.certified.map((c) => [c.product, c.stars, c.certifiedOn, c.score, c.status])).toEqual([
      ['Rượu thử D', 5, '2029-01-01', 0, 'revoked'],
      ['Thảo dược thử C', 3, '2029-06-01', 0, 'valid'],
    ]);
    expect(counts(r.certifiedByStars)).toEqual({ '1': 0, '2': 0, '3': 1, '4': 0, '5': 1 });
  });

  it('gives the province officer every council, or one district', async () => {
    const all = await results('so.nongnghiep', 'year=2030');
    expect(all.scope).toEqual({ unitName: 'Tỉnh Lạng Sơn', districtCode: null });
    // 2030 has sessions and certificates in Cao Lộc only.
    expect(all.sessions).toEqual(CAO_LOC_2030.sessions as unknown as EvaluationResultsReport['sessions']);
    expect(all.certified).toEqual(CAO_LOC_2030.certified as unknown as EvaluationResultsReport['certified']);
    const caoLoc = await results('so.nongnghiep', 'year=2030&districtCode=183');
    expect(caoLoc).toEqual({ ...(await results('cl.nongnghiep', 'year=2030')) });
    const vanQuan = await results('so.nongnghiep', 'year=2030&districtCode=184');
    expect(vanQuan.scope).toEqual({ unitName: 'Huyện Văn Quan', districtCode: '184' });
    expect(vanQuan.sessions).toEqual([]);
    expect(vanQuan.certified).toEqual([]);
  });

  it('gives Văn Quan both communes and each commune officer only their own', async () => {
    const district = await results('vq.nongnghiep', 'year=2031');
    expect(district.sessions).toEqual([
      { session: session('Phiên 2031', '2031-04-10', '184', 2), rows: [rowJ, rowK] },
    ] as unknown as EvaluationResultsReport['sessions']);
    // same issue day: K (4★) before J (3★)
    expect(district.certified).toEqual([certK, certJ] as unknown as EvaluationResultsReport['certified']);
    expect(counts(district.certifiedByStars)).toEqual({ '1': 0, '2': 0, '3': 1, '4': 1, '5': 0 });
    expect(await results('so.nongnghiep', 'year=2031')).toEqual({
      ...district,
      scope: { unitName: 'Tỉnh Lạng Sơn', districtCode: null },
    });

    const huuLe = await results('xa.huule', 'year=2031');
    expect(huuLe.scope).toEqual({ unitName: 'Xã Hữu Lễ', districtCode: '184' });
    expect(huuLe.sessions).toEqual([
      { session: session('Phiên 2031', '2031-04-10', '184', 1), rows: [rowJ] },
    ] as unknown as EvaluationResultsReport['sessions']);
    expect(huuLe.certified).toEqual([certJ] as unknown as EvaluationResultsReport['certified']);
    expect(counts(huuLe.certifiedByStars)).toEqual({ '1': 0, '2': 0, '3': 1, '4': 0, '5': 0 });

    const town = await results('xa.vanquan', 'year=2031');
    expect(town.sessions.flatMap((s) => s.rows.map((r) => r.product))).toEqual(['Khâu nhục thử K']);
    expect(town.certified.map((c) => c.product)).toEqual(['Khâu nhục thử K']);

    // Cao Lộc's sessions hold no row of Hữu Lễ: nothing.
    const none = await results('xa.huule', 'year=2030');
    expect(none.sessions).toEqual([]);
    expect(none.certified).toEqual([]);
  });

  it("narrows the demo's sessions to the commune's rows", async () => {
    for (const year of ['2020', '2021']) {
      const district = await results('vq.nongnghiep', `year=${year}`);
      const commune = await results('xa.huule', `year=${year}`);
      const districtRows = district.sessions.flatMap((s) => s.rows);
      const communeRows = commune.sessions.flatMap((s) => s.rows);
      expect(communeRows.every((r) => r.commune === 'Xã Hữu Lễ'))
        .withContext(year)
        .toBeTrue();
      expect(communeRows).toEqual(districtRows.filter((r) => r.commune === 'Xã Hữu Lễ'));
    }
  });

  it('refuses department officers and council members', async () => {
    for (const user of ['vq.yte', 'hoidong.1'] as const) {
      const res = await t.inject(user, '/api/reports/evaluation-results?year=2030');
      expect(res.statusCode).withContext(user).toBe(403);
      expect(res.json<ApiError>().code).toBe('FORBIDDEN');
    }
  });

  it('refuses another district', async () => {
    for (const user of ['vq.nongnghiep', 'xa.huule'] as const) {
      const res = await t.inject(user, '/api/reports/evaluation-results?year=2030&districtCode=183');
      expect(res.statusCode).withContext(user).toBe(403);
      expect(res.json<ApiError>().code).toBe('FORBIDDEN_UNIT');
    }
  });

  it('answers a bad year in Vietnamese', async () => {
    const res = await t.inject('cl.nongnghiep', '/api/reports/evaluation-results?year=abc');
    expect(res.statusCode).toBe(400);
    expect(res.json<ApiError>().details).toEqual([
      { field: 'year', code: 'invalid_format', message: 'Năm phải là số từ 2018 đến 2100' },
    ]);
  });
});

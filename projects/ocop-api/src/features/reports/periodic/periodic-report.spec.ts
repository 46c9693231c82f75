import type {
  ApiError,
  DashboardCount,
  FieldError,
  PeriodicReportDraft,
  PeriodicReportFigures,
  ReportEvaluationRow,
} from '@ocop/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import type { DemoUser } from '../../../testing/tokens';
import { fixBusinessDate } from '../../units/commune-check';
import { insertReportDataSet } from '../testing/report-fixtures';

/**
 * The live periodic report against hand-computed values, on testing/report-fixtures.ts (Cao Lộc 2030) and the
 * business date 15/10/2030; and who may read it. Issuing is in issue-periodic-report.spec.ts.
 *
 * Tasks of Cao Lộc's plan 2030 (T1–T6 from the dashboard's data set, T7–T11 serving the targets):
 *   T1 NNPTNT due 31/03 accepted · T2 NNPTNT due 30/06 in progress · T3 TTYT due Q4 assigned ·
 *   T4 TTYT due Q1 returned · T5 TTYT no due day, cancelled · T6 Xã Thử Nhất due 15/02 reported done ·
 *   T7 KTHT (CT1) due 15/03 accepted, 100 % accepted at 23:30 on 31/03 (Vietnam) ·
 *   T8 NNPTNT (CT1) due 30/09: in progress from 18/03 (40 % accepted 20/03), accepted 05/09 with 100 % ·
 *   T9 Xã Thử Hai (CT2) due Q2 cancelled · T10 TTYT (CT2) due 30/11 in progress, 50 % accepted 01/10 10:00 ·
 *   T11 KTHT (CT2) due 31/12 assigned.
 */
describe('GET /api/reports/periodic', () => {
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

  async function draft(user: DemoUser, query: string): Promise<PeriodicReportDraft> {
    const res = await t.inject(user, `/api/reports/periodic?${query}`);
    expect(res.statusCode).withContext(res.body).toBe(200);
    return res.json<PeriodicReportDraft>();
  }

  const counts = (rows: DashboardCount[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));
  const NNPTNT = 'Phòng Nông nghiệp và Phát triển nông thôn';
  const KTHT = 'Phòng Kinh tế và Hạ tầng';
  const TTYT = 'Trung tâm Y tế';

  // Round 2030 of Cao Lộc: dA, dD, dH accepted; dB submitted; dC returned; dE, dG certified; dF not forwarded.
  const STAGES_2030 = {
    draft: 0,
    submitted: 1,
    returned: 1,
    resubmitted: 0,
    accepted: 3,
    forwarded: 0,
    'not-forwarded': 1,
    certified: 2,
    'not-certified': 0,
    withdrawn: 0,
  };
  const TARGET_CT1 = {
    code: 'CT1',
    title: 'Sản phẩm đạt 3 sao trở lên',
    indicator: 'Số sản phẩm đạt 3 sao',
    quantity: 2,
    measure: 'sản phẩm',
    dueQuarter: '2030-Q4',
  };
  const TARGET_CT2 = {
    code: 'CT2',
    title: 'Tập huấn cho chủ thể OCOP',
    indicator: 'Số lớp tập huấn',
    quantity: 3,
    measure: 'lớp',
    dueQuarter: null,
  };
  const E_SCORED: ReportEvaluationRow = {
    product: 'Miến dong thử E',
    producer: 'Hộ Miến dong thử E',
    commune: 'Xã Thử Nhất',
    // session of 20/03/2030: (80 + 84) / 2 = 82 → 4★
    score: 82,
    stars: 4,
    decisionNumber: null,
    certifiedOn: null,
    expiresOn: null,
  };
  const E_CERTIFIED: ReportEvaluationRow = {
    ...E_SCORED,
    decisionNumber: '15/QĐ-UBND',
    certifiedOn: '2030-05-15',
    expiresOn: '2033-05-14',
  };
  const F_SCORED: ReportEvaluationRow = {
    product: 'Trà thử F',
    producer: 'Hộ Trà thử F',
    commune: 'Xã Thử Hai',
    // (60 + 66) / 2 = 63 → 3★
    score: 63,
    stars: 3,
    decisionNumber: null,
    certifiedOn: null,
    expiresOn: null,
  };
  const G_SCORED: ReportEvaluationRow = {
    product: 'Gừng thử G',
    producer: 'Hộ Gừng thử G',
    commune: 'Xã Thử Hai',
    // session of 10/07/2030: (55 + 57) / 2 = 56 → 3★
    score: 56,
    stars: 3,
    decisionNumber: null,
    certifiedOn: null,
    expiresOn: null,
  };

  function expectCaoLoc(figures: PeriodicReportFigures): void {
    expect(figures.unit).toEqual({ code: '183', name: 'Huyện Cao Lộc', level: 'district' });
    expect(figures.plan).toEqual({
      id: jasmine.any(String) as unknown as string,
      number: null,
      title: 'Kế hoạch OCOP thử 183 năm 2030',
      issuedOn: null,
    });
    expect(counts(figures.dossiersByStage)).toEqual(STAGES_2030);
    expect(figures.dossiersByStage.map((r) => r.key)).toEqual(Object.keys(STAGES_2030));
  }

  it('gives the first quarter as it stood on 31/03/2030', async () => {
    const d = await draft('cl.nongnghiep', 'year=2030&quarter=1');
    expectCaoLoc(d.figures);
    expect(d.figures.period).toEqual({ year: 2030, quarter: 1 });
    expect([d.figures.from, d.figures.to]).toEqual(['2030-01-01', '2030-03-31']);
    expect(d.title).toBe('Báo cáo kết quả thực hiện Chương trình OCOP quý I năm 2030');
    expect(d.figures.targets).toEqual([
      // T7 accepted, 100 (accepted 23:30 on 31/03, still Q1); T8 in progress on 31/03 (audit of 18/03), 40
      // accepted on 20/03 → counted 2, accepted 1, (100 + 40) / 2 = 70
      { ...TARGET_CT1, tasksCounted: 2, tasksAccepted: 1, acceptedPercent: 70 },
      // T9 cancelled (left out); T10 nothing accepted by 31/03, T11 nothing → (0 + 0) / 2 = 0
      { ...TARGET_CT2, tasksCounted: 2, tasksAccepted: 0, acceptedPercent: 0 },
    ]);
    // Due by 31/03: T1, T4, T6, T7; overdue judged on 31/03, so T4 (due 31/03) is not overdue yet.
    expect(d.figures.tasksByUnit).toEqual([
      { key: 'department:NNPTNT', label: NNPTNT, total: 1, done: 1, overdue: 0 },
      { key: 'department:KTHT', label: KTHT, total: 1, done: 1, overdue: 0 },
      { key: 'department:TTYT', label: TTYT, total: 1, done: 0, overdue: 0 },
      { key: 'commune:99001', label: 'Xã Thử Nhất', total: 1, done: 0, overdue: 0 },
    ]);
    // Session of 20/03 closed: E and F; no certificate before 31/03 (E's is of 15/05).
    expect(d.figures.evaluations).toEqual([E_SCORED, F_SCORED]);
    expect(counts(d.figures.certifiedByStars)).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 });
  });

  it('gives the third quarter: reports accepted after 30/09 do not count', async () => {
    const d = await draft('cl.nongnghiep', 'year=2030&quarter=3');
    expectCaoLoc(d.figures);
    expect([d.figures.from, d.figures.to]).toEqual(['2030-01-01', '2030-09-30']);
    expect(d.title).toBe('Báo cáo kết quả thực hiện Chương trình OCOP quý III năm 2030');
    expect(d.figures.targets).toEqual([
      // T7 100 accepted; T8 accepted on 05/09 with 100 → 2 of 2, (100 + 100) / 2 = 100
      { ...TARGET_CT1, tasksCounted: 2, tasksAccepted: 2, acceptedPercent: 100 },
      // T10's 50 % was accepted on 01/10 (after the quarter) → (0 + 0) / 2 = 0
      { ...TARGET_CT2, tasksCounted: 2, tasksAccepted: 0, acceptedPercent: 0 },
    ]);
    // Due by 30/09: T1, T2, T4, T6, T7, T8, T9; overdue judged on 30/09.
    expect(d.figures.tasksByUnit).toEqual([
      // T1 done, T2 (due 30/06, in progress) overdue, T8 done
      { key: 'department:NNPTNT', label: NNPTNT, total: 3, done: 2, overdue: 1 },
      { key: 'department:KTHT', label: KTHT, total: 1, done: 1, overdue: 0 },
      // T4 returned, due 31/03 → overdue
      { key: 'department:TTYT', label: TTYT, total: 1, done: 0, overdue: 1 },
      // communes by name: Xã Thử Hai (T9, cancelled) before Xã Thử Nhất (T6, reported done)
      { key: 'commune:99002', label: 'Xã Thử Hai', total: 1, done: 0, overdue: 0 },
      { key: 'commune:99001', label: 'Xã Thử Nhất', total: 1, done: 0, overdue: 0 },
    ]);
    // E certified on 15/05 (4★); G scored on 10/07, certified on 05/10 (after the quarter).
    expect(d.figures.evaluations).toEqual([E_CERTIFIED, F_SCORED, G_SCORED]);
    expect(counts(d.figures.certifiedByStars)).toEqual({ '1': 0, '2': 0, '3': 0, '4': 1, '5': 0 });
  });

  it('gives the year-end report as of today while the year runs', async () => {
    const d = await draft('cl.nongnghiep', 'year=2030');
    expectCaoLoc(d.figures);
    expect(d.figures.period).toEqual({ year: 2030, quarter: null });
    expect([d.figures.from, d.figures.to]).toEqual(['2030-01-01', '2030-12-31']);
    expect(d.title).toBe('Báo cáo kết quả thực hiện Chương trình OCOP năm 2030');
    expect(d.figures.targets).toEqual([
      { ...TARGET_CT1, tasksCounted: 2, tasksAccepted: 2, acceptedPercent: 100 },
      // T10 50 (accepted 01/10; the pending 70 does not count), T11 0 → (50 + 0) / 2 = 25
      { ...TARGET_CT2, tasksCounted: 2, tasksAccepted: 0, acceptedPercent: 25 },
    ]);
    // Every task, T5 (no due day) included; overdue judged today, 15/10/2030.
    expect(d.figures.tasksByUnit).toEqual([
      { key: 'department:NNPTNT', label: NNPTNT, total: 3, done: 2, overdue: 1 },
      // T7 done; T11 due 31/12, not yet
      { key: 'department:KTHT', label: KTHT, total: 2, done: 1, overdue: 0 },
      // T3 due 31/12, T4 overdue, T5 cancelled, T10 due 30/11 → 1 overdue
      { key: 'department:TTYT', label: TTYT, total: 4, done: 0, overdue: 1 },
      { key: 'commune:99002', label: 'Xã Thử Hai', total: 1, done: 0, overdue: 0 },
      { key: 'commune:99001', label: 'Xã Thử Nhất', total: 1, done: 0, overdue: 0 },
    ]);
    // The open session of 01/09 (H) and the 2029 session (I) do not count; G certified on 05/10 (3★).
    expect(d.figures.evaluations).toEqual([
      E_CERTIFIED,
      F_SCORED,
      { ...G_SCORED, decisionNumber: '40/QĐ-UBND', certifiedOn: '2030-10-05', expiresOn: '2033-10-04' },
    ]);
    expect(counts(d.figures.certifiedByStars)).toEqual({ '1': 0, '2': 0, '3': 1, '4': 1, '5': 0 });
    expect(d.figures.certifiedByStars[0]).toEqual({ key: '1', label: '1 sao', count: 0 });
  });

  it('names the issuing body and suggests the issue details of the district', async () => {
    const d = await draft('cl.nongnghiep', 'year=2030&quarter=2');
    expect(d.issuingBody).toEqual({ parent: 'UBND TỈNH LẠNG SƠN', name: 'UBND HUYỆN CAO LỘC' });
    expect(d.suggestedIssue).toEqual({
      place: 'Cao Lộc',
      signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      signerName: '',
      recipients: [
        'UBND tỉnh (b/c)',
        'Sở Nông nghiệp và PTNT (b/c)',
        'Văn phòng Điều phối NTM tỉnh',
        'Lưu: VT',
      ],
    });
    const vanQuan = await draft('vq.nongnghiep', 'year=2030&quarter=2&districtCode=184');
    expect(vanQuan.issuingBody).toEqual({ parent: 'UBND TỈNH LẠNG SƠN', name: 'UBND HUYỆN VĂN QUAN' });
    expect(vanQuan.suggestedIssue.place).toBe('Văn Quan');
    expect(vanQuan.figures.unit).toEqual({ code: '184', name: 'Huyện Văn Quan', level: 'district' });
  });

  it('gives the province officer one district exactly as its standing unit sees it', async () => {
    const own = await draft('cl.nongnghiep', 'year=2030&quarter=3');
    const province = await draft('so.nongnghiep', 'year=2030&quarter=3&districtCode=183');
    expect(province).toEqual(own);
  });

  it('gives the province officer the whole province', async () => {
    const d = await draft('so.nongnghiep', 'year=2030&quarter=3');
    const [province] = await t.db.query<{ code: string }>(
      `select code from admin_units where level = 'province'`,
    );
    expect(d.figures.unit).toEqual({ code: province?.code ?? '', name: 'Tỉnh Lạng Sơn', level: 'province' });
    expect(d.issuingBody).toEqual({ parent: '', name: 'UBND TỈNH LẠNG SƠN' });
    expect(d.suggestedIssue.place).toBe('Lạng Sơn');
    // The province has no plan of 2030: no targets, no tasks.
    expect(d.figures.plan).toBeNull();
    expect(d.figures.targets).toEqual([]);
    expect(d.figures.tasksByUnit).toEqual([]);
    // Round 2030 has dossiers and evaluations in Cao Lộc only.
    expect(counts(d.figures.dossiersByStage)).toEqual(STAGES_2030);
    expect(d.figures.evaluations).toEqual([E_CERTIFIED, F_SCORED, G_SCORED]);
  });

  it('refuses a district officer asking for another district', async () => {
    const res = await t.inject('vq.nongnghiep', '/api/reports/periodic?year=2030&districtCode=183');
    expect(res.statusCode).toBe(403);
    const body = res.json<ApiError>();
    expect(body.code).toBe('FORBIDDEN_UNIT');
    expect(body.message).toBe('Bạn chỉ được xem số liệu của đơn vị mình quản lý.');
  });

  for (const user of ['vq.yte', 'vq.kinhte', 'xa.huule', 'hoidong.1'] as const) {
    it(`refuses ${user}: the periodic report is the standing unit's`, async () => {
      const res = await t.inject(user, '/api/reports/periodic?year=2030');
      expect(res.statusCode).toBe(403);
      expect(res.json<ApiError>().code).toBe('FORBIDDEN');
    });
  }

  it('answers every problem of the query in Vietnamese', async () => {
    const res = await t.inject('cl.nongnghiep', '/api/reports/periodic?year=20x&quarter=5&districtCode=18');
    expect(res.statusCode).toBe(400);
    const body = res.json<ApiError>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect((body.details as FieldError[]).map((e) => e.field)).toEqual(['year', 'quarter', 'districtCode']);
    expect((body.details as FieldError[])[0]?.message).toBe('Năm phải là số từ 2018 đến 2100');
  });

  it('defaults the year to the business year', async () => {
    const d = await draft('cl.nongnghiep', 'quarter=3');
    expect(d.figures.period).toEqual({ year: 2030, quarter: 3 });
  });
});

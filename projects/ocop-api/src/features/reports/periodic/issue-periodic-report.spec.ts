import {
  REPORT_TEXT_MAX,
  type ApiError,
  type FieldError,
  type IssueReportRequest,
  type IssuedReport,
  type IssuedReportSummary,
  type Me,
  type PeriodicReportDraft,
} from '@ocop/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import type { DemoUser } from '../../../testing/tokens';
import { fixBusinessDate } from '../../units/commune-check';
import { insertReportDataSet, type ReportDataSet } from '../testing/report-fixtures';

/** Issued versions of the periodic report: frozen figures, version numbers, validation and who reads them. */
describe('POST /api/reports/periodic and the issued versions', () => {
  let t: TestApp;
  let data: ReportDataSet;

  beforeAll(async () => {
    t = await startTestApp();
    data = await insertReportDataSet(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(() => fixBusinessDate('2030-10-15'));
  afterEach(() => fixBusinessDate(null));

  function request(period: { year: number; quarter: 1 | 2 | 3 | 4 | null }, number = '25/BC-UBND') {
    return {
      ...period,
      texts: {
        summary: 'Cơ bản hoàn thành kế hoạch.',
        difficulties: '',
        proposals: 'Đề nghị hỗ trợ kinh phí.',
      },
      issue: {
        number,
        place: 'Cao Lộc',
        issuedOn: '2030-10-05',
        signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
        signerName: 'Nguyễn Văn Ký',
        recipients: ['UBND tỉnh (b/c)', 'Lưu: VT'],
      },
    } satisfies IssueReportRequest;
  }

  async function issue(user: DemoUser, body: object): Promise<IssuedReport> {
    const res = await t.inject(user, { method: 'POST', url: '/api/reports/periodic', payload: body });
    expect(res.statusCode).withContext(res.body).toBe(201);
    const report = res.json<IssuedReport>();
    expect(res.headers['location']).toBe(`/api/reports/periodic/issued/${report.id}`);
    return report;
  }

  async function issued(user: DemoUser, id: string): Promise<IssuedReport> {
    const res = await t.inject(user, `/api/reports/periodic/issued/${id}`);
    expect(res.statusCode).withContext(res.body).toBe(200);
    return res.json<IssuedReport>();
  }

  async function draft(query: string): Promise<PeriodicReportDraft> {
    const res = await t.inject('cl.nongnghiep', `/api/reports/periodic?${query}`);
    expect(res.statusCode).withContext(res.body).toBe(200);
    return res.json<PeriodicReportDraft>();
  }

  it('freezes the figures: a later change shows in the draft, never in the issued version', async () => {
    const before = await draft('year=2030&quarter=3');
    const report = await issue('cl.nongnghiep', request({ year: 2030, quarter: 3 }));
    const me = (await t.inject('cl.nongnghiep', '/api/me')).json<Me>();
    expect(report).toEqual({
      id: jasmine.any(String) as unknown as string,
      version: 1,
      title: 'Báo cáo kết quả thực hiện Chương trình OCOP quý III năm 2030',
      issuingBody: { parent: 'UBND TỈNH LẠNG SƠN', name: 'UBND HUYỆN CAO LỘC' },
      figures: before.figures,
      texts: request({ year: 2030, quarter: 3 }).texts,
      issue: request({ year: 2030, quarter: 3 }).issue,
      issuedBy: { username: 'cl.nongnghiep', fullName: me.name },
      issuedAt: jasmine.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as unknown as string,
    });
    expect(await issued('cl.nongnghiep', report.id)).toEqual(report);

    // T2 (NNPTNT, due 30/06) is accepted afterwards: NNPTNT's 3 tasks are now all done, none overdue.
    await t.db.query(`update tasks set status = 'accepted' where id = $1`, [data.lateTaskId]);
    try {
      const after = await draft('year=2030&quarter=3');
      expect(after.figures.tasksByUnit[0]).toEqual({
        key: 'department:NNPTNT',
        label: 'Phòng Nông nghiệp và Phát triển nông thôn',
        total: 3,
        done: 3,
        overdue: 0,
      });
      const frozen = await issued('cl.nongnghiep', report.id);
      expect(frozen.figures.tasksByUnit[0]).toEqual(
        jasmine.objectContaining({ total: 3, done: 2, overdue: 1 }),
      );
      expect(frozen).toEqual(report);
    } finally {
      await t.db.query(`update tasks set status = 'in_progress' where id = $1`, [data.lateTaskId]);
    }

    // The database itself refuses to change or remove a version.
    await expectAsync(
      t.db.query(`update issued_reports set number = 'x/BC' where id = $1`, [report.id]),
    ).toBeRejected();
    await expectAsync(t.db.query(`delete from issued_reports where id = $1`, [report.id])).toBeRejected();
  });

  it('numbers the versions per unit and period', async () => {
    const first = await issue('cl.nongnghiep', request({ year: 2030, quarter: 2 }, '10/BC-UBND'));
    const second = await issue('cl.nongnghiep', request({ year: 2030, quarter: 2 }, '11/BC-UBND'));
    // The province officer issuing Cao Lộc's report continues the same numbering.
    const third = await issue('so.nongnghiep', {
      ...request({ year: 2030, quarter: 2 }),
      districtCode: '183',
    });
    // Another period, another unit: their own version 1.
    const q1 = await issue('cl.nongnghiep', request({ year: 2030, quarter: 1 }));
    const vanQuan = await issue('vq.nongnghiep', request({ year: 2030, quarter: 2 }));
    const province = await issue('so.nongnghiep', request({ year: 2030, quarter: 2 }));
    expect([
      first.version,
      second.version,
      third.version,
      q1.version,
      vanQuan.version,
      province.version,
    ]).toEqual([1, 2, 3, 1, 1, 1]);
    expect(third.issuedBy.username).toBe('so.nongnghiep');
    expect(third.figures.unit.code).toBe('183');
    expect(province.figures.unit.level).toBe('province');
    // Two versions issued at the same moment still get distinct numbers.
    const together = await Promise.all([
      issue('cl.nongnghiep', request({ year: 2030, quarter: 4 })),
      issue('cl.nongnghiep', request({ year: 2030, quarter: 4 })),
    ]);
    expect(together.map((r) => r.version).sort()).toEqual([1, 2]);
  });

  it('lists the versions of a year newest first, in scope', async () => {
    const older = await issue('cl.nongnghiep', request({ year: 2031, quarter: null }, '1/BC-UBND'));
    const newer = await issue('cl.nongnghiep', request({ year: 2031, quarter: null }, '2/BC-UBND'));
    const vanQuan = await issue('vq.nongnghiep', request({ year: 2031, quarter: 1 }, '3/BC-UBND'));
    const list = async (user: DemoUser, query: string) => {
      const res = await t.inject(user, `/api/reports/periodic/issued?${query}`);
      expect(res.statusCode).withContext(res.body).toBe(200);
      return res.json<IssuedReportSummary[]>();
    };
    const caoLoc = await list('cl.nongnghiep', 'year=2031');
    expect(caoLoc).toEqual([
      {
        id: newer.id,
        version: 2,
        title: 'Báo cáo kết quả thực hiện Chương trình OCOP năm 2031',
        issuedBy: newer.issuedBy,
        issuedAt: newer.issuedAt,
        period: { year: 2031, quarter: null },
        unitCode: '183',
        number: '2/BC-UBND',
      },
      jasmine.objectContaining({
        id: older.id,
        version: 1,
        number: '1/BC-UBND',
      }) as unknown as IssuedReportSummary,
    ]);
    expect((await list('vq.nongnghiep', 'year=2031')).map((r) => r.id)).toEqual([vanQuan.id]);
    expect((await list('so.nongnghiep', 'year=2031')).map((r) => r.id)).toEqual([
      vanQuan.id,
      newer.id,
      older.id,
    ]);
    expect((await list('so.nongnghiep', 'year=2031&districtCode=184')).map((r) => r.id)).toEqual([
      vanQuan.id,
    ]);
    // No version of 2040 anywhere.
    expect(await list('cl.nongnghiep', 'year=2040')).toEqual([]);
    const other = await t.inject('vq.nongnghiep', '/api/reports/periodic/issued?year=2031&districtCode=183');
    expect(other.statusCode).toBe(403);
    expect(other.json<ApiError>().code).toBe('FORBIDDEN_UNIT');
  });

  it("answers another unit's version 404, like a missing one", async () => {
    const report = await issue('cl.nongnghiep', request({ year: 2032, quarter: 1 }));
    expect((await issued('so.nongnghiep', report.id)).id).toBe(report.id);
    for (const url of [
      `/api/reports/periodic/issued/${report.id}`,
      '/api/reports/periodic/issued/00000000-0000-4000-8000-000000000000',
    ]) {
      const res = await t.inject('vq.nongnghiep', url);
      expect(res.statusCode).withContext(url).toBe(404);
      expect(res.json<ApiError>().code).toBe('NOT_FOUND');
    }
    expect((await t.inject('vq.yte', `/api/reports/periodic/issued/${report.id}`)).statusCode).toBe(403);
    expect((await t.inject('xa.huule', `/api/reports/periodic/issued/${report.id}`)).statusCode).toBe(403);
  });

  it('refuses to issue for another district, or for a department or commune officer', async () => {
    const body = { ...request({ year: 2030, quarter: 1 }), districtCode: '183' };
    const other = await t.inject('vq.nongnghiep', {
      method: 'POST',
      url: '/api/reports/periodic',
      payload: body,
    });
    expect(other.statusCode).toBe(403);
    expect(other.json<ApiError>().code).toBe('FORBIDDEN_UNIT');
    for (const user of ['vq.yte', 'xa.huule', 'hoidong.1'] as const) {
      const res = await t.inject(user, {
        method: 'POST',
        url: '/api/reports/periodic',
        payload: request({ year: 2030, quarter: 1 }),
      });
      expect(res.statusCode).withContext(user).toBe(403);
      expect(res.json<ApiError>().code).toBe('FORBIDDEN');
    }
  });

  it('answers every problem of the body at once, in Vietnamese, and issues nothing', async () => {
    const [before] = await t.db.query<{ n: number }>('select count(*)::int as n from issued_reports');
    const res = await t.inject('cl.nongnghiep', {
      method: 'POST',
      url: '/api/reports/periodic',
      payload: {
        year: 1999,
        quarter: 7,
        texts: { summary: 'x'.repeat(REPORT_TEXT_MAX + 1), difficulties: 5, proposals: '' },
        issue: {
          number: '25-BC-UBND',
          place: ' ',
          issuedOn: '2030-02-30',
          signerTitle: '',
          signerName: '',
          recipients: ['UBND tỉnh', '  '],
        },
      },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<ApiError>();
    expect(body.code).toBe('VALIDATION_FAILED');
    const errors = body.details as FieldError[];
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['year', 'invalid_format'],
      ['quarter', 'invalid_choice'],
      ['texts.summary', 'too_long'],
      ['texts.difficulties', 'invalid_type'],
      ['issue.number', 'invalid_format'],
      ['issue.place', 'required'],
      ['issue.issuedOn', 'invalid_format'],
      ['issue.signerTitle', 'required'],
      ['issue.signerName', 'required'],
      ['issue.recipients', 'required'],
    ]);
    expect(errors.find((e) => e.field === 'issue.number')?.message).toBe('Số ký hiệu có dạng 25/BC-UBND');

    const tooMany = await t.inject('cl.nongnghiep', {
      method: 'POST',
      url: '/api/reports/periodic',
      payload: {
        ...request({ year: 2030, quarter: 1 }, `${'1'.repeat(38)}/BC`),
        issue: {
          ...request({ year: 2030, quarter: 1 }).issue,
          number: `${'1'.repeat(38)}/BC`,
          recipients: Array(21).fill('Nơi nhận'),
        },
      },
    });
    expect(tooMany.statusCode).toBe(400);
    expect((tooMany.json<ApiError>().details as FieldError[]).map((e) => [e.field, e.code])).toEqual([
      ['issue.number', 'too_long'],
      ['issue.recipients', 'too_long'],
    ]);
    const notObject = await t.inject('cl.nongnghiep', {
      method: 'POST',
      url: '/api/reports/periodic',
      payload: [],
    });
    expect(notObject.statusCode).toBe(400);
    const [after] = await t.db.query<{ n: number }>('select count(*)::int as n from issued_reports');
    expect(after?.n).toBe(before?.n);
  });
});

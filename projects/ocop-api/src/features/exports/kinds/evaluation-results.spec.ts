import type { ApiError } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { insertReportDataSet } from '../../reports/testing/report-fixtures';
import { fixBusinessDate } from '../../units/commune-check';
import { exportDocument } from '../pdf/testing/document-export-testing';
import { postExport, readSheets } from '../testing/export-testing';

/**
 * The evaluation results report to XLSX on the report specs' data set. Cao Lộc 2030: closed sessions S1
 * (20/03: E 80/84 → 82 4★, F 60/66 → 63 3★) and S2 (10/07: G 55/57 → 56 3★), the open one left out;
 * certificates E (4★, 15/QĐ-UBND, 15/05/2030) and G (3★, 40/QĐ-UBND, 05/10/2030). Văn Quan 2031: one session
 * with J (Hữu Lễ, 52) and K (Thị trấn Văn Quan, 92), both certified.
 */
describe('export kind evaluation-results', () => {
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

  it('writes a sheet per closed session, the certified products and their count by stars', async () => {
    const { job, bytes } = await exportDocument(
      t,
      'cl.nongnghiep',
      'evaluation-results',
      { year: '2030' },
      'xlsx',
    );
    expect(job.fileName).toBe('ket-qua-danh-gia-ocop-2030-2030-10-15.xlsx');
    // 3 session rows + 2 certificates.
    expect(job.total).toBe(5);
    expect(job.done).toBe(5);
    const sheets = await readSheets(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Phiên 1 (20-03-2030)',
      'Phiên 2 (10-07-2030)',
      'Sản phẩm được công nhận',
      'Theo hạng sao',
    ]);
    const [s1, s2, certified, stars] = sheets.map((s) => s.data);
    expect(s1![2]![0]).toBe('Kỳ báo cáo: Năm 2030');
    expect(s1![6]!.slice(5, 7)).toEqual(['Chu Văn Chủ', 'Lý Thị Một']);
    expect(s1!.slice(7).map((r) => [r[1], r[5], r[6], r[7], r[8]])).toEqual([
      ['Miến dong thử E', 80, 84, 82, 4],
      ['Trà thử F', 60, 66, 63, 3],
    ]);
    expect(s2!.slice(7).map((r) => [r[1], r[7], r[8]])).toEqual([['Gừng thử G', 56, 3]]);
    const head = certified![6]!;
    expect(
      certified!
        .slice(7)
        .map((r) => [
          r[head.indexOf('Sản phẩm')],
          r[head.indexOf('Hạng sao')],
          r[head.indexOf('Quyết định công nhận')],
        ]),
    ).toEqual(
      jasmine.arrayWithExactContents([
        ['Miến dong thử E', 4, '15/QĐ-UBND'],
        ['Gừng thử G', 3, '40/QĐ-UBND'],
      ]),
    );
    expect(certified!.slice(7).every((r) => r[head.indexOf('Ngày công nhận')] instanceof Date)).toBeTrue();
    expect(stars!.slice(7)).toEqual([
      ['1 sao', 0],
      ['2 sao', 0],
      ['3 sao', 1],
      ['4 sao', 1],
      ['5 sao', 0],
    ]);
  });

  it('keeps a commune officer to their commune', async () => {
    const { bytes } = await exportDocument(t, 'xa.huule', 'evaluation-results', { year: '2031' }, 'xlsx');
    const sheets = await readSheets(bytes);
    const session = sheets[0]!.data;
    expect(session.slice(7).map((r) => r[1])).toEqual(['Chè thử J']);
    const certified = sheets.find((s) => s.sheet === 'Sản phẩm được công nhận')!.data;
    expect(certified.slice(7).map((r) => r[1])).toEqual(['Chè thử J']);
  });

  it('refuses a bad year, another district, departments and a PDF', async () => {
    const bad = await postExport(t, 'cl.nongnghiep', 'evaluation-results', { year: 'abc' });
    expect([bad.statusCode, bad.json<ApiError>().code]).toEqual([400, 'VALIDATION_FAILED']);
    const other = await postExport(t, 'cl.nongnghiep', 'evaluation-results', {
      year: '2030',
      districtCode: '184',
    });
    expect([other.statusCode, other.json<ApiError>().code]).toEqual([403, 'FORBIDDEN_UNIT']);
    const department = await postExport(t, 'vq.yte', 'evaluation-results', { year: '2030' });
    expect(department.statusCode).toBe(403);
    const pdf = await postExport(t, 'cl.nongnghiep', 'evaluation-results', { year: '2030' }, 'pdf');
    expect(pdf.statusCode).toBe(400);
  });
});

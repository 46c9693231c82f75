import type { ApiError, SessionMinutes } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { insertReportDataSet } from '../../reports/testing/report-fixtures';
import { fixBusinessDate } from '../../units/commune-check';
import { exportDocument } from '../pdf/testing/document-export-testing';
import { compactText, flowText, readPdf, writePagePng } from '../pdf/testing/pdf-reading';
import { postExport, readSheets } from '../testing/export-testing';

/**
 * A council session's minutes through POST /api/exports on the report specs' data set: Cao Lộc's council
 * (Chu Văn Chủ chair, Lý Thị Một member); session 'Phiên quý I' of 20/03/2030 scored E (80, 84 → 82, 4★,
 * forwarded) and F (60, 66 → 63, 3★, not forwarded); 'Phiên đang họp' still open.
 */
describe('export kind session-minutes', () => {
  let t: TestApp;
  let closedId: string;
  let openId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await insertReportDataSet(t.db);
    const idOf = async (title: string) =>
      (await t.db.query<{ id: string }>(`select id from council_sessions where title = $1`, [title]))[0]!.id;
    closedId = await idOf('Phiên quý I');
    openId = await idOf('Phiên đang họp');
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => fixBusinessDate('2030-10-15'));
  afterEach(() => fixBusinessDate(null));

  it('prints the minutes as a PDF in the administrative layout, signed by the secretary and the chair', async () => {
    const { job, bytes, headers } = await exportDocument(
      t,
      'cl.nongnghiep',
      'session-minutes',
      { sessionId: closedId },
      'pdf',
    );
    expect(job.fileName).toBe('bien-ban-hop-hoi-dong-2030-03-20-2030-10-15.pdf');
    expect(headers['content-type']).toBe('application/pdf');
    const pages = await readPdf(bytes);
    expect(pages[0]!.view).toEqual([0, 0, 595.28, 841.89]);
    const flow = flowText(pages);
    expect(flow).toContain('UBND HUYỆN CAO LỘC');
    expect(flow).toContain('HỘI ĐỒNG OCOP THỬ 183');
    expect(flow).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(flow).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(flow).toContain('Cao Lộc, ngày 20 tháng 3 năm 2030');
    expect(flow).toContain('BIÊN BẢN');
    expect(flow).toContain('1. Chu Văn Chủ — Thành viên — Chủ tịch Hội đồng.');
    expect(flow).not.toContain('DỰ THẢO');
    // Results table rows: E 82,00 4★ forwarded; F 63,00 3★ not forwarded; then the members' totals.
    const compact = compactText(pages);
    expect(compact).toContain('82,004');
    expect(compact).toContain('63,003');
    expect(flow).toContain('Đề nghị chuyển cấp tỉnh đánh giá');
    expect(flow).toContain('Không chuyển cấp tỉnh');
    for (const total of ['80,00', '84,00', '60,00', '66,00']) expect(flow).toContain(total);
    expect(flow).toContain('CHỦ TỊCH HỘI ĐỒNG');
    expect(flow).toContain('Chu Văn Chủ');
    await writePagePng(bytes, 1, 'session-minutes-export-page-1.png');
  });

  it('prints an open session as a draft with provisional results', async () => {
    const { bytes } = await exportDocument(
      t,
      'cl.nongnghiep',
      'session-minutes',
      { sessionId: openId },
      'pdf',
    );
    const flow = flowText(await readPdf(bytes));
    expect(flow).toContain('DỰ THẢO');
    expect(flow).toContain('(Phiên họp chưa kết thúc — kết quả trên là tạm tính.)');
  });

  it('exports the summary table to XLSX with a column per member present', async () => {
    const minutes = (
      await t.inject('cl.nongnghiep', `/api/sessions/${closedId}/minutes`)
    ).json<SessionMinutes>();
    const { job, bytes } = await exportDocument(
      t,
      'cl.nongnghiep',
      'session-minutes',
      { sessionId: closedId },
      'xlsx',
    );
    expect(job.fileName).toBe('bang-tong-hop-ket-qua-2030-03-20-2030-10-15.xlsx');
    expect(job.total).toBe(2);
    expect(job.done).toBe(2);
    const [sheet] = await readSheets(bytes);
    expect(sheet!.sheet).toBe('Bảng tổng hợp');
    const data = sheet!.data;
    expect(data[0]![0]).toBe('Hội đồng OCOP thử 183');
    expect(data[2]![0]).toBe('Kỳ báo cáo: Phiên họp ngày 20/03/2030');
    expect(data[3]![0]).toBe('Bộ lọc: Phiên họp: Phiên quý I');
    expect(data[6]).toEqual([
      'STT',
      'Tên sản phẩm',
      'Chủ thể',
      'Xã, thị trấn',
      'Phiếu đánh giá',
      'Chu Văn Chủ',
      'Lý Thị Một',
      'Điểm trung bình',
      'Hạng sao',
      'Đề nghị',
    ]);
    const rows = data.slice(7);
    expect(rows.map((r) => [r[0], r[1], r[5], r[6], r[7], r[8], r[9]])).toEqual([
      [1, minutes.rows[0]!.product, 80, 84, 82, 4, 'Đề nghị chuyển cấp tỉnh đánh giá'],
      [2, minutes.rows[1]!.product, 60, 66, 63, 3, 'Không chuyển cấp tỉnh'],
    ]);
  });

  it('answers 404 for a session outside the caller’s units and 400 for a bad id', async () => {
    const other = await postExport(t, 'vq.nongnghiep', 'session-minutes', { sessionId: closedId }, 'pdf');
    expect(other.statusCode).toBe(404);
    const bad = await postExport(t, 'cl.nongnghiep', 'session-minutes', { sessionId: 'x' }, 'pdf');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ApiError>().code).toBe('VALIDATION_FAILED');
  });
});

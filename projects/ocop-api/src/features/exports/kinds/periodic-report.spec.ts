import type { ApiError, FieldError, IssuedReport } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { fixBusinessDate } from '../../units/commune-check';
import { insertReportDataSet } from '../../reports/testing/report-fixtures';
import { compactText, flowText, readPdf, writePagePng } from '../pdf/testing/pdf-reading';
import { exportDocument } from '../pdf/testing/document-export-testing';
import { postExport, readSheets } from '../testing/export-testing';

/**
 * The periodic report through POST /api/exports on the report specs' data set (Cao Lộc 2030, business date
 * 15/10/2030): the draft and an issued version, to PDF and XLSX, and the refusals answered right away.
 */
describe('export kind periodic-report', () => {
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

  const draftParams = {
    year: '2030',
    quarter: '1',
    summary: 'Phòng Nông nghiệp và Phát triển nông thôn đã chủ trì tốt các nhiệm vụ.',
    difficulties: '',
    proposals: 'Đề nghị tỉnh hỗ trợ kinh phí.',
  };

  it('prints the live draft as a PDF: unnumbered, undated, marked as a draft, with the texts', async () => {
    const { job, bytes, headers } = await exportDocument(
      t,
      'cl.nongnghiep',
      'periodic-report',
      draftParams,
      'pdf',
    );
    expect(job.fileName).toBe('bao-cao-ocop-183-quy-1-2030-du-thao-2030-10-15.pdf');
    expect(headers['content-type']).toBe('application/pdf');
    expect(job.done).toBe(job.total);
    expect(job.total).toBeGreaterThan(0);
    const pages = await readPdf(bytes);
    expect(pages.length).toBe(job.total);
    const lines = pages.flatMap((p) => p.lines);
    const all = lines.join(' ');
    expect(lines[0]).toBe('DỰ THẢO');
    expect(all).toContain('UBND HUYỆN CAO LỘC');
    expect(compactText(pages)).toContain('Số:/BC-UBNDCaoLộc,ngàythángnăm');
    expect(all).toContain('Kết quả thực hiện Chương trình OCOP quý I năm 2030');
    expect(all).toContain('Phòng Nông nghiệp và Phát triển nông thôn đã chủ trì tốt các nhiệm vụ.');
    expect(all).toContain('IV. ĐỀ XUẤT, KIẾN NGHỊ');
    expect(all).toContain('Nơi nhận:');
    expect(all).toContain('- Văn phòng Điều phối NTM tỉnh;');
    await writePagePng(bytes, 1, 'periodic-report-draft-page-1.png');
  });

  it('prints an issued version as frozen, with its number and date, and lists its tables in XLSX', async () => {
    const issued = await t.inject('cl.nongnghiep', {
      method: 'POST',
      url: '/api/reports/periodic',
      payload: {
        year: 2030,
        quarter: 1,
        texts: { summary: 'Cơ bản hoàn thành.', difficulties: 'Thiếu kinh phí.', proposals: '' },
        issue: {
          number: '31/BC-UBND',
          place: 'Cao Lộc',
          issuedOn: '2030-04-05',
          signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
          signerName: 'Nguyễn Văn Ký',
          recipients: ['UBND tỉnh (b/c)', 'Lưu: VT'],
        },
      },
    });
    expect(issued.statusCode).withContext(issued.body).toBe(201);
    const report = issued.json<IssuedReport>();

    const pdf = await exportDocument(t, 'cl.nongnghiep', 'periodic-report', { id: report.id }, 'pdf');
    expect(pdf.job.fileName).toBe(`bao-cao-ocop-183-quy-1-2030-v${report.version}-2030-10-15.pdf`);
    const pages = await readPdf(pdf.bytes);
    const all = pages.flatMap((p) => p.lines).join(' ');
    expect(all).toContain('Số: 31/BC-UBND');
    expect(all).toContain('Cao Lộc, ngày 05 tháng 4 năm 2030');
    expect(all).toContain('Thiếu kinh phí.');
    expect(all).toContain('Nguyễn Văn Ký');
    expect(all).not.toContain('DỰ THẢO');
    // Every target of the frozen figures is in the targets table.
    for (const target of report.figures.targets) expect(flowText(pages)).toContain(target.title);

    const xlsx = await exportDocument(t, 'cl.nongnghiep', 'periodic-report', { id: report.id }, 'xlsx');
    expect(xlsx.job.fileName).toBe(`bao-cao-ocop-183-quy-1-2030-v${report.version}-2030-10-15.xlsx`);
    const sheets = await readSheets(xlsx.bytes);
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Chỉ tiêu kế hoạch',
      'Nhiệm vụ theo đơn vị',
      'Hồ sơ theo bước',
      'Đánh giá, phân hạng',
      'Công nhận theo hạng sao',
      'Nội dung',
    ]);
    const [targets, tasks, stages, evaluations, stars, texts] = sheets.map((s) => s.data);
    expect(targets![0]![0]).toBe('UBND HUYỆN CAO LỘC');
    expect(targets![1]![0]).toBe(report.title);
    expect(targets![2]![0]).toBe('Kỳ báo cáo: Quý I năm 2030');
    expect(targets![3]![0]).toBe(`Bộ lọc: Số: 31/BC-UBND; Phiên bản: ${report.version}`);
    expect(targets!.slice(7, 7 + report.figures.targets.length).map((r) => [r[1], r[7], r[8], r[9]])).toEqual(
      report.figures.targets.map((x) => [x.code, x.tasksCounted, x.tasksAccepted, x.acceptedPercent / 100]),
    );
    expect(tasks!.slice(7).map((r) => [r[1], r[2], r[3], r[4]])).toEqual(
      report.figures.tasksByUnit.map((u) => [u.label, u.total, u.done, u.overdue]),
    );
    expect(stages!.slice(7).map((r) => [r[1], r[2]])).toEqual(
      report.figures.dossiersByStage.map((s) => [s.label, s.count]),
    );
    expect(evaluations!.slice(7).map((r) => r[1])).toEqual(report.figures.evaluations.map((e) => e.product));
    expect(stars!.slice(7).map((r) => [r[1], r[2]])).toEqual(
      report.figures.certifiedByStars.map((s) => [s.label, s.count]),
    );
    expect(texts!.slice(7, 10)).toEqual([
      ['II. Đánh giá chung', 'Cơ bản hoàn thành.'],
      ['III. Khó khăn, vướng mắc', 'Thiếu kinh phí.'],
      ['IV. Đề xuất, kiến nghị', null],
    ]);
  });

  it('refuses bad params, other districts, other roles and unknown versions right away', async () => {
    const code = async (res: Promise<{ statusCode: number; json<T>(): T }>) => {
      const answer = await res;
      return [answer.statusCode, answer.json<ApiError>().code];
    };
    expect(await code(postExport(t, 'cl.nongnghiep', 'periodic-report', { year: '20x0' }, 'pdf'))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    const both = await postExport(t, 'cl.nongnghiep', 'periodic-report', {
      id: '0b6f9a52-3a43-4a4e-9b57-4d5a3a0f0a01',
      year: '2030',
    });
    expect(both.statusCode).toBe(400);
    expect((both.json<ApiError>().details as FieldError[]).map((d) => d.field)).toEqual(['params.year']);
    expect(
      await code(
        postExport(t, 'cl.nongnghiep', 'periodic-report', { year: '2030', districtCode: '184' }, 'pdf'),
      ),
    ).toEqual([403, 'FORBIDDEN_UNIT']);
    expect(await code(postExport(t, 'xa.huule', 'periodic-report', { year: '2030' }, 'pdf'))).toEqual([
      403,
      'FORBIDDEN',
    ]);
    expect(
      await code(
        postExport(t, 'vq.nongnghiep', 'periodic-report', { id: '0b6f9a52-3a43-4a4e-9b57-4d5a3a0f0a01' }),
      ),
    ).toEqual([404, 'NOT_FOUND']);
  });
});

import type { PeriodicReportDraft } from '@ocop/domain';
import type { DocumentBlock } from './administrative-document';
import { draftReportDocument, issuedReportDocument } from './periodic-report-document';
import { renderAdministrativeDocument } from './render-administrative-document';
import { readPdf, writePagePng } from './testing/pdf-reading';
import { sampleFigures, sampleIssuedReport } from './testing/report-sources';

type Table = Extract<DocumentBlock, { type: 'table' }>;
const tables = (body: DocumentBlock[]): Table[] => body.filter((b): b is Table => b.type === 'table');
const headings = (body: DocumentBlock[]): string[] =>
  body.flatMap((b) => (b.type === 'heading' ? [b.text] : []));

describe('periodic report → administrative document', () => {
  it('prints an issued version with its number, date, signer and recipients, not as a draft', () => {
    const doc = issuedReportDocument(sampleIssuedReport());
    expect(doc.issuingBody).toEqual({ parent: 'UBND TỈNH LẠNG SƠN', name: 'UBND HUYỆN VĂN QUAN' });
    expect(doc.number).toBe('25/BC-UBND');
    expect(doc.place).toBe('Văn Quan');
    expect(doc.issuedOn).toBe('2020-04-05');
    expect(doc.kind).toBe('BÁO CÁO');
    expect(doc.title).toBe('Kết quả thực hiện Chương trình OCOP quý I năm 2020');
    expect(doc.draft).toBeFalse();
    expect(doc.signature).toEqual({ title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' });
    expect(doc.recipients).toEqual(sampleIssuedReport().issue.recipients);
  });

  it('has the four sections, a table per figure and the texts', () => {
    const doc = issuedReportDocument(sampleIssuedReport());
    expect(headings(doc.body)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      '1. Thực hiện các chỉ tiêu của kế hoạch',
      '2. Thực hiện nhiệm vụ theo đơn vị chủ trì',
      '3. Hồ sơ sản phẩm tham gia Chương trình năm 2020',
      '4. Kết quả đánh giá, phân hạng sản phẩm',
      '5. Sản phẩm được công nhận theo hạng sao',
      'II. ĐÁNH GIÁ CHUNG',
      'III. KHÓ KHĂN, VƯỚNG MẮC',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    const [targets, tasks, dossiers, evaluations, stars] = tables(doc.body);
    expect(targets!.rows).toEqual([
      ['1', 'Sản phẩm được công nhận OCOP (đạt 3 sao trở lên)', '5 sản phẩm', 'Quý IV/2020', '1/4', '37,5%'],
      ['2', 'Tập huấn cho chủ thể', '2 lớp', 'Quý II/2020', '2/2', '100%'],
    ]);
    // Totals: 5 + 2 tasks, 2 + 1 done, 1 + 0 overdue.
    expect(tasks!.total).toEqual(['', 'Cộng', '7', '3', '1']);
    expect(tasks!.rows[0]![1]).toBe('Phòng Nông nghiệp và Phát triển nông thôn');
    // 3 + 4 + 1 dossiers.
    expect(dossiers!.total).toEqual(['', 'Cộng', '8']);
    expect(evaluations!.rows).toEqual([
      [
        '1',
        'Hồi khô Văn Quan',
        'HTX Nông nghiệp Hữu Lễ',
        'Xã Hữu Lễ',
        '72,50',
        '4',
        '245/QĐ-UBND ngày 20/03/2020',
      ],
      ['2', 'Miến dong', 'Hộ kinh doanh Hoàng Văn Tư', 'Thị trấn Văn Quan', '55,25', '3', ''],
    ]);
    expect(stars!.rows).toEqual([
      ['1 sao', '0'],
      ['2 sao', '0'],
      ['3 sao', '0'],
      ['4 sao', '1'],
      ['5 sao', '0'],
    ]);
    expect(stars!.total).toEqual(['Cộng', '1']);
    const paragraphs = doc.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs[0]).toBe(
      'Thực hiện Kế hoạch thực hiện Chương trình OCOP năm 2020 (số 12/KH-UBND ngày 15/01/2020), UBND huyện ' +
        'Văn Quan báo cáo kết quả thực hiện Chương trình mỗi xã một sản phẩm (OCOP) quý I năm 2020 (số liệu ' +
        'từ ngày 01/01/2020 đến ngày 31/03/2020) như sau:',
    );
    expect(paragraphs).toContain('Một số chủ thể chưa có giấy chứng nhận an toàn thực phẩm.');
    // An empty text still prints its section.
    expect(paragraphs).toContain('Không có.');
    expect(paragraphs.at(-1)).toBe(
      'Trên đây là báo cáo kết quả thực hiện Chương trình OCOP quý I năm 2020 của UBND huyện Văn Quan./.',
    );
  });

  it('says so when the unit has no plan and nothing was evaluated', () => {
    const report = sampleIssuedReport();
    report.figures = { ...sampleFigures(), plan: null, targets: [], evaluations: [] };
    const doc = issuedReportDocument(report);
    const paragraphs = doc.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toContain('Đơn vị chưa ban hành kế hoạch năm 2020.');
    expect(paragraphs).toContain('Trong kỳ không có sản phẩm được đánh giá, phân hạng.');
    expect(tables(doc.body).length).toBe(3);
  });

  it('prints the live draft unnumbered and undated, with the suggested signer, marked as a draft', () => {
    const issued = sampleIssuedReport();
    const draft: PeriodicReportDraft = {
      figures: issued.figures,
      title: issued.title,
      issuingBody: issued.issuingBody,
      suggestedIssue: {
        place: 'Văn Quan',
        signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
        signerName: '',
        recipients: ['UBND tỉnh (b/c)', 'Lưu: VT'],
      },
    };
    const doc = draftReportDocument(draft, { summary: 'Tốt.', difficulties: '', proposals: 'Hỗ trợ.' });
    expect(doc.draft).toBeTrue();
    expect(doc.number).toBe('     /BC-UBND');
    expect(doc.issuedOn).toBe('');
    expect(doc.signature).toEqual({ title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: '' });
    expect(doc.body).toContain({ type: 'paragraph', text: 'Tốt.' });
    expect(doc.body).toContain({ type: 'paragraph', text: 'Hỗ trợ.' });
  });

  it('renders as an A4 PDF with the header, the title and the recipients (PNG of page 1 for people)', async () => {
    const pdf = await renderAdministrativeDocument(issuedReportDocument(sampleIssuedReport()));
    const pages = await readPdf(pdf);
    const all = pages.flatMap((p) => p.lines).join(' ');
    expect(pages[0]!.view).toEqual([0, 0, 595.28, 841.89]);
    for (const text of [
      'UBND HUYỆN VĂN QUAN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 25/BC-UBND',
      'Văn Quan, ngày 05 tháng 4 năm 2020',
      'Kết quả thực hiện Chương trình OCOP quý I năm 2020',
      'Phòng Nông nghiệp và Phát triển nông thôn',
      'Nơi nhận:',
      '- Lưu: VT.',
    ]) {
      expect(all).toContain(text);
    }
    await writePagePng(pdf, 1, 'periodic-report-page-1.png');
    if (pages.length > 1) await writePagePng(pdf, 2, 'periodic-report-page-2.png');
  });
});

import type { DocumentBlock } from './administrative-document';
import { minutesDocument, recommendation } from './minutes-document';
import { renderAdministrativeDocument } from './render-administrative-document';
import { readPdf, writePagePng } from './testing/pdf-reading';
import { sampleMinutes } from './testing/report-sources';

type Table = Extract<DocumentBlock, { type: 'table' }>;
const VAN_QUAN = { name: 'Huyện Văn Quan' };

describe('session minutes → administrative document', () => {
  it('is issued by the council under its district, dated the session day, with both signers', () => {
    const doc = minutesDocument(sampleMinutes(), VAN_QUAN);
    expect(doc.issuingBody).toEqual({
      parent: 'UBND HUYỆN VĂN QUAN',
      name: 'HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP',
    });
    expect(doc.place).toBe('Văn Quan');
    expect(doc.issuedOn).toBe('2020-05-08');
    expect(doc.kind).toBe('BIÊN BẢN');
    expect(doc.title).toBe('Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP');
    expect(doc.number).toBe('');
    expect(doc.draft).toBeFalse();
    expect(doc.signature).toEqual({ title: 'CHỦ TỊCH HỘI ĐỒNG', name: 'Hoàng Văn Bình' });
    expect(doc.coSignature).toEqual({ title: 'THƯ KÝ', name: 'Lý Thị Cúc' });
  });

  it('lists the members present and each member’s total, the mean, stars and recommendation', () => {
    const doc = minutesDocument(sampleMinutes(), VAN_QUAN);
    const paragraphs = doc.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toContain('1. Hoàng Văn Bình — Phó Chủ tịch UBND huyện — Chủ tịch Hội đồng.');
    expect(paragraphs).toContain(
      'Căn cứ Quyết định số 120/QĐ-UBND ngày 20/04/2020 về việc thành lập Hội đồng đánh giá, phân hạng sản ' +
        'phẩm OCOP huyện Văn Quan;',
    );
    // 09:30 UTC is 16:30 in Vietnam.
    expect(paragraphs.at(-1)).toContain('Phiên họp kết thúc lúc 16 giờ 30 ngày 08/05/2020.');
    const [results, members] = doc.body.filter((b): b is Table => b.type === 'table');
    expect(results!.columns.map((c) => c.header)).toEqual([
      'STT',
      'Tên sản phẩm',
      'Chủ thể',
      'Xã, thị trấn',
      'Điểm trung bình',
      'Hạng sao',
      'Đề nghị',
    ]);
    expect(results!.rows).toEqual([
      [
        '1',
        'Hồi khô Văn Quan',
        'HTX Nông nghiệp Hữu Lễ',
        'Xã Hữu Lễ',
        '72,50',
        '4',
        'Đề nghị chuyển cấp tỉnh đánh giá',
      ],
      [
        '2',
        'Miến dong',
        'Hộ kinh doanh Hoàng Văn Tư',
        'Thị trấn Văn Quan',
        '45,50',
        '2',
        'Không chuyển cấp tỉnh',
      ],
    ]);
    expect(members!.columns.map((c) => c.header)).toEqual(['STT', 'Tên sản phẩm', 'TV1', 'TV2', 'TV3']);
    // TV2 has not submitted a sheet for the second product.
    expect(members!.rows).toEqual([
      ['1', 'Hồi khô Văn Quan', '72,00', '73,00', '72,50'],
      ['2', 'Miến dong', '45,00', '', '46,00'],
    ]);
  });

  it('prints an open session as a draft with provisional results', () => {
    const minutes = sampleMinutes();
    minutes.session = { ...minutes.session, status: 'open', closedAt: null };
    const doc = minutesDocument(minutes, VAN_QUAN);
    expect(doc.draft).toBeTrue();
    expect(doc.body.at(-1)).toEqual({
      type: 'paragraph',
      text: '(Phiên họp chưa kết thúc — kết quả trên là tạm tính.)',
    });
  });

  it('recommends as a province council does', () => {
    expect(recommendation({ forwarded: true }, 'province')).toBe('Đề nghị công nhận');
    expect(recommendation({ forwarded: false }, 'province')).toBe('Không đề nghị công nhận');
    expect(recommendation({ forwarded: null }, 'district')).toBe('');
  });

  it('renders as an A4 PDF with the signers side by side (PNG of page 1 for people)', async () => {
    const pdf = await renderAdministrativeDocument(minutesDocument(sampleMinutes(), VAN_QUAN));
    const pages = await readPdf(pdf);
    const all = pages.flatMap((p) => p.lines).join(' ');
    const items = pages.flatMap((p) => p.items.map((i) => i.str));
    expect(items).toContain('HỘI ĐỒNG ĐÁNH GIÁ, PHÂN');
    expect(items).toContain('HẠNG SẢN PHẨM OCOP');
    expect(items).toContain('Hồi khô Văn Quan');
    for (const text of [
      'UBND HUYỆN VĂN QUAN',
      'Văn Quan, ngày 08 tháng 5 năm 2020',
      'BIÊN BẢN',
      'Chuyên viên Phòng Nông nghiệp và PTNT',
    ]) {
      expect(all).toContain(text);
    }
    expect(all).not.toContain('Số:');
    expect(pages.flatMap((p) => p.lines)).toContain('THƯ KÝCHỦ TỊCH HỘI ĐỒNG');
    await writePagePng(pdf, 1, 'session-minutes-page-1.png');
  });
});

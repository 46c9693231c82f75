import { readFile } from 'node:fs/promises';
import { PLAN_DOCUMENT_URL } from './demo-plan';
import { parsePlanDocument, type PlanDocument } from './plan-document';

describe('parsePlanDocument', () => {
  describe('on the seed document (Văn Quan 2020)', () => {
    let plan: PlanDocument;

    beforeAll(async () => {
      plan = parsePlanDocument(await readFile(PLAN_DOCUMENT_URL, 'utf8'));
    });

    it('reads the title, the legal bases and the signer', () => {
      expect(plan.title).toBe('Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm huyện Văn Quan năm 2020');
      expect(plan.legalBases.map((b) => /^(?:Căn cứ|Thực hiện) (.+? số \S+)/.exec(b)?.[1])).toEqual([
        'Quyết định số 1048/QĐ-TTg',
        'Nghị quyết số 08/2019/NQ-HĐND',
        'Quyết định số 1533/QĐ-UBND',
        'Kế hoạch số 202/KH-UBND',
      ]);
      // The third basis names a second document after a semicolon: still one paragraph.
      expect(plan.legalBases[2]).toContain('; Kế hoạch số 167/KH-UBND ngày 25/10/2019');
      expect(plan.signer).toBe('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Văn Quân');
    });

    it('joins the requirement cut by a page break ("các xã,⏎⏎thị trấn")', () => {
      expect(plan.purposes.length).toBe(1);
      expect(plan.purposes[0]).toMatch(/^Đẩy mạnh cơ cấu kinh tế.*giá trị sản phẩm\.$/);
      expect(plan.requirements.length).toBe(3);
      expect(plan.requirements[2]).toContain('tập trung chỉ đạo, hỗ trợ các xã, thị trấn, chủ thể sản xuất');
      expect(plan.requirements[2]).toMatch(/thị trường\.$/);
    });

    it('reads the two contents and the two funding sources of section II', () => {
      expect(plan.contentsTitle).toBe('Nội dung');
      expect(plan.contents.length).toBe(2);
      expect(plan.contents[0]).toMatch(
        /^Hoàn thiện hồ sơ đối với sản phẩm Rượu men lá Hữu Lễ.*quý I\/2020\.$/,
      );
      expect(plan.contents[1]).toContain('“Tinh dầu hồi Văn Quan”');
      expect(plan.fundingSources.map((f) => f.slice(0, 30))).toEqual([
        'Tập trung nguồn lực thực hiện ',
        'Thực hiện từ các nguồn vốn vay',
      ]);
    });

    it("reads section III's 13 actors with their duties", () => {
      expect(plan.actors.map((a) => [a.code, a.duties.length, a.bulleted])).toEqual([
        ['III.1', 4, true],
        ['III.2', 2, true],
        ['III.3', 7, true],
        ['III.4', 4, true],
        ['III.5', 5, true],
        ['III.6', 3, true],
        ['III.7', 2, true],
        ['III.8', 1, false],
        ['III.9', 1, false],
        ['III.10', 3, true],
        ['III.11', 6, true],
        ['III.12', 3, true],
        ['III.13', 1, false],
      ]);
      const actor = (code: string) => plan.actors.find((a) => a.code === code);
      expect(actor('III.7')?.title).toBe('Trung tâm Y tế huyện');
      expect(actor('III.7')?.duties[0]).toBe(
        'Chủ trì hướng dẫn, hỗ trợ các nhóm hộ, Tổ sản xuất, hộ sản xuất kinh doanh, các Hợp tác xã tham gia ' +
          'Chương trình OCOP có sản phẩm thuộc nhóm thảo dược.',
      );
      // An actor written as one paragraph has that paragraph as its duty…
      expect(actor('III.8')?.duties[0]).toMatch(
        /^Phối hợp với Phòng Nông nghiệp và PTNT .*Chương trình OCOP\.$/,
      );
      // …and one written as one sentence in its heading has the sentence, under the name of who it speaks to.
      expect(actor('III.13')?.title).toBe('Các cơ quan, ban ngành của Huyện, UBND các xã, thị trấn');
      expect(actor('III.13')?.duties[0]).toMatch(/^Các cơ quan, ban ngành .* bảo đảm hiệu quả thiết thực\.$/);
      // A duty cut by a page break ("xúc tiến⏎⏎thương mại...") is one duty.
      expect(actor('III.12')?.duties[2]).toContain('các hoạt động xúc tiến thương mại... tham gia thực hiện');
    });

    it('leaves the recipients and the closing paragraph out of the duties', () => {
      const all = plan.actors.flatMap((a) => a.duties);
      expect(all.some((d) => d.startsWith('UBND tỉnh;') || d.startsWith('Trên đây'))).toBeFalse();
    });
  });

  const SMALL = [
    '**KẾ HOẠCH',
    'Thực hiện Chương trình OCOP',
    'xã Thử năm 2021**',
    '',
    'Căn cứ Quyết định số 1/QĐ-UBND;',
    '',
    'Ủy ban nhân dân xã ban hành kế hoạch như sau:',
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '',
    '1. Mục đích',
    '',
    'Phát triển sản phẩm.',
    '',
    '2. Yêu cầu',
    '',
    'Các thôn hỗ trợ chủ thể',
    '',
    'hoàn thiện hồ sơ.',
    '',
    'Đảm bảo chất lượng.',
    '',
    'II. NỘI DUNG',
    '',
    '1. Nội dung chính',
    '',
    '- Đánh giá 01 sản phẩm.',
    '',
    '2. Kinh phí',
    '',
    '- Ngân sách xã.',
    '',
    'III. TỔ CHỨC THỰC HIỆN',
    '',
    '1. Công chức nông nghiệp',
    '',
    '- Hướng dẫn chủ thể;',
    '',
    '- Tổng hợp báo cáo',
    '',
    'hằng quý.',
    '',
    '2. Các thôn căn cứ kế hoạch này chủ động triển khai.',
    '',
    'Trên đây là kế hoạch.',
    '',
    '**CHỦ TỊCH**',
    '',
    'Nguyễn Văn A',
  ].join('\r\n');

  it('reads a plan of the same shape, joining paragraphs and bullets cut by page breaks', () => {
    const plan = parsePlanDocument(SMALL);
    expect(plan).toEqual({
      title: 'Kế hoạch thực hiện Chương trình OCOP xã Thử năm 2021',
      legalBases: ['Căn cứ Quyết định số 1/QĐ-UBND;'],
      purposes: ['Phát triển sản phẩm.'],
      requirements: ['Các thôn hỗ trợ chủ thể hoàn thiện hồ sơ.', 'Đảm bảo chất lượng.'],
      contents: ['Đánh giá 01 sản phẩm.'],
      contentsTitle: 'Nội dung chính',
      fundingSources: ['Ngân sách xã.'],
      actors: [
        {
          code: 'III.1',
          title: 'Công chức nông nghiệp',
          duties: ['Hướng dẫn chủ thể;', 'Tổng hợp báo cáo hằng quý.'],
          bulleted: true,
        },
        {
          code: 'III.2',
          title: 'Các thôn',
          duties: ['Các thôn căn cứ kế hoạch này chủ động triển khai.'],
          bulleted: false,
        },
      ],
      signer: 'CHỦ TỊCH / Nguyễn Văn A',
    });
  });

  it('refuses a document without its sections, or without a signer', () => {
    expect(() =>
      parsePlanDocument(SMALL.replace('III. TỔ CHỨC THỰC HIỆN', 'Tổ chức thực hiện')),
    ).toThrowError(/sections I, II, III/);
    expect(() => parsePlanDocument(SMALL.replace('**CHỦ TỊCH**', 'CHỦ TỊCH'))).toThrowError(/signer/);
    expect(() => parsePlanDocument('Không có tiêu đề.')).toThrowError(/title/);
  });
});

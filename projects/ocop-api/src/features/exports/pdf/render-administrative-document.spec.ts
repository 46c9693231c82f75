import { access } from 'node:fs/promises';
import { A4, MARGINS, MM, TEXT_LEFT, TEXT_WIDTH } from './page-geometry';
import { renderAdministrativeDocument } from './render-administrative-document';
import { recipientLines } from './signature-block';
import { readPdf, writePagePng, type PdfPageRead } from './testing/pdf-reading';
import { sampleDocument } from './testing/sample-document';

const text = (page: PdfPageRead): string => page.lines.join(' ');
/** Texts inside the top margin (where only page numbers and the draft mark may be). */
const inTopMargin = (page: PdfPageRead) => page.items.filter((i) => i.top + i.height <= MARGINS.top + 0.5);

describe('renderAdministrativeDocument (Nghị định 30/2020 layout)', () => {
  let pdf: Buffer;
  let pages: PdfPageRead[];
  const progress: number[] = [];

  beforeAll(async () => {
    pdf = await renderAdministrativeDocument(sampleDocument(), (page) => progress.push(page));
    pages = await readPdf(pdf);
  });

  it('prints A4 portrait pages and reports each page started', () => {
    expect(pages.length).toBe(3);
    for (const page of pages) expect(page.view).toEqual([0, 0, A4.width, A4.height]);
    expect(progress).toEqual([1, 2, 3]);
  });

  it('prints the header of page 1 in its two columns, number and date on one line, kind and title', () => {
    const [first] = pages;
    const lines = first!.lines;
    expect(lines[0]).toBe('UBND TỈNH LẠNG SƠNCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines[1]).toBe('UBND HUYỆN VĂN QUANĐộc lập - Tự do - Hạnh phúc');
    expect(lines[2]).toBe('Số: 25/BC-UBNDVăn Quan, ngày 05 tháng 4 năm 2020');
    expect(lines).toContain('BÁO CÁO');
    expect(lines).toContain('Kết quả thực hiện Chương trình OCOP quý I năm 2020');
    // The issuing body in the left column, the motto in the right one.
    const body = first!.items.find((i) => i.str === 'UBND HUYỆN VĂN QUAN')!;
    const motto = first!.items.find((i) => i.str === 'Độc lập - Tự do - Hạnh phúc')!;
    expect(body.x + body.width).toBeLessThan(motto.x);
  });

  it('keeps Vietnamese words intact in the body, the tables and the recipients', () => {
    const all = pages.map(text).join(' ');
    expect(all).toContain('Phòng Nông nghiệp và Phát triển nông thôn là cơ quan thường trực');
    expect(text(pages[0]!)).toContain('Phòng Nông nghiệp và Phát triển nông thôn');
    expect(text(pages[2]!)).toContain('Nơi nhận:');
    expect(text(pages[2]!)).toContain('- Sở Nông nghiệp và PTNT (b/c);');
    expect(text(pages[2]!)).toContain('- Lưu: VT.');
    const last = pages[2]!.items.map((i) => i.str);
    expect(last).toContain('KT. CHỦ TỊCH');
    expect(last).toContain('PHÓ CHỦ TỊCH');
    expect(last).toContain('Nguyễn Văn An');
  });

  it('numbers pages from 2 centred in the top margin, never page 1', () => {
    expect(inTopMargin(pages[0]!)).toEqual([]);
    for (const [index, page] of pages.entries()) {
      if (index === 0) continue;
      const numbers = inTopMargin(page);
      expect(numbers.map((n) => n.str)).toEqual([String(index + 1)]);
      const centre = numbers[0]!.x + numbers[0]!.width / 2;
      expect(Math.abs(centre - (TEXT_LEFT + TEXT_WIDTH / 2))).toBeLessThan(1);
    }
  });

  it('keeps every text inside the margins: left 30 mm, right 15 mm, bottom 20 mm', () => {
    for (const page of pages) {
      for (const item of page.items.filter((i) => i.str.trim() !== '')) {
        expect(item.x)
          .withContext(item.str)
          .toBeGreaterThanOrEqual(30 * MM - 0.01);
        expect(item.x + item.width)
          .withContext(item.str)
          .toBeLessThanOrEqual(A4.width - 15 * MM + 0.01);
        expect(item.top + item.height)
          .withContext(item.str)
          .toBeLessThanOrEqual(A4.height - 20 * MM);
      }
    }
    const bodyTexts = pages.flatMap((p) => p.items.filter((i) => i.top + i.height > MARGINS.top + 0.5));
    // pdf.js places a text's top one font size above its baseline, about 1.5 pt above the glyphs here.
    expect(Math.min(...bodyTexts.map((i) => i.top))).toBeGreaterThanOrEqual(20 * MM - 2);
    // The text block really reaches the margins (justified lines run from 30 mm to 15 mm).
    expect(Math.min(...bodyTexts.map((i) => i.x))).toBeLessThan(30 * MM + 0.5);
  });

  it('repeats the table header row on the page a table continues on', () => {
    for (const page of pages.slice(1)) {
      expect(page.lines[1]).toBe('STTTên sản phẩmĐơn vị chủ trìĐiểmHạng sao');
    }
    const items = pages[1]!.items.map((i) => i.str);
    expect(items).toContain('Sản phẩm thứ 12 của chủ thể');
    expect(items).not.toContain('Sản phẩm thứ 11 của chủ thể');
  });

  it('marks a draft at the top left of page 1 only', async () => {
    const draft = await readPdf(await renderAdministrativeDocument(sampleDocument({ draft: true })));
    const marks = inTopMargin(draft[0]!);
    expect(marks.map((m) => m.str)).toEqual(['DỰ THẢO']);
    expect(marks[0]!.x).toBeGreaterThanOrEqual(30 * MM);
    expect(marks[0]!.x).toBeLessThan(A4.width / 3);
    expect(text(pages[0]!)).not.toContain('DỰ THẢO');
  });

  it('prints two signers side by side and no recipients when the document has a co-signer', async () => {
    const doc = sampleDocument({
      body: [{ type: 'paragraph', text: 'Biên bản được lập thành 02 bản.' }],
      signature: { title: 'CHỦ TỊCH HỘI ĐỒNG', name: 'Hoàng Văn Bình' },
      coSignature: { title: 'THƯ KÝ', name: 'Lý Thị Cúc' },
    });
    const [page] = await readPdf(await renderAdministrativeDocument(doc));
    expect(page!.lines).toContain('THƯ KÝCHỦ TỊCH HỘI ĐỒNG');
    expect(page!.lines).toContain('Lý Thị CúcHoàng Văn Bình');
    expect(text(page!)).not.toContain('Nơi nhận');
  });

  it('renders page 1 to a PNG for people to look at', async () => {
    const path = await writePagePng(pdf, 1, 'administrative-document-page-1.png');
    await expectAsync(access(path)).toBeResolved();
  });
});

describe('recipientLines', () => {
  it('writes one "- item;" line per recipient, the last ending with a full stop', () => {
    expect(recipientLines(['UBND tỉnh (b/c)', 'Lưu: VT.'])).toEqual(['- UBND tỉnh (b/c);', '- Lưu: VT.']);
  });
});

import { productGroup1048 } from '../catalog/product-groups-1048';
import type { CriteriaSheet, Criterion } from './criteria-sheet';
import { CRITERIA_SHEETS, criteriaSheetFor, missingSheetMessage } from './criteria-sets';
import { SHEET_1048_RUOU_TRANG } from './sheets/1048-ruou-trang';
import { SHEET_1048_THAO_DUOC_KHAC } from './sheets/1048-thao-duoc-khac';

function criteriaOf(sheet: CriteriaSheet): Criterion[] {
  return sheet.parts.flatMap((part) => part.sections.flatMap((section) => section.criteria));
}

function criterion(sheet: CriteriaSheet, code: string): Criterion {
  const found = criteriaOf(sheet).find((c) => c.code === code);
  if (!found) throw new Error(`no criterion ${code}`);
  return found;
}

describe('criteria sheets of Decision 1048', () => {
  it('registers both sample sheets', () => {
    expect(CRITERIA_SHEETS.map((s) => s.subgroupCode)).toEqual(['15', '22']);
  });

  for (const sheet of [SHEET_1048_RUOU_TRANG, SHEET_1048_THAO_DUOC_KHAC]) {
    describe(sheet.title, () => {
      it('has criteria maxima adding up to each part (35/25/40) and parts adding up to 100', () => {
        const sums = sheet.parts.map((part) => [
          part.code,
          part.sections.flatMap((s) => s.criteria).reduce((sum, c) => sum + c.max, 0),
        ]);
        expect(sums).toEqual([
          ['A', 35],
          ['B', 25],
          ['C', 40],
        ]);
        expect(sheet.parts.map((p) => p.max)).toEqual([35, 25, 40]);
        expect(criteriaOf(sheet).reduce((sum, c) => sum + c.max, 0)).toBe(100);
      });

      it('reaches each maximum with one of its options', () => {
        for (const c of criteriaOf(sheet)) {
          expect(Math.max(...c.options.map((o) => o.points)))
            .withContext(c.code)
            .toBe(c.max);
        }
      });

      it('is a phân nhóm of the 1048 classification, with its decisions recorded', () => {
        expect(productGroup1048(sheet.subgroupCode)).toBeDefined();
        expect(sheet.setVersion).toBe('1048/2019');
        expect(sheet.decisions.some((d) => d.startsWith('3.2:'))).toBeTrue();
      });

      it('has the same 1.1 with its gate and 3.2 split into two cases', () => {
        const c11 = criterion(sheet, '1.1');
        expect(c11.options.map((o) => o.points)).toEqual([1, 2, 3]);
        expect(c11.gate?.text).toBe(
          'Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc',
        );
        const c32 = criterion(sheet, '3.2');
        expect(c32.max).toBe(2);
        expect(c32.options.map((o) => o.points)).toEqual([1, 2, 0, 1]);
        expect(c32.cases?.map((k) => k.optionIndexes)).toEqual([
          [0, 1],
          [2, 3],
        ]);
        expect(c32.options[3].text).toBe('Giám đốc/Chủ hộ là người trong tỉnh');
      });
    });
  }

  describe('Rượu trắng', () => {
    const sheet = SHEET_1048_RUOU_TRANG;

    it('keeps 6.5 Vị and has no 6.4, as in the source', () => {
      expect(
        criteriaOf(sheet)
          .filter((c) => c.code.startsWith('6.'))
          .map((c) => c.code),
      ).toEqual(['6.1', '6.2', '6.3', '6.5']);
      expect(criterion(sheet, '6.5').title).toBe('Vị');
      expect(criterion(sheet, '6.5').options.map((o) => o.points)).toEqual([0, 1, 3, 5, 8]);
      expect(sheet.decisions.some((d) => d.startsWith('6.4:'))).toBeTrue();
    });

    it('keeps the source wording of 2.1 and the gates of 6.1 and 9', () => {
      expect(criterion(sheet, '2.1').options[1].text).toBe(
        'Phát triển dựa trên sản phẩm của nhà sản xuất khác, chỉ thay đổi nhãn hiệu, có cải tiến về chất lượng, bao bì.',
      );
      expect(criterion(sheet, '2.1').options[3].text).toContain('bảo tồn sản phẩm truyền thông/');
      expect(criterion(sheet, '6.1').gate?.text).toContain('sẽ không đánh giá các bước tiếp theo');
      expect(criterion(sheet, '9').gate?.text).toMatch(/^Không đánh giá các bước tiếp theo nếu Chứng nhận/);
      expect(criterion(sheet, '8.1').note).toBe(
        'Bản Tiêu chuẩn sản phẩm cần có phiếu kiểm nghiệm các chỉ tiêu ATTP',
      );
      expect(criterion(sheet, '8.1').gate).toBeUndefined();
      expect(criteriaOf(sheet).length).toBe(29);
    });
  });

  describe('Thảo dược khác', () => {
    const sheet = SHEET_1048_THAO_DUOC_KHAC;

    it('scores part C on its own sections 6 to 13, each a single criterion', () => {
      const partC = sheet.parts[2];
      expect(partC.sections.map((s) => [s.number, s.criteria.map((c) => c.code)])).toEqual(
        ['6', '7', '8', '9', '10', '11', '12', '13'].map((n) => [n, [n]]),
      );
      expect(criterion(sheet, '9').options.map((o) => o.points)).toEqual([1, 2, 4, 8]);
      expect(criterion(sheet, '6').gate?.text).toBe(
        'Không đánh giá các bước tiếp theo nếu không có hồ sơ công bố tiêu chuẩn sản phẩm theo quy định',
      );
      expect(criterion(sheet, '12').gate?.text).toContain('Giấy chứng nhận đủ điều kiện sản xuất');
    });

    it('has 2.1 without "chỉ thay đổi nhãn hiệu" in its second option', () => {
      expect(criterion(sheet, '2.1').options[1].text).toBe(
        'Phát triển dựa trên sản phẩm của nhà sản xuất khác, có cải tiến về chất lượng, bao bì.',
      );
    });
  });

  describe('criteriaSheetFor', () => {
    it('finds the sheet of Rượu trắng (15) and of Thảo dược khác (22)', () => {
      expect(criteriaSheetFor('1048', '15')).toBe(SHEET_1048_RUOU_TRANG);
      expect(criteriaSheetFor('1048', '22')).toBe(SHEET_1048_THAO_DUOC_KHAC);
    });

    it('answers null for a phân nhóm without a sheet and for another set', () => {
      expect(criteriaSheetFor('1048', '1')).toBeNull();
      expect(criteriaSheetFor('148', '15')).toBeNull();
    });

    it('names the missing sheet', () => {
      expect(missingSheetMessage('1048', 'Mật ong, các sản phẩm từ mật ong, mật khác')).toBe(
        'Chưa có phiếu đánh giá theo QĐ 1048 cho phân nhóm "Mật ong, các sản phẩm từ mật ong, mật khác".',
      );
    });
  });
});

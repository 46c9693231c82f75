import type { CriteriaSheet } from './criteria-sheet';
import { SHEET_1048_RUOU_TRANG } from './sheets/1048-ruou-trang';
import { TEST_SHEET_148 } from './testing/test-sheet-148';
import { validateCriteriaSheet } from './validate-sheet';

interface MutableCriterion {
  code: string;
  max: number;
  options: { text: string; points: number }[];
  cases?: { title: string; optionIndexes: number[] }[];
}
interface MutableSheet {
  title: string;
  parts: { code: string; max: number; sections: { number: string; criteria: MutableCriterion[] }[] }[];
  [key: string]: unknown;
}

interface MutableBonus {
  code: string;
  title: string;
  max: number;
  options: { text: string; points: number }[];
}

/** A deep copy of the Rượu trắng sheet that a test may break. */
function copy(): MutableSheet {
  return JSON.parse(JSON.stringify(SHEET_1048_RUOU_TRANG)) as MutableSheet;
}

/** A deep copy of the test-only 148 sheet (with bonus points) that a test may break. */
function copy148(): MutableSheet & { bonus: MutableBonus[] } {
  return JSON.parse(JSON.stringify(TEST_SHEET_148)) as MutableSheet & { bonus: MutableBonus[] };
}

function criterionOf(sheet: MutableSheet, code: string): MutableCriterion {
  const found = sheet.parts
    .flatMap((p) => p.sections.flatMap((s) => s.criteria))
    .find((c) => c.code === code);
  if (!found) throw new Error(`no criterion ${code}`);
  return found;
}

function problemsOf(data: unknown): string {
  try {
    validateCriteriaSheet(data);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('validateCriteriaSheet', () => {
  it('accepts a sound sheet and returns it', () => {
    const sheet = copy();
    expect(validateCriteriaSheet(sheet) as unknown).toBe(sheet);
  });

  it('refuses something that is not a sheet', () => {
    expect(problemsOf(null)).toContain('dữ liệu phải là một đối tượng');
    expect(problemsOf({})).toContain('"parts" phải là danh sách không rỗng');
  });

  it('refuses an option above the criterion maximum, naming the criterion', () => {
    const sheet = copy();
    criterionOf(sheet, '1.2').options[2].points = 4;
    const message = problemsOf(sheet);
    expect(message).toContain('Tiêu chí 1.2: có lựa chọn 4 điểm, vượt điểm tối đa 3');
  });

  it('refuses a maximum no option reaches', () => {
    const sheet = copy();
    criterionOf(sheet, '1.2').max = 4;
    const message = problemsOf(sheet);
    expect(message).toContain('Tiêu chí 1.2: điểm tối đa 4 nhưng lựa chọn cao nhất chỉ 3');
    expect(message).toContain('Phần A: tổng điểm tối đa các tiêu chí là 36, khác 35');
  });

  it('refuses a part whose maximum differs from the decision, and a total other than 100', () => {
    const sheet = copy();
    sheet.parts[1].max = 30;
    const message = problemsOf(sheet);
    expect(message).toContain('Phần B: tổng điểm tối đa các tiêu chí là 25, khác 30');
    expect(message).toContain('Phần B: điểm tối đa theo QĐ 1048 là 25, không phải 30');
    expect(message).toContain('Tổng điểm tối đa các phần là 105, không phải 100');
  });

  it('refuses a duplicate criterion code and lists every problem at once', () => {
    const sheet = copy();
    criterionOf(sheet, '1.3').code = '1.2';
    criterionOf(sheet, '6.5').options[0].text = '';
    const message = problemsOf(sheet);
    expect(message).toContain('Tiêu chí 1.2: mã bị trùng');
    expect(message).toContain('Tiêu chí 6.5, lựa chọn 1: "text" phải là chuỗi không rỗng');
    expect(message).toMatch(/^Phiếu đánh giá "Ngành Đồ uống .*Rượu trắng" không hợp lệ:\n- /);
  });

  it('refuses a criterion code outside its section', () => {
    const sheet = copy();
    criterionOf(sheet, '1.4').code = '2.9';
    expect(problemsOf(sheet)).toContain('Tiêu chí 2.9: mã không thuộc mục 1');
  });

  it('checks the cases of 3.2: each option in one case, no case above the maximum, the best case at it', () => {
    const overlapping = copy();
    criterionOf(overlapping, '3.2').cases = [
      { title: 'Tổ chức', optionIndexes: [0, 1] },
      { title: 'Chủ hộ', optionIndexes: [1, 3] },
    ];
    const overlap = problemsOf(overlapping);
    expect(overlap).toContain('Tiêu chí 3.2, trường hợp 2: lựa chọn số 1 đã thuộc trường hợp khác');
    expect(overlap).toContain('Tiêu chí 3.2: có lựa chọn không thuộc trường hợp nào');

    const tooHigh = copy();
    criterionOf(tooHigh, '3.2').options[3].points = 3;
    expect(problemsOf(tooHigh)).toContain(
      'Tiêu chí 3.2, trường hợp 2: lựa chọn cao nhất (3) vượt điểm tối đa 2',
    );

    const tooLow = copy();
    criterionOf(tooLow, '3.2').options[1].points = 1;
    expect(problemsOf(tooLow)).toContain(
      'Tiêu chí 3.2: điểm tối đa 2 khác điểm cao nhất của các trường hợp (1)',
    );
  });

  it('refuses an unknown set and parts out of order', () => {
    const sheet = copy();
    sheet['setId'] = '999';
    sheet.parts = [sheet.parts[1], sheet.parts[0], sheet.parts[2]];
    const message = problemsOf(sheet);
    expect(message).toContain('"setId" phải là một trong 1048, 148');
    expect(message).toContain('Phiếu phải có đúng các phần A, B, C theo thứ tự (đang có: B, A, C)');
  });

  it('keeps the typed sheet intact (validation does not mutate)', () => {
    const before = JSON.stringify(SHEET_1048_RUOU_TRANG);
    validateCriteriaSheet(SHEET_1048_RUOU_TRANG satisfies CriteriaSheet);
    expect(JSON.stringify(SHEET_1048_RUOU_TRANG)).toBe(before);
  });

  it('adds maxima in tenths of a point as a person does (0.1 + 32.2 + 2.7 is 35, not 35.00000000000001)', () => {
    const sheet = copy148();
    sheet.parts[2].sections[0].criteria = [
      { code: '3.1', max: 0.1, options: [{ text: 'Có', points: 0.1 }] },
      { code: '3.2', max: 32.2, options: [{ text: 'Có', points: 32.2 }] },
      { code: '3.3', max: 2.7, options: [{ text: 'Có', points: 2.7 }] },
    ].map((c) => ({ ...c, title: `Tiêu chí ${c.code}` }));
    expect(problemsOf(sheet)).toBe('');
    sheet.parts[2].sections[0].criteria[2].max = 2.8;
    sheet.parts[2].sections[0].criteria[2].options[0].points = 2.8;
    expect(problemsOf(sheet)).toContain('Phần C: tổng điểm tối đa các tiêu chí là 35.1, khác 35');
  });

  describe('bonus points (QĐ 148)', () => {
    it('accepts a 148 sheet with parts 40/25/35 and bonus criteria', () => {
      const sheet = copy148();
      expect(validateCriteriaSheet(sheet) as unknown).toBe(sheet);
      expect(validateCriteriaSheet(TEST_SHEET_148).bonus?.map((b) => b.code)).toEqual(['K.1', 'K.2']);
    });

    it('refuses bonus points on a 1048 sheet', () => {
      const sheet = copy();
      sheet['bonus'] = copy148().bonus;
      expect(problemsOf(sheet)).toContain(
        'Phiếu: chỉ phiếu theo QĐ 148 mới có điểm khuyến khích ("bonus"), phiếu này theo QĐ 1048',
      );
    });

    it('refuses a 148 sheet with the 1048 part maxima', () => {
      const sheet = copy148();
      sheet.parts[0].max = 35;
      expect(problemsOf(sheet)).toContain('Phần A: điểm tối đa theo QĐ 148 là 40, không phải 35');
    });

    it('checks each bonus criterion: code, title, options, maximum = highest option', () => {
      const sheet = copy148();
      sheet.bonus[0].title = '';
      sheet.bonus[0].max = 4;
      sheet.bonus[1].options[2].points = 5;
      const message = problemsOf(sheet);
      expect(message).toContain('Điểm khuyến khích K.1: "title" phải là chuỗi không rỗng');
      expect(message).toContain('Điểm khuyến khích K.1: điểm tối đa 4 nhưng lựa chọn cao nhất chỉ 3');
      expect(message).toContain('Điểm khuyến khích K.2: có lựa chọn 5 điểm, vượt điểm tối đa 2');

      const noOptions = copy148();
      noOptions.bonus[1].options = [];
      (noOptions.bonus[0] as Partial<MutableBonus>).code = undefined;
      const second = problemsOf(noOptions);
      expect(second).toContain('Điểm khuyến khích K.2: "options" phải là danh sách không rỗng');
      expect(second).toContain('Điểm khuyến khích thứ 1: "code" phải là chuỗi không rỗng');
    });

    it('refuses a bonus code used by a criterion or by another bonus criterion', () => {
      const sheet = copy148();
      sheet.bonus[0].code = '2.1';
      sheet.bonus[1].code = '2.1';
      expect(problemsOf(sheet).match(/Điểm khuyến khích 2\.1: mã bị trùng/g)?.length).toBe(2);
    });

    it('refuses an empty or malformed bonus list', () => {
      const empty = copy148() as MutableSheet;
      empty['bonus'] = [];
      expect(problemsOf(empty)).toContain('Phiếu: "bonus" phải là danh sách không rỗng khi có');
      const notObject = copy148() as MutableSheet;
      notObject['bonus'] = ['K.1'];
      expect(problemsOf(notObject)).toContain('Điểm khuyến khích thứ 1: phải là một đối tượng');
    });
  });
});

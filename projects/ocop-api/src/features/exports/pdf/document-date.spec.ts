import { dateWords, placeDateLine } from './document-date';

describe('document date line (Nghị định 30/2020)', () => {
  it('writes days below 10 and the months 1 and 2 with a leading zero, other months without', () => {
    expect(dateWords('2020-04-05')).toBe('ngày 05 tháng 4 năm 2020');
    expect(dateWords('2020-02-15')).toBe('ngày 15 tháng 02 năm 2020');
    expect(dateWords('2020-01-31')).toBe('ngày 31 tháng 01 năm 2020');
    expect(dateWords('2020-11-09')).toBe('ngày 09 tháng 11 năm 2020');
  });

  it('puts the place first, and leaves blanks for an undated draft', () => {
    expect(placeDateLine('Văn Quan', '2020-04-05')).toBe('Văn Quan, ngày 05 tháng 4 năm 2020');
    expect(placeDateLine('Văn Quan', '')).toBe('Văn Quan, ngày     tháng     năm');
    expect(placeDateLine('', '2020-12-25')).toBe('Ngày 25 tháng 12 năm 2020');
  });
});

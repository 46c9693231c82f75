import { periodName, periodicReportTitle } from './periodic-report';

describe('periodName and periodicReportTitle', () => {
  it('names the quarters in Roman numerals', () => {
    expect(
      [1, 2, 3, 4].map((quarter) => periodName({ year: 2020, quarter: quarter as 1 | 2 | 3 | 4 })),
    ).toEqual(['quý I năm 2020', 'quý II năm 2020', 'quý III năm 2020', 'quý IV năm 2020']);
  });

  it('names the year-end report by its year', () => {
    expect(periodName({ year: 2030, quarter: null })).toBe('năm 2030');
  });

  it('titles the report as the document and the file names carry it', () => {
    expect(periodicReportTitle({ year: 2020, quarter: 1 })).toBe(
      'Báo cáo kết quả thực hiện Chương trình OCOP quý I năm 2020',
    );
    expect(periodicReportTitle({ year: 2020, quarter: null })).toBe(
      'Báo cáo kết quả thực hiện Chương trình OCOP năm 2020',
    );
  });
});

import { parseReportPeriod, reportPeriodRange } from './parse-report-period';

describe('reportPeriodRange', () => {
  it('runs from 01/01 to the last day of each quarter', () => {
    expect(reportPeriodRange({ year: 2030, quarter: 1 })).toEqual({ from: '2030-01-01', to: '2030-03-31' });
    expect(reportPeriodRange({ year: 2030, quarter: 2 })).toEqual({ from: '2030-01-01', to: '2030-06-30' });
    expect(reportPeriodRange({ year: 2030, quarter: 3 })).toEqual({ from: '2030-01-01', to: '2030-09-30' });
    expect(reportPeriodRange({ year: 2030, quarter: 4 })).toEqual({ from: '2030-01-01', to: '2030-12-31' });
  });

  it('runs the year-end report to 31/12', () => {
    expect(reportPeriodRange({ year: 2020, quarter: null })).toEqual({
      from: '2020-01-01',
      to: '2020-12-31',
    });
  });

  it('ends a quarter on its last day whatever the leap year (the first quarter holds February)', () => {
    // 2024 and 2000 are leap years, 2100 is not (divisible by 100, not by 400): Q1 still ends on 31/03, and
    // the range never depends on February's length.
    for (const year of [2024, 2000, 2100, 2023]) {
      expect(reportPeriodRange({ year, quarter: 1 }).to).toBe(`${year}-03-31`);
      expect(reportPeriodRange({ year, quarter: null }).to).toBe(`${year}-12-31`);
    }
  });
});

describe('parseReportPeriod', () => {
  it('reads a year and a quarter from strings or numbers', () => {
    expect(parseReportPeriod({ year: '2020', quarter: '1' })).toEqual({
      ok: true,
      period: { year: 2020, quarter: 1 },
    });
    expect(parseReportPeriod({ year: 2030, quarter: 4 })).toEqual({
      ok: true,
      period: { year: 2030, quarter: 4 },
    });
    expect(parseReportPeriod({ year: ' 2021 ', quarter: ' 3 ' })).toEqual({
      ok: true,
      period: { year: 2021, quarter: 3 },
    });
  });

  it('takes an absent, null or empty quarter as the year-end report', () => {
    for (const quarter of [undefined, null, '']) {
      expect(parseReportPeriod({ year: '2020', quarter })).toEqual({
        ok: true,
        period: { year: 2020, quarter: null },
      });
    }
  });

  it('accepts the years 2018 to 2100 only', () => {
    expect(parseReportPeriod({ year: '2018' }).ok).toBeTrue();
    expect(parseReportPeriod({ year: '2100' }).ok).toBeTrue();
    for (const year of ['2017', '2101', '20x0', '202', '20200', '2020.5', '', undefined]) {
      const result = parseReportPeriod({ year });
      expect(result)
        .withContext(String(year))
        .toEqual({
          ok: false,
          errors: [{ field: 'year', code: 'invalid_format', message: 'Năm phải là số từ 2018 đến 2100' }],
        });
    }
  });

  it('answers a bad year and a bad quarter together', () => {
    const result = parseReportPeriod({ year: 'abc', quarter: '5' });
    expect(result.ok).toBeFalse();
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['year', 'invalid_format'],
      ['quarter', 'invalid_choice'],
    ]);
    expect(result.errors[1]?.message).toBe('Quý phải là 1, 2, 3 hoặc 4 (để trống: cả năm)');
    for (const quarter of ['0', 'Q1', '1.0', 'I']) {
      expect(parseReportPeriod({ year: '2020', quarter }).ok)
        .withContext(quarter)
        .toBeFalse();
    }
  });
});

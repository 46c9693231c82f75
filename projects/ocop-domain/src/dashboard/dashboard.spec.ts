import {
  averageDays,
  dashboardPeriod,
  dashboardStates,
  parseDashboardQuery,
  rate,
  roundDays,
} from './dashboard';

describe('dashboard helpers', () => {
  it('rate is returned / decided to 4 decimals, null when nothing was decided', () => {
    expect(rate(1, 3)).toBe(0.3333);
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(0, 5)).toBe(0);
    expect(rate(4, 4)).toBe(1);
    expect(rate(0, 0)).toBeNull();
  });

  it('averageDays is the mean to 1 decimal, null for no durations', () => {
    // (2 + 3 + 3.5) / 3 = 2.8333… → 2.8
    expect(averageDays([2, 3, 3.5])).toBe(2.8);
    expect(averageDays([10])).toBe(10);
    expect(averageDays([])).toBeNull();
    expect(roundDays(1.25)).toBe(1.3);
    expect(roundDays(null)).toBeNull();
  });

  it('lists the states in the district workflow order, terminal ones marked', () => {
    const states = dashboardStates();
    expect(states.map((s) => s.id)).toEqual([
      'draft',
      'submitted',
      'returned',
      'resubmitted',
      'accepted',
      'forwarded',
      'not-forwarded',
      'certified',
      'not-certified',
      'withdrawn',
    ]);
    expect(states.find((s) => s.id === 'draft')?.name).toBe('Đang chuẩn bị');
    expect(states.filter((s) => s.terminal).map((s) => s.id)).toEqual([
      'not-forwarded',
      'certified',
      'not-certified',
      'withdrawn',
    ]);
  });

  it('gives the period of a quarter or of the year', () => {
    expect(dashboardPeriod({ year: 2020, quarter: null })).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(dashboardPeriod({ year: 2020, quarter: 1 })).toEqual({ from: '2020-01-01', to: '2020-03-31' });
    expect(dashboardPeriod({ year: 2021, quarter: 4 })).toEqual({ from: '2021-10-01', to: '2021-12-31' });
  });
});

describe('parseDashboardQuery', () => {
  it('defaults the year to the business year and the rest to null', () => {
    expect(parseDashboardQuery({}, '2024-06-30')).toEqual({
      ok: true,
      query: { year: 2024, quarter: null, districtCode: null, criteriaSet: null },
    });
  });

  it('reads every filter', () => {
    expect(
      parseDashboardQuery(
        { year: '2020', quarter: '1', districtCode: '184', criteriaSet: '148' },
        '2024-06-30',
      ),
    ).toEqual({ ok: true, query: { year: 2020, quarter: 1, districtCode: '184', criteriaSet: '148' } });
  });

  it('reports every problem at once, in Vietnamese', () => {
    const result = parseDashboardQuery(
      { year: '20x0', quarter: '5', districtCode: '18', criteriaSet: '999' },
      '2024-06-30',
    );
    expect(result.ok).toBeFalse();
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['year', 'invalid_format'],
      ['quarter', 'invalid_choice'],
      ['districtCode', 'invalid_format'],
      ['criteriaSet', 'invalid_choice'],
    ]);
    expect(result.errors[0]?.message).toBe('Năm phải là số từ 2018 đến 2100');
  });

  it('refuses a year outside the programme', () => {
    const result = parseDashboardQuery({ year: '2017' }, '2024-06-30');
    expect(result.ok).toBeFalse();
  });
});

import {
  dashboardQueryFromSearch,
  dashboardQueryToSearch,
  dashboardYears,
  toDashboardParams,
} from './dashboard-query';

describe('dashboard query', () => {
  const TODAY = '2026-11-29';

  it('reads the filters of the URL, defaulting to the business year and dropping what it cannot read', () => {
    expect(dashboardQueryFromSearch('', TODAY)).toEqual({
      year: 2026,
      quarter: null,
      districtCode: null,
      criteriaSet: null,
    });
    expect(dashboardQueryFromSearch('?year=2020&quarter=1&districtCode=184&criteriaSet=148', TODAY)).toEqual({
      year: 2020,
      quarter: 1,
      districtCode: '184',
      criteriaSet: '148',
    });
    expect(dashboardQueryFromSearch('?year=1999&quarter=Q1&districtCode=18&criteriaSet=1048', TODAY)).toEqual(
      {
        year: 2026,
        quarter: null,
        districtCode: null,
        criteriaSet: '1048',
      },
    );
  });

  it('writes only what is set, in the order the API gets it', () => {
    const query = { year: 2020, quarter: 2, districtCode: null, criteriaSet: '1048' } as const;
    expect(toDashboardParams(query)).toEqual({ year: 2020, quarter: 2, criteriaSet: '1048' });
    expect(dashboardQueryToSearch(query)).toBe('?year=2020&quarter=2&criteriaSet=1048');
    expect(dashboardQueryFromSearch(dashboardQueryToSearch(query), TODAY)).toEqual(query);
  });

  it('offers the years from the business year back to 2018', () => {
    expect(dashboardYears('2020-03-01', 2020)).toEqual([2020, 2019, 2018]);
    // A link to a later year than today's still shows that year as chosen.
    expect(dashboardYears('2019-03-01', 2020)).toEqual([2020, 2019, 2018]);
  });
});

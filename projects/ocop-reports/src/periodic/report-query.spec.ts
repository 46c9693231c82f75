import { reportQueryFromSearch, reportQueryToSearch, reportYears } from './report-query';

describe('report query', () => {
  const today = '2026-11-29';

  it('reads year, quarter and district from the URL and writes them back in the same order', () => {
    const query = reportQueryFromSearch('?districtCode=184&quarter=2&year=2020', today);
    expect(query).toEqual({ year: 2020, quarter: 2, districtCode: '184' });
    expect(reportQueryToSearch(query)).toBe('?year=2020&quarter=2&districtCode=184');
    expect(reportQueryToSearch({ year: 2021, quarter: null, districtCode: null })).toBe('?year=2021');
  });

  it('defaults to the business year and the whole year, dropping what it cannot read', () => {
    expect(reportQueryFromSearch('', today)).toEqual({ year: 2026, quarter: null, districtCode: null });
    expect(reportQueryFromSearch('?year=2020&quarter=5&districtCode=x', today)).toEqual({
      year: 2020,
      quarter: null,
      districtCode: null,
    });
    expect(reportQueryFromSearch('?year=1990&quarter=3', today)).toEqual({
      year: 2026,
      quarter: 3,
      districtCode: null,
    });
  });

  it('offers the years from the business year back to 2018', () => {
    expect(reportYears('2020-05-01', 2020)).toEqual([2020, 2019, 2018]);
    expect(reportYears('2019-05-01', 2021)).toEqual([2021, 2020, 2019, 2018]);
  });
});

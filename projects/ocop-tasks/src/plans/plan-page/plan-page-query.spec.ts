import {
  DEFAULT_QUERY,
  isFiltered,
  parsePlanTaskQuery,
  planTaskQueryToSearch,
  sameApiQuery,
  toTaskQuery,
} from './plan-page-query';

describe('plan page query', () => {
  it('reads every filter, the search and the grouping from the URL, and writes them back the same', () => {
    const search = '?q=huu+le&unit=commune%3A06322&status=returned&flag=overdue&quarter=2020-Q3&by=unit';
    const query = parsePlanTaskQuery(search);

    expect(query).toEqual({
      q: 'huu le',
      unit: 'commune:06322',
      status: 'returned',
      flag: 'overdue',
      quarter: '2020-Q3',
      group: 'unit',
    });
    expect(planTaskQueryToSearch(query)).toBe(search);
  });

  it('writes nothing for the default list', () => {
    expect(parsePlanTaskQuery('')).toEqual(DEFAULT_QUERY);
    expect(planTaskQueryToSearch(DEFAULT_QUERY)).toBe('');
    expect(isFiltered(DEFAULT_QUERY)).toBeFalse();
  });

  it('drops what the API would refuse: unknown units, statuses, flags, quarters and groupings', () => {
    expect(
      parsePlanTaskQuery('?unit=department%3AXYZ&status=done&flag=late&quarter=2020-Q5&by=kind'),
    ).toEqual(DEFAULT_QUERY);
    expect(parsePlanTaskQuery('?unit=commune%3A6322').unit).toBe('');
    expect(parsePlanTaskQuery('?unit=department%3ATTYT').unit).toBe('department:TTYT');
  });

  it('keeps the search as typed, in NFC, trimmed and at most 200 characters', () => {
    const decomposed = 'Hu\u031b\u0303u Le\u0302\u0303';
    expect(parsePlanTaskQuery(`?q=${encodeURIComponent(`  ${decomposed} `)}`).q).toBe('Hữu Lễ');
    expect(parsePlanTaskQuery(`?q=${'a'.repeat(300)}`).q.length).toBe(200);
  });

  it('asks the API for the filters only (the grouping is the page’s), all in one page', () => {
    const query = parsePlanTaskQuery('?status=accepted&by=unit');
    expect(toTaskQuery(query)).toEqual({
      q: undefined,
      unit: undefined,
      status: 'accepted',
      flag: undefined,
      quarter: undefined,
      limit: 500,
    });
    expect(sameApiQuery(query, { ...query, group: 'section' })).toBeTrue();
    expect(sameApiQuery(query, { ...query, status: '' })).toBeFalse();
  });
});

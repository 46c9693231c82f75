import {
  DEFAULT_QUERY,
  DossierListQuery,
  isFiltered,
  listQueryToSearch,
  parseListQuery,
  sameListQuery,
  toApiQuery,
} from './dossier-list-query';

describe('dossier list query', () => {
  const FULL: DossierListQuery = {
    q: 'huu le',
    communeCode: '06322',
    state: 'returned',
    productGroupCode: '15',
    roundYear: '2019',
    flag: 'overdue',
    sort: 'deadline',
    dir: 'desc',
    page: 3,
  };

  it('writes nothing for the default list, and reads the default list from an empty query string', () => {
    expect(listQueryToSearch(DEFAULT_QUERY)).toBe('');
    expect(parseListQuery('')).toEqual(DEFAULT_QUERY);
  });

  it('round-trips every field through the query string', () => {
    const search = listQueryToSearch(FULL);

    expect(search).toBe(
      '?q=huu+le&commune=06322&state=returned&group=15&year=2019&flag=overdue&sort=deadline&dir=desc&page=3',
    );
    expect(parseListQuery(search)).toEqual(FULL);
  });

  it('leaves out a direction that is the sort’s default (latest change first, A→Z otherwise)', () => {
    expect(listQueryToSearch({ ...DEFAULT_QUERY, sort: 'product', dir: 'asc' })).toBe('?sort=product');
    expect(listQueryToSearch({ ...DEFAULT_QUERY, dir: 'asc' })).toBe('?dir=asc');
    expect(parseListQuery('?sort=deadline')).toEqual({ ...DEFAULT_QUERY, sort: 'deadline', dir: 'asc' });
  });

  it('drops what it does not know instead of sending it to the API', () => {
    expect(
      parseListQuery(
        '?commune=6322&state=scored&group=27&year=20&flag=late&sort=producer&dir=up&page=0&other=1',
      ),
    ).toEqual(DEFAULT_QUERY);
    expect(parseListQuery('?page=-2').page).toBe(1);
    expect(parseListQuery('?page=2.5').page).toBe(1);
  });

  it('reads the search as NFC without surrounding blanks', () => {
    const decomposed = 'Hu\u031b\u0303u Le\u0302\u0303';
    expect(parseListQuery(`?q=${encodeURIComponent(`  ${decomposed} `)}`).q).toBe('Hữu Lễ');
    // The API refuses longer searches; a hand-made link is cut instead of failing.
    expect(parseListQuery(`?q=${'a'.repeat(250)}`).q.length).toBe(200);
  });

  it('asks the API for one page of 50 with the filters it has', () => {
    expect(toApiQuery(DEFAULT_QUERY)).toEqual({
      q: undefined,
      communeCode: undefined,
      state: undefined,
      productGroupCode: undefined,
      roundYear: undefined,
      flag: undefined,
      sort: 'updated',
      dir: 'desc',
      limit: 50,
      offset: 0,
    });
    expect(toApiQuery(FULL)).toEqual({
      q: 'huu le',
      communeCode: '06322',
      state: 'returned',
      productGroupCode: '15',
      roundYear: 2019,
      flag: 'overdue',
      sort: 'deadline',
      dir: 'desc',
      limit: 50,
      offset: 100,
    });
  });

  it('knows whether a search or filter narrows the list, and compares lists field by field', () => {
    expect(isFiltered(DEFAULT_QUERY)).toBeFalse();
    expect(isFiltered({ ...DEFAULT_QUERY, sort: 'product', page: 2 })).toBeFalse();
    expect(isFiltered({ ...DEFAULT_QUERY, flag: 'due-soon' })).toBeTrue();
    expect(isFiltered({ ...DEFAULT_QUERY, q: 'chè' })).toBeTrue();

    expect(sameListQuery(FULL, { ...FULL })).toBeTrue();
    expect(sameListQuery(FULL, { ...FULL, page: 2 })).toBeFalse();
  });
});

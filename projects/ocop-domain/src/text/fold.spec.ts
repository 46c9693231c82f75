import { foldForSearch, matchesSearch, normalizeText, searchTokens } from './fold';

describe('normalizeText', () => {
  it('trims and collapses inner whitespace, including tabs, newlines and no-break spaces', () => {
    expect(normalizeText('  Rượu \t men\n\u00a0lá  ')).toBe('Rượu men lá');
  });

  it('composes NFD input to NFC', () => {
    const nfd = 'Hữu Lễ'.normalize('NFD');
    expect(nfd).not.toBe('Hữu Lễ'.normalize('NFC'));
    expect(normalizeText(nfd)).toBe('Hữu Lễ'.normalize('NFC'));
  });

  it('leaves an all-space string empty', () => {
    expect(normalizeText(' \t\n ')).toBe('');
  });
});

describe('foldForSearch', () => {
  it('removes diacritics and lower-cases', () => {
    expect(foldForSearch('Rượu men lá Hữu Lễ')).toBe('ruou men la huu le');
  });

  it('maps đ and Đ to d', () => {
    expect(foldForSearch('Đồng Giáp')).toBe('dong giap');
    expect(foldForSearch('Điềm He, đường')).toBe('diem he, duong');
  });

  it('gives the same key for NFC and NFD input', () => {
    const name = 'Tinh dầu hồi Văn Quan';
    expect(foldForSearch(name.normalize('NFD'))).toBe(foldForSearch(name.normalize('NFC')));
  });

  it('collapses whitespace like normalizeText', () => {
    expect(foldForSearch('  HTX   Văn Quan Xanh ')).toBe('htx van quan xanh');
  });
});

describe('searchTokens', () => {
  it('splits the folded query into words', () => {
    expect(searchTokens(' Hữu  LỄ ')).toEqual(['huu', 'le']);
  });

  it('is empty for a blank query', () => {
    expect(searchTokens('   ')).toEqual([]);
  });
});

describe('matchesSearch', () => {
  const product = 'Rượu men lá Hữu Lễ';

  it('finds "huu le" in "Rượu men lá Hữu Lễ"', () => {
    expect(matchesSearch(product, 'huu le')).toBeTrue();
  });

  it('accepts the query with diacritics, in any case and word order', () => {
    expect(matchesSearch(product, 'HỮU')).toBeTrue();
    expect(matchesSearch(product, 'le ruou')).toBeTrue();
  });

  it('needs every word', () => {
    expect(matchesSearch(product, 'huu hoi')).toBeFalse();
  });

  it('does not confuse d and đ-less spellings of other letters', () => {
    expect(matchesSearch('Đồng Giáp', 'dong')).toBeTrue();
    expect(matchesSearch('Tràng Các', 'dong')).toBeFalse();
  });

  it('matches everything for an empty query', () => {
    expect(matchesSearch(product, '')).toBeTrue();
  });
});

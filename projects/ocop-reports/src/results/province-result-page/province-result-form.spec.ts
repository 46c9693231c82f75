import { checkProvinceResult, EMPTY_PROVINCE_RESULT, readProvinceResult } from './province-result-form';

describe('province result form', () => {
  const typed = {
    ...EMPTY_PROVINCE_RESULT,
    score: '76,33',
    decisionNumber: '123/QĐ-UBND',
    decisionDate: '28/01/2021',
  };

  it('reads a decimal comma, ranks with starsFor and dates the expiry 36 months after the certificate', () => {
    const reading = readProvinceResult({ ...typed, certificateDate: '28/01/2021' });
    expect(reading.score).toBe(76.33);
    expect(reading.stars).toBe(4);
    expect(reading.certified).toBeTrue();
    expect(reading.expiresOn).toBe('2024-01-28');
    expect(readProvinceResult({ ...typed, score: '49,99' }).certified).toBeFalse();
    expect(readProvinceResult({ ...typed, score: '101' }).stars).toBeNull();
  });

  it('leaves the rules to the domain: the certificate from 3 stars, the range and the dates', () => {
    const fields = (input: typeof typed) => {
      const checked = checkProvinceResult(input, 7);
      return checked.ok ? [] : checked.errors.map((e) => `${e.field}:${e.code}`);
    };
    expect(fields(typed)).toEqual(['certificateNumber:required', 'certificateDate:required']);
    expect(fields({ ...typed, score: '45' })).toEqual([]);
    expect(fields({ ...typed, score: '101', decisionDate: '31/02/2021' })).toEqual([
      'score:out_of_range',
      'decisionDate:invalid_format',
    ]);
    expect(fields({ ...typed, score: '69,995' })).toEqual(['score:invalid_format']);
  });

  it('sends ISO dates, and no certificate below 3 stars', () => {
    expect(checkProvinceResult({ ...typed, score: '45', certificateNumber: 'x' }, 7)).toEqual({
      ok: true,
      value: {
        score: 45,
        decisionNumber: '123/QĐ-UBND',
        decisionDate: '2021-01-28',
        certificateNumber: null,
        certificateDate: null,
        version: 7,
      },
    });
    const certified = checkProvinceResult(
      { ...typed, certificateNumber: ' 05/GCN-UBND ', certificateDate: '28/1/2021' },
      7,
    );
    expect(certified.ok && certified.value).toEqual({
      score: 76.33,
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2021-01-28',
      certificateNumber: '05/GCN-UBND',
      certificateDate: '2021-01-28',
      version: 7,
    });
  });
});

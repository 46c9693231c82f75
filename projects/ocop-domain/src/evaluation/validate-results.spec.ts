import { parseCertificateRevocation, parseProvinceResult, parseReEvaluation } from './validate-results';

describe('parseProvinceResult', () => {
  const certified = {
    score: 76.33,
    decisionNumber: ' 123/QĐ-UBND ',
    decisionDate: '2021-01-28',
    certificateNumber: '05/GCN-UBND',
    certificateDate: '2021-01-28',
    version: 7,
  };

  it('accepts a 3★-or-more result with its certificate, trimming the texts', () => {
    expect(parseProvinceResult(certified)).toEqual({
      ok: true,
      value: { ...certified, decisionNumber: '123/QĐ-UBND' },
    });
  });

  it('requires the certificate number and date from 3★ (50 points) on, naming the fields', () => {
    const result = parseProvinceResult({
      ...certified,
      score: 50,
      certificateNumber: '',
      certificateDate: null,
    });
    expect(result.ok).toBeFalse();
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['certificateNumber', 'required'],
      ['certificateDate', 'required'],
    ]);
  });

  it('accepts a result below 3★ without a certificate, and refuses a certificate for it', () => {
    const below = { score: 49.99, decisionNumber: '9/QĐ', decisionDate: '2021-01-28', version: 1 };
    expect(parseProvinceResult(below)).toEqual({
      ok: true,
      value: { ...below, certificateNumber: null, certificateDate: null },
    });
    const withCertificate = parseProvinceResult({ ...below, certificateNumber: '1/GCN' });
    expect(withCertificate.ok).toBeFalse();
    if (!withCertificate.ok) expect(withCertificate.errors[0]?.field).toBe('certificateNumber');
  });

  it('refuses scores outside 0–100 or with more than 2 decimals, and a certificate dated before the decision', () => {
    const fieldsOf = (fields: Record<string, unknown>) => {
      const result = parseProvinceResult({ ...certified, ...fields });
      return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
    };
    expect(fieldsOf({ score: 100.01 })).toEqual(['score:out_of_range']);
    expect(fieldsOf({ score: -1 })).toEqual(['score:out_of_range']);
    expect(fieldsOf({ score: 63.333 })).toEqual(['score:invalid_format']);
    expect(fieldsOf({ score: '70' })).toEqual(['score:required']);
    expect(fieldsOf({ certificateDate: '2021-01-27' })).toEqual(['certificateDate:out_of_range']);
    expect(fieldsOf({ decisionDate: '2021-02-30' })).toEqual(['decisionDate:invalid_format']);
    expect(fieldsOf({ decisionNumber: '  ' })).toEqual(['decisionNumber:required']);
    expect(fieldsOf({ version: 0 })).toEqual(['version:required']);
  });
});

describe('parseCertificateRevocation', () => {
  it('needs a reason and a date', () => {
    expect(parseCertificateRevocation({ reason: ' Vi phạm ATTP ', revokedOn: '2022-03-01' })).toEqual({
      ok: true,
      value: { reason: 'Vi phạm ATTP', revokedOn: '2022-03-01' },
    });
    const missing = parseCertificateRevocation({ reason: '', revokedOn: '01/03/2022' });
    expect(missing.ok ? [] : missing.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'reason:required',
      'revokedOn:invalid_format',
    ]);
  });
});

describe('parseReEvaluation', () => {
  it('needs a round year between 2018 and 2100', () => {
    expect(parseReEvaluation({ roundYear: 2023 })).toEqual({ ok: true, value: { roundYear: 2023 } });
    expect(parseReEvaluation({ roundYear: 2017 }).ok).toBeFalse();
    expect(parseReEvaluation({}).ok).toBeFalse();
  });
});

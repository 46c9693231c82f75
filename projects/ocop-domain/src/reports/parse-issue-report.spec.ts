import { parseIssueReport, REPORT_NUMBER_MAX, REPORT_RECIPIENTS_MAX } from './parse-issue-report';
import { REPORT_TEXT_MAX } from './periodic-report';

describe('parseIssueReport', () => {
  const valid = {
    year: 2020,
    quarter: 1,
    texts: { summary: ' Hoàn thành. ', difficulties: '', proposals: 'Không' },
    issue: {
      number: '25/BC-UBND',
      place: 'Văn Quan',
      issuedOn: '2020-04-05',
      signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      signerName: 'Nguyễn Văn A',
      recipients: ['UBND tỉnh (b/c)', ' Lưu: VT '],
    },
  };

  it('reads a valid request, trimming texts and lines', () => {
    expect(parseIssueReport(valid)).toEqual({
      ok: true,
      request: {
        year: 2020,
        quarter: 1,
        districtCode: null,
        texts: { summary: 'Hoàn thành.', difficulties: '', proposals: 'Không' },
        issue: { ...valid.issue, recipients: ['UBND tỉnh (b/c)', 'Lưu: VT'] },
      },
    });
  });

  it('takes missing texts as empty and keeps a district code of 3 digits', () => {
    const result = parseIssueReport({ ...valid, texts: {}, districtCode: '184', quarter: null });
    expect(result.ok && result.request).toEqual(
      jasmine.objectContaining({
        quarter: null,
        districtCode: '184',
        texts: { summary: '', difficulties: '', proposals: '' },
      }),
    );
  });

  it('accepts texts of exactly the limit and refuses one character more', () => {
    const at = parseIssueReport({
      ...valid,
      texts: { ...valid.texts, proposals: 'a'.repeat(REPORT_TEXT_MAX) },
    });
    expect(at.ok).toBeTrue();
    const over = parseIssueReport({
      ...valid,
      texts: { ...valid.texts, proposals: 'a'.repeat(REPORT_TEXT_MAX + 1) },
    });
    expect(over.ok ? [] : over.errors.map((e) => [e.field, e.code])).toEqual([
      ['texts.proposals', 'too_long'],
    ]);
  });

  it('checks the number: present, at most 40 characters, with a slash', () => {
    const errors = (number: unknown) => {
      const result = parseIssueReport({ ...valid, issue: { ...valid.issue, number } });
      return result.ok ? [] : result.errors.map((e) => e.code);
    };
    expect(errors(`${'1'.repeat(REPORT_NUMBER_MAX - 3)}/BC`)).toEqual([]);
    expect(errors(`${'1'.repeat(REPORT_NUMBER_MAX - 2)}/BC`)).toEqual(['too_long']);
    expect(errors('25-BC')).toEqual(['invalid_format']);
    expect(errors('  ')).toEqual(['required']);
    expect(errors(undefined)).toEqual(['required']);
  });

  it('checks the recipients: 1 to 20 lines, none blank', () => {
    const errors = (recipients: unknown) => {
      const result = parseIssueReport({ ...valid, issue: { ...valid.issue, recipients } });
      return result.ok ? [] : result.errors.map((e) => [e.field, e.code]);
    };
    expect(errors(Array(REPORT_RECIPIENTS_MAX).fill('Nơi'))).toEqual([]);
    expect(errors(Array(REPORT_RECIPIENTS_MAX + 1).fill('Nơi'))).toEqual([['issue.recipients', 'too_long']]);
    expect(errors([])).toEqual([['issue.recipients', 'required']]);
    expect(errors(['Nơi', ''])).toEqual([['issue.recipients', 'required']]);
    expect(errors('Nơi')).toEqual([['issue.recipients', 'invalid_type']]);
    expect(errors(['Nơi', 3])).toEqual([['issue.recipients', 'invalid_type']]);
  });

  it('checks the date is a real day written yyyy-MM-dd', () => {
    const errors = (issuedOn: string) => {
      const result = parseIssueReport({ ...valid, issue: { ...valid.issue, issuedOn } });
      return result.ok ? [] : result.errors.map((e) => e.code);
    };
    expect(errors('2024-02-29')).toEqual([]);
    expect(errors('2023-02-29')).toEqual(['invalid_format']);
    expect(errors('05/04/2020')).toEqual(['invalid_format']);
    expect(errors('')).toEqual(['required']);
  });

  it('answers every problem at once, with Vietnamese messages', () => {
    const result = parseIssueReport({ year: 'x', quarter: 9, districtCode: 184, texts: 'x', issue: null });
    expect(result.ok).toBeFalse();
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual([
      'year',
      'quarter',
      'districtCode',
      'issue.number',
      'issue.place',
      'issue.issuedOn',
      'issue.signerTitle',
      'issue.signerName',
      'issue.recipients',
    ]);
    expect(result.errors.find((e) => e.field === 'issue.signerName')?.message).toBe(
      'Vui lòng nhập họ tên người ký',
    );
  });
});

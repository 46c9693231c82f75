import { deadlineFlagOf, formatQuarter, isQuarter, quarterEnd, vietnamDate } from './dossier';

describe('dossier quarters and deadlines', () => {
  it('ends quarters on their last day, leap years included', () => {
    expect(quarterEnd('2020-Q1')).toBe('2020-03-31');
    expect(quarterEnd('2020-Q2')).toBe('2020-06-30');
    expect(quarterEnd('2020-Q3')).toBe('2020-09-30');
    expect(quarterEnd('2020-Q4')).toBe('2020-12-31');
    expect(() => quarterEnd('2020-Q5')).toThrowError(RangeError);
  });

  it('recognises and formats quarters as officials write them', () => {
    expect(isQuarter('2020-Q3')).toBeTrue();
    expect(isQuarter('Q3/2020')).toBeFalse();
    expect(formatQuarter('2020-Q3')).toBe('Quý III/2020');
    expect(formatQuarter('odd')).toBe('odd');
  });

  it('flags overdue after the due day and due soon within 7 days', () => {
    expect(deadlineFlagOf(null, '2020-03-01')).toBeNull();
    expect(deadlineFlagOf('2020-03-31', '2020-04-01')).toBe('overdue');
    expect(deadlineFlagOf('2020-03-31', '2020-03-31')).toBe('due-soon');
    expect(deadlineFlagOf('2020-03-31', '2020-03-24')).toBe('due-soon');
    expect(deadlineFlagOf('2020-03-31', '2020-03-23')).toBeNull();
  });

  it("takes Vietnam's date, seven hours ahead of UTC", () => {
    expect(vietnamDate(new Date('2020-03-31T16:59:59Z'))).toBe('2020-03-31');
    expect(vietnamDate(new Date('2020-03-31T17:00:00Z'))).toBe('2020-04-01');
  });
});

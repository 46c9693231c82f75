import { addMonths, compareDates, formatIsoDate, formatVietnameseDate, parseIsoDate } from './iso-date';

const plus = (text: string, months: number) => formatIsoDate(addMonths(parseIsoDate(text)!, months));

describe('iso-date', () => {
  it('parses real dates only', () => {
    expect(parseIsoDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseIsoDate('2021-02-29')).toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
    expect(parseIsoDate('2020-04-31')).toBeNull();
    expect(parseIsoDate('2020-13-01')).toBeNull();
    expect(parseIsoDate('2020-1-01')).toBeNull();
    expect(parseIsoDate('01/02/2020')).toBeNull();
  });

  it('adds months, falling back to the month end', () => {
    expect(plus('2019-03-31', 12)).toBe('2020-03-31');
    expect(plus('2019-03-31', 1)).toBe('2019-04-30');
    expect(plus('2020-02-29', 12)).toBe('2021-02-28');
    expect(plus('2019-12-15', 1)).toBe('2020-01-15');
  });

  it('compares and formats', () => {
    expect(compareDates(parseIsoDate('2020-01-02')!, parseIsoDate('2020-01-01')!)).toBeGreaterThan(0);
    expect(compareDates(parseIsoDate('2020-01-01')!, parseIsoDate('2020-01-01')!)).toBe(0);
    expect(formatVietnameseDate(parseIsoDate('2020-03-05')!)).toBe('05/03/2020');
  });
});

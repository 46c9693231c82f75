import { dayText, parseDayText } from './day-text';

describe('parseDayText', () => {
  it('reads days written dd/MM/yyyy, with or without leading zeros', () => {
    expect(parseDayText('15/01/2021')).toBe('2021-01-15');
    expect(parseDayText(' 5/1/2021 ')).toBe('2021-01-05');
    expect(parseDayText('29/02/2020')).toBe('2020-02-29');
  });

  it('refuses days that do not exist and other spellings', () => {
    for (const text of [
      '29/02/2021',
      '31/04/2020',
      '00/01/2020',
      '15/13/2020',
      '2021-01-15',
      '15/01/21',
      '',
    ]) {
      expect(parseDayText(text)).withContext(text).toBeNull();
    }
  });
});

describe('dayText', () => {
  it('writes a calendar day dd/MM/yyyy without moving it by the time zone', () => {
    expect(dayText('2020-05-22')).toBe('22/05/2020');
    expect(dayText('2021-01-15T00:00:00Z')).toBe('15/01/2021');
    expect(dayText(null)).toBe('');
  });
});

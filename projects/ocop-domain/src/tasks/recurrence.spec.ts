import { nextYearDay, nextYearPeriod, occurrencesOf, quarterOf } from './recurrence';

describe('recurrence', () => {
  describe('occurrencesOf', () => {
    it('gives a quarterly task its four quarters, each due on the quarter’s last day', () => {
      expect(occurrencesOf('quarterly', 2020)).toEqual([
        { period: '2020-Q1', due: '2020-03-31' },
        { period: '2020-Q2', due: '2020-06-30' },
        { period: '2020-Q3', due: '2020-09-30' },
        { period: '2020-Q4', due: '2020-12-31' },
      ]);
    });

    it('starts a series added in August with Q3', () => {
      expect(occurrencesOf('quarterly', 2020, '2020-08-14').map((o) => o.period)).toEqual([
        '2020-Q3',
        '2020-Q4',
      ]);
    });

    it('keeps a quarter whose last day is the start day, and drops it the day after', () => {
      expect(occurrencesOf('quarterly', 2020, '2020-06-30').map((o) => o.period)).toEqual([
        '2020-Q2',
        '2020-Q3',
        '2020-Q4',
      ]);
      expect(occurrencesOf('quarterly', 2020, '2020-07-01').map((o) => o.period)).toEqual([
        '2020-Q3',
        '2020-Q4',
      ]);
    });

    it('keeps every quarter when the series starts before the year, none when after it', () => {
      expect(occurrencesOf('quarterly', 2020, '2019-12-31').length).toBe(4);
      expect(occurrencesOf('quarterly', 2020, '2021-01-01')).toEqual([]);
      expect(occurrencesOf('quarterly', 2020, '2020-12-31')).toEqual([
        { period: '2020-Q4', due: '2020-12-31' },
      ]);
    });

    it('gives a yearly task the year, due on 31 December', () => {
      expect(occurrencesOf('yearly', 2020)).toEqual([{ period: '2020', due: '2020-12-31' }]);
      expect(occurrencesOf('yearly', 2020, '2020-12-31')).toEqual([{ period: '2020', due: '2020-12-31' }]);
      expect(occurrencesOf('yearly', 2020, '2021-01-01')).toEqual([]);
    });

    it('gives a one-off task no occurrences', () => {
      expect(occurrencesOf('once', 2020)).toEqual([]);
    });

    it('ends February on the 29th in a leap year (Q1 still ends 31 March)', () => {
      expect(occurrencesOf('quarterly', 2024)[0]).toEqual({ period: '2024-Q1', due: '2024-03-31' });
    });
  });

  describe('quarterOf', () => {
    const cases: [string, string][] = [
      ['2020-01-01', '2020-Q1'],
      ['2020-03-31', '2020-Q1'],
      ['2020-04-01', '2020-Q2'],
      ['2020-06-30', '2020-Q2'],
      ['2020-07-01', '2020-Q3'],
      ['2020-09-30', '2020-Q3'],
      ['2020-10-01', '2020-Q4'],
      ['2020-12-31', '2020-Q4'],
      ['2021-01-01', '2021-Q1'],
      ['2020-02-29', '2020-Q1'],
    ];
    for (const [day, quarter] of cases) {
      it(`puts ${day} in ${quarter}`, () => expect(quarterOf(day)).toBe(quarter));
    }

    it('refuses what is not a real date', () => {
      expect(() => quarterOf('2021-02-29')).toThrowError(RangeError);
      expect(() => quarterOf('15/07/2020')).toThrowError(RangeError);
    });
  });

  describe('nextYearPeriod', () => {
    it('moves quarters and years on by one year', () => {
      expect(nextYearPeriod('2020-Q4')).toBe('2021-Q4');
      expect(nextYearPeriod('2020-Q1')).toBe('2021-Q1');
      expect(nextYearPeriod('2020')).toBe('2021');
      expect(nextYearPeriod('2099-Q2')).toBe('2100-Q2');
    });

    it('refuses what is not a period', () => {
      expect(() => nextYearPeriod('2020-Q5')).toThrowError(RangeError);
      expect(() => nextYearPeriod('Q1/2020')).toThrowError(RangeError);
    });
  });

  describe('nextYearDay', () => {
    it('moves a day on by one year', () => {
      expect(nextYearDay('2020-03-31')).toBe('2021-03-31');
      expect(nextYearDay('2020-12-31')).toBe('2021-12-31');
      expect(nextYearDay('2020-01-01')).toBe('2021-01-01');
    });

    it('moves 29 February to 28 February, and 28 February into a leap year unchanged', () => {
      expect(nextYearDay('2020-02-29')).toBe('2021-02-28');
      expect(nextYearDay('2023-02-28')).toBe('2024-02-28');
      expect(nextYearDay('2020-02-28')).toBe('2021-02-28');
    });

    it('refuses what is not a real date', () => {
      expect(() => nextYearDay('2021-02-29')).toThrowError(RangeError);
    });
  });
});

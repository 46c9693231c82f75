import { SPREAD_LIMIT, scoreResultOf } from './session-result';

describe('scoreResultOf', () => {
  it('averages the Hữu Lễ sheets of 2020 (64, 61.5, 63) to 62.83, spread 2.5, 3★', () => {
    expect(scoreResultOf([64, 61.5, 63])).toEqual({
      count: 3,
      mean: 62.83,
      spread: 2.5,
      min: 61.5,
      max: 64,
      spreadFlagged: false,
      stars: 3,
    });
  });

  it('does not flag a spread of exactly 10 points, and flags 10.01', () => {
    expect(SPREAD_LIMIT).toBe(10);
    const exactly10 = scoreResultOf([70, 60, 65]);
    expect([exactly10?.spread, exactly10?.spreadFlagged]).toEqual([10, false]);
    const above = scoreResultOf([60, 70.01]);
    expect([above?.spread, above?.spreadFlagged]).toEqual([10.01, true]);
  });

  it('measures the spread on the rounded difference, so binary noise does not flag it', () => {
    // 70.4 - 60.4 is 10.000000000000007 in binary: exactly 10 points to a person, so not flagged.
    expect(scoreResultOf([60.4, 70.4])?.spread).toBe(10);
    expect(scoreResultOf([60.4, 70.4])?.spreadFlagged).toBeFalse();
    expect(scoreResultOf([60.1, 70.1])?.spread).toBe(10);
  });

  it('takes a single sheet as the result, with no spread', () => {
    expect(scoreResultOf([76])).toEqual({
      count: 1,
      mean: 76,
      spread: 0,
      min: 76,
      max: 76,
      spreadFlagged: false,
      stars: 4,
    });
  });

  it('has no result before any sheet is submitted', () => {
    expect(scoreResultOf([])).toBeNull();
  });

  it('reads the star from the rounded mean (69.99 and 70 average to 69.995 → 70.00 → 4★)', () => {
    const result = scoreResultOf([69.99, 70]);
    expect(result?.mean).toBe(70);
    expect(result?.stars).toBe(4);
  });

  it('gives the 2021 Tinh dầu hồi sheets (76, 74, 79) 76.33 and 4★', () => {
    const result = scoreResultOf([76, 74, 79]);
    expect([result?.mean, result?.spread, result?.stars]).toEqual([76.33, 5, 4]);
  });
});

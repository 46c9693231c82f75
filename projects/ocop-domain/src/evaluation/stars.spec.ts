import { CERTIFIED_MIN_STARS, STAR_BANDS, formatScore, roundScore, starsFor, type Stars } from './stars';

describe('starsFor', () => {
  // The band edges of the issue; 69.995 and 69.994 show the rule stated in stars.ts: round to 2 decimals,
  // half away from zero, then read the band.
  const edges: [number, Stars][] = [
    [0, 1],
    [29.99, 1],
    [30, 2],
    [49.99, 2],
    [50, 3],
    [69.994, 3],
    [69.995, 4],
    [70, 4],
    [89.99, 4],
    [89.995, 5],
    [90, 5],
    [100, 5],
  ];
  for (const [score, stars] of edges) {
    it(`ranks ${score} as ${stars}★`, () => {
      expect(starsFor(score)).toBe(stars);
    });
  }

  it('ranks a mean computed in floating point like the rounded mean it prints as', () => {
    // (29.99 + 30) / 2 is 29.994999999999997 in binary; the minutes print 30,00, so the star must be 2.
    expect(starsFor((29.99 + 30) / 2)).toBe(2);
    expect(starsFor((69.99 + 70) / 2)).toBe(4);
  });

  it('refuses a score outside 0–100 once rounded, and a non-number', () => {
    expect(() => starsFor(-0.01)).toThrowError(RangeError, 'Điểm phải từ 0 đến 100 (nhận -0.01)');
    expect(() => starsFor(100.01)).toThrowError(RangeError);
    expect(() => starsFor(100.005)).toThrowError(RangeError);
    expect(() => starsFor(Number.NaN)).toThrowError(RangeError);
    expect(() => starsFor(Number.POSITIVE_INFINITY)).toThrowError(RangeError);
    // Rounding happens first, so a hair outside the range that prints as 0,00 or 100,00 is in it.
    expect(starsFor(100.004)).toBe(5);
    expect(starsFor(-0.004)).toBe(1);
  });

  it('has bands from 5★ down, each starting where the issue says, and certifies from 3★', () => {
    expect(STAR_BANDS.map((b) => [b.stars, b.from])).toEqual([
      [5, 90],
      [4, 70],
      [3, 50],
      [2, 30],
      [1, 0],
    ]);
    expect(CERTIFIED_MIN_STARS).toBe(3);
  });
});

describe('roundScore', () => {
  const cases: [number, number][] = [
    [1.005, 1.01],
    [63.165, 63.17],
    [0.1 + 0.2, 0.3],
    [188.5 / 3, 62.83],
    [62.835, 62.84],
    [64, 64],
    [2.675, 2.68],
    [-1.005, -1.01],
    [-0.001, 0],
    [1e-9, 0],
  ];
  for (const [input, rounded] of cases) {
    it(`rounds ${input} to ${rounded} (half away from zero, on the decimal digits)`, () => {
      expect(roundScore(input)).toBe(rounded);
    });
  }

  it('never answers -0', () => {
    expect(Object.is(roundScore(-0.001), 0)).toBeTrue();
  });

  it('refuses what is not a finite number', () => {
    expect(() => roundScore(Number.NaN)).toThrowError(RangeError, 'Điểm không hợp lệ: NaN');
    expect(() => roundScore(Number.NEGATIVE_INFINITY)).toThrowError(RangeError);
  });
});

describe('formatScore', () => {
  it('prints 2 decimals with the Vietnamese decimal comma by default', () => {
    expect(formatScore(63.165)).toBe('63,17');
    expect(formatScore(64)).toBe('64,00');
    expect(formatScore(0)).toBe('0,00');
    expect(formatScore(100)).toBe('100,00');
    expect(formatScore(188.5 / 3, 'vi')).toBe('62,83');
  });

  it('prints a decimal point in English', () => {
    expect(formatScore(63.165, 'en')).toBe('63.17');
    expect(formatScore(69.995, 'en')).toBe('70.00');
  });
});

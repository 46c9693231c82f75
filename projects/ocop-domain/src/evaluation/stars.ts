/**
 * Star ranking (phân hạng) from a council's mean score. One function for the API, the UI, the minutes and
 * the reports, so a product never shows two different stars.
 *
 * Rounding rule: the mean is first rounded to 2 decimals, half away from zero (as the minutes print it and as
 * a spreadsheet's ROUND does), and the star is read from that rounded score. So 69.995 is announced as 70.00
 * and ranks 4★, while 69.994 is 69.99 and ranks 3★. Bands (QĐ 1048 Điều 1.2, kept by QĐ 148): 5★ 90–100,
 * 4★ [70, 90), 3★ [50, 70), 2★ [30, 50), 1★ below 30.
 */

export type Stars = 1 | 2 | 3 | 4 | 5;

export interface StarBand {
  stars: Stars;
  /** Lowest rounded score of the band (inclusive). */
  from: number;
  /** Vietnamese meaning of the rank, as the decision words it. */
  meaning: string;
}

export const STAR_BANDS: readonly StarBand[] = [
  { stars: 5, from: 90, meaning: 'Sản phẩm cấp quốc gia, có thể xuất khẩu' },
  { stars: 4, from: 70, meaning: 'Sản phẩm cấp tỉnh, có thể nâng cấp lên 5 sao' },
  { stars: 3, from: 50, meaning: 'Sản phẩm cấp tỉnh, đạt tiêu chuẩn, có thể nâng cấp lên 4 sao' },
  { stars: 2, from: 30, meaning: 'Chưa đạt tiêu chuẩn, có thể nâng cấp lên 3 sao' },
  { stars: 1, from: 0, meaning: 'Sản phẩm khởi điểm' },
];

/** Only products of 3★ or more receive an OCOP certificate. */
export const CERTIFIED_MIN_STARS: Stars = 3;

/**
 * Rounds to 2 decimals, half away from zero. Works on the decimal digits, not on the binary double, so that
 * 69.995 (stored as 69.99499999…) rounds up as a person expects.
 */
export function roundScore(score: number): number {
  if (!Number.isFinite(score)) throw new RangeError(`Điểm không hợp lệ: ${score}`);
  const sign = score < 0 ? -1 : 1;
  // 12 significant digits drop the binary noise of sums and means of 2-decimal numbers.
  const [digits = '0', exponent = '0'] = Math.abs(score).toPrecision(12).split('e');
  const shifted = Number(`${digits}e${Number(exponent) + 2}`);
  return (sign * Math.round(shifted)) / 100 || 0;
}

/** The star of a score (a sheet's total or a council's mean), after `roundScore`. */
export function starsFor(score: number): Stars {
  const rounded = roundScore(score);
  if (rounded < 0 || rounded > 100) throw new RangeError(`Điểm phải từ 0 đến 100 (nhận ${score})`);
  return STAR_BANDS.find((band) => rounded >= band.from)!.stars;
}

/** "63,17" – Vietnamese decimal comma, always 2 decimals, as the minutes print a score. */
export function formatScore(score: number, locale: 'vi' | 'en' = 'vi'): string {
  const text = roundScore(score).toFixed(2);
  return locale === 'vi' ? text.replace('.', ',') : text;
}

import { roundScore, starsFor, type Stars } from './stars';

/** Members' totals may differ by at most this much; beyond it the council discusses and scores again. */
export const SPREAD_LIMIT = 10;

export interface ScoreResult {
  /** Submitted sheets counted. */
  count: number;
  /** Mean of the submitted totals, rounded to 2 decimals (stars.ts). */
  mean: number;
  /** Highest minus lowest total, 2 decimals. */
  spread: number;
  min: number;
  max: number;
  /** True when `spread` is above SPREAD_LIMIT (exactly 10 is allowed). */
  spreadFlagged: boolean;
  stars: Stars;
}

/** The council's result for one dossier from its members' submitted totals; null when none is submitted. */
export function scoreResultOf(totals: readonly number[]): ScoreResult | null {
  if (totals.length === 0) return null;
  const min = Math.min(...totals);
  const max = Math.max(...totals);
  const mean = roundScore(totals.reduce((sum, t) => sum + t, 0) / totals.length);
  const spread = roundScore(max - min);
  return {
    count: totals.length,
    mean,
    spread,
    min,
    max,
    spreadFlagged: spread > SPREAD_LIMIT,
    stars: starsFor(mean),
  };
}

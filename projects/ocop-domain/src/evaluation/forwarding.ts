import type { CriteriaSetId } from '../dossiers/checklist/checklist-types';
import { roundScore, starsFor, type Stars } from './stars';

/**
 * Which district results go up to the province. QĐ 1048: the district forwards products of 50–100 points
 * (3–5★) and certifies none. QĐ 148: the district itself certifies 3★ and forwards 70–100 (4–5★)
 * (ocop-reference §1.4, §2.1). Data per set, so the UI and the API read the same threshold.
 */
export const FORWARD_MIN_STARS: Readonly<Record<CriteriaSetId, Stars>> = { '1048': 3, '148': 4 };

export function forwardsToProvince(setId: CriteriaSetId, mean: number): boolean {
  return starsFor(roundScore(mean)) >= FORWARD_MIN_STARS[setId];
}

/**
 * How big the synthetic province is. At scale 1 it is what a province holds after several years (issue #8,
 * "Province scale"): 11 districts, 200 communes, 10,000 products, 30,000 dossiers over the 2019–2024 rounds and
 * 100,000 plan tasks. The administrative structure stays that of one province at every scale; the records
 * (producers, products, dossiers, tasks) grow with it.
 */
export const FULL_SCALE = {
  districts: 11,
  communes: 200,
  producers: 6000,
  products: 10_000,
  dossiers: 30_000,
  tasks: 100_000,
} as const;

export const ROUND_YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;

/**
 * The business date the data is written as of (run the API with OCOP_TODAY=2024-10-15 to see it "live"): the
 * 2024 round is under way, the earlier rounds are finished. No event is dated after it.
 */
export const SCALE_TODAY = '2024-10-15';

export const DEFAULT_SEED = 20_241_015;

export interface ScaleCounts {
  producers: number;
  products: number;
  dossiers: number;
  tasks: number;
}

/** The record counts of a scale; a dossier needs a product and a round year, so there are never more than 6 per product. */
export function scaleCounts(scale: number): ScaleCounts {
  if (!(scale > 0 && scale <= 100)) throw new RangeError(`scale must be in (0, 100], got ${scale}`);
  const products = Math.max(1, Math.round(FULL_SCALE.products * scale));
  return {
    producers: Math.max(1, Math.min(products, Math.round(FULL_SCALE.producers * scale))),
    products,
    dossiers: Math.min(products * ROUND_YEARS.length, Math.max(1, Math.round(FULL_SCALE.dossiers * scale))),
    tasks: Math.max(1, Math.round(FULL_SCALE.tasks * scale)),
  };
}

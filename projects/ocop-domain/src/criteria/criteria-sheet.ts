import type { CriteriaSetId } from '../dossiers/checklist/checklist-types';

/**
 * A scoring sheet (phiếu đánh giá) held as data, so that a further sheet is a new data file and not new code.
 * Every criterion is answered by picking exactly one option; the points of the picked option are its score.
 */

export type CriteriaPartCode = 'A' | 'B' | 'C';

export interface CriterionOption {
  text: string;
  points: number;
}

/**
 * The sheet says the evaluation stops here. Whether it applies is the member's judgement (they tick it); what
 * follows is a rule (score-sheet.ts):
 * - `exclude` ("Bị loại nếu …"): the product is out; the member's sheet totals 0 and needs no other answer;
 * - `stop` ("không đánh giá các bước tiếp theo nếu …"): this criterion and the rest of its part score 0 and
 *   need no answer.
 */
export type CriterionGateKind = 'exclude' | 'stop';

export interface CriterionGate {
  kind: CriterionGateKind;
  /** The sheet's own words. */
  text: string;
}

/** For criteria answered under one of two cases (1048, 3.2): the options that belong to the case. */
export interface CriterionCase {
  title: string;
  /** Indexes into the criterion's options. */
  optionIndexes: readonly number[];
}

export interface Criterion {
  /** "1.1"; a section with a single criterion uses the section number ("7"). */
  code: string;
  title: string;
  max: number;
  note?: string;
  gate?: CriterionGate;
  cases?: readonly CriterionCase[];
  options: readonly CriterionOption[];
}

export interface CriteriaSection {
  number: string;
  title: string;
  criteria: readonly Criterion[];
}

export interface CriteriaPart {
  code: CriteriaPartCode;
  title: string;
  max: number;
  sections: readonly CriteriaSection[];
}

/**
 * Điểm khuyến khích (QĐ 148: e.g. a chủ thể led by a woman or an ethnic minority). Added on top of the parts;
 * the sheet's total is still capped at 100. ⚠ The 148 sheets and the exact cap rule were not found in the
 * sources (ocop-reference §2.1); the cap keeps every star band meaningful until they are.
 */
export interface BonusCriterion {
  code: string;
  title: string;
  max: number;
  note?: string;
  options: readonly CriterionOption[];
}

export interface CriteriaSheet {
  setId: CriteriaSetId;
  /** The decision and year the sheet belongs to, e.g. "1048/2019". */
  setVersion: string;
  /** The phân nhóm code of the set's classification (for 1048: PRODUCT_SUBGROUPS_1048). */
  subgroupCode: string;
  title: string;
  parts: readonly CriteriaPart[];
  /** Only sets that have them (148); answered like criteria, one option each, optional. */
  bonus?: readonly BonusCriterion[];
  /** Where the wording comes from and how trustworthy it is. */
  source: string;
  /** How each oddity of the source was decided, so a reviewer can check them against the official text. */
  decisions: readonly string[];
}

/** The part maxima each set prescribes (1048: 35/25/40; 148: 40/25/35). Each sums to 100. */
export const PART_MAXIMA: Record<CriteriaSetId, Record<CriteriaPartCode, number>> = {
  '1048': { A: 35, B: 25, C: 40 },
  '148': { A: 40, B: 25, C: 35 },
};

/** The highest total a sheet can give (the parts add up to 100; bonus points never lift it above). */
export const SHEET_MAX_TOTAL = 100;

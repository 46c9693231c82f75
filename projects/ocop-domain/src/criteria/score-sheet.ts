import type { FieldError } from '../api/api-error';
import { roundScore } from '../evaluation/stars';
import { SHEET_MAX_TOTAL, type CriteriaPartCode, type CriteriaSheet, type Criterion } from './criteria-sheet';

/** One member's answers on one sheet, as the browser autosaves them and the API stores them. */
export interface SheetAnswers {
  /** Criterion code (bonus criteria included) → index of the chosen option. Exactly one option each. */
  choices: Readonly<Record<string, number>>;
  /** Codes of the criteria whose gate the member ticked as applying (criterion-sheet.ts, CriterionGate). */
  gates: readonly string[];
}

export const EMPTY_ANSWERS: SheetAnswers = { choices: {}, gates: [] };

export interface PartScore {
  code: CriteriaPartCode;
  title: string;
  max: number;
  score: number;
}

export interface SheetScore {
  parts: PartScore[];
  bonus: number;
  /** Parts plus bonus, capped at 100; 0 when a member excluded the product. */
  total: number;
  /** Criteria still needing an answer, in sheet order. */
  unanswered: string[];
  /** Criteria not evaluated because a gate stopped their part (they score 0 and need no answer). */
  skipped: string[];
  /** The criterion whose exclusion gate was ticked, or null. */
  excludedBy: string | null;
  /** Every criterion answered or skipped: the sheet may be submitted. */
  complete: boolean;
}

/** The criteria of a sheet in the order they are printed. */
export function sheetCriteria(sheet: CriteriaSheet): Criterion[] {
  return sheet.parts.flatMap((part) => part.sections.flatMap((section) => [...section.criteria]));
}

/**
 * Scores one member's sheet: the points of the chosen options, part by part, with the gates applied (a `stop`
 * gate zeroes its criterion and the rest of its part; an `exclude` gate zeroes the sheet). Pure, so the
 * browser's running totals and the API's stored total are the same numbers.
 */
export function scoreSheet(sheet: CriteriaSheet, answers: SheetAnswers): SheetScore {
  const ticked = new Set(answers.gates);
  const unanswered: string[] = [];
  const skipped: string[] = [];
  let excludedBy: string | null = null;
  const parts = sheet.parts.map((part) => {
    let score = 0;
    let stopped = false;
    for (const criterion of part.sections.flatMap((section) => section.criteria)) {
      const gateTicked = criterion.gate !== undefined && ticked.has(criterion.code);
      if (gateTicked && criterion.gate?.kind === 'exclude') excludedBy ??= criterion.code;
      if (stopped || (gateTicked && criterion.gate?.kind === 'stop')) {
        stopped = true;
        skipped.push(criterion.code);
        continue;
      }
      if (gateTicked) continue;
      const points = chosenPoints(criterion.options, answers.choices[criterion.code]);
      if (points === null) unanswered.push(criterion.code);
      else score += points;
    }
    return { code: part.code, title: part.title, max: part.max, score: roundScore(score) };
  });
  const bonus = (sheet.bonus ?? []).reduce(
    (sum, criterion) => sum + (chosenPoints(criterion.options, answers.choices[criterion.code]) ?? 0),
    0,
  );
  const sum = parts.reduce((s, part) => s + part.score, 0) + bonus;
  if (excludedBy !== null) {
    return { parts, bonus, total: 0, unanswered: [], skipped, excludedBy, complete: true };
  }
  return {
    parts,
    bonus,
    total: roundScore(Math.min(SHEET_MAX_TOTAL, sum)),
    unanswered,
    skipped,
    excludedBy,
    complete: unanswered.length === 0,
  };
}

function chosenPoints(options: Criterion['options'], index: number | undefined): number | null {
  if (index === undefined) return null;
  return options[index]?.points ?? null;
}

/**
 * What is wrong with answers sent for a sheet (unknown criteria, an option that does not exist, a gate ticked
 * on a criterion that has none), as field errors in Vietnamese. Empty when they can be stored.
 */
export function answerProblems(sheet: CriteriaSheet, answers: SheetAnswers): FieldError[] {
  const problems: FieldError[] = [];
  const criteria = new Map<string, { options: Criterion['options']; gated: boolean }>();
  for (const c of sheetCriteria(sheet))
    criteria.set(c.code, { options: c.options, gated: c.gate !== undefined });
  for (const b of sheet.bonus ?? []) criteria.set(b.code, { options: b.options, gated: false });
  for (const [code, index] of Object.entries(answers.choices)) {
    const criterion = criteria.get(code);
    if (criterion === undefined) {
      problems.push({
        field: `choices.${code}`,
        code: 'not_found',
        message: `Phiếu không có tiêu chí ${code}.`,
      });
    } else if (!Number.isInteger(index) || index < 0 || index >= criterion.options.length) {
      problems.push({
        field: `choices.${code}`,
        code: 'invalid_choice',
        // A value that is not an option number at all (1.5, "a") has no number to name.
        message: Number.isInteger(index)
          ? `Tiêu chí ${code} không có lựa chọn số ${index + 1}.`
          : `Lựa chọn của tiêu chí ${code} phải là số thứ tự của một lựa chọn.`,
      });
    }
  }
  for (const code of answers.gates) {
    if (criteria.get(code)?.gated !== true) {
      problems.push({
        field: `gates.${code}`,
        code: 'invalid_choice',
        message: `Tiêu chí ${code} không có điều kiện loại hay dừng đánh giá.`,
      });
    }
  }
  return problems;
}

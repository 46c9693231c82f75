import type { CriteriaSheet, CriterionOption } from '../criteria-sheet';
import { sheetCriteria, type SheetAnswers } from '../score-sheet';

/** Test helpers: answers built from a rule per criterion. */

/** The index of the option with the most (or fewest) points. */
export function extremeOption(options: readonly CriterionOption[], which: 'top' | 'lowest'): number {
  let best = 0;
  options.forEach((option, i) => {
    const better =
      which === 'top' ? option.points > options[best].points : option.points < options[best].points;
    if (better) best = i;
  });
  return best;
}

/** Answers every criterion of the sheet (not the bonus) with the option `pick` names; codes in `skip` stay unanswered. */
export function answerAll(
  sheet: CriteriaSheet,
  pick: (options: readonly CriterionOption[], code: string) => number,
  skip: readonly string[] = [],
): Record<string, number> {
  const choices: Record<string, number> = {};
  for (const c of sheetCriteria(sheet)) if (!skip.includes(c.code)) choices[c.code] = pick(c.options, c.code);
  return choices;
}

export function answers(choices: Record<string, number>, gates: readonly string[] = []): SheetAnswers {
  return { choices, gates };
}

import { scoreSheet, sheetCriteria, type CriteriaSheet, type SheetAnswers } from '@ocop/domain';

/**
 * A member's demo answers on a real sheet that add up to `target` points exactly. Deterministic: the same
 * sheet, target and member give the same choices, so the demo data loads identically everywhere. Members
 * differ in which criteria they mark down (`member` shifts the pattern), as real sheets do.
 */
export function demoAnswers(sheet: CriteriaSheet, target: number, member: number): SheetAnswers {
  const criteria = sheetCriteria(sheet);
  // reachable[i]: the totals criteria i… can still add (points are whole numbers on the 1048 sheets).
  const reachable: Set<number>[] = Array.from({ length: criteria.length + 1 }, () => new Set<number>());
  reachable[criteria.length]?.add(0);
  for (let i = criteria.length - 1; i >= 0; i -= 1) {
    for (const rest of reachable[i + 1] ?? []) {
      for (const option of criteria[i]?.options ?? []) reachable[i]?.add(rest + option.points);
    }
  }
  if (!reachable[0]?.has(target)) throw new RangeError(`${sheet.title}: ${target} điểm không thể đạt được`);

  const choices: Record<string, number> = {};
  let remaining = target;
  criteria.forEach((criterion, i) => {
    const indexes = criterion.options.map((_, index) => index);
    // Most criteria take their best option; every third one (shifted per member) is marked down first.
    const byPreference = indexes.sort((a, b) => {
      const [pa, pb] = [criterion.options[a]?.points ?? 0, criterion.options[b]?.points ?? 0];
      return (i + member) % 3 === 0 ? pa - pb : pb - pa;
    });
    const index = byPreference.find((k) =>
      reachable[i + 1]?.has(remaining - (criterion.options[k]?.points ?? 0)),
    );
    if (index === undefined) throw new Error(`no option of ${criterion.code} keeps ${target} reachable`);
    choices[criterion.code] = index;
    remaining -= criterion.options[index]?.points ?? 0;
  });
  const answers: SheetAnswers = { choices, gates: [] };
  const { total, complete } = scoreSheet(sheet, answers);
  if (!complete || total !== target)
    throw new Error(`${sheet.title}: demo sheet adds up to ${total}, not ${target}`);
  return answers;
}

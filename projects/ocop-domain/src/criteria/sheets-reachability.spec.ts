import { CRITERIA_SHEETS } from './criteria-sets';
import { answerProblems, scoreSheet, sheetCriteria } from './score-sheet';
import { answerAll, answers } from './testing/sheet-answers';
import { TEST_SHEET_148 } from './testing/test-sheet-148';

/**
 * Every option of every criterion can be chosen and counts exactly its points: for each option, the sheet
 * with every other criterion at its first option and this criterion at this option scores, in this
 * criterion's part, exactly the option's points more than the same sheet with this criterion unanswered.
 */
describe('every option of every criterion is reachable', () => {
  for (const sheet of [...CRITERIA_SHEETS, TEST_SHEET_148]) {
    it(sheet.title, () => {
      let checked = 0;
      sheet.parts.forEach((part, partIndex) => {
        for (const criterion of part.sections.flatMap((s) => s.criteria)) {
          const baseline = answerAll(sheet, () => 0, [criterion.code]);
          const before = scoreSheet(sheet, answers(baseline));
          expect(before.unanswered).withContext(criterion.code).toEqual([criterion.code]);
          criterion.options.forEach((option, index) => {
            const chosen = answers({ ...baseline, [criterion.code]: index });
            const after = scoreSheet(sheet, chosen);
            const at = `${criterion.code}, option ${index + 1}`;
            expect(answerProblems(sheet, chosen)).withContext(at).toEqual([]);
            expect(after.complete).withContext(at).toBeTrue();
            expect(after.parts[partIndex].score - before.parts[partIndex].score)
              .withContext(at)
              .toBe(option.points);
            after.parts.forEach((p, i) => {
              if (i !== partIndex) expect(p.score).withContext(at).toBe(before.parts[i].score);
            });
            checked++;
          });
        }
      });
      expect(checked).toBe(sheetCriteria(sheet).reduce((n, c) => n + c.options.length, 0));
    });
  }

  it('counts every bonus option of the 148 test sheet, on top of the parts', () => {
    const base = answerAll(TEST_SHEET_148, () => 0);
    const before = scoreSheet(TEST_SHEET_148, answers(base)).total;
    for (const bonus of TEST_SHEET_148.bonus ?? []) {
      bonus.options.forEach((option, index) => {
        const chosen = answers({ ...base, [bonus.code]: index });
        expect(answerProblems(TEST_SHEET_148, chosen)).toEqual([]);
        const score = scoreSheet(TEST_SHEET_148, chosen);
        expect([score.bonus, score.total - before])
          .withContext(`${bonus.code}, option ${index + 1}`)
          .toEqual([option.points, option.points]);
      });
    }
  });
});

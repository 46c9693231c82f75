import { SHEET_MAX_TOTAL, type CriteriaPartCode, type CriteriaSheet } from './criteria-sheet';
import { EMPTY_ANSWERS, answerProblems, scoreSheet, sheetCriteria, type SheetAnswers } from './score-sheet';
import { SHEET_1048_RUOU_TRANG as RUOU } from './sheets/1048-ruou-trang';
import { SHEET_1048_THAO_DUOC_KHAC as THAO_DUOC } from './sheets/1048-thao-duoc-khac';
import { answerAll, answers, extremeOption } from './testing/sheet-answers';
import { TEST_SHEET_148 } from './testing/test-sheet-148';

const top = (sheet: CriteriaSheet) => answerAll(sheet, (options) => extremeOption(options, 'top'));
const lowest = (sheet: CriteriaSheet) => answerAll(sheet, (options) => extremeOption(options, 'lowest'));
const partScores = (sheet: CriteriaSheet, choices: Record<string, number>, gates: string[] = []) =>
  scoreSheet(sheet, answers(choices, gates)).parts.map((p) => [p.code, p.score]);
const codesOf = (sheet: CriteriaSheet) => sheetCriteria(sheet).map((c) => c.code);

describe('scoreSheet', () => {
  describe('maxima of the two 1048 sheets', () => {
    // Sum of each criterion's lowest option, counted by hand from the source (3.2's lowest is 0, "ngoài tỉnh").
    const minima: [CriteriaSheet, [CriteriaPartCode, number][], number][] = [
      [
        RUOU,
        [
          ['A', 5],
          ['B', 2],
          ['C', 1],
        ],
        8,
      ],
      [
        THAO_DUOC,
        [
          ['A', 5],
          ['B', 2],
          ['C', 4],
        ],
        11,
      ],
    ];
    for (const [sheet, partMinima, totalMinimum] of minima) {
      it(`${sheet.title}: parts 35/25/40, the top option everywhere gives 100`, () => {
        const score = scoreSheet(sheet, answers(top(sheet)));
        expect(score.parts.map((p) => [p.code, p.max, p.score])).toEqual([
          ['A', 35, 35],
          ['B', 25, 25],
          ['C', 40, 40],
        ]);
        expect(score.total).toBe(SHEET_MAX_TOTAL);
        expect([score.complete, score.unanswered, score.skipped, score.bonus]).toEqual([true, [], [], 0]);
      });

      it(`${sheet.title}: the lowest option everywhere gives the sum of minima (${totalMinimum})`, () => {
        const score = scoreSheet(sheet, answers(lowest(sheet)));
        expect(score.parts.map((p) => [p.code, p.score])).toEqual(partMinima);
        expect(score.total).toBe(totalMinimum);
        expect(score.complete).toBeTrue();
      });
    }
  });

  describe('unanswered criteria', () => {
    it('lists every criterion in sheet order on an empty sheet, which totals 0 and is not complete', () => {
      const score = scoreSheet(RUOU, EMPTY_ANSWERS);
      expect(score.unanswered).toEqual(codesOf(RUOU));
      expect(score.unanswered.length).toBe(29);
      expect([score.total, score.complete, score.excludedBy]).toEqual([0, false, null]);
    });

    it('lists only the ones left, and counts an option that does not exist as unanswered', () => {
      const choices = { ...answerAll(RUOU, () => 0, ['2.2', '8.1']), '6.5': 9 };
      const score = scoreSheet(RUOU, answers(choices));
      expect(score.unanswered).toEqual(['2.2', '6.5', '8.1']);
      expect(score.complete).toBeFalse();
    });
  });

  describe('gates', () => {
    it('an exclusion gate ticked on 1.1 makes the total 0 and the sheet complete with nothing else answered', () => {
      for (const sheet of [RUOU, THAO_DUOC]) {
        const score = scoreSheet(sheet, answers({}, ['1.1']));
        expect(score.excludedBy).withContext(sheet.title).toBe('1.1');
        expect(score.total).toBe(0);
        expect(score.complete).toBeTrue();
        expect(score.unanswered).toEqual([]);
      }
    });

    it('an exclusion gate wins over answers giving points', () => {
      const score = scoreSheet(RUOU, answers(top(RUOU), ['1.1']));
      expect([score.total, score.complete, score.excludedBy]).toEqual([0, true, '1.1']);
    });

    it('Rượu trắng 6.1’s stop gate skips 6.1 and every later criterion of part C', () => {
      const choices = answerAll(RUOU, (options) => extremeOption(options, 'top'), codesOf(RUOU).slice(20));
      expect(Object.keys(choices).length).toBe(20);
      const score = scoreSheet(RUOU, answers(choices, ['6.1']));
      expect(score.skipped).toEqual(['6.1', '6.2', '6.3', '6.5', '7', '8.1', '8.2', '9', '10']);
      expect(score.unanswered).toEqual([]);
      expect(score.complete).toBeTrue();
      expect(score.parts.map((p) => [p.code, p.score])).toEqual([
        ['A', 35],
        ['B', 25],
        ['C', 0],
      ]);
      expect(score.total).toBe(60);
      expect(score.excludedBy).toBeNull();
    });

    it('a stop gate ignores answers given to the criteria it skips, and keeps those before it', () => {
      expect(partScores(RUOU, top(RUOU), ['9'])).toEqual([
        ['A', 35],
        ['B', 25],
        // 6.1 + 6.2 + 6.3 + 6.5 + 7 + 8.1 + 8.2 at their top: 3 + 3 + 6 + 8 + 5 + 3 + 2.
        ['C', 30],
      ]);
      expect(scoreSheet(RUOU, answers(top(RUOU), ['9'])).skipped).toEqual(['9', '10']);
    });

    it('Thảo dược khác 12’s stop gate skips 12 and 13 only', () => {
      const choices = answerAll(THAO_DUOC, (options) => extremeOption(options, 'top'), ['12', '13']);
      const score = scoreSheet(THAO_DUOC, answers(choices, ['12']));
      expect(score.skipped).toEqual(['12', '13']);
      expect(score.complete).toBeTrue();
      // Part C without 12 (5) and 13 (5).
      expect(score.parts[2].score).toBe(30);
      expect(score.total).toBe(90);
    });

    it('Thảo dược khác 6’s stop gate skips the whole of part C', () => {
      const score = scoreSheet(
        THAO_DUOC,
        answers(
          answerAll(THAO_DUOC, () => 0),
          ['6'],
        ),
      );
      expect(score.skipped).toEqual(['6', '7', '8', '9', '10', '11', '12', '13']);
      expect(score.parts[2].score).toBe(0);
    });

    it('ignores a ticked gate on a criterion that has none (answerProblems refuses it)', () => {
      const choices = top(RUOU);
      expect(scoreSheet(RUOU, answers(choices, ['1.2'])).total).toBe(100);
    });
  });

  describe('bonus points (test-only 148 sheet)', () => {
    it('adds bonus points on top of the parts', () => {
      const choices = { ...lowest(TEST_SHEET_148), 'K.1': 1, 'K.2': 1 };
      const score = scoreSheet(TEST_SHEET_148, answers(choices));
      expect(score.parts.map((p) => [p.code, p.max, p.score])).toEqual([
        ['A', 40, 5],
        ['B', 25, 5],
        ['C', 35, 10],
      ]);
      expect(score.bonus).toBe(4);
      expect(score.total).toBe(24);
      expect(score.complete).toBeTrue();
    });

    it('caps the total at 100 whatever the bonus', () => {
      const score = scoreSheet(TEST_SHEET_148, answers({ ...top(TEST_SHEET_148), 'K.1': 1, 'K.2': 2 }));
      expect(score.bonus).toBe(5);
      expect(score.total).toBe(100);
      const almost = { ...top(TEST_SHEET_148), '2.2': 0, 'K.1': 1, 'K.2': 2 };
      expect(scoreSheet(TEST_SHEET_148, answers(almost)).total).toBe(95);
    });

    it('never requires a bonus answer', () => {
      const score = scoreSheet(TEST_SHEET_148, answers(top(TEST_SHEET_148)));
      expect([score.bonus, score.total, score.complete, score.unanswered]).toEqual([0, 100, true, []]);
    });

    it('gives no bonus to an excluded product', () => {
      const score = scoreSheet(TEST_SHEET_148, answers({ 'K.1': 1 }, ['1.1']));
      expect([score.total, score.complete]).toEqual([0, true]);
    });

    it('rounds a fractional part score to 2 decimals', () => {
      const score = scoreSheet(TEST_SHEET_148, answers({ '1.1': 0, '1.2': 1 }));
      expect(score.parts[0].score).toBe(12.5);
      expect(score.unanswered).toEqual(['2.1', '2.2', '3.1', '3.2']);
    });
  });
});

describe('answerProblems', () => {
  it('accepts complete, partial and empty answers, gates where the sheet has them, and bonus codes', () => {
    expect(answerProblems(RUOU, answers(top(RUOU)))).toEqual([]);
    expect(answerProblems(RUOU, answers({ '1.2': 0 }, ['1.1', '6.1', '9']))).toEqual([]);
    expect(answerProblems(RUOU, EMPTY_ANSWERS)).toEqual([]);
    expect(answerProblems(TEST_SHEET_148, answers({ 'K.2': 2 }))).toEqual([]);
  });

  it('refuses a criterion the sheet does not have', () => {
    expect(answerProblems(RUOU, answers({ '6.4': 0 }))).toEqual([
      { field: 'choices.6.4', code: 'not_found', message: 'Phiếu không có tiêu chí 6.4.' },
    ]);
    // A bonus code is unknown on a sheet without bonus points.
    expect(answerProblems(RUOU, answers({ 'K.1': 1 }))[0]?.code).toBe('not_found');
  });

  it('refuses an option index that does not exist, counting options from 1 in the message', () => {
    expect(answerProblems(RUOU, answers({ '1.1': 3, '1.2': -1, '1.3': 1.5 }))).toEqual([
      { field: 'choices.1.1', code: 'invalid_choice', message: 'Tiêu chí 1.1 không có lựa chọn số 4.' },
      { field: 'choices.1.2', code: 'invalid_choice', message: 'Tiêu chí 1.2 không có lựa chọn số 0.' },
      {
        field: 'choices.1.3',
        code: 'invalid_choice',
        message: 'Lựa chọn của tiêu chí 1.3 phải là số thứ tự của một lựa chọn.',
      },
    ]);
    // Answers arrive as JSON: a string is not an option number either.
    const fromJson = JSON.parse('{"choices": {"1.4": "1"}, "gates": []}') as SheetAnswers;
    expect(answerProblems(RUOU, fromJson).map((p) => p.message)).toEqual([
      'Lựa chọn của tiêu chí 1.4 phải là số thứ tự của một lựa chọn.',
    ]);
    expect(answerProblems(TEST_SHEET_148, answers({ 'K.1': 2 }))[0]?.field).toBe('choices.K.1');
  });

  it('refuses a gate ticked on a criterion without one, on a bonus criterion, or on an unknown code', () => {
    expect(answerProblems(RUOU, answers({}, ['1.2']))).toEqual([
      {
        field: 'gates.1.2',
        code: 'invalid_choice',
        message: 'Tiêu chí 1.2 không có điều kiện loại hay dừng đánh giá.',
      },
    ]);
    expect(answerProblems(TEST_SHEET_148, answers({}, ['K.1', '99'])).map((p) => p.field)).toEqual([
      'gates.K.1',
      'gates.99',
    ]);
  });
});

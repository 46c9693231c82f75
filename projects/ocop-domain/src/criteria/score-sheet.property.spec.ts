import { PART_MAXIMA, SHEET_MAX_TOTAL, type CriteriaSheet } from './criteria-sheet';
import { CRITERIA_SHEETS } from './criteria-sets';
import { answerProblems, scoreSheet, sheetCriteria, type SheetAnswers } from './score-sheet';
import { mulberry32, randomAnswers, randomSheet, type Random } from './testing/random-sheet';
import { validateCriteriaSheet } from './validate-sheet';

/**
 * Property: for any valid sheet and any answers without gates, the total is the sum of the chosen options
 * (capped at 100 with bonus points), no part exceeds its maximum, and the unanswered criteria are exactly the
 * ones without an answer. Each run uses a new seed; a failure names the seed of its case so it can be replayed
 * by putting it in REPLAY_SEEDS.
 */

const CASES = 600;
const REPLAY_SEEDS: readonly number[] = [];
const BASE_SEED = Date.now() >>> 0;

const seedsOf = (offset: number) =>
  REPLAY_SEEDS.length > 0
    ? REPLAY_SEEDS
    : Array.from({ length: CASES }, (_, i) => (BASE_SEED + offset + i) >>> 0);

/** Points in hundredths, as integers, so the expected sums do not depend on floating point. */
const hundredths = (points: number) => Math.round(points * 100);

/** What is wrong with the score of these answers, or null. */
function scoreProblem(sheet: CriteriaSheet, answers: SheetAnswers): string | null {
  const score = scoreSheet(sheet, answers);
  const chosen = (options: readonly { points: number }[], code: string) => {
    const index = answers.choices[code];
    return index === undefined ? 0 : hundredths(options[index].points);
  };
  let sum = 0;
  for (const [i, part] of sheet.parts.entries()) {
    const partSum = part.sections
      .flatMap((s) => s.criteria)
      .reduce((s, c) => s + chosen(c.options, c.code), 0);
    sum += partSum;
    const got = score.parts[i];
    if (got.score !== partSum / 100) return `part ${part.code}: ${got.score}, expected ${partSum / 100}`;
    if (got.score > part.max) return `part ${part.code}: ${got.score} above its maximum ${part.max}`;
    if (got.max !== PART_MAXIMA[sheet.setId][part.code]) return `part ${part.code}: maximum ${got.max}`;
  }
  const bonus = (sheet.bonus ?? []).reduce((s, b) => s + chosen(b.options, b.code), 0);
  if (hundredths(score.bonus) !== bonus) return `bonus ${score.bonus}, expected ${bonus / 100}`;
  const expectedTotal = Math.min(sum + bonus, SHEET_MAX_TOTAL * 100) / 100;
  if (score.total !== expectedTotal) return `total ${score.total}, expected ${expectedTotal}`;
  if (score.total > SHEET_MAX_TOTAL) return `total ${score.total} above 100`;
  const unanswered = sheetCriteria(sheet)
    .map((c) => c.code)
    .filter((code) => answers.choices[code] === undefined);
  if (score.unanswered.join() !== unanswered.join()) {
    return `unanswered ${score.unanswered.join()}, expected ${unanswered.join()}`;
  }
  if (score.complete !== (unanswered.length === 0)) return `complete ${score.complete}`;
  if (score.skipped.length > 0 || score.excludedBy !== null) return 'a gate applied without being ticked';
  const problems = answerProblems(sheet, answers);
  if (problems.length > 0) return `answerProblems: ${problems.map((p) => p.message).join(' ')}`;
  return null;
}

/** Runs one case per seed; the failures name their seed and what went wrong. */
function failuresOf(seeds: readonly number[], check: (random: Random) => string | null): string[] {
  const failures: string[] = [];
  for (const seed of seeds) {
    let problem: string | null;
    try {
      problem = check(mulberry32(seed));
    } catch (error) {
      problem = (error as Error).message;
    }
    if (problem !== null) failures.push(`seed ${seed}: ${problem}`);
  }
  return failures;
}

describe('scoreSheet (property)', () => {
  it(`on ${CASES} random valid sheets with random answers, totals the chosen options (base seed ${BASE_SEED})`, () => {
    const shapes = { '1048': 0, '148': 0, withBonus: 0, complete: 0, capped: 0 };
    const failures = failuresOf(seedsOf(0), (random) => {
      const sheet = randomSheet(random);
      validateCriteriaSheet(sheet);
      const answers = randomAnswers(random, sheet);
      shapes[sheet.setId]++;
      if (sheet.bonus) shapes.withBonus++;
      const score = scoreSheet(sheet, answers);
      if (score.complete) shapes.complete++;
      if (score.parts.reduce((sum, p) => sum + p.score, score.bonus) > SHEET_MAX_TOTAL) shapes.capped++;
      return scoreProblem(sheet, answers);
    });
    expect(failures.slice(0, 5)).withContext(`${failures.length} failing cases`).toEqual([]);
    // The generator really covers both sets, bonus points, complete sheets and totals capped at 100.
    if (REPLAY_SEEDS.length === 0) {
      expect(Math.min(...Object.values(shapes)))
        .withContext(JSON.stringify(shapes))
        .toBeGreaterThan(5);
    }
  });

  for (const [index, sheet] of CRITERIA_SHEETS.entries()) {
    it(`on ${sheet.title}, with ${CASES} random answers (base seed ${BASE_SEED})`, () => {
      const failures = failuresOf(seedsOf((index + 1) * 100_000), (random) =>
        scoreProblem(sheet, randomAnswers(random, sheet)),
      );
      expect(failures.slice(0, 5)).withContext(`${failures.length} failing cases`).toEqual([]);
    });
  }
});

import type { CriteriaSetId } from '../../dossiers/checklist/checklist-types';
import {
  PART_MAXIMA,
  type BonusCriterion,
  type CriteriaPart,
  type CriteriaSection,
  type CriteriaSheet,
  type Criterion,
  type CriterionOption,
} from '../criteria-sheet';
import { sheetCriteria, type SheetAnswers } from '../score-sheet';

/**
 * Seeded random sheets and answers for the property tests. No package: mulberry32 is a few lines, and a
 * seed printed in a failure replays the exact case.
 */

/** A number in [0, 1). */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[randomInt(random, 0, items.length - 1)];
}

/** `total` split into `count` positive integers, in random order. */
function split(random: Random, total: number, count: number): number[] {
  const cuts = new Set<number>();
  while (cuts.size < count - 1) cuts.add(randomInt(random, 1, total - 1));
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), total];
  return bounds.slice(1).map((bound, i) => bound - bounds[i]);
}

/**
 * Options of a criterion worth `max`: one to five, one of them exactly `max` at a random place, the others
 * anywhere from 0 to `max` in hundredths of a point.
 */
function randomOptions(random: Random, max: number): CriterionOption[] {
  const count = randomInt(random, 1, 5);
  const top = randomInt(random, 0, count - 1);
  return Array.from({ length: count }, (_, i) => ({
    text: `Lựa chọn ${i + 1}`,
    points: i === top ? max : randomInt(random, 0, Math.round(max * 100)) / 100,
  }));
}

/**
 * A sheet validateCriteriaSheet must accept: the set's part maxima split into criteria maxima in tenths of a
 * point (so their sums are not exact in binary), criteria grouped into numbered sections, sometimes an
 * untouched gate, and for 148 sometimes bonus criteria.
 */
export function randomSheet(random: Random): CriteriaSheet {
  const setId: CriteriaSetId = pick(random, ['1048', '148'] as const);
  let sectionNumber = 0;
  const parts = (['A', 'B', 'C'] as const).map((code): CriteriaPart => {
    const max = PART_MAXIMA[setId][code];
    const tenths = max * 10;
    const maxima = split(random, tenths, randomInt(random, 1, Math.min(12, tenths))).map((t) => t / 10);
    const sections: CriteriaSection[] = [];
    while (maxima.length > 0) {
      const number = String(++sectionNumber);
      const taken = maxima.splice(0, randomInt(random, 1, Math.min(4, maxima.length)));
      const criteria = taken.map((criterionMax, i): Criterion => ({
        code: taken.length === 1 && random() < 0.5 ? number : `${number}.${i + 1}`,
        title: `Tiêu chí ${number}.${i + 1}`,
        max: criterionMax,
        options: randomOptions(random, criterionMax),
        ...(random() < 0.1
          ? { gate: { kind: pick(random, ['exclude', 'stop'] as const), text: 'Dừng nếu …' } }
          : {}),
      }));
      sections.push({ number, title: `Mục ${number}`, criteria });
    }
    return { code, title: `Phần ${code}`, max, sections };
  });
  const bonus: BonusCriterion[] =
    setId === '148' && random() < 0.5
      ? Array.from({ length: randomInt(random, 1, 2) }, (_, i) => {
          const max = randomInt(random, 1, 5);
          return {
            code: `K.${i + 1}`,
            title: `Khuyến khích ${i + 1}`,
            max,
            options: randomOptions(random, max),
          };
        })
      : [];
  return {
    setId,
    setVersion: setId === '148' ? '148/2023' : '1048/2019',
    subgroupCode: '0',
    title: 'Phiếu ngẫu nhiên',
    parts,
    ...(bonus.length > 0 ? { bonus } : {}),
    source: 'Sinh ngẫu nhiên cho kiểm thử thuộc tính',
    decisions: [],
  };
}

/**
 * Answers to a random subset of the criteria (and bonus criteria), a random option each, no gate ticked.
 * A third of the cases answer everything, and a random share of the choices is the top option, so complete
 * sheets and totals near (and, with bonus points, above) 100 come up often.
 */
export function randomAnswers(random: Random, sheet: CriteriaSheet): SheetAnswers {
  const answeredShare = random() < 1 / 3 ? 1 : random();
  const topShare = random();
  const choices: Record<string, number> = {};
  for (const criterion of [...sheetCriteria(sheet), ...(sheet.bonus ?? [])]) {
    if (random() >= answeredShare) continue;
    const points = criterion.options.map((o) => o.points);
    choices[criterion.code] =
      random() < topShare ? points.indexOf(Math.max(...points)) : randomInt(random, 0, points.length - 1);
  }
  return { choices, gates: [] };
}

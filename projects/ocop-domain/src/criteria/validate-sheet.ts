import { CRITERIA_SETS } from '../dossiers/dossier';
import { roundScore } from '../evaluation/stars';
import {
  PART_MAXIMA,
  type CriteriaPartCode,
  type CriteriaSheet,
  type Criterion,
  type CriterionCase,
} from './criteria-sheet';

/**
 * Checks a sheet when it is loaded: its shape (the data files are typed, but a sheet may one day come from
 * elsewhere) and its arithmetic, because a sheet whose maxima do not add up would give wrong stars silently.
 * Every problem is listed at once so a reviewer fixing a data file sees them all.
 */

type Problems = string[];
type Fields = Record<string, unknown>;

const PART_CODES: readonly CriteriaPartCode[] = ['A', 'B', 'C'];

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(fields: Fields, key: string, where: string, problems: Problems, optional = false): void {
  const value = fields[key];
  if (value === undefined && optional) return;
  if (typeof value !== 'string' || value.trim() === '')
    problems.push(`${where}: "${key}" phải là chuỗi không rỗng`);
}

function points(fields: Fields, key: string, where: string, problems: Problems): number | null {
  const value = fields[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    problems.push(`${where}: "${key}" phải là số điểm không âm`);
    return null;
  }
  return value;
}

function list(fields: Fields, key: string, where: string, problems: Problems): unknown[] {
  const value = fields[key];
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`${where}: "${key}" phải là danh sách không rỗng`);
    return [];
  }
  return value;
}

function checkCases(
  cases: unknown,
  optionPoints: readonly number[],
  max: number,
  where: string,
  problems: Problems,
) {
  if (!Array.isArray(cases) || cases.length < 2) {
    problems.push(`${where}: "cases" phải có ít nhất hai trường hợp`);
    return;
  }
  const used = new Set<number>();
  const bests: number[] = [];
  cases.forEach((c: unknown, i) => {
    const at = `${where}, trường hợp ${i + 1}`;
    if (!isObject(c)) return void problems.push(`${at}: phải là một đối tượng`);
    text(c, 'title', at, problems);
    const indexes = (c as Partial<CriterionCase>).optionIndexes;
    if (!Array.isArray(indexes) || indexes.length === 0) return void problems.push(`${at}: chưa có lựa chọn`);
    let best = 0;
    for (const index of indexes) {
      if (!Number.isInteger(index) || index < 0 || index >= optionPoints.length) {
        problems.push(`${at}: lựa chọn số ${String(index)} không tồn tại`);
      } else if (used.has(index)) {
        problems.push(`${at}: lựa chọn số ${index} đã thuộc trường hợp khác`);
      } else {
        used.add(index);
        best = Math.max(best, optionPoints[index]);
      }
    }
    if (best > max) problems.push(`${at}: lựa chọn cao nhất (${best}) vượt điểm tối đa ${max}`);
    bests.push(best);
  });
  if (used.size !== optionPoints.length) problems.push(`${where}: có lựa chọn không thuộc trường hợp nào`);
  if (bests.length > 0 && Math.max(...bests) !== max) {
    problems.push(
      `${where}: điểm tối đa ${max} khác điểm cao nhất của các trường hợp (${Math.max(...bests)})`,
    );
  }
}

/** The criterion's maximum if it is well formed, else null (the problems are recorded). */
function checkCriterion(
  criterion: unknown,
  sectionNumber: string,
  where: string,
  problems: Problems,
): number | null {
  if (!isObject(criterion)) {
    problems.push(`${where}: tiêu chí phải là một đối tượng`);
    return null;
  }
  const code = typeof criterion['code'] === 'string' ? criterion['code'] : '?';
  const at = `Tiêu chí ${code}`;
  text(criterion, 'code', where, problems);
  text(criterion, 'title', at, problems);
  text(criterion, 'note', at, problems, true);
  if (code !== '?' && code !== sectionNumber && !code.startsWith(`${sectionNumber}.`)) {
    problems.push(`${at}: mã không thuộc mục ${sectionNumber}`);
  }
  const gate = criterion['gate'];
  if (gate !== undefined) {
    if (isObject(gate)) {
      text(gate, 'text', `${at}, điều kiện loại`, problems);
      if (gate['kind'] !== 'exclude' && gate['kind'] !== 'stop') {
        problems.push(`${at}: điều kiện loại phải có "kind" là "exclude" hoặc "stop"`);
      }
    } else problems.push(`${at}: "gate" phải là một đối tượng`);
  }
  const max = points(criterion, 'max', at, problems);
  const optionPoints = checkOptions(criterion, at, problems);
  if (max === null || optionPoints.length === 0) return max;
  const cases = (criterion as Partial<Criterion>).cases;
  if (cases !== undefined) checkCases(cases, optionPoints, max, at, problems);
  else checkHighestOption(optionPoints, max, at, problems);
  return max;
}

/** The points of each option (0 for a broken one, whose problem is recorded). */
function checkOptions(criterion: Fields, at: string, problems: Problems): number[] {
  const optionPoints: number[] = [];
  list(criterion, 'options', at, problems).forEach((option, i) => {
    const optionAt = `${at}, lựa chọn ${i + 1}`;
    if (!isObject(option)) return void problems.push(`${optionAt}: phải là một đối tượng`);
    text(option, 'text', optionAt, problems);
    optionPoints.push(points(option, 'points', optionAt, problems) ?? 0);
  });
  return optionPoints;
}

function checkHighestOption(optionPoints: readonly number[], max: number, at: string, problems: Problems) {
  const highest = Math.max(...optionPoints);
  if (highest > max) problems.push(`${at}: có lựa chọn ${highest} điểm, vượt điểm tối đa ${max}`);
  else if (highest < max) problems.push(`${at}: điểm tối đa ${max} nhưng lựa chọn cao nhất chỉ ${highest}`);
}

/**
 * Bonus points (điểm khuyến khích) exist only in QĐ 148. They are answered like criteria, so their codes
 * share the criteria's namespace (one `choices` map holds both).
 */
function checkBonus(bonus: unknown, setId: unknown, codes: Set<string>, problems: Problems): void {
  if (setId !== '148') {
    problems.push(
      `Phiếu: chỉ phiếu theo QĐ 148 mới có điểm khuyến khích ("bonus"), phiếu này theo QĐ ${String(setId)}`,
    );
  }
  if (!Array.isArray(bonus) || bonus.length === 0) {
    problems.push('Phiếu: "bonus" phải là danh sách không rỗng khi có');
    return;
  }
  bonus.forEach((criterion: unknown, i) => {
    const where = `Điểm khuyến khích thứ ${i + 1}`;
    if (!isObject(criterion)) return void problems.push(`${where}: phải là một đối tượng`);
    const code = typeof criterion['code'] === 'string' ? criterion['code'] : '?';
    const at = `Điểm khuyến khích ${code}`;
    text(criterion, 'code', where, problems);
    text(criterion, 'title', at, problems);
    text(criterion, 'note', at, problems, true);
    if (code !== '?') {
      if (codes.has(code)) problems.push(`${at}: mã bị trùng`);
      codes.add(code);
    }
    const max = points(criterion, 'max', at, problems);
    const optionPoints = checkOptions(criterion, at, problems);
    if (max !== null && optionPoints.length > 0) checkHighestOption(optionPoints, max, at, problems);
  });
}

/** Returns the sheet if it is sound; otherwise throws an Error whose message lists every problem. */
export function validateCriteriaSheet(data: unknown): CriteriaSheet {
  const problems: Problems = [];
  if (!isObject(data)) throw new Error('Phiếu đánh giá không hợp lệ: dữ liệu phải là một đối tượng');
  const setId = data['setId'];
  if (!CRITERIA_SETS.includes(setId as CriteriaSheet['setId'])) {
    problems.push(`"setId" phải là một trong ${CRITERIA_SETS.join(', ')}`);
  }
  for (const key of ['setVersion', 'subgroupCode', 'title', 'source']) text(data, key, 'Phiếu', problems);
  const decisions = data['decisions'];
  if (!Array.isArray(decisions) || decisions.some((d) => typeof d !== 'string')) {
    problems.push('Phiếu: "decisions" phải là danh sách chuỗi');
  }

  const codes = new Set<string>();
  const sectionNumbers = new Set<string>();
  const partCodes: string[] = [];
  let total = 0;
  list(data, 'parts', 'Phiếu', problems).forEach((part, p) => {
    if (!isObject(part)) return void problems.push(`Phần thứ ${p + 1}: phải là một đối tượng`);
    const partCode = String(part['code']);
    const at = `Phần ${partCode}`;
    partCodes.push(partCode);
    text(part, 'title', at, problems);
    const max = points(part, 'max', at, problems);
    let sum = 0;
    list(part, 'sections', at, problems).forEach((section, s) => {
      const sectionAt = `${at}, mục thứ ${s + 1}`;
      if (!isObject(section)) return void problems.push(`${sectionAt}: phải là một đối tượng`);
      const number = typeof section['number'] === 'string' ? section['number'] : '?';
      text(section, 'number', sectionAt, problems);
      text(section, 'title', `Mục ${number}`, problems);
      if (sectionNumbers.has(number)) problems.push(`Mục ${number}: số mục bị trùng`);
      sectionNumbers.add(number);
      list(section, 'criteria', `Mục ${number}`, problems).forEach((criterion, c) => {
        const code = isObject(criterion) ? criterion['code'] : undefined;
        if (typeof code === 'string') {
          if (codes.has(code)) problems.push(`Tiêu chí ${code}: mã bị trùng`);
          codes.add(code);
        }
        sum += checkCriterion(criterion, number, `Mục ${number}, tiêu chí thứ ${c + 1}`, problems) ?? 0;
      });
    });
    // Maxima such as 0.1 + 32.2 + 2.7 do not add up to 35 exactly in binary; sheets count in 2 decimals.
    sum = roundScore(sum);
    if (max !== null && sum !== max)
      problems.push(`${at}: tổng điểm tối đa các tiêu chí là ${sum}, khác ${max}`);
    const expected = PART_MAXIMA[setId as CriteriaSheet['setId']]?.[partCode as CriteriaPartCode];
    if (expected !== undefined && max !== null && max !== expected) {
      problems.push(`${at}: điểm tối đa theo QĐ ${String(setId)} là ${expected}, không phải ${max}`);
    }
    total += max ?? 0;
  });
  if (partCodes.length > 0 && partCodes.join() !== PART_CODES.join()) {
    problems.push(`Phiếu phải có đúng các phần A, B, C theo thứ tự (đang có: ${partCodes.join(', ')})`);
  }
  total = roundScore(total);
  if (total !== 100) problems.push(`Tổng điểm tối đa các phần là ${total}, không phải 100`);
  if (data['bonus'] !== undefined) checkBonus(data['bonus'], setId, codes, problems);

  if (problems.length > 0) {
    const name = typeof data['title'] === 'string' ? ` "${data['title']}"` : '';
    throw new Error(`Phiếu đánh giá${name} không hợp lệ:\n- ${problems.join('\n- ')}`);
  }
  return data as unknown as CriteriaSheet;
}

import type { TaskStatus } from './task';

/** What a roll-up needs of each task (occurrences count, series rows do not). */
export interface RollupTask {
  id: string;
  status: TaskStatus;
  reportedPercent: number | null;
  acceptedPercent: number | null;
}

/**
 * A labelled aggregate, never a task's own progress (peers §2.3): the plain mean of the percentages the units
 * reported, over the tasks that count, with everything needed to say how it was computed.
 */
export interface Rollup {
  /** Tasks that count: every task but the cancelled ones. */
  counted: number;
  /** Cancelled tasks, left out of the mean. */
  cancelled: number;
  /** How many counted tasks are accepted. */
  accepted: number;
  /** Accepted percentages of the counted tasks (a task with no accepted report counts 0), in input order. */
  acceptedValues: number[];
  /** Their mean, rounded to one decimal; 0 when nothing counts. */
  acceptedMean: number;
  /** Reported percentages (newest report, reviewed or not; none counts 0), in input order. */
  reportedValues: number[];
  reportedMean: number;
}

export function rollupOf(tasks: readonly RollupTask[]): Rollup {
  const counted = tasks.filter((t) => t.status !== 'cancelled');
  const acceptedValues = counted.map((t) => t.acceptedPercent ?? 0);
  const reportedValues = counted.map((t) => t.reportedPercent ?? 0);
  return {
    counted: counted.length,
    cancelled: tasks.length - counted.length,
    accepted: counted.filter((t) => t.status === 'accepted').length,
    acceptedValues,
    acceptedMean: meanOf(acceptedValues),
    reportedValues,
    reportedMean: meanOf(reportedValues),
  };
}

/** One roll-up row of GET /api/tasks/plans/:id/rollups. */
export interface RollupRow extends Rollup {
  /** 'plan': the whole plan; 'target': key = target id; 'unit': key = task unit key ('department:TTYT'). */
  kind: 'plan' | 'target' | 'unit';
  key: string;
  label: string;
}

/**
 * "Trung bình cộng tiến độ đã nghiệm thu của 3 nhiệm vụ (không tính 1 nhiệm vụ đã hủy): (50 + 0 + 0) / 3 =
 * 16,7 %" — the one sentence that says how a roll-up was computed (the UI shows it under every aggregate; the
 * export and the printed plan write it). Past 12 tasks equal values are counted instead of repeated
 * ("(100 × 10 + 60 + 0 × 142) / 153"), so a whole plan's sentence stays readable and still adds up.
 */
export function rollupFormula(
  rollup: Rollup,
  which: 'accepted' | 'reported',
  locale: 'vi' | 'en' = 'vi',
): string {
  const values = which === 'accepted' ? rollup.acceptedValues : rollup.reportedValues;
  const mean = which === 'accepted' ? rollup.acceptedMean : rollup.reportedMean;
  const number = locale === 'vi' ? decimal : String;
  const terms = values.length > MAX_LISTED_VALUES ? groupedTerms(values, number) : values.map(number);
  const sum = `(${terms.join(' + ')}) / ${values.length} = ${number(mean)} %`;
  if (locale === 'en') {
    const what = which === 'accepted' ? 'the accepted progress' : 'the progress reported by the units';
    const left = rollup.cancelled > 0 ? ` (${rollup.cancelled} cancelled left out)` : '';
    if (values.length === 0) return `No task to average ${what} over${left}: 0 %`;
    return `Mean of ${what} of ${values.length} task${values.length === 1 ? '' : 's'}${left}: ${sum}`;
  }
  const what = which === 'accepted' ? 'tiến độ đã nghiệm thu' : 'tiến độ do đơn vị báo cáo';
  const left = rollup.cancelled > 0 ? ` (không tính ${rollup.cancelled} nhiệm vụ đã hủy)` : '';
  if (values.length === 0) {
    return `Chưa có nhiệm vụ nào để tính trung bình cộng ${what}${left}: 0 %`;
  }
  return `Trung bình cộng ${what} của ${values.length} nhiệm vụ${left}: ${sum}`;
}

const MAX_LISTED_VALUES = 12;

/** Equal values as "value × count", highest first: [0, 100, 0, 60, 100] → ['100 × 2', '60', '0 × 2']. */
function groupedTerms(values: readonly number[], number: (value: number) => string): string[] {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => b - a)
    .map(([value, count]) => (count === 1 ? number(value) : `${number(value)} × ${count}`));
}

/** The mean rounded to one decimal (half away from zero); 0 for no values. */
function meanOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sum = values.reduce((a, b) => a + b, 0);
  // Scaling the integer sum before dividing keeps 16.65 from becoming 16.649999….
  return Math.round((sum * 10) / values.length) / 10;
}

/** Vietnamese decimal notation: 16.7 → '16,7'. */
function decimal(value: number): string {
  return String(value).replace('.', ',');
}

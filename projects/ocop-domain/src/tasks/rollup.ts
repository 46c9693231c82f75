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
  throw new Error('implemented by the domain helper');
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
 * 16,7 %" — the one Vietnamese sentence that says how a roll-up was computed (the UI shows it under every
 * aggregate; the export writes it).
 */
export function rollupFormula(rollup: Rollup, which: 'accepted' | 'reported'): string {
  throw new Error('implemented by the domain helper');
}

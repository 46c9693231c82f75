import { rollupFormula, rollupOf, type RollupTask } from './rollup';
import type { TaskStatus } from './task';

let next = 0;
function task(
  status: TaskStatus,
  reportedPercent: number | null,
  acceptedPercent: number | null,
): RollupTask {
  next += 1;
  return { id: `t${next}`, status, reportedPercent, acceptedPercent };
}

describe('roll-ups', () => {
  describe('rollupOf', () => {
    it('takes the plain mean of accepted percentages, a task without an accepted report counting 0', () => {
      const rollup = rollupOf([
        task('in_progress', 80, 50),
        task('in_progress', 30, null),
        task('assigned', null, null),
      ]);
      expect(rollup.counted).toBe(3);
      expect(rollup.acceptedValues).toEqual([50, 0, 0]);
      expect(rollup.acceptedMean).toBe(16.7);
      expect(rollup.reportedValues).toEqual([80, 30, 0]);
      expect(rollup.reportedMean).toBe(36.7);
    });

    it('leaves cancelled tasks out of the mean and counts them apart', () => {
      const rollup = rollupOf([
        task('accepted', 100, 100),
        task('cancelled', 40, 40),
        task('in_progress', 50, 50),
      ]);
      expect(rollup.counted).toBe(2);
      expect(rollup.cancelled).toBe(1);
      expect(rollup.acceptedValues).toEqual([100, 50]);
      expect(rollup.acceptedMean).toBe(75);
    });

    it('counts accepted tasks', () => {
      const rollup = rollupOf([
        task('accepted', 100, 100),
        task('accepted', 100, 100),
        task('reported_done', 100, 60),
        task('cancelled', null, null),
      ]);
      expect(rollup.accepted).toBe(2);
    });

    it('takes the newest report whatever its review for the reported mean', () => {
      const rollup = rollupOf([task('reported_done', 100, 60), task('returned', 70, 20)]);
      expect(rollup.reportedMean).toBe(85);
      expect(rollup.acceptedMean).toBe(40);
    });

    it('rounds to one decimal, half up', () => {
      expect(rollupOf([task('in_progress', 1, 1), task('in_progress', 0, 0)]).acceptedMean).toBe(0.5);
      // 100 / 3 = 33.33…, 200 / 3 = 66.66…
      expect(
        rollupOf([task('in_progress', 100, 100), task('assigned', 0, 0), task('assigned', 0, 0)])
          .acceptedMean,
      ).toBe(33.3);
      expect(
        rollupOf([task('accepted', 100, 100), task('accepted', 100, 100), task('assigned', 0, 0)])
          .acceptedMean,
      ).toBe(66.7);
      // 333 / 20 = 16.65 exactly: half rounds up, not down by a floating-point slip.
      const many = [
        task('in_progress', 33, 33),
        ...Array.from({ length: 3 }, () => task('in_progress', 100, 100)),
      ];
      const rest = Array.from({ length: 16 }, () => task('assigned', null, null));
      expect(rollupOf([...many, ...rest]).acceptedMean).toBe(16.7);
    });

    it('means 0 when nothing counts', () => {
      expect(rollupOf([])).toEqual({
        counted: 0,
        cancelled: 0,
        accepted: 0,
        acceptedValues: [],
        acceptedMean: 0,
        reportedValues: [],
        reportedMean: 0,
      });
      const onlyCancelled = rollupOf([task('cancelled', 100, 100)]);
      expect(onlyCancelled.counted).toBe(0);
      expect(onlyCancelled.cancelled).toBe(1);
      expect(onlyCancelled.acceptedMean).toBe(0);
    });
  });

  describe('rollupFormula', () => {
    const rollup = rollupOf([
      task('in_progress', 80, 50),
      task('in_progress', 30, null),
      task('assigned', null, null),
      task('cancelled', 10, null),
    ]);

    it('says how the accepted mean was computed, with comma decimals', () => {
      expect(rollupFormula(rollup, 'accepted')).toBe(
        'Trung bình cộng tiến độ đã nghiệm thu của 3 nhiệm vụ (không tính 1 nhiệm vụ đã hủy): (50 + 0 + 0) / 3 = 16,7 %',
      );
    });

    it('says how the reported mean was computed', () => {
      expect(rollupFormula(rollup, 'reported')).toBe(
        'Trung bình cộng tiến độ do đơn vị báo cáo của 3 nhiệm vụ (không tính 1 nhiệm vụ đã hủy): (80 + 30 + 0) / 3 = 36,7 %',
      );
    });

    it('says nothing of cancelled tasks when there are none', () => {
      expect(
        rollupFormula(rollupOf([task('accepted', 100, 100), task('in_progress', 50, 50)]), 'accepted'),
      ).toBe('Trung bình cộng tiến độ đã nghiệm thu của 2 nhiệm vụ: (100 + 50) / 2 = 75 %');
    });

    it('says there is nothing to average', () => {
      expect(rollupFormula(rollupOf([]), 'accepted')).toBe(
        'Chưa có nhiệm vụ nào để tính trung bình cộng tiến độ đã nghiệm thu: 0 %',
      );
      expect(
        rollupFormula(rollupOf([task('cancelled', 20, null), task('cancelled', null, null)]), 'reported'),
      ).toBe(
        'Chưa có nhiệm vụ nào để tính trung bình cộng tiến độ do đơn vị báo cáo (không tính 2 nhiệm vụ đã hủy): 0 %',
      );
    });

    it('counts equal values past 12 tasks, highest first, so a whole plan still reads and adds up', () => {
      const many = rollupOf([
        ...Array.from({ length: 10 }, () => task('accepted', 100, 100)),
        task('in_progress', 60, 60),
        task('in_progress', 40, 45),
        ...Array.from({ length: 141 }, () => task('assigned', null, null)),
      ]);
      expect(rollupFormula(many, 'accepted')).toBe(
        'Trung bình cộng tiến độ đã nghiệm thu của 153 nhiệm vụ: (100 × 10 + 60 + 45 + 0 × 141) / 153 = 7,2 %',
      );
      // Twelve are still listed one by one.
      const twelve = rollupOf(Array.from({ length: 12 }, () => task('assigned', null, null)));
      expect(rollupFormula(twelve, 'reported')).toContain(`(${Array(12).fill('0').join(' + ')}) / 12`);
    });

    it('speaks English with point decimals when asked', () => {
      expect(rollupFormula(rollup, 'accepted', 'en')).toBe(
        'Mean of the accepted progress of 3 tasks (1 cancelled left out): (50 + 0 + 0) / 3 = 16.7 %',
      );
      expect(rollupFormula(rollupOf([]), 'reported', 'en')).toBe(
        'No task to average the progress reported by the units over: 0 %',
      );
    });
  });
});

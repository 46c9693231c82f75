import { TASK_STATUSES, type TaskStatus } from './task';
import { taskDeadlineFlag, taskDue, waitsForReport } from './task-deadline';

const WAITING: TaskStatus[] = ['assigned', 'in_progress', 'returned'];
const NOT_WAITING: TaskStatus[] = ['reported_done', 'accepted', 'cancelled'];

describe('task deadlines', () => {
  describe('taskDue', () => {
    it('takes the date when there is one', () => {
      expect(taskDue('2020-05-15', null)).toBe('2020-05-15');
    });

    it('takes the last day of the quarter otherwise', () => {
      expect(taskDue(null, '2020-Q1')).toBe('2020-03-31');
      expect(taskDue(null, '2020-Q2')).toBe('2020-06-30');
      expect(taskDue(null, '2020-Q3')).toBe('2020-09-30');
      expect(taskDue(null, '2020-Q4')).toBe('2020-12-31');
    });

    it('prefers the date, and is null when neither is given', () => {
      expect(taskDue('2020-02-10', '2020-Q1')).toBe('2020-02-10');
      expect(taskDue(null, null)).toBeNull();
    });
  });

  describe('taskDeadlineFlag', () => {
    it('is not overdue on the due day itself, overdue the day after', () => {
      expect(taskDeadlineFlag('in_progress', '2020-06-30', '2020-06-30')).toBe('due-soon');
      expect(taskDeadlineFlag('in_progress', '2020-06-30', '2020-07-01')).toBe('overdue');
      expect(taskDeadlineFlag('assigned', '2020-03-31', '2020-07-15')).toBe('overdue');
    });

    it('is due soon within 7 days of the due day, and nothing before', () => {
      expect(taskDeadlineFlag('assigned', '2020-07-22', '2020-07-15')).toBe('due-soon');
      expect(taskDeadlineFlag('assigned', '2020-07-23', '2020-07-15')).toBeNull();
      expect(taskDeadlineFlag('returned', '2020-07-16', '2020-07-15')).toBe('due-soon');
    });

    it('counts across the year end', () => {
      expect(taskDeadlineFlag('in_progress', '2020-12-31', '2021-01-01')).toBe('overdue');
      expect(taskDeadlineFlag('in_progress', '2021-01-03', '2020-12-28')).toBe('due-soon');
    });

    for (const status of WAITING) {
      it(`flags a task ${status}`, () => {
        expect(taskDeadlineFlag(status, '2020-06-30', '2020-07-15')).toBe('overdue');
        expect(taskDeadlineFlag(status, '2020-07-20', '2020-07-15')).toBe('due-soon');
      });
    }

    for (const status of NOT_WAITING) {
      it(`never flags a task ${status}`, () => {
        expect(taskDeadlineFlag(status, '2020-06-30', '2020-07-15')).toBeNull();
        expect(taskDeadlineFlag(status, '2020-07-15', '2020-07-15')).toBeNull();
      });
    }

    it('never flags a series row (no status) or a task without a due day', () => {
      expect(taskDeadlineFlag(null, '2020-06-30', '2020-07-15')).toBeNull();
      expect(taskDeadlineFlag('in_progress', null, '2020-07-15')).toBeNull();
    });

    it('covers every status', () => {
      expect([...WAITING, ...NOT_WAITING].sort()).toEqual([...TASK_STATUSES].sort());
    });
  });

  describe('waitsForReport', () => {
    for (const status of WAITING) {
      it(`is owed for a task ${status} with no report waiting for review`, () => {
        expect(waitsForReport(status, false)).toBeTrue();
        expect(waitsForReport(status, true)).toBeFalse();
      });
    }

    for (const status of NOT_WAITING) {
      it(`is not owed for a task ${status}`, () => {
        expect(waitsForReport(status, false)).toBeFalse();
      });
    }

    it('is not owed for a series row', () => {
      expect(waitsForReport(null, false)).toBeFalse();
    });
  });
});

import { daysBetween, dueDate, isDueSoon, isIsoDate, isOverdue } from './workflow-deadline';

describe('workflow deadlines', () => {
  it('adds calendar days across month ends', () => {
    expect(dueDate('2025-01-28', 14)).toBe('2025-02-11');
    expect(dueDate('2025-01-31', 1)).toBe('2025-02-01');
    expect(dueDate('2025-02-28', 1)).toBe('2025-03-01');
  });

  it('knows leap years', () => {
    expect(dueDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(dueDate('2024-02-28', 2)).toBe('2024-03-01');
    expect(dueDate('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('crosses year ends both ways', () => {
    expect(dueDate('2024-12-25', 14)).toBe('2025-01-08');
    expect(dueDate('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });

  it('adds zero days as the same date', () => {
    expect(dueDate('2025-07-06', 0)).toBe('2025-07-06');
  });

  it('refuses dates that do not exist or are not yyyy-MM-dd', () => {
    expect(isIsoDate('2025-02-29')).toBeFalse();
    expect(isIsoDate('2024-02-29')).toBeTrue();
    expect(isIsoDate('2025-13-01')).toBeFalse();
    expect(isIsoDate('06/07/2025')).toBeFalse();
    expect(isIsoDate('2025-07-06T00:00:00Z')).toBeFalse();
    expect(() => dueDate('2025-02-30', 1)).toThrowError(RangeError);
    expect(() => dueDate('2025-02-01', 1.5)).toThrowError(RangeError);
  });

  it('is overdue only after the due day', () => {
    expect(isOverdue('2024-12-31', '2024-12-31')).toBeFalse();
    expect(isOverdue('2024-12-31', '2025-01-01')).toBeTrue();
    expect(isOverdue('2025-03-01', '2025-02-28')).toBeFalse();
  });

  it('is due soon within the window, today included, and not once overdue', () => {
    expect(isDueSoon('2025-01-03', '2024-12-27')).toBeTrue();
    expect(isDueSoon('2025-01-04', '2024-12-27')).toBeFalse();
    expect(isDueSoon('2025-01-04', '2024-12-27', 8)).toBeTrue();
    expect(isDueSoon('2025-03-01', '2025-03-01')).toBeTrue();
    expect(isDueSoon('2025-02-28', '2025-03-01')).toBeFalse();
  });
});

import { deadlineFlagOf, quarterEnd, type DeadlineFlag } from '../dossiers/dossier';
import type { TaskStatus } from './task';

/** The statuses in which the lead unit still owes work. */
const WAITING_FOR_UNIT: readonly TaskStatus[] = ['assigned', 'in_progress', 'returned'];

/** The day a task is due: its date, else the end of its quarter; null when neither is given. */
export function taskDue(dueDate: string | null, dueQuarter: string | null): string | null {
  if (dueDate !== null) return dueDate;
  return dueQuarter === null ? null : quarterEnd(dueQuarter);
}

/**
 * Overdue and due-soon for tasks: only a task that still waits for its unit's work counts ('assigned',
 * 'in_progress', 'returned'); one reported done waits for the standing unit, one accepted or cancelled is
 * finished. Same day rules as dossiers (`deadlineFlagOf`): overdue after the due day, due soon within 7 days.
 */
export function taskDeadlineFlag(status: TaskStatus | null, due: string | null, today: string): DeadlineFlag {
  if (status === null || !WAITING_FOR_UNIT.includes(status)) return null;
  return deadlineFlagOf(due, today);
}

/** Whether the lead unit owes a report: open, and no report waiting for review. */
export function waitsForReport(status: TaskStatus | null, pendingReview: boolean): boolean {
  return status !== null && WAITING_FOR_UNIT.includes(status) && !pendingReview;
}

import type { DeadlineFlag } from '../dossiers/dossier';
import type { TaskStatus } from './task';

/** The day a task is due: its date, else the end of its quarter; null when neither is given. */
export function taskDue(dueDate: string | null, dueQuarter: string | null): string | null {
  throw new Error('implemented by the domain helper');
}

/**
 * Overdue and due-soon for tasks: only a task that still waits for its unit's work counts ('assigned',
 * 'in_progress', 'returned'); one reported done waits for the standing unit, one accepted or cancelled is
 * finished. Same day rules as dossiers (`deadlineFlagOf`): overdue after the due day, due soon within 7 days.
 */
export function taskDeadlineFlag(status: TaskStatus | null, due: string | null, today: string): DeadlineFlag {
  throw new Error('implemented by the domain helper');
}

/** Whether the lead unit owes a report: open, and no report waiting for review. */
export function waitsForReport(status: TaskStatus | null, pendingReview: boolean): boolean {
  throw new Error('implemented by the domain helper');
}

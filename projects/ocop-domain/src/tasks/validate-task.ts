import type { Validated } from '../catalog/validate';
import type { NewPlan, PlanChange, PlanCopyRequest } from './plan';
import type { NewTaskReview } from './review';
import type { NewTask, NewTaskComment, ProgressReportRequest, TaskChange } from './task';
import type { TaskActionId } from './task-workflow';

/**
 * Validation of the tasks module's requests, shared by the browser and the API (same shape as the dossier
 * parsers: `Validated<T>` with one Vietnamese `FieldError` per problem). Only what can be decided without the
 * database is checked here: that a unit, target or dossier exists is the API's business.
 */

export const MAX_TASK_TITLE_LENGTH = 500;
export const MAX_TASK_TEXT_LENGTH = 5000;

export function parseNewPlan(fields: Record<string, unknown>): Validated<NewPlan> {
  throw new Error('implemented by the domain helper');
}

export function parsePlanChange(fields: Record<string, unknown>): Validated<PlanChange> {
  throw new Error('implemented by the domain helper');
}

export function parsePlanCopy(fields: Record<string, unknown>, fromYear: number): Validated<PlanCopyRequest> {
  throw new Error('implemented by the domain helper');
}

/** `planYear`: a due date or quarter must fall within the plan's year. */
export function parseNewTask(fields: Record<string, unknown>, planYear: number): Validated<NewTask> {
  throw new Error('implemented by the domain helper');
}

export function parseTaskChange(fields: Record<string, unknown>, planYear: number): Validated<TaskChange> {
  throw new Error('implemented by the domain helper');
}

/**
 * A percentage is a whole number 0–100 the unit chooses: −5, 120, 50.5 and "abc" are refused with a message
 * that says so (field 'percent'); the text is required.
 */
export function parseProgressReport(fields: Record<string, unknown>): Validated<ProgressReportRequest> {
  throw new Error('implemented by the domain helper');
}

export function parseTaskComment(fields: Record<string, unknown>): Validated<NewTaskComment> {
  throw new Error('implemented by the domain helper');
}

export function parseTaskAction(
  fields: Record<string, unknown>,
): Validated<{ action: Exclude<TaskActionId, 'report' | 'comment'>; version: number; reason: string | null; requestId?: string }> {
  throw new Error('implemented by the domain helper');
}

export function parseNewReview(fields: Record<string, unknown>, planYear: number): Validated<NewTaskReview> {
  throw new Error('implemented by the domain helper');
}

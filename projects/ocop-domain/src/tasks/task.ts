import type { AuditEntry } from '../access/module-settings';
import type { AttachmentInfo, DeadlineFlag } from '../dossiers/dossier';
import type { TaskUnit, TaskUnitRef } from './task-units';

export const TASK_STATUSES = [
  'assigned',
  'in_progress',
  'reported_done',
  'accepted',
  'returned',
  'cancelled',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_PRIORITIES = ['high', 'normal', 'low'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/**
 * 'once': one task. 'quarterly' and 'yearly': a series whose occurrences (one per quarter Q1…Q4 of the plan's
 * year, or one for the year) are tasks of their own, each with its own status and reports; the series row
 * itself has no status.
 */
export const RECURRENCES = ['once', 'quarterly', 'yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export type ProgressReview = 'pending' | 'accepted' | 'returned';

export interface TaskSummary {
  id: string;
  planId: string;
  /** The plan section the duty comes from ('III.7'). */
  sectionCode: string;
  title: string;
  lead: TaskUnit;
  cooperating: TaskUnit[];
  /** 'yyyy-MM-dd' when the plan gives a day. */
  dueDate: string | null;
  /** 'yyyy-Qn' when the plan gives a quarter only. */
  dueQuarter: string | null;
  /** The day it is due: `dueDate`, else the quarter's last day; null when neither is given. */
  due: string | null;
  /** From `due`, the status and today (Vietnam), computed by the API so every view agrees. */
  deadlineFlag: DeadlineFlag;
  recurrence: Recurrence;
  /** For an occurrence: the series it belongs to and its period ('2020-Q2', or '2020' for a yearly one). */
  seriesId: string | null;
  period: string | null;
  /** Null for a recurring series (its occurrences have statuses). */
  status: TaskStatus | null;
  priority: TaskPriority;
  targetId: string | null;
  product: { id: string; name: string } | null;
  dossier: { id: string; productName: string } | null;
  /** The percentage of the newest report, whatever its review; null before the first report. */
  reportedPercent: number | null;
  /** The percentage of the newest accepted report; null before one is accepted. */
  acceptedPercent: number | null;
  /** A report waits for the standing unit's review. */
  pendingReview: boolean;
  /** The follow-up of a review, if the task was created by one. */
  reviewId: string | null;
  version: number;
}

export interface ProgressReport {
  id: string;
  percent: number;
  text: string;
  reportedBy: { name: string; unit: string };
  /** ISO instant. */
  reportedAt: string;
  review: ProgressReview;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** Why the standing unit returned it. */
  returnReason: string | null;
  attachments: AttachmentInfo[];
}

export interface TaskComment {
  id: string;
  text: string;
  author: { name: string; unit: string };
  createdAt: string;
}

export interface TaskDetail extends TaskSummary {
  description: string;
  plan: { id: string; title: string; year: number; unitCode: string };
  /** Newest first. */
  reports: ProgressReport[];
  /** Oldest first. */
  comments: TaskComment[];
  /** A series' occurrences, by period; empty for other tasks. */
  occurrences: TaskSummary[];
  /** The reason of the last return while the task is 'returned'. */
  returnReason: string | null;
  /** The task's audit entries, oldest first. */
  timeline: AuditEntry[];
}

/** POST /api/tasks/plans/:planId/tasks. Give `dueDate` or `dueQuarter` (or neither), not both. */
export interface NewTask {
  sectionCode: string;
  title: string;
  description: string;
  lead: TaskUnitRef;
  cooperating: TaskUnitRef[];
  dueDate: string | null;
  dueQuarter: string | null;
  recurrence: Recurrence;
  priority: TaskPriority;
  targetId: string | null;
  productId: string | null;
  dossierId: string | null;
}

/** PUT /api/tasks/tasks/:id: the fields as the user saw them with that version (recurrence cannot change). */
export interface TaskChange extends Omit<NewTask, 'recurrence'> {
  version: number;
}

/** POST /api/tasks/tasks/:id/reports; evidence files are uploaded to the report afterwards. */
export interface ProgressReportRequest {
  /** Whole percent, 0–100, chosen by the unit: never computed. */
  percent: number;
  text: string;
  version: number;
  /** Chosen by the browser per intent, so a retried submit does not report twice. */
  requestId?: string;
}

/** POST /api/tasks/tasks/:id/comments. */
export interface NewTaskComment {
  text: string;
}

/** GET /api/tasks/mine: the caller's unit's open work (a standing unit: the reports waiting for its review too). */
export interface MyTasks {
  /** The units the caller answers for, as the list is built ("Trung tâm Y tế", "Xã Hữu Lễ"…). */
  units: TaskUnit[];
  overdue: TaskSummary[];
  dueSoon: TaskSummary[];
  /** Open tasks whose lead unit owes a report (returned ones first). */
  waitingForReport: TaskSummary[];
  /** For the standing unit: tasks with a report waiting for its review; empty for others. */
  waitingForReview: TaskSummary[];
}

/** One row of GET /api/tasks/plans/:planId/deadline-counts: a lead unit's tasks by deadline and status. */
export interface UnitDeadlineCount {
  unit: TaskUnit;
  total: number;
  overdue: number;
  dueSoon: number;
  waitingForReview: number;
  accepted: number;
  cancelled: number;
}

/** Query of GET /api/tasks/plans/:planId/tasks; absent fields do not filter. */
export interface TaskQuery {
  /** Title, description and unit names; diacritics and case ignored ("huu le" finds "Hữu Lễ"). */
  q?: string;
  sectionCode?: string;
  /** A task unit key: the lead unit, or a cooperating one. */
  unit?: string;
  status?: TaskStatus;
  flag?: 'overdue' | 'due-soon';
  targetId?: string;
  /** 'yyyy-Qn': tasks due in that quarter. */
  quarter?: string;
  /** At most 500 (a district plan fits in one page); default 500. */
  limit?: number;
  offset?: number;
}

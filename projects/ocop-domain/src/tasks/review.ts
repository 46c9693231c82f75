import type { DeadlineFlag } from '../dossiers/dossier';
import type { NewTask, TaskStatus } from './task';

/** A task as it stood when a review was recorded: frozen, never recomputed. */
export interface ReviewSnapshotRow {
  taskId: string;
  title: string;
  sectionCode: string;
  leadName: string;
  period: string | null;
  due: string | null;
  status: TaskStatus;
  reportedPercent: number | null;
  acceptedPercent: number | null;
  deadlineFlag: DeadlineFlag;
}

/** A quarterly (or year-end) review meeting of the standing unit (seed plan §III.3). */
export interface TaskReview {
  id: string;
  planId: string;
  /** 'yyyy-Qn' for a quarter's review, 'yyyy' for the year-end one. */
  period: string;
  /** 'yyyy-MM-dd'. */
  heldOn: string;
  attendees: string[];
  conclusions: string;
  recordedBy: string;
  /** ISO instant. */
  recordedAt: string;
  snapshot: ReviewSnapshotRow[];
  followUpTaskIds: string[];
}

/** POST /api/tasks/plans/:planId/reviews: records the meeting, snapshots every task, creates the follow-ups. */
export interface NewTaskReview {
  period: string;
  heldOn: string;
  attendees: string[];
  conclusions: string;
  followUps: NewTask[];
}

import type {
  AttachmentInfo,
  Principal,
  ProgressReport,
  ProgressReview,
  Recurrence,
  TaskComment,
  TaskDetail,
  TaskStatus,
  TaskUnit,
} from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Queryable } from '../../db/db';
import { ApiHttpError } from '../../http/api-http-error';
import { isoInstant, listAudit } from '../audit/audit.repository';
import {
  ATTACHMENT_INFO_COLUMNS,
  type AttachmentInfoRow,
  toAttachmentInfo,
} from '../attachments/attachment-info';
import { todayInVietnam } from '../units/commune-check';
import { restrictTasksToCaller } from './task-scope';
import { taskUnitsOf, unitOf } from './task-units.repository';
import {
  occurrencesOfSeries,
  SELECT_TASKS,
  toSummaries,
  unitNamesDay,
  type TaskRow,
} from './tasks.repository';

/**
 * The building blocks of every change of a task (edits, workflow actions, reports, comments): lock the row
 * where the caller may see it, check the version the user saw, bump it, and read the task back as its page
 * shows it. A task outside the caller's units answers exactly like a missing one.
 */

export const TASK_NOT_FOUND_MESSAGE = 'Không tìm thấy nhiệm vụ, hoặc nhiệm vụ không thuộc đơn vị của bạn.';

export function taskNotFound(): ApiHttpError {
  return new ApiHttpError(404, 'TASK_NOT_FOUND', TASK_NOT_FOUND_MESSAGE);
}

/** 409 STALE_VERSION for a task, in the shape of the dossiers' (details: { currentVersion }). */
export function staleTaskVersion(currentVersion: number): ApiHttpError {
  return new ApiHttpError(
    409,
    'STALE_VERSION',
    'Nhiệm vụ đã được người khác cập nhật. Hãy tải lại để xem thay đổi mới nhất rồi thực hiện lại.',
    { currentVersion },
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface LockedTask {
  id: string;
  planId: string;
  planUnitCode: string;
  planYear: number;
  /** Null for a recurring series (its occurrences have statuses). */
  status: TaskStatus | null;
  version: number;
  lead: TaskUnit;
  cooperating: TaskUnit[];
  /** The newest report when it waits for the standing unit's review. */
  pendingReportId: string | null;
  pendingPercent: number | null;
  seriesId: string | null;
  recurrence: Recurrence;
}

interface LockRow {
  id: string;
  plan_id: string;
  plan_unit_code: string;
  plan_year: number;
  status: TaskStatus | null;
  version: number;
  lead_unit: string;
  cooperating_units: string;
  series_id: string | null;
  recurrence: Recurrence;
}

/**
 * Locks the task row (FOR UPDATE) for the rest of the transaction, so concurrent changes of one task run one
 * after the other and each sees the version the previous one wrote. Null when the task does not exist or the
 * caller may not see it.
 */
export async function lockTask(
  tx: Queryable,
  taskId: string,
  principal: Principal,
): Promise<LockedTask | null> {
  if (!UUID.test(taskId)) return null;
  const where = new Conditions();
  where.and(`t.id = ${where.param(taskId)}`);
  restrictTasksToCaller(where, principal, 't', 'p');
  const [row] = await tx.query<LockRow>(
    `select t.id, t.plan_id, p.unit_code as plan_unit_code, p.year as plan_year, t.status, t.version,
            t.lead_unit, to_jsonb(t.cooperating_units)::text as cooperating_units, t.series_id, t.recurrence
     from tasks t join plans p on p.id = t.plan_id
     ${where.where}
     for update of t`,
    where.params,
  );
  if (row === undefined) return null;
  const [newest] = await tx.query<{ id: string; percent: number; review: ProgressReview }>(
    `select r.id, r.percent, r.review from task_reports r where r.task_id = $1
     order by r.reported_at desc, r.id desc limit 1`,
    [taskId],
  );
  const pending = newest?.review === 'pending' ? newest : null;
  const cooperating = JSON.parse(row.cooperating_units) as string[];
  const units = await taskUnitsOf(tx, [row.lead_unit, ...cooperating], unitNamesDay(row.plan_year));
  return {
    id: row.id,
    planId: row.plan_id,
    planUnitCode: row.plan_unit_code,
    planYear: row.plan_year,
    status: row.status,
    version: row.version,
    lead: unitOf(units, row.lead_unit),
    cooperating: cooperating.map((key) => unitOf(units, key)),
    pendingReportId: pending?.id ?? null,
    pendingPercent: pending?.percent ?? null,
    seriesId: row.series_id,
    recurrence: row.recurrence,
  };
}

/**
 * Counts a change of the task: version + 1 (returned), the time of the change, and the status and return
 * reason when the patch gives them.
 */
export async function touchTask(
  tx: Queryable,
  taskId: string,
  patch: { status?: TaskStatus; returnReason?: string | null } = {},
): Promise<number> {
  const set = new Conditions();
  const assignments = ['version = version + 1', 'updated_at = now()'];
  if (patch.status !== undefined) assignments.push(`status = ${set.param(patch.status)}`);
  if (patch.returnReason !== undefined) assignments.push(`return_reason = ${set.param(patch.returnReason)}`);
  const [row] = await tx.query<{ version: number }>(
    `update tasks set ${assignments.join(', ')} where id = ${set.param(taskId)} returning version`,
    set.params,
  );
  if (row === undefined) throw new Error(`task ${taskId} vanished while locked`);
  return row.version;
}

interface ReportRow {
  id: string;
  percent: number;
  text: string;
  reported_by_name: string;
  reported_by_unit: string;
  reported_at: string;
  review: ProgressReview;
  reviewed_by: string | null;
  reviewed_at: string | null;
  return_reason: string | null;
}

type ReportAttachmentRow = AttachmentInfoRow & { report_id: string };

interface CommentRow {
  id: string;
  text: string;
  author_name: string;
  author_unit: string;
  created_at: string;
}

// The audit trail is kept forever; one task's timeline stays far below this.
const TIMELINE_LIMIT = 5000;

/**
 * The task as its page shows it (reports newest first with their evidence, comments, a series' occurrences,
 * the audit timeline oldest first), or null when it does not exist or the caller may not see it.
 */
export async function readTaskDetail(
  db: Queryable,
  taskId: string,
  principal: Principal,
  today = todayInVietnam(),
): Promise<TaskDetail | null> {
  if (!UUID.test(taskId)) return null;
  const where = new Conditions();
  where.and(`t.id = ${where.param(taskId)}`);
  restrictTasksToCaller(where, principal, 't', 'p');
  const [row] = await db.query<TaskRow>(`${SELECT_TASKS} ${where.where}`, where.params);
  if (row === undefined) return null;
  const [summary] = await toSummaries(db, [row], today);
  if (summary === undefined) throw new Error('a task row gave no summary');

  const reportRows = await db.query<ReportRow>(
    `select r.id, r.percent, r.text, r.reported_by_name, r.reported_by_unit,
            ${isoInstant('r.reported_at')} as reported_at, r.review, r.reviewed_by,
            case when r.reviewed_at is null then null else ${isoInstant('r.reviewed_at')} end as reviewed_at,
            r.return_reason
     from task_reports r where r.task_id = $1
     order by r.reported_at desc, r.id desc`,
    [taskId],
  );
  const attachmentRows = await db.query<ReportAttachmentRow>(
    `select ${ATTACHMENT_INFO_COLUMNS}, a.report_id
     from task_report_attachments a join task_reports r on r.id = a.report_id
     where r.task_id = $1
     order by a.uploaded_at, a.id`,
    [taskId],
  );
  const attachments = new Map<string, AttachmentInfo[]>();
  for (const a of attachmentRows) {
    attachments.set(a.report_id, [...(attachments.get(a.report_id) ?? []), toAttachmentInfo(a)]);
  }
  const reports: ProgressReport[] = reportRows.map((r) => ({
    id: r.id,
    percent: r.percent,
    text: r.text,
    reportedBy: { name: r.reported_by_name, unit: r.reported_by_unit },
    reportedAt: r.reported_at,
    review: r.review,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
    returnReason: r.return_reason,
    attachments: attachments.get(r.id) ?? [],
  }));

  const commentRows = await db.query<CommentRow>(
    `select c.id, c.text, c.author_name, c.author_unit, ${isoInstant('c.created_at')} as created_at
     from task_comments c where c.task_id = $1
     order by c.created_at, c.id`,
    [taskId],
  );
  const comments: TaskComment[] = commentRows.map((c) => ({
    id: c.id,
    text: c.text,
    author: { name: c.author_name, unit: c.author_unit },
    createdAt: c.created_at,
  }));

  const isSeries = row.series_id === null && row.recurrence !== 'once';
  const newestFirst = await listAudit(db, { entityType: 'task', entityId: taskId, limit: TIMELINE_LIMIT });
  return {
    ...summary,
    description: row.description,
    plan: { id: row.plan_id, title: row.plan_title, year: row.plan_year, unitCode: row.plan_unit_code },
    reports,
    comments,
    occurrences: isSeries ? await occurrencesOfSeries(db, taskId, today) : [],
    returnReason: row.status === 'returned' ? row.return_reason : null,
    timeline: newestFirst.reverse(),
  };
}

/** readTaskDetail, answering 404 TASK_NOT_FOUND when there is nothing the caller may see. */
export async function requireTaskDetail(
  db: Queryable,
  taskId: string,
  principal: Principal,
  today = todayInVietnam(),
): Promise<TaskDetail> {
  const detail = await readTaskDetail(db, taskId, principal, today);
  if (detail === null) throw taskNotFound();
  return detail;
}

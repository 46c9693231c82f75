import type { Principal, ReviewSnapshotRow, TaskReview } from '@ocop/domain';
import { Conditions } from '../../../db/conditions';
import type { Queryable } from '../../../db/db';
import { isoInstant } from '../../audit/audit.repository';
import { restrictTasksToCaller } from '../task-scope';

/**
 * Rows of task_reviews (migration 0007). A review is written once and never changed: the table refuses
 * UPDATE and DELETE, so what it recorded is what every later reader sees.
 */

interface ReviewRow {
  id: string;
  plan_id: string;
  period: string;
  held_on: string;
  /** JSON text of the text[] (the drivers read arrays differently). */
  attendees: string;
  conclusions: string;
  /** JSON text. */
  snapshot: string;
  /** JSON text of the uuid[]. */
  follow_up_task_ids: string;
  recorded_by_name: string;
  recorded_at: string;
}

const COLUMNS = `r.id, r.plan_id, r.period, to_char(r.held_on, 'YYYY-MM-DD') as held_on,
  to_jsonb(r.attendees)::text as attendees, r.conclusions, r.snapshot::text as snapshot,
  to_jsonb(r.follow_up_task_ids)::text as follow_up_task_ids, r.recorded_by_name,
  ${isoInstant('r.recorded_at')} as recorded_at`;

function toReview(row: ReviewRow, visible: ReadonlySet<string> | null): TaskReview {
  const snapshot = JSON.parse(row.snapshot) as ReviewSnapshotRow[];
  const followUps = JSON.parse(row.follow_up_task_ids) as string[];
  return {
    id: row.id,
    planId: row.plan_id,
    period: row.period,
    heldOn: row.held_on,
    attendees: JSON.parse(row.attendees) as string[],
    conclusions: row.conclusions,
    recordedBy: row.recorded_by_name,
    recordedAt: row.recorded_at,
    snapshot: visible === null ? snapshot : snapshot.filter((r) => visible.has(r.taskId)),
    followUpTaskIds: visible === null ? followUps : followUps.filter((id) => visible.has(id)),
  };
}

/**
 * The ids of the plan's tasks the caller may see, or null when they see every task of the plan: a
 * department or a commune reads, in a review, only the rows of its own tasks, as everywhere else.
 */
async function visibleTaskIds(db: Queryable, caller: Principal, planId: string): Promise<Set<string> | null> {
  const all = new Conditions();
  all.and(`t.plan_id = ${all.param(planId)}`);
  const visible = restrictTasksToCaller(new Conditions(), caller, 't', 'p');
  visible.and(`t.plan_id = ${visible.param(planId)}`);
  const [count] = await db.query<{ n: number }>(
    `select count(*)::int as n from tasks t ${all.where}`,
    all.params,
  );
  const rows = await db.query<{ id: string }>(
    `select t.id from tasks t join plans p on p.id = t.plan_id ${visible.where}`,
    visible.params,
  );
  return rows.length === (count?.n ?? 0) ? null : new Set(rows.map((r) => r.id));
}

/** The plan's reviews in the order they were held. */
export async function listReviews(db: Queryable, caller: Principal, planId: string): Promise<TaskReview[]> {
  const rows = await db.query<ReviewRow>(
    `select ${COLUMNS} from task_reviews r where r.plan_id = $1 order by r.held_on, r.recorded_at, r.id`,
    [planId],
  );
  if (rows.length === 0) return [];
  const visible = await visibleTaskIds(db, caller, planId);
  return rows.map((row) => toReview(row, visible));
}

/** One review with the id of its plan (the caller's access to the plan is checked by the route). */
export async function findReview(
  db: Queryable,
  caller: Principal,
  reviewId: string,
): Promise<TaskReview | null> {
  const [row] = await db.query<ReviewRow>(`select ${COLUMNS} from task_reviews r where r.id = $1`, [
    reviewId,
  ]);
  if (row === undefined) return null;
  return toReview(row, await visibleTaskIds(db, caller, row.plan_id));
}

export interface NewReviewRow {
  planId: string;
  period: string;
  heldOn: string;
  attendees: readonly string[];
  conclusions: string;
  snapshot: readonly ReviewSnapshotRow[];
  followUpTaskIds: readonly string[];
  recordedBy: Principal;
}

export async function insertReview(tx: Queryable, review: NewReviewRow): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into task_reviews (plan_id, period, held_on, attendees, conclusions, snapshot, follow_up_task_ids,
                               recorded_by, recorded_by_name)
     values ($1, $2, $3::date, array(select jsonb_array_elements_text($4::jsonb)), $5, $6::jsonb,
             array(select jsonb_array_elements_text($7::jsonb)::uuid), $8, $9)
     returning id`,
    [
      review.planId,
      review.period,
      review.heldOn,
      JSON.stringify(review.attendees),
      review.conclusions,
      JSON.stringify(review.snapshot),
      JSON.stringify(review.followUpTaskIds),
      review.recordedBy.username,
      review.recordedBy.name,
    ],
  );
  if (row === undefined) throw new Error('insert into task_reviews returned no id');
  return row.id;
}

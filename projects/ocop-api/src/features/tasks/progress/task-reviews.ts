import { formatQuarter, parseNewReview, type Principal, type TaskReview } from '@ocop/domain';
import type { Db } from '../../../db/db';
import { ApiHttpError, validationFailed } from '../../../http/api-http-error';
import { appendAudit } from '../../audit/audit.repository';
import { tasksReadScope, UNRESTRICTED } from '../../auth/scope';
import { todayInVietnam } from '../../units/commune-check';
import { lockPlan, requirePlanDetail } from '../plan-write';
import { findPlan, planNotFound } from '../plans.repository';
import { managesPlan } from '../task-scope';
import { createFollowUpTasks } from './follow-up-tasks';
import { snapshotOfPlan } from './review-snapshot';
import { findReview, insertReview, listReviews } from './reviews.repository';

export const REVIEW_NOT_FOUND_MESSAGE =
  'Không tìm thấy cuộc họp sơ kết, hoặc kế hoạch không thuộc đơn vị của bạn.';

function reviewNotFound(): ApiHttpError {
  return new ApiHttpError(404, 'REVIEW_NOT_FOUND', REVIEW_NOT_FOUND_MESSAGE);
}

/** 'sơ kết Quý II/2020, họp ngày 10/07/2020', 'tổng kết năm 2020, họp ngày 25/12/2020'. */
function reviewLabel(period: string, heldOn: string): string {
  const what = period.includes('-Q') ? `sơ kết ${formatQuarter(period)}` : `tổng kết năm ${period}`;
  return `${what}, họp ngày ${heldOn.split('-').reverse().join('/')}`;
}

function onlyStandingUnitReviews(): ApiHttpError {
  return new ApiHttpError(
    403,
    'FORBIDDEN',
    'Chỉ đơn vị thường trực của huyện (Phòng Nông nghiệp và Phát triển nông thôn) được ghi kết quả họp sơ kết.',
  );
}

/** GET /api/tasks/plans/:planId/reviews: 404 PLAN_NOT_FOUND outside the caller's units. */
export async function reviewsOfPlan(db: Db, caller: Principal, planId: string): Promise<TaskReview[]> {
  await requirePlanDetail(db, caller, planId);
  return listReviews(db, caller, planId);
}

/** GET /api/tasks/reviews/:reviewId: the review of a plan the caller may see. */
export async function reviewOf(db: Db, caller: Principal, reviewId: string): Promise<TaskReview> {
  const review = await findReview(db, caller, reviewId);
  if (review === null || (await findPlan(db, review.planId, tasksReadScope(caller))) === null) {
    throw reviewNotFound();
  }
  return review;
}

/**
 * POST /api/tasks/plans/:planId/reviews: the standing unit records a review meeting. In one transaction,
 * under the plan's row lock: the snapshot of every actionable task as it stands now (before the meeting's
 * follow-ups exist), the follow-up tasks (with review_id), the review row, and the audit entry. The review
 * row is never changed afterwards (the table refuses it), so later changes of the tasks do not touch it.
 */
export async function recordReview(
  db: Db,
  caller: Principal,
  planId: string,
  fields: Record<string, unknown>,
  today = todayInVietnam(),
): Promise<TaskReview> {
  const reviewId = await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, caller, planId);
    if (!managesPlan(caller, plan.unitCode)) throw onlyStandingUnitReviews();
    const parsed = parseNewReview(fields, plan.year);
    if (!parsed.ok) throw validationFailed(parsed.errors);
    const review = parsed.value;

    const detail = await findPlan(tx, planId, UNRESTRICTED);
    if (detail === null) throw planNotFound();

    const snapshot = await snapshotOfPlan(tx, planId, caller, today);
    const followUpTaskIds = await createFollowUpTasks(tx, caller, detail, review.followUps, {
      today,
      comment: `Nhiệm vụ tiếp theo của cuộc họp ${reviewLabel(review.period, review.heldOn)}`,
    });
    const id = await insertReview(tx, {
      planId,
      period: review.period,
      heldOn: review.heldOn,
      attendees: review.attendees,
      conclusions: review.conclusions,
      snapshot,
      followUpTaskIds,
      recordedBy: caller,
    });
    // The review row must exist before tasks may point at it, and it cannot be changed once written: the
    // follow-ups are created first and linked here. Occurrences of a recurring follow-up are linked too.
    if (followUpTaskIds.length > 0) {
      await tx.query(
        `update tasks set review_id = $1
         where id in (select jsonb_array_elements_text($2::jsonb)::uuid)
            or series_id in (select jsonb_array_elements_text($2::jsonb)::uuid)`,
        [id, JSON.stringify(followUpTaskIds)],
      );
    }
    await appendAudit(tx, {
      actor: caller,
      entityType: 'plan',
      entityId: planId,
      action: 'review.recorded',
      from: null,
      to: {
        reviewId: id,
        period: review.period,
        heldOn: review.heldOn,
        tasks: snapshot.length,
        followUpTaskIds,
      },
      comment: review.conclusions,
    });
    return id;
  });
  const recorded = await findReview(db, caller, reviewId);
  if (recorded === null) throw new Error(`review ${reviewId} vanished after commit`);
  return recorded;
}

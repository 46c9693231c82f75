import type { Principal, ReviewSnapshotRow, TaskStatus } from '@ocop/domain';
import type { Queryable } from '../../../db/db';
import { visibleActionableTasks } from '../tasks.repository';

/**
 * Every actionable task of the plan (one-offs and occurrences, not series rows) as the plan page shows it
 * now: status, the newest reported and accepted percentages, the deadline flag of `today`, in document
 * order. `standing` manages the plan, so it sees every task of it. A review stores this and never
 * recomputes it.
 */
export async function snapshotOfPlan(
  tx: Queryable,
  planId: string,
  standing: Principal,
  today: string,
): Promise<ReviewSnapshotRow[]> {
  const tasks = await visibleActionableTasks(tx, planId, standing, today);
  return tasks.map((task) => ({
    taskId: task.id,
    title: task.title,
    sectionCode: task.sectionCode,
    leadName: task.lead.name,
    period: task.period,
    due: task.due,
    // Actionable tasks always have a status (only series rows have none, and they are left out).
    status: task.status as TaskStatus,
    reportedPercent: task.reportedPercent,
    acceptedPercent: task.acceptedPercent,
    deadlineFlag: task.deadlineFlag,
  }));
}

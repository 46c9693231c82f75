import { TaskSummary, TaskUnit } from '@ocop/domain';

/** Test-only: task summaries and units as the tasks API answers them, for the page specs. */

export const PLAN_ID = '0b1a0000-0000-4000-8000-000000002020';

export const TTYT: TaskUnit = { kind: 'department', code: 'TTYT', name: 'Trung tâm Y tế', communeCode: null };
export const NNPTNT: TaskUnit = {
  kind: 'department',
  code: 'NNPTNT',
  name: 'Phòng Nông nghiệp và Phát triển nông thôn',
  communeCode: null,
};
export const HUU_LE: TaskUnit = { kind: 'commune', code: '06322', name: 'Xã Hữu Lễ', communeCode: null };

/** A task id from a number: '7a5c0000-0000-4000-8000-000000000007'. */
export function taskId(n: number): string {
  return `7a5c0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function task(n: number, title: string, change: Partial<TaskSummary> = {}): TaskSummary {
  return {
    id: taskId(n),
    planId: PLAN_ID,
    sectionCode: 'III.5',
    title,
    lead: TTYT,
    cooperating: [],
    dueDate: null,
    dueQuarter: '2020-Q3',
    due: '2020-09-30',
    deadlineFlag: null,
    recurrence: 'once',
    seriesId: null,
    period: null,
    status: 'assigned',
    priority: 'normal',
    targetId: null,
    product: null,
    dossier: null,
    reportedPercent: null,
    acceptedPercent: null,
    pendingReview: false,
    reviewId: null,
    version: 1,
    ...change,
  };
}

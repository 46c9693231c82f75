import type { NewPlan, NewTask, ProgressReview, TaskStatus } from '@ocop/domain';
import type { Queryable } from '../../../db/db';
import type { TestApp } from '../../../testing/test-app';

/**
 * Test data for the tasks specs: request bodies for the API (the usual way to build a plan and its tasks),
 * and direct inserts for states the API reaches only through the progress workflow (reports, statuses).
 * Plans are made for years far from the demo plan's (2020), one year per spec file, so specs never meet it.
 */

/** Demo producers (seed/van-quan-2020.ts): a household in Hữu Lễ (06322), a cooperative in the town (06253). */
export const HUU_LE_PRODUCER = '0c0b2020-0000-4000-8000-000000000101';
export const TOWN_PRODUCER = '0c0b2020-0000-4000-8000-000000000102';
export const HUU_LE_PRODUCT = '0c0b2020-0000-4000-8000-000000000201';

/** A plan of Văn Quan for `year` with two sections and two targets; `overrides` replace fields. */
export function newPlanBody(year: number, overrides: Partial<NewPlan> = {}): NewPlan {
  return {
    unitCode: '184',
    year,
    number: null,
    title: `Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm ${year}`,
    issuedOn: null,
    legalBases: ['Quyết định số 490/QĐ-TTg ngày 07/5/2018 của Thủ tướng Chính phủ'],
    purposes: ['Phát triển sản phẩm OCOP, nâng cao thu nhập cho người dân'],
    requirements: ['Các cơ quan, đơn vị triển khai đúng tiến độ'],
    fundingSources: ['Ngân sách huyện', 'Vốn của chủ thể'],
    sections: [
      { code: 'II.1', title: 'Mục tiêu năm' },
      { code: 'III.3', title: 'Phòng Nông nghiệp và PTNT' },
      { code: 'III.7', title: 'Trung tâm Y tế huyện' },
      { code: 'III.10', title: 'UBND các xã, thị trấn' },
    ],
    targets: [
      {
        code: 'MT1',
        title: 'Hoàn thiện hồ sơ sản phẩm Rượu men lá Hữu Lễ',
        indicator: '01 hồ sơ được hoàn thiện',
        quantity: 1,
        measure: 'hồ sơ',
        dueQuarter: `${year}-Q1`,
        productId: HUU_LE_PRODUCT,
        dossierId: null,
      },
      {
        code: 'MT2',
        title: 'Đánh giá 01 sản phẩm mới',
        indicator: '01 sản phẩm được đánh giá, phân hạng',
        quantity: 1,
        measure: 'sản phẩm',
        dueQuarter: `${year}-Q4`,
        productId: null,
        dossierId: null,
      },
    ],
    signer: null,
    ...overrides,
  };
}

/** A one-off task of section III.7 led by the health centre; `overrides` replace fields. */
export function newTaskBody(overrides: Partial<NewTask> = {}): NewTask {
  return {
    sectionCode: 'III.7',
    title: 'Hướng dẫn chủ thể về an toàn thực phẩm',
    description: 'Kiểm tra điều kiện an toàn thực phẩm của các cơ sở sản xuất',
    lead: { kind: 'department', code: 'TTYT' },
    cooperating: [],
    dueDate: null,
    dueQuarter: null,
    recurrence: 'once',
    priority: 'normal',
    targetId: null,
    productId: null,
    dossierId: null,
    ...overrides,
  };
}

/** Creates a plan through the API as Văn Quan's standing unit; its id and target ids (MT1, MT2). */
export async function createPlanViaApi(
  t: TestApp,
  year: number,
  overrides: Partial<NewPlan> = {},
): Promise<{ id: string; targetIds: string[]; version: number }> {
  const res = await t.inject('vq.nongnghiep', {
    method: 'POST',
    url: '/api/tasks/plans',
    payload: newPlanBody(year, overrides),
  });
  if (res.statusCode !== 201) throw new Error(`fixture plan not created: ${res.body}`);
  const plan = res.json<{ id: string; version: number; targets: { id: string }[] }>();
  return { id: plan.id, targetIds: plan.targets.map((target) => target.id), version: plan.version };
}

/** Creates a task of `planId` through the API as Văn Quan's standing unit; its id. */
export async function createTaskViaApi(
  t: TestApp,
  planId: string,
  overrides: Partial<NewTask> = {},
): Promise<string> {
  const res = await t.inject('vq.nongnghiep', {
    method: 'POST',
    url: `/api/tasks/plans/${planId}/tasks`,
    payload: newTaskBody(overrides),
  });
  if (res.statusCode !== 201) throw new Error(`fixture task not created: ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** Puts a task in `status` directly (the progress workflow is the progress helper's, tested there). */
export async function setTaskStatus(db: Queryable, taskId: string, status: TaskStatus): Promise<void> {
  await db.query('update tasks set status = $2, version = version + 1 where id = $1', [taskId, status]);
}

export interface ReportFixture {
  percent: number;
  review?: ProgressReview;
  /** ISO instant; reports are ordered by it. */
  reportedAt?: string;
  returnReason?: string | null;
  text?: string;
}

/** Writes a progress report row directly; its id. */
export async function insertReport(db: Queryable, taskId: string, report: ReportFixture): Promise<string> {
  const review = report.review ?? 'pending';
  const [row] = await db.query<{ id: string }>(
    `insert into task_reports (task_id, percent, text, reported_by, reported_by_name, reported_by_unit,
                               reported_at, review, reviewed_by, reviewed_at, return_reason)
     values ($1, $2, $3, 'vq.yte', 'Nông Thị Yến', 'Trung tâm Y tế', coalesce($4::timestamptz, now()), $5,
             $6, $7::timestamptz, $8)
     returning id`,
    [
      taskId,
      report.percent,
      report.text ?? `Đã thực hiện ${report.percent}%`,
      report.reportedAt ?? null,
      review,
      review === 'pending' ? null : 'Hoàng Văn Nam',
      review === 'pending' ? null : (report.reportedAt ?? new Date().toISOString()),
      report.returnReason ?? null,
    ],
  );
  if (row === undefined) throw new Error('fixture report not inserted');
  return row.id;
}

/** Adds one evidence row (no stored file: readers only list it) to a report; its id. */
export async function insertReportAttachment(
  db: Queryable,
  reportId: string,
  fileName: string,
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into task_report_attachments (report_id, file_name, kind, size, sha256, storage_key, uploaded_by)
     values ($1, $2, 'pdf', 1234, $3, $4, 'vq.yte') returning id`,
    [reportId, fileName, 'a'.repeat(64), `fixture/${reportId}/${fileName}`],
  );
  if (row === undefined) throw new Error('fixture attachment not inserted');
  return row.id;
}

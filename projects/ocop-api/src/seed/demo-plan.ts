import { readFile } from 'node:fs/promises';
import { taskUnitKey } from '@ocop/domain';
import type { Queryable } from '../db/db';
import { insertPlanTarget } from '../features/tasks/plan-target-write';
import { STANDING, type DemoPlanActor } from './demo-plan-actors';
import { historyRowId, vietnamInstant, type DemoAuditEntry } from './demo-plan-history';
import {
  DEMO_PLAN_ID,
  DEMO_PLAN_ISSUED_ON,
  DEMO_PLAN_NUMBER,
  DEMO_PLAN_TARGETS,
  DEMO_PLAN_UNIT,
  DEMO_PLAN_YEAR,
  demoPlanSections,
  demoPlanTasks,
  PLAN_ENTERED_AT,
  type DemoTask,
} from './demo-plan-tasks';
import { parsePlanDocument, type PlanDocument } from './plan-document';

/**
 * The seed document's plan, Văn Quan 2020, as it stood on 15/07/2020: the plan, its targets, a task per duty
 * of section III (per commune and per producer where the section speaks to them all), the recurring reviews
 * and reports of Phòng NN&PTNT, and the reports, reviews and comments of the first half of the year with
 * their audit entries. Needs the catalogue and the demo dossiers (the targets link to them).
 */

export const DEMO_PLAN_DATA_SET = 'van-quan-2020-plan';
export { DEMO_PLAN_ID, HERBAL_DUTY_TASK_ID, MT1_TARGET_ID, MT2_TARGET_ID } from './demo-plan-tasks';

export const PLAN_DOCUMENT_URL = new URL('./documents/ke-hoach-ocop-van-quan-2020.md', import.meta.url);

// Paragraphs contain commas, and an array parameter is typed differently by the two drivers: JSON it is.
const TEXTS = (param: string) =>
  `array(select e.v from jsonb_array_elements_text(${param}::jsonb) with ordinality as e(v, n) order by e.n)`;

export async function readDemoPlanDocument(): Promise<PlanDocument> {
  return parsePlanDocument(await readFile(PLAN_DOCUMENT_URL, 'utf8'));
}

/**
 * Writes the plan; the caller holds the demo-data transaction. Writes nothing when Văn Quan already has a
 * 2020 plan (one entered by hand before the demo set existed is kept as it is).
 */
export async function loadDemoPlan(tx: Queryable): Promise<boolean> {
  const document = await readDemoPlanDocument();
  const entered = vietnamInstant(PLAN_ENTERED_AT);
  const inserted = await tx.query<{ id: string }>(
    `insert into plans (id, unit_code, year, number, title, issued_on, legal_bases, purposes, requirements,
                        funding_sources, sections, signer, created_by, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6::date, ${TEXTS('$7')}, ${TEXTS('$8')}, ${TEXTS('$9')}, ${TEXTS('$10')},
             $11::jsonb, $12, $13, $14::timestamptz, $14::timestamptz)
     on conflict do nothing
     returning id`,
    [
      DEMO_PLAN_ID,
      DEMO_PLAN_UNIT,
      DEMO_PLAN_YEAR,
      DEMO_PLAN_NUMBER,
      document.title,
      DEMO_PLAN_ISSUED_ON,
      ...[document.legalBases, document.purposes, document.requirements, document.fundingSources].map(
        (texts) => JSON.stringify(texts),
      ),
      JSON.stringify(demoPlanSections(document)),
      document.signer,
      STANDING.username,
      entered,
    ],
  );
  if (inserted.length === 0) return false;
  await insertAudit(tx, 'plan', DEMO_PLAN_ID, {
    at: entered,
    by: STANDING,
    action: 'plan.created',
    from: null,
    to: { unitCode: DEMO_PLAN_UNIT, year: DEMO_PLAN_YEAR, number: DEMO_PLAN_NUMBER, title: document.title },
    comment: null,
  });

  for (const [index, target] of DEMO_PLAN_TARGETS.entries()) {
    await insertPlanTarget(tx, DEMO_PLAN_ID, target, index + 1, target.id);
  }

  for (const task of demoPlanTasks(document)) await insertTask(tx, task, entered);
  return true;
}

async function insertTask(tx: Queryable, task: DemoTask, entered: string): Promise<void> {
  const history = task.history;
  await tx.query(
    `insert into tasks (id, plan_id, section_code, title, description, lead_unit, cooperating_units, due_date,
                        due_quarter, recurrence, series_id, period, status, priority, target_id, product_id,
                        dossier_id, return_reason, search_text, position, version, created_by, created_at,
                        updated_at)
     values ($1, $2, $3, $4, $5, $6, string_to_array($7, ','), $8::date, $9, $10, $11, $12, $13, $14, $15,
             $16, $17, $18, $19, $20, $21, $22, $23::timestamptz, $24::timestamptz)`,
    [
      task.id,
      DEMO_PLAN_ID,
      task.sectionCode,
      task.title,
      task.description,
      taskUnitKey(task.lead),
      // Unit keys contain no comma; an array parameter is typed differently by the two drivers.
      task.cooperating.map(taskUnitKey).join(','),
      task.dueDate,
      task.dueQuarter,
      task.recurrence,
      task.seriesId,
      task.period,
      history?.status ?? null,
      task.priority,
      task.targetId,
      task.productId,
      task.dossierId,
      history?.returnReason ?? null,
      task.searchText,
      task.position,
      history?.version ?? 1,
      STANDING.username,
      entered,
      history?.updatedAt ?? entered,
    ],
  );
  await insertAudit(tx, 'task', task.id, {
    at: entered,
    by: STANDING,
    action: 'task.created',
    from: null,
    // The fields the tasks API writes on a creation (features/tasks/task-insert.ts).
    to: {
      title: task.title,
      sectionCode: task.sectionCode,
      lead: taskUnitKey(task.lead),
      cooperating: task.cooperating.map(taskUnitKey),
      dueDate: task.dueDate,
      dueQuarter: task.dueQuarter,
      recurrence: task.recurrence,
      seriesId: task.seriesId,
      period: task.period,
      status: history === null ? null : 'assigned',
      priority: task.priority,
      targetId: task.targetId,
      productId: task.productId,
      dossierId: task.dossierId,
    },
    comment: null,
  });
  if (history === null) return;

  for (const report of history.reports) {
    await tx.query(
      `insert into task_reports (id, task_id, percent, text, reported_by, reported_by_name, reported_by_unit,
                                 reported_at, review, reviewed_by, reviewed_at, return_reason)
       values ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9, $10, $11::timestamptz, $12)`,
      [
        historyRowId(task.id, '06', report.number),
        task.id,
        report.percent,
        report.text,
        report.by.username,
        report.by.name,
        report.by.unitName,
        report.at,
        report.review,
        report.reviewedAt === null ? null : STANDING.name,
        report.reviewedAt,
        report.returnReason,
      ],
    );
  }
  for (const comment of history.comments) {
    await tx.query(
      `insert into task_comments (id, task_id, text, author, author_name, author_unit, created_at)
       values ($1, $2, $3, $4, $5, $6, $7::timestamptz)`,
      [
        historyRowId(task.id, '07', comment.number),
        task.id,
        comment.text,
        comment.by.username,
        comment.by.name,
        comment.by.unitName,
        comment.at,
      ],
    );
  }
  for (const entry of history.audit) await insertAudit(tx, 'task', task.id, entry);
}

async function insertAudit(
  tx: Queryable,
  entityType: 'plan' | 'task',
  entityId: string,
  entry: DemoAuditEntry,
): Promise<void> {
  const actor: DemoPlanActor = entry.by;
  await tx.query(
    `insert into audit_log (at, actor_username, actor_name, actor_roles, actor_district_code,
                            actor_commune_code, actor_department_code, entity_type, entity_id, action,
                            from_value, to_value, comment)
     values ($1::timestamptz, $2, $3, string_to_array($4, ','), $5, $6, $7, $8, $9, $10, $11::jsonb,
             $12::jsonb, $13)`,
    [
      entry.at,
      actor.username,
      actor.name,
      actor.roles.join(','),
      actor.districtCode,
      actor.communeCode,
      actor.departmentCode,
      entityType,
      entityId,
      entry.action,
      entry.from === null ? null : JSON.stringify(entry.from),
      entry.to === null ? null : JSON.stringify(entry.to),
      entry.comment,
    ],
  );
}

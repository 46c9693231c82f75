import {
  STAR_CLASSES,
  reportPeriodRange,
  rollupOf,
  taskDeadlineFlag,
  taskDue,
  type DashboardCount,
  type DashboardTaskUnit,
  type PeriodicReportFigures,
  type ReportEvaluationRow,
  type ReportPeriod,
  type ReportTargetRow,
  type RollupTask,
  type Stars,
  type TaskStatus,
} from '@ocop/domain';
import { Conditions } from '../../../db/conditions';
import type { Queryable } from '../../../db/db';
import type { UnitScope } from '../../auth/scope';
import { restrictToScope } from '../../auth/scope';
import { funnel } from '../../dashboard/dashboard.repository';
import { compareUnits } from '../../tasks/task-views';
import { taskUnitsOf, unitOf } from '../../tasks/task-units.repository';
import { unitNamesDay } from '../../tasks/tasks.repository';
import { unitNameOn } from '../report-units';

/**
 * The figures of a periodic report (issue #8, part A), all from the database as it is now, counted from 01/01
 * of the year to the period's last day. Rules are those of @ocop/domain (rollupOf, taskDue, taskDeadlineFlag);
 * dossier counts are the dashboard's funnel.
 */

/** The first instant after the period's last day, Vietnam time (UTC+7, no daylight saving). */
function instantAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return `${next.toISOString().slice(0, 10)}T00:00:00+07:00`;
}

interface PlanRow {
  id: string;
  number: string | null;
  title: string;
  issued_on: string | null;
}

interface TargetRow {
  id: string;
  code: string;
  title: string;
  indicator: string;
  quantity: string | number;
  measure: string;
  due_quarter: string | null;
}

interface TaskRow {
  id: string;
  lead_unit: string;
  target_id: string | null;
  due_date: string | null;
  due_quarter: string | null;
  status: TaskStatus;
  accepted_percent: number | null;
}

async function planOf(db: Queryable, unitCode: string, year: number): Promise<PlanRow | null> {
  // One plan per unit and year (0007_tasks.sql); the order only matters should that rule ever be relaxed.
  const [plan] = await db.query<PlanRow>(
    `select id, number, title, to_char(issued_on, 'YYYY-MM-DD') as issued_on from plans
     where unit_code = $1 and year = $2 order by issued_on desc nulls last, version desc limit 1`,
    [unitCode, year],
  );
  return plan ?? null;
}

/**
 * The plan's actionable tasks (once tasks and occurrences) as they stood when the period ended: the status is
 * the one the task's audit trail shows at that instant (its last status change before it, else the status its
 * first later change left; a task with no recorded change keeps its current status), and the accepted percentage
 * is that of the newest report accepted before it. A report accepted after the period's end is thus ignored.
 */
async function tasksAtEnd(db: Queryable, planId: string, end: string): Promise<TaskRow[]> {
  return db.query<TaskRow>(
    `select t.id, t.lead_unit, t.target_id, to_char(t.due_date, 'YYYY-MM-DD') as due_date, t.due_quarter,
            coalesce(
              (select a.to_value ->> 'status' from audit_log a
               where a.entity_type = 'task' and a.entity_id = t.id::text and a.to_value ->> 'status' is not null
                 and a.at < $2::timestamptz
               order by a.at desc, a.id desc limit 1),
              (select a.from_value ->> 'status' from audit_log a
               where a.entity_type = 'task' and a.entity_id = t.id::text and a.from_value ->> 'status' is not null
                 and a.at >= $2::timestamptz
               order by a.at, a.id limit 1),
              t.status) as status,
            (select r.percent from task_reports r
             where r.task_id = t.id and r.review = 'accepted' and coalesce(r.reviewed_at, r.reported_at) < $2::timestamptz
             order by r.reported_at desc, r.id desc limit 1) as accepted_percent
     from tasks t where t.plan_id = $1 and t.status is not null
     order by t.position, t.created_at, t.id`,
    [planId, end],
  );
}

function rollupTask(task: TaskRow): RollupTask {
  return {
    id: task.id,
    status: task.status,
    reportedPercent: null,
    acceptedPercent: task.accepted_percent,
  };
}

async function targetRows(
  db: Queryable,
  planId: string,
  tasks: readonly TaskRow[],
): Promise<ReportTargetRow[]> {
  const targets = await db.query<TargetRow>(
    `select id, code, title, indicator, quantity, measure, due_quarter from plan_targets
     where plan_id = $1 order by position, code`,
    [planId],
  );
  return targets.map((target) => {
    const rollup = rollupOf(tasks.filter((t) => t.target_id === target.id).map(rollupTask));
    return {
      code: target.code,
      title: target.title,
      indicator: target.indicator,
      quantity: Number(target.quantity),
      measure: target.measure,
      dueQuarter: target.due_quarter,
      tasksCounted: rollup.counted,
      tasksAccepted: rollup.accepted,
      acceptedPercent: rollup.acceptedMean,
    };
  });
}

/**
 * Tasks due by the period's last day, per lead unit: done = accepted, overdue = still waiting for the unit after
 * its due day, judged on the period's last day (or today while the period runs). A task without a due day is
 * only counted in the year-end report.
 */
async function taskUnitRows(
  db: Queryable,
  year: number,
  tasks: readonly TaskRow[],
  period: ReportPeriod,
  to: string,
  today: string,
): Promise<DashboardTaskUnit[]> {
  const asOf = today < to ? today : to;
  const counts = new Map<string, { total: number; done: number; overdue: number }>();
  for (const task of tasks) {
    const due = taskDue(task.due_date, task.due_quarter);
    if (due === null ? period.quarter !== null : due > to) continue;
    const count = counts.get(task.lead_unit) ?? { total: 0, done: 0, overdue: 0 };
    count.total += 1;
    if (task.status === 'accepted') count.done += 1;
    if (taskDeadlineFlag(task.status, due, asOf) === 'overdue') count.overdue += 1;
    counts.set(task.lead_unit, count);
  }
  const units = await taskUnitsOf(db, [...counts.keys()], unitNamesDay(year));
  return [...counts]
    .map(([key, count]) => ({ unit: unitOf(units, key), key, count }))
    .sort((a, b) => compareUnits(a.unit, b.unit))
    .map(({ unit, key, count }) => ({ key, label: unit.name, ...count }));
}

interface EvaluationSqlRow {
  product: string;
  producer: string;
  commune: string;
  score: string | number | null;
  stars: number | null;
  decision_number: string | null;
  certified_on: string | null;
  expires_on: string | null;
  certified_stars: number | null;
}

/**
 * Dossiers in scope scored in a council session closed and dated within from..to (its latest such session), or
 * certified within from..to; in the order they were decided.
 */
async function evaluationRows(
  db: Queryable,
  records: UnitScope,
  from: string,
  to: string,
): Promise<{ rows: ReportEvaluationRow[]; certifiedStars: number[] }> {
  const where = new Conditions();
  const fromDay = where.param(from);
  const toDay = where.param(to);
  restrictToScope(where, records, 'd.commune_code').and(
    '(sc.dossier_id is not null or ce.dossier_id is not null)',
  );
  const rows = await db.query<EvaluationSqlRow>(
    `with scored as (
       select distinct on (sd.dossier_id) sd.dossier_id, sd.mean, sd.stars, s.session_date
       from session_dossiers sd join council_sessions s on s.id = sd.session_id
       where s.status = 'closed' and s.session_date between ${fromDay}::date and ${toDay}::date
       order by sd.dossier_id, s.session_date desc, s.closed_at desc, s.id
     ), certified as (
       select c.dossier_id, c.decision_number, c.issued_on, c.expires_on, c.stars from certificates c
       where c.issued_on between ${fromDay}::date and ${toDay}::date
     )
     select pr.name as product, p.name as producer,
            coalesce(unit_name_at(d.commune_code, 'commune', d.created_at::date), d.commune_code) as commune,
            sc.mean as score, sc.stars, ce.decision_number,
            to_char(ce.issued_on, 'YYYY-MM-DD') as certified_on, to_char(ce.expires_on, 'YYYY-MM-DD') as expires_on,
            ce.stars as certified_stars
     from dossiers d
     join products pr on pr.id = d.product_id
     join producers p on p.id = pr.producer_id
     left join scored sc on sc.dossier_id = d.id
     left join certified ce on ce.dossier_id = d.id
     ${where.where}
     order by coalesce(sc.session_date, ce.issued_on), pr.name, d.id`,
    where.params,
  );
  return {
    rows: rows.map((r) => ({
      product: r.product,
      producer: r.producer,
      commune: r.commune,
      score: r.score === null ? null : Number(r.score),
      // The province's decision wins over the council's proposal once recorded.
      stars: (r.certified_stars ?? r.stars) === null ? null : (Number(r.certified_stars ?? r.stars) as Stars),
      decisionNumber: r.decision_number,
      certifiedOn: r.certified_on,
      expiresOn: r.expires_on,
    })),
    certifiedStars: rows.flatMap((r) => (r.certified_stars === null ? [] : [Number(r.certified_stars)])),
  };
}

function byStars(stars: readonly number[]): DashboardCount[] {
  return STAR_CLASSES.filter((c) => c.key !== 'none').map((c) => ({
    ...c,
    count: stars.filter((s) => String(s) === c.key).length,
  }));
}

/** The live figures of `unit`'s report for `period`; `records` is where its dossiers are counted. */
export async function periodicFigures(
  db: Queryable,
  unit: { code: string; level: 'province' | 'district' },
  records: UnitScope,
  period: ReportPeriod,
  today: string,
): Promise<PeriodicReportFigures> {
  const { from, to } = reportPeriodRange(period);
  const plan = await planOf(db, unit.code, period.year);
  const tasks = plan === null ? [] : await tasksAtEnd(db, plan.id, instantAfter(to));
  const evaluations = await evaluationRows(db, records, from, to);
  return {
    unit: { ...unit, name: await unitNameOn(db, unit.code, unit.level, to) },
    period,
    from,
    to,
    plan:
      plan === null
        ? null
        : { id: plan.id, number: plan.number, title: plan.title, issuedOn: plan.issued_on },
    targets: plan === null ? [] : await targetRows(db, plan.id, tasks),
    tasksByUnit: await taskUnitRows(db, period.year, tasks, period, to, today),
    dossiersByStage: await funnel(
      db,
      {
        year: period.year,
        quarter: null,
        districtCode: unit.level === 'district' ? unit.code : null,
        criteriaSet: null,
      },
      {
        level: unit.level,
        unitName: '',
        districtCode: unit.level === 'district' ? unit.code : null,
        records,
      },
    ),
    evaluations: evaluations.rows,
    certifiedByStars: byStars(evaluations.certifiedStars),
  };
}

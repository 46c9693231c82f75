import {
  DEPARTMENTS,
  rollupOf,
  taskRelations,
  taskUnitKey,
  waitsForReport,
  type MyTasks,
  type Principal,
  type RollupRow,
  type RollupTask,
  type TaskSummary,
  type TaskUnit,
  type UnitDeadlineCount,
} from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Queryable } from '../../db/db';
import { restrictDistrictRecordsToScope, tasksReadScope } from '../auth/scope';
import { todayInVietnam } from '../units/commune-check';
import { requirePlanDetail } from './plan-write';
import { managesPlan } from './task-scope';
import { taskUnitsOf } from './task-units.repository';
import { unitNamesDay, visibleActionableTasks } from './tasks.repository';

/**
 * The plan's aggregate views: roll-ups, deadline counts per unit and "my unit's tasks". All of them are
 * computed over the tasks the caller may see, with the domain's rules (rollupOf, taskDeadlineFlag,
 * waitsForReport, taskRelations), never a formula of the API's own.
 */

const KIND_ORDER: Record<TaskUnit['kind'], number> = { department: 0, commune: 1, producer: 2 };
const DEPARTMENT_ORDER = new Map<string, number>(DEPARTMENTS.map((d, i) => [d.code, i]));

/** Departments in the plan's order, then communes, then producers, each by name. */
export function compareUnits(a: TaskUnit, b: TaskUnit): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (DEPARTMENT_ORDER.get(a.code) ?? 99) - (DEPARTMENT_ORDER.get(b.code) ?? 99) ||
    a.name.localeCompare(b.name, 'vi') ||
    a.code.localeCompare(b.code)
  );
}

/** The tasks grouped by lead unit, units in `compareUnits` order. */
function byLeadUnit(tasks: readonly TaskSummary[]): { unit: TaskUnit; tasks: TaskSummary[] }[] {
  const groups = new Map<string, { unit: TaskUnit; tasks: TaskSummary[] }>();
  for (const task of tasks) {
    const key = taskUnitKey(task.lead);
    const group = groups.get(key) ?? { unit: task.lead, tasks: [] };
    group.tasks.push(task);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => compareUnits(a.unit, b.unit));
}

function rollupTask(task: TaskSummary): RollupTask {
  if (task.status === null) throw new Error(`series ${task.id} among actionable tasks`);
  return {
    id: task.id,
    status: task.status,
    reportedPercent: task.reportedPercent,
    acceptedPercent: task.acceptedPercent,
  };
}

/** GET /api/tasks/plans/:id/rollups: the plan, then each target in the plan's order, then each lead unit. */
export async function planRollups(
  db: Queryable,
  caller: Principal,
  planId: string,
  today = todayInVietnam(),
): Promise<RollupRow[]> {
  const plan = await requirePlanDetail(db, caller, planId);
  const tasks = await visibleActionableTasks(db, planId, caller, today);
  return [
    { kind: 'plan', key: plan.id, label: plan.title, ...rollupOf(tasks.map(rollupTask)) },
    ...plan.targets.map((target): RollupRow => ({
      kind: 'target',
      key: target.id,
      label: `${target.code}. ${target.title}`,
      ...rollupOf(tasks.filter((t) => t.targetId === target.id).map(rollupTask)),
    })),
    ...byLeadUnit(tasks).map(({ unit, tasks: own }): RollupRow => ({
      kind: 'unit',
      key: taskUnitKey(unit),
      label: unit.name,
      ...rollupOf(own.map(rollupTask)),
    })),
  ];
}

/** GET /api/tasks/plans/:id/deadline-counts: per lead unit, the tasks by deadline flag and status. */
export async function deadlineCounts(
  db: Queryable,
  caller: Principal,
  planId: string,
  today = todayInVietnam(),
): Promise<UnitDeadlineCount[]> {
  await requirePlanDetail(db, caller, planId);
  const tasks = await visibleActionableTasks(db, planId, caller, today);
  return byLeadUnit(tasks).map(({ unit, tasks: own }) => ({
    unit,
    total: own.length,
    overdue: own.filter((t) => t.deadlineFlag === 'overdue').length,
    dueSoon: own.filter((t) => t.deadlineFlag === 'due-soon').length,
    waitingForReview: own.filter((t) => t.pendingReview).length,
    accepted: own.filter((t) => t.status === 'accepted').length,
    cancelled: own.filter((t) => t.status === 'cancelled').length,
  }));
}

/** The plan "my tasks" shows by default: the caller's own district's newest, else the newest they may see. */
async function defaultPlan(db: Queryable, caller: Principal): Promise<string | null> {
  const where = restrictDistrictRecordsToScope(new Conditions(), tasksReadScope(caller), 'p.unit_code');
  const own = where.param(caller.districtCode);
  const [row] = await db.query<{ id: string }>(
    `select p.id from plans p ${where.where}
     order by (p.unit_code = ${own}) desc nulls last, p.year desc, p.unit_code, p.id limit 1`,
    where.params,
  );
  return row?.id ?? null;
}

/** Earliest due first, undated last; otherwise the plan's order. */
function byDue(a: TaskSummary, b: TaskSummary): number {
  if (a.due === b.due) return 0;
  if (a.due === null) return 1;
  if (b.due === null) return -1;
  return a.due < b.due ? -1 : 1;
}

/** The units the caller answers for by their claims, before looking at any task. */
function ownUnitKeys(caller: Principal): string[] {
  const keys: string[] = [];
  const answersForDepartment = caller.roles.some(
    (r) => r === 'department-officer' || r === 'district-officer',
  );
  if (answersForDepartment && caller.departmentCode !== null)
    keys.push(`department:${caller.departmentCode}`);
  if (caller.roles.includes('commune-officer') && caller.communeCode !== null) {
    keys.push(`commune:${caller.communeCode}`);
  }
  return keys;
}

/**
 * GET /api/tasks/mine: the open work of the caller's unit in one plan (by default their district's newest):
 * the tasks they lead that are overdue, due soon or owe a report, and for the standing unit the reports
 * waiting for its review.
 */
export async function myTasks(
  db: Queryable,
  caller: Principal,
  planId: string | undefined,
  today = todayInVietnam(),
): Promise<MyTasks> {
  const id = planId ?? (await defaultPlan(db, caller));
  const empty: MyTasks = { units: [], overdue: [], dueSoon: [], waitingForReport: [], waitingForReview: [] };
  if (id === null) {
    const keys = ownUnitKeys(caller);
    const names = await taskUnitsOf(db, keys, today);
    return { ...empty, units: keys.flatMap((key) => names.get(key) ?? []) };
  }
  const plan = await requirePlanDetail(db, caller, id);
  const tasks = await visibleActionableTasks(db, plan.id, caller, today);
  const mine = tasks.filter((task) =>
    taskRelations(caller, {
      planUnitCode: plan.unit.code,
      lead: task.lead,
      cooperating: task.cooperating,
    }).includes('lead'),
  );
  const unitKeys = [...new Set([...ownUnitKeys(caller), ...mine.map((t) => taskUnitKey(t.lead))])];
  const names = await taskUnitsOf(db, unitKeys, unitNamesDay(plan.year));
  const sorted = [...mine].sort(byDue);
  const owing = sorted.filter((t) => waitsForReport(t.status, t.pendingReview));
  return {
    units: unitKeys.flatMap((key) => names.get(key) ?? []).sort(compareUnits),
    overdue: sorted.filter((t) => t.deadlineFlag === 'overdue'),
    dueSoon: sorted.filter((t) => t.deadlineFlag === 'due-soon'),
    waitingForReport: [
      ...owing.filter((t) => t.status === 'returned'),
      ...owing.filter((t) => t.status !== 'returned'),
    ],
    waitingForReview: managesPlan(caller, plan.unit.code)
      ? tasks.filter((t) => t.pendingReview).sort(byDue)
      : [],
  };
}

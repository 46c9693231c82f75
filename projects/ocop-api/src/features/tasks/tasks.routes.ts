import type { FastifyPluginAsync } from 'fastify';
import { MODULE_ROLES, type TaskQuery } from '@ocop/domain';
import type { Db } from '../../db/db';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../http/body';
import { errorResponses, PAGING_QUERY, ref } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { tasksReadScope } from '../auth/scope';
import { todayInVietnam } from '../units/commune-check';
import { copyPlan } from './copy-plan';
import { createTask } from './create-task';
import { createPlan, requirePlanDetail, updatePlan } from './plan-write';
import { listPlans, type PlanQuery } from './plans.repository';
import {
  DEADLINE_COUNTS_SCHEMA,
  MINE_QUERY,
  MY_TASKS_SCHEMA,
  NEW_PLAN_BODY,
  NEW_TASK_BODY,
  PLAN_CHANGE_BODY,
  PLAN_COPY_BODY,
  PLAN_DETAIL_SCHEMA,
  PLAN_ID_PARAMS,
  ROLLUP_ROWS_SCHEMA,
  TASK_CHANGE_BODY,
  TASK_DETAIL_SCHEMA,
  TASK_ID_PARAMS,
  TASK_LIST_QUERY,
  TASK_PAGE_SCHEMA,
  TASK_UNITS_SCHEMA,
} from './task-schemas';
import { planUnits } from './task-units.repository';
import { deadlineCounts, myTasks, planRollups } from './task-views';
import { requireTaskDetail } from './task-write';
import { listTasks } from './tasks.repository';
import { updateTask } from './update-task';

// Every role of the module reaches every route: what a caller may see is the visibility rule of
// task-scope.ts (404 outside it), what they may change is decided per plan (403 for readers).
const TASKS_ACCESS = { roles: MODULE_ROLES.tasks, module: 'tasks' } as const;
const STALE =
  'A stale `version` is refused with 409 STALE_VERSION (details: { currentVersion }) and changes nothing.';
const WRITERS =
  "Only the standing unit (the district officer of the plan's district) writes; others get 403.";

interface PlanParams {
  Params: { planId: string };
}
interface TaskParams {
  Params: { taskId: string };
}

export const taskRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Querystring: PlanQuery }>(
    '/tasks/plans',
    {
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary:
          "Plans (kế hoạch) of the caller's units: their district's (a commune officer: their commune's " +
          "district's); province-officer all",
        querystring: {
          type: 'object',
          properties: {
            year: { type: 'integer', minimum: 2018, maximum: 2100, description: 'Only plans of this year' },
            ...PAGING_QUERY,
          },
        },
        response: { 200: ref('PlanPage'), ...errorResponses(400, 500) },
      },
    },
    async (request) => listPlans(db, request.query, tasksReadScope(callerOf(request))),
  );

  app.post(
    '/tasks/plans',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary: "Issue a plan of the caller's district (one per unit and year)",
        description: `${WRITERS} 409 PLAN_EXISTS when the unit has a plan of that year.`,
        body: NEW_PLAN_BODY,
        response: { 201: PLAN_DETAIL_SCHEMA, ...errorResponses(400, 403, 409, 415, 500) },
      },
    },
    async (request, reply) => {
      const plan = await createPlan(db, callerOf(request), bodyFields(request.body));
      return reply.status(201).header('location', `/api/tasks/plans/${plan.id}`).send(plan);
    },
  );

  app.get<PlanParams>(
    '/tasks/plans/:planId',
    {
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary: 'A plan with its legal bases, purposes, requirements, sections, targets and funding',
        params: PLAN_ID_PARAMS,
        response: { 200: PLAN_DETAIL_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => requirePlanDetail(db, callerOf(request), request.params.planId),
  );

  app.put<PlanParams>(
    '/tasks/plans/:planId',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary: "Change the plan's header and targets, as the user saw them",
        description: `${WRITERS} ${STALE} Targets and sections that tasks use cannot be removed (400).`,
        params: PLAN_ID_PARAMS,
        body: PLAN_CHANGE_BODY,
        response: { 200: PLAN_DETAIL_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 500) },
      },
    },
    async (request) => updatePlan(db, callerOf(request), request.params.planId, bodyFields(request.body)),
  );

  app.post<PlanParams>(
    '/tasks/plans/:planId/copy',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary: "Start another year's plan as a copy of this one",
        description:
          `${WRITERS} The copy is a draft (no number, date or signer); targets' quarters and tasks' dates ` +
          'move on by the years between; dossier links are dropped; tasks start assigned, series create ' +
          'their occurrences; reports, comments and reviews are not copied. 409 PLAN_EXISTS when that ' +
          "year's plan exists.",
        params: PLAN_ID_PARAMS,
        body: PLAN_COPY_BODY,
        response: { 201: PLAN_DETAIL_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 500) },
      },
    },
    async (request, reply) => {
      const plan = await copyPlan(db, callerOf(request), request.params.planId, bodyFields(request.body));
      return reply.status(201).header('location', `/api/tasks/plans/${plan.id}`).send(plan);
    },
  );

  app.get<PlanParams & { Querystring: TaskQuery }>(
    '/tasks/plans/:planId/tasks',
    {
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary:
          "The plan's tasks the caller may see (one-off tasks and occurrences), in the document's order, " +
          'with filters and diacritic-free search',
        params: PLAN_ID_PARAMS,
        querystring: TASK_LIST_QUERY,
        response: { 200: TASK_PAGE_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const plan = await requirePlanDetail(db, caller, request.params.planId);
      return listTasks(db, plan.id, request.query, caller, todayInVietnam());
    },
  );

  app.post<PlanParams>(
    '/tasks/plans/:planId/tasks',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary: 'Give the plan a task (recurring: a series and its occurrences for the plan year)',
        description: WRITERS,
        params: PLAN_ID_PARAMS,
        body: NEW_TASK_BODY,
        response: { 201: TASK_DETAIL_SCHEMA, ...errorResponses(400, 403, 404, 415, 500) },
      },
    },
    async (request, reply) => {
      const task = await createTask(db, callerOf(request), request.params.planId, bodyFields(request.body));
      return reply.status(201).header('location', `/api/tasks/tasks/${task.id}`).send(task);
    },
  );

  app.get<PlanParams>(
    '/tasks/plans/:planId/units',
    {
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary:
          "The units the plan may give tasks to: departments, the unit's communes of the plan year, their " +
          'producers',
        params: PLAN_ID_PARAMS,
        response: { 200: TASK_UNITS_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => {
      const plan = await requirePlanDetail(db, callerOf(request), request.params.planId);
      return planUnits(db, plan.unit.code, plan.year);
    },
  );

  app.get<PlanParams>(
    '/tasks/plans/:planId/rollups',
    {
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary:
          'Roll-ups over the tasks the caller may see: the plan, each target, each lead unit (plain means ' +
          'of the percentages the units reported, cancelled tasks left out)',
        params: PLAN_ID_PARAMS,
        response: { 200: ROLLUP_ROWS_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => planRollups(db, callerOf(request), request.params.planId),
  );

  app.get<PlanParams>(
    '/tasks/plans/:planId/deadline-counts',
    {
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary: 'Per lead unit: overdue, due soon, waiting for review, accepted and cancelled tasks',
        params: PLAN_ID_PARAMS,
        response: { 200: DEADLINE_COUNTS_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => deadlineCounts(db, callerOf(request), request.params.planId),
  );

  app.get<{ Querystring: { planId?: string } }>(
    '/tasks/mine',
    {
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary:
          "My unit's tasks (Việc của đơn vị tôi): overdue, due soon, waiting for our report; for the " +
          'standing unit also the reports waiting for its review',
        querystring: MINE_QUERY,
        response: { 200: MY_TASKS_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => myTasks(db, callerOf(request), request.query.planId),
  );

  app.get<TaskParams>(
    '/tasks/tasks/:taskId',
    {
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary: 'A task with its reports and evidence, comments, occurrences (a series) and timeline',
        params: TASK_ID_PARAMS,
        response: { 200: TASK_DETAIL_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => requireTaskDetail(db, request.params.taskId, callerOf(request)),
  );

  app.put<TaskParams>(
    '/tasks/tasks/:taskId',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: TASKS_ACCESS },
      schema: {
        tags: ['tasks'],
        summary:
          "Change a task's fields as the user saw them (a series passes them on to its open occurrences)",
        description: `${WRITERS} ${STALE}`,
        params: TASK_ID_PARAMS,
        body: TASK_CHANGE_BODY,
        response: { 200: TASK_DETAIL_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 500) },
      },
    },
    async (request) => updateTask(db, callerOf(request), request.params.taskId, bodyFields(request.body)),
  );
};

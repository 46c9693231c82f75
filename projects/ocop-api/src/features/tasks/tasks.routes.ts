import type { FastifyPluginAsync } from 'fastify';
import { MODULE_ROLES } from '@ocop/domain';
import type { Db } from '../../db/db';
import { errorResponses, PAGING_QUERY, ref } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { tasksReadScope } from '../auth/scope';
import { listPlans, type PlanQuery } from './plans.repository';

export const taskRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Querystring: PlanQuery }>(
    '/tasks/plans',
    {
      config: { access: { roles: MODULE_ROLES.tasks, module: 'tasks' } },
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
};

import type { FastifyPluginAsync } from 'fastify';
import { MODULE_ROLES, parseDashboardQuery, type Dashboard } from '@ocop/domain';
import type { Db } from '../../db/db';
import { validationFailed } from '../../http/api-http-error';
import { errorResponses } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { todayInVietnam } from '../units/commune-check';
import { DASHBOARD_QUERY, DASHBOARD_SCHEMA } from './dashboard-schemas';
import { dashboardOf } from './dashboard.repository';
import { dashboardScope } from './dashboard-scope';

// Every role of the reports module reaches the route; dashboardScope decides what each sees (or 403).
const REPORTS_ACCESS = { roles: MODULE_ROLES.reports, module: 'reports' } as const;

export const dashboardRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Querystring: Record<string, string | undefined> }>(
    '/dashboard',
    {
      config: { access: REPORTS_ACCESS },
      schema: {
        tags: ['reports'],
        summary: "The dashboard of the caller's units: dossiers, products, certificates and plan tasks",
        description:
          'Province officers see the whole province or one district (districtCode); district officers their ' +
          'district; department officers only the tasks of their unit; commune officers their commune. ' +
          'Council members are refused (403 FORBIDDEN); another district answers 403 FORBIDDEN_UNIT.',
        querystring: DASHBOARD_QUERY,
        response: { 200: DASHBOARD_SCHEMA, ...errorResponses(400, 403, 500) },
      },
    },
    async (request): Promise<Dashboard> => {
      const today = todayInVietnam();
      const parsed = parseDashboardQuery(request.query, today);
      if (!parsed.ok) throw validationFailed(parsed.errors);
      const caller = callerOf(request);
      const scope = await dashboardScope(db, caller, parsed.query, today);
      return dashboardOf(db, caller, parsed.query, scope, today);
    },
  );
};

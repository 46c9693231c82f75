import type { FastifyPluginAsync } from 'fastify';
import { MODULE_ROLES } from '@ocop/domain';
import { errorResponses } from '../../http/schemas';

/** The fixed answer: a few fields, as small as the smallest real answers, serialised by the same schema code. */
export const BENCH_BASELINE_ANSWER = { status: 'ok', source: 'bench-baseline' } as const;

/**
 * GET /api/bench/baseline: a fixed JSON for bench/api-load.mjs, registered only when OCOP_BENCH_BASELINE_ROUTE
 * is on. It sits behind the same access check as the dossier routes (token signature and claims, roles, the
 * module switch of the caller's district), so a measured route's latency over this one is what its own handler
 * costs; an unauthenticated baseline would hide the access check's share and flatter no one.
 */
export const benchBaselineRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/bench/baseline',
    {
      config: { access: { roles: MODULE_ROLES.dossier, module: 'dossier' } },
      schema: {
        tags: ['bench'],
        summary: 'Load-test baseline: a fixed answer behind the access check of the dossier routes',
        response: {
          200: {
            type: 'object',
            required: ['status', 'source'],
            additionalProperties: false,
            properties: { status: { type: 'string' }, source: { type: 'string' } },
          },
          ...errorResponses(500),
        },
      },
    },
    async () => BENCH_BASELINE_ANSWER,
  );
};

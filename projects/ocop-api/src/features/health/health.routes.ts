import { OCOP_API_VERSION } from '@ocop/domain';
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/db';
import { ApiHttpError } from '../../http/api-http-error';
import { errorResponses } from '../../http/schemas';

// A probe must answer quickly even when the database hangs; an orchestrator then stops routing to us.
const READY_TIMEOUT_MS = 2000;

const statusSchema = (status: string) => ({
  type: 'object',
  required: ['status'],
  additionalProperties: false,
  properties: { status: { type: 'string', enum: [status] } },
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Liveness (the process answers) and readiness (the database answers); both stay public under auth. */
export const healthRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/health/live',
    { schema: { tags: ['health'], summary: 'The process is alive', response: { 200: statusSchema('ok') } } },
    async () => ({ status: 'ok' }),
  );

  // Public like the probes: the shell checks module manifests against it before a user has a token.
  app.get(
    '/version',
    {
      schema: {
        tags: ['health'],
        summary: 'The version of the API contract (semver), which module manifests name a range of',
        response: {
          200: {
            type: 'object',
            required: ['api'],
            additionalProperties: false,
            properties: { api: { type: 'string', examples: [OCOP_API_VERSION] } },
          },
        },
      },
    },
    async () => ({ api: OCOP_API_VERSION }),
  );

  app.get(
    '/health/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'The API can serve requests (its database answers)',
        response: { 200: statusSchema('ready'), ...errorResponses(503) },
      },
    },
    async (request) => {
      try {
        await withTimeout(db.query('select 1'), READY_TIMEOUT_MS);
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        throw new ApiHttpError(503, 'NOT_READY', 'Cơ sở dữ liệu chưa sẵn sàng');
      }
      return { status: 'ready' };
    },
  );
};

import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/db';
import { errorResponses, ref } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { describeCaller } from './me';

export const meRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/me',
    {
      // Any valid token: a user without OCOP roles learns that (roles [] and modules []), the shell then
      // shows its "no access" page instead of a failing request.
      config: { access: { anyValidToken: true } },
      schema: {
        tags: ['me'],
        summary: 'The signed-in user: roles, units (with names) and the modules they may use',
        response: { 200: ref('Me'), ...errorResponses(500) },
      },
    },
    async (request) => describeCaller(db, callerOf(request)),
  );
};

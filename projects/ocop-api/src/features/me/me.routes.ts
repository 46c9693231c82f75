import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/db';
import { DISTRICT_IN_VIEW_HEADER } from '@ocop/domain';
import { errorResponses, ref } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { callerModules, chosenDistrict } from '../modules/caller-modules';
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

  app.get(
    '/me/modules',
    {
      config: { access: { anyValidToken: true } },
      schema: {
        tags: ['me'],
        summary: 'The modules the caller may use now: roles ∩ modules enabled for the district in view',
        description:
          "The district in view is the caller's own (district_code, else their commune's district). " +
          `ocop-admin and province-officer are bound to no district: they may name one with the ` +
          `${DISTRICT_IN_VIEW_HEADER} header (the browser keeps their choice); without it districtCode is ` +
          'null and only their roles decide. The header of anyone else is ignored.',
        headers: {
          type: 'object',
          properties: {
            [DISTRICT_IN_VIEW_HEADER.toLowerCase()]: {
              type: 'string',
              description:
                'District code (3 digits) a province-wide caller is looking at; 400 VALIDATION_FAILED ' +
                'when it names no current district',
            },
          },
        },
        response: { 200: ref('MyModules'), ...errorResponses(400, 500) },
      },
    },
    async (request) => {
      const principal = callerOf(request);
      const header = request.headers[DISTRICT_IN_VIEW_HEADER.toLowerCase()];
      return callerModules(db, principal, await chosenDistrict(db, principal, header));
    },
  );
};

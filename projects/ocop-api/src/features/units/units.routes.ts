import type { FastifyPluginAsync } from 'fastify';
import { OCOP_ROLES, type UnitLevel } from '@ocop/domain';
import type { Db } from '../../db/db';
import { errorResponses, ref } from '../../http/schemas';
import { listUnits } from './units.repository';

interface UnitsQuery {
  level?: UnitLevel;
  parentCode?: string;
}

export const unitRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Querystring: UnitsQuery }>(
    '/units',
    {
      // Reference data: every OCOP user needs it (names of communes in forms and lists).
      config: { access: { roles: OCOP_ROLES } },
      schema: {
        tags: ['units'],
        summary: 'Administrative units, every version (history stays readable under old names)',
        querystring: {
          type: 'object',
          properties: {
            level: { type: 'string', enum: ['province', 'district', 'commune'] },
            parentCode: {
              type: 'string',
              pattern: '^[0-9]{2,3}$',
              description: 'Code of the province or district',
            },
          },
        },
        response: { 200: { type: 'array', items: ref('AdminUnit') }, ...errorResponses(400, 500) },
      },
    },
    async (request) => listUnits(db, request.query),
  );
};

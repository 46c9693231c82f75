import type { FastifyPluginAsync } from 'fastify';
import { CATALOG_WRITER_ROLES, MAX_NAME_LENGTH, MODULE_ROLES, PRODUCER_TYPES } from '@ocop/domain';
import type { PageQuery } from '../../db/conditions';
import type { Db } from '../../db/db';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../http/body';
import { errorResponses, PAGING_QUERY, ref, SEARCH_QUERY } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { catalogReadScope } from '../auth/scope';
import { createProducer } from './create-producer';
import { listProducers } from './producers.repository';

const NEW_PRODUCER_BODY = {
  type: 'object',
  required: ['type', 'name', 'communeCode'],
  properties: {
    type: { type: 'string', enum: [...PRODUCER_TYPES] },
    name: { type: 'string', maxLength: MAX_NAME_LENGTH },
    registrationNumber: {
      type: ['string', 'null'],
      description: 'Enterprise: 10-digit tax code (optionally -NNN); others: registration number',
    },
    communeCode: { type: 'string', pattern: '^[0-9]{5}$' },
  },
};

export const producerRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Querystring: PageQuery }>(
    '/producers',
    {
      config: { access: { roles: MODULE_ROLES.dossier, module: 'dossier' } },
      schema: {
        tags: ['producers'],
        summary: "Producers (chủ thể) in the caller's units, sorted by name",
        querystring: { type: 'object', properties: { ...SEARCH_QUERY, ...PAGING_QUERY } },
        response: { 200: ref('ProducerPage'), ...errorResponses(400, 500) },
      },
    },
    async (request) => listProducers(db, request.query, catalogReadScope(callerOf(request))),
  );

  app.post(
    '/producers',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: { roles: CATALOG_WRITER_ROLES, module: 'dossier' } },
      schema: {
        tags: ['producers'],
        summary: "Register a producer (commune and district officers, in a commune of the caller's units)",
        body: NEW_PRODUCER_BODY,
        response: { 201: ref('Producer'), ...errorResponses(400, 403, 409, 415, 500) },
      },
    },
    async (request, reply) => {
      const producer = await createProducer(db, callerOf(request), bodyFields(request.body));
      return reply.status(201).header('location', `/api/producers/${producer.id}`).send(producer);
    },
  );
};

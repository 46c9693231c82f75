import type { FastifyPluginAsync } from 'fastify';
import {
  CATALOG_WRITER_ROLES,
  isUuid,
  MAX_ADDRESS_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PERSON_NAME_LENGTH,
  MAX_POSITION_LENGTH,
  MODULE_ROLES,
  PRODUCER_TYPES,
} from '@ocop/domain';
import type { PageQuery } from '../../db/conditions';
import type { Db } from '../../db/db';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../http/body';
import { errorResponses, PAGING_QUERY, ref, SEARCH_QUERY } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { catalogReadScope } from '../auth/scope';
import { createProducer } from './create-producer';
import { producerNotFound } from './producer-rules';
import { findProducer, listProducers } from './producers.repository';
import { changeProducer } from './update-producer';

const nullableText = (maxLength: number, description: string) => ({
  type: ['string', 'null'],
  maxLength,
  description,
});

const PRODUCER_FIELDS = {
  type: { type: 'string', enum: [...PRODUCER_TYPES] },
  name: { type: 'string', maxLength: MAX_NAME_LENGTH },
  registrationNumber: {
    type: ['string', 'null'],
    description:
      'Enterprise: 10-digit tax code (optionally -NNN); others: registration number. Unique among all producers',
  },
  representativeName: nullableText(MAX_PERSON_NAME_LENGTH, 'Người đại diện theo pháp luật'),
  representativePosition: nullableText(MAX_POSITION_LENGTH, 'Chức vụ; needs representativeName'),
  address: nullableText(MAX_ADDRESS_LENGTH, 'Street, hamlet or village below the commune'),
  communeCode: { type: 'string', pattern: '^[0-9]{5}$' },
  phone: {
    type: ['string', 'null'],
    description: 'Vietnamese mobile (10 digits) or landline (11 digits); +84 and separators accepted',
  },
  email: { type: ['string', 'null'], maxLength: MAX_EMAIL_LENGTH },
};

const NEW_PRODUCER_BODY = {
  type: 'object',
  required: ['type', 'name', 'communeCode'],
  properties: PRODUCER_FIELDS,
};

const PRODUCER_CHANGE_BODY = {
  type: 'object',
  required: ['type', 'name', 'communeCode', 'version'],
  description: 'The whole producer as it should be; optional fields left out become null',
  properties: {
    ...PRODUCER_FIELDS,
    version: { type: 'integer', minimum: 1, description: 'The version the change is based on' },
  },
};

// Named producerId, not id: the auth suite gives every {id} of the API a product's id.
const PRODUCER_PARAMS = {
  type: 'object',
  required: ['producerId'],
  properties: { producerId: { type: 'string' } },
};

interface ProducerParams {
  Params: { producerId: string };
}

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

  app.get<ProducerParams>(
    '/producers/:producerId',
    {
      config: { access: { roles: MODULE_ROLES.dossier, module: 'dossier' } },
      schema: {
        tags: ['producers'],
        summary: "One producer; 404 also when it lies outside the caller's units",
        params: PRODUCER_PARAMS,
        response: { 200: ref('Producer'), ...errorResponses(404, 500) },
      },
    },
    async (request) => {
      // Not a UUID cannot name a producer: the same 404 as a missing one (and no cast error from PostgreSQL).
      if (!isUuid(request.params.producerId)) throw producerNotFound();
      const producer = await findProducer(db, request.params.producerId, catalogReadScope(callerOf(request)));
      if (producer === null) throw producerNotFound();
      return producer;
    },
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
        response: {
          201: ref('Producer'),
          ...errorResponses(400, 403, 415, 500),
          409: {
            ...ref('ApiError'),
            description: 'CONFLICT: the registration number is taken; the message names its producer',
          },
        },
      },
    },
    async (request, reply) => {
      const producer = await createProducer(db, callerOf(request), bodyFields(request.body));
      return reply.status(201).header('location', `/api/producers/${producer.id}`).send(producer);
    },
  );

  app.put<ProducerParams>(
    '/producers/:producerId',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: { roles: CATALOG_WRITER_ROLES, module: 'dossier' } },
      schema: {
        tags: ['producers'],
        summary:
          "Correct a producer's details (commune and district officers of its units); audited, optimistic " +
          'concurrency',
        params: PRODUCER_PARAMS,
        body: PRODUCER_CHANGE_BODY,
        response: {
          200: ref('Producer'),
          ...errorResponses(400, 403, 404, 415, 500),
          409: {
            ...ref('ApiError'),
            description:
              'STALE_VERSION (details: { currentVersion }): saved by someone else since `version`; or ' +
              'CONFLICT: the registration number is taken by another producer',
          },
        },
      },
    },
    async (request) => {
      if (!isUuid(request.params.producerId)) throw producerNotFound();
      return changeProducer(db, callerOf(request), request.params.producerId, bodyFields(request.body));
    },
  );
};

import type { FastifyPluginAsync } from 'fastify';
import { MODULE_ROLES } from '@ocop/domain';
import type { Db } from '../../../db/db';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../../http/body';
import { errorResponses } from '../../../http/schemas';
import { callerOf } from '../../auth/access';
import { ID_PARAMS, PRODUCT_EVALUATION_SCHEMA } from '../../certificates/certificate-schemas';
import { DOSSIER_DETAIL_SCHEMA } from '../../dossiers/dossier-schemas';
import { productEvaluations } from './product-evaluations';
import { recordProvinceResult } from './province-result';
import { startReEvaluation } from './re-evaluation';

// The evaluation belongs to the reports module. Every role of it reaches the routes: the workflow (province
// result) or the re-evaluation rule decides who may act, so refusals carry their specific codes.
const REPORTS_ACCESS = { roles: MODULE_ROLES.reports, module: 'reports' } as const;

export const resultRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.post<{ Params: { id: string } }>(
    '/dossiers/:id/province-result',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: REPORTS_ACCESS },
      schema: {
        tags: ['evaluation'],
        summary: "Record the province's result of a forwarded dossier; from 3★ it is certified",
        description:
          'Province officer, dossier `forwarded` (else 409 NOT_ALLOWED_IN_STATE; other roles 403 ' +
          'ROLE_NOT_ALLOWED). From 3★ certificateNumber and certificateDate are required (400 VALIDATION_FAILED); ' +
          'the certificate expires 36 months after certificateDate. A stale `version` is refused with 409 ' +
          'STALE_VERSION.',
        params: ID_PARAMS,
        body: {
          type: 'object',
          required: ['score', 'decisionNumber', 'decisionDate', 'version'],
          properties: {
            score: { type: 'number', minimum: 0, maximum: 100 },
            decisionNumber: { type: 'string' },
            decisionDate: { type: 'string', description: "'yyyy-MM-dd'" },
            certificateNumber: { type: ['string', 'null'] },
            certificateDate: { type: ['string', 'null'], description: "'yyyy-MM-dd', the day of issue" },
            version: { type: 'integer' },
          },
        },
        response: { 200: DOSSIER_DETAIL_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 500) },
      },
    },
    async (request) =>
      recordProvinceResult(db, callerOf(request), request.params.id, bodyFields(request.body)),
  );

  app.post<{ Params: { id: string } }>(
    '/dossiers/:id/re-evaluation',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: REPORTS_ACCESS },
      schema: {
        tags: ['evaluation'],
        summary: 'Start the re-evaluation of a certified dossier: a new dossier linked to it',
        description:
          "The product's commune officer or district officer; the old dossier must be `certified` (else 409 " +
          'NOT_ALLOWED_IN_STATE) and not followed yet (409 CONFLICT).',
        params: ID_PARAMS,
        body: {
          type: 'object',
          required: ['roundYear'],
          properties: { roundYear: { type: 'integer' } },
        },
        response: { 201: DOSSIER_DETAIL_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 500) },
      },
    },
    async (request, reply) => {
      const dossier = await startReEvaluation(
        db,
        callerOf(request),
        request.params.id,
        bodyFields(request.body),
      );
      return reply.status(201).header('location', `/api/dossiers/${dossier.id}`).send(dossier);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/products/:id/evaluations',
    {
      config: { access: REPORTS_ACCESS },
      schema: {
        tags: ['evaluation'],
        summary: "The product's evaluations (one per dossier), newest round first",
        params: ID_PARAMS,
        response: {
          200: { type: 'array', items: PRODUCT_EVALUATION_SCHEMA },
          ...errorResponses(400, 404, 500),
        },
      },
    },
    async (request) => productEvaluations(db, callerOf(request), request.params.id),
  );
};

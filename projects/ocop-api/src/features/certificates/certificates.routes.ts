import type { FastifyPluginAsync } from 'fastify';
import { MODULE_ROLES } from '@ocop/domain';
import type { Db } from '../../db/db';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../http/body';
import { notFound } from '../../http/api-http-error';
import { errorResponses } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { CERTIFICATE_LIST_QUERY, CERTIFICATE_SCHEMA, ID_PARAMS, REVOKE_BODY } from './certificate-schemas';
import {
  certificateScope,
  findCertificate,
  listCertificates,
  type CertificateQuery,
} from './certificates.repository';
import { CERTIFICATE_NOT_FOUND_MESSAGE, revokeCertificate } from './revoke-certificate';

// Every role of the reports module reaches the routes; what each sees is certificateScope (404 outside it).
const REPORTS_ACCESS = { roles: MODULE_ROLES.reports, module: 'reports' } as const;

export const certificateRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Querystring: CertificateQuery }>(
    '/certificates',
    {
      config: { access: REPORTS_ACCESS },
      schema: {
        tags: ['certificates'],
        summary: "OCOP certificates in the caller's units, newest first, with their status today",
        querystring: CERTIFICATE_LIST_QUERY,
        response: { 200: { type: 'array', items: CERTIFICATE_SCHEMA }, ...errorResponses(400, 500) },
      },
    },
    async (request) => listCertificates(db, request.query, certificateScope(callerOf(request))),
  );

  app.get<{ Params: { id: string } }>(
    '/certificates/:id',
    {
      config: { access: REPORTS_ACCESS },
      schema: {
        tags: ['certificates'],
        summary: 'One certificate',
        params: ID_PARAMS,
        response: { 200: CERTIFICATE_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => {
      const certificate = await findCertificate(db, request.params.id, certificateScope(callerOf(request)));
      if (certificate === null) throw notFound(CERTIFICATE_NOT_FOUND_MESSAGE);
      return certificate;
    },
  );

  app.post<{ Params: { id: string } }>(
    '/certificates/:id/revoke',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: REPORTS_ACCESS },
      schema: {
        tags: ['certificates'],
        summary: 'Revoke a certificate (province officer)',
        description: 'A certificate already revoked is refused with 409 ALREADY_REVOKED.',
        params: ID_PARAMS,
        body: REVOKE_BODY,
        response: { 200: CERTIFICATE_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 500) },
      },
    },
    async (request) => revokeCertificate(db, callerOf(request), request.params.id, bodyFields(request.body)),
  );
};

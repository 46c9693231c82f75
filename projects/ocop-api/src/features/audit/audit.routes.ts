import type { FastifyPluginAsync } from 'fastify';
import type { OcopRole } from '@ocop/domain';
import type { Db } from '../../db/db';
import { errorResponses, ref } from '../../http/schemas';
import { listAudit } from './audit.repository';

/** Who may read the whole audit trail (brief §2: the IT administrators; the province office reads all). */
const AUDIT_READERS: readonly OcopRole[] = ['ocop-admin', 'province-officer'];

interface AuditQuerystring {
  entityType?: string;
  entityId?: string;
  limit: number;
}

export const auditRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Querystring: AuditQuerystring }>(
    '/admin/audit',
    {
      config: { access: { roles: AUDIT_READERS } },
      schema: {
        tags: ['admin'],
        summary: 'The audit trail, newest first',
        querystring: {
          type: 'object',
          properties: {
            entityType: {
              type: 'string',
              pattern: '^[a-z][a-z0-9-]{0,49}$',
              description: "Only entries about this kind of record, e.g. 'module-setting'",
            },
            entityId: { type: 'string', maxLength: 200, description: "Only this record, e.g. '184/tasks'" },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['items'],
            additionalProperties: false,
            properties: { items: { type: 'array', items: ref('AuditEntry') } },
          },
          ...errorResponses(400, 500),
        },
      },
    },
    async (request) => ({ items: await listAudit(db, request.query) }),
  );
};

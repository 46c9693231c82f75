import type { FastifyPluginAsync } from 'fastify';
import { CATALOG_WRITER_ROLES, MODULE_ROLES } from '@ocop/domain';
import type { Db } from '../../db/db';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../http/body';
import { errorResponses, ref } from '../../http/schemas';
import { listAudit } from '../audit/audit.repository';
import { callerOf } from '../auth/access';
import { catalogReadScope } from '../auth/scope';
import { createDossier } from './create-dossier';
import { actOnDossier } from './dossier-action';
import {
  ACTION_BODY,
  DOSSIER_ACTION_PARAMS,
  DOSSIER_DETAIL_SCHEMA,
  DOSSIER_ID_PARAMS,
  DOSSIER_ITEM_PARAMS,
  DOSSIER_LIST_QUERY,
  DOSSIER_PAGE_SCHEMA,
  ITEM_CHANGE_BODY,
  NEW_DOSSIER_BODY,
} from './dossier-schemas';
import { readableDossier, readDossierDetail } from './dossier-write';
import { listDossiers, type DossierListQuery } from './dossiers.repository';
import { updateDossierItem } from './update-item';

// Every role of the module may reach the item and action routes: the workflow definition, not the route,
// decides who may do what, so its refusals come with the workflow's codes (ROLE_NOT_ALLOWED, CHECKLIST_LOCKED…).
const DOSSIER_ACCESS = { roles: MODULE_ROLES.dossier, module: 'dossier' } as const;
// The audit trail is kept forever; one dossier's timeline stays far below this.
const TIMELINE_LIMIT = 5000;

export const dossierRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Querystring: DossierListQuery }>(
    '/dossiers',
    {
      config: { access: DOSSIER_ACCESS },
      schema: {
        tags: ['dossiers'],
        summary: "Evaluation dossiers in the caller's units: filters, search, sort, paging",
        querystring: DOSSIER_LIST_QUERY,
        response: { 200: DOSSIER_PAGE_SCHEMA, ...errorResponses(400, 500) },
      },
    },
    async (request) => listDossiers(db, request.query, catalogReadScope(callerOf(request))),
  );

  app.post(
    '/dossiers',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: { roles: CATALOG_WRITER_ROLES, module: 'dossier' } },
      schema: {
        tags: ['dossiers'],
        summary: 'Open an evaluation dossier for a product (one per product per round)',
        body: NEW_DOSSIER_BODY,
        response: { 201: DOSSIER_DETAIL_SCHEMA, ...errorResponses(400, 403, 409, 415, 500) },
      },
    },
    async (request, reply) => {
      const dossier = await createDossier(db, callerOf(request), bodyFields(request.body));
      return reply.status(201).header('location', `/api/dossiers/${dossier.id}`).send(dossier);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/dossiers/:id',
    {
      config: { access: DOSSIER_ACCESS },
      schema: {
        tags: ['dossiers'],
        summary: 'A dossier with its checklist, attachments and open problems',
        params: DOSSIER_ID_PARAMS,
        response: { 200: DOSSIER_DETAIL_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => readDossierDetail(db, callerOf(request), request.params.id),
  );

  app.get<{ Params: { id: string } }>(
    '/dossiers/:id/timeline',
    {
      config: { access: DOSSIER_ACCESS },
      schema: {
        tags: ['dossiers'],
        summary: "The dossier's audit trail, oldest first (append-only; no route changes it)",
        params: DOSSIER_ID_PARAMS,
        response: { 200: { type: 'array', items: ref('AuditEntry') }, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => {
      const { id } = await readableDossier(db, callerOf(request), request.params.id);
      const newestFirst = await listAudit(db, { entityType: 'dossier', entityId: id, limit: TIMELINE_LIMIT });
      return newestFirst.reverse();
    },
  );

  app.put<{ Params: { id: string; itemId: string } }>(
    '/dossiers/:id/items/:itemId',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: DOSSIER_ACCESS },
      schema: {
        tags: ['dossiers'],
        summary: 'Change a checklist item (commune officer, while the dossier is in draft or returned)',
        description: 'A stale `version` is refused with 409 STALE_VERSION (details: { currentVersion }).',
        params: DOSSIER_ITEM_PARAMS,
        body: ITEM_CHANGE_BODY,
        response: { 200: DOSSIER_DETAIL_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 500) },
      },
    },
    async (request) =>
      updateDossierItem(
        db,
        callerOf(request),
        request.params.id,
        request.params.itemId,
        bodyFields(request.body),
      ),
  );

  app.post<{ Params: { id: string; action: string } }>(
    '/dossiers/:id/actions/:action',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: DOSSIER_ACCESS },
      schema: {
        tags: ['dossiers'],
        summary: 'Take a workflow action (submit, return, resubmit, accept, withdraw)',
        description:
          'Refusals carry the workflow codes: 403 ROLE_NOT_ALLOWED / OUT_OF_SCOPE, 409 NOT_ALLOWED_IN_STATE, ' +
          '400 GUARD_FAILED (details: [{ guard, reason }]), 400 UNKNOWN_ACTION, 409 STALE_VERSION.',
        params: DOSSIER_ACTION_PARAMS,
        body: ACTION_BODY,
        response: { 200: DOSSIER_DETAIL_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 500) },
      },
    },
    async (request, reply) => {
      const result = await actOnDossier(
        db,
        callerOf(request),
        request.params.id,
        request.params.action,
        bodyFields(request.body),
      );
      if (result.replayed) void reply.header('ocop-replayed', 'true');
      return result.dossier;
    },
  );
};

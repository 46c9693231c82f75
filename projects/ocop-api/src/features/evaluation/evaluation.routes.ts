import type { FastifyPluginAsync } from 'fastify';
import { criteriaSheetFor, MODULE_ROLES, type CriteriaSetId } from '@ocop/domain';
import type { Db } from '../../db/db';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../http/body';
import { errorResponses } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { closeSession } from './close-session';
import { createCouncil, listCouncils, readCouncil, updateCouncil } from './councils';
import {
  CLOSE_BODY,
  COUNCIL_CHANGE_BODY,
  COUNCIL_LIST_SCHEMA,
  COUNCIL_PARAMS,
  COUNCIL_SCHEMA,
  CRITERIA_SHEET_PARAMS,
  CRITERIA_SHEET_SCHEMA,
  DOSSIER_SCORES_SCHEMA,
  MINUTES_SCHEMA,
  MY_SHEET_SCHEMA,
  NEW_COUNCIL_BODY,
  NEW_SESSION_BODY,
  REOPEN_BODY,
  SESSION_DOSSIER_PARAMS,
  SESSION_LIST_QUERY,
  SESSION_LIST_SCHEMA,
  SESSION_PARAMS,
  SESSION_SCHEMA,
  SHEET_CHANGE_BODY,
  VERSION_BODY,
} from './evaluation-schemas';
import { readMinutes } from './minutes';
import { readDossierScores, readMySheet, reopenScores, saveMySheet, submitMySheet } from './score-sheets';
import {
  createSession,
  criteriaSheetMissing,
  listSessions,
  readSession,
  type SessionQuery,
} from './sessions';

// Every role of the module reaches every route; what a caller may see or do is decided per council and
// session (evaluation-access.ts): 404 outside it, 403 for readers who may not manage.
const EVALUATION_ACCESS = { roles: MODULE_ROLES.reports, module: 'reports' } as const;
const TAGS = ['evaluation'];
const HIDDEN =
  'Callers who neither manage nor read the council and are not a member present get 404, as for a missing session.';

interface Id {
  Params: { id: string };
}
interface SessionDossier {
  Params: { id: string; dossierId: string };
}

export const evaluationRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Params: { setId: CriteriaSetId; subgroupCode: string } }>(
    '/criteria-sheets/:setId/:subgroupCode',
    {
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary: 'The scoring sheet (phiếu đánh giá) of a criteria set for a phân nhóm',
        description:
          '404 CRITERIA_SHEET_MISSING, naming the sub-group, when no sheet has been entered for it.',
        params: CRITERIA_SHEET_PARAMS,
        response: { 200: CRITERIA_SHEET_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => {
      const { setId, subgroupCode } = request.params;
      const sheet = criteriaSheetFor(setId, subgroupCode);
      if (sheet === null) throw criteriaSheetMissing(setId, subgroupCode, {}, 404);
      return sheet;
    },
  );

  app.get(
    '/councils',
    {
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary: 'Councils: the ones the caller manages, all for a province officer, those a member sits on',
        response: { 200: COUNCIL_LIST_SCHEMA, ...errorResponses(500) },
      },
    },
    async (request) => listCouncils(db, callerOf(request)),
  );

  app.post(
    '/councils',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary:
          'Establish a council (district officer: of their district; province officer: of the province)',
        body: NEW_COUNCIL_BODY,
        response: { 201: COUNCIL_SCHEMA, ...errorResponses(400, 403, 404, 415, 500) },
      },
    },
    async (request, reply) => {
      const council = await createCouncil(db, callerOf(request), bodyFields(request.body));
      return reply.status(201).header('location', `/api/councils/${council.id}`).send(council);
    },
  );

  app.get<Id>(
    '/councils/:id',
    {
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary: 'A council with its members',
        params: COUNCIL_PARAMS,
        response: { 200: COUNCIL_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => readCouncil(db, callerOf(request), request.params.id),
  );

  app.put<Id>(
    '/councils/:id',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary: "Change a council's decision, term and members (members sent with their id keep it)",
        description: '409 STALE_VERSION (details: { currentVersion }) for a stale `version`.',
        params: COUNCIL_PARAMS,
        body: COUNCIL_CHANGE_BODY,
        response: { 200: COUNCIL_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 500) },
      },
    },
    async (request) => updateCouncil(db, callerOf(request), request.params.id, bodyFields(request.body)),
  );

  app.get<{ Querystring: SessionQuery }>(
    '/sessions',
    {
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary: "Sessions: managers and readers their councils', members those they attend (mySheetsToDo)",
        querystring: SESSION_LIST_QUERY,
        response: { 200: SESSION_LIST_SCHEMA, ...errorResponses(400, 500) },
      },
    },
    async (request) => listSessions(db, callerOf(request), request.query),
  );

  app.post(
    '/sessions',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary: 'Hold a session: its date, place, dossiers on the agenda and members present',
        description:
          "Dossiers of the council's unit in state accepted (district council) or forwarded (province " +
          'council), else 400; 422 CRITERIA_SHEET_MISSING when a dossier has no sheet; 409 ' +
          'DOSSIER_ON_OTHER_SESSION when one is on another open session.',
        body: NEW_SESSION_BODY,
        response: { 201: SESSION_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const session = await createSession(db, callerOf(request), bodyFields(request.body));
      return reply.status(201).header('location', `/api/sessions/${session.id}`).send(session);
    },
  );

  app.get<Id>(
    '/sessions/:id',
    {
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary: 'A session with its agenda, progress and the results the caller may see',
        description: HIDDEN,
        params: SESSION_PARAMS,
        response: { 200: SESSION_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => readSession(db, callerOf(request), request.params.id),
  );

  app.get<SessionDossier>(
    '/sessions/:id/dossiers/:dossierId/sheets/mine',
    {
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary:
          "The caller's own score sheet of a dossier (a member present); an empty draft, version 0, at first",
        description: HIDDEN,
        params: SESSION_DOSSIER_PARAMS,
        response: { 200: MY_SHEET_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => readMySheet(db, callerOf(request), request.params.id, request.params.dossierId),
  );

  app.put<SessionDossier>(
    '/sessions/:id/dossiers/:dossierId/sheets/mine',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary: "Autosave the caller's draft sheet; the total is computed by the API",
        description:
          '409 STALE_VERSION (details: { currentVersion }), SHEET_SUBMITTED, SESSION_CLOSED; 400 ' +
          'VALIDATION_FAILED for answers the sheet does not have.',
        params: SESSION_DOSSIER_PARAMS,
        body: SHEET_CHANGE_BODY,
        response: { 200: MY_SHEET_SCHEMA, ...errorResponses(400, 404, 409, 415, 500) },
      },
    },
    async (request) =>
      saveMySheet(
        db,
        callerOf(request),
        request.params.id,
        request.params.dossierId,
        bodyFields(request.body),
      ),
  );

  app.post<SessionDossier>(
    '/sessions/:id/dossiers/:dossierId/sheets/mine/submit',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary: "Submit the caller's complete sheet",
        description:
          '400 SHEET_INCOMPLETE (details: { unanswered: criterion codes }); 409 as for the autosave.',
        params: SESSION_DOSSIER_PARAMS,
        body: VERSION_BODY,
        response: { 200: MY_SHEET_SCHEMA, ...errorResponses(400, 404, 409, 415, 500) },
      },
    },
    async (request) =>
      submitMySheet(
        db,
        callerOf(request),
        request.params.id,
        request.params.dossierId,
        bodyFields(request.body),
      ),
  );

  app.get<SessionDossier>(
    '/sessions/:id/dossiers/:dossierId/sheets',
    {
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary: "Every member's sheet of a dossier and the result (drafts never shown: totals null)",
        description: '403 SCORES_HIDDEN for a member who has not submitted their own sheet of the dossier.',
        params: SESSION_DOSSIER_PARAMS,
        response: { 200: DOSSIER_SCORES_SCHEMA, ...errorResponses(400, 403, 404, 500) },
      },
    },
    async (request) => readDossierScores(db, callerOf(request), request.params.id, request.params.dossierId),
  );

  app.post<SessionDossier>(
    '/sessions/:id/dossiers/:dossierId/reopen',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary: 'Reopen submitted sheets of a dossier for discussion (managers; the reason is audited)',
        description: '409 SESSION_CLOSED, NOTHING_TO_REOPEN.',
        params: SESSION_DOSSIER_PARAMS,
        body: REOPEN_BODY,
        response: { 200: DOSSIER_SCORES_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 500) },
      },
    },
    async (request) =>
      reopenScores(
        db,
        callerOf(request),
        request.params.id,
        request.params.dossierId,
        bodyFields(request.body),
      ),
  );

  app.post<Id>(
    '/sessions/:id/close',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary:
          "Close the session: results stored, scores locked, a district council's dossiers forwarded or not",
        description:
          '409 SESSION_INCOMPLETE (details: [{ dossierId, missingMemberIds }]), SESSION_CLOSED, STALE_VERSION; ' +
          '400 SPREAD_NOTE_REQUIRED while a result is flagged and no spreadNote is given.',
        params: SESSION_PARAMS,
        body: CLOSE_BODY,
        response: { 200: SESSION_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 500) },
      },
    },
    async (request) => closeSession(db, callerOf(request), request.params.id, bodyFields(request.body)),
  );

  app.get<Id>(
    '/sessions/:id/minutes',
    {
      config: { access: EVALUATION_ACCESS },
      schema: {
        tags: TAGS,
        summary:
          "The session's minutes (biên bản) and summary table: managers and readers, members once closed",
        params: SESSION_PARAMS,
        response: { 200: MINUTES_SCHEMA, ...errorResponses(400, 403, 404, 500) },
      },
    },
    async (request) => readMinutes(db, callerOf(request), request.params.id),
  );
};

import type { FastifyPluginAsync } from 'fastify';
import { ATTACHMENT_LIMITS, type AttachmentLimits, MODULE_ROLES } from '@ocop/domain';
import type { Db } from '../../../db/db';
import { notFound } from '../../../http/api-http-error';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../../http/body';
import { errorResponses } from '../../../http/schemas';
import type { FileStore } from '../../attachments/file-store';
import { OCTET_STREAM } from '../../attachments/raw-upload';
import { sendStoredFile, STORED_FILE_CONTENT } from '../../attachments/send-stored-file';
import {
  acceptUploads,
  DISPOSITION_QUERY,
  dispositionOf,
  FILE_NAME_QUERY,
  rawFileBody,
  receiveFile,
} from '../../attachments/upload-route';
import { callerOf } from '../../auth/access';
import { PLAN_ID_PARAMS, TASK_COMMENT_SCHEMA, TASK_DETAIL_SCHEMA, TASK_ID_PARAMS } from '../task-schemas';
import { addTaskComment } from './add-comment';
import {
  ATTACHMENT_ID_PARAMS,
  ATTACHMENT_INFO_SCHEMA,
  NEW_REVIEW_BODY,
  PROGRESS_REPORT_BODY,
  REPORT_ID_PARAMS,
  REVIEW_ID_PARAMS,
  TASK_ACTION_BODY,
  TASK_COMMENT_BODY,
  TASK_REVIEW_SCHEMA,
} from './progress-schemas';
import { findVisibleEvidence } from './report-attachments.repository';
import { reportProgress } from './report-progress';
import { actOnTask } from './task-action';
import { recordReview, reviewOf, reviewsOfPlan } from './task-reviews';
import { uploadEvidence } from './upload-evidence';

export interface TaskProgressOptions {
  /** The store of dossier attachments (start-api.ts): one store, one start-up sweep for all files. */
  files?: FileStore;
  /** ATTACHMENT_LIMITS unless a test lowers them. */
  limits?: AttachmentLimits;
}

// Every role of the module reaches every route: the workflow (checkTaskAction) and the task's visibility
// decide, so refusals carry the workflow's codes and a task outside the caller's units is not found.
const ACCESS = { access: { roles: MODULE_ROLES.tasks, module: 'tasks' } } as const;

export const EVIDENCE_NOT_FOUND_MESSAGE =
  'Không tìm thấy tệp minh chứng, hoặc tệp không thuộc đơn vị của bạn.';

const WORKFLOW_REFUSALS =
  "403 FORBIDDEN (the caller's relation to the task does not allow it), 409 INVALID_STATE / PENDING_REPORT / " +
  'NO_PENDING_REPORT, 422 REASON_REQUIRED (codes and Vietnamese messages of @ocop/domain checkTaskAction), ' +
  "409 STALE_VERSION (details: { currentVersion }), 404 TASK_NOT_FOUND (also outside the caller's units)";

const UPLOAD_REFUSALS =
  "FILE_EMPTY, FILE_TOO_LARGE (details: { maxFileBytes }), DOSSIER_TOO_LARGE (the report's total; details: " +
  '{ maxDossierBytes, storedBytes }), FILE_TYPE_NOT_ALLOWED (details: { itemName, accepted, detected }), ' +
  'FILE_NAME_INVALID (details: { reason }), UPLOAD_ABORTED; the kind is told by the content, never by the name';

/** Progress of tasks: workflow actions, reports with evidence, comments, and the standing unit's reviews. */
export const taskProgressRoutes: FastifyPluginAsync<{ db: Db } & TaskProgressOptions> = async (
  app,
  options,
) => {
  const { db } = options;
  const { files, limits, discardCap } = acceptUploads(app, options, ATTACHMENT_LIMITS);

  app.post<{ Params: { taskId: string } }>(
    '/tasks/tasks/:taskId/actions',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: ACCESS,
      schema: {
        tags: ['tasks'],
        summary:
          'Take a workflow action on a task: start (lead or standing unit); accept or return the report ' +
          'waiting for review, cancel, reopen (standing unit); audited',
        description: `Refusals: ${WORKFLOW_REFUSALS}.`,
        params: TASK_ID_PARAMS,
        body: TASK_ACTION_BODY,
        response: { 200: TASK_DETAIL_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const result = await actOnTask(db, callerOf(request), request.params.taskId, bodyFields(request.body));
      if (result.replayed) void reply.header('ocop-replayed', 'true');
      return result.task;
    },
  );

  app.post<{ Params: { taskId: string } }>(
    '/tasks/tasks/:taskId/reports',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: ACCESS,
      schema: {
        tags: ['tasks'],
        summary:
          'Report progress (lead unit, or the standing unit for it): the percentage the unit chooses and what ' +
          "was done; waits for the standing unit's review; evidence is uploaded to the report afterwards",
        description:
          'An invalid percentage (not a whole number 0–100) is 400 VALIDATION_FAILED (details: FieldError[] ' +
          `with field 'percent') and saves nothing. Refusals: ${WORKFLOW_REFUSALS}.`,
        params: TASK_ID_PARAMS,
        body: PROGRESS_REPORT_BODY,
        response: { 201: TASK_DETAIL_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const result = await reportProgress(
        db,
        callerOf(request),
        request.params.taskId,
        bodyFields(request.body),
      );
      if (result.replayed) void reply.header('ocop-replayed', 'true');
      return reply.status(201).send(result.task);
    },
  );

  app.post<{ Params: { reportId: string }; Querystring: { fileName?: unknown } }>(
    '/tasks/reports/:reportId/attachments',
    {
      // Body and query are checked by the domain (size, kind, name), with its Vietnamese messages.
      ...BODY_VALIDATED_BY_DOMAIN,
      config: ACCESS,
      schema: {
        tags: ['tasks'],
        summary:
          'Upload one evidence file for a progress report waiting for review (lead or standing unit): the raw ' +
          'bytes as the body, the same rules as dossier attachments; raises the task version; audited',
        consumes: [OCTET_STREAM],
        querystring: FILE_NAME_QUERY,
        params: REPORT_ID_PARAMS,
        body: rawFileBody('The file, at most limits.maxFileBytes'),
        response: {
          201: ATTACHMENT_INFO_SCHEMA,
          400: { ...errorResponses(400)[400], description: UPLOAD_REFUSALS },
          403: { ...errorResponses(403)[403], description: 'FORBIDDEN: not the lead or the standing unit' },
          409: {
            ...errorResponses(409)[409],
            description: 'REPORT_NOT_PENDING: the report has been accepted or returned',
          },
          ...errorResponses(404, 415, 500),
        },
      },
    },
    async (request, reply) => {
      const info = await receiveFile(request, discardCap, async (file) =>
        uploadEvidence({ db, files, limits }, callerOf(request), {
          reportId: request.params.reportId,
          ...file,
        }),
      );
      return reply.status(201).send(info);
    },
  );

  app.get<{ Params: { attachmentId: string }; Querystring: { disposition?: 'inline' | 'attachment' } }>(
    '/tasks/report-attachments/:attachmentId/content',
    {
      config: ACCESS,
      schema: {
        tags: ['tasks'],
        summary:
          'The bytes of one evidence file of a visible task, with its original (Vietnamese) name in ' +
          'Content-Disposition and its SHA-256 in ocop-sha256; disposition=inline only for PDF and images',
        params: ATTACHMENT_ID_PARAMS,
        querystring: DISPOSITION_QUERY,
        response: {
          200: { description: 'The stored bytes, exactly as uploaded', content: STORED_FILE_CONTENT },
          ...errorResponses(404, 500),
        },
      },
    },
    async (request, reply) => {
      const file = await findVisibleEvidence(db, callerOf(request), request.params.attachmentId);
      if (file === null) throw notFound(EVIDENCE_NOT_FOUND_MESSAGE);
      return sendStoredFile(reply, files, file, dispositionOf(request.query.disposition, file.kind), {
        log: request.log,
        notFoundMessage: EVIDENCE_NOT_FOUND_MESSAGE,
      });
    },
  );

  app.post<{ Params: { taskId: string } }>(
    '/tasks/tasks/:taskId/comments',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: ACCESS,
      schema: {
        tags: ['tasks'],
        summary: 'Comment on a task (lead, cooperating or standing unit); audited',
        params: TASK_ID_PARAMS,
        body: TASK_COMMENT_BODY,
        response: { 201: TASK_COMMENT_SCHEMA, ...errorResponses(400, 403, 404, 409, 415, 500) },
      },
    },
    async (request, reply) => {
      const comment = await addTaskComment(
        db,
        callerOf(request),
        request.params.taskId,
        bodyFields(request.body),
      );
      return reply.status(201).send(comment);
    },
  );

  app.get<{ Params: { planId: string } }>(
    '/tasks/plans/:planId/reviews',
    {
      config: ACCESS,
      schema: {
        tags: ['tasks'],
        summary: "The plan's review meetings in the order they were held, each with its frozen snapshot",
        params: PLAN_ID_PARAMS,
        response: { 200: { type: 'array', items: TASK_REVIEW_SCHEMA }, ...errorResponses(404, 500) },
      },
    },
    async (request) => reviewsOfPlan(db, callerOf(request), request.params.planId),
  );

  app.get<{ Params: { reviewId: string } }>(
    '/tasks/reviews/:reviewId',
    {
      config: ACCESS,
      schema: {
        tags: ['tasks'],
        summary: 'One review meeting as it was recorded',
        params: REVIEW_ID_PARAMS,
        response: { 200: TASK_REVIEW_SCHEMA, ...errorResponses(404, 500) },
      },
    },
    async (request) => reviewOf(db, callerOf(request), request.params.reviewId),
  );

  app.post<{ Params: { planId: string } }>(
    '/tasks/plans/:planId/reviews',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: ACCESS,
      schema: {
        tags: ['tasks'],
        summary:
          'Record a review meeting (standing unit): date, attendees, conclusions; snapshots every task of the ' +
          'plan as it stands and creates the follow-up tasks, in one transaction; never changed afterwards',
        params: PLAN_ID_PARAMS,
        body: NEW_REVIEW_BODY,
        response: { 201: TASK_REVIEW_SCHEMA, ...errorResponses(400, 403, 404, 415, 500) },
      },
    },
    async (request, reply) => {
      const review = await recordReview(
        db,
        callerOf(request),
        request.params.planId,
        bodyFields(request.body),
      );
      return reply.status(201).header('location', `/api/tasks/reviews/${review.id}`).send(review);
    },
  );
};

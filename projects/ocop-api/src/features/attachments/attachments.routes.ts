import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { ATTACHMENT_LIMITS, type AttachmentLimits, isUuid, MODULE_ROLES } from '@ocop/domain';
import type { Db } from '../../db/db';
import { notFound } from '../../http/api-http-error';
import { BODY_VALIDATED_BY_DOMAIN } from '../../http/body';
import { errorResponses } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { DOSSIER_DETAIL_SCHEMA } from '../dossiers/dossier-schemas';
import { DOSSIER_NOT_FOUND_MESSAGE, readableDossier } from '../dossiers/dossier-write';
import { findAttachment } from './attachments.repository';
import type { FileStore } from './file-store';
import { OCTET_STREAM } from './raw-upload';
import { ATTACHMENT_NOT_FOUND_MESSAGE, removeAttachment } from './remove-attachment';
import { sendStoredFile, STORED_FILE_CONTENT } from './send-stored-file';
import { uploadAttachment } from './upload-attachment';
import {
  acceptUploads,
  DISPOSITION_QUERY,
  dispositionOf,
  FILE_NAME_QUERY,
  rawFileBody,
  receiveFile,
} from './upload-route';

export interface AttachmentOptions {
  /** Where the bytes go: `<OCOP_DATA_DIR>/attachments` in the API (start-api.ts). */
  files?: FileStore;
  /** ATTACHMENT_LIMITS unless a test lowers them. */
  limits?: AttachmentLimits;
}

const ACCESS = { access: { roles: MODULE_ROLES.dossier, module: 'dossier' } } as const;

const DOSSIER_ITEM_PARAMS = {
  type: 'object',
  required: ['id', 'itemId'],
  properties: { id: { type: 'string' }, itemId: { type: 'string' } },
};

const ATTACHMENT_PARAMS = {
  type: 'object',
  required: ['id', 'attachmentId'],
  properties: { id: { type: 'string' }, attachmentId: { type: 'string' } },
};

const UPLOAD_REFUSALS =
  'FILE_EMPTY, FILE_TOO_LARGE (details: { maxFileBytes }), DOSSIER_TOO_LARGE (details: { maxDossierBytes, ' +
  'storedBytes }), FILE_TYPE_NOT_ALLOWED (details: { itemName, accepted, detected }), FILE_NAME_INVALID ' +
  '(details: { reason }); the kind is told by the content (magic bytes), never by the name';

/** Upload, download and removal of the files of a dossier's checklist items. */
export const attachmentRoutes: FastifyPluginAsync<{ db: Db } & AttachmentOptions> = async (app, options) => {
  const { db } = options;
  const { files, limits, discardCap } = acceptUploads(app, options, ATTACHMENT_LIMITS);

  app.post<{ Params: { id: string; itemId: string }; Querystring: { fileName?: unknown } }>(
    '/dossiers/:id/items/:itemId/attachments',
    {
      // Body and query are checked by the domain (size, kind, name), with its Vietnamese messages.
      ...BODY_VALIDATED_BY_DOMAIN,
      config: ACCESS,
      schema: {
        tags: ['dossiers'],
        summary:
          "Upload one file for a checklist item (commune officer of the dossier's commune while the dossier " +
          'is a draft or returned): the raw bytes as the body',
        consumes: [OCTET_STREAM],
        querystring: FILE_NAME_QUERY,
        params: DOSSIER_ITEM_PARAMS,
        body: rawFileBody('The file, at most limits.maxFileBytes'),
        response: {
          201: DOSSIER_DETAIL_SCHEMA,
          400: { ...errorResponses(400)[400], description: `${UPLOAD_REFUSALS}; UPLOAD_ABORTED` },
          403: {
            ...errorResponses(403)[403],
            description: 'CHECKLIST_LOCKED: the caller may not edit it now',
          },
          ...errorResponses(404, 415, 500),
        },
      },
    },
    async (request, reply) => {
      const detail = await receiveFile(request, discardCap, async (file) => {
        if (!isUuid(request.params.id)) throw notFound(DOSSIER_NOT_FOUND_MESSAGE);
        return uploadAttachment({ db, files, limits }, callerOf(request), {
          dossierId: request.params.id,
          itemId: request.params.itemId,
          ...file,
        });
      });
      return reply.status(201).send(detail);
    },
  );

  app.get<{
    Params: { id: string; attachmentId: string };
    Querystring: { disposition?: 'inline' | 'attachment' };
  }>(
    '/dossiers/:id/attachments/:attachmentId',
    {
      config: ACCESS,
      schema: {
        tags: ['dossiers'],
        summary:
          'The bytes of one attachment, with its original (Vietnamese) name in Content-Disposition and its ' +
          'SHA-256 in ocop-sha256; disposition=inline only for PDF and images (preview)',
        params: ATTACHMENT_PARAMS,
        querystring: DISPOSITION_QUERY,
        response: {
          200: { description: 'The stored bytes, exactly as uploaded', content: STORED_FILE_CONTENT },
          ...errorResponses(404, 500),
        },
      },
    },
    async (request, reply) => sendAttachment(request, reply),
  );

  async function sendAttachment(
    request: FastifyRequest<{
      Params: { id: string; attachmentId: string };
      Querystring: { disposition?: string };
    }>,
    reply: FastifyReply,
  ): Promise<FastifyReply> {
    const { id, attachmentId } = request.params;
    if (!isUuid(id)) throw notFound(DOSSIER_NOT_FOUND_MESSAGE);
    await readableDossier(db, callerOf(request), id);
    const attachment = isUuid(attachmentId) ? await findAttachment(db, id, attachmentId) : null;
    if (attachment === null) throw notFound(ATTACHMENT_NOT_FOUND_MESSAGE);
    return sendStoredFile(
      reply,
      files,
      attachment,
      dispositionOf(request.query.disposition, attachment.kind),
      {
        log: request.log,
        notFoundMessage: ATTACHMENT_NOT_FOUND_MESSAGE,
      },
    );
  }

  app.delete<{ Params: { id: string; attachmentId: string }; Querystring: { version: number } }>(
    '/dossiers/:id/attachments/:attachmentId',
    {
      config: ACCESS,
      schema: {
        tags: ['dossiers'],
        summary:
          'Remove one attachment (who may upload may remove), given the dossier version the caller saw',
        params: ATTACHMENT_PARAMS,
        querystring: {
          type: 'object',
          required: ['version'],
          properties: { version: { type: 'integer', minimum: 1 } },
        },
        response: {
          200: DOSSIER_DETAIL_SCHEMA,
          403: {
            ...errorResponses(403)[403],
            description: 'CHECKLIST_LOCKED: the caller may not edit it now',
          },
          409: { ...errorResponses(409)[409], description: 'STALE_VERSION (details: { currentVersion })' },
          ...errorResponses(400, 404, 500),
        },
      },
    },
    async (request) => {
      const { id, attachmentId } = request.params;
      if (!isUuid(id)) throw notFound(DOSSIER_NOT_FOUND_MESSAGE);
      if (!isUuid(attachmentId)) throw notFound(ATTACHMENT_NOT_FOUND_MESSAGE);
      return removeAttachment({ db, files }, callerOf(request), id, attachmentId, request.query.version);
    },
  );
};

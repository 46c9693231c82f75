import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type FileKind, PREVIEWABLE_FILE_KINDS } from '@ocop/domain';
import { type FileStore, temporaryFileStore } from './file-store';
import { acceptRawBodies, declaredLength, receiveRawUpload } from './raw-upload';

/**
 * What every route that takes or gives stored files (dossier attachments, product photos, task evidence)
 * shares: the plugin's store and limits, the upload's query and body, and the download's disposition.
 */

/** The query of an upload: the original file name. */
export const FILE_NAME_QUERY = {
  type: 'object',
  properties: {
    fileName: {
      type: 'string',
      description: 'The original file name, encodeURIComponent-ed; kept (NFC) for the download',
    },
  },
} as const;

/** The query of a download: inline (a preview) or attachment. */
export const DISPOSITION_QUERY = {
  type: 'object',
  properties: {
    disposition: { type: 'string', enum: ['inline', 'attachment'], default: 'attachment' },
  },
} as const;

/** The OpenAPI body of an upload: the raw bytes. */
export function rawFileBody(description: string) {
  return { type: 'string', format: 'binary', description } as const;
}

/**
 * Sets up a plugin that receives raw uploads (in its scope only: the body reaches the handler as the request
 * stream itself, so a file is never held in memory as a whole): the store and limits of its options or the
 * defaults, and how much of a refused upload is still read.
 */
export function acceptUploads<Limits extends { maxFileBytes: number }>(
  app: FastifyInstance,
  options: { files?: FileStore; limits?: Limits },
  defaultLimits: Limits,
): { files: FileStore; limits: Limits; discardCap: number } {
  acceptRawBodies(app);
  const limits = options.limits ?? defaultLimits;
  return {
    files: options.files ?? temporaryFileStore(),
    limits,
    // A browser still sending a refused file gets to read the refusal; one that sends far more is cut off.
    discardCap: 2 * limits.maxFileBytes,
  };
}

/** An upload as the store functions take it. */
export interface ReceivedFile {
  fileName: string | undefined;
  body: Readable;
  declaredBytes: number | undefined;
}

/** receiveRawUpload, handing `store` the file name of the query and the Content-Length with the body. */
export function receiveFile<T>(
  request: FastifyRequest<{ Querystring: { fileName?: unknown } }>,
  discardCap: number,
  store: (file: ReceivedFile) => Promise<T>,
): Promise<T> {
  return receiveRawUpload(request, discardCap, (body) => {
    const fileName = request.query.fileName;
    return store({
      fileName: typeof fileName === 'string' ? fileName : undefined,
      body,
      declaredBytes: declaredLength(request),
    });
  });
}

/** Inline only when asked for and the kind can be previewed (PDF, images); a download otherwise. */
export function dispositionOf(requested: string | undefined, kind: FileKind): 'inline' | 'attachment' {
  return requested === 'inline' && PREVIEWABLE_FILE_KINDS.includes(kind) ? 'inline' : 'attachment';
}

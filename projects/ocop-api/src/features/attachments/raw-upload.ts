import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { attachmentRefusalDetails, attachmentRefusalMessage } from '@ocop/domain';
import { ApiHttpError } from '../../http/api-http-error';
import { AttachmentRefused, discardRest, UploadAborted } from './file-store';

/**
 * The HTTP side of an upload sent as the raw request body (dossier attachments, product photos): the body
 * reaches the handler as the request stream itself, so a file is never held in memory as a whole, and every
 * way an upload can fail becomes the same answer on every route.
 */

export const OCTET_STREAM = 'application/octet-stream';

/** Lets raw bodies through as streams, in the scope of the plugin that calls it only. */
export function acceptRawBodies(app: FastifyInstance): void {
  app.addContentTypeParser(OCTET_STREAM, (_request, payload, done) => done(null, payload));
}

/** Content-Length when the client declared one: an upload already too large is refused before it streams. */
export function declaredLength(request: FastifyRequest): number | undefined {
  const header = request.headers['content-length'];
  return header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
}

function refused(error: AttachmentRefused): ApiHttpError {
  const { refusal } = error;
  return new ApiHttpError(
    400,
    refusal.code,
    attachmentRefusalMessage(refusal),
    attachmentRefusalDetails(refusal),
  );
}

function unsupportedMediaType(): ApiHttpError {
  return new ApiHttpError(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `Tệp phải được gửi nguyên dạng nhị phân (Content-Type: ${OCTET_STREAM}).`,
  );
}

function aborted(): ApiHttpError {
  return new ApiHttpError(400, 'UPLOAD_ABORTED', 'Tải tệp lên bị gián đoạn; tệp chưa được lưu.');
}

/**
 * Runs `store` with the request's raw body (415 when it was not sent raw). A refusal (AttachmentRefused)
 * becomes 400 with the domain's code and message, a connection cut off 400 UPLOAD_ABORTED; after any
 * failure the rest of the body is read and dropped up to `discardCap` bytes, so a browser still sending
 * gets to read the answer instead of a reset connection.
 */
export async function receiveRawUpload<T>(
  request: FastifyRequest,
  discardCap: number,
  store: (body: Readable) => Promise<T>,
): Promise<T> {
  const body: unknown = request.body;
  const stream = body === undefined || body === null ? Readable.from([]) : body;
  try {
    if (!(stream instanceof Readable)) throw unsupportedMediaType();
    return await store(stream);
  } catch (error) {
    if (stream instanceof Readable) discardRest(stream, discardCap);
    if (error instanceof AttachmentRefused) throw refused(error);
    if (error instanceof UploadAborted) {
      request.log.info('upload cut off by the client; nothing stored');
      throw aborted();
    }
    throw error;
  }
}

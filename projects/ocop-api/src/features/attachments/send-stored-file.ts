import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import { FILE_KIND_MEDIA_TYPES, type FileKind } from '@ocop/domain';
import { notFound } from '../../http/api-http-error';
import { contentDisposition } from './content-disposition';
import type { FileStore } from './file-store';

/** What a download needs of a stored file's row. */
export interface StoredFile {
  id: string;
  fileName: string;
  kind: FileKind;
  size: number;
  sha256: string;
  storageKey: string;
}

/** The answers of a download, as OpenAPI lists them: the bytes of every kind. */
export const STORED_FILE_CONTENT = Object.fromEntries(
  [...new Set(Object.values(FILE_KIND_MEDIA_TYPES))].map((type) => [
    type,
    { schema: { type: 'string', format: 'binary' } },
  ]),
);

/**
 * Answers with the stored bytes of `file`: typed by the kind detected at upload (never by the name), with
 * the original (Vietnamese) name in Content-Disposition, the SHA-256 in ocop-sha256, and no sniffing. A row
 * whose file is gone answers 404 with `notFoundMessage` (and is logged: it should not happen).
 */
export async function sendStoredFile(
  reply: FastifyReply,
  files: FileStore,
  file: StoredFile,
  disposition: 'inline' | 'attachment',
  { log, notFoundMessage }: { log: FastifyBaseLogger; notFoundMessage: string },
): Promise<FastifyReply> {
  const stream = await files.read(file.storageKey).catch((error: unknown) => {
    log.error({ err: error, fileId: file.id }, 'file row without its stored bytes');
    throw notFound(notFoundMessage);
  });
  return reply
    .header('content-type', FILE_KIND_MEDIA_TYPES[file.kind])
    .header('content-length', String(file.size))
    .header('content-disposition', contentDisposition(disposition, file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-cache')
    .header('ocop-sha256', file.sha256)
    .send(stream);
}

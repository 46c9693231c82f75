import type { FastifyPluginAsync } from 'fastify';
import {
  CATALOG_WRITER_ROLES,
  isUuid,
  MODULE_ROLES,
  PRODUCT_PHOTO_LIMITS,
  type ProductPhotoLimits,
} from '@ocop/domain';
import type { Db } from '../../db/db';
import { BODY_VALIDATED_BY_DOMAIN } from '../../http/body';
import { errorResponses, ref } from '../../http/schemas';
import type { FileStore } from '../attachments/file-store';
import { OCTET_STREAM } from '../attachments/raw-upload';
import { sendStoredFile } from '../attachments/send-stored-file';
import { acceptUploads, FILE_NAME_QUERY, rawFileBody, receiveFile } from '../attachments/upload-route';
import { callerOf } from '../auth/access';
import { catalogReadScope } from '../auth/scope';
import { productNotFound } from './product-rules';
import { findPhoto } from './product-photos.repository';
import { productExists } from './products.repository';
import { PHOTO_NOT_FOUND_MESSAGE, photoNotFound, removeProductPhoto } from './remove-product-photo';
import { uploadProductPhoto } from './upload-product-photo';

export interface ProductPhotoOptions {
  /** The store of dossier attachments (start-api.ts): one store, one start-up sweep for both. */
  files?: FileStore;
  /** PRODUCT_PHOTO_LIMITS unless a test lowers them. */
  limits?: ProductPhotoLimits;
}

const READERS = { access: { roles: MODULE_ROLES.dossier, module: 'dossier' } } as const;
const WRITERS = { access: { roles: CATALOG_WRITER_ROLES, module: 'dossier' } } as const;

const PHOTO_PARAMS = {
  type: 'object',
  required: ['id', 'photoId'],
  properties: { id: { type: 'string' }, photoId: { type: 'string' } },
};

const PHOTO_REFUSALS =
  'FILE_EMPTY, FILE_TOO_LARGE (details: { maxFileBytes }), TOO_MANY_PHOTOS (details: { maxPhotos }), ' +
  'PHOTO_TYPE_NOT_ALLOWED (details: { accepted, detected }), FILE_NAME_INVALID (details: { reason }); ' +
  'JPEG or PNG told by the content (magic bytes), never by the name; UPLOAD_ABORTED';

/** Photos of a product: upload, the bytes, removal. */
export const productPhotoRoutes: FastifyPluginAsync<{ db: Db } & ProductPhotoOptions> = async (
  app,
  options,
) => {
  const { db } = options;
  const { files, limits, discardCap } = acceptUploads(app, options, PRODUCT_PHOTO_LIMITS);

  app.post<{ Params: { id: string }; Querystring: { fileName?: unknown } }>(
    '/products/:id/photos',
    {
      // Body and query are checked by the domain (size, kind, name, count), with its Vietnamese messages.
      ...BODY_VALIDATED_BY_DOMAIN,
      config: WRITERS,
      schema: {
        tags: ['products'],
        summary:
          "Add one photo (JPEG or PNG) to a product of the caller's units (commune and district officers): " +
          `the raw bytes as the body, at most ${limits.maxPhotos} photos per product; raises the version; audited`,
        consumes: [OCTET_STREAM],
        querystring: FILE_NAME_QUERY,
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
        body: rawFileBody('The photo, at most maxFileBytes'),
        response: {
          201: ref('Product'),
          400: { ...errorResponses(400)[400], description: PHOTO_REFUSALS },
          ...errorResponses(403, 404, 415, 500),
        },
      },
    },
    async (request, reply) => {
      const product = await receiveFile(request, discardCap, (file) => {
        if (!isUuid(request.params.id)) throw productNotFound();
        return uploadProductPhoto({ db, files, limits }, callerOf(request), {
          productId: request.params.id,
          ...file,
        });
      });
      return reply.status(201).send(product);
    },
  );

  app.get<{ Params: { id: string; photoId: string } }>(
    '/products/:id/photos/:photoId',
    {
      config: READERS,
      schema: {
        tags: ['products'],
        summary:
          'The bytes of one photo, to be shown (inline), with its original name and its SHA-256 in ocop-sha256; ' +
          'for whoever may read the product',
        params: PHOTO_PARAMS,
        response: {
          200: {
            description: 'The stored bytes, exactly as uploaded',
            content: {
              'image/jpeg': { schema: { type: 'string', format: 'binary' } },
              'image/png': { schema: { type: 'string', format: 'binary' } },
            },
          },
          ...errorResponses(404, 500),
        },
      },
    },
    async (request, reply) => {
      const { id, photoId } = request.params;
      if (!isUuid(id) || !(await productExists(db, id, catalogReadScope(callerOf(request))))) {
        throw productNotFound();
      }
      const photo = isUuid(photoId) ? await findPhoto(db, id, photoId) : null;
      if (photo === null) throw photoNotFound();
      return sendStoredFile(reply, files, photo, 'inline', {
        log: request.log,
        notFoundMessage: PHOTO_NOT_FOUND_MESSAGE,
      });
    },
  );

  app.delete<{ Params: { id: string; photoId: string }; Querystring: { version: number } }>(
    '/products/:id/photos/:photoId',
    {
      config: WRITERS,
      schema: {
        tags: ['products'],
        summary:
          'Remove one photo (who may add photos may remove them), given the product version the caller saw; ' +
          'raises the version; audited',
        params: PHOTO_PARAMS,
        querystring: {
          type: 'object',
          required: ['version'],
          properties: { version: { type: 'integer', minimum: 1 } },
        },
        response: {
          200: ref('Product'),
          409: { ...errorResponses(409)[409], description: 'STALE_VERSION (details: { currentVersion })' },
          ...errorResponses(400, 403, 404, 500),
        },
      },
    },
    async (request) => {
      const { id, photoId } = request.params;
      if (!isUuid(id)) throw productNotFound();
      if (!isUuid(photoId)) throw photoNotFound();
      return removeProductPhoto({ db, files }, callerOf(request), id, photoId, request.query.version);
    },
  );
};

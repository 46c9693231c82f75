import type { Readable } from 'node:stream';
import {
  type AttachmentRefusal,
  checkFileName,
  checkPhotoCount,
  checkPhotoSize,
  detectFileKind,
  isProductPhotoKind,
  photoKindRefusal,
  type Principal,
  type Product,
  type ProductPhotoLimits,
} from '@ocop/domain';
import type { Db } from '../../db/db';
import { AttachmentRefused, type FileStore } from '../attachments/file-store';
import { storeWithRow } from '../attachments/store-received';
import { appendAudit } from '../audit/audit.repository';
import { catalogWriteScope, UNRESTRICTED } from '../auth/scope';
import { PRODUCT_ENTITY, productNotFound } from './product-rules';
import { insertPhoto } from './product-photos.repository';
import { findProduct, lockProduct, touchProduct } from './products.repository';

export interface ProductPhotoDeps {
  db: Db;
  files: FileStore;
  limits: ProductPhotoLimits;
}

export interface PhotoUpload {
  productId: string;
  /** The name as the client sent it (decoded from the query string); checked here. */
  fileName: string | undefined;
  body: Readable;
  /** Content-Length when the client declared one: refused early when it is already too much. */
  declaredBytes: number | undefined;
}

function refuse(refusal: AttachmentRefusal | null): void {
  if (refusal !== null) throw new AttachmentRefused(refusal);
}

/**
 * Stores one photo of a product in the caller's units (commune and district officers) and answers the
 * product as it is then, the same way a dossier attachment is stored (upload-attachment.ts):
 *
 * 1. A short transaction finds the product in the caller's units (404 otherwise) and counts its photos, so a
 *    caller who may not upload, or a product that already has its six photos, is refused before a byte is
 *    read, and no lock is held while the bytes arrive.
 * 2. The body streams into a .part file, refused as soon as it is too large or its head is not a JPEG or PNG.
 * 3. One transaction counts again under the product's row lock (another upload may have finished meanwhile),
 *    inserts the row after the last photo, raises the product's version, writes the audit entry and, last,
 *    moves the file to its key.
 */
export async function uploadProductPhoto(
  { db, files, limits }: ProductPhotoDeps,
  caller: Principal,
  upload: PhotoUpload,
): Promise<Product> {
  const { productId } = upload;
  const scope = catalogWriteScope(caller);
  const before = await db.transaction((tx) => lockProduct(tx, productId, scope));
  if (before === null) throw productNotFound();
  refuse(checkPhotoCount(before.photos, limits));
  const name = checkFileName(upload.fileName ?? '');
  if (!name.ok) throw new AttachmentRefused(name.refusal);
  if (upload.declaredBytes !== undefined) refuse(checkPhotoSize(upload.declaredBytes, limits));

  const received = await files.receive(upload.body, {
    kindOf: (head) => {
      const kind = detectFileKind(head);
      return isProductPhotoKind(kind) ? kind : photoKindRefusal(kind);
    },
    sizeRefusal: (bytes) => checkPhotoSize(bytes, limits),
  });

  await storeWithRow(db, files, received, async (tx, key) => {
    const locked = await lockProduct(tx, productId, scope);
    if (locked === null) throw productNotFound();
    refuse(checkPhotoCount(locked.photos, limits));
    const photoId = await insertPhoto(tx, {
      productId,
      fileName: name.name,
      kind: received.kind,
      size: received.size,
      sha256: received.sha256,
      storageKey: key,
      uploadedBy: caller.username,
    });
    await touchProduct(tx, productId);
    await appendAudit(tx, {
      actor: caller,
      entityType: PRODUCT_ENTITY,
      entityId: productId,
      action: 'photo-add',
      from: null,
      to: { photoId, fileName: name.name, size: received.size, sha256: received.sha256 },
      comment: null,
    });
  });
  const product = await findProduct(db, productId, UNRESTRICTED);
  if (product === null) throw productNotFound();
  return product;
}

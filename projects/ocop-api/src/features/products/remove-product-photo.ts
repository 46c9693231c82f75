import type { Principal, Product } from '@ocop/domain';
import { notFound } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { catalogWriteScope, UNRESTRICTED } from '../auth/scope';
import { PRODUCT_ENTITY, productNotFound, staleProduct } from './product-rules';
import { deletePhoto, findPhoto } from './product-photos.repository';
import { findProduct, lockProduct, touchProduct } from './products.repository';
import type { ProductPhotoDeps } from './upload-product-photo';

export const PHOTO_NOT_FOUND_MESSAGE = 'Không tìm thấy ảnh này của sản phẩm.';

export const photoNotFound = () => notFound(PHOTO_NOT_FOUND_MESSAGE);

/**
 * Removes one photo of a product in the caller's units, if they saw the product's current version. The row
 * goes first, with its audit entry and the new version, and the file only after the commit: a crash in
 * between leaves a file without a row, which the start-up sweep removes, never a row without its file.
 */
export async function removeProductPhoto(
  { db, files }: Pick<ProductPhotoDeps, 'db' | 'files'>,
  caller: Principal,
  productId: string,
  photoId: string,
  version: number,
): Promise<Product> {
  const removed = await db.transaction(async (tx) => {
    // Scope first, so a product outside the caller's units answers like a missing one.
    const product = await lockProduct(tx, productId, catalogWriteScope(caller));
    if (product === null) throw productNotFound();
    const photo = await findPhoto(tx, productId, photoId);
    if (photo === null) throw photoNotFound();
    if (version !== product.version) throw staleProduct(product.version);
    const row = await deletePhoto(tx, photoId);
    if (row === null) throw photoNotFound();
    await touchProduct(tx, productId);
    await appendAudit(tx, {
      actor: caller,
      entityType: PRODUCT_ENTITY,
      entityId: productId,
      action: 'photo-remove',
      from: { photoId, fileName: row.fileName, size: row.size, sha256: row.sha256 },
      to: null,
      comment: null,
    });
    return row;
  });
  // Not fatal when it fails: the row is gone, and the sweep at the next start takes the file.
  await files.remove(removed.storageKey).catch(() => undefined);
  const product = await findProduct(db, productId, UNRESTRICTED);
  if (product === null) throw productNotFound();
  return product;
}
